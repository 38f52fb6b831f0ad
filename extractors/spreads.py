"""Averages written apart from their total: per year, month or day over a duration, and per member
over a count written in a sentence of its own.

6万亿元债务限额分三年安排,每年两万亿元; 4万亿元…连续五年每年…安排8000亿元; 未来5年累计投资1000亿元,
年均投资200亿元: the total's statement gets the duration as `over` and the yearly figure as `average`,
and the yearly figure is no part of the total. 规模以上工业总产值3452.6亿元…。区内规模以上工业企业1236家,
户均产值2.79亿元: the total gets the count as its `count` and the figure per member as `average`.
"""

from __future__ import annotations

from collections import Counter

import regex

from extractors.roles import AVERAGE_CUE, CLAUSE_BREAK, LEVEL_KINDS, PER_TIME_SPAN
from extractors.subjects import opening_place, opens_on_place
from extractors.wholes import earlier_levels, same_unit, share_a_word
from extractors.wording import (
    ADDED, AVERAGED_NAME, COUNTS_PEOPLE, EDITION_BEFORE, GOAL_OF_ADDITIONS, LAST_RUN_BREAK, LAST_SENTENCE_STOP, MEASURE_WORD_END, NET_CHANGE, PER_DAY_MONTH_YEAR, REGIONS, RUN_BREAK, SUMMED_UP, bases_of, is_last_year_figure, measure_of, names_a_change,
    YEAR_EARLIER, month_span, periods_differ, same_words, strip_leading, two_char_words,
)
from schemas import Statement

# The average's cue, written before it in its clause, and the unit of duration it is per.
_COUNTED_BY = regex.compile(r"按[^,;，；。]{1,20}?(?:计算|测算)")
_COUNTED_LEAD = regex.compile(r"^按[^,;，；。]{1,10}?(?:计算|测算)")
_BASIS_NAMED = regex.compile(r"按(?P<name>\p{Han}{2,8}?)(?:计算|测算)[,，]")  # 按员工总数计算,
_PER_MEMBER = regex.compile(r"^(?:每|单)(?:个|台|辆|家|户|人|项)?")
_GENERIC_TAIL = regex.compile(r"(?:业务|产品|行业|企业|板块)$")
_AVERAGED_PER_UNIT = regex.compile(PER_DAY_MONTH_YEAR)
_PER_UNIT = regex.compile(r"(?P<year>每年|年均|每年度)|(?P<month>每月|月均)|(?P<day>每天|每日|日均)")
# 按博士每月3000元、硕士每月1500元的标准发放: a rate by which something is paid, no average of a total
_BY_STANDARD = regex.compile(r"按[^,;，；。]*$")
_STANDARD_AFTER = regex.compile(r"[^,;，；。]{0,30}?的?标准")
_ANY_BREAK = regex.compile(r"[,，;；:：。！？!?\n]")
_LAST_BREAK = regex.compile(r"(?r)" + CLAUSE_BREAK.pattern)
_NAMED_BY_CHANGE = regex.compile(NET_CHANGE + "$")
_OF_EDITION_BEFORE = regex.compile(EDITION_BEFORE)  # 与上届的162个、1086.7亿元相比


