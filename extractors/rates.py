"""Rates named by their own noun, the written bases of rates of change, and gaps that name their rate.

Named rates: 履约率为98.8% after 新签约项目247个…已履约244个, 到位率为48.7% after
合同外资2.3亿美元，实际到位外资1.12亿美元. Such a rate measures the figure whose metric holds the
noun's stem (履约, 到位) against a figure of its kind and unit before it, one that is no numerator
of another rate of the sentence (已开工222个 is no whole of 履约率), or the set its metric names
(签约项目中已开工41个). The link is a guess from words, so the share check warns rather than errs on it.

Bases: the level a change is measured from, written before the figure (由1971英镑上调至3,549英镑) or
after it (比上届的3605.2亿元增长18.4%), and the earlier share a share's point change starts from
(较上年同期的38.2%提高2.3个百分点; 去年同期为52.6%,比重下降1.4个百分点).
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from functools import cache

from os.path import commonprefix

import regex

from extractors.differences import whole_reaching
from extractors.roles import AVERAGE_CUE, FROM_LEVEL, LEVEL_KINDS, MOVED_TO, direction_words
from extractors.rulebook import rules
from extractors.subjects import is_place, is_region, split_subject
from extractors.wholes import earlier_levels, is_national, names_the_nation, same_unit, share_a_word
from extractors.wording import (
    AN_INCREASE, AVERAGED_NAME, BASIS_OF_RATIO, CLOSED_BRACKETS, EARLIER_WAS, FELL_BY, FIRST_TIME, GREW_BY, OVERSHOOT, PASSING, PER_DAY_MONTH_YEAR, PER_UNIT_MOVED_FROM, PREVIOUS_SPAN, QUOTES, REGIONS, LAST_SENTENCE_STOP, MEASURE_WORD_END, SEMICOLON, SENTENCE_STOP, SET_NAMED_OPENING, SHARE_NAMED_BACK,
    LAST_YEAR_BASE, LAST_YEAR_END, YEAR_BEFORE_WORDS, YEAR_EARLIER, bases_of, metrics_alike, named_by,
    clause_opening, is_last_year, is_last_year_figure, month_span, names_the_set, same_words, stated_apart, strip_leading,
)
from schemas import Share, Statement

# The whole clause before the rate: an optional qualifier of the noun (资金), then the stem and 率.
_RATE_STEM = regex.compile(r"(?:率|进度|强度)$")  # 持证 of 持证率, 投入 of 研发投入强度
_DUE = "应"  # 应参保人员, 应参合人口: all who should, the whole a rate of that stem is reckoned on
# 利润率仅为, 拨付进度为, 行政村5G通达率为, 研发投入强度为
_RATE_NAME = regex.compile(r"^(?P<of>[\p{Han}A-Za-z0-9]{0,8}?)(?P<stem>\p{Han}{2})(?P<noun>率|进度|强度)(?:仅为|约为|为|达到|达|是)?$")
_SET_IN = regex.compile(r"(\p{Han}{2,8})中")
_VERB_TAIL = regex.compile(r"(?:为|达|达到|是)$")  # 贷存比为
# 新入园企业中, / 落地项目中已开工…: a set named at the sentence's opening (not 集中, 当中, 中国, 中心)
_SET_OPENING = regex.compile(r"\s*(?:在)?\p{Han}{2,8}?(?<![集其当之])中(?:[,，]|(?![国心部央外小型东西]))")
_CLAUSE_BREAK = regex.compile(r"[,;:，；：。！？!?\n]")
_LAST_CLAUSE_BREAK = regex.compile(r"(?r)[,;:，；：。！？!?\n]")  # searched backwards: the break nearest before
# 前者快9.2个百分点, 后者比前者低: a gap said of one of the two rates just written.
_REFERENT_GAP = regex.compile(r"(?P<which>前者|后者)(?:比(?:前者|后者))?(?:增速|增幅)?(?:(?:高出|高|快)|(?P<down>低|慢))了?")
# 第二产业投资增速比全部投资高出6.0个百分点 opening its sentence: the metric whose rate the gap is.
_NAMED_GAP = regex.compile(
    r"^(?P<metric>\p{Han}{2,16}?)?(?:增速|增幅)(?:(?:比|较)(?P<of>[^,;，；比较]{1,14}?)(?:(?P<up>高出|高|快)|(?P<down>低|慢))了?"
    r"|(?:高于|快于|(?P<below>低于|慢于))(?P<of_after>[^,;，；比较]{1,10}?))$"
)
# 占…的40.9%,较2023年的31.6%提高9.3个百分点: the earlier share after a comparison word and its period.
# 占全部投资的比重为51.2%,去年同期为52.6%,比重下降1.4个百分点: the earlier share in a clause of its own.
# (上年同期为14个、36.8%: the earlier count, then the earlier share)
_YEAR_EARLIER_BEFORE = regex.compile(
    rf"(?:(?:去年|上年)(?:同期|同月|末|底)?|年初)(?:[,，]\s*(?=这一|该))?(?:这一|该)?{SHARE_NAMED_BACK}?(?:为|是)(?:[\d.]+[个家项户人]、)?$|(?:去年|上年)同期$"
    rf"|\d{{4}}年(?:同期|末|底)?(?:[,，]\s*)?(?:这一|该){SHARE_NAMED_BACK}(?:为|是)$"  # 2024年这一比重为33.8%
)
# 低于全国平均水平(5.2%)0.5个百分点, 超过年度目标(2.8%)0.06个百分点: another level, in brackets right before the points
_COMPARED_IN_BRACKETS = regex.compile(r"(?:高于|低于|高出|低出|超过|超出|快于|慢于)[^,;，；。()（）]{0,14}[(（]\s*$")
# 高于全省77.2%的平均水平9.1个百分点: another level written inside the comparison, then what it is
_COMPARED_INLINE = regex.compile(r"(?:高于|低于|高出|低出|超过|超出)[^,;，；。()（）\d]{0,12}$")
_WHAT_IS_COMPARED = regex.compile(r"的[^,;，；。()（）\d]{1,10}")
_LOWER = regex.compile(r"低于|低出|(?<!最)低(?!水平)")
# 全省平均水平为77.2%,高出9.1个百分点: another region's level in a clause of its own, then the gap to it
_OTHER_REGION_LEVEL = regex.compile(r"(?:^|[,，;；])\s*全[国省市区县][^,;，；。()（）\d]{0,8}?(?:为|是|达)$")
_GAP_TO_IT = regex.compile(r"[,，]\s*(?:全[国省市区县]|本[省市区县])?(?:高出|高于它|高|低出|低于它|低)了?\s*")
_PLACE_PREFIX = regex.compile(r"^\p{Han}{2,3}?[省市县](?=\p{Han}{2})")
# 共有47款自主研发游戏获得版号,: the words of a count's own clause, after it
_OWN_WORDS_AFTER = regex.compile(r"\p{Han}[^,;，；。、\d]*[,，]\s*")
# 比全区工业企业平均水平2.1%高出: a level of another named in the comparison, then the way it goes
_THAN_NAMED = regex.compile(r"(?:比(?!重|例)|较)[^,;，；。\d]{2,16}$")
_GAP_AFTER_LEVEL = regex.compile(r"(?:的\p{Han}{0,8})?(?:高出|高|低出|低)了?\s*")
# (由上年末的5家增长1.8倍: a level moved from, with the rate right after it and no level moved to)
_THAN_BEFORE = regex.compile(r"(?:比(?!重|例)|较|由)(?:\d{4}年)?[^,;，；。]{0,8}?的?$")  # not 比重, 比例; 比2026年春运实际发送量
# 由1971英镑上调至3,549英镑, 从400亿美元降至220亿美元: the earlier level, then the verb and 至 before the figure.
# 由每月2100元调整为2280元, 由上年末的218家增至244家
# 由2024年末的19.2万人, 由上年的每人每月655元 (the time, then the unit)
_FROM_BEFORE = regex.compile(rf"(?:由|从)(?:(?:\d{{4}}年)?[^,;，；\d]{{1,8}}的)?(?:{PER_UNIT_MOVED_FROM})?$")
_TO_BETWEEN = regex.compile(rf"^{MOVED_TO}(?:{PER_UNIT_MOVED_FROM})?$")  # (由每亩7.5元提高到每亩9.5元)


def _most_alike(named: list[Statement], of: str, metric: str, stem: str, facts: dict):
    """Of the figures named for a rate's whole (营业收入 of 营业收入利润率), the one whose other words are
    most the part's own, then the nearest: 全区企业实现营业收入 for 企业实现利润总额, not 营业收入超百亿元的企业
    nor 三大主导产业实现营业收入 written after it."""
    own = metric[: metric.find(stem)] if stem in metric else metric

    def rest(s: Statement) -> str:
        words = (s.metric or "").replace(of, "")
        return words[2:] if words.startswith(REGIONS) else words

    def alike(position: int) -> tuple:
        words = rest(named[position])
        shared = sum(1 for i in range(len(own) - 1) if own[i : i + 2] in words)
        return shared, -len(set(words) - set(own)), position

    best = max(range(len(named)), key=alike, default=None)
    return facts[named[best].value] if best is not None else None


_AT_YEAR_START = regex.compile(r"年初[^,，;；。]{0,16}(?:为|是)$")


def link_defined_ratios(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """不良贷款率1.01%, 拨备覆盖率312.47%, 贷存比为84.7%: a ratio named in the rule table (rules/link.toml
    `ratios`) is the share of the nearest figure before it in its paragraph whose metric holds a part
    word, over the nearest one there whose metric holds a whole word (of the part's unit)."""
    statements = list(statements)
    earlier = earlier_levels(statements, facts, text)
    for rate in sorted(facts.values(), key=lambda f: f.start):
        if rate.kind != "percent" or rate.form != "percent" or rate.value is None:
            continue
        last_break = _LAST_CLAUSE_BREAK.search(text, 0, rate.start)
        lead = text[last_break.end() if last_break else 0 : rate.start].strip()
        named = _VERB_TAIL.sub("", CLOSED_BRACKETS.sub("", lead))  # 个人住房贷款率(个贷率)为80.7%
        ratio = next((r for r in rules("link").ratios if any(named.endswith(name) and len(named) - len(name) <= 6 for name in r.names)), None)
        if ratio is None:
            continue
        paragraph = text.rfind("\n", 0, rate.start)
        # 上年末,…分别为457.61亿元和377.06亿元,个贷率为82.4%: a ratio of a sentence opening on last year is of earlier levels
        opening = min((f for f in facts.values() if f.sentence == rate.sentence), key=lambda f: f.start)
        then = opening.kind == "date" and opening.text.startswith(YEAR_BEFORE_WORDS)
        before = [
            (position, s) for position, s in enumerate(statements)
            if facts[s.value].end <= rate.start and facts[s.value].kind == "money" and (s.value in earlier) == then
        ]
        parts = [
            (p, s) for p, s in reversed(before) if paragraph < facts[s.value].start and any(word in (s.metric or "") for word in ratio.part)
        ]
        # (各项贷款余额7315.6亿元,…短期贷款…1862.4亿元,…年初以来贷款增加628.3亿元;贷存比为84.6%: the total rather
        # than a part of it, and a level rather than an increase)
        parts = [ps for ps in parts if not AN_INCREASE.search(ps[1].metric or "")] or parts
        # (今年年初全市各项贷款余额为6687.3亿元: the level the year started from, unless the ratio's sentence opens on it too)
        from_start = opening.kind == "date" and opening.text.endswith("年初")
        parts = [ps for ps in parts if from_start or not _AT_YEAR_START.search(text, max(0, facts[ps[1].value].start - 24), facts[ps[1].value].start)] or parts
        part = next((ps for ps in parts if ps[1].part_of is None), None) or next(iter(parts), None)
        if part is None:
            continue
        # (the whole anywhere before, a total rather than a part of one: 吸收存款本金总额, not 其中个人存款)
        wholes = [
            s for _, s in reversed(before) if s is not part[1] and any(word in (s.metric or "") for word in ratio.whole)
            and not any(word in (s.metric or "") for word in ratio.whole_without) and same_unit(facts[s.value], facts[part[1].value])
        ]
        position, holder = part
        # (本外币各项贷款余额 over 本外币各项存款余额, not the nearer 非金融企业存款余额: the whole named as the part is,
        # with the whole's word for the part's; else the nearest total)
        parallel = {(holder.metric or "").replace(p, w) for p in ratio.part for w in ratio.whole if p in (holder.metric or "")}
        totals = [s for s in wholes if s.part_of is None]
        whole = next((s for s in totals if s.metric in parallel), None) or next(iter(totals), None)
        if whole is None or holder.share is not None and holder.share.value != rate.id:
            continue  # (a part holding another share: no second one)
        # (个贷率为80.7%,比上年末下降1.7个百分点: the point change read with the rate's own statement goes along)
        share = holder.share or next((s.share for s in statements if s.share is not None and s.share.value == rate.id), None) or Share(value=rate.id)
        statements = [s.model_copy(update={"share": None}) if s.share is not None and s.share.value == rate.id else s for s in statements]
        update = {"share": share.model_copy(update={"of": named, "whole": whole.value, "whole_by": "rate_name"})}
        points = facts[holder.change.value] if holder.change is not None else None
        if points is not None and points.form == "point" and points.start > rate.start and share.change is None:
            # 个人住房贷款率79.1%,比上年末的81.6%下降2.5个百分点: the points after the ratio are its change, not the part's
            update = {"change": None, "share": update["share"].model_copy(update={"change": points.id, "direction": holder.change.direction})}
        statements[position] = holder.model_copy(update=update)
    return statements


def _written_as_basis(figure, text: str) -> bool:
    """按月均缴存余额588.1亿元计算,: a figure whose clause names it the basis a rate after it is reckoned on."""
    basis = BASIS_OF_RATIO.match(text, clause_opening(text, figure.start))
    return basis is not None and basis.end() > figure.end


def link_named_rates(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """Each rate named by its noun becomes the share of the nearest figure before it, in its sentence,
    whose metric holds the stem; the whole is the nearest figure of the paragraph before that one, of
    its kind and unit, whose metric holds no stem of the sentence's rates."""
    used = _rates_in_use(statements)
    named = []  # (rate, stem, what qualifies it, 率 or 进度 or 强度)
    for fact in facts.values():
        if fact.kind != "percent" or fact.form != "percent" or fact.value is None or fact.id in used:
            continue
        last_break = _LAST_CLAUSE_BREAK.search(text, 0, fact.start)  # read backwards from the rate
        start = last_break.end() if last_break else 0
        match = _RATE_NAME.match(text[start : fact.start].strip())
        if match:
            named.append((fact, match.group("stem"), match.group("of"), match.group("noun")))
    statements = list(statements)
    # 利润总额18.65亿元(上年同期为16.92亿元),…营业收入利润率21.6%: an earlier level is no part, and the base
    # of a change no whole (营业收入86.42亿元,…上年同期为80.54亿元); a set dated before may be one
    # (去年签约的112个项目中,已开工89个,开工率79.5%).
    earlier = earlier_levels(statements, facts, text)
    bases = {base for s in statements for base in bases_of(s)}
    for rate, stem, of, noun in named:
        stems = {s for r, s, *_ in named if r.sentence == rate.sentence}
        before = [(position, s) for position, s in enumerate(statements) if facts[s.value].end <= rate.start and s.value not in bases]
        written_before = {s.id for _, s in before}
        # (参合农民2846万人,应参合农业人口2869万人,参合率为99.2%: those who should take part are the whole, no part, unless
        # they are all the rate's sentence names: 法定应参保人员529.5万人,参保率96.8%,比上年提高0.9个百分点)
        stemmed = [
            (position, s) for position, s in reversed(before)
            if s.sentence == rate.sentence and s.share is None and s.metric and stem in s.metric and s.value not in earlier
        ]
        part = next((ps for ps in stemmed if _DUE + stem not in (ps[1].metric or "")), None) or next(iter(stemmed), None)
        counted = _part_of_counted_set(rate, before, statements, facts)
        if part is None or counted is not None and counted[1].part_of == part[1].id:
            # 项目覆盖全省96个县中的89个,覆盖率92.7%: the stem may name the set, and the rate is then the part's
            part = counted
        if part is None:
            continue
        position, statement = part
        figure = facts[statement.value]
        # 新引进项目中已开工87个: the set the metric names first; else the nearest figure before of its unit
        # (项目有247个,合同引进的市外资金达1077亿元: a count that goes with an amount is a whole as well).
        # 利润总额41.27亿元,…营业收入利润率5.0%: the rate names its whole (营业收入), the figure before of that name
        named_of = [
            s for _, s in before if len(of) >= 2 and of in (s.metric or "") and stem not in (s.metric or "")
            and _comparable(facts[s.value], figure) and s.value not in earlier
        ]
        # 新入园企业中,年内已有19家建成投产,投产率达40.4%: the set may be named by the clause opening the sentence
        opening = _SET_OPENING.match(text, text.rfind("。", 0, figure.start) + 1, figure.start)
        set_named = statement.metric if opening is None else opening.group()
        # 其中计划新开工项目120个,已开工96个,开工率80.0%: the whole the figure is a part of, in its sentence
        whole_of_part = next((
            facts[s.value] for _, s in before if s.id == statement.part_of and s.sentence == statement.sentence and _comparable(facts[s.value], figure)
        ), None)
        # 实现增值收益8.88亿元,按月均缴存余额588.1亿元计算,增值收益率为1.51%: the whole the rate is reckoned on
        basis = next((
            facts[s.value] for _, s in reversed(before) if facts[s.value].sentence == rate.sentence and facts[s.value].start > figure.end
            and _comparable(facts[s.value], figure) and _written_as_basis(facts[s.value], text)
        ), None)
        # 应参合农业人口2869万人: the figure named as all who should, of the rate's stem
        due = next((
            facts[s.value] for _, s in reversed(before) if s.sentence == rate.sentence and _DUE + stem in (s.metric or "")
            and s is not statement and _comparable(facts[s.value], figure) and s.value not in earlier
        ), None)
        whole = basis or whole_of_part or due or _named_set(set_named, figure, [s for _, s in before], facts) or _most_alike(named_of, of, statement.metric, stem, facts) or next((
            candidate for _, s in reversed(before[: [p for p, _ in before].index(position)]) for candidate in _written_with(s, facts)
            if _comparable(candidate, figure) and "\n" not in text[candidate.end : rate.start] and s.value not in earlier
            and not any(other in (s.metric or "") for other in stems)
            # 资金6500万元,其中…2300万元,…平均每个项目125.0万元;项目当年实现收益1386万元,收益率21.3%: no
            # figure per member, nor a part of a whole written before, is what the rate is of
            and not AVERAGE_CUE.search(s.metric or "") and s.part_of not in written_before
        ), None)
        whole = whole or _named_by_the_head(statement.metric, stem, figure, [s for _, s in before if s.value not in earlier], facts)
        if noun == "强度" and whole is not basis:
            whole = None  # 研发投入强度: of an output seldom written beside it (营业收入, 地区生产总值), unless its basis is named
        # 营业收入6334.0亿元,其中钢铁行业3862.4亿元…。钢铁行业利润总额86.73亿元,营业收入利润率仅为2.2%: the
        # part of the named whole that the figure's own name opens on
        holder = next((s for s in statements if whole is not None and s.value == whole.id), None)
        whole = next((
            facts[s.value] for s in statements if holder is not None and s.part_of == holder.id and s.metric and len(s.metric) >= 2
            and s.value != statement.value and (statement.metric or "").startswith(s.metric) and _comparable(facts[s.value], figure)
        ), whole)
        if whole is not None and whole.value is not None and figure.value is not None and rate.value <= 100 and whole.value * OVERSHOOT < figure.value:
            whole = None  # 已支出3.71亿元,支出进度96.1%: of a larger amount, not of 2.28亿元 (a part a little above it is a mistake to show)
        change = statement.change
        points_after = change is not None and facts[change.value].form == "point" and facts[change.value].start > rate.start
        # 法定应参保人员529.5万人,参保率96.8%,比上年提高0.9个百分点: with no whole found the rate still has its point change
        if whole is not None or points_after:
            whole_by = None if whole is None else "basis" if whole in (basis, due) else "rate_name"
            share = Share(of=f"{stem}{noun}", value=rate.id, whole=whole.id if whole else None, whole_by=whole_by)
            update = {"share": share}
            if points_after:
                # 开工率为70.8%,上年这一比例为64.5%,提高6.3个百分点: the points change the rate, not the count
                update = {"share": share.model_copy(update={"change": change.value, "direction": change.direction}), "change": None}
            elif change is not None and change.gap is not None and facts[change.gap].start > rate.start:
                # 增长10.2%,营业收入利润率21.6%,比上年同期的21.0%提高0.6个百分点: the points change the rate
                # named between, against the earlier rate; they are no gap of the growth rate.
                share = share.model_copy(update={"change": change.gap, "direction": change.gap_direction, "earlier": change.gap_to})
                update = {"share": share, "change": change.model_copy(update=_NO_GAP)}
            statements[position] = statement.model_copy(update=update)
    return _give_rates_alone_to_counted_parts(statements, facts)


def _give_rates_alone_to_counted_parts(statements: list[Statement], facts: dict) -> list[Statement]:
    """养老护理员5860人,其中取得…证书的4120人,持证率为70.3%,比上年高5.5个百分点,上年为64.8%: a rate named by its noun that
    stands alone with its point change, right after a part counted within a set of its sentence, is that part's
    share of the set, its change and earlier level kept."""
    dropped = set()
    for rate in [s for s in statements if s.share is not None and s.share.value == s.value and s.share.whole is None and s.change is None]:
        figure = facts[rate.value]
        before = [(p, s) for p, s in enumerate(statements) if facts[s.value].end <= figure.start and s.id not in dropped]
        found = _part_of_counted_set(figure, before, statements, facts) if figure.kind == "percent" and figure.form == "percent" else None
        if found is None:
            continue
        position, part = found
        stem = _RATE_STEM.sub("", rate.metric or "")[-2:]
        if not set(stem) & set(part.metric or ""):
            continue  # 其中城镇职工…、城乡居民…;参保率95.3%: a rate whose stem (参保) the part's name shares nothing of
        parent = next(s for s in statements if s.id == part.part_of)
        share = rate.share.model_copy(update={"of": rate.metric, "whole": parent.value, "whole_by": "rate_name"})
        statements[position] = part.model_copy(update={"share": share})
        dropped.add(rate.id)
    return [s for s in statements if s.id not in dropped]


def _part_of_counted_set(rate, before: list, statements: list[Statement], facts: dict) -> tuple | None:
    """全省312个高速公路服务区中,已建成充电设施的298个,覆盖率95.5%: a rate whose stem names no figure, right
    after a part of a set counted in its sentence, is that part's share of the set."""
    if not before:
        return None
    position, statement = before[-1]
    parent = next((s for s in statements if s.id == statement.part_of), None) if statement.part_of else None
    if parent is None or statement.share is not None or statement.sentence != rate.sentence or parent.sentence != rate.sentence:
        return None
    figure = facts[statement.value]
    return (position, statement) if figure.kind == "count" and _comparable(facts[parent.value], figure) else None


def _written_with(statement: Statement, facts: dict) -> list:
    """A statement's figure, its count and its target, nearest the end first: 规模186.42亿元,…为年度采购预算
    203.60亿元的91.6%,节约财政资金17.18亿元,资金节约率8.4% reads the budget before the figure."""
    written = [facts[statement.value], facts.get(statement.count), facts.get(statement.target.value) if statement.target and statement.target.value else None]
    return sorted((f for f in written if f is not None), key=lambda f: f.start, reverse=True)


def _named_set(metric: str, figure, before: list[Statement], facts: dict):
    """签约项目中已开工41个,开工率47.7%: the set the part's metric names (签约项目中) is the first count
    of its object in the article before it (新签约招商项目86个), in any paragraph."""
    named = _SET_IN.search(metric)
    if named is None:
        return None
    # 落地项目中已开工221个 after 目前已落地236个: the figure of that deed, before the first count of 项目
    deed = next((
        facts[s.value] for s in reversed(before) if names_the_set(s.metric, named.group(1)) and _comparable(facts[s.value], figure)
        and facts[s.value].value > figure.value
    ), None)
    if deed is not None:
        return deed
    counts = (facts.get(s.count) if facts[s.value].kind != "count" else facts[s.value] for s in before)
    return next((
        c for c in counts if c is not None and c.kind == "count" and _comparable(c, figure) and c.value > figure.value
        and getattr(c, "object", None) and named.group(1).endswith(c.object)
    ), None)


def _named_by_the_head(metric: str, stem: str, figure, before: list[Statement], facts: dict):
    """全省共筹措衔接资金286.4亿元。(a paragraph on) 衔接资金已支出279.3亿元,支出进度97.5%: with no whole in its
    paragraph, the latest larger figure before, in any paragraph, named by the words the part's name opens with
    before its deed (衔接资金)."""
    head = strip_leading(metric[: metric.find(stem)]).rstrip("已累计共") if metric and stem in metric else ""
    if len(head) < 2:
        return None
    return next((
        facts[s.value] for s in reversed(before) if head in (s.metric or "") and stem not in (s.metric or "")
        and _comparable(facts[s.value], figure) and facts[s.value].value > figure.value
    ), None)


def _comparable(whole, part) -> bool:
    """A whole of the part's kind, currency and unit. It need not be larger: a part written above its
    whole (已履约305个 of 247个) is the very mistake the share check is to show."""
    if whole.kind != part.kind or getattr(whole, "currency", None) != getattr(part, "currency", None):
        return False
    if getattr(whole, "unit", None) != getattr(part, "unit", None) or whole.qualifier != "=":
        return False
    return whole.value is not None and part.value is not None


def _rates_in_use(statements: list[Statement]) -> set[str]:
    used = set()
    for s in statements:
        if s.change is not None:
            used |= {s.change.value, s.change.gap}
        if s.share is not None:
            used.add(s.share.value)
        if s.target is not None:
            used.add(s.target.rate)
    return used


def link_earlier_shares(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """留潼率为42.6%。上年这一比重为40.1%,一年提高2.5个百分点: a sentence that opens on the share of the
    year before and its point change is the change of the last share of the sentence before."""
    used = _rates_in_use(statements)
    statements = list(statements)
    for match in _EARLIER_SHARE_SENTENCE.finditer(text):
        earlier = next((f for f in facts.values() if f.start == match.start("earlier") and f.kind == "percent"), None)
        points = next((f for f in facts.values() if f.start == match.start("points") and f.kind == "percent" and f.form == "point"), None)
        if earlier is None or points is None or points.id in used:
            continue
        position = next((
            p for p in range(len(statements) - 1, -1, -1)
            if statements[p].share is not None and statements[p].share.change is None
            and facts[statements[p].share.value].sentence == earlier.sentence - 1
        ), None)
        if position is not None:
            direction = "down" if match.group("down") else "up"
            share = statements[position].share.model_copy(update={"change": points.id, "direction": direction, "earlier": earlier.id})
            statements[position] = statements[position].model_copy(update={"share": share})
    # 占58.4%,比上年提高3.2个百分点。上年这一比例为55.2%: the share a year before alone, after a share with its point
    # change and no earlier share, in the sentence before or its own
    for match in _EARLIER_SHARE_ALONE.finditer(text):
        earlier = next((f for f in facts.values() if f.start == match.start("earlier") and f.kind == "percent" and f.form == "percent"), None)
        if earlier is None or earlier.id in used or any(s.share is not None and earlier.id in (s.share.earlier, s.share.value) for s in statements):
            continue
        position = next((
            p for p in range(len(statements) - 1, -1, -1)
            if statements[p].share is not None and facts[statements[p].share.value].end <= earlier.start
            and facts[statements[p].share.value].sentence in (earlier.sentence, earlier.sentence - 1)
        ), None)
        share = statements[position].share if position is not None else None
        if share is not None and share.change is not None and share.earlier is None and facts[share.change].form == "point":
            statements[position] = statements[position].model_copy(update={"share": share.model_copy(update={"earlier": earlier.id})})
    return _shares_of_earlier_levels(_earlier_shares_named(_earlier_shares_listed(statements, facts, text, used), facts, text, used), facts)


def _earlier_shares_listed(statements: list[Statement], facts: dict, text: str, used: set) -> list[Statement]:
    """…比例分别为84.2%和70.6%,分别比上年提高0.8个百分点和1.1个百分点,上年分别为83.4%和69.5%: the shares a year before,
    listed in the order of the shares of the sentence with a point change and none, one each."""
    for match in _EARLIER_SHARES_EACH.finditer(text):
        listed = [f for f in facts.values() if match.start("list") <= f.start and f.end <= match.end("list") and f.kind == "percent"]
        if len(listed) < 2 or any(f.form != "percent" or f.id in used for f in listed):
            continue
        positions = [
            p for p, s in enumerate(statements)
            if (share := s.share) is not None and share.change is not None and share.earlier is None and facts[share.change].form == "point"
            and facts[share.value].sentence == listed[0].sentence and facts[share.value].end <= match.start()
        ]
        if len(positions) != len(listed):
            continue
        for position, earlier in zip(positions, listed):
            share = statements[position].share
            statements[position] = statements[position].model_copy(update={"share": share.model_copy(update={"earlier": earlier.id})})
    return statements


def _earlier_shares_named(statements: list[Statement], facts: dict, text: str, used: set) -> list[Statement]:
    """…占72.2%,比上年同期提高1.5个百分点;上年同期税收占比为70.7%; 存贷比为85.0%,比上年末提高0.9个百分点。上年末…,存贷比为
    84.1%: a share named again (by its name or a word of its figure's) in a sentence or clause opening on last year is the
    earlier share of the share before with a point change and none, in that sentence or the one before."""
    for match in _EARLIER_SHARE_NAMED.finditer(text):
        earlier = next((f for f in facts.values() if f.start == match.start("earlier") and f.kind == "percent" and f.form == "percent"), None)
        if earlier is None or earlier.id in used or any(s.share is not None and earlier.id in (s.share.earlier, s.share.value) for s in statements):
            continue
        opening = max(text.rfind(stop, 0, match.start()) for stop in "。；;\n") + 1
        if not _LAST_YEAR_OPENING.match(text, opening):
            continue
        name = same_words(match.group("name"))
        position = next((
            p for p in range(len(statements) - 1, -1, -1)
            if (share := statements[p].share) is not None and facts[share.value].end <= opening and share.change is not None and share.earlier is None
            and facts[share.change].form == "point" and facts[share.value].sentence in (earlier.sentence, earlier.sentence - 1)
            and (same_words(statements[p].metric or "").endswith(name) or len(common := commonprefix((name, same_words(statements[p].metric or "")))) >= 2
                 and name[len(common) :] in ("占比", "比重"))
        ), None)
        if position is not None:
            share = statements[position].share
            statements[position] = statements[position].model_copy(update={"share": share.model_copy(update={"earlier": earlier.id})})
    return statements


def _shares_of_earlier_levels(statements: list[Statement], facts: dict) -> list[Statement]:
    """其中民生支出31.27亿元,占…的80.9%,比上年提高1.2个百分点;上年民生支出为29.41亿元,占比79.7%: the share of a figure's
    level a year before is the earlier share its point change is from, of the whole's level a year before."""
    by_id = {s.id: s for s in statements}
    for position, earlier in enumerate(statements):
        if earlier.share is None or earlier.share.whole is not None or not is_last_year_figure(earlier, facts):
            continue
        current = next((
            s for s in reversed(statements[:position]) if s.metric == earlier.metric and s.share is not None and s.share.change is not None
            and s.share.earlier is None and facts[s.share.change].form == "point" and not is_last_year_figure(s, facts)
        ), None)
        if current is None:
            continue
        at = statements.index(current)
        statements[at] = current.model_copy(update={"share": current.share.model_copy(update={"earlier": earlier.share.value})})
        whole = next((w for w in statements if w.value == current.share.whole), None) or by_id.get(current.part_of or "")
        base = whole.change.base if whole is not None and whole.change is not None else None
        if base is not None:
            statements[position] = earlier.model_copy(update={"share": earlier.share.model_copy(update={"whole": base, "whole_by": "part_of"})})
    return statements


# 上年这一比例为55.2%。, 2025年末,这一覆盖率为83.9%。: the level a year before of the share just stated, and nothing else
_EARLIER_SHARE_ALONE = regex.compile(
    rf"(?:^|(?<=[。！？!?\n;；,，]))\s*(?:(?:上年|去年|\d{{4}}年)(?:同期|同月|末|底)?|{PREVIOUS_SPAN})[,，]?\s*(?:这一|该)(?:{SHARE_NAMED_BACK}|比率|\p{{Han}}{{0,4}}率)"
    r"(?:为|是)(?P<earlier>[\d.]+%)(?=[。！？!?;；]|$)"
)


# 上年同期税收占比为70.7%, 存贷比为84.1%: a share named, alone in its clause
_EARLIER_SHARE_NAMED = regex.compile(
    r"(?<=[。！？!?\n;；,，])\s*(?:(?:上年|去年)(?:同期|同月|末|底)?[,，]?)?(?P<name>\p{Han}{2,10}?(?:占比|比重|比例|率|比))"
    r"(?:为|是)(?P<earlier>[\d.]+%)(?=[。！？!?;；,，]|$)"
)
_LAST_YEAR_OPENING = regex.compile(r"\s*(?:上年|去年)")
_YEAR_BEFORE_PERIOD = regex.compile(rf"{YEAR_EARLIER}")


def give_point_changes_to_current_levels(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """研发经费投入强度达到6.51%;上年…投入强度为6.15%,一年提高0.36个百分点: a point change written after the
    level of the year before is the change of the level of this year the sentence gave first under the same
    name (a rate no other figure took), from that earlier level."""
    taken = _rates_in_use(statements) | {s.value for s in statements}  # a rate or a figure of its own
    given = []
    for statement in statements:
        given.append(statement)
        share, period = statement.share, facts.get(statement.period) if statement.period else None
        if share is None or share.change is None or share.earlier is not None or share.value != statement.value:
            continue
        if period is None or not _YEAR_BEFORE_PERIOD.fullmatch(period.text) or not statement.metric or len(statement.metric) < 2:
            continue
        earlier = facts[statement.value]
        current = next((
            f for f in reversed(list(facts.values()))
            if f.kind == "percent" and f.form == "percent" and f.end <= period.start and f.sentence >= earlier.sentence - 1
            and f.id not in taken
            and text[max(0, f.start - 20) : f.start].rstrip("为达到是了").endswith(statement.metric)
        ), None)
        if current is None:
            continue
        moved = share.model_copy(update={"value": current.id, "earlier": earlier.id})
        given[-1:] = [
            statement.model_copy(update={"id": f"{statement.id}.{current.id}", "value": current.id, "period": None, "share": moved, "sentence": current.sentence}),
            statement.model_copy(update={"share": share.model_copy(update={"change": None, "direction": None})}),
        ]
    return given


_EARLIER_SHARES_EACH = regex.compile(
    r"(?<=[,，;；])\s*(?:上年|去年)(?:同期|同月|末|底)?分别(?:为|是)(?P<list>[\d.]+%(?:\s*[、和及与]\s*[\d.]+%)+)(?=[。！？!?;；,，]|$)"
)
_EARLIER_SHARE_SENTENCE = regex.compile(
    r"(?:^|(?<=[。！？!?\n]))\s*(?:上年|去年|\d{4}年)(?:同期|同月|末|底)?[,，]?\s*这一(?:比重|比例|比率|占比)(?:为|是)(?P<earlier>[\d.]+%)[,，]\s*(?:一年|同比|今年)?"
    r"(?:(?P<up>提高|上升|增加)|(?P<down>下降|降低|回落|减少))(?P<points>[\d.]+个百分点)"
)


def drop_rates_of_unwritten_figures(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """险种由上年的51个增加到58个,新增7个,保费收入比上年的4.33亿元增长21.5%: a rate whose clause opens on a name of its own,
    compared with a level of the year before in another unit than the figure that took it, is the rate of the figure
    that name names, which the text leaves unwritten; the figure lets it go."""
    kept = []
    for statement in statements:
        kept.append(statement)
        change, figure = statement.change, facts[statement.value]
        if change is None or change.base is not None:
            continue
        rate = facts[change.value]
        opening = _LAST_CLAUSE_BREAK.search(text, 0, rate.start)
        start = opening.end() if opening else 0
        named = _NAME_THEN_THAN.match(text, start) if start > figure.end else None
        if named is None or share_a_word(named.group("name"), statement.metric or ""):
            continue
        levels = [f for f in facts.values() if start <= f.start and f.end <= rate.start and f.kind in LEVEL_KINDS]
        if levels and not any(_same_unit(level, figure) for level in levels):
            kept[-1] = statement.model_copy(update={"change": None})
    return kept


_NAME_THEN_THAN = regex.compile(r"\s*(?P<name>\p{Han}{2,8}?)(?:同比)?(?:比|较)(?:上年|去年)")


def link_rate_bases(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """The figure a rate of change is measured from, when its sentence writes it right before the
    figure after 由/从 (由1971英镑上调至3,549英镑,涨幅约80%), of the figure's kind and unit."""
    ordered = sorted((f for f in facts.values() if f.kind in LEVEL_KINDS), key=lambda f: f.start)
    linked = []
    for statement in statements:
        if statement.share is not None and statement.share.change is not None and statement.share.earlier is None:
            statement = _with_earlier_share(statement, facts, text)
        change = statement.change
        figure = facts[statement.value]
        if change is None or change.base is not None:
            linked.append(statement)
            continue
        rate = facts[change.value]
        if rate.form not in ("percent", "multiple"):  # (由…增至48.3万标箱,是上年的1.4倍 as 增长40.0%)
            linked.append(statement)
            continue
        base = next((
            f for f in reversed(ordered)
            if f.end <= figure.start and _FROM_BEFORE.search(text, max(0, f.start - 16), f.start)
            and _TO_BETWEEN.match(text[f.end : figure.start])
        ), None)
        if base is not None and _same_unit(base, figure) and base.sentence == figure.sentence == rate.sentence:
            statement = statement.model_copy(update={"change": change.model_copy(update={"base": base.id})})
        linked.append(statement)
    return linked


def give_rates_to_members_named(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """矿建材料运量5.86亿吨,煤炭及制品2.31亿吨,…。煤炭及制品运量同比下降4.1%: a rate of a clause of its own, named as a
    figure before it (`_figure_named_by_rate`), is that figure's, measured from the level right after it."""
    statements = list(statements)
    for rate in [s for s in statements if facts[s.value].kind == "percent" and s.change is not None and s.change.value == s.value]:
        if rate.share is not None or rate.change.gap is not None or not rate.metric:
            continue
        member = _figure_named_by_rate(rate, statements, facts, text)
        if member is None:
            continue
        # (…下降4.1%,去年同期为2.41亿吨: the level it fell from, right after it)
        at = statements.index(rate)
        base = statements[at + 1] if at + 1 < len(statements) else None
        change = rate.change
        if base is not None and base.sentence == rate.sentence and is_last_year_figure(base, facts) and same_unit(facts[base.value], facts[member.value]):
            change = change.model_copy(update={"base": base.value})
        statements[statements.index(member)] = member.model_copy(update={"change": change})
        statements.remove(rate)
    return statements


def _figure_named_by_rate(rate: Statement, statements: list[Statement], facts: dict, text: str) -> Statement | None:
    """The figure with no rate yet that a rate's name names: the one of its sentence whose name ends with it (出口交货值
    of 外资企业完成出口交货值; 投诉量, a volume, of 受理…投诉), else the one member of a list before it in its paragraph that it
    names with the list's measure (煤炭及制品运量 of 煤炭及制品, the measure 运量 written with another member), with a word
    of size (农机合作社数量 of a count, 缓税缓费规模) or with the measure of the set its sentence opens on (全省旅客吞吐量中,峋川国际机场…: 峋川国际机场
    旅客吞吐量); when no name there opens its own, the one figure before it whose name without its list's verb is the
    rate's, its kind (领域, 产业) aside (轨道交通客运量 of 轨道交通完成客运量, 中药营业收入 of 中药领域实现营业收入)."""
    figure = facts[rate.value]
    shortened = [
        s for s in statements if s.sentence == rate.sentence and facts[s.value].start < figure.start
        and facts[s.value].kind != "percent" and s.metric and len(rate.metric) >= 3 and s.metric != rate.metric
        and s.metric.endswith((rate.metric, rate.metric.removesuffix("量")))  # (投诉量 of 受理…投诉)
    ]
    if len(shortened) == 1 and shortened[0].change is None and not is_last_year_figure(shortened[0], facts):
        return shortened[0]
    paragraph = text.rfind("\n", 0, figure.start)
    members = [
        s for s in statements if paragraph < facts[s.value].start < figure.start and facts[s.value].kind != "percent"
        and s.metric and len(s.metric) >= 2 and rate.metric != s.metric and rate.metric.startswith(s.metric)
    ]
    if not members:  # 轨道交通、常规公交…分别完成客运量4.72亿人次、…。…轨道交通客运量同比增长14.8%
        named = [s for s in statements if facts[s.value].start < figure.start and facts[s.value].kind != "percent" and s.change is None
                 and s.metric and s.metric != rate.metric and _name_compared(_LIST_VERB.sub("", s.metric)) == _name_compared(rate.metric)
                 and not is_last_year_figure(s, facts)]
        return named[0] if len(named) == 1 else None
    if len(members) != 1 or members[0].change is not None:
        return None
    measure = rate.metric[len(members[0].metric) :]
    siblings = [s for s in statements if s is not members[0] and s.sentence == members[0].sentence and s.metric]
    # (全年生产纯电动乘用车49.7万辆、新能源商用车5.5万辆: 产量, the measure of the verb opening the list)
    stem = measure.removesuffix("量").removesuffix("额")
    if (_COUNT_MEASURE.fullmatch(measure) and facts[members[0].value].kind == "count") or _SIZE_MEASURE.fullmatch(measure):
        return members[0]  # 农机合作社2386个…。农机合作社数量比上年增长6.4%: a count's own measure (缓税缓费规模: any figure's)
    sentence_start = max(text.rfind(stop, 0, facts[members[0].value].start) for stop in "。！？\n") + 1
    opening = SET_NAMED_OPENING.match(text, sentence_start)
    if opening is not None and len(measure) >= 2 and opening.group("set").endswith(measure):
        return members[0]  # 全省旅客吞吐量中,峋川国际机场完成2862.4万人次…。峋川国际机场旅客吞吐量: the measure of the set it is in
    return members[0] if 1 <= len(measure) <= 3 and any(
        s.metric.endswith(measure) or stem != measure and stem in s.metric[:2] for s in siblings) else None


# 中药领域实现营业收入 and 中药营业收入: a member's kind (领域, 产业) is no word of the name that tells it apart
_KIND_IN_NAME = regex.compile(r"(?<=\p{Han})(?:产业|行业|领域|环节|板块)(?=\p{Han})")
_WORD_TWICE = regex.compile(r"(\p{Han}{2})\1")  # 太阳能发电(完成)发电量: 太阳能发电量


def _name_compared(name: str) -> str:
    return _WORD_TWICE.sub(r"\1", _KIND_IN_NAME.sub("", name))


_COUNT_MEASURE = regex.compile(r"(?:的)?(?:数量|个数|总数|数)")
_SIZE_MEASURE = regex.compile(r"(?:的)?(?:规模|总规模|总量|总额)")
_LIST_VERB = regex.compile(r"(?<=\p{Han}{2})(?:完成|实现)(?=\p{Han}{2})")  # 轨道交通完成客运量: the verb of a 分别 list in a name


# 项目数比上年增长20.8%, 笔数下降3.1%: a rate named as the count's; 投资额增长15.2%, 金额增长2.5%: as the amount's
_COUNT_NAMED = regex.compile(r"(?:项目|企业|笔|户|家|个|件|人|单)数(?:量)?|数量")
_AMOUNT_NAMED = regex.compile(r"\p{Han}{0,4}?(?:金额|额)")


def split_count_and_amount_rates(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """发放个人住房贷款1.26万笔、61.7亿元,笔数比上年下降3.1%,上年为1.30万笔;金额比上年增长2.5%,上年为60.2亿元: the rate
    of a clause opening on the count's name is the count's, measured from the earlier level of its unit, and the
    rate of a clause opening on the amount's name the amount's; the count becomes a figure of its own."""
    statements = list(statements)
    for statement in list(statements):
        count = facts.get(statement.count) if statement.count else None
        if count is None or statement.change is None or facts[statement.change.value].form != "percent":
            continue
        rate = facts[statement.change.value]
        if not _COUNT_NAMED.fullmatch(_named_before_rate(rate, text)):
            continue
        later = [s for s in statements if s.sentence == statement.sentence and facts[s.value].start > rate.start]
        count_base = next((s for s in later if is_last_year_figure(s, facts) and same_unit(facts[s.value], count)), None)
        holder = next((s for s in later if s.change is not None and _AMOUNT_NAMED.fullmatch(_named_before_rate(facts[s.change.value], text))), None)
        amount_base = next((s for s in later if is_last_year_figure(s, facts) and same_unit(facts[s.value], facts[statement.value])), None)
        if holder is not None:
            statements[statements.index(holder)] = holder.model_copy(update={"change": None})
        own = holder.change.model_copy(update={"base": amount_base.value if amount_base else None}) if holder is not None else None
        counted = stated_apart(statement, count.id, value=count.id, change=statement.change.model_copy(update={"base": count_base.value if count_base else None}))
        at = next(p for p, s in enumerate(statements) if s.id == statement.id)  # (the holder's change is off it already)
        statements[at] = statements[at].model_copy(update={"change": own})
        statements.insert(at + 1, counted)
    return statements


def _named_before_rate(rate, text: str) -> str:
    """The words of a rate's clause before its direction word and basis (笔数 of 笔数比上年下降3.1%)."""
    last_break = _LAST_CLAUSE_BREAK.search(text, 0, rate.start)
    lead = text[last_break.end() if last_break else 0 : rate.start].strip()
    return regex.sub(r"(?:同比|环比|比上年同期|比去年同期|较上年同期|比上年|比去年|较上年|较去年)?(?:增长|下降|增加|减少|提高)了?$", "", lead)


# 离柜率达到92.4%,比全省平均水平高3.6个百分点,全省为88.8%: a level's points against another place's level
# (比平日高31.4个百分点,平日为61.2%: the level of any time or place named alike twice)
# 比全市平均水平高2.6个百分点, 高于全国平均水平1.6个百分点 (the same name may be two groups of the `regex` module)
_PLACE_COMPARED = regex.compile(
    r"(?:(?:比|较)(?:(?P<of>全[国省市县区]|本[省市县区])\p{Han}{0,8}?|(?P<of>\p{Han}{2,4}?))(?:的)?(?:平均水平|平均)?(?:(?P<up>高出|高)|(?P<down>低))了?"
    r"|(?:(?P<up>高于|高出)|(?P<down>低于))(?:(?P<of>全[国省市县区]|本[省市县区])\p{Han}{0,8}?|(?P<of>\p{Han}{2,4}?))(?:的)?(?:平均水平|平均)?)$"
)
# (…高出12.8个百分点,全省乡村民宿平均入住率为49.6%: the place, then the level's own name; not 全省增速为11.2%, a rate of
# growth the points are a gap to)
_PLACE_LEVEL_AFTER = regex.compile(r"\s*[,，]\s*(?:(?P<of>全[国省市县区]|本[省市县区])(?:(?!增)\p{Han}){0,12}?|(?P<of>\p{Han}{2,4}?)(?:平均水平|平均)?)(?:为|是)")


def link_levels_of_places_compared(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """县域内就诊率达到91.3%,比全市平均水平高2.6个百分点,全市为88.7%: the points of a level (a share or rate with no
    earlier level) against the same level of the place (or time: 比平日高…,平日为…) its clause names, written right
    after them: that level is the one the points are measured from. A level compared with its own a year before takes such a second
    comparison after a semicolon as a second share of it, stated apart right after it."""
    statements = list(statements)
    used = {s.share.change for s in statements if s.share and s.share.change} \
        | {link for s in statements if s.change for link in (s.change.value, s.change.gap) if link}
    for statement in list(statements):
        share = statement.share
        if share is None or share.change is None:
            continue
        if share.earlier is None:
            compared = _place_level_compared(facts[share.change], facts, text)
            if compared is not None:
                statements[statements.index(statement)] = statement.model_copy(update={"share": share.model_copy(update=compared)})
            continue
        # (达到78.6%,比上年提高1.4个百分点,上年为77.2%;比全国平均水平高3.1个百分点,全国为75.5%)
        sentence_end = SENTENCE_STOP.search(text, facts[share.change].end)
        end = sentence_end.start() if sentence_end else len(text)
        for points in sorted((f for f in facts.values() if f.kind == "percent" and f.form == "point" and f.id not in used
                              and facts[share.change].end < f.start < end), key=lambda f: f.start):
            compared = _place_level_compared(points, facts, text)
            if compared is not None and SEMICOLON.search(text, facts[share.change].end, points.start):
                statements.insert(statements.index(statement) + 1, stated_apart(statement, points.id, share=share.model_copy(update={"change": points.id, **compared})))
                break
    return statements


def _place_level_compared(points, facts: dict, text: str) -> dict | None:
    """比全市平均水平高2.6个百分点,全市为88.7%: the level the points are measured from and their direction, or None."""
    compared = _PLACE_COMPARED.search(text, max(0, points.start - 14), points.start)
    after = _PLACE_LEVEL_AFTER.match(text, points.end)
    if compared is None or after is None or after.group("of") != compared.group("of"):
        return None
    level = next((f for f in facts.values() if f.kind == "percent" and f.form == "percent" and f.start == after.end()), None)
    return {"earlier": level.id, "direction": "down" if compared.group("down") else "up"} if level is not None else None


def _dated_to_a_day(date) -> bool:
    return getattr(date, "day", None) is not None


def link_sequential_bases(statements: list[Statement], facts: dict) -> list[Statement]:
    """一季度、二季度、三季度货值依次为12.1亿元、13.6亿元、16.1亿元,三季度环比增长18.4%: a rate on the period before
    (环比) is measured from the figure of that period written before it, of the same unit and metric (or no metric
    of its own), the period as long as its own and ending the month before it starts."""
    linked = []
    for position, statement in enumerate(statements):
        change = statement.change
        if change is None or change.base is not None or change.basis != "环比" or statement.period is None:
            linked.append(statement)
            continue
        figure, first, last = facts[statement.value], *month_span(facts[statement.period])

        def before_it(s: Statement) -> bool:
            # (5月1日单日客运量…;6月份…环比增长3.6%: a day is no month before June)
            return s.period is not None and _same_unit(facts[s.value], figure) and _dated_to_a_day(facts[s.period]) == _dated_to_a_day(facts[statement.period]) \
                and (s.metric == statement.metric or metrics_alike(s.metric or "", statement.metric or "") or not s.metric) \
                and _precedes(month_span(facts[s.period]), (first, last))
        # (10月份…1.52亿吨,环比下降2.6%,9月份为1.56亿吨: or written after it in its sentence)
        after = [s for s in statements[position + 1 :] if s.sentence == statement.sentence]
        base = next((s for s in reversed(linked) if before_it(s)), None) or next((s for s in after if before_it(s)), None) \
            if None not in (first, last) else None
        linked.append(statement.model_copy(update={"change": change.model_copy(update={"base": base.value})}) if base else statement)
    return linked


def drop_rates_of_months_before(statements: list[Statement], facts: dict) -> list[Statement]:
    """8月…14.2元,环比上涨6.8%,7月为13.3元;同比下降11.8%,去年同期为16.1元: the level of the month before that a rate
    on the month before is from takes no year-on-year rate of its own; that one is the current figure's, which holds a
    change already, so the rate stays unlinked."""
    sequential = {s.change.base for s in statements if s.change is not None and s.change.basis == "环比" and s.change.base}
    return [
        s.model_copy(update={"change": None}) if s.value in sequential and s.change is not None and s.change.basis == "同比" else s
        for s in statements
    ]


def link_bases_written_before(statements: list[Statement], facts: dict) -> list[Statement]:
    """上年全市软件出口4.31亿美元,全年达到4.86亿美元,增长12.8%: a rate with no base, of a figure right after a level of the
    year before of its metric and unit in its sentence that is no base yet, is measured from that level."""
    statements = list(statements)
    bases = {base for s in statements for base in bases_of(s)}
    for position in range(1, len(statements)):
        statement, before = statements[position], statements[position - 1]
        change = statement.change
        if change is None or change.base is not None or change.basis == "环比" or facts[change.value].form != "percent":
            continue
        if before.sentence != statement.sentence or before.value in bases or before.change is not None or not is_last_year_figure(before, facts) \
                or before.metric != statement.metric or not _same_unit(facts[before.value], facts[statement.value]):
            continue
        statements[position] = statement.model_copy(update={"change": change.model_copy(update={"base": before.value})})
        bases.add(before.value)
    return statements


def _precedes(earlier: tuple, later: tuple) -> bool:
    """Months (first, last) right before others of the same length, in one year (一季度 before 二季度, 5月 before 6月)."""
    if None in earlier:
        return False
    return earlier[1] + 1 == later[0] and earlier[1] - earlier[0] == later[1] - later[0]


_NO_GAP = {"gap": None, "gap_of": None, "gap_direction": None, "gap_to": None}  # a change's point gap, taken off
# 境外采购商6382人次(上届为4876人次),增长30.9%: an earlier level in brackets right after a figure.
_EARLIER_IN_BRACKETS = regex.compile(r"\s*[(（]\s*(?:上年|去年|上届|上一届|上次)(?:同期|同月|末|底)?(?:为|是)?\s*$")


def give_rates_past_brackets(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """境外采购商6382人次(上届为4876人次),增加1506人次,增长30.9%,占专业采购商的6.6%: the rates after an earlier
    level in brackets right after a figure are the figure's, its change measured from that level."""
    statements = list(statements)
    for position in range(1, len(statements)):
        level, figure = statements[position], statements[position - 1]
        value, base = facts[figure.value], facts[level.value]
        if not _EARLIER_IN_BRACKETS.fullmatch(text, value.end, base.start) or not same_unit(value, base):
            continue
        if figure.change is not None and figure.change.base is None and level.change is None and facts[figure.change.value].form == "percent":
            statements[position - 1] = figure.model_copy(update={"change": figure.change.model_copy(update={"base": base.id})})
            continue  # 18.64亿元(上年同期为15.37亿元),增加3.27亿元,增长21.3%: the rate read already, from that level
        if figure.change is not None or figure.share is not None or figure.target is not None:
            continue
        change = level.change.model_copy(update={"base": base.id}) if level.change is not None and level.change.base is None else level.change
        statements[position - 1] = figure.model_copy(update={"change": change, "share": level.share, "target": level.target})
        statements[position] = level.model_copy(update={"change": None, "share": None, "target": None})
    return statements


# 三县合计9.45亿元;栖梧县(上年为3.41亿元)增长13.2%: a name opening its clause, then an earlier level in brackets.
_NAME_THEN_BRACKET = regex.compile(rf"[,;:，；：。]\s*(?P<name>\p{{Han}}{{2,8}}?)\s*[(（]\s*(?:{YEAR_EARLIER}|上届|上一届)(?:为|是)\s*$")
_BRACKET_CLOSED = regex.compile(r"\s*[)）]")


def give_rates_to_named_levels(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """三个县分别获得3.86亿元、3.12亿元和2.47亿元,三县合计9.45亿元;栖梧县(上年为3.41亿元)增长13.2%: a clause
    that opens on a name and writes only an earlier level in brackets and a rate is about the figure of
    its paragraph that name holds (栖梧县's 3.86亿元), not the figure before the clause; the rate, with its
    gap, goes to it, measured from that level."""
    statements = list(statements)
    for position, level in enumerate(statements):
        base = facts[level.value]
        opening = _NAME_THEN_BRACKET.search(text, max(0, base.start - 24), base.start)
        closed = _BRACKET_CLOSED.match(text, base.end)
        if opening is None or closed is None:
            continue
        holder = next((s for s in statements if s.change is not None and facts[s.change.value].start >= closed.end()
                       and _rate_right_after().fullmatch(text, closed.end(), facts[s.change.value].start)), None)
        paragraph = text.rfind("\n", 0, base.start)
        owner = next((
            s for s in reversed(statements[:position]) if paragraph < facts[s.value].start and s is not holder
            and same_unit(facts[s.value], base) and opening.group("name") in (s.metric or "")
        ), None)
        if holder is None or owner is None or owner.change is not None:
            continue
        change = holder.change.model_copy(update={"base": base.id})
        statements[statements.index(holder)] = holder.model_copy(update={"change": None})
        statements[statements.index(owner)] = owner.model_copy(update={"change": change})
    return statements


# 增长8.4%,年初为301.47亿元,占各项贷款的31.2%: an earlier level in a clause of its own after a figure's rate.
_EARLIER_CLAUSE = regex.compile(rf"[,，]\s*{EARLIER_WAS}\s*$")


def give_rates_past_earlier_clauses(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """涉农贷款余额326.84亿元,比年初增加25.37亿元,增长8.4%,年初为301.47亿元,占各项贷款的31.2%: a clause that
    writes only the earlier level after a figure's rate is an aside; its figure's rate is measured from it and
    the shares and targets after it are the figure's."""
    statements = list(statements)
    compared = {s.difference.base for s in statements if s.difference is not None}
    earlier = earlier_levels(statements, facts, text)
    twins = []
    for position in range(1, len(statements)):
        level, at = statements[position], position - 1
        if statements[at].value in compared and at >= 1:
            at -= 1  # 余额9846.7亿元,比年初的8984.2亿元增加…,同比增长18.3%,上年同期为8323.5亿元: past the level compared
        figure = statements[at]
        value, base = facts[figure.value], facts[level.value]
        if figure.change is None or figure.sentence != level.sentence or not same_unit(value, base) \
                or not _EARLIER_CLAUSE.search(text, max(0, base.start - 8), base.start) or facts[figure.change.value].start > base.start:
            continue
        if _CHANGE_AGAINST_BEFORE.search(text, max(0, value.start - 12), value.start):
            continue  # 实有企业比上年末净增1.58万户,增长8.9%,上年末为17.79万户: the level's, not the increase's
        if figure.value in earlier:
            continue  # 水利投资比去年同期的412.7亿元增长17.8%;…去年同期为668.4亿元: a level compared with has no base of its own
        change = figure.change
        year_on_year_from_elsewhere = change.basis == "同比" and _NOT_A_YEAR_BEFORE.search(text, base.start - 6, base.start)
        # (四季度受理诉求3.41万件,环比增长9.6%,上年同期为3.18万件: a rate on the quarter before is from no level a year before)
        if change.base is None and facts[change.value].form == "percent" and not year_on_year_from_elsewhere and change.basis != "环比":
            change = change.model_copy(update={"base": base.id})  # (年初为… is no base of a 同比 rate)
        moved = {"change": change}
        share = level.share
        if share is not None and share.whole in earlier and facts[share.whole].start < base.start:
            # 上年为141.68亿元,提取额占当年缴存额的70.3%: the whole read for the earlier level is read again for the figure
            share = share.model_copy(update={"whole": None, "whole_by": None})
        if figure.share is None and figure.target is None:
            moved |= {"share": share, "target": level.target}
            statements[position] = level.model_copy(update={"share": None, "target": None, "change": None})
        elif share is not None and level.target is None and figure.target is not None and share.whole != figure.target.value:
            # (完成投资268.5亿元,完成年度计划的85.9%,…去年同期为232.3亿元,占重点项目完成投资的55.2%: a second share of the
            # figure, past its completion rate, stated apart right after it)
            twins.append((figure.id, stated_apart(figure, share.value, share=share)))
            statements[position] = level.model_copy(update={"share": None, "change": None})
        statements[at] = figure.model_copy(update=moved)
        if at != position - 1 and statements[position - 1].change == figure.change:
            statements[position - 1] = statements[position - 1].model_copy(update={"change": None})  # the rate is not the earlier level's
    for owner, twin in twins:
        statements.insert(next(p for p, s in enumerate(statements) if s.id == owner) + 1, twin)
    return statements


def link_bases_after(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """突破600亿元,较去年的452亿元增长三成以上; 总投资1486.2亿元,比去年同期的1253.2亿元增长18.6%,完成全年
    签约目标2000亿元的74.3%: an earlier level written after a figure, after 较/比 and before the rates,
    is the base of the figure's change; the rates after it (change, target, share) are the figure's."""
    statements = list(statements)
    for position in range(1, len(statements)):
        statement, previous = statements[position], statements[position - 1]
        base, figure = facts[statement.value], facts[previous.value]
        than = _THAN_BEFORE.search(text, max(0, base.start - 17), base.start)
        if than is None or figure.sentence != base.sentence:
            continue
        change = previous.change or statement.change
        if than.group().startswith("由") and (change is None or not _rate_right_after().fullmatch(text, base.end, facts[change.value].start)):
            continue  # (由上年末的19744家增至21386家: a level moved from and to, link_differences's)
        between = _COMPLETION_BETWEEN.sub("", text[figure.end : than.start()])  # 8.46万人,完成年度目标…的104.4%,比上年的8.12万人
        between = _COMPARABLE_BASIS.sub("", between)  # 486.72万人次,按可比口径,比上年同期的441.35万人次增长10.3%
        between = _BARE_SHARE.sub("", between)  # 298.7亿元,占85.1%,比上年的260.2亿元增长14.8%
        between = _MILESTONE_PASSED.sub("", between)  # 1124.86亿元,首次超过1100亿元,比上年末的1028.44亿元
        between = _CAUSE.sub("", between)  # 参保48.59万人,受外出务工人员转移参保等因素影响,比上年的49.18万人下降1.2%
        between = _DELTA_WITHOUT_BASE.sub("", between)
        if _OWN_WORDS_AFTER.fullmatch(between) and figure.kind == "count":
            between = ""  # 共有47款自主研发游戏获得版号,比上年的35款…: the words of the count's own clause, after it
        if direction_words().search(text, than.start(), base.start):
            continue  # 比上年增加3.2亿元或22.1%: the change itself, no earlier level
        if _GAP_OF_LEVEL.fullmatch(between.strip()) and _past_a_level_compared(previous, statements[: position - 1], facts, text) is not previous:
            between = ""  # (比多年同期均值176.8亿立方米多蓄21.6亿立方米,比上年同期的…: the gap of the level compared with)
        if previous.change is None and change is not None and change.base is not None and facts[change.base].start > facts[change.value].start:
            # 比多年同期平均值132.24亿立方米多蓄…,偏多12.4%;比去年同期减少3.6%,去年同期为154.17亿立方米: a level compared
            # with has no change of its own; the level written after the rates is another rate's
            change = change.model_copy(update={"base": None})
        if change is None or change.base is not None or facts[change.value].form not in ("percent", "fraction", "multiple"):
            continue
        if between.strip(" ,，").removesuffix("相"):
            _give_to_the_named(statements, position, change, between, facts, text)
            continue
        if not _same_unit(figure, base):
            continue
        owner = whole_reaching(previous, base, facts[change.value].direction or "up", statements, facts)
        owner = _total_of_a_daily_figure(owner, base, statements[: position - 1], facts)
        owner = _past_a_level_compared(owner, statements[: position - 1], facts, text)
        if owner is not previous and owner.change is None:  # 其中…第二批2131家,比上年的4212家增长15.4%: the whole's
            at = statements.index(owner)
            statements[at] = owner.model_copy(update={"change": change.model_copy(update={"base": base.id})})
            statements[position - 1] = previous.model_copy(update={"change": None}) if previous.change is change else previous
            statements[position] = statement.model_copy(update={"change": None})
            continue
        if not _rate_right_after().fullmatch(text, base.end, facts[change.value].start):
            continue  # 相比2月1.0万辆有所回升,3月同比下滑41.8%: the rate is measured from another figure
        if change.basis == "同比" and _NOT_A_YEAR_BEFORE.search(than.group()):
            continue  # 比年初的3576.1亿元增加286.4亿元,同比增长9.4%: a year-on-year rate has another base
        moved = {"change": change.model_copy(update={"base": base.id})}
        if previous.target is None and previous.share is None:
            moved |= {"target": statement.target, "share": statement.share}
        elif previous.share is not None and previous.share.of == "目标" and previous.target is not None and statement.share is not None:
            moved["share"] = statement.share  # a completion rate's share repeats its target: the slot is free
        statements[position - 1] = previous.model_copy(update=moved)
        statements[position] = statement.model_copy(update={"change": None, "target": None, "share": None})
    return statements


# (比多年同期均值176.8亿立方米多蓄21.6亿立方米,: the gap of a level compared with, in its own clause)
_GAP_OF_LEVEL = regex.compile(r"\p{Han}{1,3}[\d.]+[^,;，；。\d]{1,5}[,，]")


def _past_a_level_compared(figure: Statement, before: list[Statement], facts: dict, text: str) -> Statement:
    """198.4亿立方米,…,比多年同期均值176.8亿立方米多蓄21.6亿立方米,比上年同期的183.7亿立方米增长8.0%: a level the figure
    before was compared with changes from no level of its own; the rate is the figure's before it, in its sentence."""
    level = facts[figure.value]  # (named after 比 with no 的, a change word right after it)
    if not before or not _THAN_NAMED.search(text, max(0, level.start - 14), level.start) or not direction_words().match(text, level.end):
        return figure
    compared = before[-1]
    fits = compared.sentence == figure.sentence and compared.change is None and _same_unit(facts[compared.value], level)
    return compared if fits else figure


def _total_of_a_daily_figure(figure: Statement, base, before: list[Statement], facts: dict) -> Statement:
    """累计通行车辆2316.8万辆次,日均289.6万辆次,比上年同期的2212.2万辆次增长4.7%: a level many times a figure per
    day (month, year) is the earlier level of the total it is averaged from, written just before it."""
    value = facts[figure.value].value
    if not before or not _PER_TIME_FIGURE.match(figure.metric or "") or value is None or base.value is None or base.value <= value * 2:
        return figure
    total = before[-1]
    return total if total.sentence == figure.sentence and _same_unit(facts[total.value], base) and total.change is None else figure


def _give_to_the_named(statements: list[Statement], position: int, change, between: str, facts: dict, text: str) -> None:
    """A rate after a name and an earlier level is the named figure's, not the latest figure's: 发放贷款146.80亿元,
    户均1305万元,发放额比去年同期的118.40亿元增长24.0% (a name after a comma: a figure of the sentence);
    海洋捕捞产量141.27万吨。…;海洋捕捞产量比上年的145.83万吨下降3.1% (a clause of its own: a figure of the
    paragraph, if any). Never the earlier level's own."""
    statement, previous = statements[position], statements[position - 1]
    base = facts[statement.value]
    if not _rate_right_after().fullmatch(text, base.end, facts[change.value].start):
        return
    named = _NAMED_CLAUSE.fullmatch(between)
    of_last_year = LAST_YEAR_BASE.search(text, max(0, base.start - 4), base.start)  # 今年…比上年的2049.6万吨: no figure of that 上年's
    alike = [
        s for s in reversed(statements[:position])
        if named and facts[s.value].sentence == base.sentence and same_unit(facts[s.value], base) and (s.change is None or s.change is change)
        and share_a_word(same_words(named.group(1)), same_words(s.metric or "")) and not (of_last_year and s.period and facts[s.period].text == of_last_year.group("year"))
    ]
    # 海洋捕捞、远洋渔业和淡水捕捞产量分别为…,其中海洋捕捞比上年的…: the one named in full before one sharing a word
    words = same_words(named.group(1).removeprefix("其中")) if named else ""
    owner = next((s for s in alike if words in same_words(s.metric or "")), alike[0] if alike else None)
    if owner:
        moved = {"change": change.model_copy(update={"base": base.id})}
        if owner.target is None and owner.share is None and statement.change is change:
            moved |= {"target": statement.target, "share": statement.share}  # …增长14.9%,完成全年新开工计划1300个的86.5%
        statements[statements.index(owner)] = owner.model_copy(update=moved)
        if owner is not previous and previous.change is change:
            statements[position - 1] = previous.model_copy(update={"change": None})
        statements[position] = statement.model_copy(update={key: None for key in moved})
        return
    own = _OWN_CLAUSE.search(between)
    if own is None or change not in (statement.change, previous.change):
        return
    paragraph = text.rfind("\n", 0, base.start)
    wholes = {s.part_of for s in statements if s.part_of}  # (…花椒产值分别为…,合计42.86亿元: a total is not named by its last member's name)
    if previous.change == change:  # 分别出口24.1万辆和14.5万辆;插混汽车出口比上年的6.9万辆增长1.1倍: the figure before, named again
        named_before = same_words(previous.metric or "") == same_words(own.group(1)) or _named_with_list_opening(own.group(1), previous, statements, facts)
        figure = previous if named_before and not is_last_year_figure(previous, facts) else None  # (…,上年为36.4亿立方米;…化工用气比上年的…)
        # (…两大集群合计签约401.7亿元…;从增速看,新能源汽车集群签约额比去年同期的182.7亿元增长30.5%: the cluster named)
        figure = figure or next((
            s for s in reversed(statements[: position - 1]) if paragraph < facts[s.value].start and s.change is None and s.id not in wholes
            and same_unit(facts[s.value], base) and s.metric and _opens_alike(own.group(1), s.metric)
        ), None)
        if figure is not None and figure is not previous:
            statements[position - 1] = previous.model_copy(update={"change": None})
    else:  # (…同比增长7.9%(上年为66.12亿立方米);…,化工原料用气比上年的…: no earlier level)
        figure = next((
            s for s in reversed(statements[:position]) if paragraph < facts[s.value].start and s.change is None and s.id not in wholes
            and same_unit(facts[s.value], base) and s.metric and _names_the_figure(own.group(1), s) and not is_last_year_figure(s, facts)
        ), None)
    if figure is None and previous.change == change:
        return
    if figure is not None:
        statements[statements.index(figure)] = figure.model_copy(update={"change": change.model_copy(update={"base": base.id})})
    statements[position] = statement.model_copy(update={"change": None})


def give_rates_off_earlier_levels(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """夏粮比上年的731.6万吨增长0.9%;秋粮增长3.2%,上年为1461.9万吨: a rate whose clause opens on a name, read
    by an earlier level with an earlier level of its own, is the rate of the figure that name names."""
    statements = list(statements)
    bases = {base for s in statements for base in bases_of(s)}
    for position, statement in enumerate(statements):
        change = statement.change
        if statement.value not in bases or change is None or change.base is None:
            continue
        rate = facts[change.value]
        opening = _LAST_CLAUSE_BREAK.search(text, 0, rate.start)
        named = _name_before_rate().fullmatch(text, opening.end() if opening else 0, rate.start)
        if named is None:
            continue
        name, base = same_words(named.group("name")), facts[change.base]
        owner = next((
            s for s in reversed(statements[:position]) if s.value not in bases and s.change is None
            and _same_unit(facts[s.value], base) and name in same_words(named_by(s))
        ), None)
        if owner is not None:
            statements[statements.index(owner)] = owner.model_copy(update={"change": change})
            statements[position] = statement.model_copy(update={"change": None})
    return statements


# ,比上年的31起下降25.8%: a rate clause that names nothing, only what it compares with.
_COMPARISON_CLAUSE = regex.compile(r"[,，]\s*(?:同比|环比|比|较)")
# 森林火灾17起、草原火灾6起: members joined in one clause.
_JOINED_IN_CLAUSE = regex.compile(r"^[^,，;；:：。！？\n]*[、和与及][^,，;；:：。！？\n]*$")


def give_rates_after_lists_to_wholes(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """共发生火灾23起,其中森林火灾17起、草原火灾6起,比上年的31起下降25.8%: a rate in a clause of its own after
    a list of parts joined in one clause, none of them with a rate, is the rate of their whole, written
    before them in the sentence (6起 against 31起 would be a fall of 80.6%)."""
    statements = list(statements)
    position_of = {s.id: position for position, s in enumerate(statements)}
    for position, member in enumerate(statements):
        at = position_of.get(member.part_of) if member.part_of else None
        whole = statements[at] if at is not None else None  # (read afresh: a rate given it already stays its own)
        if member.change is None or whole is None or whole.change is not None or whole.sentence != member.sentence:
            continue
        value, rate = facts[member.value], facts[member.change.value]
        siblings = [s for s in statements[:position] if s.part_of == whole.id and s.sentence == member.sentence]
        if not siblings or any(s.change is not None for s in siblings) or rate.start < value.end:
            continue
        if not _JOINED_IN_CLAUSE.match(text[facts[siblings[-1].value].end : value.start]) \
                or not _COMPARISON_CLAUSE.match(text, value.end) or "分别" in text[value.end : rate.start]:
            continue
        change = member.change
        moved = {"change": change, "difference": whole.difference or member.difference}  # (较上年末增加37家,增幅9.9%: both)
        statements[at] = whole.model_copy(update=moved)
        statements[position] = member.model_copy(update={"change": None, "difference": None})
        for other, base in enumerate(statements):  # the level compared with is the whole's, a year before
            if base.value in (change.base, getattr(member.difference, "base", None)) and base.metric == member.metric:
                statements[other] = base.model_copy(update={"metric": whole.metric})
    return statements


def give_rates_bases_written_after(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """干毛茶产值38.72亿元,比上年增长12.4%。上年全县干毛茶产值为34.45亿元: a level of last year written after a
    rate with no base, in the sentence after or past a semicolon, under the rate's figure's name (or the end of
    it: 上年…产量和产值分别为…), in its unit, is the base of the rate. Each level is the base of one rate, the
    first one named so."""
    statements = list(statements)
    by_value = {s.value: s for s in statements}
    # (出口812.7亿元…;进口473.7亿元…,贸易顺差339.0亿元: the smaller flow of a balance is no earlier level)
    bases = {base for s in statements for base in bases_of(s)} - {s.difference.base for s in statements if s.difference and not _from_an_earlier_level(s, by_value, facts)}
    for position, level in enumerate(statements):
        # (去年国庆假期,…分别为16.69亿元和…: a year before by its words; the same figure again is a restatement, no base)
        if level.value in bases or level.change is not None or not is_last_year_figure(level, facts) or len(level.metric or "") < 2:
            continue
        figure = facts[level.value]
        current = next((
            (at, s) for at, s in enumerate(statements[:position])
            if s.change is not None and s.change.base is None and facts[s.change.value].form == "percent" and not _from_an_earlier_level(s, by_value, facts)
            and s.change.basis != "环比"  # (环比增长2.1%;上年同月为1.31万人: a rate on the month before is from no level a year before)
            and s.sentence in (level.sentence, level.sentence - 1) and not is_last_year_figure(s, facts)
            and (s.sentence == level.sentence - 1 or SEMICOLON.search(text, facts[s.value].end, figure.start))
            and _same_unit(facts[s.value], figure) and s.value not in bases
            and (_named_alike(s.metric or "", level.metric) or s.sentence == level.sentence and _within(level.metric, s.metric or ""))
            and _plausible_base(facts[s.value], figure, facts[s.change.value])
            and facts[s.value].value != figure.value
        ), None)
        if current is not None:
            at, owner = current
            statements[at] = owner.model_copy(update={"change": owner.change.model_copy(update={"base": level.value})})
            bases.add(level.value)
    return statements


def _from_an_earlier_level(statement: Statement, by_value: dict, facts: dict) -> bool:
    """Whether a figure's absolute change is from a level of the year before (not a balance: 出口…的顺差 is of 进口)."""
    if statement.difference is None:
        return False
    base = by_value.get(statement.difference.base)
    return base is None or is_last_year_figure(base, facts)


def _within(short: str, name: str) -> bool:
    """募集 in 慈善组织全年募集慈善款物 (上年募集4.46亿元, past a semicolon in the figure's own sentence): the level named by
    a word of the figure's name."""
    short = same_words(short)
    return len(short) >= 2 and short in same_words(name)


def _named_alike(one: str, other: str) -> bool:
    """接待游客 and 假期全省共接待游客, 追回 and 追回医保基金: the same words, or one ending on the other of three
    characters or more, or opening on its verb."""
    # (秋粮总产量 and 秋粮产量: a 总 before the measure names the same figure)
    shorter, longer = sorted((_TOTAL_OF.sub("", same_words(one)), _TOTAL_OF.sub("", same_words(other))), key=len)
    return shorter == longer or len(shorter) >= 3 and longer.endswith(shorter) or len(shorter) >= 2 and longer.startswith(shorter)


_TOTAL_OF = regex.compile(r"(?<=\p{Han})总(?=\p{Han}{2}$)")


def _plausible_base(figure, base, rate) -> bool:
    """A level a rate may be from: within half as much again of the level the rate leads back to (a figure changed
    by a quarter is still read against it, for the check to show)."""
    if None in (figure.value, base.value, rate.value) or base.value <= 0:
        return False
    grown = rate.value if getattr(rate, "direction", None) != "down" else -rate.value
    expected = figure.value / (1 + grown / 100) if grown > -100 else None
    return expected is not None and expected / Decimal("1.5") <= base.value <= expected * Decimal("1.5")


def give_changes_of_gaps_to_their_levels(statements: list[Statement], facts: dict) -> list[Statement]:
    """4860元,比…1320元高出3540元;与去年的4520元相比,增长7.5%: a change read onto a gap (高出3540元), from a level the
    gap is not of, is the change of the level whose gap it is, when that level has none."""
    statements = list(statements)
    of_gap = {s.difference.value: at for at, s in enumerate(statements) if s.difference is not None and s.difference.value}
    for at, gap in enumerate(statements):
        level_at = of_gap.get(gap.value)
        if level_at is None or gap.change is None or statements[level_at].change is not None:
            continue
        level = statements[level_at]
        base = facts.get(gap.change.base) if gap.change.base else None
        if base is None or level.difference.base == base.id or not same_unit(base, facts[level.value]):
            continue
        statements[level_at] = level.model_copy(update={"change": gap.change})
        statements[at] = gap.model_copy(update={"change": None})
    return statements


def drop_rates_held_by_earlier_levels(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """接待游客286.4万人次,按可比口径较去年同期的254.3万人次增长12.6%: a rate both the figure and the level it is
    compared with took is the figure's; the earlier level lets it go. So does a level written as the one compared
    with (…占…的近五成,比去年同期的42个增长1.4倍) that holds a rate alone: the rate of a figure found nowhere."""
    held = Counter(s.change.value for s in statements if s.change is not None)
    shared = {rate for rate, count in held.items() if count > 1}
    compared = [s for s in statements if s.change is not None and s.change.base is None
                and _LEVEL_COMPARED_WITH.search(text, max(0, facts[s.value].start - 16), facts[s.value].start)]
    if not shared and not compared:
        return statements
    earlier = earlier_levels(statements, facts, text)
    dropped = {s.id for s in compared if s.value in earlier}
    for rate in shared:
        held_by = [s for s in statements if s.change is not None and s.change.value == rate]
        if any(s.value not in earlier for s in held_by):
            dropped |= {s.id for s in held_by if s.value in earlier}
    return [s.model_copy(update={"change": None}) if s.id in dropped else s for s in statements]


_LEVEL_COMPARED_WITH = regex.compile(r"(?:比|较)[^,;，；。]{0,12}的$")  # 比去年同期的42个: the level a figure is compared with


_YEAR_WRITTEN_WAS = regex.compile(r"\d{4}年(?:同期)?$")  # 2024年为88.58亿元: the figure of a year written out
_WAS_AFTER = regex.compile(r"(?:分别)?(?:为|是)")


def give_rates_of_earlier_levels_to_current(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """…展会186个,展览总面积412.6万平方米,去年同期分别为166个和357.8万平方米,同比分别增长12.0%和15.3%; 发放贷款98.6亿元,
    2024年为88.58亿元,增长11.3%: a rate read by a year-earlier level (去年同期, or a year written out before 为 that
    is before the year of the figure it follows) is the rate of the latest figure of its sentence before it with
    the same name and unit and no rate, measured from that level."""
    statements = list(statements)
    for position, statement in enumerate(statements):
        change = statement.change
        # (去年同期分别为166个和372.1亿元: the second level listed is dated by the first's period)
        dated = statement.period or _period_of_listed_before(statements, position, facts, text)
        if change is None or change.base is not None or facts[change.value].form != "percent" or dated is None:
            continue
        period, figure = facts[dated], facts[statement.value]
        year_written = bool(_YEAR_WRITTEN_WAS.fullmatch(period.text))
        if not (is_last_year(period) or period.text in ("上年", "去年") or year_written) or not _WAS_AFTER.match(text, period.end):
            continue  # (比去年同期的246.8亿元增长28.4%: the base of the rate, given by its own words)
        current = next((
            (at, s) for at, s in reversed(list(enumerate(statements[:position])))
            if s.sentence == statement.sentence and s.change is None and _same_unit(facts[s.value], figure)
            and (s.metric == statement.metric or not statement.metric)
        ), None)
        if current is None:
            continue
        at, level = current
        then = facts[level.period] if level.period is not None else None
        if year_written and then is not None and (then.resolved is None or period.resolved is None or then.resolved.start.year <= period.resolved.start.year):
            continue  # 2023年…80亿元;2024年为88.58亿元,增长10.7%: the rate of 2024 itself
        statements[at] = level.model_copy(update={"change": change.model_copy(update={"base": statement.value})})
        statements[position] = statement.model_copy(update={"change": None})
    return statements


def _period_of_listed_before(statements: list[Statement], position: int, facts: dict, text: str) -> str | None:
    """The period of the figure listed right before this one (…分别为166个和372.1亿元), when only a list word parts them."""
    if position == 0 or statements[position - 1].sentence != statements[position].sentence:
        return None
    before, figure = facts[statements[position - 1].value], facts[statements[position].value]
    return statements[position - 1].period if text[before.end : figure.start].strip() in ("、", "和", "与", "及") else None


@cache
def _name_before_rate() -> regex.Pattern:
    return regex.compile(rf"\s*(?P<name>\p{{Han}}{{2,8}}?)(?:同比)?(?:{direction_words().pattern})(?:了|约|达到|达)?\s*")


# 受外出务工人员转移参保等因素影响: a clause of cause, passed over between a figure and its rate's clause
_CAUSE_WORDS = r"(?:受|由于|因)[^,，;；。\d]{1,30}?(?:影响|带动|拉动)"
# the base's clause opens on a name of its own (past a cue: ;从增速看,新能源汽车集群签约额比…)
# (…;受进口需求回落影响,跨境电商进口比去年同期的…: past a clause of cause)
_OWN_CLAUSE = regex.compile(rf"[;；]\s*(?:从\p{{Han}}{{1,6}}看[,，]\s*)?(?:{_CAUSE_WORDS}[,，]\s*)?(\p{{Han}}{{2,12}})$")
_NAMED_CLAUSE = regex.compile(r"\s*[,，](\p{Han}{2,6})\s*")
_COMPARABLE_BASIS = regex.compile(r"[,，]\s*(?:按|以)(?:可比|同)口径(?:计算|测算)?")
_PER_TIME_FIGURE = regex.compile(rf"{PER_DAY_MONTH_YEAR}|平均每(?:天|日|月|年)")
_BARE_SHARE = regex.compile(r"[,，]占(?:比|[^,;，；]{1,16}?的(?:比重|比例)?(?:为)?)?[\d.]+[%％]")  # 占85.1%, 占全省的15.9%
_CHANGE_AGAINST_BEFORE = regex.compile(rf"(?:比|较)(?:{LAST_YEAR_END}|年初|上年|去年)(?:同期)?(?:净增|净减|增加|减少)了?$")
_CAUSE = regex.compile(rf"[,，]\s*{_CAUSE_WORDS}")
_MILESTONE_PASSED = regex.compile(rf"[,，]\s*{FIRST_TIME}?{PASSING}[\d.]+\p{{Han}}{{0,3}}")
_COMPLETION_BETWEEN = regex.compile(r"[,，](?:完成|为)[^,;，；]{0,16}?(?:目标|计划|任务|预算)[^,;，；]{0,16}?的[\d.]+[%％]")
# 412个,比上年末增加87个,较上年末的325个增长26.8%: the change against the year before, its base written after.
_DELTA_WITHOUT_BASE = regex.compile(rf"[,，]\s*(?:比|较){YEAR_EARLIER}(?:净增|增加|净减|减少|多|少)了?[\d.,]+[^,;，；。\d]{{1,4}}")


@cache
def _rate_right_after() -> regex.Pattern:
    """Between an earlier level and the rate measured from it: a direction word of rules/percent.toml
    and little else (增加了, 下降了)."""
    # 比去年同期的117个增加21个,增长17.9%: the absolute change may come first.
    absolute = rf"(?:(?:增加|减少|净增|{GREW_BY}|{FELL_BY}|多|少)了?[^,;，；]{{1,12}}[,，])?"
    # (较上年(6.09亿美元)增长12.3%: the level in brackets after 较上年)
    return regex.compile(rf"[)）]?\s*{absolute}\p{{Han}}{{0,3}}?(?:{direction_words().pattern})(?:了|约|达到|达)?\s*")


_EACH_NAMED = regex.compile(r"(?P<names>\p{Han}+(?:[、和与及]\p{Han}+)+)(?:同比)?分别$")


def listed_rate_names(statement: Statement) -> list[str]:
    """电子化学品和新能源材料分别增长21.6%和28.3%: the names a rates-only 分别 list gives its rates, in order."""
    listed = _EACH_NAMED.search(statement.metric or "")
    return regex.split(r"[、和与及]", listed.group("names")) if listed else []


def _listed_rate(statement: Statement, name: str, facts: dict) -> Statement | None:
    """The rate of a rates-only 分别 list (电子化学品和新能源材料分别增长21.6%和28.3%) that a later member is named
    by, as a statement of its own, when `statement` holds the list by its first rate."""
    names = listed_rate_names(statement)
    first = facts[statement.value]
    if not names or first.kind != "percent" or statement.change is None or statement.change.value != first.id:
        return None
    if name not in names[1:]:
        return None
    rates = sorted((f for f in facts.values() if f.kind == "percent" and f.form == "percent" and f.sentence == first.sentence and f.start > first.end),
                   key=lambda f: f.start)
    at = names.index(name)
    if len(rates) < at:
        return None
    rate = rates[at - 1]
    change = statement.change.model_copy(update={"value": rate.id})
    return statement.model_copy(update={"id": f"{statement.id}.{rate.id}", "value": rate.id, "metric": name, "change": change})


def link_named_gaps(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """第三产业投资…下降0.4%。第二产业投资增速比全部投资高出6.0个百分点: a point gap in a clause of its
    own that names the metric of its rate belongs to the latest figure of that metric in its paragraph
    with a rate and no gap; `link_gaps` then finds what it is measured against. A gap the clauses gave
    the rate just before (电力等行业增长5.1%,制造业增速高于全部规上工业0.6个百分点) moves to the figure
    it names."""
    statements = list(statements)
    held_by = {s.change.gap: position for position, s in enumerate(statements) if s.change is not None and s.change.gap}
    used = _rates_in_use(statements) - held_by.keys()
    for fact in sorted(facts.values(), key=lambda f: f.start):
        if fact.kind != "percent" or fact.form != "point" or fact.id in used:
            continue
        last_break = _LAST_CLAUSE_BREAK.search(text, 0, fact.start)
        start = last_break.end() if last_break else 0
        match = _NAMED_GAP.match(QUOTES.sub("", text[start : fact.start].strip()))  # (“新三样”增速高于…)
        if match is None:
            continue
        of = match.group("of") or match.group("of_after")
        below = match.group("down") or match.group("below")
        if not match.group("metric"):  # 潼溪市新增就业占全省的11.0%,增速高于全省4.3个百分点: the figure of that share
            owner = _share_holder_before(statements, facts, text, start)
            if owner is not None and owner not in held_by.values():
                gap = {"gap": fact.id, "gap_of": of, "gap_direction": "down" if below else "up"}
                # 增速高于全市(6.9%)11.6个百分点: the other rate, written in brackets after its name
                written = next((f for f in facts.values() if f.kind == "percent" and start < f.start < fact.start), None)
                if written is not None:
                    gap |= {"gap_of": CLOSED_BRACKETS.sub("", of), "gap_to": written.id}
                elif (after := _rate_named_after_gap(of, fact, facts, text)) is not None:
                    gap["gap_to"] = after.id
                statements[owner] = statements[owner].model_copy(update={"change": statements[owner].change.model_copy(update=gap)})
            continue
        # 澜泉市社会消费品零售总额增速比全国高: the metric, after the place that opens it
        metric = split_subject(match.group("metric"))[1]
        metric = _PLACE_PREFIX.sub("", metric)  # 东陵省进出口: a place jieba does not know
        placed = metric != match.group("metric")  # a place's figure is its total, no part of it
        owners = [
            position for position in range(len(statements))
            if facts[statements[position].value].end <= fact.start
            and ("\n" not in text[facts[statements[position].value].end : fact.start] or names_the_nation(of))
            and not (names_the_nation(of) and is_national(statements[position], facts, text))  # not the country's own
            and _open_rate(statements[position], facts) and not (placed and statements[position].part_of is not None)
            and not _of_the_region_compared(of, facts[statements[position].value], text)
        ]
        # The latest figure of the very metric; else the first whose metric holds the name (东陵省进出口增速:
        # 货物贸易进出口总额, before 对共建“一带一路”国家进出口).
        owner = next((p for p in reversed(owners) if _names_metric(statements[p].metric, metric)), None)
        owner = owner if owner is not None else next((p for p in owners if _holds_name(statements[p].metric, metric)), None)
        # (城镇居民263.45亿千瓦时,乡村居民174.47亿千瓦时,…乡村居民用电增速: the name and then the measure)
        owner = owner if owner is not None else next((p for p in reversed(owners) if _opens_name(statements[p].metric, metric)), None)
        # (农村居民收入增速 of 农村居民人均可支配收入: the name in fewer words)
        owner = owner if owner is not None else next((p for p in reversed(owners) if _shortens(statements[p].metric, metric)), None)
        holder = held_by.get(fact.id)
        if owner is None and holder is not None and len(metric) >= 3 and not metrics_alike(statements[holder].metric or "", metric) \
                and not _holds_name(statements[holder].metric, metric) and (statements[holder].metric or "")[:2] != metric[:2]:
            # (医疗器械板块…,医疗器械增速比…高; 乡村消费品零售额…,乡村市场增速比城镇快…: its own)
            # 社零…增长5.9%,商业综合体销售额增速比全市社零高6.6个百分点: a gap naming another figure, found nowhere
            # open, is no gap of the figure its clause follows
            statements[holder] = statements[holder].model_copy(update={"change": statements[holder].change.model_copy(update=_NO_GAP)})
            continue
        # (汽车销量…增长14.2%,新能源汽车销量增速比全市汽车销量增速高: the figure of that very name, not one it ends with)
        exact = statements[owner].metric == metric and statements[holder].metric != metric if owner is not None and holder is not None else False
        if owner is None or holder is not None and not exact and (_names_metric(statements[holder].metric, metric) or _holds_name(statements[holder].metric, metric)):
            continue
        listed = _listed_rate(statements[owner], metric, facts)
        if listed is not None:  # 电子化学品和新能源材料分别增长21.6%和28.3%,新能源材料增速比…高: the second rate's
            owner += 1
            statements.insert(owner, listed)
            held_by = {key: at + (at >= owner) for key, at in held_by.items()}
        if holder is not None:
            statements[holder] = statements[holder].model_copy(update={"change": statements[holder].change.model_copy(update=_NO_GAP)})
        change = statements[owner].change
        gap = {"gap": fact.id, "gap_of": of, "gap_direction": "down" if below else "up"}
        # 增速比全市10.5%的平均增速高出3.7个百分点: the other rate, written inside the comparison
        written = next((f for f in facts.values() if f.kind == "percent" and f.form == "percent" and start < f.start < fact.start), None)
        if written is not None and written.text in of:
            gap |= {"gap_of": of[: of.index(written.text)], "gap_to": written.id}
        elif (after := _rate_named_after_gap(of, fact, facts, text)) is not None:
            gap["gap_to"] = after.id
        statements[owner] = statements[owner].model_copy(update={"change": change.model_copy(update=gap)})
    return statements


def _rate_named_after_gap(of: str, points, facts: dict, text: str):
    """居民收入增速比全国高0.6个百分点,全国为5.1%: the other rate in the clause right after the points, opening on the
    name the gap is measured against (全国为5.1%, 全省为下降6.8%, 全省发电量增长4.4%), or None."""
    named_after = _RATE_NAMED_AFTER_GAP.match(text, points.end)
    if named_after is None or not of.startswith(named_after.group("of")):
        return None
    return next((f for f in facts.values() if f.kind == "percent" and f.form == "percent" and f.start == named_after.end()), None)


_RATE_NAMED_AFTER_GAP = regex.compile(r"\s*[,，]\s*(?P<of>\p{Han}{2,8}?)(?:同期)?(?:增速|增幅)?(?:(?:为|是)(?:增长|下降)?|增长|下降)")


# 家用电器类零售额增长18.7%,通讯器材类零售额增长15.2%,分别比社会消费品零售总额增速高12.3个百分点和8.8个百分点
_EACH_GAP = regex.compile(r"分别(?:比|较)(?P<of>[^,，;；。]{1,24}?)(?:(?P<up>高出?|快)|(?P<down>低|慢))")


def link_listed_gaps(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """…增长18.7%,…增长15.2%,分别比社会消费品零售总额增速高12.3个百分点和8.8个百分点: the gaps of a 分别 list go
    to the rates written before it in its sentence, in their order, each measured against the rate named."""
    statements = list(statements)
    for cue in _EACH_GAP.finditer(text):
        sentence_end = SENTENCE_STOP.search(text, cue.end())
        end = sentence_end.start() if sentence_end else len(text)
        points = []  # the points listed right after the cue (…高12.3个百分点和8.8个百分点), no later ones
        for fact in sorted((f for f in facts.values() if cue.end() <= f.start < end and f.kind == "percent" and f.form == "point"), key=lambda f: f.start):
            if not _LISTED_AFTER.fullmatch(text, points[-1].end if points else cue.end(), fact.start):
                break
            points.append(fact)
        sentence_start = stop.end() if (stop := LAST_SENTENCE_STOP.search(text, 0, cue.start())) else 0
        of = cue.group("of").strip()
        name = _RATE_WORD.sub("", of)
        rated = [
            s for s in statements if s.change is not None and facts[s.change.value].form == "percent"
            and sentence_start <= facts[s.change.value].start < cue.start()
        ]
        other = next((s for s in rated if s.metric and same_words(s.metric).endswith(same_words(name)) and len(name) >= 2), None)
        rated = [s for s in rated if s is not other]
        if len(points) < 2 or len(rated) < len(points):
            continue
        rated = sorted(rated, key=lambda s: facts[s.change.value].start)[-len(points):]
        direction = "down" if cue.group("down") else "up"
        for statement, gap in zip(rated, points):
            change = statement.change.model_copy(update={
                "gap": gap.id, "gap_of": of, "gap_direction": direction, "gap_to": other.change.value if other is not None else None,
            })
            statements[statements.index(statement)] = statement.model_copy(update={"change": change})
    return statements


_LISTED_AFTER = regex.compile(r"\s*[和、及与]?\s*")
_RATE_WORD = regex.compile(r"(?:的)?(?:增速|增幅)$")


def _gaps_said_as(pattern: regex.Pattern, facts: dict, text: str):
    """Each point figure whose clause, up to it, is all `pattern` (前者快, 全县高出): the figure, where its clause
    starts, and the match."""
    for fact in facts.values():
        if fact.kind != "percent" or fact.form != "point":
            continue
        last_break = _LAST_CLAUSE_BREAK.search(text, 0, fact.start)
        start = last_break.end() if last_break else 0
        cue = pattern.fullmatch(text[start : fact.start].strip())
        if cue is not None:
            yield fact, start, cue


def link_referent_gaps(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """高技术制造业投资增长18.9%,全部工业投资增长9.7%,前者快9.2个百分点: a point gap said of 前者 (后者) is the
    gap of the first (second) of the last two rates of its sentence against the other."""
    statements = list(statements)
    for fact, start, cue in _gaps_said_as(_REFERENT_GAP, facts, text):
        rated = [
            position for position, s in enumerate(statements)
            if facts[s.value].sentence == fact.sentence and facts[s.value].end <= start and s.change is not None
            and facts[s.change.value].form == "percent" and facts[s.change.value].end <= start
        ][-2:]
        if len(rated) != 2 or any(statements[p].change.gap for p in rated):
            continue
        owner, other = rated if cue.group("which") == "前者" else rated[::-1]
        gap = {"gap": fact.id, "gap_of": "后者" if cue.group("which") == "前者" else "前者",
               "gap_direction": "down" if cue.group("down") else "up", "gap_to": statements[other].change.value}
        statements[owner] = statements[owner].model_copy(update={"change": statements[owner].change.model_copy(update=gap)})
    return statements


# 全市平均增速为5.3%,全县高出0.6个百分点: a gap said of a place alone, right after the rate it is measured against.
_PLACE_GAP = regex.compile(r"(?P<who>(?:全|本|我|该)[省市县区])(?:增速|增幅)?(?:则)?(?:(?:高出|高|快)|(?P<down>低|慢))了?")


def link_place_gaps(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """全县规上工业增加值增长5.9%。全市平均增速为5.3%,全县高出0.6个百分点: a point gap of a clause that names a place
    alone is the gap of that place's last rate before it (in its paragraph) against the rate of the clause just before,
    another place's."""
    statements = list(statements)
    for fact, start, cue in _gaps_said_as(_PLACE_GAP, facts, text):
        if any(s.change is not None and fact.id in (s.change.value, s.change.gap) for s in statements):
            continue
        paragraph = text.rfind("\n", 0, fact.start)
        rated = [
            position for position, s in enumerate(statements)
            if s.change is not None and facts[s.change.value].form == "percent" and paragraph < facts[s.change.value].start < start
        ]
        other = rated[-1] if rated else None
        if other is None or statements[other].subject == cue.group("who") or not _PLACE_GAP_BEFORE.fullmatch(text, facts[statements[other].change.value].end, start):
            continue
        # (全区 names 西湖区 too: the article's own place, by its level)
        owner = next((
            p for p in reversed(rated) if statements[p].change.gap is None and statements[p].subject
            and (statements[p].subject == cue.group("who") or statements[p].subject.endswith(cue.group("who")[-1]) and statements[p].subject != statements[other].subject)
        ), None)
        if owner is None:
            continue
        gap = {"gap": fact.id, "gap_of": statements[other].subject, "gap_direction": "down" if cue.group("down") else "up",
               "gap_to": statements[other].change.value}
        statements[owner] = statements[owner].model_copy(update={"change": statements[owner].change.model_copy(update=gap)})
    return statements


_PLACE_GAP_BEFORE = regex.compile(r"\s*[,，;；]\s*")  # (the other rate ends the clause right before the gap's)


def _of_the_region_compared(of: str | None, figure, text: str) -> bool:
    """从全省看,…规上工业增加值增长6.1%: a figure of a sentence opening on the region a gap is measured against
    (快于全省1.3个百分点) is that region's, no owner of the gap."""
    if not of or len(of) < 2 or not (of.startswith("全") or is_region(of) or is_place(split_subject(of)[0] or of)):
        return False  # (生物医药板块…,医疗器械增速比生物医药高: a sibling, no region)
    opening = max(text.rfind("。", 0, figure.start), text.rfind("\n", 0, figure.start)) + 1
    return of in text[opening : opening + len(of) + 3]


def _share_holder_before(statements: list[Statement], facts: dict, text: str, clause_start: int) -> int | None:
    """The position of the figure with an open rate whose share, of a whole found, ends the clause right
    before `clause_start`."""
    if text[clause_start - 1 : clause_start] not in (",", "，"):
        return None
    last_break = _LAST_CLAUSE_BREAK.search(text, 0, clause_start - 1)
    before = last_break.end() if last_break else 0
    return next((
        position for position, s in enumerate(statements)
        if s.share is not None and s.share.whole is not None and before <= facts[s.share.value].start < clause_start and _open_rate(s, facts)
    ), None)


def _names_metric(metric: str | None, named: str) -> bool:
    """社会消费品零售总额 named as 澜泉市社会消费品零售总额: the same metric, or one the name ends with."""
    return bool(metric) and (metric == named or len(metric) >= 4 and named.endswith(metric))


def _opens_name(metric: str | None, named: str) -> bool:
    """乡村居民 of 乡村居民用电: a metric of four characters or more that the name opens on."""
    return bool(metric) and len(metric) >= 4 and named.startswith(metric)


def _shortens(metric: str | None, named: str) -> bool:
    """居民收入 of 居民人均可支配收入: a name of four characters or more opening and ending as the metric does,
    its characters in the metric's order."""
    if not metric or len(named) < 4 or metric[:2] != named[:2] or metric[-2:] != named[-2:]:
        return False
    rest = iter(metric)
    return all(char in rest for char in named)


def _holds_name(metric: str | None, named: str) -> bool:
    """进出口 after its place (东陵省进出口增速) in 货物贸易进出口总额: a metric that holds the name."""
    return bool(metric) and len(named) >= 3 and named in metric


def _open_rate(statement: Statement, facts: dict) -> bool:
    """A figure with a rate of change in percent and no gap yet."""
    change = statement.change
    return change is not None and change.gap is None and facts[change.value].form == "percent"


def _with_earlier_share(statement: Statement, facts: dict, text: str) -> Statement:
    """占汽车新车总销量的40.9%,较2023年的31.6%提高9.3个百分点; 占…51.2%,去年同期为52.6%,比重下降1.4个
    百分点: a point change after a share, with the earlier share written between them, is measured from
    that share."""
    share, points = facts[statement.share.value], facts[statement.share.change]

    def written_earlier(f) -> bool:
        if FROM_LEVEL.search(text, max(0, f.start - 13), f.start):  # 由上年的3.36%升至3.78%
            return True
        if _THAN_BEFORE.search(text, max(0, f.start - 10), f.start):  # 较2023年的31.6%提高
            return not _CLAUSE_BREAK.search(text, f.end, points.start)
        # 去年同期为52.6%,比重下降1.4个百分点; 上年这一比重为19.7%,回落2.1个百分点: in a clause of its own,
    # right before the points' clause
        return bool(_YEAR_EARLIER_BEFORE.search(text, max(0, f.start - 14), f.start)) and len(_CLAUSE_BREAK.findall(text, f.end, points.start)) <= 1

    def moved_from(f) -> bool:  # 由29.1%升至35.6%: in the share's clause, right before it
        return f.end <= share.start and not _CLAUSE_BREAK.search(text, f.end, share.start) and bool(FROM_LEVEL.search(text, max(0, f.start - 13), f.start))

    def bracketed_after(f) -> bool:  # 比上年末下降0.13个百分点(上年末为2.54%)
        return f.start > points.end and bool(_BRACKETED_YEAR_EARLIER.fullmatch(text, points.end, f.start))

    def compared_in_brackets(f) -> bool:  # 低于全国平均水平(5.2%)0.5个百分点
        return share.end <= f.start and text[f.end : points.start].strip() in (")", "）") \
            and bool(_COMPARED_IN_BRACKETS.search(text, max(0, f.start - 24), f.start)) and len(_CLAUSE_BREAK.findall(text, share.end, f.start)) <= 1

    def compared_inline(f) -> bool:  # 高于全省77.2%的平均水平9.1个百分点
        return share.end <= f.start and bool(_WHAT_IS_COMPARED.fullmatch(text, f.end, points.start)) \
            and bool(_COMPARED_INLINE.search(text, max(0, f.start - 14), f.start)) and len(_CLAUSE_BREAK.findall(text, share.end, f.start)) <= 1

    def compared_than(f) -> bool:  # 研发投入强度比全区工业企业平均水平2.1%高出2.5个百分点
        return share.end <= f.start and bool(_GAP_AFTER_LEVEL.fullmatch(text, f.end, points.start)) \
            and bool(_THAN_NAMED.search(text, max(0, f.start - 18), f.start)) and len(_CLAUSE_BREAK.findall(text, share.end, f.start)) <= 1

    def other_region_before(f) -> bool:  # ,全省平均水平为77.2%,高出9.1个百分点
        return share.end < f.start and bool(_GAP_TO_IT.fullmatch(text, f.end, points.start)) \
            and bool(_OTHER_REGION_LEVEL.search(text, max(0, f.start - 14), f.start)) and len(_CLAUSE_BREAK.findall(text, share.end, f.start)) == 1

    earlier = next((
        f for f in facts.values()
        if f.kind == "percent" and f.form == "percent" and f is not share and (
            (share.end <= f.start or moved_from(f)) and f.end <= points.start
            and written_earlier(f) and len(_CLAUSE_BREAK.findall(text, share.end, _opening_of_earlier(f, text))) <= 1  # the share's clause or the next
            or bracketed_after(f) or compared_in_brackets(f) or compared_inline(f) or other_region_before(f) or compared_than(f)
        )
    ), None)
    if earlier is None or share.sentence != points.sentence:
        return statement
    update = {"earlier": earlier.id}
    if compared_inline(earlier) or other_region_before(earlier) or compared_than(earlier):  # 高于省定60%的最低比例要求: 高于 says which way, not 最低
        said = text[max(0, earlier.start - 14) : points.start]
        update["direction"] = "down" if _LOWER.search(said) else "up"
    return statement.model_copy(update={"share": statement.share.model_copy(update=update)})


def _opening_of_earlier(f, text: str) -> int:
    """Where the words of an earlier share begin (去年同期,这一比例为43.3%: at 去年同期)."""
    words = _YEAR_EARLIER_BEFORE.search(text, max(0, f.start - 16), f.start)
    return words.start() if words else f.start


# 比上年末下降0.13个百分点(上年末为2.54%); 比上年下降0.42个百分点,上年为4.28%; …(年初为1.58%): the earlier share after the points,
# named back or by its noun (上年同期亏损面为21.9%), or at the end of the quarter or month compared with (较二季度末…,二季度末为22.4%).
_BRACKETED_YEAR_EARLIER = regex.compile(
    rf"(?:[(（]|[,，;；])\s*(?:{YEAR_EARLIER}|年初|上月末?|上季度末?|[一二三四]季度末|\d{{1,2}}月末)"
    rf"(?:这一比重|这一比例|\p{{Han}}{{0,6}}?(?:率|面|比重|比例|占比))?(?:为|是)"
)


def _names_the_figure(name: str, statement: Statement) -> bool:
    """海洋捕捞产量 names 捕捞产量 of 海洋, and 海洋捕捞产量 itself: the whole name, or its end of four or more."""
    said, metric, name = same_words((statement.subject or "") + statement.metric), same_words(statement.metric), same_words(name)
    return said.endswith(name) or (len(metric) >= 4 and name.endswith(metric))


def _named_with_list_opening(name: str, member: Statement, statements: list[Statement], facts: dict) -> bool:
    """跨境电商出口211.4亿元,进口37.2亿元;跨境电商进口比去年同期的…: a member named again with the opening its list
    left out, which the member before it in its sentence writes."""
    metric = same_words(member.metric or "")
    opening = same_words(name)[: -len(metric)] if metric and same_words(name).endswith(metric) else ""
    return len(opening) >= 2 and any(
        s is not member and facts[s.value].sentence == facts[member.value].sentence and same_words(s.metric or "").startswith(opening)
        for s in statements
    )


def _opens_alike(name: str, metric: str) -> bool:
    """新能源汽车集群签约额 and 新能源汽车集群签约项目46个、总投资: names that open alike over four characters or more, and
    over most of the shorter; or names alike word for word (其中出口…、进口…;出口比去年同期的…)."""
    shared = len(commonprefix([same_words(name), same_words(metric)]))
    bare = [MEASURE_WORD_END.sub("", same_words(n)) for n in (name, metric)]  # (出口额 names 出口)
    return shared >= 4 and shared * 2 >= min(len(name), len(metric)) or bare[0] == bare[1] and len(bare[0]) >= 2


def _same_unit(first, second) -> bool:
    """Of one kind, currency and written unit (亿元 and 亿元人民币 alike)."""
    return (first.kind == second.kind and getattr(first, "currency", None) == getattr(second, "currency", None)
            and _unit_written(first) == _unit_written(second))


def _unit_written(figure) -> str | None:
    unit = getattr(figure, "unit", None)
    return unit.removesuffix("人民币") if unit else unit


# 完成年度计划的82.7%, 新开工计划完成率为91.5%: the word that names the target a completion rate is of.
_NOT_A_YEAR_BEFORE = regex.compile(r"年初|月初|季初|上月|上季|上周|前一(?:日|天|周|个?交易日)")
_PLAN_WORD = regex.compile(r"计划|目标|任务|(?:年度|全年|调整|年初)预算")


def link_named_targets(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """年度计划投资4670亿元。…累计完成投资3862.4亿元,完成年度计划的82.7%: a completion rate with no target
    amount in its clause is of the latest figure before it in its paragraph, of the figure's kind and
    unit, whose metric holds the word its clause names the target by (计划, 目标, 任务)."""
    statements = list(statements)
    for position, statement in enumerate(statements):
        target = statement.target
        if target is None or target.value is not None:
            continue
        value, rate = facts[statement.value], facts[target.rate]
        word = _PLAN_WORD.search(text, clause_opening(text, rate.start), rate.start)
        if word is None or statement.period is not None and facts[statement.period].text.startswith(YEAR_BEFORE_WORDS):
            continue  # (去年同期,…完成投资147.9亿元,完成年度计划的48.6%: of last year's plan, which is not written)
        paragraph = text.rfind("\n", 0, value.start) + 1
        goal = next((
            s.value for s in reversed(statements[:position])
            if facts[s.value].start >= paragraph and word.group() in (s.metric or "") and s.target is None
            and _same_unit(facts[s.value], value) and not AVERAGED_NAME.search(s.metric)  # (平均每个项目年度计划投资3.22亿元)
            and not is_last_year_figure(s, facts)  # (计划投资9.36亿元,比上年的7.38亿元增长26.8%: last year's plan is no goal)
        ), None)
        # 计划新开工项目14个,年度计划投资62亿元。…已开工项目11个,完成年度计划的78.6%: a goal written as the count of another
        goal = goal or next((
            s.count for s in reversed(statements[:position])
            if s.count is not None and facts[s.count].start >= paragraph and _same_unit(facts[s.count], value)
            and word.group() in text[clause_opening(text, facts[s.count].start) : facts[s.count].start]
        ), None)
        # 年度计划投资4950亿元…累计完成投资4126.8亿元,完成年度计划的83.4%。(a paragraph on) 上半年合计2648.0亿元,完成
        # 年度计划的53.5%: a part in time of a figure measured against a goal already is measured against it too
        whole = next((s for s in statements if s.id == statement.part_of), None) if statement.part_of else None
        known = {
            s.target.value for s in statements if s.target is not None and s.target.value is not None
            and whole is not None and facts[s.value].text == facts[whole.value].text
        }
        goal = goal or next((
            s.value for s in reversed(statements[:position])
            if s.value in known and word.group() in (s.metric or "") and s.target is None and _same_unit(facts[s.value], value)
        ), None)
        # 计划年内完成…改造的钢铁企业24家,目前已有19家完成…,完成年度任务的79.2%: a plan named by another plan word, in
        # the rate's sentence
        goal = goal or next((
            s.value for s in reversed(statements[:position])
            if s.sentence == statement.sentence and _PLAN_WORD.search(s.metric or "") and s.target is None
            and _same_unit(facts[s.value], value) and not AVERAGED_NAME.search(s.metric)
        ), None)
        if goal is None:
            continue
        share = statement.share
        if share is not None and share.value == target.rate:  # the completion's own share, not another (占全市…的43.8%)
            share = share.model_copy(update={"whole": goal, "whole_by": "target"})
        statements[position] = statement.model_copy(update={"target": target.model_copy(update={"value": goal}), "share": share})
    return statements


_CHANGE_BEFORE = regex.compile(r"(?:增加|减少|净增|净减|增长|下降)了?$")


def give_targets_to_figures_of_their_unit(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """新开工改造老旧小区186个,惠及居民4.82万户,完成省下达年度目标180个的103.3%: a target of another unit than the
    figure it was read with is the target of the latest figure of its sentence in its unit, with no target yet."""
    statements = list(statements)
    for position, statement in enumerate(statements):
        target = statement.target
        goal = facts.get(target.value) if target is not None and target.value else None
        if goal is None or same_unit(goal, facts[statement.value]):
            continue
        owner = next((
            p for p in range(position - 1, -1, -1)
            if statements[p].sentence == statement.sentence and statements[p].target is None and same_unit(facts[statements[p].value], goal)
            and not is_last_year_figure(statements[p], facts)  # (比去年同期的382.46亿元增长7.9%,折合57.63亿美元: not the base)
        ), None)
        if owner is None:
            continue
        moved = {"target": target}
        if statement.share is not None and statement.share.value == target.rate and statements[owner].share is None:
            moved["share"] = statement.share
        statements[owner] = statements[owner].model_copy(update=moved)
        statements[position] = statement.model_copy(update={"target": None, "share": None if "share" in moved else statement.share})
    return statements


_SAME_PERIOD_LAST_YEAR = regex.compile(r"[比较](?:上年|去年)同期")


def give_rates_off_year_start_levels(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """余额1876.35亿元,比年初增加286.42亿元,年初余额为1589.93亿元;同比增长19.6%,上年同期末为1568.74亿元: a
    year-on-year rate read after the level at the year's start is the figure's before it (of its unit, in its
    sentence, with no rate of its own), measured from the same period a year before. A rate with no basis (…比年初增加31家,
    年初为187家,增长16.6%) is the rate of the figure whose increase that level is the base of, from that level."""
    statements = list(statements)
    for position, level in enumerate(statements):
        change = level.change
        if change is None or not level.period or not facts[level.period].text.startswith("年初"):
            continue
        if _CLAUSE_BREAK.search(text, facts[level.period].end, facts[level.value].start):
            continue  # (完成年初销量计划…的97.7%,其中水泥销量5927万吨,同比下降5.3%: 年初 dates the plan, not this level)
        if change.basis is None:
            increased = next((at for at, s in enumerate(statements) if s.difference is not None and s.difference.base == level.value and s.change is None), None)
            if increased is not None:
                statements[increased] = statements[increased].model_copy(update={"change": change.model_copy(update={"base": level.value})})
                statements[position] = level.model_copy(update={"change": None})
            continue
        if change.basis != "同比" and not _SAME_PERIOD_LAST_YEAR.fullmatch(change.basis):
            continue  # (比上年同期末增长21.3%, after 年初为11.64亿元: year on year too)
        figure = next((
            s for s in reversed(statements[:position])
            if s.sentence == level.sentence and s.change is None and same_unit(facts[s.value], facts[level.value])
            and not _CHANGE_BEFORE.search(text, max(0, facts[s.value].start - 4), facts[s.value].start)  # (比年初增加286.42亿元)
        ), None)
        if figure is None:
            continue
        statements[statements.index(figure)] = figure.model_copy(update={"change": change})
        statements[position] = level.model_copy(update={"change": None})
    return _shares_off_year_start_levels(statements, facts, text)


def _shares_off_year_start_levels(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """…486.3亿元,比年初增加41.7亿元,年初为444.6亿元;占各项贷款余额的9.48%,比年初提高0.36个百分点: a share read
    after the level at the year's start, whose points are counted from the year's start, is of the figure now, the
    one whose change that level is the base of."""
    statements = list(statements)
    for position, level in enumerate(statements):
        share = level.share
        if share is None or share.change is None or not level.period or not facts[level.period].text.startswith("年初"):
            continue
        points = facts[share.change]
        if not _SINCE_YEAR_START.search(text, clause_opening(text, points.start), points.start):
            continue
        figure = next((s for s in statements[:position] if s.difference is not None and s.difference.base == level.value and s.share is None), None)
        if figure is not None:
            statements[statements.index(figure)] = figure.model_copy(update={"share": share})
            statements[position] = level.model_copy(update={"share": None})
    return statements


_SINCE_YEAR_START = regex.compile(r"(?:比|较)年初")
