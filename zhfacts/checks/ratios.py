"""Ratios of two stated figures against a third: shares, target completion and averages."""

from __future__ import annotations

from decimal import Decimal

import regex

from extractors.spreads import MEMBERS_NAMED_AT_LENGTH
from extractors.wholes import measured_alike, named_in_full, same_unit, words_missing
from extractors.wording import named_by, per_many
from schemas import Duration, Finding
from zhfacts.checks.article import Article
from zhfacts.checks.tolerance import HUNDRED, average_precision, compare, in_units, precision, ratio_qualifier, ratio_tolerance


def check_share(article: Article) -> list[Finding]:
    """part / whole against the stated share (工业项目140个, 占总项目数的71.4%, with 196 as the whole)."""
    findings = []
    for statement in article.statements:
        if statement.share is None or statement.share.of == "目标" or article.value(statement).kind == "percent":
            continue  # 民间投资增长3.1%,占全部投资的51.2%: a rate's share has no level to check
        if statement.share.whole is None:
            share = article.facts[statement.share.value]
            findings.append(Finding(
                check="share", severity="info", facts=[statement.value, share.id], stated=share.value,
                message=f"无法核对 / undecidable: {share.text} of {statement.share.of or 'a whole'} that the article does not state",
            ))
            continue
        part, share = article.value(statement), article.facts[statement.share.value]
        if part.value is None or share.value is None or share.form not in ("percent", "fraction", "multiple"):
            continue
        # The whole, and its copy in the headline or the body: the share must hold against both.
        wholes = [article.facts[statement.share.whole], *article.copies(statement.share.whole)]
        for whole in (w for w in wholes if same_unit(w, part)):  # 6.47万套 is no share of 1250.7万平方米
            finding = _percentage_finding(
                "share", share, part, whole,
                f"占比不符 / share mismatch: {part.text} / {whole.text} = {{computed}}%, stated {share.text} (±{{tolerance}})",
                confident=_confident_whole(article, statement),
            )
            if finding and not any(_percentage_finding("share", share, part, other, "") is None for other in _outer_wholes(article, statement)):
                findings.append(finding)
                break
    return findings


def _confident_whole(article: Article, statement) -> bool:
    """A whole the linker guessed (the first total, a breakdown's sum, the overshot figure), found by a
    name it holds only in part (lacking a word the part names, or one another figure carries), or by its
    subject alone for a part that measures something else by name, warns instead of erring."""
    share = statement.share
    if share.whole_by in ("first_total", "breakdown", "rate_name", "overshot"):
        return False
    whole = article.by_value.get(share.whole)
    if share.whole_by == "subject" and whole is not None:
        return measured_alike(statement, whole)
    if share.whole_by != "metric" or whole is None:
        return True
    if not named_in_full(share.of, whole, statement):
        return False
    # 在东盟方向签约额中占41.2% read against 协议总金额 while 东盟 names another figure: a guess.
    missing = words_missing(share.of, whole)
    return not any(word in named_by(other) for other in article.statements if other is not whole for word in missing)


def _outer_wholes(article: Article, statement) -> list:
    """其中,A产值532.1亿元,占41.4% under 三大产业产值1054.3亿元,占全区规上工业总产值的82.0%: a bare share
    of a part may be of the whole's whole as well; either reading that holds clears it."""
    if statement.share.of is not None or statement.share.whole_by not in ("part_of", "breakdown"):
        return []
    parent = article.by_value.get(statement.share.whole)
    if parent is None or parent.share is None or parent.share.whole is None:
        return []
    return [article.facts[parent.share.whole]]


def check_target_completion(article: Article) -> list[Finding]:
    """achieved / target against the stated completion rate (完成年度目标任务589亿元的37.22%)."""
    findings = []
    for statement in article.statements:
        target = statement.target
        if target is None or target.value is None:
            continue
        achieved, goal, rate = article.value(statement), article.facts[target.value], article.facts[target.rate]
        if not same_unit(achieved, goal):
            # 项目57个,协议总投资184.6亿元…签约项目数完成年度任务75个的76.0%: the count of the amount's set
            counted = article.facts.get(statement.count) if statement.count else None
            if counted is None or not same_unit(counted, goal):
                continue
            achieved = counted
        if achieved.value is None or rate.value is None or rate.form not in ("percent", "fraction"):
            continue
        finding = _percentage_finding(
            "target_completion", rate, achieved, goal,
            f"完成率不符 / completion mismatch: {achieved.text} / {goal.text} = {{computed}}%, stated {rate.text}",
        )
        findings += [finding] if finding else []
    return findings


def _percentage_finding(check: str, stated, part, whole, message: str, confident: bool = True) -> Finding | None:
    """part / whole in percent against a stated percentage, read through the hedges of all three; None when
    they agree, or when nothing can be decided (no whole, hedges pulling both ways)."""
    qualifier = ratio_qualifier(stated, part, whole)
    if whole.value in (None, 0) or qualifier is None:
        return None
    computed = part.value / whole.value * HUNDRED
    scale = HUNDRED if stated.form == "multiple" else 1  # 是…的11.6倍: 1160% (its precision is in points already)
    tolerance = ratio_tolerance(part, whole, precision(stated))
    return compare(check, stated.value * scale, computed, tolerance, qualifier, [part.id, whole.id, stated.id], message, confident=confident)


