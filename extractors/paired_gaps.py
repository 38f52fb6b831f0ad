"""Gaps between two levels written side by side: 职工医保支付比例为84.6%,居民医保为70.2%,两者相差14.4个百分点;
重点园区厂房平均月租金27.8元,村级改造园区为15.2元,两者相差12.6元.

A gap in a clause of its own that names nothing but the pair (两者, 二者, 前者比后者) and how far apart they are is
the difference of the last two levels before it in its sentence, of its own kind: two rates for a gap in
percentage points (no rate of change: 增长8.6% has a gap of its own, read in rates.py), two amounts or counts of its
unit for a gap in yuan or units. As 相差 says no direction, the larger level is read as the smaller plus the gap.
The larger level's statement takes the difference; a rate with no statement of its own (a level named only by its
noun, 支付比例为84.6%) gets one.
"""

from __future__ import annotations

import regex

from extractors.roles import LEVEL_KINDS
from extractors.wholes import same_unit
from extractors.wording import bases_of, clause_opening, is_last_year_figure, strip_leading
from schemas import Difference, Statement

# 两者相差14.4个百分点, 二者差距为12.6元, 相差…, 前者比后者低0.37个百分点 (not 高出 alone: 比全省高出240元 names a
# level of its own, often unwritten); 两者相抵实现增值收益5.76亿元 after 业务收入…,业务支出…: what is left of the larger;
# 实收…,实付…,收大于付165.2亿元: one character for each flow of the pair (not 降幅大于全国…, a level unwritten)
_PAIR_GAP = regex.compile(
    r"(?:两者|二者)?(?:相差|差距为?)(?:为|达)?$|前者比后者(?:高|低|多|少)(?:出)?了?$|(?:两者|二者|收支)相抵(?:后)?(?:实现|形成)?\p{Han}{0,8}?(?:为|达)?$"
    r"|[收付支进出存贷借][大多]于[收付支进出存贷借](?:为|达)?$"
)
_NAMED_PAIR = regex.compile(r"(?P<first>\p{Han}{2,12}?)(?:与|和|同)(?P<second>\p{Han}{2,16}?)(?:两者|二者)(?:相差|差距为?)(?:为|达)?")
_PAIR_WORDS = regex.compile(r"相差|差距|前者比后者|相抵|[大多]于")
_LEVEL_NAMED = regex.compile(r"(?:分别)?(?:为|是|达|达到)?$")


def link_paired_gaps(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    if not _PAIR_WORDS.search(text):
        return statements  # (most articles name no gap of a pair: no pass over their facts)
    statements = list(statements)
    used = {link for s in statements for link in _links(s)}
    position_of = {s.value: position for position, s in enumerate(statements)}
    ordered = sorted(facts.values(), key=lambda f: f.start)
    for gap in ordered:
        if gap.id in used or not _is_gap(gap) or gap.value is None:
            continue
        opening = clause_opening(text, gap.start)
        words = strip_leading(text[opening : gap.start].strip())
        named = _NAMED_PAIR.fullmatch(words)
        if named is not None:  # 城镇居民与农村居民人均可支配收入两者相差17421元: the latest levels of those names
            levels = [_latest_named(name, gap, statements, facts, used) for name in named.group("first", "second")]
        elif _PAIR_GAP.fullmatch(words):
            levels = [f for f in ordered if f.sentence == gap.sentence and f.end <= opening and _level_of(f, gap) and f.id not in used][-2:]
        else:
            continue
        if len(levels) != 2 or None in levels or levels[0].id == levels[1].id or any(f.value is None or f.qualifier != "=" for f in levels):
            continue
        base, figure = sorted(levels, key=lambda f: f.value)
        difference = Difference(base=base.id, direction="up", value=gap.id)
        if figure.id in position_of:
            at = position_of[figure.id]
            if statements[at].difference is not None:
                continue
            statements[at] = statements[at].model_copy(update={"difference": difference})
        else:
            metric = strip_leading(text[clause_opening(text, figure.start) : figure.start].strip())
            statements.append(Statement(
                id=_new_id(statements), metric=_LEVEL_NAMED.sub("", metric) or None, value=figure.id, difference=difference, sentence=figure.sentence,
            ))
        used |= {gap.id, base.id, figure.id}
        wholes = {s.part_of for s in statements if s.value in (base.id, figure.id) and s.part_of}
        statements = [_without_loose_change(_no_part_of(s, gap.id, wholes), gap.id) for s in statements]
    return statements


def _latest_named(name: str, gap, statements: list[Statement], facts: dict, used: set):
    """The latest level before the gap, of its unit and of this year, whose metric holds the name."""
    earlier = {base for s in statements for base in bases_of(s)}
    return next((
        facts[s.value] for s in reversed(statements)
        if facts[s.value].end <= gap.start and name in (s.metric or "") and _level_of(facts[s.value], gap)
        and s.value not in earlier | used and not is_last_year_figure(s, facts)
    ), None)


def _without_loose_change(statement: Statement, gap_id: str) -> Statement:
    """A point change read as a rate's own move, with no level it moved from (…为3.79%,前者比后者低0.37个百分点): the
    gap of the pair instead."""
    share = statement.share
    if share is None or share.change != gap_id or share.earlier is not None:
        return statement
    return statement.model_copy(update={"share": share.model_copy(update={"change": None, "direction": None})})


def _no_part_of(statement: Statement, gap_id: str, wholes: set) -> Statement:
    """The gap of two parts read as a third part beside them (实收…,实付…,收大于付…): of the whole it is not."""
    if statement.value != gap_id or statement.part_of not in wholes:
        return statement
    return statement.model_copy(update={"part_of": None})


def _is_gap(fact) -> bool:
    return fact.kind == "percent" and fact.form == "point" or fact.kind in LEVEL_KINDS and fact.kind != "percent"


def _level_of(fact, gap) -> bool:
    """A level the gap may be the difference of: a rate that is no change (84.6%, not 增长8.6%) for points, else a
    figure of the gap's unit."""
    if gap.kind == "percent":
        return fact.kind == "percent" and fact.form == "percent" and fact.direction is None
    return fact.kind == gap.kind and same_unit(fact, gap)


def _links(statement: Statement) -> list[str]:
    """The fact ids a statement already reads as a change, a gap or a difference (and their bases)."""
    change, share = statement.change, statement.share
    links = [*bases_of(statement)]
    if change is not None:
        links += [change.value, change.gap or "", change.gap_to or ""]
    if share is not None and share.earlier is not None:  # (a point change with no level it moved from is loose)
        links += [share.change or "", share.earlier]
    if statement.difference is not None:
        links.append(statement.difference.value)
    return [link for link in links if link]


def _new_id(statements: list[Statement]) -> str:
    numbers = [int(s.id[1:]) for s in statements if regex.fullmatch(r"s\d+", s.id)]
    return f"s{max(numbers, default=0) + 1}"
