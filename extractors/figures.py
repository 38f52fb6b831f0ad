"""Pieces shared by the numeric kinds: hedge words, range connectors, lists and word boundaries.

Money, count, percent and duration all read a numeral, then a unit after it; these helpers read what
surrounds that core the same way for every kind.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache, lru_cache

import regex

from extractors.document import Document, Numeral
from extractors.numerals import CHINESE_NUMERAL_CHARS, NumberError, Reading, read_normalized
from extractors.rulebook import alternation, rules

# Between the two ends of a range: 10亿至20亿元, 10-50亿元, 3—5亿美元, 5%～8%.
RANGE_CONNECTOR = regex.compile(r"\s*(?:至|到|-|—{1,2}|–|~|〜|－|－)\s*")
# Between the items of a list that share the unit of its last item: 10亿、20亿和30亿元.
LIST_CONNECTOR = regex.compile(r"\s*(?:、|和|及|与|或)\s*")
BIG_MAGNITUDE_TAIL = regex.compile(r"(?:万|亿)+$")
MAGNITUDE_TAIL = regex.compile(r"[十拾百佰千仟万亿]+$")
MAGNITUDE = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10**4, "亿": 10**8}
_CJK = regex.compile(r"\p{Han}")
# Hedges written after the unit of a level (100个以上, 10亿元及以下, 5%左右), which each kind widens as it needs:
# 之内 after money, 多 after a percentage.
LEVEL_SUFFIXES = frozenset({"以上", "及以上", "以下", "及以下", "以内", "左右", "上下"})


@cache
def _qualifier_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    table = rules("qualifiers")
    # A per-unit phrase may stand between the hedge and the number (约为每吨344美元): it hedges the
    # number all the same, but the phrase stays out of the figure's span.
    prefix = regex.compile(rf"(?P<hedge>{_guarded_hedges(table)})了?(?P<per_unit>每\p{{Han}}{{1,2}})?$")
    inner = regex.compile(rf"(?:{alternation(table.inner)})")
    suffix = regex.compile(rf"(?:{alternation(table.suffix)})")
    return prefix, inner, suffix


def _guarded_hedges(table) -> str:
    """The hedge words, longest first, each ruled out where it closes a longer word (签 before 约),
    and only by the words it closes: 高 closes 高超 but not 最高近7万人次."""
    words = []
    for hedge in sorted(table.prefix, key=lambda w: (-len(w), w)):
        heads = sorted(regex.escape(w[: -len(hedge)]) for w in table.not_hedges if w.endswith(hedge) and w != hedge)
        words.append((f"(?<!{'|'.join(heads)})" if heads else "") + regex.escape(hedge))
    return "|".join(words)


def prefix_qualifier(text: str, start: int) -> tuple[str | None, int]:
    """The hedge word ending at `start` (超, 近, 约 …) and where it begins, or (None, start)."""
    prefix, _, _ = _qualifier_patterns()
    match = prefix.search(text, max(0, start - 7), start)
    if match is None:
        return None, start
    symbol = rules("qualifiers").prefix[match.group("hedge")]
    return symbol, start if match.group("per_unit") else match.start()


def inner_qualifier(text: str, pos: int) -> tuple[str | None, int]:
    """多 or 余 written at `pos`, between a number and its unit (1000多万元), and the end of it."""
    _, inner, _ = _qualifier_patterns()
    match = inner.match(text, pos)
    if match is None:
        return None, pos
    return rules("qualifiers").inner[match.group()], match.end()


def suffix_qualifier(text: str, pos: int, allowed: frozenset[str] | None = None) -> tuple[str | None, int]:
    """The hedge word starting at `pos` (以上, 左右, 以内 …) and its end, or (None, pos)."""
    _, _, suffix = _qualifier_patterns()
    match = suffix.match(text, pos)
    if match is None or (allowed is not None and match.group() not in allowed):
        return None, pos
    return rules("qualifiers").suffix[match.group()], match.end()


def first_qualifier(*symbols: str | None) -> str:
    """The first hedge that was written, or '=' when none was."""
    return next((s for s in symbols if s), "=")


def value_of(numeral: Numeral) -> tuple[Decimal, bool] | None:
    """Exact value of a numeral and whether it was approximate, or None when it does not parse.
    Of a rough range (五六百) this is the low end; `high_of` gives the other."""
    reading = _reading(numeral.surface)
    return None if reading is None else reading[:2]


def high_of(numeral: Numeral) -> Decimal | None:
    """The high end of a numeral written as a rough range (600 of 五六百), else None."""
    reading = _reading(numeral.surface)
    return None if reading is None else reading.high


def rough_range(numeral: Numeral, fields: dict, scale=lambda value: value) -> dict:
    """The fields of a figure whose numeral is a rough range (两三个, 五六百万元): its two ends instead of
    one value, hedged `~` unless a hedge was written. `scale` turns a numeral's value into the kind's,
    as the kind did for the low end already in `fields`."""
    high = high_of(numeral)
    return fields if high is None else spread(fields, scale(high))


def spread(fields: dict, high: Decimal) -> dict:
    """The fields of a rough range from their value (the low end) to `high`, hedged `~` unless a
    hedge was written."""
    qualifier = "~" if fields["qualifier"] == "=" else fields["qualifier"]
    return {**fields, "value": None, "low": fields["value"], "high": high, "qualifier": qualifier}


@lru_cache(maxsize=8192)
def _reading(surface: str) -> Reading | None:
    """Every kind reads the same numerals: each surface is parsed once (Decimals are immutable)."""
    try:
        return read_normalized(surface)
    except (NumberError, ArithmeticError):
        return None


def big_magnitude(surface: str) -> str:
    """The 万/亿 tail of a numeral (68.15亿 → 亿, 1.5万亿 → 万亿, 三千万 → 万)."""
    match = BIG_MAGNITUDE_TAIL.search(surface)
    return match.group() if match else ""


def magnitude_tail(surface: str) -> str:
    """All the magnitude characters that end a numeral (3百 → 百, 三千万 → 千万, 50亿 → 亿)."""
    match = MAGNITUDE_TAIL.search(surface)
    return match.group() if match and match.start() > 0 else ""


def magnitude_value(magnitude: str) -> int:
    """The multiplier of magnitude characters written after a number (万亿 → 10**12)."""
    value = 1
    for char in magnitude:
        value *= MAGNITUDE[char]
    return value


def cuts_a_word(doc: Document, start: int) -> bool:
    """True when a Chinese numeral at `start` is the tail of a word (李四人民币: 四 ends 李四).

    Only numerals that start with a Chinese character are checked; jieba confirms the boundary on a
    short window and never defines the span.
    """
    if start == 0 or doc.text[start] not in CHINESE_NUMERAL_CHARS or not _CJK.match(doc.text, start - 1):
        return False
    import jieba

    window_start = max(0, start - 4)
    offset = window_start
    for word in jieba.cut(doc.text[window_start : start + 4], HMM=True):
        word_end = offset + len(word)
        if offset < start < word_end:
            head = doc.text[offset:start]
            return not (prefix_qualifier(head, len(head))[0] or head in _JOINABLE_HEADS)
        if offset >= start:
            return False
        offset = word_end
    return False


# Words that jieba may glue to a following numeral without making it part of a name: 近百家, 共十个.
_JOINABLE_HEADS = frozenset({"共", "达", "有", "超", "近", "约", "第", "前", "逾", "为", "计", "各", "了", "这", "等"})


def previous_numeral(doc: Document, index: int, connector: regex.Pattern, between: str = "") -> int | None:
    """Index of the numeral before numerals[index] when only `between` and a connector separate them."""
    if index == 0:
        return None
    previous, current = doc.numerals[index - 1], doc.numerals[index]
    gap = doc.text[previous.end : current.start]
    if between and gap.startswith(between):
        gap = gap[len(between) :]
    return index - 1 if connector.fullmatch(gap) else None


def range_low(doc: Document, index: int, candidate, scale=lambda value: value) -> tuple[int, Decimal] | None:
    """Start and value of the bare low end of a range closed by `candidate` (3至5家, 3-5个百分点);
    `scale` reads the bare numeral in the kind's unit as the kind read the high end (三到四成: 三 is 30)."""
    numeral = doc.numerals[index]
    previous = previous_numeral(doc, index, RANGE_CONNECTOR)
    if previous is None or candidate.start != numeral.start:
        return None
    low = value_of(doc.numerals[previous])
    low = None if low is None or high_of(doc.numerals[previous]) is not None else scale(low[0])
    high = candidate.fields.get("value")
    if low is None or high is None or low >= high:
        return None
    return doc.numerals[previous].start, low


