"""The wholes of breakdowns (分项看, 按产业分) and 分别 lists, whose parts are read before their whole is
known: the figure before the list that their sum points to."""

from __future__ import annotations

from decimal import Decimal
from os.path import commonprefix
from typing import NamedTuple

import regex

from extractors.numerals import parse_number
from extractors.roles import AVERAGE_CUE
from extractors.rulebook import rules
from extractors.subjects import is_region
from extractors.wording import (
    ADDS_UP_WITHIN, BARE_SUM, BREAKDOWN_CUE, LAST_RUN_BREAK, LAST_SENTENCE_STOP, OPEN_ASIDE, OVERSHOOT, REGIONS, REST_OF_WHOLE, RUN_BREAK, SEMICOLON, SENTENCE_STOP, SET_NAMED_OPENING, SUMMED_UP, TOTAL_SUFFIX, month_span, named_by, other_measures, periods_differ, run_opening, same_words,
    before_the_report_year, is_last_year_figure, other_member, time_said, two_char_words, unvoiced,
)
from extractors.wholes import GENERIC_OF, can_be_whole, complementary, earlier_levels, parts_counted, parts_of, same_unit, sentences_making, share_a_word, the_other_member, tiles_in_time, total_cue, whole_figure
from schemas import Statement


_MEMBER_BREAK = regex.compile(r"[、,，;；和及与]")
_ONE_MONTH_OR_QUARTER = regex.compile(r"单月|单季")  # (not 当月, the month a monthly report is of)
_PLACES_COUNTED = regex.compile(r"(?:中心城区|主城区|城区|县|市|区|镇|乡|街道)")


def _name_tail(whole: Statement, part, facts: dict, text: str) -> str:
    """The last two characters of the name of a whole's figure that parts like `part` add up to: its metric's,
    or for its count (推介项目1268个,总投资3852.6亿元) the words written before the count."""
    figure = whole_figure(whole, part, facts)
    return (whole.metric or "")[-2:] if figure.id == whole.value else text[max(0, figure.start - 2) : figure.start]


