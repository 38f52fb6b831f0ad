"""Averages per unit of a quantity: per 亩, per tonne, per square metre.

粮食总产量38.76万吨,播种面积86.42万亩,平均亩产448.5公斤; 销售额612.4亿元,销售面积486.3万平方米,平均每平方米
成交价12593元; 新建高标准农田2.3万亩,每亩补助3000元,合计6900万元: the average's cue names the unit it is
per (亩产, 亩均, 每吨, 吨均, 每平方米), the quantity in that unit is the divisor and the figure of the
average's own kind and unit is the total. Both are written in the average's sentence: the divisor the
nearest before it, the total the nearest that the average names (收入 of 吨均收入) or else the only one,
in the divisor's clause or the one beside it (anywhere in the sentence when they are its only divisor and total, the divisor first),
or one written right after the average with 合计 or 共计.
An average whose total stands apart is read only when the paragraph holds one total that the average names and
that gives about the stated average (within 40%); one whose divisor stands apart (鲜薯总产量128.4万吨…;平均亩产
2441公斤, the area a paragraph before) only when a quantity of the unit before it is named as the average or its total
is, and gives about the stated average. Earlier levels, changes and other averages are neither. A total broken down
before the average in its sentence gives way to the one part the average's words name (宜机化改造亩均补助 of
宜机化改造补贴). The total's statement gets the divisor as `over`, the average as `average`.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from extractors.roles import AVERAGE_CUE, LEVEL_KINDS
from extractors.wholes import earlier_levels, same_unit, share_a_word
from extractors.spreads import GOAL_WORDS
from extractors.wording import AVERAGE_BASIS, LAST_RUN_BREAK, REST_OF_WHOLE, SEMICOLON, clause_opening, is_last_year_figure, stated_apart
from schemas import Statement

# The unit an average is per, written before it in its clause: 亩产, 平均亩产, 亩均税收, 吨均收入, 每吨均价,
# 平均每平方米成交价, 平均每千瓦时, 平均每公里.
_PER_UNIT = regex.compile(
    r"(?:(?:平均)?(?:每|单)(?P<each>亩|吨|平方米|千瓦时|公里)|(?P<head>亩|吨)(?:均|产|(?=[煤钢])))(?P<named>\p{Han}{0,8}?)(?:为|达到|达|约)?$"
)
# Per flat or flight (套均, 每架次) is left out: the stock or the year's additions may be meant
# (1.86万套…新增3400套…套均约60.4平方米), which a count does not tell.
# 纯收益, 净利润, 利润: what is left after costs, which no gross total gives when divided.
_NET = regex.compile(r"[纯净]|\p{Han}*利润")
_TOTAL_AFTER = regex.compile(r"[,，]\s*(?:合计|共计|总计)")


def link_unit_averages(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    statements = list(statements)
    position_of = {s.value: position for position, s in enumerate(statements)}
    averaged = {s.average for s in statements if s.average}
    # Earlier levels (比上年的13128元, 上年为…) and absolute changes (增产0.81万吨) are no totals nor divisors.
    excluded = earlier_levels(statements, facts, text) | {s.difference.value for s in statements if s.difference}
    for statement in list(statements):
        average = facts[statement.value]
        if statement.value in averaged | excluded or average.kind not in LEVEL_KINDS or average.value is None:
            continue
        cue = _PER_UNIT.search(text, max(0, average.start - 14), average.start)
        if cue is None or _BREAK.search(text, cue.start(), average.start):
            continue
        unit = cue.group("each") or cue.group("head")
        paragraph = text.rfind("\n", 0, average.start)
        before = [s for s in statements if paragraph < facts[s.value].start and facts[s.value].end <= cue.start() and facts[s.value].qualifier == "="
                  and s.value not in averaged | excluded and not AVERAGE_CUE.search(s.metric or "")
                  and not _PER_UNIT.search(text, max(0, facts[s.value].start - 14), facts[s.value].start)]
        divisor = next((facts[s.value] for s in reversed(before) if facts[s.value].kind == "measure" and facts[s.value].base_unit == unit), None)
        # 茶叶、竹笋…分别销售9.42亿元、6.18亿元和5.37亿元: the items of a list are no total an average names.
        totals = [s for s in before if same_unit(facts[s.value], average) and s.average is None and s.over is None
                  and not any(o is not s and o.sentence == s.sentence and (o.metric == s.metric or o.part_of and o.part_of == s.part_of)
                              and same_unit(facts[o.value], facts[s.value]) for o in before)]
        # 液体乳收入128.36亿元…销量182.6万吨,吨均收入约7030元: the total the average names (收入), else the
        # nearest of its sentence.
        named, alone = cue.group("named"), [s for s in totals if facts[s.value].sentence == average.sentence]
        after = _total_after(statements, average, facts, text)
        # (农户获得制种收入14.6亿元,…;玉米制种亩均纯收益2150元: a net return is of no gross total it does not name)
        only = alone[0] if len(alone) == 1 and not (_NET.match(named) and not share_a_word(named, alone[0].metric)) \
            and not _of_another_run(alone[0], average, facts, text) else None
        total = after or next((s for s in reversed(alone) if named and share_a_word(named, s.metric)), only)
        if total is None and not alone and divisor is not None and divisor.sentence == average.sentence:
            # 新开工项目48个,计划总投资96.8亿元。新开工项目共使用土地2030亩,平均每亩投资强度476.8万元: the one
            # total of the paragraph the average names, when it gives about the average stated
            # (计划总投资96.8亿元,平均每个项目2.02亿元: a total averaged per member too)
            named_apart = [s for s in before if same_unit(facts[s.value], average) and s.over is None and named and share_a_word(named, s.metric)]
            total = named_apart[-1] if len(named_apart) == 1 and _about(facts[named_apart[-1].value], divisor, average) else None
            after = total
        elif total is None and not alone and named:
            # 全年实现中药材种植产值12.36亿元…。按种植面积计算,全县中药材亩均产值6645元: total and divisor both apart,
            # the one total of the paragraph the average names (the divisor is found below, by the names)
            # (not 农业用水量142.3亿立方米 for 亩均灌溉用水量: a total whose name lacks the word the average's name opens on)
            named_apart = [s for s in before if same_unit(facts[s.value], average) and s.over is None and share_a_word(named, s.metric)
                           and named[:2] in (s.metric or "")]
            # (…其中中药材18.9亿元…。林下中药材亩均产值4896元: the member the words before the cue name, over the whole)
            opening = text[clause_opening(text, cue.start()) : cue.start()]
            members = [s for s in before if same_unit(facts[s.value], average) and s.over is None and s.part_of and len(s.metric or "") >= 2
                       and (s.metric or "") in opening]
            total = members[-1] if len(members) == 1 else named_apart[-1] if len(named_apart) == 1 else None
        before_cue = text[clause_opening(text, cue.start()) : cue.start()]
        named_by_average = before_cue + cue.group("named")
        basis = AVERAGE_BASIS.search(text, max(0, cue.start() - 30), cue.start())  # 按油菜种植面积计算
        if total is not None:  # (补贴资金3650万元,其中购机补贴…、宜机化改造补贴1480万元…;宜机化改造亩均补助800元: the part named)
            # (…其中油菜种植补贴5.47亿元…;按油菜种植面积计算,亩均补贴80元: named by the basis it is reckoned on too)
            words = (basis.group("name") if basis else "") + named_by_average
            total = part_named(total, average, words, statements, facts, text) or total
        measures = [s for s in before if facts[s.value].sentence == average.sentence and facts[s.value].kind == "measure" and facts[s.value].base_unit == unit]
        # 鲜薯总产量128.4万吨…,平均亩产2441公斤, the area of potatoes written a paragraph before; not a figure
        # compared (比玉米生产者补贴的每亩95元高出173元) nor one per tonne of a tonnage (吨钢综合能耗536千克)
        apart = total is not None and not measures and not _COMPARED.match(named_by_average) and getattr(facts[total.value], "base_unit", None) != unit
        if apart:
            names = [basis.group("name")] if basis else [named_by_average, _name(total)]
            # (项目区粮食平均亩产538公斤 after 全县粮食总产量41.36万吨: of a part the total is not, so of an area it names)
            of_the_total = not _own_words(before_cue) - _own_words(_name(total))
            # 吨钢综合能耗: per tonne of a steel tonnage
            product = next((p for p in ("钢", "煤") if cue.group("head") == "吨" and text.startswith(p, cue.end("head"))), "")
            divisor = _divisor_apart(average, unit, names, of_the_total, facts[total.value], statements, facts, excluded | averaged, product)
        if divisor is None or total is None or total.value == divisor.id or divisor.sentence != average.sentence and not apart:
            continue
        # (新建高标准农田326万亩,完成年度任务…的108.7%,…总投入48.9亿元,亩均投入1500元: apart, but the one pair there is)
        only_pair = len(alone) == 1 and len(measures) == 1 and divisor.start < facts[alone[0].value].start
        if not (apart or after or only_pair or _adjacent(facts[total.value], divisor, text)):
            continue
        at = position_of[total.value]
        if statements[at].average is None:
            statements[at] = statements[at].model_copy(update={"over": divisor.id, "average": average.id})
        else:  # (平均每个项目2.02亿元 and 平均每亩476.8万元: a second average of the figure, stated apart right after it)
            statements.insert(at + 1, stated_apart(statements[at], average.id, over=divisor.id, average=average.id))
            position_of = {s.value: position for position, s in enumerate(statements) if s.id.count(".") == 0}
        averaged.add(average.id)
    return statements


_BREAK = regex.compile(r"[,;:，；：。]")
_OTHER_IRON = regex.compile(r"生铁|铁矿")
_COMPARED = regex.compile(r"比|较|与|高于|低于")



def _adjacent(first, second, text: str) -> bool:
    """Written in one clause or in two clauses side by side (总产量38.76万吨,播种面积86.42万亩)."""
    first, second = sorted((first, second), key=lambda f: f.start)
    return len(_BREAK.findall(text, first.end, second.start)) <= 1


def _divisor_apart(average, unit: str, names: list[str], of_the_total: bool, total, statements: list[Statement], facts: dict, excluded: set,
                   product: str = ""):
    """The quantity an average is per, written in another sentence than the average: a level in its unit before
    it, other than the total, named by the first of `names` that names any (the basis, 按可采摘面积计算; the
    average's own words, 投产果园平均亩产 of 投产面积; the total's name, 种植面积 for 种植环节产值), by a word that is
    not the measure (面积, 产量) nor the scope; with none so named, any when the average is named for no more than
    the total (鲜薯总产量…平均亩产 over 马铃薯种植面积). Of those that give about the stated
    average, the nearest (128.4万吨 / 52.6万亩 for 平均亩产2441公斤): as written, the right one gives it within its
    rounding. None when none does."""
    levels = [
        s for s in statements if facts[s.value].kind == "measure" and facts[s.value].base_unit == unit and facts[s.value].qualifier == "="
        and facts[s.value].start < average.start and s.value not in excluded and s.value != total.id and s.average is None
        and s.over is None and not AVERAGE_CUE.search(s.metric or "") and not GOAL_WORDS.search(s.metric or "")
        and not is_last_year_figure(s, facts)  # (上年分别为5310.2万吨…: a level of the year before)
        and (not product or product in (s.metric or "") and not _OTHER_IRON.search(s.metric or ""))  # (吨钢 over 粗钢产量, not 生铁)
    ]
    named = next(([s for s in levels if _own_words(name) & _own_words(_name(s))] for name in names if any(
        _own_words(name) & _own_words(_name(s)) for s in levels)), levels if of_the_total else [])
    fitting = [facts[s.value] for s in named if _about(total, facts[s.value], average)]
    return min(fitting, key=lambda divisor: abs(total.value / divisor.value - average.value), default=None)


def part_named(total: Statement, average, words: str, statements: list[Statement], facts: dict, text: str) -> Statement | None:
    """The one part of a total, of its unit and listed before the average in its sentence, that the words of the average name by a
    pair of characters no other part of it has (焚烧 of 焚烧处理费补贴 among 飞灰处置补贴, for 每吨焚烧垃圾补贴), or None."""
    parts = [
        s for s in statements if s.part_of == total.id and s.metric and same_unit(facts[s.value], facts[total.value])
        and facts[s.value].end <= average.start and facts[s.value].sentence == average.sentence and not AVERAGE_CUE.search(s.metric)
        and not REST_OF_WHOLE.match(text, clause_opening(text, facts[s.value].start))  # (其余6000万元为社会资本投入: the rest)
    ]
    pairs = [_own_words(s.metric) for s in parts]
    shared = {pair for own in pairs for pair in own if sum(pair in other for other in pairs) > 1}
    named = [s for s, own in zip(parts, pairs) if (own - shared) & _own_words(words)]
    return named[0] if len(parts) > 1 and len(named) == 1 and named[0].average is None else None


def _of_another_run(total: Statement, average, facts: dict, text: str) -> bool:
    """全县花生平均亩产324公斤,预计总产量13.8万吨,…;大豆平均亩产189公斤: a total past a semicolon whose own run holds
    another average of the unit is that average's."""
    figure = facts[total.value]
    run_end = SEMICOLON.search(text, figure.end, average.start)
    if run_end is None:
        return False
    run_start = LAST_RUN_BREAK.search(text, 0, figure.start)
    start = run_start.end() if run_start else 0
    return any(f is not average and same_unit(f, average) and start <= f.start < run_end.start()
               and _PER_UNIT.search(text, max(0, f.start - 14), f.start) for f in facts.values())


