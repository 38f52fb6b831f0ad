"""Flows whose periods follow each other across a longer period of the same paragraph add up to its figure:
一季度、二季度分别完成投资372.5亿元和468.8亿元,上半年累计完成841.3亿元;三季度完成445.1亿元 under 1—9月…1286.4亿元
(two quarters make the half year, the half year and the third quarter the nine months), whatever the text
says of them. A stock (6月末, 年底) is at a point in time and adds up to nothing."""

from __future__ import annotations

from os.path import commonprefix

import regex

from extractors.roles import AVERAGE_CUE, LEVEL_KINDS
from extractors.wholes import same_unit
from extractors.wording import is_last_year_figure, month_span, other_measures
from schemas import Statement

_POINT_IN_TIME = regex.compile(r"末|底|初|截至|以来")
_MOST_PARTS = 4


def link_periods_that_tile(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """Each figure of a span of months, the shortest first, gets as parts the figures of its paragraph, of
    its unit and year and free to be its parts (`_free_for`), whose periods follow each other month by month
    across that span, when exactly one set of them does (one figure per period), and is exhausted by them
    (a breakdown in time, beside any other it has)."""
    statements = list(statements)
    spans = {s.id: _flow_span(s, facts) for s in statements}
    wholes = sorted((s for s in statements if spans[s.id] and spans[s.id][2] > spans[s.id][1]), key=lambda s: spans[s.id][2] - spans[s.id][1])
    for whole in wholes:
        by_id = {s.id: s for s in statements}
        whole = by_id[whole.id]
        year, first, last = spans[whole.id]
        figure = facts[whole.value]
        candidates = [
            s for s in statements
            if s is not whole and _free_for(s, whole, spans, facts, by_id) and spans[s.id] and _same_year(spans[s.id][0], year)
            and first <= spans[s.id][1] and spans[s.id][2] <= last
            and (spans[s.id][1], spans[s.id][2]) != (first, last) and same_unit(facts[s.value], figure) and _same_paragraph(figure, facts[s.value], text)
            and not other_measures(s.metric, whole.metric) and not _narrower(s.metric, whole.metric)
        ]
        parts = _only_tiling(candidates, spans, first, last)
        # (a whole broken down already by another criterion in the same sentence: the sum check could not tell them apart)
        if parts is None or {p.sentence for p in parts} & {s.sentence for s in statements if s.part_of == whole.id and s not in parts}:
            continue
        ids = {p.id for p in parts}
        statements = [
            s.model_copy(update={"part_of": whole.id}) if s.id in ids else s.model_copy(update={"exhaustive": True}) if s.id == whole.id else s
            for s in statements
        ]
    return statements


# Words that say how a flow was reached, not what it measures: 累计完成工业用电量 measures 工业用电量.
_HOW_REACHED = regex.compile(r"累计|完成|实现|全[省市县区]|\d{1,2}月份?|当月")
_LAST_WORDS = regex.compile(r"\p{Han}+$")


def _narrower(part_metric: str | None, whole_metric: str | None) -> bool:
    """5月份制造业用电量 under 累计完成工业用电量: a measure of another scope (制造业, 工业) ending on the same words,
    no tile of it."""
    part, whole = (_LAST_WORDS.search(_HOW_REACHED.sub("", metric or "")) for metric in (part_metric, whole_metric))
    part, whole = (words.group() if words else "" for words in (part, whole))  # (签约21个、投资: the words after the list)
    shared = len(commonprefix((part[::-1], whole[::-1])))  # the words both end on
    if shared < 2:
        return False
    own, other = part[:-shared], whole[:-shared]
    return bool(own) and bool(other) and not own.endswith(other) and not other.endswith(own)


def _free_for(part: Statement, whole: Statement, spans: dict, facts: dict, by_id: dict) -> bool:
    """Whether a figure may be a part in time of `whole`: it has no whole, or one of a longer span (一季度、二季度
    read as parts of 1—9月 are the half year's when it is written), or this one or its headline copy."""
    if part.part_of is None or part.part_of == whole.id:
        return True
    held, span = spans.get(part.part_of), spans[whole.id]
    if not held or not _same_year(held[0], span[0]):
        return False
    if held[1:] == span[1:]:  # the headline's copy: only beside a figure of its sentence that is this one's part
        copy = by_id[part.part_of]
        headline_copy = copy.sentence == 0 < whole.sentence and facts[copy.value].value == facts[whole.value].value
        return headline_copy and any(s.sentence == part.sentence and s.part_of == whole.id for s in by_id.values())
    return held[1] <= span[1] and span[2] <= held[2]


def _flow_span(statement: Statement, facts: dict) -> tuple | None:
    """(year, first month, last month) of a flow dated by a span of months, else None."""
    figure = facts[statement.value]
    if statement.period is None or figure.kind not in LEVEL_KINDS or figure.value is None or figure.qualifier != "=":
        return None
    date = facts[statement.period]
    if _POINT_IN_TIME.search(date.text) or is_last_year_figure(statement, facts) or AVERAGE_CUE.search(statement.metric or ""):
        return None
    first, last = month_span(date)
    if first is None or last is None:
        return None
    year = date.period.start.year if date.period is not None else date.year
    return year, first, last


def _same_year(first: int | None, second: int | None) -> bool:
    """Years that may be one: equal, or one left unsaid (今年前三季度 and 三季度 of the same report)."""
    return first is None or second is None or first == second


def _same_paragraph(a, b, text: str) -> bool:
    start, end = min(a.start, b.start), max(a.end, b.end)
    return "\n" not in text[start:end]


def _only_tiling(candidates: list[Statement], spans: dict, first: int, last: int) -> list[Statement] | None:
    """The one set of candidates, one per period, whose periods follow each other from `first` to `last`; None
    when there is none, more than one, or two candidates share a period the set needs."""
    found: list[list[Statement]] = []

    def extend(month: int, chosen: list[Statement]) -> None:
        if len(found) > 1 or len(chosen) > _MOST_PARTS:
            return
        if month == last + 1:
            found.append(chosen)
            return
        for candidate in candidates:
            if spans[candidate.id][1] == month:
                extend(spans[candidate.id][2] + 1, chosen + [candidate])

    extend(first, [])
    if len(found) != 1 or len(found[0]) < 2:
        return None
    return found[0]
