"""Averages whose figures stand apart: the members or the total written in another clause or sentence than
the average (全省职业院校268所。…在校生达128.5万人,校均在校生4795人; 营业收入2836亿元…;带动就业6.82万人,人均创造
营业收入415.8万元; 组建抢险救援队伍186支、9430人,平均每支队伍约51人).

Read after every pass that links an average within its own run, for the averages none of them linked. The
average's name says what it is per (每家, 每个小区, 校均, 每千人口) and what it measures (营业收入 of
人均创造营业收入): the members are a count before it in a measure word of those members, the total a figure
before it of the average's kind and unit. Each is taken only when there is one to take: the one in the
average's sentence, else the one there, or in the article, that the average names (the members by the words
after its cue or by the basis it is reckoned on, 按成母牛存栏计算; the total by those words or by its measure,
人均营收 of 营业收入). Items of a list, goals, averages and earlier levels are neither. A pairing guessed so
far apart may be a wrong guess as easily as an error in the text: a pair whose quotient is not within a
factor of two of the stated average is taken for a wrong guess, and left unlinked.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from extractors.roles import AVERAGE_CUE, LEVEL_KINDS
from extractors.spreads import GOAL_WORDS, MEMBERS_NAMED_AT_LENGTH, MEMBERS_OF, listed_item
from extractors.unit_averages import part_named
from extractors.wholes import earlier_levels, same_unit, share_a_word
from extractors.wording import ADDED, AVERAGE_BASIS, AVERAGED_NAME, EARLIER_WAS_AT_END, LAST_SENTENCE_STOP, OWN_REGION_OPENING, PER_MANY, before_the_report_year, clause_opening, measure_of, measure_with_count, measure_word, per_many
from schemas import Statement

# 平均每家企业研发投入, 平均每支队伍, 校均在校生, 生均补助, 人均创造营业收入 (after 按常住人口计算, which names the
# basis), 每个新建大棚平均补贴.
_MEMBER_WORDS = "架次|艘次|人次|批次|台套|支|只|个|家|户|场|台|辆|项|套|人|名|桌|宗|座|批|笔|艘|列|份|件|单|处|所|条|间|栋|幢|村|县|园|册|张|幅|盏"
_HEAD_WORDS = "[户人场家套桌台项辆笔村县镇企校园件单次头生店摊座社厂院]"  # 户均, 场均, 生均: the members' word before 均
# (签约项目平均每个协议投资, 游客人均门票支出: the members may be named before 平均 or 均)
_CUE = regex.compile(
    r"^(?:按[^,;，；。]{1,10}?(?:计算|测算)[,，]?)?(?:全\p{Han}{1,2})?"
    rf"(?:(?P<members>\p{{Han}}{{2,6}}?)?(?P<word>{_HEAD_WORDS})均|(?P<members>\p{{Han}}{{2,6}}?)?平均(?:每|单)(?P<word>{_MEMBER_WORDS})"
    rf"|每(?P<word>{_MEMBER_WORDS})\p{{Han}}{{1,6}}?平均"
    rf"|{PER_MANY})"  # 每千人口拥有床位
)
# 按全年客运量计算,每人次补贴2.17元: per a member alone, an average when the basis it is reckoned on is written
_EACH_AFTER_BASIS = regex.compile(rf"^(?:基本|稀释)?每(?P<word>{_MEMBER_WORDS}|股)")  # (按总股本…计算,基本每股收益: per share)
# 平均每场签约8.75亿元, 场均: the measure word of the members an average is per, written before it in its clause
PER_MEMBER = regex.compile(rf"(?:平均(?:每|单)(?P<word>{_MEMBER_WORDS})|(?P<word>{_HEAD_WORDS})均)[^,;，；。]{{0,12}}$")
_BACK = regex.compile(r"此|上述|以上|这一?|该")
_PER_SHARE_OF = {"收益": "净利润"}  # what a figure per share (每股收益) is of
# 以公司总股本8.88亿股计算,基本每股收益: the shares a figure per share is reckoned on
_SHARES_BASIS = regex.compile(r"(?:按|以)(?P<name>[^,;，；。]{0,6}?股本[^,;，；。]{1,10}?股)(?:计算|为基数)[,，][^,;，；。]{0,12}$")
_NET_OF_ONE_OFFS = regex.compile(r"扣除非经常性损益|扣非")
_HAVING = regex.compile(r"^(?:拥有|实现|获得|持有|完成)")  # the verb an average's name may open on, before its measure
_WITHIN = Decimal(2)  # (the factor past which a guessed pairing is taken for a wrong guess)


def link_distant_averages(statements: list[Statement], facts: dict, text: str) -> list[Statement]:
    statements = list(statements)
    averaged = {s.average for s in statements if s.average} | {s.value for s in statements if s.average or s.over}
    excluded = earlier_levels(statements, facts, text) | {s.difference.value for s in statements if s.difference} \
        | {s.value for s in statements if before_the_report_year(s, facts)}
    by_value = {s.value: s for s in statements}
    for statement in list(statements):
        average = facts[statement.value]
        basis = AVERAGE_BASIS.search(text, max(0, average.start - 30), average.start) \
            or _SHARES_BASIS.search(text, max(0, average.start - 40), average.start)
        cue = _CUE.match(statement.metric or "") or (_EACH_AFTER_BASIS.match(statement.metric or "") if basis else None)
        if cue is None or statement.value in averaged | excluded or average.kind not in LEVEL_KINDS or not average.value:
            continue
        word, named, left_out = cue.group("word"), statement.metric[cue.end() :], excluded
        if word == "股":  # 每股收益: the net profit per share, as reported (not 扣除非经常性损益后的净利润)
            named = _PER_SHARE_OF.get(named, named)
            left_out = left_out | {s.value for s in statements if _NET_OF_ONE_OFFS.search(s.metric or "")}
        basis = None if basis and _BACK.fullmatch(basis.group("name")) else basis  # 按此计算: the figures just written
        # 村均: villages; 平均每个小区, 按成母牛存栏计算: the members the words after the cue or the basis name
        # (按改造电站数计算: the name's head, 电站, or its opening; 签约项目平均每个: the name before 平均)
        members_named = cue.groupdict().get("members")
        member_name = (word,) if word in _NAMED_MEMBERS else _opening_and_head(basis.group("name")) if basis \
            else _opening_and_head(members_named) if members_named else (named[:2],) if word in _GENERIC_WORDS and named else ()
        if basis and _UNIT_BASIS.fullmatch(basis.group("name")):
            member_name = None  # 按场次计算: the members are named by their measure word alone, so the one count of it
        # 按总股本19.56亿股计算,每股收益2.14元: the shares counted in the basis itself
        counted = [f for f in facts.values() if f.kind == "count" and f.unit == word and basis.start() <= f.start < basis.end()
                   and f.id not in left_out] if basis and word == "股" else []
        options = counted[-1:] if counted else _members(average, word, member_name, by_value, facts, text, left_out)
        if not options and word in _GENERIC_WORDS and len(named) >= 4 and member_name == (named[:2],):
            # 平均每家总部企业纳税 after 累计认定总部企业68家, 新引进总部企业十五家, 其中总部企业21家, 入驻企业总部12家:
            # the sets named by more of the words, no addition (the quotient tells them apart), an item of a list too
            # (其中生猪规模场158家、肉牛规模场56家;…平均每个生猪规模场出栏4297头)
            options = _members(average, word, (named[:4],), by_value, facts, text, left_out, named_more=True)
        pairs = [(members, _total(average, members, named, statements, facts, text, left_out | averaged)) for members in options]
        # 平均每家 alone, or 平均每家企业 where several sets are firms: the total of its sentence, over the members it names
        if not options and (member_name == () or word in _GENERIC_WORDS):
            total = _total_in_sentence(average, statements, facts, left_out | averaged)
            pairs = [(members, total) for members in _members(average, word, None, by_value, facts, text, left_out, total.metric or "")] if total else []
        if not any(total for _, total in pairs) and cue.group().endswith("人均") and not cue.group().startswith("按") and not members_named and basis is None:
            # 按全市常住人口694.6万人计算,…;…财政投入6.84亿元,…,人均公共文化财政支出98.5元: per head of the population
            pairs = [(members, _total(average, members, named, statements, facts, text, left_out | averaged))
                     for members in _members(average, word, ("人口",), by_value, facts, text, left_out)]
        if not any(total for _, total in pairs) and not members_named and basis is None:
            # 合作社全年向社员分红1842万元,户均3275元 after 吸纳社员5624户 and 带动脱贫户2317户: the total of its sentence,
            # over the one count of the members' word whose quotient comes within the window of the stated average
            total = _total_in_sentence(average, statements, facts, left_out | averaged)
            measure = _HAVING.sub("", named)  # (每千名老年人拥有养老床位41.6张: no 护理型床位3180张 of its sentence)
            total = total if total is not None and measure in (total.metric or "") else None
            members = _one_within(average, word, total, by_value, facts, left_out, per_many(statement.metric)) if total else None
            pairs = [(members, total)] if members is not None else pairs
        # 扶持资金2680万元,分别用于大棚建设补贴、…;新建大棚平均每个补贴1.2万元: the part of the total its words name
        if members_named:  # (the words before 平均 that name the members, not those after it: 平均每只子基金认缴)
            pairs = [(members, total and (part_named(total, average, members_named, statements, facts, text) or total)) for members, total in pairs]
        # of several sets named alike, the one whose quotient comes nearest the stated average
        quotients = {
            members.id: facts[total.value].value / members.value * per_many(statement.metric) for members, total in pairs
            if total is not None and total.count in (None, members.id)
        }
        if not quotients:
            continue
        members, total = min(((m, t) for m, t in pairs if m.id in quotients), key=lambda pair: abs(quotients[pair[0].id] - average.value))
        if not average.value / _WITHIN <= quotients[members.id] <= average.value * _WITHIN:
            continue
        if _made_by_an_averaged_total(average, members, statements, facts, per_many(statement.metric)):
            continue  # 共实现税收86.4亿元;平均每栋…。从业人员28.6万人,人均贡献税收3.02万元: of that total, which holds its average
        at = statements.index(total)
        statements[at] = total.model_copy(update={"count": members.id, "average": average.id})
        averaged |= {average.id, total.value}
    return statements


def _members(average, word: str, member_name: tuple[str, ...] | None, by_value: dict, facts: dict, text: str, excluded: set, total_name: str = "",
             named_more: bool = False):
    """The count of the members, in a measure word of them (家 for 每家), not listed with others: the one
    in the average's sentence; for members a word names (村均, 校均, 平均每个小区, 按成母牛存栏计算), the one so named;
    for members the total's name holds (高新技术企业 of 高新技术企业全年实现营业收入), the one whose name ends so,
    no addition (新认定…企业) nor part. A list of the candidates: that one, or a named set and a named part of it
    (the quotient tells them apart), or none."""
    def counts_members(fact) -> bool:
        statement = by_value.get(fact.id)
        units = {*MEMBERS_OF.get(word, ()), *(MEMBERS_NAMED_AT_LENGTH.get(word, ()) if named_more else ())}
        # (规模养殖场426个…平均每场出栏199头: a farm, 场, counted by 个 as the head of the members' name)
        headed = fact.kind == "count" and fact.unit in _COUNTED_BY_HEAD and _name_of(fact, by_value).endswith(word)
        return fact.kind == "count" and (fact.unit in units or headed) and fact.qualifier == "=" and bool(fact.value) \
            and fact.start < average.start and fact.id not in excluded and (named_more or not listed_item(fact, text)) \
            and not EARLIER_WAS_AT_END.search(text, max(0, fact.start - 8), fact.start) \
            and (statement is None or _level(statement))

    def named(fact) -> bool:
        name = _name_of(fact, by_value)
        own = by_value.get(fact.id)
        part = own is not None and (own.part_of is not None or own.share is not None and own.share.whole is not None)
        # (出入境邮轮旅客…,占77.2%: a part of the members is none of them; 覆盖农户27.6万户 for 为农户带来发电收入…,
        # 户均: the members named by a noun of their own measure word)
        if total_name:
            held = len(name) >= 4 and name[-4:] in total_name or len(name) >= 2 and name[-1] == word and name[-2:] in total_name
            # (城市书房达到86家…。城市书房实行自助借还,全年接待读者213.1万人次,平均每家: the members the sentence opens on)
            held = held or len(name) >= 4 and sentence_opening.startswith(name[-4:])
            return held and not ADDED.search(name) and not part
        if named_more and ADDED.search(name):
            return False
        return member_name is None or bool(member_name) and all(words in name for words in member_name)

    sentence_opening = _sentence_before(text, average)
    counts = [f for f in sorted(facts.values(), key=lambda f: f.start) if counts_members(f)]
    if total_name:
        counts = [f for f in counts if named(f)]
    found = _the_one(counts, average, named) or _counted_beside_a_total(counts, average, named, facts)
    if found is None and member_name == () and word in _ONE_SET_WORDS and len(counts) == 1:
        # 重点商务楼宇共86栋 … (a paragraph on) 平均每栋楼宇集聚从业人员2070人: the one count in 栋 before it, items of
        # lists too (not 三十六宗 beside 住宅用地23宗、…商服用地13宗)
        written = {f.value for f in facts.values() if f.kind == "count" and f.unit in MEMBERS_OF[word] and f.start < average.start and f.id not in excluded}
        found = counts[0] if len(written) == 1 else None
    if found is not None and found.sentence != average.sentence and member_name and len(member_name) == 1:
        # 社会民生项目涵盖学校…,平均每个项目投资4.93亿元: the members the sentence opens on, counted apart in a list
        # (…和社会民生项目分别为76个、31个和21个), not 战略性新兴产业项目四十一个
        opening = _opened_on(text, average.start, member_name[0])
        counted_apart = bool(opening) and opening not in _name_of(found, by_value) and any(
            opening in _name_of(f, by_value) for f in facts.values() if f.kind == "count" and f.unit == found.unit and listed_item(f, text))
        found = None if counted_apart else found
    if named_more:
        options = list({f.value: f for f in counts if named(f)}.values())
        return options if len(options) <= 3 else []
    if found is not None or not member_name:
        return [found] if found is not None else []
    # 开工改造城镇老旧小区126个…;引入物业服务的小区89个,占…: a set and a part of it, both named; the quotient tells
    options = list({f.value: f for f in counts if named(f)}.values())
    return options if len(options) == 2 and any(_part_of(a, b, by_value) for a, b in (options, options[::-1])) else []


def _sentence_before(text: str, average) -> str:
    """The average's sentence up to the average, from its first word."""
    stop = LAST_SENTENCE_STOP.search(text, 0, average.start)
    return text[stop.end() if stop else 0 : average.start].lstrip()


