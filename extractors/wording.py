"""Word patterns that the linker's parts share: the leading words a metric drops, the placeholder
words that name no metric of their own, and figures one metric may measure in two places."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import regex

from extractors.rulebook import rules
from schemas import Statement

LEADING = regex.compile(
    r"^(?:[\s、()（）“”\"]|其中|其后|其次|依次为|分别为|分别|同时|同期|此外|另外|以及|并且|而且|而|和|及|与|共(?!享|同|建(?!成|设))|总共|全年|其(?![余他它])|实现|完成|首次|再次|又|再|还"
    r"|(?:该|此|这些|这一?)(?:项目|企业|公司|基地|园区|平台)?|虽然|虽|但是|但|却"
    r"|按(?:可比|不变|现行?)(?:价格?|口径)(?:计算)?)+"  # 按可比价格计算增长5.6%, 按现价计算, 按可比口径比上年同期增长7.3%: how the rate is computed, no name
)
# Parts may be written up to 30% larger than their whole: a mistake to show; beyond that they are of something else.
OVERSHOOT = Decimal("1.3")
# A list one of whose figures may be written wrong still comes within a quarter of the whole it makes up.
ADDS_UP_WITHIN = Decimal("0.25")
# 床位总数 names the total of 床位: the word for a total adds nothing to the name.
TOTAL_SUFFIX = regex.compile(r"(?<=\p{Han}{2})(?:总数|总量|总额|总规模|规模)$")
# 这部分企业的结算量占全市的27.1%: a clause opening on these words names the figures just written, no other.
# 前者占提取总额的81.4%: the figure just written that referents.py tells (两者分别占… is indicators.py's).
QUOTES = regex.compile(r"[“”\"‘’]")  # “新三样”: quotes around a name, read without them
REFERS_BACK = regex.compile(r"(?:这部分|该部分|这些|上述|前述|这批|该批|这类|此类|前者|后者)")
# Words that measure "it", the thing the clause before named: 进出口增长3.2%,规模达2.07万亿元;
# 去年同期这一数字为845.3亿元 (这一 is a leading word).
PLACEHOLDER_METRICS = regex.compile(r"(?:规模|总量|总额|金额|数量|体量)+|数字|数据|数值|指标")
# Verbs of an absolute change that only quantities and revenue take (增产0.93万吨, 扩大0.9万亩, 增收1.2亿元, 增支21.87亿元,
# 提高4.37亿元, 压减205万吨, and times: 缩短2.15小时, 延长1.5天), beside 增加 and 减少, which every figure takes.
GREW_BY = "增产|增收|增支|扩大|提高|延长"
FELL_BY = "减产|减收|减支|缩小|降低|压减|削减|缩减|缩短"
# 年度新增目标, 年度新建任务: a goal for additions, which the increase meets, not the level.
# 上年, 去年同期, 上年末, 去年底: the year before, as a level written for it names it.
YEAR_EARLIER = r"(?:上年|去年)(?:同期末?|同月|年?末|年?底)?"
# 全省旅客吞吐量中,…; 外贸航线中,…: a set named at a sentence's opening, whose members the sentence goes on to give
SET_NAMED_OPENING = regex.compile(r"\s*(?:其中[,，]?)?(?P<set>\p{Han}{2,16}?)中[,，]")
# 上一雪季, 上个供暖季, 上一年度, 上届: the span before, of a kind other than a calendar year
PREVIOUS_SPAN = r"上一?个?(?:雪季|供暖季|采暖季|季度|年度|学年|届|期)"
# 上年末, 去年年底: the end of the year before
# The words a date of the year before opens with: 上年末, 去年同期, 上一年度.
YEAR_BEFORE_WORDS = ("上年", "去年", "上一年")
LAST_YEAR_END = r"(?:上年|去年)年?(?:末|底)"
# 是上年41家的1.5倍, 是2024年的2.4倍: a time before, whose level a multiple may be of
EARLIER_YEAR = r"(?:上年|去年|前年|\d{4}年)(?:同期|末|底)?"
SAME_PERIOD = ("同期", "同月", "同期末")  # 去年同期, 上年同月, 上年同期末: the same span (or its end) a year before
# 夏粮增产12.8万吨, 产量增加12.8万吨: a figure named by its change, whose level is left unwritten (no rate's level)
CHANGE_NAMED = regex.compile(rf"(?:增加|减少|净增|净减|{GREW_BY}|{FELL_BY})了?\s*$")
NAMED_AS_CHANGE = regex.compile(r"(?:增加|减少|净增|净减|多|少)了?$")  # 协议总投资增加, 新开工项目多: a figure named by its change
# ;, 。, a line: the end of a sentence run, which a semicolon closes as a full stop does.
RUN_BREAK = regex.compile(r"[;；。！？!?\n]")
LAST_RUN_BREAK = regex.compile(r"(?r)" + RUN_BREAK.pattern)  # searched backwards: the break nearest before
# The measure words of a count of people, which an average per head (人均) is over.
COUNTS_PEOPLE = regex.compile(r"人|名|户|位")
# 其余13个项目, 其他地区, 余下…: the rest of a whole, named after the members listed.
REST_OF_WHOLE = regex.compile(r"其余|其他|其它|余下|剩余")
AMOUNT_NAMED = regex.compile(r"(?:产值|营收|收入|销售额|交易额|成交额|投资额|增加值|利润|税收|出口额|进口额|成交价|总价|价款|金额)$")  # a name ending on an amount
SEMICOLON = regex.compile(r"[;；]")  # 整车制造收入…;动力电池收入…;其余环节合计: a semicolon parts what it stands between
# 国际级…、国家级…、省级…、市级及以下赛事234场: the lowest class of a graded list holds all the rest of it
# (a threshold of money, 1亿元以下, is a class of its own and written with digits)
LOWEST_CLASS = regex.compile(r"[\p{Han}\dA-Za-z]{1,6}?及以下")  # (3A级及以下)
# 户均, 亩均880.2万元, 平均每趟39.4人, 日均107.8万人次, 每张: a figure per member, no part or count of a total.
AVERAGED_NAME = regex.compile(r"均|^每")
CLOSED_BRACKETS = regex.compile(r"[(（][^)）]*[)）]")  # an aside, brackets and all
# The words for a whole region, whose figure holds every part of it: 占全市的22.5%.
REGIONS = ("全国", "全省", "全市", "全县", "全区", "全州")
# 全县农村居民…, 本市: the region of the article itself that a name opens on, its own
OWN_REGION_OPENING = regex.compile(r"^[全本][国省市县区]")
# 日均, 月均, 年均: a figure already per day, month or year.
PER_DAY_MONTH_YEAR = r"日均|月均|年均"
# 由每人每月910元…, 由上年的每人每月655元, 由上年的每平方米每月14.2元: the unit a level moved from is written per
PER_UNIT_MOVED_FROM = "(?:每(?:人|户|吨|亩|平方米|千瓦时|月|年)){1,2}"
# 上年为, 年初为, 上月末为: the words that write a level of an earlier time, as an aside after a figure's rates
# (上年为每平方米9729元: per the unit it is written in).
# (比上个雪季增长18.4%,上个雪季为4107.3万人次; 上一年度为: the season or term before)
EARLIER_WAS = rf"(?:上年|去年|年初|上月|上(?:个|一)\p{{Han}}{{1,3}}?)(?:同期|同月|末|底)?(?:为|是)(?:{PER_UNIT_MOVED_FROM})?"
EARLIER_WAS_AT_END = regex.compile(rf"{EARLIER_WAS}$")  # …,上年同期为7.06亿件: the words of an earlier level
# 增加5家, 净减2个: the words of a net change, of any figure.
NET_CHANGE = r"(?:增加|减少|净增|净减)"
# 全年新增3.52万个, 净增, 新建: additions, a flow of their own that may meet a goal of its own.
ADDED = regex.compile(r"新增|新开|净增|新认定|新建|新设")
# （出口4216.8亿元、进口…: an aside opened before a figure and not closed yet.
OPEN_ASIDE = regex.compile(r"[（(][^（）()。；;]*$")
# 比年初增加115.21亿元, 较去年底的9.74万个净增3.12万个: the words right before an increase.
# 社会融资规模增量, 人民币贷款增加: a figure named as an increase itself, no level.
AN_INCREASE = regex.compile(r"增量|新增|增加|净增")
INCREASE_BEFORE = regex.compile(r"(?:增加|净增|新增)了?$")
GOAL_OF_ADDITIONS = regex.compile(r"(?:新增|新建|扩面|增量)[^,;，；。的]{0,8}?(?:计划|目标|任务)|增量完成")  # 新增3万个目标, 年度增量目标, 全年增量完成年度目标
# 多接待, 少支出: the deeds a change by 多 or 少 is written with.
MORE_OR_LESS_DONE = "发送|接待|发放|完成|建成|建设|新建|建|改造|实现|投入|支出|生产|销售|出口|进口|引进|签约|开工|投放|兑现|成交|到位|落地|招引|发电|缴纳|收入|毕业|认定|培育|登记|注册|新设|吸纳|带动|出栏|产|用电|投产|下达|发行|收|开行|运送|接收|服务"
# 。！？ and a line break: where a sentence stops (a full stop inside 6.5 is none: text.py splits on that).
SENTENCE_STOP = regex.compile(r"[。！？!?\n]")
LAST_SENTENCE_STOP = regex.compile(r"(?r)" + SENTENCE_STOP.pattern)  # searched backwards: the stop nearest before
# 贷款余额, 缴存额, 结算量, 出口额: the measure word closing a name, after which the name is of the thing measured
MEASURE_WORD_END = regex.compile(r"(?:总值|总额|总量|余额|额|(?<=\p{Han}{2})量)$")
YEAR_START = ("年初", "今年年初")  # the level a stock started the year from, in a report of a later month's end
# 合计0.20亿袋, 合计为…: a sum that names nothing of its own (not 三市合计, 其余行业合计)
BARE_SUM = r"(?:合计|共计)(?:为|达到?)?"
# 上年这一比重为…, 这一指标: the nouns a share is named back by, a year earlier (a regex alternation).
SHARE_NAMED_BACK = r"(?:比重|占比|比例|指标)"
# 比上年的2049.6万吨, 较去年的…: a base written as last year's figure, right before it
LAST_YEAR_BASE = regex.compile(r"(?:比|较)(?P<year>上年|去年)的$")
# 研发经费与地区生产总值之比为2.18%, …的比率为: the 与 of a ratio, its whole named after it.
RATIO_WITH = r"与(?=[^,;，；。与]{2,24}?(?:之比|的比率|的比值))"
# 分别投向冷链物流设施…, 分别用于产业发展…: the verbs of where each part of a figure went (a regex alternation).
WENT_TO = r"(?:投向|投入|用于|流向|来自|拨付给?|支持)"
# 合计, 共计, 总计: the words that sum figures up.
SUMMED_UP = regex.compile(r"合计|共计|总计")
# A sentence that breaks a total down: 分项看, 分行业看, 从承接地看, 具体来看, 按产业分, 按投资规模划分.
BREAKDOWN_CUE = regex.compile(r"分[\p{Han}]{1,6}看|从[\p{Han}]{1,10}(?:看|来看)|按[\p{Han}]{1,8}(?:看|来看)(?=[,，:：])|具体来看|分项来看|按[\p{Han}]{1,10}?(?:划分|分类|分)(?=[,，:：])")
# 首次超过1100亿元: the words of a mark a level passes (FIRST_TIME, then the mark's hedge, PASSING).
FIRST_TIME = r"(?:首次|首度|历史性地|一举)"
PASSING = r"(?:超过|突破|超|逾)"
# 一年新增74家, 较上年末净增38.45万户, 本届增加18个, 多出214款: an absolute change standing for its level's.
DELTA_ONLY = regex.compile(
    rf"(?:(?:一年间?|一年来|全年|当年|年内|今年|半年|上半年)(?:同比)?|同比|本届|本期|(?:较|比)(?:{LAST_YEAR_END}|年初|上年|去年|上届)|项目数|数量)?"
    rf"(?:新增|新开|净增|增加|减少|净减|{GREW_BY}|{FELL_BY}|多出|(?:多|少)(?:{MORE_OR_LESS_DONE}|\p{{Han}}(?=$))?)了?"
)
# The figure of the edition before, named before it: 上届签约项目为108个.
EDITION_BEFORE = r"(?:上届|上一届)\p{Han}{0,12}?(?:为|是|达)?"


def strip_leading(text: str) -> str:
    """`text` without its leading words; the pattern is anchored, so one match at the start does."""
    match = LEADING.match(text)
    return text[match.end() :] if match else text


def alike(first, second) -> bool:
    """Figures of one kind and unit, which one metric may measure in two places."""
    return first.kind == second.kind and getattr(first, "currency", None) == getattr(second, "currency", None)


# 风电、光伏发电和生物质发电: what joins the names or figures of a list.
LIST_JOIN = regex.compile(r"[、和及与]")
_PEOPLE = frozenset({"人", "名", "位"})  # 报名12.4万人,3万名选手参赛;其中外地跑者1.87万人: people, however counted


def same_unit(first, second) -> bool:
    """Of one kind and unit: the currency of amounts, the measure word of counts (4名 and 9家 differ), the
    unit of quantities (吨 and 亩 differ, 万吨 and 公斤 do not)."""
    if first.kind != second.kind or getattr(first, "currency", None) != getattr(second, "currency", None):
        return False
    if getattr(first, "base_unit", None) != getattr(second, "base_unit", None):
        return False
    return first.kind != "count" or first.unit == second.unit or first.unit in _PEOPLE and second.unit in _PEOPLE


def time_said(date):
    """What a date says, resolved or as written (2021年1—3月 and 2021年1-3月 alike), for comparison."""
    return date.resolved or repr(date.model_dump(exclude={"id", "text", "start", "end", "sentence", "resolved"}, exclude_none=True))


def same_time(first, second) -> bool:
    """Whether two dates name one time (第三季度 and 三季度 of one year)."""
    return time_said(first) == time_said(second)


def two_char_words(text: str | None) -> set[str]:
    """The overlapping pairs of characters of a text (实际利用外资: 实际, 际利, 利用 …), the words names are compared by."""
    text = text or ""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def metrics_alike(first: str, second: str) -> bool:
    """Two metrics of one measure: one holds the other, or they share two words (实际使用外资 and
    实际利用外资 share 实际, 外资; 新设外资企业数量 and 新设立外商投资企业); one shared word (现金 in
    经营性现金流净额 and 现金认购) is not enough, nor 出口 inside 进出口 (exports are a part of trade)."""
    first, second = first.replace("进出口", "◇"), second.replace("进出口", "◇")
    shorter, longer = sorted((first, second), key=len)
    words = two_char_words(first) & two_char_words(second)
    return bool(shorter) and shorter in longer or len(words) >= 2 or _abbreviates(shorter, longer)


def _abbreviates(short: str, long: str) -> bool:
    """外贸箱 of 外贸集装箱: a word of two characters and the head's last one (a longer short name, 科技贷款, may
    be of another thing: 科技型中小企业贷款 is only some of it)."""
    return len(short) == 3 and len(long) <= 6 and short[:2] == long[:2] and short[-1] == long[-1]


# 出口车辆中新能源汽车: a set, then 中 and a member of it (not 集中, 其中, 中小, 中国, 中心 …)
_SET_OPENING = regex.compile(r"(?P<set>\p{Han}{2,8}?)(?<![集其年之当高初空])中(?P<member>(?![国心小央部西东外间期旬医药学高亚欧资型长])\p{Han}{2,})")


def set_and_member(metric: str | None) -> tuple[str, str] | None:
    """干散货中煤炭: the set (干散货) and the member of it (煤炭) that a metric names, if it names one so."""
    match = _SET_OPENING.match(metric or "")
    return (match.group("set"), match.group("member")) if match else None


MEMBER_NOUN = regex.compile(r"(?:项目|企业|公司|工程|村)$")  # the noun members of a set are named by


def names_the_set(metric: str | None, named: str) -> bool:
    """信息技术服务收入中 names 信息技术服务收入; 落地项目中 names 目前已落地 (二百三十六个): a set named by
    its members' noun after what was done to them is the figure of that deed."""
    if not metric:
        return False
    stem = MEMBER_NOUN.sub("", named)
    scoped = len(named) >= 4 and metric.endswith(named)  # 新增上市企业中 names 高新区新增上市企业
    return metric == named or scoped or stem != named and len(stem) >= 2 and metric.endswith(stem)


