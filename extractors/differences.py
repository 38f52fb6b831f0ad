"""Absolute changes: a figure written as an increase or decrease of another (比去年底的71.8万座增加24.3万座),
linked to the figure it changes and its base, so that the sum check can add them up."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import regex

from extractors.roles import AVERAGE_CUE, LEVEL_KINDS, MOVED_TO
from extractors.rulebook import rules
from extractors.wording import (
    ADDED, AN_INCREASE, CHANGE_NAMED, DELTA_ONLY, EARLIER_WAS, EARLIER_WAS_AT_END, FELL_BY, GOAL_OF_ADDITIONS, GREW_BY, INCREASE_BEFORE, LAST_RUN_BREAK, LAST_SENTENCE_STOP, LAST_YEAR_BASE, LAST_YEAR_END, LIST_JOIN, MORE_OR_LESS_DONE, NAMED_AS_CHANGE, NET_CHANGE, OPEN_ASIDE, OWN_REGION_OPENING, PER_UNIT_MOVED_FROM, REGIONS, RUN_BREAK, SENTENCE_STOP, TOTAL_SUFFIX, YEAR_EARLIER, a_year_before, bases_of, before_the_report_year, fact_ids, is_last_year, is_last_year_figure, named_by_its_clause, other_member, periods_differ, same_time, clause_opening, same_words, strip_leading, two_char_words, without,
)
from extractors.wholes import earlier_levels, same_unit, share_a_word
from schemas import Change, Difference, Share, Statement, Target

# The verb before an absolute change, and the comparison word before its base.
# (下降0.35元, 上升12元: a level's fall or rise by an amount, not a rate)
_DELTA_BEFORE = regex.compile(
    # (比上年新增214个: an addition against a time before is the change since)
    # (社会融资规模增量…比上年多增412亿元: an increment larger by; 少增, smaller by)
    rf"(?:(?P<up>增加|净增|(?<=(?:上年|去年|年初|末|底|同期))新增|新开|多出|上升|上涨|{GREW_BY}|增|(?P<more>多增)|多(?:{MORE_OR_LESS_DONE})?)|(?P<down>减少|净减|少了|下降|下跌|{FELL_BY}|减|(?P<less>少增)|少(?:{MORE_OR_LESS_DONE})?))了?(?:约)?$"
)
_NET_BEFORE = regex.compile(r"净[增减]了?(?:约)?$")
_BASE_BEFORE = regex.compile(r"(?:比|较|与|同|由(?=[^,;，；]{0,8}的$))[^,;，；]{0,8}$")  # (由2024年末的28.83万辆净增…)
_CLAUSE_START = regex.compile(r"[,;:，；：。！？!?\n]")
_CLAUSE_BREAK_BEFORE = regex.compile(r"[,;，；]\s*$")  # the gap opens its clause
# 比上年增加1.6万亿元, 较去年同期净增15269家: a change against the year before, whose figure is written elsewhere.
_YEAR_BEFORE_WAS = regex.compile(r"\s*(?:上年|去年|年初|\d{4}年)(?:同期|同月|末|底)?(?:为|是)")
# 增加2个, 多接待22.67万人次: a net change in a clause of its own (not 新开9条、停航2条, additions alone).
_NET_WORDS = rf"净增|增加|净减|减少|多出|上升|下降|{GREW_BY}|{FELL_BY}|(?:多|少)(?:{MORE_OR_LESS_DONE})"
_NEXT_CLAUSE_NET = regex.compile(rf"[,，]\s*(?:一年|全年|半年|年内|当年|今年)?(?:{_NET_WORDS})了?(?:约)?")
# ,净增9.54亿元; , 半年净增23家: the change in the clause after the year-earlier level, additions too.
_NEXT_CLAUSE_DELTA = regex.compile(rf"[,，]\s*(?:一年|全年|半年|年内|当年|今年|(?:比|较)(?:{YEAR_EARLIER}|年初))?(?:{_NET_WORDS}|新增|新开|增|减)了?(?:约)?")
# 比上年同期的163.75万人次增长13.8%,多接待22.67万人次: the rate's clause, then the change's.
_RATE_THEN_DELTA = regex.compile(rf"[^,;，；。\d]{{0,6}}\d+(?:\.\d+)?[%％]{_NEXT_CLAUSE_NET.pattern}")
_BRACKETED_YEAR_BEFORE_WAS = regex.compile(r"[(（]\s*(?:上年|去年|\d{4}年)(?:同期|同月|末|底)?(?:为|是)$")
_BALANCE_HELD = regex.compile(r"累计|滚存|历年")
_YEAR_BEFORE = regex.compile(r"(?:(?:比|较)(?:上年|去年|上届|上一届)(?:同期末?|同月)?|同比)$")  # 同比多发放2.3亿元 too; 比上届 (the edition before)
# 862家,比上年增加57家(上年为805家); 比年初增加286.42亿元,年初余额为1589.93亿元; 比上年增加118个;上年为2028个: the
# level in brackets or the next clause
_EARLIER_LEVEL_AFTER = regex.compile(rf"(?:[(（]|[,，;；]\s*)\s*(?:{YEAR_EARLIER}|年初)(?:余额)?(?:为|是)")
_AVERAGE_ASIDE = regex.compile(r"[,，]\s*[^,;，；。]{0,30}")
_COMPARED_WITH_YEAR_BEFORE = regex.compile(rf"(?:比|较){YEAR_EARLIER}的$")
_EARLIER_NAMED = regex.compile(rf"{YEAR_EARLIER}|年初")  # (,上年平均亩产为489.2公斤: the earlier level itself)
_RATE_OF_NO_BASIS = regex.compile(r"[,，]\s*(?:增长|下降|提高|降低)[\d.]+[%％]")
# 年初 and 上年末 name one point in time: the level at the year's start is the level at last year's end.
_YEAR_TURN = ("年初", "上年末", "上年底", "去年末", "去年底", "上年年末", "上年年底", "去年年末", "去年年底")


def _same_point(said: str, compared: str) -> bool:
    """Whether a level dated `said` is at the point a change `比{compared}` is measured from."""
    return said == compared or said in _YEAR_TURN and compared in _YEAR_TURN


_SINCE_YEAR_START = regex.compile(rf"(?:比|较)(?:年初|{LAST_YEAR_END}|\d{{1,2}}月(?:末|底))$")  # a point, no year: 比上年末净增22个(上年末为104个)
# 公共充电桩比去年底增加5.81万台, 私人充电桩增加6.83万台: a figure's name and its change opening a run.
_NAMED_CHANGE = regex.compile(
    rf"\s*(?P<name>[\p{{Han}}A-Za-z]{{2,12}}?)(?:(?:比|较)(?:{LAST_YEAR_END}|年初|上年|去年)(?:同期)?)?(?:(?P<up>增加|净增)|(?P<down>减少|净减))了?"
)
_EARLIER_WAS_OPENING = regex.compile(rf"\s*{EARLIER_WAS}")
_NAME_AT_END = regex.compile(r"\p{Han}{2,}$")
_SCOPE_OR_TOTAL = regex.compile(rf"^(?:{'|'.join(REGIONS)})|总")
_COMPARED_NEXT = regex.compile(rf"[,，]\s*(?:比|较){YEAR_EARLIER}的")


def link_differences(statements: list[Statement], facts: list, text: str) -> list[Statement]:
    """96.1万座,比去年底的71.8万座增加24.3万座; 与上年的12,326.8亿元相比,全年引资减少987.7亿元: a figure
    written as an increase or decrease right after a base (a figure after 比/较/与) is the difference
    between the base and the figure before it of the same kind, unit and metric (in the base's sentence
    or the one before). The figure gets `difference` {base, direction, value}."""
    statements = list(statements)
    by_value = {s.value: position for position, s in enumerate(statements)}
    by_id = {f.id: f for f in facts}
    ordered = [f for f in facts if f.kind in LEVEL_KINDS]
    # 同比增长8.3%,去年同期余额为12598.60亿元;比年初的12786.40亿元增加855.77亿元: the level a rate is
    # measured from is no level of a later change.
    rate_bases = {s.change.base for s in statements if s.change is not None and s.change.base}
    averages = {s.average for s in statements if s.average}  # a total's average is no level of a change
    for index, delta in enumerate(ordered):
        verb = _DELTA_BEFORE.search(text, max(0, delta.start - 5), delta.start)
        if verb is None or index == 0 or delta.value is None or delta.qualifier != "=":
            continue
        base = ordered[index - 1]
        if not same_unit(base, delta) or base.sentence != delta.sentence or base.value is None:
            continue
        moved = _moved_from(ordered, index, text)
        if moved is not None and moved[1].id in by_value:  # 由上年末的19744家增至21386家,净增1642家
            start, level = moved
            position = by_value[level.id]
            # (由年初的38条增至6月末的47条,上半年新开11条、停航2条,净增9条: the net change of the sentence, not the first)
            net = next((f for f in ordered[index + 1 :] if f.sentence == delta.sentence and same_unit(f, delta) and f.value is not None
                        and _NET_BEFORE.search(text, max(0, f.start - 3), f.start)), None)
            if net is not None and not _NET_BEFORE.search(text, max(0, delta.start - 3), delta.start):
                delta, verb = net, _DELTA_BEFORE.search(text, max(0, net.start - 5), net.start)
            direction = "down" if verb.group("down") else "up"
            statements[position] = statements[position].model_copy(update={"difference": Difference(base=start.id, direction=direction, value=delta.id)})
            continue
        if _DELTA_BEFORE.search(text, max(0, base.start - 4), base.start):
            continue  # 与去年同期相比增加77.4万辆;与2019年上半年相比增加47.3万辆: two changes, no base
        clause_start = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, base.start - 30), base.start)), default=0)
        # 68.46亿元,上年为58.92亿元,净增9.54亿元: a year-earlier level in a clause of its own, the change in the next.
        was = _YEAR_BEFORE_WAS.fullmatch(text, clause_start, base.start) and _NEXT_CLAUSE_DELTA.fullmatch(text, base.end, delta.start)
        # (余额6.83万亿元,…,上年同期为6.29万亿元,比年初增加4126亿元: a level a year before is no level at the year's start)
        was = was and not ("同期" in text[clause_start : base.start] and _START_OF_YEAR.search(text, base.end, delta.start))
        # 园区9个(上年为7个),增加2个: the year-earlier level in brackets, the change in the clause after them.
        was = was or _BRACKETED_YEAR_BEFORE_WAS.search(text, max(0, base.start - 10), base.start) \
            and text[base.end : base.end + 1] in (")", "）") and _NEXT_CLAUSE_NET.fullmatch(text, base.end + 1, delta.start)
        if not _BASE_BEFORE.search(text, clause_start, base.start) and not was:
            continue
        was = was or _RATE_THEN_DELTA.fullmatch(text, base.end, delta.start)
        if _CLAUSE_START.search(text, base.end, delta.start) and "相比" not in text[base.end : delta.start] and not was:
            continue  # 与上年的12,326.8亿元相比,全年引资减少987.7亿元: the comparison may end its clause
        compared = {s.difference.base for s in statements if s.difference is not None}  # 比上年的22896元增加1472元
        before = [
            s for s in reversed(statements[: by_value.get(base.id, len(statements))])
            if by_id[s.value].start < base.start and same_unit(by_id[s.value], delta)
            and by_id[s.value].sentence >= base.sentence - 1 and s.difference is None and s.value not in rate_bases | compared
        ]
        # 总投资286.4亿元,平均每个项目6.23亿元,比上年同类推介会的231.5亿元多54.9亿元: the total, past its average
        # (收入合计198.3亿元,人均10633元,比上年的9907元增加726元: the average, of the base's size)
        before = [s for s in before if s.value not in averages or _of_a_size(by_id[s.value], base)] or before
        # 民营企业较上年末的29.22万户净增2.36万户 in a sentence of its own: the figure the clause names first.
        than = _BASE_BEFORE.search(text, clause_start, base.start)
        name = TOTAL_SUFFIX.sub("", strip_leading(text[clause_start : than.start()].strip())) if than else ""  # 航线总数 names 航线
        # 夏粮增产12.8万吨,…,上年夏粮产量为799.8万吨;秋粮比上年的1984.7万吨增产…: no level changed is a figure named by its
        # change, a level of the base's own time (上年), nor one of another member of a partition than the clause names
        base_statement = statements[by_value[base.id]] if base.id in by_value else None
        # (今年秋粮产量比上年的2049.6万吨 after 上年全省粮食总产量为2804.5万吨: a base of 上年 by its words)
        # (去年…11826项,比上年的10318项: 去年 is the year reported, 上年 the one before it)
        then = by_id[base_statement.period].text if base_statement is not None and base_statement.period else None
        words = LAST_YEAR_BASE.search(text, max(0, base.start - 4), base.start)
        then = then if then in ("上年", "去年") else words.group("year") if words else None
        before = [
            s for s in before if not CHANGE_NAMED.search(s.metric or "") and not (then and s.period and by_id[s.period].text == then)
            and not (len(name) >= 2 and other_member(name, s.metric or ""))
        ]
        # (光伏装机较上年末的… names 光伏 of 风电…、光伏2293.7万千瓦 too; …分别为312.6亿元、87.4亿元…;其中家用电器
        # 和音像器材类比上年的67.9亿元增加19.5亿元: a member of a list in an earlier clause of the sentence)
        named = [
            s for s in before if len(name) >= 2 and s.metric and (name in s.metric or len(s.metric) >= 2 and name.startswith(s.metric))
            and (by_id[s.value].sentence < base.sentence or by_id[s.value].end < clause_start and s.part_of is not None
                 or RUN_BREAK.search(text, by_id[s.value].end, clause_start))  # 电影票房6842万元,…;票房比上年同期的7215万元减少
        ]
        # 新能源装机4215.8万千瓦…,比火电装机(4012.7万千瓦)多203.1万千瓦。新能源装机比上年末的3629.6万千瓦增加586.2万千瓦:
        # a second change of a figure named again is a statement of its own.
        again = None if named or (not name and before) else _changed_already(statements, by_id, name, base, delta, rate_bases | compared)
        if again is not None:
            statements.insert(statements.index(again) + 1, again.model_copy(update={
                "id": f"{again.id}.{base.id}", "change": None, "share": None, "target": None, "part_of": None, "exhaustive": None,
                "difference": Difference(base=base.id, direction="down" if verb.group("down") else "up", value=delta.id),
            }))
            by_value = {s.value: position for position, s in enumerate(statements)}
            continue
        level = next(iter(named or before), None)
        if level is None:
            continue
        direction = "down" if verb.group("down") else "up"
        level = whole_reaching(level, base, direction, statements, by_id)
        crosses = by_id[level.value].sentence != base.sentence and not named  # then the metrics must agree
        if crosses and (base_statement is None or not share_a_word(level.metric, base_statement.metric)):
            continue
        if crosses and not was and not _names_most_of(name, level.metric):
            continue  # 全市发电总装机较上年末的1276.4万千瓦净增192.1万千瓦 after 风光累计并网装机…: another figure
        if crosses and _OTHER_IN_BRACKETS.search(text, max(0, base.start - 26), base.start):
            continue  # (…41.6件,较上年末的35.8件提高5.8件,比全省平均水平(27.3件)多14.3件: another's level, of its sentence's figure)
        position = statements.index(level)
        update = {"difference": Difference(base=base.id, direction=direction, value=delta.id)}
        rate = _rate_after(delta, facts, text) if named and level.change is None else None
        if rate is not None:  # 其中家用电器类比上年的67.9亿元增加19.5亿元,增长28.7%: the member's rate, from the base
            update["change"] = Change(direction=direction, value=rate.id, base=base.id)
            statements = [s.model_copy(update={"change": None}) if s.change is not None and s.change.value == rate.id else s for s in statements]
            if base_statement is not None and base_statement.target is not None and level.target is None:  # …,完成全年新开工计划1300个的86.5%
                update |= {"target": base_statement.target, "share": base_statement.share}
                statements = [s.model_copy(update={"target": None, "share": None}) if s.id == base_statement.id else s for s in statements]
        statements[position] = statements[position].model_copy(update=update)
    return statements


# 比全省工业园区平均水平(8.6万元)高1.4万元; 比排名第二的…开发区(356.8万元)高出55.7万元: another's level in brackets
_OTHER_IN_BRACKETS = regex.compile(r"(?:比|较)[^,;，；。()（）]{1,24}[(（]$")
_CLOSED = regex.compile(r"[)）]")  # (光伏2229.4万千瓦): a figure in brackets closed before 比 is an aside
# (比本产季平均地头收购价5.62元高出1.22元: any other's level, named by a noun; not a time before, read as a change)
_OTHER_NAMED_INLINE = regex.compile(r"(?:比|较)(?!上年|去年|年初|上月|同期|前年|上届|往年|以往|上季度)[^,;，；。()（）\d的]{1,16}?\p{Han}的?$")
_GAP_VERB = r"(?:(?P<up>高出?|多出?)|(?P<down>低|少))了?"  # 高312元, 高出55.7万元, 低了0.3元
_GAP_AFTER_INLINE = regex.compile(_GAP_VERB)
_GAP_TO_OTHER = regex.compile(rf"\s*(?P<name>[^,;，；。\d]{{2,20}}?)?(?:比|较)(?P<other>[^,;，；。\d()（）]{{2,12}}?){_GAP_VERB}")
_OTHER_NAMED_AFTER = regex.compile(r"[,，(（]\s*(?P<name>[^,;，；。\d()（）]{2,24}?)(?:为|是|达到?)")  # (,全省为…; (全省为…))
_GAP_AFTER_BRACKETS = regex.compile(rf"[)）]{_GAP_VERB}$")


def link_level_gaps(statements: list[Statement], facts: list, text: str) -> list[Statement]:
    """亩均税收10.0万元,比全省工业园区平均水平(8.6万元)高1.4万元: a level compared with another's, written in
    brackets after its name, and the gap after them; the figure is the latest of the gap's unit before 比 in
    its sentence that is no earlier level nor an aside in brackets, and takes the gap as its difference from
    that level, unless it has one already."""
    statements = list(statements)
    by_id = {f.id: f for f in facts}
    # 比上年的15206元增长5.8%, 每亩提高12.8公斤: no earlier level nor change is a level of now
    earlier = {base for s in statements for base in bases_of(s)} | {s.difference.value for s in statements if s.difference}
    for base, gap in zip(facts, facts[1:]):
        opening = _OTHER_IN_BRACKETS.search(text, max(0, base.start - 26), base.start)
        after = _GAP_AFTER_BRACKETS.match(text, base.end, gap.start) if opening else None
        if after is None:  # 比全省平均水平9552元高312元: the other's level written right after its name
            opening = _OTHER_NAMED_INLINE.search(text, max(0, base.start - 20), base.start)
            after = _GAP_AFTER_INLINE.fullmatch(text, base.end, gap.start) if opening else None
        if after is None or base.kind not in LEVEL_KINDS or not same_unit(base, gap) or base.value is None or gap.value is None or gap.id in earlier:
            continue  # (a gap read already, as a change from the level before 比: …比第二名…的1207.5亿元多出255.3亿元)

        def compared(statement: Statement) -> bool:
            figure = by_id[statement.value]
            return figure.end <= opening.start() and figure.sentence == base.sentence and same_unit(figure, gap) \
                and statement.value not in earlier and not _DELTA_BEFORE.search(statement.metric or "") \
                and not is_last_year_figure(statement, by_id) and not _CLOSED.search(text, figure.end, opening.start())

        candidates = [at for at in range(len(statements) - 1, -1, -1) if compared(statements[at])]
        # (…生产总值1462.8亿元、税收收入128.6亿元,地区生产总值比第二名…的1207.5亿元多出…: the figure the clause names)
        named = strip_leading(text[clause_opening(text, opening.start()) : opening.start()].strip())
        at = next((at for at in candidates if len(named) >= 2 and share_a_word(statements[at].metric or "", named)), next(iter(candidates), None))
        if at is not None and statements[at].difference is None:
            direction = "up" if after.group("up") else "down"
            statements[at] = statements[at].model_copy(update={"difference": Difference(base=base.id, direction=direction, value=gap.id)})
    return _gaps_to_named_levels(statements, by_id, facts, text, earlier)


def _gaps_to_named_levels(statements: list[Statement], by_id: dict, facts: list, text: str, earlier: set) -> list[Statement]:
    """全县农村居民人均可支配收入比全市平均水平高1126元,全市农村居民人均可支配收入为22721元; 城镇居民人均可支配收入比
    农村居民多11834元: a gap to another's level, written in the clause after under that other's name, else written
    before as the one latest level whose name opens on the other's (农村居民人均可支配收入). The figure is the latest
    of this year, of the gap's unit, whose metric is the name the gap's clause opens on (written before, anywhere)."""
    for position, gap in enumerate(facts):
        if gap.kind not in LEVEL_KINDS or gap.kind == "percent" or gap.value is None or gap.id in earlier:
            continue
        opening = clause_opening(text, gap.start)
        compared = _GAP_TO_OTHER.fullmatch(text, opening, gap.start)
        if compared is None:
            continue
        name = OWN_REGION_OPENING.sub("", same_words(strip_leading(compared.group("name") or "")))

        def level_named(statement: Statement, named: str, exactly: bool) -> bool:
            metric = same_words(statement.metric or "")
            said = metric == named if exactly else metric.startswith(named) and not _joined_with_another(metric, named)
            return by_id[statement.value].end <= opening and len(named) >= 2 and said \
                and same_unit(by_id[statement.value], gap) and statement.value not in earlier and not is_last_year_figure(statement, by_id)

        def level_worded(statement: Statement, named: str) -> bool:
            # (职工参保人数 in order within 城镇职工基本养老保险参保人数, opening on a word of it; 进口 not inside 进出口)
            named, metric = named.removesuffix("额"), same_words(statement.metric or "").replace("进出口", "◇")
            in_order = regex.search(".*?".join(map(regex.escape, named)), metric) is not None
            return len(named) >= 2 and named[:2] in metric and in_order and not _joined_with_another(metric, named) \
                and level_named(statement, statement.metric or "", exactly=True)

        following = facts[position + 1] if position + 1 < len(facts) else None
        after = _OTHER_NAMED_AFTER.fullmatch(text, gap.end, following.start) if following is not None else None
        named_exactly = True
        if after is not None and after.group("name").startswith(compared.group("other")[:2]) and same_unit(following, gap):
            base = following
        else:  # (比农村居民多11834元: the other's level written before, the only one so named)
            other = OWN_REGION_OPENING.sub("", same_words(compared.group("other")))
            # (机电产品出口比进口多…: 进口 of the same 机电产品, the figure's name with the other's last words)
            completed = name[: len(name) - len(other)] + other if 0 < len(other) < len(name) else ""
            named = [s for s in statements if level_named(s, completed, exactly=True)] or [s for s in statements if level_named(s, other, exactly=False)]
            named_exactly = bool(named)
            # (比职工参保人数多…: 城镇职工基本养老保险参保人数; 比全省平均价格高…: the province's, its place kept)
            named = named or [s for s in statements if level_worded(s, same_words(compared.group("other")))]
            base = by_id[named[-1].value] if len({s.metric for s in named}) == 1 else None
        figure = next((at for at in range(len(statements) - 1, -1, -1) if level_named(statements[at], name, exactly=True)), None)
        if not name:  # 城乡居民…参保人数2156.1万人,比职工参保人数多629.8万人: the level right before, in the gap's sentence
            figure = next((at for at in range(len(statements) - 1, -1, -1) if by_id[statements[at].value].sentence == gap.sentence
                           and level_named(statements[at], statements[at].metric or "", exactly=True)), None)
        elif figure is None:  # (出口额比进口额多…: 对东盟出口, named by the words of the name)
            worded = [at for at in range(len(statements) - 1, -1, -1) if level_worded(statements[at], name)]
            figure = worded[0] if len({statements[at].metric for at in worded}) == 1 else None
        if base is None or base.value is None or figure is None or statements[figure].value == base.id or statements[figure].difference is not None:
            continue
        guessed = not name or not level_named(statements[figure], name, exactly=True) or not named_exactly
        restated = base.id in {s.value for s in statements if s.metric == statements[figure].metric}
        if guessed and (not _of_a_size(by_id[statements[figure].value], base) or restated):
            continue  # (人均花费比全国低128元: a figure found by words alone is of the size of its base, and not one of its own name)
        direction = "up" if compared.group("up") else "down"
        statements[figure] = statements[figure].model_copy(update={"difference": Difference(base=base.id, direction=direction, value=gap.id)})
    return statements


def _joined_with_another(metric: str, named: str) -> bool:
    """百货店和购物中心销售额 for 百货店: a name joined with another's names the two together, not the one."""
    at = metric.find(named)
    return at >= 0 and metric[at + len(named) : at + len(named) + 1] in ("和", "及", "与", "、")