def _opened_on(text: str, at: int, head: str) -> str | None:
    """The name of members a sentence opens on, ending in their `head` (社会民生项目 of 社会民生项目涵盖…), when it
    says more than the head alone."""
    start = LAST_SENTENCE_STOP.search(text, 0, at)
    opening = regex.match(rf"\p{{Han}}{{2,8}}?{regex.escape(head)}", text[start.end() if start else 0 : at])
    return opening.group() if opening else None


def _counted_beside_a_total(counts: list, average, named, facts: dict):
    """发放科技创新券1.86亿元,惠及企业2140家…。平均每家企业获得创新券支持8.69万元: of the counts named alike
    (not the headline's 科技型中小企业4862家), the one of the sentence right before the average's, which writes
    an amount of the average's unit beside it; None if there is none or more."""
    if any(f.sentence == average.sentence for f in counts):
        return None
    before = [f for f in counts if f.sentence == average.sentence - 1 and named(f)]
    totals = [f for f in facts.values() if f.sentence == average.sentence - 1 and same_unit(f, average) and f.value and f.value > average.value]
    return before[0] if len({f.value for f in before}) == 1 and totals else None


def _opening_and_head(name: str) -> tuple[str, ...]:
    """The words a name of members is known by, both written in a count's name: its first two characters and its
    head, the last two (of 改造电站数, 改造 and 电站; 签约招商项目 is named by 签约项目, 公共交通 not by 公共汽电车)."""
    name = _COUNT_SUFFIX.sub("", name)
    return tuple({name[:2], name[-2:]}) if name else ()