_LAST_CLAUSE_BREAK = regex.compile(r"(?r)[,;:，；：。！？!?\n]")  # searched backwards: the break nearest before


def clause_opening(text: str, at: int) -> int:
    """Where the clause holding offset `at` opens: right after the nearest comma, colon, semicolon or stop before it."""
    last_break = _LAST_CLAUSE_BREAK.search(text, 0, at)
    return last_break.end() if last_break else 0


def without(statements: list, dropped: set[str]) -> list:
    """The statements but the dropped ones (figures that turned out to be a goal or a change), whose parts
    are released: no part may name a whole that is no statement."""
    return [s.model_copy(update={"part_of": None}) if s.part_of in dropped else s for s in statements if s.id not in dropped]


def fact_ids(dumped: dict):
    """Every fact id a dumped statement links (its value, period, count and those of its change, share, target…)."""
    for value in dumped.values():
        if isinstance(value, dict):
            yield from fact_ids(value)
        elif isinstance(value, str):
            yield value


def bases_of(statement) -> list[str]:
    """The fact ids of the levels a figure is measured from: the bases of its change and of its difference."""
    return [link.base for link in (statement.change, statement.difference) if link is not None and link.base]


def names_a_change(words: str) -> bool:
    """净增4.22万台, 增收1.10亿元, 下降0.45元: the words of a figure's clause before it name it by its change alone."""
    return bool(DELTA_ONLY.fullmatch(strip_leading(words.strip())))


