"""Parts against their whole, and a base plus a change against the figure it leads to."""

from __future__ import annotations

from decimal import Decimal

import regex

from extractors.breakdowns import without_nested_periods
from extractors.rulebook import rules
from extractors.subjects import opens_on_place
from extractors.wholes import of_a_thing_apart, parts_of, whole_figure
from extractors.wording import OVERSHOOT, REST_OF_WHOLE, YEAR_START, bases_of, negation_of
from schemas import Finding, Statement
from zhfacts.checks.article import Article
from zhfacts.checks.tolerance import HUNDRED, beyond, in_units, precision


def check_sum(article: Article) -> list[Finding]:
    """Parts (其中, 分项看, 分别为) against their whole. Parts that exceed it (by up to 30%: beyond that
    they are overlapping categories, not parts) are an error; parts that fall short by less than 10%
    are a warning, since a breakdown may leave out a small remainder."""
    findings = []
    parts_by_whole = parts_of(article.statements)
    for whole_id, parts in parts_by_whole.items():
        statement = article.by_id[whole_id]
        if _PER_MEMBER.search(statement.metric or ""):
            continue  # 公共交通每人次补贴2.72元,其中常规公交每人次补贴3.07元: an average has no parts that add up to it
        # 其中,一季度…21.05万辆,二季度…27.57万辆,6月单月…9.18万辆: a month within a quarter listed is no part of its own
        parts = without_nested_periods(parts, article.facts, statement)
        # 年末…余额151.4亿元。其中,农户贷款余额103.7亿元,比年初增加…,年初为91.1亿元: the level at the year's start another
        # part is measured from is no part beside it
        measured_from = {base for part in parts for base in bases_of(part)}
        parts = [p for p in parts if p.value not in measured_from or not _at_the_year_start(p, article)]
        pair = _complements(parts, article.facts)
        parts = pair or parts  # 利息净收入…、非利息净收入…;手续费及佣金净收入…: a thing and the rest of it are all of it
        exhaustive = statement.exhaustive or bool(pair) or _exhaustive(statement, parts)
        # 制造业…占全区的66.8%;高技术产业…所占比重为42.5%: categories that overlap, as their shares say, are not summed
        overlapping = not exhaustive and (
            _overlapping(article, statement, parts) or _of_overlapping_groupings(parts) or _bounded_below(article, parts)
            or _rate_numerator_beside_classes(statement, parts)
        )
        kinds = [] if overlapping else list(dict.fromkeys(article.value(p).kind for p in parts))
        # Amounts against the whole's amount, counted parts (百亿元以上项目2个…) against its count (项目32个).
        for kind in kinds:
            of_kind = [p for p in parts if article.value(p).kind == kind]
            figure = whole_figure(statement, article.value(of_kind[0]), article.facts)
            breakdowns = _breakdowns([article.value(p) for p in of_kind], figure, of_kind, article.facts)
            for values in breakdowns:
                # The whole, and its copy in the headline or the body: the parts must add up to both.
                for whole in [figure, *article.copies(figure.id)]:
                    # One part of a kind exhausts nothing: 其中亿元以上项目…281.6亿元 under a whole whose counted
                    # parts (by region, with 其他地区) cover its count; nor does one breakdown of several (上半年…,
                    # 三季度… make 前三季度 exactly; 从投向看,新能源…占60.0%,电网…占24.2%, is some of it).
                    finding = _sum_finding(whole, values, exhaustive and len(values) > 1 and len(breakdowns) == 1)
                    if finding is not None:
                        findings.append(finding)
                        break
        if exhaustive:
            findings += _shares_finding(article, statement, parts)
        findings += _earlier_levels_finding(article, statement, parts, exhaustive)
        # 项目47个,协议总投资286.5亿元 broken down as 36个…214.7亿元, 8个…52.6亿元: the counts of the parts
        # add up to the count of the whole as their amounts do.
        # A counted part of its own (其中亿元以上项目54个) was read against the count above.
        amounts = _with_subtotals_opened([p for p in parts if article.value(p).kind != "count"], parts_by_whole)
        count = _count_of(article, statement)
        if count is not None and amounts and all(p.count is not None for p in amounts):
            # (其中,10亿元以上项目48个…。分产业看,…84个…: each breakdown of the counts apart, as of the amounts)
            for counts in _breakdowns([article.facts[p.count] for p in amounts], count, amounts, article.facts):
                finding = _sum_finding(count, counts, exhaustive and len(counts) > 1)
                findings += [finding] if finding is not None else []
    for statement in article.statements:
        if statement.difference is not None:
            findings += _difference_finding(article, statement)
    return findings