def _part_of(part, whole, by_value: dict) -> bool:
    own, of = by_value.get(part.id), by_value.get(whole.id)
    return own is not None and of is not None and (own.part_of == of.id or own.share is not None and own.share.whole == whole.id)


def _total_in_sentence(average, statements: list[Statement], facts: dict, excluded: set) -> Statement | None:
    """The one level of the average's unit before it in its sentence, larger than it, or None."""
    totals = [
        s for s in statements if facts[s.value].sentence == average.sentence and facts[s.value].start < average.start
        and s.value not in excluded and s.average is None and _level(s) and same_unit(facts[s.value], average)
        and facts[s.value].value is not None and facts[s.value].value > average.value
    ]
    return totals[0] if len(totals) == 1 else None


def _total(average, members, named: str, statements, facts: dict, text: str, excluded: set):
    """The total: a level before the average of its kind and unit and larger, not listed with others:
    the one in the average's sentence, or the one named by the words the average measures (营业收入 of
    人均创造营业收入); with none so named, the one written beside the members or the one between them and the
    average. An item of a list is one only when the average's sentence opens on its name (其中临床试验补助1.12亿元、…。
    临床试验补助共覆盖64个项目,平均每个项目获补175万元)."""
    opening = _sentence_before(text, average)
    totals = [
        facts[s.value] for s in statements
        if s.value not in excluded and s.value != members.id and s.average is None and s.over is None and _level(s)
        and same_unit(facts[s.value], average) and facts[s.value].qualifier == "=" and facts[s.value].value is not None
        and average.value < facts[s.value].value and facts[s.value].start < average.start
        and (not listed_item(facts[s.value], text) or _opens_on_its_name(s, facts, average, opening))
    ]
    metric_of = {s.value: s.metric for s in statements}
    by_value = {s.value: s for s in statements}
    # 从业人员2.84万人,其中研发人员2.13万人,…平均每家研发中心拥有研发人员115人: the one total of the average's sentence
    # that the average's words end on
    ending = [f for f in totals if f.sentence == average.sentence
              and len(name := OWN_REGION_OPENING.sub("", metric_of[f.id] or "")) >= 3 and named.endswith(name)]
    if len({f.value for f in ending}) == 1:
        return next(s for s in statements if s.value == ending[-1].id)
    measure_by_value = {s.value: measure_with_count(s.metric, facts.get(s.count), facts[s.value].start, text) for s in statements}
    # 在手订单240亿元,员工总数1.8万人,人均创收100万元: an average of revenue is no order book's
    measured = measure_of(named)
    kept = [f for f in totals if measured is None or measure_by_value[f.id] == measured]
    in_paragraph = [f for f in totals if measure_by_value[f.id] is None and f.start > text.rfind("\n", 0, average.start)]
    if not kept and measured == measure_of("支出") and members.unit == "人次":
        # 游客人均门票支出 over 门票收入, with no spending written: what each visit spends is what the place takes
        measured, kept = None, totals
    elif not kept and measured is not None:
        # 实际使用服务券5213.4万元。…养老服务机构192家,平均每家兑付服务费用27.15万元: with no total of the measure
        # named, one named by no measure, in the average's paragraph (not 群众自筹1.56亿元 of another, for 人均可支配收入)
        kept = in_paragraph
    totals = kept
    # 基金支出411.87亿元 (a paragraph before)。…享受住院待遇628.5万人次…住院次均费用8356元: of a paragraph before the one of
    # the members and the average, only a total named by the very measure word the average names (费用, not 支出)
    paragraph = text.rfind("\n", 0, members.start)
    if measured is not None and paragraph >= 0 and text.rfind("\n", 0, average.start) == paragraph:
        word = measure_word(named)
        # (春茶销售额6.38亿元 a paragraph before;…收购鲜叶金额4.15亿元,惠及茶农2.36万户,户均鲜叶收入1.76万元: with the totals
        # of the measure named all set aside so, one named by no measure in the average's paragraph that shares a word
        # with it; not 在手订单243.6亿元 for 人均创收)
        totals = [f for f in totals if f.start > paragraph or word in (metric_of[f.id] or "")] \
            or [f for f in in_paragraph if share_a_word(named, metric_of[f.id] or "")]
    # (人均营收 names 营业收入 by its measure, revenue)
    def is_named(f) -> bool:  # (or by the name its sentence opens on: 临床试验补助共覆盖64个项目,平均每个项目获补)
        return measured is not None or len(named) >= 2 and share_a_word(named, metric_of[f.id]) \
            or _opens_on_its_name(by_value[f.id], facts, average, opening)
    # 肉牛存栏31.5万头,其中能繁母牛存栏14.2万头…户均存栏22.8头: of a whole and its part named alike, the whole
    # by the average's words and the members' name (but 村均经营性收入 names the part 经营性收入 more fully than its
    # whole, 村级集体经济总收入, and 商品住宅成交13862套,套均面积 商品住宅销售面积 more fully than 新建商品房销售面积)
    words = named + (metric_of.get(members.id) or "")
    totals = [f for f in totals if not (is_named(f) and _part_of_one_named_more_fully(f, totals, statements, words, metric_of))]
    plain_metric = {s.value: OWN_REGION_OPENING.sub("", s.metric or "") for s in statements}
    found = None if any(f.sentence == average.sentence for f in totals) else _in_the_members_clause(totals, members, named, plain_metric, text)
    found = found or _the_one(totals, average, is_named) or _one_of_many_named(totals, members, named, is_named, plain_metric)
    unnamed = not any(map(is_named, totals))
    # 发放…1.86亿元,惠及企业2140家。平均每家…: with none named, the amount counted beside the members
    beside = [f for f in totals if f.sentence == members.sentence != average.sentence]
    found = found or (beside[0] if len(beside) == 1 and unnamed else None)
    # 接待入境游客512.6万人次…。全年实现国际旅游收入38.72亿美元…。按入境游客人次计算,人均花费755.4美元: with none
    # named, the one amount written between the members and the average
    between = [f for f in totals if members.start < f.start]
    found = found or (between[0] if len(between) == 1 and unnamed else None)
    statement = next(s for s in statements if s.value == found.id) if found is not None else None
    # 补助资金2846万元,市级财政配套1270万元,合计4116万元,平均每个场馆: the sum closing the parts right before the average
    summed = next((s for s in statements if statement is not None and s.id == statement.part_of), None)
    if summed is not None and facts[summed.value] in totals and found.end <= facts[summed.value].start and facts[summed.value].sentence == average.sentence:
        return summed
    return statement


