"""Numeric consistency: recompute what an article's figures imply and compare it with what it states.

Checks read the statements' links and never parse text again. Each returns findings with the stated
figure, the computed one and the tolerance, which comes from the written precision (37.22% allows
±0.005 points, 41.6% ±0.05, 三成 ±5; 6978.16亿元 carries ±0.005亿) and from the hedge words (超 and 近
turn a comparison into an inequality). Values stay exact Decimals. A check that cannot decide says so
(severity `info`) rather than guess.

Not handled yet: shares of an exhaustive breakdown against 100% (percent-only 分别为 lists make no
statements), point changes between two written shares, rates named by their own noun (履约率为98.8%
after 已履约244个), breakdowns whose exhaustiveness the text does not mark (a list that happens to cover
its whole), and averages over a duration (6万亿元 over 三年).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import regex

from extractors.text import normalize
from schemas import ArticleFacts, Finding, Statement

HUNDRED = Decimal(100)
_WRITTEN_NUMBER = regex.compile(r"\d+(?:,\d{3})*(?:\.(\d+))?")


def precision(fact) -> Decimal:
    """Half a unit of the last written digit, in the fact's own units (6978.16亿元 → 5e5 yuan).

    Chinese numerals and whole numbers without decimals are taken as exact to their last digit.
    """
    if getattr(fact, "form", None) == "fraction":
        return Decimal(5)
    if fact.kind == "count" and fact.qualifier == "=":
        return Decimal(0)  # a count is a whole number, written in full
    if fact.kind == "percent" and fact.value is not None:
        return Decimal(1).scaleb(min(fact.value.as_tuple().exponent, 0)) / 2  # written as is: 39.7 → ±0.05
    value = fact.value if fact.value is not None else fact.high
    match = _WRITTEN_NUMBER.search(normalize(fact.text))
    if match is None or value is None:
        return Decimal(0)
    written = Decimal(match.group().replace(",", ""))
    if written == 0:
        return Decimal(0)
    scale = abs(value / (written if not getattr(fact, "value", None) or fact.value >= 0 else -written))
    decimals = len(match.group(1) or "")
    return Decimal(1).scaleb(-decimals) * scale / 2


class _Article:
    """The facts and statements of one article, looked up by id."""

    def __init__(self, result: ArticleFacts) -> None:
        self.title = result.title or ""
        self.facts = {f.id: f for f in result.facts}
        self.statements = result.statements
        self.by_id = {s.id: s for s in result.statements}
        self.by_value = {s.value: s for s in result.statements}

    def value(self, statement: Statement):
        return self.facts[statement.value]

    def restatements(self, statement: Statement) -> list[Statement]:
        """The other copies of a figure written in the headline and again in the body (一季度重大项目集中
        签约 32个项目总投资418亿元, then 总投资418亿元): for a headline figure, the first body figure of
        its kind and unit whose metric shares a word with it, no part of another and within a factor of
        1.5; for a body figure, the headline figures it restates."""
        if self.is_headline(statement):
            twin = self._body_twin(statement)
            return [twin] if twin is not None else []
        return [s for s in self.statements if self.is_headline(s) and self._body_twin(s) is statement]

    def is_headline(self, statement: Statement) -> bool:
        return statement.sentence == 0 and bool(self.title) and self.value(statement).text in self.title

    def _body_twin(self, headline: Statement) -> Statement | None:
        head = self.value(headline)
        if head.value in (None, 0) or head.qualifier != "=" or not headline.metric:
            return None
        for later in self.statements:
            value = self.value(later)
            if later.sentence == 0 or value.kind != head.kind or getattr(value, "currency", None) != getattr(head, "currency", None):
                continue
            if later.part_of is None and value.qualifier == "=" and later.metric and _shares_words(headline.metric, later.metric):
                return later if value.value is not None and head.value / Decimal("1.5") <= value.value <= head.value * Decimal("1.5") else None
        return None


def check_article(result: ArticleFacts) -> list[Finding]:
    """Every finding of every check on one article."""
    article = _Article(result)
    findings: list[Finding] = []
    for run in CHECKS.values():
        findings.extend(run(article))
    return findings


def with_findings(result: ArticleFacts) -> ArticleFacts:
    """The article with its findings filled in."""
    return result.model_copy(update={"findings": check_article(result)})


def _compare(check: str, stated: Decimal, computed: Decimal, tolerance: Decimal, qualifier: str, facts: list[str],
             message: str, confident: bool = True) -> Finding | None:
    """A finding when `computed` contradicts `stated` beyond `tolerance`, read through the qualifier."""
    low, high = stated - tolerance, stated + tolerance
    if qualifier in (">", ">="):
        high = None
    elif qualifier in ("<", "<="):
        low = None
    elif qualifier == "~":
        low, high = stated - max(tolerance, abs(stated) * Decimal("0.05")), stated + max(tolerance, abs(stated) * Decimal("0.05"))
    if (low is None or computed >= low) and (high is None or computed <= high):
        return None
    return Finding(
        check=check,
        severity="error" if confident else "warning",
        message=message.format(stated=_show(stated), computed=_show(computed), tolerance=_show(tolerance)),
        facts=facts,
        stated=stated,
        computed=computed.quantize(Decimal("0.0001")) if abs(computed) < 10**12 else computed,
        tolerance=tolerance.quantize(Decimal("0.000001")) if abs(tolerance) < 10**12 else tolerance,
    )


# How a hedge on a figure bounds the truth, in `_compare`'s terms: '>' when the truth is at least what
# is computed (so only a computed value below the stated one contradicts it), '<' when at most.
_BOUND = {">": ">", ">=": ">", "<": "<", "<=": "<"}
_FLIPPED = {">": "<", "<": ">"}


def _ratio_qualifier(stated, numerator, denominator) -> str | None:
    """The qualifier to compare a stated ratio with numerator / denominator through, taking the hedges
    of all three: 近1300万辆 / 3143.6万辆 is an upper bound of the share (the part is below 1300万), so
    only a stated share above it contradicts; a hedged denominator bounds the other way. None when the
    hedges pull both ways, so that nothing can contradict."""
    bounds = {
        *([_FLIPPED[_BOUND[numerator.qualifier]]] if numerator.qualifier in _BOUND else []),
        *([_BOUND[denominator.qualifier]] if denominator.qualifier in _BOUND else []),
        *([_BOUND[stated.qualifier]] if stated.qualifier in _BOUND else []),
    }
    if len(bounds) > 1:
        return None
    if bounds:
        return bounds.pop()
    return "~" if "~" in (stated.qualifier, numerator.qualifier, denominator.qualifier) else stated.qualifier


def _show(value: Decimal) -> str:
    return format(value.normalize() if value == value.to_integral_value() else round(value, 4), "f")


def _in_units(value: Decimal, like) -> str:
    """A value written in the units of another fact: 55000000000 as 550亿元 beside 500亿元."""
    match = _WRITTEN_NUMBER.search(normalize(like.text))
    if match is None or not like.value:
        return _show(value)
    scale = like.value / Decimal(match.group().replace(",", ""))
    return f"{_show(value / scale)}{getattr(like, 'unit', '') or ''}"


def _ratio_tolerance(part, whole, stated_tolerance: Decimal) -> Decimal:
    """Tolerance on a percentage computed from two rounded figures, plus the rounding of the stated one."""
    if whole.value == 0:
        return stated_tolerance
    part_error = precision(part) / abs(whole.value)
    whole_error = abs(part.value) * precision(whole) / (whole.value * whole.value)
    return stated_tolerance + (part_error + whole_error) * HUNDRED


def check_share(article: _Article) -> list[Finding]:
    """part / whole against the stated share (工业项目140个, 占总项目数的71.4%, with 196 as the whole)."""
    findings = []
    for statement in article.statements:
        if statement.share is None or statement.target is not None:
            continue
        if statement.share.whole is None:
            share = article.facts[statement.share.value]
            findings.append(Finding(
                check="share", severity="info", facts=[statement.value, share.id], stated=share.value,
                message=f"无法核对 / undecidable: {share.text} of {statement.share.of or 'a whole'} that the article does not state",
            ))
            continue
        part, share = article.value(statement), article.facts[statement.share.value]
        if part.value is None or share.value is None or share.form not in ("percent", "fraction"):
            continue
        # The whole, and its copy in the headline or the body: the share must hold against both.
        wholes = [article.facts[statement.share.whole]]
        if statement.share.whole in article.by_value:
            wholes += [article.value(s) for s in article.restatements(article.by_value[statement.share.whole])]
        for whole in wholes:
            qualifier = _ratio_qualifier(share, part, whole)
            if whole.value in (None, 0) or qualifier is None:
                continue
            computed = part.value / whole.value * HUNDRED
            finding = _compare(
                "share", share.value, computed, _ratio_tolerance(part, whole, precision(share)), qualifier,
                [part.id, whole.id, share.id],
                f"占比不符 / share mismatch: {part.text} / {whole.text} = {{computed}}%, stated {share.text} (±{{tolerance}})",
                confident=statement.share.whole_by not in ("first_total", "breakdown"),  # guessed wholes warn
            )
            if finding:
                findings.append(finding)
                break
    return findings


def check_target_completion(article: _Article) -> list[Finding]:
    """achieved / target against the stated completion rate (完成年度目标任务589亿元的37.22%)."""
    findings = []
    for statement in article.statements:
        target = statement.target
        if target is None or target.value is None:
            continue
        achieved, goal, rate = article.value(statement), article.facts[target.value], article.facts[target.rate]
        qualifier = _ratio_qualifier(rate, achieved, goal)
        if achieved.value is None or goal.value in (None, 0) or rate.value is None or rate.form != "percent" or qualifier is None:
            continue
        computed = achieved.value / goal.value * HUNDRED
        finding = _compare(
            "target_completion", rate.value, computed, _ratio_tolerance(achieved, goal, precision(rate)), qualifier,
            [achieved.id, goal.id, rate.id],
            f"完成率不符 / completion mismatch: {achieved.text} / {goal.text} = {{computed}}%, stated {rate.text}",
        )
        findings += [finding] if finding else []
    return findings


def check_sum(article: _Article) -> list[Finding]:
    """Parts (其中, 分项看, 分别为) against their whole. Parts that exceed it (by up to 30%: beyond that
    they are overlapping categories, not parts) are an error; parts that fall short by less than 10%
    are a warning, since a breakdown may leave out a small remainder."""
    findings = []
    parts_of: dict[str, list[Statement]] = {}
    for statement in article.statements:
        if statement.part_of:
            parts_of.setdefault(statement.part_of, []).append(statement)
    for whole_id, parts in parts_of.items():
        statement = article.by_id[whole_id]
        values = [article.value(p) for p in parts]
        exhaustive = statement.exhaustive or _exhaustive(statement, parts)
        # The whole, and its copy in the headline or the body: the parts must add up to both.
        for whole in [article.value(statement), *(article.value(s) for s in article.restatements(statement))]:
            finding = _sum_finding(whole, values, exhaustive)
            if finding is not None:
                findings.append(finding)
                break
        # 项目47个,协议总投资286.5亿元 broken down as 36个…214.7亿元, 8个…52.6亿元: the counts of the parts
        # add up to the count of the whole as their amounts do.
        if statement.count is not None and all(p.count is not None for p in parts):
            finding = _sum_finding(article.facts[statement.count], [article.facts[p.count] for p in parts], exhaustive)
            findings += [finding] if finding is not None else []
    for statement in article.statements:
        if statement.difference is not None:
            findings += _difference_finding(article, statement)
    return findings


def _difference_finding(article: _Article, statement: Statement) -> list[Finding]:
    """比去年底的71.8万座增加24.3万座 after 96.1万座: the base plus (or minus) the change is the figure."""
    figure, base, change = article.value(statement), article.facts[statement.difference.base], article.facts[statement.difference.value]
    if figure.value is None or base.value is None or change.value is None or figure.qualifier != "=" or base.qualifier != "=":
        return []
    sign = 1 if statement.difference.direction == "up" else -1
    computed = base.value + sign * change.value
    tolerance = precision(figure) + precision(base) + precision(change)
    if abs(computed - figure.value) <= tolerance:
        return []
    return [Finding(
        check="sum", severity="error", facts=[figure.id, base.id, change.id], stated=figure.value, computed=computed, tolerance=tolerance,
        message=f"差额不符 / change does not add up: {base.text} {'+' if sign > 0 else '-'} {change.text} = {_in_units(computed, figure)} vs {figure.text}",
    )]


def _sum_finding(whole, values: list, exhaustive: bool) -> Finding | None:
    if whole.value is None or any(v.value is None or v.kind != whole.kind for v in values):
        return None
    if whole.kind == "money" and any(v.currency != whole.currency for v in values):
        return None
    if whole.kind == "count" and any(v.unit != whole.unit for v in values):
        return None  # 4名 and 3名 are no parts of 9家
    total = sum((v.value for v in values), Decimal(0))
    tolerance = precision(whole) + sum((precision(v) for v in values), Decimal(0))
    shown = f"{' + '.join(v.text for v in values)} = {_in_units(total, whole)}"
    facts = [whole.id, *(v.id for v in values)]
    # An exhaustive breakdown that covers less than half its whole is more likely other figures (每股
    # 0.054元 before 合计1620万元) than parts with a mistake.
    if whole.qualifier in ("=", "~") and (
        whole.value + tolerance < total <= whole.value * Decimal("1.3")
        or (exhaustive and whole.value / 2 <= total < whole.value - tolerance)
    ):
        return Finding(
            check="sum", severity="error", message=f"部分之和不等于总数 / parts do not add up to their whole: {shown} vs {whole.text}",
            facts=facts, stated=whole.value, computed=total, tolerance=tolerance,
        )
    if len(values) > 1 and whole.value * Decimal("0.9") <= total < whole.value - tolerance and whole.qualifier == "=":
        return Finding(
            check="sum", severity="warning", message=f"部分之和不足总数 / parts fall short of their whole: {shown} < {whole.text}",
            facts=facts, stated=whole.value, computed=total, tolerance=tolerance,
        )
    return None


def _exhaustive(whole: Statement, parts: list[Statement]) -> bool:
    """Parts that exhaust their whole by definition (出口 and 进口 of 进出口, rules/link.toml)."""
    from extractors.rulebook import rules

    for complement in rules("link").complements:
        if whole.metric and complement.whole in whole.metric:
            names = {p for p in complement.parts for s in parts if s.metric and s.metric.endswith(p)}
            if len(names) == len(complement.parts) == len(parts):
                return True
    return False


def check_average(article: _Article) -> list[Finding]:
    """A total and a count against a stated average (平均每个项目)."""
    findings = []
    for statement in article.statements:
        if statement.average is None or statement.count is None:
            continue
        total, count, average = article.value(statement), article.facts[statement.count], article.facts[statement.average]
        qualifier = _ratio_qualifier(average, total, count)
        if total.value is None or not count.value or average.value is None or qualifier is None:
            continue
        computed = total.value / count.value
        tolerance = precision(average) + precision(total) / count.value
        finding = _compare(
            "average", average.value, computed, tolerance, qualifier, [total.id, count.id, average.id],
            f"平均数不符 / average mismatch: {total.text} / {count.text} = {_in_units(computed, average)}, stated {average.text}",
        )
        findings += [finding] if finding else []
    return findings


def _signed_rate(fact) -> Decimal | None:
    if fact.value is None or fact.form != "percent":
        return None
    return -fact.value if fact.direction == "down" and fact.value > 0 else fact.value


def _year_and_months(article: _Article, statement: Statement) -> tuple[int, tuple] | None:
    """The year of a statement's period and its month span, when the period fixes them."""
    if statement.period is None:
        return None
    date = article.facts[statement.period]
    if date.period is not None:
        months = (date.period.start.month, date.period.end.month)
        year = date.period.start.year or date.year
    else:
        months = (date.month, date.month) if date.month else (None, None)
        year = date.year
    if year is None and date.resolved is not None:
        year = date.resolved.start.year
    return (year, months) if year is not None else None