def link_groups(
    statements: list[Statement], groups: list[list[Statement]], facts: dict, remainders: frozenset | set = frozenset(), text: str = ""
) -> list[Statement]:
    """The statements with the whole of each breakdown and 分别 list: among the figures before the
    list, of its kind and currency, the one nearest to the sum of its parts (and at least 80% of
    it), so that a list that overshoots its total is still read against it. A breakdown with a
    remainder among its parts (其余13个项目) exhausts its whole."""
    by_id = {s.id: position for position, s in enumerate(statements)}
    statements = list(statements)
    groups = [run for group in groups for run in _parallel_lists(group, facts)]
    members = {s.id for group in groups if len(group) > 1 for s in group}  # 从项目签约看,…项目73个: one figure is no list
    earlier = earlier_levels(statements, facts, text)  # no figure of the year before, no base of a change
    earlier |= {s.target.value for s in statements if s.target is not None and s.target.value}  # nor a goal (额度192亿元)
    taken: set[str] = set()
    for group in groups:
        group = [s for s in group if s.value not in earlier]  # 软件产品收入412.6亿元(上年为371.9亿元): no part
        # (其中…运营管理支出64.9亿元,支出大于通行费收入112.3亿元: the gap between two figures, no part)
        group = [s for s in group if not _GAP_NAMED.search(text, _clause_start(text, facts[s.value].start), facts[s.value].start)]
        # (调入空箱104.7万标准箱,调出空箱81.7万标准箱,净调入23.0万标准箱: the net of the two, no part beside them)
        group = [s for s in group if s is group[0] or not _NET_OF_TWO.match(s.metric or "")]
        # 中心城区改造小区178个,3个县(市)改造134个: a count of places right before the next member is whose it is
        # (岚东区、溦阳区、峿溪区三个中心城区新建三十四个,…全市十一个县(市、区)均有新增: the last too, of no member after it)
        group = [s for s, after in zip(group, [*group[1:], None]) if not _PLACES_COUNTED.match(text, facts[s.value].end)
                 or after is not None and _MEMBER_BREAK.search(text, facts[s.value].end, facts[after.value].start)]
        # (经常项目结算1801.2亿元,其中货物贸易1532.8亿元…;服务贸易268.4亿元: the 其中 part's sibling, no member of the list)
        group = [s for s in group if not _sibling_of_a_part(s, group, statements, by_id)]
        for owner, part in _among_a_member(group, facts, text):
            group.remove(part)  # 对东盟…693.5亿元,…,其中对越南…187.2亿元;对日本…: the member's own part
            statements[by_id[part.id]] = statements[by_id[part.id]].model_copy(update={"part_of": owner.id})
            members.discard(part.id)
        if len(group) > 2 and _WITHIN_FIGURE.match(text, facts[group[0].value].end):
            # 从品种看,改种的0.78万亩中,辣椒0.31万亩、…: the set the first figure's clause closes on 中 is what the rest break down
            owner = group[0]
            for member in group[1:]:
                statements[by_id[member.id]] = statements[by_id[member.id]].model_copy(update={"part_of": owner.id})
            if any(member.id in remainders for member in group[1:]):  # (…,其余0.11万亩为…: every member is there)
                statements[by_id[owner.id]] = statements[by_id[owner.id]].model_copy(update={"exhaustive": True})
            taken.add(owner.id)
            continue
        cued = _cued(group, facts, text)  # (read on the whole list, its subtotals still in it)
        if not cued and _in_and_out(group):
            continue  # (从技术流向看,输出到省外的…124.7亿元;企业吸纳…205.34亿元: what flows out and in, no parts of one whole)
        # 4.26亿元、3.18亿元、2.85亿元,三项…合计10.29亿元;…: a subtotal inside the list is link_totals's.
        rest = next((facts[s.value] for s in group if s.id in remainders), None)
        # …,其余1212家均不足1亿元;超百亿元企业五家: the rest closes the list its sentence run holds
        closed = rest and RUN_BREAK.search(text, rest.end)
        group = [s for s in group if not closed or facts[s.value].start < closed.start()]
        # (…的项目2个,合计126.5亿元;…项目9个,合计148.3亿元: the amount of a class just counted, a part all the same)
        summed = [s for s in group if s is not group[-1] and total_cue(text, facts[s.value].start) is not None and not _of_a_counted_set(s, facts, text)]
        group = [s for s in group if s not in summed]
        if _crosscut_after_semicolon(group, facts, text, remainders) or _crosscut_of_the_set(group, facts, text) \
                or _crosscut_by_size(group, facts, text):
            group = group[:-1]  # 综合型总部9家、…结算型总部18家;由世界500强企业投资设立的有7家: a set across the list, past its end
        if len(group) > 2 and total_cue(text, facts[group[-1].value].start) is not None and _has_subtotal([facts[s.value] for s in group]):
            group = group[:-1]  # 开发区415.3亿元、新区286.2亿元,两大平台合计701.5亿元: the list's own subtotal, link_totals's
        elif len(group) > 3 and group[-1].id not in remainders and not _of_a_counted_set(group[-1], facts, text) and (
            _ends_on_subtotal([facts[s.value] for s in group]) or _summed_up_short([facts[s.value] for s in group], text)
        ):
            group = group[:-1]  # …90至144平方米2.91万套,144平方米以上1.12万套,90平方米以上改善型住宅合计4.03万套: a subtotal of its own name
        group = without_nested_periods(group, facts)  # 一季度…,二季度…;6月当月…: June is in the second quarter
        for owner, listed_under in _lists_within(group, facts, text):
            # 住房消费类提取148.37亿元,…分别为购建房…和租赁住房…;非住房消费类…: a part broken down in its turn
            group = [s for s in group if s not in listed_under]
            for member in listed_under:
                statements[by_id[member.id]] = statements[by_id[member.id]].model_copy(update={"part_of": owner.id})
            statements[by_id[owner.id]] = statements[by_id[owner.id]].model_copy(update={"exhaustive": True})
            members -= {s.id for s in listed_under}
            taken.add(owner.id)
        if group and any(not same_unit(facts[s.value], facts[group[0].value]) for s in group):
            group = _of_one_unit(group, statements[: by_id[group[0].id]], facts, remainders) or group
        # Parts are parallel: their metrics end alike (成都经济区到位, 川南经济区到位); a figure that
        # breaks the pattern (高技术制造业引资 after 制造业、服务业实际使用外资) is a subcategory.
        # Members of one partition are parts whatever their names (商品零售 and 餐饮收入).
        tail = (group[0].metric or "")[-2:] if group else ""
        listed = len(group)
        # Projects or firms by source, by sector: whole counts of members, no subcategories.
        counted = all(facts[s.value].kind == "count" and facts[s.value].unit in _MEMBER_UNITS and "万" not in facts[s.value].text for s in group)
        if not counted and not cued and not _adds_up(group, statements[: by_id[group[0].id]] if group else [], facts):
            group = [
                s for s in group  # 农业等其他领域2.3亿元: the rest of the whole, whatever its name
                if (s.metric or "")[-2:] == tail or complementary(group[0].metric or "", s.metric or "") or s.id in remainders
                or _CATEGORY_ALONE.fullmatch(s.metric or "")  # 采矿业实现营业收入…;冶金行业2731.5亿元: the measure left unsaid
            ]
        owner = _set_of_the_member_before(group, statements, by_id, facts)
        if owner is not None:  # 年度计划投资中,争取中央和省级资金5.2亿元,县级财政衔接资金2.6亿元,撬动社会资本10.5亿元
            for member in group:
                statements[by_id[member.id]] = statements[by_id[member.id]].model_copy(update={"part_of": owner.id})
            taken.add(owner.id)
            continue
        if len(group) < 2:
            continue
        parts = [facts[s.value] for s in group]
        first = parts[0]
        if any(p.kind != first.kind or getattr(p, "currency", None) != getattr(first, "currency", None) or p.value is None for p in parts):
            continue
        total = sum(p.value for p in parts)
        # 非住房消费类中,离休和退休提取15.38亿元,其余7.24亿元…: a member of another list, named by the run's opening
        named = run_opening(text, first.start)
        siblings_from = _first_part_named_alike(group, statements, facts)
        # (税收收入352.4亿元…;非税收入134.3亿元…。分产业看,…税收2.2亿元、128.5亿元、221.7亿元: a member the parts make exactly)
        before = [
            s for s in statements[: by_id[group[0].id]]
            if (s.id not in members or named and (s.metric or "").startswith(named) or len(group) > 2 and _sums_to(s, first, total, facts))
            and s.id not in taken and s.value not in earlier  # one breakdown per whole
            # (其余4.29万套为…;分城市看,…3.21万套…1.47万套: the rest of one breakdown is no whole of the next)
            and s.id not in remainders and not _REST_OPENING.match(text, _clause_start(text, facts[s.value].start))
            and (cued or not _part_listed_beside(s, group, siblings_from, facts, text))  # (按类型分,…: a part's own breakdown)
            and not _sibling_overshot(s, group, total, facts, text)
        ]
        # (进口集成电路…占进口总值的34.1%;出口笔记本电脑…占出口总值的35.1%: shares of two wholes, neither of which
        # the list breaks down)
        named_wholes = _wholes_named(group)
        if len(named_wholes) > 1:
            # (占对RCEP其他成员国出口的58.7%…占进口的23.6%: 出口 and 进口, the wholes named, break down no list)
            if all(any(_names_the_figure(of, s) for s in before) for of in named_wholes):
                # B2B出口628.5亿元,占出口的68.9%,跨境直购出口284.2亿元;网购保税进口296.8亿元,占进口的79.4%,…: each member
                # is of the whole written before that its share names, or the member before it names
                wholes_of: dict[str, list[Statement]] = {}
                whole = None
                for member in group:
                    if member.share is not None and member.share.of in named_wholes:
                        whole = next((s for s in reversed(before) if _names_the_figure(member.share.of, s)), None)
                    if whole is not None:
                        wholes_of.setdefault(whole.id, []).append(member)
                for whole_id, listed_under in wholes_of.items():
                    if len(listed_under) > 1:  # (one member alone is a part its share tells of already)
                        for member in listed_under:
                            statements[by_id[member.id]] = statements[by_id[member.id]].model_copy(update={"part_of": whole_id})
                        taken.add(whole_id)
                continue
            before = [s for s in before if not any(_names_the_figure(of, s) for of in named_wholes)]
        # A whole may itself be a part (大挖、中挖、小挖 of 国内市场销量, a 其中 part of 销售挖掘机).
        largest = max(parts, key=lambda p: p.value)
        # parts dated alike (2021年1—3月) break down no figure of another date (2020年的纯电动汽车产量)
        spans = {_date_said(facts, s.period) for s in group}
        if len(spans) == 1 and None not in spans:  # (9月末 and 前三季度 end alike: the stock and the flow of a report)
            dated = facts[group[0].period]
            # (10月份,…利率为3.42%…。分机构看,…分别发放…146.2亿元、87.9亿元和84.5亿元: a date of a sentence before, still in
            # force, keeps no figure they add up to exactly from being their whole)
            carried = dated.sentence != first.sentence
            before = [s for s in before if not s.period or _date_said(facts, s.period) in spans or not periods_differ(facts[s.period], dated)
                      or carried and _sums_to(s, first, total, facts)]
        # (3月份单月加工贸易进出口23.18亿元…。从市场看,对东盟进出口15.62亿元…: one month's figure, so named, is no whole of
        # parts not said to be of one month)
        if not any(_ONE_MONTH_OR_QUARTER.search(s.metric or "") for s in group):
            before = [s for s in before if not _ONE_MONTH_OR_QUARTER.search(s.metric or "")]
        # (对东盟进出口512.4亿元…;对欧盟、美国分别进出口386.7亿元和241.5亿元: a partner's figure smaller than the sum of
        # other partners' is their sibling, not a whole they overshoot)
        # (其中,崆阳综试区…612.7亿元,占全省的47.6%;溦州综试区、泖崖综试区分别为…: nor one whose share of its place is written)
        before = [s for s in before if not (_named_as_sibling(s.metric or "", group[0].metric or "") and facts[s.value].value is not None
                                            and (facts[s.value].value < total or s.share is not None and is_region(s.share.of or "")))]
        # (新能源汽车…出口18.95万辆,占商品车出口总量的44.5%。分市场看,…;对欧洲出口12.46万辆,占出口总量的近三成: a figure
        # that is a share of the whole a member's share names is that member's sibling, no whole of the list)
        before = [s for s in before if not _share_of_the_members_whole(s, named_wholes)]
        # (化学需氧量排放量1862吨…;氨氮排放量148.6吨…。二氧化硫和氮氧化物排放量分别为612吨和1485吨: one of a sentence's
        # figures named alike, smaller than the list's sum, is one more of its kind, no whole)
        before = [s for s in before if not (facts[s.value].value is not None and facts[s.value].value < total
                                            and _listed_with_a_peer(s, group[0], statements, facts))]
        # (全市128个医院中,公立医院57个,民营医院71个。按等级分,三级医院19个…: the set cut another way after a sentence that
        # split it, no breakdown of one of its members)
        if _BREAKDOWN_OPENING.match(text, _sentence_start(text, first.start), first.start):
            before = [s for s in before if s.sentence == group[0].sentence or not _cut_another_way(s, group, total, statements, facts)]
        # 重点项目完成投资186.4亿元 in the headline, restated in a later paragraph: no whole of 分领域看,民间投资…
        later = {facts[s.value].text for s in statements[by_id[group[-1].id] + 1 :]}
        before = [s for s in before if s.sentence > 0 or facts[s.value].text not in later]
        # (对东盟出口…;对欧盟、美国出口分别为…: no whole of the imports, whatever it comes near)
        before = [s for s in before if not all(the_other_member(s.metric or "", m.metric or "") for m in group)]
        wholes = [s for s in before if _can_hold(s, largest, total, facts, group) and _bears_the_name(s, group)]
        # (外贸航线中,东南亚航线…;日韩、欧洲航线分别完成…: the set the sentence opens on holds every list in it)
        # (not …分别为…,合计2869万元: a list with a total of its own)
        among = None if _SUMMED_AFTER.match(text, facts[group[-1].value].end) else SET_NAMED_OPENING.match(text, _sentence_start(text, first.start))
        named_set = [] if among is None else [
            s for s in statements[: by_id[group[0].id]] if s.value not in earlier and (s.metric or "").endswith(among.group("set"))
            and same_unit(facts[s.value], largest) and facts[s.value].value is not None and facts[s.value].value >= total
        ]
        nearest = min(named_set, key=lambda s: facts[s.value].value, default=None)  # (the nearest above the sum, no running total)
        wholes = [nearest] if nearest is not None else wholes
        # 餐饮券、零售券…分别核销…;分区域看,中心城区核销8240万元…其余…5360万元: a second breakdown of a whole broken
        # down already, by another criterion, when its parts add up to it exactly.
        again = [s for s in statements[: by_id[group[0].id]] if s.id in taken and _sums_to(s, first, total, facts)]
        # With no other whole, one broken down already that it comes within a quarter of: for a list closed by the rest
        # (…;其余1.67亿美元来自…), unless a figure is its exact sum (出口, a part itself), and for a breakdown its cue opens
        # (分领域看,…486.2亿元;分区域看,东部片区…、中部片区…); the sum check says whether it adds up.
        closed = rest is not None and not any(_sums_to(s, first, total, facts) for s in statements[: by_id[group[0].id]])
        if not again and not wholes and (cued or closed):
            again = [s for s in statements[: by_id[group[0].id]] if s.id in taken and _sums_to(s, first, total, facts, ADDS_UP_WITHIN)]
        if not again:  # 分季度看,一季度…,二季度…; …分别为…: quarters that span a whole's period break it down whatever they add up to
            quarters = _dates_listed_before(group, facts, text)  # (of a 分别 list, whose members carry no period yet)
            again = [s for s in statements[: by_id[group[0].id]] if s.id in taken and same_unit(facts[s.value], first) and tiles_in_time(s, group, facts, quarters)]
        # a part larger than the total it is written under (合同额206亿元 over 241亿元): a mistake to show, before a
        # whole broken down already that the parts only come near (…收入分别为…,支出分别为…: the 支出 of 总支出)
        overshot = [s for s in before if _overshot_whole(s, group, total, facts)] if not wholes else []
        sentence_start = _sentence_start(text, first.start)
        paragraph = text.rfind("\n", 0, first.start)
        if not again and wholes and _BREAKDOWN_OPENING.match(text, sentence_start, first.start) \
                and all(facts[s.value].start < paragraph and not _sums_to(s, first, total, facts) for s in wholes):
            # 从行业看,…;从来源地看,…: a second cued breakdown in the paragraph of the first is of its whole, which it comes
            # within a quarter of and does not overshoot, before a figure of a paragraph before that happens to come nearer
            again = [
                s for s in statements[: by_id[group[0].id]] if s.id in taken and _sums_to(s, first, total, facts, ADDS_UP_WITHIN)
                and whole_figure(s, first, facts).value >= total and any(w.part_of == s.id and facts[w.value].start > paragraph for w in statements)
            ]
            # (not when a figure of a paragraph before restates it: one figure written twice, the whole chosen already)
            again = [s for s in again if not any(facts[w.value].text == facts[s.value].text for w in wholes)]
        if again and not overshot and not any(_sums_to(s, first, total, facts) for s in wholes):
            wholes = again[-1:]
        if not wholes:
            wholes = overshot
        if not wholes:
            continue
        # A whole that measures what the parts measure (国内市场销量 for 大挖销量) before one that
        # only comes close to their sum (销售挖掘机, of which 国内市场销量 is a part).
        # Parts with counts of their own (工业项目9个,投资118.4亿元…) break down a figure with a count
        # (项目31个,总投资327.6亿元) before its copy without one (the headline's 327.6亿元).
        counted_parts = all(s.count is not None for s in group)
        # 分区域看,琮东新区完成投资312.5亿元,…占全市的22.5%: the whole is the region's figure a part is a share of
        regions = {s.share.of for s in group if s.share is not None and s.share.of in REGIONS}
        if len(regions) == 1 and any(s.subject in regions for s in wholes):
            in_region = [s for s in wholes if s.subject in regions]
            # the region's own figure, not a counted set's within it (10亿元以上项目43个,完成投资402.6亿元)
            in_region = [s for s in in_region if s.count is None] or in_region
            # (or, when none there is their sum, the one of the body the parts make exactly, its place unsaid:
            # 全省企业…实现对外直接投资48.6亿美元, over 中方协议投资额62.4亿美元)
            exact = [s for s in wholes if s.sentence > 0 and _sums_to(s, first, total, facts)]
            wholes = in_region + exact if exact and not any(_sums_to(s, first, total, facts) for s in in_region) else in_region
        # A figure the parts add up to exactly comes first (项目73个 for 48个、17个和8个, before 其中亿元以上项目59个), then
        # the set the list's run opens on (饲料及饲料原料中,豆粕、鱼粉…分别为…: 饲料及饲料原料进口值, not the headline's total).
        # Then one of the list's paragraph (项目推介…1268个,总投资3852.6亿元…。按类别分,…564个: not a count of paragraphs before).
        whole = min(wholes, key=lambda s: (
            whole_figure(s, first, facts).value != total, not (named and (s.metric or "").startswith(named)), _name_tail(s, first, facts, text) != tail,
            s.sentence > 0 and facts[s.value].start < paragraph, counted_parts and s.count is None, abs(whole_figure(s, first, facts).value - total),
        ))
        whole = _part_it_breaks_down(whole, group, total, statements[: by_id[group[0].id]], facts)
        taken.add(whole.id)
        for member in group:
            statements[by_id[member.id]] = statements[by_id[member.id]].model_copy(update={"part_of": whole.id})
        # 10亿元以上项目38个,合计826.5亿元;1亿元至10亿元项目102个;其余46个: a member counted by a sum's count is no part here
        counted_apart = any(s.count is not None and same_unit(facts[s.count], first) for s in summed)
        if len(group) == listed and any(member.id in remainders for member in group) and not counted_apart:  # 其余13个项目: every member is in the parts
            statements[by_id[whole.id]] = statements[by_id[whole.id]].model_copy(update={"exhaustive": True})
            # Its other parts break it down by another criterion (其中12月当月产量 beside the products): not summed.
            kept = {member.id for member in group} | _other_partition(whole, group, statements, facts)
            statements = [
                s.model_copy(update={"part_of": None}) if s.part_of == whole.id and s.id not in kept and s.id not in members else s
                for s in statements
            ]
    return statements