def named_by(statement) -> str:
    """The words a figure is named by: its subject and its metric (全省 + 出口)."""
    return (statement.subject or "") + (statement.metric or "")


def same_words(text: str) -> str:
    """The text with each word of a group of synonyms (rules/link.toml `synonyms`) written as the first."""
    for group in rules("link").synonyms:
        for word in group[1:]:
            text = text.replace(word, group[0])
    return text


def is_last_year(fact) -> bool:
    """去年同期, 上年同期: the same period a year before the one in force (not 2020年同期, whose figures
    are often listed with rates shared among them)."""
    return fact.kind == "date" and fact.text.startswith(YEAR_BEFORE_WORDS) and fact.text.endswith(SAME_PERIOD)


def is_last_year_figure(statement, facts: dict) -> bool:
    """A figure dated 上年, 去年 or a date of the year before that opens with them (去年国庆假期, 上年末)."""
    return statement.period is not None and facts[statement.period].text.startswith(YEAR_BEFORE_WORDS)


def before_the_report_year(statement, facts: dict) -> bool:
    """A figure of the year before the one reported: dated 上年 or 上一年 (上年研发投入), or the same period of the year
    before (去年同期); 去年 alone may be the year an early-year report is about (截至去年底)."""
    text = facts[statement.period].text if statement.period is not None else ""
    return text.startswith(("上年", "上一年")) or text.startswith("去年") and text.endswith(SAME_PERIOD)