def _of_a_size(level, base) -> bool:
    """Whether a level and the base it may be measured from are within a factor of two of each other."""
    return level.value is not None and base.value is not None and base.value > 0 and base.value / 2 <= level.value <= base.value * 2


_RATE_AFTER_CHANGE = regex.compile(r"[,，]\s*(?:增长|下降)")


# 录用人数比上年增加138名: a sentence opening on a figure's name and its change against the year before.
_SENTENCE_OF_A_CHANGE = regex.compile(r"\s*(?P<name>[\p{Han}A-Z]{2,10}?)(?:比|较)(?:上年|去年)(?:同期)?(?:(?P<up>增加|净增|多)|(?P<down>减少|净减|少))了?$")
_RATE_AFTER_A_CHANGE = regex.compile(r"[,，]\s*(?P<basis>同比)?(?:增长|下降)$")


def link_changes_opening_a_sentence(statements: list[Statement], facts: list, text: str) -> list[Statement]:
    """共录用新教师1286名,完成…的97.4%。录用人数比上年增加138名,同比增长12.0%,上年全市录用中小学教师1148名: a
    sentence that opens on a name and its change, read by no figure, is the change of the latest figure of the
    sentence before, of its unit, that the name shares a word with and that has no change yet; the rate right after
    is its rate, and a level of the year before later in the sentence the base of both."""
    statements = list(statements)
    by_id = {f.id: f for f in facts}
    used = None  # the fact ids statements hold, read once a sentence opens on a change (seldom)
    for position, delta in enumerate(facts):
        if delta.kind not in LEVEL_KINDS or delta.value is None or delta.qualifier != "=":
            continue
        stop = LAST_SENTENCE_STOP.search(text, 0, delta.start)
        opening = _SENTENCE_OF_A_CHANGE.fullmatch(text, stop.end() if stop else 0, delta.start)
        if opening is None or stop is None:
            continue
        used = used if used is not None else {
            value for s in statements for value in fact_ids(s.model_dump(exclude={"id", "metric", "subject", "part_of"}, exclude_none=True))
        }
        if delta.id in used:
            continue
        before = stop.start()
        # (…D类企业275家。低效企业加快出清。D类企业数量比上年减少39家: past a sentence of no figure)
        latest = max((by_id[s.value].sentence for s in statements if by_id[s.value].end <= before), default=None)
        owners = [
            at for at, s in enumerate(statements)
            if by_id[s.value].end <= before and by_id[s.value].sentence == latest
            and same_unit(by_id[s.value], delta) and s.difference is None and s.change is None
            and not is_last_year_figure(s, by_id) and share_a_word(s.metric or "", opening.group("name"))
        ]
        after = [f for f in facts[position + 1 :] if f.sentence == delta.sentence]
        base = next((s for s in statements if s.value in {f.id for f in after} and is_last_year_figure(s, by_id)
                     and same_unit(by_id[s.value], delta)), None)
        # (…587场,…195场。…比上年增加23场,上年为…: the name alone may fit several; a figure of the size of the base)
        owners = [at for at in owners if base is not None and _of_a_size(by_id[statements[at].value], by_id[base.value])]
        if len(owners) > 1:  # (A类企业412家,…,D类企业275家。D类企业数量比上年减少39家: the one it names in full)
            owners = [at for at in owners if statements[at].metric and statements[at].metric in opening.group("name")]
        if len(owners) != 1:
            continue
        at = owners[-1]
        rate = after[0] if after and after[0].kind == "percent" and after[0].form == "percent" and after[0].id not in used \
            and (said := _RATE_AFTER_A_CHANGE.fullmatch(text, delta.end, after[0].start)) else None
        direction = "up" if opening.group("up") else "down"
        update = {"difference": Difference(base=base.value, direction=direction, value=delta.id)}
        if rate is not None:
            update["change"] = Change(basis=said.group("basis"), direction=rate.direction or direction, value=rate.id, base=base.value)
        statements[at] = statements[at].model_copy(update=update)
    return statements