def _parallel_lists(group: list[Statement], facts: dict) -> list[list[Statement]]:
    """来自A、B和C的项目分别为142个、87个和53个,投资额分别为812.4亿元、…和219.3亿元: lists of one sentence read
    as one, a run of each unit as long as the others; each is a breakdown of its own."""
    runs: list[list[Statement]] = []
    for member in group:
        if runs and same_unit(facts[member.value], facts[runs[-1][-1].value]):
            runs[-1].append(member)
        else:
            runs.append([member])
    parallel = len(runs) > 1 and len({len(run) for run in runs}) == 1 and len(runs[0]) > 1 and len({s.sentence for s in group}) == 1
    if parallel:
        return runs
    # 养老保险、…和工伤保险基金收入分别为…,支出分别为…: two lists of one unit, the same members by another measure
    half = len(group) // 2
    if len(group) % 2 or half < 2 or len({s.sentence for s in group}) > 1:
        return [group]
    firsts, seconds = _members_and_measure(group[:half]), _members_and_measure(group[half:])
    paired = firsts[0] == seconds[0] and firsts[1] != seconds[1] and all(len(member) >= 2 for member in firsts[0])
    return [group[:half], group[half:]] if paired else [group]


def _members_and_measure(run: list[Statement]) -> tuple[list[str], str]:
    """养老保险收入, 失业保险收入: the names of a list's members and the measure their metrics end on (收入)."""
    metrics = [s.metric or "" for s in run]
    measure = commonprefix([metric[::-1] for metric in metrics])[::-1]
    return [metric.removesuffix(measure) for metric in metrics], measure


def _other_partition(whole: Statement, group: list[Statement], statements: list[Statement], facts: dict) -> set[str]:
    """其中,人民币存款…、外币存款…。分部门看,住户存款…,其余…: the parts of another sentence that come within a
    quarter of the whole on their own, two or more, break it down a second time; they stay its parts, for the sum
    check to read apart."""
    figure, sentences = facts[whole.value], {member.sentence for member in group}
    others = [s for s in statements if s.part_of == whole.id and s.sentence not in sentences and same_unit(facts[s.value], figure)]
    return sentences_making(whole, others, facts, at_least=2)


_GAP_NAMED = regex.compile(r"(?:大于|多于|高于|少于|低于|超出)\p{Han}{0,12}$")  # 支出大于通行费收入: a gap, no member
_MEMBER_UNITS = frozenset("个家项")
_CATEGORY_ALONE = regex.compile(r"\p{Han}{2,8}(?:行业|产业|领域|板块)")


def _part_it_breaks_down(whole: Statement, group: list[Statement], total: Decimal, before: list[Statement], facts: dict) -> Statement:
    """网络零售额41.3亿元;其中农产品网络零售额28.6亿元…。分品类看,茶叶网络零售额6.8亿元…其他农特产品7.8亿元: a list
    that cannot be of the whole beside a part of it written before (the two would exceed it) breaks down that
    part, when it holds them."""
    figure = facts[whole.value]
    parts = [s for s in before if s.part_of == whole.id and same_unit(facts[s.value], figure) and facts[s.value].value is not None]
    if figure.value is None or len(parts) != 1 or sum((facts[s.value].value for s in parts), total) <= figure.value:
        return whole
    part = parts[0]
    # (…其他农特产品: a member named by a word of the part's that the whole's name lacks)
    own_words = two_char_words(part.metric or "") - two_char_words(whole.metric or "")
    named = any(own_words & two_char_words(member.metric or "") for member in group)
    return part if named and facts[part.value].value >= total and facts[part.value].qualifier == "=" else whole


def _wholes_named(group: list[Statement]) -> set[str]:
    """The wholes the shares of a list's members name, in words of their own (占进口总值的, 占出口总值的)."""
    return {s.share.of for s in group if s.share is not None and s.share.of and len(s.share.of) >= 2 and s.share.of != s.metric}


_SUMMED_AFTER = regex.compile(r",\s*(?:合计|共计|总计|共)")
_BREAKDOWN_OPENING = regex.compile(rf"\s*(?:{BREAKDOWN_CUE.pattern})[,，:：]")


def _cued(group: list[Statement], facts: dict, text: str) -> bool:
    """Whether the run of a list opens on words that break a total down (分执行主体看,企业R&D经费…,政府属研究机构…):
    its members are parts whatever their names, when each has a name of its own (not 面米制品收入13.88亿元,Q4收入
    3.18亿元;鱼糜制品营收…,Q4收入…: two lists woven into one) and all name one measure."""
    if not group or len({s.metric for s in group}) < len(group) or _has_subcategory(group):
        return False  # (制造业、服务业…;高技术制造业引资825.3亿元: a subcategory among them)
    figures = [facts[s.value] for s in group]
    first, last = figures[0], figures[-1]
    run = LAST_RUN_BREAK.search(text, 0, first.start)
    opening = run.end() if run else 0
    # (收入…;支出…: two measures, unless the list is of sources: 从资金来源看,中央投资…,银行贷款和社会资本…, with
    # no other figure among them: …,市场化融资占比达33.6%,全年发行…专项债券87.6亿元 is no source)
    members = {s.value for s in group}
    among = any(f.kind != "date" and f.id not in members and first.start < f.start < last.start for f in facts.values())
    if _of_two_measures(group) and (among or not _SOURCES_CUE.match(text, opening)):
        return False
    if any(f.qualifier != "=" or f.value is None or not same_unit(f, first) for f in figures):
        return False  # (50亿元以上: a bound among them; 33个、14个…,386.4亿元…: counts and amounts)
    if RUN_BREAK.search(text, first.end, last.start):
        return False  # (…分别发放…。其中,餐饮券核销…: a list past the cue's run)
    if any(OPEN_ASIDE.search(text, opening, f.start) for f in figures):
        return False  # (比年初增加812.4亿元(年初为8473.9亿元): an aside among them)
    sentence_end = SENTENCE_STOP.search(text, last.end)
    listed = text[opening : sentence_end.start() if sentence_end else len(text)]
    # (…省级财政96.4亿元,市县财政84.3亿元,各级财政资金合计299.3亿元: a subtotal in the sentence, some of them summed)
    return bool(BREAKDOWN_CUE.match(listed.lstrip(" ,，\n"))) and not SUMMED_UP.search(listed)


_SOURCES_CUE = regex.compile(r"[\s,，]*(?:从|按|分)资金来源")


def _set_of_the_member_before(group: list[Statement], statements: list[Statement], by_id: dict, facts: dict) -> Statement | None:
    """The set the figure right before a list, in its sentence, was counted within (年度计划投资中,争取…5.2亿元), when the
    list goes on with its other members: of its unit, and with them near the set's figure (within 20%)."""
    if not group or by_id[group[0].id] == 0:
        return None
    head = statements[by_id[group[0].id] - 1]
    owner = next((s for s in statements if s.id == head.part_of), None) if head.part_of else None
    first = facts[group[0].value]
    if owner is None or head.sentence != group[0].sentence or not same_unit(facts[head.value], first) or not same_unit(facts[owner.value], first):
        return None
    values = [facts[s.value].value for s in (head, *group)]
    whole = facts[owner.value].value
    if None in values or whole is None or any(s.part_of == owner.id for s in statements if s is not head):
        return None
    return owner if whole * Decimal("0.8") <= sum(values) <= whole * Decimal("1.2") else None


def _dates_listed_before(group: list[Statement], facts: dict, text: str) -> list | None:
    """一季度、二季度、三季度…分别为6012.4亿元、5893.1亿元和6341.2亿元: the dates a 分别 list names before its figures,
    one per member, in the members' sentence; None when the list names as many no dates."""
    first = facts[group[0].value]
    start = stop.end() if (stop := LAST_SENTENCE_STOP.search(text, 0, first.start)) else 0
    if "分别" not in text[start : first.start]:
        return None
    dates = sorted((f for f in facts.values() if f.kind == "date" and start <= f.start < first.start and month_span(f) != (None, None)), key=lambda f: f.start)
    return dates if len(dates) == len(group) else None


def _sibling_of_a_part(member: Statement, group: list[Statement], statements: list[Statement], by_id: dict) -> bool:
    """A list member right after a 其中 part of another member, in its sentence, named like that part (服务贸易 after
    货物贸易) and unlike the list's first member (经常项目结算)."""
    at = by_id[member.id]
    before = statements[at - 1] if at > 0 else None
    tail = (member.metric or "")[-2:]
    return before is not None and before.part_of is not None and before not in group and before.sentence == member.sentence \
        and len(tail) == 2 and (before.metric or "")[-2:] == tail and (group[0].metric or "")[-2:] != tail


def _first_part_named_alike(group: list[Statement], statements: list[Statement], facts: dict) -> int | None:
    """Where the first 其中 part of the list's sentence named like its members (…产值) is written, or None."""
    first, tail = facts[group[0].value], (group[0].metric or "")[-2:]
    if len(tail) != 2:
        return None
    starts = [facts[p.value].start for p in statements if p.part_of is not None and p.sentence == first.sentence and (p.metric or "").endswith(tail)]
    return min(starts, default=None)


def _part_listed_beside(figure: Statement, group: list[Statement], siblings_from: int | None, facts: dict, text: str) -> bool:
    """其中,汽车制造业产值236.8亿元…;电子信息产业产值198.5亿元…;装备制造、食品加工和建材产业分别实现产值…: a 其中 part
    of a whole, or a figure after one in its sentence, past a semicolon and named like the list's members, is their
    sibling, not the whole they break down."""
    first, at = facts[group[0].value], facts[figure.value]
    return siblings_from is not None and siblings_from <= at.start and figure.sentence == first.sentence \
        and (figure.metric or "").endswith((group[0].metric or "")[-2:]) and SEMICOLON.search(text, at.end, first.start) is not None


def _sibling_overshot(figure: Statement, group: list[Statement], total: Decimal, facts: dict, text: str) -> bool:
    """珠宝首饰销售额58.7亿元,…;手表、电子产品销售额分别为41.5亿元和29.8亿元: a figure of the list's sentence, past a
    semicolon, named by the measure its members are named by (three characters or more) and smaller than their sum,
    is their sibling."""
    first, at = facts[group[0].value], facts[figure.value]
    measure = commonprefix([(figure.metric or "")[::-1], (group[0].metric or "")[::-1]])
    return figure.sentence == first.sentence and len(measure) >= 3 and at.value is not None and at.value < total \
        and SEMICOLON.search(text, at.end, first.start) is not None


def _among_a_member(group: list[Statement], facts: dict, text: str) -> list[tuple[Statement, Statement]]:
    """Members opened by 其中 in the clauses of the member before them, in its run and unit, and smaller: each with
    the member it is a part of. A figure of that unit between them (较年初的1178家净增108家,其中新增入规企业137家)
    is what the 其中 opens on."""
    found = []
    for owner, member in zip(group, group[1:]):
        figure, part = facts[owner.value], facts[member.value]
        between = text[figure.end : part.start]
        among = _AMONG_AFTER_CLAUSE.search(between)
        if among is None or RUN_BREAK.search(between) or not same_unit(figure, part) or None in (figure.value, part.value):
            continue
        opened = figure.end + among.start()
        if part.value < figure.value and not any(figure.end <= f.start < opened and same_unit(f, figure) for f in facts.values()):
            found.append((owner, member))
    return found