def check_average(article: Article) -> list[Finding]:
    """A total and a count against a stated average (平均每个项目), or a total and the duration it is
    spread over against the stated figure per year (分三年安排,每年两万亿元)."""
    findings = []
    for statement in article.statements:
        by = statement.over or statement.count
        if statement.average is None or by is None:
            continue
        total, count, average = article.value(statement), article.facts[by], article.facts[statement.average]
        named = article.by_value.get(average.id)
        metric = named.metric if named is not None else None
        if count.kind == "date":  # 1—10月…月均38.64亿千瓦时: the months (or days) of the period
            count = _span_of(count, metric)
            if count is None:
                continue
        qualifier = ratio_qualifier(average, total, count)
        if total.value is None or not count.value or average.value is None or qualifier is None:
            continue
        if _per_another_unit(metric, count):
            continue  # 项目74个、用地6820亩…平均每亩投资强度458.4万元: per 亩, not per project
        per = per_many(metric)  # 每千人口床位: per a thousand people
        finding = _average_finding(total, count, average, qualifier, per)
        # 吸纳就业28.6万人,其中农村劳动力21.3万人,…发放劳务报酬64.2亿元,人均2.24万元: per head of the part or of
        # its whole, as the text does not say; either reading that holds clears it. So does the whole of both
        # (企业1286家,其中民营企业1043家;民营企业进出口312.4亿元,占64.2%,平均每家企业…: per firm of all of them).
        sets = _wider_sets(article, count)
        readings = [(total, whole) for whole in sets] + [(wider, whole) for wider in _wider_sets(article, total) for whole in sets]
        if finding and not any(_average_finding(amount, whole, average, qualifier, per) is None for amount, whole in readings):
            findings.append(finding)
    return findings


_PER_DAY = regex.compile(r"日均|每天|每日")


def _span_of(period, metric: str | None):
    """A period of whole months (1—10月) as the duration an average is spread over: its months, or its days for a
    figure per day."""
    if _PER_DAY.search(metric or ""):
        if period.resolved is None:
            return None
        length, unit, word = (period.resolved.end - period.resolved.start).days + 1, "day", "天"
    else:
        length, unit, word = period.period.end.month - period.period.start.month + 1, "month", "个月"
    return Duration.model_construct(id=period.id, text=f"{period.text}({length}{word})", start=period.start, end=period.end,
                                    sentence=period.sentence, value=Decimal(length), unit=unit)


# (平均每公里养护资金 is per a length, no count of bridges: a quantity's unit is named as a measure word is)
_PER_MEMBER_WORD = regex.compile(r"每(?P<word>人次|架次|艘次|车次|辆次|航次|平方公里|平方米|立方米|千瓦时|千瓦|公里|公顷|[个家亩吨户艘辆台项座所条人名位])")
_PEOPLE = ("人", "名", "位")  # 平均每名创业者 over 三千七百二十六人


def _per_another_unit(metric: str | None, count) -> bool:
    """Whether the average's name (`metric`) says what it is per (平均每亩) and the count is counted in another word."""
    per = _PER_MEMBER_WORD.search(metric or "")
    unit = getattr(count, "unit", None) or ""
    if per is None or not unit:
        return False
    word = per.group("word")
    # (6820亩 and 1.08万亩 per 亩; 158家 per 每个规模场)
    return not (unit.endswith(word) or word in _PEOPLE and unit in _PEOPLE or unit in MEMBERS_NAMED_AT_LENGTH.get(word, ()))


def _average_finding(total, count, average, qualifier: str, per: int = 1) -> Finding | None:
    computed = total.value / count.value * per
    stated_precision = average_precision(average)
    # 假期8天, 分三年安排: a span of whole days or years is told exactly, as a count of members is
    spread = Decimal(0) if count.kind == "duration" and count.value == count.value.to_integral_value() else precision(count)
    tolerance = stated_precision + (precision(total) / count.value + abs(total.value) * spread / count.value**2) * per
    times = f" × {per}" if per != 1 else ""
    return compare(
        "average", average.value, computed, tolerance, qualifier, [total.id, count.id, average.id],
        f"平均数不符 / average mismatch: {total.text} / {count.text}{times} = {in_units(computed, average)}, stated {average.text}",
    )


def _wider_sets(article: Article, count) -> list:
    """The whole a counted set is a 其中 part of, or the whole it takes a share of, in its unit (已收割制种田9.45万亩,
    占制种面积的75.0%,预计全年产种2520万公斤,平均亩产约200公斤: per 亩 of all the fields)."""
    counted = article.by_value.get(count.id)
    if counted is None:
        return []
    parent = article.by_id.get(counted.part_of) if counted.part_of else None
    wholes = [article.value(parent) if parent is not None else None]
    share = counted.share  # (not a goal: 新建28.6万亩,完成年度任务25万亩的114.4%)
    wholes.append(article.facts.get(share.whole) if share is not None and share.whole and share.whole_by != "target" else None)
    return [whole for whole in wholes if whole is not None and whole.value and same_unit(whole, count)]