def check_growth(article: _Article) -> list[Finding]:
    """Growth against the year-earlier figure, and the gap between two rates."""
    return _check_growth_from_levels(article) + check_gap(article)


def _check_growth_from_levels(article: _Article) -> list[Finding]:
    """A figure with a growth rate against the same metric stated for the year before
    (2021年增至225.51亿美元,增长11.5% after 2020年…202.33亿美元; 与上年的12,326.8亿元相比)."""
    findings = []
    for statement in article.statements:
        if statement.change is None:
            continue
        value, rate_fact = article.value(statement), article.facts[statement.change.value]
        rate = _signed_rate(rate_fact)
        when = _year_and_months(article, statement)
        if rate is None or when is None or value.value is None or value.qualifier != "=" or rate_fact.qualifier != "=":
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
        sure = earlier.metric == statement.metric or article.facts[earlier.period].text.endswith("同期")
        finding = _compare(  # 约1.87万亿元 a year earlier: a rounded figure, so a band around the rate
            "growth", rate, computed, tolerance, previous.qualifier, [value.id, previous.id, rate_fact.id],
            f"增速不符 / growth mismatch: {value.text} against {previous.text} a year earlier is {{computed}}%, stated {rate_fact.text}",
            confident=sure,
        )
        findings += [finding] if finding else []
    return findings


