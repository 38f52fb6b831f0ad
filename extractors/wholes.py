"""The wholes that shares and parts belong to, found after every statement of an article is read.

A share names what it is a share of (占签约总额的65.18%); parts exhaust a whole by definition (出口 and
进口 of 进出口, `rules/link.toml`). Both are resolved here, over the finished list of statements.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from functools import lru_cache

import regex

from extractors.numerals import NumberError, parse_number
from extractors.precision import precision
from extractors.roles import AVERAGE_CUE, LEVEL_KINDS, MOVED_TO
from extractors.rulebook import rules
from extractors.subjects import is_place, is_region, opening_place, opens_on_place, place_opened_on, without_opening_place
from extractors.wording import (
    ADDS_UP_WITHIN, AVERAGED_NAME, BARE_SUM, CLOSED_BRACKETS, DELTA_ONLY, EARLIER_WAS_AT_END, EARLIER_YEAR, EDITION_BEFORE, LAST_RUN_BREAK, LOWEST_CLASS, MEMBER_NOUN, OVERSHOOT, PER_DAY_MONTH_YEAR, PER_UNIT_MOVED_FROM, REGIONS, REST_OF_WHOLE, RUN_BREAK, SEMICOLON, SUMMED_UP, WENT_TO, YEAR_BEFORE_WORDS, a_year_before, bases_of, before_the_report_year, clause_opening, is_last_year, is_last_year_figure,
    made_and_sold, measure_of, metrics_alike, month_span, named_by, negates, negation_of, opening_before, other_measures, other_member, periods_differ, run_opening, same_unit, same_words, set_and_member, strip_leading, two_char_words,
)
from schemas import Share, Statement

_AVERAGE_OF = regex.compile(r"(?:的)?(?:平均水平|平均|水平|整体)$")
_NATIONAL = regex.compile(r"全国|我国|中国(?!企业|公司|品牌|市场)")
_SCOPE = regex.compile(r"^(?:全国|我国|中国|全省|全市|全县|全区)")
_TIME_WORD = regex.compile(r"年|月|季|同期")
# 比上年的…, 较上年末的…; 超过2019年创下的71.6万人次历史纪录: a level compared with, of another time or thing
_EARLIER_LEVEL = regex.compile(r"(?:(?:比(?!重|例)|较)[^,;，；。]{0,16}|(?:超过|超出|高于|低于|刷新)(?:\d{4}年|上年|去年)[^,;，；。]{0,12})的$")
# 扣除房地产开发投资,全市项目投资1100亿元: a total less something, no whole of a share of the total.
_EXCLUDING = regex.compile(r"(?:扣除|剔除|除去)[^,;，；。]{1,12}[,，]?[^,;，；。]{0,12}$")
_TOTAL_WORD = regex.compile(r"总值|总额|总量|总数|总和")
GENERIC_OF = regex.compile(r"全部|总额|总量|总数|总值|总和|平均水平|水平|总|全|的|中|其")  # 相当于全市平均水平的: no figure named 平均
# 两区合计签约金额150.8亿元, 三个项目合计287亿元, 共计: a total of the figures just before it; the number
# of parts when written (两区, 三个项目, 五地).
# 108.72亿元,…,与槐阳市67.35亿元、漓川市52.18亿元合计228.25亿元: the figure before and the ones its clause joins to it
_JOINED_TOTAL = regex.compile(r"与[^,，;；。]+?(?:合计|共计)")
_TOTAL_CUE = regex.compile(
    r"""(?:对|与)?(?P<above>以上|上述)?                                                       # 对上述三个市场
        (?:(?P<two>两者|二者)|(?:(?P<first>前)|(?P<last>后)|这|此)?(?P<parts>[两二三四五六七八九十\d]{1,2})(?:个|项|家|区|地|类|大|者)?[\p{Han}]{0,6}?  # 三个项目, 两区, 前五大来源地, 三项政府性资金
           |\p{Han}{1,4}?(?P<parts>[两二三四五六七八九十])级\p{Han}{0,6}?  # 县乡村三级物流节点: the tiers listed
           |(?:各类|各项)\p{Han}{0,6}?)?  # 各类经营主体合计: every kind listed
        (?:合计|共计|总计|共$)  # 分别为18个、21个和13个,共52个: 共 right before the figure (matched up to it)
    """,
    regex.VERBOSE,
)
_FLOW_OF_YEAR = regex.compile(r"当年|全年|本年")
_AT_AN_END = regex.compile(r"[末底]$")
_STOCK_NAME = regex.compile(r"(?:年|期|月)[末底]|累计")
_TOTAL_WORDS = ("合计", "共计", "总计")
_ANY_TOTAL_WORD = regex.compile(r"合计|共计|总计|共[\d〇零一二三四五六七八九十两]")  # one of them closes every _TOTAL_CUE
# Rounding of figures written in full (2,850元) that still needs room: a ten-thousandth.
_UNWRITTEN = Decimal("0.0001")
# Sets whose parts, each named on its own (A项目投资1.615亿美元), are one member each.
_MEMBERS = frozenset({"项目", "企业", "工程"})
# 两个行业实现营业收入…,其中钢铁行业…,有色金属行业…: the sets a whole counts the members of, one part each
_COUNTED_MEMBERS = _MEMBERS | {"行业", "产业", "园区", "领域", "板块", "市场"}
_CLAUSE_START = regex.compile(r"[,;:，；：。！？!?\n]")
_MEASURE_TAIL = regex.compile(r"(?:数|额|量|值|规模)+$")
_PER_HEAD = regex.compile(r"人均|户均|平均|每[个家人户]")
_PER_PERSON = regex.compile(r"人均|户均")  # (not 平均水平, a place's level)
_RATIO_CUE = regex.compile(r"相当于[^,;，；。]*$")
# 当年缴存额 is the year's, no 缴存余额; 累计发放贷款 the year's lending, no 贷款余额
_FLOW, _STOCK = regex.compile(r"新增|增量|当年|发放"), regex.compile(r"余额|存量")
_SENTENCE_END = frozenset("。！？!?\n")
_POINTING_BACK = regex.compile(r"(?:该|这一|此)(?![区港市县省镇园]|企业|公司|集团)")
_LAST_LISTED = regex.compile(r"[,，]\s*")  # …社区多功能运动场356个,合计420个: nothing but a comma before the total


def link_wholes(statements: list[Statement], facts: dict, marked: frozenset | set = frozenset(), text: str = "") -> list[Statement]:
    """The whole each share is a share of. 占签约总额的65.18%: the statement before whose metric shares
    the most characters with what the share is of (签约额 for 签约总额), then has the fewest others,
    then shares the part's period, then comes first. Without such a name: the whole of a 其中 part, else
    the article's first larger total. A whole has the part's kind and currency, is larger, is no
    year-earlier figure and no share of something itself (unless the share names it). A whole named
    with 全国 may be written later (从全国看…); when no larger figure fits, one the part exceeds by less
    than 30% is taken, as a likely mistake (whole_by overshot)."""
    by_id = {s.id: s for s in statements}
    by_value = {s.value: s for s in statements}
    linked = []
    headline = _headline(text)  # the article's own places
    # Earlier levels are no wholes: year-earlier figures (去年同期为390.3亿元), the base of a change or a
    # difference (较2024年末的15.12万个增加3.52万个), a figure dated before its sentence's (2024年末为15.12万个).
    earlier = earlier_levels(statements, facts, text)
    # (上年全省社会消费品零售总额为14074.6亿元, before the rates that take it as their base are read: an earlier level too)
    earlier |= {s.value for s in statements if s.period is not None and before_the_report_year(s, facts)}
    # 节水灌溉面积2914.8万亩,比上年末的2829.5万亩增加85.3万亩,占有效灌溉面积的68.0%: a share both figures took
    # is the current one's, not the earlier level's.
    held = Counter(s.share.value for s in statements if s.share is not None)
    statements = [s.model_copy(update={"share": None}) if s.share is not None and held[s.share.value] > 1 and s.value in earlier else s for s in statements]
    statements = _shares_of_compared_levels(statements, facts, text)
    goals = {s.target.value for s in statements if s.target is not None}  # 年度…计划为19500亿元: no whole either
    named_before: dict[str, tuple] = {}  # the name a share gives its whole → the whole it was read as, and how
    written_in: dict[str, str] = {}  # the name a share gives its whole → the figure written inside that share
    for position, statement in enumerate(statements):
        share = statement.share
        named_measure = share is not None and len(_measure_named(share.of)) >= 2
        if share is not None and share.whole is not None and named_measure:
            written_in.setdefault(share.of, share.whole)  # 占户籍总人口318.5万人的27.1%: the name's figure, written inside
        # a stake is a share of a company; a rate named by its noun (参保率) takes its whole in rates.link_named_rates
        if share is None or share.whole is not None or share.of == "股权" or (share.of or "").endswith(("率", "进度", "强度")):
            linked.append(statement)
            continue
        part = facts[statement.value]
        if _THIS_YEAR_NEXT.match(text, part.end) and (statement.value in earlier or before_the_report_year(statement, facts)) \
                and _earlier_by_its_words(statement, facts, text):
            # 个人所得税去年同期为88.8亿元,今年增长6.8%,占税收收入的7.5%: this year's unwritten figure's, before any whole
            # named inside an earlier share is reused
            linked.append(statement)
            continue
        named_set = set_and_member(statement.metric) if not share.of and statement.part_of is None else None
        if named_set and (whole := _set_before(named_set[0], part, statements[:position], facts, earlier)) is not None:
            # 出口车辆中新能源汽车21.73万辆,占56.4%: of the figure before that names the set before 中
            linked.append(statement.model_copy(update={"share": share.model_copy(update={"whole": whole.value, "whole_by": "metric"})}))
            continue
        inside = facts.get(written_in.get(share.of)) if named_measure else None
        if inside is not None and same_unit(inside, part) and None not in (inside.value, part.value) and inside.value > part.value:
            # 其中65周岁及以上老年人口61.38万人,占户籍总人口的19.3%: of the figure written inside the share that named it first
            linked.append(statement.model_copy(update={"share": share.model_copy(update={"whole": inside.id, "whole_by": "metric"})}))
            continue
        if part.kind == "percent":  # 民间投资增长3.1%,占全部投资的51.2%: a rate's share has no level to check
            linked.append(statement)
            continue
        # Figures written before the share: a share given to a figure it names (本次签约总投资占今年以来
        # 签约总额的37.2%) may be of one written after that figure.
        written = facts[share.value].start
        # (占全部技改投资的36.5%: no figure listed with the part is its whole, as a sibling, by name nor as the first total;
        # 农村…相当于城市标准的79.2%: a ratio's may be)
        # 相当于当年缴存额的106.6%: a ratio above 100%, over a smaller figure; 占…的121.4% stays impossible.
        ratio = _RATIO_CUE.search(text, max(0, written - 20), written) is not None
        above = facts[share.value].value is not None and facts[share.value].value > 100 and facts[share.value].form == "percent" and ratio \
            or facts[share.value].form == "multiple" and facts[share.value].value is not None and facts[share.value].value > 1
        # 平均每公里投资277.7万元,…占全省的15.4%: an average is no part of a total, only a ratio of another average
        # (read off its own clause: 合计986.4亿元 may take the name 户均 from the clause before).
        averaged = _averaged(part, text)
        # 上次为24个、占33.8% after 比上次的71个: a share of a figure written as an earlier level is of an earlier level.
        of_earlier = statement.value in earlier and _earlier_by_its_words(statement, facts, text)

        def fits(s: Statement, place: bool = False) -> bool:
            # 计划新开工省重点项目380个 is a plan, no whole; 其中生活补贴…,购房补贴…占补贴总额的: siblings are none either.
            # A place's figure (东道主芷川省企业706家) may hold a share of its own and sit among the part's siblings.
            figure = s.model_copy(update={"share": None}) if place else s
            return facts[s.value].start < written and s is not statement and (s.value in earlier) == of_earlier \
                and can_be_whole(figure, part, facts, share.of, larger=not above) and (not averaged or _averaged(facts[s.value], text)) \
                and not ((_PLANNED.match(s.metric or "") or s.value in goals) and not _PLANNED.search(share.of or "")) \
                and not _of_another_period(s, statement, share.of, facts) and not _of_the_part_alone(s, statement, share.of) \
                and not _a_period_within(s, statement, by_id, facts) \
                and not _stock_for_a_flow(share.of, s, facts, statement) and not _stock_against_flow(statement.metric, s.metric) \
                and not _EXCLUDING.search(text, max(0, facts[s.value].start - 24), facts[s.value].start) \
                and (ratio or not _listed_with(facts[s.value], part, text)) \
                and not (statement.part_of and s.part_of == statement.part_of and s.sentence == statement.sentence and not place
                         and not _named_beyond(share.of, s, by_id[statement.part_of], statement))
        # (开工项目中老旧小区改造112个 is a member of 开工项目, no whole of a share of 开工项目)
        candidates = [s for s in statements if fits(s) and not _a_member_of(share.of, s)]
        if share.of and "同类" in share.of:  # 10亿元以上项目27个,占全市同类项目的39.7%: of the city's 10亿元以上项目
            candidates = [s for s in candidates if statement.metric and statement.metric in (s.metric or "")]
        parent = by_id.get(statement.part_of) if statement.part_of else None
        # 已开工118个…;其中已投产47个,占已开工项目的39.8%: a share naming the whole of its 其中 (or its place) is of it.
        names_parent = parent is not None and (_names_the_place_of(share.of, parent) or _names_the_set_of(share.of, parent)
                                               or _names_the_counted_set(share.of, parent, facts, text)
                                               or _under_an_unnamed_total(parent, share, facts, text)
                                               # 其中…胶囊销售收入7.36亿元,占该产品线收入的近四成: 该 points back to the 其中's whole
                                               # (not 该区, 该港: a place's own figure)
                                               or bool(_POINTING_BACK.match(share.of or "")))
        described = _describing_whole(share.of, statement, statements[:position], facts, text)
        if described is not None:  # 其中,总投资68亿元的…工程已完成投资21.3亿元,占总投资的31.3%: of the work's own 68亿元
            whole, basis = described, "metric"
        elif names_parent and same_unit(facts[parent.value], part) \
                and None not in (facts[parent.value].value, part.value) and facts[parent.value].value > part.value:
            whole, basis = parent, "part_of"  # 雯湖区完成投资486.3亿元…其中工业投资213.8亿元,占全区投资的44.0%
        elif share.of and share.of.startswith("其"):  # 设计企业研发投入…相当于其营收的25.5%: the part's own
            # (吸引观众186.4万人次,占观众总数的30.4%;…外地观众112.6万人次,占其观众总数的60.4%: a whole with a share of its own)
            whole, basis = _own_whole(share.of[1:], statement, [s for s in statements if fits(s, place=True)], by_id), "metric"
        elif share.of and share.of in named_before and fits(named_before[share.of][0]):
            whole, basis = named_before[share.of]  # 占发行总额的: the whole an earlier share of that name is of
        else:
            regional = [s for s in statements if fits(s, place=True)] if _of_a_wider_place(share.of, statement) else []
            whole = _named_region_whole(share.of, statement, regional, facts) or _named_whole(share.of, statement, candidates, sizes=facts, linked=linked, headline=headline) \
                or _set_of_members(share.of, part, statements[:position], by_id, facts)
            basis = "metric"
        if whole is None and share.of and not share.of.startswith("其"):
            # A figure that is a share itself may be the region's figure of the very measure (战略性新兴产业产值),
            # for a share of the region alone (占全市的).
            of_the_region = share.of.removesuffix("的") in _REGION_LEVELS and statement.value not in earlier
            larger = [] if not of_the_region or averaged else [
                s for s in statements
                if facts[s.value].start < written and s is not statement and s.value not in earlier and same_unit(facts[s.value], part)
                and None not in (facts[s.value].value, part.value) and facts[s.value].value > part.value and facts[s.value].qualifier == "="
                and not (s.share is not None and s.share.of == share.of)  # 重点村接待游客612.4万人次,占全县的45.6%: a part of the county
                and not REST_OF_WHOLE.match(_clause_before(text, facts[s.value].start))  # 其余十一家景区接待21.28万人次: the rest
            ]
            smaller = {s.id for s in candidates if _smaller_than(facts[s.value], part, facts[share.value])}
            # (城镇消费品零售额…;乡村消费品零售额…,占全省的14.3%: another member of a partition is no whole of a place)
            siblings = {s.id for s in candidates if other_member(statement.metric or "", s.metric or "")}
            whole, basis = _subject_whole(share.of, statement, [s for s in candidates if s.id not in smaller | siblings], larger, facts), "subject"
        # 共14人,占公司股份总数的36.8892%,其中…共7人,占公司股份总数的36.8327%: a part's share of what its
        # whole is a share of is no share of that whole.
        outer = by_id[statement.part_of].share if statement.part_of else None
        if whole is None and names_the_nation(share.of):  # 占全国进出口总值的6.0%, the national figures written later
            later = [
                s for s in statements[position + 1 :]
                if can_be_whole(s, part, facts) and is_national(s, facts, text) and not _of_another_period(s, statement, share.of, facts)
            ]
            whole, basis = _named_whole(share.of, statement, later, text, facts), "metric"
        if whole is None and _names_a_wider_region(share.of, statement):  # 占全省的10.6%, 从全省看… written later
            later = [
                s for s in statements[position + 1 :]
                if can_be_whole(s, part, facts) and s.subject == share.of[:2] and not _of_another_period(s, statement, share.of, facts)
            ]
            whole, basis = next((s for s in later if share_a_word(s.metric, statement.metric)), None), "subject"
        if whole is None and share.of and _OUTPUT_RATIO.search(share.of):
            # 投入强度(与地区生产总值之比)为2.77%,全市地区生产总值为6728.5亿元: the economy's output, written after in the sentence
            later = [
                s for s in statements[position + 1 :]
                if s.sentence == statement.sentence and can_be_whole(s, part, facts) and not _of_another_period(s, statement, share.of, facts)
            ]
            whole, basis = _named_whole(share.of, statement, later, text, facts), "metric"
        if whole is None and names_the_nation(share.of) and not _measure_named(share.of):
            # 占全国的6.2%: the one figure of the country in the part's unit, before or after
            national = [
                s for s in statements
                if s is not statement and can_be_whole(s, part, facts) and is_national(s, facts, text)
                and not _of_another_period(s, statement, share.of, facts)  # 9月当月 is no share of 1—9月's
                and (s.value in earlier) == of_earlier  # 较2024年…的7.65亿人次 is the country's figure of a year before
            ]
            if len(national) > 1:  # 地区生产总值 of 国内生产总值, among the country's other figures
                national = [s for s in national if share_a_word(s.metric, statement.metric)]
            whole, basis = (national[0] if len(national) == 1 else None), "metric"
        # 其中…高技术制造业28.5亿元,占全省的33.4%: a share of the region alone is no share of the part's whole.
        of_the_region = bool(share.of) and bool(_SCOPE.fullmatch(share.of))
        if whole is None and not share.of and statement.part_of and not of_earlier:
            # 出口机电产品1472.6亿元,占出口总值的69.9%;高新技术产品出口668.3亿元,占31.7%: of the whole the part
            # before it named (rather than the whole of the breakdown both were read under, if another)
            siblings = [s for s in linked if s.part_of == statement.part_of]
            named, named_by = _sibling_whole(statement, siblings, by_value, facts)
            if named is not None and named_by in ("metric", "part_of"):  # (part_of: its share named the whole the part is of)
                whole, basis = named, named_by
        if whole is None and statement.part_of and not (outer and share.of and outer.of == share.of) and not names_the_nation(share.of) and not of_the_region \
                and not _of_a_higher_level(share.of, by_id[statement.part_of]) \
                and not (part.kind == "count" and _names_apart(share.of, by_id[statement.part_of], statement)) \
                and not _of_its_own_set(statement, by_id[statement.part_of], facts, text) \
                and not _whole_written_in_another_unit(part, facts[share.value], facts, text):
            # (其中出口800亿元…分别占全省的: not of the city's total; 锂离子电池储能38个…占新增装机的: no count's share)
            whole, basis = by_id[statement.part_of], "part_of" if statement.id in marked else "breakdown"
            if _stock_against_flow(share.of, whole.metric):
                whole = None  # 占新增贷款的40.5% for a part of 贷款余额: the increase's share, not the balance's
        if whole is None and not share.of and not of_earlier:  # 占对东盟出口的63.2%,…,所占比重为20.1%: of the whole its sibling named
            whole, basis = _sibling_whole(statement, linked, by_value, facts)
        if whole is None and not share.of and not of_earlier:  # 在186场展览中,…的展览64场,占34.4%: of the set its sentence opens on
            whole = next((s for s in candidates if _opens_the_sentence_as_set(s, statement, facts, text)), None)
            basis = "metric"
        if whole is None and not share.of and not of_earlier and (opened := run_opening(text, part.start)):
            # 民事案件4.32万件…。在民事案件中,为农民工办理案件1.86万件,占43.1%: of the set the run opens on, written before
            opened = opened.removeprefix("在").replace("的", "")  # (在新引进的高校毕业生中: 新引进高校毕业生)
            # (在住房消费类提取中: 住房消费类提取, not 非住房消费类提取)
            named = [s for s in reversed(candidates) if len(opened) >= 2 and (s.metric or "").replace("的", "").endswith(opened) and not negates(s.metric, opened)]
            whole = next((s for s in named if s.metric == opened), named[0] if named else None)
            basis = "metric"
        if whole is None and not share.of and not of_earlier:
            # 孵化载体共47家,其中孵化器21家…;国家级孵化载体15家,占31.9%: of the whole its sentence broke down (a guess)
            broken = [s for s in candidates if s.sentence == statement.sentence and any(o.part_of == s.id for o in statements)]
            whole, basis = (broken[-1] if broken else None), "breakdown"
        if whole is None and not share.of and not of_earlier:
            # 加装电梯总投资5.42亿元,居民自筹2.37亿元,超过四成: of the total its sentence opens on (a guess all the same)
            # (not past a semicolon: 地方政府专项债券112.8亿元;银行贷款和社会资本74.6亿元,所占比重为15.3%, members side by side)
            first = min((s for s in statements if s.sentence == statement.sentence), key=lambda s: facts[s.value].start)
            opens = first is not statement and first in candidates and first.part_of is None \
                and not SEMICOLON.search(text, facts[first.value].end, part.start)
            whole, basis = (first if opens else None), "first_total"
        # 占外贸总值的64.1% when no figure is named 外贸: a total all the same, read as a guess (a warning).
        per_head = bool(_PER_HEAD.search(statement.metric or ""))  # 人均可支配收入49832元 is no part of a total
        # (通关时间由4.6小时缩短至3.2小时,…“秒级通关”比例达到92%以上: nor is a time taken)
        time_taken = getattr(part, "base_unit", None) in rules("measure").bare_units
        if whole is None and candidates and not per_head and not time_taken and (not share.of or _is_generic(share.of) or _TOTAL_WORD.search(share.of)):
            whole, basis = next((
                s for s in candidates if s.part_of is None and in_scope(share.of, s)
                and before_the_report_year(s, facts) == before_the_report_year(statement, facts)  # 上年研发投入13.24亿元,占比16.9%: of last year's
            ), None), "first_total"
        if whole is None and share.of:  # 协议投资1183.5亿元,占签约总额的91.4% after 1035.6亿元: a part written above its whole
            overshot = [s for s in statements[:position] if _overshot_by(s, part, facts) and not _of_another_period(s, statement, share.of, facts)]
            whole, basis = _named_whole(share.of, statement, overshot), "overshot"
            if whole is None and (_is_generic(share.of) or _TOTAL_WORD.search(share.of)):
                whole = next((s for s in overshot if s.part_of is None and in_scope(share.of, s)), None)
        if whole is not None and whole.id != statement.part_of and before_the_report_year(statement, facts) and not is_last_year_figure(whole, facts) \
                and (whole.period is not None or metrics_alike(whole.metric or "", statement.metric or "") or _OF_THE_YEAR_BEFORE.match(share.of or "")):
            whole = None  # 上年海洋生产总值为4583.2亿元,占地区生产总值的15.3%: of no figure of this year, nor of its own measure
        if whole is not None and _PER_PERSON.search(share.of or "") and not _PER_HEAD.search(whole.metric or ""):
            whole = None  # 竹业收入占竹区农民人均可支配收入的38.6%: of a figure per head, which no total is
        # 工业项目49个,占签约项目总数的66.2% under 项目74个,协议总投资251.8亿元: the count of the amount's set.
        figure = whole_figure(whole, part, facts) if whole is not None else None
        if share.of == "目标" and basis in ("breakdown", "first_total", "overshot"):
            figure = None  # 上半年…完成年度计划的53.5%: a completion rate is of its goal, not a guess at a total
        if figure is not None and same_unit(figure, part):
            statement = statement.model_copy(update={"share": share.model_copy(update={"whole": figure.id, "whole_by": basis})})
            if named_measure and figure.id == whole.value:
                named_before.setdefault(share.of, (whole, basis))  # a measure named (发行总额), not a region alone (全国)
        linked.append(statement)
    return linked


def _shares_of_compared_levels(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """支出52.86亿元…;比上年的49.37亿元多支出3.49亿元,增长7.1%,占茗川市…614.5亿元的8.6%: a share in the
    clauses of a level compared with (比…的) is the share of the figure compared, the one before it in the
    sentence, of its unit, when that holds no share of a whole (a completion rate's share stands aside)."""
    statements = list(statements)
    for position, statement in enumerate(statements):
        start = facts[statement.value].start
        compared = _compared_level(statement, facts, text) or _ratio_base(text, start, facts[statement.value].end)  # 是上年4.12亿元的2.3倍
        if statement.share is None or statement.share.of == "目标" or not compared:
            continue
        before = _member_named_in_clause(statements, position, facts, text)
        if before is None:
            # (外贸订单比上年同期的2760万元下降6.2%,…;电商平台订单比上年同期的2240万元增长42.0%,占…的36.8%: nor a level compared
            # with in its turn)
            before = position - 1
            while before >= 0 and statements[before].sentence == statement.sentence and (
                    not same_unit(facts[statements[before].value], facts[statement.value]) or _compared_level(statements[before], facts, text)):
                before -= 1
        if before < 0 or statements[before].sentence != statement.sentence:
            before = _named_before(statements, position, facts, text)  # 小麦播种面积比上年的85.17万亩增加…,占…的20.9%
            if before is None:
                continue
        current = statements[before]
        if current.share is None or current.share.of == "目标" and current.target is not None:
            statements[before] = current.model_copy(update={"share": statement.share})
            statements[position] = statement.model_copy(update={"share": None})
    return statements


def _compared_level(statement: Statement, facts: dict, text: str) -> bool:
    start = facts[statement.value].start
    return _EARLIER_LEVEL.search(text, max(0, start - 18), start) is not None


def _member_named_in_clause(statements: list[Statement], position: int, facts: dict, text: str) -> int | None:
    """…分别为486.2亿元、451.7亿元和648.9亿元,其中基金收入比上年的457.4亿元增长6.3%,占…的74.0%: the figure of
    the sentence, of the level's unit, that the level's clause names before 比 (not the last one listed)."""
    level = facts[statements[position].value]
    named = _NAME_BEFORE_THAN.fullmatch(_clause_before(text, level.start))
    name = same_words(strip_leading(named.group("name"))) if named else ""
    return next((
        p for p in range(position - 1, -1, -1)
        if statements[p].sentence == statements[position].sentence and same_unit(facts[statements[p].value], level)
        and len(name) >= 2 and name in same_words(statements[p].metric or "")
    ), None)


def _named_before(statements: list[Statement], position: int, facts: dict, text: str) -> int | None:
    """The position of the figure a sentence (or a run after a semicolon) opening on a name and 比 compares
    (小麦播种面积比上年的…): the latest before, of the level's unit, whose metric ends on that name."""
    level = facts[statements[position].value]
    opening = LAST_RUN_BREAK.search(text, 0, level.start)
    named = _NAME_BEFORE_THAN.match(text, opening.end() if opening else 0, level.start)
    if named is None:
        return None
    name = same_words(named.group("name"))
    return next((
        p for p in range(position - 1, -1, -1)
        if same_unit(facts[statements[p].value], level) and _names_alike(same_words(statements[p].metric or ""), name)
    ), None)


def _names_alike(metric: str, name: str) -> bool:
    """小麦播种面积 names 小麦 (a crop's area) and 全县小麦播种面积 alike."""
    return len(metric) >= 2 and (metric.endswith(name) or name.startswith(metric))


_UNIT_NAMES = {"亩": "面积", "平方米": "面积"}  # what a measurement in the unit measures, when its name does not say
# (100万元以上的村比上年的29个: a size class may be part of the name)
_NAME_BEFORE_THAN = regex.compile(r"\s*(?P<name>[\p{Han}\d.—-]{2,14}?)(?:比|较)[^,;，；。]{0,12}的")


def _averaged(figure, text: str) -> bool:
    """An average by the words of its own clause (平均每公里投资277.7万元, 户均2.23亿元)."""
    return bool(_PER_HEAD.search(_clause_before(text, figure.start)))


def _of_a_wider_place(of: str | None, statement: Statement) -> bool:
    """琮州市本地企业418家,占全省参展企业的: a share of 全省 (全市, 全县) for a part that names a place of a lower
    level (琮州市)."""
    lower = _LOWER_PLACE.get(of[:2]) if of else None
    return lower is not None and lower.search(named_by(statement)) is not None


def _named_region_whole(of: str, statement: Statement, candidates: list[Statement], facts: dict) -> Statement | None:
    """琮州市本地企业418家,占全省参展企业的59.2% after 东道主芷川省企业706家 and 参展企业3186家: 全省 is the
    province, so a figure naming a province by name (芷川省) is the whole, when it fits the share's name."""
    return _named_whole(of, statement, [s for s in candidates if _PLACE[of[:2]].search(named_by(s))], sizes=facts)


def _place_of(levels: str) -> regex.Pattern:
    """A place named with its level (芷川省, 琮州市), not 全省, 本市, 省外 or 省级."""
    return regex.compile(rf"(?<=\p{{Han}}{{2}})(?<![全本外该我各])[{levels}](?![外内级会委])")


_PLACE = {"全省": _place_of("省"), "全市": _place_of("市"), "全县": _place_of("县")}
_LOWER_PLACE = {"全省": _place_of("市县区"), "全市": _place_of("区县"), "全县": _place_of("乡镇")}


def _names_another_region(candidate: Statement, part: Statement, of: str) -> bool:
    """A figure whose name holds a region-wide scope after other words (当天全市同步签约项目总投资) is that
    region's, beside the figures the article is about: no whole of a share that names no region, for a
    part named without it."""
    region = _REGION_WORD.search(candidate.metric or "", 1)
    return region is not None and region.group() not in of and region.group() not in named_by(part)


_REGION_WORD = regex.compile(r"全[国省市县区州]")


def _named_beyond(of: str | None, part: Statement, parent: Statement, own: Statement) -> bool:
    """其余2718家为境内企业,本市企业1352家,占境内参展企业的: a share named by a word of a part that its
    whole's name lacks (境内) is of that part, even for a sibling. One word the share's own figure has too
    is the measure all of them share (直邮出口…,出口海外仓…,海外仓出口占…出口额的: 出口), unless the share names
    all of the part (占光伏装机的 of 光伏装机) or more of it (占留抵退税总额的 of 增值税留抵退税)."""
    words = two_char_words(part.metric)
    named = [word for word in words if word in (of or "") and word not in named_by(parent)]
    # (直邮出口…,B2B直接出口…,出口海外仓…占全市跨境电商出口的: a part narrowed by words that neither the share,
    # its own figure nor the whole names (直接) is not all the share names)
    return bool(named) and not _narrowed_apart(part.metric or "", (of or "", own.metric or "", named_by(parent))) and (
        any(word not in (own.metric or "") for word in named) or len(named) > 1 or all(word in (of or "") for word in words))


def _narrowed_apart(metric: str, names: tuple[str, ...]) -> bool:
    """Whether a metric holds, inside the words that `names` cover, two Chinese characters running that no
    pair of characters from them covers (跨境电商B2B直接出口 against 全市跨境电商出口, 跨境电商出口海外仓 and 出口:
    直接), a rest's words aside. Words before or after the named ones (岚溪引水工程总投资 for 占总投资的) name
    whose it is, not a narrower measure."""
    metric = REST_OF_WHOLE.sub("", metric)
    covered = [False] * len(metric)
    for i in range(len(metric) - 1):
        if any(metric[i : i + 2] in name for name in names):
            covered[i] = covered[i + 1] = True
    inside = [i for i, hit in enumerate(covered) if hit]
    return bool(inside) and any(
        regex.match(r"\p{Han}{2}", metric[i : i + 2]) and not covered[i] and not covered[i + 1] for i in range(inside[0], inside[-1])
    )


def _names_the_place_of(of: str | None, whole: Statement) -> bool:
    """占全区投资的 names the district a figure opens on (雯湖区完成投资): 全 and the place's last character,
    and the rest of the name within the figure's metric."""
    if not of or len(of) < 2 or not of.startswith("全"):
        return False
    place = _PLACE_OPENING.match((whole.subject or "") + (whole.metric or ""))
    rest = GENERIC_OF.sub("", of[2:].removesuffix("的"))
    return place is not None and place.group("kind") == of[1] and len(rest) >= 2 and rest in (whole.metric or "")


# A district or county the figure opens on; a province's or city's 全省/全市 more often names its total
# of another figure (机电产品出口…占全省出口总值的 under 进出口).
_PLACE_OPENING = regex.compile(r"^\p{Han}{1,4}?(?P<kind>[区县])(?!级)")


def _whole_written_in_another_unit(part, share, facts: dict, text: str) -> bool:
    """个人用户4615万个,…个人用户数相当于全省常住人口5318万人的86.8%: a share whose clause writes its whole, in another
    unit than the part's, is of that whole (no check can weigh it), not of the whole the part is listed under."""
    opening = clause_opening(text, share.start)
    return any(opening <= f.start < share.start and f.kind in LEVEL_KINDS and f is not part and not same_unit(f, part) for f in facts.values())


_REFERENTS = frozenset({"前者", "后者", "两者", "二者", "三者"})  # 后者中社会资本…: the whole itself, referred back to


def _of_its_own_set(part: Statement, whole: Statement, facts: dict, text: str) -> bool:
    """巡游出租汽车中新能源车7142辆,占84.8%;网约车中新能源车36215辆,占93.9%;两类新能源车辆合计43357辆: a bare share of
    a part named within a set of its own (中 a word of its own, not of 中医; not 从…中选聘, where it came from) is of
    that set, not of a whole whose name lacks it (but 412家规模以上工业企业中拥有注册商标的365家: the set the whole's
    figure counts)."""
    import jieba

    words = list(jieba.cut(part.metric or "", HMM=False))
    at = words.index("中") if "中" in words else 0
    own = "".join(words[:at])
    if len(own) < 2 or len("".join(words[at + 1 :])) < 2 or own.startswith(("从", "由")) or own in _REFERENTS or own in (whole.metric or ""):
        return False
    return not text.startswith(own, facts[whole.value].end)


def earlier_levels(statements: list[Statement], facts: dict, text: str) -> set[str]:
    """The fact ids of earlier levels, which are no wholes: year-earlier figures (去年同期为390.3亿元), the
    base of a change or a difference (较2024年末的15.12万个增加3.52万个), a figure dated before its
    sentence's (2024年末为15.12万个)."""
    earlier = {base for s in statements for base in bases_of(s)}
    earlier |= {s.value for s in _dated_before_their_sentence(statements, facts)}
    return earlier | {s.value for s in statements if _earlier_figure(s, facts, text)}


def _sibling_whole(statement: Statement, linked: list[Statement], by_value: dict, facts: dict) -> tuple[Statement | None, str | None]:
    """The whole named by the share of the latest figure before in the sentence, of the part's unit."""
    for sibling in reversed(linked):
        if sibling.sentence != statement.sentence:
            break
        if sibling.share is not None and sibling.share.of and sibling.share.whole in by_value:
            whole = by_value[sibling.share.whole]
            usable = same_unit(facts[whole.value], facts[statement.value]) and can_be_whole(whole, facts[statement.value], facts, sibling.share.of)
            # 上年研发投入13.24亿元,占比16.9%: last year's figure is no share of this year's 营业收入
            usable = usable and before_the_report_year(whole, facts) == before_the_report_year(statement, facts)
            # 个人创业担保贷款9.87亿元…占个人贷款的34.7%;小微企业创业担保贷款4.76亿元,占32.5%: no share of a figure named in parallel
            # (高新技术产品出口 after 出口机电产品,占出口总值的…: a kind of 出口 itself, no parallel figure)
            usable = usable and not (whole.metric and statement.metric and whole.metric[-2:] == statement.metric[-2:]
                                     and not statement.metric.endswith(whole.metric))
            return (whole, sibling.share.whole_by) if usable else (None, None)
    return None, None


def _overshot_by(candidate: Statement, part, facts: dict) -> bool:
    """A whole that the part exceeds by less than 30%: the very mistake a share check is to show, when
    no larger figure carries the name (beyond 30% the part is of something else)."""
    whole = whole_figure(candidate, part, facts)  # (发放贷款2.46万笔、118.7亿元: the count of the amount's set, the amount's share apart)
    own_share = candidate.share is not None and whole.id == candidate.value
    if not same_unit(whole, part) or whole.qualifier != "=" or own_share or whole.value is None or part.value is None:
        return False
    return whole.value < part.value <= whole.value * OVERSHOOT


def _dated_before_their_sentence(statements: list[Statement], facts: dict) -> list[Statement]:
    """Figures dated before the figure written just before them in their sentence: 截至2025年末…18.64万个,
    2024年末为15.12万个 (the level a year earlier). An earlier figure is passed over: 截至9月末…余额15286.43亿元
    (去年同期为14012.30亿元),…年初余额为14159.85亿元 dates 年初 before 9月末, not before 去年同期."""
    earlier, previous = [], None
    for before, after in zip(statements, statements[1:]):
        if earlier and before is earlier[-1] and before.sentence == after.sentence:
            before = previous
        if before.sentence != after.sentence or before.period is None or after.period is None:
            continue
        first, second = facts[before.period], facts[after.period]
        # (前三季度贷款增加5018.3亿元,年初余额为76256.3亿元: the balance the year opened on, before the months' end)
        dated_before = first.resolved is not None and second.resolved is not None and second.resolved.end < first.resolved.start
        if dated_before or opening_before(second, first):
            earlier.append(after)
            previous = before
    return earlier


_THIS_YEAR_SO_FAR = {"今年", "今年以来", "年初以来"}


def _of_another_period(candidate: Statement, statement: Statement, of: str | None, facts: dict) -> bool:
    """A figure of another period than the part's (2023年一季度营收 for a part of 2022年) is no whole of
    it, unless the share names the whole's period (占全年的)."""
    if candidate.period is None or (of and _TIME_WORD.search(of)):
        return False
    if statement.period is None:  # 上年…产值合计为891.36亿元 is no whole of an undated part: that is of the year in force
        return facts[candidate.period].text.startswith("上年")  # (去年 may be the year reported, early in the next)
    whole, part = facts[candidate.period], facts[statement.period]
    if {whole.text, part.text} <= _THIS_YEAR_SO_FAR:
        return False  # 今年李子实现产值8.28亿元 in August, of a part of 今年以来: the same months
    if part.text in ("年末", "年底") and whole.resolved is not None and part.resolved is not None and whole.resolved.end == part.resolved.end:
        return False  # 年末…全年接待游客5863.2万人次,占全市接待总量的57.0%: the year that ends then
    return periods_differ(whole, part)


def _a_period_within(candidate: Statement, statement: Statement, by_id: dict, facts: dict) -> bool:
    """一季度、二季度、三季度用电量分别为…: a quarter's figure that the figure of the months around it is
    made of is no whole of a part not written for that very quarter (澄江市用电量…占全省的, of the months)."""
    whole = by_id.get(candidate.part_of) if candidate.part_of else None
    if whole is None or candidate.period is None or _AT_AN_END.search(facts[candidate.period].text):
        return False
    # (a whole written with no date of its own, 投资94.7亿元 in the headline, is broken down in time when
    # its parts are of different periods: 一季度…、二季度…)
    if not _part_in_time(candidate, whole, facts) and (
            whole.period is not None or len({facts[s.period].text for s in by_id.values() if s.part_of == whole.id and s.period is not None}) < 2):
        return False
    own = facts[statement.period] if statement.period is not None else None
    return own is None or own.resolved is None or own.resolved != facts[candidate.period].resolved


def _stock_for_a_flow(of: str | None, candidate: Statement, facts: dict, part: Statement) -> bool:
    """占当年缴存额的70.3%: a whole named as the year's flow is no level standing at the year's end (年末缴存总额);
    nor is a level at a month's end (截至6月末…管理基金规模1428.6亿元) the whole of a flow over months
    (子基金上半年完成投资42.3亿元,占全市的22.7%), unless it sums the months up (累计)."""
    dated = facts[candidate.period].text if candidate.period else ""
    at_an_end = bool(_AT_AN_END.search(dated))
    if of and _FLOW_OF_YEAR.search(of):
        return at_an_end or bool(_STOCK_NAME.match(candidate.metric or ""))
    # (the part's months written in its own sentence: a period carried over from before may be a stock's too)
    spans = part.period is not None and facts[part.period].sentence == part.sentence \
        and not _AT_AN_END.search(facts[part.period].text) and _over_months(facts[part.period])
    return spans and at_an_end and "累计" not in (candidate.metric or "") and _stock_or_flow(part.metric) != "stock"


def _over_months(date) -> bool:
    first, last = month_span(date)
    return first is not None and last is not None and first != last


def _of_the_part_alone(candidate: Statement, statement: Statement, of: str | None) -> bool:
    """衡阳市…业务收入16.03亿元,占全省邮政业务收入总量的7.82%: a whole of the province is no figure of
    the city the part belongs to."""
    scoped = bool(of) and of.startswith(("全国", "全省", "全市", "全县", "全区", "全州"))
    own = statement.subject is not None and not statement.subject.startswith("全")
    return scoped and own and candidate.subject == statement.subject


def _earlier_figure(statement: Statement, facts: dict, text: str) -> bool:
    """去年同期为390.3亿元, 上年为362.8亿元, 比去年春季集中签约的265.2亿元: a figure of the year before the
    one in force, or the level a change is measured from (去年 alone, in a headline written early in the
    year, is the period itself)."""
    if _earlier_by_its_words(statement, facts, text):
        return True
    if statement.period is None:
        return False
    period = facts[statement.period]
    if period.text in ("上年", "去年") and _THIS_YEAR_NEXT.match(text, facts[statement.value].end):
        return True  # 去年国庆假期七天接待71.36万人次,今年增长21.1%: the level this year's is measured from
    if period.text.startswith(YEAR_BEFORE_WORDS) and "今年" in text[: period.start]:
        return True  # 今年…假期共8天,…。去年国庆假期7天,全省接待游客4618.5万人次: last year's, beside this year's
    if any(f.kind == "date" and f.start < period.start and a_year_before(period, f) for f in facts.values()):
        return True  # 前三季度,全县固定资产投资…。2025年前三季度,全县固定资产投资为222.4亿元: the same months a year before
    if period.text == "上年" and _NAMED_THEN_WAS.fullmatch(text, period.end, facts[statement.value].start):
        return True  # 上年全省对外直接投资为42.7亿美元: 上年 is the year before the report's, as 上年为… is
    return is_last_year(period) or period.text in ("上年", "去年") and text[period.end : period.end + 1] in ("为", "是")


_NAMED_THEN_WAS = regex.compile(r"\p{Han}{0,16}?(?:为|是)")  # (…全省对外直接投资为: a name, then the level it was)


def _earlier_by_its_words(statement: Statement, facts: dict, text: str) -> bool:
    """比上年的362.8亿元, 上年为362.8亿元, 上届…: a figure its own words write as an earlier level."""
    return _written_as_earlier(text, facts[statement.value].start, facts[statement.value].end)


def moved_from(text: str, start: int, end: int) -> bool:
    """由每人每月910元、705元提高到960元、760元: a level (or one of a list) moved from, at [start, end)."""
    # (the anchored test after the figure first: few figures are followed by 提高到, and the search before is dearer)
    return bool(_MOVED_TO_AFTER.match(text, end) and _MOVED_FROM_BEFORE.search(text, max(0, start - 30), start))


@lru_cache(maxsize=4096)  # asked by every pass for every figure: the words around one figure do not change
def _written_as_earlier(text: str, start: int, end: int) -> bool:
    if _EARLIER_LEVEL.search(text, max(0, start - 18), start) or _EARLIER_EDITION.search(text, max(0, start - 16), start) \
            or _YEAR_BEFORE_WAS.search(text, max(0, start - 40), start) or EARLIER_WAS_AT_END.search(text, max(0, start - 6), start):  # (上年为1339.6亿元, 年初为)
        return True
    if moved_from(text, start, end):
        return True  # 城市低保标准由每人每月875元提高到920元: the level it moved from
    if _ratio_base(text, start, end):
        return True  # 来自欧盟的62家,是上年41家的1.5倍: the level a multiple is of
    sentence_start = max(text.rfind(end, 0, start) for end in "。！？\n") + 1
    clause_start = max(text.rfind(end, 0, start) for end in "。！？\n,，;；") + 1
    # 上次赴欧招商在2024年11月,签约项目29个、协议投资32.4亿欧元; 与上届相比…,上届共签约128个项目、总投资1103.7亿元
    return bool(_EARLIER_EDITION_SENTENCE.match(text, sentence_start) or _EARLIER_EDITION_SENTENCE.match(text, clause_start))


# 十二条重点产业链(实现)增加值 for 楠州市重点产业链增加值: the region's figure names its members' number, or its scope.
_COUNTED_SCOPE = regex.compile(r"(?:[\d一二三四五六七八九十百千两]+[条个家项类大]|全省|全市|全县|全区)?")
# (城市和农村低保标准分别由每人每月910元、705元提高到960元、760元: each level of a list moved from)
# (由年初的163家增至198家: a level of the start of the year moved from, as one of the year before; 由上年的每平方米每月14.2元)
_MOVED_FROM_BEFORE = regex.compile(
    rf"(?:由|从)(?:(?:(?:上年|去年|\d{{4}}年)(?:同期|末|底)?|年初|上月末|上季度末)的)?(?:{PER_UNIT_MOVED_FROM})?(?:[\d.,]+\p{{Han}}{{0,3}}[、和])*$"
)
_MOVED_TO_AFTER = regex.compile(rf"(?:[、和][\d.,]+\p{{Han}}{{0,3}})*[,，]?(?:{MOVED_TO}|净增|净减)")  # (由…的28.83万辆净增9.82万辆)
# (上年1127万件; 上年同期营业收入为198.47亿元,今年同比增长19.0%: last year's level, named after its time)
# (出口和进口上年同期分别为1634.1亿元和1006.3亿元: each level of the list)
_YEAR_BEFORE_WAS = regex.compile(r"(?:(?:上年|去年)(?:同期\p{Han}{0,8})?(?:为|是)|[(（](?:上年|去年)(?:同期)?)(?:[\d.,]+\p{Han}{0,3}[、和])*$")
_RATIO_BASE_BEFORE = regex.compile(rf"是{EARLIER_YEAR}的?$")
_RATIO_BASE_AFTER = regex.compile(r"的[\d.]+倍")
_EARLIER_EDITION_SENTENCE = regex.compile(r"\s*(?:上次|上一次|上届|上一届)")
_TOTAL_OF = regex.compile(r"总量|总数|总额|总计")
_PLANNED = regex.compile(r"(?:全年|年度)?(?:计划|目标)")
_DOER = regex.compile(r"^\p{Han}{2,10}?(?:完成|实现)(?=\p{Han}{3})")
_IN_BRACKETS, _CLOSING = regex.compile(r"[(（][^)）]*$"), regex.compile(r"[)）]")
_REMAINDER_NAME = regex.compile(r"(?:其?余|剩余|余下)(?!额)")  # 其 is a leading word, so 其余 is often left as 余; 余额 is a balance
_PER_TIME = regex.compile(rf"{PER_DAY_MONTH_YEAR}|平均每|亩产|单产")  # 亩产528.1公斤 is a yield, no part of a harvest
_EARLIER_EDITION = regex.compile(EDITION_BEFORE + "$")
_THIS_YEAR_NEXT = regex.compile(r"[,，;；]今年")


def _ratio_base(text: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) is the level of a time before that a multiple is of (是上年41家的1.5倍)."""
    return bool(_RATIO_BASE_AFTER.match(text, end) and _RATIO_BASE_BEFORE.search(text, max(0, start - 10), start))


def _names_a_wider_region(of: str | None, statement: Statement) -> bool:
    """占全省的 said of a city's figure (全市 or a named place): the province's figure is the whole."""
    return bool(of) and of[:2] in ("全省", "全市") and statement.subject is not None and statement.subject != of[:2]


_LOWER_SCOPES = {"全省": ("全市", "全县", "全区"), "全市": ("全县", "全区")}


def _of_a_higher_level(of: str | None, whole: Statement) -> bool:
    """占全省的 said of a part of the city's figure (全市, 琮州市…) or 占全市的 of a county's: the share is of
    the higher region, not of that figure."""
    if not of or of[:2] not in _LOWER_SCOPES:
        return False
    return whole.subject in _LOWER_SCOPES[of[:2]] or bool(_LOWER_PLACE[of[:2]].search(named_by(whole)))


def names_the_nation(of: str | None) -> bool:
    return bool(of) and of.startswith(("全国", "我国", "中国"))


def is_national(statement: Statement, facts: dict, text: str) -> bool:
    """A figure of the whole country: its subject or metric says so (我国货物贸易进出口总值), or the
    paragraph it is written in opens on the country (从全国看,…其中,出口12.13万亿元)."""
    if _NATIONAL.search(named_by(statement)):
        return True
    if statement.subject or not text:
        return False
    start = facts[statement.value].start
    paragraph = text.rfind("\n", 0, start) + 1
    return bool(_NATIONAL.search(text, paragraph, min(start, paragraph + 15)))


def link_complements(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """出口3.33万亿元…进口3.24万亿元 after 进出口6.57万亿元: parts that exhaust a whole by their metric
    (rules/link.toml), of the same kind, unit and period, within the whole's paragraph or the next; the
    latest such whole takes them, a part of another whole included."""
    statements = list(statements)
    for complement in rules("link").complements:
        for position, whole in enumerate(statements):
            if not whole.metric or complement.whole not in whole.metric:
                continue
            value = facts[whole.value]
            earlier_level = _earlier_figure(whole, facts, text)
            found = {}
            for later_position in range(position + 1, min(position + 8, len(statements))):
                later = statements[later_position]
                part = facts[later.value]
                if text.count("\n\n", value.end, part.start) > 1:
                    break
                if part.kind != value.kind or getattr(part, "currency", None) != getattr(value, "currency", None):
                    continue
                # 当月 written again is the same month (the paragraph is one).
                same_period = later.period is None or whole.period is not None and facts[later.period].text == facts[whole.period].text
                if later.period is None and earlier_level:  # 比上年的2041.7亿元 has no parts of this year
                    continue
                # 其中,对共建国家进出口486.3亿元…;出口302.8亿元,进口183.5亿元: a part's own parts, not its whole's.
                if not same_period or later.part_of not in (None, whole.id, whole.part_of):
                    continue
                if is_national(whole, facts, text) != is_national(later, facts, text):
                    continue  # 全国货物贸易进出口33.61万亿元 takes no 集成电路进口 of the city after it
                name = next((p for p in complement.parts if later.metric and later.metric.endswith(p) and complement.whole not in later.metric), None)
                if name and _whole_of_its_own(later.metric.removesuffix(name), complement.whole, whole, statements):
                    continue  # (一般贸易进出口…;加工贸易进出口…;加工贸易出口…、进口…: the parts of 加工贸易)
                if name and of_a_thing_apart(later.metric.removesuffix(name), whole):
                    continue  # 对澳新进出口119.3亿元 … 农产品进口126.5亿元: some of the imports, of another thing
                named_whole = later.share.of or "" if later.share is not None else ""
                if name and later.metric != name and named_whole.endswith(name) and complement.whole not in named_whole:
                    continue  # 机电产品出口618.4亿元,占…出口的58.7%: a part of the 出口 its share names, not of a 进出口
                if name and name not in found:
                    found[name] = later_position
            if len(found) == len(complement.parts):
                for later_position in found.values():
                    statements[later_position] = statements[later_position].model_copy(update={"part_of": whole.id})
    return statements


def of_a_thing_apart(named: str, whole: Statement) -> bool:
    """Whether a part named `named` + its flow (农产品进口) names a thing or a market of its own, that the whole
    (对澳大利亚、新西兰进出口) does not in a word of its own (对共建国家 is of 对共建“一带一路”国家): a place, a doing
    or a span of time before the flow narrows nothing."""
    named = strip_leading(named)
    if not named or named in (whole.metric or "") or two_char_words(named) & two_char_words(whole.metric or "") or is_place(named) or is_region(named):
        return False
    return not _NEUTRAL_WORDS.fullmatch(named)


_NEUTRAL_WORDS = regex.compile(r"(?:全年|当年|今年|同期|累计|实现|完成|其中|当月|货物|外贸)+")


def _whole_of_its_own(named: str, measure: str, whole: Statement, statements: list[Statement]) -> bool:
    """Whether a part named `named` + its measure (加工贸易出口) belongs to another whole of that name
    (加工贸易进出口) than `whole`."""
    if not named or named in (whole.metric or ""):
        return False
    return any(other is not whole and named + measure in (other.metric or "") for other in statements)


def link_totals(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """三个项目合计287亿元 after 分别为120亿、105亿和62亿元: a total written after its parts. The parts
    are the figures right before it in its sentence, of its kind and currency, each smaller; when the cue
    counts them (两区) and the count disagrees, the total is left unlinked. A cue that opens its sentence
    (四项合计,今年新增政府债务总规模达11.86万亿元) sums up the sentence before. The parts exhaust it."""
    statements = list(statements)
    if not _ANY_TOTAL_WORD.search(text):
        return statements  # no cue anywhere: most articles are done without a look at each figure
    for position, total in enumerate(statements):
        # The cue may open the clause of the figure or of the count that goes with it (三档合计13个,总投资246.3亿元).
        value, found = next((
            (figure, cue) for figure in (facts[total.value], facts.get(total.count))
            if figure is not None and (cue := total_cue(text, figure.start)) is not None
        ), (facts[total.value], None))
        if found is None or total.part_of is not None or value.value is None or value.qualifier != "=":
            continue
        cue, clause_start = found
        if text[max(0, clause_start - 2) : clause_start - 1].endswith("等"):
            continue  # 其他营业外收入570.88万元等,合计880.99万元: the list names only some of the parts
        opens_sentence = clause_start == 0 or text[clause_start - 1] in _SENTENCE_END
        wanted = parts_counted(cue)
        joined = text[clause_start : cue.start()].lstrip().startswith("与")  # (与槐阳市…、漓川市…合计: total_cue's joined list)
        if joined:  # the figures of the clause and the one right before it
            wanted = sum(1 for s in statements if clause_start <= facts[s.value].start < cue.start()) + 1
        # 对上述三个市场合计进出口925.2亿元: the counted parts may reach into the sentence before.
        above = wanted is not None and cue.group("above") is not None
        sentences = {total.sentence, total.sentence - 1} if opens_sentence or above else {total.sentence}
        parts = []
        last_year_total = total.period is not None and is_last_year(facts[total.period])
        for earlier in reversed(statements[:position]):
            if (above or joined or cue.group("last")) and len(parts) == wanted:
                break  # (后两项合计: the last two)
            part = facts[earlier.value]
            if cue.start() <= part.start < cue.end() or _EARLIER_LEVEL.search(text, max(0, part.start - 18), part.start):
                continue  # 四项 in 四项合计 counts the parts; 比上年的120.45亿元 is no part
            if (earlier.period is not None and is_last_year(facts[earlier.period]) and not last_year_total) or _PER_TIME.search(earlier.metric or ""):
                continue  # 上年同期为22.13万户, 日均新设681户: no part of this year's total (上年同期,…分别完成…,合计…: of last year's)
            if parts and AVERAGE_CUE.search(earlier.metric or "") and not AVERAGE_CUE.search(parts[0].metric or ""):
                continue  # 教育支出1003.6亿元,…人均约2373元;社会保障和就业支出…: an average among amounts (人均食品烟酒支出…,人均居住支出: all averages)
            if _level_before(earlier, total, facts) or DELTA_ONLY.fullmatch(strip_leading(_clause_before(text, part.start))):
                continue  # 小巨人企业二十七家,上年末为22家,年内新增5家;…两者合计: the level a year before and the increase
            if _IN_BRACKETS.search(text, max(0, part.start - 30), part.start) and _CLOSING.search(text, part.end, value.start):
                continue  # 社会保障和就业支出8.72亿元(含…补助1.27亿元): an aside, a part of the figure before
            if any(s.id == earlier.part_of and s.sentence == earlier.sentence and "其中" in text[facts[s.value].end : part.start]
                   and (facts[s.value].value or 0) < value.value for s in statements[:position]):
                continue  # 汽车类零售额186.5亿元,其中新能源汽车68.4亿元;…上述四类合计: a part of a part of the total
            of = earlier.share.of if earlier.share is not None and earlier.share.of and len(earlier.share.of) >= 2 else None
            if of and any(s.sentence == earlier.sentence and of in (s.metric or "") and facts[s.value].end <= part.start
                          and same_unit(facts[s.value], part) for s in statements[:position]):
                continue  # 汽车类158.6亿元,新能源汽车类74.3亿元,占汽车类的46.8%;…上述六类合计: a share of another part
            if part.value is None and part.low is not None and text[part.end : part.end + 1] == "的":
                continue  # 超10亿元的企业9家,1亿元至10亿元的47家,两档合计56家: a band naming a part, no part
            if part.kind == "percent" and part.kind != value.kind:
                continue  # 受内需偏弱影响下降2.3%: a rate read as a figure of its own, between the parts
            if earlier.sentence not in sentences or not same_unit(part, value):
                break
            if part.value is None or part.qualifier != "=":
                break  # a hedged part (约374万元) cannot show that a total falls short
            if part.value >= value.value and not (not parts and _LAST_LISTED.fullmatch(text, part.end, clause_start)):
                break  # (…和社区多功能运动场356个,合计420个: the last of a list run into its total is a part whatever its size)
            parts.insert(0, earlier)
        if cue.group("first") and wanted is not None and len(parts) > wanted:
            parts = parts[: int(wanted)]  # 分别为146.2亿元、118.5亿元和88.1亿元,前两项合计264.7亿元: the first two
        # 共有公共图书馆14个,建成图书馆分馆186个、城市书房73个,合计259个 (…社区分馆42个,另有城市书房126个,各类服务阵地共317个
        # alike): the last figures right before the total, when they alone make it and all the figures read back do not
        if wanted is None and sum(facts[p.value].value for p in parts) != value.value:
            parts = next((parts[first:] for first in range(1, len(parts) - 1)
                          if sum(facts[p.value].value for p in parts[first:]) == value.value), parts)
        if len(parts) < 2 or (wanted is not None and len(parts) != wanted):
            continue
        count = facts.get(total.count) if total.count else None
        if count is not None and facts[parts[-1].value].end < count.start < cue.start():
            continue  # 10亿元至50亿元项目十三个,合计214.6亿元: the sum of the set just counted, not of the figures before
        ids = {p.id for p in parts}
        # 分别获投62.7亿元、…24.9亿元,合计151.8亿元…;其余34.6亿元: parts read as a breakdown of a whole pass it to their
        # subtotal, which stands for them there beside the rest.
        held_by = {p.part_of for p in parts}
        outer = held_by.pop() if len(held_by) == 1 and total.part_of is None else None
        # 分别为146.2亿元、118.5亿元和88.1亿元,前两项合计264.7亿元: so do the first members of a list, beside the last
        # (后两项合计: the last ones, beside the first).
        # 三大主业合计429.01亿元,占比88.2%,其余57.36亿元: the rest after the subtotal, read as no part yet, joins it there.
        rests = {
            s.id for s in statements if s.sentence == total.sentence and facts[s.value].start > value.start
            and REST_OF_WHOLE.search(s.metric or "") and s.part_of in (None, outer) and same_unit(facts[s.value], value)
            and facts[s.value].qualifier == "="  # (其余各市平台数量均在20个以下: a bound on each, no rest)
        }
        # (制氢…58.4亿元,储运…31.7亿元,两者合计90.1亿元…;加氢站…12.3亿元: a subtotal among its whole's other parts)
        outer = outer if outer is not None and (rests or (cue.group("first") or cue.group("last") or cue.group("two")) and any(
            s.part_of == outer and s.sentence == total.sentence and s.id not in ids for s in statements
        )) else None
        statements = [
            s.model_copy(update={"part_of": total.id}) if s.id in ids
            else s.model_copy(update={"part_of": outer}) if outer and s.id in rests
            else s.model_copy(update={"exhaustive": True} | ({"part_of": outer} if outer else {})) if s.id == total.id
            # A total exhausted by the list before it has no other parts: 其中,6万亿元债务限额分三年安排
            # after 6万亿、4万亿和2万亿元,合计12万亿元 breaks down one of the listed parts.
            else s.model_copy(update={"part_of": None}) if s.part_of == total.id else s
            for s in statements
        ]
    return statements


def _a_member_of(named: str | None, statement: Statement) -> bool:
    """开工项目中老旧小区改造 of 开工项目: a metric naming a member of the set a share names, after the set and 中."""
    return bool(named) and len(named) >= 2 and regex.search(f"{regex.escape(named)}中\\p{{Han}}", statement.metric or "") is not None


def _set_of_members(named: str | None, part, before: list[Statement], by_id: dict, facts: dict) -> Statement | None:
    """已完工项目74个,占开工项目的近四成 after 开工项目中老旧小区改造112个, a part of 累计开工186个: the whole that the members
    of the set a share names are parts of, when its figure of the part's unit is larger."""
    for statement in reversed(before):
        if _a_member_of(named, statement) and statement.part_of in by_id:
            figure = whole_figure(by_id[statement.part_of], part, facts)
            if same_unit(figure, part) and None not in (figure.value, part.value) and figure.value > part.value:
                return by_id[statement.part_of]
    return None


def _describing_whole(named: str | None, statement: Statement, before: list[Statement], facts: dict, text: str) -> Statement | None:
    """总投资68亿元的…工程已完成投资21.3亿元,占总投资的31.3%: the figure of the name the share gives that describes,
    in the part's own clause, the thing the part is of (followed by 的), when larger."""
    part = facts[statement.value]
    for candidate in reversed(before):
        figure = facts[candidate.value]
        if figure.sentence != part.sentence or _CLAUSE_START.search(text, figure.end, part.start):
            break
        if named and candidate.metric == named and text[figure.end : figure.end + 1] == "的" and same_unit(figure, part) \
                and None not in (figure.value, part.value) and figure.value > part.value:
            return candidate
    return None


def _under_an_unnamed_total(total: Statement, share: Share, facts: dict, text: str) -> bool:
    """…发行专项债券14.2亿元,吸引社会资本6.3亿元,合计30.2亿元,其中社会资本占筹措资金的20.9%: a share in the 其中 clause
    right after a total named by no metric of its own is of that total, whatever name it gives it."""
    opening = _WITHIN_NEXT.match(text, facts[total.value].end)
    return not total.metric and opening is not None and not _CLAUSE_START.search(text, opening.end(), facts[share.value].start)


_WITHIN_NEXT = regex.compile(r"\s*[,，]\s*其中")


def _listed_with(one, other, text: str) -> bool:
    """Two figures of one list (快充桩18650个、慢充桩23730个): a 、 between them and no clause break, or the 和 that
    closes a list with nothing else between (分别为11.2万辆、9.8万辆和7.6万辆)."""
    first, second = sorted((one, other), key=lambda f: f.start)
    between = text[first.end : second.start]
    return ("、" in between or between.strip() in _CLOSING_JOINS) and not _CLAUSE_START.search(between)


_CLOSING_JOINS = frozenset({"和", "及", "与", "以及"})


def lift_subtotals(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """其中5A级7家、4A级48家、3A级及以下131家,4A级以上合计55家,占29.6%: a part written after 合计 whose name
    holds the name of a part before it (4A级 in 4A级以上) sums some of its siblings up. It is no further
    part of their whole, and its share, naming no whole, is of that whole."""
    by_id = {s.id: s for s in statements}
    lifted = list(statements)
    for position, statement in enumerate(statements):
        parent = by_id.get(statement.part_of) if statement.part_of else None
        if parent is None or not statement.metric or not _clause_before(text, facts[statement.value].start).endswith(_TOTAL_WORDS):
            continue
        if not any(s.part_of == parent.id and s.metric and s.metric != statement.metric and s.metric in statement.metric for s in statements[:position]):
            continue
        update: dict = {"part_of": None}
        if statement.share is not None and statement.share.whole is None and not statement.share.of:
            update["share"] = statement.share.model_copy(update={"whole": parent.value, "whole_by": "part_of"})
        lifted[position] = statement.model_copy(update=update)
    return lifted


def _level_before(statement: Statement, total: Statement, facts: dict) -> bool:
    """A figure dated a year before (上年末为22家, 去年底) beside a total that is not: the level a year
    before. 去年 alone is often the year reported on, early in the next (去年全区企业共获…1736件)."""
    def dated_before(figure: Statement) -> bool:
        return is_last_year_figure(figure, facts) and facts[figure.period].text != "去年"
    return dated_before(statement) and not dated_before(total)


def _rest_clause(text: str, offset: int) -> str:
    """The words of a figure's clause before it, or of the clause before that when its own says no more than 合计
    (其余为羊肚菌、灵芝等珍稀菌类,合计0.20亿袋: the rest named in a clause of its own)."""
    own = _clause_before(text, offset)
    if not _BARE_TOTAL.fullmatch(own):
        return own
    clauses = _CLAUSE_START.split(text[max(0, offset - 60) : offset])
    return clauses[-2].strip() if len(clauses) >= 2 else own


_BARE_TOTAL = regex.compile(BARE_SUM)


def _clause_before(text: str, offset: int) -> str:
    """The words of a figure's clause before it."""
    start = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, offset - 20), offset)), default=max(0, offset - 20))
    return text[start:offset].strip()


