"""Another reading: a contradiction is an error only when no other figure of the article resolves it.

A share, a completion rate, an average or a rate read against the wrong figure contradicts an article
that is right: the link is the mistake, not the text. So when another figure of the article, of the same
kind and unit as one the check used, makes the stated figure hold (the part's share of another whole,
another figure of the part's sentence for its share, the gap to another rate, the total over another count,
another total over another count, a base and its change or two parts that make another figure), the finding
stays but as a warning, and says which reading holds. The way statcheck reads a reported result as consistent
when one of its plausible readings is. So too when what the figures make is itself written as another figure
of the stated one's kind: the stated figure was paired wrongly.

So too when the contradiction is too large for a slip: when no figure of it, changed within a factor of
three, makes it hold, the figures more likely do not belong together (a share read against another whole)
than one of them is misprinted, and the finding is a warning that says so.
"""

from __future__ import annotations

from decimal import Decimal

from extractors.wholes import same_unit
from extractors.wording import fact_ids
from schemas import Finding
from zhfacts.checks.article import Article
from zhfacts.checks.growth import signed_rate
from zhfacts.checks.tolerance import HUNDRED, average_precision, precision, ratio_qualifier, ratio_tolerance

# The checks whose findings name two figures and the stated one, in that order, and how the two make
# the third: a share or completion (a / b in percent), an average (a / b), a rate (a against b) or a
# difference of rates (a - b).
_RATIO_CHECKS = {"share": "ratio", "target_completion": "ratio", "average": "average"}
# Which of the two was found by a link that may be wrong: the stated figure is written beside the other
# (the part before its share, the goal inside its completion rate, the rate before its gap), while the
# whole, the achiever, the rate compared with and either figure of an average may stand anywhere.
_LINKED = {"share": (1,), "target_completion": (0,), "average": (0, 1), "growth": (1,)}


def doubt_wrong_links(article: Article, findings: list[Finding]) -> list[Finding]:
    """The findings, each error that another reading of the article resolves, or that no slip in one
    figure explains, turned into a warning."""
    doubted = [_doubted(article, f) if f.severity == "error" else f for f in findings]
    doubted = [_written_elsewhere(article, f) if f.severity == "error" else f for f in doubted]
    return [_too_far(f) if f.severity == "error" and _beyond_a_slip(article, f) else f for f in doubted]


# A slip in one figure (a digit mistyped, a figure left from last year's release) seldom moves it more
# than three times over; a contradiction that no figure changed within that factor mends more likely pairs
# figures that do not belong together (a share of another whole, a rate of another level).
_SLIP = Decimal(3)


def _beyond_a_slip(article: Article, finding: Finding) -> bool:
    """Whether no figure of the finding, changed by a factor within `_SLIP`, makes it hold. Not asked of
    gaps between rates, which are small beside their rates and turn on a sign (下降4.5% read as 4.5%)."""
    if finding.stated is None or finding.computed is None:
        return False
    figures = [article.facts[i] for i in finding.facts]
    if finding.check in ("share", "target_completion", "average"):
        factors = [_factor(finding.computed, finding.stated)]  # any of the three figures mends a ratio by the same factor
    elif finding.check == "growth" and len(figures) == 3 and figures[0].kind != "percent":
        # the two levels stand in the ratio 1 + rate, which the rate itself may mend
        factors = [_factor(HUNDRED + finding.computed, HUNDRED + finding.stated), _factor(finding.computed, finding.stated)]
    elif finding.check == "sum" and (terms := _signed_terms(finding, figures, article)) is not None:
        gap = finding.stated - finding.computed
        factors = [_factor(finding.computed, finding.stated), *(_factor(term + gap, term) for term in terms)]
    else:
        return False
    return all(f is None or f > _SLIP for f in factors)


def _signed_terms(finding: Finding, figures: list, article: Article) -> list[Decimal] | None:
    """The terms a sum finding adds up to its first figure: parts, or a base and its change (signed)."""
    whole, *terms = figures
    if any(getattr(f, "value", None) is None for f in figures) or whole.value != finding.stated:
        return None  # shares against 100%: no figure is the whole
    statement = article.by_value.get(whole.id)
    difference = statement.difference if statement is not None else None
    if difference is not None and [f.id for f in terms] == [difference.base, difference.value]:
        return [terms[0].value, terms[1].value if difference.direction == "up" else -terms[1].value]
    return [f.value for f in terms]


def _factor(wanted: Decimal, written: Decimal) -> Decimal | None:
    """How many times larger or smaller a figure must be: None when the sign must change."""
    if written == 0 or wanted == 0 or (wanted > 0) != (written > 0):
        return None
    ratio = wanted / written
    return max(ratio, 1 / ratio)