def _opens_on_its_name(total: Statement, facts: dict, average, opening: str) -> bool:
    """Whether the average's sentence, not the total's, opens on the total's name (其中临床试验补助1.12亿元、…。临床试验补助
    共覆盖64个项目,平均每个项目获补175万元)."""
    name = total.metric or ""
    return len(name) >= 3 and opening.startswith(name) and facts[total.value].sentence != average.sentence


def _part_of_one_named_more_fully(total, totals: list, statements: list[Statement], words: str, metric_of: dict) -> bool:
    """Whether the total is a part (其中) of another of the totals, whose name shares more of the words' pairs of
    characters than the part's."""
    statement = next((s for s in statements if s.value == total.id), None)
    whole = next((s for s in statements if statement is not None and s.id == statement.part_of), None)
    if whole is None or not any(f.id == whole.value for f in totals):
        return False
    pairs = {words[i : i + 2] for i in range(len(words) - 1)}

    def shared(name: str | None) -> int:
        return sum(pair in (name or "") for pair in pairs)
    return 0 < shared(metric_of[total.id]) < shared(whole.metric)


def _in_the_members_clause(totals: list, members, words: str, metric_of: dict, text: str):
    """The one total written in the members' clause (其余6400个由212家专业托育机构提供), unless another is named by
    the average's `words` (218个村级集体经济组织实现总收入1.93亿元 is no 村均经营性收入's, with …形成经营性收入
    1.33亿元 written)."""
    opening = clause_opening(text, members.start)
    in_clause = [f for f in totals if opening <= f.start and clause_opening(text, f.start) == opening]
    found = _unless_named_otherwise(in_clause, totals, words, metric_of)
    return found[0] if len({f.value for f in found}) == 1 else None