def parts_counted(cue: regex.Match) -> int | None:
    """How many figures a total cue says it sums (三项合计 3, 两者合计 2; 二三产业合计 names two members, 二 and
    三, no number), None when it does not count them."""
    if not cue.group("parts"):
        return 2 if cue.group("two") else None
    try:
        return int(parse_number(cue.group("parts")))
    except NumberError:
        return len(cue.group("parts"))


def total_cue(text: str, offset: int) -> tuple[regex.Match, int] | None:
    """The 合计 cue of a total at `offset` and where its clause starts: the cue opens the total's clause
    (应付账款及票据合计11.58亿元 names a total of its own, not of the figures before), or makes up the
    clause before it (四项合计,今年…11.86万亿元)."""
    clause_start = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, offset - 40), offset)), default=max(0, offset - 40))
    lead = clause_start + len(text[clause_start:offset]) - len(text[clause_start:offset].lstrip())
    cue = _TOTAL_CUE.match(text, lead, offset)
    if cue is not None:
        return cue, clause_start
    if _JOINED_TOTAL.fullmatch(text, lead, offset):  # 与槐阳市67.35亿元、漓川市52.18亿元合计228.25亿元
        return _TOTAL_CUE.match(text, offset - 2, offset), clause_start
    if clause_start == 0 or text[clause_start - 1] not in ",，":
        return None
    previous = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, clause_start - 16), clause_start - 1)), default=None)
    if previous is None:
        return None
    lead = previous + len(text[previous : clause_start - 1]) - len(text[previous : clause_start - 1].lstrip())
    cue = _TOTAL_CUE.fullmatch(text, lead, clause_start - 1)
    return (cue, previous) if cue is not None else None


