"""Statements: which metric, period, change, share, count and target each figure belongs to.

Report sentences follow a few shapes, read clause by clause (a clause ends at , ; : or a sentence end):
"1月—10月,杭州…" (a period heading the clause governs what follows until another one, within the
paragraph), "X为/达/实现 Y" and "X Y,同比增长Z,占全国比重为W" (change and share in the same clause
or in the clauses right after, which carry no figure of their own), "N个项目…投资总额Y" (a count and
an amount of one set), "其中,A Y1,B Y2" (parts of the whole before), "A、B分别为Y1、Y2", "完成年度目标
任务T的R" (a target and its completion rate) and "平均每个项目Y" (an average over the count).
A figure that fits none of these stays an unlinked fact: no statement is invented.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache
from os.path import commonprefix

import regex

from extractors.breakdowns import drop_parts_cut_by_size, link_compositions, link_groups, link_named_subtotals, link_parts_of_a_named_set, link_parts_within_a_counted_opening, link_parts_within_an_opening, link_rests_of_shares, link_totals_after_breakdowns, nest_lists_under_parts, nest_parts_of_parts, nest_subtotals
from extractors.differences import (
    give_changes_to_wholes, increase_written_between, link_balances, link_changes_after_comparison, link_changes_after_earlier_sentences, link_changes_opening_a_sentence, link_each_changes_with_bases_after, link_differences, link_gaps_between_periods, link_time_changes, link_ratios_to_earlier_levels, link_levels_dated_a_year_before, link_increase_targets, link_level_gaps, link_named_changes, link_rate_gaps, link_year_differences,
)
from extractors.document import Document
from extractors.completions import give_listed_goals, link_completions_alone
from extractors.indicators import link_indicator_shares, link_paired_targets
from extractors.lexicon import word_tags
from extractors.numerals import NumberError, parse_number
from extractors.rates import (
    drop_rates_held_by_earlier_levels, drop_rates_of_unwritten_figures, give_changes_of_gaps_to_their_levels, give_rates_after_lists_to_wholes, give_rates_bases_written_after, give_point_changes_to_current_levels, give_rates_of_earlier_levels_to_current, give_rates_off_earlier_levels, give_rates_off_year_start_levels, give_rates_past_brackets, give_rates_past_earlier_clauses, give_rates_to_named_levels, give_targets_to_figures_of_their_unit, link_bases_after,
    link_bases_written_before, link_defined_ratios, link_earlier_shares, link_sequential_bases, drop_rates_of_months_before, link_listed_gaps, link_named_gaps, link_named_rates, link_named_targets, give_rates_to_members_named, link_levels_of_places_compared, link_place_gaps, split_count_and_amount_rates, link_rate_bases, link_referent_gaps, listed_rate_names,
)
from extractors.roles import AVERAGE_CUE, CLAUSE_BREAK, FROM_LEVEL, LEVEL_KINDS, MOVED_TO, STAKE_AFTER, FigureRoles, direction_words
from extractors.rulebook import alternation, rules
from extractors.spreads import (
    MEMBERS_OF, give_changes_past_averages, give_counts_past_earlier_levels, give_targets_to_levels, link_adjacent_averages, link_member_averages, link_shares_after_averages, link_spreads,
)
from extractors.named_shares import NamedShares, lift_sibling_wholes, lift_summed_shares
from extractors.subjects import is_place, opening_place, opens_on_place, split_subject
from extractors.referents import give_shares_to_referents
from extractors.tiling import link_periods_that_tile
from extractors.distant_averages import PER_MEMBER, link_distant_averages
from extractors.unit_averages import link_unit_averages
from extractors.paired_gaps import link_paired_gaps
from extractors.wholes import (
    drop_others_besides, extend_parallel_parts, link_enumerated_wholes, lift_shares_of_listed_wholes, lift_subtotals, link_complements, link_gaps, link_rests_closing_lists,
    join_rests_to_breakdowns, link_lists_to_named_wholes, link_totals, link_wholes, mark_exhaustive, same_unit, share_a_word, whole_figure,
)
from extractors.wording import (
    ADDED, AMOUNT_NAMED, AVERAGED_NAME, BASIS_OF_RATIO, BREAKDOWN_CUE, CLOSED_BRACKETS, COUNTS_PEOPLE, DELTA_ONLY, EARLIER_WAS, EARLIER_WAS_AT_END, EDITION_BEFORE, GOAL_OF_ADDITIONS, LEADING, LIST_JOIN, LOWEST_CLASS, OVERSHOOT, OWN_REGION_OPENING, PER_DAY_MONTH_YEAR, PER_UNIT_MOVED_FROM, PLACEHOLDER_METRICS, RATIO_WITH, REFERS_BACK, REGIONS, SAME_PERIOD, SEMICOLON, SENTENCE_STOP,
    CHANGE_NAMED, SHARE_NAMED_BACK, WENT_TO, LAST_YEAR_END, YEAR_BEFORE_WORDS, YEAR_EARLIER, YEAR_START, alike,
    a_year_before, at_an_end, bases_of, before_the_report_year, clause_opening, fact_ids, is_last_year, is_last_year_figure, measure_of, measure_with_count, member_groups, metrics_alike, names_a_change, names_the_set, opening_before, other_measures, same_time, same_words,
    named_by_its_clause, periods_differ, stated_apart, strip_leading, two_char_words, unvoiced,
)
from schemas import Change, Difference, Share, Statement, Target

_BASIS = regex.compile(rf"同比|环比|比上年同期|比去年同期|较上年同期|较去年同期|(?:比|较)(?:{LAST_YEAR_END}|年初)|比上年|比去年|较上年|较去年|比上月|较上月")
_PARTS_CUE = regex.compile(r"其中|内含|包括|(?<=\d[万亿]?元[,，])(?<!用于[^,，;；。]{0,24}[,，])用于(?=\p{Han}{2,16}?[\d.]+[万亿]?元)")  # 资金5.8亿元,用于基地建设3.26亿元、…
_PARTS_END = regex.compile(r"同时|此外|另外|与此同时")
_SENTENCE_ENDS = frozenset(("。", "!", "?", "！", "？", "\n", "."))
_THIS_YEAR_OPENING = regex.compile(r"全年|今年|本年")
# 笔数, 金额, 数量: what a rate measures of the figure written before it, no name of a figure
_MEASURE_NAMED = regex.compile(r"(?:\p{Han}{0,2}?(?:数|额)|数量|规模|总量)")
_EARLIER_LEVEL_CLAUSE = regex.compile(r"(?:年初|年末|上年|去年)\p{Han}{0,6}?(?:为|是)[^,;，；]*$")
# 分别用于产业发展、基础设施建设和就业帮扶1.46亿元、5700万元和3500万元: the items named after the verb of where each went
_WHERE_EACH_WENT = regex.compile(rf"(?P<verb>{WENT_TO})(?P<list>\p{{Han}}[^,;，；。]*)$")
_RATIO_DEFINED = regex.compile(rf"[(（](?P<ratio>[^()（）]*(?:{RATIO_WITH}|(?<=\p{{Han}}{{2}})占)[^()（）]*)[)）](?:为|是|达)?$")
_NAMED_DONE = regex.compile(r"\p{Han}{2,12}?(?:已经?|累计)?完成")
_PART_NAMED = regex.compile(r"\s*其中\p{Han}{2,12}?所占(?:比重|比例)")  # 其中跨境人民币所占比重为42.9%
_SHARE_OF_FIGURES = regex.compile(r"占|相当于")
# 14个设区市中,有9个市专科及以上学历教师占比超过90%: after members a set holds, a share another noun names is a
# share each of them has, not theirs of the set (but 有156家数量占比65.2%: the count's own)
_SHARE_EACH_HAS = regex.compile(r"\p{Han}{3,18}?(?<!数量|个数|家数|户数|总数|数目)(?:所占)?(?:占比|比重|比例)")
_SET_NAME = regex.compile(r"(?!.*(?:占|比重|比例|率))\p{Han}{2,12}(?:中|里)?(?:有)?")  # 新引进项目, 签约企业中
_DESCRIBED_PART = regex.compile(r"(?:以上|左右)?(?:来自|集中在|分布在|位于|投向|用于|属于|落户|通过|经由|依托|采用)")  # what that share of the set is
_NAMED_SHARE = regex.compile(r"(?:\d+周?岁)?\p{Han}{2,12}?(?:占|相当于)")  # (35岁以下青年人才所占)
_NAMES_EACH = regex.compile(r"^\p{Han}{2,10}[、和及与]\p{Han}{2,10}分别(?:占|相当于)")
_REPORTED = regex.compile(r"发布|通报|公布|获悉|介绍|透露|新闻发布会")
# 小水电站共3865座,按照…的思路分类处置:退出412座,整改完善3217座,保留236座: a colon past a total opens its parts.
_LIST_AFTER_TOTAL = regex.compile(r"(?<=(?:共有?|合计|总计)[\d.]+[万亿]?\p{Han}{1,3},[^,;:。]{0,30}):")
_INCLUDED = regex.compile(r"含(?![税息])|其中|包括")  # (含税销售额106亿元) is the figure with tax, no part
_STOCK_WORD = regex.compile(r"累计|余额|保有|总数|存量")
_EARLIER_SHARE_CHANGE = regex.compile(r"(?:比重|占比|比例)(?:比|较)(?:上年|去年)")
_EARLIER_SHARE = regex.compile(r"(?:比|较)(?:上年|去年)(?:同期|同月|末|底)?的$")
# A measurement the engine has no fact kind for, named before its number: 成交面积438.7万平方米.
_FASTEST = regex.compile(r"(?P<name>\p{Han}{2,12}?)(?:增长|增速|增幅|增势)(?:最为|较为)?(?:最快|最大|较快|领先|强劲|迅猛)")  # 服务类采购增长最快,同比增长17.6%
_MEASURED = regex.compile(r"(?P<name>\p{Han}{2,12}?)(?:为|达|达到)?[\d.．]+万?(?:平方米|平方公里|吨|千瓦时|千瓦|亩|立方米|公里)")
# A period of the year before, which opens a sentence of the base figures only: 上年全县…为31.81亿元。
_YEAR_BEFORE = regex.compile(rf"^(?:{alternation(YEAR_BEFORE_WORDS)})(?!底|末)")
# The role a place is named by before its name: 省会星州市继续领跑.
_TOPIC_ROLE = regex.compile(r"^(?:省会|首府|中心城区|中心城市)")
_PER_TIME = regex.compile(PER_DAY_MONTH_YEAR)  # 日均23.3万人次: a figure per day
_OPENS_ON_SAME_PERIOD_BEFORE = regex.compile(r"(?:^|[;；。\n])\s*(?:去年|上年)同期[,，]?[^;；。\n]*$")
_PER_POPULATION = regex.compile(r"人均|每[十百千万]+(?:人口?|户)")
_GROUP_OF_PEOPLE = regex.compile(r"居民|城镇|农村|城乡|农民|职工")
_ADDITIONS = regex.compile(r"(?:一年|全年|当年|年内|今年)(?:新增|新开|净增|新认定|新建)")
_WHERE_THEY_ARE = regex.compile(r"(?:分布在|分布于|位于|集中在|来自|覆盖(?:全[县市省区])?)(?:另外|其他|其余)?$")  # 车间覆盖全县11个乡镇, 分布在另外2个市
_EACH_AVERAGED = regex.compile(r"每(?:个|家|户|项|场|所|座)\p{Han}{0,6}平均")  # 每个场馆平均获得补助205.7万元: no part
_COMPARED_NAME = regex.compile(r"(?:比|较)(?P<name>\p{Han}{1,10})$")
_PLACE_OR_LEVEL_END = regex.compile(r"(?:区|县|市|省|州|国|水平|平均)$")
_BASIS_BEFORE = regex.compile(r"(?:比|较|与|同|相比|对比|恢复[至到])$")  # 恢复至2019年(…)的108.4%: the date compared with
_EACH_CUE = "分别"
_NAME_LISTED = regex.compile(r"(?P<name>\p{Han}{2,16})(?:以及|[、和及与])")  # 综合保税区和 (before the next count)
_NAME_EACH_DID = regex.compile(r"(?P<name>\p{Han}{2,16})分别(?P<verb>\p{Han}{1,8})")  # 国家级经济技术开发区分别实现进出口
_SHARE_VERB_BEFORE = regex.compile(r"(?r)占|覆盖")
_SHARE_NAMED_BEFORE = regex.compile(r"(?r)占|相当于")  # 赔付支出相当于同期保费收入的33.3%: the name before the verb
_NAME_BETWEEN = regex.compile(r"\p{Han}{1,4}")  # 17个乡镇312个行政村: the noun of a count, right before the next
_NAMED_CHANGE_BEFORE = regex.compile(r"\s*\p{Han}{2,16}?(?P<than>比|较)(?:上年|去年)(?:同期|末|底)?(?:增加|减少|净增|净减|多|少)[\d.]+\p{Han}{1,3}[,，]?\s*$")
# 资金2680万元,分别用于大棚建设、种苗和保险保费补贴,金额分别为…: where each part went, in the clause before its figures
_WENT_BEFORE = regex.compile(rf"(?:分别)?(?P<verb>{WENT_TO})(?P<list>\p{{Han}}[^,;，；。]{{1,40}}?)[,，]\s*$")
_MADE_OF = regex.compile(r"由(?P<list>[^,;，；。由]{2,40}?)(?:[两二三四五六七八九十\d]+个?(?:部分|大类|类|项|方面|种))?(?:构成|组成)[,，]\s*$")
_REACHED = regex.compile(r"\s*(?:惠及|带动|覆盖|涉及|帮扶|受益)")
_RANKED = regex.compile(r"(?:规模|占比|比重|增速|数量)?(?:最大|最高|最多|最快|居首|领先)$")  # 数字技术应用业规模最大
_WAS_AFTER_DATE = regex.compile(r"(?:余额|末|底)?(?:为|是)")  # 2024年末为, 年初余额为
_ASIDE_BEFORE_SHARE = regex.compile(r"[（(][^（）()。；;]*[)）](?:的|之比)[^,，;；（）()]{0,8}$")  # （出口…、进口…）的
# The opening of a sentence about the figure before: 增速高于…, 占全省的…, 上半年完成年度目标800亿元的51.6%
_GOES_ON = regex.compile(r"\s*(?:增速|增幅|占比|所占比重|占全|(?:上半年|全年|前三季度|一季度)?完成(?:年度|全年)(?:目标|计划|任务))")
_FIGURE_AFTER_DE = regex.compile(r"的[\d〇零一二三四五六七八九十两约近超逾]")
# 增速比全国高出7.8个百分点, 快于全省整体6个百分点, 低于全部投资: a rate against the rate of another figure.
_RATE_ASIDE = r"(?:[(（][^()（）]{1,12}[)）])?"  # (5.4%): the other rate, in brackets after its name
_GAP_BEFORE = regex.compile(
    rf"""(?:(?<![同环])(?:比|较)(?P<of>[^,;，；比较()（）]{{1,18}}?{_RATE_ASIDE}  # 比全县8.3%的平均水平高, 比…收入(7.3%)高
            |[^,;，；比较\d()（）]{{1,12}}?[\d.]+[%％]的(?:平均)?(?:增速|增幅|水平))  # 比全市固定资产投资6.3%的增速高
           (?:(?P<up>高出|高|快|加快|回升)|(?P<down>低|慢|放缓|回落)|(?P<narrow>收窄|缩小|小)|(?P<widen>扩大|大))了?  # 比全国高出, 降幅比全国收窄 (小1.7个百分点, right before the points)
        |(?:高于|快于|高出|(?P<below>低于|慢于))                                           # 快于全省整体, 高于全市平均水平(5.4%),
         (?P<of_after>[^,;，；比较\d()（）]{{1,10}}?{_RATE_ASIDE}|[^,;，；比较\d()（）]{{1,18}}?(?:增速|增幅){_RATE_ASIDE}  # 高于全省战略性新兴产业产值增速
            |[^,;，；比较\d()（）]{{1,14}}?[(（](?:增长|下降)[^()（）]{{1,8}}[)）]  # 快于全县居民人均可支配收入(增长5.6%)
            |[^,;，；比较\d()（）]{{1,12}}?[\d.]+[%％]的(?:平均)?(?:增速|增幅|水平)))$  # 快于全省规上工业5.9%的增速""",
    regex.VERBOSE,
)
# 增长3.9%,上年同期为5.3%,回落1.4个百分点: the points after the other rate, written in a clause of its own before them
_GAP_AFTER_EARLIER_RATE = regex.compile(
    r"[,，]\s*(?P<of>上年同期|去年同期|上年|去年|上月|上季度)(?:增速|增幅)?(?:为|是)(?:增长)?[\d.]+[%％][,，]\s*(?:增速|增幅)?"
    r"(?:(?P<up>加快|回升)|(?P<down>回落|放缓)|(?P<narrow>收窄)|(?P<widen>扩大))了?$"
)
_IN_TIME = regex.compile(r"[分从按](?:季度|月份?|时间|阶段)")  # 分季度看, 从月度看: a breakdown in time
# 今年全省实际使用外资目标为330亿元: the goal of a figure, named in a clause of its own
_GOAL_OF_NAMED = regex.compile(r"\s*(?:今年|全年|年度|\d{4}年)?(?P<metric>\p{Han}{2,16}?)(?:的)?(?:年度|全年)?(?:目标|计划)(?:任务)?(?:为|是|定为)")
_GOAL_YEAR = regex.compile(r"^(?:今年|全年|年度)")
_GOAL_RECKONED = regex.compile(
    r"\s*按(?:照)?(?:全年|年度|今年)?(?P<metric>\p{Han}{0,12}?)(?P<goal>[\d.]+\p{Han}{1,3})的(?:预期|年度|全年)?(?:目标|计划)(?:测算|计算)[,，]?\s*"
)
# 年度计划投资16亿元, 全市年度招引亿元以上工业项目目标为150个: a goal, named so before its figure
_GOAL_BEFORE = regex.compile(r"(?:目标|计划|任务|额度|限额)[^,;，；。\d]{0,6}?(?:为|是)?$")  # (下达…专项债券额度192亿元: a quota)
# 三类产品分别出口, 两项分别为: a list its own clause counts
_COUNTED_LIST = regex.compile(r"\s*(?:这|上述|以上|其中)?(?:[两二三四五六七八九十]|\d{1,2})(?:类|项|种|者|大类)[^,;，；。\d]{0,8}?分别")
_NAME_BEFORE_SHARE = regex.compile(r"(?P<name>\p{Han}{2,8}?)(?:所占|占|完成)")  # 民办占58.5%: the member a share names
_EVENT_AFTER = regex.compile(r"(?:前|底前)?(?:全面)?(?:建成|投产|开工|竣工|达产|投用|完工|运营|开业)")  # 预计2027年投产
_PLANNED_BEFORE = regex.compile(r"(?:预计|计划|将于|有望)(?:于|在)?$")
_WITHIN_OPENING = regex.compile(r"\s*[^,，;；。]{2,16}中[,，]")  # 产业发展类项目中,
_COMPARED_WITH = regex.compile(r"比|较|高于|低于|快于|慢于")
_SIZE_CLASS_NAMED = regex.compile(r"[,，]\s*[^,，;；。]{1,24}?的")  # ,500亿元至1000亿元的
# 、新材料, 、10—11月, ,国有企业: the next member of a list, by its name or its months alone
# (after a comma a name alone: not 比上年的, 去年同期仅, 二者合计, 院均床位)
_LISTED_NAME = regex.compile(r"(?:、|[,，]\s*(?!\p{Han}*?(?:[的比较为增减占共计均仅]|去年|上年|同期)))(?:\p{Han}{1,12}|\d{1,2}(?:[—\-－~～至]\d{1,2})?月份?)")
_RATE_INSIDE = regex.compile(r"[\d.]+[%％]的(?:平均)?(?:增速|增幅|水平)$")
# 较去年同期下降3.92个百分点 compares a rate with its own past, not with another figure's rate.
_YEAR_BEFORE_WORDS = regex.compile(r"同期|^(?:上|去|前|今|本)年|^上月")
_TIME_WORD = regex.compile(r"年|月|季|同期|以前|此前")
# 增速比上半年加快0.4个百分点,上半年为增长6.5%: the clause after a gap that names the other rate's period or place
_RATE_NAMED_AFTER = regex.compile(r"[,，;；]\s*(?P<of>[^,，;；。.%]{2,16}?)(?:同比)?(?:为|是)?(?:增长|下降|的增速为?)?(?=[\d.]+%)")
_COMPARED_IN = regex.compile(r"比|较|[高低快慢]于|超过")  # 增速比全省规上工业总产值增速5.9%: the rate compared with
# 机采率达到84.0%: a rate named as a level of its own; not one compared with (较上年的31.6%, 高出75%的序时进度)
_RATE_OF_ITS_OWN = regex.compile(r"\p{Han}{2}(?:达到|达|为)$")
_COMPARED = regex.compile(r"[较比由从]|上年|去年|同期|年初|此前|[高低快慢]于|高出|超[出过]")
_GROWTH_NOUN_END = regex.compile(r"(?:的)?(?:增速|增幅)(?:为|达|达到|是)?$")
_RATE_NOUN_END = regex.compile(r"(?:同期)?(?:的)?(?:增速|增幅)$")
_SAME_TIME_RATE = regex.compile(r"(?:同期)?(?:的)?(?:增速|增幅)?")
_AVERAGE_LEVEL = regex.compile(r"(?:的)?(?:平均)?(?:水平|增速)|平均")  # 全市平均水平, 全省平均: the place's rate, in more words
_LIST_SEPARATOR = regex.compile(r"以及|[、和及与]|(?<=”)(?=“)")  # (“电代煤”“气代煤”: quoted names written side by side)
_LIST_JOIN_BUT_COMMA = regex.compile(r"以及|[和及与]|(?<=”)(?=“)")  # the same, but 、, which may join examples in one item
# 韩国和德国五个国家和地区: the name of a counted group, whose 和 joins no items of the list
_COUNTED_GROUP = regex.compile(r"(?P<number>[两二三四五六七八九十\d]+)(?:个|大|类|项)\p{Han}{0,4}$")
_GROUP_KIND = regex.compile(r"(?:产业|行业|领域|环节|板块)$")  # 主导产业 of 四大主导产业: the kind each item is
_NAMED_AFTER = regex.compile(r"的(?P<noun>[\p{Han}]{2,10}?)(?=[,;:.，；：。！？]|$)")
_NAMED_AS = regex.compile(r"为(?P<noun>[\p{Han}]{2,10}?)(?=[,;:.，；：。！？]|$)")
_SPENDING_VERB = regex.compile(r"(?:提供|斥资|投入|安排|拿出|投资|筹集|募集|需要|新增|发放|下达|拨付)$")
_MOVED_ALONG = regex.compile(rf"{MOVED_TO}(?:{PER_UNIT_MOVED_FROM})?[\d.]")  # (由每亩7.5元提高到每亩9.5元)
_FROM_TAIL = regex.compile(rf"(?:由|从)(?:\d{{4}}年)?[^,;，；\d]{{0,8}}?(?:{PER_UNIT_MOVED_FROM})?$")  # (由上年的每平方米每月)
_CHANGED_TO = regex.compile(rf"(?:(?:[上下]调|提高|提升|增加|增长|减少|下降|降低|扩大|缩小|升|增|降|减|跌|涨)(?:至|到)|调整(?:为|至|到))(?:{PER_UNIT_MOVED_FROM})?")
_BY_PAYING = regex.compile(r"以$")
_RANK_BEFORE_OBJECT = regex.compile(r"\p{Han}{0,4}?[\d百千十]+强")
_ADVERB_TAIL = regex.compile(r"(?:则|名义|逆势|仍|也|继续|持续|依然|仍然|大幅|小幅|明显|显著|稳步|快速|较快|虽然|虽)+$")
# 其余13个项目, 另有23个项目 are the rest of a whole; 其他项目 is as often a category of its own.
# 农业等其他领域, 其他国家和地区, 研发费用损失等其余险种, 对其他市场 (not 赴亚洲其他国家, other countries of Asia)
# (房地产业、…、文化体育和娱乐业等其余六个行业: the members of the rest, named before it)
_REST = r"(?:[^,;，；。]{1,80}?等)?其余|剩余|余下|(?:\p{Han}{0,6}?等|[赴对向在从])?其[他它]"
_REMAINDER = regex.compile(rf"{_REST}|另有")
# (64家…企业中,已有27家完成…;另有9家正在实施: 另有 adds members to a set counted within, which it leaves not all told)
_REST_OF_SET = regex.compile(_REST)
# 力争达到88%: a rate aimed at; 综合机械化率预计达86.9%,上年为85.7%: the year's estimate, a level all the same,
# though a hope where a completion or a share is read (力争完成年度目标的60%: a goal; 完成年度目标的52.2%: a figure)
_AIM = r"力争|争取|确保|有望|将"
_AIMED = regex.compile(_AIM)
_HOPE_WORDS = regex.compile(rf"{_AIM}|预计|预期")
_GOAL_WORDS = regex.compile(rf"{_HOPE_WORDS.pattern}|目标|计划")
_JOINED_MEMBER = regex.compile(r"[、和及与][^,;，；。]{0,40}")  # 农民合作社612家、家庭农场776家: a later member of one list
_BRACKETED = regex.compile(r"[(（][^)）]*(?:[)）]|$)")
_EDITION_LEVEL = regex.compile(EDITION_BEFORE)
_CLAUSE_OPENS_NAME = regex.compile(r"[;；]\s*\p{Han}{2,12}?(?:同比|比上年)?(?:增长|下降)")  # ;远洋渔业产量增长8.0%
_BRACKETED_BEFORE = regex.compile(r"[(（][^)）]*$")  # a figure inside brackets: (去年同期为55.35亿千瓦时)
_NAME_THEN_RATE = regex.compile(r"\s*(\p{Han}{4,12}?)(?:(?:同比|比上年|比去年同期)?(?:增长|下降)|占\p{Han}{0,12}?的?(?:比重为?)?)[\d.]+%")
_EARLIER_EDITION = regex.compile(r"[,，]?上一?(?:届|期|产季|季度|季)(?:为|是)")  # the figure of the fair, period or season before
# 9846个建制村中, 八十六个县(市、区)中: right after a count, the set it counts, within which later figures are counted.
# (小学2.86万人、初中1.58万人: a list, and 初中 a school)
_COUNTED_SET_AFTER = regex.compile(r"(?!、)[\p{Han}A-Za-z()（）、]{1,16}?(?<!其|集|当|之|初|高)中(?![国心部央外小型东西学专职])")
_REGION_WAS = regex.compile(rf"\s*[(（]\s*(?P<region>{'|'.join(REGIONS)})(?:为|是)")  # 占全区的63.1%(全区为612.3亿元)
_NAMES_A_GOAL = regex.compile(r"(?:预期|确定的?|下达的?|经营|投资|发展)?(?:目标|预算|计划|任务)")  # 年初经营计划
_AGAINST_YEAR_BEFORE = regex.compile(rf"(?:比|较){YEAR_EARLIER}")  # 比上年增长6.2%
_SHARE_NAMED = regex.compile(r"[^;；]{0,6}?占(?P<of>\p{Han}{2,12}?)的")  # 技术交易额621.8亿元,占成交额的66.0%
# 外贸航线中, 信息技术服务收入中: the set a clause's figure is counted within (not 其中, 集中, 中国).
_SET_WITHIN = regex.compile(r"(?P<set>\p{Han}{2,12}?)(?<!其|集|当|之|其中)中(?![国心部央外小型东西])")
_ABBREVIATION = regex.compile(r"[(（]([A-Za-z&]{2,8})[)）]")
_ASIDE_OPENING = regex.compile(r"[(（](?:增长|下降|增|降)?$")  # 比全省（增长5.8%）: the opening of the other rate's aside
_RATE_IN_BRACKETS = regex.compile(r"[(（]\p{Han}{0,10}(?=[\d.．])")
# (这一比重, 分担率, 前者: words for the share or the figures themselves, naming nothing else)
_SHARE_WORDS = regex.compile(r"^(?:这一|该|其)|(?:所占)?(?:比重|占比|份额|比例)$|\p{Han}{0,2}率$|^(?:前者|后者)$")
_LAST_YEAR_WORDS = ("上年", "去年", "上年末", "去年末", "上年底", "去年底", "上年年末", "去年年末", "上年年底", "去年年底")  # 上年末为1143家: the level a year before
# The level a stock started the year from, which a 同比 rate of a stock at the end of an earlier month is not measured from.
_YEAR_START_LEVEL = frozenset(_LAST_YEAR_WORDS) - {"上年", "去年"} | frozenset(YEAR_START)
_RATE_WORD = regex.compile(r"增速|增幅|降幅|涨幅|速度")
_OWN_MEASURE = ("额", "量", "值")  # the measures a listed name may end on (消费额, 客流量, 产值; not 贷款, a thing)
# 农产品网络零售额占全县网络零售额的34.4%, 职工医保参保人数占39.7%: a share that names its part (and its whole), nothing else.
_SHARE_OF_NAMED = regex.compile(r"\s*(?P<name>\p{Han}{2,20}?)所?占(?:(?P<of>\p{Han}{2,20}?)的?)?(?:比重|比例)?(?:为|达到?|是)?")
_EXCESS_BEFORE = regex.compile(r"(?:多|少|超出|高出|增加|减少)了?$")  # 比目标多3.6万人: by how much, no goal
_SHARE_OPENING = regex.compile(r"\s*(?:占|相当于)")  # a clause of a share that names no part of its own
# 岐阳开行量所占比重: 所 is no part of the name; 外贸箱在全港集装箱吞吐量中的比重: nor is the whole it is in
_SHARE_WORD = regex.compile(
    r"所?占(?!到)|相当于|(?<=\p{Han}{2})比重(?=为|达|是)|在(?=[^,;，；。在]{2,20}中的?(?:比重|占比|比例|份额))"
    rf"|(?<=\p{{Han}}{{2}}){RATIO_WITH}"  # 社会物流总费用与地区生产总值的比率为13.6%
)
_DONE = regex.compile(r"(?:已经?|累计)?完成|为(?=[^,;，；。]*目标)")  # 床位总数为…规划目标38000张的101.7%
_REST = regex.compile(r"其[他它余]")
_EARLIER_ASIDE = regex.compile(rf"\s*{EARLIER_WAS}\s*")  # …增长8.4%,年初为301.47亿元
_WHOLE_OF_A_SHARE = regex.compile(r"的[\d.．]+[%％]")
_RESTATED = regex.compile(r"\s*[,，]\s*(?:达到|达|为)\s*")
_TOTAL_NAME = regex.compile(r"总额|总量|总值|总计|合计")
# 第一、二、三产业: a numbered item, bare (二) or with the noun the run shares (三产业)
_NUMBERED_ITEM = regex.compile(r"第?[一二三四五六七八九十]{1,2}(?P<noun>\p{Han}{0,6})")
_SUBTOTAL_WORD = regex.compile(r"合计|共计")
# 其中,总投资186.4亿元、建设工期60个月的青潭河引调水工程完成投资41.8亿元: a figure that describes the name after it
_DESCRIBES_NAME_AFTER = regex.compile(r"(?:[、和及与][^,;，；。、\d]{1,8}?\d[\d.]*\p{Han}{0,3})?的\p{Han}")  # (、100吨以下的小型加工厂: the next member's class)
_MEMBERS_SUMMED = regex.compile(r"\p{Han}{1,6}(?:[(（]\p{Han}{1,3}[)）])?(?:合计|共计|总计)(?:为|达)?")
_SUM_OVER_COUNTED = regex.compile(r"[,，]\s*(?:合计|共计|总计)$")
_THAN_SOMETHING = regex.compile(r"(?:比|较)(?!重|例)")
# 客房出租率达到, 综合开工率为: a rate named by its noun, not a rate of change (增长率, 增速).
# 失业率平均为4.8%, 存贷比为85.4%, 恩格尔系数为29.6%, 亏损面为19.9%, 净息差为1.72%: a proportion named by its noun
# …比例达到43.6%,比上年提高1.8个百分点: the point change of the rate just written
# (…比例为88.6%,上年同期为86.5%,提高2.1个百分点: the level of the year before may come between)
_POINTS_AFTER = regex.compile(
    rf"(?:[,，]\s*{YEAR_EARLIER}(?:为|是)[\d.]+%)?[,，]?[^,;，；。\d]{{0,12}}?(?:提高|下降|增加|减少|上升|回落|降低|提升)了?[\d.]+个百分点"
)
_NAMED_RATE = regex.compile(
    r"(?P<noun>\p{Han}*?(?:(?<!增长|增)率|强度|指数|存贷比|贷存比|系数|亏损面|息差|融资成本|满意度|集中度|依存度|盖度|占比|比重|比例|进度))(?:平均值?)?(?:预计|预期)?"
    # (出租率由去年同期的74.3%提高至78.5%: the level it moved to)
    rf"(?:为|达|达到|是|保持在|(?:由|从)?(?:[^,;，；\d]{{0,6}}的)?(?:[\d.]+%)?{MOVED_TO})?$"
)
# 2024年这一比重为33.8%, 上年同期该比例为: the share named before, at an earlier time
_DATED_REFERENCE = regex.compile(rf"(?:\d{{4}}年|上年|去年|年初)\p{{Han}}{{0,4}}?(?:这一|该){SHARE_NAMED_BACK}(?:为|是)$")
_REFERS_BACK = regex.compile(rf"(?:这一|该|此)(?:{SHARE_NAMED_BACK}|比率)")  # 上年这一比重为54.7%: the rate before, a year earlier
# 上年为1187.8亿元, 去年春节档为1.31亿元: what follows 上年/去年 when it dates a figure of the year before.
# 上年为…, 去年春节档为…, 上年出口、进口分别为…和…
_LAST_YEAR_WAS = regex.compile(
    rf"(?![全,，])(?:\p{{Han}}{{0,4}}?|\p{{Han}}{{1,6}}(?:[、和]\p{{Han}}{{1,6}})+分别)(?:为|是)(?=(?:{PER_UNIT_MOVED_FROM})?[\d〇零一二三四五六七八九十两约近超逾])"
)  # (上年为每平方米9729元: per the unit it is written in)
_TRAILING = regex.compile(rf"(?:[\s、()（）“”\"]|(?<=\p{{Han}}{{2}})(?<!平均|单|按)(?:{PER_UNIT_MOVED_FROM})|分别|为|达|达到|实现|完成|突破|共|合计|共计|总计|有|是|了|的|以|在|至|到|已|已经|将|就|拟|仅|只有|虽然|从|增至|降至|升至|减至|增长至|下降至|增加到|提高到|首次突破|折合|约合|再增|(?<!净)增|降)+$")
_THE_REST = ("其他", "其它")
_REST_OPENING = regex.compile(r"\s*(?:其余|剩余|余下)")  # (not 其他: often a category of its own, with figures after it)
_MONTH_ALONE = regex.compile(r"(?:1[0-2]|[1-9])月(?:份)?")  # 9月, 9月份: a month of the year in force
_MONTH_ON_MONTH_NEXT = regex.compile(r"[^,;，；。]{1,16}[,，]\s*环比")  # 9月为146列,环比增长: the figure, then a 环比 rate
_CHANGE_WORD = regex.compile(r"增加|减少|增长|下降|净增|净减|提高|降低|新增")


