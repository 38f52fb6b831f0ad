"""Completion rates in a clause that names no figure of its own. In a sentence with figures (农村网络零售额38.62亿元,
增长21.4%,完成全年目标50亿元的77.2%) the rate is of the one figure of the goal's unit there (of several, no telling
which). In a sentence of its own (今年1—9月,全市跨境人民币结算量达1286.4亿元…。前三季度已完成年度目标1600亿元的80.4%)
it is of the figure the article reports for that period: the first one of the goal's unit written for the same months
(前三季度 and 1—9月 alike), or with no period named, the first of its paragraph. Never a base or an earlier level, nor a
figure that has a goal already; across sentences, no part. A goal of additions (新增目标) is left alone: the increase it
is measured against is rarely a figure of its own."""

from __future__ import annotations

import regex

from extractors.roles import LEVEL_KINDS
from extractors.wholes import earlier_levels, same_unit
from extractors.wording import clause_opening, month_span, without
from schemas import Share, Statement, Target

# 前三季度已完成年度目标1600亿元的, 前10个月已完成全年出口目标1500亿元的: the words before the goal, after a period at most
_COMPLETED = regex.compile(r"\s*(?P<lead>[^,;，；。]{0,10}?)(?:已|累计|共)?完成了?(?:全年|年度|今年)?\p{Han}{0,6}?(?:目标|计划|任务)$")
# 年度计划分别为, 目标任务分别是: the words of a clause that lists goals
_GOALS_LISTED = regex.compile(r"[^,;，；。\d]{0,10}?(?:目标|计划)(?:任务)?分别(?:为|是)")
_CLAUSE_END = regex.compile(r"[,;:，；：。！？!?\n]")
# 这一规模完成年度目标80亿元的: a clause naming back the figure just written
_NAMED_BACK = regex.compile(r"(?:这一|该|此)\p{Han}{1,4}")
_NO_NAME = regex.compile(r"(?:今年|全年|目前|截至)*")  # (全年兑付额完成…: a clause naming a figure is no clause of a period alone)


def link_completions_alone(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """The statements with the completion rates no clause of a figure took given to the figure achieved."""
    used = {s.value for s in statements} | {link.value for s in statements for link in (s.change, s.share) if link is not None}
    used |= {s.target.rate for s in statements if s.target is not None}
    ordered = sorted(facts.values(), key=lambda f: f.start)
    for goal, rate in zip(ordered, ordered[1:]):
        if rate.kind != "percent" or rate.form != "percent" or rate.id in used or goal.kind not in LEVEL_KINDS or goal.value is None:
            continue
        opening = clause_opening(text, goal.start)
        words = _COMPLETED.match(text, opening, goal.start)
        if words is None or text[goal.end : rate.start] != "的":
            continue
        dates = [f for f in ordered if opening <= f.start and f.end <= goal.start]
        lead = words.group("lead")
        for date in dates:
            lead = lead.replace(date.text, "")
        named_back = _NAMED_BACK.fullmatch(lead.strip())
        if any(f.kind != "date" for f in dates) or not (_NO_NAME.fullmatch(lead) or named_back) or "新增" in words.group():
            continue  # (a figure or a name of its own in the clause: the rate is that one's; 新增目标: an increase's, unwritten)
        opens = opening == 0 or text[opening - 1] in "。！？!?\n"
        if named_back:
            achieved = _last_written(statements, facts, text, goal)
        else:
            achieved = _achieved(statements, facts, text, goal, dates[0] if dates else None, opens)
        if achieved is None:
            continue
        statements = without(statements, {s.id for s in statements if s.value == goal.id})  # (a goal is no figure)
        at = statements.index(achieved)
        share = achieved.share or Share(of="目标", value=rate.id, whole=goal.id, whole_by="target")
        statements[at] = achieved.model_copy(update={"target": Target(value=goal.id, rate=rate.id), "share": share})
    return statements


def _last_written(statements: list[Statement], facts: dict, text: str, goal) -> Statement | None:
    """这一规模完成年度目标80亿元的108.0%: the figure named back, the last of those it may be of in its sentence or the
    one before."""
    near = (goal.sentence, goal.sentence - 1)
    return next((s for s in reversed(_written_before(statements, facts, text, goal)) if facts[s.value].sentence in near), None)


def _written_before(statements: list[Statement], facts: dict, text: str, goal) -> list[Statement]:
    """The figures a goal may be the target of: written before it, of its unit and unhedged, no earlier level and none
    with a goal of its own."""
    earlier = earlier_levels(statements, facts, text)
    return [
        s for s in statements
        if facts[s.value].end <= goal.start and s.target is None and s.value not in earlier
        and same_unit(facts[s.value], goal) and facts[s.value].qualifier == "="
    ]


def give_listed_goals(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """A、B和C分别完成投资528.4亿元、186.7亿元和127.5亿元,年度计划分别为560亿元、198亿元和142亿元,完成率分别为94.4%、…:
    a 分别 list of goals, in the clause right after a list of as many figures of their unit, holds the targets of
    those figures in order, with the completion rates the goals took. A goal is no figure."""
    by_value = {s.value: s for s in statements}
    for opening in sorted({clause_opening(text, facts[s.value].start) for s in statements if s.target is not None}):
        goals = [by_value[f.id] for f in _levels_in_clause(facts, text, opening) if f.id in by_value]
        before = _levels_in_clause(facts, text, clause_opening(text, opening - 1)) if opening else []
        if len(goals) < 2 or not _GOALS_LISTED.match(text, opening, facts[goals[0].value].start) \
                or any(s.target is None or s.target.rate is None for s in goals) or len(before) != len(goals) \
                or any(f.id not in by_value or by_value[f.id].target is not None or not same_unit(f, facts[goals[0].value]) for f in before):
            continue
        for figure, goal in zip(before, goals):
            achieved = by_value[figure.id]
            share = achieved.share or Share(of="目标", value=goal.target.rate, whole=goal.value, whole_by="target")
            statements = [s.model_copy(update={"target": Target(value=goal.value, rate=goal.target.rate), "share": share}) if s is achieved else s for s in statements]
        statements = without(statements, {s.id for s in goals})
        by_value = {s.value: s for s in statements}
    return statements


def _levels_in_clause(facts: dict, text: str, opening: int) -> list:
    """The figures of the clause that opens at `opening`, in order."""
    end = _CLAUSE_END.search(text, opening)
    return sorted((f for f in facts.values() if f.kind in LEVEL_KINDS and opening <= f.start and (end is None or f.end <= end.start())), key=lambda f: f.start)


def _achieved(statements: list[Statement], facts: dict, text: str, goal, period, opens: bool) -> Statement | None:
    paragraph = text.rfind("\n", 0, goal.start)
    candidates = _written_before(statements, facts, text, goal)
    in_sentence = [s for s in candidates if facts[s.value].sentence == goal.sentence]
    if in_sentence:  # (农村网络零售额38.62亿元,…,完成全年目标50亿元的77.2%: the one of its sentence)
        return in_sentence[0] if len(in_sentence) == 1 else None
    if not opens:
        return None  # (农产品网络零售额占…,已完成年度目标35亿元的52.2%: of a figure the sentence names, not written here)
    candidates = [s for s in candidates if s.part_of is None and s.period is not None]
    if period is not None and None not in month_span(period):
        candidates = [s for s in candidates if month_span(facts[s.period]) == month_span(period)]
    else:
        candidates = [s for s in candidates if facts[s.value].start > paragraph]
    in_body = [s for s in candidates if s.sentence > 0]
    return (in_body or candidates or [None])[0]
