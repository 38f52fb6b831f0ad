"""Numeric consistency: recompute what an article's figures imply and compare it with what it states.

Checks read the statements' links and never parse text again. Each returns findings with the stated
figure, the computed one and the tolerance, which comes from the written precision (37.22% allows
±0.005 points, 41.6% ±0.05, 三成 ±5; 6978.16亿元 carries ±0.005亿) and from the hedge words (超 and 近
turn a comparison into an inequality). Values stay exact Decimals. A check that cannot decide says so
(severity `info`) rather than guess, and a contradiction that another figure of the article resolves
(the part's share of another whole) is a warning, not an error: the link may be what is wrong
(`readings`).

Not handled yet: shares of an exhaustive breakdown against 100% when the parts are percentages only
(percent-only 分别为 lists make no statements), breakdowns whose exhaustiveness neither the text (其中,
合计, 其余, 分别为 after the whole, a run opening on the whole's name, a partition) nor the figures (parts
that add up, as many parts as the whole counts) show (其中母港邮轮98艘次,访问港邮轮28艘次 is all of its
whole only when it adds up, so a changed whole goes unseen),
averages over an area (每平方米), a stock against the last stock plus the additions (截至去年底956家 =
891家 + 新增65家), sums left implicit (1—2月 plus this signing make the year to date), changes
between editions rather than years (本届 against 上届 by figures alone), and completion rates whose
achieved figure is named by a word only (一季度签约数已完成全年计划的26.7%), a figure as a multiple of its
level before (是上年48.01万人次的1.8倍; 增长1.8倍 is checked), a rate that moved between two levels with
no figure of its own (损耗率由14.5%降至5.8%,下降8.7个百分点), a pair's rates written before the earlier
levels listed in brackets (分别增长12.5%和14.3%(上年同期分别为3.43亿人次和3691.2亿元)), averages
whose total or count is written in another sentence under another name (人均缴存 after 缴存额), a 其中
list whose whole stands in another paragraph (其中,市政…412.8亿元,交通…268.5亿元 after 新增专项债券 named a
paragraph before), and a breakdown's parts whose link rests on their sum (a part written otherwise may
leave its list, or take it to another whole, so the change goes unseen).
"""

from collections.abc import Callable

from schemas import ArticleFacts, Finding
from zhfacts.checks.article import Article
from zhfacts.checks.duplicates import check_duplicate_conflict
from zhfacts.checks.growth import check_granularity, check_growth, check_range
from zhfacts.checks.ratios import check_average, check_share, check_target_completion
from zhfacts.checks.readings import doubt_wrong_links
from zhfacts.checks.sums import check_sum


def check_article(result: ArticleFacts) -> list[Finding]:
    """Every finding of every check on one article."""
    article = Article(result)
    findings: list[Finding] = []
    for run in CHECKS.values():
        findings.extend(run(article))
    # A figure stated apart for a second share or gap is checked again on its other links: one finding each.
    unique: dict[tuple, Finding] = {}
    for finding in doubt_wrong_links(article, findings):
        unique.setdefault((finding.check, finding.severity, tuple(finding.facts), finding.message), finding)
    return list(unique.values())


def with_findings(result: ArticleFacts) -> ArticleFacts:
    """The article with its findings filled in."""
    return result.model_copy(update={"findings": check_article(result)})


CHECKS: dict[str, Callable[[Article], list[Finding]]] = {
    "share": check_share,
    "target_completion": check_target_completion,
    "sum": check_sum,
    "average": check_average,
    "growth": check_growth,
    "granularity": check_granularity,
    "range": check_range,
    "duplicate_conflict": check_duplicate_conflict,
}
