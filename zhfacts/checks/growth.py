"""Rates of change: growth against the year-earlier figure, gaps between rates, the whole previous
count a rate implies, and figures impossible on their own."""

from __future__ import annotations

from decimal import Decimal

import regex

from extractors.wholes import same_unit, share_a_word
from extractors.wording import NAMED_AS_CHANGE, SAME_PERIOD, is_last_year, is_last_year_figure, metrics_alike, month_span, two_char_words
from schemas import Finding, Statement
from zhfacts.checks.article import Article
from zhfacts.checks.tolerance import HUNDRED, compare, precision, show


def signed_rate(fact) -> Decimal | None:
    """The rate in percent, below zero for a fall; 增长1.1倍 is a rise of 110%, and a multiple with no
    direction, 是去年同期的2.3倍, a ratio: a rise of 130%."""
    if fact.value is None or fact.form not in ("percent", "multiple"):
        return None
    if fact.form == "multiple" and fact.direction is None:
        return (fact.value - 1) * HUNDRED
    value = fact.value * HUNDRED if fact.form == "multiple" else fact.value
    return -value if fact.direction == "down" and value > 0 else value


def _as_ratio(rate_fact, computed: Decimal) -> str:
    """是去年同期的2.6倍: the computed rise also as the multiple it is written as."""
    if rate_fact.form != "multiple" or rate_fact.direction is not None:
        return ""
    return f" ({show(computed / HUNDRED + 1)}倍)"


def _year_and_months(article: Article, statement: Statement) -> tuple[int, tuple] | None:
    """The year of a statement's period and its month span, when the period fixes them."""
    if statement.period is None:
        return None
    date = article.facts[statement.period]
    months = month_span(date)
    year = (date.period.start.year or date.year) if date.period is not None else date.year
    if year is None and date.resolved is not None:
        year = date.resolved.start.year
    if months == (1, 12):
        months = (None, None)  # 2024年1-12月 is the year 2023年 is compared with
    return (year, months) if year is not None else None


def check_growth(article: Article) -> list[Finding]:
    """Growth against the year-earlier figure, and the gap between two rates."""
    return _check_growth_from_levels(article) + check_gap(article)


def _check_growth_from_levels(article: Article) -> list[Finding]:
    """A figure with a growth rate against the same metric stated for the year before
    (2021年增至225.51亿美元,增长11.5% after 2020年…202.33亿美元; 与上年的12,326.8亿元相比)."""
    findings = []
    for statement in article.statements:
        if statement.share is not None and statement.share.change is not None and statement.share.earlier is not None:
            findings += _points_from_share(statement, article)
        if statement.change is None:
            continue
        value, rate_fact = article.value(statement), article.facts[statement.change.value]
        rate = signed_rate(rate_fact)
        if statement.change.base is not None:
            findings += _growth_from_base(article, statement, value, rate_fact, rate)
            continue
        if statement.change.basis == "环比":
            continue  # 6月份…环比增长3.6%: a rate on the month before says nothing against the year before
        when = _year_and_months(article, statement)
        if rate is None or value.value is None or value.qualifier != "=" or rate_fact.qualifier != "=":
            continue
        previous = _previous_year_figure(article, statement, value, when)
        if previous is None:
            continue
        computed = (value.value / previous.value - 1) * HUNDRED
        tolerance = precision(rate_fact) + (precision(value) / previous.value + value.value * precision(previous) / previous.value**2) * HUNDRED
        if abs(abs(computed) - abs(rate)) <= tolerance:
            continue  # 亏损9443.52万元,同比下滑44.87%: a loss that grew, read as a fall of profit; the size agrees
        # The year-earlier figure is sure when it is linked as such (去年同期为…) or names the very same
        # metric; found by shared words only (均价 of two products), a contradiction is a warning.
        earlier = article.by_value[previous.id]
        sure = earlier.metric == statement.metric or article.facts[earlier.period].text.endswith(SAME_PERIOD)
        finding = compare(  # 约1.87万亿元 a year earlier: a rounded figure, so a band around the rate
            "growth", rate, computed, tolerance, previous.qualifier, [value.id, previous.id, rate_fact.id],
            f"增速不符 / growth mismatch: {value.text} against {previous.text} a year earlier is {{computed}}%{_as_ratio(rate_fact, computed)}, stated {rate_fact.text}",
            confident=sure,
        )
        findings += [finding] if finding else []
    return findings