def _unless_named_otherwise(found: list, totals: list, words: str, metric_of: dict) -> list:
    """The totals found by where they stand, but only those named by the average's `words` when any total is."""
    named_so = [f for f in totals if len(words) >= 3 and metric_of[f.id].endswith(words)]
    return [f for f in found if f in named_so] if named_so else found


def _one_of_many_named(totals: list, members, words: str, is_named, metric_of: dict):
    """Of several totals named, the one named by the average's `words` alone (软件业务收入 of 人均软件业务收入, not
    民营企业进出口 of 平均每家企业进出口) unless another is named for the members (新设外商投资企业合同外资 over
    新设企业); else the one in the members' sentence (发放科技创新券1.86亿元,惠及企业2140家). None when that leaves
    more than one."""
    named = [f for f in totals if is_named(f)]
    members_opening = metric_of.get(members.id, "")[:2]
    whole_name = [f for f in named if len(words) >= 4 and metric_of[f.id] == words]
    if members_opening and not any(members_opening in metric_of[f.id] for f in whole_name) and any(members_opening in metric_of[f.id] for f in named):
        whole_name = []
    beside = _unless_named_otherwise([f for f in named if f.sentence == members.sentence], totals, words, metric_of)
    for kept in (whole_name, beside):
        if kept and len({f.value for f in kept}) == 1:
            return kept[-1]
    return None