def link_changes_after_earlier_sentences(statements: list[Statement], facts: list, text: str) -> list[Statement]:
    """高技术制造业投资186.7亿元。上年同期,这一数字为151.2亿元。今年同比增加35.5亿元,增长23.5%; 去年同期,开发区签约
    项目72个,协议总投资342.5亿元。与之相比,今年签约项目数多15个,协议总投资增加84.3亿元: a sentence of changes alone
    after a sentence of year-earlier levels (or opening on them: 去年同期…为355个,今年多开工57个) gives each change to
    the figure before of its unit (a count of a set too; the one its clause names) with no change yet, measured from
    the level of that unit: its difference, and its rate's base (the rate read as the change's own, or its place in a
    分别 list); an average written after the change is the level's too."""
    statements = list(statements)
    own = {s.value: s for s in statements}
    by_id = {f.id: f for f in facts}
    for delta in facts:
        if delta.kind not in LEVEL_KINDS or delta.value is None or delta.qualifier != "=":
            continue
        if delta.id in own and not NAMED_AS_CHANGE.search(own[delta.id].metric or "") and not DELTA_ONLY.fullmatch(strip_leading(own[delta.id].metric or "")):
            continue  # (协议总投资增加84.3亿元, 多开工57个 are statements named by their change)
        clause = _changes_clause(text, delta)
        if clause is None:
            continue
        averages = {s.average for s in statements}  # (平均每个项目7.44亿元 is no level the total's change is of)
        # (去年同期新开工项目为355个,今年多开工57个,增长16.1%: the earlier level opens the change's own sentence)
        within = [s for s in statements if by_id[s.value].sentence == delta.sentence and by_id[s.value].end <= clause.start()]
        within = within if within and all(is_last_year_figure(s, by_id) for s in within) else []
        levels_before = delta.sentence if within else delta.sentence - 1
        levels = [s for s in statements if by_id[s.value].sentence < levels_before and same_unit(by_id[s.value], delta)
                  and not is_last_year_figure(s, by_id) and s.value not in averages]
        earlier = within or [s for s in statements if by_id[s.value].sentence == delta.sentence - 1]
        # (2026年…86个。2025年,全县入库项目71个: a year written out, a year before the levels')
        if not earlier or not all(is_last_year_figure(s, by_id) or _a_year_before_any(s, levels, by_id) for s in earlier):
            continue
        bases = [f for s in earlier for f in (by_id[s.value], by_id.get(s.count)) if f is not None and same_unit(f, delta) and f.value is not None]
        named = own.get(delta.id)
        # (今年入库项目增加15个,总投资增加6.8亿元: of 总投资, not of the 年度计划投资 written after it)
        stem = NAMED_AS_CHANGE.sub("", named.metric or "") if named is not None else ""
        levels = [s for s in levels if stem and s.metric and stem.endswith(s.metric)] or levels
        if len(bases) != 1 or not levels or levels[-1].difference is not None:
            continue
        base, level = bases[0], levels[-1]
        direction = "down" if clause.group("down") else "up"
        update = {"difference": Difference(base=base.id, direction=direction, value=delta.id)}
        # …增加23个,总投资增加183.3亿元,分别增长20.0%和21.7%: the rate read as the change's own is the level's
        own_rate = named.change if named is not None and named.change is not None and by_id[named.change.value].form == "percent" else None
        rate = _rate_of_its_place(delta, facts, text) or (by_id[own_rate.value] if own_rate is not None else _rate_after(delta, facts, text))
        if level.change is None and rate is not None and (own_rate is not None or not any(s.change is not None and s.change.value == rate.id for s in statements)):
            update["change"] = Change(direction=direction, value=rate.id, base=base.id)
            if own_rate is not None:
                at = statements.index(named)
                named = statements[at] = named.model_copy(update={"change": None})
        elif level.change is not None and level.change.base is None and by_id[level.change.value].form == "percent":
            update["change"] = level.change.model_copy(update={"base": base.id})  # 同比分别增长20.8%和24.6%, from these levels
        if named is not None and named.average is not None and level.average is None and level.count is not None:
            # …总投资增加6.8亿元,增长19.0%,平均每个项目总投资4953万元: the average of the level's projects
            update["average"] = named.average
            statements[statements.index(named)] = named.model_copy(update={"average": None})
        completion = _completion_after(delta, facts, text)  # …,增长9.7%,完成年度目标185亿元的84.8%
        if completion is not None and level.target is None and not any(s.target is not None and s.target.rate == completion[1].id for s in statements):
            goal, rate = completion
            update["target"] = Target(value=goal.id, rate=rate.id)
            update["share"] = level.share or Share(of="目标", value=rate.id, whole=goal.id, whole_by="target")
        statements[statements.index(level)] = level.model_copy(update=update)
    return statements


# 与三季度集中开工的52个项目、351.2亿元相比,: a comparison whose figures are the bases of the changes after it
_COMPARISON = regex.compile(r"与(?P<span>[^,;:，；：。！？!?\n]{2,40}?)相比[,，]\s*")
# 去年同期,全市签约项目191个、总投资1084.7亿元,相比之下,: the year-earlier levels a sentence opens on, compared with after
_EARLIER_THEN_COMPARED = regex.compile(r"(?:去年同期|上年同期)[,，](?P<span>[^,;:，；：。！？!?\n]{2,40}?)[,，]\s*(?:相比之下|与之相比|相比)[,，]\s*")
# 较去年末的18支、309.2亿元分别增加8支和103.4亿元: the levels compared with, then their changes in order
_COMPARED_EACH = regex.compile(r"(?:比|较)(?P<span>[^,;:，；：。！？!?\n]{2,40}?)(?=分别(?:增加|减少|净增|净减|多|少))")
# 上年同期为5起、7人,同比分别减少2起、3人: the levels of a year before listed in a clause of their own, their changes after
_EARLIER_LISTED_EACH = regex.compile(
    r"(?:上年|去年)(?:同期|同月|末|底)?[^,;:，；：。！？!?\n\d]{0,10}?(?:分别)?(?:为|是)(?P<span>[^,;:，；：。！？!?\n]{2,40}?)[,，]\s*"
    r"(?=[^,;:，；：。！？!?\n\d]{0,12}?分别(?:增加|减少|净增|净减|多|少))"
)
_RATE_CLAUSE = regex.compile(r"(?:今年|本次|此次|本届)?(?P<name>\p{Han}{0,10}?)(?:同比)?(?:(?P<up>增长)|(?P<down>下降))了?$")


def link_gaps_between_periods(statements: list[Statement], facts: list, text: str) -> list[Statement]:
    """一季度签约项目26个、投资179.3亿元,二季度签约32个、投资233.3亿元,二季度比一季度多6个,投资额增加54.0亿元:
    the changes after two periods compared (二季度比一季度), in their sentence, are the differences between the
    figures of their unit the paragraph gave those periods; each change is no figure of its own."""
    statements = list(statements)
    by_id = {f.id: f for f in facts}
    dates = [f for f in facts if f.kind == "date"]
    for later, earlier in zip(dates, dates[1:]):
        if text[later.end : earlier.start] not in ("比", "较") or later.sentence != earlier.sentence or same_time(later, earlier):
            continue  # (2025年比上年: 上年 is read against the date of publication)
        paragraph = text.rfind("\n", 0, later.start)
        dated = [s for s in statements if s.period is not None and paragraph < by_id[s.value].start < later.start]
        after = [f for f in facts if f.start > earlier.end and f.sentence == later.sentence and f.kind in LEVEL_KINDS]
        for change in after:
            clause_start = max([earlier.end, *(m.end() for m in _CLAUSE_START.finditer(text, earlier.end, change.start))])
            words = _CHANGE_CLAUSE.fullmatch(text, clause_start, change.start)
            if words is None or change.value is None or change.qualifier != "=":
                break  # (the comparison's changes run on until a clause of something else)
            figures = [
                [s for s in dated if same_time(by_id[s.period], date) and same_unit(by_id[s.value], change)]
                for date in (later, earlier)
            ]
            if not all(len(found) == 1 for found in figures):
                continue
            (level,), (base,) = figures
            if level.difference is not None:
                continue
            at = statements.index(level)
            direction = "down" if words.group("down") else "up"
            statements[at] = level.model_copy(update={"difference": Difference(base=base.value, direction=direction, value=change.id)})
            statements = without(statements, {s.id for s in statements if s.value == change.id})
    return statements