def a_year_before(period, later) -> bool:
    """2024年 against 2025年, 2025年前三季度 against 前三季度 of 2026: a period that writes its year and spans the
    months of the later one, a year earlier; or the end of the year before a whole year (2024年末 against 2025年)."""
    if period.resolved is None or later.resolved is None or not period.text[:4].isdigit():
        return False
    first, then = period.resolved, later.resolved
    if period.text.endswith(("年末", "年底")) and (then.start.month, then.end.month) == (1, 12):
        return first.end.year + 1 == then.end.year  # 2024年末 against 2025年: the stock at the end of the year before
    return first.start.year + 1 == then.start.year and first.end.year + 1 == then.end.year \
        and (first.start.month, first.start.day, first.end.month, first.end.day) == (then.start.month, then.start.day, then.end.month, then.end.day)


def at_an_end(date) -> bool:
    """截至10月末, 年底: a date at the end of a span, when a stock is counted."""
    return date.text.endswith(("末", "底"))


def periods_differ(first, second) -> bool:
    """Two dates known to cover different spans (2022年 and 2023年一季度; 1—9月 and 1—10月): a year or a
    month that both give and that differs. Unknown where either leaves it open (今年 against 2024年
    without a publication date)."""
    if first.day is not None or second.day is not None:
        return False  # 8月26日,…披露半年度报告: the day of a report, as often as the period of its figures
    # 截至10月末 and 1—10月 end alike: the stocks and the flows of one report
    stock = at_an_end(first) or at_an_end(second)
    if first.resolved is not None and second.resolved is not None:
        return first.resolved != second.resolved and not (stock and first.resolved.end == second.resolved.end)
    spans = list(zip(_span(first), _span(second)))
    if stock:
        spans = spans[2:]  # the end alone
    return any(a is not None and b is not None and a != b for a, b in spans)