_AMONG_AFTER_CLAUSE = regex.compile(r"[,，]其中")


def _bears_the_name(candidate: Statement, group: list[Statement]) -> bool:
    """线上销售营收…占营收比例的85.45%;线下…14.55%: parts that all name what they are shares of break
    down a figure of that name, not just any figure near their sum."""
    named = {s.share.of if s.share else None for s in group}
    if len(named) != 1 or None in named:
        return True
    return share_a_word(named.pop(), named_by(candidate))


_PLAIN_NAME = regex.compile(r"\p{Han}+")


def _date_said(facts: dict, period: str | None):
    """What a date says, resolved or as written (2021年1—3月 and 2021年1-3月 alike), for comparison."""
    return None if period is None else time_said(facts[period])


def _adds_up(group: list[Statement], before: list[Statement], facts: dict) -> bool:
    """长三角地区…签约项目38个;珠三角地区17个,京津冀地区9个…: parts named by what tells them apart, not
    by a shared metric, that add up exactly to a figure before them (项目86个) are all parts; so are
    parallel ones that come within a quarter of it, so that one figure written otherwise (a mistake
    to show) leaves the list whole."""
    parts = [facts[s.value] for s in group]
    if len(parts) < 2 or any(p.value is None or p.qualifier != "=" or not same_unit(p, parts[0]) for p in parts):
        return False
    total = sum(p.value for p in parts)
    figures = [whole_figure(s, parts[0], facts) for s in before]
    figures = [f for f in figures if f.value is not None and f.qualifier == "=" and same_unit(f, parts[0])]
    if any(f.value == total for f in figures):
        return True
    # One part written otherwise leaves a list of parallel parts a list all the same: parts that come within a
    # quarter of a figure before, none of them a subtotal of others (两区合计) nor a subcategory (高技术制造业
    # after 制造业), are parts of it too.
    if _has_subtotal(parts) or _has_subcategory(group) or _of_two_measures(group):
        return False
    if len({(s.subject, s.metric) for s in group}) < len(group):
        return False  # 面米制品收入13.88亿元,Q4收入3.18亿元;鱼糜制品…,Q4收入5.05亿元: two lists woven into one
    near = [f for f in figures if abs(f.value - total) <= f.value * ADDS_UP_WITHIN]
    # 分销业务18.51亿元,设计业务105.49亿元;其中CIS…,TDDI 6.13亿元,模拟芯片8.54亿元 under 营收124.48亿元: the first
    # two all but make the whole, the rest are parts of a part
    prefixes = [sum(p.value for p in parts[:end]) for end in range(2, len(parts))]
    return any(not any(abs(prefix - f.value) <= f.value * Decimal("0.01") for prefix in prefixes) for f in near)


def _of_one_unit(group: list[Statement], before: list[Statement], facts: dict, remainders) -> list[Statement]:
    """The members of a list mixing units that are its parts, or none: of the first member's unit, the first ones
    that make a figure before exactly (产业项目186个,完成投资462.8亿元;…社会民生项目45个,完成投资112.1亿元。…其余261个:
    the sentence after goes on by another criterion), else those up to the rest of the whole (…中东1.58万辆,其余1.48万辆
    销往…,产品覆盖六十三个国家和地区), unless a member counted in another measure word comes before the rest
    (插秧机296台、植保无人机138架、烘干机64台,其他机具1408台)."""
    first = facts[group[0].value]
    same = [s for s in group if same_unit(facts[s.value], first)]
    exact = _exact_prefix(same, before, facts)
    rest_at = next((at for at, s in enumerate(same) if s.id in remainders), None)
    if exact or not rest_at:
        return exact
    rest = facts[same[rest_at].value]
    counted_otherwise = any(facts[s.value].kind == first.kind and s not in same and facts[s.value].start < rest.start for s in group)
    return [] if counted_otherwise else same[: rest_at + 1]


def _exact_prefix(group: list[Statement], before: list[Statement], facts: dict) -> list[Statement]:
    """The first two or more members of a list whose amounts, or whose counts, add up exactly to the amount
    or the count of a figure before it (one amount may be written wrong: the counts still tell), or none."""
    parts = [facts[s.value] for s in group]
    if len(parts) < 2 or any(p.value is None or p.qualifier != "=" for p in parts):
        return []
    amounts = {f.value for f in (whole_figure(s, parts[0], facts) for s in before) if f.value is not None and f.qualifier == "=" and same_unit(f, parts[0])}
    counts = {facts[s.count].value for s in before if s.count is not None}
    running, counted = parts[0].value, _count_value(group[0], facts)
    for end in range(1, len(parts)):
        running += parts[end].value
        counted = None if counted is None or _count_value(group[end], facts) is None else counted + _count_value(group[end], facts)
        if running in amounts or counted is not None and counted in counts:
            return group[: end + 1]
    return []


def _count_value(statement: Statement, facts: dict):
    count = facts[statement.count] if statement.count is not None else None
    return count.value if count is not None and count.qualifier == "=" else None


def _of_two_measures(group: list[Statement]) -> bool:
    """收入5.30亿元,归母净利润0.93亿元;Q2收入6.89亿元…: figures of two measures in one list are no parts of one whole."""
    return any(other_measures(a.metric, b.metric) for a in group for b in group if a is not b)


def _in_and_out(group: list[Statement]) -> bool:
    """A list of what flows in (流入, 吸纳) and what flows out (流出, 输出): two sides of one flow, not its parts."""
    sides = rules("link").flow_sides
    return all(any(word in (s.metric or "") for s in group for word in side) for side in sides)


def _has_subtotal(parts: list) -> bool:
    """A part that is the sum of two or more parts right before it (两区合计309.7万平方米)."""
    if any(part.value is None for part in parts):
        return False  # a range (20至30亿元) sums to nothing
    return any(_sums_those_before(parts[: end + 1]) for end in range(len(parts)))


def _ends_on_subtotal(parts: list) -> bool:
    """The last part is exactly the sum of two or more parts right before it, not of all of them (the list's total)."""
    exact = not any(part.value is None or part.qualifier != "=" for part in parts)
    return exact and _sums_those_before(parts) and parts[-1].value != sum(part.value for part in parts[:-1])


def _summed_up_short(parts: list, text: str) -> bool:
    """The last part sums up (合计) less than all the parts before it: a subtotal of some, not the list's total nor
    the rest (衣着等其余三类合计3542元)."""
    last = parts[-1]
    opening = _CLAUSE_OPENING.search(text, 0, last.start)
    if any(part.value is None for part in parts) or not _SUBTOTAL_CUE.search(text, max(0, last.start - 6), last.start) \
            or REST_OF_WHOLE.search(text, opening.end() if opening else 0, last.start):
        return False
    return last.value < sum(part.value for part in parts[:-1])


def _sums_those_before(parts: list) -> bool:
    running = Decimal(0)
    for earlier in reversed(parts[:-1]):
        running += earlier.value
        if running == parts[-1].value and earlier is not parts[-2]:
            return True
    return False


def _has_subcategory(group: list[Statement]) -> bool:
    """A part named after another with words before its name (高技术制造业引资 after 制造业…)."""
    names = [s.metric or "" for s in group]
    plain = [name for name in names if _PLAIN_NAME.fullmatch(name)]  # 签约项目168个、协议投资 names a list, not a part
    return any(len(name) >= 3 and any(name[:3] in other[1:] for other in plain if other != name) for name in plain)


def _can_hold(candidate: Statement, largest, total: Decimal, facts: dict, group: list[Statement]) -> bool:
    """A whole that parts summing to `total` may break down: its figure (an amount, or for counted
    parts the count of the amount's set) is larger than each part and at least 80% of their sum."""
    figure = whole_figure(candidate, largest, facts)
    if figure.value is None:
        return False  # a range (20至30亿元) holds no parts that add up
    if _plan_against_outturn(candidate.metric, group[0].metric):
        return False
    if figure is facts[candidate.value]:
        # A figure with a share of its own (协议投资946.8亿元,占签约总额的91.4%) holds parts that add up to
        # it, or whose counts add up to its count (项目52个…工业项目31个,投资287.4亿元…).
        exact = candidate.share is not None and (abs(figure.value - total) <= figure.value * Decimal("0.005") or _counts_add_up(candidate, group, facts))
        # 省级以上园区…营业收入35884.7亿元,占全省的68.5%;分区域看,…分别为…: a region's share of the wider one, over parts
        # with no shares of their own (民营企业…占全市的58.7%;外商投资企业…分别占28.8%: parts in parallel)
        regional = candidate.share is not None and candidate.share.of in REGIONS and all(s.share is None for s in group)
        # 税收收入…占一般公共预算收入的77.8%;分税种看,增值税…占税收收入的39.4%: a part's share names it
        # (对东盟出口…占出口总额的27.0% for 出口268.3亿元: the whole named by its measure, 总额 or not)
        named = any(s.share is not None and s.share.of and _measure_of(_bare_of(s.share.of)) == _measure_of(same_words(candidate.metric or "")) for s in group)
        sized = figure.value > largest.value and figure.value >= total * Decimal("0.8")
        return sized and (exact or regional or named or can_be_whole(candidate, largest, facts) or _named_just_before(candidate, group, facts))
    held = figure.value is not None and figure.qualifier == "=" and same_unit(figure, largest)
    return held and figure.value > largest.value and figure.value >= total * Decimal("0.8")


def _named_just_before(candidate: Statement, group: list[Statement], facts: dict) -> bool:
    """公路投资1128.46亿元,占…的84.0%。分结构看,高速公路…、普通国省道…、农村公路…: the figure of the sentence
    before whose name, its measure aside, two parts or more bear holds them, whether or not they add up."""
    if facts[candidate.value].sentence < facts[group[0].value].sentence - 1:
        return False
    if any((s.metric or "").endswith(candidate.metric or "-") for s in group):
        return False  # 新能源装备产业链…协议投资142.6亿元…;电子信息…协议投资分别为…: a sibling measured alike
    words = two_char_words(candidate.metric or "") - two_char_words((candidate.metric or "")[-2:])
    return sum(bool(words & two_char_words(s.metric or "")) for s in group) >= 2


def _crosscut_after_semicolon(group: list[Statement], facts: dict, text: str, remainders) -> bool:
    """Whether the last member stands past a semicolon, the only one of the list, with a name ending unlike
    every other member's (of three or more): a set cut across the list, not one more member of it."""
    if len(group) < 4 or group[-1].id in remainders:
        return False
    start = facts[group[-1].value].start
    run = LAST_RUN_BREAK.search(text, 0, start)
    if REST_OF_WHOLE.search(text, run.end() if run else 0, start):
        return False  # (…;其余11个市共新增1131家: the rest, a member however named)
    last, others = group[-1], group[:-1]
    tails = {(s.metric or "")[-2:] for s in others}
    return len(tails) == 1 and (last.metric or "")[-2:] not in tails \
        and SEMICOLON.search(text, facts[others[-1].value].end, facts[last.value].start) is not None \
        and SEMICOLON.search(text, facts[others[0].value].end, facts[others[-1].value].start) is None


