"""Durations: a span of days, weeks, months or years (80天, 100天内, 3个月, 两年, 半年, 百日).

日 and 年 also write dates (30日, 2025年): as durations they need a number that cannot be a day or a
year, or a hedge that only spans take (30日内). 一 written alone is no duration (一年收官 is prose).
Rule table: `rules/duration.toml`.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import regex

from extractors import figures
from extractors.document import Candidate, Document
from extractors.numerals import has_digit
from extractors.rulebook import alternation, rules

_SPAN_SUFFIXES = frozenset({"内", "以内", "之内", "左右", "多", "以上", "余"})
_HALF = regex.compile(r"(?<![上下前后])半(?P<unit>个月|年|天)")
_LONE = frozenset({"一"})
# Words before a number that make it a span whatever its unit: 为期15日, 历时一年.
_SPAN_CUES = regex.compile(r"(?:为期|历时|用时|耗时|用了|仅用|只用|持续|长达|前后)$")


@cache
def _patterns() -> dict:
    table = rules("duration")
    units = alternation(table.unit)
    return {
        # one space may stand between the number and its unit: 6 天
        "unit": regex.compile(rf"[ \u00a0]?(?P<inner>多|余)?(?P<unit>{units})(?P<half>半)?(?![度级底初末中代间报年元币岁])"),
        "month_inner": regex.compile(r"个(?P<inner>多|余|半)(?P<unit>月|星期)"),
        "names": table.unit,
        "openings": frozenset(w[0] for w in table.unit) | frozenset("多余个 \u00a0"),
        "date_like": tuple(table.date_like_units),
        "max_years": table.max_years,
    }


def extract(doc: Document) -> list[Candidate]:
    """Every duration of the document, ranges (3至5年) read as one."""
    patterns = _patterns()
    found: list[Candidate] = []
    readings: dict[int, dict] = {}
    for index, numeral in figures.numerals_before(doc, patterns["openings"]):
        reading = _read_span(doc, numeral, patterns)
        if reading is None:
            continue
        readings[index] = reading
        found.append(Candidate("duration", reading["start"], reading["end"], reading["fields"]))
        if reading["fields"]["value"] is None:
            continue  # 两三年: a rough range, no end of a wider one
        previous = figures.previous_numeral(doc, index, figures.RANGE_CONNECTOR)
        earlier = readings.get(index - 1)
        if earlier is not None and earlier["fields"]["unit"] == reading["fields"]["unit"] and reading["start"] == numeral.start:
            gap = doc.text[earlier["end"] : numeral.start]  # 3天——8天, 3年至5年: both ends written in full
            low, high = earlier["fields"]["value"], reading["fields"]["value"]
            if figures.RANGE_CONNECTOR.fullmatch(gap) and low < high:
                fields = {**reading["fields"], "value": None, "low": low, "high": high}
                found.append(Candidate("duration", earlier["start"], reading["end"], fields))
        if previous is not None and reading["start"] == numeral.start:
            low = figures.value_of(doc.numerals[previous])
            if low is not None and low[0] < reading["fields"]["value"]:
                fields = {**reading["fields"], "value": None, "low": low[0], "high": reading["fields"]["value"]}
                found.append(Candidate("duration", doc.numerals[previous].start, reading["end"], fields))
    for match in _HALF.finditer(doc.text):
        symbol, end = figures.suffix_qualifier(doc.text, match.end(), _SPAN_SUFFIXES)
        fields = {"value": Decimal("0.5"), "unit": patterns["names"][match.group("unit")], "qualifier": symbol or "="}
        found.append(Candidate("duration", match.start(), end, fields))
    return found


def _read_span(doc: Document, numeral, patterns) -> dict | None:
    text = doc.text
    unit = patterns["unit"].match(text, numeral.end)
    inner = None
    if unit is not None:
        written, inner, unit_end = unit.group("unit"), unit.group("inner"), unit.end()
        half = bool(unit.group("half"))
        if written in patterns["date_like"] and unit.start("unit") > numeral.end and not inner:
            return None  # 20-22 年, 超2021 年: a spaced 年 or 日 is read as a span only when written close
    else:
        month = patterns["month_inner"].match(text, numeral.end)
        if month is None:
            return None
        written, unit_end = "个" + month.group("unit"), month.end()
        half, inner = month.group("inner") == "半", month.group("inner") if month.group("inner") != "半" else None
    suffix_symbol, end = figures.suffix_qualifier(text, unit_end, _SPAN_SUFFIXES)
    reading = figures.value_of(numeral)
    if reading is None:
        return None
    value, approximate = reading
    # the cheap tests first: most numbers before 年 (2025年) are years, not spans
    span = written not in patterns["date_like"] or _is_span(numeral.surface, value, written, suffix_symbol, patterns)
    prefix_symbol, start = figures.prefix_qualifier(text, numeral.start)
    cued = prefix_symbol is not None or bool(_SPAN_CUES.search(text, max(0, numeral.start - 2), numeral.start))  # 不到一年
    if not (span or cued):
        return None
    bounded = suffix_symbol == "<="  # 一年内: only a span is bounded from within
    if (numeral.surface in _LONE and not (half or cued or bounded or written not in patterns["date_like"] + ("天",))) or figures.cuts_a_word(doc, numeral.start):
        return None
    if half:
        value += Decimal("0.5")
    qualifier = figures.first_qualifier(prefix_symbol, inner and ">", ">" if approximate else None, suffix_symbol)
    fields = {"value": value, "unit": patterns["names"][written], "qualifier": qualifier}
    fields = figures.rough_range(numeral, fields, lambda high: high + Decimal("0.5") if half else high)
    return {"start": start, "end": end, "fields": fields}


def _is_span(surface: str, value: Decimal, unit: str, suffix: str | None, patterns) -> bool:
    """Whether 日 or 年 after this number writes a span rather than a date (百年大计 is an idiom)."""
    if unit == "年":  # 07年, 零八年 and 2025年 are years, not spans
        return (
            has_digit(surface) and 0 < value <= patterns["max_years"]
            and len(surface.split(".")[0]) < 4 and surface[0] not in "0〇零"
        )
    return not has_digit(surface) or value > 31 or suffix is not None