def link_spreads(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """Each figure whose clause says per year (month, day) before it averages the nearest larger figure
    of its kind and unit before it, in its sentence with no semicolon between (unless the average names the
    total, whose run opens on the span), when a duration in that unit is written from the total's sentence (or
    its part after a semicolon) to the average."""
    statements = list(statements)
    position_of = {s.id: position for position, s in enumerate(statements)}
    durations = [f for f in facts.values() if f.kind == "duration" and f.value and f.qualifier == "="]
    earlier = earlier_levels(statements, facts, text)  # 比上年同期的168.2亿元…,13天日均14.34亿元: no average of last year's
    for position, statement in enumerate(statements):
        average = facts[statement.value]
        if average.kind not in LEVEL_KINDS or average.value is None:
            continue
        last_break = _LAST_BREAK.search(text, 0, average.start)
        cue = _PER_UNIT.search(text, last_break.end() if last_break else 0, average.start)
        if cue is None or _BY_STANDARD.search(text, last_break.end() if last_break else 0, cue.start()) and _STANDARD_AFTER.match(text, average.end):
            continue
        total = _total_before(statements[:position], average, facts, earlier)
        # 按365天计算,全省内河港口日均完成集装箱作业7847标箱: a span written in the average's sentence, the total named
        # earlier in the paragraph
        spanned = [
            d for d in durations
            if d.unit == cue.lastgroup and d.sentence == average.sentence and d.end <= cue.start()
        ]
        if total is None and spanned:
            total = _total_named_before(statements[:position], statement, facts, earlier, text)
            if total is not None and not _of_other_months(total, spanned[-1], facts):
                statements[position_of[total.id]] = total.model_copy(update={"over": spanned[-1].id, "average": average.id})
            continue
        if total is None:
            # 国庆假期共7天,全市累计接待游客486.3万人次…。假期全市日均接待游客69.5万人次: the total of the sentence before,
            # named by the average, over the span its sentence opens on
            opened = _total_opened_by_span(statements[:position], statement, [d for d in durations if d.unit == cue.lastgroup], facts, earlier)
            if opened is not None:
                total, span = opened
                statements[position_of[total.id]] = total.model_copy(update={"over": span.id, "average": average.id})
            continue
        total_fact = facts[total.value]
        run_break = LAST_RUN_BREAK.search(text, total_fact.end, average.start)
        # (吸引观众926.4万人次…;全年展览展期合计612天,日均接待观众1.51万人次: the span opens the average's run)
        span_in_run = run_break is not None and [d for d in durations if d.unit == cue.lastgroup and run_break.end() <= d.start and d.end <= cue.start()]
        # (35天里全市累计发送旅客1286.4万人次…;日均发送旅客36.75万人次: the average past the break names the total, whose
        # run opens on the span)
        named = text[cue.end() : average.start].strip()
        if not span_in_run and len(named) >= 2 and named in (total.metric or ""):
            total_run = LAST_RUN_BREAK.search(text, 0, total_fact.start)
            span_in_run = [d for d in durations if d.unit == cue.lastgroup and (total_run.end() if total_run else 0) <= d.start and d.end <= total_fact.start]
        if run_break is not None and not span_in_run:
            continue  # 11.5亿元可转债…建设期2年;其中…年均新增税后利润约3亿元: another figure's average
        if _AVERAGED_PER_UNIT.search(total.metric or "") or is_last_year_figure(statement, facts):
            continue  # 假期日均接待54.04万人次,上年8天假期日均为52.70万人次: a figure per day already; last year's own
        # 国庆中秋假期8天,全县接待游客126.3万人次,日均15.8万人次: the span may open the sentence
        opening = LAST_RUN_BREAK.search(text, 0, total_fact.start)
        over = [
            d for d in durations
            if d.unit == cue.lastgroup and (opening.end() if opening else 0) <= d.start and d.end <= cue.start()
        ]
        # 展会为期5天…。…累计接待观众68.4万人次,日均13.68万人次: the article's one span in the unit, written before
        in_unit = [d for d in durations if d.unit == cue.lastgroup]
        # (开幕专场为期3天,销售…1.26亿元,日均4200万元;…全县开展直播4.26万场,…平均每天开播117场: a span another figure
        # was averaged over is that event's; nor is a short span the year's)
        spent = {s.over for s in statements if s.over}
        over = span_in_run or over or [
            d for d in in_unit if len(in_unit) == 1 and d.end <= total_fact.start and d.unit == "day"  # (not 连续四年)
            and d.id not in spent and not _far_shorter(d, total, facts)
        ]
        # 1—10月,全市全社会用电量386.42亿千瓦时,月均38.64亿千瓦时: no span written, the total's months are it
        over = over or _months_of_period(total, cue.lastgroup, facts)
        if not over:
            continue
        whole = next((s for s in statements if s.id == total.part_of), None) if total.part_of else None
        if whole is not None and _outlasts(over[-1], total, facts) and same_unit(facts[whole.value], average):
            total = whole  # 一季度…,三季度新设30619户,按273天计算,平均每天…: a span longer than the part's is its whole's
        statements[position_of[total.id]] = total.model_copy(update={"over": over[-1].id, "average": average.id})
        if statement.part_of == total.id:  # 其中,6万亿元…每年两万亿元: an average is no part
            statements[position] = statement.model_copy(update={"part_of": None})
    return statements


def _months_of_period(total: Statement, unit: str, facts: dict) -> list:
    """The total's period, when it runs over whole months of one year (1—10月, 前三季度) and the average is per
    month or per day of it: the span the average is over."""
    period = facts[total.period] if total.period else None
    span = getattr(period, "period", None)
    if unit not in ("month", "day") or span is None or span.start.month is None or span.end.month is None or span.start.day or span.end.day:
        return []
    if span.end.month <= span.start.month or unit == "day" and period.resolved is None:
        return []
    return [period]


def _far_shorter(span, total: Statement, facts: dict) -> bool:
    """Whether a span of days is under a month while the total's period runs a quarter or longer (a year)."""
    if total.period is None:
        return False
    period = facts[total.period]
    first, last = month_span(period)
    months = last - first + 1 if first is not None and last is not None else 12 if getattr(period, "year", None) else 0
    return span.value < 31 and months >= 3


def _outlasts(span, part: Statement, facts: dict) -> bool:
    """Whether a span of days is longer than the months of the part's period (273天 against 三季度)."""
    if span.kind != "duration" or span.unit != "day" or part.period is None:  # (the months of a period are no days)
        return False
    first, last = month_span(facts[part.period])
    return first is not None and last is not None and span.value > (last - first + 1) * 31


def _total_named_before(before: list[Statement], average: Statement, facts: dict, earlier: set, text: str) -> Statement | None:
    """The latest figure of the paragraph before an average, of its unit and larger, no earlier level nor average,
    whose metric shares a word with the average's (集装箱 of 集装箱吞吐量 for 日均完成集装箱作业); a part only when
    the average's metric holds its whole name (现货交易电量 of 日均现货交易电量)."""
    figure = facts[average.value]
    paragraph = text.rfind("\n", 0, figure.start) + 1
    for candidate in reversed(before):
        total = facts[candidate.value]
        if total.start < paragraph:
            return None
        named = len(candidate.metric or "") >= 3 and candidate.metric in (average.metric or "")  # 现货交易电量 of 日均现货交易电量
        if same_unit(total, figure) and candidate.value not in earlier and (candidate.part_of is None or named) and candidate.average is None \
                and total.value is not None and total.value > figure.value and total.qualifier == "=" \
                and share_a_word(candidate.metric or "", average.metric or "") and not _AVERAGED_PER_UNIT.search(candidate.metric or ""):
            return candidate
    return None


def _total_opened_by_span(before: list[Statement], average: Statement, spans: list, facts: dict, earlier: set) -> tuple | None:
    """The first figure of the sentence before an average's, of its unit, after the one span in the average's unit
    there (暑期…共62天,全市累计接待游客1286.4万人次…;去年同期…分别为…), with that span: a total the average names by
    a word."""
    figure = facts[average.value]
    spans = [d for d in spans if d.sentence == figure.sentence - 1]
    after = [s for s in before if facts[s.value].sentence == figure.sentence - 1 and spans and facts[s.value].start > spans[-1].end
             and same_unit(facts[s.value], figure)]
    total = min(after, key=lambda s: facts[s.value].start, default=None)
    # (节前15天…;节后25天…发送266.3万人次。春运全程…日均…: spans of parts, not of the whole)
    if total is None or len(spans) > 1 or total.part_of or total.value in earlier or total.average is not None or facts[total.value].qualifier != "=" \
            or None in (facts[total.value].value, figure.value) or facts[total.value].value <= figure.value \
            or not share_a_word(total.metric or "", average.metric or ""):
        return None
    return total, spans[-1]


def _total_before(before: list[Statement], average, facts: dict, earlier: set) -> Statement | None:
    for candidate in reversed(before):
        total = facts[candidate.value]
        if candidate.sentence != average.sentence:
            return None
        if not same_unit(total, average) or candidate.value in earlier:
            continue
        if total.value is not None and total.value > average.value and candidate.average is None:
            return candidate
    return None


def link_member_averages(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """A figure per member (户均产值2.79亿元) right after a count of members (企业1236家) with no amount
    of its own: the total is the latest amount of the paragraph before the count, of the average's kind
    and unit, with no count or average yet, whose metric holds the average's noun (产值)."""
    statements = list(statements)
    bases = {base for s in statements for base in bases_of(s)}
    headline = text[: text.find("\n")]
    for position in range(1, len(statements)):
        # 客户42618户,较年初的37482户增加5136户,户均贷款约171万元: the members are counted by the figure, not its earlier level.
        members_at = position - 2 if statements[position - 1].value in bases and position >= 2 else position - 1
        changes = {s.difference.value for s in statements if s.difference is not None}
        while members_at > 0 and _no_members(statements[members_at], changes, facts, text) \
                and statements[members_at - 1].sentence == statements[position].sentence:
            members_at -= 1  # 企业4368家,比上年同期增加295家,上年同期为4073家,平均每家: the firms now
        average, members = statements[position], statements[members_at]
        if _SURVEYED_PER_HEAD.search(average.metric or ""):
            continue  # 社员人均可支配收入约1.86万元: a surveyed income per head, no total spread over the members counted
        counted = _counted_by_the_cue(average.metric or "", statements, members_at, facts)
        if counted is None:
            continue
        members_at, members = counted
        if average.value in bases:
            continue  # 人均消费777.6元,增长2.0%(上年同期为762.3元): last year's level, not per member counted now
        if average.count is not None and facts[average.count].kind == "count" and facts[average.count].start > facts[members.value].end:
            continue  # 小区412个,…涉及居民9.26万户,户均投资5.05万元: per the members counted right before it, not per 小区
        subset = None
        if members.part_of is not None:  # 从业人员21.46万人,其中大学以上学历16.83万人,…人均执行额: per head of the whole
            # 种植户…户均增收1.60万元;其中脱贫户4120户,户均增收1.12万元: the whole's average written already, the one
            # named alike in the part's run is per member of the part
            if not RUN_BREAK.search(text, facts[members.value].end, facts[average.value].start) and any(
                s.metric == average.metric and s.sentence == average.sentence and facts[s.value].end <= facts[members.value].start
                for s in statements
            ):
                continue
            subset = members.metric
            members = next((s for s in statements if s.id == members.part_of), members)
        figure, count = facts[average.value], facts[members.value]
        count = _count_named_as_basis(figure, count, facts, text)
        cue = AVERAGE_CUE.search(average.metric or "")
        # 农村居民人均可支配收入27364元,上年为25646元,…完成年度目标27000元的101.3%: a per-head level
        # compared with its own earlier level keeps its target.
        own_level = average.change is not None and average.change.base is not None
        if cue is not None and average.target is not None and not own_level:
            _give_target_to_total(statements, position, facts, bases)
            average = statements[position]
        if cue is not None and figure.kind == "money" and count.kind != "count":
            _link_members_before_total(statements, position, cue, facts, text)
            continue
        if cue is None or count.kind != "count" or count.qualifier != "=" or figure.kind != "money" or members.sentence != average.sentence:
            continue
        if cue.group() == "人均" and not COUNTS_PEOPLE.search(count.unit):
            continue  # 两项指标分别占…;人均花费1142元: per head of people, not of the figures named
        noun = _PER_MEMBER.sub("", (average.metric or "")[cue.end() :])  # 平均每台收入: 收入
        member_noun = (members.metric or "")[-2:]
        activity = ""  # (带动季节性务工1.26万人,人均务工收入: income of that work, no sales income of the region)
        if len(noun) > 3 and noun.startswith(member_noun):
            noun = noun[2:]  # 企业…4127家,平均每家企业结算约6105万元: 结算
            activity = member_noun if COUNTS_PEOPLE.search(count.unit or "") else ""
        if noun and (members.metric or "").endswith(noun):
            noun = ""  # 支持项目二百四十六个,平均每个项目6593万元: 项目 are the members, no measure (not 项目资本金)
        named = (average.metric or "")[: cue.start()]
        # 按年末常住人口412.6万人计算,人均地区生产总值79217元: a count named as the basis may divide a
        # total of any paragraph before; else the total is in the count's paragraph.
        basis = _COUNTED_BY.search(text, text.rfind("\n", 0, count.start) + 1, figure.start)
        paragraph = 0 if basis is not None and basis.start() < count.start < basis.end() else text.rfind("\n", 0, count.start) + 1
        for earlier in range(members_at - 1, -1, -1):
            total = statements[earlier]
            value = facts[total.value]
            if value.start < paragraph:
                # only when the paragraph has no figure of that measure, nor the average names whose it is (空调业务台均收入)
                measured_here = any(  # (软件业务收入10亿元以上的企业二十三家,…平均每家: a set of its own, averaged)
                    noun in (s.metric or "") and s.average is None for s in statements[earlier + 1 : members_at] if facts[s.value].start >= paragraph
                )
                region_total = _region_total_named(noun, statements[:earlier + 1], figure, facts, members, headline) \
                    if len(noun) >= 2 and len(named) < 2 and not measured_here else None
                if region_total is not None and activity and activity not in (region_total.metric or ""):
                    region_total = None
                if region_total is not None:  # 有进出口实绩的企业4368家,…平均每家进出口7524万元: the region's 进出口
                    at = statements.index(region_total)
                    statements[at] = region_total.model_copy(update={"count": count.id, "average": figure.id})
                break
            if is_last_year_figure(total, facts) or not same_unit(value, figure) or total.count is not None or total.average is not None:
                continue
            if total.value in bases:
                continue  # 余额1862.45亿元,…比年初的1648.85亿元增加213.60亿元。…户均余额: the level now, not the one before
            if total.share is not None and total.share.whole is not None and (total.share.of or "").startswith(REGIONS) \
                    and members.subject is not None and total.share.of.startswith(members.subject):
                continue  # 澂阳市软件业务收入…占全省的72.2%。(全省)规模以上软件企业1386家,平均每家: the province's, not the city's
            if AVERAGE_CUE.search(total.metric or "") or _PER_UNIT_NAME.match(total.metric or ""):
                continue  # 平均每家企业实现执行额842.5万美元, 亩均产值126万元: no totals
            if _places_share(total, headline) and not opens_on_place(members.metric):
                continue  # 十二条产业链共有…企业8964家,户均增加值: not 楠州市重点产业链增加值,占全省的28.7%, a place's
            if subset and len(subset) >= 2 and subset in (total.metric or ""):
                continue  # 企业12486家,其中民营企业10932家;平均每家: the part's 民营企业进出口 is no total of all
            if len(named) >= 2 and _GENERIC_TAIL.sub("", named) not in (total.metric or ""):
                continue  # 空调业务台均收入: the total of the business it names (空调), not 其他业务收入
            if len(noun) >= 2 and noun in (total.metric or ""):
                # 保费收入312.6亿元,其中…人身险保费233.7亿元;…人均保费: the whole the part is of, named alike.
                parent = next((p for p, s in enumerate(statements) if s.id == total.part_of), None)
                if parent is not None and noun in (statements[parent].metric or "") and statements[parent].count is None \
                        and statements[parent].average is None and same_unit(facts[statements[parent].value], figure):
                    earlier, total = parent, statements[parent]
                if (part := _part_named_by(members, total, statements, facts)) is not None:
                    earlier, total = statements.index(part), part  # 补贴资金…,其中汽车3.42亿元…;汽车以旧换新1.71万辆,平均每辆补贴
                # 跨境电商进出口386.2亿元…。有进出口实绩的企业3126家,平均每家进出口: members named for no narrower
                # figure than the measure are the region's, whose figure of it opens the report.
                qualifier = _distinctive_words((total.metric or "").replace(noun, ""))  # 跨境电商, 挖掘机械实现
                narrower = bool(qualifier) and not qualifier & _distinctive_words(members.metric)  # (公司销售挖掘机 names 挖掘机械)
                # (兑付补贴61.6亿元,销售家电416.8万台,台均补贴: a total in the members' own sentence is theirs)
                narrower = narrower and total.sentence != members.sentence
                region_total = _region_total_named(noun, statements[:earlier], figure, facts, members, headline) if narrower else None
                if region_total is not None:
                    earlier, total = statements.index(region_total), region_total
                statements[earlier] = total.model_copy(update={"count": count.id, "average": figure.id})
                break
    return statements


def _counted_by_the_cue(metric: str, statements: list[Statement], members_at: int, facts: dict) -> tuple[int, Statement] | None:
    """The members an average's cue names (户均 households, 每家 firms): the figure right before it, or when that is
    a count in another measure word, the one before it in the sentence that is in theirs (搬迁8640户、3.12万人,户均
    投入…); None if neither is."""
    word = _CUE_MEMBER.search(metric)
    accepted = MEMBERS_OF.get(word.group("word"), ()) if word else ()
    members = statements[members_at]
    if not accepted or facts[members.value].kind != "count" or facts[members.value].unit in accepted:
        return members_at, members
    before = statements[members_at - 1] if members_at > 0 else None
    if before is not None and before.sentence == members.sentence and facts[before.value].kind == "count" \
            and facts[before.value].unit in accepted and facts[before.value].qualifier == "=":
        return members_at - 1, before
    return None


# (the measure words a cue names its members by: 户均, 平均每家, 平均每个机构 over 126个…, not over 设备1480台)
_CUE_MEMBER = regex.compile(r"^(?P<word>[户家])均|^平均每(?P<word>台套|人次|[户家个项台套座所条间名辆场])")


def _part_named_by(members: Statement, total: Statement, statements: list[Statement], facts: dict) -> Statement | None:
    """The one part of a total, of its unit and averaged by nothing yet, whose name the count of members holds
    (汽车 of 汽车以旧换新1.71万辆, a part of 补贴资金9.86亿元; 租赁住房提取 of 办理租房提取的职工): the amount spread
    over those members; else the one part sharing two words or more with their name that the total's lacks (挖掘机械实现收入 for
    公司销售挖掘机)."""
    name = same_words(members.metric or "")
    parts = [
        s for s in statements
        if s.part_of == total.id and len(s.metric or "") >= 2 and same_unit(facts[s.value], facts[total.value]) and s.count is None and s.average is None
    ]
    named = [s for s in parts if _holds_name(name, same_words(s.metric))]
    if not named:
        words = _distinctive_words(members.metric) - _distinctive_words(total.metric)  # (not 集装箱 of 集装箱吞吐量, the whole's too)
        named = [s for s in parts if len(_distinctive_words(s.metric) & words) >= 2]
    return named[0] if len(named) == 1 else None


def _holds_name(name: str, part: str) -> bool:
    """汽车以旧换新 opens on 汽车; 办理租赁住房提取的职工 holds 租赁住房提取 (a name of four or more inside, not
    出口 inside 有进出口实绩的企业)."""
    return name.startswith(part) or name.endswith(part) or len(part) >= 4 and part in name


def _count_named_as_basis(average, count, facts: dict, text: str):
    """研发人员3652人,占员工总数16480人的22.16%,按员工总数计算,人均营业收入234.48万元: the count that the basis
    before the average names, written earlier in its sentence (here inside a share); else the count found."""
    basis = _BASIS_NAMED.search(text, max(0, average.start - 30), average.start)
    if basis is None or basis.end() < text.rfind("，", 0, average.start) - 1:
        return count
    name = regex.compile(regex.escape(basis.group("name")) + r"(?:为|达|达到|是)?$")
    named = [
        f for f in facts.values()
        if f.kind == "count" and f.sentence == average.sentence and f.end <= basis.start() and name.search(text, max(0, f.start - 16), f.start)
    ]
    return named[-1] if len(named) == 1 else count


def _no_members(statement: Statement, changes: set, facts: dict, text: str) -> bool:
    """A count of no members now: a level of the year before, or a change (净增一百三十二家)."""
    start = facts[statement.value].start
    return is_last_year_figure(statement, facts) or statement.value in changes or bool(_CHANGE_BEFORE.search(text, max(0, start - 3), start))


_NEWLY = regex.compile(r"新增|新建|新开|新投运")
_CHANGE_BEFORE = regex.compile(r"(?:净增|增加|新增|减少|净减)了?$")


def _measure(name: str) -> str:
    """缴存额 measures 缴存, 结算量 结算; 进出口 is no 出口 (exports are a part of trade)."""
    return MEASURE_WORD_END.sub("", name).replace("进出口", "◇")


def _places_share(statement: Statement, headline: str) -> bool:
    """A figure of a place the headline does not name, given with its share of the region (楠州市重点产业链
    增加值3265.8亿元,占全省的28.7% under 嵘江省…): a part of the region; not the article's own place's share
    of a wider one (泓州市货物贸易进出口总值…占全省进出口总值的20.8% under 泓州市…)."""
    place = opening_place(statement.metric or "")
    region = (statement.share.of or "")[:2] if statement.share is not None else ""
    return bool(place) and place not in headline and region in REGIONS


def _region_total_named(noun: str, earlier: list[Statement], figure, facts: dict, counted: Statement, headline: str = "") -> Statement | None:
    """The article's first figure of the measure an average names (进出口), of its unit, in the body, that
    is no part, no earlier level and not averaged yet: the region's own, which opens its report. When the
    members are named for a narrower figure of that measure (有新能源产品出口实绩的企业 for 新能源产品出口, a part
    of 货物出口), that one; of the members' period when both are dated (not 11月当月出口 for firms of 前11个月)."""
    members = counted.metric or ""
    period = facts[counted.period] if counted.period else None
    found = [
        s for s in earlier
        if facts[s.value].sentence > 0 and _measure(s.metric or "").endswith(_measure(noun) or noun)
        and same_unit(facts[s.value], figure) and not is_last_year_figure(s, facts) and not AVERAGE_CUE.search(s.metric or "")
        and not (period is not None and s.period is not None and periods_differ(facts[s.period], period))
        and not (_places_share(s, headline) and not opens_on_place(members))  # 楠州市重点产业链增加值,占全省的…, a place's
    ]
    wholes = {s.id: s for s in earlier}

    def shared(s: Statement) -> int:
        # (民营企业进出口…,其中出口3518.4亿元: a part named by the measure alone is named by its whole's name too)
        bare = s.part_of in wholes and _measure(s.metric or "") == _measure(noun)
        whole_name = (wholes[s.part_of].metric or "") if bare else ""
        return len(words & two_char_words(whole_name + (s.metric or "")))

    words = two_char_words(members) - two_char_words(noun)
    named = max(found, key=shared, default=None)
    if named is not None and shared(named) >= 2:
        # (averaged already, 十二条重点产业链…平均每条, it holds no second average: none)
        return named if named.count is None and named.average is None else None
    free = [s for s in found if s.part_of is None and s.count is None and s.average is None]
    # 普惠小微贷款余额846.73亿元 in the headline, 各项贷款余额 beside it in the body: the measure the report is about,
    # though a part of a whole of another measure (出口 of 进出口)
    restated = [f for f in facts.values() if f.sentence == 0 and f.kind in LEVEL_KINDS]
    measured = _measure(noun) or noun
    in_headline = [
        s for s in found if s.count is None and s.average is None and not _narrowed(s.metric or "", measured, members)
        and (s.part_of is None or s.part_of in wholes and not _measure(wholes[s.part_of].metric or "").endswith(measured))
        and any(f.value == facts[s.value].value and same_unit(f, facts[s.value]) for f in restated)
    ]
    return next(iter(in_headline or free), None)


def _narrowed(metric: str, measured: str, members: str) -> bool:
    """对东盟进出口 for firms 有进出口实绩的企业: a measure narrowed by words (对东盟) the members' name lacks."""
    narrowing = _measure(metric).removesuffix(measured)
    narrowing = next((narrowing[len(region) :] for region in REGIONS if narrowing.startswith(region)), narrowing)  # (全市进出口)
    return len(narrowing) >= 2 and not two_char_words(narrowing) & two_char_words(members)


def _changes_of_levels(statements: list[Statement], facts: dict, text: str) -> set[str]:
    """公共充电设施14.28万台,比上年末的10.06万台增长41.9%,净增4.22万台: a figure its clause names by its change
    alone, after a level of its unit in its sentence measured from an earlier one, is that level's change
    (not 实现增收13.95亿元 on its own, nor 全年新增四家 after a stock with no level before it)."""
    changes = set()
    for position, statement in enumerate(statements):
        if not _written_as_change(facts[statement.value], text):
            continue
        figure = facts[statement.value]
        if any(
            s.sentence == statement.sentence and same_unit(facts[s.value], figure) and bases_of(s)
            for s in statements[:position]
        ):
            changes.add(statement.value)
    return changes


def _written_as_change(figure, text: str) -> bool:
    """净增4.22万台, 增收1.10亿元: a figure its clause names by its change alone."""
    opening = _LAST_BREAK.search(text, 0, figure.start)
    return names_a_change(text[opening.end() if opening else 0 : figure.start])


def _link_members_before_total(statements: list[Statement], position: int, cue: regex.Match, facts: dict, text: str) -> None:
    """接待游客5862.4万人次…实现旅游收入463.75亿元…;游客人均消费791元: the latest amount before the average
    in its sentence, of its unit, over the members the average names before its cue (游客), counted
    earlier in the sentence; 安排省重点项目860个…完成投资3862.4亿元,平均每个项目完成投资4.49亿元: or over
    the one count of the members named after it (项目) in the paragraph."""
    average = statements[position]
    figure = facts[average.value]
    members = (average.metric or "")[: cue.start()]
    measured = _PER_MEMBER.sub("", (average.metric or "")[cue.end() :])  # 平均每家企业销售收入: 企业销售收入
    measured = measured[2:] if len(measured) > 4 else measured  # (the members named again: 销售收入)
    bases = {s.change.base for s in statements if s.change is not None}  # 比上届的3605.2亿元: an earlier level
    deltas = {s.difference.value for s in statements if s.difference is not None}  # 增收1.10亿元: a change, no total
    total = None
    for earlier in range(position - 1, -1, -1):
        candidate = statements[earlier]
        value = facts[candidate.value]
        if value.sentence != figure.sentence:
            break
        earlier_level = candidate.value in bases or candidate.value in deltas or is_last_year_figure(candidate, facts)
        if total is not None and len(members) >= 2 and value.kind == "count" and members in (candidate.metric or "") and value.qualifier == "=" and not earlier_level:
            statements[total] = statements[total].model_copy(update={"count": value.id, "average": figure.id})
            return
        usable = same_unit(value, figure) and value.qualifier == "=" and candidate.count is None and candidate.average is None
        usable = usable and not AVERAGE_CUE.search(candidate.metric or "")  # (…平均每个项目4.2亿元;…平均每个项目2.53亿元: no total)
        # (销售收入8.74亿元,其中…5.26亿元、…3.48亿元,平均每家企业销售收入: the whole of the sentence its measure names,
        # not its last part; but 其中示范基地建设1450万元,平均每个基地补助: the part)
        usable = usable and not any(
            s.id == candidate.part_of and facts[s.value].sentence == figure.sentence and len(measured) >= 2
            and measured in (s.metric or "") and measured not in (candidate.metric or "") for s in statements
        )
        if total is None and usable and not earlier_level and value.value is not None and figure.value is not None and value.value > figure.value:
            total = earlier
    if total is not None and len(members) < 2:
        goals = {s.target.value for s in statements if s.target is not None}  # 计划新开工380个 counts no members
        count = _member_count(figure, facts[statements[total].value], facts, text, goals)
        if count is None and cue.group() == "人均":  # 接待游客623.5万人次,…;实现门票收入3.87亿元,人均门票支出62.1元
            count = _head_count(statements[:total], facts[statements[total].value], bases | deltas | goals, facts)
        if count is not None:
            count = _whole_of_a_counted_part(count, average, statements, facts, text)
            statements[total] = statements[total].model_copy(update={"count": count.id, "average": figure.id})


def _whole_of_a_counted_part(count, average: Statement, statements: list[Statement], facts: dict, text: str):
    """企业发展到46家,其中规模以上企业14家。…销售收入8.74亿元,…平均每家企业销售收入: the members are all the firms, not
    the part, unless the average's sentence names the part (亿元以上项目中,…平均每个项目 of 在建亿元以上项目124个)."""
    part = next((s for s in statements if s.value == count.id), None)
    whole = next((s for s in statements if part is not None and s.id == part.part_of), None)
    if whole is None or not same_unit(facts[whole.value], count) or not part.metric:
        return count
    figure = facts[average.value]
    stop = LAST_SENTENCE_STOP.search(text, 0, figure.start)
    sentence = text[stop.end() if stop else 0 : figure.end]
    named = any(part.metric[at : at + 4] in sentence for at in range(len(part.metric) - 3))
    return count if named else facts[whole.value]


def _give_target_to_total(statements: list[Statement], position: int, facts: dict, bases: set) -> None:
    """完成投资2718.5亿元,平均每个项目完成6.38亿元,完成年度计划4860亿元的55.9%: a completion rate after an
    average is the total's, the latest larger figure of its unit before it in the sentence, no earlier level."""
    average = statements[position]
    figure = facts[average.value]
    for earlier in range(position - 1, -1, -1):
        total = statements[earlier]
        value = facts[total.value]
        if value.sentence != figure.sentence:
            return
        if is_last_year_figure(total, facts) or total.value in bases:
            continue  # 成交额248.6亿元,增长18.6%,上年为209.6亿元,平均每项391万元,完成年度目标…: the level now
        if same_unit(value, figure) and value.value is not None and figure.value is not None and value.value > figure.value:
            if total.target is None and total.share is None:
                statements[earlier] = total.model_copy(update={"target": average.target, "share": average.share})
                statements[position] = average.model_copy(update={"target": None, "share": None})
            return


_STRONG_OPENING = regex.compile(r"(?r)[。！？!?\n]")
_SET_OPENING = regex.compile(r"(?P<set>\p{Han}{2,12}?)中[,，]")
_MEMBER_NOUN = regex.compile(r"(?:每个|单个|每家|平均每个?)(?P<noun>项目|企业|园区|基地)")


def _head_count(before: list[Statement], total, ruled_out: set, facts: dict):
    """The one count of people (人, 人次, 名) in a total's sentence before it, with no count of anything else
    between (接待游客623.5万人次,…;实现门票收入3.87亿元,人均门票支出62.1元): what 人均 is per. Earlier levels,
    targets, averages (平均每趟39.4人) and parts (其中农村劳动力12.9万人) are none; two counts of people
    (9532名毕业生参加见习,留用6104人) leave it open."""
    heads, other_after = [], False
    for candidate in reversed(before):
        value = facts[candidate.value]
        if value.sentence != total.sentence:
            break
        if value.kind != "count" or candidate.value in ruled_out or is_last_year_figure(candidate, facts) \
                or candidate.part_of is not None or AVERAGED_NAME.search(candidate.metric or ""):
            continue
        if getattr(value, "unit", None) in ("人", "人次", "名") and value.qualifier == "=":
            heads.append((value, other_after))
        else:
            other_after = True  # 开发乡村公益性岗位1850个,发放岗位补贴1332万元,人均7200元: per post
    return heads[0][0] if len(heads) == 1 and not heads[0][1] else None


def _member_count(average, total, facts: dict, text: str, goals: set = frozenset()):
    """The one count of the members an average is per (平均每个项目: 项目) written before the total in
    its paragraph, no target, or None."""
    last_break = _LAST_BREAK.search(text, 0, average.start)
    cue = _MEMBER_NOUN.search(text, last_break.end() if last_break else 0, average.start)
    if cue is None:
        return None
    paragraph = text.rfind("\n", 0, total.start) + 1
    counts = [
        f for f in facts.values()
        if f.kind == "count" and (f.object or "").endswith(cue.group("noun")) and f.qualifier == "=" and paragraph <= f.start < total.start
        and f.id not in goals
    ]
    if len(counts) > 1:  # 在建亿元以上项目124个…。亿元以上项目中,新开工47个…,平均每个项目: the set the sentence opens on
        sentence_start = _STRONG_OPENING.search(text, 0, total.start)
        opening = _SET_OPENING.match(text, sentence_start.end() if sentence_start else 0)
        named = opening.group("set") if opening else None
        counts = [f for f in counts if named and text.endswith(named, 0, f.start)]
    return counts[0] if len(counts) == 1 else None


# 干毛茶产值38.62亿元(上年为35.14亿元),增长9.9%,平均每公斤207.2元,占…的34.3%: a level of the year before, in brackets
_BRACKETED_EARLIER = regex.compile(rf"[(（]\s*{YEAR_EARLIER}(?:为|是)$")


_PART_OPENING = regex.compile(r"其中[^,，;；。、]{0,16}$")  # 其中人均茶叶收入: a figure named as a part


def link_shares_after_averages(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """软件业务收入968.7亿元,…,户均2.35亿元,占核心产业营业收入的46.4%: a share written after the average
    of a total, in its sentence, is the total's share (a figure per member is no part of a whole)."""
    statements = list(statements)
    position_of = {s.value: position for position, s in enumerate(statements)}
    bases = {s.change.base for s in statements if s.change is not None and s.change.base}
    held = Counter(s.share.value for s in statements if s.share is not None)  # 产量占秋粮的…, read by two: the other's
    for position, total in enumerate(statements):
        if total.value in bases or is_last_year_figure(total, facts) or _bracketed_earlier(total, facts, text):
            continue  # an earlier level takes no share
        if AVERAGE_CUE.match(total.metric or ""):
            continue  # 人均衣着支出926元,…;人均服务性消费支出7128元,占消费支出的41.3%: a figure per head has no average
        at = position_of.get(total.average)
        # 箱量42.36万标箱,增长24.6%(上年为33.99万标箱),平均每列装载约175标箱: the average after an earlier
        # level follows the figure the level is the base of.
        after = position + 1
        if after + 1 < len(statements) and total.change is not None \
                and (_level_before(statements[after], total, bases, facts) or _bracketed_earlier(statements[after], facts, text)):
            after += 1
        if at is None and after < len(statements) and _is_average_of(statements[after], total, facts):
            at = after  # 线上销售额9.66亿元,平均每家234.5万元: the count is written apart, the average next
        # (茶农人均可支配收入27432元,其中人均茶叶收入14215元,占51.8%: a part per head, no average of a total)
        if at is None or total.share is not None and total.share.of != "目标" or statements[at].share is None or statements[at].target is not None \
                or held[statements[at].share.value] > 1 or _PART_OPENING.search(text, max(0, facts[statements[at].value].start - 20), facts[statements[at].value].start):
            continue
        average = statements[at]
        share = facts[average.share.value]
        # (…,村均69.3万元,其中光伏收益占59.2%: the share of a part the clause names, not the total's)
        if average.sentence == total.sentence and not AVERAGE_CUE.search(average.share.of or "") and share.start > facts[average.value].end \
                and "其中" not in text[facts[average.value].end : share.start]:
            # (a whole read for the average may be the total itself: no whole of its own share)
            moved = average.share if average.share.whole != total.value else average.share.model_copy(update={"whole": None, "whole_by": None})
            statements[position] = total.model_copy(update={"share": moved})
            statements[at] = average.model_copy(update={"share": None})
    return statements


def _bracketed_earlier(statement: Statement, facts: dict, text: str) -> bool:
    """A level of the year before written in brackets after the figure now: (上年为35.14亿元)."""
    written = facts[statement.value].start
    return bool(_BRACKETED_EARLIER.search(text, max(0, written - 8), written))


def _level_before(level: Statement, total: Statement, bases: set, facts: dict) -> bool:
    """The base of the total's change, or a figure of the year before written right after the total, in its
    sentence (展览总面积412.6万平方米,比上年的356.8万平方米增长15.6%, before its base is linked)."""
    if total.change.base is not None:
        return level.value in bases and total.change.base == level.value
    return is_last_year_figure(level, facts) and level.sentence == total.sentence and same_unit(facts[level.value], facts[total.value])


def _is_average_of(average: Statement, total: Statement, facts: dict) -> bool:
    """A figure per member named by its cue alone (平均每家), a yield (亩产516.3公斤) or a daily average
    (发送旅客1826万人次,日均45.65万人次), right after a total of its unit."""
    named = average.metric or ""
    measured = len(named) <= 6 or named[-2:] in (total.metric or "")  # 平均每家企业产值 after …企业实现产值
    cued = AVERAGE_CUE.match(named) or _YIELD.match(named) or _PER_SPAN.match(named)
    return bool(cued) and measured and same_unit(facts[average.value], facts[total.value])


_YIELD = regex.compile(r"亩产|单产|亩均")
_PER_SPAN = regex.compile(r"日均|月均|周均")


# An average whose metric opens on its cue, with the measure word of the members it is per: 户均, 场均,
# 单车, 平均每辆, 平均每个团队 (个), 平均每起 (any one character after 平均每). 平均 with no measure word names none.
# (站均, 社均, 宗均: members named by a noun, counted in any measure word; 单座电站平均, 单站平均, 单个项目平均 alike)
_BARE_AVERAGE = regex.compile(
    r"^(?:(?P<word>人次|艘次|架次|[户人场家套桌台项辆车笔村县镇企校园])均|[站社宗店点所厂馆]均|单(?P<word>车|套|台)"
    r"|单(?:个|座|家|所|站|条|宗)\p{Han}{0,5}?平均|平均(?:每(?P<word>台套|\p{Han}))?)"
)
_NAMED_MEMBERS = frozenset({"村", "县", "镇", "校", "园"})  # 村均 over 个: the members the count's words name
GOAL_WORDS = regex.compile(r"计划|目标|任务")  # 完成年内竣工计划95个的60.0%: a goal counts no members
# The counts each measure word may be per: 户均 over 家 or 户, 人均 over people only (not 户), 单车 over 辆.
MEMBERS_OF = {
    "户": {"户", "家"}, "家": {"家", "户"}, "人": {"人", "人次", "名", "位"}, "名": {"名", "人"}, "车": {"辆", "辆次", "车次"},
    "辆": {"辆", "辆次"}, "场": {"场", "场次"}, "个": {"个", "项"}, "项": {"项", "个"}, "套": {"套"}, "桌": {"桌"},
    "台": {"台"}, "台套": {"台套", "台", "套"}, "宗": {"宗", "幅"}, "座": {"座"}, "批": {"批", "批次"}, "批次": {"批次", "批"}, "笔": {"笔"},
    "艘": {"艘", "艘次"}, "列": {"列"}, "份": {"份"}, "件": {"件"}, "单": {"单"}, "村": {"个", "村"},
    "处": {"处"}, "所": {"所"}, "条": {"条"}, "间": {"间"}, "栋": {"栋", "幢"}, "幢": {"幢", "栋"}, "县": {"个", "县"}, "镇": {"个", "镇"}, "企": {"家", "户", "个"},
    "校": {"所", "个"}, "园": {"个", "家"}, "支": {"支"}, "架次": {"架次"}, "艘次": {"艘次"}, "人次": {"人次"},
    "次": {"人次", "次"}, "头": {"头"}, "人口": {"人"}, "生": {"人", "名"}, "只": {"只"}, "册": {"册"}, "张": {"张"},
    "幅": {"幅", "宗"}, "盏": {"盏"}, "店": {"家", "个"}, "摊": {"个"}, "社": {"家", "个"}, "厂": {"家", "个"}, "院": {"家", "个", "所"},
}
# …and the counts it may be per when the members are named at length (平均每个生猪规模场 over 生猪规模场158家): firms and
# farms are counted by 个 and 家 alike.
MEMBERS_NAMED_AT_LENGTH = {"个": {"家"}}


def give_counts_past_earlier_levels(statements: list[Statement], facts: dict) -> list[Statement]:
    """累计发放486笔,贷款金额由上年的16.92亿元增至23.58亿元: a count written before an earlier level, which
    took it as the figure next to it, counts the members of the level measured from it."""
    statements = list(statements)
    position_of: dict[str, int] = {}
    for position, statement in enumerate(statements):
        position_of.setdefault(statement.value, position)  # the first statement of a figure stated twice
    for position, statement in enumerate(statements):
        for base in bases_of(statement):
            at = position_of.get(base)
            earlier = statements[at] if at is not None else None
            if earlier is None or earlier.count is None or statement.count is not None or facts[earlier.count].start > facts[base].start:
                continue
            statements[position] = statement.model_copy(update={"count": earlier.count})
            statements[at] = earlier.model_copy(update={"count": None})
            break
    return statements


_COMPARED_WITH = regex.compile(r"(?:比|较)[^,，;；。\d比较]{0,10}$")


def link_adjacent_averages(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """发放购房补贴3.86亿元,惠及5214户,户均7.40万元; 规模以上物流企业624家,营业收入846.2亿元,户均1.36亿元:
    an average that opens on its cue, right after a count of its members and a larger total of its own
    unit, the two in either order in its sentence with no semicolon between, is the total over the count.
    Earlier levels, changes and goals between are stepped over (3.62万桌,比上年多0.48万桌(上年为3.14万桌),
    营业额1.09亿元,桌均约3011元); a figure already averaged is neither. With no count beside it, the members
    may be counted earlier in the paragraph under the total's name (`_members_named_alike`)."""
    statements = list(statements)
    averaged = {s.average for s in statements if s.average} | {s.value for s in statements if s.average or s.over}
    # (a goal written in a sentence of its own, 年度计划投资1050亿元,平均每个项目…, is a total as any)
    not_levels = earlier_levels(statements, facts, text) | {s.difference.value for s in statements if s.difference} \
        | {s.target.value for s in statements if s.target and s.target.value and facts[s.target.value].sentence == s.sentence}
    last_year = {s.value for s in statements if is_last_year_figure(s, facts)}
    changes = _changes_of_levels(statements, facts, text)
    for position, statement in enumerate(statements):
        # (去年全省发放…53.6亿元,支持12.8万户…,户均4.19万元: figures of last year are levels of an average of last year)
        skipped = not_levels | (set() if statement.value in last_year else last_year)
        average = facts[statement.value]
        named_as = _COUNTED_LEAD.sub("", statement.metric or "")  # 按此计算人均营业收入: 人均营业收入
        held = facts.get(statement.count) if statement.count else None
        if held is not None and named_as.startswith(held.text) and (inner := AVERAGE_CUE.search(named_as, len(held.text))):
            named_as = named_as[inner.start() :]  # 1.26万户养蚕农户户均售茧收入1.47万元: the members counted in the average's own name
        cue = None if PER_TIME_SPAN.match(named_as) else _BARE_AVERAGE.match(named_as)  # (平均每年投资20亿元: a spread over years)
        if cue is None or statement.value in averaged | skipped or average.kind not in LEVEL_KINDS or average.value is None:
            continue
        paragraph = text.rfind("\n", 0, average.start) + 1
        before = [
            s for s in statements[:position]
            if s.sentence == statement.sentence and s.value not in skipped | changes and not GOAL_WORDS.search(s.metric or "")
        ][-2:]
        # (成交年租金合计2680万元,比挂牌底价合计2315万元溢价15.8%,平均每个点位: not the figure compared with)
        before = [s for s in before if not _COMPARED_WITH.search(text, max(0, facts[s.value].start - 12), facts[s.value].start)]
        # 新建更新渔船58艘;发放补助4.38亿元,平均每艘: no figure before a semicolon
        before = [s for s in before if not RUN_BREAK.search(text, facts[s.value].end, average.start)]
        members = cue.group("word")
        counts = [
            s for s in before if _counts_members(facts[s.value], members) and not same_unit(facts[s.value], average)
            and not AVERAGE_CUE.search(s.metric or "")  # 平均每趟39.4人 counts no one
        ]
        totals = [s for s in before if same_unit(facts[s.value], average) and s not in counts]
        # 其中公益演出860场、商业演出460场,商业演出票房1.86亿元,平均每场: a total that names the last part is of that part's members.
        counts = [
            whole if (whole := _listed_whole(s, statements[:position], facts, text, RUN_BREAK)) and _counts_members(facts[whole.value], members)
            and not (totals and len(s.metric or "") >= 2 and (totals[-1].metric or "").startswith(s.metric)) else s
            for s in counts
        ]
        counts = list({s.value: s for s in counts}.values())  # 分别为18个、21个和13个,共52个: the last part and its total, one set
        totals = [_listed_whole(s, statements[:position], facts, text) or s for s in totals]
        # 吸纳就业5.83万人,其中脱贫人口…3.12万人,…平均每个车间吸纳就业46人: the total whose measure the average names
        measured = named_as[cue.end() :]
        # (…子基金总规模216.0亿元,…;引导基金认缴出资43.2亿元,…,平均每只子基金规模: the total it names, with 总 or
        # without, anywhere before it in its sentence)
        in_sentence = [
            s for s in statements[:position] if s.sentence == statement.sentence and s.value not in skipped | changes
            and same_unit(facts[s.value], average) and not GOAL_WORDS.search(s.metric or "")
        ]
        named_total = [s for s in in_sentence if len(s.metric or "") >= 2 and measured.endswith((s.metric, s.metric.replace("总", "")))][-1:]
        if not named_total and not counts and _members_without_whole(totals, facts, text):
            continue  # 涉及居民中,中心城区1.93万户,各县(市)0.93万户,平均每个小区约92户: of their whole, written elsewhere
        totals = named_total or totals
        if not counts and held is not None and held.sentence == average.sentence and held.start < average.start and _counts_members(held, members):
            # 完成投资41.2亿元,提升供水保障人口172.5万人,人均投资2388元: the members counted in a clause the average took in
            counts = [statement.model_copy(update={"value": held.id})]
        if not counts and totals and (before and totals[-1] is before[-1] or named_total) and members is not None:
            earlier = [s for s in statements[:position] if s is not totals[-1]]  # 在孵企业4326家,平均每家孵化器…75家: no count of itself
            # 平均每台公共充电桩服务11.4辆: the count of the members the average names itself, else one named like the total
            named = _members_pointed_back(totals[-1], members, earlier, facts, text, skipped | changes) \
                or _members_named_by_average(named_as[cue.end() :], members, earlier, facts, skipped, statement.sentence, paragraph) \
                or _members_named_alike(totals[-1], members, earlier, facts, text, skipped) \
                or _members_of_sentence(totals[-1], members, earlier, facts, skipped | changes)
            # (…务工3.26万人;开发公益性岗位1850个,发放岗位补贴1332万元,人均7200元: a count of the total's run, though of
            # posts, is whose the average is, not a count of people past a semicolon)
            if named is not None and len(measured) >= 2 and not share_a_word(measured, named.metric or "") and same_unit(facts[named.value], average) \
                    and share_a_word(named.metric or "", totals[-1].metric or "") \
                    and any((s.metric or "").endswith(measured) and _counts_members(facts[s.value], members) for s in earlier):
                named = None  # 生活圈156个…网点1864个…;网点总数2.16万个,平均每个生活圈138个: a count of what the average counts, not of its members
            if named is not None and (member := _member_named_by_total(named, totals[-1], earlier)) is not None:
                named = member  # 项目三百一十二个,其中产业发展项目146个…;产业发展项目投入3.02亿元,平均每个项目: the members it names
            counted_here = any(facts[s.value].kind == "count" and s not in totals for s in before)
            if named is not None and counted_here and RUN_BREAK.search(text, facts[named.value].end, facts[totals[-1].value].start):
                named = None
            counts, totals = ([named], totals[-1:]) if named is not None else (counts, totals)
        if not before and members is not None:
            # 成交价款128.46亿元…。住宅用地…。平均每宗地块成交价款3.06亿元: in a sentence of its own, the total its words
            # name, earlier in the paragraph, over the one count of its members in the total's sentence
            totals = _total_named_by_average(named_as[cue.end() :], average, statements[:position], facts, skipped | averaged, paragraph)
            counts = [
                s for s in statements[:position]
                if totals and s.sentence == totals[0].sentence and s.value not in skipped | changes and _counts_members(facts[s.value], members)
                and not same_unit(facts[s.value], average) and s.part_of is None and facts[s.value].qualifier == "="
            ]
        if len(counts) == 1 and not totals and (total_after := _total_right_after(statements, position, facts, text)) is not None:
            totals = [total_after]  # 带动…1.86万户增收,户均增收2350元,合计增收4371万元: the total summed up after it
        if len(counts) == 1 and not totals and members is not None:
            # 其中电动载人汽车168.4亿元…;全市出口电动载人汽车11.2万辆,平均每辆15.0万元: the amount of the counted
            # things, named by the count's name, earlier in the paragraph
            # (集装箱专用泊位124个,平均每个泊位完成集装箱吞吐量26.5万标箱: the article's one figure its words end on)
            totals = _total_named_by_count(counts[0], average, statements[:position], facts, text, skipped | averaged) \
                or _total_of_sentence(counts[0], average, statements[:position], facts, text, skipped | averaged) \
                or _total_named_by_average(named_as[cue.end() :], average, statements[:position], facts, skipped | averaged, 0, ending=True)
        own = facts[totals[-1].count] if totals and totals[-1].count and totals[-1].average is None else None
        if not counts and own is not None and _counts_members(own, members) and not same_unit(own, average):
            # 向3862家企业发放稳岗返还资金1.18亿元,惠及职工24.6万人,户均3.06万元: over the members the total names
            counts, totals = [totals[-1].model_copy(update={"value": own.id})], totals[-1:]
        if members in _NAMED_MEMBERS:  # 23个风电场…向58个村支付…,村均: only a count that names them
            counts = [s for s in counts if members in (facts[s.value].object or "") + (s.metric or "")]
        if len(counts) != 1 or len(totals) != 1:
            continue
        if (paired := _paired_in_lists(counts[0], totals[0], statements[:position], facts, text)) is not None:
            totals = [paired]  # 立体停车库12个、地下停车场9个…,分别提供泊位5280个、4630个…,平均每个立体停车库: the count's own
        if (part := _part_named_by(counts[0], totals[0], statements[:position], facts)) is not None:
            totals = [part]  # 其中农村供水工程42.7亿元、灌区…52.1亿元,新建改造农村供水工程1365处,平均每处: the part the count names
        count, total = facts[counts[0].value], facts[totals[0].value]
        if same_unit(count, total) and None not in (count.value, total.value) and average.value >= 1 and total.value < count.value:
            continue  # 停车场1236个,平均每个停车场有泊位200个: 200 a member makes more than there are members
        if total.qualifier != "=" or count.qualifier != "=" or total.value is None or total.value <= average.value \
                or totals[0].value in averaged or AVERAGE_CUE.match(totals[0].metric or "") or _PER_UNIT_NAME.match(totals[0].metric or ""):
            continue
        named = measure_of(statement.metric)
        if named is not None and measure_of(totals[0].metric) not in (named, None if _SOLD.search(totals[0].metric or "") else named):
            continue  # 在手订单243.6亿元,员工总数1.86万人,人均创收100.3万元: an average of revenue, no order book's
        at = statements.index(totals[0])
        statements[at] = totals[0].model_copy(update={"count": count.id, "average": average.id})
        averaged |= {average.id, total.id}
    return statements


_SURVEYED_PER_HEAD = regex.compile(r"人均(?:可支配收入|消费支出)")
_SOLD = regex.compile(r"销售$")  # 家电以旧换新18.6万台,带动销售15.9亿元,台均销售额8548元: sales, whatever the noun left unsaid
_PER_UNIT_NAME = regex.compile(r"亩均|吨均|每亩|每吨")  # 亩均产值126万元 is no total of 人均产值


def _total_right_after(statements: list[Statement], position: int, facts: dict, text: str) -> Statement | None:
    """The figure right after an average, in its run, that sums up (合计增收4371万元) in the average's unit."""
    if position + 1 >= len(statements):
        return None
    average, after = facts[statements[position].value], statements[position + 1]
    figure = facts[after.value]
    if after.sentence != statements[position].sentence or RUN_BREAK.search(text, average.end, figure.start):
        return None
    summed = SUMMED_UP.match(strip_leading(after.metric or ""))
    return after if summed and same_unit(figure, average) and None not in (figure.value, average.value) and figure.value > average.value else None


def _members_of_sentence(total: Statement, word: str, earlier: list[Statement], facts: dict, skipped: set) -> Statement | None:
    """网签4.86万套,比上年的5.31万套减少0.45万套;销售金额1068.2亿元,…,套均219.8万元: the one count of the members a
    measure word names (套均: 套) written earlier in the total's sentence, across a semicolon, that is no earlier level
    nor change."""
    if word not in MEMBERS_OF:
        return None
    found = [
        s for s in earlier
        if s.sentence == total.sentence and facts[s.value].end <= facts[total.value].start and s.value not in skipped
        and _counts_members(facts[s.value], word) and facts[s.value].qualifier == "="
    ]
    return found[0] if len(found) == 1 else None


def _members_named_by_average(
    named: str, word: str, earlier: list[Statement], facts: dict, skipped: set, sentence: int, paragraph: int = 0,
) -> Statement | None:
    """The one count of the members that the words after an average's cue name (公共充电桩 of 平均每台公共充电桩服务);
    for members named new (平均每台新增充电设施), the one increase of a count of them, unless a count is named so
    (新开航线23条 for 平均每条新开航线)."""
    found = [
        s for s in earlier
        if s.value not in skipped and _counts_members(facts[s.value], word) and len(s.metric or "") >= 3 and named.startswith(s.metric)
        and facts[s.value].qualifier == "=" and not AVERAGE_CUE.search(s.metric)
    ]
    if _NEWLY.match(named) and not found:
        increases = {s.difference.value: s for s in earlier if s.difference is not None and _counts_members(facts[s.difference.value], word)}
        return next(iter(increases.values())).model_copy(update={"value": next(iter(increases))}) if len(increases) == 1 else None
    # 扶持创业三千七百二十六人,…平均每名创业者带动3.8人: counted in the sentence under the stem the members open on
    found = found or [
        s for s in earlier
        if s.sentence == sentence and s.value not in skipped and _counts_members(facts[s.value], word) and len(s.metric or "") >= 2
        and named.startswith(s.metric[-2:]) and facts[s.value].qualifier == "=" and not AVERAGE_CUE.search(s.metric)
    ]
    # 年末全市夜市街区达到58个,…其中…。各街区共设置…摊位1.86万个,平均每个街区321个: the one count of the paragraph,
    # no part of another, whose name ends on the members the average names
    found = found or [
        s for s in earlier
        if facts[s.value].start >= paragraph and s.value not in skipped and _counts_members(facts[s.value], word) and len(named) >= 2
        and (s.metric or "").endswith(named) and s.part_of is None and facts[s.value].qualifier == "=" and not AVERAGE_CUE.search(s.metric)
    ]
    # (备案博物馆27家…国家一级博物馆2家…,平均每家博物馆121场: the whole set, not a class within it)
    largest = max((facts[s.value].value for s in found), default=0)
    found = [s for s in found if facts[s.value].value == largest] if len({s.value for s in found}) > 1 else found
    return found[-1] if len({s.value for s in found}) == 1 else None


def _member_named_by_total(count: Statement, total: Statement, earlier: list[Statement]) -> Statement | None:
    """The one part of a count whose name the total's opens on (产业发展项目 of 产业发展项目投入3.02亿元), or which
    opens on the total's (风电项目38个 of 风电176.4亿元); a part by its share too (推出商业点位186个,成交172个,成交率92.5%;
    成交年租金合计2680万元,平均每个点位: 成交)."""
    name = total.metric or ""
    found = [
        s for s in earlier
        if (s.part_of == count.id or s.share is not None and s.share.whole == count.value) and len(s.metric or "") >= 2 and len(name) >= 2 and (name.startswith(s.metric) or s.metric.startswith(name))
    ]
    return found[0] if len(found) == 1 else None


def _total_named_by_average(
    named: str, average, earlier: list[Statement], facts: dict, skipped: set, paragraph: int, ending: bool = False,
) -> list[Statement]:
    """The one figure of the paragraph, of the average's unit and larger, no part of another, whose metric the
    words after the average's cue end on (成交价款 of 平均每宗地块成交价款) or hold (科研经费 of 高校科研经费); with
    `ending`, only one of four characters or more that they end on."""
    metrics = {s.id: s.metric or "" for s in earlier}

    def ends_on_name(s: Statement) -> bool:
        """第一产业实现干毛茶产值 for 户均干毛茶产值 (of 茶叶综合产值): a part that ends on the name, which its whole does not
        share (not 地表水资源量 of 水资源总量 for 人均水资源量)."""
        whole = metrics.get(s.part_of, "") if s.part_of else ""
        return bool(whole) and len(named) >= 4 and (s.metric or "").endswith(named) and not any(named[i : i + 3] in whole for i in range(len(named) - 2))

    found = [
        s for s in earlier
        if facts[s.value].start >= paragraph and s.value not in skipped and same_unit(facts[s.value], average) and (s.part_of is None or ends_on_name(s))
        and facts[s.value].value is not None and facts[s.value].value > average.value and facts[s.value].qualifier == "="
        and len(s.metric or "") >= (4 if ending else 2)
        and (named.endswith(s.metric) or not ending and len(named) >= 3 and named in s.metric or ends_on_name(s))
        and not (ending and s.share is not None and s.share.whole_by == "subject")  # (a park's 业务收入,占全市的55.7%: a part)
    ]
    return found if len(found) == 1 else []


def _total_named_by_count(count: Statement, average, earlier: list[Statement], facts: dict, text: str, skipped: set) -> list[Statement]:
    """The one figure of the paragraph before the count, of the average's unit and larger, that no
    average has taken, whose metric the count's metric ends on (电动载人汽车 of 出口电动载人汽车); else
    the one that shares a name of four characters with it (海铁联运箱量…;开行海铁联运班列6384列,平均每列装载)."""
    paragraph = text.rfind("\n", 0, facts[count.value].start) + 1
    larger = [
        s for s in earlier
        if facts[s.value].start >= paragraph and s.value not in skipped and same_unit(facts[s.value], average)
        and facts[s.value].value is not None and facts[s.value].value > average.value and facts[s.value].qualifier == "="
    ]
    counted = count.metric or ""
    named = [s for s in larger if len(s.metric or "") >= 3 and counted.endswith(s.metric)]
    if named:
        return named if len(named) == 1 else []
    # (科技型中小企业贷款惠及5836户 after 高新技术企业贷款…、科技型中小企业贷款…: the one that shares the most)
    stems = {counted[i : i + 4] for i in range(len(counted) - 3)}
    shared = {s.id: sum(stem in (s.metric or "") for stem in stems) for s in larger}
    most = max(shared.values(), default=0)
    named = [s for s in larger if most and shared[s.id] == most]
    return named if len(named) == 1 else []


def _total_of_sentence(count: Statement, average, earlier: list[Statement], facts: dict, text: str, skipped: set) -> list[Statement]:
    """扶持资金6500万元,其中…,支持…项目分别为18个、21个和13个,共52个,平均每个项目125.0万元: the one figure
    of the average's unit and larger, written before the count in its sentence with no semicolon between,
    that is no part of another, the amount spread over the counted set."""
    found = [
        s for s in earlier
        if s.sentence == average.sentence and facts[s.value].end <= facts[count.value].start and s.value not in skipped
        and same_unit(facts[s.value], average) and s.part_of is None and s.count is None and s.average is None
        and facts[s.value].qualifier == "=" and facts[s.value].value is not None and facts[s.value].value > average.value
        and not AVERAGE_CUE.search(s.metric or "") and not RUN_BREAK.search(text, facts[s.value].end, average.start)
    ]
    return found if len(found) == 1 else []


def _members_without_whole(totals: list[Statement], facts: dict, text: str) -> bool:
    """Two figures of one unit in clauses side by side, not parts of one whole, each named by a member's name alone
    (中心城区1.93万户,各县(市)0.93万户): members of a list, whose average is of their whole, not of the last one."""
    if len(totals) != 2 or totals[0].part_of and totals[0].part_of == totals[1].part_of:
        return False  # (其中线上…,线下…: parts of a whole written, which `_listed_whole` gives the average)
    first, last = (facts[s.value] for s in totals)
    between = text[first.end : last.start]
    names = [s.metric or "" for s in totals]
    return same_unit(first, last) and first.sentence == last.sentence and _MEMBER_NEXT.fullmatch(between) is not None \
        and all(2 <= len(name) <= 4 for name in names) and totals[1].part_of != totals[0].id  # (names of members alone, no measure)


_MEMBER_NEXT = regex.compile(r"[,、]\p{Han}{1,8}(?:[(（]\p{Han}{1,4}[)）])?\p{Han}{0,4}")  # ,各县(市)


def _listed_whole(part: Statement, earlier: list[Statement], facts: dict, text: str | None = None, breaks: regex.Pattern = _ANY_BREAK) -> Statement | None:
    """The whole of a figure that ends a list of parts of its unit in its sentence, which takes the average
    after them: 外资项目7个,其中…日本1个、中国香港1个,总投资6.35亿美元,平均每个项目 (the members counted by
    their whole). A single part (其中亿元以上项目68个,总投资…) is its own. With `text`, the parts must be
    listed with 、 or 和, no clause between them: 补贴资金9.86亿元,其中汽车3.42亿元、家电4.15亿元、手机等数码产品
    2.29亿元,惠及消费者23.6万人次,平均每人次 spreads the whole, while 3个国家级园区实现产值…;省级园区产值2145.7亿元,
    平均每个园区 spreads the part its clause names. Counted members break at `breaks` only: 企业输出…8324项,…;高校…
    二千三百一十八项,成交额108.86亿元,平均每项 are the part's."""
    whole = next((s for s in earlier if s.id == part.part_of), None)
    listed = [s for s in earlier if s.part_of == part.part_of and s.sentence == part.sentence and same_unit(facts[s.value], facts[part.value])]
    if whole is None or len(listed) < 2 or not same_unit(facts[whole.value], facts[part.value]):
        return None
    if text is not None and breaks.search(text, facts[listed[-2].value].end, facts[listed[-1].value].start):
        return None
    return whole


def _members_named_alike(total: Statement, word: str, earlier: list[Statement], facts: dict, text: str, skipped: set):
    """年末户用光伏累计1.86万户…;全年户用光伏发电收入1.12亿元,户均6022元: the count of the paragraph before
    the total, of the members the cue names (户), whose metric shares most words with the total's other
    than generic ones (企业, 收入); no size class, goal or earlier level. None if no one count does."""
    opening = _LAST_BREAK.search(text, 0, facts[total.value].start)
    if _POINTS_BACK.search(text, opening.end() if opening else 0, facts[total.value].start):
        return None  # 其中开展网络销售的412家…;这些合作社线上销售额9.66亿元: the set just named, read elsewhere
    paragraph = text.rfind("\n", 0, facts[total.value].start) + 1
    words = _distinctive_words(total.metric)
    by_id = {candidate.id: candidate for candidate in earlier}
    shared = {
        candidate.id: len(words & _distinctive_words(candidate.metric)) for candidate in earlier
        if candidate.value not in skipped and facts[candidate.value].qualifier == "="
        and not GOAL_WORDS.search(candidate.metric or "") and not _in_a_size_class(facts[candidate.value], text)
        and _counts_members(facts[candidate.value], word)
        and not (candidate.part_of is None and listed_item(facts[candidate.value], text))  # 助餐点中,…食堂47个、服务点139个: a member of a list
    }
    # 高新技术企业研发费用96.8亿元,户均340万元 after 有研发活动的…1862家: a count of an earlier paragraph named
    # more alike than any of the total's own paragraph leaves the members unknown.
    outside = max((n for key, n in shared.items() if facts[by_id[key].value].start < paragraph), default=0)
    shared = {key: n for key, n in shared.items() if facts[by_id[key].value].start >= paragraph}
    if outside > max(shared.values(), default=0):
        return None
    # A part only when its whole is named alike too: 5A级企业营业收入 over 其中5A级9家 rather than A级物流企业
    # 163家, but 汽车类零售额 over 销售新车10.92万辆 is no 新能源汽车5.86万辆's.
    shared = {
        key: n for key, n in shared.items()
        if by_id[key].part_of is None or by_id[key].part_of in by_id and words & _distinctive_words(by_id[by_id[key].part_of].metric)
        or len(by_id[key].metric or "") >= 2 and (total.metric or "").startswith(by_id[key].metric)  # 新设企业注册资本 of 新设企业847户
    }
    # 分片区看,泊湾片区新设企业5428户…;新设企业注册资本合计1386.5亿元,户均: a place's part of a set for a total
    # that names no place is no count of its members.
    shared = {
        key: n for key, n in shared.items() if not (by_id[key].part_of and opens_on_place(by_id[key].metric) and not opens_on_place(total.metric))
    }
    # The one that shares most; 累计3862家 and 新认定1128家 alike: the stock or the year's, no guess.
    most = max(shared.values(), default=0)
    found = [candidate for candidate in earlier if shared.get(candidate.id) == most]
    if most == 0 or len(found) != 1:
        return None
    # 新登记市场主体1.86万户,其中企业7426户…;新登记企业注册资本642.8亿元,平均每户: the part the total's name names
    named_parts = [
        s for s in earlier
        if s.part_of == found[0].id and len(s.metric or "") >= 2 and s.metric in (total.metric or "") and s.value not in skipped
        and _counts_members(facts[s.value], word) and facts[s.value].qualifier == "="
    ]
    return named_parts[0] if len(named_parts) == 1 else found[0]


_POINTS_BACK = regex.compile(r"这些|上述|前述|该类")


def _members_pointed_back(total: Statement, word: str, earlier: list[Statement], facts: dict, text: str, skipped: set) -> Statement | None:
    """…企业达到2368家,上年末为2204家…。这些企业全年实现营业收入3862.4亿元,户均1.63亿元: the latest count of the
    members before 这些 (or 上述), in its sentence or the one before, that is no earlier level nor change."""
    opening = _LAST_BREAK.search(text, 0, facts[total.value].start)
    pointer = _POINTS_BACK.search(text, opening.end() if opening else 0, facts[total.value].start)
    if pointer is None or word not in MEMBERS_OF:
        return None
    found = [
        s for s in earlier
        if total.sentence - 1 <= s.sentence <= total.sentence and facts[s.value].end <= pointer.start() and s.value not in skipped
        and _counts_members(facts[s.value], word) and facts[s.value].qualifier == "=" and not AVERAGE_CUE.search(s.metric or "")
    ]
    return found[-1] if found else None


_SIZE_CLASS = regex.compile(r"(?<!规模|限额)以上|以下|不足|不到")  # 展览面积1万平方米以上的展会72场: a class, not all (规模以上 is the surveyed firms)
_GENERIC_WORDS = frozenset({"企业", "项目", "全市", "全省", "全县", "全区", "年末", "累计", "全年", "实现", "完成", "收入", "营业", "业收", "总额", "金额"})


# 1—2月, 2026年1—5月, 3月份: whole months written out
_WHOLE_MONTHS = regex.compile(r"(?:\d{4}年)?\d{1,2}(?:月份?)?(?:[—\-–~至到]\d{1,2}月份?)?")


def _of_other_months(total: Statement, span, facts: dict) -> bool:
    """1—2月…客运量5826万人次。春运40天期间,…日均客运量98.6万人次: a total of months written out whose days are not
    near the span's."""
    period = facts.get(total.period) if total.period else None
    if span.unit != "day" or period is None or period.resolved is None or not _WHOLE_MONTHS.fullmatch(period.text) or "月" not in period.text:
        return False
    days = (period.resolved.end - period.resolved.start).days + 1
    return abs(days - span.value) > span.value / 5


def _paired_in_lists(count: Statement, total: Statement, statements: list[Statement], facts: dict, text: str) -> Statement | None:
    """The member of a list of totals in the place the count holds in its own list as long (A12个、B9个、C25个,分别提供
    泊位5280个、4630个和3890个: 5280个 for 12个), when the total read is another of that list; else None."""
    counts, totals = _list_around(count, statements, facts, text), _list_around(total, statements, facts, text)
    if len(counts) < 2 or len(counts) != len(totals) or counts == totals:
        return None
    paired = totals[counts.index(count)]
    return paired if paired is not total else None


_LIST_GAP = regex.compile(r"\s*[、和及与]\s*|[、,，]?\p{Han}{1,10}?")  # 、 or 和 between the values of a 分别 list, or a member's name


def _list_around(member: Statement, statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """The run of figures of the member's sentence and unit it is listed in, joined by 、 or 和 (with the next member's
    name between when the list names them: 立体停车库12个、地下停车场9个)."""
    run = [s for s in statements if s.sentence == member.sentence and same_unit(facts[s.value], facts[member.value])]
    run.sort(key=lambda s: facts[s.value].start)
    at = run.index(member) if member in run else None
    if at is None:
        return []
    def joined(a: Statement, b: Statement) -> bool:
        between = text[facts[a.value].end : facts[b.value].start]
        return bool(_LIST_GAP.fullmatch(between)) and ("、" in between or between.strip() in ("和", "及", "与"))

    first, last = at, at
    while first > 0 and joined(run[first - 1], run[first]):
        first -= 1
    while last + 1 < len(run) and joined(run[last], run[last + 1]):
        last += 1
    return run[first : last + 1]


def listed_item(fact, text: str) -> bool:
    """An item of a list (溁南蔗区14家、嶓北蔗区8家、沿海蔗区4家): a member of a breakdown, no whole."""
    return text[fact.end : fact.end + 1] == "、" or _AFTER_A_LIST_MARK.search(text, max(0, fact.start - 14), fact.start) is not None


_AFTER_A_LIST_MARK = regex.compile(r"、[^,;，；。、]{0,12}$")  # (the name of a later item between: 、沿海蔗区4家)


def _in_a_size_class(count, text: str) -> bool:
    clause = _LAST_BREAK.search(text, 0, count.start)
    return bool(_SIZE_CLASS.search(text, clause.end() if clause else 0, count.start))


def _distinctive_words(metric: str | None) -> set[str]:
    return two_char_words(same_words(metric or "")) - _GENERIC_WORDS  # 规上 is 规模以上


def _counts_members(figure, word: str | None) -> bool:
    """A count of the members a measure word names; any count when the cue names none."""
    # (平均每起警情 over 警情1.84万起, 平均每班 over 订单班1436个: a word of no entry counts in itself or in 个, not in 辆次)
    return figure.kind == "count" and figure.value is not None and (word is None or figure.unit in MEMBERS_OF.get(word, {word, "个"}))


def give_targets_to_levels(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """接待游客486.72万人次,…,日均69.53万人次,完成假期预期目标460万人次的105.8%: a completion rate after an
    average, or after the change of a level (多接待22.67万人次) unless it or its goal is one of additions (新增),
    is the total's, the latest figure before in its sentence of the goal's unit that is no average, no
    change, no earlier level and has no target of its own."""
    statements = list(statements)
    earlier = earlier_levels(statements, facts, text)
    # 多接待22.67万人次 (a difference's value), 总投资增加181.7亿元 (named by its change): no level of a goal
    deltas = {s.difference.value for s in statements if s.difference is not None} | {s.value for s in statements if _NAMED_BY_CHANGE.search(s.metric or "")}
    for position, statement in enumerate(statements):
        target = statement.target
        if target is None or target.value is None:
            continue
        goal, figure = facts[target.value], facts[statement.value]
        opening = _LAST_BREAK.search(text, 0, figure.start)
        # 全年新增3.52万个,完成年度计划3万个的117.3%: additions meet a goal of their own
        of_additions = ADDED.search(text, opening.end() if opening else 0, figure.start) or GOAL_OF_ADDITIONS.search(text, max(0, goal.start - 12), goal.start)
        if not _is_average(statement, facts, text) and (statement.value not in deltas or of_additions):
            continue
        total = next((
            s for s in reversed(statements[:position])
            if s.sentence == statement.sentence and s.target is None and s.value not in earlier | deltas
            and same_unit(facts[s.value], goal) and not _is_average(s, facts, text) and not _OF_EDITION_BEFORE.match(s.metric or "")
        ), None)
        if total is None:
            continue
        share = statement.share if statement.share is not None and statement.share.of == "目标" else None
        statements[statements.index(total)] = total.model_copy(update={"target": target, "share": total.share or share})
        statements[position] = statement.model_copy(update={"target": None, "share": None if share else statement.share})
    return statements


def give_changes_past_averages(statements: list[Statement], facts: dict) -> list[Statement]:
    """其余五个县合计23.7亿元,平均每个县4.74亿元,增长27.4%(去年同期为18.6亿元): a change after an average,
    measured from a level of the total's size rather than the average's, is the total's."""
    statements = list(statements)
    by_average = {s.average: position for position, s in enumerate(statements) if s.average}
    for position, statement in enumerate(statements):
        change, at = statement.change, by_average.get(statement.value)
        if change is None or change.base is None or at is None or statements[at].change is not None:
            continue
        base, total, average = facts[change.base], facts[statements[at].value], facts[statement.value]
        if None in (base.value, total.value, average.value) or not same_unit(base, total):
            continue
        if abs(base.value - total.value) >= abs(base.value - average.value):
            continue  # 人均…增长5%(上年为…元): the average's own change
        # the gap was read against the average's figures, before the average was known: unread now
        statements[at] = statements[at].model_copy(update={"change": change.model_copy(update={"gap_to": None})})
        statements[position] = statement.model_copy(update={"change": None})
    return statements


def _is_average(statement: Statement, facts: dict, text: str) -> bool:
    """A figure per member or per day by the words of its clause before it (日均, 户均, 平均每个)."""
    figure = facts[statement.value]
    opening = _LAST_BREAK.search(text, 0, figure.start)
    clause = text[opening.end() if opening else 0 : figure.start]
    return bool(AVERAGE_CUE.search(clause) or _PER_UNIT.search(clause))