def _at_the_year_start(statement: Statement, article: Article) -> bool:
    return statement.period is not None and article.facts[statement.period].text in YEAR_START


def _with_subtotals_opened(amounts: list[Statement], parts_by_whole: dict) -> list[Statement]:
    """创新药项目19个、投资138.7亿元;高端医疗器械项目21个、96.4亿元;…两大领域合计投资235.1亿元: a subtotal with no
    count of its own stands for its parts, whose counts it adds up."""
    opened = []
    for amount in amounts:
        own = parts_by_whole.get(amount.id, [])
        opened += own if amount.count is None and own and all(p.count is not None for p in own) else [amount]
    return opened


def _count_of(article: Article, whole: Statement):
    """The count of a whole, or of its copy in the body when the whole is the headline's (签约项目58个 总投资
    426.8亿元, broken down by size after the body's 共签约工业项目58个,总投资426.8亿元 was broken down by industry)."""
    if whole.count is not None:
        return article.facts[whole.count]
    twins = [article.by_value.get(copy.id) for copy in article.copies(whole.value)] if article.is_headline(whole) else []
    return next((article.facts[twin.count] for twin in twins if twin is not None and twin.count is not None), None)


def _of_overlapping_groupings(parts: list[Statement]) -> bool:
    """对“一带一路”共建国家出口…;对欧盟出口…;对东盟出口…: markets beside a grouping that takes in members of
    others overlap (rules/link.toml `umbrella_markets`), as industries do beside a grouping across sectors
    (制造业上市公司31家;…战略性新兴产业的公司22家: `umbrella_industries`), goods beside a grouping across classes
    (机电产品进口…;高新技术产品进口…: `umbrella_goods`), and kinds of enterprise beside one that takes in the others
    (国有控股企业…;股份制企业…;私营企业…: `umbrella_ownership`)."""
    if len(parts) < 2:
        return False
    metrics = [part.metric or "" for part in parts]
    if any(word in metric for metric in metrics for word in rules("link").umbrella_markets + rules("link").umbrella_ownership):
        return True
    # (其中高技术制造业…、高技术服务业…: the halves of one grouping, named alike, are no sectors beside it)
    groupings = {word for metric in metrics for word in rules("link").umbrella_industries + rules("link").umbrella_goods if word in metric}
    return bool(groupings) and any(not any(word[:2] in metric for word in groupings) for metric in metrics)


def _rate_numerator_beside_classes(whole: Statement, parts: list[Statement]) -> bool:
    """项目86个,其中总投资亿元以上项目23个,已完工71个,完工率82.6%: a part a rate of the whole is named after (完工率,
    开工率) is a state its members reach across the classes beside it, not a class of its own; they are not summed."""
    rated = [p for p in parts if p.share is not None and p.share.whole_by == "rate_name" and p.share.whole == whole.value]
    return bool(rated) and len(rated) < len(parts)


def _bounded_below(article: Article, parts: list[Statement]) -> bool:
    """其中,规模以上企业86家,营业收入超10亿元的企业11家: sets each above a bound (规模以上, 超10亿元, 100万元以上)
    nest in one another, the higher within the lower; they are not summed. The bound may be a figure of its own
    written right before the part, with nothing between (市值千亿元以上公司3家,百亿元以上公司62家)."""
    # (a band, 5亿元以上10亿元以下, is bounded above too: bands are disjoint)
    def above(part: Statement) -> bool:
        if _BELOW_A_BOUND.search(part.metric or ""):
            return False
        figure = article.value(part)
        bound = max((f for f in article.facts.values() if f.sentence == figure.sentence and f.end <= figure.start), key=lambda f: f.start, default=None)
        return bool(_ABOVE_A_BOUND.search(part.metric or "")) or bound is not None and getattr(bound, "qualifier", None) in (">", ">=") and bound.kind != figure.kind
    return sum(1 for part in parts if above(part)) >= 2


_ABOVE_A_BOUND = regex.compile(r"以上|超过?|逾|规上|限上")
_BELOW_A_BOUND = regex.compile(r"以下|以内|不足|不到|[至到—－-]")


def _complements(parts: list[Statement], facts: dict) -> list[Statement] | None:
    """Two parts, one named as what the other is not (利息净收入 and 非利息净收入), or None; not when a part of
    another name is listed before them in their sentence (能源矿产…,金属矿产…,非金属矿产…: 非金属 is a kind of its own),
    nor when its figure is listed with theirs (非金属矿产、金属矿产和能源矿产…分别为52.64亿元、17.32亿元和6.22亿元)."""
    pair = next((
        [part, other] for part in parts for other in parts
        if part is not other and part.metric and other.metric and negation_of(other.metric, part.metric)
    ), None)
    if pair is None:
        return None
    others = [p for p in parts if p not in pair and p.sentence == pair[0].sentence]
    if any(parts.index(p) < min(parts.index(pair[0]), parts.index(pair[1])) for p in others):
        return None
    if any(_listed_together(facts[p.value], facts[q.value]) for p in others for q in pair):
        return None
    return pair