def _made_by_an_averaged_total(average, members, statements: list[Statement], facts: dict, per: Decimal) -> bool:
    """Whether a total that holds an average of its own already, over these members, makes this average
    within a hundredth: the average is of it, and a statement holds one average only."""
    return any(
        s.average is not None and s.average != average.id and same_unit(facts[s.value], average) and facts[s.value].value is not None
        and abs(facts[s.value].value / members.value * per - average.value) <= average.value / 100
        for s in statements
    )


def _one_within(average, word: str, total: Statement, by_value: dict, facts: dict, excluded: set, per: Decimal):
    """Of the counts before the average in the members' measure word, the one whose quotient with the total comes
    within `_WITHIN` of the stated average, when no other count of the word does; else None. Every count of the word
    takes part in that test (a goal, last year's level, an item of a list may be the one meant, which makes it
    ambiguous), but only a level of now, no goal nor an earlier one, is taken."""
    counts = {
        f.value: f for f in sorted(facts.values(), key=lambda f: f.start)
        if f.kind == "count" and f.unit in MEMBERS_OF.get(word, (word,)) and f.value and f.start < average.start
    }
    amount = facts[total.value].value
    within = [f for f in counts.values() if average.value / _WITHIN <= amount / f.value * per <= average.value * _WITHIN]
    one = within[0] if len(within) == 1 else None
    if one is None or one.qualifier != "=" or one.id in excluded or one.id in by_value and not _level(by_value[one.id]):
        return None
    return one