def _growth_from_base(article: Article, statement: Statement, value, rate_fact, rate) -> list[Finding]:
    """由1971英镑上调至3,549英镑,涨幅约80%: the rate against the base its sentence writes. An 约 on a
    figure widens its rounding to 1% of it; a bound (超, 近) on any of the three decides nothing."""
    base = article.facts[statement.change.base]
    figures = (value, base, rate_fact)
    if rate is None or value.value is None or base.value in (None, 0) or any(f.qualifier not in ("=", "~") for f in figures):
        return []
    if not same_unit(value, base):
        return []  # 231.8万人次 against 两类: no level of the same thing, nothing to say
    if statement.change.direction == "down" and rate > 0:
        rate = -rate  # 下降了40.11%: the direction read with the rate
    value_error, base_error = (
        max(precision(f), abs(f.value) / HUNDRED) if f.qualifier == "~" else precision(f) for f in (value, base)
    )
    # 亏损39.13亿元 against 上年同期盈利98.43亿元: a loss counts below zero, and a change is measured
    # against the size of the base.
    current, earlier = (-f.value if _is_loss(article, f) else f.value for f in (value, base))
    computed = (current - earlier) / abs(earlier) * HUNDRED
    tolerance = precision(rate_fact) + (value_error / abs(base.value) + abs(value.value) * base_error / base.value**2) * HUNDRED
    if current < 0 or earlier < 0:
        if abs(abs(computed) - abs(rate)) <= tolerance:
            return []  # -1343万元 against -860万元, 下滑56.19%: a loss that grew, read as a fall; the size agrees
    finding = compare(
        "growth", rate, computed, tolerance, rate_fact.qualifier, [value.id, base.id, rate_fact.id],
        f"增速不符 / growth mismatch: {value.text} against {base.text} is {{computed}}%{_as_ratio(rate_fact, computed)}, stated {rate_fact.text}",
    )
    return [finding] if finding else []


def _is_loss(article: Article, fact) -> bool:
    """A figure written as a loss (亏损9443.52万元, 净亏损), whose value is its size."""
    statement = article.by_value.get(fact.id)
    return fact.value is not None and fact.value > 0 and statement is not None and "亏" in (statement.metric or "")


def _points_from_share(statement: Statement, article: Article) -> list[Finding]:
    """占…的40.9%,较2023年的31.6%提高9.3个百分点: the share less the earlier one against the stated points."""
    share, earlier, points = (article.facts[i] for i in (statement.share.value, statement.share.earlier, statement.share.change))
    if share.value is None or earlier.value is None or points.value is None or share.form != "percent":
        return []
    if any(f.qualifier != "=" for f in (share, earlier)):
        return []
    stated = -abs(points.value) if statement.share.direction == "down" else abs(points.value)
    tolerance = precision(share) + precision(earlier) + precision(points)
    finding = compare(
        "growth", stated, share.value - earlier.value, tolerance, points.qualifier, [share.id, earlier.id, points.id],
        f"百分点不符 / point change: {share.text} - {earlier.text} = {{computed}} points, stated {points.text}",
    )
    return [finding] if finding else []