def _listed_together(first, second) -> bool:
    """Whether two figures are written one right after the other, with no more than a 、 or 和 between."""
    first, second = sorted((first, second), key=lambda f: f.start)
    return 0 <= second.start - first.end <= 1


def _overlapping(article: Article, whole: Statement, parts: list[Statement]) -> bool:
    """Whether every part states its share of the whole and the shares add up to more than 100% (a share
    below a bound, 近四成, at its least)."""
    shares = [article.facts[p.share.value] for p in parts if p.share is not None and p.share.whole == whole.value]
    if len(shares) != len(parts) or any(s.value is None or s.form not in ("percent", "fraction") for s in shares):
        return False
    least = sum(s.value - (precision(s) if s.qualifier in ("<", "<=") else 0) for s in shares)
    return least > 100 + sum(precision(s) for s in shares)


_NEAR_WHOLE = Decimal("0.8")


def _breakdowns(values: list, whole, parts: list[Statement], facts: dict) -> list[list]:
    """The parts of a whole, as one breakdown; or, when together they exceed it and one sentence names
    places (分区域看,澜屿高新区在孵企业1824家…) while another names none (其中高新技术企业612家…), or one
    sentence's list ends in the rest of the whole (农村公路、农村供水和人居环境等其他项目分别完成投资…, after
    其中使用衔接资金1.42亿元), or each sentence comes near the whole alone, one breakdown per sentence, each of the
    whole's parts by another criterion; a list that comes near it beside single parts in other sentences is
    the one breakdown."""
    total = sum((v.value for v in values if v.value is not None), Decimal(0))
    sentences = list(dict.fromkeys(v.sentence for v in values))
    if whole.value is None or total <= whole.value or len(sentences) < 2:
        return [values]
    # (only when each sentence naming the rest comes near the whole alone: 一般贸易…。加工贸易…;其他贸易方式… is one list)
    near_whole = {
        sentence: sum((v.value for v in values if v.sentence == sentence and v.value is not None), Decimal(0)) >= whole.value * _NEAR_WHOLE
        for sentence in sentences
    }
    # (其中移送公安机关57起…。分季度看,一季度88起…四季度81起: a sentence whose parts make the whole exactly is a
    # breakdown of its own, as is any other that comes near it; a sentence of some of it only is not summed)
    exact = [
        sentence for sentence in sentences
        if abs(sum((v.value for v in values if v.sentence == sentence and v.value is not None), Decimal(0)) - whole.value)
        <= precision(whole) + sum(precision(v) for v in values if v.sentence == sentence)
    ]
    if exact:
        return [[v for v in values if v.sentence == sentence] for sentence in sentences if sentence in exact or near_whole[sentence]]
    # (其中10亿元以上项目38个…。分产业看,先进制造业项目84个…。现代服务业项目47个…。现代农业项目29个…: a list that
    # goes on over sentences and makes the whole exactly, beside a part by another criterion)
    for first in range(len(sentences)):
        for last in range(first + 1, len(sentences)):
            run = [v for v in values if v.sentence in sentences[first : last + 1]]
            if abs(sum((v.value for v in run if v.value is not None), Decimal(0)) - whole.value) <= precision(whole) + sum(precision(v) for v in run):
                return [run]
    # (其中民生支出327.68亿元,占79.4%。教育、社会保障和就业、卫生健康支出分别为…: a list with no shares of the whole, or
    # one far past what the single part before it leaves of the whole, may break that part down)
    listed = {sentence: [v for v in values if v.sentence == sentence] for sentence in sentences}
    # (其中工业技术改造投资突破90亿元。工业投资中,制造业投资386.2亿元: two parts alone of one period, each by a
    # criterion of its own; 1—4月…,5月… tile the whole's months)
    if len(sentences) == 2 and all(len(listed[sentence]) == 1 for sentence in sentences) and len({part.period for part in parts}) == 1:
        return [listed[sentence] for sentence in sentences]
    shared = {value.id for part, value in zip(parts, values) if part.share is not None and part.share.whole == whole.id}
    first, second = sorted(sentences)[:2]
    if len(sentences) == 2 and len(listed[first]) == 1 and listed[first][0].id in shared \
            and listed[first][0].value >= sum((v.value or 0) for v in listed[second]) \
            and (_past_the_rest(share, listed[second], whole) if (share := _percentage_share(listed[first][0], parts, values, facts)) is not None
                 else not shared & {v.id for v in listed[second]}):
        return [listed[sentence] for sentence in sentences]
    rest = {value.sentence for part, value in zip(parts, values) if REST_OF_WHOLE.search(part.metric or "")}
    # (其中一般债务512.7亿元,专项债务773.7亿元。…市本级538.9亿元,七个区县747.5亿元: each sentence near it on its own)
    if rest and all(near_whole[sentence] for sentence in rest) or all(near_whole.values()):
        return [[v for v in values if v.sentence == sentence] for sentence in sentences]
    # (其中10亿元以上的项目13个。按环节分,制造类项目6个、封装测试类5个…: a list near the whole, past a part alone)
    near = [sentence for sentence in sentences if near_whole[sentence] and len(listed[sentence]) > 1]
    if near and all(near_whole[sentence] or len(listed[sentence]) == 1 for sentence in sentences):
        return [listed[sentence] for sentence in near]
    placed = {sentence: set() for sentence in sentences}
    one_subject = len({part.subject for part in parts}) == 1  # (西湖县 of every part names no place of one)
    for part, value in zip(parts, values):
        place = opens_on_place(part.metric) or (not one_subject and opens_on_place(part.subject))
        placed[value.sentence].add(place or bool(_URBAN_OR_RURAL.match(part.metric or "")))
    if not ({True} in placed.values() and {False} in placed.values()):
        return [values]
    return [[v for v in values if v.sentence == sentence] for sentence in sentences]