def _too_far(finding: Finding) -> Finding:
    return finding.model_copy(update={
        "severity": "warning",
        "message": f"{finding.message}; 相差过大,不似一处笔误,这些数字或许并不相关 / too far apart for a slip in one figure: "
                   "the figures may not belong together",
    })


def _doubted(article: Article, finding: Finding) -> Finding:
    if finding.check == "sum":
        return _doubted_sum(article, finding)
    if len(finding.facts) != 3 or finding.stated is None:
        return finding
    first, second, stated = (article.facts[i] for i in finding.facts)
    kind = _RATIO_CHECKS.get(finding.check) or (_growth_kind(first, second) if finding.check == "growth" else None)
    if kind is None or getattr(first, "value", None) is None or getattr(second, "value", None) is None:
        return finding  # (月均 over 1—10月: a period's months, no figure to read otherwise)
    used = set(finding.facts)
    # (活动带动的消费额相当于…的8.5%, paragraphs after its figure: a part written apart is a link too)
    linked = (0, 1) if first.sentence != stated.sentence else _LINKED[finding.check]
    for at in linked:
        changing, fixed = (first, second) if at == 0 else (second, first)
        for other in _other_figures(article, used, changing, headline=True):
            pair = (other, fixed) if at == 0 else (fixed, other)
            if _holds(kind, *pair, stated, finding.stated):
                return _another_reading(finding, f"{pair[0].text}, {pair[1].text}")
    if finding.check == "average" and finding.tolerance is not None and finding.tolerance <= abs(finding.stated) * _NARROW:
        # 民营企业356家,…进出口148.6亿元,…。平均每家企业进出口4355万元, of all 428家 and 186.4亿元: a total and a count
        # both read wrongly, when another pair of the article makes the average at a precision no chance pairing reaches
        counts = list(_other_figures(article, used, second, headline=bool(article.title)))
        for total in _other_figures(article, used, first, headline=bool(article.title)):
            for count in counts:
                if _holds(kind, total, count, stated, finding.stated):
                    return _another_reading(finding, f"{total.text}, {count.text}")
    if finding.check == "share" and first.sentence == stated.sentence:
        # …、220千伏和110千伏及以下电网分别完成投资21.7亿元、27.1亿元和37.6亿元,110千伏及以下电网投资占…的43.5%: the part
        # written beside its share is linked too, when its sentence holds other figures of its kind
        # (their names alike or not: a list's members may all take the list's name; but not the part's own earlier
        # level, 比上年末的2829.5万亩增加85.3万亩, which the part is measured from)
        statement = article.by_value.get(first.id)
        own = set(fact_ids(statement.model_dump())) if statement is not None else set()
        for other in _figures_of_sentence(article, used | own, first):
            if _holds(kind, other, second, stated, finding.stated):
                return _another_reading(finding, f"{other.text}, {second.text}")
    if finding.check == "share":
        # 海铁联运完成28.6万标箱,…,上年同期为21.1万标箱,占当期…的6.0%: a figure written between the part and its share
        # may be the part, of a whole of its own (21.1 of last year's 352.2万标箱; not of the whole read, which the
        # level the part is compared with does not share: 比上年末的2829.5万亩增加…,占有效灌溉面积的66.0%)
        between = [f for f in article.facts_between(first, stated) if f.sentence == stated.sentence and same_unit(f, first) and f.value is not None]
        for part in between:
            for whole in _other_figures(article, used | {part.id}, second, headline=bool(article.title)):
                if _holds(kind, part, whole, stated, finding.stated):
                    return _another_reading(finding, f"{part.text}, {whole.text}")
    return finding


def _doubted_sum(article: Article, finding: Finding) -> Finding:
    """与上届博览会签约的19个项目…相比,项目数增加8个 read against the fair's 239个 while the county's 27个 is written
    before: a sum of two figures (a base and its change, or two parts) that another figure of the whole's kind and
    unit makes, besides the one it was read against, is a doubt; so is a last part that is the rest of the set the
    whole is a share of (108个,占行政村总数186个的58.1%,其中…41个;其余78个村: 186 = 108 + 78)."""
    if len(finding.facts) < 3 or finding.computed is None:
        return finding
    whole, *terms = (article.facts[i] for i in finding.facts)
    if len(terms) == 2:
        slack = precision(terms[0]) + precision(terms[1])
        for other in _other_figures(article, set(finding.facts), whole, headline=bool(article.title)):
            if abs(other.value - finding.computed) <= slack + precision(other):
                return _another_reading(finding, other.text)
    rest, statement = terms[-1], article.by_value.get(whole.id)
    larger = article.facts.get(statement.share.whole) if statement is not None and statement.share is not None and statement.share.whole else None
    if larger is not None and None not in (whole.value, rest.value, larger.value) and same_unit(larger, whole) \
            and abs(larger.value - whole.value - rest.value) <= precision(whole) + precision(rest) + precision(larger):
        return _another_reading(finding, f"{whole.text} + {rest.text} = {larger.text}")
    return finding