def check_gap(article: Article) -> list[Finding]:
    """增长12.8%,增速比全国(5%)高出7.8个百分点: the difference of two rates against the stated gap."""
    findings = []
    for statement in article.statements:
        change = statement.change
        if change is None or change.gap is None or change.gap_to is None:
            continue
        rate, other, gap = article.facts[change.value], article.facts[change.gap_to], article.facts[change.gap]
        first, second = signed_rate(rate), signed_rate(other)
        if first is None or second is None or gap.value is None or "~" in (rate.qualifier, other.qualifier) or rate.qualifier != "=":
            continue
        stated = abs(gap.value) if change.gap_direction == "up" else -abs(gap.value)
        tolerance = precision(rate) + precision(other) + precision(gap)
        if first < 0 and second < 0 and compare("growth", stated, second - first, tolerance, gap.qualifier, [], "") is None:
            continue  # 下降4.8%,比全省(下降7.2%)低2.4个百分点: two falls compared by their size (降幅 low)
        if first < 0 and other.direction is None and compare("growth", stated, first + second, tolerance, gap.qualifier, [], "") is None:
            continue  # 同比下降4.3%,降幅比1—9月的5.5%收窄1.2个百分点: a rate with no word of its own, the size of a fall
        finding = compare(
            "growth", stated, first - second, tolerance, gap.qualifier, [rate.id, other.id, gap.id],
            f"增速差不符 / gap between rates: {show(first)}% - ({show(second)}%) = {{computed}} points, stated {gap.text}",
        )
        findings += [finding] if finding else []
    return findings


def _previous_year_figure(article: Article, statement: Statement, value, when):
    """The figure of the year before, by the dates of both; of a figure whose period the article does not
    fix (假期全市接待游客…;去年同期,全市接待游客…), only one dated 去年同期 in a sentence after it."""
    year, months = when or (None, None)
    # (a figure of 上年 itself: a figure of 上年 is of its own year, not the one before)
    last_year = is_last_year_figure(statement, article.facts)
    for other in article.statements:
        if other is statement:
            continue
        earlier = article.value(other)
        if not same_unit(earlier, value):
            continue  # of the kind, currency and measure word (两类 is no earlier level of 231.8万人次)
        if earlier.value in (None, 0) or other.period is None:
            continue
        period_text = article.facts[other.period].text
        if period_text.endswith("以来") or last_year and period_text.startswith(("上年", "去年")):
            continue  # 2018年以来: a span up to now, not the year before
        if earlier.qualifier != "=" and not (earlier.qualifier == "~" and period_text.endswith(SAME_PERIOD)):
            continue  # a hedged figure only when it is linked as this one's year-earlier value
        other_when = _year_and_months(article, other)
        # 上年, and 去年同期 / 上年同期 (the figure a year before this one's period): the year before.
        same_period = period_text.startswith(("上年", "去年")) and period_text.endswith(SAME_PERIOD)
        if when is None and (not same_period or other.sentence <= statement.sentence):
            continue  # (in the figure's own sentence, the linker reads its base)
        if when is not None:
            if period_text.startswith("上年") or same_period or period_text == "去年":
                other_when = (year - 1, months if period_text.endswith(SAME_PERIOD) else (other_when or (0, (None, None)))[1])
            if other_when != (year - 1, months):
                continue
        owner = _base_owner(article, other)
        # (the headline's copy of this body figure; a headline figure's rate may be another's, 秋粮增产3.1%)
        restated = owner is not None and article.is_headline(owner) and article.value(owner) in article.copies(value.id)
        if (period_text.endswith(SAME_PERIOD) or period_text in ("上年", "去年")) and owner is not statement and not restated:
            continue  # 去年同期, 上年为…: relative, the year before of the figure it follows only
        if statement.metric and other.metric and not metrics_alike(statement.metric, other.metric):
            continue
        if _national(statement.subject) != _national(other.subject):
            continue  # 全国…11339.1亿元 and 全省…2022年这一数字为196.0亿元: two places
        return earlier
    return None


def _national(subject: str | None) -> bool:
    return bool(subject) and subject.startswith(("全国", "我国", "中国"))


