"""The one overlap policy: when readings overlap, the longest wins, then the most specific kind,
then the earliest.

Figures (money, count, measure, percent, date, duration) compete with each other, so 前10个月 is a date and
not a duration, 2.3个百分点 a percentage and not a count, and no amount is also a count. Project names
compete only with each other: a name may contain a figure.
"""

from __future__ import annotations

from bisect import bisect_left

from extractors.document import Candidate

# Most specific first: a reading of this kind wins a tie in length over the kinds after it.
SPECIFICITY = ("date", "money", "percent", "duration", "measure", "count", "project")
_RANK = {kind: rank for rank, kind in enumerate(SPECIFICITY)}
SEPARATE_GROUPS = ({"project"},)


def resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Keep a set of non-overlapping readings per group, in text order.

    >>> a = Candidate("count", 0, 3, {}); b = Candidate("duration", 0, 4, {})
    >>> [c.kind for c in resolve([a, b])]
    ['duration']
    """
    kept: list[Candidate] = []
    for group in _groups(candidates):
        kept.extend(_first_longest(group))
    return sorted(kept, key=lambda c: (c.start, c.end, _RANK[c.kind]))


def _groups(candidates: list[Candidate]) -> list[list[Candidate]]:
    separate = [[c for c in candidates if c.kind in kinds] for kinds in SEPARATE_GROUPS]
    grouped = set().union(*SEPARATE_GROUPS)
    return [[c for c in candidates if c.kind not in grouped], *separate]


def _first_longest(candidates: list[Candidate]) -> list[Candidate]:
    ordered = sorted(candidates, key=lambda c: (-c.length, _RANK[c.kind], c.start))
    starts: list[int] = []  # kept spans, sorted and disjoint, so two neighbours decide an overlap
    ends: list[int] = []
    kept = []
    for candidate in ordered:
        at = bisect_left(starts, candidate.start)
        if (at > 0 and ends[at - 1] > candidate.start) or (at < len(starts) and starts[at] < candidate.end):
            continue
        starts.insert(at, candidate.start)
        ends.insert(at, candidate.end)
        kept.append(candidate)
    return kept