def check_gap(article: _Article) -> list[Finding]:
    """增长12.8%,增速比全国(5%)高出7.8个百分点: the difference of two rates against the stated gap."""
    findings = []
    for statement in article.statements:
        change = statement.change
        if change is None or change.gap is None or change.gap_to is None:
            continue
        rate, other, gap = article.facts[change.value], article.facts[change.gap_to], article.facts[change.gap]
        first, second = _signed_rate(rate), _signed_rate(other)
        if first is None or second is None or gap.value is None or "~" in (rate.qualifier, other.qualifier) or rate.qualifier != "=":
            continue
        stated = abs(gap.value) if change.gap_direction == "up" else -abs(gap.value)
        tolerance = precision(rate) + precision(other) + precision(gap)
        finding = _compare(
            "growth", stated, first - second, tolerance, gap.qualifier, [rate.id, other.id, gap.id],
            f"增速差不符 / gap between rates: {rate.text} - {other.text} = {{computed}} points, stated {gap.text}",
        )
        findings += [finding] if finding else []
    return findings


def _previous_year_figure(article: _Article, statement: Statement, value, when):
    year, months = when
    for other in article.statements:
        if other is statement:
            continue
        earlier = article.value(other)
        if earlier.kind != value.kind or getattr(earlier, "currency", None) != getattr(value, "currency", None):
            continue
        if earlier.value in (None, 0) or other.period is None:
            continue
        period_text = article.facts[other.period].text
        if period_text.endswith("以来"):
            continue  # 2018年以来: a span up to now, not the year before
        if earlier.qualifier != "=" and not (earlier.qualifier == "~" and period_text.endswith("同期")):
            continue  # a hedged figure only when it is linked as this one's year-earlier value
        other_when = _year_and_months(article, other)
        # 上年, and 去年同期 / 上年同期 (the figure a year before this one's period): the year before.
        if period_text.startswith("上年") or (period_text.startswith("去年") and period_text.endswith("同期")):
            other_when = (year - 1, months if period_text.endswith("同期") else (other_when or (0, (None, None)))[1])
        if other_when != (year - 1, months):
            continue
        if period_text.endswith("同期") and _base_owner(article, other) is not statement:
            continue  # 去年同期 is relative: it is the year before of the figure it follows only
        if statement.metric and other.metric and not _alike(statement.metric, other.metric):
            continue
        return earlier
    return None