def _written_elsewhere(article: Article, finding: Finding) -> Finding:
    """种植户今年增收3.78亿元,户均增收1.60万元;其中脱贫户4120户,户均增收1.12万元, read as 3.78亿元 over 2.36万户 against
    1.12万元: what the figures make (1.60万元) is written as another figure of the stated one's kind, so the stated
    figure was more likely paired with the wrong ones than misprinted. Only for a share or an average made within 2%
    (rates of growth and completion bunch, so a wide band finds one by chance), and not of a figure the statement
    itself reads as its level before (占比由52.58%上升至54.20%)."""
    if finding.check not in ("share", "average") or finding.computed is None or finding.tolerance is None or len(finding.facts) != 3:
        return finding
    if finding.computed == 0 or finding.tolerance > abs(finding.computed) * _NARROW:
        return finding
    first, second, stated = (article.facts[i] for i in finding.facts)
    statement = article.by_value.get(first.id)
    own = set(fact_ids(statement.model_dump())) if statement is not None else set()
    for other in _other_figures(article, set(finding.facts) | own, stated, headline=bool(article.title)):
        if other.sentence == stated.sentence and 0 <= stated.start - other.end <= _MOVED_GAP:
            continue  # 由52.58%上升至54.20%: right before the stated figure, where it moved from, so the article says it changed
        if getattr(other, "form", None) == getattr(stated, "form", None) and abs(other.value - finding.computed) <= finding.tolerance + precision(other):
            return _another_reading(finding, f"{first.text}, {second.text} make {other.text}")
    return finding


_NARROW = Decimal("0.02")
_MOVED_GAP = 4  # 上升至, 下降到, 调整为


def _another_reading(finding: Finding, reading: str) -> Finding:
    return finding.model_copy(update={"severity": "warning", "message": f"{finding.message}; 另一读法成立 / another reading holds: {reading}"})


def _other_figures(article: Article, used: set, like, headline: bool):
    """The exact figures of the article, of the kind and unit of `like`, that the check did not use, nor the
    headline's copy (sentence 0, when `headline`) or the figure written again: each another reading."""
    for other in article.facts.values():
        if other.id not in used and _exact_alike(other, like) and not (other.sentence == 0 and headline) and not _restates(article, other, like):
            yield other


def _figures_of_sentence(article: Article, used: set, like):
    """The exact figures of `like`'s sentence, of its kind and unit, that the check did not use."""
    for other in article.facts.values():
        if other.id not in used and other.sentence == like.sentence and _exact_alike(other, like):
            yield other


def _exact_alike(other, like) -> bool:
    """Whether `other` is an exact figure (no bound, no range) of `like`'s kind and unit."""
    return other.kind == like.kind and other.value is not None and other.qualifier == "=" and same_unit(other, like)


def _restates(article: Article, other, used) -> bool:
    """Whether `other` states the same measure as a figure the check used, of the same time (its metric
    word for word; 11月当月 and 1—11月 are two readings)."""
    mine, theirs = article.by_value.get(used.id), article.by_value.get(other.id)
    if mine is None or theirs is None or not mine.metric or mine.metric != theirs.metric:
        return False
    return mine.period is None or theirs.period is None or article.facts[mine.period].text == article.facts[theirs.period].text


def _growth_kind(first, second) -> str:
    return "difference" if first.kind == second.kind == "percent" else "rate"


def _holds(kind: str, a, b, stated, value: Decimal) -> bool:
    """Whether figures `a` and `b` make `value`, the stated figure read as the check reads it, within the
    rounding of all three."""
    if kind in ("ratio", "average"):
        if b.value == 0 or (kind == "ratio" and a.value >= b.value and value <= HUNDRED):
            return False  # (a share below 100% is of a larger whole)
        if ratio_qualifier(stated, a, b) != "=":
            return False  # a hedged reading decides nothing
        scale = HUNDRED if kind == "ratio" else Decimal(1)
        computed = a.value / b.value * scale
        stated_precision = average_precision(stated) if kind == "average" else precision(stated)  # (平均每座…20个: rounded)
        tolerance = stated_precision + ratio_tolerance(a, b, Decimal(0)) * scale / HUNDRED
    elif kind == "rate":
        if b.value == 0:
            return False
        computed = (a.value - b.value) / abs(b.value) * HUNDRED
        tolerance = ratio_tolerance(a, b, precision(stated))
    else:
        first, second = signed_rate(a), signed_rate(b)
        if first is None or second is None:
            return False
        computed = first - second
        tolerance = precision(a) + precision(b) + precision(stated)
    return abs(computed - value) <= tolerance
