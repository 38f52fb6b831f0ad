"""What each figure of a clause is to the statements: a value, or a rate that changes, shares, completes or
averages the value before it; the count or the amount of the same set; a target. `FigureRoles` holds these
readings for the clause-by-clause linker of `extractors.link`, which keeps its clauses and facts in the
attributes these methods read (text, clauses, clause_starts, by_clause, flat, flat_starts) and caches a
fact's reading in value_of and role_of.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

import regex

from extractors.rulebook import alternation, rules
from extractors.wording import (
    EARLIER_WAS_AT_END, EARLIER_YEAR, FELL_BY, FIRST_TIME, GREW_BY, LIST_JOIN, NET_CHANGE, OPEN_ASIDE, PASSING, PER_UNIT_MOVED_FROM, REST_OF_WHOLE, RUN_BREAK, SEMICOLON, SHARE_NAMED_BACK, YEAR_EARLIER,
    same_unit, strip_leading,
)

# The kinds whose figures are levels of a metric (amounts, counts, quantities), as against rates and dates.
LEVEL_KINDS = ("money", "count", "measure")

# A clause ends at punctuation; a comma between digits (1,052.97) is a thousands separator.
# A space between Chinese words parts clauses the way a comma does (headlines: 项目289个 实际利用外资…).
# (a comma is a thousands separator only between a digit and three more: 11,339.1亿元, not 158.4亿元,220千伏…)
CLAUSE_BREAK = regex.compile(r"[;:；：。！？!?\n]|(?<!\d),|,(?!\d{3}(?!\d))|\.(?!\d)|(?<=[\p{Han}%％)）”])[ \u3000]+(?=\p{Han})")
STAKE_AFTER = regex.compile(r"的?(?:股份|股权)")
# 对全年粮食增产的贡献超过八成, 贡献率达62.3%: a share of the increase of a whole, not of the whole
_CONTRIBUTION = regex.compile(r"(?:贡献率|对[^,;，；。]{1,16}?的?贡献)(?:率)?(?:分别)?(?:超过|超|达到|达|为|近|接近|约|在)?$")
_BREADTH = regex.compile(r"增长面(?:达|为|达到)?$")
_NET_CHANGE_CLAUSE = regex.compile(rf"(?:较上年|比上年|同比)?{NET_CHANGE}了?")
# 、实现旅游收入: a figure after a count that a verb of its own introduces (not the set's 投资).
_OWN_PREDICATE = regex.compile(r"[、,，]\s*(?:实现|创造)(?!投资)")
# 上年为41家, 去年同期为106个: a clause of the level a year (an edition) before.
_EARLIER_LEVEL_CLAUSE = regex.compile(r"(?:上年|去年|上届|上期|上次)(?:同期|同月|末|底)?(?:为|是)")
# 1124.86亿元,首次超过1100亿元 (the hedge is the bound's own); 1068.4亿元,首次在前11个月突破千亿元
_MILESTONE = regex.compile(rf"[,，]\s*{FIRST_TIME}?(?:在?(?:前\d{{1,2}}个月|今年|年内|当年|全年|\d{{1,2}}月份?))?")
_SHARE_CUE = regex.compile(r"占|比重|占比|份额|比例|持股|相当于|(?:之比|的比率|的比值)[)）]?(?:为|是|达)?$|(?:总额|总量|总数|总值|全部|总和|总投资)的$|^\s*覆盖[^,;，；。%％]{1,24}的$")
# A share's whole written inside it: 占规模以上工业总产值4127.6亿元的57.8%, 相当于地区生产总值3451.2亿元的2.86%,
# 与地区生产总值8786.5亿元之比为3.26%, 覆盖常住人口728.5万人的96.4%.
_WHOLE_BEFORE = regex.compile(r"(?:占|相当于|与|(?<![\p{Han}\w])覆盖)[^,;，；。]{0,24}$")
# 占全省地区生产总值31586.4亿元的比重为10.2%: the whole may be followed by the share's own noun.
_OF_SHARE = r"(?:的(?:比重|比例|份额|比率|比值)?|之比)(?:为|达|是)?\s*[\d百千一二三四五六七八九十]"
# （4218.5亿元）的34.9%; 5832.6亿元（出口4216.8亿元、进口1615.8亿元）的22.1%: past an aside on the whole
_RATE_OF_AFTER = regex.compile(rf"(?:[)）]|[（(][^（）()。；;]{{1,40}}[)）])?{_OF_SHARE}")
_WHOLE_AND_FIGURE_BEFORE = regex.compile(r"(?:占|相当于)[^,;，；。]{0,24}\d[\d.,]*[万亿]*\p{Han}{0,3}$")
_ASIDE_CLOSE_OF_SHARE = regex.compile(rf"[^（）()。；;]*[)）]{_OF_SHARE}")
_NAMED_WHOLE_AFTER = regex.compile(rf"\p{{Han}}{{1,16}}{_OF_SHARE}")  # 十八项重大工程完成投资的19.4%
# 完成年度目标的, 计划任务的, 完成年度计划投资…的, 为…下达…限额…的, 完成…下达额度…的, 为…预测值…的: a completion rate;
# 计划总投资 alone names a planned amount.
_TARGET_CUE = regex.compile(r"(?:目标|计划(?!总投资|投资)|任务|(?:年度|全年|调整|年初)预算)[^,;占]*(?:的|完成了?|完成率为?|完成进度为?)$|(?:完成|为)[^,;占]*(?:计划|预算|限额|额度|预测值)[^,;占]*的$|完成率|完成进度")
# 岗位占全部招录计划的52.7%, 县乡两级合计4479名,占录用计划总数的59.8%: a share of all that a plan holds, no completion of it
_SHARE_OF_ALL = regex.compile(r"占(?:全部[^,;，；。]*|[^,;，；。]*计划(?:总数|总量|总额|总人数))的$")
# 新增债券平均发行利率为2.18%: a rate named by a noun of its own is a level, though what it is of was added (新增)
# (but 增长率为, 增值收益率为: a change or a ratio to the figure before, by its noun)
_LEVEL_RATE_NAMED = regex.compile(r"(?<!增长|增|降|涨|减|跌|速|幅)率(?:为|是|达到|达)?$")
_ADDED = "新增"
_CHANGE_CUE = regex.compile(r"增|降|幅|速|提高|提升|回落|下滑|减少|同比|环比|比上年|较上年|比去年|较去年|扩大|收窄")
# 年度任务为3000万美元,已完成七成以上: a clause of completion alone, after a clause that sets a target.
_DONE_ONLY = regex.compile(r"(?:已经?|共|累计)?完成了?")
_LAST_OPENING = regex.compile(r"(?r)[(（][^)）]*$")  # searched backwards: an opening not closed yet
_CLOSING = regex.compile(r"[)）]")
# 比上年的356.3亿元, 较上年356.3亿元 (the year written right before the level, with no 的): the level compared with
_THAN_LEVEL = regex.compile(rf"(?:比|较)(?:[^,;，；]{{0,16}}的|{YEAR_EARLIER}|\d{{4}}年(?:(?!增|减|降|提高|上升|回落|多|少)\p{{Han}}){{0,12}})$")  # 比2026年春运实际发送量
_FROM_LEVEL_NAMED = regex.compile(r"由[^,;，；]{0,16}的$")
# 由2024年末的28.83万辆净增9.82万辆, 由上年末的2.15万千瓦增长68.4%: a level a change is measured from
_CHANGE_AFTER_LEVEL = regex.compile(r"(?:净增|净减|(?:增长|下降)(?=[\d.]+[%％]))")
# 比全省经济增速(5.6%), 比全省（增长5.8%）, 高于全省平均水平（增长12.6%）: the other's level, named then written
_THAN_BRACKETED = regex.compile(r"(?:比|较|高于|低于|快于|慢于|高出|低出)[^,;，；()（）]{1,14}[(（](?:增长|下降|增|降)?$")
# 增速比全省高6.2个百分点（全省增长12.2%）: the other's rate, in brackets after the gap
_AFTER_POINTS_BRACKETED = regex.compile(r"个百分点[(（][^()（）,，;；]{0,10}$")
# 高出75%的时序进度8.4个百分点: a level compared with, named after it and before the gap
_LEVEL_NAMED_AFTER = regex.compile(r"的\p{Han}{1,8}?[\d.]+个百分点")
# 其余101个均不足: each, no average; 市场均, 配套均, 平台均, 国家均: all of them, no average either. (座均, 宗均,
# 村均: per bridge, per parcel, per village)
AVERAGE_CUE = regex.compile(r"平均|单个项目|每个项目|每家|户均|人均|项均|桌均|县均|镇均|企均|校均|园均|(?<![\d〇零一二三四五六七八九十百千两万亿市配平国每])(?:个|场|套|台|家|笔|人次|艘次|架次|车次|次)均|(?<![个家所])(?:座|宗|案|间|条|所|群|例|村|店|摊)均|(?<!\p{Han})(?:社|厂|院)均")
_EARLIER_TIME = regex.compile(EARLIER_YEAR)
PER_TIME_SPAN = regex.compile(r"平均每(?:年|月|天|日|周|季度?|小时)")
_EACH_COUNT = regex.compile(r"各有?$")
# 分别占营收比例的81.67%、9.60%: the later shares of a list are of what the first is of.
_LISTED_SHARES = r"(?:[\d.．]+[%％](?:、|和|及|与))*"
# 占整体收入比重由54.20%下降至52.58%: the share is the one it moved to; the first is where it stood before.
# The verb and 至 between a level and the level it moved to (由1971英镑上调至3,549英镑, 由54.20%下降至52.58%).
MOVED_TO = r"(?:(?:[上下]调|提高|提升|增加|增长|减少|下降|降低|扩大|缩小|回落|上升|升|增|降|减|跌|涨)(?:至|到)|调整(?:为|至|到))"
_MOVED_FROM = regex.compile(rf"(?:由|从)(?:(?:\d{{4}}年)?[^,;，；\d]{{0,6}}的)?[\d.．]+[%％]{MOVED_TO}$")  # 由上年的3.36%升至
# 由上年的3.36%, 由2024年的…, 由上年的每平方米每月14.2元: where a level moved from
FROM_LEVEL = regex.compile(rf"(?:由|从)(?:(?:\d{{4}}年)?[^,;，；\d]{{0,6}}的)?(?:{PER_UNIT_MOVED_FROM})?$")
# (上届为38.9%), 上年这一比例为64.5%, 较上年提高0.6个百分点(上年为9.6%): the level of the year before, no change.
_EARLIER_SHARE = regex.compile(rf"(?:(?:去年|上年)(?:同期)?(?:这一|该)?{SHARE_NAMED_BACK}?|上届|上期)(?:为|是)$")
_NOUN_AFTER = regex.compile(r"(?:以上|左右)?(?P<noun>\p{Han}{3})")
# 以网约车为主要收入来源的专职驾驶员近四成: a fraction right after a group its clause names by what sets it apart, the
# share that group makes, not one of the figure before
_GROUP_NAMED = regex.compile(r"[^\d,;，；。占比]{2,24}的\p{Han}{2,10}")
# 小(2)型水库4906座,近四成建于20世纪60至70年代: a fraction opening its clause on what some of the set did or are
# 收费标准不超过周边社会场馆的五成: a bound on a ratio of a standard to another's, no share of the figure before
_BOUND_OF_ANOTHERS = regex.compile(r"(?:不超过|不高于|不低于|低于|高于)\p{Han}{1,12}的$")
_SOME_OF_THE_SET = regex.compile(r"(?:以上|左右)?(?:建于|建成于|来自|位于|集中在|集中于|分布在|属于|实现|获得|拥有|完成|已经?|均|都)")
_RATE_NAMED_BEFORE = regex.compile(r"(?P<stem>\p{Han}{2})(?<!增长|增)率(?:为|是|达到|达|保持在)?$")
_CAPACITY_AFTER = regex.compile(r"[\p{Han}A-Za-z0-9]{0,16}?(?:项目|装置|生产线|产线|工厂)")
_NAMES_LISTED_BEFORE = regex.compile(r"(?:\p{Han}{2,10}?[、和及与])+\p{Han}{2,10}?$")
_NAME_JOINS = regex.compile(r"[、和及与]")
_NOUN_OPENING = regex.compile(r"\p{Han}")
_ATTRIBUTIVE_AFTER = regex.compile(r"\p{Han}{1,4}(?:[(（][^)）]{0,10}[)）])?的\p{Han}{1,8}?[\d〇零一二三四五六七八九十两]")
_HEADCOUNT = regex.compile(r"平均\p{Han}{0,4}?人数$")  # 在岗职工平均人数42.59万人: the year's average headcount, a count of people
_RANGE_CLASS_AFTER = regex.compile(r"(?:至|到)[\d.]+\p{Han}{0,3}的\p{Han}")  # 100吨至500吨的中型企业: the lower bound
_RANGE_CLASS_BEFORE = regex.compile(r"[\d.]+\p{Han}{0,3}(?:至|到)$")  # …: the upper bound, 的 after it
_MOVED_TO = regex.compile(rf"{MOVED_TO}[\d.．]+[%％]")
_MOVED_TO_BEFORE = regex.compile(rf"{MOVED_TO}$")
_SHARE_OF = regex.compile(
    rf"(?:占|相当于)(?!比|到)(?P<of>[^,;占%％]{{1,24}}?)(?:的)?(?:比重|比例|份额)?(?:为|达|达到|是)?(?:{_LISTED_SHARES}|{_MOVED_FROM.pattern})$|在(?P<of_in>[^,;占]{{1,16}}?)中(?:的)?(?:比重|占比)?"
    r"|与(?P<of_with>[^,;，；与%％]{1,24}?)(?:之比|的比率|的比值)[)）]?(?:为|是|达)?$"  # 与地区生产总值8786.5亿元之比为3.26%, …的比率为
    # 702.36万人,覆盖常住人口728.5万人的96.4%, opening its clause (not 覆盖全市90%的行政村, nor 村级站点覆盖…的: a part named)
    r"|(?<![\p{Han}\w])覆盖(?P<of_cover>[^,;，；占%％]{1,24}?)的$"
    r"|(?<![\p{Han}\w])(?:是|为)(?P<of_times>[^,;，；%％\d]{1,16}?)的$"  # 是核销金额的11.6倍, opening its clause
)
_SHARE_OF_TAIL = regex.compile(rf"(?:的)?(?:(?:比重|比例|份额)[)）]?)?(?:分别)?(?:为|达|达到|是|{MOVED_TO})?$")  # 占全市外贸比重升至, (…占…的比重)为
# 项目267个,协议总投资1835.6亿元,同比分别增长18.1%和23.4%: the count has a rate of its own, as the amount has.
_RATES_OF_EACH_AFTER = regex.compile(r"[,，]\s*(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)?分别(?:比(?:上年|去年)(?:同期)?)?(?:增长|下降|增加|减少)")
_TARGET_AFTER = regex.compile(r"的?(?:(?:年度|全年)?(?:目标|任务)|(?:年度|全年|调整|年初)预算)")
_WORK_DONE = regex.compile(r"分别完成\p{Han}{0,6}任务$")  # 分别完成治理任务168.2万亩、…: each the task done
# 完成年度…, 年度计划, 为年度投资计划28亿元的77.1%, 为…下达…限额: a target written before its amount.
_TARGET_BEFORE = regex.compile(
    r"(?:目标|任务|(?:年度|全年|调整|年初)预算)(?:为|是)?$|完成(?:全年|年度|年初)\p{Han}{0,6}$|(?:全年|年度|年初)(?:计划|预算)$|(?:完成|为)预算$"
    # 为财政部下达新增专项债务限额2200亿元的99.4%, 为节前预测值4600万人次的105.7%, 完成省财政厅下达额度192亿元的97.1%
    r"|为(?:全年|年度)\p{Han}{0,6}(?:计划|预算|目标|任务)\p{Han}{0,4}$|为\p{Han}{0,12}(?:限额|预测值)$|(?:完成|为)\p{Han}{0,10}下达\p{Han}{0,6}(?:额度|限额|计划|目标|任务)$"
    # 完成市里下达收购计划18万担的103.3%, 完成收购计划15.5万担的100.8%: the goal, whoever set it
    r"|完成\p{Han}{0,8}(?:计划|目标|任务)$"
    r"|[,，]为计划$"  # 举办文旅活动268场,为计划240场的111.7%
)
_TASKS_DONE = regex.compile(r"(?:执行|承担|完成)\p{Han}{0,6}任务$")
# Words of a clause whose amount is the money of a counted set: 涉及投资总额, 总投资, 签约, 合计到位.
_SET_OPENING = regex.compile(r"\s*(?:全年|今年|上半年|前三季度)?(?P<set>[\p{Han}“”]{2,16}?)中[,，]\s*")
_FIRMS_TAKINGS = regex.compile(r"\s*(?:实现|完成)?(?:销售收入|营业收入|营收|销售额|产值|总产值)(?:达|为)?")
_SET_AMOUNT = regex.compile(r"投资|金额|总额|资金|合同|协议|签约|合计|共计|总计|累计|到位|涉及")
# 较去年同期增加21个, 较上期（2023年5月19日）增加180户: an absolute change of the figure before, not a
# figure of its own.
# 18.64亿元(上年同期为15.37亿元),增加3.27亿元: the change after a bracketed earlier level is no level.
_CHANGE_AFTER_BRACKETED = regex.compile(
    rf"[(（](?:上年|去年|上届|上次)[^()（）]{{0,6}}?(?:为|是)[^()（）]{{1,16}}[)）][,，]\s*(?:净增|净减|新增|增加|减少|{GREW_BY}|{FELL_BY}|多|少)了?$"
)
_ABSOLUTE_CHANGE = regex.compile(
    rf"(?:比|较)[^,;，；]{{0,12}}(?:[(（][^)）]{{0,16}}[)）])?(?:增加|减少|增长|下降|多出|{GREW_BY}|{FELL_BY}|(?:多|少)\p{{Han}}{{0,2}})了?$"  # 比去年春节假期多接待
    # 比上年末的163家净增23家, 比去年同期的786.35万吨多收, 多发放, 比上一个冬季峰值1203.7万千瓦增加
    rf"|(?:比|较)[^,;，；]{{0,10}}的?[\d.,]+\p{{Han}}{{0,5}}(?:净增|净减|新增|增加|减少|{GREW_BY}|{FELL_BY}|(?:多|少)\p{{Han}}{{0,2}})了?$"
    # 由2024年末的28.83万辆净增9.82万辆: a level moved from, its net change with no level to move to
    rf"|由[^,;，；]{{0,10}}的[\d.,]+\p{{Han}}{{0,5}}(?:净增|净减)$"
)
_BUILT_BY = regex.compile(r"(?:建设|新建|打造|实施|投建|兴建|引进)?的[^,;]{0,20}$")
_LISTED = regex.compile(r"[^,;，；。:：]{0,10}?[、和及与][^,;，；。:：、]{0,10}")  # 58个和32个: the last of a list
_REST_BEFORE = regex.compile(r"(?:其余|剩余|余下)\p{Han}{0,4}$")
_AND = regex.compile(r"\s*[和、及与]\s*")
_SUMMED_AFTER = regex.compile(r"(?:合计|共计|总计|相加|加总)")
_NAMED_THEN_SUMMED = regex.compile(r"\p{Han}{1,12}?(?:合计|共计|总计)")
_EQUIVALENT_BEFORE = regex.compile(r"(?:约合|折合|相当于)(?P<currency>人民币|美元|欧元|港元)?约?$")  # 折合人民币70.53亿元
_OWN_RATE_AFTER = regex.compile(r"\s*[,，]\s*(?:同比|比上年|较上年)?(?:增长|下降|增加|减少)")  # 折合53.8亿美元,增长10.0%
_EACH_BEFORE = regex.compile(r"(?:均|都)(?:在|为|超过|超|不足|低于|高于|达到|达)?$|在$")
# 其余18个项目投资额不足10亿元, 其余九十四个不足500亿元: a bound on each member of the set counted before it
_MEMBERS_EACH_BEFORE = regex.compile(
    r"(?:\d+|[〇零一二三四五六七八九十百千两]+)[个家](?:项目|企业|园区)?(?:的)?(?:投资额|投资规模|单体投资|规模|营业收入|营收|产值)?(?:均|都)?$"
)
# 亿元以上项目, 超千亿元的园区9个, 500亿元至1000亿元的23个, 90平方米以下0.83万套, 经营性收入100万元以上的村14个, 票房超过1000万元的
# 影片有24部: the size class of a set, before its members or their count
_THRESHOLD_AFTER = regex.compile(
    r"的?[\p{Han}]{0,8}?(?:项目|企业|工程|产业|园区|基地|平台|集群|景区|门店|商户|住宅|住房|户型|房源|村|社区|合作社|展览|展会)|的?[\d〇零一二三四五六七八九十百千两]"
    r"|的\p{Han}{1,6}?(?:共有|有|共|达到|达)[\d〇零一二三四五六七八九十百千两]"
)


@cache
def direction_words() -> regex.Pattern:
    table = rules("percent")  # (多年同期, 多年平均: many years, no rise)
    return regex.compile(rf"(?P<up>{alternation(table.up)})(?<!多(?=年))|(?P<down>{alternation(table.down)})")


class FigureRoles:
    """The readings of single figures, mixed into the linker."""

    def _counts_the_names_before(self, fact) -> bool:
        """Whether a count followed by its noun counts the names listed right before it (岚东区、溦阳区、峿溪区三个
        中心城区): as many names, joined by 、 and the last by 和, 及 or 与."""
        listed = _NAMES_LISTED_BEFORE.search(self.text, self._clause_start(fact.start), fact.start)
        if listed is None or not _NOUN_OPENING.match(self.text, fact.end):
            return False
        names = len(_NAME_JOINS.findall(listed.group())) + 1
        return fact.value == names

    def _is_value(self, fact) -> bool:
        """Money, and counts that are no count of an amount; thresholds (亿元以上项目) are no values.
        Read once per fact: the clauses after a figure ask it again."""
        known = self.value_of.get(fact.id)
        if known is None:
            known = self.value_of[fact.id] = self._reads_as_value(fact)
        return known

    def _reads_as_value(self, fact) -> bool:
        if fact.kind not in LEVEL_KINDS:
            return False
        after = self.text[fact.end : fact.end + 12]
        if _WHOLE_BEFORE.search(self.text, self._clause_start(fact.start), fact.start) and (
                _RATE_OF_AFTER.match(self.text, fact.end, fact.end + 50) or _NAMED_WHOLE_AFTER.match(self.text, fact.end, fact.end + 24) and fact.kind != "count"):
            return False  # 占规模以上工业总产值4127.6亿元的57.8%, 占全县68.7万亩耕地的76.3%: the whole of the share, written in it
        if (aside := OPEN_ASIDE.search(self.text, max(0, fact.start - 40), fact.start)) is not None \
                and _ASIDE_CLOSE_OF_SHARE.match(self.text, fact.end, fact.end + 50) \
                and _WHOLE_AND_FIGURE_BEFORE.search(self.text, self._clause_start(aside.start()), aside.start()):
            return False  # 占…总值5832.6亿元（出口4216.8亿元、进口1615.8亿元）的22.1%: an aside on the share's whole
        if fact.kind == "count" and _WHOLE_BEFORE.search(self.text, self._clause_start(fact.start), fact.start) \
                and _NAMED_WHOLE_AFTER.match(self.text, fact.end):
            return False  # 占十八项重大工程完成投资的19.4%: how many members the whole of the share names
        # (执行发射任务14次,比去年同期的6次增长1.3倍: tasks carried out, counted in times, no target)
        tasks_done = fact.kind == "count" and fact.unit in ("次", "项") and _TASKS_DONE.search(self.text, max(0, fact.start - 12), fact.start) \
            and not self.text.startswith("的", fact.end)
        # (分别完成治理任务168.2万亩、126.5万亩…: the work done, listed, no target)
        work_done = _WORK_DONE.search(self.text, max(0, fact.start - 16), fact.start) is not None and LIST_JOIN.match(self.text, fact.end) is not None
        if not tasks_done and not work_done and (_TARGET_AFTER.match(after) or _TARGET_BEFORE.search(self.text, max(0, fact.start - 16), fact.start)):
            return False  # 占全年560亿元目标的97%, 完成1200万人年度目标的104.7%: a target
        if fact.kind == "count" and (_SUMMED_AFTER.match(self.text, fact.end) or fact.unit == "项" and _NAMED_THEN_SUMMED.match(self.text, fact.end)):
            return False  # 三项合计, 三项可再生能源装机合计: how many figures a total sums up, no figure of its own
        if fact.kind == "measure" and _CAPACITY_AFTER.match(self.text, fact.end):
            return False  # 年产10万吨再生锦纶丝项目, 现有的7000吨芳纶生产装置: the size of a plant, no quantity made
        if fact.kind == "count" and _ATTRIBUTIVE_AFTER.match(self.text, fact.end):
            return False  # 来自省外25个省(区、市)的企业544家: a count that describes the counted set
        if fact.kind == "count" and self._counts_the_names_before(fact):
            return False  # 交通能源、产业升级、社会民生和生态环保四类项目分别为…: how many names the list before it holds
        if self._milestone_of(fact):
            return False  # 缴存余额1124.86亿元,首次超过1100亿元: a mark the level passed, no figure of its own
        if fact.text.startswith(("约合", "折合")) or self._converted(fact):
            return False  # 1055.53亿日元(约合63.2亿元人民币): the same figure in another currency
        if _ABSOLUTE_CHANGE.search(self.text, self._clause_start(fact.start), fact.start) or _CHANGE_AFTER_BRACKETED.search(self.text, max(0, fact.start - 40), fact.start):
            return False
        if fact.kind in ("money", "measure"):
            # 亿元以上项目, 50亿元至100亿元项目, 10亿元以下项目: a size class of the projects, no amount;
            # 均在10亿元以下, 投资额在10亿元以下, 其余18个项目投资额不足10亿元: a bound on each member of a
            # set, no amount of the set.
            size_class = fact.qualifier != "=" or fact.low is not None
            if size_class and _THRESHOLD_AFTER.match(after) and not CLAUSE_BREAK.match(after):
                return False
            if _RANGE_CLASS_AFTER.match(self.text, fact.end) or (
                    _RANGE_CLASS_BEFORE.search(self.text, max(0, fact.start - 12), fact.start) and self.text.startswith("的", fact.end)):
                return False  # 100吨至500吨的中型企业47家: the bounds of a size class, no quantity
            bound = fact.qualifier in ("<", "<=", ">", ">=")
            return not (bound and (
                _EACH_BEFORE.search(self.text, max(0, fact.start - 3), fact.start)
                or _MEMBERS_EACH_BEFORE.search(self.text, max(0, fact.start - 12), fact.start)
            ))
        amount = self._amount_after(fact)
        # (项目128个,比上届的106个增加22个,增长20.8%;签约总投资1046.8亿元: a count with a change of its own is a figure too)
        clause = bisect_right(self.clause_starts, fact.start) - 1
        changed = amount is not None and amount.start >= self.clauses[clause][1] and bool(self._clauses_of_change(clause + 1))
        return amount is None or changed or self._target_follows(fact) or bool(_RATES_OF_EACH_AFTER.match(self.text, amount.end)) \
            or self._rest_before_average(fact, amount)

    def _rest_before_average(self, count, amount) -> bool:
        """其余12个为…项目,平均每个项目完成投资8417万元 (…及其他项目2291个,平均每个项目…): the rest of a list, a member
        of it, before an average that is over the whole list."""
        return REST_OF_WHOLE.search(self.text, self._clause_start(count.start), count.start) is not None \
            and AVERAGE_CUE.search(self.text, self._clause_start(amount.start), amount.start) is not None \
            and RUN_BREAK.search(self.text, count.end, amount.start) is None

    def _milestone_of(self, bound) -> bool:
        """A mark passed (超过, 突破) in a clause of its own right after an exact level of its unit that it does not exceed."""
        at = bisect_right(self.flat_starts, bound.start - 1)  # the bound's place among the facts
        while at >= 1 and self.flat[at - 1][1].kind == "date":
            at -= 1  # (首次在前11个月突破千亿元: past the date the mark was passed in)
        level = self.flat[at - 1][1] if at >= 1 else None
        if not regex.match(PASSING, bound.text) or level is None or getattr(level, "qualifier", None) != "=" or not same_unit(level, bound):
            return False
        return None not in (level.value, bound.value) and bound.value <= level.value and bool(_MILESTONE.fullmatch(self.text, level.end, bound.start))

    def _converted(self, money) -> bool:
        """9.86亿美元,折合人民币70.53亿元; 进出口486.3亿元,增长5.8%,折合68.4亿美元: a figure converted from one
        before it. Not 外资到位折合人民币15.1亿元 or 煤炭消费量折合9784万吨标准煤, the only figure written, nor
        386.5亿元,增长9.6%;折合53.8亿美元,增长10.0%, a converted figure with a rate of its own after the first's."""
        cue = _EQUIVALENT_BEFORE.search(self.text, max(0, money.start - 6), money.start)
        if cue is None:
            return False
        if not cue.group("currency"):
            earlier = self._last_between(self.doc.sentences[money.sentence][0], cue.start(), (money.kind,))
            # (86.7亿元人民币,折合约12.2亿美元,同比下降6.8%,上年为93.0亿元: the rate after is the first figure's)
            return earlier is not None and (cue.start() - earlier.end <= 2 or not _OWN_RATE_AFTER.match(self.text, money.end))
        before = self._money_between(max(0, cue.start() - 30), cue.start())
        right_before = before is not None and before.kind == "money" and cue.start() - before.end <= 2
        return right_before and getattr(before, "currency", None) != getattr(money, "currency", None)

    def _listed_after_count(self, count) -> bool:
        """已履约244个、已开工222个,到位资金370亿元: a count listed after another of its unit is a figure
        of the list, as the first is; the amount after the list belongs to neither."""
        at = bisect_right(self.flat_starts, count.start - 1)
        if at == 0:
            return False
        before = self.flat[at - 1][1]
        return before.kind == "count" and before.unit == count.unit and bool(_LISTED.fullmatch(self.text, before.end, count.start))

    def _target_follows(self, count) -> bool:
        """项目47个,完成年度目标60个的78.3%: a count with a target of its own is a figure of its own,
        whatever amount of its set follows."""
        next_at = bisect_right(self.flat_starts, count.start)
        after = self.flat[next_at : next_at + 1]
        return bool(after) and self._is_target(after[0][1])

    def _amount_after(self, count):
        """The amount a count belongs to (18个项目签约,涉及投资总额294.6亿元): the next money of its
        clause or of the two comma-separated clauses after it, with no other figure between."""
        clause = bisect_right(self.clause_starts, count.start) - 1
        if self._listed_after_count(count):
            return None
        boundary = self.clauses[clause][1]
        # 新开工47个,其余77个为续建项目;完成投资112.65亿元: the rest of a breakdown ends at its semicolon.
        # (业务量8.36亿件,同比增长18.4%,上年同期为7.06亿件;业务收入…: a year-earlier level, whose sentence run goes on apart)
        apart = _REST_BEFORE.search(self.text, self.clauses[clause][0], count.start) or EARLIER_WAS_AT_END.search(self.text, self.clauses[clause][0], count.start)
        joins = (",",) if apart else (",", ";")
        # 签约项目128个,比上届的106个增加22个,增长20.8%;签约总投资1046.8亿元: the count's own change is passed over.
        changes = self._clauses_of_change(clause + 1)
        for later in range(clause + 1, clause + 3 + len(changes)):  # 37个项目建设,美锦…均在其列,总投资超过1000亿元
            if self.text[boundary - 1 : boundary] not in joins or later >= len(self.clauses):
                break
            boundary = self.clauses[later][1]
        for position in range(bisect_right(self.flat_starts, count.start), len(self.flat)):
            fact = self.flat[position][1]
            if any(fact in self.by_clause[at] for at in changes):
                continue
            opening = self._bracket_opening(fact)
            if opening is not None and opening > count.end and fact.start < boundary:
                continue  # 项目56个(含增资扩产项目12个),总投资423.9亿元: an aside in brackets
            if fact.start < boundary and self._is_target(fact):
                continue  # 项目47个,完成年度目标60个的78.3%;协议总投资286.5亿元
            if fact.start >= boundary or fact.kind in ("count", "percent"):
                return None
            if fact.kind == "money" and self._listed_with(count, fact):
                return None
            if fact.kind == "money" and _OWN_PREDICATE.match(self.text, count.end, fact.start):
                return None  # 接待游客444.4万人次、实现旅游收入38.29亿元: two figures, each of its own doing
            if fact.kind == "money" and self._is_value(fact):
                own_clause = fact.start < self.clauses[clause][1]
                return fact if own_clause or self._amount_of_a_set(fact) or self._takings_of_firms(count, fact) else None
        return None

    def _clauses_of_change(self, first: int) -> list[int]:
        """The clauses from `first` on that hold only the change of the figure before them (比上届的106个增加22个,
        增长20.8%): each an earlier level, an absolute change or a rate of change."""
        clauses = []
        for at in range(first, min(first + 3, len(self.clauses))):
            facts = self.by_clause[at]
            if self.text[self.clauses[at - 1][1] - 1 : self.clauses[at - 1][1]] not in (",", "，"):
                break  # (a change is written on, after a comma)
            if not facts or not all(
                self._changes_a_count(f) if f.kind == "count" else f.kind == "percent" and self._role(f) == "change" for f in facts
            ):
                break
            clauses.append(at)
        return clauses

    def _is_target(self, fact) -> bool:
        """A target (完成年度目标60个) or its completion rate (的78.3%), which measure no set of their own."""
        if fact.kind == "percent":
            return self._role(fact) == "target"
        return bool(_TARGET_BEFORE.search(self.text, max(0, fact.start - 10), fact.start))

    def _amount_of_a_set(self, money) -> bool:
        """An amount in a clause of its own belongs to the count before only when its clause speaks of
        the set's money (涉及投资总额294.6亿元); 实际利用外资68.15亿美元 after 新设外资企业712家 is a
        metric of its own."""
        return bool(_SET_AMOUNT.search(self.text, self._clause_start(money.start), money.start))

    def _takings_of_firms(self, count, money) -> bool:
        """粮油加工企业38家,销售收入71.5亿元: the takings of the firms just counted, in a clause naming nothing else."""
        return count.unit == "家" and bool(_FIRMS_TAKINGS.fullmatch(self.text, self._clause_start(money.start), money.start))

    def _role(self, fact) -> str | None:
        """What a rate does to the figure before it: change, share, target completion or average.
        Read once per fact: every value before it asks."""
        if fact.id not in self.role_of:
            self.role_of[fact.id] = self._reads_as_role(fact)
        return self.role_of[fact.id]

    def _reads_as_role(self, fact) -> str | None:
        if fact.kind not in ("money", "percent"):
            return None
        before = self.text[self._clause_start(fact.start) : fact.start]
        if fact.kind == "money":  # (平均每年投资20亿元 is spread over years, no average over members)
            return "average" if AVERAGE_CUE.search(before) and not PER_TIME_SPAN.search(before) else None
        if (_TARGET_CUE.search(before) and not _SHARE_OF_ALL.search(before)) or (_DONE_ONLY.fullmatch(before.strip()) and self._target_in_clause_before(fact)):
            return "target"
        if _CONTRIBUTION.search(before):
            return None  # 对全年粮食增产的贡献超过八成: a share of the increase, which no figure states
        if fact.form == "percent" and _BREADTH.search(before):
            return "share"  # 33个行业实现增长,增长面达80.5%: the share of the set that grew
        if fact.form == "point" and (fact.direction or direction_words().search(before)):
            return "change"  # 比重下降1.4个百分点: points are a change, of the share they name
        if FROM_LEVEL.search(before) and _MOVED_TO.match(self.text, fact.end):
            return None  # 比重由54.20%下降至52.58%: the level the share moved from
        if fact.form == "percent" and _MOVED_TO_BEFORE.search(before) and not _SHARE_CUE.search(before):
            return None  # 研发投入强度升至6.08%: the level a rate moved to, no change of the figure before
        if _EARLIER_SHARE.search(before):
            return None  # 上年这一比例为64.5%: the share a point change starts from
        if _SHARE_CUE.search(before) or STAKE_AFTER.match(self.text, fact.end):
            return "share"  # 占比, 认购国轩高科26%的股份
        if fact.form == "fraction" and self._fraction_of_no_figure_before(fact, before):
            return None
        if fact.form == "fraction":
            return "change" if fact.direction else "share"  # 增长三成 is a change, 三成 alone a share
        if fact.form == "multiple" and not fact.direction and (of := _SHARE_OF.search(before)) and of.group("of_times"):
            if _EARLIER_TIME.fullmatch(of.group("of_times")):
                return "change"  # 由…增至48.3万标箱,是上年的1.4倍: a ratio to its own level of a time before
            return "share"  # 带动消费3126万元,是核销金额的11.6倍: a ratio of the figure to the one it names
        if _THAN_LEVEL.search(before) or _THAN_BRACKETED.search(before) or _AFTER_POINTS_BRACKETED.search(before):
            return None  # 较上年的31.5%提高3.7个百分点, 增速比全省经济增速(5.6%)高: the level compared with
        if _LEVEL_NAMED_AFTER.match(self.text, fact.end):
            return None  # 高出75%的时序进度8.4个百分点: the level compared with, named after it
        if fact.form == "percent" and not fact.direction and _LEVEL_RATE_NAMED.search(before) \
                and not _CHANGE_CUE.search(before.replace(_ADDED, "")):
            return None  # 新增债券平均发行利率为2.18%: a level, as 城镇调查失业率为5.2% is
        if fact.direction or _CHANGE_CUE.search(before) or fact.form == "point":
            return "change"
        return None

    def _fraction_of_no_figure_before(self, fact, before: str) -> bool:
        """Whether a fraction is of something its own clause names rather than of the figure before it: of the set its
        noun names (168个助餐点中,…;六成以上助餐点实现社会化运营), of the part of the set its verb tells of (近四成建于…),
        a rate its noun names (本地配套率超过七成), the share of a group named before it (…的专职驾驶员近四成), or a
        bound on a ratio of another's (不超过周边社会场馆的五成)."""
        if not before.strip():
            return self._quantifies_the_set(fact) or _SOME_OF_THE_SET.match(self.text, fact.end) is not None
        return self._rate_of_another_figure(fact, before) or _GROUP_NAMED.fullmatch(before.strip()) is not None \
            or _BOUND_OF_ANOTHERS.search(before) is not None

    def _rate_of_another_figure(self, fact, before: str) -> bool:
        """Whether a fraction is the level of a rate its clause names (本地配套率超过七成) whose stem the clause before
        does not name (民营企业承接98.6亿元; but 开工建设52个,开工率近六成 is the count's share), or names with no figure."""
        named = _RATE_NAMED_BEFORE.search(before)
        if named is None:
            return False
        clause = self._clause_start(fact.start)
        previous = self._clause_start(max(clause - 1, 0))
        if named.group("stem") not in self.text[previous:clause]:
            return True
        # (村级助餐点174个,中心城区实现社区全覆盖,农村助餐服务覆盖率达到七成以上: a clause naming the stem but no figure)
        return not any(f.kind != "date" and previous <= f.start < clause for f in self.doc_facts.values())

    def _quantifies_the_set(self, fact) -> bool:
        """Whether a fraction opening its clause is followed by the noun of a set its sentence named before it."""
        noun = _NOUN_AFTER.match(self.text, fact.end)
        return noun is not None and noun.group("noun") in self.text[self.doc.sentences[fact.sentence][0] : fact.start]

    def _target_in_clause_before(self, fact) -> bool:
        """Whether the clause before the fact's ends with a target amount (年度任务为3000万美元)."""
        index = bisect_right(self.clause_starts, fact.start) - 1
        before = self.by_clause[index - 1] if index > 0 else []
        return bool(before) and before[-1].kind in LEVEL_KINDS and self._is_target(before[-1])

    def _clause_direction(self, fact) -> str | None:
        """The direction word of a rate's clause, for rates listed after it (分别下降11.4%和0.7%)."""
        last = None
        for last in direction_words().finditer(self.text, self._clause_start(fact.start), fact.start):
            pass
        return None if last is None else "up" if last.group("up") else "down"

    def _money_between(self, start: int, end: int):
        """The last amount or count written between two offsets (the target before its completion rate)."""
        return self._last_between(start, end, LEVEL_KINDS)

    def _whole_written_in(self, start: int, share):
        """占全县438.5亿元的71.3%: the whole written inside a share, between `start` and the share; a figure
        that is a value of its own, or a count inside the whole's name (占三项基金总收入的85.5%), is none."""
        written = self._money_between(start, share.start)
        if written is None or self._is_value(written):
            return None
        if not _RATE_OF_AFTER.match(self.text, written.end) and (written.kind == "count" or not _NAMED_WHOLE_AFTER.match(self.text, written.end)):
            return None  # (占全市1806.5亿元同类贷款的21.4%: an amount may be followed by the whole's name)
        return written

    def _date_between(self, start: int, end: int):
        """The last date written between two offsets (第三季度 in the clause of a rate that names its figure)."""
        return self._last_between(start, end, ("date",))

    def _last_between(self, start: int, end: int, kinds):
        first, last = bisect_right(self.flat_starts, start - 1), bisect_right(self.flat_starts, end - 1)
        return next((f for _, f in reversed(self.flat[first:last]) if f.kind in kinds), None)

    def _share_of(self, fact) -> str | None:
        match = _SHARE_OF.search(self.text, self._clause_start(fact.start), fact.start)
        if match is None:
            return self._set_opening_the_sentence(fact)
        group = next(name for name in ("of", "of_in", "of_with", "of_cover", "of_times") if match.group(name))
        written = self._money_between(match.start(group), match.end(group))  # 占全县438.5亿元的: the name before the figure
        if written is not None and not _RATE_OF_AFTER.match(self.text, written.end):
            written = None  # 占十八项重大工程完成投资的: a count inside the name
        of = self.text[match.start(group) : written.start] if written is not None else match.group(group)
        return _SHARE_OF_TAIL.sub("", of).rstrip("（(") or None  # 占社会消费品零售总额（4218.5亿元）的

    def _set_opening_the_sentence(self, fact) -> str | None:
        """全年新纳入保障的家庭中,新就业无房职工…所占比重为41.7%: the set a sentence opens on, in a clause of its own
        ending in 中, that a share naming no whole is of."""
        clause_start = self._clause_start(fact.start)
        sentence_start = self.doc.sentences[fact.sentence][0]
        opening = _SET_OPENING.fullmatch(self.text, sentence_start, clause_start)
        return opening.group("set") if opening else None

    def _count_of(self, value):
        if value.kind != "money":
            return None
        sentence_start = self.doc.sentences[value.sentence][0]
        first = bisect_right(self.flat_starts, sentence_start - 1)
        last = bisect_right(self.flat_starts, value.start - 1)
        named = self._count_named_by(value, [fact for _, fact in self.flat[first:last]])
        if named is not None:
            return named
        for _, fact in reversed(self.flat[first:last]):
            if fact.kind == "count" and self._changes_a_count(fact):
                continue  # 比去年同期的38家增加9家;合同外资9.72亿美元: no count of the amount's set
            if fact.kind == "count" and AVERAGE_CUE.search(self.text, self._clause_start(fact.start), fact.start) \
                    and not _HEADCOUNT.search(self.text, self._clause_start(fact.start), fact.start):
                continue  # 平均每座27.97万人次;各场馆获…补助资金3680万元: a figure per member counts no set (平均人数 does)
            if fact.kind == "count" and self._rest_before_average(fact, value):
                continue  # 其余12个为…项目,平均每个项目完成投资8417万元: the rest of a list, no set an average is over
            if fact.kind == "count" and self._bracket_end(fact) is not None and self._bracket_end(fact) < value.start:
                continue  # 项目56个(含增资扩产项目12个),总投资423.9亿元: a part of the count before the brackets
            if fact.kind == "count" and self._listed_with(fact, value):
                return None  # 快递业务量和业务收入分别为18.64亿件和132.5亿元: two figures of a list
            if fact.kind == "count" and not self._is_target(fact):
                amount = self._amount_after(fact)
                if amount is value:
                    return fact
                # 电子信息类、现代服务业类各有7个项目,总投资分别为280亿元和217亿元: each amount of the
                # list counts the same number.
                each = _EACH_COUNT.search(self.text, max(0, fact.start - 2), fact.start)
                listed = amount is not None and self._clause_start(amount.start) == self._clause_start(value.start)
                return fact if each and listed else None
        return self._count_built(value)

    def _count_named_by(self, money, before: list):
        """新设企业847户,…个体工商户479户;新设企业注册资本合计86.4亿元: the count of the sentence whose name the
        amount's clause opens on (新设企业), when it is not the latest."""
        lead = strip_leading(self.text[self._clause_start(money.start) : money.start].strip())
        counts = [f for f in before if f.kind == "count" and not self._changes_a_count(f)]
        for count in reversed(counts[:-1]):
            if self._clause_start(count.start) == self._clause_start(money.start):
                continue  # (其余7个市共608个、3201.3亿元: the count of its own clause opens on the same words)
            name = strip_leading(self.text[self._clause_start(count.start) : count.start].strip()).removeprefix("其中")
            if len(name) >= 2 and lead.startswith(name):
                return count
        # 其中计划总投资亿元以上项目2146个,…;亿元以上项目完成投资3519.8亿元: past a semicolon, the count whose set the
        # amount opens on, named in four characters or more
        latest = counts[-1] if counts else None
        if latest is not None and SEMICOLON.search(self.text, latest.end, money.start):
            name = strip_leading(self.text[self._clause_start(latest.start) : latest.start].strip())
            if any(len(name) - at >= 4 and lead.startswith(name[at:]) for at in range(len(name))):
                return latest
        return None

    def _listed_with(self, count, value) -> bool:
        """A count and the amount right after it, joined by 和 in a 分别 list: each a figure of its own."""
        return bool(_AND.fullmatch(self.text, count.end, value.start)) and "分别" in self.text[self._clause_start(count.start) : count.start]

    def _changes_a_count(self, count) -> bool:
        """An absolute change of a count (增加9家, 9个(上年为7个),增加2个; a clause of a net change alone, not 新增5家, a
        set of its own) or the earlier level it is from (比去年同期的38家)."""
        return bool(_ABSOLUTE_CHANGE.search(self.text, self._clause_start(count.start), count.start)) or self._earlier_level(count) \
            or bool(_CHANGE_AFTER_BRACKETED.search(self.text, max(0, count.start - 40), count.start)) \
            or bool(_NET_CHANGE_CLAUSE.fullmatch(self.text[self._clause_start(count.start) : count.start].strip())) \
            or bool(_EARLIER_LEVEL_CLAUSE.fullmatch(self.text[self._clause_start(count.start) : count.start].strip()))  # 上年为41家,增加5家

    def _count_built(self, money):
        """拟投资128亿元建设的…三个项目: the count of the set that the amount builds, next in its clause."""
        next_at = bisect_right(self.flat_starts, money.start)
        after = self.flat[next_at : next_at + 1]
        count = after[0][1] if after else None
        if count is None or count.kind != "count" or self._clause_start(count.start) != self._clause_start(money.start):
            return None
        between = self.text[money.end : count.start]
        return count if _BUILT_BY.match(between) and count.object in ("项目", "企业", "工程") else None

    def _earlier_level(self, fact) -> bool:
        """比上届的3605.2亿元增长18.4%: a level after 比/较…的 that a change is measured from; the rates
        after it are the figure's before it."""
        than = _THAN_LEVEL.search(self.text, self._clause_start(fact.start), fact.start)
        if than is None and _CHANGE_AFTER_LEVEL.match(self.text, fact.end):  # 由2024年末的28.83万辆净增9.82万辆
            than = _FROM_LEVEL_NAMED.search(self.text, self._clause_start(fact.start), fact.start)
        return than is not None and not direction_words().search(self.text, than.start(), fact.start)

    def _bracket_opening(self, fact) -> int | None:
        """Where the words inside the brackets a figure is written in begin ((去年同期为…), or None."""
        opening = _LAST_OPENING.search(self.text, self._clause_start(fact.start), fact.start)
        return opening.start() + 1 if opening else None

    def _bracket_end(self, fact) -> int | None:
        """Where the brackets a figure is written in close (去年同期为7702.5亿元）), or None."""
        if self._bracket_opening(fact) is None:
            return None
        closing = _CLOSING.search(self.text, fact.end)
        return closing.start() if closing else None