def opening_before(date, later) -> bool:
    """年初 against 前三季度 or 9月末: the level the year opened on, before the later date's months end."""
    last = month_span(later)[1]
    return date.text.endswith("年初") and last is not None and last > 1


def month_span(date) -> tuple:
    """The first and last month a date spans (前三季度 → 1, 9; 6月 → 6, 6), (None, None) when it names none."""
    _, first, _, last = _span(date)
    return first, last


def _span(date) -> tuple:
    """The first and last year and month of a date, None where it gives none."""
    if date.period is not None:
        return date.period.start.year, date.period.start.month, date.period.end.year, date.period.end.month
    return date.year, date.month, date.year, date.month


@cache
def _measure_words() -> list[tuple[str, int]]:
    """Each word that names a measure, with the number of its measure (rules/link.toml `measures`)."""
    return [(word, number) for number, words in enumerate(rules("link").measures) for word in words]


def _last_measure_word(metric: str | None) -> tuple[str, int | None]:
    """The last measure word a metric names, the longest of those ending there (赔付支出, not 支出), with its measure."""
    found = [(at + len(word), len(word), word, number) for word, number in _measure_words() if metric and (at := metric.rfind(word)) >= 0]
    return max(found, default=(0, 0, "", None))[2:]


def measure_of(metric: str | None) -> int | None:
    """The measure a metric names by its last measure word (研发费用 a cost, 归母净利润 a profit), the longest
    of those ending there (赔付支出 a payout, not a cost)."""
    return _last_measure_word(metric)[1]