def _percentage_share(part, parts: list[Statement], values: list, facts: dict):
    """The part's share of the whole when it is written as a percentage (大豆…占进口总量的57.8%), else None: then what it
    leaves of the whole says whether a list after it is the rest of the whole (玉米、大麦和高粱分别进口…;其余…) or breaks it
    down."""
    statement = next(p for p, v in zip(parts, values) if v.id == part.id)
    share = facts.get(statement.share.value) if statement.share is not None else None
    return share if share is not None and share.kind == "percent" and share.form == "percent" and share.value is not None else None


def _past_the_rest(share, listed: list, whole) -> bool:
    """Whether a list is more than half again what a part's stated share leaves of the whole (民生支出…占80.1%, then
    教育支出…占17.5%,社会保障和就业支出…: 44% of the whole where 19.9% is left), too far for one figure misprinted."""
    if whole.value is None:
        return False
    left = whole.value * (100 - share.value) / 100
    return sum((v.value or 0) for v in listed) > left * Decimal("1.5")


# 每人次补贴, 户均, 人均: a figure per member (not 日均, 月均, 每年: per a span of time, whose parts add up)
_PER_MEMBER = regex.compile(r"(?<![日月年天周])均|每(?![年月天日周])")


# 农村网络零售额 beside 农产品、服装鞋帽网络零售额: the part of a place's kind (城乡), by another criterion than the goods
_URBAN_OR_RURAL = regex.compile(r"城镇|农村|乡村|城市|城区|市区|郊区|县城")


def _earlier_levels_finding(article: Article, whole: Statement, parts: list[Statement], exhaustive: bool) -> list[Finding]:
    """出口396.8亿元(上年为355.9亿元)、进口215.6亿元(上年为207.5亿元) of 进出口612.4亿元(上年为563.4亿元): the
    earlier levels of the parts add up to the earlier level of the whole, when every part has one."""
    bases = [_base_of(p) for p in parts]
    whole_base = _base_of(whole)
    if whole_base is None or None in bases or len(bases) < 2:
        return []
    if any(s.part_of and s.value in bases for s in article.statements):
        return []  # (上年出口、进口分别为…: linked as parts of their own, and summed as such)
    figure = article.facts[whole_base]
    values = [article.facts[b] for b in bases]
    if any(v.kind != figure.kind for v in values):
        return []
    finding = _sum_finding(figure, values, exhaustive)
    if finding is None:
        return []
    # Year-earlier levels are often revised (按可比口径), each apart: a mismatch among them is a doubt, no error.
    shown = finding.message.split(": ", 1)[1]
    message = f"上年数之和与上年总数不符 / earlier levels of the parts do not add up to the whole's: {shown}"
    return [finding.model_copy(update={"severity": "warning", "message": message})]


def _base_of(statement: Statement) -> str | None:
    """The fact id of a figure's earlier level: the base of its change, or of its difference."""
    return next(iter(bases_of(statement)), None)


