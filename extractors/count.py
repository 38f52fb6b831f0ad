"""Counts: a number with its measure word (289个, 712家, 10多个, 近百家) and what it counts.

The counted object is the word after the measure word (289个项目) or, when the count closes its
clause, the word before the number (新设外商投资企业712家); jieba reads that word on a short window.
Not counts: rank labels (500强, 十强), ordinals (第一, 前五位), idioms (一批, 千方百计), a lone 一.
Physical quantities (吨, 亩) are measurements and are not read. Rule table: `rules/count.toml`.
"""

from __future__ import annotations

from functools import cache

import regex

from extractors import figures
from extractors.document import Candidate, Document
from extractors.numerals import has_digit
from extractors.rulebook import alternation, rules

_CLAUSE_END = regex.compile(r"[,;:.!?，。；：！？、\s]")
_CJK_WORD = regex.compile(r"\p{Han}{2,}")
# Verbs and particles between a counted object and its number: 企业达712家, 项目共289个.
_LINKS = frozenset({"共", "达", "为", "有", "了", "计", "合计", "总计", "累计", "达到", "共有", "新增", "分别", "是"})


@cache
def _patterns() -> dict:
    table = rules("count")
    return {
        "measure": regex.compile(rf"(?P<inner>多|余)?(?P<measure>{alternation(table.measure_words)})"),
        "idioms": regex.compile(alternation(table.idioms)),
        "ordinal": regex.compile(rf"(?:{alternation(table.ordinal_before)})$"),
        "lone": frozenset(table.lone_numbers),
        "not_objects": frozenset(table.not_objects),
        "title_closers": tuple(table.title_closers),
        "label_after": tuple(table.label_after),
    }


def extract(doc: Document) -> list[Candidate]:
    """Every count of the document."""
    patterns = _patterns()
    idiom_spans = [m.span() for m in patterns["idioms"].finditer(doc.text)]
    found = []
    for index, numeral in enumerate(doc.numerals):
        candidate = _read_count(doc, numeral, patterns)
        if candidate is None or any(s < candidate.end and candidate.start < e for s, e in idiom_spans):
            continue
        found.append(candidate)
        low = figures.range_low(doc, index, candidate)
        if low is not None:
            start, value = low
            found.append(Candidate("count", start, candidate.end, {**candidate.fields, "value": None, "low": value, "high": candidate.fields["value"]}))
    return found


def _read_count(doc: Document, numeral, patterns) -> Candidate | None:
    text = doc.text
    unit = patterns["measure"].match(text, numeral.end)
    if unit is None or numeral.surface in patterns["lone"]:
        return None
    if patterns["ordinal"].search(text, max(0, numeral.start - 2), numeral.start):
        return None
    reading = figures.value_of(numeral)
    if reading is None:
        return None
    value, approximate = reading
    if value != value.to_integral_value() or value <= 0:
        return None
    prefix_symbol, start = figures.prefix_qualifier(text, numeral.start)
    if not has_digit(numeral.surface) and prefix_symbol is None:
        return None
    if figures.cuts_a_word(doc, numeral.start) or figures.ends_inside_a_word(doc, numeral.start, unit.end()):
        return None
    if text.startswith(patterns["title_closers"], unit.end()) or text.startswith(patterns["label_after"], unit.end()):
        return None
    suffix_symbol, end = figures.suffix_qualifier(text, unit.end(), _COUNT_SUFFIXES)
    fields = {
        "value": value,
        "unit": unit.group("measure"),
        "qualifier": figures.first_qualifier(
            prefix_symbol, unit.group("inner") and ">", ">" if approximate else None, suffix_symbol
        ),
        "object": _counted_object(doc, start, unit.end(), patterns),
    }
    return Candidate("count", start, end, fields)


_COUNT_SUFFIXES = frozenset({"以上", "及以上", "以下", "以内", "左右", "上下"})


def _counted_object(doc: Document, start: int, end: int, patterns) -> str | None:
    """The noun a count counts: the word after its measure word, else the word before its number."""
    import jieba

    after = doc.text[end : end + 8]
    if after and not _CLAUSE_END.match(after):
        word = next(iter(jieba.cut(after, HMM=True)), "")
        if _CJK_WORD.fullmatch(word) and word not in patterns["not_objects"]:
            return word
    clause_start = max(0, start - 12)
    for match in _CLAUSE_END.finditer(doc.text, clause_start, start):
        clause_start = match.end()
    before = [w for w in jieba.cut(doc.text[clause_start:start], HMM=True) if w not in _LINKS]
    if len(before) > 1 and len(before[-1]) == 1:
        before[-2:] = [before[-2] + before[-1]]  # a one-character head noun takes its modifier: 充电桩
    if before and _CJK_WORD.fullmatch(before[-1]) and before[-1] not in patterns["not_objects"]:
        return before[-1]
    return None