def measure_word(metric: str | None) -> str:
    """The last measure word a metric names (费用 of 住院次均费用), or "" when it names none."""
    return _last_measure_word(metric)[0]


def measure_with_count(metric: str | None, count, value_start: int, text: str) -> int | None:
    """The measure a figure's metric names; for one named by no measure (金额), the measure its count's clause
    names, when the count comes first (发放住房公积金贷款8264户,金额48.37亿元: 贷款)."""
    measured = measure_of(metric)
    if measured is None and count is not None and count.start < value_start:
        measured = measure_of(text[clause_opening(text, count.start) : count.start])
    return measured


def made_and_sold(first: str | None, second: str | None) -> bool:
    """新车销量 and …产量: of one product, one names what is made and the other what is sold, two measures
    (not in `measures`, since a figure named for neither, 新能源汽车, may be either)."""
    first_kind, second_kind = _made_or_sold(first or ""), _made_or_sold(second or "")
    return len(first_kind) == len(second_kind) == 1 and first_kind != second_kind


def _made_or_sold(words: str) -> set[str]:
    """Whether a name is of what is made (产量, or by its verb: …汽车集团上半年生产新能源汽车), of what is sold, or both."""
    return {kind for kind, marks in (("made", ("产量", "生产")), ("sold", ("销量", "销售"))) if any(mark in words for mark in marks)}


def other_measures(first: str | None, second: str | None) -> bool:
    """Two metrics of different measures (存款 and 贷款), neither a part of the other."""
    a, b = measure_of(first), measure_of(second)
    return a is not None and b is not None and a != b


_NAME_OPENING = regex.compile(r"\s*(?P<name>\p{Han}{2,12}?)中[,，]")


def run_opening(text: str, offset: int) -> str | None:
    """The name the sentence run of `offset` opens on before 中 (住房消费类 of 住房消费类中,购买住房提取41.25亿元):
    the figure the run's figures are members of."""
    run = LAST_RUN_BREAK.search(text, 0, offset)
    opening = _NAME_OPENING.match(text, run.end() if run else 0, offset)
    return opening.group("name") if opening else None


def member_groups() -> list[list[str]]:
    """The members of each partition and modifier pair (rules/link.toml): 城镇 and 乡村, 城市 and 农村."""
    link_rules = rules("link")
    return [*(partition.parts for partition in link_rules.partitions), *link_rules.modifier_pairs]