def _moved_from_after_name(text: str, start: int, date) -> bool:
    """弃光率由上年的3.5%降至2.6%, 投诉量较去年同期下降23.5%: a time moved from, or compared with right before the
    change, after a name that opens the clause, is no period of it. A measure of the figure before (笔数比上年下降3.2%)
    is no name: its rate stays that figure's."""
    name = text[start : date.start - 1].strip()
    if text[date.start - 1 : date.start] in ("比", "较"):
        return len(name) >= 2 and not _MEASURE_NAMED.fullmatch(name) and bool(direction_words().match(text, date.end))
    return text[date.start - 1 : date.start] in ("由", "从") and bool(name)


def _with_member_said_fastest(clause: str, name: str) -> str:
    """健康服务增势最为强劲,营业收入…: the name opened by the member a clause says grew fastest (健康服务营业收入)."""
    fastest = _FASTEST.fullmatch(clause)
    return fastest.group("name") + name if fastest and not name.startswith(fastest.group("name")) else name


def _gap_direction(gap: regex.Match, before: str) -> str:
    """Whether a rate is above the other (up) or below it: 高出 and 低于 say so; 收窄 and 扩大 say it of
    the size of the rates, so a fall (降幅比全国收窄6.5个百分点) that narrows is a rate above the other."""
    if gap.group("narrow") or gap.group("widen"):
        falls = "降幅" in before or "降幅" in gap.group()
        return "up" if bool(gap.group("narrow")) == falls else "down"
    return "down" if gap.group("down") or gap.groupdict().get("below") else "up"


def link_dated_earlier_shares(statements: list[Statement], dated: list[tuple[str, str]]) -> list[Statement]:
    """占全省地区生产总值的比重为57.2%,比上年提高0.6个百分点。2024年,民营经济增加值占…的比重为56.6%: the share a
    year before, named by the figure's metric, is the earlier share of the figure's share with a point change."""
    statements = list(statements)
    for share_id, owner in dated:
        at = next((p for p, s in enumerate(statements) if s.id == owner), None)
        held = statements[at].share if at is not None else None
        if held is not None and held.change is not None and held.earlier is None and held.value != share_id:
            statements[at] = statements[at].model_copy(update={"share": held.model_copy(update={"earlier": share_id})})
    return statements


@cache
def _period_prefix() -> regex.Pattern:
    return regex.compile(rf"^(?:{alternation(rules('date').relative_year)})")


def link(doc: Document, facts: list) -> list[Statement]:
    """The statements of an article, from its text and its resolved facts (ordered by offset)."""
    clauses = _clauses(doc.text)
    by_clause: list[list] = [[] for _ in clauses]
    starts = [start for start, _ in clauses]
    for fact in facts:
        if fact.kind != "project":
            by_clause[bisect_right(starts, fact.start) - 1].append(fact)
    linker = _Linker(doc, clauses, by_clause)
    linker.run()
    by_id = {f.id: f for f in facts}
    # Parts first (其中, breakdowns, 分别 lists, complements), so that a share of a part with no whole of
    # its own name (占总额的49.8% in 分承接地看) is read against the whole of its breakdown.
    marked = {s.id for s in linker.statements if s.part_of}  # 其中: the whole is written before the parts
    statements = give_rates_to_members_named(linker.statements, by_id, doc.text)  # …煤炭及制品2.31亿吨…。煤炭及制品运量下降4.1%
    statements = link_totals(link_complements(link_groups(statements, linker.groups, by_id, linker.remainders, doc.text), by_id, doc.text), by_id, doc.text)
    statements = link_totals_after_breakdowns(statements, by_id, doc.text)  # 从…看,市内…、省外…,全市…合计46.28万人
    statements = link_parts_within_an_opening(statements, by_id, doc.text)  # 今年完成的6.84亿元投资中,…2.37亿元;…1.65亿元
    statements = link_parts_within_a_counted_opening(statements, by_id, doc.text)  # 18个签约项目中,…项目7个,协议投资46.2亿元;…
    statements = link_parts_of_a_named_set(statements, by_id, doc.text)  # 在改造投资中,争取…1.35亿元、…,其余2.87亿元
    statements = link_compositions(statements, by_id, doc.text)  # 3.62亿元,由…1.47亿元、…和…0.87亿元三部分构成
    statements = lift_subtotals(statements, by_id, doc.text)  # 4A级以上合计55家 after 5A级7家、4A级48家: no further part
    statements = nest_subtotals(statements, by_id, doc.text)  # 其中…乙级64家、丙级143家,等级民宿合计225家 (after the lifted ones)
    statements = nest_lists_under_parts(statements, by_id, doc.text)  # 其中星级饭店62家,分别为五星级9家、…
    statements = drop_others_besides(statements, by_id, doc.text)  # …,国内航线12条,另有6条航线停航: no member
    statements = drop_parts_cut_by_size(statements, by_id, doc.text)  # …、…项目9个,10亿元以上项目12个: no member
    statements = link_rests_closing_lists(statements, by_id, doc.text)  # 增值收益9.84亿元,…、…,其余5.71亿元…
    statements = link_enumerated_wholes(statements, by_id, doc.text)  # 定点医药机构达到3862家,分别为…1479家、…2383家
    statements = join_rests_to_breakdowns(statements, by_id, doc.text)  # 其中…,后两项合计…;其余3.70亿元为…
    statements = link_shares_after_averages(mark_exhaustive(extend_parallel_parts(statements, by_id, doc.text), by_id, doc.text), by_id, doc.text)
    statements = link_periods_that_tile(statements, by_id, doc.text)  # 一季度…、二季度…,上半年累计…;三季度… of 1—9月
    statements = lift_sibling_wholes(statements, by_id)  # 外贸占比 between 其中 parts: of their whole
    statements = lift_summed_shares(statements, by_id, doc.text)  # 其中铁路…、水路…,合计占比24.2%: of their whole
    statements = link_paired_targets(link_indicator_shares(statements, by_id, doc.text), by_id, doc.text)  # 两项指标分别占全省的…
    statements = give_listed_goals(statements, by_id, doc.text)  # …分别完成投资…,年度计划分别为…,完成率分别为…
    statements = link_completions_alone(statements, by_id, doc.text)  # …。前三季度已完成年度目标1600亿元的80.4%
    statements = give_shares_to_referents(statements, by_id, doc.text)  # …,前者收入占基金总收入的81.4%
    written = {s.part_of for s in linker.statements if s.part_of}
    marked |= {s.id for s in statements if s.part_of in written}  # parallel to a 其中 part, in its list
    # 退税减税降费28.64亿元,…占箐州市…的31.4% … 退税减税降费总额相当于税收收入的25.5%: a second share of a figure,
    # of another whole, takes its whole with the others and no other link: it stays out of the passes after.
    seconds = [_second(next(s for s in statements if s.id == owner), share) for owner, share in linker.second_shares]
    second_ids = {s.id for s in seconds}
    statements = nest_parts_of_parts(link_wholes(statements + seconds, by_id, marked, doc.text), by_id, doc.text)
    statements = lift_shares_of_listed_wholes(statements, by_id, doc.text)  # 其中…、市级58家,占规上…企业的57.7%: the whole's
    statements = link_lists_to_named_wholes(statements, by_id, doc.text)  # A…49.7万辆、B…31.2万辆,A占新能源汽车产量的57.5%
    # 装备制造和新材料两大主导产业合计实现产值205.1亿元: after the shares, which stay of the breakdown's whole
    statements = link_named_subtotals(statements, by_id, doc.text)
    seconds = link_rate_bases([s for s in statements if s.id in second_ids], by_id, doc.text)  # and its earlier share
    statements = [s for s in statements if s.id not in second_ids]
    statements = link_dated_earlier_shares(statements, linker.dated_earlier_shares)  # 2024年,…占…的比重为56.6%
    statements = link_gaps_between_periods(link_differences(statements, facts, doc.text), facts, doc.text)  # 二季度比一季度多6个
    statements = link_time_changes(statements, facts, doc.text)  # 用时由142天缩短至96天,减少46天
    statements = link_balances(link_year_differences(statements, facts, doc.text), facts, doc.text)
    statements = link_changes_opening_a_sentence(statements, facts, doc.text)  # …1286名。录用人数比上年增加138名,同比增长12.0%
    statements = link_changes_after_earlier_sentences(statements, facts, doc.text)  # …为151.2亿元。今年同比增加35.5亿元,增长23.5%
    statements = link_changes_after_comparison(statements, facts, doc.text)  # 与三季度的52个项目、351.2亿元相比,项目数增加11个
    statements = link_each_changes_with_bases_after(statements, facts, doc.text)  # …同比分别减少5起和6人;去年同期分别为12起和15人
    statements = link_levels_dated_a_year_before(statements, facts, doc.text)  # …增长17.0%;2024年末全市高新技术企业为2433家
    statements = give_rates_bases_written_after(statements, by_id, doc.text)  # …比上年增长12.4%。上年全县干毛茶产值为34.45亿元
    statements = link_named_changes(statements, facts, doc.text)  # 私人充电桩增加6.83万台,…去年底为30.32万台
    statements = give_rates_off_earlier_levels(statements, by_id, doc.text)  # 夏粮比上年的…增长0.9%;秋粮增长3.2%,上年为…
    statements = give_rates_of_earlier_levels_to_current(statements, by_id, doc.text)  # …,去年同期分别为166个和…,同比分别增长12.0%和…
    statements = give_rates_to_named_levels(statements, by_id, doc.text)  # 栖梧县(上年为3.41亿元)增长13.2%
    # Rates given to the figures they name (公路投资…增长5.9% written a paragraph later) before the gaps measured against them.
    statements = link_named_gaps(link_named_rates(link_defined_ratios(statements, by_id, doc.text), by_id, doc.text), by_id, doc.text)
    statements = link_place_gaps(link_referent_gaps(statements, by_id, doc.text), by_id, doc.text)  # 前者快9.2个百分点; 全县高出0.6个百分点
    statements = link_paired_gaps(statements, by_id, doc.text)  # …为84.6%,居民医保为70.2%,两者相差14.4个百分点
    statements = link_listed_gaps(statements, by_id, doc.text)  # …,分别比社会消费品零售总额增速高12.3个百分点和8.8个百分点
    statements = drop_rates_of_unwritten_figures(statements, by_id, doc.text)  # …58个,…,保费收入比上年的4.33亿元增长21.5%
    statements = link_rate_bases(link_earlier_shares(link_gaps(statements, by_id, doc.text), by_id, doc.text), by_id, doc.text)
    statements = link_sequential_bases(statements, by_id)  # 二季度…13.6亿元,三季度…16.1亿元,环比增长18.4%
    statements = drop_rates_of_months_before(statements, by_id)  # …环比上涨6.8%,7月为13.3元;同比下降11.8%
    statements = link_bases_written_before(statements, by_id)  # 上年…出口4.31亿美元,全年达到4.86亿美元,增长12.8%
    statements = give_rates_past_earlier_clauses(give_rates_past_brackets(statements, by_id, doc.text), by_id, doc.text)
    # 安全生产投入14.86亿元(上年为…),多投入1.51亿元,增长11.3%,相当于工业总产值的1.17%: a share moved to its level takes its whole
    statements = link_ratios_to_earlier_levels(statements, facts, doc.text)  # 是去年同期73.2亿元的2.3倍: a change, no share
    statements = link_rests_of_shares(link_wholes(statements, by_id, marked, doc.text), by_id, doc.text)
    statements = link_named_targets(link_bases_after(statements, by_id, doc.text), by_id, doc.text)
    statements = give_rates_after_lists_to_wholes(statements, by_id, doc.text)  # 其中森林火灾17起、草原火灾6起,比上年的31起下降25.8%
    statements = give_targets_to_figures_of_their_unit(statements, by_id, doc.text)  # …186个,惠及居民4.82万户,完成…目标180个的
    statements = give_counts_past_earlier_levels(statements, by_id)  # …486笔,贷款金额由上年的16.92亿元增至23.58亿元
    statements = link_unit_averages(link_member_averages(link_spreads(statements, by_id, doc.text), by_id, doc.text), by_id, doc.text)
    statements = give_targets_to_levels(link_adjacent_averages(statements, by_id, doc.text), by_id, doc.text)
    statements = link_distant_averages(statements, by_id, doc.text)  # of the averages no pass of their run linked
    statements = link_shares_after_averages(statements, by_id, doc.text)  # (of the averages linked just now: 村均124.0万元,占…)
    statements = give_changes_past_averages(statements, by_id)
    statements = _targets_with_their_shares(statements)
    statements = link_increase_targets(statements, by_id, doc.text)  # last: the increase is a figure of no other link
    statements = give_point_changes_to_current_levels(statements, by_id, doc.text)  # …6.51%;上年…为6.15%,一年提高0.36个百分点
    statements = link_rate_gaps(statements, by_id, doc.text)  # after every point change is read
    statements = give_rates_off_year_start_levels(statements, by_id, doc.text)  # 年初余额为…;同比增长…: the figure's, not the start's
    statements = give_changes_to_wholes(_rates_left_to_current_figures(statements, by_id), by_id)  # …其中…114家,较上年末增加37家
    statements = link_level_gaps(statements, facts, doc.text)  # last: 比全省平均水平(8.6万元)高1.4万元, past every earlier level
    statements = drop_rates_held_by_earlier_levels(statements, by_id, doc.text)  # …,较去年同期的254.3万人次增长12.6%
    statements = give_changes_of_gaps_to_their_levels(statements, by_id)  # …高出3540元;与去年的4520元相比,增长7.5%
    statements = split_count_and_amount_rates(statements, by_id, doc.text)  # …1.26万笔、61.7亿元,笔数…下降3.1%;金额…增长2.5%
    statements = link_levels_of_places_compared(statements, by_id, doc.text)  # …率达到91.3%,比全市…高2.6个百分点,全市为88.7%
    owners = {f"{owner}.{share.value}": owner for owner, share in linker.second_shares}
    for second in seconds:  # each right after its figure's statement
        at = next((p + 1 for p, s in enumerate(statements) if s.id == owners[second.id]), len(statements))
        statements.insert(at, second)
    return _with_second_share_gaps(_with_second_gaps(statements, linker.second_gaps), by_id, doc.text)


_DATE_LIST_SEPARATOR = regex.compile(r"\s*[、和及与]?\s*")


def _dates_alone(text: str, start: int, dates: list) -> bool:
    """一季度和三季度分别占…: whether the clause opens on the dates alone, listed, and nothing else."""
    ends = [start, *(date.end for date in dates[:-1])]
    return bool(dates) and all(_DATE_LIST_SEPARATOR.fullmatch(text, end, date.start) for end, date in zip(ends, dates))


def _interleaved(dates: list, values: list) -> bool:
    """一季度386列、二季度452列、三季度488列: as many dates as values, each written before its value and after the
    value before, with nothing but a list separator between a value and the next date."""
    if len(dates) < 2 or len(dates) != len(values):
        return False
    return all(date.end <= value.start for date, value in zip(dates, values)) \
        and all(value.end <= date.start and date.start - value.end <= 1 for value, date in zip(values, dates[1:]))


def _with_second_gaps(statements: list[Statement], second_gaps: dict) -> list[Statement]:
    """增速比上半年(5.5%)加快0.3个百分点,高于全省平均水平(4.6%)1.2个百分点: the second gap of a rate, stated apart
    right after the figure whose rate took the first."""
    statements = list(statements)
    for rate, second in second_gaps.items():
        at = next((p for p, s in enumerate(statements) if s.change is not None and s.change.value == rate and s.change.gap), None)
        if at is None:
            continue
        figure = statements[at]
        gap = {key: getattr(second, key) for key in ("gap", "gap_of", "gap_direction", "gap_to")}
        statements.insert(at + 1, stated_apart(figure, second.gap, change=figure.change.model_copy(update=gap)))
    return statements


# ,高于全省平均水平(31.2%)4.5个百分点: another's share in brackets, then the gap to it
_SHARE_GAP_AFTER = regex.compile(r"[,，]\s*(?:(?P<up>高于|高出|超过)|(?P<down>低于))[^,;，；。()（）]{1,16}[(（]$")


