"""A headline figure against its restatement in the body."""

from __future__ import annotations

import regex

from extractors.wholes import share_a_word
from extractors.wording import ADDED, FELL_BY, GREW_BY, bases_of, is_last_year_figure, month_span
from schemas import Finding, Statement
from zhfacts.checks.article import Article
from zhfacts.checks.tolerance import precision


def check_duplicate_conflict(article: Article) -> list[Finding]:
    """A headline figure against the body: a metric of the title (sentence 0) stated again later, for
    a compatible period, where no later statement of it agrees with the headline."""
    findings = []
    headline = [s for s in article.statements if s.sentence == 0 and s.metric and article.value(s).text in article.title]
    bases = {base for s in article.statements for base in bases_of(s)}
    for first in headline:
        if _CHANGE_NAMED.search(first.metric):
            continue  # 高新技术企业净增171家: the headline's increase, not the stock the body states
        head = article.value(first)
        if head.value is None or head.qualifier != "=":
            continue
        if any(later.sentence > 0 and head.text in _said_by(article, later) and share_a_word(first.metric, later.metric) for later in article.statements):
            continue  # 出让工业用地12680亩 written again in the body, as a part of 供应产业用地14100亩: restated
        # 民营经营主体786.42万户 in the headline is restated by 登记在册民营经营主体786.42万户 however
        # many words the body adds, and 服务外包执行额 by 执行额; a conflict needs a metric that adds at
        # most two (新设民营经营主体).
        # (由上年末的2.52万个增至3.78万个: a level measured from is no restatement; 新增公共充电桩 names additions,
        # not the stock of 公共充电桩)
        restated = [
            later for later in article.statements
            if later.sentence > 0 and later.metric and later.part_of is None and _same_metric(first.metric, later.metric, added=None, least=2)
            and later.value not in bases and (not ADDED.match(first.metric) or ADDED.search(later.metric))
            and _same_place(article, first.subject, later.subject)
            and _compatible_periods(article, first, later) and _same_set(article, first, later)
            and not _ANOTHER_PERIOD.search(later.metric.replace(first.metric, ""))  # 单季归母净利润 of a 前三季度 headline
        ]
        figures = [
            (later, figure) for later, figure in ((later, _figure_like(article, later, head, first)) for later in restated if _is_share(later) == _is_share(first))
            if figure is not None and figure.value is not None and figure.qualifier == "="
        ]
        disagreeing = [f for _, f in figures if abs(f.value - head.value) > precision(head) + precision(f)]
        named_alike = [f for later, f in figures if _same_metric(first.metric, later.metric)]
        if figures and len(disagreeing) == len(figures) and named_alike:
            value = named_alike[0]
            tolerance = precision(head) + precision(value)
            findings.append(Finding(
                check="duplicate_conflict", severity="error",
                message=f"标题与正文不符 / headline against body: {first.metric} {head.text} vs {value.text}",
                facts=[head.id, value.id], stated=head.value, computed=value.value, tolerance=tolerance,
            ))
    return findings


def _said_by(article: Article, statement: Statement) -> tuple[str, ...]:
    """The texts a body statement states: its value, and its rate of change (发明专利授权9428件,增长15.6%
    restates the headline's 发明专利授权增长15.6%)."""
    change = (article.facts[statement.change.value].text,) if statement.change is not None else ()
    return (article.value(statement).text, *change)


def _same_place(article: Article, first: str | None, second: str | None) -> bool:
    """沅川省 in the headline and 全省 in the body are one place; 全国 is another, and a headline that
    names no nation (沅川省前三季度…实际使用外资352.8亿元) is not about the country either."""
    national = [bool(place and _NATIONAL.match(place)) for place in (first, second)]
    if first is None:
        if second and len(second) == 2 and second.startswith("全") and (named := _TITLE_PLACE.match(article.title)):
            return named.group("kind") == second[1]  # 鹤屿市上半年… in the headline, 全省 in the body: another place
        return not national[1] or bool(_NATIONAL.search(article.title))
    if second is None or first == second:
        return True
    named, region = (first, second) if second.startswith("全") else (second, first)
    if region.startswith("全") and not named.startswith("全") and len(region) == 2 and named[-1] in _LEVELS and named[-1] != region[1]:
        return False  # 潼溪市 in the headline, 全省 in the body: the province around the city
    return national[0] == national[1] and (first.startswith("全") or second.startswith("全"))