def names_the_other_of_a_pair(name: str, metric: str) -> bool:
    """Whether a name opens on the other member of a modifier pair or a partition (rules/link.toml) than the one a
    metric opens on, the words after it alike: 农村低保标准 against 城市低保标准全年."""
    for members in member_groups():
        held = next((part for part in members if metric.startswith(part)), None)
        if held is not None and any(name.startswith(part + metric[len(held) :][:2]) for part in members if part != held):
            return True
    return False


def other_member(name: str, said: str) -> bool:
    """Whether a figure names another member of a partition than the one a name holds (第一产业 for 第二产业),
    or the name's complement (非住房消费类提取 for 住房消费类)."""
    if negates(said, name) or negates(name, said):
        return True
    for partition in rules("link").partitions:
        named = {part for part in partition.parts if part in name}
        held = {part for part in partition.parts if part in said}
        if named and held and not named & held:
            return True
    return False


def negates(said: str, name: str) -> bool:
    """Whether `said` writes 非 before the opening of `name`, which has no 非 of its own there."""
    at = said.find("非")
    while at >= 0:
        opening = said[at + 1 : at + 3]
        if len(opening) == 2 and name.startswith(opening):
            return True
        at = said.find("非", at + 1)
    return False


def negation_of(other: str, name: str) -> bool:
    """Whether `other` names what `name` is not, of the same measure: 非税收入 of 税收收入, 非利息净收入 of 利息净收入,
    离退休、离职等非住房消费类提取 of 住房消费类提取 (its examples first)."""
    other = _EXAMPLES_FIRST.sub("", other)
    return other.startswith("非") and negates(other, name) and other[-2:] == name[-2:] and len(other) > 2


_EXAMPLES_FIRST = regex.compile(r"^[\p{Han}、]{2,16}?等(?=非)")


# 按全区地区生产总值1126.8亿元计算,: the clause of a figure named as the basis a ratio after it is computed on
BASIS_OF_RATIO = regex.compile(r"按[^,;，；。]{1,24}?(?:计算|测算)[,，]")
# 按成母牛存栏计算,头均产奶9.82吨; 按可采摘面积计算,亩均产值8831元: the members or the quantity an average is reckoned on
AVERAGE_BASIS = regex.compile(r"按(?P<name>[^,;，；。]{1,10}?)(?:计算|测算)[,，][^,;，；。]{0,12}$")


# 每千人口拥有床位6.52张, 每万人拥有5G基站27.6个: an average per a thousand or ten thousand members (`word`).
PER_MANY = r"每(?P<scale>十万|千|万)(?:名|位)?\p{Han}{0,3}?(?P<word>人口|人|户)"
_PER_MANY = regex.compile(PER_MANY)
_MANY = {"千": 1000, "万": 10000, "十万": 100000}


def per_many(metric: str | None) -> int:
    """How many members an average's name says it is per: 1000 for 每千人口, else 1."""
    match = _PER_MANY.search(metric or "")
    return _MANY[match.group("scale")] if match else 1


def stated_apart(statement: Statement, key: str, value: str | None = None, **links) -> Statement:
    """The statement's figure (or `value`, another figure written with it) stated apart with other links: a second
    share, completion rate, gap or average, or the count written beside an amount with a rate of its own."""
    return Statement(id=f"{statement.id}.{key}", metric=statement.metric, value=value or statement.value, period=statement.period,
                     subject=statement.subject, sentence=statement.sentence, **links)


def named_by_its_clause(levels: list, compared: int, text: str):
    """规模化供水工程12个、小型供水工程标准化改造29个、水质提升项目6个;小型工程改造项目比上年增加8个: the level the words
    of the clause up to `compared` (its 比) name, by more words than any other (two at least), when they name one."""
    words = two_char_words(strip_leading(text[clause_opening(text, compared) : compared]))
    scores = [len(words & two_char_words(level.metric)) for level in levels]
    best = max(scores, default=0)
    return levels[scores.index(best)] if best >= 2 and scores.count(best) == 1 else None


# 生物药实现产值 is what 生物药产值增长23.4% names: the verbs of achievement say nothing of the figure.
_ACHIEVED = regex.compile(r"实现|完成")


def unvoiced(metric: str) -> str:
    """A metric without the verbs of achievement (实现, 完成), which say nothing of the figure it names."""
    return _ACHIEVED.sub("", metric)