def _with_second_share_gaps(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """占全社会用电量的35.7%,比上年提高2.9个百分点(上年为32.8%),高于全省平均水平(31.2%)4.5个百分点: a share's
    second gap, to another's share written in brackets, stated apart right after the figure whose share moved."""
    used = {link for s in statements for link in fact_ids(s.model_dump(exclude_none=True))}
    ordered = sorted((f for f in facts.values() if f.kind == "percent"), key=lambda f: f.start)
    statements = list(statements)
    for position in range(len(statements) - 1, -1, -1):
        share = statements[position].share
        if share is None or share.change is None or share.earlier is None:
            continue
        moved, change = facts[share.change], statements[position].change
        # (the points may have been read as the figure's own change, with no rate: they are the share's)
        own = change.value if change is not None and facts[change.value].form == "point" else None
        for other, points in zip(ordered, ordered[1:]):
            gap = _SHARE_GAP_AFTER.search(text, max(moved.end, other.start - 24), other.start)
            if gap is None or other.start < moved.end or other.sentence != moved.sentence or other.form != "percent" \
                    or points.form != "point" or text[other.end : points.start].strip() not in (")", "）") \
                    or other.id in used or points.id in used and points.id != own:
                continue
            direction = "up" if gap.group("up") else "down"
            second = Share(of=share.of, value=share.value, change=points.id, direction=direction, earlier=other.id)
            if points.id == own:
                statements[position] = statements[position].model_copy(update={"change": None})
            statements.insert(position + 1, stated_apart(statements[position], points.id, share=second))
            break
    return statements


def _rates_left_to_current_figures(statements: list[Statement], facts: dict) -> list[Statement]:
    """比上年同期的177家增长21.5%; 同比下降4.2%,…比上年同期的430.7亿元减少…,降幅比上半年(下降6.3%)收窄: an
    earlier level keeps no rate that a figure of now holds as its own change or as the rate its gap is to.
    铁路投资同比下降5.8%,上年同期为334.1亿元;占交通投资的比重为24.5%,比上年同期的27.6%下降3.1个百分点: a share
    that moved from last year's is this year's, of a figure not written; last year's level holds it with no whole."""
    # (a figure measured from an earlier level of its own is one of now, though another's gap is from it: 23847元 of 两者相差17421元)
    bases = {base for s in statements for base in bases_of(s)} - {s.value for s in statements if s.change is not None and s.change.base is not None}
    held = {rate for s in statements if s.change is not None and s.value not in bases for rate in (s.change.value, s.change.gap_to)}
    statements = [
        s.model_copy(update={"change": None}) if s.value in bases and s.change is not None and s.change.value in held else s
        for s in statements
    ]
    return [
        s.model_copy(update={"share": s.share.model_copy(update={"whole": None, "whole_by": None})})
        if s.share is not None and s.share.change is not None and s.share.earlier is not None and s.share.whole is not None
        and is_last_year_figure(s, facts) else s
        for s in statements
    ]


def _second(statement: Statement, share: Share, target: Target | None = None) -> Statement:
    """A second share or completion rate of a statement's figure, as a statement of its own."""
    return stated_apart(statement, share.value, share=share, target=target)


def _targets_with_their_shares(statements: list[Statement]) -> list[Statement]:
    """新增参保7.85万人,其中前三季度5.62万人、四季度2.23万人,完成年度目标7万人的112.1%: a completion rate whose
    share went to the total goes there with its target, off the last part that read it first."""
    held = {s.share.value: position for position, s in enumerate(statements) if s.share is not None and s.share.of == "目标" and s.target is None}
    statements = list(statements)
    for position, statement in enumerate(statements):
        target = statement.target
        at = held.get(target.rate) if target is not None else None
        if at is not None and at != position and (statement.share is None or statement.share.value != target.rate):
            statements[at] = statements[at].model_copy(update={"target": target})
            statements[position] = statement.model_copy(update={"target": None})
    return statements


def _without_group_counted(names: str, wanted: int) -> str:
    """化学药、生物药、医疗器械和中药四大领域: the names without the group that counts them, when it counts as many
    as there are figures (四大领域 is no head noun of the items)."""
    group = _COUNTED_GROUP.search(names)
    if group is None or group.start() == 0:
        return names
    try:
        counted = parse_number(group.group("number"))
    except NumberError:
        return names
    return names[: group.start()] if counted == wanted else names


def _listed_items(names: str, wanted: int) -> list[str]:
    """粮油食品类、汽车类、石油及制品类: the items of a list, split at every 、和及与 unless that makes more
    items than figures, when a 和 (及, 与) inside a name is kept (石油及制品类) and only the last one or
    none joins the list (文化批发和零售业和文化服务业: the last 和)."""
    names = _compound_names().sub(lambda m: m.group().translate(_KEPT_IN_NAME), names)
    return [item.translate(_KEPT_IN_NAME_BACK).strip("“”") for item in _listed_items_of(names, wanted)]


# 、和及与 inside a name of the industry classification, stood in for while the list is split
_KEPT_IN_NAME = str.maketrans("、和及与", "\ue000\ue001\ue002\ue003")
_KEPT_IN_NAME_BACK = {v: k for k, v in _KEPT_IN_NAME.items()}


@cache
def _compound_names() -> regex.Pattern:
    return regex.compile(alternation(rules("link").compound_names))


def _listed_items_of(names: str, wanted: int) -> list[str]:
    items = _spelled_out(_LIST_SEPARATOR.split(names))
    if len(items) > wanted:
        *first, last = names.split("、")
        # 及 binds inside a name (石油及制品, 中东及其他), and so does a 和 in the name of a counted group (五个国家和
        # 地区); of the other 和 and 与, the last joins the list
        joiners = [m for m in _LIST_SEPARATOR.finditer(last) if m.group() != "及" and not _COUNTED_GROUP.search(last, 0, m.start())]
        joiner = joiners[-1] if joiners else _LIST_SEPARATOR.search(last)
        split = [last[: joiner.start()], last[joiner.end() :]] if joiner else [last]
        for tail in (split, [last]):
            if len(first) + len(tail) == wanted:
                return _spelled_out([*first, *tail])
        # “煤改电”“煤改气”和地热、生物质等其他方式: the last item names others by examples (…等), 、 and all
        *others, rest = _spelled_out(_LIST_JOIN_BUT_COMMA.split(names))
        if len(others) + 1 == wanted and "等" in rest and not any("、" in item for item in others):
            return [*others, rest]
    return items


def _latin_runs_joined(words) -> list[str]:
    """jieba's words, with each run of Latin letters, digits and marks one word (R, &, D: R&D)."""
    joined: list[str] = []
    for word in words:
        if word.isascii() and joined and joined[-1].isascii():
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def _head_after_partition(items: list[str]) -> str:
    """城镇和农村居民人均可支配收入: what follows the member of a partition or a modifier pair (rules/link.toml) the last
    item opens on, when every other item ends on another member of it (城镇): the head all of them share, or ''."""
    for members in member_groups():
        opening = next((part for part in members if items[-1].startswith(part) and len(items[-1]) > len(part)), None)
        if opening and all(any(item.endswith(part) for part in members if part != opening) for item in items[:-1]):
            return items[-1][len(opening) :]
    return ""


def _spelled_out(items: list[str]) -> list[str]:
    """第一、二、三产业 and 一、二、三季度: numbered items that share the noun of the last of their run (and the
    第 of the first), each written out (第一产业, 第二产业, 第三产业)."""
    spelled, run = [], []
    for item in items:
        numbered = _NUMBERED_ITEM.fullmatch(item)
        if numbered is None:
            spelled += run + [item]
            run = []
        elif numbered.group("noun") and run:
            ordinal = "第" if run[0].startswith("第") else ""
            spelled += [ordinal + r.removeprefix("第") + numbered.group("noun") for r in run] + [ordinal + item.removeprefix("第")]
            run = []
        elif numbered.group("noun"):
            spelled.append(item)
        else:
            run.append(item)
    return spelled + run


_PERIOD_THEN_RATE = regex.compile(r"\s*(?P<period>全年|上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}(?:—\d{1,2})?月(?:份)?)(?:同比|累计)?(?:增长|下降|增|降)")
_EACH_RATES_AFTER = regex.compile(r"[)）][,，]?\s*(?:同比|比上年)?分别(?:增长|下降|增加|减少)")
_FIGURE_NEXT = regex.compile(r"\d")
_NAMED_FIGURE_NEXT = regex.compile(r"(?!同期|末|底)(?:\p{Han}{2,6}?|\p{Han}{2,12}?(?:为|是))\d")  # 上年完成投资60.83亿元, 上年全县干毛茶产值为26.29亿元
_FIGURE_IN_BRACKETS_NEXT = regex.compile(r"[(（]\d")
_WAS_FIGURE = regex.compile(r"(?:为|是)\d")
_BARE_YEAR = regex.compile(r"\d{4}年")
_NEXT_IN_LIST = regex.compile(r"、\p{Han}{1,12}")
_GOAL_AFTER = regex.compile(r"[,，]\s*(?:年度|全年|今年)?(?:计划|目标)(?:任务)?(?:为|是)")
_AGES = regex.compile(r"\d+周?岁")
_RATE_NAMED = regex.compile(r"\s*(?P<name>(?:(?!高于|低于|快于|慢于|超过|比|较)\p{Han}){2,16}?)的?(?:平均)?(?P<noun>增速|增幅|降幅|涨幅|降价|涨价)")


def _clauses(text: str) -> list[tuple[int, int]]:
    ends = [match.end() for match in CLAUSE_BREAK.finditer(text)]
    return list(zip([0, *ends], [*ends, len(text)]))


def _abbreviation_kept(bracketed: regex.Match) -> str:
    abbreviation = _ABBREVIATION.fullmatch(bracketed.group())
    return abbreviation.group(1) if abbreviation else ""


class _Linker(FigureRoles, NamedShares):
    """One pass over the clauses of an article, carrying the period, subject and whole in force."""

    def __init__(self, doc: Document, clauses: list[tuple[int, int]], by_clause: list[list]) -> None:
        self.doc, self.text, self.clauses, self.by_clause = doc, doc.text, clauses, by_clause
        self.clause_starts = [start for start, _ in clauses]
        self.flat = [(index, fact) for index, clause in enumerate(by_clause) for fact in clause]
        self.flat_starts = [fact.start for _, fact in self.flat]
        self.doc_facts = {fact.id: fact for _, fact in self.flat}
        self.statements: list[Statement] = []
        self.period = None  # the date heading the paragraph
        self.subject: str | None = None
        self.period_before = None  # the period in force before a sentence of the year before (上年…为)
        self.deltas: set[str] = set()  # absolute changes whose rates went to the level before them
        self.wholes: list[Statement] = []  # figures of the paragraph that 其中 parts may belong to
        self.in_parts = False  # after 其中, until the sentence or the ; ends
        self.period_outside_parts: tuple | None = None  # the period in force when a 其中 list opened, until its sentence ends
        self.period_outside_times: tuple | None = None  # the period in force when a breakdown in time (分季度看) opened
        self.breakdown: list[Statement] | None = None  # after 分项看 and the like, until the sentence ends
        self.previous_breakdown: list[Statement] | None = None  # the breakdown of the sentence before
        self.groups: list[list[Statement]] = []  # breakdowns and 分别 lists, whose whole is found later
        self.rate_only_of: dict[int, tuple | None] = {}
        self.remainders: set[str] = set()  # the parts of a breakdown that are the rest of its whole (其余)
        # (the set, its sentence, where its first member is) a figure was counted within (落地项目中已开工…)
        self.set_members: tuple | None = None
        self.listed_names: tuple[int, list[str]] = (-1, [])  # the sentence and names of the last 分别 list
        self.list_named: tuple[str, str] | None = None  # the last value of the last 分别 list, and the list's whole name
        self.listed_bases: dict[str, Statement] = {}  # 两项去年同期分别为146.20亿元和103.78亿元: each figure's current one
        self.shares_of_subjects: list = []  # (share, subject): a share that names an earlier figure's subject
        self.shares_of_parts: list = []  # (share, part): a share that names its part in a clause of its own
        self.second_targets: dict = {}  # statement id → the Target of a second completion rate of its figure
        self.second_shares: list = []  # (statement id, Share): a second share of a figure, of another whole
        self.dated_earlier_shares: list = []  # (share fact id, statement id): the figure's share a year before
        self.renamed: tuple | None = None  # (sentence, name) of the last rate given to the figure named before 比
        self.named_in_clause: tuple | None = None  # (clause index, metric, subject) of the last rate given to the figure it names
        self.second_gaps: dict = {}  # rate fact id → the Change with a second gap of that rate, to another rate
        self.values_of: dict[int, list] = {}  # clause index → its values (`_values`)
        self.value_of: dict[str, bool] = {}  # fact id → whether it is a value (`_is_value`)
        self.role_of: dict[str, str | None] = {}  # fact id → its role (`_role`)

    def run(self) -> list[Statement]:
        text = self.text
        # Cue words are found in one pass; a clause is a cue clause when one opens it.
        breakdowns = {m.start() for m in BREAKDOWN_CUE.finditer(text)}
        parts = {m.start() for m in _PARTS_CUE.finditer(text)} | {m.end() for m in _LIST_AFTER_TOTAL.finditer(text)}
        for index, (start, end) in enumerate(self.clauses):
            before = text[start - 1] if start else "\n"
            if before in _SENTENCE_ENDS:
                # 对东盟、拉丁美洲和中东合计出口523.9亿元,占46.1%。: a sentence that sums members up keeps the breakdown
                # before it for the sentence after (对美国出口…;对其他市场出口…)
                last_sentence = self.doc.sentences[self.doc.sentence_of(start - 1)][0]
                # (…产业项目612个,完成投资2186.4亿元…。其中,制造业项目…。基础设施项目318个…: a sentence of 其中 parts
                # of a member keeps it too)
                summed_up = self.breakdown is None and self.previous_breakdown \
                    and (_SUBTOTAL_WORD.search(text, last_sentence, start) or text.startswith("其中", last_sentence))
                # 从行业看,制造业引资优势进一步巩固。上半年全市制造业…: a cue in a sentence of no figure cues the next
                cued_alone = self.breakdown == [] and self.groups and self.groups[-1] is self.breakdown
                self.previous_breakdown, self.breakdown = self.breakdown if not summed_up else self.previous_breakdown, self.breakdown if cued_alone else None
                if self.period_outside_parts is not None:  # 其中上半年7.12万辆,…下半年8.56万辆。: the parts' periods end with them
                    self.period, self.period_outside_parts = self.period_outside_parts[0], None
                if self.period is not None and self._for_its_sentence(self.period):
                    self.period = self.period_before  # 上年全县农村网络零售额为31.81亿元。: that sentence alone
                if self._continues_breakdown(start):
                    self.breakdown = self.previous_breakdown
            if before == "\n" or (start < len(text) and text[start] == "\n"):
                self.period, self.period_before, self.subject, self.wholes, self.previous_breakdown = None, None, None, [], None
                self.period_outside_times = None
            if before in _SENTENCE_ENDS or before in (";", "；"):
                self.in_parts = False
            opening = start
            while opening < end and text[opening] in " (（":
                opening += 1
            if opening in breakdowns:
                self.breakdown = []
                self.groups.append(self.breakdown)
                # 分季度看,…三季度发行48.5亿元。从使用层级看,市本级使用82.9亿元: the next breakdown is of the whole's
                # period again, not of the last quarter's
                if self.period_outside_times is not None:
                    self.period, self.period_outside_times = self.period_outside_times[0], None
                if _IN_TIME.match(text, opening):
                    self.period_outside_times = (self.period,)
            if _PARTS_END.match(text, opening, end):  # 其中外贸航线9条、内贸航线5条,同时调整停航3条: no more parts
                self.in_parts = False
            if opening in parts and self.period_outside_parts is None:
                self.period_outside_parts = (self.period,)
            self.in_parts = self.in_parts or opening in parts
            if self.by_clause[index]:
                self._clause(index, start, end)
            elif before in _SENTENCE_ENDS:
                self._topic(start, end)
        self._give_shares_to_subjects()
        self._give_shares_to_parts()
        self._add_seconds()
        return self.statements

    def _add_seconds(self) -> None:
        """为年初预算50亿元的105.7%、调整预算54.3亿元的97.3%: the second completion rate of a figure, against
        its own target, is stated apart, right after it."""
        for owner, target in self.second_targets.items():
            share = Share(of="目标", value=target.rate, whole=target.value, whole_by="target")
            at = next(p for p, s in enumerate(self.statements) if s.id == owner)
            self.statements.insert(at + 1, _second(self.statements[at], share, target))

    def _earlier_was(self, period, in_force) -> bool:
        """A date followed by 为 that ends before the period in force begins: the level it had then (年初余额为:
        the balance the year opened on, before the months in force end)."""
        if in_force is None or _WAS_AFTER_DATE.match(self.text, period.end) is None:
            return False
        if opening_before(period, in_force):
            return True
        return period.resolved is not None and in_force.resolved is not None and period.resolved.end < in_force.resolved.start

    def _opens_its_sentence(self, date) -> bool:
        """去年同期,开发区签约项目72个,协议总投资342.5亿元: a date that opens its sentence in a clause of its own
        dates the sentence's figures."""
        sentence_start = self.doc.sentences[date.sentence][0]
        return not self.text[sentence_start : date.start].strip() and self.text[date.end : date.end + 1] in (",", "，")

    def _at_the_start_of_a_later_period(self, statement: Statement) -> bool:
        """A figure dated 年初 in a sentence of its own, while a later date (9月末) is the report's."""
        return statement.period is not None and self.doc_facts[statement.period].text in YEAR_START and self.period_before is not None \
            and self.period_before.text not in YEAR_START

    def _for_its_sentence(self, period) -> bool:
        """A period in force for its sentence alone: the year before (上年…为31.81亿元。, and 上年末 after figures of
        its sentence) and the day of a report (1月22日,市人社局发布…), which the figures after it are not of (the
        day an event opens is)."""
        if _YEAR_BEFORE.match(period.text) or period.text in YEAR_START and self.period_before is not None and self.period_before.text not in YEAR_START:
            return True  # (年初,全市备案的此类基金为429只: that sentence alone, in a report of 9月末)
        if self.period_before is not None and period is not self.period_before and a_year_before(period, self.period_before):
            return True  # 2025年,高新区新设立企业1862家…;2024年,高新区新设立企业1629家。新设立企业中…: back to 2025
        # 全年新建…1.52万台,…,上年末公共充电桩为3.34万台。: an aside after the sentence's own figures; so is a span
        # since a time (9月末…余额2467.38亿元…;年初以来新增312.64亿元。), after a stock's
        if (period.text.startswith(YEAR_BEFORE_WORDS) or self.text.startswith("以来", period.end)) and any(
            self.doc_facts[s.value].sentence == period.sentence and self.doc_facts[s.value].start < period.start for s in self.statements
        ):
            return True
        if _EVENT_AFTER.match(self.text, period.end) or _PLANNED_BEFORE.search(self.text, max(0, period.start - 4), period.start):
            return True  # 项目5月开工,预计2027年投产。: the date of an event, not the period of the figures after it
        sentence_start, sentence_end = self.doc.sentences[period.sentence]
        if regex.search(rf"[比较]{regex.escape(period.text)}", self.text[sentence_start : period.start]):
            return True  # 上半年…增速比一季度加快0.5个百分点;一季度…增长5.7%。: the period compared with, an aside
        day = period.day is not None and period.month is not None and "至" not in period.text
        return day and bool(_REPORTED.search(self.text, sentence_start, sentence_end))

    def _topic(self, start: int, end: int) -> None:
        """省会星州市继续领跑,接待游客612.8万人次: a sentence that opens on a place in a clause without
        figures is about that place."""
        subject = opening_place(_TOPIC_ROLE.sub("", strip_leading(self.text[start:end].strip())))
        if subject:
            self.subject = subject

    def _clause(self, index: int, start: int, end: int) -> None:
        facts = self.by_clause[index]
        dates = [
            f for f in facts if f.kind == "date" and (not f.text.endswith(SAME_PERIOD) and not self._year_earlier(f) or self._opens_its_sentence(f))
            and not self._is_basis(f)
            and not _NAMES_A_GOAL.match(self.text, f.end)  # 为年初预期目标415亿元的102.7%: the goal's date, no period
            and not _GOAL_OF_NAMED.match(self.text, f.end)  # 今年全市技改投资目标为380亿元: nor the year of a goal
        ]
        values = self._values(index)
        in_force = self.period
        # 1月、2月、3月分别新设企业4126户、3285户和7875户: one date per value, and the period in force stays
        listed = len(dates) >= 2 and len(dates) == len(values) and dates[-1].end <= values[0].start \
            and _EACH_CUE in self.text[dates[-1].end : values[0].start] \
            and not any(f.kind == "date" and f not in dates for f in facts if dates[0].start < f.start < dates[-1].end)
        listed = listed or _interleaved(dates, values)  # 一季度386列、二季度452列、三季度488列: each value after its date
        if dates and not listed and (not values or dates[0].start < values[0].start) and len(self.text[start : dates[0].start].lstrip()) <= 4 \
                and not _moved_from_after_name(self.text, start, dates[0]):  # (indented paragraphs too)
            if not (self.period is not None and self._for_its_sentence(self.period)):
                self.period_before = self.period
            self.period = dates[0]
        first = len(self.statements)
        self._clause_values(index, start, end, facts, dates, values)
        # (a date in brackets, 去年9月为…, is an earlier level's, read by _as_base)
        inner = dates[0] if dates and values and not listed and dates[0].end <= values[0].start and dates[0] is not self.period \
            and self._bracket_opening(values[0]) is None and not self._year_earlier(dates[0]) else None
        if inner is not None and len(self.statements) > first and self.statements[first].value == values[0].id and self.text[inner.end] != "的" \
                and not _BASIS_BEFORE.search(self.text, max(0, inner.start - 3), inner.start) and self.statements[first].period != inner.id:
            # 市级政府引导基金参股的子基金上半年完成投资42.3亿元 (after 截至6月末…): the date inside the name dates its figure
            self.statements[first] = self.statements[first].model_copy(update={"period": inner.id})
        if listed:
            by_value = {value.id: date.id for value, date in zip(values, dates)}
            self.statements[first:] = [s.model_copy(update={"period": by_value.get(s.value, s.period)}) for s in self.statements[first:]]
        if self.period is not None and self.period is not in_force and _BASIS_BEFORE.search(self.text, max(0, self.period.start - 3), self.period.start):
            self.period = in_force  # 比上年的786.35亿元增长16.0%, 较上年的5.87%: the date compared with, for its clause alone
        elif self.period is not None and self.period is not in_force and self._earlier_was(self.period, in_force):
            self.period = in_force  # 截至2025年末…18.64万个,2024年末为15.12万个: the level before, for its clause alone
        elif dates and self.period is dates[0] and self.period is not in_force and any(f.kind == "date" and self._is_basis(f) for f in facts):
            self.period = in_force  # 第三季度比第二季度多0.14亿美元: two periods compared, for their clause alone

    def _clause_values(self, index: int, start: int, end: int, facts: list, dates: list, values: list) -> None:
        if dates and values and dates[0].start < values[0].start:
            lead = strip_leading(self.text[start : dates[0].start].strip())  # 嘉兴市前三季度…, 全市1—8月…
            if is_place(lead):
                self.subject = lead
        rates = [f for f in facts if f.kind == "percent" and f.form == "percent"]
        # 其中日本增长48.2%(去年同期为4.15亿元); 重点监测的126家星级酒店平均入住率78.4%
        if not values or all(self._bracket_end(v) or rates and self._sample_of(v, rates[0]) for v in values):
            self._rate_only(index, start, facts)
        if not values:
            return
        each = self._each(self._after_dates(start, facts, values[0]) if values else start, values)
        listed = None
        if each and self.breakdown is None and not self.in_parts:
            # 出口、进口分别为3.33万亿元和3.24万亿元: parts of a total before; right after a breakdown
            # (从主体看,民营企业进出口4.3万亿元…。外商投资企业和国有企业进出口分别为…), more of its parts.
            listed = self.previous_breakdown
            if listed is None:
                listed = []
                self.groups.append(listed)
        interleaved = _interleaved(dates, values)  # 一季度386列、二季度452列: the dates name no metric
        named_by_counts = self._names_after_counts(values) if each else None
        counted = len(named_by_counts[0]) if named_by_counts else 0  # (the counts of a 分别 list's names are no parts)
        for position, value in enumerate(values):
            # (去年同期为7702.5亿元): a figure in brackets reads its words and its period from the opening on.
            opening = self._bracket_opening(value)
            opens = max(start, opening) if opening is not None else start
            left = values[position - 1].end if position and opening is None else self._after_dates(opens, facts, value)
            if position and interleaved:
                left = max(left, dates[position].end)
            metric_text = each[position] if each else self._counted_metric(value, end) or self.text[left : value.start]
            # 研发机构由上年末的391家增至428家: the level moved from, named before 由, and the level moved to are no parts
            moved = position == 0 and _MOVED_ALONG.match(self.text, value.end) and _FROM_TAIL.search(metric_text)
            if moved:
                metric_text = metric_text[: moved.start()]
            # 比火电装机(4012.7万千瓦)多203.1万千瓦: the figure compared with, in brackets after its name, is of that
            # name and no part of a breakdown
            compared = _COMPARED_NAME.search(self.text, start, opening - 1) if opening is not None else None
            metric, subject = self._metric(metric_text, index)
            named_after = _NAMED_AFTER.match(self.text, value.end)
            if named_after and (metric is None or _SPENDING_VERB.search(metric)):
                metric = named_after.group("noun")  # 需要提供约400亿英镑的额外财政宽松: Y的X
            elif _BY_PAYING.search(metric_text) and (paid_for := self._paid_for(value, end)):
                metric = paid_for  # 大众以约7亿美元入股小鹏汽车: what was bought measures the sum
            elif (named_as := _NAMED_AS.match(self.text, value.end)) and _REMAINDER.fullmatch(metric_text.strip()):
                metric = named_as.group("noun")  # 其余2718家为境内企业: the rest, named after it
            if position and _CHANGED_TO.fullmatch(metric_text.strip()):
                metric = None  # 价格上限由1971英镑上调至3,549英镑: the new level of the same metric
            named_nothing = metric is None or bool(PLACEHOLDER_METRICS.fullmatch(metric))  # 增长3.2%,规模达2.07万亿元
            lead = self._rates_before(index) if named_nothing and position == 0 and not each else None
            if lead is not None:  # 当月出口下降3.5%,为1.29万亿元: the rates' clause names the value
                metric, subject = self._metric(lead[0], index)
            # (…占新推广车辆的58.8%,数量较去年同期的1215辆增长54.2%: a clause of words of its own before its figure)
            share_before = self._share_before(index) if position == 0 and not each and lead is None \
                and not _TRAILING.sub("", self.text[start : value.start].strip()) else None
            if share_before is not None:  # 农产品网络零售额占全县网络零售额的34.4%,为16.74亿元: the share's clause names it
                metric, subject = self._metric(share_before[0], index)
            if position and _LIST_SEPARATOR.fullmatch(metric_text.strip()):
                metric = self.statements[-1].metric  # 成交6.47万套、638.2万平方米: one thing in two units
            elif metric is None and compared is not None and not _PLACE_OR_LEVEL_END.search(compared.group("name")):
                metric = compared.group("name")  # not 比全市平均水平(23517元), 比排名第二的滨湖区(976家): the metric's own
            elif metric is None:  # 2019年实际使用外资190.48亿美元；2020年达到202.33亿美元: the same metric
                metric = self._previous_metric(value)
            elif named_nothing and lead is None and share_before is None:  # 同比增长21.7%,去年同期这一数字为845.3亿元
                metric = self._previous_metric(value) or metric
            if position == 0 and metric and (head := self._thing_measured_before(value, metric)):
                metric = head + metric  # 小麦播种面积3286.4万亩,产量1568.52万吨: 小麦产量
            statement = self._statement(value, metric, subject or self.subject, facts, index, values, position, lead[1] if lead else [])
            if share_before is not None and statement.share is None:
                statement = statement.model_copy(update={"share": share_before[1]})
            delta_only = position == 0 and DELTA_ONLY.fullmatch(strip_leading(self.text[start : value.start].strip()))
            after_base = bool(self.statements) and self._is_base(self.statements[-1])  # 上年同期为…,净增…
            if delta_only and statement.change is not None:
                statement = self._change_to_level_before(statement, value)
            elif delta_only and statement.share is not None and (statement.target is None and statement.share.of != "目标" or statement.target is not None
                                                                    and not self._goal_of_additions(delta_only.group(), value, statement.target, after_base)):
                statement = self._share_to_level_before(statement, value)
            statement = self._share_of_compared(statement, value)
            if position == 0 or opening is not None:  # (净增1006架次(上年为5378架次): a bracketed level anywhere in its clause)
                statement = self._as_base(statement, value, index, opens, facts)
            if not self._is_base(statement) and self._listed_after_base(value):  # 去年同期,全市接待游客…、实现旅游收入…
                statement = statement.model_copy(update={"period": self.statements[-1].period})
            if position == 0:
                statement = self._named_change_from(statement, value, index, opens)
            elif value.id in self.listed_bases:  # 两项去年同期分别为146.20亿元和103.78亿元: the second's period is 去年同期 too
                current = self.listed_bases[value.id]
                statement = statement.model_copy(update={"period": self.statements[-1].period, "metric": current.metric})
            # 其中国际航线28条,比上年的19条增加9条: an earlier level is no part, nor a year-earlier figure.
            in_parts = self.in_parts and not self._earlier_level(value) and not self._is_base(statement)  # (去年同期为26.22万户)
            # 上年末为193条,年内新开23条; 其中5A级1个…,年内新增4A级景区2个: additions, no parts
            named_as = strip_leading(metric_text.strip())
            in_parts = in_parts and not (DELTA_ONLY.fullmatch(named_as) and not self._a_member_named_before(named_as, value)) and not _ADDITIONS.match(named_as)
            in_parts = in_parts and not _EARLIER_EDITION.fullmatch(self.text, opens, value.start)  # 上届为386家
            in_parts = in_parts and compared is None and not self._aside_of_figure(value)
            in_parts = in_parts and not moved and not (position and _CHANGED_TO.fullmatch(metric_text.strip()))
            # 其中…支持项目…共52个,平均每个项目125.0万元: an amount per member is no part (人均 measures may have parts per head)
            in_parts = in_parts and not (AVERAGE_CUE.match(named_as) and not named_as.startswith("人均")) and not _EACH_AVERAGED.search(named_as)
            in_parts = in_parts and not _DESCRIBES_NAME_AFTER.match(self.text, value.end)
            in_parts = in_parts and not _WHERE_THEY_ARE.search(self.text, left, value.start)  # 其余87个分布在另外2个市: places
            in_parts = in_parts and not self._after_the_rest(value)
            # 其余4个县(市)合计68个: the count of the members the figure after it sums, no part
            counts_members = position + 1 < len(values) and bool(_MEMBERS_SUMMED.fullmatch(self.text, value.end, values[position + 1].start))
            in_parts = in_parts and not counts_members
            whole = self._whole_of(value, metric, names_a_total=bool(_TOTAL_NAME.search(metric_text))) if in_parts else None
            if whole is not None and ADDED.match(named_as) and self._is_stock(whole) and not ADDED.match(strip_leading(whole.metric or "")):
                # 截至10月底共有航线168条,其中外贸航线104条…,今年以来新开航线17条: additions are no part of a stock, nor
                # is what follows them (其中新开户单位1065家,注销及停缴单位453家: a breakdown of the net change)
                whole, self.in_parts = None, False
            if whole is not None and self._of_a_set_counted_alone(value, whole, statement.count):
                whole = None
            whole = self._counted_list_whole(value, start) or whole
            whole = self._whole_of_the_list(value, whole)
            set_named = listed_in_set = None
            if position == 0 and not self._earlier_level(value) and not self._is_base(statement):
                set_named = self._set_named(index, value)
                whole = set_named or whole  # 外贸航线中通达…的96条: of 外贸航线, not of the total
            within = self._counted_within(value) if not self._earlier_level(value) and not self._is_base(statement) else None
            whole = within or whole  # 9846个建制村中,已有9712个: of the 9846
            if whole is None and self.set_members is not None:
                whole = self._rest_of_set(value, self.text[left : value.start])  # 落地项目中已开工221个,其余15个…: the rest of the set
                listed_in_set = None if whole else self._listed_in_set(value, left)  # 187家规上工业企业中,装备制造68家、新材料45家
                whole = whole or listed_in_set
            elif whole is not None and (whole is within or whole is set_named):
                self.set_members = (whole, value.sentence, len(self.statements))
            if opening is not None and (_INCLUDED.match(self.text, opening) or self._lists_parts(opening, values)):
                # 跨国公司地区总部6家(含世界500强企业地区总部4家), 门店1,248家(其中全屋599家、厨柜649家): parts of the figure before
                outside = next((s for s in reversed(self.statements) if self.doc_facts[s.value].end < opening), None)
                whole = outside if outside is not None and same_unit(self.doc_facts[outside.value], value) and not self._smaller(outside, value) else whole
            if whole is not None and self._place_among_categories(whole, metric, value):
                whole = None
            if whole is not None and (self._told_before(whole, value) or self._named_by_what_it_did(whole, value, named_as)):
                # 其中新开工项目148个、续建项目238个,…;其中10亿元以上项目42个: a second 其中, after parts that made up the
                # whole exactly, is a part by another criterion: of the whole, in no list that sums
                if statement.share is not None and statement.share.whole is None and not statement.share.of:
                    statement = statement.model_copy(update={"share": statement.share.model_copy(update={"whole": whole.value, "whole_by": "part_of"})})
            elif whole is not None and self._closed_list(value, metric) and statement.share is not None and statement.share.whole is None:
                # a part by another criterion than the list's: its share is of the whole, it adds up with no list
                statement = statement.model_copy(update={"share": statement.share.model_copy(update={"whole": whole.value, "whole_by": "part_of"})})
            elif whole is not None:
                statement = statement.model_copy(update={"part_of": whole.id})
                self._drop_bound_restated(value)
                if (whole is within or whole is listed_in_set) and value.qualifier == "=":
                    self.wholes.append(statement)  # 162个项目中,已开工118个…;其中已投产57个: a subset with parts of its own
            elif counts_members:
                pass  # (the count of the rest's members is neither a part nor a whole of parts after it)
            elif self.breakdown is not None and not AVERAGE_CUE.search(metric_text) and not self._is_base(statement) and not self._earlier_level(value) \
                    and compared is None and not _WHERE_THEY_ARE.search(self.text, left, value.start) and not self._past_listed_members(value, metric, metric_text) \
                    and not (DELTA_ONLY.fullmatch(named_as) and not any(d.end <= value.start for d in dates)):
                # 其余53个分布在四个县(市): places, no part; …上年同期为503.36亿千瓦时,增加48.82亿千瓦时: a change (上半年新增…
                # is a part in time)
                # (上年为494.1亿元), 比上年的854.8亿元: earlier levels are no parts of the breakdown
                self.breakdown.append(statement)
                if _REMAINDER.match(self.text[left : value.start].strip()) or LOWEST_CLASS.match(self.text[left : value.start].strip()):
                    self.remainders.add(statement.id)  # 其余13个项目: the breakdown covers its whole
                if value.qualifier == "=" and opening is None:
                    self.wholes.append(statement)  # 省外游客2345.7万人次,其中入境游客12.6万人次: a part with parts
            elif not self._averaged(metric_text, value) and value.qualifier == "=" and not self._is_base(statement) and not self._earlier_level(value) and opening is None \
                    and not _EARLIER_EDITION.fullmatch(self.text, start, value.start) and not DELTA_ONLY.fullmatch(strip_leading(metric_text.strip())) \
                    and not _EARLIER_ASIDE.fullmatch(self.text, start, value.start):
                # 上年研发投入13.24亿元。其中…; 年初,全市备案的此类基金为429只、2103.3亿元。其中…: this year's parts
                if not before_the_report_year(statement, self.doc_facts) and not self._at_the_start_of_a_later_period(statement):
                    self.wholes.append(statement)  # a year-earlier figure (去年同期为353.3亿元, 比上年的1722.3亿元, 上届为…) has no 其中 parts
                # nor has an increase (半年净增23家)
            self.statements.append(statement)
            if listed is not None and not self._is_base(statement) and not self._earlier_level(value) and position >= counted:
                listed.append(statement)
            if subject:
                self.subject = subject
        self._give_list_share_to_whole(values, end)

    def _a_member_named_before(self, name: str, value) -> bool:
        """新增和改造配电变压器3175台,其中新增1208台: a name its sentence gave before as a member of a pair (新增和改造)
        names a part, though it be a word of change alone."""
        if not name:
            return False
        head = self.text[self.doc.sentences[value.sentence][0] : value.start]
        joined = regex.escape(name)
        return regex.search(rf"{joined}[和、及与]\p{{Han}}|\p{{Han}}[和、及与]{joined}(?!\d)", head) is not None

    def _after_the_rest(self, value) -> bool:
        """其中…,其余0.45亿元用于发放消费券,累计撬动文化消费约3.6亿元: the rest closes its 其中 list, so a figure of its unit
        in a later clause of its sentence is no further part (其余七个设区市合计签约42个,总投资408.8亿元: the rest's amount is)."""
        last = next((s for s in reversed(self.statements) if s.part_of is not None), None)
        if last is None:
            return False
        rest = self.doc_facts[last.value]
        opening = clause_opening(self.text, rest.start)
        return rest.sentence == value.sentence and same_unit(rest, value) and bool(_REST_OPENING.match(self.text, opening, rest.start)) \
            and clause_opening(self.text, value.start) > rest.end

    def _aside_of_figure(self, value) -> bool:
        """净增133家(新增218家,退出85家): a figure in brackets right after a figure of its unit is about that
        figure, no part of the sentence's 其中 whole."""
        sentence_start = self.doc.sentences[value.sentence][0]
        head = self.text[sentence_start : value.start]
        at = max(head.rfind("（"), head.rfind("("))
        if at < 0 or max(head.rfind("）"), head.rfind(")")) > at:
            return False
        opening = sentence_start + at
        return any(f is not value and f.end <= opening and not self.text[f.end : opening].strip() and same_unit(f, value) for _, f in self.flat)

    def _lists_parts(self, opening: int, values: list) -> bool:
        """新能源装机4215.8万千瓦(风电1986.4万千瓦、光伏2229.4万千瓦): brackets right after a figure that list two
        or more figures of its unit, adding up to no more than it, hold its parts."""
        before = next((v for v in reversed(values) if v.end < opening), None)
        if before is None or self.text[before.end : opening - 1].strip():
            return False
        closing = self.text.find("）" if self.text[opening - 1] == "（" else ")", opening)
        inside = [v for v in values if opening <= v.start and (closing < 0 or v.end <= closing) and same_unit(v, before)]
        # parts written a little larger than their whole are a mistake to show, as for 其中 parts
        return len(inside) >= 2 and None not in (before.value, *(v.value for v in inside)) \
            and sum(v.value for v in inside) <= before.value * OVERSHOOT

    def _give_list_share_to_whole(self, values: list, end: int) -> None:
        """其中高技术制造业17.93亿元、高技术服务业13.55亿元,占比36.4%: a share naming no whole, in a clause
        after a list of parts, is the share of the list's whole, not of its last part."""
        last = self.statements[-1] if self.statements else None
        if last is None or len(values) < 2 or last.part_of is None or last.share is None or (last.share.of and last.share.whole is None):
            return  # 占全省的33.4% may be the last part's: only a share naming no whole, or writing it, is lifted
        share = self.doc_facts[last.share.value]
        if share.start < end or "、" not in self.text[values[0].end : values[-1].start]:
            return
        named = _NAME_BEFORE_SHARE.search(self.text, self._clause_start(share.start), share.start)
        members = [s.metric for s in self.statements if s.part_of == last.part_of and s.metric]
        # 公办机构13580张、民办机构19160张,民办占58.5%: the member it names (盘活面积完成年度目标…的120.0% after
        # 盘活闲置低效用地720亩: by its first word, when one member opens on it)
        if named and (any(metric.startswith(named.group("name")) for metric in members)
                      or len([metric for metric in members if metric[:2] == named.group("name")[:2]]) == 1):
            return
        at = next((p for p in range(len(self.statements) - 1, -1, -1) if self.statements[p].id == last.part_of), None)
        listed = {value.id for value in values}  # (八十六个县(市、区)中建成…79个,占91.9%: the whole is of the clause, no list)
        if at is not None and self.statements[at].share is None and self.statements[at].value not in listed:
            self.statements[at] = self.statements[at].model_copy(update={"share": last.share})
            self.statements[-1] = last.model_copy(update={"share": None})

    def _change_to_level_before(self, statement: Statement, delta) -> Statement:
        """企业612家,一年新增74家,增幅为13.8%: the rate after an absolute change is the level's before it,
        in the sentence and of its unit, when that one has none."""
        at, change = len(self.statements) - 1, statement.change
        after_base = at >= 1 and self._is_base(self.statements[at])
        edition = at >= 0 and _EDITION_LEVEL.fullmatch(strip_leading(self.text[self._clause_start(self.doc_facts[self.statements[at].value].start) : self.doc_facts[self.statements[at].value].start]))
        if after_base or at >= 1 and edition:  # 68.46亿元,上年为58.92亿元,净增9.54亿元,增长16.2%
            change = change.model_copy(update={"base": self.statements[at].value}) if change.base is None else change
            at = at - 1 if edition else self._outside_brackets(at - 1, self.doc_facts[self.statements[at].value].start)
        if edition:  # 上届签约项目为108个,本届增加18个,增长16.7%: the figure of this edition, written before
            earlier = self.statements[at + 1]
            # 上届为1072款 names nothing but the edition: the figure of this edition is the one just before.
            named = (earlier.metric or "").removeprefix("上届")
            at = next((
                p for p in range(at, -1, -1)
                if self.statements[p].change is None and same_unit(self.doc_facts[self.statements[p].value], delta)
                and (metrics_alike(self.statements[p].metric or "", named) or not named and p == at)
            ), -1)
            if at >= 0:
                self.statements[at] = self.statements[at].model_copy(update={"change": change})
            return statement.model_copy(update={"change": None})
        level = self.statements[at] if at >= 0 else None
        # 高技术制造业投资186.7亿元。上年同期,这一数字为151.2亿元。今年同比增加35.5亿元,增长23.5%: a sentence of the change
        # alone after the one of the base is the change of the figure the base follows
        base = self.statements[len(self.statements) - 1] if after_base else None
        chained = base is not None and level is not None and base.sentence == statement.sentence - 1 and level.sentence == base.sentence - 1 \
            and same_unit(self.doc_facts[base.value], delta)
        if chained and level.change is None and level.difference is None and same_unit(self.doc_facts[level.value], delta):
            direction = change.direction or "up"
            self.statements[at] = level.model_copy(update={"change": change, "difference": Difference(base=base.value, direction=direction, value=delta.id)})
            return statement.model_copy(update={"change": None})
        if level is None or level.change is not None or level.sentence != statement.sentence or not same_unit(self.doc_facts[level.value], delta):
            # 与之相比,本次协议投资增长28.4%,项目数多9个,增长31.0%: the level is written apart; the rate is no rate of the increase
            if level is not None and level.sentence == statement.sentence and same_unit(self.doc_facts[level.value], delta) \
                    and level.share is None and statement.share is not None and statement.share.whole is not None:
                # 发送旅客2864.3万人次,…增长9.4%,多发送245.2万人次,占全省…1.326亿人次的21.6%: the level's share
                self.statements[at] = level.model_copy(update={"share": statement.share.model_copy(update={"change": None, "direction": None})})
                statement = statement.model_copy(update={"share": None})
            return statement.model_copy(update={"change": None}) if change.basis is None and level is not None and level.sentence == statement.sentence else statement
        update = {"change": change}
        words = strip_leading(self.text[self._clause_start(delta.start) : delta.start].strip())
        goal_moves = statement.target is not None and level.target is None and not self._goal_of_additions(words, delta, statement.target, after_base)
        # 较上年末净增38.45万户,…占…总数的96.8%: the level's share; 全年新增5650张,…完成年度目标5000张的113.0%: the
        # completion's share stays with the additions it is of
        goal_share = statement.share is not None and statement.target is not None and statement.share.value == statement.target.rate
        if level.share is None and statement.share is not None and (goal_moves or not goal_share):
            update["share"], statement = statement.share, statement.model_copy(update={"share": None})
        if goal_moves:
            update["target"], statement = statement.target, statement.model_copy(update={"target": None})  # 增加3.55亿元,…完成全年目标…的
        self.statements[at] = level.model_copy(update=update)
        self.deltas.add(statement.id)
        return statement.model_copy(update={"change": None})

    def _goal_of_additions(self, delta_words: str, delta, target: Target, after_base: bool) -> bool:
        """全年新增…,完成年度目标的: additions meet a goal of their own; a goal after a change from the year before
        (多完成1731万吨, 增加15.7亿元, and 上年同期为1678.65万人次,净增157.77万人次 right after the earlier level)
        is the level's, unless it names additions (完成年度新增目标…的)."""
        added = ADDED.search(delta_words) and not (after_base and strip_leading(delta_words).startswith("净增"))
        return bool(added) or bool(GOAL_OF_ADDITIONS.search(self.text, delta.end, self.doc_facts[target.rate].start))

    def _share_to_level_before(self, statement: Statement, delta) -> Statement:
        """增长9.4%,多发送245.2万人次,占全省…1.326亿人次的21.6%: a share after an absolute change is the
        share of the level before it in the sentence, of its unit, when that one has none; a completion
        rate goes with its target."""
        levels = [
            (at, s) for at, s in reversed(list(enumerate(self.statements)))
            if s.sentence == statement.sentence and same_unit(self.doc_facts[s.value], delta) and not self._earlier_level(self.doc_facts[s.value])
            and not self._bracket_end(self.doc_facts[s.value]) and not is_last_year_figure(s, self.doc_facts)  # 上年同期为155.7亿立方米
        ]
        # (…41个、…62个;100万元以上的村比上年的29个增加12个,占比达到22.0%: the level the clause names before 比)
        named = self._name_before_than(self._clause_start(delta.start), delta.start) or ""
        level = next(((at, s) for at, s in levels if named and same_words(s.metric or "") == named), None) or next(iter(levels), None)
        if any(s.share is not None and s.share.value == statement.share.value for s in self.statements):
            return statement.model_copy(update={"share": None})  # 产量88.57万吨,亩产…提高13.8公斤,产量占秋粮的五成以上: taken
        if level is None or level[1].share is not None or self._is_base(level[1]):
            return statement
        if statement.target is not None and level[1].target is not None:
            return statement
        self.statements[level[0]] = level[1].model_copy(update={"share": statement.share, "target": statement.target or level[1].target})
        return statement.model_copy(update={"share": None, "target": None})

    def _rate_only(self, index: int, start: int, facts: list) -> None:
        """其中制造业投资增长10.9%,高于全部投资5.1个百分点; 民间投资增长3.1%,占全部投资的比重为51.2%: a
        clause that names a metric and its rate, with no level, makes a statement of the rate, so that
        its gap, share and point change are read as a figure's would be."""
        if self._listed_rates(index, start, facts):
            return
        named = self._opens_rate_only(index)
        if any(f.kind == "percent" and _DATED_REFERENCE.search(self.text, start, f.start) for f in facts):
            return  # 2024年这一比重为33.8%: the earlier share of a share stated before, read with it
        if named is None and self._give_dated_shares(index, facts):
            return
        if named is None and self._give_target_to_the_named_before(index, facts):
            return
        renamed = None if named is not None else self._rate_of_the_renamed(index, facts)
        named = named or renamed
        if named is None or named[0].id in self._rates_used():
            return
        rate, metric = named
        subject, metric = split_subject(metric)
        if len(metric) < 2:
            return
        if subject:  # 全省工业投资增长6.8%,技改投资增长8.5%: the province's too, as after a value
            self.subject = subject
        if self._role(rate) == "target":
            self._give_named_target(rate, metric, subject, mirrored=renamed is None) or self._give_target_to_the_named_before(index, facts)
            return
        statement = self._statement(rate, metric, subject or self.subject, facts, index, [rate], 0, [rate])
        points = self.doc_facts[statement.change.value] if statement.change is not None else None
        if points is not None and points.form == "point" and self._names_another(points, rate, metric):
            statement, points = statement.model_copy(update={"change": None}), None
        held = statement.share
        if held is not None and held.change is not None and self._names_another(self.doc_facts[held.change], rate, metric):
            statement = statement.model_copy(update={"share": held.model_copy(update={"change": None, "direction": None, "earlier": None})})
        if self._role(rate) is None and points is not None and points.form == "point":
            # A rate named by its noun is a proportion: its point change is a share's, from the level written before it.
            statement = statement.model_copy(update={
                "change": None, "share": Share(value=rate.id, change=points.id, direction=statement.change.direction),
            })
        if statement.change is not None and self._give_named_change(facts, metric, statement.change, share=statement.share):
            return
        whole = self._whole_of_named_part(index) if statement.share is not None and statement.share.whole is None else None
        share = statement.share.model_copy(update={"whole": whole.id, "whole_by": "part_of"}) if whole is not None else statement.share
        if share is not None and self._earlier_share_of_named(statement, metric):
            return  # 2024年,民营经济增加值占全省地区生产总值的比重为56.6%: the share a year before of a share stated
        if share is None and statement.change is None and self._role(rate) is None \
                and self._earlier_share_of_named(statement.model_copy(update={"share": Share(value=rate.id)}), metric):
            return  # 2025年末,全省森林覆盖率为61.94%: the level a year before of a rate stated with its point change
        # (基金支付比例由上年的69.8%提高到71.2%: a ratio its noun names whole, no share of a figure named like it)
        if share is not None and not metric.endswith("比例") and self._give_named_shares(facts, metric, share, subject, besides=whole):
            self.named_in_clause = (index, metric, subject)
            return  # 第三产业增加值占地区生产总值的比重为47.0%: the share of the figure it names
        if statement.change is None and (statement.share is None or statement.share.change is None):
            return  # a share without a level is checked against its earlier share alone
        self.statements.append(statement)

    def _listed_rates(self, index: int, start: int, facts: list) -> bool:
        """城镇和农村居民医保参保率分别为96.2%和94.8%,分别比上年提高0.8个百分点和1.1个百分点: rates of no figure that a
        分别 list names, each a proportion of its own, with the point changes (and the levels of a year before) that
        the clauses after it list in the same order."""
        rates = [f for f in facts if f.kind == "percent"]
        # (支付比例分别为…: a proportion its noun names; not 分别占…的 or 分别相当于…, shares of figures written)
        if len(rates) < 2 or any(r.form != "percent" or self._role(r) not in (None, "share") for r in rates) or not self._listed(rates) \
                or _SHARE_OF_FIGURES.search(self.text, start, rates[0].start) or set(r.id for r in rates) & self._rates_used():
            return False
        metrics = self._each(start, rates)
        if not metrics:
            return False
        made = []
        for position, (rate, metric) in enumerate(zip(rates, metrics)):
            subject, metric = split_subject(metric)
            statement = self._statement(rate, metric, subject or self.subject, facts, index, rates, position, [rate])
            change = statement.change
            if statement.share is not None and statement.share.change is not None:  # (a proportion its noun names: 比例)
                share = statement.share
            elif change is not None and self.doc_facts[change.value].form == "point":
                share = Share(value=rate.id, change=change.value, direction=change.direction)
            else:
                return False  # (参保率分别为96.2%和94.8%: levels alone, with nothing to check them by)
            made.append(statement.model_copy(update={"id": f"s{len(self.statements) + len(made) + 1}", "change": None, "share": share}))
        self.statements.extend(made)
        return True

    def _earlier_share_of_named(self, statement: Statement, metric: str) -> bool:
        """A share named by its figure's metric and dated a year before that figure (2024年 for 2025年): the earlier
        share of the figure's own, read when every share is given (`link_dated_earlier_shares`)."""
        if statement.period is None:
            return False
        dated = self.doc_facts[statement.period]
        rate = self.doc_facts[statement.share.value]
        # (…;去年同期,全省新能源汽车产量占汽车产量的比重为41.9%: the same period a year before opens the run)
        same_period_before = bool(_OPENS_ON_SAME_PERIOD_BEFORE.search(self.text, max(0, rate.start - 40), rate.start))
        for figure in reversed(self.statements):
            if figure.period is not None and metrics_alike(figure.metric or "", metric) \
                    and (a_year_before(dated, self.doc_facts[figure.period]) or same_period_before and not is_last_year_figure(figure, self.doc_facts)):
                self.dated_earlier_shares.append((statement.share.value, figure.id))
                return True
        return False

    def _give_target_to_the_named_before(self, index: int, facts: list) -> bool:
        """上半年全市实际使用外资占全省…的21.3%,完成年度目标22亿美元的56.7%: a completion rate in the clause after
        a share given to the figure its clause names is that figure's too."""
        rate = next((f for f in facts if f.kind == "percent" and self._role(f) == "target"), None)
        if rate is None or index < 1:
            return False
        if self.named_in_clause is not None and self.named_in_clause[0] == index - 1:
            _, metric, subject = self.named_in_clause
            return self._give_named_target(rate, metric, subject)
        # 今年全省实际使用外资目标为330亿元,1—10月已完成年度目标的86.8%: the goal of a named figure in the clause before;
        # 按照全年快递业务量10亿件的目标测算,目前已完成年度目标的83.6%: a goal to reckon by, named or not
        start, end = self.clauses[index - 1]
        goal = next((f for f in reversed(self.by_clause[index - 1]) if f.kind in LEVEL_KINDS), None)
        named = _GOAL_OF_NAMED.fullmatch(self.text, start, goal.start) if goal is not None else None
        reckoned = _GOAL_RECKONED.fullmatch(self.text, start, end) if goal is not None else None
        if named is None and (reckoned is None or reckoned.start("goal") != goal.start) or named is not None and self.text[goal.end : end].strip(" ,，"):
            return False
        subject, metric = split_subject(strip_leading((named or reckoned).group("metric")))
        metric = _GOAL_YEAR.sub("", metric)  # 全省年度固定资产投资计划: the goal of 固定资产投资
        if reckoned is not None and len(metric) < 2:  # (按全年2100亿元的预期目标测算: the figure of its unit just before)
            position = next((p for p in range(len(self.statements) - 1, -1, -1) if self.statements[p].target is None
                             and self.statements[p].value != goal.id and same_unit(self.doc_facts[self.statements[p].value], goal) and not self._is_base(self.statements[p])
                             and not self._earlier_level(self.doc_facts[self.statements[p].value])
                             and not is_last_year_figure(self.statements[p], self.doc_facts)), None)
            in_paragraph = position is not None and "\n" not in self.text[self.doc_facts[self.statements[position].value].end : rate.start]
            position = position if in_paragraph else None
        else:
            # (not the goal's own figure: 全省年度固定资产投资计划为19500亿元 names 固定资产投资)
            position = self._named_figure(metric, rate, slot="target", subject=subject, besides=goal, taken_too=True) if len(metric) >= 2 else None
        if position is None or self.statements[position].target is not None or not same_unit(goal, self.doc_facts[self.statements[position].value]):
            return False
        statement = self.statements[position]
        share = statement.share or Share(of="目标", value=rate.id, whole=goal.id, whole_by="target")
        self.statements[position] = statement.model_copy(update={"target": Target(value=goal.id, rate=rate.id), "share": share})
        return True

    def _is_named_goal(self, goal) -> bool:
        """全省年度固定资产投资计划为19500亿元,前三季度完成计划的76.2%: a goal named in a clause of its own, whose
        completion rate is the figure's its name names (_give_target_to_the_named_before), not the goal's."""
        clause = bisect_right(self.clause_starts, goal.start) - 1
        start, end = self.clauses[clause]
        return _GOAL_OF_NAMED.fullmatch(self.text, start, goal.start) is not None and not self.text[goal.end : end].strip(" ,，")

    def _give_dated_shares(self, index: int, facts: list) -> bool:
        """一季度和三季度分别占全年票房的32.0%和30.7%: a clause naming its shares' figures by their dates alone, each
        share the latest figure's of the paragraph dated so, with no share yet."""
        shares = [f for f in facts if f.kind == "percent" and f.form in ("percent", "fraction") and self._role(f) == "share"]
        dates = [f for f in facts if f.kind == "date" and f.end <= shares[0].start] if shares else []
        start = self.clauses[index][0]
        if not shares or len(dates) != len(shares) or not _dates_alone(self.text, start, dates):
            return False
        paragraph = self.text.rfind("\n", 0, start)
        given = []
        for date, share in zip(dates, shares):
            position = next((
                p for p in range(len(self.statements) - 1, -1, -1)
                if self.doc_facts[self.statements[p].value].start > paragraph and self.statements[p].period is not None
                and same_time(self.doc_facts[self.statements[p].period], date) and not self._is_base(self.statements[p])
                and self._held_share(self.statements[p]) is None
            ), None)
            if position is None or position in {p for p, _ in given}:
                return False
            given.append((position, Share(of=self._share_of(share), value=share.id)))
        for position, share in given:
            self.statements[position] = self.statements[position].model_copy(update={"share": share})
        return True

    def _whole_of_named_part(self, index: int):
        """跨境收支5873.4亿元,其中跨境人民币所占比重为42.9%: a share whose clause opens on 其中 and a name, right
        after a figure's clause, is of that figure."""
        if index == 0 or not _PART_NAMED.match(self.text, self.clauses[index][0]) or self.text[self.clauses[index][0] - 1] not in ",，":
            return None
        values = [v for v in self._values(index - 1) if not self._bracket_end(v)]
        return values[-1] if values else None

    def _named_in_clause_before(self, index: int) -> str:
        """The name a figure-less clause right before, in the sentence, writes with its rank (数字技术应用业规模最大)."""
        if index == 0 or self.by_clause[index - 1] or self.text[self.clauses[index][0] - 1] in _SENTENCE_ENDS:
            return ""
        words = self.text[self.clauses[index - 1][0] : self.clauses[index][0] - 1].strip()
        ranked = _RANKED.search(words)
        return strip_leading(words[: ranked.start()]) if ranked else ""

    def _opens_rate_only(self, index: int) -> tuple | None:
        """The first rate of a clause without a level and the metric it names (制造业投资 of
        其中制造业投资增长10.9%), when the clause is not the rates of a value written next (当月出口下降
        3.5%,为1.29万亿元). Read once per clause: the values before it ask again."""
        if index not in self.rate_only_of:
            self.rate_only_of[index] = self._reads_rate_only(index)
        return self.rate_only_of[index]

    def _reads_rate_only(self, index: int) -> tuple | None:
        facts = self.by_clause[index]
        # (出口额增长1.2倍: a rate of change written as a multiple too)
        rates = [f for f in facts if f.kind == "percent" and (f.form == "percent" or f.form == "multiple" and self._role(f) == "change")]
        # 当月出口下降3.5%,为1.29万亿元: the rates of the value written next, unless a semicolon parts them
        # (规模以上工业增加值增长5.8%;全国固定资产投资378978亿元).
        next_value = index + 1 < len(self.clauses) and self._values(index + 1) and self.text[self.clauses[index][1] - 1] not in ";；"
        if next_value:  # 同比增长5.8%,固定资产投资465839亿元: a value named on its own takes no rates before it
            written = self.text[self.clauses[index + 1][0] : self._values(index + 1)[0].start].strip()
            lead = _TRAILING.sub("", strip_leading(written))
            # (投诉量较去年同期下降23.5%,去年同期为1681件: the level the named rate is measured from, not its value)
            next_value = (not lead or bool(PLACEHOLDER_METRICS.fullmatch(lead))) and not EARLIER_WAS_AT_END.fullmatch(written)
        # 其中日本增长48.2%(去年同期为4.15亿元): a figure in brackets is an aside, no level of the clause.
        # (重点监测的126家星级酒店平均入住率78.4%: the count of the set a named rate is measured on is no level of it)
        if not rates or any(not self._bracket_end(v) and not self._sample_of(v, rates[0]) for v in self._values(index)) or next_value:
            return None
        rate = next((r for r in rates if self._role(r) is not None), rates[0])  # 由上年的3.36%升至3.78%: the second
        if rate is rates[0] and len(rates) > 1 and _MOVED_ALONG.match(self.text, rate.end) and FROM_LEVEL.search(self.text, max(0, rate.start - 13), rate.start):
            rate = rates[1]  # (出租率由去年同期的74.3%提高至78.5%, neither with a role of its own)
        # 投入强度(与地区生产总值之比)为2.61%: an aside in brackets is no part of the name
        opening = max([self._after_dates(self.clauses[index][0], facts, rate), *(v.end for v in self._values(index) if self._sample_of(v, rate))])
        lead = self.text[opening : rate.start]
        # R&D经费投入强度(R&D经费与地区生产总值之比)为2.18%: a ratio defined in brackets names its part and whole
        defined = _RATIO_DEFINED.search(lead) if self._role(rate) == "share" else None
        lead = strip_leading(defined.group("ratio") if defined else CLOSED_BRACKETS.sub("", lead))
        direction = None
        for direction in direction_words().finditer(lead):
            pass
        # A share, a completion rate or a rate named by its noun with no value before it in its sentence names
        # the figure it is of (战略性新兴产业产值占规上工业总产值的比重为47.3%; after a value, 在到位资金总额中
        # 占55.21% is that value's share), unless it is a goal (力争完成年度目标的60%).
        role = self._role(rate)
        # 制造业和服务业分别占全市新增就业的26.9%和64.6%: shares that name their figures, wherever they are written.
        # 增长8.7%,上年为291.50亿元;税收收入占一般公共预算收入的比重为76.8%: after a semicolon, a share
        # whose clause names its figure is that figure's.
        after_semicolon = self.text[self.clauses[index][0] - 1 : self.clauses[index][0]] in (";", "；")
        if role == "share" and REFERS_BACK.match(self.text, self.clauses[index][0], rate.start):
            return None  # 这部分企业的结算量占全市的27.1%: the share of the figure just written
        named_here = role == "share" and (bool(_NAMES_EACH.search(lead)) or after_semicolon and bool(_NAMED_SHARE.match(lead))
                                          or bool(_PART_NAMED.match(self.text, self.clauses[index][0])))
        # 年初这一余额为253.86亿元;新增额已完成全年目标70亿元的83.7%: the completion of no earlier level
        after_a_level = after_semicolon and bool(_EARLIER_LEVEL_CLAUSE.search(self.text, self.clauses[index - 1][0], self.clauses[index][0] - 1))
        named_here = named_here or role == "target" and after_a_level and bool(_NAMED_DONE.match(lead)) \
            or role == "share" and self._member_named_past_rates(index, lead)
        alone = role != "change" and (self._first_values_of_sentence(index) or named_here or self._rate_of_its_own(index, lead, role)
                                      or role == "share" and self._part_named_over_the_figure_before(index, rate, lead)
                                      or role == "share" and self._names_a_figure_before_the_sentence(index, lead))
        hoped = _HOPE_WORDS.search(self.text, self.clauses[index][0], rate.start)
        goal = _GOAL_WORDS.search(self.text, self.clauses[index][0], rate.start)  # 力争上半年完成投资占年度计划的55%以上
        # 将加快推进…,力争用2年时间建成投用,“十五五”期间推动…占地区生产总值比重达到5%以上: aimed at in the sentence
        goal = goal or _AIMED.search(self.text, self.doc.sentences[rate.sentence][0], rate.start)
        if alone and role == "target" and not hoped and (done := _DONE.search(lead)):  # 到位资金完成年度目标790亿元的52.2%
            metric = lead[: done.start()].strip()
        elif alone and (role is None or role == "share" and not _SHARE_WORD.search(lead) and _POINTS_AFTER.match(self.text, rate.end)) \
                and not _AIMED.search(self.text, self.clauses[index][0], rate.start) \
                and (named_rate := _NAMED_RATE.search(lead)) and not _REFERS_BACK.search(self.text, self.clauses[index][0], rate.start):
            # 平均客房出租率达到78.6%; 经常参加体育锻炼人数比例达到43.6%,比上年提高1.8个百分点 (a share by its noun, of
            # no figure written, that its point change makes a figure of its own)
            metric = lead[: named_rate.end("noun")]
        elif alone and role == "share" and not goal and (share_of := _SHARE_WORD.search(lead)):
            metric = lead[: share_of.start()].strip()
        elif role == "change" and (noun := _GROWTH_NOUN_END.search(lead)) and not hoped and not goal and not _COMPARED_IN.search(lead):
            metric = lead[: noun.start()].strip()  # 全市到位资金增速11.7%,比全省平均水平快3.2个百分点: a rate named by its noun
        elif direction is None or lead[direction.end() :].strip("了为达到 ") or role != "change":
            return None
        else:
            metric = _ADVERB_TAIL.sub("", _BASIS.sub("", lead[: direction.start()])).strip()
            than = _THAN_SOMETHING.search(metric)  # 签约总额比去年同期…的173.9亿元增长24.4%: the name before 比
            metric = metric[: than.start()] if than else metric
        period_only = bool(_PERIOD_THEN_RATE.fullmatch(self.text, self.clauses[index][0], rate.start))
        if period_only:
            metric = ""
        if not metric and role == "change":
            metric = self._measured_before(index)  # 成交面积438.7万平方米,增长8.4%
        elif role == "change":
            before = self._clause_alone_before(index)
            metric = _with_member_said_fastest(before, metric)  # 健康服务增势最为强劲,营业收入比上年同期的…增长14.4%
            metric = self._member_opening(before, metric)  # 苹果受…需求偏弱影响,出口额同比下降4.6%: 苹果出口额
        if not metric and role == "share" and lead.startswith("占"):
            metric = self._named_in_clause_before(index)  # 数字技术应用业规模最大,占核心产业增加值的42.1%
        if not metric and period_only and index > 0 and self.text[self.clauses[index][0] - 1] not in _SENTENCE_ENDS \
                and (before := self._opens_rate_only(index - 1)) is not None:
            metric = before[1]  # 上半年…采矿业增加值增长5.9%,全年增长6.8%: the rate of the clause before, for another period
        # (35岁以下青年人才; but 5G网络投资 names a thing)
        if len(metric) < 2 or PLACEHOLDER_METRICS.fullmatch(metric) or regex.search(r"\d(?![A-Za-z])|%", _AGES.sub("", metric)):
            return None
        return None if _GOAL_WORDS.search(metric) else (rate, metric)  # 力争…增长10%以上 is a goal, no figure

    def _sample_of(self, value, rate) -> bool:
        """A count written as an attribute of the set that a rate named by its noun is measured on, in its
        clause: 126家 of 重点监测的126家星级酒店平均入住率78.4%."""
        between = self.text[value.end : rate.start]
        return value.kind == "count" and bool(regex.match(r"\p{Han}", between)) and bool(_NAMED_RATE.search(between)) \
            and not CLAUSE_BREAK.search(between) and self._role(rate) is None

    def _rate_of_its_own(self, index: int, lead: str, role: str | None) -> bool:
        """城镇常住人口428.36万人,…,常住人口城镇化率为73.05%,比上年末提高0.86个百分点: a rate named by its noun
        after values of its sentence is a figure of its own when the sentence before it does not name the
        noun's stem (利润总额18.65亿元,…利润率21.6% is 利润's, read by rates.link_named_rates)."""
        named = _NAMED_RATE.search(lead) if role is None else None
        if named is None or len(named.group("noun")) < 3:
            return False
        stem = named.group("noun").removesuffix("率").removesuffix("强度")[-2:]
        start = self.doc.sentences[self.by_clause[index][0].sentence][0]
        # …参保人数486.52万人,增长2.0%;户籍人口基本养老保险参保率96.3%: a semicolon closes the figures before
        start = max(start, self.text.rfind("；", start, self.clauses[index][0]) + 1, self.text.rfind(";", start, self.clauses[index][0]) + 1)
        return stem not in self.text[start : self.clauses[index][0]]

    def _member_named_past_rates(self, index: int, lead: str) -> bool:
        """城镇消费品零售额…,乡村消费品零售额…,同比分别增长5.6%和7.1%,城镇占全市的86.2%: a share past a clause of rates
        alone, in its sentence, that names one figure of the sentence by its opening words."""
        share_word = _SHARE_WORD.search(lead)
        named = strip_leading(lead[: share_word.start()].strip()) if share_word else ""
        if len(named) < 2 or index == 0 or self.text[self.clauses[index][0] - 1] in _SENTENCE_ENDS or self._values(index - 1) \
                or not any(f.kind == "percent" for f in self.by_clause[index - 1]):
            return False
        sentence = self.by_clause[index][0].sentence
        return sum(1 for s in self.statements if self.doc_facts[s.value].sentence == sentence and (s.metric or "").startswith(named)) == 1

    def _part_named_over_the_figure_before(self, index: int, rate, lead: str) -> bool:
        """营业收入1983.1亿元,研发费用占营业收入的比重为4.86%: a share that names its part, a figure written before,
        of the whole the figure right before it in its sentence is, is the share of the part named, not of that figure."""
        share_word = _SHARE_WORD.search(lead)
        named = strip_leading(lead[: share_word.start()].strip()) if share_word else ""
        of = self._share_of(rate) or ""
        if len(named) < 2 or len(of) < 2 or index == 0 or self.text[self.clauses[index][0] - 1] in _SENTENCE_ENDS:
            return False
        values = self._values(index - 1)  # (the clause right before, in the sentence: its figure's name)
        if len(values) != 1:
            return False
        before = _TRAILING.sub("", strip_leading(self.text[self.clauses[index - 1][0] : values[0].start].strip()))
        # (离岸执行额…,在岸执行额…,离岸业务占执行额的比重: no figure written is named so, the share stays the list's)
        return before.endswith(of) and not metrics_alike(named, before) and any(metrics_alike(named, s.metric or "") for s in self.statements)

    def _names_a_figure_before_the_sentence(self, index: int, lead: str) -> bool:
        """…新增债券312.6亿元…。新增债券中,一般债券48.2亿元、专项债券264.4亿元,新增债券占全年发行总额的64.3%: a share
        whose words before 占 are the name of one figure of an earlier sentence, and name no figure of its own
        sentence, is the share of the figure named."""
        share_word = _SHARE_WORD.search(lead)
        named = strip_leading(lead[: share_word.start()].strip()) if share_word else ""
        sentence = self.by_clause[index][0].sentence
        if len(named) < 2 or index == 0 or self.text[self.clauses[index][0] - 1] in _SENTENCE_ENDS:
            return False
        if sum(1 for s in self.statements if s.metric == named and self.doc_facts[s.value].sentence < sentence) != 1:
            return False
        in_sentence = [s for s in self.statements if self.doc_facts[s.value].sentence == sentence]
        if not in_sentence:
            return self._of_this_year_past_last_years(index)
        return not any(metrics_alike(named, s.metric or "") for s in in_sentence)

    def _of_this_year_past_last_years(self, index: int) -> bool:
        """上年全省火电发电量为2097.6亿千瓦时,全年火电发电量占全省发电量的65.0%: a share whose clause opens on the
        year reported, after clauses of its sentence dated the year before, is of none of their figures."""
        if not _THIS_YEAR_OPENING.match(self.text, self.clauses[index][0]):
            return False
        opening = index
        while opening > 0 and self.text[self.clauses[opening][0] - 1] not in _SENTENCE_ENDS:
            opening -= 1
        before = [f for clause in self.by_clause[opening:index] for f in clause]
        opens_on_last_year = bool(before) and before[0].kind == "date" and before[0].text.startswith(YEAR_BEFORE_WORDS)
        return opens_on_last_year and any(f.kind != "date" for f in before)

    def _aimed_at(self, value, share) -> bool:
        """力争到2028年…的比重达到30%以上 (a clause of its own), 力争…总规模突破1.6万P,智能算力占比提高到70%以上 (after
        a figure aimed at): a share aimed at, no share of the figure before."""
        return bool(_AIMED.match(self.text, self._clause_start(share.start))
                    or _AIMED.search(self.text, self.doc.sentences[value.sentence][0], value.start) and value.qualifier != "=")

    def _measured_before(self, index: int) -> str:
        """The name of a measurement (an area, a weight, power: no fact of its own) that makes up the
        clause before a bare rate in its sentence: 成交面积438.7万平方米,增长8.4% is the area's rate; or of the
        figure said to grow fastest (服务类采购增长最快,同比增长17.6%)."""
        clause = self._clause_alone_before(index)
        measured = _MEASURED.fullmatch(clause) or _FASTEST.fullmatch(clause)
        return measured.group("name") if measured else ""

    def _member_opening(self, clause: str, name: str) -> str:
        """A measure (出口额) after a clause of words that opens on a member named before by that measure (苹果 of
        苹果出口额, listed earlier; 电子化学品 of 电子化学品材料实现产值): that figure's name, the one whose name the clause
        opens on the most of (three characters at least, or the whole name before the measure); else the name as it is."""
        if not clause or not name:
            return name
        opened = {}
        for metric in {s.metric for s in self.statements if s.metric and s.metric.endswith(name) and len(s.metric) > len(name)}:
            shared = len(commonprefix([clause, metric]))
            if shared >= 3 or shared >= 2 and shared == len(metric) - len(name):
                opened.setdefault(shared, []).append(metric)
        most = opened.get(max(opened, default=0), [])
        return most[0] if len(most) == 1 else name

    def _clause_alone_before(self, index: int) -> str:
        """The words of the clause before, in the sentence, when it holds no fact."""
        if index == 0 or self.by_clause[index - 1] or self.text[self.clauses[index][0] - 1] in _SENTENCE_ENDS:
            return ""
        start, end = self.clauses[index - 1]
        return strip_leading(self.text[start:end].strip(" ,，;；"))

    def _named_change_from(self, statement: Statement, level, index: int, opens: int) -> Statement:
        """签约总额比去年同期在沪举办的推介会的173.9亿元增长24.4% opening its sentence: the rate is of the
        figure named before 比, written earlier, and measured from this level."""
        if statement.change is None or not self._earlier_level(level) or not self._first_values_of_sentence(index):
            return statement
        than = _THAN_SOMETHING.search(self.text, opens, level.start)
        name = strip_leading(self.text[opens : than.start()].strip()) if than else ""
        topic = ""
        if index > 0 and not self.by_clause[index - 1] and self.text[opens - 1] not in _SENTENCE_ENDS:
            topic = strip_leading(CLOSED_BRACKETS.sub("", self.text[self.clauses[index - 1][0] : opens]).strip(" ,，"))
        elif index > 0 and self.rate_only_of.get(index - 1):  # 工业用气占全部供气量的37.3%,比上年的6.52亿立方米增长6.6%
            topic = self.rate_only_of[index - 1][1]
        if not name:
            name = topic  # 制造业引资逆势回升,较上年的…
        # 其中东盟412.3亿元…。东盟稳居第一大贸易伙伴,进出口比去年同期的357.9亿元增长15.2%: the part the topic opens on;
        # 跨境电商(以…为主)增势最快 opens on 跨境电商 of 跨境电商进出口, a member of the 分别 list before.
        # (软件和信息技术服务业增势较好,收入比…: a member of a 分别 list, though its whole is found later, when the name
        # before 比 opens no figure's name: 乡村旅游类比…的125.4亿元增长21.5% after a topic of 景区景点类 is 乡村旅游类's)
        named_itself = len(name) >= 2 and any((s.metric or "").startswith(name[:2]) for s in self.statements)
        listed = set() if named_itself else {s.id for group in self.groups for s in group}
        part = next((
            s for s in reversed(self.statements) if (s.part_of or s.id in listed) and s.metric and len(s.metric) >= 2
            and (topic.startswith(s.metric) or len(commonprefix((topic, s.metric))) >= 4)
        ), None)
        heading = self._heading_before(level)  # 新能源产业链领跑。产业链产值比上年的447.12亿元增长20.5%: 新能源产值
        opens_alike = {s.id: len(commonprefix((heading, s.metric or ""))) for s in self.statements if heading and not self._is_base(s)}
        headed = [s for s in reversed(self.statements) if opens_alike.get(s.id, 0) >= 2]
        part = part or max(headed, key=lambda s: opens_alike[s.id], default=None)
        name = part.metric if part is not None else _with_member_said_fastest(topic, name)
        target, share = statement.target, statement.share  # the rates after the level go with its change
        if len(name) >= 2 and self._give_named_change([level], name, statement.change, target, share):
            self.renamed = (level.sentence, name)
            return statement.model_copy(update={"change": None, "target": None, "share": None})
        if len(name) >= 2 and than is not None:  # 外资项目比上届的26个增加5个,增长19.2%,占…: rates of a figure not found
            return statement.model_copy(update={"change": None, "target": None, "share": None})
        return statement

    def _rate_of_the_renamed(self, index: int, facts: list) -> tuple | None:
        """快递业务量比去年同期的21.63亿件增长14.8%,…;已完成年度目标29亿件的85.6%: a completion rate in a clause
        naming nothing, in the sentence whose rate went to the figure it opens on, is that figure's too (the rate,
        and the name). A share there waits: the figure may hold a share named apart, handed out at the end."""
        rate = next((f for f in facts if f.kind == "percent" and self._role(f) == "target"), None)
        if rate is None or self.renamed is None or self.renamed[0] != rate.sentence:
            return None
        return rate, self.renamed[1]

    def _heading_before(self, fact) -> str:
        """The sentence right before a figure's, in its paragraph, when it is a short heading with no figure
        (新能源产业链领跑。), else ''."""
        if fact.sentence == 0:
            return ""
        start, end = self.doc.sentences[fact.sentence - 1]
        heading = self.text[start:end].strip().rstrip("。！!")
        if len(heading) > 16 or "\n" in self.text[start : fact.start] or any(f.sentence == fact.sentence - 1 for f in self.doc_facts.values()):
            return ""
        return heading

    def _continues_breakdown(self, start: int) -> bool:
        """分贸易方式看,一般贸易…进出口3387.6亿元…。加工贸易进出口1142.5亿元;…其他贸易方式进出口81.8亿元:
        a sentence right after a breakdown that goes on naming parts of the same measure and ends in the
        rest of the whole (其他, 其余), or that counts and names its first part as the breakdown's first, is
        more of the breakdown."""
        listed = self.previous_breakdown
        if not listed or not listed[0].metric:
            return False
        ending = SENTENCE_STOP.search(self.text, start)
        end = ending.start() if ending else len(self.text)
        first = next((f for _, f in self.flat[bisect_right(self.flat_starts, start - 1) :] if f.start < end and self._is_value(f)), None)
        if first is None:
            return False
        if self._counted_alike(listed[0], first, start):
            return True
        if not _REST.search(self.text, first.end, end):
            return False
        return self.text[start : first.start].rstrip("为达共计").endswith(listed[0].metric[-2:])

    def _counted_alike(self, member: Statement, first, start: int) -> bool:
        """产业项目612个,完成投资2186.4亿元。…基础设施项目318个,完成投资1597.5亿元: a sentence whose first value
        is counted and named as the breakdown's first member was, in the paragraph."""
        count = self._count_of(first)
        if member.count is None or count is None or "\n" in self.text[self.doc_facts[member.value].end : start]:
            return False
        if _WITHIN_OPENING.match(self.text, start):
            return False  # 产业发展类项目中,农产品精深加工项目17个…: the members of one member
        def words(figure) -> str:
            return self.text[self._clause_start(figure.start) : figure.start].strip()

        counted = self.doc_facts[member.count]
        return same_unit(counted, count) and count.start < first.start and words(first) == words(self.doc_facts[member.value]) \
            and words(count)[-2:] == words(counted)[-2:]

    def _first_values_of_sentence(self, index: int) -> bool:
        """Whether no clause of the sentence before this one holds a value (据此测算,岷泽省…占全国的6.2%)."""
        while index > 0 and self.text[self.clauses[index][0] - 1] not in _SENTENCE_ENDS:
            index -= 1
            if any(not self._basis_of_a_ratio(value) for value in self._values(index)):
                return False
        return True

    def _basis_of_a_ratio(self, value) -> bool:
        """按全区地区生产总值1126.8亿元计算: a figure named as the basis a ratio after it is computed on."""
        start, end = self.clauses[bisect_right(self.clause_starts, value.start) - 1]
        return bool(BASIS_OF_RATIO.fullmatch(self.text, start, end))

    def _rates_used(self) -> set[str]:
        used = set()
        for s in self.statements:
            used |= {s.change.value, s.change.gap, s.change.gap_to} if s.change else set()  # (全国增速为12.6%: the rate a gap is to)
            used |= {s.share.value, s.share.change, s.share.earlier} if s.share else set()
            used |= {s.target.rate} if s.target else set()
        used |= {share.id for share, *_ in self.shares_of_subjects} | {share.id for share, *_ in self.shares_of_parts}
        return used

    def _as_base(self, statement: Statement, value, index: int, start: int, facts: list) -> Statement:
        """去年同期为1.51亿美元 after 实际利用外资1.86亿美元: the figure of the same metric a year earlier.
        Its period is the 同期 date opening its clause (or making up the clause before); the rates after it
        (同比增长23.2%, a completion rate) are the figure's before it, where that one has none."""
        # (较去年同期增长15.9%(上年同期为5.54亿美元): the date nearest the figure, the bracket's own)
        basis = next((f for f in reversed(facts) if self._year_earlier(f) and f.end <= value.start
                      and (f.start - start <= 4 or self.text[f.start - 1 : f.start] in ("(", "（"))), None)
        if basis is None and index > 0:  # 去年同期,全省进出口约1.87万亿元: the date is a clause of its own
            before_start, before_end = self.clauses[index - 1]
            before = self.by_clause[index - 1]
            if len(before) == 1 and is_last_year(before[0]) and self.text[before_start:before_end].strip(" ,，") == before[0].text:
                basis = before[0]
        edition = basis is None and _EARLIER_EDITION.fullmatch(self.text, start, value.start)  # 上届为69.92亿元
        if basis is None and not edition:
            return statement
        if basis is not None:
            statement = statement.model_copy(update={"period": basis.id})
            # (上年分别为17412家和66.10万人: one base of each figure before, whatever its unit)
            listed = [f for f in facts if f.start >= value.start and f.kind in ("money", "count", "measure")]
            if len(listed) >= 2 and _EACH_CUE in self.text[basis.end : value.start]:
                names = LIST_JOIN.split(self.text[basis.end : self.text.index(_EACH_CUE, basis.end)].strip(" ,，"))
                return self._as_listed_bases(statement, listed, names)
        at = len(self.statements) - 1
        if at >= 1 and (self.statements[at].id in self.deltas or self._written_as_delta(self.statements[at])):
            at -= 1  # 612.38万户,较上年末净增38.45万户,增长6.7%,去年底为573.93万户: the level's, past its increase
        at = self._outside_brackets(at, value.start)
        # (…、水质提升项目6个;小型工程改造项目比上年增加8个,上年为21个,占项目总数的六成以上: the figure the change before names)
        change_named = _NAMED_CHANGE_BEFORE.match(self.text, *self.clauses[index - 1]) if index > 0 and at >= 0 else None
        if change_named is not None:
            sentence = [s for s in self.statements if s.sentence == statement.sentence and not self._is_base(s)]
            named = named_by_its_clause(sentence, change_named.start("than"), self.text)
            at = self.statements.index(named) if named is not None else at
        current = self.statements[at] if at >= 0 else None
        if current is not None and at >= 1 and statement.metric and current.metric != statement.metric \
                and self.statements[at - 1].metric == statement.metric and self._listed_together(self.statements[at - 1], current):
            # (税收收入2471.9亿元、非税收入814.5亿元,分别增长7.3%和1.1%;上年同期税收收入为2303.6亿元: the listed figure it names)
            at, current = at - 1, self.statements[at - 1]
        if current is None or current.sentence != statement.sentence or self._earlier_level(self.doc_facts[current.value]):
            # (比上年的6.52亿立方米增长6.6%;…上年为2.71亿立方米: no base of an earlier level)
            return statement.model_copy(update={"share": None}) if basis is not None and self._share_of_the_level_now(statement, value) else statement
        figure = self.doc_facts[current.value]
        rate_only = None
        if figure.kind == "percent" and current.change is not None and (named := self._figure_named_by(current, value)) is not None:
            # 省外游客同比增长14.2%,上年同期为1443.6万人次;占游客总量的38.5%: the rate's and the base's are
            # the figure the rate names (省外游客1648.5万人次, written before).
            rate_only, (at, current) = self.statements[at], named
            own = statement  # 秋粮增长3.2%,上年为1461.9万吨,增幅较夏粮高2.3个百分点: it read the rate's gap
            statement = statement.model_copy(update={"change": rate_only.change})
            figure = self.doc_facts[current.value]
        if figure.kind != value.kind or getattr(figure, "currency", None) != getattr(value, "currency", None) or not same_unit(figure, value):
            return statement  # (播种面积2415.8万亩,产量…比上年增长2.8%,上年为978.4万吨: the output's, no level of the area)
        if rate_only is None and self._rate_of_another(current, figure, value):
            return statement
        # The rates after it (同比增长16.8%,完成年度目标500亿元的82.5%) are the current figure's.
        moved = {key: getattr(statement, key) for key in ("change", "target", "share") if getattr(current, key) is None and getattr(statement, key) is not None}
        if "change" not in moved and (gap := self._gap_after_base(statement, current)) is not None:
            moved["change"] = gap  # 同比下降8.7%,去年同期为199.8亿元,降幅比全国收窄6.5个百分点
        elif rate_only is not None and "change" in moved and (gap := self._gap_after_base(own, current.model_copy(update=moved))) is not None:
            moved["change"] = gap
        if "share" not in moved and (earlier_share := self._share_then(statement, current)) is not None:
            moved["share"] = earlier_share  # 占19.6%,上届为386家、占18.6%,占比提高1.0个百分点
        change = moved.get("change", current.change)
        compared = basis is not None and _BASIS_BEFORE.search(self.text, max(0, basis.start - 2), basis.start)  # 比去年同期的: link_bases_after's
        # (比上年增长1.3倍,上年为25.4亿元: a rate in 倍 too)
        if change is not None and change.base is None and not compared and self.doc_facts[change.value].form in ("percent", "multiple") \
                and (change.basis in (None, "同比") or _AGAINST_YEAR_BEFORE.fullmatch(change.basis)) \
                and not (change.basis == "同比" and self._from_the_year_start(statement, current)) \
                and not CHANGE_NAMED.search(self.text, self._clause_start(figure.start), figure.start):  # 比上年增长6.2%(上年为187.05亿元)
            moved["change"] = change.model_copy(update={"base": value.id})  # the year-earlier figure it grew from
        if moved:
            self.statements[at] = current.model_copy(update=moved)
            mirror = "target" in moved and statement.share is not None and statement.share.of == "目标" and statement.share.value == statement.target.rate
            # (占25.0%,同比增长26.8%,上年为5.30亿元,完成年度目标6亿元的112.0%: the completion goes, its share with it)
            statement = statement.model_copy(update={key: None for key in (*moved, *(("share",) if mirror else ()))})
            if rate_only is not None and "change" in moved:
                self.statements[-1] = rate_only.model_copy(update={"change": None})
        return statement

    def _share_of_the_level_now(self, base: Statement, value) -> bool:
        """比上年末增加26个,上年末为160个,覆盖全县193个行政村的96.4%: a share in a clause after a level of last year that
        figures before it in its sentence lead to is of the level now, which is not written (but 去年同期,…为1541.2亿千瓦时,
        占…的比重为57.1% and 上年为51.2亿元、占71.7% are the shares then)."""
        if base.share is None or self._clause_start(self.doc_facts[base.share.value].start) <= value.end:
            return False
        first = bisect_right(self.flat_starts, self.doc.sentences[value.sentence][0] - 1)
        last = bisect_right(self.flat_starts, value.start - 1)
        return any(fact.kind in LEVEL_KINDS for _, fact in self.flat[first:last])

    def _share_of_compared(self, statement: Statement, value) -> Statement:
        """其中实物商品网上零售额298.7亿元,占85.1%,比上年的260.2亿元增长14.8%,占社会消费品零售总额的23.2%: a
        share naming its whole after an earlier level (比上年的…) is the compared figure's; when that figure's
        share is taken, it is a second share of it (the rates move to it in rates.link_bases_after)."""
        share = statement.share
        if share is None or not share.of or share.of == "目标" or not self._earlier_level(value) or not self.statements:
            return statement
        compared = self.statements[-1]
        figure = self.doc_facts[compared.value]
        if figure.sentence != value.sentence or not same_unit(figure, value) or compared.share is None or compared.share.of in (share.of, "目标"):
            return statement  # a completion rate's share leaves the slot free (为年度计划…的107.2%,比上年的…,占…的14.9%)
        self.second_shares.append((compared.id, share))
        return statement.model_copy(update={"share": None})

    def _outside_brackets(self, at: int, before: int) -> int:
        """The position of the latest statement from `at` back that is not written in brackets closed
        before `before`: 有效发明专利39268件(其中高价值发明专利16572件,占42.2%),上年末为33554件 is 39268件's
        level before, the bracketed figure an aside."""
        while at >= 1 and (closing := self._bracket_end(self.doc_facts[self.statements[at].value])) is not None and closing < before:
            at -= 1
        return at

    def _as_listed_bases(self, statement: Statement, listed: list, names: list[str]) -> Statement:
        """出口171.35亿元,增长17.2%;进口115.12亿元,增长10.9%,两项去年同期分别为146.20亿元和103.78亿元: the
        year-earlier figures of the figures before, in their order, one each and each of its unit (the latest figures of the
        sentence of their unit, or of the sentence before when the list opens its own: 出口1793.2亿元…;进口1053.5亿元…。
        去年同期出口、进口分别为1609.8亿元和1005.5亿元); a rate of such a figure grew from its own."""
        eligible = []
        opens = not any(self.doc_facts[s.value].sentence == statement.sentence for s in self.statements)
        for position in range(len(self.statements) - 1, -1, -1):
            current = self.statements[position]
            figure = self.doc_facts[current.value]
            if current.sentence < statement.sentence - opens:
                break
            if any(same_unit(figure, base) for base in listed) and not self._is_base(current) and not self._earlier_level(figure):
                eligible.insert(0, position)
        holder = None if any(names) else self._rates_listed_before(statement.sentence)
        if holder is not None:
            names = listed_rate_names(self.statements[holder])
        named = self._named_among(eligible, names)
        currents = named or eligible[-len(listed):]
        if len(currents) != len(listed) or not all(same_unit(self.doc_facts[self.statements[p].value], b) for p, b in zip(currents, listed)):
            return statement
        rates = self._rates_each_after(listed[-1], len(listed))
        if holder is not None and named:  # (…分别增长27.7%和15.4%: the rates of the figures the list named, in order)
            rates = self._rates_from(self.doc_facts[self.statements[holder].value], len(listed))
        for position, base in zip(currents, listed):
            current = self.statements[position]
            self.listed_bases[base.id] = current
            if rates:  # (上年分别为6.68万人和3.84万人),分别增长11.7%和28.1%: each figure's rate, in their order
                rate = rates[currents.index(position)]
                current = current.model_copy(update={"change": Change(direction=_direction(rate) or self._clause_direction(rate), value=rate.id)})
            change = current.change
            if change is not None and change.base is None and self.doc_facts[change.value].form == "percent" \
                    and (change.basis in (None, "同比") or _AGAINST_YEAR_BEFORE.fullmatch(change.basis)):
                self.statements[position] = current.model_copy(update={"change": change.model_copy(update={"base": base.id})})
        return statement.model_copy(update={"metric": self.listed_bases[listed[0].id].metric})

    def _rates_listed_before(self, sentence: int) -> int | None:
        """生物制品和医疗器械产值分别增长27.7%和15.4%,去年同期分别为41.2亿元和33.2亿元: earlier levels that name nothing
        are of the figures the rates listed before them in their sentence name; the position of the rates' statement."""
        return next((at for at in range(len(self.statements) - 1, -1, -1) if self.statements[at].sentence == sentence
                     and self.doc_facts[self.statements[at].value].kind == "percent" and listed_rate_names(self.statements[at])), None)

    def _rates_from(self, first, count: int) -> list:
        """The rates of a 分别 list from its first, when there are `count` in its sentence."""
        at = bisect_right(self.flat_starts, first.start) - 1
        rates = [f for _, f in self.flat[at : at + count] if f.sentence == first.sentence]
        return rates if len(rates) == count and all(f.kind == "percent" and f.form == "percent" for f in rates) else []

    def _named_among(self, positions: list[int], names: list[str]) -> list[int]:
        """风电、光伏发电和生物质发电量分别为…;去年同期风电和光伏发电量分别为…: the figures the list of earlier levels
        names, one each and in order, when it names fewer than the latest ones (no name may fit two)."""
        chosen = []
        for name in names:
            fitting = [p for p in positions if len(name) >= 2 and (self.statements[p].metric or "").startswith(name[:2])]
            if len(fitting) != 1:
                return []
            chosen.append(fitting[0])
        return chosen if len(chosen) >= 2 and chosen == sorted(set(chosen)) else []

    def _rates_each_after(self, last_base, count: int) -> list:
        """The rates of a 分别 list right after the brackets that close on `last_base`, when there are `count`."""
        cue = _EACH_RATES_AFTER.match(self.text, last_base.end)
        if cue is None:
            return []
        sentence_end = self.doc.sentences[last_base.sentence][1]
        at = bisect_right(self.flat_starts, cue.end() - 1)
        rates = [f for _, f in self.flat[at : at + count] if f.start < sentence_end]
        return rates if len(rates) == count and all(f.kind == "percent" and f.form == "percent" for f in rates) else []

    def _share_then(self, base: Statement, current: Statement) -> Share | None:
        """The current figure's share with the base's share as the one it moved from: 其中境外企业468家,占19.6%,
        上届为386家、占18.6%,占比提高1.0个百分点 (the share of the earlier level is the earlier share, and
        the point change after it the current share's)."""
        share, then = current.share, base.share
        if share is None or then is None or share.change is not None or share.earlier is not None or then.whole is not None \
                or then.value == share.value:  # (比去年同期的389.6亿元增长31.6%,占…的39.9%: one share, read by both)
            return None
        if self.doc_facts[then.value].form != "percent" or (then.of and then.of != share.of):
            return None
        return share.model_copy(update={"earlier": then.value, "change": then.change, "direction": then.direction})

    def _figure_named_by(self, rate: Statement, base) -> tuple[int, Statement] | None:
        """The latest figure of the paragraph, of the base's kind and unit and without a change, that a
        rate standing alone names by its very metric, else by the metric it opens (保税物流增长19.6%,上年同期为
        119.4亿元 after 加工贸易、保税物流…进出口分别为…: 保税物流进出口) or, in its sentence, ends on."""
        named = (rate.metric or "").rsplit("的", 1)[-1]  # 以森林旅游、康养为主的第三产业: 第三产业, described
        if len(named) < 2:
            return None
        paragraph = self.text.rfind("\n", 0, base.start)
        candidates = []  # (not named exactly, position, statement), latest first
        for position in range(len(self.statements) - 2, -1, -1):
            candidate = self.statements[position]
            figure = self.doc_facts[candidate.value]
            if figure.start < paragraph:
                break
            # (玉米…产量1399.8万吨,…产量比上年增长4.3%,上年为1342.1万吨: in the rate's sentence, a metric that ends on it too)
            said = unvoiced(candidate.metric or "")
            if candidate.change is None and same_unit(figure, base) and not self._is_base(candidate) \
                    and (said.startswith(unvoiced(named)) or candidate.sentence == rate.sentence and said.endswith(unvoiced(named))):
                candidates.append((candidate.metric != named, position, candidate))
        if not candidates:  # 分产业看,…第三产业…用电量分别为…。\n第三产业用电量增长11.4%,上年同期为…: named word for word, a paragraph before
            candidates = [
                (False, position, candidate) for position, candidate in enumerate(self.statements[:-1])
                if candidate.metric == named and (candidate.subject == rate.subject or None in (candidate.subject, rate.subject)) and candidate.change is None
                and same_unit(self.doc_facts[candidate.value], base) and not self._is_base(candidate)
            ][-1:]
        return min(candidates, key=lambda c: c[0])[1:] if candidates else None

    def _gap_after_base(self, base: Statement, current: Statement) -> Change | None:
        """The current figure's change with the point gap written after its year-earlier figure, which
        the base's statement took as a change of its own."""
        if base.change is None or current.change is None or current.change.gap is not None:
            return None
        if base.change.gap is not None and base.change.value == current.change.value:
            # 秋粮增长3.2%,上年为1461.9万吨,增幅较夏粮高2.3个百分点: the base read the rate and its gap together
            return current.change.model_copy(update={key: getattr(base.change, key) for key in ("gap", "gap_of", "gap_direction", "gap_to")})
        points, rate = self.doc_facts[base.change.value], self.doc_facts[current.change.value]
        if points.form == "percent" and self.text[points.end : points.end + 1] in (")", "）"):
            # 增速高于全市平均水平(16.9%)6.5个百分点: the base took the other rate; the points follow it
            points = next((f for _, f in self.flat if f.start == points.end + 1 and f.kind == "percent" and f.form == "point"), points)
        first, last = bisect_right(self.flat_starts, self.doc_facts[base.value].end - 1), bisect_right(self.flat_starts, points.start - 1)
        if any(f.kind == "percent" and self._role(f) == "share" for _, f in self.flat[first:last]):
            return None  # 增长2.1%,上年为…;与…的比率为13.6%,…比全省平均水平(13.9%)低0.3个百分点: the share's gap
        gap = _GAP_BEFORE.search(self.text, self._clause_start(points.start), points.start)
        if points.form != "point" or rate.form != "percent" or gap is None or _TIME_WORD.search(gap.group("of") or gap.group("of_after")):
            return None
        # 增速比全省经济增速(5.6%)高5.7个百分点: the other rate, written inside the comparison.
        first, last = bisect_right(self.flat_starts, gap.start() - 1), bisect_right(self.flat_starts, points.start - 1)
        written = next((f for _, f in self.flat[first:last] if f.kind == "percent" and f.form == "percent"), None)
        of = _BRACKETED.sub("", gap.group("of") or gap.group("of_after"))
        written = written or self._rate_in_brackets_after(points) or self._rate_named_after(gap, of, points)  # …,全国为3.9%
        return current.change.model_copy(update={
            "gap": points.id, "gap_of": of,
            "gap_direction": _gap_direction(gap, self.text[self._clause_start(points.start) : gap.start()]),
            "gap_to": written.id if written is not None else None,
        })

    def _listed_after_base(self, value) -> bool:
        """A figure named right after a year-earlier figure of a sentence that opens on a 同期 date in a clause
        of its own (去年同期,全市接待游客444.4万人次、实现旅游收入38.29亿元): a year-earlier figure too."""
        if not self.statements or not self._is_base(self.statements[-1]):
            return False
        base = self.doc_facts[self.statements[-1].value]
        period = self.doc_facts[self.statements[-1].period]
        sentence_start = self.doc.sentences[value.sentence][0]
        opens = self.clauses[bisect_right(self.clause_starts, sentence_start) - 1]
        named = strip_leading(self.text[base.end : value.start].strip(" 、,，"))
        return base.sentence == value.sentence and opens[0] <= period.start < opens[1] \
            and self.text[opens[0] : opens[1]].strip(" ,，") == period.text and len(named) >= 2 and not DELTA_ONLY.fullmatch(named) \
            and not _CHANGE_WORD.search(named)

    def _year_earlier(self, date) -> bool:
        """去年同期, and 上年为1187.8亿元, 去年为158.2亿元, 去年春节档为1.31亿元: a date that gives the figure
        a year before the one in force, for its own clause only (the period in force stays)."""
        if is_last_year(date):
            return True
        if date.kind != "date":
            return False
        if date.text in _LAST_YEAR_WORDS and (_LAST_YEAR_WAS.match(self.text, date.end) or self._last_year_aside(date)):
            return True
        # 11月完成…88.7万标箱;去年11月为80.9万标箱: the period in force, a year before
        if date.text.startswith(("去年", "上年")) and self.period is not None and date.text[2:] == self.period.text \
                and _LAST_YEAR_WAS.match(self.text, date.end):
            return True
        if self._month_before(date):
            return True
        # (2025年为1636.8亿元) in a report on 2026: the year before the one in force, in brackets
        in_force = self.period and (self.period.year or (self.period.resolved.end.year if self.period.resolved else None))
        year_before = bool(in_force) and date.text.endswith("年") and date.year == in_force - 1
        if year_before and self.text[date.start - 1 : date.start] in ("(", "（") and _WAS_FIGURE.match(self.text, date.end):
            return True
        # 流动人口为98.64万人,2020年为86.27万人,五年间增加…: a year written alone in a clause after a figure of its sentence,
        # before the one in force (or, with none, before the last whole year of the report), the level back then
        latest = in_force or (self.doc.published.year - 1 if self.doc.published else None)
        return bool(latest) and _BARE_YEAR.fullmatch(date.text) is not None and date.year < latest \
            and self.text[date.start - 1 : date.start] in (",", "，") and bool(_WAS_FIGURE.match(self.text, date.end)) \
            and any(fact.kind != "date" for _, fact in self.flat[self._sentence_facts_before(date)])

    def _month_before(self, date) -> bool:
        """10月单月开行158列,9月为146列,环比增长8.2%: a month alone, in a clause after a comma, the month before the one
        month in force, naming the level a 环比 rate after it is from."""
        in_force = self.period.resolved if self.period is not None and self.period.kind == "date" else None
        own = date.resolved
        if in_force is None or own is None or not _MONTH_ALONE.fullmatch(date.text) or self.text[date.start - 1 : date.start] not in (",", "，"):
            return False
        one_month = (in_force.start.year, in_force.start.month) == (in_force.end.year, in_force.end.month)
        before = (own.end.year * 12 + own.end.month) == (in_force.end.year * 12 + in_force.end.month) - 1
        was = _LAST_YEAR_WAS.match(self.text, date.end)
        return one_month and before and was is not None and _MONTH_ON_MONTH_NEXT.match(self.text, was.end()) is not None

    def _from_the_year_start(self, level: Statement, current: Statement) -> bool:
        """截至10月底…218家,…上年末为187家,同比增长12.1%: a level the stock started the year from, against a stock at the
        end of an earlier month than December, which a 同比 rate compares with the same month a year before."""
        if level.period is None or self.doc_facts[level.period].text not in _YEAR_START_LEVEL or current.period is None:
            return False
        resolved = self.doc_facts[current.period].resolved
        return resolved is not None and resolved.end.month != 12

    def _last_year_aside(self, date) -> bool:
        """(上年271.3亿元), 较上年(6.09亿美元)增长: the level a year before, in brackets; …增幅为12.4%,上年完成投资60.83亿元:
        in a clause after a comma that opens on the year before and names its level."""
        before = self.text[date.start - 1 : date.start]
        if before in ("(", "（") and _FIGURE_NEXT.match(self.text, date.end) or _FIGURE_IN_BRACKETS_NEXT.match(self.text, date.end):
            return True
        then = _NAMED_FIGURE_NEXT.match(self.text, date.end) if before in (",", "，") else None
        at = bisect_right(self.flat_starts, date.end)
        return then is not None and any(f.start == then.end() - 1 and f.kind in LEVEL_KINDS for _, f in self.flat[at : at + 2])

    def _written_as_delta(self, statement: Statement) -> bool:
        """增长18.7%,净增1006架次: a figure whose clause writes it as an increase alone."""
        value = self.doc_facts[statement.value]
        return bool(DELTA_ONLY.fullmatch(strip_leading(self.text[self._clause_start(value.start) : value.start].strip())))

    def _is_base(self, statement: Statement) -> bool:
        """A year-earlier figure, read as such by `_as_base` (its period is 去年同期)."""
        return statement.period is not None and self._year_earlier(self.doc_facts[statement.period])

    def _is_stock(self, statement: Statement) -> bool:
        """A figure at a point in time (截至10月底, 年末), not over a span."""
        return statement.period is not None and at_an_end(self.doc_facts[statement.period])

    def _listed_in_time(self, whole: Statement, part) -> bool:
        """One of the periods listed in a sentence before the part's (一季度…、二季度…、四季度11.1亿元), when the part's
        sentence names no time of its own."""
        whole = next((s for s in self.statements if s.id == whole.id), whole)  # (as linked since it was read)
        if whole.period is None or whole.sentence >= part.sentence:
            return False
        figure, period = self.doc_facts[whole.value], self.doc_facts[whole.period]
        listed = any(
            s.id != whole.id and s.sentence == whole.sentence and s.period is not None
            and same_unit(self.doc_facts[s.value], figure) and periods_differ(self.doc_facts[s.period], period)
            for s in self.statements
        )
        return listed and not any(f.kind == "date" and f.sentence == part.sentence and f.start < part.start for f in self.doc_facts.values())

    @staticmethod
    def _averaged(metric_text: str, value) -> bool:
        """An average is the whole of no 其中 parts, but an amount per head is of its kinds per head
        (人均可支配收入24386元。其中,工资性收入11262元、…)."""
        cue = AVERAGE_CUE.search(metric_text)
        return cue is not None and not (cue.group() == "人均" and value.kind == "money")

    def _may_break_down(self, whole: Statement, part, metric: str | None) -> bool:
        """每千人口床位 is no whole. An amount per head is the whole of smaller kinds per head (人均可支配收入24386元。
        其中,工资性收入11262元), not of the average of a group of people (其中城镇居民人均可支配收入59318元)."""
        if not _PER_POPULATION.search(whole.metric or ""):
            return True
        value = self.doc_facts[whole.value]
        return value.kind == "money" and not _GROUP_OF_PEOPLE.search(metric or "") and None not in (value.value, part.value) \
            and part.value < value.value

    def _whole_of_the_list(self, part, whole):
        """其中,欧洲52个、北美39个、东南亚24个、其他地区12个: a later member of a list joined by 、 is a part of the first
        members' whole (海外仓127个), larger than it too, not of a smaller figure written after that one (28个国家和地区)."""
        before = self.statements[-1] if self.statements else None
        if whole is None or before is None or before.part_of in (None, whole.id) or self.doc_facts[before.value].sentence != part.sentence \
                or not _JOINED_MEMBER.fullmatch(self.text, self.doc_facts[before.value].end, part.start):
            return whole
        first = next((s for s in self.statements if s.id == before.part_of), None)
        figure = self.doc_facts[first.value] if first is not None else None
        larger = figure is not None and same_unit(figure, part) and None not in (figure.value, part.value) and figure.value > part.value
        return first if larger else whole

    def _whole_of(self, part, metric: str | None, names_a_total: bool = False):
        """The latest figure of the paragraph that a 其中 part can belong to: same kind and currency, larger,
        of the same measure (no revenue under a profit); one of the very metric first (其中Q2归母净利润
        after 归母净利润 and 扣非后归母净利润). When none is larger, the latest figure of the part's sentence
        (or the one before) and unit that the part exceeds by less than 30% (销量22772台,其中内销23276台): a
        part written larger than its whole is a mistake to show, not a reason to leave it unlinked."""
        # 共安排重大项目128个,年度计划投资227亿元,其中续建项目46个: in the sentence of the amount, a count's
        # whole may be the count of the amount's set.
        # (全县实施重点项目142个,完成投资186.3亿元…。其中,工业项目68个、…: so in a 其中 list right after it)
        sentence_start, sentence_end = self.doc.sentences[part.sentence]
        opens_on_parts = self.text.startswith("其中", sentence_start) and "、" in self.text[sentence_start:sentence_end]

        def figure(whole):
            near = whole.sentence == part.sentence or opens_on_parts and whole.sentence == part.sentence - 1
            return whole_figure(whole, part, self.doc_facts) if near else self.doc_facts[whole.value]

        listed = self._closed_list(part, metric)
        # (其中龙头企业38家、农民合作社612家、家庭农场776家: a member listed after the 其中 is no whole of the next)
        opening = self.text.rfind("其中", sentence_start, part.start)
        if opening >= 0 and part.kind == "count" and _REACHED.match(self.text, self._clause_start(part.start)):
            between = [f for f in self.doc_facts.values() if opening < f.start < part.start and f.kind in LEVEL_KINDS]
            if between and not any(same_unit(f, part) for f in between):
                return None  # 其中研发补助9240万元,惠及154家企业: whom a part reached, no part of a count before

        def listed_before(whole) -> bool:
            figure_of = self.doc_facts[whole.value]
            return opening < figure_of.start and bool(_JOINED_MEMBER.fullmatch(self.text, figure_of.end, part.start))
        # (综合产值31.8亿元,…,2025年为28.2亿元。其中,…: the level of the year before the period in force is no whole)
        wholes = [whole for whole in self.wholes if whole.id not in listed and self._may_break_down(whole, part, metric)
                  and not (whole.period and self.period is not None and a_year_before(self.doc_facts[whole.period], self.period))
                  and not (opening >= 0 and listed_before(whole))]
        larger = [
            whole for whole in reversed(wholes)
            if alike(value := figure(whole), part) and value.value is not None and part.value is not None
            and value.value > part.value and not other_measures(whole.metric, metric)
            and (part.kind != "count" or same_unit(value, part))  # 国内航线12条 is no part of 国内航线1418.7万人次
            and not _WHOLE_OF_A_SHARE.match(self.text, value.end)  # 覆盖常住人口812.4万人的98.3%,其中…: of 持卡人数
            and not _DESCRIBES_NAME_AFTER.match(self.text, value.end)  # 其中,总投资186.4亿元、…的青潭河引调水工程…
        ]
        if larger and self._listed_in_time(larger[0], part):
            # 全年…31.6亿元;分季度看,一季度5.2亿元…四季度11.1亿元。其中公共数据…9.5亿元: the total of the periods
            # listed, when the 其中 sentence names no time of its own, before the last of them
            total = next((w for w in larger[1:] if w.sentence == larger[0].sentence and figure(w).value > figure(larger[0]).value
                          and not self._listed_in_time(w, part)), None)
            larger = [total, *(w for w in larger if w is not total)] if total is not None else larger
        same_metric = next((whole for whole in larger if metric and whole.metric == metric), None)
        if same_metric is not None and larger[0].sentence == part.sentence > same_metric.sentence:
            same_metric = None  # 新开工项目中,…基础设施类39个…。…共有96个项目竣工,其中…基础设施类23个: a parallel list's member
        named = self._named_by_sentence(part)
        if same_metric is None and named:  # 居民生活用电增长9.2%,其中城镇居民41.27亿千瓦时: the named figure's parts
            # 第二产业1786.4亿千瓦时…。第二产业用电量占全社会用电量的62.4%,其中工业用电量…: named at more length
            same_metric = next((
                whole for whole in larger
                if (named in (whole.metric or "") or (len(whole.metric or "") >= 2 and named.startswith(whole.metric)))
                and self.doc_facts[whole.value].sentence < part.sentence
            ), None)
        if same_metric is None and larger and larger[0].sentence != part.sentence and same_unit(figure(larger[0]), part) \
                and not share_a_word(larger[0].metric, metric):
            # 政府债务余额1286.74亿元,低于限额1418.6亿元。其中一般债务412.38亿元: a 其中 opening its sentence is of the
            # figure before whose name the part shares (债务), not of the latest larger one it was compared with.
            same_metric = next((whole for whole in larger if share_a_word(whole.metric, metric)), None)
        if same_metric is None and len(larger) > 1:
            same_metric = self._named_by_opening(part, larger)
        if same_metric is None and larger and larger[0].sentence < part.sentence:
            # 跨境电商进出口额42.6亿元,…,其中出口44.8亿元: the figure its sentence breaks down right there, written
            # smaller than the part, before a larger one of a sentence before
            same_metric = self._broken_down_right_before(part, wholes, figure)
        if same_metric is not None or larger:
            return same_metric or larger[0]
        if names_a_total:
            return None  # 其中制造业项目15个…,合同外资总额3.42亿美元: a total of its own, no part written too large
        # 合同543.7亿元,占57.7%。其中,技术交易额621.8亿元,占成交额的66.0%: a part that names its whole, not by the
        # figure's name, is no part written too large of it when a larger figure has that name, or when the part
        # has it itself (控制在省核定限额1218亿元以内,占限额的92.5%: the figure the share names).
        named_whole = _SHARE_NAMED.match(self.text, part.end, self.doc.sentences[part.sentence][1])
        named = named_whole.group("of") if named_whole else None
        named_larger = named is not None and any(
            share_a_word(named, s.metric) and same_unit(self.doc_facts[s.value], part)
            and None not in (self.doc_facts[s.value].value, part.value) and self.doc_facts[s.value].value > part.value
            for s in self.statements
        )
        for whole in reversed(wholes):
            value = figure(whole)  # (发放贷款1.38万笔、68.6亿元;其中首套1.51万笔: the count of the amount's set)
            if whole.sentence >= part.sentence - 1 and same_unit(value, part) and value.value and part.value is not None:
                too_large = part.value > value.value * OVERSHOOT or other_measures(whole.metric, metric) \
                    or named is not None and (named_larger or share_a_word(named, metric)) and not share_a_word(named, whole.metric)
                return None if too_large else whole
        return None

    def _broken_down_right_before(self, part, wholes: list[Statement], figure) -> Statement | None:
        """The latest whole of the part's sentence, of its unit, that a 其中 after it breaks down and the part
        exceeds by less than 30%."""
        whole = next((w for w in reversed(wholes) if w.sentence == part.sentence and self.doc_facts[w.value].end <= part.start), None)
        value = figure(whole) if whole is not None else None
        if value is None or not same_unit(value, part) or None in (value.value, part.value) or part.value > value.value * OVERSHOOT \
                or AVERAGED_NAME.search(whole.metric or ""):  # (月均…103.7万标准箱,其中10月份单月…: no total)
            return None
        # (其中各级财政补贴1.62亿元,占75.0%,全年理赔8632万元: the list ends at the clause's end)
        opening = self.text.rfind("其中", value.end, part.start)
        return whole if opening >= 0 and not CLAUSE_BREAK.search(self.text, opening, part.start) else None

    def _counted_list_whole(self, value, start: int) -> Statement | None:
        """“新三样”产品出口126.4亿元,…,三类产品分别出口45.2亿元、52.7亿元和28.5亿元: a list its clause counts (三类…
        分别) breaks down the figure of its unit written last before the clause, in its sentence, when larger."""
        if not _COUNTED_LIST.match(self.text, start, value.start):
            return None
        before = next((s for s in reversed(self.statements) if self.doc_facts[s.value].end <= start and not self._is_base(s)), None)
        if before is None or before.sentence != value.sentence:
            return None
        figure = self.doc_facts[before.value]
        fits = same_unit(figure, value) and None not in (figure.value, value.value) and figure.value > value.value
        return before if fits else None

    def _of_a_set_counted_alone(self, value, whole: Statement, count: str | None) -> bool:
        """亿元以上项目23个,…;其中10亿元以上项目6个,合计投资92.8亿元: the amount of a counted 其中 set after a set
        that its sentence counts with no amount is of that set, whose amount is not written; no part of an
        earlier figure."""
        last = self.statements[-1] if self.statements else None
        return value.kind != "count" and count is not None and last is not None and last.sentence == value.sentence \
            and whole.sentence < value.sentence and last.count is None and whole.id != last.id \
            and same_unit(self.doc_facts[last.value], self.doc_facts[count])

    def _told_before(self, whole: Statement, value) -> bool:
        """Whether parts of the whole, of the value's unit, written before a 其中 or a clause break that opens the
        value's clause, add up to it exactly (其中新开工项目31个、续建项目45个,已竣工投产项目18个 of 76个: what
        the whole's members did, not a third member)."""
        figure = self.doc_facts[whole.value]
        parts = [self.doc_facts[s.value] for s in self.statements if s.part_of == whole.id and same_unit(self.doc_facts[s.value], value)]
        if len(parts) < 2 or not same_unit(figure, value) or figure.value is None or any(p.value is None or p.qualifier != "=" for p in parts):
            return False
        cue = _PARTS_CUE.search(self.text, parts[-1].end, value.start) or CLAUSE_BREAK.search(self.text, parts[-1].end, value.start)
        return cue is not None and sum(p.value for p in parts) == figure.value

    def _named_by_what_it_did(self, whole: Statement, value, named_as: str) -> bool:
        """其中中小微企业2518家,占近九成,首次获得质押贷款的企业1127家: a part named by a clause of what its members did
        (…的企业), after parts of the same whole in its sentence named by their kind alone (中小微企业), is the whole cut
        another way: the two overlap."""
        clause, of, head = named_as.rpartition("的")
        earlier = [s.metric or "" for s in self.statements if s.part_of == whole.id and s.sentence == value.sentence]
        return bool(of) and len(clause) >= 2 and len(head) >= 2 and bool(earlier) \
            and all("的" not in name and name.endswith(head) for name in earlier)

    def _closed_list(self, part, metric: str | None) -> set[str]:
        """The members of the list a semicolon closed just before a 其中 part, named unlike it: 欧洲97个、…、其他地区
        30个;其中省级公共海外仓46个 is a part of the whole they break down, by another criterion."""
        last = self.statements[-1] if self.statements else None
        if last is None or not SEMICOLON.search(self.text, self.doc_facts[last.value].end, part.start):
            return set()
        group = next((g for g in self.groups if any(s.id == last.id for s in g)), [])
        return {s.id for s in group if not share_a_word(s.metric or "", metric or "")}

    def _past_listed_members(self, value, metric: str | None, metric_text: str) -> bool:
        """分执行主体看,企业、科研机构和高等学校分别投入…;基础研究经费10.3亿元: past a semicolon, a figure named unlike
        every member that a 分别 list of its sentence named is no further member of the breakdown (the rest, 其余…,
        and a place are)."""
        sentence, names = self.listed_names
        if _REMAINDER.match(metric_text.strip(" ,，;；")) or opens_on_place(metric):
            return False  # 汀湖区、凤屿区分别接待…;青岙区97.36万人次: places named one by one
        last = self.statements[-1] if self.statements else None
        if sentence != value.sentence or last is None or not SEMICOLON.search(self.text, self.doc_facts[last.value].end, value.start):
            return False
        return not any(share_a_word(name, metric or "") for name in names)

    def _drop_bound_restated(self, value) -> None:
        """其中松亭县突破200家,达到207家: the bound before the exact figure is the same part, written twice."""
        before = self.statements[-1] if self.statements else None
        bound = self.doc_facts[before.value] if before is not None else None
        if bound is not None and bound.qualifier != "=" and before.part_of and same_unit(bound, value) \
                and _RESTATED.fullmatch(self.text, bound.end, value.start):
            self.statements[-1] = before.model_copy(update={"part_of": None})

    def _place_among_categories(self, whole: Statement, metric: str | None, value) -> bool:
        """国家级公益林1426万亩、省级公益林1154万亩。…其中栖梧县公益林312.5万亩: a part named by a place, under a whole
        whose parts of an earlier sentence name none, is of another breakdown (by place, not by category)."""
        if not opens_on_place(metric):
            return False
        parts = [s for s in self.statements if s.part_of == whole.id]
        return bool(parts) and all(s.sentence < value.sentence and not opens_on_place(s.metric) for s in parts)

    def _rate_of_another(self, current: Statement, figure, base) -> bool:
        """海洋捕捞产量比上年的145.83万吨下降3.1%;远洋渔业产量增长8.0%(上年为24.51万吨): the rate right before
        the earlier level is no rate of the current figure, so the level is another figure's, unwritten."""
        linked = {current.change.value if current.change else None, current.share.value if current.share else None}
        rates = [f for f in self.doc_facts.values() if f.kind == "percent" and figure.end <= f.start and f.end <= base.start and f.direction]
        return bool(rates) and max(rates, key=lambda f: f.start).id not in linked and _CLAUSE_OPENS_NAME.search(self.text, figure.end, base.start) is not None

    def _named_by_opening(self, part, larger: list):
        """实施农村供水保障工程二十八处,其中衔接资金0.52亿元: the figure of an earlier sentence that the words before
        其中 (in its sentence, past a semicolon) name most (农村供水项目完成投资, not the latest 人居环境等其他项目完成
        投资), when no figure of the part's kind comes before it there; None if none or two are named alike."""
        start = self.doc.sentences[part.sentence][0]
        cue = self.text.rfind("其中", start, part.start)
        if cue < 0:
            return None
        start = max(start, self.text.rfind("；", start, cue) + 1, self.text.rfind(";", start, cue) + 1)  # (…,平均每公里140.0万元;实施…)
        between = self.flat[bisect_right(self.flat_starts, start - 1) : bisect_right(self.flat_starts, cue - 1)]
        if any(f.kind == part.kind for _, f in between):
            return None
        words = two_char_words(self.text[start:cue])
        shared = {whole.id: len(words & two_char_words(whole.metric)) for whole in larger if whole.sentence < part.sentence}
        most = max(shared.values(), default=0)
        named = [whole for whole in larger if shared.get(whole.id) == most]
        return named[0] if most >= 2 and len(named) == 1 else None

    def _named_by_sentence(self, part) -> str | None:
        """The name a sentence opens on when its first clause states a rate of it and no figure before the
        part (居民生活用电增长9.2%（去年同期为55.35亿千瓦时）,其中…): the metric whose parts follow."""
        start = self.doc.sentences[part.sentence][0]
        cue = self.text.rfind("其中", start, part.start)
        if cue < 0 or any(start <= s.start < cue and s.kind == part.kind and not _BRACKETED_BEFORE.search(self.text, start, s.start) for s in self.doc_facts.values()):
            return None
        match = _NAME_THEN_RATE.match(self.text, start)
        return strip_leading(match.group(1)) if match else None

    def _smaller(self, whole: Statement, part) -> bool:
        """Whether a figure is smaller than a part read under it (合同543.7亿元。其中,技术交易额621.8亿元)."""
        figure = self.doc_facts[whole.value]
        return None not in (figure.value, part.value) and figure.value < part.value

    def _region_in_brackets_after(self, share, of: str | None):
        """占全区的63.1%(全区为612.3亿元): the region's figure written in brackets right after its share."""
        written = _REGION_WAS.match(self.text, share.end)
        if written is None or not of or not of.startswith(written.group("region")):
            return None
        at = bisect_right(self.flat_starts, written.end() - 1)
        return self.flat[at][1] if at < len(self.flat) and self.flat[at][1].start == written.end() else None

    def _counted_within(self, value):
        """全省9846个建制村中,已有9712个实现…; 八十六个县(市、区)中建成…中心79个: a count followed by its
        set's name and 中 counts the set the next count of its unit is counted within."""
        before = self.statements[-1] if self.statements else None
        figure = self.doc_facts[before.value] if before is not None else None
        if figure is None or figure.kind != "count" or figure.sentence != value.sentence or not same_unit(figure, value) \
                or None in (figure.value, value.value) or figure.value * OVERSHOOT <= value.value or self._is_base(before):
            return None
        return before if _COUNTED_SET_AFTER.match(self.text, figure.end, value.start) else None

    def _rest_of_set(self, value, written_before: str):
        """落地项目中已开工二百二十一个,其余15个正在开展前期工作: the rest, in the sentence of a figure counted
        within a set, is the set's other members; with it the set is all told and must add up."""
        whole, sentence, first = self.set_members
        if sentence != value.sentence or not _REST_OF_SET.match(written_before.strip(" ,，;；")) or not same_unit(self.doc_facts[whole.value], value):
            return None
        self.set_members = None
        # 186场展览中,专业展128场,消费展41场,其余17场: the members named between are the set's too
        for at in range(first + 1, len(self.statements)):
            member = self.statements[at]
            if member.part_of is None and same_unit(self.doc_facts[member.value], value) and not self._is_base(member) \
                    and not self._earlier_level(self.doc_facts[member.value]):
                self.statements[at] = member.model_copy(update={"part_of": whole.id})
        at = next(i for i, s in enumerate(self.statements) if s.id == whole.id)
        self.statements[at] = self.statements[at].model_copy(update={"exhaustive": True})
        return self.statements[at]

    def _listed_in_set(self, value, left: int):
        """187家规上工业企业中,装备制造68家、新材料45家、…: a member listed right after the one counted within a
        set (、 between them, a name alone before it) is the set's too."""
        whole, sentence, _ = self.set_members
        last = self.statements[-1] if self.statements else None
        figure = self.doc_facts[whole.value]
        # (a member a little above the set, 87个平台中,国家级5个、省级103个, is the very mistake to show)
        if last is None or last.part_of != whole.id or sentence != value.sentence or not same_unit(figure, value) \
                or None in (figure.value, value.value) or value.value > figure.value * OVERSHOOT:
            return None
        between = self.text[self.doc_facts[last.value].end : value.start]
        if _LISTED_NAME.fullmatch(between):
            return whole
        # 100家企业中,营业收入超过1000亿元的1家,500亿元至1000亿元的1家…: size classes, each named by an amount
        sized = any(f.kind == "money" and self.doc_facts[last.value].end <= f.start and f.end <= value.start for f in self.doc_facts.values())
        return whole if sized and _SIZE_CLASS_NAMED.fullmatch(between) else None

    def _set_named(self, index: int, value):
        """外贸航线中通达共建国家的96条, 信息技术服务收入中,云计算…426.83亿元: a clause (or the clause before,
        ending in 中) that opens on a set and 中 names the set the figure is counted within, the latest
        figure of the paragraph of that very metric, of the figure's unit and larger."""
        start, _ = self.clauses[index]
        opening = _SET_WITHIN.match(strip_leading(self.text[start : value.start].strip()))
        if opening is None and index > 0 and not self.by_clause[index - 1] and self.text[start - 1] in ",，":
            before_start, before_end = self.clauses[index - 1]
            opening = _SET_WITHIN.fullmatch(strip_leading(self.text[before_start : before_end - 1].strip()))
        if opening is None:
            return None
        paragraph = self.text.rfind("\n", 0, value.start)
        for earlier in reversed(self.statements):
            figure = self.doc_facts[earlier.value]
            # (新设外商投资企业中,制造业47家 two paragraphs after 全市新设外商投资企业168家: that very name, in the body)
            exact = figure.start < paragraph and earlier.sentence > 0 and same_words(earlier.metric or "") == same_words(opening.group("set"))
            if figure.start < paragraph and not exact:
                continue
            latter = opening.group("set") == "后者"  # 市县及社会投入235.3亿元,后者中社会资本…128.5亿元: the figure just before
            if (latter or names_the_set(earlier.metric, opening.group("set"))) and same_unit(figure, value) and None not in (figure.value, value.value) \
                    and figure.value > value.value and not self._is_base(earlier) and not self._earlier_level(figure) \
                    and not (is_last_year_figure(earlier, self.doc_facts) and (self.period is None or not self.period.text.startswith(YEAR_BEFORE_WORDS))) \
                    and not (earlier.period is not None and self.period is not None and a_year_before(self.doc_facts[earlier.period], self.period)):
                return earlier  # (上年末公共充电桩为3.34万台, 2024年…1629家 are no set of this year's 公共充电桩中…, nor of an undated one)
            if latter and same_unit(figure, value):
                return None
        return None

    def _thing_measured_before(self, value, metric: str) -> str | None:
        """A clause named by one bare measure (产量) right after a figure of its sentence in another unit whose
        name is a thing and a measure of it (小麦 播种面积): the thing, which the measure is of too."""
        if not self.statements:
            return None
        before = self.statements[-1]
        figure = self.doc_facts[before.value]
        if figure.sentence != value.sentence or same_unit(figure, value) or not before.metric:
            return None
        import jieba

        named, own = jieba.lcut(before.metric, HMM=False), jieba.lcut(metric, HMM=False)
        tags = word_tags()
        nouns = len(named) == 2 and len(own) == 1 and not set(own[0]) & set(named[1])  # 人民币存款…,外币存款: a name of its own
        return named[0] if nouns and all(tags.get(word, "").startswith("n") for word in (*named, *own)) else None

    def _paid_for(self, value, clause_end: int) -> str | None:
        """The deal after 以Y (以9.73亿元竞得…工业用地), when the clause gives one of a readable length."""
        deal = _TRAILING.sub("", self.text[value.end : clause_end].rstrip(",;:.，；：。！？!?\n"))
        return deal if 2 <= len(deal) <= 30 else None

    def _counted_metric(self, value, clause_end: int) -> str | None:
        """10多个项目签约: a count whose object follows it is measured by what follows (项目签约)."""
        if value.kind != "count" or not value.object:
            return None
        ranked = _RANK_BEFORE_OBJECT.match(self.text, value.end)  # 50多家世界500强企业
        if not self.text.startswith(value.object, ranked.end() if ranked else value.end):
            return None
        after = _TRAILING.sub("", self.text[value.end : clause_end].rstrip(",;:.，；：。！？!?\n"))
        return after if len(after) <= 8 else value.object

    def _previous_metric(self, value) -> str | None:
        """The metric of the figure before, in this paragraph, when it is of the same kind and unit; after a
        count of members, the set it counts (营业收入超百亿元的企业6家,合计1402.5亿元)."""
        summed = _SUM_OVER_COUNTED.search(self.text, max(0, value.start - 8), value.start)
        clause = bisect_right(self.clause_starts, summed.start() - 1) - 1 if summed else None
        # (分别完成144.2万标箱和208.4万标箱,合计352.6万标箱: a member of the sum, no count of members)
        counted = summed and next((f for f in self.by_clause[clause] if f.kind == "count" and f.end == summed.start() and not same_unit(f, value)), None)
        if counted:
            return strip_leading(self.text[self._clause_start(counted.start) : counted.start].strip()) or None
        if summed and self.statements and self.list_named and self.statements[-1].value == self.list_named[0]:
            return self.list_named[1]
        if summed:  # 国内游客4815.3万人次、入境游客47.4万人次,合计…: what the members are (游客), not the last member
            members = [s.metric or "" for s in self.statements if s.sentence == value.sentence and same_unit(self.doc_facts[s.value], value)]
            common = commonprefix([metric[::-1] for metric in members])[::-1] if len(members) > 1 else ""
            return common if len(common) >= 2 else None  # (脱贫户…、监测对象…,合计2.14万户: none)
        for earlier in reversed(self.statements):
            fact = self.doc_facts[earlier.value]
            if "\n" in self.text[fact.end : value.start]:
                return None
            # (次均住院费用12712元,比上年的13186元下降474元: but the average's own earlier level, right after it)
            if AVERAGE_CUE.match(earlier.metric or "") and not (self._earlier_level(value) and earlier is self.statements[-1]):
                continue  # 平均每条948.9亿元;…分别为2318.6亿元: an average names no figure after it
            if fact.kind == value.kind and getattr(fact, "currency", None) == getattr(value, "currency", None):
                return earlier.metric
        return None

    def _is_basis(self, date) -> bool:
        """比上年, 较去年, 与上年相比: the date a change is measured from, not the period of a figure."""
        if _FIGURE_AFTER_DE.match(self.text, date.end):
            return False  # 与上年的12,326.8亿元相比: the period of the figure it introduces (not 比1-2月的降幅)
        return bool(_BASIS_BEFORE.search(self.text, max(0, date.start - 2), date.start))

    def _values(self, index: int) -> list:
        """The values of a clause, read once: the clauses before it ask whether it has any."""
        values = self.values_of.get(index)
        if values is None:
            values = self.values_of[index] = [f for f in self.by_clause[index] if self._is_value(f)]
        return values

    def _after_dates(self, start: int, facts: list, value) -> int:
        """Where the metric of the first value starts: after a date or threshold that opens the clause."""
        left = start
        for fact in facts:
            if fact.start >= value.start:
                break
            # (弃光率由上年的3.5%降至2.6%: a time moved from, after the name, opens no clause)
            if fact.kind == "date" and fact.start - left <= 4 and not _moved_from_after_name(self.text, left, fact):
                left = fact.end
        return left

    def _each(self, start: int, values: list) -> list[str] | None:
        """A、B分别为Y1、Y2: the metric of each value, the listed names joined to what follows 分别."""
        if counted := self._names_after_counts(values):
            # 3个A、6个B和9个C分别实现进出口Y1、Y2和Y3: each count is of its name, each value of its name and verb
            items, verb = counted
            return items + [item + verb for item in items]
        head = self.text[start : values[0].start] if values else ""
        if len(values) < 2 or _EACH_CUE not in head:
            return None
        names, _, verb = head.partition(_EACH_CUE)
        half = len(values) // 2
        if len(values) % 2 == 0 and half >= 2 and _CHANGED_TO.fullmatch(self.text[values[half - 1].end : values[half].start].strip(",，")) \
                and len(_listed_items(names, half)) == half:
            # 城市和农村低保标准分别由每人每月910元、705元提高到960元、760元: the levels before, then the levels now
            before = self._each(start, values[:half])
            return before + before if before else None
        # (小麦、大麦、豆类和马铃薯(折粮)产量分别为…: an aside is no part of a name)
        names = _BRACKETED.sub("", names)
        grouped = _without_group_counted(names, len(values))
        items = _listed_items(grouped, len(values))
        verb = _TRAILING.sub("", verb)
        if len(items) == 1 and len(values) == 2 and (pair := _split_pair(names)):
            return [item + verb for item in pair]  # 汽车产销分别完成…: 汽车产量, 汽车销量
        sentence, before = self.listed_names
        if len(items) == 1 and sentence == values[0].sentence and len(before) == len(values):
            # A、B、C和D项目分别为112个、…,投资额分别为1126.8亿元、…: the names of the list before
            return [item + strip_leading(names.strip()) + verb for item in before]
        unnamed = not strip_leading(names).strip(" ,，")  # 分别 opens the clause: the names are after it, or before it
        made = _MADE_OF.search(self.text, max(0, start - 60), start) if unnamed else None
        if made is not None and len(parts := _listed_items(made.group("list"), len(values))) == len(values):
            return parts  # 夜间消费由餐饮、购物和文旅休闲娱乐三部分构成,分别为…: the parts the clause before names
        went = _WENT_BEFORE.search(self.text, max(0, start - 60), start) if unnamed or len(items) == 1 else None
        # (其余21.6亿元来自A和B,分别为…: the parts of the figure the list's clause holds, not of one before it)
        went = None if went is None or any(c.isdigit() for c in self.text[clause_opening(self.text, went.start()) : went.start()]) else went
        if went is not None and len(parts := _listed_items(_without_group_counted(went.group("list"), len(values)), len(values))) == len(values):
            return [went.group("verb") + item for item in parts]
        where = _WHERE_EACH_WENT.match(verb) if unnamed else None
        if where is not None and len(went := _listed_items(where.group("list"), len(values))) == len(values):
            return [where.group("verb") + item for item in went]  # 分别用于产业发展、基础设施建设和就业帮扶1.46亿元、…
        if unnamed and (counted := self._counted_just_before(values)):
            # 产业类项目218个、基础设施类项目104个…,1—11月分别完成投资652.3亿元、…: the sets just counted, each
            return [metric + verb for metric in counted]
        if len(items) != len(values):
            return None
        # 职工医保和居民医保基金收入分别为…,合计1177.64亿元: the total is of all that the list names
        self.list_named = values[-1].id, _TRAILING.sub("", strip_leading(_BRACKETED.sub("", names))) + verb
        import jieba

        # 攀西、川西北经济区: the shared head noun (R&D, 5G: a run of Latin letters and digits is one word)
        tail_words = _latin_runs_joined(jieba.cut(items[-1], HMM=False))
        common = tail_words[-1] if len(tail_words) > 1 else ""
        if len(tail_words) > 2 and (len(tail_words[-2]) == 1 or tail_words[-2].isascii()) and not any(item.endswith((common, tail_words[-2])) for item in items[:-1]):
            # 工业、燃气发电和供热锅炉用气: 用气, not 气 (but 澄阳市和沙渠市: 市; 汽车类、通讯器材类零售额: 零售额, each has 类)
            common = tail_words[-2] + common
        # 寿险、健康险和意外险保费收入: the others end on the kind (险) the last names first, and the two words after it are the
        # head noun of all (保费收入, not 收入)
        kind_at = next((at for at, word in enumerate(tail_words[:-2]) if all(item.endswith(word[-1]) for item in items[:-1])), None)
        if kind_at is not None and kind_at == len(tail_words) - 3:
            common = "".join(tail_words[kind_at + 1 :])
        # 一次性吸纳就业补贴、社会保险补贴、职业培训补贴和创业担保贷款贴息: the others name their own head noun (补贴)
        heads = {words[-1] if len(words := list(jieba.cut(item, HMM=False))) > 1 else "" for item in items[:-1]}
        if len(items) > 2 and len(heads) == 1 and len(head := next(iter(heads))) >= 2 and not items[-1].endswith(head):
            # (非金属矿产、金属矿产和能源矿产采矿权出让收益: what the last says past that head noun, 采矿权出让收益, is all of theirs)
            at = items[-1].rfind(head)
            common = items[-1][at + len(head) :] if at > 0 else ""
        # 化学药、生物药和中药及其他: the rest ends on no head noun of the others; nor does 其他区域 after 开发区, whose
        # kind (区) the others end on (同城、异地和其他业务收入: 业务收入 is the head of all)
        rest_of_a_kind = common and items[-1].removesuffix(common).endswith(_THE_REST) and all(item.endswith(common[0]) for item in items[:-1])
        # (工业互联网及其他领域: the rest, split inside 其他, leaves 他领域, no head noun)
        at = len(items[-1]) - len(common)
        rest_of_a_kind = rest_of_a_kind or bool(common) and items[-1][at - 1 : at + 1] in _THE_REST
        if items[-1].endswith(_THE_REST) or rest_of_a_kind:
            common = ""
        if common and all(item.endswith(common[-1]) and not item.endswith(common) for item in items[:-1]):
            common = ""  # 文化制造业、…和文化服务业: each ends on a head noun of its own kind (业)
        common = _head_after_partition(items) or common  # 城镇和农村居民人均可支配收入: 居民人均可支配收入, not 收入
        if grouped != names:
            # …高端装备、新材料四大主导产业: the group's noun names no item, but the kind of each does (新能源汽车及零部件产业)
            common = kind.group() if (kind := _GROUP_KIND.search(names)) else ""
        self.listed_names = (values[0].sentence, [item.removesuffix(common) if common else item for item in items])
        # (夜间消费额和夜间客流分别为…: an item that ends on a measure of its own takes no head noun of the last)
        return [(item if item.endswith(common) or item.endswith(_OWN_MEASURE) else item + common) + verb for item in items]

    def _names_after_counts(self, values: list) -> tuple[list[str], str] | None:
        """The names of a 分别 list opened by counts, each count before its name, as many as the values after 分别, and
        the verb after 分别 (3个自由贸易试验区片区、6个综合保税区和9个国家级经济技术开发区分别实现进出口712.8亿元、…); or None."""
        counted = len(values) // 2
        if len(values) < 4 or len(values) % 2 or any(v.kind != "count" for v in values[:counted]):
            return None
        gaps = [self.text[a.end : b.start] for a, b in zip(values[:counted], values[1 : counted + 1])]
        listed, last = [_NAME_LISTED.fullmatch(gap) for gap in gaps[:-1]], _NAME_EACH_DID.fullmatch(gaps[-1])
        if not all(listed) or last is None:
            return None
        return [name.group("name") for name in listed] + [last.group("name")], _TRAILING.sub("", last.group("verb"))

    def _counted_just_before(self, values: list) -> list[str]:
        """The names of as many counts as there are values, the last statements of the values' sentence, listed
        one after the other (产业类项目218个、基础设施类项目104个、社会民生类项目64个), or none."""
        last = self.statements[-len(values) :] if len(self.statements) >= len(values) else []
        figures = [self.doc_facts[s.value] for s in last]
        joins = ("、", ",", "，", "和", "及", "与")
        listed = len(last) == len(values) and all(f.kind == "count" and f.sentence == values[0].sentence for f in figures) \
            and all(self.text[a.end : a.end + 1] in joins for a in figures[:-1]) \
            and not SEMICOLON.search(self.text, figures[-1].end, values[0].start)
        # (the values written bare, one unit and another than the counts': 652.3亿元、301.5亿元和129.6亿元)
        if not listed:
            return []
        bare = all(self.text[a.end : b.start] in joins for a, b in zip(values, values[1:])) \
            and len({v.unit if v.kind == "count" else v.kind for v in values}) == 1 and not same_unit(values[0], figures[-1])
        return [s.metric for s in last] if bare and all(s.metric for s in last) else []

    def _metric(self, text: str, index: int) -> tuple[str | None, str | None]:
        # 固定资产投资(不含农户): an aside; 研究与试验发展(R&D)经费: an abbreviation, kept as the name is matched by it
        metric = _TRAILING.sub("", strip_leading(_BRACKETED.sub(_abbreviation_kept, text)))
        if not metric and index > 0:  # 五地…居前五位,合计2173.84亿元: the metric is the clause before
            start, end = self.clauses[index - 1]
            heading = BREAKDOWN_CUE.match(self.text[start:end].strip())  # 从更长的周期看 names nothing
            if not heading and all(f.kind == "date" or self._describes_the_named(f) for f in self.by_clause[index - 1]):
                metric = _TRAILING.sub("", strip_leading(self.text[start:end].rstrip(",，;；")))
        metric = _period_prefix().sub("", metric)
        subject, metric = split_subject(metric)
        metric = strip_leading(metric)
        return (metric or None), subject

    def _describes_the_named(self, fact) -> bool:
        """评价对象为用地5亩以上的工业企业,共2846家: a size class that describes what a clause names, no figure of it."""
        return self.text.startswith("的", fact.end) and not self._reads_as_value(fact)

    def _share_before(self, index: int) -> tuple[str, Share] | None:
        """农产品网络零售额占全县网络零售额的34.4%,为16.74亿元: a clause of a share alone, naming its part, right
        before the clause of a value that names nothing: the value's metric and its share."""
        if index == 0:
            return None
        start, end = self.clauses[index - 1]
        facts = self.by_clause[index - 1]
        if len(facts) != 1 or facts[0].kind != "percent" or facts[0].form != "percent" or self.text[end - 1 : end] not in (",", "，"):
            return None
        share = facts[0]
        named = _SHARE_OF_NAMED.fullmatch(self.text, start, share.start)
        if named is None or any(s.share is not None and s.share.value == share.id for s in self.statements):
            return None
        return LEADING.sub("", named.group("name")), Share(of=named.group("of"), value=share.id)

    def _rates_before(self, index: int) -> tuple[str, list] | None:
        """当月出口下降3.5%,为1.29万亿元: a clause of rates only, right before the clause of a value that
        names no metric of its own, names the value's metric (the words before its first rate, without
        the direction word) and gives the value's rates."""
        if index == 0:
            return None
        start, end = self.clauses[index - 1]
        rates = self.by_clause[index - 1]
        if not rates or any(f.kind != "percent" for f in rates) or self.text[end - 1 : end] not in (",", "，"):
            return None
        named = LEADING.sub("", self.text[start : rates[0].start])
        last = None
        for last in direction_words().finditer(named):
            pass
        if last is None or last.end() != len(named):
            return None  # 占比为23.8%,为…: no change of the value, and nothing that names it
        named = _BASIS.sub("", named[: last.start()])
        named = _ADVERB_TAIL.sub("", named)  # 进口则增长2.4%, 进出口则逆势增长3.2%
        return (named, rates) if _TRAILING.sub("", named) else None

    def _said_again(self, gap: regex.Match, of: str, named_after: regex.Match) -> int | None:
        """How much of the clause after a gap names what the gap is to (`of`) again (上半年 of 增速比上半年加快…,上半年为…),
        by its words or by a date of the same time (前三季度 of 比1—9月加快…,前三季度为6.6%), or None."""
        if named_after.group("of").startswith(of):
            return len(of)
        if of.startswith(named_after.group("of")) and _AVERAGE_LEVEL.fullmatch(of, len(named_after.group("of"))):
            return len(named_after.group("of"))  # 增速比全市平均水平高2.3个百分点,全市为8.6%: the place named without its 平均水平
        if of.startswith(named_after.group("of")) and (_RATE_NOUN_END.fullmatch(of, len(named_after.group("of")))
                                                       or len(named_after.group("of")) >= 4 and named_after.group("of")[:2] in REGIONS):
            # 比全县农村居民人均可支配收入增速高1.7个百分点,全县农村居民人均可支配收入增长6.4% (the figure, without its
            # rate's noun); …高于全县农村居民人均可支配收入增速1.5个百分点,全县农村居民为5.7% (the place's people, for short)
            return len(named_after.group("of"))
        region = _RATE_NOUN_END.sub("", named_after.group("of"))
        if region in REGIONS and of.startswith(region):
            return len(named_after.group("of"))  # 增速比全县规模以上工业高2.6个百分点,全县增速为7.2%: the place's rate, by its noun
        start = named_after.start("of")
        dates = [f for f in self.doc_facts.values() if f.kind == "date" and gap.start() <= f.start and f.end <= gap.end()]
        later = next((f for f in self.doc_facts.values() if f.kind == "date" and f.start == start), None)
        if later is not None and len(dates) == 1 and dates[0].text == of and same_time(dates[0], later):
            return later.end - start
        return None

    def _rate_in_brackets_after(self, points):
        """高于全省税收增速3.8个百分点(全省为增长2.3%): the other rate in brackets right after the points, or None."""
        bracketed = _RATE_IN_BRACKETS.match(self.text, points.end)
        return next((f for f in self.doc_facts.values() if bracketed and f.kind == "percent" and f.start == bracketed.end()), None)

    def _rate_named_after(self, gap: regex.Match, of: str, points):
        """增速比上半年加快0.4个百分点,上半年为增长6.5% (;一季度全县地区生产总值增长5.7%): the other rate in the clause
        right after the points, opening on its name."""
        named_after = _RATE_NAMED_AFTER.match(self.text, points.end)
        said = self._said_again(gap, of, named_after) if named_after else None
        if said is None:
            return None
        # (the words after the name, past a place, name the figure of the gap: 地区生产总值 written before it;
        # 全国同期为6.4%, 全市同期增速为5.5%: the figure's own time and the rate's noun name nothing more)
        rest = OWN_REGION_OPENING.sub("", named_after.group("of")[said:])
        if rest and not _SAME_TIME_RATE.fullmatch(rest) and rest not in self.text[self.doc.sentences[points.sentence][0] : points.start]:
            return None
        return next((f for f in self.doc_facts.values() if f.kind == "percent" and f.form == "percent" and f.start == named_after.end()), None)

    def _rate_of_the_time_named(self, gap: regex.Match):
        """5月份…增长6.2%,6月份增长6.9%,比5月份加快0.7个百分点: the rate written before in the paragraph for the one
        date the gap names (of the same time), when it is the only such rate."""
        dates = [f for f in self.doc_facts.values() if f.kind == "date" and gap.start() <= f.start and f.end <= gap.end()]
        paragraph = self.text.rfind("\n", 0, gap.start())
        if len(dates) != 1 or _YEAR_BEFORE_WORDS.search(dates[0].text):
            return None  # (比去年同期提高0.2个百分点: a level's own change, no gap)
        rates = [
            self.doc_facts[s.change.value] for s in self.statements
            if s.change is not None and s.period is not None and paragraph < self.doc_facts[s.value].start < gap.start()
            and same_time(self.doc_facts[s.period], dates[0]) and self.doc_facts[s.change.value].form == "percent"
        ]
        return rates[0] if len(rates) == 1 else None

    def _with_gap(self, change: Change, fact, gap_words, following: list) -> Change | None:
        """The change with the point gap `fact` to the rate its words name (增速比全国高出7.8个百分点), or None."""
        clause = self.text[self._clause_start(fact.start) : fact.start]
        if "进度" in clause and not _RATE_WORD.search(clause):
            return None  # 投资进度快于时序进度(75%)6.4个百分点: a gap of progress, the completion rate's, not of the growth
        # 占全省的比重比上年的29.7%提高0.7个百分点: the points change a share, no gap between rates
        gap = None if _EARLIER_SHARE_CHANGE.search(clause) else gap_words
        of = gap and CLOSED_BRACKETS.sub("", gap.group("of") or gap.group("of_after"))  # (全市平均水平(5.4%): the rate aside)
        of = of and _RATE_INSIDE.sub("", of)  # (全省规上工业5.9%的增速)
        # 增速比1—9月的5.5%加快0.3个百分点: against the rate written there, of any period.
        written = next((f for f in following if f.kind == "percent" and gap and gap.start() < f.start < fact.start), None)
        # 高于全省税收增速3.8个百分点(全省为增长2.3%): the other rate in brackets right after the points.
        written = written or self._rate_in_brackets_after(fact)
        if written is None and of:
            written = self._rate_named_after(gap, of, fact)
        if written is None and of and _TIME_WORD.search(of):
            written = self._rate_of_the_time_named(gap)
        if written is not None and written.id == change.value:
            return None  # 旅客增速高出全省(7.6%)3.8个百分点: the rate in brackets is the other's; the figure's own is not written
        own = self.doc_facts[change.value]
        if any(f.kind == "percent" and f.form == "percent" and own.end <= f.start < fact.start and f is not written and self._role(f) == "change"
               for f in self.doc_facts.values()):
            return None  # 增长9.6%;国内旅游收入…增长11.5%,高于全国同期8.7%的增速2.8个百分点: the later rate's gap
        if gap is None or (written is None and _TIME_WORD.search(of)):  # 增速比全国高出7.8个百分点: against 全国's rate
            return None
        # (增长7.4%,占…的31.6%,增速高于全省4.5%的平均水平2.9个百分点: a gap that names a rate is the rate's, past
        # a share of the figure's own; 高新区占全市的43.7%,增速高出全市…: a share of another subject's is not its own)
        names_rate = _RATE_WORD.search(self.text, self._clause_start(fact.start), gap.start()) is not None
        if not _TIME_WORD.search(of) and any(
            f.kind == "percent" and f.form == "percent" and own.end <= f.start < gap.start() and self._role(f) != "change"
            and not _COMPARED_WITH.search(self.text, self._clause_start(f.start), f.start) and self.text[f.start - 1 : f.start] not in "(（"
            and not (names_rate and (_SHARE_OPENING.match(self.text, self._clause_start(f.start)) or self._role(f) == "target"))
            for f in self.doc_facts.values()
        ):  # 增长21.3%,研发投入强度达9.5%,比全区3.3%的平均水平高6.2个百分点: the gap of the level between, to another's
            # (增长5.8%,完成年度目标…的104.0%,增速高于全省…2.1个百分点: a completion rate between holds no 增速)
            return None  # (against a level of its own a year before, a later pass gives the points to the level)
        return change.model_copy(update={
            "gap": fact.id, "gap_direction": _gap_direction(gap, self.text[self._clause_start(fact.start) : gap.start()]),
            "gap_of": _ASIDE_OPENING.sub("", self.text[gap.start("of") : written.start]).removesuffix("的")
            if written is not None and gap.group("of") and gap.start() < written.start < fact.start else of,
            "gap_to": written.id if written is not None else None,
        })

    def _statement(self, value, metric, subject, facts, index, values, position, rates_before=()) -> Statement:
        following = self._distributed(index, values, position) or self._distributed_across(index, values) \
            or self._following(index, facts, values, position)
        following = [*rates_before, *following]
        change = share = target = average = named_part = second_target = None
        second_share = False  # 占85.1%,…占社会消费品零售总额的23.2%,提高1.8个百分点: the points after it are its own
        rate_past_share = False  # 完成年度目标…的102.3%,机采率达到84.0%,较上年提高4.4个百分点: the points are the rate's
        for fact in following:
            role = self._role(fact)
            if role is None and share is not None and getattr(fact, "form", None) == "percent" and fact.start > self.doc_facts[share.value].start:
                # (a rate named as a level of its own, not the share a year before: 较上年的31.6%提高9.3个百分点)
                clause = self.text[self._clause_start(fact.start) : fact.start]
                rate_past_share = rate_past_share or bool(_RATE_OF_ITS_OWN.search(clause) and not _COMPARED.search(clause))
            if rate_past_share and role == "change" and fact.form == "point":
                continue
            if second_share and role == "change" and fact.form == "point":
                continue  # (the points after a share of a part of its own change that share)
            gap_words = _GAP_BEFORE.search(self.text, self._clause_start(fact.start), fact.start) if getattr(fact, "form", None) == "point" else None
            if gap_words is None and getattr(fact, "form", None) == "point" and change is not None and share is None \
                    and self.doc_facts[change.value].form == "percent":
                gap_words = _GAP_AFTER_EARLIER_RATE.search(self.text, max(0, fact.start - 40), fact.start)
            rate_after_share = change is not None and share is not None and self.doc_facts[change.value].start > self.doc_facts[share.value].start \
                and gap_words is not None and not _TIME_WORD.search(gap_words.group("of") or gap_words.group("of_after") or "")
            if gap_words and share is not None and not _RATE_WORD.search(self.text, self._clause_start(fact.start), fact.start) and not rate_after_share:
                # 占…的35.2%,较上年的31.5%提高3.7个百分点: the share's change, not a gap of rates (but 占全省的23.2%,
                # 增长12.6%,高于全省平均水平(8.3%)4.3个百分点: the rate's)
                gap_words = None
            if role == "change" and fact.form == "point" and share is not None and share.change is None and not gap_words and fact.start > self.doc_facts[share.value].start \
                    and not second_share:
                # 占全省比重为40.5%,比上年同期提高2.3个百分点: the points change the share
                share = share.model_copy(update={"change": fact.id, "direction": _direction(fact) or self._clause_direction(fact)})
            elif role == "change" and change is None:
                basis = _BASIS.search(self.text, max(0, fact.start - 12), fact.start)
                direction = _direction(fact) or self._clause_direction(fact)  # 分别下降11.4%和0.7%
                change = Change(basis=basis.group() if basis else None, direction=direction, value=fact.id)
            elif role == "change" and change.gap is None and fact.form == "point" and self.doc_facts[change.value].form == "percent":
                change = self._with_gap(change, fact, gap_words, following) or change
            elif role == "change" and gap_words and fact.form == "point" and self.doc_facts[change.value].form == "percent":
                # 增速比上半年(5.5%)加快0.3个百分点,高于全省平均水平(4.6%)1.2个百分点: a second gap, to a rate written
                second = self._with_gap(change, fact, gap_words, following)
                if second is not None and second.gap_to is not None:
                    self.second_gaps.setdefault(change.value, second)
            elif role == "share" and (share is None or self._share_after_completion(value, metric, target, share, fact)) \
                    and not self._share_of_another_measure(value, fact, metric) \
                    and not self._share_of_figures_listed(value, fact, metric) \
                    and not (fact.start > value.end and self._aimed_at(value, fact)) \
                    and not _EARLIER_SHARE.search(self.text, max(0, fact.start - 8), fact.start) \
                    and not _DATED_REFERENCE.search(self.text, self._clause_start(fact.start), fact.start):
                # 占全省的比重比上年的29.7%提高0.7个百分点: the share of the year before, not this year's; 力争到2028年…的比重
                # 达到30%以上: a share aimed at, in a clause of its own, no share of the figure before
                if (other := self._other_subject(value, fact, subject)) is not None:
                    self.shares_of_subjects.append((fact, other, value, subject))  # 杭州一城的贡献占到4.05%
                    continue
                share = Share(of="股权" if STAKE_AFTER.match(self.text, fact.end) else self._share_of(fact), value=fact.id)
                inline = self._money_between(max(value.end, self._clause_start(fact.start)), self._before_aside(fact))
                opening = _SHARE_VERB_BEFORE.search(self.text, self._clause_start(fact.start), fact.start)
                following_figure = next((f for _, f in self.flat[bisect_right(self.flat_starts, value.start) :]), None)
                if following_figure is not None and opening is not None and opening.end() <= value.start and following_figure.end <= fact.start \
                        and same_unit(following_figure, value) and _NAME_BETWEEN.fullmatch(self.text, value.end, following_figure.start):
                    continue  # (服务站286个,覆盖全县17个乡镇312个行政村中的91.7%: a count naming the whole is no part of it)
                if inline is not None and not self._is_value(inline) and same_unit(inline, value):  # 占…总产值4127.6亿元的57.8%
                    share = share.model_copy(update={"whole": inline.id, "whole_by": "metric"})
                elif (after := self._region_in_brackets_after(fact, share.of)) is not None and same_unit(after, value):
                    share = share.model_copy(update={"whole": after.id, "whole_by": "metric"})  # 占全区的63.1%(全区为612.3亿元)
                named_part = self._other_part(value, fact, (metric or "") + (subject or ""))  # 远景动力的投资占四成以上
            elif role == "share" and named_part is not None and share is not None and fact.id != share.value \
                    and (other_named := self._other_part(value, fact, (metric or "") + (subject or ""))) not in (None, named_part):
                # 工业用气占44.8%,城镇燃气占28.3%: each share after the first naming a part of its own goes to that part too
                self.shares_of_parts.append((fact, other_named, value, metric, Share(of=self._share_of(fact), value=fact.id)))
            elif role == "target" and target is None and GOAL_OF_ADDITIONS.search(self.text, value.end, fact.start) and _STOCK_WORD.search(metric or "") \
                    and not self._increase_between(value, fact):
                continue  # 累计建成充电桩12.86万个,…完成全年新增计划4万个的78.0%: the increase's completion, not the stock's
            elif role == "target" and target is None and self._target_of_a_named_figure(value, fact, metric):
                continue  # 新上市9家、退市2家,新上市数完成全年目标15家的60.0%: 新上市's, not 退市's
            elif role == "target" and target is None and self._is_named_goal(value):
                continue  # 年度固定资产投资计划为19500亿元,前三季度完成计划的76.2%: of the figure written before
            elif role == "target" and target is None:
                goal = self._money_between(value.end, fact.start)
                if goal is not None and _EXCESS_BEFORE.search(self.text, max(0, goal.start - 4), goal.start):
                    goal = self._money_between(value.end, goal.start)  # 比目标任务135万人多3.6万人,完成…的102.7%: not the excess
                if goal is not None and (self._earlier_level(goal) or self._aside_closed_before(goal, fact)):
                    goal = None  # 比去年同期的918.6亿元增长13.9%,完成年度计划投资的72.4%: the level before is no goal (nor (上年同期为…))
                if goal is not None and share is not None and share.whole == goal.id and share.of != "目标":
                    goal = None  # 占全市512个城市社区的75.4%,…完成率达107.2%,年度目标为360个: the share's whole is no goal
                goal = goal or (None if self._earlier_level(value) else self._goal_stated_before(value) or self._goal_stated_after(value, fact))
                target = Target(value=goal.id if goal else None, rate=fact.id)
                share = share or Share(of="目标", value=fact.id, whole=goal.id if goal else None, whole_by="target" if goal else None)
            elif role == "target" and target is not None and target.value is not None and second_target is None:
                goal = self._money_between(self.doc_facts[target.rate].end, fact.start)  # 、调整预算54.3亿元的97.3%
                second_target = Target(value=goal.id, rate=fact.id) if goal is not None and not self._earlier_level(goal) else None
            elif role == "average" and average is None and not self._averages_another_measure(fact, metric, value):
                average = fact.id
            if role == "share" and share is not None and share.value != fact.id and not second_share:
                second_share = (of := self._share_of(fact)) is not None and len(of) >= 2 and of != share.of
                # 占80.3%;35岁以下青年人才所占比重为86.4%,比上年提高2.1个百分点: a share naming a part of its own
                second_share = second_share or self._other_part(value, fact, (metric or "") + (subject or "")) is not None
        level_before = bool(self.statements) and self.statements[-1].sentence == value.sentence \
            and not self._names_an_earlier_member(index, [self.doc_facts[s.value] for s in self.statements[:-1] if s.sentence == value.sentence])
        if self._earlier_level(value) and target is not None and level_before:  # 村38个,比上年的29个增加9个,完成年度目标35个的108.6%: 38个's
            target, share = None, share if share is None or share.of != "目标" else None
        if named_part is not None:  # the share, with its point change, goes to the part it names
            if all(given.id != share.value for given, *_ in self.shares_of_parts):  # (once: not again for 比上年的…)
                self.shares_of_parts.append((self.doc_facts[share.value], named_part, value, metric, share))
            share = None
        count = self._count_of(value)
        if target is not None and second_target is not None:
            self.second_targets[f"s{len(self.statements) + 1}"] = second_target
        return Statement(
            id=f"s{len(self.statements) + 1}",
            metric=metric,
            value=value.id,
            period=self.period.id if self.period is not None else None,
            change=change,
            share=share,
            count=count.id if count is not None else None,
            target=target,
            average=average if count is not None and not self._per_head_of_things(average, count) and not self._per_other_members(average, count) else None,
            subject=subject,
            sentence=value.sentence,
        )

    def _goal_stated_before(self, value):
        """年度计划投资16亿元,前三季度已完成14.2亿元,完成率达88.8%: the goal written in the clause before the
        figure's, of its unit, when none is written between the figure and its completion rate."""
        clause = bisect_right(self.clause_starts, value.start) - 1
        # 163座退出类电站已完成退出131座,完成率80.4%: the set counted in the figure's own clause, some of it done
        counted = next((f for f in reversed(self.by_clause[clause]) if f.kind in LEVEL_KINDS and f.end <= value.start), None)
        if counted is not None and same_unit(counted, value) and None not in (counted.value, value.value) and counted.value > value.value \
                and "已" in self.text[counted.end : value.start]:
            return counted
        if clause < 1 or self.text[self.clauses[clause - 1][1] - 1 : self.clauses[clause - 1][1]] not in (",", "，"):
            return None
        start, _ = self.clauses[clause - 1]
        goal = next((f for f in reversed(self.by_clause[clause - 1]) if f.kind in LEVEL_KINDS), None)
        if goal is None or not same_unit(goal, value) or not _GOAL_BEFORE.search(self.text, start, goal.start):
            return None
        return goal

    def _listed_together(self, first: Statement, second: Statement) -> bool:
        """税收收入2471.9亿元、非税收入814.5亿元: two figures of one list, the second named right after the first's 、."""
        one, other = self.doc_facts[first.value], self.doc_facts[second.value]
        return bool(_NEXT_IN_LIST.fullmatch(self.text, one.end, other.start))

    def _goal_stated_after(self, value, rate):
        """…完成率达107.2%,年度目标为360个: the goal written in the clause right after the completion rate, of the
        figure's unit."""
        said = _GOAL_AFTER.match(self.text, rate.end)
        at = bisect_left(self.flat_starts, said.end()) if said else len(self.flat)
        goal = self.flat[at][1] if at < len(self.flat) and self.flat_starts[at] == said.end() else None
        return goal if goal is not None and same_unit(goal, value) else None

    def _sentence_facts_before(self, fact) -> slice:
        """Where, in `flat`, the facts of a fact's sentence written before it lie."""
        opening = self.doc.sentences[fact.sentence][0]
        return slice(bisect_left(self.flat_starts, opening), bisect_left(self.flat_starts, fact.start))

    def _aside_closed_before(self, figure, fact) -> bool:
        """Whether `figure` is written in brackets that close before `fact`."""
        end = self._bracket_end(figure)
        return end is not None and end < fact.start

    def _share_after_completion(self, value, metric: str | None, target: Target | None, share: Share, fact) -> bool:
        """为年度计划…的79.7%,占全市固定资产投资的65.8%: a completion rate's share repeats its target, so the slot is
        free for a share after it in its clause run, of a level (a change or an average gives its target away)."""
        if target is None or share.value != target.rate or SEMICOLON.search(self.text, self.doc_facts[target.rate].end, fact.start):
            return False
        return not AVERAGE_CUE.match(metric or "") and not _PER_TIME.match(metric or "") and not names_a_change(self.text[self._clause_start(value.start) : value.start])

    def _per_head_of_things(self, average: str | None, count) -> bool:
        """三项社会保险基金收入3865.2亿元 企业退休人员月人均养老金3126元: an average per head is over no count of things."""
        if average is None:
            return False
        figure = self.doc_facts[average]
        return "人均" in self.text[self._clause_start(figure.start) : figure.start] and not COUNTS_PEOPLE.search(count.unit or "")

    def _per_other_members(self, average: str | None, count) -> bool:
        """举办招商推介活动46场,现场签约项目87个,协议投资402.5亿元,平均每场签约8.75亿元: an average per 场 is over
        no count in 个."""
        if average is None:
            return False
        figure = self.doc_facts[average]
        cue = PER_MEMBER.search(self.text, self._clause_start(figure.start), figure.start)
        return cue is not None and cue.group("word") in MEMBERS_OF and count.unit not in MEMBERS_OF[cue.group("word")]

    def _share_of_another_measure(self, value, share, metric: str | None) -> bool:
        """规上企业9家,规上企业产值占全县油茶加工产值的七成以上: a share whose clause names an amount (产值, 营收)
        before 占 is no share of a count written before it, which counts members and measures no amount; nor of a
        quantity (出口量21.3万吨,出口额占全省水果出口额的43.2%); nor of the members a set holds when it names a
        share each of them has."""
        start = self._clause_start(share.start)
        if value.kind == "count" and start <= value.start and self.text[value.start - 1 : value.start] == "有" \
                and _SHARE_EACH_HAS.match(self.text, value.end, share.start):
            return True  # 有9个市专科及以上学历教师占比超过90%: the share each of the nine has
        if value.kind not in ("count", "measure") or start <= value.start:
            return False
        lead = self.text[start : share.start]
        return "占" in lead and AMOUNT_NAMED.search(lead[: lead.find("占")]) is not None

    def _share_of_figures_listed(self, value, share, metric: str | None) -> bool:
        """财产险赔付支出61.38亿元、人身险赔付支出67.27亿元,赔付支出相当于…的33.3%: a share whose clause names what the
        value and the figure listed right before it both end on is of the two together, not of the last."""
        start = self._clause_start(share.start)
        verb = _SHARE_NAMED_BEFORE.search(self.text, start, share.start)
        named = strip_leading(self.text[start : verb.start()].strip()) if verb is not None and start > value.end else ""
        before = self.statements[-1] if self.statements else None
        if len(named) < 2 or AMOUNT_NAMED.fullmatch(named) or not metric or before is None or self.doc_facts[before.value].sentence != value.sentence:
            return False  # (收入占比47.7%: a measure alone, which the sentence's opening names the member of)
        # (利息净收入 is not what 非利息净收入 ends on)
        return all(m != named and m.endswith(named) and not m.removesuffix(named).endswith("非") for m in (metric, before.metric or "")) \
            and before.metric != metric

    def _averages_another_measure(self, average, metric: str | None, value) -> bool:
        """在手订单243.6亿元,员工总数1.86万人,人均创收100.3万元: an average that names a measure (创收, a
        revenue) is no average of a figure that does not measure it. A figure named by no measure (金额) measures
        what its count's clause names (发放住房公积金贷款8264户,金额48.37亿元,户均贷款58.53万元)."""
        named = measure_of(self.text[self._clause_start(average.start) : average.start])
        return named is not None and measure_with_count(metric, self._count_of(value), value.start, self.text) != named

    def _target_of_a_named_figure(self, value, rate, metric: str | None) -> bool:
        """A completion rate in a clause after the value's that names, before 完成, a figure other than the
        value (no word of the value's metric): given to the figure it names, if one before fits."""
        start = self._clause_start(rate.start)
        if start <= value.start:
            return False
        lead = strip_leading(self.text[start : rate.start])
        done = _DONE.search(lead)
        named = lead[: done.start()].strip() if done else ""
        # 每千人口床位7.12张;床位总数为…目标38000张的101.7%: a figure per head names no total of its words
        per_head = bool(_PER_POPULATION.search(metric or "")) and not _PER_POPULATION.search(named)
        if len(named) < 2 or PLACEHOLDER_METRICS.fullmatch(named) or share_a_word(named, metric or "") and not per_head:
            return False
        return self._give_named_target(rate, named)

    def _before_aside(self, share) -> int:
        """Where a share's inline whole ends: before an aside on it (总值5832.6亿元（出口4216.8亿元、进口…）的22.1%),
        not before a whole written in brackets (占社会消费品零售总额（4218.5亿元）的)."""
        aside = _ASIDE_BEFORE_SHARE.search(self.text, self._clause_start(share.start), share.start)
        if aside is None:
            return share.start
        whole = self._money_between(aside.start() - 12, aside.start())
        return aside.start() if whole is not None and whole.end == aside.start() else share.start

    def _increase_between(self, value, rate) -> bool:
        """较去年底的9.74万个增加3.12万个: an increase of the figure's unit written between the figure and a
        rate, which a goal for additions is the increase's (differences.link_increase_targets)."""
        first, last = bisect_right(self.flat_starts, value.end - 1), bisect_right(self.flat_starts, rate.start - 1)
        return increase_written_between(value, rate.start, (fact for _, fact in self.flat[first:last]), self.text) is not None

    def _distributed(self, index: int, values: list, position: int) -> list:
        """分别下降11.4%和0.7%,所占份额分别为31.2%和5%: the rates of the clauses after this one, one per
        value of this clause, in order. After values listed 分别 (分别为82.3亿元、41.6亿元和37.9亿元), a list of
        as many rates says 分别 no more (占全区的44.1%、22.3%和20.3%)."""
        picked = []
        listed_each = _EACH_CUE in self.text[self.clauses[index][0] : values[0].start]
        for later in range(index + 1, min(index + 3, len(self.clauses))):
            start, end = self.clauses[later]
            rates = [f for f in self.by_clause[later] if f.kind == "percent"]
            if len(values) < 2 or len(rates) != len(values):
                break
            if _EACH_CUE not in self.text[start:end] and not (listed_each and self._listed(rates)):
                break
            picked.append(rates[position])
        return picked

    def _listed(self, figures: list) -> bool:
        """Figures written one right after the other, joined by 、, 和, 及 or 与 alone."""
        return all(_LIST_SEPARATOR.fullmatch(self.text, a.end, b.start) for a, b in zip(figures, figures[1:]))

    def _distributed_across(self, index: int, values: list) -> list:
        """煤电、气电合计598.4万千瓦,可再生能源合计688.0万千瓦,分别占全市装机的46.5%和53.5%: the rates of the 分别
        clauses after a run of clauses of one value each, one per clause of the run, in order."""
        sentence_start, sentence_end = self.doc.sentences[values[0].sentence]
        if len(values) != 1 or _EACH_CUE not in self.text[sentence_start:sentence_end]:
            return []
        last = index
        while last + 1 < len(self.clauses) and self.clauses[last + 1][0] < sentence_end and self._holds_one_value(last + 1):
            last += 1
        picked = []
        for later in range(last + 1, min(last + 3, len(self.clauses))):
            start, end = self.clauses[later]
            rates = [f for f in self.by_clause[later] if f.kind == "percent"]
            first = last + 1 - len(rates)
            # (分别比上年增长…: 上年 is the basis; (上年同期分别为226个和1487.5亿元): the bases, an aside)
            figures = [f for f in self.by_clause[later] if f.kind != "date" and not self._bracket_end(f)]
            dates = [f for f in self.by_clause[later] if f.kind == "date"]
            if len(dates) == len(rates) and _dates_alone(self.text, start, dates):
                break  # 一季度和三季度分别占…: the figures of those dates, _give_dated_shares's
            names = self._names_before_each(start, end, len(rates)) if _EACH_CUE in self.text[start:end] else None
            first = index if names is not None else first  # (named: any figure of the run may be one of them)
            if start >= sentence_end or _EACH_CUE not in self.text[start:end] or len(rates) < 2 or len(rates) != len(figures) \
                    or first > index or any(not self._holds_one_value(c) or self.clauses[c][0] < sentence_start for c in range(first, last + 1)):
                break
            if names is None:
                picked.append(rates[index - first])
                continue
            # 农业产值…,林业产值…,牧业产值…;农业、牧业产值分别增长3.6%和5.3%: the rates of the figures named, not the last
            named = self.text[self.clauses[index][0] : values[0].start]
            fits = [at for at, name in enumerate(names) if name in named]
            if len(fits) == 1:
                picked.append(rates[fits[0]])
        return picked

    def _names_before_each(self, start: int, end: int, count: int) -> list[str] | None:
        """农业、牧业产值分别增长…: the `count` names a 分别 clause lists before 分别, or None when it names no list."""
        lead = strip_leading(self.text[start : self.text.index(_EACH_CUE, start, end)].strip(" ,，"))
        names = [name for name in _LIST_SEPARATOR.split(lead) if name]
        if len(names) != count or any(len(name) < 2 or not regex.fullmatch(r"\p{Han}+", name) for name in names):
            return None
        return names

    def _holds_one_value(self, index: int) -> bool:
        """A clause with one value and no rate (可再生能源合计688.0万千瓦)."""
        facts = self.by_clause[index]
        return sum(1 for f in facts if self._is_value(f)) == 1 and not any(f.kind == "percent" for f in facts)

    def _following(self, index: int, facts: list, values: list, position: int) -> list:
        """Rates after a value: in its clause up to the next value, then in clauses without a value."""
        value = values[position]
        if self._basis_of_a_ratio(value):
            return []  # 按全区地区生产总值1126.8亿元计算,研发投入强度为6.08%: a denominator has no rates
        # 拟投资128亿元建设的…三个项目,平均每个项目约42.7亿元: the count the amount builds is no figure
        # that ends the amount's rates; 增长9.4%(去年同期为7702.5亿元),占全部投资的63.8%: nor is a figure
        # in brackets, whose own rates end with them.
        closing = self._bracket_end(value)
        later = [
            v for v in values[position + 1 :]
            if v is not self._count_built(value) and (closing or not self._bracket_end(v)) and not self._earlier_level(v)
        ]
        limit = later[0].start if later else closing
        found = [f for f in facts if f.start > value.end and (limit is None or f.start < limit) and f.kind in ("percent", "money")]
        if limit is not None:
            if not later and closing is not None:  # 含高技能人才17.6万人,占技能人才的34.3%）: its rates up to the closing bracket
                found += [f for _, f in self.flat[bisect_right(self.flat_starts, value.end) :] if f.start < closing and f.kind == "percent" and f not in found]
            return self._before_a_named_rate(value, [f for f in found if f.kind == "percent"])
        # 技能人才51.3万人（含高技能人才17.6万人，占技能人才的34.3%）: the rates inside the brackets of a figure
        # written after the value are that figure's.
        asides = [(v.end, self._bracket_end(v)) for v in values[position + 1 :] if self._bracket_end(v) is not None]
        sentence_end = self.doc.sentences[value.sentence][1]
        # …增长17.9%。增速高于全省平均水平(增长12.6%)5.3个百分点,占全省…的36.9%: a sentence that opens on the rate
        # or share of no figure named goes on with the figure its sentence is about, the first of its unit there.
        opening, at = bisect_right(self.flat_starts, self.doc.sentences[value.sentence][0] - 1), bisect_right(self.flat_starts, value.start - 1)
        first = not any(f.kind in LEVEL_KINDS and same_unit(f, value) for _, f in self.flat[opening:at])
        following = self.doc.sentences[value.sentence + 1][0] if value.sentence + 1 < len(self.doc.sentences) else None
        goes_on = first and following is not None and "\n" not in self.text[value.end : following] and _GOES_ON.match(self.text, following)
        if goes_on:
            sentence_end = self.doc.sentences[value.sentence + 1][1]
        # (…100万元以上的村41个、50万—100万元的村62个;100万元以上的村比上年的29个增加12个,占比达到22.0%: a member
        # of another clause of the sentence, named again, ends the rates of the value)
        in_sentence = [self.doc_facts[s.value] for s in self.statements if s.sentence == value.sentence]
        own_name = self.text[values[position - 1].end if position else self._clause_start(value.start) : value.start]
        level_compared = self._earlier_level(value)  # (比上届的52个)
        for later in range(index + 1, min(index + 6, len(self.clauses))):
            if self.clauses[later][0] >= sentence_end:
                break
            clause = self.by_clause[later]
            if self._opens_rate_only(later):
                break  # 工业投资增长12.6%,其中制造业投资增长10.9%,高于…: the gap after is 制造业投资's
            if self._names_a_set_whose_share_is_described(later):
                break  # …其中投资10亿元以上项目6个,新引进项目超过三成来自长三角地区: a share of the set it names
            if value.kind == "percent" and self._names_a_share_of_its_own(later):
                break  # 投资金额占28.2%,项目数占54.0%,比上年提高6.3个百分点: the points are the second share's
            if self._opens_on_another_period(later):
                break  # 上半年…增长5.9%,全年增长6.8%,增速比上半年加快…: the year's rate, with the gaps after it
            if self._names_another_place(later, value) or self._names_another_rate(later, value):
                break  # 全省…增长5.8%,澄岭市增速高于全省1.6个百分点: the city's gap (民营企业贷款增速高于…: that loan's)
            if self._this_year_after_last(later):
                break  # 上年…总产量为2804.5万吨,今年秋粮产量比上年的…增长1.6%: this year's rate, of another figure
            if position and self._names_an_earlier_member(later, values[:position], own_name) \
                    or in_sentence and self._names_an_earlier_member(later, in_sentence, own_name, compared=True):
                break  # …分别为486.2亿元、451.7亿元和648.9亿元,其中基金收入比上年的…增长6.3%,占…: the first member's rates
            if level_compared and any(self._earlier_level(v) and v.kind != "percent" and not same_unit(v, value) for v in self._values(later)):
                break  # 签约项目比上届的52个增加16个,总投资比上届的351.4亿元增长21.5%: another measure compared in its own clause
            # A figure in brackets is an aside; 比上届的3605.2亿元 the level the change is measured from.
            if any(not self._bracket_end(v) and not self._earlier_level(v) for v in self._values(later)):
                # (户均鲜果销售收入12.0万元;全县农村居民人均可支配收入21860元: past a semicolon, a level of its own)
                if any(self._role(f) == "average" for f in clause) and not SEMICOLON.search(self.text, value.end, self.clauses[later][0]):
                    found.extend(f for f in clause if self._role(f) == "average")
                break
            found.extend(f for f in clause if f.kind == "percent")
        found = [f for f in found if not any(after < f.start < close for after, close in asides)]
        return self._before_a_named_rate(value, [f for f in found if f.kind == "percent" or self._role(f) == "average"])

    def _names_a_set_whose_share_is_described(self, index: int) -> bool:
        """A clause that opens on the name of a set, then a share and what that share of the set is (新引进项目超过三成
        来自长三角地区): the share of a part not written, of the set named, and of no figure before."""
        lead = self._words_before_opening_share(index)
        return lead is not None and bool(_SET_NAME.fullmatch(lead)) and bool(_DESCRIBED_PART.match(self.text, self.by_clause[index][0].end))

    def _names_a_share_of_its_own(self, index: int) -> bool:
        """A clause that opens on a name and 占 before its first figure, a share (项目数占54.0%)."""
        lead = self._words_before_opening_share(index)
        return lead is not None and bool(_NAMED_SHARE.fullmatch(lead))

    def _words_before_opening_share(self, index: int) -> str | None:
        """The words of a clause before its first figure, when that figure is a share; else None."""
        clause = self.by_clause[index]
        if not clause or clause[0].kind != "percent" or self._role(clause[0]) != "share":
            return None
        return strip_leading(self.text[self.clauses[index][0] : clause[0].start].strip())

    def _names_another_place(self, index: int, value) -> bool:
        """A gap clause that opens on a place its value's clause does not name is that place's gap."""
        if not self.by_clause[index] or any(getattr(f, "form", None) != "point" for f in self.by_clause[index]):
            return False
        start, end = self.clauses[index]
        words = strip_leading(self.text[start:end].strip())
        if _COMPARED_WITH.match(words):
            return False  # 比全省地区生产总值增速快0.8个百分点: the value's own gap, to the place it names
        place = opening_place(words)
        return place is not None and not place.startswith("全") and place not in self.text[self._clause_start(value.start) : value.start]

    def _opens_on_another_period(self, index: int) -> bool:
        """A clause that opens on a period other than the one in force, then a rate: that period's rate."""
        rate = next((f for f in self.by_clause[index] if f.kind == "percent"), None)
        if rate is None or rate.form != "percent":
            return False
        opening = _PERIOD_THEN_RATE.fullmatch(self.text, self.clauses[index][0], rate.start)
        return opening is not None and (self.period is None or opening.group("period") not in self.period.text)

    def _this_year_after_last(self, index: int) -> bool:
        """A clause opening on a date of another year than last year's, in force, and naming a level of its own: its
        figures are not last year's (去年…为71.36万人次,今年增长21.1% is this year's rate of that figure)."""
        clause = self.by_clause[index]
        opens_dated = clause and clause[0].kind == "date" and not strip_leading(self.text[self.clauses[index][0] : clause[0].start].strip()) \
            and any(f.kind in LEVEL_KINDS for f in clause)
        last_year = ("上年", "去年")
        return bool(opens_dated) and self.period is not None and self.period.text.startswith(last_year) and not clause[0].text.startswith(last_year)

    def _names_an_earlier_member(self, index: int, members: list, own_name: str = "", compared: bool = False) -> bool:
        """A clause that opens on the name of a member listed before the last one (其中基金收入比上年的… after
        基金收入、支出和年末累计结余分别为…): the rates after it are that member's, not the last's (nor those of
        the figure whose own name, `own_name`, holds it). `compared`: only a name before 比 counts."""
        clause = self.by_clause[index]
        if not clause:
            return False
        # (100万元以上的村比上年的29个…: a size class inside the name is no figure the name ends before)
        start, end = self.clauses[index]
        named = self._name_before_than(start, end)
        if named is None and compared:
            return False
        named = named if named is not None else same_words(strip_leading(self.text[start : clause[0].start].strip()))
        if len(named) < 2 or named in same_words(own_name):
            return False
        metrics = {s.value: same_words(s.metric or "") for s in self.statements}
        return any(named in metrics.get(member.id, "") for member in members)

    def _names_another(self, change, rate, metric: str) -> bool:
        """售后回租占61.4%;直租占比比上年提高5.3个百分点: a change in a clause after the rate's that names, before 比,
        something sharing no word with the rate's name."""
        clause = self._clause_start(change.start)
        said = self._name_before_than(clause, change.start) if clause > rate.end else None
        said = _SHARE_WORDS.sub("", said or "")  # (比重较上年的45.2%提高…: the share itself)
        return len(said) >= 2 and not share_a_word(said, metric)

    def _name_before_than(self, start: int, end: int) -> str | None:
        """The name a clause opens on before 比 or 较 (100万元以上的村 of 100万元以上的村比上年的29个…), between `start`
        and `end`, or None when no comparison is written there."""
        than = _THAN_SOMETHING.search(self.text, start, end)
        return same_words(strip_leading(self.text[start : than.start()].strip())) if than else None

    def _names_another_rate(self, index: int, value) -> bool:
        """A gap clause (or a clause of rates) that opens on the growth or price change of a thing named in
        words mostly not in its value's clause (民营企业贷款增速高于…, 中选药品平均降价54.3%)."""
        if not self.by_clause[index] or any(f.kind != "percent" for f in self.by_clause[index]):
            return False
        named = _RATE_NAMED.match(self.text, self.clauses[index][0])
        if named and named.group("noun") in ("降价", "涨价") and value.kind == "count":
            return True  # 新增中选药品86个,中选药品平均降价53.4%: a change of prices, no change of a count
        name = strip_leading(named.group("name")) if named else ""
        own = strip_leading(self.text[self._clause_start(value.start) : value.start].strip())
        if len(name) >= 2 and own.startswith(name[:2]):
            return False  # 乡村消费品零售额…,乡村市场增速比城镇快1.4个百分点: the figure's, by the word it opens on
        words = two_char_words(name)
        new = words - two_char_words(own)
        return len(new) > len(words) / 2

    def _before_a_named_rate(self, value, rates: list) -> list:
        """186家星级饭店平均客房出租率为78.6%,比去年同期的72.9%提高5.7个百分点: a rate named by its noun in
        the figure's clause is a level of its own, and the rates after it are its, not the figure's."""
        for position, rate in enumerate(rates):
            if self._clause_start(rate.start) != self._clause_start(value.start):
                break  # 已开工68个,开工率为70.8%: a rate in a clause of its own may be the figure's (rates.link_named_rates)
            named = rate.kind == "percent" and self._role(rate) is None
            if named and _NAMED_RATE.search(self.text, self._clause_start(rate.start), rate.start):
                return rates[:position]
        return rates

    def _clause_start(self, offset: int) -> int:
        return self.clause_starts[bisect_right(self.clause_starts, offset) - 1]


def _split_pair(names: str) -> list[str] | None:
    """汽车产销 → 汽车产量, 汽车销量: the paired word at the end of a name split into its two parts
    (rules/link.toml)."""
    named = names.rstrip()
    for pair in rules("link").pairs:
        if named.endswith(pair.words):
            head = strip_leading(named[: -len(pair.words)])
            return [head + part for part in pair.parts]
    return None


def _direction(fact) -> str | None:
    """增长-8.92% is a fall: a written sign outweighs the word before it."""
    if fact.value is not None and fact.value < 0:
        return "down"
    return fact.direction