# 由去年的142天缩短至96天,减少46天: a time moved from one length to another, and by how much.
_TIME_MOVED = regex.compile(rf"^(?:{MOVED_TO}|(?:缩短|压缩|延长|提速)(?:至|到|为))$")
_TIME_VERB = r"(?:(?P<down>减少|缩短|压缩|节省|节约|少)|(?P<up>增加|延长|多))了?(?:约)?"
_TIME_CHANGE = regex.compile(rf"^[,，]\s*\p{{Han}}{{0,6}}?{_TIME_VERB}$")
# 办电时长15天,比去年同期缩短17天,去年同期为32天; 通关时间1.2小时,比上年的1.7小时缩短0.5小时
_TIME_COMPARED = regex.compile(rf"^[,，]\s*(?:同比|(?:比|较){YEAR_EARLIER}){_TIME_VERB}$")
_TIME_COMPARED_WITH = regex.compile(rf"^[,，]\s*(?:比|较){YEAR_EARLIER}的?$")
_TIME_BASE_AFTER = regex.compile(rf"^(?:[,，;；]\s*|[(（]){YEAR_EARLIER}(?:为|是)$")


def _a_time(fact) -> bool:
    """A span of time written as a figure: a duration (96天) or a quantity in hours (通关时间1.2小时)."""
    return fact.kind == "duration" or fact.kind == "measure" and fact.base_unit in rules("measure").bare_units


def link_time_changes(statements: list[Statement], facts: list, text: str) -> list[Statement]:
    """项目从签约到开工平均用时由去年的142天缩短至96天,减少46天; 平均办电时长15天,比去年同期缩短17天,去年同期为32天:
    a span of time moved from an earlier one, or compared with the year before's, with the change written, is a level
    with its difference (96天 = 142天 - 46天). Durations are no figures of their own, so the level is stated here; a
    quantity in hours has its statement, which takes the difference, and the change is no figure of its own."""
    statements = list(statements)
    by_id = {f.id: f for f in facts}
    times = [f for f in facts if _a_time(f) and f.value is not None and f.qualifier == "="]
    for first, second, third in zip(times, times[1:], times[2:]):
        if not (first.sentence == second.sentence == third.sentence) or len({(f.kind, f.unit) for f in (first, second, third)}) != 1:
            continue
        moved_from = _FROM.search(text, max(0, first.start - 16), first.start)
        if moved_from is not None and _TIME_MOVED.match(text[first.end : second.start]) and (words := _TIME_CHANGE.match(text[second.end : third.start])):
            # 由142天缩短至96天,减少46天
            level, base, change, opening = second, first, third, moved_from.start()
        elif (words := _TIME_COMPARED.match(text[first.end : second.start])) and _TIME_BASE_AFTER.match(text[second.end : third.start]):
            level, base, change, opening = first, third, second, first.start  # 15天,比去年同期缩短17天,去年同期为32天
        elif _TIME_COMPARED_WITH.match(text[first.end : second.start]) and (words := regex.match(rf"^{_TIME_VERB}$", text[second.end : third.start])):
            level, base, change, opening = first, second, third, first.start  # 1.2小时,比上年的1.7小时缩短0.5小时
        else:
            continue
        difference = Difference(base=base.id, direction="down" if words.group("down") else "up", value=change.id)
        metric = _TIME_LEVEL_VERB.sub("", strip_leading(text[clause_opening(text, opening) : opening])) or None
        own = next((p for p, s in enumerate(statements) if s.value == level.id), None)
        if own is not None:
            if statements[own].difference is None:
                # (通关时间由38.6小时压缩至29.4小时: named before 由, for the level and the length it moved from)
                named = {"metric": metric} if metric and base is first else {}
                statements = [x.model_copy(update=named) if x.value == base.id else x for x in statements]
                statements[own] = statements[own].model_copy(update={"difference": difference} | named)
            statements = without(statements, {s.id for s in statements if s.value == change.id})
            continue
        statement = Statement(id=f"s.{level.id}", metric=metric, value=level.id, sentence=level.sentence, difference=difference)
        at = next((p for p, s in enumerate(statements) if by_id[s.value].start > level.start), len(statements))
        statements.insert(at, statement)
    return statements


_TIME_LEVEL_VERB = regex.compile(r"(?:为|是|达到?|仅|(?:缩短|压缩|减少|降|延长)(?:至|到))$")


# 是去年同期73.2亿元的2.3倍, 是2020年挂牌时6978家的4.1倍: the figure as a multiple of its own earlier level
_RATIO_TO_EARLIER = regex.compile(r"(?:是|为|相当于)(?P<earlier>(?:去年|上年|前年|年初|上届|上期|\d{4}年)[^,，;；。是为]{0,16}?)的$")


_MEASURE_END = regex.compile(r"(?:量|额|人次|收入|产值|价格)$")  # (户数, 人数: a count, as the figure may be)


def link_ratios_to_earlier_levels(statements: list[Statement], facts: list, text: str) -> list[Statement]:
    """新签约项目投资168.4亿元,是去年同期73.2亿元的2.3倍: a multiple of the figure's level at an earlier time is
    its change (a ratio: 2.3倍 is a rise of 130%), from the level written inside, if any; no share."""
    statements = list(statements)
    by_id = {f.id: f for f in facts}
    earlier = earlier_levels(statements, by_id, text)  # (比2025年末的110家增加14家,是2020年末52家的2.4倍: not 110家's)
    averaged = {s.average for s in statements if s.average}
    for rate in facts:
        if rate.kind != "percent" or rate.form != "multiple" or rate.direction is not None or rate.value is None:
            continue
        said = _RATIO_TO_EARLIER.search(text, max(0, rate.start - 30), rate.start)
        if said is None:
            continue
        inside = [f for f in facts if said.start("earlier") <= f.start and f.end <= said.end("earlier") and f.kind in LEVEL_KINDS]
        base = inside[-1] if inside else None
        dated = next((f for f in facts if f.kind == "date" and said.start("earlier") <= f.start and base is not None and f.end <= base.start), None)
        if dated is not None:  # (是2019年同期1652.8万人次的1.32倍: the level of 2019, whatever the sentence's period)
            statements = [s.model_copy(update={"period": dated.id}) if s.value == base.id else s for s in statements]
        # (平均每个项目提供房源240套;改建房源是上年2870套的2.2倍: an average is no level a multiple is of)
        levels = [
            p for p, s in enumerate(statements)
            if by_id[s.value].end <= said.start() and by_id[s.value].kind in LEVEL_KINDS and s.value not in averaged
            and not AVERAGE_CUE.match(s.metric or "") and s.value != (base.id if base else None)
            and (base is None or same_unit(by_id[s.value], base)) and s.value not in earlier
        ]
        owners = [p for p in levels if by_id[statements[p].value].sentence == rate.sentence]
        in_sentence = bool(owners)
        # 博士386人、…;硕士及以上人才合计3100人,…,引进博士人数是2024年241人的1.6倍: a clause that names its figure
        # (引进博士人数) is that figure's ratio; a name no figure has leaves it unread
        name = strip_leading(text[clause_opening(text, said.start()) : said.start()].strip(" ,，"))
        if len(name) >= 2 and owners:
            named = [p for p in owners if len(statements[p].metric or "") >= 2 and statements[p].metric in name]
            owners = named or [p for p in owners[-1:] if share_a_word(statements[p].metric, name)]
        if len(name) >= 2 and not in_sentence:
            # (…非居住存量房屋改建6230套…。…;改建房源是上年2870套的2.2倍: the figure its name holds a word of, earlier
            # in the paragraph, when its sentence holds no level of its unit)
            paragraph = text.rfind("\n", 0, rate.start) + 1
            named = [p for p in levels if by_id[statements[p].value].start >= paragraph and share_a_word(statements[p].metric, name)]
            shared = {p: len(two_char_words(statements[p].metric or "") & two_char_words(name)) for p in named}
            # (…意向成交额486.3亿元…。线上数字展会观展人次是上年同期的2.3倍: a set alike, another measure)
            # (…登记注册游艇1268艘…。游艇租赁订单量是上年的1.8倍: a measure the figure's name does not hold)
            measure = _MEASURE_END.search(name)
            named = [p for p in named if (shared[p] >= 2 or (statements[p].metric or "")[-2:] in name)
                     and (measure is None or measure.group() in (statements[p].metric or ""))]
            owners = [max(reversed(named), key=shared.get)] if named else []  # (the most words shared, then the latest)
        if not owners or statements[owners[-1]].change is not None:
            continue
        statements = [s.model_copy(update={"share": None}) if s.share is not None and s.share.value == rate.id else s for s in statements]
        statements[owners[-1]] = statements[owners[-1]].model_copy(update={"change": Change(value=rate.id, base=base.id if base else None)})
    return statements


def link_changes_after_comparison(statements: list[Statement], facts: list, text: str) -> list[Statement]:
    """…63个,总投资418.6亿元…。与三季度集中开工的52个项目、351.2亿元相比,项目数增加11个,总投资增长19.2%: the
    figures inside 与…相比 are the bases of the changes after it in its sentence; each change (增加11个) or rate
    (总投资增长19.2%) goes to the figure of its unit before the comparison, the one its clause names first, that
    has none yet: its difference from the base, and its rate with the base. A rate that names nothing goes there
    too when the comparison holds one level, which was read to have it (与2020年的5个相比,增长1.4倍)."""
    statements = list(statements)
    by_id = {f.id: f for f in facts}
    averages = {s.average for s in statements}
    comparisons = sorted([*_COMPARISON.finditer(text), *_EARLIER_THEN_COMPARED.finditer(text), *_COMPARED_EACH.finditer(text), *_EARLIER_LISTED_EACH.finditer(text)], key=lambda m: m.start())
    for comparison in comparisons:
        bases = [f for f in facts if comparison.start("span") <= f.start and f.end <= comparison.end("span") and f.kind in LEVEL_KINDS and f.value is not None]
        if not bases:
            continue
        sentence = bases[0].sentence
        statements = _with_counted_levels(statements, bases, comparison.start(), sentence, by_id)
        after = [f for f in facts if f.start >= comparison.end() and f.sentence == sentence]
        listed = None  # 分别增加8支和103.4亿元: the words of the change before, for the ones listed after it
        for figure in after:
            clause_start = max([comparison.end(), *(m.end() for m in _CLAUSE_START.finditer(text, comparison.end(), figure.start))])
            if figure.kind in LEVEL_KINDS:
                # (事故起数和死亡人数分别减少3起、5人: the names before 分别 may run long)
                each = text.find("分别", clause_start, figure.start)
                words = _CHANGE_CLAUSE.fullmatch(text, clause_start if each < 0 else each, figure.start)
                if words is None and listed is not None and LIST_JOIN.fullmatch(text, listed[1], figure.start):
                    words, clause_start = listed[0], listed[2]
                listed = (words, figure.end, clause_start) if words is not None and "分别" in words.group() else None
                unit_of = figure
            elif figure.kind == "percent" and figure.form in ("percent", "multiple"):
                words = _RATE_CLAUSE.fullmatch(text, clause_start, figure.start)
                unit_of = None
            else:
                continue
            if words is None or figure.value is None or figure.qualifier != "=":
                continue
            verb = words.start("up") if words.group("up") else words.start("down")
            name = strip_leading(text[clause_start:verb]).removesuffix("同比").strip()  # 项目数, 总投资: what the clause names
            candidates = [b for b in bases if unit_of is None or same_unit(b, unit_of)]
            levels = [
                s for s in statements
                if by_id[s.value].end <= comparison.start() and s.value not in averages and not is_last_year_figure(s, by_id)
                and by_id[s.value].value is not None  # (单个项目投资额在2亿元至65亿元之间: a range is no level)
                and any(same_unit(by_id[s.value], b) for b in candidates) and (by_id[s.value].sentence >= sentence - 1)
            ]
            named = [s for s in levels if name and s.metric and (s.metric.endswith(name) or name.endswith(s.metric))]
            # (与2020年的5个相比,增长1.4倍: a rate naming nothing that the one base was read to hold is the level's before)
            misread = {s.id for s in statements if s.value in {b.id for b in candidates} and s.change is not None and s.change.value == figure.id}
            if unit_of is None and not named and not (len(candidates) == 1 and misread):
                continue  # (a rate that names no figure before: whose it is stays open)
            level = (named or levels or [None])[-1]
            if level is None:
                continue
            base = next(b for b in reversed(candidates) if same_unit(b, by_id[level.value]))
            direction = "down" if words.group("down") else "up"
            at = statements.index(level)
            if unit_of is not None and level.difference is None:
                update = {"difference": Difference(base=base.id, direction=direction, value=figure.id)}
                # (分别增加8支和103.4亿元,规模增长33.4%,占全省…的18.7%: a change read as a figure gives its links to the level)
                own = next((s for s in statements if s.value == figure.id and s is not level), None)
                if own is not None:
                    update |= {slot: getattr(own, slot) for slot in ("change", "share") if getattr(level, slot) is None and getattr(own, slot) is not None}
                    statements = without(statements, {own.id})
                    at = next(p for p, s in enumerate(statements) if s.id == level.id)
                    level = statements[at]
                rate = _rate_of_its_place(figure, facts, text) or _rate_after(figure, facts, text)  # (…增加37个,…增加234.8亿元,分别增长13.5%和14.3%)
                if rate is not None and level.change is None:
                    update["change"] = Change(direction=direction, value=rate.id, base=base.id)
                    statements = [x.model_copy(update={"change": None}) if x.change is not None and x.change.value == rate.id and x is not level else x for x in statements]
                    at = statements.index(level)
                statements[at] = level.model_copy(update=update)
            elif unit_of is None and level.change is None:
                statements = [x.model_copy(update={"change": None}) if x.id in misread else x for x in statements]
                statements[at] = level.model_copy(update={"change": Change(direction=direction, value=figure.id, base=base.id)})
                # (the rate read alone, as a figure of its own, is the level's now)
                statements = [x for x in statements if not (x.value == figure.id and x.change is not None and x.change.value == figure.id)]
        statements = _rates_of_the_bases(statements, bases, comparison, facts, text)
        statements = _rates_listed_after_changes(statements, by_id, text, sentence)
    return statements


