"""前者 and 后者: a share or a change whose clause opens on the former or the latter of two things named before it.

职工医保基金收入186.34亿元、支出152.76亿元,居民医保基金收入42.58亿元、支出40.95亿元,前者收入占基金总收入的
81.4%: the share is of the first of the two figures of the sentence that the words after 前者 name (收入),
not of the figure written last. 后者 is the second of them. With no word after it, the two are the last
two figures of the share's unit before it, that are no earlier levels.

纯电动乘用车和插电式混合动力乘用车分别出口16.85万辆和10.27万辆,前者比去年同期的12.51万辆增长34.7%,后者增长
1.8倍(去年同期为3.67万辆): so is a change, with the earlier level its clause writes as its base.
"""

from __future__ import annotations

import regex

from extractors.roles import LEVEL_KINDS
from extractors.wholes import earlier_levels, same_unit
from schemas import Statement

_REFERENT = regex.compile(r"(?:^|[,;，；])\s*(?P<which>前者|后者)(?P<named>\p{Han}{0,4}?)(?:的)?(?:所)?(?:占|相当于)[^,;，；。]*$")
_CHANGED_REFERENT = regex.compile(r"(?:^|[,;，；])\s*(?P<which>前者|后者)(?P<named>)[^,;，；。]*$")
_RUN_START = regex.compile(r"(?r)[。;；\n]")  # searched backwards: where the run of the rate begins
_CLAUSE_END = regex.compile(r"[,;，；。\n]")


def give_shares_to_referents(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """The statements, each share or change after 前者 or 后者 given to the figure it names."""
    if "前者" not in text and "后者" not in text:
        return statements  # most articles name neither
    given = list(statements)
    earlier = earlier_levels(statements, facts, text)
    for position, holder in enumerate(statements):
        for link, cue_pattern in (("share", _REFERENT), ("change", _CHANGED_REFERENT)):
            held = getattr(holder, link)
            if held is None or holder.value in earlier:
                continue
            rate = facts[held.value]
            stop = _RUN_START.search(text, 0, rate.start)
            cue = cue_pattern.search(text, stop.end() if stop else 0, rate.start)
            if cue is None:
                continue
            chosen = _referent(given, position, cue, facts, earlier)
            if chosen is None or chosen == position or getattr(given[chosen], link) is not None:
                continue
            if link == "change":
                held = held.model_copy(update={"base": _base_in_clause(given, cue.start(), rate, facts, text, earlier)})
            given[chosen] = given[chosen].model_copy(update={link: held})
            given[position] = given[position].model_copy(update={link: None})
    return given


def _referent(given: list[Statement], position: int, cue: regex.Match, facts: dict, earlier: set) -> int | None:
    """The position of the figure 前者 or 后者 names: of the holder's unit, before the cue in its sentence,
    named by the word after the cue if any, no earlier level; the first or the second of the last two."""
    holder, named = given[position], cue.group("named")
    figure = facts[holder.value]
    two = [
        at for at, s in enumerate(given[: position + 1])
        if s.sentence == holder.sentence and facts[s.value].kind in LEVEL_KINDS and same_unit(facts[s.value], figure)
        and facts[s.value].end <= cue.start() and s.value not in earlier and (not named or named in (s.metric or ""))
    ][-2:]
    if len(two) != 2:
        return None
    return two[0] if cue.group("which") == "前者" else two[1]


def _base_in_clause(given: list[Statement], start: int, rate, facts: dict, text: str, earlier: set) -> str | None:
    """The earlier level written in the referent's clause: 比去年同期的12.51万辆 before the rate, or
    (去年同期为3.67万辆) in brackets right after it."""
    end = rate.end
    if text[end : end + 1] in ("（", "("):
        end = max(text.find("）", end), text.find(")", end))
    stop = _CLAUSE_END.search(text, max(end, rate.end))
    limit = stop.start() if stop else len(text)
    return next((s.value for s in given if s.value in earlier and start <= facts[s.value].start < limit), None)
