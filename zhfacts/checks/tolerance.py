"""Tolerances: how far a figure may be from what its neighbours imply, given how it is written.

A figure carries half a unit of its last written digit (37.22% ±0.005 points, 6978.16亿元 ±0.005亿), and
hedge words (超, 近) turn a comparison into an inequality. Values stay exact Decimals.
"""

from __future__ import annotations

from decimal import Decimal

from extractors.precision import WRITTEN_NUMBER, precision
from extractors.text import normalize
from schemas import Finding

HUNDRED = Decimal(100)
__all__ = ["HUNDRED", "beyond", "compare", "in_units", "precision", "ratio_qualifier", "ratio_tolerance", "show"]


def beyond(difference: Decimal, tolerance: Decimal) -> bool:
    """Whether two sums of rounded figures, `difference` apart, cannot be one value. Rounding half up
    (四舍五入) puts each figure in [written - half, written + half), so sums whose half-units add up to
    `tolerance` meet only when they are less than `tolerance` apart: 8万亿 + 4万亿 + 2万亿元 cannot be
    12万亿元, though it is just 2万亿 (four half-units) away."""
    return difference > 0 and difference >= tolerance


def compare(check: str, stated: Decimal, computed: Decimal, tolerance: Decimal, qualifier: str, facts: list[str],
             message: str, confident: bool = True) -> Finding | None:
    """A finding when `computed` contradicts `stated` beyond `tolerance`, read through the qualifier."""
    low, high = stated - tolerance, stated + tolerance
    if qualifier in (">", ">="):
        high = None
    elif qualifier in ("<", "<="):
        low = None
    elif qualifier == "~":
        low, high = stated - max(tolerance, abs(stated) * Decimal("0.05")), stated + max(tolerance, abs(stated) * Decimal("0.05"))
    if (low is None or computed >= low) and (high is None or computed <= high):
        return None
    return Finding(
        check=check,
        severity="error" if confident else "warning",
        message=message.format(stated=show(stated), computed=show(computed), tolerance=show(tolerance)),
        facts=facts,
        stated=stated,
        computed=computed.quantize(Decimal("0.0001")) if abs(computed) < 10**12 else computed,
        tolerance=tolerance.quantize(Decimal("0.000001")) if abs(tolerance) < 10**12 else tolerance,
    )


# How a hedge on a figure bounds the truth, in `compare`'s terms: '>' when the truth is at least what
# is computed (so only a computed value below the stated one contradicts it), '<' when at most.
_BOUND = {">": ">", ">=": ">", "<": "<", "<=": "<"}
_FLIPPED = {">": "<", "<": ">"}


def ratio_qualifier(stated, numerator, denominator) -> str | None:
    """The qualifier to compare a stated ratio with numerator / denominator through, taking the hedges
    of all three: 近1300万辆 / 3143.6万辆 is an upper bound of the share (the part is below 1300万), so
    only a stated share above it contradicts; a hedged denominator bounds the other way. None when the
    hedges pull both ways, so that nothing can contradict."""
    bounds = {
        *([_FLIPPED[_BOUND[numerator.qualifier]]] if numerator.qualifier in _BOUND else []),
        *([_BOUND[denominator.qualifier]] if denominator.qualifier in _BOUND else []),
        *([_BOUND[stated.qualifier]] if stated.qualifier in _BOUND else []),
    }
    if len(bounds) > 1:
        return None
    if bounds:
        return bounds.pop()
    return "~" if "~" in (stated.qualifier, numerator.qualifier, denominator.qualifier) else stated.qualifier


def show(value: Decimal) -> str:
    return format(round(value, 4).normalize(), "f")


_SCALE_WORDS = {Decimal(10) ** 4: "万", Decimal(10) ** 8: "亿", Decimal(10) ** 12: "万亿"}


def in_units(value: Decimal, like) -> str:
    """A value written in the units of another fact: 55000000000 as 550亿元 beside 500亿元."""
    match = WRITTEN_NUMBER.search(normalize(like.text))
    if match is None or not like.value:
        return show(value)
    scale = like.value / Decimal(match.group().replace(",", ""))
    unit = getattr(like, "unit", "") or ""
    if like.kind == "count":  # 69.13万户: a count's unit is its measure word, the 万 is the scale's
        unit = _SCALE_WORDS.get(scale, "") + unit
    elif like.kind in ("duration", "percent"):  # 96天, 18个月, 86.3%: as written (the fact's unit is day, month)
        unit = normalize(like.text)[match.end() :]
    return f"{show(value / scale)}{unit}"


def ratio_tolerance(part, whole, stated_tolerance: Decimal) -> Decimal:
    """Tolerance on a percentage computed from two rounded figures, plus the rounding of the stated one."""
    if whole.value == 0:
        return stated_tolerance
    part_error = precision(part) / abs(whole.value)
    whole_error = abs(part.value) * precision(whole) / (whole.value * whole.value)
    return stated_tolerance + (part_error + whole_error) * HUNDRED


def average_precision(average) -> Decimal:
    """The rounding of a stated average: 平均每个村68户, written as a whole count, is rounded to one, not exact as a
    count is."""
    return precision(average) or (Decimal("0.5") if average.kind == "count" else Decimal(0))