def _base_owner(article: _Article, base: Statement) -> Statement | None:
    """The figure a 去年同期 figure is the year-earlier value of: the nearest one before it of its kind
    and unit, of the same whole (most often: none), whose metric shares a word with it."""
    figure = article.value(base)
    position = article.statements.index(base)
    for earlier in reversed(article.statements[:position]):
        value = article.value(earlier)
        if value.kind != figure.kind or getattr(value, "currency", None) != getattr(figure, "currency", None):
            continue
        if earlier.part_of == base.part_of and (not earlier.metric or not base.metric or _shares_words(earlier.metric, base.metric)):
            return earlier
    return None


def _alike(first: str, second: str) -> bool:
    """Two metrics of one figure in two years: one holds the other, or they share two words (实际使用外资
    and 实际利用外资 share 实际, 外资); one shared word (现金 in 经营性现金流净额 and 现金认购) is not enough."""
    shorter, longer = sorted((first, second), key=len)
    words = {first[i : i + 2] for i in range(len(first) - 1)} & {second[i : i + 2] for i in range(len(second) - 1)}
    return shorter in longer or len(words) >= 2


def _shares_words(first: str, second: str) -> bool:
    return any(first[i : i + 2] in second for i in range(len(first) - 1))


def check_granularity(article: _Article) -> list[Finding]:
    """GRIM-style: a count with a growth rate implies a previous count that must be a whole number."""
    findings = []
    for statement in article.statements:
        value = article.value(statement)
        if value.kind != "count" or statement.change is None or value.qualifier != "=" or value.value is None:
            continue
        rate_fact = article.facts[statement.change.value]
        rate = _signed_rate(rate_fact)
        if rate is None or rate_fact.qualifier != "=" or rate <= -100:
            continue
        step = precision(rate_fact)
        estimate = value.value / (1 + rate / HUNDRED)
        candidates = range(max(1, int(estimate) - 2), int(estimate) + 3)
        if any(abs((value.value / p - 1) * HUNDRED - rate) <= step for p in candidates):
            continue
        findings.append(Finding(
            check="granularity", severity="error",
            message=(f"无整数基数 / no whole previous count: {value.text} with {rate_fact.text} implies "
                     f"{_show(estimate)} a year earlier, and no whole number reproduces the rate"),
            facts=[value.id, rate_fact.id], stated=rate, computed=(value.value / round(estimate) - 1) * HUNDRED if round(estimate) else None,
            tolerance=step,
        ))
    return findings