def _name(statement: Statement) -> str:
    return (statement.subject or "") + (statement.metric or "")


def _own_words(name: str) -> set[str]:
    """The pairs of characters of a name, but those of a measure or a scope, which names of other things share."""
    return {name[i : i + 2] for i in range(len(name) - 1)} - _MEASURE_OR_SCOPE


_MEASURE_OR_SCOPE = frozenset({"平均", "面积", "产量", "总产", "产值", "总量", "数量", "规模", "全年", "实现", "完成", "累计", "全省", "全市", "全县", "全区"})


def _about(total, divisor, average) -> bool:
    """Whether total / divisor is within 40% of the average: a pairing guessed apart is checked against it, so that
    a wrong guess is left unlinked while a figure written a quarter off is still caught."""
    if None in (total.value, divisor.value, average.value) or not divisor.value or not average.value:
        return False
    quotient = total.value / divisor.value / average.value
    return Decimal("0.7") <= quotient <= Decimal("1.4")


def _total_after(statements: list[Statement], average, facts: dict, text: str) -> Statement | None:
    """每亩补助3000元,合计6900万元: the total written right after the average."""
    cue = _TOTAL_AFTER.match(text, average.end)
    if cue is None:
        return None
    return next((s for s in statements if facts[s.value].start >= cue.end() and facts[s.value].start - cue.end() <= 2
                 and same_unit(facts[s.value], average) and s.average is None), None)