def extend_parallel_parts(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """其中,第一产业增加值91414亿元,增长3.5%;第二产业增加值492087亿元…: a figure of the same sentence
    right after a part, with a parallel metric (the same last two characters, or another member of the
    part's partition: 出口 after 国内市场销量) and of the whole's kind
    and unit, is a part of the same whole, though a semicolon came between. Only when the parts then
    name every member of a partition (rules/link.toml), count every member of the whole's set or add
    up to it: two lists of one whole by different criteria (产业转移项目签约额 and 第二产业签约额) are
    also written that way."""
    original = statements
    statements = list(statements)
    levels = earlier_levels(statements, facts, text)

    def earlier(statement: Statement) -> bool:
        return statement.value in levels or is_last_year_figure(statement, facts)

    for position in range(1, len(statements)):
        at = position - 1
        # 城镇…1102.4亿元,增长5.4%,上年同期为1045.9亿元;乡村…182.2亿元: the part before, past its earlier level
        while at > 0 and statements[at].part_of is None and earlier(statements[at]) and statements[at].sentence == statements[position].sentence:
            at -= 1
        before, statement = statements[at], statements[position]
        if before.part_of is None or statement.part_of is not None or statement.sentence != before.sentence:
            continue
        if earlier(statement) and not earlier(before):
            continue  # (a part's earlier level is no part of this year's whole)
        whole = next((s for s in statements if s.id == before.part_of), None)
        if whole is None or not before.metric or not statement.metric:
            continue
        if before.metric[-2:] != statement.metric[-2:] and not complementary(before.metric, statement.metric):
            continue
        if AVERAGE_CUE.search(statement.metric):
            continue  # …支线航空补贴0.75亿元…,平均每条航线补贴1689万元: an average, no part
        value, total = facts[statement.value], facts[whole.value]
        if value.kind != total.kind or getattr(value, "currency", None) != getattr(total, "currency", None):
            continue
        if value.value is not None and total.value is not None and value.value < total.value:
            statements[position] = statement.model_copy(update={"part_of": whole.id})
    exhausted = set(_exhausted(statements, facts)) | _counted_out(statements, facts) | _summed_out(statements, facts)
    in_sentence = _summed_in_sentence(statements, facts)
    # (其中,基础层企业57家、技术层企业126家、应用层企业245家;年营收亿元以上企业34家…: parts that made their whole
    # before the extension leave the figures past them out, sets across the whole)
    made = _summed_out(original, facts)
    kept = [s if (s.part_of in exhausted or (s.part_of, s.sentence) in in_sentence) and s.part_of not in made else o
            for s, o in zip(statements, original)]
    # 公立医院458个,民营医院668个;三级医院98个: the parallel figures up to where the parts add up, not past it
    extended: dict[str, list[int]] = {}
    for at, (statement, first) in enumerate(zip(statements, kept)):
        if statement.part_of != first.part_of:
            extended.setdefault(statement.part_of, []).append(at)
    for whole_id, ats in extended.items():
        if whole_id in made:
            continue
        for count in range(len(ats) - 1, 0, -1):
            trial = [statements[at] if at in ats[:count] else s for at, s in enumerate(kept)]
            if whole_id in _summed_out(trial, facts):
                kept = trial
                break
        else:
            # 其中,工业用地2873亩…;仓储物流用地486亩,商业服务业用地312亩,…用地455亩: named alike to the last, near
            # the whole together though they do not make it exactly (a figure written wrong, for the sum check to show)
            trial = [statements[at] if at in ats else s for at, s in enumerate(kept)]
            if len(ats) >= 2 and _named_alike_near(whole_id, trial, facts):
                kept = trial
    return kept


def _named_alike_near(whole_id: str, statements: list[Statement], facts: dict) -> bool:
    """Whether the parts of a whole, three or more and none an average, all end their metrics alike and come within
    20% of it."""
    whole = next(s for s in statements if s.id == whole_id)
    parts = [s for s in statements if s.part_of == whole_id]
    tails = {(s.metric or "")[-2:] for s in parts}
    values = [facts[s.value].value for s in parts]
    total = facts[whole.value].value
    if len(parts) < 3 or len(tails) != 1 or "" in tails or None in values or total is None:
        return False
    if any(AVERAGE_CUE.search(s.metric or "") or facts[s.value].qualifier != "=" for s in parts):
        return False
    return total * Decimal("0.8") <= sum(values) <= total * Decimal("1.2")


_OTHERS_BESIDES = regex.compile(r"另(?:外还?)?(?=\p{Han})")  # 另有, 另外还有, 另产


def drop_others_besides(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """全年新开航线二十一条,其中国际航线9条、国内航线12条,另有6条航线因客源不足停航: a part opening on 另 (另有, 另产)
    after two or more that add up to their whole exactly counts others besides them, as do the parts after it: no
    members of the whole."""
    by_id = {s.id: s for s in statements}
    besides = set()
    for whole_id, parts in parts_of(statements).items():
        # (分品种看,洋槐蜜786吨、荆条蜜932吨、百花蜜447吨;另产蜂王浆18.6吨、蜂花粉42.3吨: the others listed after it too)
        other = next((at for at, part in enumerate(parts) if at >= 2 and _OTHERS_BESIDES.match(_clause_before(text, facts[part.value].start))), None)
        if other is not None and _add_up_to(parts[:other], by_id[whole_id], facts):
            besides |= {part.id for part in parts[other:]}
    return [s.model_copy(update={"part_of": None}) if s.id in besides else s for s in statements]


def _add_up_to(parts: list[Statement], whole: Statement, facts: dict) -> bool:
    """Whether the figures of `parts` add up to the whole's, within their rounding."""
    values = [facts[p.value] for p in parts]
    figure = whole_figure(whole, values[0], facts)
    if figure.value is None or any(v.value is None or v.qualifier != "=" or not same_unit(v, figure) for v in values):
        return False
    return abs(sum(v.value for v in values) - figure.value) <= precision(figure) + sum(precision(v) for v in values)


# (专项资金2.4亿元,分别投向冷链物流设施0.86亿元、…: where each part went, as what each is)
_ENUMERATED_AFTER = regex.compile(rf"\s*[,，]\s*(?:其中)?分别(?:为|是|{WENT_TO})")


def link_enumerated_wholes(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """定点医药机构达到3862家,分别为定点医疗机构1479家、定点零售药店2383家: the figures a whole is said to be,
    each named, up to the end of its sentence run, are all of it when they come within a quarter of it (one
    of them may be written wrong); the sum check says whether they add up."""
    linked = list(statements)
    for position, whole in enumerate(statements):
        figure = facts[whole.value]
        cue = _ENUMERATED_AFTER.match(text, figure.end)
        if cue is None or figure.value is None or figure.qualifier != "=" or any(s.part_of == whole.id for s in statements):
            continue
        run_end = RUN_BREAK.search(text, cue.end())
        end = run_end.start() if run_end else len(text)
        parts = [s for s in statements[position + 1 :] if cue.end() <= facts[s.value].start < end and facts[s.value].kind != "percent"]
        values = [facts[s.value].value for s in parts]
        if len(parts) < 2 or None in values or any(s.part_of or not same_unit(facts[s.value], figure) for s in parts):
            continue
        if abs(sum(values) - figure.value) <= figure.value * ADDS_UP_WITHIN:
            for part in parts:
                linked[statements.index(part)] = part.model_copy(update={"part_of": whole.id})
            linked[position] = whole.model_copy(update={"exhaustive": True})
    return linked


def link_rests_closing_lists(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """全年实现增值收益9.84亿元,提取贷款风险准备金2.95亿元、管理费用1.18亿元,其余5.71亿元上缴市财政: figures
    after the first of their sentence and of its unit, closed by the rest (其余) of it, are all of it, with no
    其中 to say so. Only a sentence of those figures alone (and their rates) reads so, or a run that opens on the
    name of the figure they are all of (非住房消费类中,…15.38亿元,其余7.24亿元…)."""
    linked = {s.id: s for s in statements}
    earlier = {base for s in statements for base in bases_of(s)} | {s.value for s in statements if is_last_year_figure(s, facts)}
    for rest in statements:
        if rest.part_of is not None or not REST_OF_WHOLE.match(_clause_before(text, facts[rest.value].start)):
            continue
        # (小麦总产39.63万吨,增长3.7%(上年为38.21万吨),…,其他夏粮产量8900吨: the year before is none of them)
        sentence = [s for s in statements if s.sentence == rest.sentence and facts[s.value].start <= facts[rest.value].start and s.value not in earlier]
        levels = [s for s in sentence if facts[s.value].kind != "percent"]
        if any(not same_unit(facts[s.value], facts[rest.value]) or s.part_of or s.count for s in levels):
            continue
        # 非住房消费类中,离休和退休提取15.38亿元,其余7.24亿元…: all of the figure the run opens on, written before
        named = run_opening(text, facts[levels[0].value].start) if len(levels) >= 2 else None
        owner = next((
            s for s in reversed(statements) if named and facts[s.value].end <= facts[levels[0].value].start
            and (s.metric or "").startswith(named) and same_unit(facts[s.value], facts[rest.value])
        ), None)
        if owner is None and len(levels) < 3:
            continue
        whole, parts = (owner, levels) if owner is not None else (levels[0], levels[1:])
        values = [facts[s.value].value for s in [whole, *parts]]
        if None in values or whole.exhaustive or any(s.part_of == whole.id for s in statements):
            continue
        if owner is None and RUN_BREAK.search(text, facts[whole.value].end, facts[rest.value].start):
            continue  # 种植业41.36亿元,…;畜牧业24.18亿元,…;其余20.88亿元: the rest of a whole written before
        if owner is None and text.startswith("、", facts[whole.value].end):
            continue  # 香菇产量9.42万吨、黑木耳3.18万吨…,其余3.29万吨: the first of a list is a member, no whole of the rest
        # (村集体经营性收入6382万元,资产租赁收入2516万元,投资收益1047万元,其余775万元: of another total, far from it)
        total = sum(values[1:])
        if values[0] > max(values[1:]) and values[0] * Decimal("0.9") <= total <= values[0] * Decimal("1.1"):
            linked |= {p.id: p.model_copy(update={"part_of": whole.id}) for p in parts}
            linked[whole.id] = whole.model_copy(update={"exhaustive": True})
    return [linked[s.id] for s in statements]


_OPEN_BRACKET = regex.compile(r"[(（][^)）]*$")


def join_rests_to_breakdowns(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """其中,国内贷款86.32亿元,…,后两项合计240.90亿元,占…;其余3.70亿元为利用外资: the rest, past a semicolon in the
    sentence of a breakdown, is the last part of the whole its parts are of, and so is each figure of its unit
    written between (其中研发费用后补助2.36亿元,…;高新技术企业认定奖励1.28亿元;其余2.18亿元). The rest says the
    list is all of the whole: when with them it comes within a quarter of the whole, they are parts, and the
    sum check says whether they add up (a wrong reading is seldom that close)."""
    joined = list(statements)
    # 户均38.4万元, and 多发放1.17亿元: an average, a count of a figure or an increase of it is no part
    aside = {s.average for s in statements if s.average} | {s.count for s in statements if s.count} \
        | {s.difference.value for s in statements if s.difference}
    earlier = {base for s in statements for base in bases_of(s)}
    for position, rest in enumerate(statements):
        if rest.part_of is not None or not REST_OF_WHOLE.match(_rest_clause(text, facts[rest.value].start)):
            continue
        listed = [p for p, s in enumerate(joined[:position]) if s.part_of and s.sentence == rest.sentence and same_unit(facts[s.value], facts[rest.value])]
        whole = next((s for s in joined if listed and s.id == joined[listed[-1]].part_of), None)
        if whole is None or whole.sentence > rest.sentence:
            continue
        between = [p for p in range(listed[-1] + 1, position) if _may_be_listed(joined[p], facts[rest.value], aside | earlier, facts, text)]
        parts = [s for s in joined if s.part_of == whole.id]
        if any(AVERAGED_NAME.search(s.metric or "") or s.value in aside for s in parts):
            continue  # (其中…成交价款171.28亿元,…亩均880.2万元: a breakdown read with an average among its parts)
        figure = whole_figure(whole, facts[rest.value], facts)
        misses = {tuple(added): _miss([*parts, *(joined[p] for p in added)], figure, facts) for added in ([position], [*between, position])}
        closest = min((added for added, miss in misses.items() if miss is not None), key=misses.get, default=None)
        before = _miss(parts, figure, facts)  # (parts that make the whole already leave no room for a rest)
        if closest is not None and misses[closest] <= figure.value * ADDS_UP_WITHIN and (before is None or misses[closest] < before):
            for p in closest:
                joined[p] = joined[p].model_copy(update={"part_of": whole.id})
    return joined


def _may_be_listed(statement: Statement, rest, ruled_out: set, facts: dict, text: str) -> bool:
    """Whether a figure written between a breakdown's parts and its rest may be a part: of the rest's unit, in no
    breakdown yet, and no average, increase, earlier level or aside (上年为97场)."""
    metric = statement.metric or ""
    return statement.part_of is None and same_unit(facts[statement.value], rest) and statement.value not in ruled_out \
        and not AVERAGED_NAME.search(metric) and not DELTA_ONLY.fullmatch(metric) and not is_last_year_figure(statement, facts) \
        and not _OPEN_BRACKET.search(_clause_before(text, facts[statement.value].start))


def _miss(parts: list[Statement], figure, facts: dict) -> Decimal | None:
    """How far the parts' sum is from the whole's figure (None when a figure is unknown or bounded)."""
    values = [facts[p.value] for p in parts]
    if figure.value is None or any(v.value is None or v.qualifier != "=" for v in values):
        return None
    return abs(sum(v.value for v in values) - figure.value)


_SHARE_AFTER_MEMBER = regex.compile(r"[,，]\s*(?:约)?(?:占|相当于)[^,，;；。！？!?\n]*")


def lift_shares_of_listed_wholes(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """全县有农业产业化龙头企业82家,其中国家级3家、省级21家、市级58家,占规上农产品加工企业的57.7%: a share
    right after the last member of a list that adds up to its whole, naming a larger figure, is the whole's:
    every member was listed, and the clause goes on about them together (a member's own would name its kind)."""
    by_id = {s.id: s for s in statements}
    lifted: dict[str, Statement] = {}
    for whole_id, parts in parts_of(statements).items():
        whole, last = by_id[whole_id], parts[-1]
        share = last.share
        if len(parts) < 2 or whole.share is not None or share is None or share.whole_by not in ("metric", "subject") or share.whole is None:
            continue
        end, start = facts[last.value].end, facts[share.value].start
        if not _SHARE_AFTER_MEMBER.fullmatch(text, end, start) or any(end <= f.start < start for f in facts.values()):
            continue
        if (last.metric and share.of and last.metric in share.of) or not _add_up_to(parts, whole, facts):
            continue  # 市级58家,占市级以上龙头企业的…: the member's own
        larger = facts[share.whole].value is not None and facts[whole.value].value is not None and facts[share.whole].value > facts[whole.value].value
        if larger and same_unit(facts[share.whole], facts[whole.value]):
            lifted[whole.id] = whole.model_copy(update={"share": share})
            lifted[last.id] = last.model_copy(update={"share": None})
    return [lifted.get(s.id, s) for s in statements]


def link_lists_to_named_wholes(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """全年生产纯电动乘用车49.7万辆、插电式混合动力乘用车31.2万辆、新能源商用车5.5万辆,纯电动乘用车占新能源汽车产量的
    57.5%: the members of a list joined by 、, one of which takes a share of a figure of a sentence before that
    its name names, are parts of that figure (each smaller than it, none an earlier level nor part of another)."""
    by_value = {s.value: s for s in statements}
    holders = [
        (holder, whole) for holder in statements if holder.share is not None and holder.share.whole_by == "metric" and not holder.part_of
        and (whole := by_value.get(holder.share.whole)) is not None and facts[whole.value].sentence < facts[holder.value].sentence
    ]
    if not holders:
        return statements  # (none in most articles: the bases and earlier levels are not read then)
    bases = {base for s in statements for base in bases_of(s)}
    earlier = earlier_levels(statements, facts, text)
    linked = {}
    for holder, whole in holders:
        members = _list_of(holder, statements, facts, text)
        total = facts[whole.value]
        if len(members) < 2 or any(
            m.part_of or m.value in bases or m.value in earlier or not same_unit(facts[m.value], total)
            or None in (facts[m.value].value, total.value) or facts[m.value].value >= total.value for m in members
        ):
            continue
        # (营业收入4386.2亿元、净利润231.58亿元; 璩溪县各项存款余额…、各项贷款余额…,分别占全省的…: measures side by side)
        measures = {measure_of(m.metric) for m in members} | {measure_of(whole.metric)}
        if len(measures - {None}) > 1 or any(m.share is not None and m is not holder for m in members) \
                or any(m.subject and whole.subject and m.subject != whole.subject for m in members):
            continue
        linked |= {m.id: m.model_copy(update={"part_of": whole.id}) for m in members}
        # (香菇产量9.42万吨、黑木耳…3.18万吨、平菇2.76万吨,其余3.29万吨为…: the rest closing the list is of the whole too, all of it)
        rest = _rest_after(members[-1], statements, facts, text)
        if rest is not None and not rest.part_of and same_unit(facts[rest.value], total):
            linked[rest.id] = rest.model_copy(update={"part_of": whole.id})
            linked[whole.id] = linked.get(whole.id, whole).model_copy(update={"exhaustive": True})
    return [linked.get(s.id, s) for s in statements]


def _rest_after(last: Statement, statements: list[Statement], facts: dict, text: str) -> Statement | None:
    """The figure right after a list's last member in its sentence, when its clause names it the rest (其余)."""
    after = min(
        (s for s in statements if s.sentence == last.sentence and facts[s.value].start > facts[last.value].end and facts[s.value].kind != "percent"),
        key=lambda s: facts[s.value].start, default=None,
    )
    if after is None or RUN_BREAK.search(text, facts[last.value].end, facts[after.value].start):
        return None
    return after if REST_OF_WHOLE.match(_clause_before(text, facts[after.value].start)) else None


def _list_of(member: Statement, statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """The run of figures of a member's sentence, in order, each listed with the next (`_listed_with`)."""
    run = sorted((s for s in statements if s.sentence == member.sentence and facts[s.value].kind != "percent"), key=lambda s: facts[s.value].start)
    at = run.index(member)
    first, last = at, at
    def listed(one, other) -> bool:
        return _listed_with(one, other, text) or _in_parallel_clauses(one, other, text)

    while first > 0 and listed(facts[run[first - 1].value], facts[run[first].value]):
        first -= 1
    while last + 1 < len(run) and listed(facts[run[last].value], facts[run[last + 1].value]):
        last += 1
    return run[first : last + 1]


# ,B类(鼓励提升类)企业: the clause of the next figure, a name and nothing else
_NEXT_NAMED_CLAUSE = regex.compile(r"[,，](?P<name>[^\d,，;；:：。、%％]{2,24})")


def _in_parallel_clauses(one, other, text: str) -> bool:
    """A类(优先发展类)企业412家,B类(鼓励提升类)企业1286家: two figures in clauses of their own, each a name and its
    figure, the names alike in how they end (of one set, as much a list as one joined by 、)."""
    first, second = sorted((one, other), key=lambda f: f.start)
    named = _NEXT_NAMED_CLAUSE.fullmatch(text, first.end, second.start)
    if named is None:
        return False
    names = [CLOSED_BRACKETS.sub("", name) for name in (_clause_before(text, first.start), named.group("name"))]
    return all(len(name) >= 3 and regex.fullmatch(r"\p{Han}{2}", name[-2:]) for name in names) and names[0][-2:] == names[1][-2:] and names[0] != names[1]


def parts_of(statements: list[Statement]) -> dict[str, list[Statement]]:
    """The id of each whole, with the statements that are its parts, in order."""
    parts: dict[str, list[Statement]] = {}
    for statement in statements:
        if statement.part_of:
            parts.setdefault(statement.part_of, []).append(statement)
    return parts


# 三大主导产业: a set of three, named (二 is left out: 二产 is a sector; 两大 counts two)
_MEMBERS_NAMED = regex.compile(r"([两三四五六七八九])大(?!\p{Han}{0,2}(?:以上|以下))")


def _counted_out(statements: list[Statement], facts: dict) -> set[str]:
    """The wholes whose parts count every member of their set: 项目32个,总投资318.6亿元。其中,先进制造业
    项目21个…;现代服务业项目11个…: the counts of the parts add up to the whole's count exactly;
    签下三个项目,总投资5.215亿美元。其中,A项目…B项目…C项目…: as many parts, one member each, as the
    whole counts."""
    counted = set()
    for whole_id, parts in parts_of(statements).items():
        whole = next(s for s in statements if s.id == whole_id)
        named = _MEMBERS_NAMED.search(whole.metric or "")
        # 新能源汽车及零部件、电子信息、新材料三大主导产业合计…。其中,…;…;…: as many parts of its unit as it names
        if whole.count is None and named and sum(same_unit(facts[p.value], facts[whole.value]) for p in parts) == parse_number(named.group(1)):
            counted.add(whole.id)
            continue
        if whole.count is None or len(parts) < 2:
            continue
        size = facts[whole.count]
        if size.value is None or size.qualifier != "=":
            continue
        if all(p.count is None for p in parts):
            if size.value == len(parts) and size.object in _COUNTED_MEMBERS:
                counted.add(whole.id)
            continue
        counts = [facts[p.count] for p in parts if p.count is not None]
        if len(counts) == len(parts) and all(c.value is not None and c.qualifier == "=" and c.unit == size.unit for c in counts):
            if sum(c.value for c in counts) == size.value:
                counted.add(whole.id)
    return counted


def _summed_out(statements: list[Statement], facts: dict) -> set[str]:
    """The wholes that parts of a breakdown add up to within the rounding of their written figures
    (34个项目…总投资额1003亿元, five sectors of 366亿元 … 30亿元): every member of the set is in them, so
    their counts must add up as well."""
    summed = set()
    for whole_id, parts in parts_of(statements).items():
        statement = next(s for s in statements if s.id == whole_id)
        # 1—10月…其中10月份用电量…;分产业看…: a part in time beside parts by another criterion (上半年 and 下半年 alone add up)
        parts = [p for p in parts if not _part_in_time(p, statement, facts)] or parts
        if _adds_up_to(statement, parts, facts):
            summed.add(whole_id)
    return summed


def _summed_in_sentence(statements: list[Statement], facts: dict) -> set[tuple[str, int]]:
    """The wholes, each with a sentence, whose parts written in that sentence add up to them, beside parts
    by another criterion in another (其中,中欧班列426列…;铁海联运班列1138列;…。分季度看,一季度386列…)."""
    summed = set()
    for whole_id, parts in parts_of(statements).items():
        statement = next(s for s in statements if s.id == whole_id)
        for sentence in dict.fromkeys(p.sentence for p in parts):
            if _adds_up_to(statement, [p for p in parts if p.sentence == sentence], facts):
                summed.add((whole_id, sentence))
    return summed


def _adds_up_to(statement: Statement, parts: list[Statement], facts: dict) -> bool:
    """Whether two or more parts add up to the whole within the rounding of their written figures."""
    values = [facts[p.value] for p in parts]
    whole = whole_figure(statement, values[0], facts)
    if len(parts) < 2 or not whole.value or whole.qualifier != "=" or not all(v.value is not None and same_unit(v, whole) for v in values):
        return False
    rounding = precision(whole) + sum(precision(v) for v in values)
    return abs(sum(v.value for v in values) - whole.value) < max(rounding, whole.value * _UNWRITTEN)


def _part_in_time(part: Statement, whole: Statement, facts: dict) -> bool:
    return part.period is not None and whole.period is not None and periods_differ(facts[whole.period], facts[part.period])


def complementary(first: str, second: str) -> bool:
    """国内市场销量 and 出口: metrics that name two members of one partition (rules/link.toml)."""
    return any(
        a != b and a in first and b in second for partition in rules("link").partitions for a in partition.parts for b in partition.parts
    )


def the_other_member(whole: str, member: str) -> bool:
    """对东盟出口 and 进口: the candidate whole names another member of a partition the member is of, and not the
    member's own (进出口 names both), so it is a sibling, not the whole (rules/link.toml)."""
    return any(
        a != b and a in member and b in whole and a not in whole for partition in rules("link").partitions for a in partition.parts for b in partition.parts
    )


def mark_exhaustive(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """A whole whose parts name every member of a partition (第一产业, 第二产业, 第三产业; rules/link.toml),
    one part each, is exhausted by them. Its other parts (一般贸易 and 加工贸易 after 出口 and 进口 of
    进出口) break it down by another criterion and leave it: the partition alone must add up to it. So is a
    whole whose list is closed by its rest, its other parts kept."""
    summed = _summed_out(statements, facts)
    by_id = {s.id: s for s in statements}
    # 三次产业 and 城乡居民生活用电量 that add up to 全社会用电量: the other parts are members as well; so are those
    # of the partition's sentence when they add up to it, beside a 其中 part by another criterion (工业用电量).
    in_sentence = _summed_in_sentence(statements, facts)
    exhausted = {}
    for whole, parts in _exhausted(statements, facts).items():
        sentences = {by_id[part].sentence for part in parts}
        if whole not in summed:
            listed = {s.id for s in statements if s.part_of == whole and s.sentence in sentences}
            exhausted[whole] = parts | listed if any((whole, sentence) in in_sentence for sentence in sentences) else parts
    kept = {part for parts in exhausted.values() for part in parts} | _second_breakdowns(statements, by_id, exhausted, facts)
    counted = _counted_out(statements, facts) | summed | _tiled_in_time(statements, facts) | _closed_by_rests(statements, facts, text)
    in_time = set()  # 1—10月…其中10月份用电量…: a part in time leaves a whole its other parts add up to
    for whole_id in summed:
        parts = [s for s in statements if s.part_of == whole_id]
        timed = [p for p in parts if _part_in_time(p, by_id[whole_id], facts)]
        # (上半年…,下半年…: parts in time alone stay; so do quarters that span the whole's period, a breakdown of their own)
        in_time |= {p.id for p in timed} if len(timed) < len(parts) and not tiles_in_time(by_id[whole_id], timed, facts) else set()
    return [
        s.model_copy(update={"exhaustive": True}) if s.id in exhausted or s.id in counted
        else _apart(s, by_id[s.part_of], facts) if s.part_of in exhausted and s.id not in kept or s.id in in_time else s
        for s in statements
    ]


def _second_breakdowns(statements: list[Statement], by_id: dict, exhausted: dict, facts: dict) -> set[str]:
    """进出口…其中,出口…;进口…。从企业性质看,民营企业、外商投资企业和国有企业分别进出口…: three or more parts of
    another sentence than the partition's that come within a quarter of the whole on their own break it down a
    second time, by another criterion; they stay its parts, for the sum check to read apart."""
    second = set()
    for whole_id, partition in exhausted.items():
        sentences = {by_id[part].sentence for part in partition}
        others = [
            s for s in statements if s.part_of == whole_id and s.id not in partition and s.sentence not in sentences
            and not AVERAGE_CUE.search(s.metric or "")  # (平均每个项目完成投资1.14亿元 among them: no part)
        ]
        second |= sentences_making(by_id[whole_id], others, facts, at_least=3)
    return second


def sentences_making(whole: Statement, parts: list[Statement], facts: dict, at_least: int) -> set[str]:
    """The ids of the parts of each sentence that are `at_least` in number, all in the unit of the whole's figure, and
    come within a quarter of it on their own: a breakdown of it by another criterion than the one it is read under."""
    making = set()
    for sentence in dict.fromkeys(s.sentence for s in parts):
        listed = [s for s in parts if s.sentence == sentence]
        values = [facts[s.value] for s in listed]
        figure = whole_figure(whole, values[0], facts)
        if len(listed) >= at_least and figure.value and all(v.value is not None and same_unit(v, figure) for v in values) \
                and abs(sum(v.value for v in values) - figure.value) <= figure.value * ADDS_UP_WITHIN:
            making |= {s.id for s in listed}
    return making


def _apart(part: Statement, whole: Statement, facts: dict) -> Statement:
    """A part by another criterion than the partition that exhausts its whole: no part to sum, but its share of the
    number of the whole's members (其中亿元以上项目94个,占项目总数的七成以上) is of the whole still."""
    share = part.share
    if share is not None and share.whole is None and (share.of or "").endswith("总数"):  # (not of 出口总值: of a measure named)
        figure = whole_figure(whole, facts[part.value], facts)
        if same_unit(figure, facts[part.value]):
            share = share.model_copy(update={"whole": figure.id, "whole_by": "part_of"})
    return part.model_copy(update={"part_of": None, "share": share})


def _tiled_in_time(statements: list[Statement], facts: dict) -> set[str]:
    """The wholes whose parts are all of periods that follow each other and span the whole's period month by month
    (一季度, 二季度 and 三季度 of 前三季度): all of it, whatever the figures."""
    by_id = {s.id: s for s in statements}
    return {whole_id for whole_id, parts in parts_of(statements).items() if tiles_in_time(by_id[whole_id], parts, facts)}


def tiles_in_time(whole: Statement, parts: list[Statement], facts: dict, periods: list | None = None) -> bool:
    """Whether two or more parts have periods (`periods`, when the parts do not carry them yet) that follow each
    other month by month across the whole's."""
    periods = periods or [facts[p.period] if p.period is not None else None for p in parts]
    if whole.period is None or len(parts) < 2 or None in periods:
        return False
    period = facts[whole.period]
    first, last = month_span(period)
    if first is None and getattr(period, "year", None) is not None and getattr(period, "period", None) is None:
        first, last = 1, 12  # 2026年: the four quarters span it
    spans = [month_span(date) for date in periods]
    if first is None or any(None in span for span in spans):
        return False
    spans.sort()
    follow = all(spans[i][1] + 1 == spans[i + 1][0] for i in range(len(spans) - 1))
    return follow and spans[0][0] == first and spans[-1][1] == last


def _without_wholes(metric: str | None) -> str:
    """一般贸易进出口规模 names a whole (进出口), not its part 出口: the metric without the wholes of the
    complements table."""
    for complement in rules("link").complements:
        metric = (metric or "").replace(complement.whole, "")
    return metric or ""


# 省内市外就业: a member narrowed by a place within it (市外 of 省内) names only some of the member
_NARROWED = regex.compile(r"[市县区镇乡村][外内]")


def _exhausted(statements: list[Statement], facts: dict) -> dict[str, set[str]]:
    """The wholes exhausted by a partition, each with the parts that name its members; not a count whose
    list holds a member counted in another measure word (其中技工院校23所、公办…38家、民办…103家 of 164家)."""
    by_id = {s.id: s for s in statements}
    exhausted = {}
    for whole, parts in parts_of(statements).items():
        if _listed_in_another_word(by_id[whole], parts, statements, facts):
            continue
        if len(parts) == 2 and any(negation_of(b.metric or "", a.metric or "") for a, b in (parts, parts[::-1])):
            exhausted[whole] = {p.id for p in parts}  # 其中,税收收入…;非税收入…: a thing and what is not it
            continue
        for partition in _partitions_of(by_id[whole].metric, parts):
            # (农产品进口 names 进口 of 农产品, no member of 对欧盟进出口)
            named = {s.id: [m for m in partition if m in _without_wholes(s.metric) and not of_a_thing_apart(s.metric.split(m)[0], by_id[whole])
                            and not _NARROWED.match(s.metric, s.metric.find(m) + len(m))] for s in parts}
            naming = {member: [i for i, members in named.items() if members == [member]] for member in partition}
            if all(len(ids) == 1 for ids in naming.values()) and len({ids[0] for ids in naming.values()}) == len(partition):
                if not _listed_between({ids[0] for ids in naming.values()}, parts, facts):
                    exhausted[whole] = {ids[0] for ids in naming.values()}
                break
    return exhausted


def _listed_between(members: set[str], parts: list[Statement], facts: dict) -> bool:
    """其中公办机构58家、用人单位办托37家、幼儿园托班203家、民办机构118家: a part listed between the members of a
    partition, in their sentence, makes them categories of one list among others, not a partition of the whole."""
    spans = [facts[p.value].start for p in parts if p.id in members]
    sentences = {p.sentence for p in parts if p.id in members}
    return len(sentences) == 1 and any(
        p.id not in members and p.sentence in sentences and min(spans) < facts[p.value].start < max(spans) for p in parts
    )


def _partitions_of(metric: str | None, parts: list[Statement]):
    """The member lists that exhaust a whole so named: every partition, and the ranks from the top through the
    one it is bounded by (省级以上 by 国家级 and 省级) when its parts are all of ranks (a breakdown by type beside
    them, 重点实验室96个…, may be complete as well: the two are left to the sum check, each apart)."""
    for partition in rules("link").partitions:
        yield partition.parts
    for ranks in rules("link").ranks:
        bound = next((rank for rank in ranks if regex.search(f"{rank}及?以上", metric or "")), None)
        if bound is not None and bound != ranks[0] and all(any(rank in (p.metric or "") for rank in ranks) for p in parts):
            yield ranks[: ranks.index(bound) + 1]


_REST_NAMED = regex.compile(r"其余|余下|剩余")


def _closed_by_rests(statements: list[Statement], facts: dict, text: str) -> set[str]:
    """The wholes of a list closed by their rest (其中国际级赛事12场、省级赛事93场、其余赛事281场; the lowest class,
    市级及以下, is one too): all of them, and their parts of the rest's sentence and unit must add up. 其他 is as often
    a category of its own (其他商业服务); a figure of the unit between them that is no part leaves the list open
    (its parts were not all found), and so does a semicolon (…出口机电产品98.7亿元,其中…18.6亿元;服装…31.4亿元;
    其余26.1亿元: the rest of what the clauses after it are of)."""
    closed, by_id = set(), {s.id: s for s in statements}
    for whole, parts in parts_of(statements).items():
        rest = parts[-1]
        if not (_REST_NAMED.match(_clause_before(text, facts[rest.value].start)) or LOWEST_CLASS.match(rest.metric or "")):
            continue  # (其余32个为农业和文旅项目: named after it)
        members = {p.id for p in parts if p.sentence == rest.sentence and same_unit(facts[p.value], facts[rest.value])}
        first = min(facts[p.value].start for p in parts if p.id in members)
        between = [s for s in statements if first < facts[s.value].start < facts[rest.value].start and same_unit(facts[s.value], facts[rest.value])]
        # (其中港澳台项目19个、欧美项目7个,其余5个…: a whole listed with its parts is a member read amiss)
        # (…3.62万个,其中医院1186家、基层医疗卫生机构3.41万个,其余914个: nor does a member counted in another word)
        if len(members) > 1 and all(s.id in members or s.part_of in members for s in between) \
                and not SEMICOLON.search(text, first, facts[rest.value].start) and _CLAUSE_START.search(text, facts[by_id[whole].value].end, first) \
                and not _listed_in_another_word(by_id[whole], parts, statements, facts):
            closed.add(whole)
    return closed


def _listed_in_another_word(whole: Statement, parts: list[Statement], statements: list[Statement], facts: dict) -> bool:
    """Whether a count of another measure word than the whole's is written among its parts, in their sentence."""
    figure = facts[whole.value]
    if figure.kind != "count":
        return False
    last = max(facts[p.value].start for p in parts)
    return any(
        facts[s.value].kind == "count" and not same_unit(facts[s.value], figure) and figure.end < facts[s.value].start < last
        and s.sentence == parts[-1].sentence
        for s in statements
    )


def link_gaps(statements: list[Statement], facts: dict, text: str = "") -> list[Statement]:
    """增速比全国高出7.8个百分点: the rate that a rate's point gap is measured against. The figure before
    it whose subject the gap names (全省 in 全省整体), else whose metric it names (全部投资), else the
    whole the figure is a share or a part of; that figure's own rate becomes `gap_to`."""
    by_value = {s.value: s for s in statements}
    by_id = {s.id: s for s in statements}
    linked = []
    for position, statement in enumerate(statements):
        change = statement.change
        if change is None or change.gap is None or change.gap_to is not None:
            linked.append(statement)
            continue
        # 出口增长20.7%…;进口增长11.0%…。出口增速比进口高9.7个百分点: the figures written before the gap
        written = facts[change.gap].start
        rated = [
            s for s in statements
            if s is not statement and facts[s.value].start < written and s.change is not None and facts[s.change.value].form == "percent"
            and s.change.value != change.value
            # (the headline's 民间投资增长7.8% is the figure's own rate, restated; 去年同期…为2683.0亿千瓦时,同比增长5.5%: a
            # rate of the year before, no rate to compare this year's with)
            and not (s.metric == statement.metric and facts[s.change.value].text == facts[change.value].text)
            and not (is_last_year_figure(s, facts) and not is_last_year_figure(statement, facts))
        ]
        of = change.gap_of or ""
        named = _AVERAGE_OF.sub("", of)
        if len(named) >= 2 and named not in REGIONS and (named_by(statement).startswith(named) or (statement.metric or "").startswith(named)):
            # 全省开发区…增长8.4%,增速比全省开发区平均水平高: the gap is another figure's (but 高技术及装备制造业
            # 用电量…增速比制造业高: a wider set, named inside the figure's name)
            linked.append(statement)
            continue
        # 增速比全市平均水平高3.6个百分点;全市同期到位资金增长12.2%: the rate its sentence writes after it
        # first, then the latest before it, of the subject the gap names.
        after = [  # (比上年同期的968.5亿元增加…,增长17.4%,增速高于全省出口: not the figure's own level before)
            s for s in statements[position + 1 :]
            if s.sentence == statement.sentence and s.change is not None and facts[s.change.value].form == "percent" and s.metric != statement.metric
            and facts[s.change.value].start > written  # (…增长4.6%,制造业增速高于…: a rate before the gap is no rate after it)
        ]
        other = next((s for s in after if s.subject and s.subject in of), None)
        if other is None and of in REGIONS:  # 全区固定资产投资同比增长8.8%;其中…增长21.6%,增速比全区高12.8个百分点: its rate alone
            other = next((s for s in reversed(rated) if s.subject == of and facts[s.value].kind == "percent" and s.sentence == statement.sentence), None)
        # 高于全县农村居民人均可支配收入增速4.7个百分点。全县农村居民人均可支配收入21368元,…增长7.6%: named word for word after
        exact = _RATE_WORD_END.sub("", _AVERAGE_OF.sub("", of[2:])) if of.startswith("全") else ""
        newline = text.find("\n", written)
        paragraph_end = newline if newline >= 0 else len(text)
        other = other or next((
            s for s in statements[position + 1 :] if len(exact) >= 4 and s.subject and s.subject in of and same_words(s.metric or "") == same_words(exact)
            and s.change is not None and facts[s.change.value].form == "percent" and facts[s.value].start < paragraph_end
        ), None)
        # 雯湖区完成投资…增长11.2%,高于全市4.4个百分点,占全市的19.6%: the figure the share of the same name is of
        shared = statement.share if statement.share is not None and statement.share.of == of and statement.share.whole_by in ("subject", "metric") else None
        other = other or next((s for s in rated if shared and s.value == shared.whole), None)
        of_subject = all_of_subject = [s for s in reversed(rated) if s.subject and s.subject in of]
        # 其中…三季度578.6亿元,增长6.4%…望汐区…增速高于全市: the region's figure, not a part of it
        of_subject = [s for s in of_subject if s.part_of is None] or of_subject
        # (前三季度…民营企业进出口增长10.3%,高于全省外贸整体增速: the province's rate of those months, not 9月's)
        of_period = [s for s in of_subject if _same_period(s, statement, facts)] or of_subject
        # 泠州市跨境电商进出口…增速高于全省: the province's trade before its later loan balance
        rest = _AVERAGE_OF.sub("", of[2:]) if of.startswith("全") else ""  # 高出全县农村居民: 农村居民's
        # (高于全省规上工业平均水平: of 规模以上工业增加值; of its months, not 11月当月's; of the measure the figure
        # ends on, 产值 or 增加值, when both are written)
        # (降幅比全市公路客运大5.4个百分点: the measure named, a part of the region's total or not)
        of_rest = [s for s in all_of_subject if len(rest) >= 2 and same_words(rest) in same_words(s.metric or "")]
        of_rest = [s for s in of_rest if s.part_of is None] or of_rest  # (收入中位数, a part, after the income itself)
        of_rest = [s for s in of_rest if _same_period(s, statement, facts)] or of_rest
        tail = (statement.metric or "")[-2:]
        other = other or next((s for s in of_rest if len(tail) == 2 and tail in (s.metric or "")), of_rest[0] if of_rest else None) \
            or next((s for s in of_subject if s.metric and statement.metric and same_words(s.metric) in same_words(statement.metric)), None) \
            or _region_rate_named(statement, rated, of, facts) \
            or next((s for s in of_period if same_unit(facts[s.value], facts[statement.value]) and share_a_word(s.metric, statement.metric)), None) \
            or _region_whole_of_parent(statement, of, by_id, by_value) or _region_parent(statement, of, by_id) \
            or (_national_rate(statement, statements[position + 1 :], facts, text) if names_the_nation(of) else None) \
            or next((s for s in of_subject if same_unit(facts[s.value], facts[statement.value])), None)  # 棠溪市接待862.4万人次…高于全省: the province's visitors, not its spending
        if of.startswith(("全部", "整体", "总体")):  # 比全部投资高: the total, first of all
            figure = facts[statement.value]
            measure = of[2:]
            # 固定资产投资增长4.1%,制造业投资增长11.6%,高于全部投资7.5个百分点: the first rate of that measure
            for named in (str.endswith, str.startswith):  # 高于全部税收: of 税收收入, when no metric ends on 税收
                other = other or next((
                    s for s in rated if len(measure) >= 2 and s.metric and named(s.metric, measure) and s.part_of is None
                    and s.metric != statement.metric and s.sentence <= statement.sentence
                ), None)
            other = other or next((
                s for s in rated if s.part_of is None
                and ((can_be_whole(s, figure, facts) or _share_of_the_nation(s, figure, facts, text)) if figure.kind != "percent" else facts[s.value].kind != "percent")
            ), None)
        # 铁路投资增长12.6%,增速比公路投资高6.7个百分点 with 公路完成投资…增长5.9% written after: the figure of that very name
        other = other or _named_exactly(of, statement, statements, facts) or _kin_named(of, statement, rated) \
            or _named_whole(_RATE_WORD_END.sub("", of), statement, rated)  # 规上工业总产值增速 names 总产值, not 增加值
        guessed = statement.share is not None and statement.share.whole_by in ("first_total", "overshot")
        if other is None and statement.share is not None and statement.share.whole in by_value and not guessed:
            other = by_value[statement.share.whole]
        if other is None and statement.part_of in by_id:
            other = by_id[statement.part_of]
        # 全省整体, 整体: the first total; not for another region's (全市…,比全省平均水平高1.8个百分点)
        another_region = of[:2] != (statement.subject or "")[:2] and (statement.subject or "").startswith("全") and of.startswith("全")
        if (other is None or other.change is None) and of.startswith(("全", "整体", "总体")) and not names_the_nation(of) and not another_region:
            other = next((s for s in rated if s.part_of is None and can_be_whole(s, facts[statement.value], facts)), None)
        if other is None and names_the_nation(of):  # 增速高于全国3.7个百分点, the national rate written later
            other = _national_rate(statement, statements[position + 1 :], facts, text)
        region = _AVERAGE_OF.sub("", of)
        if other is None and region in REGIONS:  # 增速比全省高8.9个百分点。…全省上半年实际使用外资655.8亿元、同比增长0.8%
            other = next((
                s for s in statements[position + 1 :] if s.subject == region and facts[s.value].start < paragraph_end and s.change is not None
                and facts[s.change.value].form == "percent"
                # (比全市平均水平高0.6个百分点。全市平均增速为5.3%: the region's average rate, named by no metric)
                and (same_words(s.metric or "") == same_words(statement.metric or "") or of != region and _AVERAGE_RATE.fullmatch(s.metric or ""))
            ), None)
        if other is not None and other.change is not None and facts[other.change.value].form == "percent" and other is not statement:
            statement = statement.model_copy(update={"change": change.model_copy(update={"gap_to": other.change.value})})
        linked.append(statement)
    return linked


_AVERAGE_RATE = regex.compile(r"(?:平均)?(?:水平|增速|增幅)?")  # 全市平均增速为5.3%: a metric that is the average rate alone


_SET_OPENED = regex.compile(r"(?:[\p{Han}]{0,6}[,，])?\s*在$")
_SET_CLOSED = regex.compile(r"\p{Han}{1,8}中[,，]")


def _opens_the_sentence_as_set(whole: Statement, part: Statement, facts: dict, text: str) -> bool:
    """在186场展览中,: a figure of the part's sentence, written at its opening as the set the sentence is about."""
    figure = facts[whole.value]
    opening = max(text.rfind("。", 0, figure.start), text.rfind("\n", 0, figure.start)) + 1
    return whole.sentence == part.sentence and bool(_SET_OPENED.fullmatch(text, opening, figure.start)) \
        and bool(_SET_CLOSED.match(text, figure.end))


def _same_period(first: Statement, second: Statement, facts: dict) -> bool:
    """Whether two figures are dated alike (the same span, when both are dated)."""
    if first.period is None or second.period is None:
        return True
    one, other = facts[first.period], facts[second.period]
    return one.text == other.text or (one.resolved is not None and one.resolved == other.resolved)


def _region_parent(statement: Statement, of: str, by_id: dict) -> Statement | None:
    """分地区看,…沣浦市1046.3亿元,增长6.8%,高于全省平均水平2.2个百分点: a place's part of the region's figure is
    compared with that figure's rate (not with the region's latest rate of another period, 10月份当月)."""
    parent = by_id.get(statement.part_of) if statement.part_of else None
    if parent is None or parent.change is None or not of.startswith(REGIONS) or (parent.subject and parent.subject not in of):
        return None
    return parent


def _region_whole_of_parent(statement: Statement, of: str, by_id: dict, by_value: dict) -> Statement | None:
    """三县合计9.45亿元,占全省的33.0%;栖梧县…增长13.2%,增速高于全省4.0个百分点: the province's figure is the
    one the whole of the part is a share of, under the same region word."""
    parent = by_id.get(statement.part_of) if statement.part_of else None
    share = parent.share if parent is not None else None
    if share is None or not of or not (share.of or "").startswith(of) or share.whole not in by_value:
        return None
    return by_value[share.whole]


_OF_THE_YEAR_BEFORE = regex.compile(r"(?:上年|去年)")  # 占上年鲜果销售收入的43.1%: a whole of the year before, by its name


def _names_the_set_of(of: str | None, parent: Statement) -> bool:
    """占已开工项目的 for 已开工118个: the parent's own metric and at most the noun of its members."""
    metric = parent.metric or ""
    return len(metric) >= 2 and bool(of) and regex.fullmatch(regex.escape(metric) + _MEMBER_NOUN, of.removesuffix("的")) is not None


def _names_the_counted_set(of: str | None, parent: Statement, facts: dict, text: str) -> bool:
    """占工业项目投资的 for 工业项目35个,总投资241.7亿元: the name of the parent's counted set, alone or with the
    parent's measure (投资)."""
    count = facts.get(parent.count) if parent.count else None
    if count is None or not of or not parent.metric:
        return False
    opening = _LAST_CLAUSE_BREAK.search(text, 0, count.start)
    counted = text[opening.end() if opening else 0 : count.start].strip()
    named = of.removesuffix("的")
    rest = named.removeprefix(counted)  # (占产业项目的: the set alone; 占基础设施项目完成投资的: its 投资)
    return len(counted) >= 2 and named.startswith(counted) and (not rest or len(rest) >= 2 and (parent.metric.endswith(rest) or rest.endswith(parent.metric)))


_LAST_CLAUSE_BREAK = regex.compile(r"(?r)[,;:、，；：。！？!?\n]")
_MEMBER_NOUN = r"(?:项目|企业|单位|园区)?(?:数|总数)?"


_RATE_WORD_END = regex.compile(r"(?:的)?(?:增速|增幅|增长|降幅)$")


def _named_exactly(of: str, statement: Statement, statements: list[Statement], facts: dict) -> Statement | None:
    """The one figure with a rate, before or after, whose metric is the name a gap gives, but for a verb of
    outturn or a stock word."""
    name = _RATE_WORD_END.sub("", of)  # 低于业务量增速: of 快递业务量
    if len(name) < 3:
        return None
    named = [
        s for s in statements
        if s is not statement and s.change is not None and facts[s.change.value].form == "percent" and s.metric
        and any(bare.endswith(name) for bare in _bare_names(s.metric)) and s.value != statement.value
    ]
    written = facts[statement.change.gap].start  # where the gap is written, maybe far from the figure
    before = [s for s in named if facts[s.value].start < written]
    for group in (before, named):  # the one written before, else the one written anywhere
        if len({s.value for s in group}) == 1:
            return group[0]
    return None


def _kin_named(of: str, statement: Statement, rated: list[Statement]) -> Statement | None:
    """一般公共预算支出…增长4.3%,增速比收入低0.7个百分点: of the figures the gap names (收入: 一般公共预算收入,
    税收收入), the one whose metric shares most words with the figure's own (一般公共预算), if any does."""
    metric, of = same_words(statement.metric or ""), same_words(of)  # 快于规上工业: of 规模以上工业增加值 as well
    named = [s for s in rated if len(of) >= 2 and of in same_words(s.metric or "") and s is not statement]
    kin = {s.id: sum(1 for i in range(len(s.metric) - 1) if s.metric[i : i + 2] in metric and s.metric[i : i + 2] not in of) for s in named}
    most = max(kin.values(), default=0)
    best = [s for s in named if kin[s.id] == most]
    return best[-1] if most > 0 and len({s.metric for s in best}) == 1 else None  # the headline's copy and the body's: the latter


_REGION_LEVELS = ("全省", "全市", "全县", "全区", "全州")


def _share_of_the_nation(candidate: Statement, part, facts: dict, text: str) -> bool:
    """全年规上文化企业实现营业收入6386.4亿元,…占全国的4.2%: a figure of the article's own region that is a
    share of the country's is the region's total all the same, larger than its parts (文化新业态营业收入
    2803.6亿元,快于全部规上文化企业7.2个百分点)."""
    share, figure = candidate.share, facts[candidate.value]
    return share is not None and names_the_nation(share.of) and not is_national(candidate, facts, text) and same_unit(figure, part) \
        and None not in (figure.value, part.value) and figure.value > part.value and figure.qualifier == "="


def _region_rate_named(statement: Statement, rated: list[Statement], of: str, facts: dict) -> Statement | None:
    """省会栎阳市社会物流总额…增速高于全省: the latest figure of the measure, of the region or of no place
    named, when the region's figures carry no subject (全年社会物流总额86432.6亿元,增长5.6%)."""
    if of not in _REGION_LEVELS or not statement.metric or statement.sentence == 0:
        return None
    return next((
        s for s in reversed(rated)
        if s.change.value != statement.change.value and s.part_of is None and (not s.subject or s.subject in of) and s.metric and s.sentence > 0
        and same_unit(facts[s.value], facts[statement.value]) and same_words(s.metric) in same_words(statement.metric)
    ), None)


def _national_rate(statement: Statement, later: list[Statement], facts: dict, text: str) -> Statement | None:
    """The country's figure of the same measure written later: the one whose metric holds the
    statement's own (制造业投资, 实际使用外资金额), else the only one whose metric is alike (进出口总额 and
    进出口总值), else the only one whose metric ends alike; two that end alike (固定资产投资 and
    制造业投资 for 工业投资) leave it undecided."""
    rated = [s for s in later if s.change is not None and is_national(s, facts, text)]
    national = [s for s in rated if _same_measure(s, statement, facts)]
    # 实际使用外资金额 (出口 of 出口, before 进出口总值)
    named = [s for s in rated if statement.metric and s.metric == statement.metric] \
        or [s for s in rated if statement.metric and statement.metric in (s.metric or "")]
    if named:
        return named[0]
    alike = [s for s in rated if statement.metric and s.metric and metrics_alike(statement.metric, s.metric)]  # 进出口总额, 进出口总值
    if len(alike) == 1:
        return alike[0]
    return national[0] if len(national) == 1 else None


def whole_figure(whole: Statement, part, facts: dict):
    """The figure of a statement that parts like `part` add up to: its value, or for counted parts
    (百亿元以上项目2个…) of the set an amount measures, the count that goes with the amount
    (项目32个,总投资418亿元)."""
    value = facts[whole.value]
    if part.kind == "count" and value.kind != "count" and whole.count is not None:
        return facts[whole.count]
    return value


def _same_measure(first: Statement, second: Statement, facts: dict) -> bool:
    """Two figures of one measure in two places: of one unit, with metrics that end alike (出口 and
    全省出口; 进出口总值 and 货物贸易进出口总值)."""
    rates = "percent" in (facts[first.value].kind, facts[second.value].kind)  # 固定资产投资增长4.6%: a rate alone
    if not (rates or same_unit(facts[first.value], facts[second.value])) or not first.metric or not second.metric:
        return False
    return first.metric[-2:] == second.metric[-2:]


def can_be_whole(candidate: Statement, part, facts: dict, named: str | None = None, larger: bool = True) -> bool:
    """A figure that `part` may be a share or a part of: of its kind and unit, exact and larger, and no
    share of something itself (a sibling part), unless it is a completion rate or a region's share of a
    wider one, or the share names the figure by its subject and metric (占全省出口的60.9% for 全省出口
    8126.4亿元, itself 6.7% of 全国出口总值)."""
    whole = whole_figure(candidate, part, facts)  # for a count, also the count of an amount's set
    if not same_unit(whole, part):  # 16款 new models are no share of 2175.9万部 phones
        return False
    if whole.value is None or part.value is None or whole.qualifier != "=" or (whole.value <= part.value if larger else whole.value >= part.value):
        return False  # a ratio above 100% (相当于当年缴存额的106.6%) is over a smaller figure
    if _stock_against_flow(named, candidate.metric):
        return False
    # A completion rate makes no sibling part, nor a region's share of a wider one (全省旅游收入,占全国的6.6%;
    # 全市实际使用外资…占全省的18.6%).
    wider = candidate.share.of[:2] if candidate.share and candidate.share.of else ""
    regional = bool(candidate.subject) and wider in ("全国", "我国", "全省") and not candidate.subject.startswith(wider)
    regional = regional and not (wider in ("全国", "我国") and _NATIONAL.search(candidate.subject))
    regional = regional or candidate.share is not None and candidate.share.whole_by == "preceding"  # 全市…312.8亿元,全区占比为27.7%
    # 展览总面积412.6万平方米,…占全省展览总面积1135.8万平方米的36.3%: a share of a figure written in it, a wider one's
    regional = regional or candidate.share is not None and candidate.share.whole is not None and facts[candidate.share.whole].start > facts[candidate.value].end
    # R&D经费986.7亿元,投入强度(与地区生产总值…之比)为2.61%: a ratio to the economy's output, no sibling part of it
    regional = regional or candidate.share is not None and bool(_OUTPUT_RATIO.search(candidate.share.of or ""))
    # 养殖场共264家,…。全县畜禽规模养殖比重达到82.4%: a rate named in a later sentence, of nothing named, makes no sibling
    regional = regional or candidate.share is not None and not candidate.share.of and candidate.share.whole is None \
        and facts[candidate.share.value].sentence != facts[candidate.value].sentence
    if candidate.share is None or candidate.share.of == "目标" or regional:
        return True
    return _names(named, candidate)


_OUTPUT_RATIO = regex.compile(r"(?:地区|国内)生产总值|GDP")


def _stock_against_flow(named: str | None, metric: str | None) -> bool:
    """占全部新增贷款的46.3% names a flow, which a balance (贷款余额3862.5亿元) is not; 占贷款余额的 a
    stock, which an increase is not."""
    first, second = _stock_or_flow(named), _stock_or_flow(metric)
    return first is not None and second is not None and first != second


def _stock_or_flow(words: str | None) -> str | None:
    flow, stock = bool(words and _FLOW.search(words)), bool(words and _STOCK.search(words))
    return "flow" if flow and not stock else "stock" if stock and not flow else None


_COUNTED_IN = regex.compile(r"(?:人次|人数|户数|家数|个数)$")  # the measure word a count of the figure is named by


def _names(named: str | None, candidate: Statement) -> bool:
    """占规上工业总产值的 names 园区全年完成规上工业总产值; 占全省出口的 names 全省's 出口."""
    if not named or not candidate.metric or candidate.share.of == named:  # 占营收比例的85.45% and 14.55%: siblings
        return False
    scope, own_scope = _SCOPE.match(named), _SCOPE.match(candidate.share.of or "")
    named = _SCOPE.sub("", named) if len(_SCOPE.sub("", named)) >= 2 else named  # 占全县税收的 names 税收收入
    trade = "进出口"  # 出口总值 is not within 进出口总值
    within = named.replace(trade, "◇") in (candidate.share.of or "").replace(trade, "◇")
    # (寿险保费收入…占全省保费收入的57.0%: 相当于保费收入的 names the region's, of which 寿险 is a part)
    if within and ((scope and scope.group()) == (own_scope and own_scope.group()) or not scope and own_scope):
        return False  # 民生支出…占一般公共预算支出的81.3%: 相当于支出的 names the figure it is a share of, rather
    if _measure_named(named) in (candidate.metric, _MEASURE_TAIL.sub("", candidate.metric)):
        return True  # 占出口总值的 names 出口 (itself 63.0% of 进出口总值); 占提取总额的 names 提取额

    core = named.removesuffix("量") if len(named) >= 4 else named  # 占东站发送量的 names 澄阳东站发送旅客
    core = _COUNTED_IN.sub("", core) if len(core) >= 5 else core  # 占公共图书馆到馆人次的 names 公共图书馆到馆
    if len(core) >= 3 and set(core) <= set(candidate.metric):
        return True  # 占液体乳收入的 names 液体乳实现收入
    return named in candidate.metric or bool(candidate.subject and candidate.subject in named and candidate.metric in named)


def in_scope(of: str | None, candidate: Statement, national: bool | None = None) -> bool:
    """占全国出口总值的 is a share of a national figure; 占全省的, 占全市的 of a regional one: a whole
    named with 全国 states the country's figure, one named with 全省/全市 does not."""
    if national is None:
        national = bool(_NATIONAL.search(named_by(candidate)))
    if names_the_nation(of):
        return national
    if of and of.startswith(("全省", "全市", "全县", "全区", "全州")):
        return not national
    return True


def _is_generic(of: str) -> bool:
    """占总额的, 占全部的: a whole named by no word of its own, as good as unnamed."""
    return len(GENERIC_OF.sub("", of)) <= 1


def _smaller_than(whole, part, share) -> bool:
    """A figure below the part cannot be the whole of a share under 100% (新认定742家 for 1032家, 占全市的36.3%)."""
    return None not in (whole.value, part.value, share.value) and share.form == "percent" and share.value < 100 \
        and same_unit(whole, part) and whole.value < part.value and whole.qualifier == "="


def _subject_whole(of: str, statement: Statement, candidates: list[Statement], larger: list[Statement] = (), facts: dict | None = None) -> Statement | None:
    """占全县的64.8%: the nearest figure before whose subject is the one named (全县) and whose metric
    shares a word with the part's (省外境内到位资金 for 县经济开发区贡献到位资金)."""
    named = GENERIC_OF.sub("", of.removesuffix("的"))
    found = []
    for earlier in reversed(candidates):
        if "进出口" in (statement.metric or "") and "进出口" not in (earlier.metric or ""):
            continue  # 省会澜州市进出口…占全省的42.3%: of the province's trade, not of its exports
        if earlier.subject and earlier.subject in (of, named, of.removesuffix("的")) and share_a_word(same_words(earlier.metric or ""), same_words(statement.metric or "")):
            found.append(earlier)  # 集成电路产业营收 for 园区实现营业收入 (rules/link.toml `synonyms`)
    # 溆阳高新区战新产值1124.8亿元,占全市的41.7%: the region's figure of the very measure (战略性新兴产业产值,
    # written with no subject) before one that only shares a word (规上工业总产值).
    named = same_words(statement.metric or "")
    # (全省累计兑付补贴资金 holds 兑付补贴 whole: the region's own figure, before a category's 兑付补贴 written bare)
    own_measure = _DONE_VERB.sub("", without_opening_place(named), count=1)  # 省会芷阳市完成制造业投资: 制造业投资
    if larger and not any(same_words(s.metric or "") in named or without_opening_place(named) in same_words(s.metric or "") for s in found):
        # (亿元以上企业418家,合计实现营业收入2869.2亿元: the sum of a set just named, no region's figure)
        alike = [s for s in reversed(larger) if (not s.subject or s.subject == of.removesuffix("的")) and s.metric and len(s.metric) >= 4
                 and not SUMMED_UP.match(s.metric)
                 # 全省新能源装机, a part of 发电装机容量; 新登记企业 for 琮东新区新登记企业, a part of 新登记经营主体
                 and (s.part_of is None or same_words(s.metric) in (named, own_measure))
                 and (named.endswith(_bare_names(same_words(s.metric))) or _ends_on_one_measure(named, same_words(s.metric))
                      or len(own := named[len(opening_place(named) or "") :]) >= 4 and _COUNTED_SCOPE.fullmatch(_bare_names(same_words(s.metric))[-1].removesuffix(own)))]
        # 全年接待游客1342.8万人次;其中…下半年744.4万人次: the region's total before a part of the very name
        alike = next((s for s in alike if s.part_of is None), alike[0] if alike else None)
        # (of two named the same, 合计8659.3亿元 after …十二条…11386.4亿元, the region's is the larger)
        same = [s for s in larger if alike is not None and s.metric == alike.metric and s.part_of is None and facts is not None]
        alike = max(same, key=lambda s: facts[s.value].value or 0, default=alike)
        if alike is not None:
            return alike
    # 全县完成投资156.38亿元…64个县级重点项目完成投资78.52亿元…经开区完成投资52.74亿元,占全县的33.7%:
    # the region's own figure, not a counted set's or a breakdown's part within it.
    # 嵘西风电光伏装机…占全国的: of the country's 风电光伏合计装机 before its 可再生能源装机, the nearest first
    # among figures as close in name.
    if names_the_nation(of):  # the country's many totals; a region's own is rather its first, largest
        found.sort(key=lambda s: -len(set(named) & set(same_words(s.metric or ""))))
    else:  # 省会澪阳市用水…占全省的: the province's 用水总量, which opens on the measure, before its 生活用水
        # 新设立外商投资企业612家,占全省的44.2%: the province's figure of the very metric before all.
        tail = named[-4:]
        # 蔚东区高新技术企业…占全市的: of 高新技术企业, which shares most words, before the nearer 科技型中小企业.
        # 澄驰汽车生产新能源汽车…占全市的: of 新能源汽车产量, which shares more words, before 汽车产量.
        found.sort(key=lambda s: (
            same_words(s.metric or "") != named, -len(two_char_words(named) & two_char_words(same_words(s.metric or ""))),
            not any(same_words(s.metric or "").startswith(tail[i : i + 2]) for i in range(len(tail) - 1)),
        ))
    # 省会芷阳市完成制造业投资…占全省的: the province's 制造业投资 itself, though a part of its 固定资产投资
    measured = [s for s in found if s.count is None and same_words(s.metric or "") == own_measure]
    found = [s for s in measured if s.part_of is None] or measured or found
    return next((s for s in found if s.count is None and s.part_of is None), found[0] if found else None)


# 普惠小微贷款余额 is the region's 普惠小微贷款 for a share 占全市的 of a part named without the stock word, and
# 限上单位实现商品零售额 its 限上单位商品零售额 without the verb.
_STOCK_WORD = regex.compile(r"(?<=\p{Han}{2})(?:余额|总额|总量)$")
_DONE_VERB = regex.compile(r"实现|完成")


def _bare_names(metric: str) -> tuple[str, ...]:
    """A metric as written, without its stock word, and without its verb of outturn."""
    return metric, _STOCK_WORD.sub("", metric), _DONE_VERB.sub("", metric)


def _ends_on_one_measure(part: str, whole: str) -> bool:
    """澄东区用电量 and 全社会用电量: a whole named by its scope (全) and the part's measure, its last three
    characters (not 发电量 for 用电量, nor a counted set's 重点项目完成投资 for 经开区完成投资)."""
    return len(part) >= 3 and whole.startswith("全") and len(whole) > 3 and part[-3:] == whole[-3:]


def named_in_full(of: str | None, whole: Statement, part: Statement) -> bool:
    """Whether the whole lacks no word of the name a share gives it that the part itself names: a whole
    of 参展企业 for a share of 省外参展企业 whose part names 省外 is a wider set, a guess. Scope, generic
    words and a measure's tail aside; words the part does not name may live in the count that goes with
    the whole (计划总投资 of 新开工重大项目86个 for 占新开工项目计划总投资的)."""
    words = named_by(whole)
    missing = {char for char in _name_core(of) if char not in words}
    return not missing & set(named_by(part))


def measured_alike(part: Statement, whole: Statement) -> bool:
    """Whether a whole found by its subject alone (占全省的) measures what the part does: one name holds the
    other's measure (澄江市用电量 and 全社会用电量; 雯湖区完成投资 and 固定资产投资), or they share two words
    (柘岚汽车集团产量 and 汽车产量). 汀北市新能源装机 against 全省总装机 shares one word only: a guess."""
    own = same_words(_DONE_VERB.sub("", without_opening_place(part.metric or ""), count=1))
    theirs = _SCOPE.sub("", same_words(whole.metric or ""))
    if len(own) >= 2 and own in theirs or len(theirs) >= 2 and theirs in same_words(part.metric or ""):
        return True
    return len(two_char_words(own) & two_char_words(theirs)) >= 2


def words_missing(of: str | None, whole: Statement) -> list[str]:
    """The two-character words of the name a share gives its whole that the whole does not hold at all
    (东盟 of 东盟方向签约额 against 协议总金额)."""
    wanted, words = _name_core(of), named_by(whole)
    return [wanted[i : i + 2] for i in range(len(wanted) - 1) if wanted[i] not in words and wanted[i + 1] not in words]


def _name_core(of: str | None) -> str:
    """The name a share gives its whole without its scope, generic words and a measure's tail
    (占全市接待总量的 → 接待)."""
    return _MEASURE_TAIL.sub("", _measure_named(of))


def _own_whole(named: str, statement: Statement, candidates: list[Statement], by_id: dict) -> Statement | None:
    """The latest figure of what 其 stands for (设计业112.36亿元 for 设计企业研发投入…其营收): it shares a word
    with the part's name that the whole's name lacks, and measures the named whole itself or is a part
    of a figure that does (设计业 of 园区营业收入)."""
    own = [(statement.metric or "")[i : i + 2] for i in range(len(statement.metric or "") - 1)]
    own = [word for word in own if not share_a_word(word, named)]
    for candidate in reversed(candidates):
        measured = candidate.metric or ""
        if candidate.part_of in by_id:
            measured += by_id[candidate.part_of].metric or ""
        if any(word in (candidate.metric or "") for word in own) and share_a_word(same_words(named), same_words(measured)):
            return candidate  # 营收 names 营业收入 (rules/link.toml `synonyms`)
    return None


def share_a_word(first: str | None, second: str | None) -> bool:
    return bool(first and second) and any(first[i : i + 2] in second for i in range(len(first) - 1))


def _names_apart(of: str | None, whole: Statement, part: Statement) -> bool:
    """项目47个中,锂离子电池储能38个…,锂离子电池储能占新增装机的82.0%: a share of a counted part naming an amount that
    shares no word with the part's whole nor the part is of no whole the breakdown gives."""
    measure = _measure_named(of)
    return bool(_AMOUNT_WORD.search(measure)) and not two_char_words(measure) & two_char_words((whole.metric or "") + (part.metric or ""))


# Words that name an amount or a quantity, never a count of things (占新增装机的, 占总产量的)
_AMOUNT_WORD = regex.compile(r"装机|容量|产量|产值|面积|金额|投资|收入|销售额|营业额|电量")


def _measure_named(of: str | None) -> str:
    """What a share's whole is named for, without its scope and generic words (全国出口总值: 出口)."""
    return GENERIC_OF.sub("", _SCOPE.sub("", of or ""))


_LISTED_BEFORE = "、和及与"
_LIST_ITEM_SEPARATOR = regex.compile(r"、|和|及(?!以[上下])|与")  # (110千伏及以下电网: a bound, no list)


def _set_before(name: str, part, statements: list[Statement], facts: dict, earlier: set) -> Statement | None:
    """The figure before a part, larger and of its unit, whose metric holds the most characters of the set the
    part is named in (出口车辆 of 外贸出口商品车38.56万辆, for 出口车辆中新能源汽车21.73万辆), at least two; of equals,
    the one named by fewest other characters (步行街接待客流, not …两个国家级示范步行街接待客流, a set within it), then the
    latest; one that holds none but the members' noun (项目 of 在建项目) is none."""
    best, most = None, None
    own = MEMBER_NOUN.sub("", name)  # (在建项目中已竣工投产19个: of the 64 projects under way, not of 材料和装备类项目24个)
    for statement in statements:
        figure = facts[statement.value]
        if statement.value in earlier or not same_unit(figure, part) or figure.qualifier != "=" or None in (figure.value, part.value) \
                or figure.value <= part.value:
            continue
        metric = statement.metric or ""
        held = sum(1 for char in set(name) if char in metric)
        score = (held, -sum(1 for char in metric if char not in name))  # (most held, fewest others)
        if held >= 2 and (most is None or score >= most) and any(char in metric for char in own):
            best, most = statement, score
    return best


def _named_whole(
    of: str | None, statement: Statement, candidates: list[Statement], text: str = "", facts: dict | None = None, sizes: dict | None = None,
    linked: list[Statement] = (), headline: str = "",
) -> Statement | None:
    if not of:
        return None
    wanted = _measure_named(of)  # 全国出口总值: the scope is in_scope's to check
    wanted = wanted.removesuffix("额") if len(wanted) > 3 else wanted  # 意向签约额 is 意向签约 (1427.7亿元)
    best, best_score = None, (1, True, True, 0, False, 0, 0, 0, False, False)
    # 占全市接待总量的, 占全部投资的: of two figures named alike, the larger
    total = sizes is not None and bool(_TOTAL_OF.search(of) or of.startswith(("全部", "全体")))

    def said_of(earlier: Statement) -> str:
        said = named_by(earlier)  # 全省 of 全省出口 names the subject
        counted = whole_figure(earlier, sizes[statement.value], sizes) if sizes is not None else None
        if counted is not None and counted.kind == "count" and counted.id == earlier.count and counted.object and counted.object not in _MEMBERS:
            # 共安排市级重点项目386个,总投资5862.4亿元: the count names its set (占重点项目总数的); a bare 项目 names none
            said += counted.object
        unit = getattr(sizes[earlier.value], "base_unit", None) if sizes is not None else None
        if unit in _UNIT_NAMES and _UNIT_NAMES[unit] not in said:
            said += _UNIT_NAMES[unit]  # 小麦86.42万亩 is 小麦面积, of 占全县小麦面积的
        return said if "进出口" in wanted else said.replace("进出口", "◇")  # 对共建国家出口 names the exports, not the trade total

    def overlap_of(earlier: Statement) -> int:
        said = said_of(earlier)
        return sum(1 for char in set(wanted) if char in said)

    written_name = _SCOPE.sub("", of).removesuffix("的")
    bare = len(wanted) == 2  # a measure alone (产量), naming no thing
    eligible = {}
    wider = {c.share.whole for c in candidates if c.share is not None and c.share.whole_by == "preceding"}
    # (a headline restating its body's figure is one figure, not two)
    named_twice = Counter(metric for metric, _ in {(c.metric, sizes[c.value].value if sizes else c.value) for c in candidates})
    for earlier in candidates:
        national = is_national(earlier, facts, text) if facts is not None else None
        if not earlier.metric or not in_scope(of, earlier, national) or _REMAINDER_NAME.match(earlier.metric):
            continue  # 其余十四个园区合计191.1亿元: the rest of the parks, no figure of them all
        said = said_of(earlier)
        if _names_another_region(earlier, statement, of):
            continue  # 当天全市同步签约项目总投资1036.8亿元: the city's, not the zone's 签约总额
        if not _SCOPE.match(of) and _of_another_level(earlier, statement, headline):
            continue  # 占全部软件业务收入的 in a city's report, after 全省同期完成…3124.3亿元: the city's
        if "进出口" not in wanted and any(flow in wanted and flow not in said for flow in ("出口", "进口")) or made_and_sold(wanted, said):
            continue
        if _last_listed_member(written_name, earlier.metric):
            continue  # 占数码产品销售额的 after 汽车、家电和数码产品销售额58.36亿元: one member's figure, not the list's
        if other_measures(wanted, said):
            continue  # 占社会保险基金总支出的 after …社会保险基金总收入3286.4亿元,总支出3012.7亿元: an outflow, not the inflow
        eligible[earlier.id] = earlier
        overlap = overlap_of(earlier)
        same_period = earlier.period is not None and earlier.period == statement.period
        # 占全部投资的, 占全年兑付额的: the whole of everything, so a figure that is itself a part (第三产业投资 of
        # 固定资产投资) comes after; 占出口总值的 names its whole, which may be a part (出口 of 进出口).
        not_a_part = earlier.part_of is None or not of.startswith(("全部", "全体", "全年"))  # 全省出口 names the province's exports
        figure = whole_figure(earlier, sizes[statement.value], sizes) if total else None  # 国内外游客 over 国内游客
        # 全市研发经费投入为312.8亿元,全区占比为27.7%: a wider region's figure is no larger whole of the article's own
        size = figure.value if figure is not None and figure.value is not None and earlier.value not in wider else 0
        if named_twice[earlier.metric] > 1:
            size = 0  # 今年累计接待游客 beside the holiday's 累计接待游客: one measure of two spans, neither the other's whole
        # 覆盖小麦3102.5万亩,占播种面积的: of 小麦播种面积 before 夏粮播种面积, the part naming 小麦
        kin = sum(1 for i in range(len(said) - 1) if said[i : i + 2] in (statement.metric or "") and said[i : i + 2] not in wanted)
        # 总投资86亿元的…二期项目已完成投资52.3亿元,占总投资的60.8%: of two figures named alike, the one of
        # the part's own sentence, after 全市…总投资5862.4亿元.
        here = earlier.sentence == statement.sentence
        # 澹海国际机场完成旅客吞吐量: the words before 完成 or 实现 name who did it, as a subject, no other measure.
        measured = _DOER.sub("", said)
        # 占餐饮收入的15.4% after 新港区餐饮收入3.17亿元: a district's figure is no whole of a part named for no place
        own_place = not earlier.subject or is_region(earlier.subject) or earlier.subject == statement.subject \
            or earlier.sentence == 0  # (the headline names the article's own place: 澧宁省 of 全省)
        # 省会澜州市实现保费收入712.4亿元 in a report on 泓南省: a place's figure is no whole of a part named for none
        own_place = own_place and not (earlier.sentence > 0 and _place_apart(earlier, statement, headline))
        # 渟江引水工程总投资246.8亿元,…累计完成168.3亿元,占总投资的68.2%: the figure named with the very words
        # (总投资), before 投资 of the report, which holds fewer other words.
        literal = written_name.startswith("总") and len(written_name) >= 3 and written_name in said
        # 出口新能源汽车28.47万辆,…相当于产量的22.4%: a bare measure (产量) is of the thing the part names (新能源汽车产量)
        score = (overlap, own_place, not_a_part, size, literal, kin if bare else 0, -len(set(measured) - set(wanted) - set(of)), kin, same_period, here)
        if score > best_score:  # ties go to the earliest: a total comes before its breakdowns
            best, best_score = earlier, score
    if best is None or best_score[0] < min(len(set(wanted)), 2):
        return None
    # 占全县支出的: of 一般公共预算支出, not of its part 县本级支出, whose name only adds to the whole's.
    shares = {s.id: s.share for s in linked if s.share is not None}  # the shares of the figures before, as linked
    climbed = {best.id}  # (each whole once: parts linked in a ring must not hold the climb)
    while (above := _whole_above(best, eligible, shares)) is not None and above.id not in climbed and overlap_of(above) >= best_score[0] \
            and not _named_beyond(of, best, above, statement) and not _one_of_listed(of, best, above):
        best = above
        climbed.add(best.id)
    # 占新增光伏的 of 新增风电、光伏并网装机218.6万千瓦, 其中光伏150.3万千瓦: the listed member's part it names
    return next((c for c in eligible.values() if c.part_of == best.id and _one_of_listed(of, c, best)), best)


def _headline(text: str) -> str:
    """The headline, which names the article's own places; with none, the text itself does."""
    return text.split("\n", 1)[0] if "\n" in text else text


_HEADLINE_PLACE = regex.compile(r"\p{Han}{1,6}?(?P<level>省|市|县|区)")


def _of_another_level(candidate: Statement, part: Statement, headline: str) -> bool:
    """A figure of a region of another level than the report's (全省 in a report whose headline opens on a city,
    全市 in a county's), the part's own subject aside: no whole of a part that names no place."""
    subject = candidate.subject or ""
    if len(subject) != 2 or subject not in _REGION_LEVELS or (part.subject or "") == subject:
        return False
    place = _HEADLINE_PLACE.match(headline)
    return place is not None and place.group("level") != subject[1]


def _place_apart(candidate: Statement, part: Statement, headline: str) -> bool:
    """A figure named for a place (省会澜州市实现保费收入) the headline does not name, beside a part named for none."""
    place = place_opened_on(candidate.metric)
    return place is not None and not opens_on_place(part.metric) and place.removeprefix("省会") not in headline


def _whole_above(figure: Statement, eligible: dict[str, Statement], shares: dict[str, Share]) -> Statement | None:
    """The eligible whole a figure is part of: its 其中 whole, or the whole of its bare share (高新技术产业产值
    1128.5亿元,占比60.6% of 规上工业总产值), so 占全区产值的 climbs from the part to the region's total. A share
    naming a place (占全国的), or of a wider place's figure, is no such whole: the region's figure stays the region's."""
    if figure.part_of in eligible:
        return eligible[figure.part_of]
    share = shares.get(figure.id)
    # (全区占比为27.7% after 全市研发经费投入312.8亿元 is a share of a wider place's figure: whole_by preceding)
    if share is None or share.whole is None or share.of or share.whole_by not in ("first_total", "part_of", "breakdown"):
        return None
    return next((s for s in eligible.values() if s.value == share.whole), None)


def opens_like_a_joined_member(name: str, joined: str) -> bool:
    """Whether `name` opens on the first two characters of a member of a joined name (二手住房 of 新房和二手房合计成交)."""
    items = [item for item in _LIST_ITEM_SEPARATOR.split(joined) if len(item) >= 2]
    return len(items) > 1 and any(item[:2] == name[:2] for item in items)


def one_of_joined(name: str, joined: str) -> bool:
    """Whether `name` opens on a member of a joined name other than its last (职工医保 of 职工医保和居民医保基金收入), or
    names the last by the words before its measure (二手房 of 新房和二手房合计成交)."""
    items = [item for item in _LIST_ITEM_SEPARATOR.split(joined) if len(item) >= 2]
    return len(items) > 1 and (any(name.startswith(item) for item in items[:-1]) or len(name) >= 2 and items[-1].startswith(name) and name != items[-1])


def _last_listed_member(name: str, metric: str) -> bool:
    """Whether a name is written in a metric as the last member of a list (数码产品销售额 in 汽车、家电和数码产品销售额)."""
    at = metric.find(name) if len(name) >= 2 else -1
    return at > 0 and metric[at - 1] in _LISTED_BEFORE


def _one_of_listed(of: str, part: Statement, whole: Statement) -> bool:
    """占公路投资的 names 公路完成投资, one of the 铁路、公路、水路 whose investment is the whole's (占古镇游客量的 names
    磲川古镇 by its head, 古镇)."""
    items = [item for item in _LIST_ITEM_SEPARATOR.split(whole.metric or "") if len(item) >= 2]
    return len(items) > 1 and any(
        (item in of or len(item) >= 4 and item[-2:] in of) and item in (part.metric or "") for item in items[:-1] + [items[-1][:2]]
    )
