"""前者 and 后者: a share whose clause opens on the former or the latter of two things named before it.

职工医保基金收入186.34亿元、支出152.76亿元,居民医保基金收入42.58亿元、支出40.95亿元,前者收入占基金总收入的
81.4%: the share is of the first of the two figures of the sentence that the words after 前者 name (收入),
not of the figure written last. 后者 is the second of them. With no word after it, the two are the last
two figures of the share's unit before it.
"""

from __future__ import annotations

import regex

from extractors.roles import LEVEL_KINDS
from extractors.wholes import same_unit
from schemas import Statement

_REFERENT = regex.compile(r"(?:^|[,;，；])\s*(?P<which>前者|后者)(?P<named>\p{Han}{0,4}?)(?:的)?(?:所)?(?:占|相当于)[^,;，；。]*$")


def give_shares_to_referents(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """The statements, each share after 前者 or 后者 given to the figure it names."""
    given = list(statements)
    for position, holder in enumerate(statements):
        share = facts[holder.share.value] if holder.share is not None else None
        if share is None:
            continue
        start = max(text.rfind(stop, 0, share.start) for stop in "。;；\n")
        cue = _REFERENT.search(text, start + 1, share.start)
        if cue is None:
            continue
        named = cue.group("named")
        figure = facts[holder.value]
        # (the two things named: figures of the holder's unit, before the cue, in its sentence, named by the word)
        two = [
            at for at, s in enumerate(given[: position + 1])
            if s.sentence == holder.sentence and facts[s.value].kind in LEVEL_KINDS and same_unit(facts[s.value], figure)
            and facts[s.value].end <= cue.start() and (not named or named in (s.metric or ""))
        ][-2:]
        if len(two) != 2:
            continue
        chosen = two[0] if cue.group("which") == "前者" else two[1]
        if given[chosen].share is not None or chosen == position:
            continue
        given[chosen] = given[chosen].model_copy(update={"share": holder.share})
        given[position] = given[position].model_copy(update={"share": None})
    return given
