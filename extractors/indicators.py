"""Shares of several figures written at once: 两项指标分别占全省的28.0%和32.2%.

Which figures the shares are of depends on what the clause opens on:
- nothing (接待游客612.8万人次,实现旅游花费54.36亿元,两项指标分别占全省的28.0%和32.2%): the figures
  written right before are the parts, and each whole is found as for a share of 全省 alone;
- their names (高新技术企业数和技术合同成交额两项指标分别占全省的…): the figures of those names;
- the parts' owner (全市完成固定资产投资1426.8亿元、工业投资478.3亿元。溪岚县两项指标分别占全市的11.0%和
  14.2%): the figures right before are the wholes, and each part is the owner's figure of its metric.
A 分别占 clause of its own after the figures (…新设外资企业94家,分别占全市的36.7%和24.4%) reads as the
first kind, and shares in order (三次产业增加值占比依次为5.1%、42.6%和52.3%) are of the parts right before
in their own whole. Paired targets (分别完成全年目标200个和1500亿元的39.5%和38.2%) go the same way, in order,
to the figures right before. The readings of these shares and rates made clause by clause are dropped.
"""

from __future__ import annotations

import regex

from extractors.roles import AVERAGE_CUE, LEVEL_KINDS
from extractors.subjects import opening_place, split_subject
from extractors.wholes import earlier_levels, same_unit
from extractors.wording import REGIONS, REST_OF_WHOLE, alike, is_last_year_figure, metrics_alike, named_by, other_measures, same_words, strip_leading, two_char_words, without
from schemas import Share, Statement, Target

# 两项指标(两者, 三类企业)分别占全省的28.0%和32.2%, or a clause of its own after the figures: …新设外资企业94家,分别占全市的36.7%和24.4%;
# 三次产业增加值占比依次为5.1%、42.6%和52.3%: the shares of the parts written before in their whole; 三次产业投资分别
# 占全部投资的…: a clause opening on the parts' collective name reads as one of its own.
_INDICATORS = regex.compile(
    r"(?:(?P<count>[两二三四234])(?:项(?:主要)?指标|者|[类项大]\p{Han}{1,6}?(?=分别))(?:分别)?|(?<=[,，;；])分别|(?<=[,，;；]\p{Han}{2,6}[和、及与]\p{Han}{2,6})(?P<named>分别)"
    r"|(?<=^|[。！？\n,，;；])(?:[二三四五六七八九十]次|上述|以上)\p{Han}{0,8}?分别)(?:占|相当于)(?P<of>[^,;，；。%％\d]{0,16}?)的?(?:比重|比例)?(?:分别)?(?:为|达|是)?"
    r"(?=[\d.．]+[%％])|(?P<in_order>(?:占比|比重|所占比重|结构)(?:依次|分别)为)(?=[\d.．]+[%％])"
)
_AMOUNT_NAME = regex.compile(r"(?:额|收入|投资|资金|产值|增加值|花费|利润)$")
_PAIRED_TARGETS = regex.compile(r"分别(?:完成了?|为|占|达到|相当于)[^,;，；。\d]{0,12}?(?:目标|任务|计划)")  # 分别为年度目标…的
_CLAUSE_END = regex.compile(r"[,;，；。！？!?\n]")
_PERIOD_LEAD = regex.compile(r"^(?:全年|今年|当年|上半年|下半年|前三季度|[一二三四]季度)")
_PLAN = regex.compile(r"计划|目标")  # 年度计划投资6300亿元 is no region's total
_HOW_MANY = {"两": 2, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}
_TOTAL_BEFORE = regex.compile(r"合计|共计|总计")
_CLAUSE_START = regex.compile(r"(?r)[,;:，；：。！？!?\n]")
_SENTENCE_START = regex.compile(r"(?r)[。！？!?\n]")
_NAMES = regex.compile(r"[、和及与]")
_COUNT_LISTED = regex.compile(r"[、,，]\p{Han}{0,8}")
_LISTED = regex.compile(r"\s*(?:、|和|及|与)\s*")
# (…,其余为设备更新等其他改造投资,三类投资分别占…): a clause right before the shares that names the rest, with no figure
_UNWRITTEN_REST = regex.compile(rf"[,，;；](?:{REST_OF_WHOLE.pattern})[^\d,，;；。！？!?\n]*[,，;；]\s*$")