def check_range(article: _Article) -> list[Finding]:
    """Figures impossible on their own: a share above 100%, a fall of more than 100%, a negative count."""
    findings = []
    for statement in article.statements:
        value = article.value(statement)
        if value.kind == "count" and value.value is not None and value.value < 0:
            findings.append(_impossible("负数计数 / negative count", value))
        if statement.share is not None and statement.target is None:  # 完成目标的104.7% is no share
            share = article.facts[statement.share.value]
            if share.value is not None and share.form == "percent" and share.value > 100 and share.qualifier not in ("<", "<="):
                findings.append(_impossible("占比超过100% / share above 100%", share))
        if statement.change is not None:
            change = article.facts[statement.change.value]
            rate = _signed_rate(change)
            if rate is not None and rate < -100:
                findings.append(_impossible("降幅超过100% / fall of more than 100%", change))
    return findings


def _impossible(what: str, fact) -> Finding:
    return Finding(check="range", severity="error", message=f"{what}: {fact.text}", facts=[fact.id], stated=fact.value)


def check_duplicate_conflict(article: _Article) -> list[Finding]:
    """A headline figure against the body: a metric of the title (sentence 0) stated again later, for
    a compatible period, where no later statement of it agrees with the headline."""
    findings = []
    headline = [s for s in article.statements if s.sentence == 0 and s.metric and article.value(s).text in article.title]
    for first in headline:
        head = article.value(first)
        if head.value is None or head.qualifier != "=":
            continue
        restated = [
            later for later in article.statements
            if later.sentence > 0 and later.metric and later.part_of is None and _same_metric(first.metric, later.metric)
            and (not first.subject or not later.subject or first.subject == later.subject)
            and article.value(later).kind == head.kind
            and getattr(article.value(later), "currency", None) == getattr(head, "currency", None)
            and article.value(later).value is not None and article.value(later).qualifier == "="
            and _compatible_periods(article, first, later)
        ]
        disagreeing = [s for s in restated if abs(article.value(s).value - head.value) > precision(head) + precision(article.value(s))]
        if restated and len(disagreeing) == len(restated):
            value = article.value(disagreeing[0])
            tolerance = precision(head) + precision(value)
            findings.append(Finding(
                check="duplicate_conflict", severity="error",
                message=f"标题与正文不符 / headline against body: {first.metric} {head.text} vs {value.text}",
                facts=[head.id, value.id], stated=head.value, computed=value.value, tolerance=tolerance,
            ))
    return findings


def _compatible_periods(article: _Article, first: Statement, later: Statement) -> bool:
    if first.period is None or later.period is None:
        return True
    return article.facts[first.period].text == article.facts[later.period].text


def _same_metric(first: str, second: str) -> bool:
    """Two metrics name the same thing when one holds the other whole and adds at most two characters
    (到位资金, 实际到位资金); more makes a subcategory (制造业实际使用外资 of 实际使用外资)."""
    shorter, longer = sorted((first, second), key=len)
    return len(shorter) >= 4 and shorter in longer and len(longer) - len(shorter) <= 2


CHECKS: dict[str, Callable[[_Article], list[Finding]]] = {
    "share": check_share,
    "target_completion": check_target_completion,
    "sum": check_sum,
    "average": check_average,
    "growth": check_growth,
    "granularity": check_granularity,
    "range": check_range,
    "duplicate_conflict": check_duplicate_conflict,
}