def _shares_finding(article: Article, whole: Statement, parts: list[Statement]) -> list[Finding]:
    """出口3600亿元,占60%;进口2400亿元,占40%: the shares of parts that exhaust their whole, each a share
    of that whole, add up to 100%."""
    if any(p.share is None or p.share.whole != whole.value for p in parts):
        return []
    shares = [article.facts[p.share.value] for p in parts]
    if any(s.value is None or s.form not in ("percent", "fraction") or s.qualifier != "=" for s in shares):
        return []
    total = sum((s.value for s in shares), Decimal(0))
    tolerance = sum((precision(s) for s in shares), Decimal(0))
    if abs(total - HUNDRED) <= tolerance:
        return []
    outer = article.facts[whole.share.value] if whole.share is not None else None
    if outer is not None and outer.value is not None and abs(total - outer.value) <= tolerance + precision(outer):
        return []  # 41.4% + 24.8% + 15.8% = 82.0%: shares of the whole's own whole, adding up to its share
    return [Finding(
        check="sum", severity="error", facts=[s.id for s in shares], stated=HUNDRED, computed=total, tolerance=tolerance,
        message=f"占比之和不等于100% / shares of a whole do not add up to 100%: {' + '.join(s.text for s in shares)} = {total}%",
    )]


def _difference_finding(article: Article, statement: Statement) -> list[Finding]:
    """比去年底的71.8万座增加24.3万座 after 96.1万座: the base plus (or minus) the change is the figure."""
    figure, base, change = article.value(statement), article.facts[statement.difference.base], article.facts[statement.difference.value]
    if figure.value is None or base.value is None or change.value is None or figure.qualifier != "=" or base.qualifier != "=":
        return []
    sign = 1 if statement.difference.direction == "up" else -1
    computed = base.value + sign * change.value
    tolerance = precision(figure) + precision(base) + precision(change)
    if not beyond(abs(computed - figure.value), tolerance):
        return []
    return [Finding(
        check="sum", severity="error", facts=[figure.id, base.id, change.id], stated=figure.value, computed=computed, tolerance=tolerance,
        message=f"差额不符 / change does not add up: {base.text} {'+' if sign > 0 else '-'} {change.text} = {in_units(computed, figure)} vs {figure.text}",
    )]


def _sum_finding(whole, values: list, exhaustive: bool) -> Finding | None:
    if whole.value is None or any(v.value is None or v.kind != whole.kind for v in values):
        return None
    if whole.kind == "money" and any(v.currency != whole.currency for v in values):
        return None
    if whole.kind == "count" and any(v.unit != whole.unit for v in values):
        return None  # 4名 and 3名 are no parts of 9家
    if whole.kind == "measure" and any(v.base_unit != whole.base_unit for v in values):
        return None  # 亩 are no parts of 吨
    total = sum((v.value for v in values), Decimal(0))
    tolerance = precision(whole) + sum((precision(v) for v in values), Decimal(0))
    shown = f"{' + '.join(v.text for v in values)} = {in_units(total, whole)}"
    facts = [whole.id, *(v.id for v in values)]
    # An exhaustive breakdown that covers less than half its whole is more likely other figures (每股
    # 0.054元 before 合计1620万元) than parts with a mistake.
    if whole.qualifier in ("=", "~") and (
        (total > whole.value and beyond(total - whole.value, tolerance) and total <= whole.value * OVERSHOOT)
        or (exhaustive and whole.value / 2 <= total < whole.value and beyond(whole.value - total, tolerance))
    ):
        return Finding(
            check="sum", severity="error", message=f"部分之和不等于总数 / parts do not add up to their whole: {shown} vs {whole.text}",
            facts=facts, stated=whole.value, computed=total, tolerance=tolerance,
        )
    if len(values) > 1 and whole.value * Decimal("0.9") <= total < whole.value and beyond(whole.value - total, tolerance) and whole.qualifier == "=":
        return Finding(
            check="sum", severity="warning", message=f"部分之和不足总数 / parts fall short of their whole: {shown} < {whole.text}",
            facts=facts, stated=whole.value, computed=total, tolerance=tolerance,
        )
    return None


def _exhaustive(whole: Statement, parts: list[Statement]) -> bool:
    """Parts that exhaust their whole by definition (出口 and 进口 of 进出口, rules/link.toml), not those of a thing
    apart (农产品进口 of 对欧盟进出口)."""
    for complement in rules("link").complements:
        if whole.metric and complement.whole in whole.metric:
            names = {
                p for p in complement.parts for s in parts
                if s.metric and s.metric.endswith(p) and not of_a_thing_apart(s.metric.removesuffix(p), whole)
            }
            if len(names) == len(complement.parts) == len(parts):
                return True
    return False