def link_indicator_shares(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """Give each share of a 两项指标分别占 clause (or a 分别占 clause of its own) to the figure it is of,
    with its whole where the text writes it; the count 两项 is no figure."""
    for match in _INDICATORS.finditer(text):
        shares = _listed_shares(match, facts, text, _HOW_MANY[match.group("count")] if match.group("count") else None)
        if shares is None:
            continue
        holder = next((s for s in statements if facts[s.value].start == match.start()), None)
        before = statements
        ids = {share.id for share in shares}
        point_change = next((s.share for s in statements if s.share is not None and s.share.value in ids and s.share.change), None)
        statements = [
            s.model_copy(update={"share": None}) if s.share is not None and s.share.value in ids else s
            for s in statements if s is not holder
        ]
        given = _give(statements, shares, match, facts, text)
        if given is None and match.group("named"):
            statements = before  # 公路和铁路分别占…, 全省接待游客和旅游收入分别相当于全国的…: read by the names, if not here
            continue
        if given is None:
            if holder is not None and _change_of_first(holder, shares, facts, text):
                # 两项指标分别占全省的42.1%和71.8%,前者比上年的40.8%提高1.3个百分点: with the figures
                # unread, the first share and its point change stand alone.
                statements.insert(next((p for p, s in enumerate(statements) if facts[s.value].start > match.start()), len(statements)), holder)
            continue
        statements, parts = given
        if point_change is not None:
            statements = _give_point_change(statements, parts, point_change, shares[-1].end, facts, text)
    return statements


def _change_of_first(holder: Statement, shares: list, facts: dict, text: str) -> bool:
    """Whether the point change held with the first share says it is the first's (前者比上年的40.8%提高…)."""
    if holder.share is None or holder.share.change is None or holder.share.value != shares[0].id:
        return False
    return "前者" in text[shares[-1].end : facts[holder.share.change].start]


def _figures_before(statements: list[Statement], match: regex.Match, facts: dict, earlier: set, period=None, totals: bool = False) -> list[int]:
    """The positions of the amounts and counts written before the match, earlier levels left out; a figure
    dated 去年 is kept when that is the period of the wholes (去年全市…成交额612.38亿元 for 2025年漪川省…)."""
    return [
        p for p, s in enumerate(statements)
        if facts[s.value].end <= match.start() and facts[s.value].kind in LEVEL_KINDS and s.value not in earlier
        and (not is_last_year_figure(s, facts) or _dated(s, period, facts))
        and (totals or not _TOTAL_BEFORE.search(match.string, _clause_start(match.string, facts[s.value].start), facts[s.value].start))  # 两市合计2732.7亿元
    ]


def _dated(statement: Statement, period, facts: dict) -> bool:
    """Whether a figure's date resolves to the given date's span."""
    own = facts[statement.period].resolved if statement.period else None
    return period is not None and own is not None and own == period.resolved


def _clause_start(text: str, offset: int) -> int:
    start = _CLAUSE_START.search(text, 0, offset)
    return start.end() if start else 0


def _listed_shares(match: regex.Match, facts: dict, text: str, count: int | None) -> list | None:
    """The shares written from the match on, joined by 和 or 、, when there are as many as named (two or
    more when the count is not written)."""
    after = sorted((f for f in facts.values() if f.kind == "percent" and f.start >= match.end()), key=lambda f: f.start)
    shares, at = [], match.end()
    for fact in after[:count]:
        if fact.start != at and not _LISTED.fullmatch(text, at, fact.start):
            break
        shares.append(fact)
        at = fact.end
    enough = len(shares) == count if count else len(shares) >= 2
    return shares if enough and all(f.form == "percent" for f in shares) else None


def _give(statements: list[Statement], shares: list, match: regex.Match, facts: dict, text: str):
    """The statements with the shares given, and the positions of the parts; None when the figures are not found."""
    clause = _CLAUSE_START.search(text, 0, match.start())
    lead = strip_leading(text[clause.end() if clause else 0 : match.start()].strip())
    of = match.group("of") or None
    earlier = earlier_levels(statements, facts, text)
    figures = _figures_before(statements, match, facts, earlier)
    names = [n for n in _NAMES.split(lead) if len(n) >= 2] if _NAMES.search(lead) else []
    if match.group("in_order"):  # 三次产业增加值占比依次为…: of the parts right before, in their whole
        lead, of = "", None
    if len(names) == len(shares) and not match.group("in_order"):  # 高新技术企业数和技术合同成交额两项指标: the figures of those names
        parts = [_named(statements, figures, name, facts, of) for name in names]
        wholes = [None] * len(shares)
    else:
        written = _written(statements, figures, facts, text)[-len(shares) :]
        # 智能化改造投资95.5亿元,绿色化改造投资58.9亿元,其余为…其他改造投资,三类投资分别占…的46.2%、28.5%和25.3%:
        # a rest named without a figure, after one figure fewer of a unit than there are shares, takes the last share
        rest = _UNWRITTEN_REST.search(text, 0, match.start()) and len(written) == len(shares) \
            and not same_unit(written[0][1], written[-1][1]) and all(same_unit(f, written[-1][1]) for _, f, _ in written[1:])
        written_count = len(shares) - bool(rest)
        written = written[len(written) - written_count :]
        sentence = _SENTENCE_START.search(text, 0, match.start())
        opening = sentence.end() if sentence else 0
        # 煤电、气电合计598.4万千瓦,可再生能源合计688.0万千瓦,分别占…: totals are the figures when they alone fill the sentence.
        with_totals = _written(statements, _figures_before(statements, match, facts, earlier, totals=True), facts, text)[-written_count:]
        if written and written[0][1].start < opening and len(with_totals) == written_count and with_totals[0][1].start >= opening:
            written = with_totals
        last = len(text[:opening].rstrip("\n 。！？!?"))  # the sentence before, across a paragraph break
        previous = _SENTENCE_START.search(text, 0, last)
        since = previous.end() if previous else 0
        if len(written) < written_count or written[0][1].start < since:
            return None  # the figures must be of this sentence or the one before
        if written[0][1].start < opening and _NAMES.search(text, opening, clause.end() if clause else 0):
            return None  # (…626台。交通场站和学校是配置重点,分别占…: the members its sentence names, not the figures before)
        if not lead:  # 接待游客612.8万人次,实现旅游花费54.36亿元,两项指标…: the figures written right before
            parts, wholes = [position for position, _, _ in written], [None] * len(shares)
        else:  # 溪岚县两项指标分别占全市的…: the figures right before are the wholes; the parts are the owner's
            first = min(position for position, _, _ in written if position is not None)
            parts = [_owned(statements, _figures_before(statements, match, facts, earlier, _period_of(statements, position, facts)), figure, metric, facts, first)
                     for position, figure, metric in written]
            wholes = [figure.id for _, figure, _ in written]
    if None in parts or len(set(parts)) < len(parts):
        return None
    given, twins = list(statements), {}
    in_order = bool(match.group("in_order"))  # 占比依次为: of the parts' own whole, found with the other wholes
    for part, whole, share in zip(parts, wholes, shares):
        parent = next((s for s in statements if s.id == statements[part].part_of), None)
        # 铁路、公路、水路分别完成投资…,分别占24.3%、…: of the whole the parts are of; 三次产业增加值分别占海洋生产总值的…:
        # of that whole when it is the one named
        if whole is None and parent is not None and not in_order and (not of or same_words(parent.metric or "").endswith(same_words(of))):
            whole = parent.value
        if whole is None and not in_order:
            whole = _region_figure(statements, part, share, facts, earlier, of)
        # 分别占全省的: each of the province's figure of the part's metric (全省旅游花费), when none is written
        named = f"{of or ''}{statements[part].metric or ''}" if whole is None and not in_order and (not of or of in REGIONS) else of
        own = Share(of=named, value=share.id)
        if whole is not None:
            own = own.model_copy(update={"whole": whole, "whole_by": "metric"})
        if statements[part].share is None:
            given[part] = statements[part].model_copy(update={"share": own})
        else:  # 工业投资67.92亿元,占全部投资的43.4% … 两项指标分别占全市的11.0%和14.2%: a second share, stated apart
            twins[part] = Statement(id=f"{statements[part].id}.{share.id}", metric=statements[part].metric, value=statements[part].value,
                                    period=statements[part].period, subject=statements[part].subject, sentence=share.sentence, share=own)
    ordered = [s for position, statement in enumerate(given) for s in (statement, twins.get(position)) if s is not None]
    return ordered, [ordered.index(twins.get(p, given[p])) for p in parts]


def _region_figure(statements: list[Statement], part: int, share, facts: dict, earlier: set, of: str | None) -> str | None:
    """The figure of the region a part's share is of: larger, of the part's unit and metric, in a sentence
    of its own, of no other place of the part's, neither an earlier level nor a share of a figure named
    (协议投资2716.8亿元,占协议总投资的94.9% is a part itself); its fact id, or None."""
    statement, figure = statements[part], facts[statements[part].value]
    candidates = []
    for position, candidate in enumerate(statements):
        whole = facts[candidate.value]
        if whole.sentence in (0, share.sentence) or candidate.value in earlier or candidate.part_of or whole.qualifier != "=":
            continue
        if candidate.subject and candidate.subject == statement.subject and candidate.subject != of:
            continue  # the part's own place (a figure of 全市 is of the region 全市 the shares are of)
        if of in REGIONS and candidate.subject in REGIONS and candidate.subject != of:
            continue  # 全省's figures are no wholes of a share of 全市
        if is_last_year_figure(candidate, facts):
            continue
        if _share_of_its_like(candidate, statements, facts):
            continue
        if other_measures(candidate.metric, statement.metric):
            continue  # 璩溪县…各项贷款余额824.65亿元,分别占全市的: of 各项贷款余额, not of 全市本外币各项存款余额
        if alike(whole, figure) and getattr(whole, "unit", None) == getattr(figure, "unit", None) and None not in (whole.value, figure.value) and whole.value > figure.value:
            candidates.append(position)
    # The region's own (全市接待海内外游客 over A级景区接待游客), then the most words of the part's metric, then the
    # larger, the total (1286个省重点项目完成投资 over 当年完成投资).
    metric = (statement.metric or "").removeprefix("省会").removeprefix("首府")
    name = same_words(_PERIOD_LEAD.sub("", metric[len(opening_place(metric) or "") :]))  # 省会栎阳市全年社会物流总额: 社会物流总额
    everything = bool(of) and of.startswith(("全部", "全体"))  # 三次产业投资分别占全部投资的: the largest, the total
    ranked = [
        ((everything or statements[p].subject == of, 0 if everything else len(set(name) & set(said)), facts[statements[p].value].value), p)
        for p in candidates if (said := same_words(statements[p].metric or "")) and not _PLAN.search(said)
        and (said.endswith(of[2:].removesuffix("的")) if everything else metrics_alike(name, said))
    ]
    return statements[max(ranked)[1]].value if ranked else None


def _share_of_its_like(candidate: Statement, statements: list[Statement], facts: dict) -> bool:
    """协议投资2716.8亿元,占协议总投资的94.9%: a figure that is a share of a figure of its own measure
    is a part, no region's total."""
    share = candidate.share
    if share is None or (share.of or "").startswith(REGIONS) or share.of == "目标":
        return False
    named = share.of or next((s.metric for s in statements if s.value == share.whole), None) or ""
    return bool(named) and metrics_alike(same_words(named), same_words(candidate.metric or ""))


def _named(statements: list[Statement], figures: list[int], name: str, facts: dict, of: str | None) -> int | None:
    """The figure of the body the name fits best that is not of the place the shares are of."""
    name = name[len(opening_place(name) or "") :]  # 沂澜省进出口: 进出口
    body = [p for p in figures if facts[statements[p].value].sentence > 0 and not _of_the_whole_place(statements[p], of)]
    return _best(statements, body, name, facts)


def _of_the_whole_place(statement: Statement, of: str | None) -> bool:
    """全国货物贸易进出口21.79万亿元 is a whole of 占全国的, no part."""
    said = named_by(statement)
    return bool(of) and any(region in of and region in said for region in REGIONS)


def _best(statements: list[Statement], positions: list[int], name: str, facts: dict) -> int | None:
    """The figure whose name holds the name or is held by it, then shares most of its characters, then
    is written first; none when no name is alike. A name of an amount (成交额) names no count, one of a
    number (企业数) no amount."""
    name = same_words(name[len(opening_place(name) or "") :])  # 省会霁川市数字经济核心产业增加值
    kind = "money" if _AMOUNT_NAME.search(name) else "count" if name.endswith("数") else None
    best, best_score = None, None
    for position in positions:
        metric = statements[position].metric or ""
        said = same_words(metric[len(opening_place(metric) or "") :])  # 霁川市高新技术企业: 高新技术企业
        if not metrics_alike(name, said) or kind and facts[statements[position].value].kind != kind:
            continue
        score = (said in name or name in said, len(set(name) & set(said)))  # a tie goes to the first written
        if best_score is None or score > best_score:
            best, best_score = position, score
    return best


def _written(statements: list[Statement], figures: list[int], facts: dict, text: str) -> list[tuple]:
    """The figures in the order written, as (statement position or None, fact, metric): a count listed
    before the amount it counts is a figure of its own (规上工业企业22947家、总产值48620.5亿元)."""
    written = []
    for position in figures:
        statement = statements[position]
        value, metric = facts[statement.value], statement.metric or ""
        count = facts.get(statement.count) if statement.count else None
        listed = count is not None and count.end <= value.start and _COUNT_LISTED.fullmatch(text, count.end, value.start)
        if listed and count.text in metric:
            at = metric.index(count.text)
            written.append((None, count, metric[:at]))
            metric = metric[at + len(count.text) :].lstrip("、,，")
        elif listed:  # 新签约项目267个,协议总投资1835.6亿元: the count's clause names it
            written.append((None, count, split_subject(strip_leading(text[_clause_start(text, count.start) : count.start].strip()))[1]))
        written.append((position, value, metric))
    return written


def _period_of(statements: list[Statement], position: int | None, facts: dict):
    """The date of the figure at a position, or None."""
    period = statements[position].period if position is not None else None
    return facts[period] if period else None


def _owned(statements: list[Statement], figures: list[int], whole, metric: str, facts: dict, before: int) -> int | None:
    """The figure of the body before the wholes, of the whole's unit, smaller, whose metric fits the
    whole's best (the first written of a tie), that is no average nor the figure of a counted set
    (全县完成投资156.38亿元, not 64个县级重点项目的)."""
    candidates = []
    for position in figures:
        statement = statements[position]
        figure = facts[statement.value]
        if position >= before or figure.sentence == 0 or statement.count:
            continue
        if AVERAGE_CUE.search(statement.metric or "") or not alike(figure, whole) or getattr(figure, "unit", None) != getattr(whole, "unit", None):
            continue
        if figure.value is not None and whole.value is not None and figure.value < whole.value:
            candidates.append(position)
    return _best(statements, candidates, metric, facts)


def _give_point_change(statements: list[Statement], parts: list[int], held: Share, after: int, facts: dict, text: str) -> list[Statement]:
    """前者比上年的40.8%提高1.3个百分点, 其中集装箱占比较上年的49.0%提高1.6个百分点: the point change
    written after the shares goes to the share it names, by 前者/后者 or by the part's metric."""
    said = text[after : facts[held.change].start]
    if "前者" in said:
        chosen = parts[0]
    elif "后者" in said:
        chosen = parts[-1]
    else:  # 第三产业比重较去年同期的51.6%上升: the part sharing most words with the clause, if one alone
        shared = [(len(two_char_words(said) & two_char_words(statements[p].metric)), p) for p in parts]
        most = max(count for count, _ in shared)
        named = [p for count, p in shared if count == most and count > 0]
        chosen = named[0] if len(named) == 1 else None
    if chosen is None:
        return statements
    share = statements[chosen].share.model_copy(update={"change": held.change, "direction": held.direction, "earlier": held.earlier})
    statements = list(statements)
    statements[chosen] = statements[chosen].model_copy(update={"share": share})
    return statements


def link_paired_targets(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """累计签约项目79个、总投资572.5亿元,分别完成全年目标200个和1500亿元的39.5%和38.2%: each figure
    written right before (in its sentence, or in the one before when the list opens its own), in order,
    against its target and completion rate."""
    for match in _PAIRED_TARGETS.finditer(text):
        ending = _CLAUSE_END.search(text, match.end())
        inside = sorted((f for f in facts.values() if match.end() <= f.start and f.end <= (ending.start() if ending else len(text))), key=lambda f: f.start)
        goals = [f for f in inside if f.kind in LEVEL_KINDS]
        rates = [f for f in inside if f.kind == "percent" and f.form == "percent"]
        if len(goals) < 2 or len(goals) != len(rates) or goals[-1].start > rates[0].start:
            continue
        taken = {f.id for f in goals}
        statements = [
            s.model_copy(update={"target": None, "share": None}) if s.target is not None and s.target.rate in {r.id for r in rates} else s
            for s in statements
        ]
        statements = without(statements, {s.id for s in statements if s.value in taken})  # the goals, figures of their own no more
        figures = [  # (平均每个项目6.87亿元 is no figure of the list)
            p for p in _figures_before(statements, match, facts, earlier_levels(statements, facts, text)) if not AVERAGE_CUE.match(statements[p].metric or "")
        ]
        written = _written(statements, figures, facts, text)[-len(goals) :]
        # (项目267个,协议总投资1835.6亿元…。签约项目数和协议投资额分别完成…: the figures of the sentence before)
        sentences = {figure.sentence for _, figure, _ in written}
        if len(written) != len(goals) or sentences not in ({goals[0].sentence}, {goals[0].sentence - 1}) \
                or not all(same_unit(figure, goal) for (_, figure, _), goal in zip(written, goals)):
            continue
        given, twins = list(statements), {}
        for at, ((position, figure, metric), goal, rate) in enumerate(zip(written, goals, rates)):
            update = {"target": Target(value=goal.id, rate=rate.id), "share": Share(of="目标", value=rate.id, whole=goal.id, whole_by="target")}
            if position is not None:
                given[position] = given[position].model_copy(update=update)
            else:  # 项目79个、总投资572.5亿元: the count listed before the amount, a figure of its own here
                owner = next(p for p, _, _ in written[at + 1 :] if p is not None)
                twins[owner] = Statement(id=f"{statements[owner].id}.{figure.id}", metric=metric, value=figure.id, period=statements[owner].period,
                                         subject=statements[owner].subject, sentence=figure.sentence, **update)
        statements = [s for position, statement in enumerate(given) for s in (twins.get(position), statement) if s is not None]
    return statements