def _the_one(candidates: list, average, is_named) -> object | None:
    """The one candidate in the average's sentence, or the one of them named as the average names it;
    with none there, the one so named in the article (a figure restated, as a headline's in the body, is one).
    None when there is no telling which."""
    in_sentence = [f for f in candidates if f.sentence == average.sentence]
    if len(in_sentence) == 1:
        return in_sentence[0]
    named = [f for f in (in_sentence or candidates) if is_named(f)]
    return named[-1] if named and len({f.value for f in named}) == 1 else None


def _level(statement: Statement) -> bool:
    """A figure that is no goal nor average (亩均工业产值 too)."""
    metric = statement.metric or ""
    return not GOAL_WORDS.search(metric) and not AVERAGE_CUE.search(metric) and not AVERAGED_NAME.search(metric)


def _name_of(fact, by_value: dict) -> str:
    statement = by_value.get(fact.id)
    return (getattr(fact, "object", None) or "") + (statement.metric or "" if statement is not None else "")


_COUNT_SUFFIX = regex.compile(r"(?:存栏|总数|数量|人次|人数|户数|家数|个数|数)$")  # (成母牛存栏, 入境游客人次: the members)
_UNIT_BASIS = regex.compile(r"场次|户数|家数|人数|个数|项数|笔数|件数|企业数")  # 按场次计算: a basis that names the unit alone
_COUNTED_BY_HEAD = frozenset({"个", "家"})  # the measure words of members named by their head (养殖场, 合作社)
_NAMED_MEMBERS = frozenset({"村", "县", "镇", "校", "园", "社", "厂", "院"})  # 村均 over the count of villages (社均: 合作社)
# The measure words an article seldom counts two sets in (栋, 艘, 台): with the members named by nothing but the
# word, the one count of it written before the average is theirs.
_ONE_SET_WORDS = frozenset({"栋", "幢", "艘", "架次", "艘次", "列", "台", "台套", "套", "桌", "宗", "批", "笔", "份", "单", "条", "间", "张", "册", "头", "只"})
_GENERIC_WORDS = frozenset({"个", "家", "所", "支", "座", "处", "次"})  # 平均每个小区, 次均住院费用: the members named after the word