# …同比分别减少4起、5人,下降36.4%和35.7%: a list of rates right after a 分别 list of changes
_RATES_AFTER_CHANGES = regex.compile(r"[,，]\s*(?:同比)?(?:分别)?(?P<verb>增长|下降|提高|降低)了?")


def _rates_listed_after_changes(statements: list[Statement], by_id: dict, text: str, sentence: int) -> list[Statement]:
    """The rates listed right after a list of changes, as many as they, go to the levels those changes are of, in
    order, from the same bases (事故7起、死亡9人,上年同期分别为11起、14人,同比分别减少4起、5人,下降36.4%和35.7%)."""
    facts = sorted((f for f in by_id.values() if f.sentence == sentence), key=lambda f: f.start)
    changed = {s.difference.value: s for s in statements if s.difference is not None and by_id[s.difference.value].sentence == sentence}
    for cue in _RATES_AFTER_CHANGES.finditer(text, facts[0].start if facts else 0, facts[-1].end if facts else 0):
        deltas = _listed_back(facts, text, cue.start())
        rates = _listed(facts, text, cue.end(), kinds=("percent",))
        if len(deltas) < 2 or len(rates) != len(deltas) or not all(d.id in changed for d in deltas) or any(r.form != "percent" for r in rates):
            continue
        taken = {r.id for r in rates}
        statements = [s.model_copy(update={"change": None}) if s.change is not None and s.change.value in taken else s for s in statements]
        direction = "down" if cue.group("verb") in ("下降", "降低") else "up"
        for delta, rate in zip(deltas, rates):
            at = next(p for p, s in enumerate(statements) if s.id == changed[delta.id].id)
            level = statements[at]
            statements[at] = level.model_copy(update={"change": Change(direction=direction, value=rate.id, base=level.difference.base)})
    return statements


def _listed_back(facts: list, text: str, end: int) -> list:
    """The figures listed right before `end`, the last ending there, the others each before one of 、 和 及 与."""
    listed = []
    for fact in reversed([f for f in facts if f.end <= end]):
        joined = fact.end == end or listed and LIST_JOIN.fullmatch(text, fact.end, end)
        if not joined or fact.kind not in LEVEL_KINDS or fact.value is None:
            break
        listed.insert(0, fact)
        end = fact.start
    return listed


# 事故7起、死亡9人,同比分别减少5起和6人,分别下降41.7%和40.0%;去年同期分别为12起和15人: the changes of the levels
# before, listed with 分别, and their bases listed after them in the sentence
_EACH_CHANGE = regex.compile(r"[,，]\s*(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)?分别(?:(?P<up>增加|净增|多)|(?P<down>减少|净减|少))了?")
_BASES_LISTED = regex.compile(rf"[,，;；]\s*{YEAR_EARLIER}分别为")


def link_each_changes_with_bases_after(statements: list[Statement], facts: list, text: str) -> list[Statement]:
    """The levels right before a 分别 list of changes take those changes, in order, with the bases a list of the
    year before gives later in the sentence (one of each, of each change's unit), and the rates listed between
    (分别下降41.7%和40.0%) as their rates from those bases; the changes are no figures of their own."""
    statements = list(statements)
    by_id = {f.id: f for f in facts}
    for cue in _EACH_CHANGE.finditer(text):
        deltas = _listed(facts, text, cue.end())
        later = _BASES_LISTED.search(text, deltas[-1].end, deltas[-1].end + 40) if len(deltas) >= 2 else None
        if later is None:
            continue
        bases, sentence = _listed(facts, text, later.end()), deltas[0].sentence
        levels = [s for s in statements if by_id[s.value].sentence == sentence and by_id[s.value].end <= cue.start()][-len(deltas):]
        if not len(levels) == len(deltas) == len(bases) or any(b.sentence != sentence for b in bases):
            continue
        triples = list(zip(levels, deltas, bases))
        if not all(same_unit(by_id[level.value], delta) and same_unit(delta, base) for level, delta, base in triples):
            continue
        direction = "down" if cue.group("down") else "up"
        each, rates = _each_rates(deltas[-1].end, sentence, facts, text)
        rates = [r for r in rates if r.start < later.start()] if each is not None and each.start() < later.start() else []
        rates = rates if len(rates) == len(levels) else [None] * len(levels)
        changed = {delta.id for delta in deltas}
        statements = without(statements, {s.id for s in statements if s.value in changed})
        for (level, delta, base), rate in zip(triples, rates):
            at = next(p for p, s in enumerate(statements) if s.id == level.id)
            update = {"difference": Difference(base=base.id, direction=direction, value=delta.id)}
            if rate is not None and level.change is None:
                update["change"] = Change(direction="down" if "下降" in each.group() else "up", value=rate.id, base=base.id)
            statements[at] = level.model_copy(update=update)
    return statements


def _listed(facts: list, text: str, start: int, kinds=LEVEL_KINDS) -> list:
    """The figures listed from `start` on, the first right there, the others each after one of 、 和 及 与."""
    listed = []
    for fact in (f for f in facts if f.start >= start):
        joined = fact.start == start or listed and LIST_JOIN.fullmatch(text, start, fact.start)
        if not joined or fact.kind not in kinds or fact.value is None:
            break
        listed.append(fact)
        start = fact.end
    return listed


def _with_counted_levels(statements: list[Statement], bases: list, before: int, sentence: int, by_id: dict) -> list[Statement]:
    """共签约项目312个,签约总额1876.4亿元。与上届的275个项目、…相比: a count base whose level is written only as
    the count of an amount (312个 of 1876.4亿元) gets that count as a statement of its own, right before the amount's,
    to take the change."""
    statements = list(statements)
    for base in (b for b in bases if b.kind == "count"):
        near = [s for s in statements if by_id[s.value].end <= before and by_id[s.value].sentence >= sentence - 1]
        if any(same_unit(by_id[s.value], base) for s in near):
            continue
        holder = next((s for s in reversed(near) if s.count is not None and same_unit(by_id[s.count], base)), None)
        if holder is None or any(s.value == holder.count for s in statements):
            continue
        counted = Statement(id=f"{holder.id}.{holder.count}", value=holder.count, period=holder.period, subject=holder.subject, sentence=holder.sentence)
        statements.insert(statements.index(holder), counted)
    return statements


def _rates_of_the_bases(statements: list[Statement], bases: list, comparison: regex.Match, facts: list, text: str) -> list[Statement]:
    """与去年同期的29个项目、68.9亿元相比,项目数和投资额分别增长27.6%和25.4%: rates listed with 分别, as many as the
    bases, are the rates from each base in turn of the latest level of its unit before the comparison that has none."""
    each, rates = _each_rates(comparison.end(), bases[0].sentence, facts, text)
    if each is None or len(rates) != len(bases) or any(r.value is None or r.qualifier != "=" for r in rates):
        return statements
    by_id = {f.id: f for f in facts}
    averages = {s.average for s in statements}  # (平均每个项目5.90亿元 is no level the rate is of)
    direction = "down" if "下降" in each.group() else "up"
    for base, rate in zip(bases, rates):
        if any(s.change is not None and s.change.value == rate.id and s.change.base is not None for s in statements):
            continue  # (linked with the change it follows already)
        levels = [s for s in statements if by_id[s.value].end <= comparison.start() and same_unit(by_id[s.value], base)
                  and by_id[s.value].sentence >= base.sentence - 1 and not is_last_year_figure(s, by_id) and s.value not in averages]
        if not levels or levels[-1].change is not None:
            continue
        statements = [x for x in statements if not (x.value == rate.id and x.change is not None and x.change.value == rate.id)]
        at = statements.index(levels[-1])
        statements[at] = levels[-1].model_copy(update={"change": Change(direction=direction, value=rate.id, base=base.id)})
    return statements


def link_levels_dated_a_year_before(statements: list[Statement], facts: list, text: str) -> list[Statement]:
    """全市高新技术企业达到2846家,比上年净增413家,增长17.0%;2024年末全市高新技术企业为2433家: a figure of the same
    metric later in the sentence, dated a year before (2024年末 for 2025年) or at the start of the year (年初为263家), is the
    base of the figure's rate and of the absolute change written between them (or right before the figure: 净增23家,
    总数达到286家,年初为263家)."""
    statements = list(statements)
    by_id = {f.id: f for f in facts}
    for position, level in enumerate(statements):
        if level.period is None or level.metric is None or level.change is not None and level.change.base is not None \
                or is_last_year_figure(level, by_id) or _START_OF_YEAR.fullmatch(by_id[level.period].text):
            continue
        between = []
        for later in statements[position + 1 :]:
            if later.sentence != level.sentence:
                break
            was = _LEVEL_WAS.search(text, max(0, by_id[later.value].start - 6), by_id[later.value].start)
            if DELTA_ONLY.fullmatch(strip_leading(later.metric or "")) and same_unit(by_id[later.value], by_id[level.value]) and not was:
                between.append(later)  # 净增413家
                continue
            # (达到3186家,净增412家,上年末为2774家: the level's words, though the clause of the change lent it its name)
            lent = bool(between) and later.metric == between[-1].metric and was
            if later.period is None or same_words(later.metric or "") != same_words(level.metric) and not lent or not same_unit(by_id[later.value], by_id[level.value]) \
                    or not (a_year_before(by_id[later.period], by_id[level.period]) or _START_OF_YEAR.fullmatch(by_id[later.period].text)):
                break
            # (净增23家,规上工业企业总数达到286家,年初为263家: the change written right before the level)
            ahead = statements[position - 1] if position > 0 else None
            if not between and ahead is not None and ahead.sentence == level.sentence and _NET_OPENING.match(strip_leading(ahead.metric or "")) \
                    and same_unit(by_id[ahead.value], by_id[level.value]) and ahead.difference is None and not is_last_year_figure(ahead, by_id) \
                    and not RUN_BREAK.search(text, by_id[ahead.value].end, by_id[level.value].start) \
                    and (by_id[ahead.value].value or 0) < (by_id[level.value].value or 0):
                between = [ahead]
            if not between and level.part_of is None:  # …2153家,年初为1985家;…,存续企业净增168家: the net change later in the sentence
                between = _net_change_after(statements, statements.index(later), level, by_id)
            update = {}
            # (同比增长10.4%,较年初的12408.7亿元增加1063.8亿元: a year-on-year rate is from no start-of-year level)
            # (年末…增长4.1%,上年末为238.82万人: a year's end before a year's end is a year before)
            year_ends = _LAST_YEAR_END.fullmatch(by_id[later.period].text) and by_id[level.period].text.endswith(("年末", "年底"))
            if level.change is not None and by_id[level.change.value].form == "percent" and (not _START_OF_YEAR.fullmatch(by_id[later.period].text) or year_ends):
                update["change"] = level.change.model_copy(update={"base": later.value})
            if len(between) == 1 and level.difference is None:
                direction = "down" if _DOWN_WORDS.search(between[0].metric or "") else "up"
                update["difference"] = Difference(base=later.value, direction=direction, value=between[0].value)
            statements[position] = level.model_copy(update=update)
            break
    return statements


_NAMED_NET = regex.compile(r"^净[增减]|净[增减]$")  # 净增168家, 存续企业净增168家


