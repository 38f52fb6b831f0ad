"""How exact a written figure is: half a unit of its last written digit, in the figure's own units."""

from __future__ import annotations

from decimal import Decimal

import regex

from extractors.text import normalize

WRITTEN_NUMBER = regex.compile(r"\d+(?:,\d{3})*(?:\.(\d+))?")


def precision(fact) -> Decimal:
    """Half a unit of the last written digit, in the fact's own units (6978.16亿元 → 5e5 yuan).

    Chinese numerals and whole numbers without decimals are taken as exact to their last digit.
    """
    if getattr(fact, "form", None) == "fraction":
        return Decimal(5)
    if fact.kind == "percent" and fact.value is not None:
        half_unit = Decimal(1).scaleb(min(fact.value.as_tuple().exponent, 0)) / 2  # written as is: 39.7 → ±0.05
        return half_unit * 100 if getattr(fact, "form", None) == "multiple" else half_unit  # 1.1倍 → ±5 points
    value = fact.value if fact.value is not None else fact.high
    match = WRITTEN_NUMBER.search(normalize(fact.text))
    if match is None or value is None:
        return Decimal(0)
    written = Decimal(match.group().replace(",", ""))
    if written == 0 or fact.kind == "count" and fact.qualifier == "=" and written == value and written == written.to_integral_value():
        return Decimal(0)  # a count written in full is a whole number; 603万辆 is rounded to 10,000, 户均3.7人 to 0.1
    scale = abs(value / (written if not getattr(fact, "value", None) or fact.value >= 0 else -written))
    decimals = len(match.group(1) or "")
    return Decimal(1).scaleb(-decimals) * scale / 2