def ends_inside_a_word(doc: Document, start: int, end: int) -> bool:
    """True when a Chinese numeral and its unit open a longer word (五台山 is a mountain, not 五台)."""
    if doc.text[start] not in CHINESE_NUMERAL_CHARS or end >= len(doc.text) or not _CJK.match(doc.text, end):
        return False
    import jieba

    offset = start
    for word in jieba.cut(doc.text[start : end + 3], HMM=False):
        if offset + len(word) > end:
            return offset < end
        offset += len(word)
    return False


def numerals_before(doc: Document, openings: frozenset[str], after: frozenset[str] = frozenset()):
    """(index, numeral) of the numerals followed by a character that can open the kind's unit, or
    preceded by one of `after` (之 of 百分之, 币 of 人民币): a cheap test before any pattern runs."""
    return [(index, numeral) for index, numeral, following, preceding in doc.numeral_edges
            if following in openings or preceding in after]


def signed(doc: Document, numeral: Numeral) -> tuple[bool, int]:
    """Whether a minus sign is written before the numeral (增长-8.92%, 负3.9%), and the span start with it."""
    start = numeral.start
    if start > 0 and doc.text[start - 1] in "-−负" and not (start > 1 and doc.text[start - 2].isdigit()) \
            and not (doc.text[start - 1] == "负" and _BURDEN_BEFORE.match(doc.text, start - 2)):
        return True, start - 1
    return False, start


# 减负23.46亿元, 担负, 抱负: 负 closing a word is no minus sign
_BURDEN_BEFORE = regex.compile(r"[减担抱胜自肩欺辜]")