def _base_owner(article: Article, base: Statement) -> Statement | None:
    """The figure a 去年同期 figure is the year-earlier value of: the nearest one before it of its kind
    and unit, of the same whole (most often: none), whose metric shares a word with it."""
    linked = next((s for s in article.statements if s.change is not None and s.change.base == base.value), None)
    if linked is not None:  # 技改投资286.4亿元,同比增长15.3%,去年同期为248.4亿元: the figure that links it
        return linked
    figure = article.value(base)
    position = article.statements.index(base)
    # 上年同期全省铁路完成投资276.5亿元…。今年1—11月,全省铁路完成投资318.5亿元,比上年同期增长15.2%: the figure of
    # the same name in the sentence right after, when the year-earlier one comes first
    following = next((
        s for s in article.statements[position + 1 :]
        if article.value(s).sentence == figure.sentence + 1 and s.metric == base.metric and same_unit(article.value(s), figure)
        and not _dated_a_year_before(article, s) and (not s.subject or not base.subject or s.subject == base.subject)  # (全县…。全省同期…)
    ), None)
    # (…1—10月全社会用电量累计2865.4亿千瓦时…。去年同期…为2683.0亿千瓦时。其中,10月份…283.7亿千瓦时: the figure before, named alike)
    if following is not None and following.change is not None and following.change.base is None and not any(
        article.value(s).sentence >= figure.sentence - 1 and same_unit(article.value(s), figure) and s.metric and base.metric
        and metrics_alike(s.metric, base.metric) and not _dated_a_year_before(article, s) for s in article.statements[:position]
    ):
        return following
    averages = {s.average for s in article.statements if s.average}  # (平均每家企业…1.53亿元 is no total's year-earlier pair)
    earlier_ones = [
        s for s in reversed(article.statements[:position])
        if article.value(s).kind == figure.kind and getattr(article.value(s), "currency", None) == getattr(figure, "currency", None)
        and s.value not in averages
    ]
    # 去年同期,农业产值19.45亿元,牧业产值12.74亿元: each the year-earlier value of the figure named alike, a part or not
    # (园区生物医药产业实现营业收入…。同期,园区规模以上工业营业收入…。上年同期,园区生物医药产业营业收入为…: the
    # name without the verb of doing)
    named = next((s for s in earlier_ones if base.metric and s.metric and _DOING.sub("", s.metric) == _DOING.sub("", base.metric)
                  and not _dated_a_year_before(article, s)), None)
    if named is not None:
        return named
    if base.metric:
        # (…货物吞吐量2.94亿吨…。其中,…三大类大宗散货吞吐量18640万吨…。上年同期,全港三大类散货吞吐量为17797万吨: the one
        # whose name it shares most of, a part or not)
        alike = [s for s in earlier_ones if s.metric and share_a_word(s.metric, base.metric)]
        scores = [len(two_char_words(s.metric) & two_char_words(base.metric)) for s in alike]
        if scores and scores.count(max(scores)) == 1 and alike[scores.index(max(scores))].part_of != base.part_of:
            return alike[scores.index(max(scores))]
    for earlier in earlier_ones:
        if earlier.part_of == base.part_of and (not earlier.metric or not base.metric or share_a_word(earlier.metric, base.metric)):
            return earlier
    return None


_DOING = regex.compile(r"实现|完成|累计")


def _dated_a_year_before(article: Article, statement: Statement) -> bool:
    return statement.period is not None and is_last_year(article.facts[statement.period])