# 90平方米以下中小户型, 10亿元以上项目: a class by size
_SIZE_CLASS = regex.compile(r"\d[\d.]*\p{Han}{0,4}?(?:及以上|及以下|以上|以下|以内)")


def _crosscut_by_size(group: list[Statement], facts: dict, text: str) -> bool:
    """分区域看,中心城区…成交2.91万套,…;90平方米以下中小户型成交2.13万套: a last member past a semicolon named by a
    size class, when no other member is, cuts the set another way."""
    if len(group) < 2 or not _last_sized_alone(group):
        return False
    return SEMICOLON.search(text, facts[group[-2].value].end, facts[group[-1].value].start) is not None


def _last_sized_alone(members: list[Statement]) -> bool:
    """Whether the last member is named by a size class (10亿元以上项目) and no other is."""
    return bool(_SIZE_CLASS.match(members[-1].metric or "")) and not any(_SIZE_CLASS.match(s.metric or "") for s in members[:-1])


def drop_parts_cut_by_size(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """其中制氢项目14个、储运项目9个、…燃料电池及装备制造项目9个,10亿元以上项目12个: a last part named by a size class,
    past a comma after parts listed with 、 and named by none, cuts the set another way: no part of the whole."""
    cut = set()
    for parts in parts_of(statements).values():
        last, others = parts[-1], parts[:-1]
        if len(others) < 2 or not _last_sized_alone(parts):
            continue
        listed = all("、" in text[facts[a.value].end : facts[b.value].start] for a, b in zip(others, others[1:]))
        if listed and "、" not in text[facts[others[-1].value].end : facts[last.value].start]:
            cut.add(last.id)
    return [s.model_copy(update={"part_of": None}) if s.id in cut else s for s in statements]


def _crosscut_of_the_set(group: list[Statement], facts: dict, text: str) -> bool:
    """参保骑手中专送骑手3.15万人、众包骑手5.49万人;30岁以下骑手3.72万人,占参保骑手总数的43.1%: a last member past a
    semicolon with a share of the total of the set the first member is named in is that set cut another way."""
    if len(group) < 3:
        return False
    last, others = group[-1], group[:-1]
    if last.share is None or not last.share.of:
        return False
    set_name = TOTAL_SUFFIX.sub("", last.share.of.removesuffix("的"))
    return len(set_name) >= 2 and set_name in (others[0].metric or "") and all(s.share is None for s in others) \
        and SEMICOLON.search(text, facts[others[-1].value].end, facts[last.value].start) is not None


def _names_the_figure(of: str, statement: Statement) -> bool:
    """Whether the whole a share names (占出口额的) is named as the figure is (出口)."""
    return bool(statement.metric) and (_bare_of(of).startswith(statement.metric) or _bare_of(of).endswith(statement.metric))


def _bare_of(of: str) -> str:
    """The measure a share names, without the region (全市出口: 出口)."""
    return same_words(of.removesuffix("的").removeprefix(next((r for r in REGIONS if of.startswith(r)), "")))


def _measure_of(name: str) -> str:
    """A name without the generic words of a total (出口总额: 出口)."""
    return GENERIC_OF.sub("", name)


# 新开工项目计划总投资683.5亿元 holds no parts of 沣岫区重大项目完成投资: what is planned and what is done.
_PLANNED = regex.compile(r"计划|规划")
_DONE = regex.compile(r"完成|实际|实现|到位")


def _plan_against_outturn(whole: str | None, part: str | None) -> bool:
    """A planned figure and a figure done, one named by a plan word and the other by a word of outturn."""
    whole, part = whole or "", part or ""
    return bool(_PLANNED.search(whole) and _DONE.search(part) and not _PLANNED.search(part)
                or _PLANNED.search(part) and _DONE.search(whole) and not _PLANNED.search(whole))


class _Months(NamedTuple):
    start: int
    end: int


def without_nested_periods(group: list[Statement], facts: dict, whole: Statement | None = None) -> list[Statement]:
    """The members of a breakdown by period, less those whose period lies within another member's (not
    one of the whole's own period: 一季度 beside 新设企业 of 1—9月 is a part all the same)."""
    def span(statement):
        period = facts[statement.period] if statement.period else None
        if period is None or period.kind != "date":
            return None
        if period.resolved is not None:
            return period.resolved
        first, last = month_span(period)  # (一季度 and 6月 with no publication date: months of one year)
        return None if first is None or last is None else _Months(first, last)

    def within(inner, outer) -> bool:
        if type(inner) is not type(outer):
            return False  # (a resolved date against months alone: not compared)
        return outer.start <= inner.start and inner.end <= outer.end and (inner.start, inner.end) != (outer.start, outer.end)

    around = span(whole) if whole is not None else None
    return [
        s for s in group
        if span(s) is None or not any(span(o) is not None and span(o) != around and within(span(s), span(o)) for o in group if o is not s)
    ]



def _lists_within(group: list[Statement], facts: dict, text: str) -> list[tuple[Statement, list[Statement]]]:
    """Members of a breakdown that a member before them lists with 分别, or that a run opening on its name
    lists (住房消费类提取98.74亿元,…。住房消费类中,购买住房提取…), up to the end of their sentence run, and that
    add up to it within a quarter (one of them may be written wrong): that member's parts, with the member
    they break down."""
    found = []
    for at, owner in enumerate(group[:-2]):
        figure = facts[owner.value]
        if figure.value is None or figure.qualifier != "=":
            continue
        later = [facts[s.value] for s in group[at + 1 :]]
        named = next((part for part in later if _opens_on_name_of(owner, part, text)), None)
        first = named or later[0]
        if named is None and (RUN_BREAK.search(text, figure.end, first.start) or "分别" not in text[figure.end : first.start]):
            continue
        run_end = RUN_BREAK.search(text, first.start)
        end = run_end.start() if run_end else len(text)
        listed = [s for s in group[at + 1 :] if first.start <= facts[s.value].start < end]
        parts = [facts[s.value] for s in listed]
        if any(p.qualifier != "=" for p in parts) or not _nearly_all_of(figure, parts):
            continue
        if named is not None and _SUBTOTAL_AFTER.search(text, parts[-1].end, end):
            continue  # 林下种植中,林药和林菌产值分别为…,两者合计423.8亿元,占林下种植产值的75.4%: some of it only
        found.append((owner, listed))
    return found


def _nearly_all_of(figure, parts: list) -> bool:
    """Whether two or more parts of the figure's unit add up to it within a quarter (one may be written wrong)."""
    if len(parts) < 2 or figure.value is None or any(p.value is None or not same_unit(p, figure) for p in parts):
        return False
    return abs(sum(p.value for p in parts) - figure.value) <= figure.value * ADDS_UP_WITHIN


_SUBTOTAL_AFTER = regex.compile(r"合计|共计|总计|两者|二者|三者")
def _opens_on_name_of(owner: Statement, part, text: str) -> bool:
    """住房消费类中,购买住房提取41.25亿元: the part's sentence run opens on the owner's name (住房消费类提取)."""
    named = run_opening(text, part.start)
    return named is not None and (owner.metric or "").startswith(named)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` begins."""
    stop = LAST_SENTENCE_STOP.search(text, 0, at)
    return stop.end() if stop else 0


def _member_of_a_whole_split(statement: Statement, statements: list[Statement], facts: dict) -> bool:
    """Whether a figure is one of two or more parts that make up their whole (公立医院57个 and 民营医院71个 of 128个医院)."""
    whole = next((s for s in statements if s.id == statement.part_of), None) if statement.part_of else None
    return whole is not None and _split_whole(whole, statements, facts)


def _cut_another_way(candidate: Statement, group: list[Statement], total: Decimal, statements: list[Statement], facts: dict) -> bool:
    """Whether a cued list after a sentence that split a set cuts that set another way rather than break down the
    candidate: a member of the split that the list overshoots (公立医院57个 for 三级医院19个 and 二级医院46个), or the set
    itself when the list does not come near it."""
    first = facts[group[0].value]
    if _member_of_a_whole_split(candidate, statements, facts):
        figure = facts[candidate.value]
        return figure.value is not None and same_unit(figure, first) and total > figure.value
    return _split_whole(candidate, statements, facts) and not _sums_to(candidate, first, total, facts, ADDS_UP_WITHIN)


def _split_whole(whole: Statement, statements: list[Statement], facts: dict) -> bool:
    """Whether a figure has two or more parts that make it up: they add up to it, or come within a quarter of it (one
    may be written wrong)."""
    members = [facts[s.value] for s in statements if s.part_of == whole.id]
    if len(members) < 2 or any(m.value is None or m.qualifier != "=" for m in members):
        return False
    return _sums_to(whole, members[0], sum(m.value for m in members), facts, ADDS_UP_WITHIN)


def _sums_to(candidate: Statement, first, total: Decimal, facts: dict, within: Decimal = Decimal(0)) -> bool:
    """Whether the parts' total is the candidate's figure, or within a fraction of it."""
    figure = whole_figure(candidate, first, facts)
    return figure.value is not None and abs(figure.value - total) <= figure.value * within and figure.qualifier == "=" and same_unit(figure, first)


def _counts_add_up(candidate: Statement, group: list[Statement], facts: dict) -> bool:
    counts = [facts[s.count] for s in group if s.count is not None]
    if candidate.count is None or len(counts) != len(group) or any(c.value is None or c.qualifier != "=" for c in counts):
        return False
    return sum(c.value for c in counts) == facts[candidate.count].value


def _overshot_whole(candidate: Statement, group: list[Statement], total: Decimal, facts: dict) -> bool:
    """A figure that parts overshoot is still their whole when it is of their kind and unit, exact,
    no share, names what the first of them measures (合同额) and falls short of their sum by less than the sum
    check's own bound of 30%."""
    whole, part = facts[candidate.value], facts[group[0].value]
    if not same_unit(whole, part) or whole.value is None or whole.qualifier != "=" or candidate.share is not None:
        return False
    named = share_a_word(candidate.metric, group[0].metric)  # the others are parallel to the first
    # (总支出 over 企业职工基本养老保险支出: the measure the first ends on, 总 aside)
    measure = (candidate.metric or "").removeprefix("总")
    named = named or len(measure) >= 2 and (group[0].metric or "").endswith(measure)
    return bool(named) and whole.value * OVERSHOOT >= total >= whole.value


# 等级民宿合计225家, 省级以上合计27家: a subtotal's cue, right before its figure in its clause.
_SUBTOTAL_CUE = regex.compile(r"(?:合计|共计|小计)(?:为|达到?|有)?$")
_CLAUSE_OPENING = regex.compile(r"(?r)[,;:，；：。！？!?\n]")


_ITEMS_OF_ITS_OWN = regex.compile(r"\p{Han}(?:和|、|及|与)\p{Han}+(?:合计|共计)")
# 后两项合计, 前三类合计, 两者合计: how many of the listed parts the subtotal sums, from which end (anywhere in its
# clause, unlike a total's own cue: 衣着等其余三类合计).
_COUNTED_SUBTOTAL = regex.compile(r"(?:(?P<first>前)|后)?(?:(?P<count>[两二三四五六七八九\d])(?:项|类|者|个|大)|(?P<two>两者|二者))")


def _of_a_counted_set(statement: Statement, facts: dict, text: str) -> bool:
    """项目9个,合计148.3亿元: a total of the members its own clause run has just counted (not 三项…合计, a count
    of the figures it sums)."""
    count = facts.get(statement.count) if statement.count else None
    figure = facts[statement.value]
    cue = total_cue(text, figure.start)
    counts_figures = cue is not None and parts_counted(cue[0]) is not None
    return count is not None and count.end <= figure.start and not counts_figures and not RUN_BREAK.search(text, count.end, figure.start)


def _sums_up(statement: Statement, facts: dict, text: str) -> bool:
    """Whether a figure's clause sums up figures before it (合计105.5亿元)."""
    figure = facts[statement.value]
    return bool(_SUBTOTAL_CUE.search(text, _clause_start(text, figure.start), figure.start))


def nest_subtotals(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """其中甲级民宿18家、乙级64家、丙级143家,等级民宿合计225家: a part of a whole whose clause sums up (合计)
    is the subtotal of the parts listed before it under that whole, of its unit, with no semicolon
    between (two at least); they become its parts, which it exhausts. A remainder that sums up (其余行业
    合计) is none."""
    statements = list(statements)
    for position, subtotal in enumerate(statements):
        figure = facts[subtotal.value]
        opening = _clause_start(text, figure.start)
        lead = text[opening : figure.start]
        if not _SUBTOTAL_CUE.search(lead) or REST_OF_WHOLE.search(lead) or _ITEMS_OF_ITS_OWN.search(lead):
            continue  # 其余行业合计4334.9亿元, 研发费用损失等其余险种合计: the rest, not the listed; 有轨电车和轮渡合计: the items it names
        # (其中,人工智能、生物医药和新材料领域分别为612家、438家和297家,合计1347家: the 其中 parts' sum, a part of their whole)
        ahead = statements[position - 1] if position else None
        # (not 三市合计, 90平方米以上改善型住宅合计, of some of them; nor …,其余为珍稀菌类,合计0.20亿袋, of the rest)
        bare = ahead is not None and _BARE_SUM.fullmatch(text, facts[ahead.value].end, figure.start) is not None
        whole_of = subtotal.part_of or (ahead.part_of if bare and ahead.sentence == subtotal.sentence else None)
        if whole_of is None or whole_of == subtotal.id:
            continue
        listed = []
        for earlier in reversed(statements[:position]):
            if facts[earlier.value].start >= opening and not same_unit(facts[earlier.value], figure):
                continue  # (两类新型农业经营主体合计2.64万户: how many it sums, in its own clause)
            if earlier.sentence != subtotal.sentence or earlier.part_of != whole_of or not same_unit(facts[earlier.value], figure) \
                    or SEMICOLON.search(text, facts[earlier.value].end, figure.start):
                break
            listed.append(earlier)
        counted = _COUNTED_SUBTOTAL.search(lead)
        if counted is not None:
            wanted = 2 if counted.group("two") else int(parse_number(counted.group("count")))
            listed = listed[-wanted:] if counted.group("first") else listed[:wanted]  # (listed nearest first)
        if len(listed) < 2:
            continue
        for part in listed:
            statements[statements.index(part)] = part.model_copy(update={"part_of": subtotal.id})
        statements[position] = subtotal.model_copy(update={"exhaustive": True, "part_of": whole_of})
    return statements


_BARE_SUM = regex.compile(rf"[,，]\s*{BARE_SUM}")
# 装备制造和新材料两大主导产业合计实现产值, 国家级和省级龙头企业共27家: the parts named, then what they are
_NAMED_SUBTOTAL = regex.compile(r"(?P<names>\p{Han}{2,20}?(?:[和、与]\p{Han}{2,20}?)+)(?:合计|共计|共有|共)\p{Han}{0,8}")


_HOW_MANY = regex.compile(r"[两二三四五六七八九十]\p{Han}{0,6}$")


def link_named_subtotals(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """…装备制造业实现产值118.4亿元,…;新材料产业86.7亿元;…。装备制造和新材料两大主导产业合计实现产值205.1亿元:
    a total whose clause names its parts, each the opening of the metric of a figure of its unit before it in
    the body, smaller, of one whole: the parts become its own, which it exhausts, and it stands for them
    in their whole. A total named by a kind alone (新能源汽车合计出口) is read by _link_total_of_a_kind."""
    if "合计" not in text and "共" not in text:
        return statements  # no cue anywhere: most articles are done without a look at each figure
    statements = list(statements)
    earlier: set | None = None
    for position, subtotal in enumerate(statements):
        figure = facts[subtotal.value]
        lead = _NAMED_SUBTOTAL.fullmatch(text, _clause_start(text, figure.start), figure.start)
        if lead is None and figure.value is not None and figure.qualifier == "=":
            _link_total_of_a_kind(statements, position, facts, text)
            continue
        if lead is None or figure.value is None or figure.qualifier != "=" or any(s.part_of == subtotal.id for s in statements):
            continue
        earlier = earlier_levels(statements, facts, text) if earlier is None else earlier  # (上年同期为504.0亿千瓦时: no part)
        averages = {s.average for s in statements}  # (平均每核销1元消费券带动消费12.4元: no part)
        before = [s for s in statements[:position] if s.sentence > 0 and same_unit(facts[s.value], figure) and s.value not in earlier
                  and s.value not in averages and not AVERAGE_CUE.search(text, _clause_start(text, facts[s.value].start), facts[s.value].start)
                  and facts[s.value].qualifier == "=" and facts[s.value].value is not None and facts[s.value].value < figure.value
                  and before_the_report_year(s, facts) == before_the_report_year(subtotal, facts)]  # (上年全市工业用电量为290.74亿千瓦时: last year's)
        # (新材料两大主导产业, 城乡居民生活用电量两者: the names without the count of them)
        names = regex.split(r"[和、与]", _HOW_MANY.sub("", lead.group("names")))
        parts = []
        for name in names:  # 新材料 for 新材料产业, 省级龙头企业 for 省级: one name opens the other
            named = [s for s in before if s not in parts and len(s.metric or "") >= 2 and (s.metric.startswith(name) or name.startswith(s.metric))]
            if not named:
                break
            parts.append(named[-1])
        outer = {s.part_of for s in parts}
        if len(parts) < 2 or len(parts) != len(names) or len(outer) != 1 \
                or subtotal.part_of not in (None, *outer):
            continue
        whole = outer.pop()
        for part in parts:
            statements[statements.index(part)] = part.model_copy(update={"part_of": subtotal.id})
        statements[position] = subtotal.model_copy(update={"exhaustive": True, "part_of": whole})
    return statements


def _link_total_of_a_kind(statements: list[Statement], position: int, facts: dict, text: str) -> None:
    """纯电动汽车出口7.82万辆,插电式混合动力汽车出口3.53万辆,新能源汽车合计出口11.35万辆: a total named by a kind and
    合计, after two or more figures of its sentence, one clause each, named as kinds of the same (…汽车出口) and parts of
    one whole: they are its parts, which it exhausts, and it stands for them in their whole (the list is updated in place)."""
    subtotal = statements[position]
    figure = facts[subtotal.value]
    lead = _TOTAL_OF_A_KIND.fullmatch(text, _clause_start(text, figure.start), figure.start)
    if lead is None or any(s.part_of == subtotal.id for s in statements):
        return
    named = lead.group("kind")[-2:] + lead.group("verb")
    parts = []
    for before in reversed(statements[:position]):
        value = facts[before.value]
        if before.sentence != subtotal.sentence or not (before.metric or "").endswith(named) or not same_unit(value, figure) \
                or value.value is None or value.qualifier != "=" or value.value >= figure.value:
            break
        parts.insert(0, before)
    outer = {s.part_of for s in parts}
    if len(parts) < 2 or len(outer) != 1 or subtotal.part_of not in (None, *outer):
        return
    for part in parts:
        statements[statements.index(part)] = part.model_copy(update={"part_of": subtotal.id})
    statements[position] = subtotal.model_copy(update={"exhaustive": True, "part_of": outer.pop()})


_TOTAL_OF_A_KIND = regex.compile(r"(?P<kind>\p{Han}{2,8}?)(?:合计|共计)(?P<verb>\p{Han}{1,3})")  # 新能源汽车合计出口


def _clause_start(text: str, offset: int) -> int:
    opening = _CLAUSE_OPENING.search(text, 0, offset)
    return opening.end() if opening else 0


_OPENS_ON_AMONG = regex.compile(r"其中[^,;，；。]*$")


def nest_lists_under_parts(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """其中星级饭店62家,分别为五星级9家、四星级21家、三星级及以下32家: the parts a part lists right after it (or
    after its own share) with 分别 (their names written first or not), a cue of a breakdown (按阶段分) or 包括, in its run
    and unit, each smaller, that add up to it within a quarter (one may be written wrong), are all of that part, no
    parts of its whole."""
    statements = list(statements)
    for owner in statements:
        figure = facts[owner.value]
        if owner.part_of is None or figure.value is None or figure.qualifier != "=":
            continue
        if not _LISTED_AFTER.match(text, _past_own_share(owner, figure, facts, text)):
            continue
        run_end = RUN_BREAK.search(text, figure.end)
        end = run_end.start() if run_end else len(text)
        listed = [s for s in statements if s.part_of == owner.part_of and figure.end < facts[s.value].start < end]
        values = [facts[s.value] for s in listed]
        if not _nearly_all_of(figure, values) or any(v.value >= figure.value for v in values):
            continue
        if any(other_member(owner.metric or "", s.metric or "") for s in listed):
            continue  # 其中,省级储备218.6万吨,市级和县级储备分别为…: the other members of its partition, beside it
        ids = {s.id for s in listed}
        statements = [
            s.model_copy(update={"part_of": owner.id}) if s.id in ids else s.model_copy(update={"exhaustive": True}) if s is owner else s
            for s in statements
        ]
    return statements


# (学历生7452人,本科生、…和博士研究生分别为…; 创新药临床试验241项,约占六成,按阶段分,Ⅰ期124项、…;
# 研究生学历人才5960人,占…15.4%,包括博士642人、硕士5318人)
_LISTED_AFTER = regex.compile(rf"[,，]\s*(?:(?:[\p{{Han}}、]{{2,30}}?)?分别(?:为|是)|(?:{BREAKDOWN_CUE.pattern})[,，:：]|(?:其中)?(?:包括|包含)(?=\p{{Han}}))")
_OWN_SHARE_CLAUSE = regex.compile(r"[,，]\s*[^,，;；。]{0,16}")


def _past_own_share(owner: Statement, figure, facts: dict, text: str) -> int:
    """Where a part's list may start: right after it, or past its own share written next (其中,高技术产业…5.26亿美元,
    占比55.5%,高技术制造业、高技术服务业分别为…)."""
    share = facts[owner.share.value] if owner.share is not None else None
    if share is None or share.start < figure.end:
        return figure.end
    clause = _OWN_SHARE_CLAUSE.match(text, figure.end)
    return share.end if clause and clause.end() >= share.start else figure.end


_COMPARED_WITH = regex.compile(r"相当于[^,，;；。占]*$")


def nest_parts_of_parts(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """其中板材682.6万吨,…高端品种263.8万吨,占板材的38.6%;长材、管材和特钢分别为…: a part whose share is of
    another part of its whole, in its sentence, is a part of that part, no part of the whole; so are the
    parts listed with it before its share (包括远洋航线68条和近洋航线88条,远洋航线占外贸航线的43.6%)."""
    statements = list(statements)
    for position, part in enumerate(statements):
        if part.part_of is None or part.share is None or part.share.whole is None:
            continue
        # (…国际及地区航线38条。…;其中全货运国际航线14条,占国际及地区航线的36.8%: past a sentence, after 其中)
        opened = _OPENS_ON_AMONG.search(text, max(0, facts[part.value].start - 16), facts[part.value].start) is not None
        sibling = next((s for s in statements if s is not part and s.part_of == part.part_of and s.value == part.share.whole
                        and (s.sentence == part.sentence or opened and s.sentence == part.sentence - 1)), None)
        if sibling is None or _COMPARED_WITH.search(text, max(0, facts[part.share.value].start - 24), facts[part.share.value].start):
            continue  # (市县财政配套资金相当于中央补助资金的90.7%: a figure set against another, no part of it)
        start, share_start = facts[part.value].start, facts[part.share.value].start
        for at, other in enumerate(statements):
            if other is part or other is not sibling and other.part_of == part.part_of and start < facts[other.value].start < share_start:
                statements[at] = other.model_copy(update={"part_of": sibling.id})
    return statements


# 其余37.1亿元, 余下: a clause opening on the rest of a whole.
_REST = "(?:其余|余下|剩余)"
_REST_OPENING = regex.compile(rf"\s*{_REST}")
_LAST_COMMA = regex.compile(r"(?r)[,，;；]")


def link_rests_of_shares(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """1210网购保税进口96.4亿元,占进口的72.2%,其余37.1亿元为直购进口; 住房消费类提取111.35亿元,占提取总额的
    77.9%,…;非住房消费类提取31.51亿元: the rest written after a figure whose share names its whole, right after
    it or named as all that is not it (非), is the rest of that whole; with the figure, it makes up all of it."""
    statements = list(statements)
    by_value = {s.value: position for position, s in enumerate(statements)}
    for position in range(1, len(statements)):
        rest = statements[position]
        named_at = _named_by_the_rest(statements, position, facts, text)
        if named_at is None or rest.part_of is not None or facts[rest.value].qualifier != "=":
            continue  # (其余184家营收不足1亿元: a bound on each of the rest, no amount of them all)
        named = statements[named_at]
        share = named.share
        if named.part_of is not None or share is None or not share.of or share.whole not in by_value:
            continue
        if any(s is not named and s.sentence == rest.sentence and s.share is not None and s.value != share.whole
               and (s.share.whole == share.whole or same_unit(facts[s.value], facts[rest.value])) for s in statements[:position]):
            # ITO…占42.3%;KPO…占比38.0%;其余21.37亿美元: the rest of all the members listed (居民自筹2.37亿元,超过四成;
            # 财政补贴2.18亿元,占总投资的40.2%;其余0.87亿元: a member whose share was read against another whole too)
            continue
        at = by_value[share.whole]
        whole, figure = statements[at], facts[rest.value]
        if any(s.part_of == whole.id for s in statements) or not same_unit(facts[whole.value], figure) or not same_unit(facts[named.value], figure):
            continue  # (a whole with parts of its own is broken down already)
        statements[named_at] = named.model_copy(update={"part_of": whole.id})
        statements[position] = rest.model_copy(update={"part_of": whole.id})
        statements[at] = whole.model_copy(update={"exhaustive": True})
    return statements


def _named_by_the_rest(statements: list[Statement], position: int, facts: dict, text: str) -> int | None:
    """The figure a rest is the rest of: the latest of its unit before a clause opening on 其余, or the one
    of its sentence whose name the rest's name negates (非住房消费类提取 of 住房消费类提取)."""
    rest = statements[position]
    figure = facts[rest.value]
    clause = _LAST_COMMA.search(text, 0, figure.start)
    if _REST_OPENING.match(text, clause.end() if clause else 0, figure.start):
        # 以“标准地”方式出让32宗、2718亩,占出让面积的70.4%;其余14宗、1144亩: the latest figure of the rest's unit
        return next((
            p for p in range(position - 1, -1, -1)
            if statements[p].sentence == rest.sentence and same_unit(facts[statements[p].value], figure)
        ), None)
    negated = (rest.metric or "").removeprefix("非")
    if len(negated) < 2 or negated == rest.metric:
        return None
    return next((p for p in range(position - 1, -1, -1) if statements[p].sentence == rest.sentence and statements[p].metric == negated), None)


# 全市农村劳动力转移就业合计46.28万人: a total named in words of its own (no list of names: those are subtotals)
_NAMED_TOTAL = regex.compile(r"\s*(?P<name>[^,;:，；：。、和与及]{2,16}?)(?:合计|共计|总计)(?:为|达到?)?")


def link_totals_after_breakdowns(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """从农村劳动力就业去向看,市内就业22.61万人,省内市外就业6.32万人,省外就业17.35万人,全市农村劳动力转移就业合计
    46.28万人: a total named in its own words, last in a sentence that opens on a breakdown's cue, sums every figure
    of the sentence before it, all of its unit, none a part yet; it is their whole, which they exhaust."""
    if not SUMMED_UP.search(text):
        return statements
    statements = list(statements)
    for position, total in enumerate(statements):
        figure = facts[total.value]
        sentence = LAST_SENTENCE_STOP.search(text, 0, figure.start)
        clause, opening = _clause_start(text, figure.start), sentence.end() if sentence else 0
        named = _NAMED_TOTAL.fullmatch(text, clause, figure.start) if clause > opening else None
        if named is None or figure.value is None or total.part_of is not None:
            continue
        if not BREAKDOWN_CUE.match(text[opening:clause].lstrip(" \n")) or any(s.part_of == total.id for s in statements):
            continue
        parts = [s for s in statements[:position] if opening <= facts[s.value].start]
        # (沪市主板、深市主板…分别为…,主板合计113家,创业板和科创板合计65家: a name of some of them, and not the last)
        later = [s for s in statements[position + 1 :] if s.sentence == total.sentence and same_unit(facts[s.value], figure)]
        if later or any(named.group("name").strip() in (s.metric or "") for s in parts):
            continue
        if len(parts) < 2 or any(
            not same_unit(facts[s.value], figure) or s.part_of is not None or facts[s.value].qualifier != "="
            or facts[s.value].value is None or facts[s.value].value >= figure.value for s in parts
        ):
            continue
        for part in parts:
            statements[statements.index(part)] = part.model_copy(update={"part_of": total.id})
        statements[position] = total.model_copy(update={"exhaustive": True})
    return statements


# 今年完成的6.84亿元投资中,: a clause that opens its sentence on a figure and closes on 中, the set the rest is of
_WITHIN_FIGURE = regex.compile(r"[^,;，；。]{0,12}的?\p{Han}{0,8}中[,，]")


def link_parts_within_an_opening(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """今年完成的6.84亿元投资中,争取…补助资金2.37亿元;县级财政配套1.65亿元;…筹集2.82亿元: a sentence that opens on a
    figure in a clause of its own closed by 中 breaks that figure down; the figures of its unit after it in the
    sentence, of no whole yet and no earlier level, are its parts."""
    statements = list(statements)
    earlier = earlier_levels(statements, facts, text)
    for whole in list(statements):
        figure = facts[whole.value]
        if figure.kind != "money" or not _WITHIN_FIGURE.match(text, figure.end):
            continue  # (全县186个行政村中,…超过10万元的村152个;…50万元以上的村23个: counts of sets within sets)
        stop = LAST_SENTENCE_STOP.search(text, 0, figure.start)
        if "，" in text[stop.end() if stop else 0 : figure.start].strip(" ,，") or any(s.part_of == whole.id for s in statements):
            continue  # (the clause must open its sentence, on a figure not broken down yet)
        after = [
            at for at, s in enumerate(statements)
            if s.sentence == whole.sentence and facts[s.value].start > figure.end and same_unit(facts[s.value], figure)
        ]
        parts = [at for at in after if statements[at].value not in earlier and facts[statements[at].value].qualifier == "="
                 and not AVERAGE_CUE.match(statements[at].metric or "")]
        if len(parts) < 2 or any(statements[at].part_of is not None for at in after):
            continue  # (…;其余国家和地区合计1.24亿美元: a breakdown read already)
        for at in parts:
            statements[at] = statements[at].model_copy(update={"part_of": whole.id})
    return statements


# 18个签约项目中,: a sentence that opens on a count of a set, in a clause of its own closed by 中
_WITHIN_COUNTED_SET = regex.compile(r"[^\d,;，；。、]{1,10}中[,，]")


def link_parts_within_a_counted_opening(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """现场签约项目18个,协议总投资126.8亿元;…。18个签约项目中,先进高分子材料项目7个,协议投资46.2亿元;…;其余2个…,
    协议投资12.5亿元: a sentence that opens on the count of an earlier amount (the latest of that count), in a clause
    of its own closed by 中, breaks that amount down; the amounts after it in the sentence that count their own
    projects, of no whole yet and no earlier level, are its parts (and their counts the parts of its count)."""
    statements = list(statements)
    earlier = None  # read once a sentence opens on a counted set (seldom)
    for counted in statements:  # (a statement whose figure may be the count the sentence opens on)
        count = facts[counted.value]
        if count.kind != "count" or not _WITHIN_COUNTED_SET.match(text, count.end):
            continue
        stop = LAST_SENTENCE_STOP.search(text, 0, count.start)
        if text[stop.end() if stop else 0 : count.start].strip():
            continue  # (the count must open its sentence)
        whole = next((
            s for s in reversed(statements) if facts[s.value].start < count.start and s.count is not None
            and facts[s.count].value == count.value and facts[s.count].unit == count.unit and s.part_of is None
        ), None)
        if whole is None or any(s.part_of == whole.id for s in statements):
            continue
        earlier = earlier if earlier is not None else earlier_levels(statements, facts, text)
        end = SENTENCE_STOP.search(text, count.end)
        parts = [
            at for at, s in enumerate(statements)
            if count.end < facts[s.value].start < (end.start() if end else len(text)) and same_unit(facts[s.value], facts[whole.value])
            and s.count is not None and s.value not in earlier and facts[s.value].qualifier == "=" and not AVERAGE_CUE.match(s.metric or "")
        ]
        if len(parts) < 2 or any(statements[at].part_of is not None for at in parts):
            continue
        for at in parts:
            statements[at] = statements[at].model_copy(update={"part_of": whole.id})
    return statements


# 在改造投资中,争取中央预算内资金1.35亿元、…,其余2.87亿元由…自筹: a sentence opening on a set it names, with no figure.
# (截至10月底完成的投资中,: past the time it opens on)
_WITHIN_NAMED_SET = regex.compile(
    r"(?:^|(?<=[。；;！？!?\n]))\s*(?:(?:截至|截止到?)(?:\d{4}年)?\d{1,2}月(?:底|末)[,，]?)?(?P<at>在)?(?P<name>[^\d,;，；。、:：“”（）()]{2,12})中[,，]"
)
_LISTED_NEXT = regex.compile(r"[、和及与][^,，;；。]*")  # (…19家、服务业企业27家,来自欧盟的企业有十一家: a list of two)
# (…19个,其余37个分布在…; …36.25亿元,利息及其他收入22.49亿元: the rest, of the list)
_THE_REST_NEXT = regex.compile(rf"[,，]\s*(?:{_REST}|[^,，;；。]{{0,6}}其他)[^,，;；。]*")
_REST_UNCOUNTED = regex.compile(rf"[,，]\s*{_REST}[^\d,，;；。]*(?:[,，;；。]|$)")  # (…,其余为柚类和杂柑: told, not counted)
_ENDS_ON_REST = regex.compile(rf"{_REST}\p{{Han}}{{0,6}}$")


def link_parts_of_a_named_set(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """在改造投资中,争取中央预算内资金1.35亿元、地方政府专项债券资金2.60亿元,其余2.87亿元由…自筹: a sentence that opens
    on a set named in a clause of its own breaks down the latest figure before, in its paragraph or the one before,
    that the name names (by two of its words at least, or the whole name); the figures of that unit after it in the
    sentence, of no whole yet and no earlier level, are its parts, and a last one that is the rest exhausts it.
    Opening without 在 (出口中,…), only the list of figures joined by 、 or 和 right after the opening are, and a rest
    closing it, when they nearly add up to the figure named (a weaker cue)."""
    statements = list(statements)
    earlier = None  # read once a sentence opens on a named set (seldom)
    for opening in _WITHIN_NAMED_SET.finditer(text):
        name = opening.group("name")
        earlier = earlier if earlier is not None else earlier_levels(statements, facts, text)
        in_sentence = [at for at, s in enumerate(statements) if facts[s.value].start >= opening.end()
                       and not RUN_BREAK.search(text, opening.end(), facts[s.value].start)]  # (…;三级医院由…增至29家: another run)
        if len(in_sentence) < 2:
            continue
        first = facts[statements[in_sentence[0]].value]
        deltas = {s.difference.value for s in statements if s.difference is not None}
        parts = [at for at in in_sentence if same_unit(facts[statements[at].value], first) and statements[at].value not in earlier | deltas
                 and facts[statements[at].value].qualifier == "=" and not AVERAGE_CUE.match(statements[at].metric or "")
                 and not _sums_up(statements[at], facts, text)]  # (…、…,B2B两种模式合计105.5亿元: a sum of some, no part)
        if len(parts) < 2 or first.kind not in ("money", "count", "measure"):
            continue
        closed = _REST_OPENING.match(text, _clause_start(text, facts[statements[parts[-1]].value].start))
        if not opening.group("at") and not closed:  # 出口中,…58.3亿元、…47.2亿元、…37.1亿元: without 在 nor a rest closing the
            # sentence (…,其余11.96亿元为社会资本投入), the one list that opens it
            parts = _opening_list(parts, statements, facts, text)
            if len(parts) < 2:
                continue
        figures = [facts[statements[at].value] for at in parts]
        own_paragraph = text.rfind("\n", 0, opening.start())
        paragraph = text.rfind("\n", 0, len(text[:own_paragraph].rstrip()))  # the paragraph before, past blank lines
        words = two_char_words(same_words(name))
        # (新增专业点中 names 新增本科专业点127个 by more words than the later 撤销和停招专业点86个)
        named = [
            (len(words) + 1 if (s.metric or "").endswith(name) else len(words & two_char_words(same_words(s.metric or ""))), at)
            for at, s in enumerate(statements[: in_sentence[0]]) if facts[s.value].start < opening.start()
            and same_unit(facts[s.value], first) and s.value not in earlier and not is_last_year_figure(s, facts)
        ]
        most = max((n for n in named if paragraph < facts[statements[n[1]].value].start), default=(0, 0))
        if most[0] < 2 and closed:  # (…,其余11.96亿元为社会资本投入: a set told whole is the figure it adds up to, further back)
            most = max((n for n in named if _nearly_all_of(facts[statements[n[1]].value], figures)), default=(0, 0))
        whole = statements[most[1]] if most[0] >= 2 else None
        if whole is not None and not opening.group("at") and (
                not _nearly_all_of(facts[whole.value], figures) or _REST_UNCOUNTED.match(text, figures[-1].end)):
            continue  # (新增就业的残疾人中,…612人、…: no breakdown of 持证残疾人4.12万人, a stock named alike; …6.87万吨,其余为
            # 柚类和杂柑: a list that leaves a rest untold, read by its shares)
        # (…三级财政补贴合计71.35亿元: a breakdown read already; 出口中,…58.3亿元、… with its first part read, not the rest)
        if whole is None or any(statements[at].part_of not in (None, whole.id) for at in in_sentence):
            continue
        for at in parts:
            statements[at] = statements[at].model_copy(update={"part_of": whole.id})
        rest = _ENDS_ON_REST.search(text, LAST_RUN_BREAK.search(text, 0, figures[-1].start).end(), figures[-1].start)
        if rest is not None:
            statements[statements.index(whole)] = whole.model_copy(update={"exhaustive": True})
    return statements


def _opening_list(parts: list[int], statements: list[Statement], facts: dict, text: str) -> list[int]:
    """The positions of the figures listed one after the other with 、 or 和 from the first, and a rest right after."""
    for k in range(1, len(parts)):
        end, start = facts[statements[parts[k - 1]].value].end, facts[statements[parts[k]].value].start
        if not _LISTED_NEXT.fullmatch(text, end, start) and not _THE_REST_NEXT.fullmatch(text, end, start):
            return parts[:k]
    return parts


_NET_OF_TWO = regex.compile(r"净(?:调入|调出|流入|流出|进口|出口|迁入|迁出|转入|转出|买入|卖出|投放|回笼)")

# 3.62亿元,由…1.47亿元、…1.28亿元和…0.87亿元三部分构成; 7.92万台,分为…5.46万台和…2.46万台两类: a figure whose own
# next clause lists what it is made of, closed by how many kinds there are, or by 构成 alone after a list 由 opens
# (736.8亿元,占总产值的57.3%,由海水养殖产值452.3亿元和海洋捕捞产值284.5亿元构成: past the figure's share).
_COMPOSED_OF = regex.compile(r"(?:\s*[,，]\s*占[^,;，；。由]*)?\s*[,，]\s*(?:(?P<by>由)|分为|包括|包含)")
_KINDS_CLOSING = regex.compile(r"\s*(?:[两二三四五六七八九十]|\d{1,2})(?:个)?(?:部分|大类|类|项|方面|种)(?:构成|组成)?")
_MADE_UP = regex.compile(r"\s*(?:共同)?(?:构成|组成)")  # 由…和…共同组成


def link_compositions(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """The parts of a figure written in the clause right after it, opening on 由 or 分为 and closed by the count
    of its kinds (三部分构成, 两类): all of it, so they add up to it. The count of kinds is no figure."""
    statements = list(statements)
    for whole in list(statements):
        figure = facts[whole.value]
        cue = _COMPOSED_OF.match(text, figure.end)
        if cue is None:
            continue
        end = RUN_BREAK.search(text, cue.end())
        end = end.start() if end else len(text)
        parts = [s for s in statements if cue.end() <= facts[s.value].start < end and same_unit(facts[s.value], figure)]
        closing = _KINDS_CLOSING.match(text, facts[parts[-1].value].end) if len(parts) >= 2 else None
        if closing is None and cue.group("by") and len(parts) >= 2:
            closing = _MADE_UP.match(text, facts[parts[-1].value].end)
        # (the whole may be a part itself, of which the 其中 that opens it made its parts siblings)
        if closing is None or (whole.part_of is not None and not cue.group("by")) \
                or any(s.part_of is not None and s.part_of != whole.part_of for s in parts):
            continue
        kinds = {s.id for s in statements if closing.start() <= facts[s.value].start < closing.end()}  # 两类: the count
        listed = {s.id for s in parts}
        statements = [
            s.model_copy(update={"part_of": whole.id}) if s.id in listed else s.model_copy(update={"exhaustive": True}) if s.id == whole.id else s
            for s in statements if s.id not in kinds
        ]
    return statements


_TOTAL_NAMED = regex.compile(r"总值|总额|总量|总数|总计|合计|全部")


def _share_of_the_members_whole(figure: Statement, named_wholes: set[str]) -> bool:
    """Whether the figure is a share of a whole the members' shares name (商品车出口总量 for 出口总量, of `_wholes_named`),
    and is not itself named as that whole (集团完成货物吞吐量, a share of 全省沿海港口货物吞吐量, is the whole of 货物吞吐量's parts)."""
    share = figure.share
    if share is None or not share.of or share.whole_by == "target":
        return False
    own, of = unvoiced(figure.metric or ""), share.of.removesuffix("的")  # (数字经济核心产业实现增加值 names 核心产业增加值)
    # (进出口总额 is no 出口总额 of a wider scope: a name of two characters or more before it makes one)
    named = {whole.removesuffix("的") for whole in named_wholes}
    return any((of == whole or of.endswith(whole) and len(of) - len(whole) >= 2) and not own.endswith(whole) for whole in named)


def _listed_with_a_peer(figure: Statement, member: Statement, statements: list[Statement], facts: dict) -> bool:
    """A figure whose sentence holds another of its unit named with the same ending of three characters or more as
    it and the member (化学需氧量排放量 beside 氨氮排放量, before 二氧化硫排放量), neither a part of the other."""
    def ending(a: str, b: str) -> int:
        return len(commonprefix([a[::-1], b[::-1]]))

    name = figure.metric or ""
    if ending(name, member.metric or "") < 3:
        return False
    return any(
        other.sentence == figure.sentence and other.metric and other.metric != name and ending(other.metric, name) >= 3
        and other.part_of != figure.id and figure.part_of != other.id and same_unit(facts[other.value], facts[figure.value])
        for other in statements if other.id != figure.id
    )


def _named_as_sibling(metric: str, member: str) -> bool:
    """对东盟进出口 and 对欧盟进出口: trade with two partners, each named after 对 with one ending of two or more,
    the names of two members of one list of markets."""
    # (空港口岸查验出入境旅客 and 陆路口岸查验出入境人员: two members named alike but for their opening, not a region's whole)
    # (崆阳综试区实现跨境电商进出口 and 溦州综试区: a member named by its place and the set's name, as the metric opens)
    common = len(commonprefix([metric[2:], member[2:]]))
    if (common >= 4 or common >= 3 and common == len(member) - 2) and metric[:2] != member[:2] and not metric.startswith("全") \
            and not _TOTAL_NAMED.search(metric):  # (货物贸易进出口总值 is the whole of 一般贸易进出口, no sibling)
        return True
    metric, member = metric[metric.rfind("对") :], member[member.rfind("对") :]  # (民营企业对东盟进出口: the partner's name)
    ending = len(commonprefix([metric[::-1], member[::-1]]))
    return metric.startswith("对") and member.startswith("对") and ending >= 2 and metric != member