def _net_change_after(statements: list[Statement], position: int, level: Statement, by_id: dict) -> list[Statement]:
    """The one net change (净增168家) of the level's unit after `position` in the level's sentence, as a list."""
    figure = by_id[level.value]
    after = [s for s in statements[position + 1 :] if s.sentence == level.sentence and same_unit(by_id[s.value], figure)
             and s.difference is None and _NAMED_NET.search(strip_leading(s.metric or "")) and not is_last_year_figure(s, by_id)]
    return after if len(after) == 1 else []


_DOWN_WORDS = regex.compile(r"减少|净减|下降|少")
_NET_OPENING = regex.compile(rf"(?:今年以来)?{NET_CHANGE}")  # 净增23家, 净增规上工业企业23家
_LAST_YEAR_END = regex.compile(r"(?:上年|去年)(?:末|底)")
_START_OF_YEAR = regex.compile(rf"年初|{_LAST_YEAR_END.pattern}")
_LEVEL_WAS = regex.compile(rf"(?:{_START_OF_YEAR.pattern})(?:为|是)$")  # 上年末为2774家: a level at the year's start, named


def _rate_of_its_place(delta, facts: list, text: str):
    """多9个,投资额增加85.3亿元,分别增长31.0%和25.7%: the rate of a 分别 list in the place of the change among the
    sentence's changes, when there are as many."""
    each, rates = _each_rates(delta.end, delta.sentence, facts, text)
    if each is None:
        return None
    deltas = [f for f in facts if f.sentence == delta.sentence and f.end <= each.start() and f.kind in LEVEL_KINDS and f.value is not None
              and _DELTA_BEFORE.search(text, max(0, f.start - 5), f.start)]
    return rates[deltas.index(delta)] if delta in deltas and len(rates) == len(deltas) else None


_EACH_RATES = regex.compile(r"分别(?:增长|下降|提高)")


def _each_rates(offset: int, sentence: int, facts: list, text: str) -> tuple[regex.Match | None, list]:
    """The cue of a 分别 list of rates after `offset` in its sentence (分别增长31.0%和25.7%), and the rates from it on."""
    stop = SENTENCE_STOP.search(text, offset)
    each = _EACH_RATES.search(text, offset, stop.start() if stop else len(text))
    if each is None:
        return None, []
    return each, [f for f in facts if f.sentence == sentence and f.start >= each.start() and f.kind == "percent" and f.form == "percent"]


def _a_year_before_any(statement: Statement, levels: list[Statement], by_id: dict) -> bool:
    return statement.period is not None and any(
        level.period is not None and a_year_before(by_id[statement.period], by_id[level.period]) for level in levels)


_COMPARED_OPENING = regex.compile(r"\s*(?:与之相比|相比之下|与(?:去年|上年)(?:同期)?相比)[,，]\s*")
_CHANGE_CLAUSE = regex.compile(
    rf"(?:今年|本年|当年)?(?:同比)?\p{{Han}}{{0,10}}?(?:(?P<up>增加|净增|多(?:{MORE_OR_LESS_DONE})?)|(?P<down>减少|净减|少(?:{MORE_OR_LESS_DONE})?))了?(?:约)?"
)
_EARLIER_LEVEL_RUN = regex.compile(r"\s*(?:去年|上年)(?:同期|同月|末|底)?[^,;:，；：。]*[\d.]+\p{Han}{0,4}[,，]\s*")  # 去年同期新开工项目为355个,


def _changes_clause(text: str, delta) -> regex.Match | None:
    """The clause of a change alone, in a sentence of changes (after 与之相比 at most): 今年同比增加, 今年签约项目数多."""
    sentence_start = stop.end() if (stop := LAST_SENTENCE_STOP.search(text, 0, delta.start)) else 0
    opening = _COMPARED_OPENING.match(text, sentence_start)
    clause_start = max([opening.end() if opening else sentence_start, *(m.end() for m in _CLAUSE_START.finditer(text, sentence_start, delta.start))])
    if opening is None and text[sentence_start:clause_start].strip() and not _CLAUSE_OF_CHANGES.fullmatch(text, sentence_start, clause_start) \
            and not _EARLIER_LEVEL_RUN.fullmatch(text, sentence_start, clause_start):
        return None
    return _CHANGE_CLAUSE.fullmatch(text, clause_start, delta.start)


_CLAUSE_OF_CHANGES = regex.compile(rf"(?:\s*{_CHANGE_CLAUSE.pattern}[^,;，；。]*[,，])+\s*")


_COMPLETION = regex.compile(r"[,，]\s*(?:已)?完成(?:年度|全年)?(?:目标|计划|任务)(?P<goal>[\d.]+\p{Han}{0,3})的$")


def _completion_after(delta, facts: list, text: str) -> tuple | None:
    """The goal and the completion rate written in a clause after a change, in its sentence."""
    for fact in facts:
        if fact.start <= delta.end or fact.sentence != delta.sentence or fact.kind != "percent":
            continue
        clause = _COMPLETION.search(text, delta.end, fact.start)
        goal = next((f for f in facts if clause and f.start == clause.start("goal") and same_unit(f, delta)), None)
        if goal is not None:
            return goal, fact
    return None


def _rate_after(delta, facts: list, text: str):
    """The rate in the clause right after a change (…增加19.5亿元,增长28.7%)."""
    after = next((f for f in facts if f.start >= delta.end), None)
    if after is None or after.kind != "percent" or after.form != "percent":
        return None
    return after if _RATE_AFTER_CHANGE.fullmatch(text, delta.end, after.start) else None


def _names_most_of(name: str, metric: str | None) -> bool:
    """Whether a figure's metric holds at least half the words of the name a change gives it (scope and 总 aside)."""
    named = _NAME_AT_END.search(name)  # (同比增长-8.0%. 与上年的…: no name)
    words = two_char_words(_SCOPE_OR_TOTAL.sub("", named.group() if named else ""))
    return not words or 2 * sum(word in (metric or "") for word in words) >= len(words)


def link_named_changes(statements: list[Statement], facts: list, text: str) -> list[Statement]:
    """公共充电桩31.27万台…。公共充电桩比去年底增加5.81万台,增长22.8%,去年底为25.46万台;私人充电桩增加6.83万台,
    增长22.5%,去年底为30.32万台: a run (to the next semicolon or stop) that opens on the name of a figure written in
    an earlier sentence and its absolute change is that figure's change. The earlier level written in the run
    after it (去年底为…) is the base of the change and of the rate in the run, which no other figure keeps."""
    statements = list(statements)
    by_id = {f.id: f for f in facts}
    read = {s.difference.value for s in statements if s.difference is not None}
    for delta in facts:
        if delta.kind not in LEVEL_KINDS or delta.value is None or delta.qualifier != "=" or delta.id in read:
            continue
        opening = LAST_RUN_BREAK.search(text, 0, delta.start)
        named = _NAMED_CHANGE.fullmatch(text, opening.end() if opening else 0, delta.start)
        if named is None:
            continue
        name = named.group("name").strip()
        level = next((
            s for s in reversed(statements)
            if s.sentence < delta.sentence and s.metric and (s.metric == name or s.metric.endswith(name)) and s.difference is None
            and same_unit(by_id[s.value], delta) and (by_id[s.value].value or 0) > delta.value
        ), None)
        ending = RUN_BREAK.search(text, delta.end)
        run = [f for f in facts if delta.end <= f.start < (ending.start() if ending else len(text))]
        base = next((f for f in run if same_unit(f, delta) and f.value is not None and EARLIER_WAS_AT_END.search(text, max(0, f.start - 8), f.start)), None)
        if base is None and ending is not None and ending.group() in ";；":
            base = _earlier_level_opening(text, ending.end(), facts, delta)  # …增长25.7%;上年末为3155.8万千瓦
        if level is None or base is None:
            continue
        rate = next((f for f in run if f.kind == "percent" and f.form == "percent" and f.start < base.start), None)
        direction = "down" if named.group("down") else "up"
        update = {"difference": Difference(base=base.id, direction=direction, value=delta.id)}
        if rate is not None and level.change is None:
            update["change"] = Change(direction=direction, value=rate.id, base=base.id)
        taken = {base.id} | ({rate.id} if rate is not None else set())  # (no None: a change with no base is no one's taken)
        statements = [
            s.model_copy(update={"change": None}) if s.change is not None and (s.change.value in taken or s.change.base in taken) else s
            for s in statements
        ]
        at = next(p for p, s in enumerate(statements) if s.id == level.id)
        statements[at] = statements[at].model_copy(update=update)
    return statements


def _earlier_level_opening(text: str, start: int, facts: list, delta):
    """The level of an earlier time that a run opens on (上年末为3155.8万千瓦), of the change's unit, if it does."""
    return next((
        f for f in facts if f.start > start and same_unit(f, delta) and f.value is not None
        and _EARLIER_WAS_OPENING.fullmatch(text, start, f.start)
    ), None)


def _changed_already(statements: list[Statement], by_id: dict, name: str, base, delta, bases: set) -> Statement | None:
    """The figure, with a change of its own already, that a second change is of: the one an earlier sentence
    gives of the metric the clause opens on (新能源装机比上年末的…增加…), or with no name, the latest of the
    change's sentence before it that is no base (24368元,比上年的22896元增加1472元,…比全市平均水平23150元多1218元)."""
    if 0 < len(name) < 2:
        return None
    return next((
        s for s in reversed(statements)
        if s.difference is not None and "." not in s.id and same_unit(by_id[s.value], delta)
        and (by_id[s.value].sentence < base.sentence and s.metric and name in s.metric if name else
             by_id[s.value].sentence == base.sentence and by_id[s.value].start < base.start and s.value not in bases)
    ), None)