def check_granularity(article: Article) -> list[Finding]:
    """GRIM-style: a count with a growth rate implies a previous count that must be a whole number."""
    findings = []
    for statement in article.statements:
        value = article.value(statement)
        if value.kind != "count" or statement.change is None or value.qualifier != "=" or value.value is None:
            continue
        rate_fact = article.facts[statement.change.value]
        rate = signed_rate(rate_fact)
        if rate is None or rate_fact.qualifier != "=" or rate <= -100 or not _written_out(value):
            continue
        if not 0 <= rate_fact.start - value.end <= _NEAR or article.facts_between(value, rate_fact):
            continue  # 442家煤矿产量为2568万吨,同比下降14.4%: the rate of what the count's set produced
        if NAMED_AS_CHANGE.search(statement.metric or ""):
            continue  # 签约项目数增加37个,增长16.0%: the rate of the level, which the change is of
        step = precision(rate_fact)
        estimate = value.value / (1 + rate / HUNDRED)
        candidates = range(max(1, int(estimate) - 2), int(estimate) + 3)
        if any(abs((value.value / p - 1) * HUNDRED - rate) <= step for p in candidates):
            continue
        findings.append(Finding(
            check="granularity", severity="error",
            message=(f"无整数基数 / no whole previous count: {value.text} with {rate_fact.text} implies "
                     f"{show(estimate)} a year earlier, and no whole number reproduces the rate"),
            facts=[value.id, rate_fact.id], stated=rate, computed=(value.value / round(estimate) - 1) * HUNDRED if round(estimate) else None,
            tolerance=step,
        ))
    return findings


def _written_out(count) -> bool:
    """A count written in full in digits (289个), not rounded to a magnitude (2.9万件), with no decimal
    point (1470.0户, a figure from a table) and not in words."""
    return count.text[:1].isdigit() and not regex.search(r"[万亿千百十.]", count.text)


# How far a count's own rate stands from it: 企业6017家,比上年同期增长38.3% (8 characters); a rate
# further off most often measures something the count's set did, written between (产量为2568万吨).
_NEAR = 10


def check_range(article: Article) -> list[Finding]:
    """Figures impossible on their own: a share above 100%, a fall of more than 100%, a negative count."""
    findings = []
    for statement in article.statements:
        value = article.value(statement)
        if value.kind == "count" and value.value is not None and value.value < 0:
            findings.append(_impossible("负数计数 / negative count", value))
        # 完成目标的104.7% is no share, nor 相当于全国平均水平的110.3% (a ratio to a level, not a part of it)
        # 拨备覆盖率为485.33%, a rate standing alone, measures no part of a whole either.
        alone = statement.value == statement.share.value if statement.share is not None else False
        if statement.share is not None and statement.target is None and not alone and not _TO_A_LEVEL.search(statement.share.of or ""):
            share = article.facts[statement.share.value]
            # 合计305.22亿元,相当于当年缴存额的106.6% of 286.43亿元: the figures exceed their base too, a ratio
            whole = article.facts.get(statement.share.whole) if statement.share.whole else None
            a_ratio = whole is not None and None not in (whole.value, value.value) and value.value > whole.value
            if not a_ratio and share.value is not None and share.form == "percent" and share.value > 100 and share.qualifier not in ("<", "<="):
                # With no whole in the article, 相当于全国的115.1% may well be a ratio: a warning.
                findings.append(_impossible("占比超过100% / share above 100%", share, sure=statement.share.whole is not None))
        if statement.change is not None and not _may_turn_negative(statement, value):
            change = article.facts[statement.change.value]
            rate = signed_rate(change)
            if rate is not None and rate < -100:
                findings.append(_impossible("降幅超过100% / fall of more than 100%", change))
    return findings


def _may_turn_negative(statement: Statement, value) -> bool:
    """归母净利润为-5.6亿元,同比下降164%: a profit, a balance or a cash flow may fall below zero, so it
    may fall by more than 100%."""
    return (value.value is not None and value.value < 0) or bool(statement.metric and _SIGNED_METRIC.search(statement.metric))


# Quantities that may be negative: profits and losses, balances, net flows.
_SIGNED_METRIC = regex.compile(r"利润|净利|利润总额|盈利|收益|亏损|损益|现金流|顺差|逆差|差额|余额|净额|净流入|净买入|EPS|财务费用|所得税")


_TO_A_LEVEL = regex.compile(r"平均|水平")


def _impossible(what: str, fact, sure: bool = True) -> Finding:
    return Finding(check="range", severity="error" if sure else "warning", message=f"{what}: {fact.text}", facts=[fact.id], stated=fact.value)
