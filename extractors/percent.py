"""Percentages, percentage points, multiples and fractions, with their direction and hedge.

Forms: `percent` (33.8%, 百分之三十五), `point` (2.3个百分点), `multiple` (增长1.5倍, 翻番),
`fraction` (三成 is 30, 六成半 is 65, and discounts: 九折 is 90, 75折 is 75). The value is as written, signed only when a sign is written
(增长-8.92% is -8.92); the direction comes from the words before the figure (下降3.2%: down).
Rule table: `rules/percent.toml`.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import regex

from extractors import figures
from extractors.document import Candidate, Document
from extractors.numerals import CHINESE_NUMERAL_CHARS
from extractors.rulebook import alternation, rules

_SUFFIX = regex.compile(
    r"""
    [ \u00a0]?                                   # one space may stand before the sign: 10 成, 一百五十 个百分点
    (?:
      (?P<percent> % )
    | (?P<point> 个?百分点 )
    | (?P<multiple> 倍 )
    | (?P<fraction> 成 (?P<half>半)? (?![为立交功本果员熟型就长效绩品都份分片套群]|不变)  )
    | (?P<discount> 折 (?!合|算|旧|现|价|扣|叠|返|射|线|中|腾|损|服) )   # 九折, 75折: a price as a share of the full
    )
    """,
    regex.VERBOSE,
)
# What 成 may not be followed by to be a share: 成为, 成立, 成品, 成本 …
_NOT_AFTER_CHENG = "为立交功本果员熟型就长效绩品都份分片套群"
_SPACED_DIGITS = regex.compile(r"\d\s$")
_OPENINGS = frozenset("%个百倍成折 \u00a0")
_AFTER = frozenset("之")
# Parts per hundred, thousand, million …, read in percent: 百分之五 is 5, 千分之一 0.1, 百万分之五 0.0005.
# A denominator with a digit (五百分之2.2, 三分之一) makes a fraction, not a share of a power of ten.
_PER_PART_BEFORE = regex.compile(rf"(?<![\d.{CHINESE_NUMERAL_CHARS}])(?P<denominator>[十百千万亿佰仟]+)分之$")
# A hedge that governs a share phrase ending in 的: 接近到位总额的七成.
_HEDGED_SHARE = regex.compile(r"(?P<hedge>接近|超过|不到|不足|将近|近|超|逾|约)[^,;，。；、]{0,12}的$")
_PERCENT_SUFFIXES = figures.LEVEL_SUFFIXES | {"多"}


@cache
def _patterns() -> dict:
    table = rules("percent")
    return {
        "direction": regex.compile(
            rf"(?:(?P<up>{alternation(table.up)})|(?P<down>{alternation(table.down)}))"
            rf"(?:{alternation(table.between)})*$"
        ),
        "doubling": regex.compile(alternation(table.doubling)),
        "doubling_values": table.doubling,
        "share_words": regex.compile(rf"(?:{alternation(table.share_words)})(?![{_NOT_AFTER_CHENG}]|不变)")
        if table.share_words else None,
        "share_values": table.share_words,
    }


def extract(doc: Document) -> list[Candidate]:
    """Every percentage-like figure of the document, ranges (5%—8%, 5—8%) read as one."""
    patterns = _patterns()
    found: list[Candidate] = []
    readings: dict[int, dict] = {}
    for index, numeral in figures.numerals_before(doc, _OPENINGS, _AFTER):
        reading = _read_figure(doc, numeral)
        if reading is None:
            continue
        readings[index] = reading
        fields = _fields(doc, reading, patterns)
        if reading["high"] is not None:  # 三四成: a rough range, no end of a wider one
            found.append(Candidate("percent", reading["start"], reading["end"], figures.spread(fields, reading["high"])))
            continue
        found.append(Candidate("percent", reading["start"], reading["end"], fields))
        low = _range_low(doc, index, reading, readings)
        if low is not None:
            start, low_value = low
            fields = {**fields, "value": None, "low": low_value, "high": reading["value"]}
            found.append(Candidate("percent", start, reading["end"], fields))
    for match in patterns["doubling"].finditer(doc.text):
        fields = {
            "value": Decimal(patterns["doubling_values"][match.group()]),
            "form": "multiple",
            "direction": "up",
            "qualifier": "=",
        }
        found.append(Candidate("percent", match.start(), match.end(), fields))
    for match in patterns["share_words"].finditer(doc.text) if patterns["share_words"] else ():
        fields = {"value": Decimal(patterns["share_values"][match.group()]), "form": "fraction", "direction": None, "qualifier": "="}
        found.append(Candidate("percent", match.start(), match.end(), fields))
    return found


def _read_figure(doc: Document, numeral) -> dict | None:
    text = doc.text
    per_part = _PER_PART_BEFORE.search(text, max(0, numeral.start - 8), numeral.start) if text[numeral.start - 1 : numeral.start] == "之" else None
    per_hundred = per_part is not None
    suffix = None if per_hundred else _SUFFIX.match(text, numeral.end)
    if not per_hundred and suffix is None:
        return None
    if suffix is not None and suffix.start() < suffix.start(suffix.lastgroup) and _SPACED_DIGITS.search(text, 0, numeral.start):
        return None  # 1 0 %: digits spaced apart, not a number and its unit
    kind = "percent" if per_hundred else "fraction" if suffix.lastgroup == "half" else suffix.lastgroup
    form = "fraction" if kind == "discount" else kind
    reading = figures.value_of(numeral)
    if reading is None or (form != "percent" and figures.cuts_a_word(doc, numeral.start)):
        return None
    start, end = numeral.start, numeral.end if per_hundred else suffix.end()
    places = 2 if per_part is None else len(str(figures.magnitude_value(per_part.group("denominator")))) - 1
    start = start if per_part is None else per_part.start()

    def in_percent(value: Decimal) -> Decimal | None:
        if places != 2:  # 千分之一 is 0.1
            value = value.scaleb(2 - places)
        if kind == "fraction":  # 三成 is 30, 六成半 65, 9.5成 95
            value = value * 10 + (5 if suffix.group("half") else 0)
        elif kind == "discount":  # 九折 is 90, 9.9折 99, 75折 and 五五折 (read as 55) as written; 十折 is no discount
            if value == 10:
                return None
            value = value * 10 if value < 10 else value
        return None if form == "fraction" and not 0 < value <= 100 else value

    value = in_percent(reading[0])
    high = figures.high_of(numeral)
    if value is None or (high is not None and (high := in_percent(high)) is None):
        return None
    negative, signed_start = figures.signed(doc, numeral)
    if negative and not per_hundred:
        value, high, start = -value, high and -high, signed_start
    prefix_symbol, hedged_start = figures.prefix_qualifier(text, start)
    if prefix_symbol in (">", "<") and _COMPARED_LEVEL.match(text, end):
        prefix_symbol = None  # 高于50%的时序进度5.7个百分点: the level compared with, written exactly
    else:
        start = hedged_start
    if prefix_symbol is None and (share := _HEDGED_SHARE.search(text, max(0, start - 16), start)):
        if not _closes_a_word(text, share.start("hedge"), share.group("hedge")):  # 占签约总额的: no 约
            prefix_symbol = rules("qualifiers").prefix[share.group("hedge")]
    suffix_symbol, end = figures.suffix_qualifier(text, end, _PERCENT_SUFFIXES)
    return {
        "start": start,
        "number_start": numeral.start,
        "end": end,
        "value": value,
        "high": high,  # of a rough range (三四成)
        "in_percent": in_percent,  # reads a bare low end of a range (三到四成)
        "form": form,
        "qualifier": figures.first_qualifier(prefix_symbol, suffix_symbol),
    }


# 高于50%的时序进度, 低于5.2%的全国平均水平: a rate named as another's level after 的, compared with, no bound
_COMPARED_LEVEL = regex.compile(r"的(?:时序|序时)?(?:进度|平均水平|水平|增速|增幅|平均增速)")


def _closes_a_word(text: str, at: int, hedge: str) -> bool:
    """Whether the hedge at `at` ends a longer word that hedges nothing (签约, 履约)."""
    return any(
        text.startswith(word, at + len(hedge) - len(word))
        for word in rules("qualifiers").not_hedges
        if word.endswith(hedge) and len(word) > len(hedge)
    )


def _fields(doc: Document, reading: dict, patterns) -> dict:
    match = patterns["direction"].search(doc.text, max(0, reading["start"] - 12), reading["start"])
    direction = None
    if match:
        direction = "up" if match.group("up") else "down"
    return {
        "value": reading["value"],
        "form": reading["form"],
        "direction": direction,
        "qualifier": reading["qualifier"],
    }


def _range_low(doc: Document, index: int, reading: dict, readings: dict[int, dict]):
    """The low end of a range that ends in this figure: 5%—8% (both written) or 5—8% (one sign)."""
    if index - 1 in readings:
        earlier = readings[index - 1]
        gap = doc.text[earlier["end"] : reading["number_start"]]
        if earlier["form"] == reading["form"] and earlier["high"] is None and figures.RANGE_CONNECTOR.fullmatch(gap):
            return earlier["start"], earlier["value"]
        return None
    candidate = Candidate("percent", reading["start"], reading["end"], reading)
    return figures.range_low(doc, index, candidate, reading["in_percent"])