def link_increase_targets(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """年末公共充电桩3.86万个,比上年末的2.94万个净增0.92万个,…完成年度新增目标0.8万个的115.0%: a goal for
    additions written after a level and its increase is met by the increase, not by the level. The
    increase becomes a figure of its own, of the level's metric and period, with the target."""
    linked = []
    changed_from = {s.difference.base: s for s in statements if s.difference is not None}
    for statement in statements:
        target = statement.target
        # 比火电装机多203.1万千瓦。…比上年末增加586.2万千瓦,完成年度新增目标…: the change written last before the goal
        changes = [s.difference for s in statements if s.value == statement.value and s.difference is not None]
        level = statement
        if target is not None and not changes and statement.value in changed_from:
            # 光伏装机较上年末的1687.2万千瓦净增606.5万千瓦,完成年度新增目标…: read after the level before, the goal is its level's
            level = changed_from[statement.value]
            changes = [level.difference]
        if target is None or target.value is None:
            linked.append(statement)
            continue
        goal, rate = facts[target.value], facts[target.rate]
        if changes:
            difference = max(changes, key=lambda d: (facts[d.value].end <= goal.start, facts[d.value].end))
            increase, rose = facts[difference.value], difference.direction == "up"
        else:  # 余额846.73亿元,比年初增加115.21亿元,完成年度增量目标…: the level before is written later, if at all
            increase, rose = increase_written_between(facts[statement.value], goal.start, facts.values(), text), True
        if increase is None:
            linked.append(statement)
            continue
        # 新增计划3万个, 新增3万个目标, in the goal's own sentence (床位总数为…目标38000张的 after 新增床位完成…)
        sentence = LAST_SENTENCE_STOP.search(text, increase.end, goal.start)
        opening = max(increase.end, sentence.end() if sentence else 0)
        additions = GOAL_OF_ADDITIONS.search(text, opening, rate.start)
        # (新增贷款986.3亿元,比去年同期…多增112.5亿元,完成全年新增贷款…目标的: a level of additions meets the goal itself)
        if not rose or not increase.end <= goal.start or additions is None or not same_unit(increase, goal) or ADDED.match(level.metric or ""):
            linked.append(statement)
            continue
        share = statement.share if statement.share is not None and statement.share.value == rate.id else None
        linked.append(statement.model_copy(update={"target": None, "share": None if share is not None else statement.share}))
        linked.append(Statement(
            id=f"{level.id}.{increase.id}", metric=level.metric, value=increase.id, period=level.period,
            target=target, share=share, subject=level.subject, sentence=statement.sentence,
        ))
    return linked


def increase_written_between(level, end: int, candidates, text: str):
    """比年初增加115.21亿元: an increase of the level's unit written after it, before `end` (its goal or rate);
    not one of the year before, in brackets (（上年同期增加4655.8亿元）)."""
    return next((
        f for f in candidates
        if level.end <= f.start < end and f.sentence == level.sentence and same_unit(f, level)
        and INCREASE_BEFORE.search(text, max(0, f.start - 3), f.start) and not OPEN_ASIDE.search(text, level.end, f.start)
    ), None)


def whole_reaching(level: Statement, base, direction: str, statements: list[Statement], facts: dict) -> Statement:
    """新认定4862家,其中第一批2731家、第二批2131家,比上年的4212家增加650家: an increase from a level the
    last part of a 其中 list falls short of is its whole's, when the whole is above that level (a fall,
    when it is below)."""
    figure = facts[level.value]
    whole = next((s for s in statements if s.id == level.part_of), None)
    if whole is None or figure.value is None or base.value is None or not same_unit(facts[whole.value], base):
        return level
    total = facts[whole.value].value
    if total is None:
        return level
    rose_past = direction == "up" and figure.value < base.value < total
    fell_past = direction == "down" and total < base.value < figure.value
    return whole if rose_past or fell_past else level


def give_changes_to_wholes(statements: list[Statement], facts: dict) -> list[Statement]:
    """412家,其中文化企业298家、体育企业114家,较上年末增加37家,增幅9.9%,上年末为375家: the change of the last part of a
    其中 list, from a level that part falls short of, is its whole's (`whole_reaching`), when the whole has none."""
    statements = list(statements)
    for position, statement in enumerate(statements):
        moved = statement.difference or statement.change
        base = moved.base if moved is not None else None
        if base is None or statement.part_of is None:
            continue
        whole = whole_reaching(statement, facts[base], moved.direction or "up", statements, facts)
        if whole is statement or whole.change is not None or whole.difference is not None:
            continue
        statements[statements.index(whole)] = whole.model_copy(update={"change": statement.change, "difference": statement.difference})
        statements[position] = statement.model_copy(update={"change": None, "difference": None})
    return statements


# 由上年末的19744家增至21386家, 由上年的每平方米每月14.2元降至12.8元: the level a figure moved from, and the
# verb and 至 before the figure.
_FROM = regex.compile(rf"(?:由|从)[^,;，；]{{0,8}}?(?:{PER_UNIT_MOVED_FROM})?$")
_MOVED = regex.compile(rf"^{MOVED_TO}(?:[^,;，；]{{0,8}}的)?$")  # (由年初的579家增至年末的637家, 增至9月末的103家)


def _moved_from(ordered: list, index: int, text: str) -> tuple | None:
    """The level a figure moved from and the figure, when the two figures before an absolute change are
    written 由X增至Y: (X, Y), else None."""
    if index < 2:
        return None
    start, level = ordered[index - 2], ordered[index - 1]
    if not same_unit(start, level) or start.sentence != level.sentence or start.value is None:
        return None
    if not _FROM.search(text, max(0, start.start - 16), start.start) or not _MOVED.match(text[start.end : level.start]):
        return None
    return start, level


def link_year_differences(statements: list[Statement], facts: list, text: str) -> list[Statement]:
    """赤字规模5.66万亿元,比上年增加1.6万亿元 with 去年赤字规模为4.06万亿元 written elsewhere; 2022年…38497家,
    2023年比上年净增15269家 with 2023年…53766家 written before: a change against the year before links
    the figure of its year (the figure it follows, else the latest of its metric and year) to the figure
    of the year before, of the same metric, kind, unit and months. The metric is that of the figure the
    change follows in its sentence."""
    statements = list(statements)
    by_id = {f.id: f for f in facts}
    own = {s.value: s for s in statements}
    rate_bases = {s.change.base for s in statements if s.change is not None and s.change.base}
    for delta in facts:
        if delta.kind not in LEVEL_KINDS or delta.value is None or delta.qualifier != "=":
            continue
        verb = _DELTA_BEFORE.search(text, max(0, delta.start - 5), delta.start)
        if verb is None:
            continue
        year_before = _YEAR_BEFORE.search(text, max(0, verb.start() - 6), verb.start())
        # 比年初增加892.5亿元(年初为11544.3亿元): a change since the year began, with its level in brackets
        since_start = _SINCE_YEAR_START.search(text, max(0, verb.start() - 6), verb.start())
        if not year_before and not since_start:
            statements = _change_after_levels(statements, delta, verb, by_id, text)
            continue
        before = [
            s for s in statements
            if s.sentence == delta.sentence and by_id[s.value].end <= delta.start and same_unit(by_id[s.value], delta)
            and s.value not in rate_bases  # 增长8.6%(上年同期为11451.9亿元);比年初增加…: the level a rate is from is no level now
            # (水利投资比去年同期的412.7亿元增长17.8%;能源投资比去年同期增加70.1亿元: nor is the level compared with)
            and not _COMPARED_WITH_YEAR_BEFORE.search(text, max(0, by_id[s.value].start - 10), by_id[s.value].start)
        ]
        if not before or not before[-1].metric:
            continue
        named = named_by_its_clause(before, (year_before or since_start).start(), text) or before[-1]
        # (截至去年末…168条,比上年末增加16条: 去年 alone is the year an early-year report is about, no year before)
        if before_the_report_year(named, by_id):
            continue  # 德资增长1.4倍(上年为3580万美元);日资比上年减少0.23亿美元: a level of the year before changes from none
        if (verb.group("more") or verb.group("less")) and not AN_INCREASE.search(named.metric):
            continue  # 余额…比年初增加855.77亿元,比去年同期多增113.62亿元: more of an increase, not of the level
        # (…11.86亿元,户均5.00万元;兑付金额比上年同期增加1.27亿元: the total, past its average, unless of the change's size;
        # the rate read after the change is still the average's here, for give_changes_past_averages to move)
        averaged = next((s for s in statements if s.average == named.value), None)
        if averaged is not None and not _of_a_size(by_id[named.value], delta):
            named = averaged.model_copy(update={"change": averaged.change or named.change})
        # 862家,比上年增加57家(上年为805家): the earlier level in brackets (or the next clause) right after the change.
        # (比6月末增加148家;6月末这一数字为1172家; 比年初增加34家;年初全县精品民宿为152家: the point compared with, named again)
        point = (year_before or since_start).group().lstrip("比较")
        # (比年初增加3821.6亿元;上年末全省各项存款余额为…: the year's start named as last year's end)
        point = "|".join(_YEAR_TURN) if point in _YEAR_TURN else regex.escape(point)
        # (比上年多增0.47万人,上年新增0.89万人: an increase compared with the increase a year before)
        verbs = "为|是|新增|增加" if verb.group("more") or verb.group("less") else "为|是"
        # (比年初增加263.5亿元,增长16.6%;年初余额为1583.2亿元: past the rate of the change, which is from that level too)
        rate = _RATE_OF_NO_BASIS.match(text, delta.end)
        at = rate.end() if rate else delta.end
        # (增加613家,平均每家商户实现夜间营业额11.7万元;去年同期…商户为7813家: past an average of the level, an aside)
        aside = _AVERAGE_ASIDE.match(text, at)
        at = aside.end() if aside and AVERAGE_CUE.search(aside.group()) and not _EARLIER_NAMED.search(aside.group()) else at
        # (比上年末增加38个;上年末全市共有长者食堂448个: the level's own words after 有)
        level_after = _EARLIER_LEVEL_AFTER.match(text, at) \
            or regex.compile(rf"[,，;；]\s*(?:{point})[^,;，；。\d]{{0,12}}?(?:{verbs}|(?:共有|有)\p{{Han}}{{0,8}}?(?=[\d〇一二三四五六七八九十两]))").match(text, at)
        written = next((f for f in facts if level_after and f.start == level_after.end() and same_unit(f, delta) and f.value is not None), None)
        if written is not None and rate and named.change is not None and named.change.base is None and rate.start() <= by_id[named.change.value].start < rate.end():
            at_named = next(p for p, s in enumerate(statements) if s.id == named.id)
            named = statements[at_named] = named.model_copy(update={"change": named.change.model_copy(update={"base": written.id})})
        # 230.2万元,比上年增加16.6万元,增长7.8%,上年为213.6万元: the level its rate grew from, written after
        # (比上年末净增27家,增长14.5%,上年末为186家: the level at the year's end, as its rate's base)
        year_end = since_start is not None and "年初" not in since_start.group()
        after = by_id[named.change.base] if (year_before or year_end) and named.change is not None and named.change.base else None
        # 412个,比上年末增加87个,较上年末的325个增长26.8%: the level compared with in the next clause
        compared = _COMPARED_NEXT.match(text, delta.end)
        after = after or next((f for f in facts if compared and f.start == compared.end()), None)
        # (…,上年为174.55亿元,同比增长6.8%,比上年增加11.87亿元: the level its rate grew from, written before)
        written = written or (after if after is not None and after.sentence == delta.sentence and same_unit(after, delta) else None)
        if written is not None and named.difference is None and named.value != written.id:
            position = next(p for p, s in enumerate(statements) if s.id == named.id)
            named = statements[position]
            direction = "down" if verb.group("down") else "up"
            statements[position] = named.model_copy(update={"difference": Difference(base=written.id, direction=direction, value=delta.id)})
            continue
        if not year_before and since_start is not None and named.difference is None:
            # 876家,比上年末净增98家。上年末,全区高新技术企业为778家: the level at the year's end, in the sentence after
            base = next((
                s for s in statements
                if by_id[s.value].sentence == delta.sentence + 1 and s.period and _same_point(by_id[s.period].text, since_start.group()[1:])
                and same_unit(by_id[s.value], delta) and by_id[s.value].value is not None and _alike(s.metric, named.metric)
                and (s.metric in named.metric or named.metric in s.metric or s.metric[:2] == named.metric[:2])  # (各项贷款余额 is no 普惠小微贷款余额)
                and (s.subject == named.subject or not s.subject or not named.subject)  # (nor 西湖村镇银行's, another subject's,
                and "\n" not in text[delta.end : by_id[s.value].start]  # in the next paragraph)
            ), None)
            if base is not None:
                position = next(p for p, s in enumerate(statements) if s.id == named.id)
                direction = "down" if verb.group("down") else "up"
                statements[position] = statements[position].model_copy(update={"difference": Difference(base=base.value, direction=direction, value=delta.id)})
            continue
        if not year_before:
            continue  # the year's start is no year before: only its bracketed level is read
        period = own[delta.id].period if delta.id in own and own[delta.id].period else named.period
        span = _span(by_id, period)
        if span is None:
            continue
        year, months = span

        def of_year(statement: Statement, wanted: int) -> bool:
            figure = by_id[statement.value]
            return (
                statement.value != delta.id and same_unit(figure, delta) and figure.value is not None and figure.qualifier == "="
                and (_span(by_id, statement.period) == (wanted, months) or wanted == year - 1 and _of_the_same_span_before(statement, by_id))
                and _alike(statement.metric, named.metric)
                and (not statement.subject or not named.subject or statement.subject == named.subject)
            )

        level = named if named.period == period else next(
            (s for s in reversed(statements) if by_id[s.value].end <= delta.start and of_year(s, year)), None)
        bases = {s.difference.base for s in statements if s.difference is not None}  # 比上年的六千八百亿元 is another's
        # (绿电交易电量86.3亿元,比上年同期多33.1亿千瓦时 after 上年同期…市场化交易电量1172.6亿千瓦时: the one named the same)
        earlier = [s for s in statements if s.value not in bases and of_year(s, year - 1)]
        # (内贸滚装汽车…比去年同期减少0.71万辆 with 港口内贸滚装汽车为11.38万辆 after and 滚装汽车吞吐量…33.41万辆 before: the one
        # whose name holds the level's whole)
        base = next((s for s in earlier if same_words(s.metric or "") == same_words(named.metric or "")), None) \
            or next((s for s in earlier if named.metric and named.metric in (s.metric or "")), earlier[0] if earlier else None)
        if level is None or base is None or level.difference is not None or level is base:
            continue
        position = statements.index(level)
        direction = "down" if verb.group("down") else "up"
        statements[position] = level.model_copy(update={"difference": Difference(base=base.value, direction=direction, value=delta.id)})
    return statements


def _of_the_same_span_before(statement: Statement, by_id: dict) -> bool:
    """上年同月,全市规上工业总产值为1190.0亿元: dated the same span a year before, whatever the span."""
    return statement.period is not None and is_last_year(by_id[statement.period])


def _span(by_id: dict, period: str | None) -> tuple[int, tuple] | None:
    """The year of a period and its months (2024, (1, 12)), as resolved against the publication date."""
    date = by_id[period] if period else None
    if date is None:
        return None
    if date.resolved is not None:
        start, end = date.resolved.start, date.resolved.end
        return (start.year, (start.month, end.month)) if start.year == end.year else None
    if date.period is not None:  # 2023年1—6月 with no publication date to resolve against
        year = date.period.start.year or date.year
        return (year, (date.period.start.month, date.period.end.month)) if year and date.period.start.month else None
    return (date.year, (date.month or 1, date.month or 12)) if date.year else None


def _alike(first: str | None, second: str | None) -> bool:
    """Two names of one metric: one holds the other (发行超长期特别国债 in 拟发行超长期特别国债), or they
    share most of their words (新设外商投资企业, 新设立外商投资企业); a verb in common (拟安排 of 拟安排地方
    政府专项债券 and 中央预算内投资拟安排) is not enough."""
    if not first or not second:
        return False
    shorter, longer = sorted((first, second), key=len)
    words = [shorter[i : i + 2] for i in range(len(shorter) - 1)]
    return shorter in longer or (bool(words) and sum(w in longer for w in words) * 2 >= len(words) + 1)


def _change_after_levels(statements: list[Statement], delta, verb, by_id: dict, text: str) -> list[Statement]:
    """平均票价为43.2元,上年同期为42.4元,上涨0.8元: a change right after a figure and its level of the year before, named
    alike in the clauses just before it, is the figure's against that level."""
    before = [s for s in statements if s.sentence == delta.sentence and by_id[s.value].end <= verb.start() and same_unit(by_id[s.value], delta)]
    if len(before) < 2 or not _JUST_A_COMMA.fullmatch(text, by_id[before[-1].value].end, verb.start()):
        return statements
    current, level = before[-2], before[-1]
    if current.part_of or not _LEVEL_RIGHT_AFTER.fullmatch(text, by_id[current.value].end, by_id[level.value].start):
        return statements  # (…其中国内航线268条、国际及地区航线四十四条,…;上年末为296条,净增16条: the whole's)
    if not is_last_year_figure(level, by_id) or is_last_year_figure(current, by_id) or current.difference is not None \
            or same_words(current.metric or "") != same_words(level.metric or ""):
        return statements
    statements = list(statements)
    direction = "down" if verb.group("down") else "up"
    statements[statements.index(current)] = current.model_copy(update={"difference": Difference(base=level.value, direction=direction, value=delta.id)})
    return statements


_JUST_A_COMMA = regex.compile(r"[,，]\s*(?:同比)?")
_LEVEL_RIGHT_AFTER = regex.compile(r"[,，]\s*(?:上年|去年)\p{Han}{0,4}?(?:为|是)")


def link_balances(statements: list[Statement], facts: list, text: str) -> list[Statement]:
    """出口5.74万亿元…进口4.43万亿元;进出相抵,贸易顺差1.31万亿元: a balance (rules/link.toml) is the
    difference of the two flows written before it in its sentence or the one before (else right after it in
    its sentence: 净增58家,其中新增81家、退出23家), of its kind, unit and period and no earlier level, so the
    larger flow gets `difference` {base: the smaller, up, value: the balance}; in a sentence whose flows before
    it are all earlier levels, of those. Listed with the flows
    as parts of one whole, the balance is none of its parts."""
    statements = list(statements)
    by_id = {f.id: f for f in facts}
    bases = earlier_levels(statements, by_id, text)  # 进口383.73亿元(上年同期为344.99亿元)
    for balance in _balances():
        for position, statement in enumerate(statements):
            figure = by_id[statement.value]
            if not statement.metric or not statement.metric.endswith(balance.metric) or figure.qualifier != "=" \
                    or _BALANCE_HELD.search(statement.metric) or is_last_year_figure(statement, by_id):
                continue  # (累计结余1200亿元: what is held, no difference of the year's flows)
            own = [  # (not the balance of a year before: 顺差由上年的282.33亿元扩大至398.25亿元)
                (index, s) for index, s in enumerate(statements[:position])
                if by_id[s.value].sentence == figure.sentence and same_unit(by_id[s.value], figure) and by_id[s.value].qualifier == "="
                and not (s.metric or "").endswith(balance.metric)
            ]
            if statement.value in bases and not (own and all(s.value in bases for _, s in own)):
                continue  # 贸易顺差由上年的282.33亿元扩大至398.25亿元: last year's balance, of no flows written this year
            # (2025年基金支出4.27亿元,同比增长7.0%,上年为3.99亿元;当年结余0.25亿元 in a report of 2026: of those dated alike,
            # not the level a rate of theirs is measured from)
            own_bases = {s.change.base for _, s in own if s.change is not None and s.change.base}
            own = [(index, s) for index, s in own if s.value not in own_bases]
            before = own if own and all(s.value in bases for _, s in own) else [  # 去年同期出口、进口分别为…,顺差…: theirs
                (index, s) for index, s in enumerate(statements[:position])
                # (出口…;进口…。上年同期全省出口和进口分别为…。进出相抵,实现贸易顺差988.9亿元: past a sentence of earlier levels,
                # in the paragraph; 基金收入…,同比增长3.4%。…基金支出398.3亿元,…当期结余14.3亿元: a flow dated once for both)
                if same_unit(by_id[s.value], figure) and by_id[s.value].sentence >= figure.sentence - 3
                and "\n" not in text[by_id[s.value].end : figure.start] and (s.period == statement.period or None in (s.period, statement.period) and not is_last_year_figure(s, by_id))
                and by_id[s.value].qualifier == "=" and s.value not in bases
            ]
            # (基金支出7.86亿元,其中住院费用支出5.12亿元…;当年基金结余: of the whole, not of its part)
            before = [(index, s) for index, s in before if not _part_of_a_flow(s, before, balance, statement)]
            larger, smaller = _flows(before, balance)
            if larger is None or smaller is None:  # 净增58家,其中全年新增入规81家、退出23家: the flows right after it
                after = [
                    (index, s) for index, s in enumerate(statements) if index > position and by_id[s.value].sentence == figure.sentence
                    and same_unit(by_id[s.value], figure) and by_id[s.value].qualifier == "=" and s.period == statement.period and s.value not in bases
                ]
                larger, smaller = _flows(after, balance)
            if larger is None or smaller is None or statements[larger].difference is not None:
                continue
            if any(_of_a_period_within(statements[flow], statements, by_id) for flow in (larger, smaller)):
                continue  # 分季度看,…三季度新设30619户。…注销51012户,净增3.54万户: a quarter's, not the year's flow
            difference = Difference(base=statements[smaller].value, direction="up", value=statement.value)
            statements[larger] = statements[larger].model_copy(update={"difference": difference})
            if statement.part_of and statement.part_of == statements[larger].part_of == statements[smaller].part_of:
                # 其中,收入1712.38亿元,支出1574.07亿元,净流入138.31亿元: the balance is no third part of the 收付
                statements[position] = statement.model_copy(update={"part_of": None})
    return statements


class _Balance(NamedTuple):
    metric: str
    larger: str
    smaller: str


@cache
def _balances() -> list[_Balance]:
    """The balances of rules/link.toml, one per pair of flow words (a row may list several of either)."""
    return [
        _Balance(row.metric, larger, smaller)
        for row in rules("link").balances
        for larger in row.larger
        for smaller in row.smaller
    ]


def _part_of_a_flow(statement: Statement, candidates: list[tuple[int, Statement]], balance: _Balance, held: Statement) -> bool:
    """住院费用支出 of 基金支出 before 当年基金结余: a part of a candidate flow, both named by one flow word (not 出口 of
    进出口), when the balance (`held`) names the whole's stem (基金) and not the part's."""
    whole = next((s for _, s in candidates if s.id == statement.part_of), None)
    if whole is None or not whole.metric or not statement.metric:
        return False
    for flow in (balance.larger, balance.smaller):
        wholes = [complement.whole for complement in rules("link").complements if flow in complement.parts]
        stem, own = whole.metric.removesuffix(flow)[-2:], statement.metric.removesuffix(flow)[-2:]
        if whole.metric.endswith(flow) and statement.metric.endswith(flow) and not any(whole.metric.endswith(w) for w in wholes) \
                and len(stem) == 2 and stem in (held.metric or "") and own not in (held.metric or ""):
            return True
    return False


def _of_a_period_within(flow: Statement, statements: list[Statement], by_id: dict) -> bool:
    """Whether a figure is the part of its whole for a period of its own (三季度新设30619户 of the year's 新设)."""
    whole = next((s for s in statements if s.id == flow.part_of), None) if flow.part_of else None
    # (2020年一季度 and the headline's 一季度 are one span)
    return whole is not None and None not in (flow.period, whole.period) and periods_differ(by_id[flow.period], by_id[whole.period])


def _flows(candidates: list[tuple[int, Statement]], balance: _Balance) -> tuple[int | None, int | None]:
    """The positions of the larger and the smaller flow of a balance among the candidates, the larger of what
    the smaller names (职工养老保险基金收入 for 职工养老保险基金支出)."""
    smaller = _latest_named(candidates, balance.smaller)
    stem = _named_with(dict(candidates)[smaller].metric or "", balance.smaller) or "" if smaller is not None else ""
    return _latest_named(candidates, balance.larger, stem), smaller


def _latest_named(candidates: list[tuple[int, Statement]], flow: str, stem: str = "") -> int | None:
    """The latest statement whose metric ends with the flow (出口) and with no whole the flow is a part
    of (进出口 ends with 出口 as well), nor a change (多支出11.87亿元); with a `stem`, of what it names
    (职工养老保险基金收入 for 职工养老保险基金支出, not 工伤保险基金收入; 基本医疗保险基金收入 for 基金支出)."""
    wholes = [complement.whole for complement in rules("link").complements if flow in complement.parts]
    for index, statement in reversed(candidates):
        metric = statement.metric or ""
        own = _named_with(metric, flow)
        if own is not None and not any(metric.endswith(whole) for whole in wholes) and not DELTA_ONLY.fullmatch(metric) \
                and (own.endswith(stem) or stem.endswith(own)):
            return index
    return None


def _named_with(metric: str, flow: str) -> str | None:
    """What a metric names besides a flow it ends on (职工养老保险基金 of …收入) or opens with (经营主体 of
    注销经营主体), or None when it names no such flow."""
    if metric.endswith(flow):
        return metric[: -len(flow)]
    return metric[len(flow) :] if metric.startswith(flow) else None


# 留琮率为62.3%,比上年提高3.4个百分点,高于全省平均水平(54.6%)7.7个百分点: a rate's gap to another rate in brackets.
_BRACKETED_GAP = regex.compile(
    r"(?:(?P<up>高于|高出|快于|超过)|(?P<down>低于|慢于))[^,;，；。（(]{0,12}[（(]\s*(?:为)?(?P<rate>[\d.]+[%％])\s*[）)]\s*(?P<points>[\d.]+个百分点)"
)


def link_rate_gaps(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    """A rate or share written as a figure (留琮率为62.3%) whose own change is taken, then its gap to another
    rate written in brackets (高于全省平均水平(54.6%)7.7个百分点), in its clause or the next ones of its
    sentence: the rate is that one plus (or minus) the points, a difference of its own."""
    used = {link for s in statements for link in (
        s.change.value if s.change else None, s.change.gap if s.change else None, s.share.change if s.share else None,
        s.difference.value if s.difference else None) if link}
    starts = {f.start: f for f in facts.values()}
    earlier = {s.share.earlier for s in statements if s.share is not None and s.share.earlier}  # (上年为58.9%): no gap of its own
    statements = list(statements)
    for position, statement in enumerate(statements):
        figure = facts[statement.value]
        if figure.kind != "percent" or statement.difference is not None or statement.share is None or statement.share.value != figure.id:
            continue
        if figure.id in earlier:
            continue
        sentence_end = SENTENCE_STOP.search(text, figure.end)
        gap = _BRACKETED_GAP.search(text, figure.end, sentence_end.start() if sentence_end else len(text))
        if gap is not None and not _CLAUSE_BREAK_BEFORE.search(text, max(0, gap.start() - 8), gap.start()):
            continue  # 民营企业进出口占比高于全国平均水平(57.9%)3.8个百分点: a gap of what its clause names
        own = {statement.share.earlier, statement.share.change}  # (上年为58.9%)
        if gap is None or any(f.kind == "percent" and f.form == "percent" and figure.end <= f.start < gap.start() and f.id not in own for f in facts.values()):
            continue  # another rate between: the gap is that one's
        rate, points = starts.get(gap.start("rate")), starts.get(gap.start("points"))
        if rate is None or points is None or points.id in used:
            continue
        difference = Difference(base=rate.id, direction="up" if gap.group("up") else "down", value=points.id)
        statements[position] = statement.model_copy(update={"difference": difference})
        used.add(points.id)
    return statements