_LEVELS = "省市县区州"
# Words that date a body figure apart from the headline's period: 单季, 当月, 第三季度, 9月.
_ANOTHER_PERIOD = regex.compile(r"单季|单月|当季|当月|第?[一二三四]季度|[上下]半年|\d{1,2}月")
# 净增171家, 平均亩产提高12.2公斤: an absolute change, not the level the body states
_CHANGE_NAMED = regex.compile(rf"(?:净|净增|新增|增加|减少|净减|{GREW_BY}|{FELL_BY})$")


_NATIONAL = regex.compile(r"全国|我国|中国")
_TITLE_PLACE = regex.compile(rf"\p{{Han}}{{1,4}}?(?P<kind>[{_LEVELS}])(?!场|值|民|委|政府)")


def _is_share(statement: Statement) -> bool:
    """A statement of a share alone (技改投资占工业投资的比重达到55.9%): its value is the share, no growth rate."""
    return statement.share is not None and statement.share.value == statement.value


def _figure_like(article: Article, later: Statement, head, first: Statement):
    """What a body statement says of the headline's figure: its value, or for a headline rate
    (固定资产投资增长3.2%) the rate of a figure (514374亿元,比上年增长3.2%) as well as a rate of its own;
    not a rate against the month before for one against the year before (销售收入同比增长12.6% in the headline,
    …环比增长6.1% in the body)."""
    value = article.value(later)
    if head.kind == "percent" and value.kind != "percent":
        if later.change is None or _month_on_month(first) != _month_on_month(later):
            return None
        return article.facts[later.change.value]
    same = value.kind == head.kind and getattr(value, "currency", None) == getattr(head, "currency", None)
    return value if same else None


def _month_on_month(statement: Statement) -> bool:
    """Whether a statement's rate is against the month before (环比)."""
    return statement.change is not None and statement.change.basis == "环比"


def _compatible_periods(article: Article, first: Statement, later: Statement) -> bool:
    """One period, written alike or spanning the same months (前三季度 and 2024年1—9月, 一季度 and 1—3月); an undated
    headline figure is of no year before."""
    if first.period is None and is_last_year_figure(later, article.facts):
        return False  # (去年,…首发募资41.7亿元 against an undated headline figure: the year before, no restatement)
    if first.period is None or later.period is None:
        return True
    one, other = article.facts[first.period], article.facts[later.period]
    return one.text == other.text or (month_span(one) != (None, None) and month_span(one) == month_span(other))


def _same_set(article: Article, first: Statement, later: Statement) -> bool:
    """项目86个,计划总投资645.8亿元 and 工业项目57个,计划总投资438.6亿元 measure two sets."""
    if first.count is None or later.count is None:
        return True
    return article.facts[first.count].value == article.facts[later.count].value


def _same_metric(first: str, second: str, added: int | None = 2, least: int = 4) -> bool:
    """Two metrics name the same thing when one of `least` characters or more holds the other whole and
    adds at most `added` characters (到位资金, 实际到位资金); more makes a subcategory (制造业实际使用外资
    of 实际使用外资)."""
    shorter, longer = sorted((first, second), key=len)
    if longer.endswith(shorter) and _JOINED_MEMBER.search(longer[: len(longer) - len(shorter)] + shorter[:2]):
        return False  # 水电风电发电量 against 风电发电量: two members joined, one of them alone
    return len(shorter) >= least and shorter in longer and (added is None or len(longer) - len(shorter) <= added)


# A member written before another of its kind, with or without a word between (水电风电, 水电和风电): the
# first ends on the character the second ends on.
_JOINED_MEMBER = regex.compile(r"\p{Han}(?P<end>\p{Han})[和与及、]?\p{Han}(?P=end)$")
