"""Shares written in a clause of their own that name another figure than the one before them: another
subject's (杭州一城的贡献占到4.05% after 全国…1683.4亿美元) or another part's (远景动力的投资占四成以上 after
该中心总投资10亿英镑). `NamedShares` holds these readings; it is mixed into the linker, which collects
such shares while it reads and hands them out when it has read every clause."""

from __future__ import annotations

from bisect import bisect_right
from os.path import commonprefix

import regex

from extractors.roles import AVERAGE_CUE, LEVEL_KINDS
from extractors.subjects import is_region, opening_place, split_subject
from extractors.wholes import moved_from, one_of_joined, opens_like_a_joined_member, same_unit, share_a_word
from extractors.wording import (
    AMOUNT_NAMED, AN_INCREASE, CLOSED_BRACKETS, NET_CHANGE, OWN_REGION_OPENING, PLACEHOLDER_METRICS, QUOTES, RATIO_WITH, REFERS_BACK, REST_OF_WHOLE, SUMMED_UP, TOTAL_SUFFIX, alike, bases_of, before_the_report_year, is_last_year_figure, measure_of, metrics_alike, named_by, names_a_change, other_measures, same_time, same_words,
    made_and_sold, names_the_other_of_a_pair, negates, other_member, set_and_member, strip_leading, two_char_words,
)
from schemas import Share, Statement, Target

_YEAR_BEFORE_SAID = regex.compile(r"上年|去年")

# The kind a name is of, after it: 海外仓模式 is 海外仓 written as one of the modes listed.
_KIND_WORD = regex.compile(r"(?:模式|方式|渠道|业态)$")
_CHANGE_BEFORE = regex.compile(NET_CHANGE + "$")
# (省级储备比重为57.3%: the name before 比重 as before 占; 研发经费与地区生产总值之比为2.18%: before 与)
# (信息技术服务收入在软件业务收入中的比重为64.1%: 的 after the whole's 在…中)
_SHARE_VERB = regex.compile(rf"占|相当于|(?:(?<=中的)|(?<!这一|该|此|的))比重(?=为|达|是)|{RATIO_WITH}")
# The name of a share's own part: Han characters and Latin letters, no figure nor other words' marks.
# (35岁以下青年人才; 新建、改建房源: a name joining two kinds)
_NAMED_PART = regex.compile(r"(?=.*\p{Han}.*\p{Han})[\p{Han}A-Za-z0-9&]{2,16}(?:、[\p{Han}A-Za-z0-9&]{2,16})?")
_USE_OF = regex.compile(r"\p{Han}{2}用于")  # 衔接资金用于产业发展: how much of a figure goes to a use
_IN_WHOLE = regex.compile(r"在[^,;，；]*?中$|在[^,;，；]*$")
_RATE_ALONE = regex.compile(r"增速|增幅|增长率|涨幅|降幅")
_LIST_SEPARATOR = regex.compile(r"[、和及与]")
_NATIONAL = regex.compile(r"全国|我国")
_RANK = regex.compile(r"\s*(?:位?居|位列|排名?|名列)(?:\p{Han}|[(（][^)）]*[)）]){0,6}?(?:首位?|第[一二三四五六七八九十\d]+位?|前列|榜首)$")
_PER_MEMBER = regex.compile(r"平均每|户均|每家|单个项目|每个项目|项均|每[十百千万]+人口?")
# ,规模78.2亿元: a word of two to four characters labelling the figure that follows a comma.
_LABEL_AFTER = regex.compile(r"[,，]\s*(\p{Han}{2,4}?)(?:为|达到?|约|超过?)?\d")
_NAMES_AN_AMOUNT = regex.compile(r"(?:产值|收入|金额|营业额|销售额|成交额|交易额|利润|税收)$")  # a sum of money, of no tonnage or count
_NAMES_A_COUNT = regex.compile(r"(?<![指系参基分])数量?$")  # 项目数, 企业数量, 人数: a count, not 指数 nor 系数
# (去年同期为4.15亿元), (上届为…): brackets that give a level a year or an edition before; (全省为8426.7万人次) gives none.
_EARLIER_IN_BRACKETS = regex.compile(r"去年|上年|前年|同期|上届|上期|上一")
# ,比上年增长11.6%: a clause of a rate alone, naming no figure (the words between a share and the rate).
_BARE_RATE_AFTER_SHARE = regex.compile(r"[,，]\s*(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)?(?:增长|下降|增加|减少)了?")


def _abbreviates(short: str, name: str) -> bool:
    """规模户 of 规模养蜂户: a name of three characters or more written within the longer one in order, with two
    characters left out at most (not 农业产值 of 农林牧渔专业及辅助性活动产值, nor 小微企业贷款 of 小微企业主经营性贷款)."""
    if len(short) < 3 or len(short) >= len(name):
        return False
    for opening in (at for at, char in enumerate(name) if char == short[0]):
        at = opening
        for char in short[1:]:
            at = name.find(char, at + 1)
            if at < 0:
                break
        if at >= 0 and at - opening + 1 <= len(short) + 2:
            return True
    return False


def _each_named(shares_of_parts: list[tuple]) -> list[tuple]:
    """企业职工和农村转移劳动者分别占培训总量的44.2%和30.7%: shares read with one name that lists as many
    names as there are shares take one name each, in order."""
    listed: dict[str, list[int]] = {}
    for position, (_, named, *_rest) in enumerate(shares_of_parts):
        listed.setdefault(named, []).append(position)
    shares = list(shares_of_parts)
    for named, positions in listed.items():
        names = [name for name in _LIST_SEPARATOR.split(named.removesuffix("分别")) if name]
        if "分别" in named and len(positions) > 1 and len(names) == len(positions):
            for position, name in zip(positions, names):
                shares[position] = (shares[position][0], name, *shares[position][2:])
    return shares


class NamedShares:
    """The shares that name another figure, mixed into the linker."""

    def _other_subject(self, value, share, subject: str | None) -> str | None:
        """The subject that opens the clause of a share after a value's clause (杭州一城的贡献占到4.05%
        after 全国…1683.4亿美元) when it is not the value's: the share is that subject's figure's."""
        start = self._clause_start(share.start)
        if start <= value.start:
            return None
        named, _ = split_subject(self.text[start : share.start])
        return named if named and subject and not subject.startswith(named) else None

    def _other_part(self, value, share, measured: str) -> str | None:
        """What a share's own clause names before 占, after a value's clause, when it is not what the
        value measures: 该中心总投资10亿英镑,远景动力的投资占四成以上 (the share of 远景动力's figure
        in the 10亿); 拥有专利531项,其中发明专利172项,研发人员占比达到35.5% (of nothing stated)."""
        start = self._clause_start(share.start)
        if start <= value.start:
            return None
        lead = self.text[start : share.start]
        if _SHARE_VERB.match(lead) and (before := self._clause_of_words_alone(start, value)):
            lead = before + lead  # 溇北山地片区接待量居首,占全县乡村游客的39.8%: the clause before names the part
        share_word = _SHARE_VERB.search(lead)  # 占, or 相当于 (农村居民人均可支配收入相当于城镇居民的57.1%)
        at = share_word.start() if share_word else -1
        if at < 0:
            return self._part_named_alone(value, lead)
        named = _IN_WHOLE.sub("", strip_leading(lead[:at])).removesuffix("的").removesuffix("所") if at > 0 else ""  # 在全部签约额中占, 所占
        named = QUOTES.sub("", named)  # “新三样”占全省出口总值的10.2%
        named = CLOSED_BRACKETS.sub("", named)  # 执业(助理)医师占卫生技术人员的39.2%: of 执业医师, as its figure is named
        named = regex.split(r"[(（]", named)[-1]  # R&D经费投入强度(R&D经费与地区生产总值之比)为2.18%: the ratio defined
        if len(named) < 2 or PLACEHOLDER_METRICS.fullmatch(named) or not _NAMED_PART.fullmatch(named) or REFERS_BACK.match(named) \
                or _RATE_ALONE.fullmatch(named):  # (增速居各县(市、区)首位,占全市的9.8%: the rank of the figure's rate)
            return None  # (前者, 两者: figures just written, referents.py's)
        if negates(measured, named) or negates(named, measured) or one_of_joined(named, measured):
            return named  # 非住房消费类提取31.44亿元,住房消费类占…: the other member (职工医保 of 职工医保和居民医保…合计…: one member)
        if _abbreviates(named, measured):
            return None  # 规模户占比 after 规模养蜂户418户: the value's own name, shortened
        # A name with a word that the value's metric and subject lack names something else (海外仓模式 after 出口海外仓
        # names the mode the value is of).
        kind_of = _KIND_WORD.sub("", named)
        words = two_char_words(kind_of if len(kind_of) >= 3 else named) - two_char_words(measured)
        return named if any("的" not in word for word in words) else None

    def _part_named_alone(self, value, lead: str) -> str | None:
        """其中,资源枯竭矿井11处、…小煤矿7处,资源枯竭矿井超四成: a share with no 占 whose clause is but the name of a part
        written before in the sentence is that part's (the bound, 超, is the share's own text)."""
        named = lead.strip()
        return named if len(named) >= 2 and any(
            s.metric == named and s.sentence == value.sentence and s.value != value.id for s in self.statements
        ) else None

    def _named_before_in_sentence(self, words: set[str], whole) -> bool:
        """Whether a figure before `whole` in its sentence has a metric holding every one of these words."""
        return bool(words) and any(
            self.doc_facts[s.value].sentence == whole.sentence and self.doc_facts[s.value].end <= whole.start
            and all(word in (s.metric or "") for word in words)
            for s in self.statements
        )

    def _clause_of_words_alone(self, start: int, value) -> str | None:
        """The clause right before the one opening at `start`, when it follows `value` and holds no figure, without
        the rank it tells (溇北山地片区接待量居首: 溇北山地片区接待量; 居全省第一 names nothing)."""
        index = bisect_right(self.clause_starts, start - 1) - 1
        if index < 0 or self.clauses[index][0] <= value.start or self.by_clause[index]:
            return None
        return _RANK.sub("", self.text[self.clauses[index][0] : start].rstrip(",，")) or None

    def _give_named_shares(self, facts: list, metric: str, first: Share, subject: str | None = None, besides=None) -> bool:
        """A clause of shares that names their parts and no value (第三产业增加值占地区生产总值的比重为47.0%;
        接待游客和旅游收入分别相当于全国的7.7%和6.6%): each share goes to the figure before that its
        name fits best, as long as every name finds one; the first keeps its point change."""
        shares = [f for f in facts if f.kind == "percent" and f.form in ("percent", "fraction") and self._role(f) == "share"]
        if _USE_OF.search(metric):
            return False  # 衔接资金用于产业发展的比重为62.4%: a share within the fund it names, not the fund's
        names = [name for name in _LIST_SEPARATOR.split(metric.removesuffix("分别")) if name]
        if len(names) > 1 and besides is None and any((s.metric or "").startswith(metric) for s in self.statements):
            # 市政和产业园区基础设施占比为34.5%: the name of one figure (…基础设施安排58.6亿元, after its list's verb), no list
            # (unless after 其中)
            names = [metric]
        if subject and is_region(subject):  # 全省快递业务量和业务收入: the province's 业务收入 too
            names = [subject + name for name in names]
        opening = self._name_opening_the_sentence(shares[0]) if len(names) == 1 and shares else None
        names = [opening + names[0]] if opening else names
        if len(names) == 1:
            shares = shares[:1]
        if not shares or len(names) != len(shares):
            return False
        # 占全县438.5亿元的71.3%: a whole written inside the share, whose unit the part's must be (二手住宅成交面积占
        # …合计1250.7万平方米的51.0% is of 638.2万平方米, not of 6.47万套).
        inlines = [self._whole_written_in(self._clause_start(share.start), share) for share in shares]
        # 先进制造业投资占签约总额的51.5%…;数字经济占18.2%: a share naming no whole, after a sibling's in its sentence,
        # is of the sibling's whole, and so of a figure of its unit.
        likes = [inline if inline is not None or self._share_of(share) else self._sibling_part(share) for share, inline in zip(shares, inlines)]
        given = [
            (self._named_figure(name, share, like=like, besides=besides, taken_too=True), share, inline)
            for name, share, inline, like in zip(names, shares, inlines, likes)
        ]
        given = [(self._figure_meant(position, share), share, inline) for position, share, inline in given]
        # (快餐小吃类企业数量不足四成,营业额却占…: the opening names the member even past a share of its own clause)
        member = opening or (self._name_opening_the_sentence(shares[0], past_shares=True) if len(names) == 1 else None)
        if member and (parallel := self._parallel_member(member, given[0][0])) is not None:
            given = [(parallel, *given[0][1:])]
        if any(position is None for position, _, _ in given) or len({position for position, _, _ in given}) < len(given):
            return False
        if any(names_the_other_of_a_pair(name, self.statements[position].metric or "") for name, (position, _, _) in zip(names, given)):
            return False  # (城市低保标准全年为10380元,…;农村低保标准相当于…的41.1%: the other member's, not the figure found)
        if any(_names_one_of_the_whole(name, self.statements[position].metric or "", self._share_of(share)) for name, (position, share, _) in zip(names, given)):
            return False  # (公立医院…其中三级医院94家…。三级医院日间手术占择期手术的比例达到18.5%: operations, no hospitals)
        owns = []
        for position, share, inline in given:
            own = first if share.id == first.value else Share(of=self._share_of(share), value=share.id)
            if own.whole is None and inline is not None:
                own = own.model_copy(update={"whole": inline.id, "whole_by": "metric"})
            held = self._held_share(self.statements[position])
            if held is not None and own.whole is None and (own.of is None or held.of == own.of):
                return False  # a second share of one whole: no guess which figure it is of (unless its whole is given)
            owns.append((position, own))
        for position, own in owns:
            statement = self.statements[position]
            if self._held_share(statement) is None:
                self.statements[position] = statement.model_copy(update={"share": own})
            else:  # 退税减税降费28.64亿元,…占箐州市…的31.4% … 退税减税降费总额相当于税收收入的25.5%: a second share
                self.second_shares.append((statement.id, own))
        return True

    def _parallel_member(self, opening: str, found: int | None) -> int | None:
        """正餐、快餐小吃…分别有68家、52家…,对应营业额82.7亿元、61.3亿元…。快餐小吃类企业…营业额占…的32.9%: of a
        list of figures written beside a list of members the sentence opening names one of, the figure at that
        member's place (61.3亿元, not 82.7亿元), when the figure found by name is one of that list."""
        if found is None:
            return None
        figure = self.statements[found]
        sentence = [s for s in self.statements if s.sentence == figure.sentence]
        members = [s for s in sentence if self.doc_facts[s.value].kind == "count" and not same_unit(self.doc_facts[s.value], self.doc_facts[figure.value])]
        named = [at for at, s in enumerate(members) if (s.metric or "").startswith(opening)]
        listed = [s for s in sentence if same_unit(self.doc_facts[s.value], self.doc_facts[figure.value]) and s.metric == figure.metric]
        if len(named) != 1 or len(listed) != len(members) or len(listed) < 2 or figure not in listed:
            return None
        return self.statements.index(listed[named[0]])

    def _labelled_beside(self, name: str, metric: str, figure) -> int | None:
        """The position of the figure written right after this one under the word the name ends on, when
        the rest of the name is what this figure's metric ends on (产业投资子基金11支,规模78.2亿元 for
        子基金规模; not 外国语学校和国际学校共有31所,在校生4.26万人 for 外国语学校在校生): that figure is the one
        named, not this."""
        label = _LABEL_AFTER.match(self.text, figure.end, figure.end + 12)
        rest = name.removesuffix(label.group(1)) if label is not None else ""
        if len(rest) < 2 or rest == name or not metric.endswith(rest):
            return None
        return next((p for p, s in enumerate(self.statements) if label.start(1) < self.doc_facts[s.value].start < label.end()), None)

    def _name_opening_the_sentence(self, share, past_shares: bool = False) -> str | None:
        """液态奶、…和其他业务分别实现收入90.12亿元、…。液态奶仍是第一大业务板块,收入占营业收入的比重为61.6%:
        the name of a figure written before that the share's sentence opens on, in a clause before the
        share's, which the share's own name (收入) narrows to that figure; unless that clause holds a share of its own
        (先进制造业投资占…;数字经济占18.2%), or `past_shares`."""
        sentence_start = self.doc.sentences[share.sentence][0]
        clause_start = self._clause_start(share.start)
        if clause_start <= sentence_start:
            return None
        if not past_shares and any(sentence_start <= f.start < clause_start and f.kind == "percent" and self._role(f) == "share" for f in self.doc_facts.values()):
            return None  # 先进制造业投资占签约总额的51.5%…;数字经济占18.2%: the opening names the share of its own clause
        names = {
            s.metric[:length] for s in self.statements if s.metric and s.sentence < share.sentence
            for length in range(2, len(s.metric) + 1) if self.text.startswith(s.metric[:length], sentence_start)
        }
        return max(names, key=len, default=None)

    def _figure_meant(self, position: int | None, share) -> int | None:
        """The figure a share given by name to the one at `position` is of: the amount written with a quantity, or the
        part of a whole that the share's whole names."""
        at = None if position is None else self._amount_named_with(position, share)
        return None if at is None else self._part_named_by_the_whole(at, share)

    def _part_named_by_the_whole(self, position: int, share) -> int:
        """补贴资金4.75亿元,其中…数码产品购新补贴0.66亿元…。补贴资金相当于数码产品销售额的14.0%: a share given by name to a
        whole of parts is of the one part whose name holds the words the share's whole opens on (数码产品) and the whole's name lacks."""
        whole = self.statements[position]
        of = self._share_of(share) or ""
        parts = [at for at, s in enumerate(self.statements) if s.part_of == whole.id and s.metric]
        named = [at for at in parts if _opens_on_words_apart(of, self.statements[at].metric, whole.metric or "")]
        return named[0] if len(named) == 1 else position

    def _amount_named_with(self, position: int, share) -> int | None:
        """出口柑橘15.8万吨,出口额1.94亿美元,…;柑橘占全省水果出口额的33.3%: a share of an amount, given by name to a
        quantity, is of the amount written after the quantity in its sentence (named as the share's whole is, 出口额);
        with none so named, of no figure (住宅用地成交34宗…,成交价分别为…;住宅用地成交价占成交总价的74.4%: not the count's)."""
        figure = self.doc_facts[self.statements[position].value]
        of = self._share_of(share) or ""
        if figure.kind not in ("count", "measure") or not AMOUNT_NAMED.search(of):
            return position
        for later in range(position + 1, len(self.statements)):
            statement = self.statements[later]
            amount = self.doc_facts[statement.value]
            if amount.sentence != figure.sentence or amount.start > share.start:
                break
            if amount.kind == "money" and (named := AMOUNT_NAMED.search(statement.metric or "")) and of.endswith(named.group()) and not self._is_base(statement):
                return later
        return None

    def _named_figure(self, name: str, share, slot: str = "share", subject: str | None = None, like=None, besides=None, taken_too=False) -> int | None:
        """The position of the figure before a share (or a completion rate, `slot` "target") that its
        name fits best: in the body rather than the headline, then not of another place than `subject`
        (旅游花费占全国的9.4% after the capital's 旅游花费54.36亿元 is the province's), with most of the
        name's characters, then exact, then fewest other characters; no year-earlier figure, none with
        a rate in the slot, and none of the country when the share is of the country's (占全国的6.2%).
        A figure whose slot is taken gives way to none of its own parts: `taken_too` returns it then, or,
        for a completion rate, when it alone fits (its second)."""
        of = self._share_of(share) or ""
        name = same_words(name)  # 服务业增加值 names 第三产业增加值
        named_time = self._date_between(self._clause_start(share.start), share.start)
        if named_time is not None and self.text[max(0, named_time.start - 1) : named_time.start] in ("比", "较"):
            named_time = None  # 配电网投资比上年的195.8亿元增长18.3%: the time compared with names no figure
        best, best_score, best_said, tied = None, None, None, False
        best_taken, best_taken_score, best_taken_metric = None, None, None
        labelled = None

        # A completion rate's share (of 目标) repeats its target: the slot is free for a share of a whole.
        def taken(statement: Statement) -> bool:
            return self._held_share(statement) is not None if slot == "share" else getattr(statement, slot) is not None

        metrics = {same_words(s.metric) for s in self.statements if s.metric}
        in_set = set_and_member(name)  # 新设经营主体中第一产业占3.1%: a figure that names the member (第一产业), if any
        for position, statement in enumerate(self.statements):
            said = same_words(named_by(statement))
            figure = self.doc_facts[statement.value]
            # 光伏装机 opens on 光伏, a figure whose subject is 全市 (全市光伏 holds no 光伏装机 whole)
            metric = same_words(statement.metric or "")
            # 一季度新登记2157户…企业1937户…。新登记企业同比增长17.3%: the figure of the name's head (企业), which another
            # figure's name (新登记) opens, before that one
            headed = len(metric) >= 2 and name.endswith(metric) and name[: -len(metric)] in metrics
            # 煤炭吞吐量下降3.6% after 干散货中煤炭5126.3万吨: the member of a set, named with the set's measure
            member = set_and_member(statement.metric)
            names_member = member is not None and name.startswith(member[1])
            alike_named = metrics_alike(name, said) or metrics_alike(TOTAL_SUFFIX.sub("", name), said) or len(metric) >= 2 and name.startswith(metric) \
                or headed or names_member
            if figure.kind == "percent" or self._is_base(statement) or self._earlier_level(figure) or not alike_named or figure.start > share.start \
                    or moved_from(self.text, figure.start, figure.end) \
                    or _CHANGE_BEFORE.search(self.text, max(0, figure.start - 4), figure.start) and not AN_INCREASE.search(name):
                continue  # (其中新能源汽车占71.6% is no share of 新能源汽车销量 written after it; 企业占… of no 净增1.58万户, unless 增量占)
            if other_measures(name, statement.metric):
                continue  # 居民医保基金支出相当于当年收入的96.1% names no 居民医保基金收入
            if in_set is not None and in_set[1] not in said:
                continue
            if other_member(name, said):
                continue  # 第二产业用电占…的66.3% names no 第一产业用电量 (members of one partition, rules/link.toml)
            if _of_another_kind(name, metric, metrics):
                continue  # 四大高载能行业用电量占工业用电量的 names no 制造业用电量, 高技术制造业用电量 no 制造业用电量
            if figure is besides:
                continue  # 差距为20972元,农村居民收入相当于城镇居民的53.8%: the share was the value's to give away
            whole_name = of.removesuffix("的")
            if len(whole_name) >= 2 and not is_region(whole_name) and whole_name in (statement.metric or "") and whole_name not in name \
                    and not metric.startswith(name):
                continue  # nor is 城镇居民人均可支配收入, the figure it is of (体育服务业总产出 is 体育服务业's, of 总产出)
            if len(whole_name) >= 2 and metric == same_words(whole_name) and len(name) > len(metric):
                continue  # 新能源汽车产量占汽车产量的42.3%: 汽车产量 is the whole, not the figure named
            if _NAMES_A_COUNT.search(name) and figure.kind != "count" or measure_of(name) is not None and figure.kind == "count" \
                    or _NAMES_AN_AMOUNT.search(name) and figure.kind != "money":
                # 外资项目数占签约项目总数的21.7% names no 外资企业项目签约额319.5亿元 (nor 增加值 a count of firms, nor
                # 碧根果休闲食品产值 the tonnage 碧根果1.08万吨)
                continue
            if (beside := self._labelled_beside(name, metric, figure)) is not None:
                labelled = beside  # 子基金规模占…的61.8% names 规模78.2亿元 written after 产业投资子基金11支, not the count
                continue
            if like is not None and not same_unit(like, figure):
                continue  # 购车总量比去年同期的14206辆增长43.0%: of a figure in 辆, not 补贴申请21468份
            if slot == "change" and like is not None and share.form == "percent" and None not in (like.value, figure.value) and not like.value / 10 <= figure.value <= like.value * 10:
                continue  # 领取失业保险金人数比上年同期的2.51万人下降6.0% names no 失业保险参保人数186.4万人, far from that level
            if _PER_MEMBER.search(statement.metric or "") and not _PER_MEMBER.search(name):
                continue  # 户均1305万元 is no 发放额 (人均收入 is a level of its own)
            if like is not None and AVERAGE_CUE.match(statement.metric or "") and not AVERAGE_CUE.match(name) and not AVERAGE_CUE.match(of):
                continue  # 人均体育消费2386元 is no part of 体育消费占居民消费支出2764.8亿元的
            if of.startswith(("全国", "我国")) and _NATIONAL.search(said):
                continue
            if statement.period is not None and self.doc_facts[statement.period].text in of:
                continue  # 占今年以来签约总额的: the figure of 今年以来 is the whole, no part
            if statement.subject and is_region(statement.subject) and of.removesuffix("的") == statement.subject:
                continue  # 潼溪市新增就业占全省的11.0% is no share of 全省's own figure
            if is_last_year_figure(statement, self.doc_facts):
                continue  # 去年国庆假期7天,全省接待游客4618.5万人次: last year's figure takes no share of this year
            if self._years_before(statement):
                continue  # 恢复至2019年同期(1653.4万人次)的108.2%: a level of years before takes no share
            # 省会泓州市接待游客 names another place than 昭湖省 in its metric, as a subject would.
            place, measure = _place_and_measure(same_words(statement.metric or ""))
            measure = TOTAL_SUFFIX.sub("", measure)  # 居民体育消费总规模 measures 体育消费 as well as 体育培训与教育消费 does
            elsewhere = bool(statement.subject) and statement.subject != subject and not is_region(statement.subject) or bool(place) and place not in name
            # 全市软件业务收入完成年度目标…的74.8% after 全省同期完成软件业务收入3124.3亿元: not the province's
            elsewhere = elsewhere or bool(subject) and is_region(subject) and bool(statement.subject) and is_region(statement.subject) \
                and statement.subject[:2] != subject[:2]
            # 棠岙经济开发区…协议投资206.8亿元,到位资金98.6亿元,协议投资和到位资金分别占全县的…: the sentence's own first
            here = figure.sentence == share.sentence
            # A subject the name holds whole (全省 of 全省业务收入), then the measure: 莳山县接待游客 is the county's
            # 接待游客, not 全县接待住宿游客 by the 县 of its subject.
            subject_named = bool(statement.subject) and same_words(statement.subject) in name
            fit = (subject_named, len(set(name) & set(measure)), -len(set(measure) - set(name)), len(set(name) & set(said)))
            # 中职、高职分别为8.12万人和6.05万人;中职在校生占…: the member the name opens on (中职), before the whole (职业院校在校生)
            opens_on = len(metric) >= 2 and name.startswith(metric) or names_member
            # (住宅用地收入占比 opens on 住宅用地 of 住宅用地38宗 but names an amount: 住宅用地出让收入142.8亿元's)
            opens_on = opens_on and not (figure.kind != "money" and measure_of(name[len(metric) :]) is not None)
            # 第三季度营业收入同比增长21.4% after 一、二、三季度分别实现营业收入…: the figure of the quarter it names
            of_named_time = named_time is not None and statement.period is not None and same_time(named_time, self.doc_facts[statement.period])
            # 基层医疗卫生机构诊疗人次所占比重: a name ending on a unit (人次) is of a figure in it (1.48亿人次, not 36810个)
            unit = getattr(figure, "unit", None) or ""
            in_named_unit = len(unit) >= 2 and name.endswith(unit)
            # 高技术产业占实际使用外资的比重 names 高技术产业实际使用外资 whole, the name and the whole's measure, before
            # 高技术服务业, a part of it
            # (高技术产业占全市实际使用外资的 names 高技术产业实际使用外资, the whole's place aside)
            named_with_measure = len(whole_name) >= 2 and metric in (same_words(name + whole_name), same_words(name + OWN_REGION_OPENING.sub("", whole_name)))
            score = (figure.sentence > 0, not elsewhere, in_named_unit, of_named_time, here, named_with_measure, headed, opens_on, *fit, figure.qualifier == "=", -len(set(said) - set(name)))
            if taken(statement):
                if best_taken_score is None or score > best_taken_score:
                    best_taken, best_taken_score, best_taken_metric = position, score, metric
            elif best_score is None or score > best_score:
                best, best_score, best_said, tied = position, score, said, False
            elif score == best_score and said != best_said:
                tied = True  # 第一产业增加值 and 第三产业增加值 for 服务业增加值 without the rule: no guess
        if labelled is not None:
            return None if taken(self.statements[labelled]) else labelled
        # 退税减税降费总额相当于税收收入的25.5%: the total's (its share of the city taken), not 新增减税降费's, a part;
        # 床位总数为…目标38000张的101.7% after 新增床位完成…的111.7%: the second completion rate of the one figure named
        # (…5873.4亿元,其中跨境人民币所占比重为42.9%: a share of the whole given, a second share of the one figure
        # named in the body, its headline copy aside)
        in_headline = best is not None and self.doc_facts[self.statements[best].value].sentence == 0
        second_of_one = best is None and slot == "target" or besides is not None and (best is None or in_headline)
        over_a_part = best is not None and best_taken is not None and best_taken_score > best_score \
            and self._may_be_part(self.statements[best], self.statements[best_taken])
        # 实物商品网络零售额占社零总额的比重为25.7% after 实物商品网络零售额402.15亿元,…占网络零售额的82.6%: the
        # figure of that very name takes a second share, not 商品零售额, whose name it only holds
        named_exactly = best_taken is not None and best_taken_metric == name and best is not None \
            and same_words(self.statements[best].metric or "") != name and best_taken_score > best_score
        if best_taken is not None and not is_region(name) and (second_of_one or over_a_part or named_exactly):
            return best_taken if taken_too else None
        if best is not None and not tied:  # 实物商品网上零售额 names the part 实物商品 of 网上零售额
            whole, whole_metric = self.statements[best].id, self.statements[best].metric or ""
            part = next((p for p, s in enumerate(self.statements) if s.part_of == whole and s.metric and len(s.metric) >= 2
                         and name.startswith(s.metric) and metrics_alike(name[len(s.metric) :], whole_metric)), None)
            if part is not None and getattr(self.statements[part], slot) is not None:
                return None  # the part's slot is taken: no guess at its whole
            best = part if part is not None else best
        if best is not None and not tied and self._written_as_its_rate(name, self.statements[best], share):
            return None
        if best is not None and self.doc_facts[self.statements[best].value].sentence == 0:
            # 综保区上半年进出口286.47亿元 in the headline restates the body's 进出口总值286.47亿元,同比增长14.6%:
            # with the body's slot taken, 全市进出口增长5.8% is of neither.
            text = self.doc_facts[self.statements[best].value].text
            if any(self.doc_facts[s.value].sentence > 0 and self.doc_facts[s.value].text == text and taken(s) for s in self.statements):
                return None
        return None if tied else best

    def _written_as_its_rate(self, name: str, candidate: Statement, share) -> bool:
        """工业投资增长21.4%…;工业投资占固定资产投资的比重为64.2%: the figure the name is exactly written
        for is a rate alone, after a figure the name only resembles (世界500强企业投资项目2个): the share is
        of that figure, which is not stated."""
        if same_words(named_by(candidate)).endswith(name):
            return False
        after = self.doc_facts[candidate.value].start
        return any(
            self.doc_facts[s.value].kind == "percent" and same_words(s.metric or "") == name
            and after < self.doc_facts[s.value].start < share.start
            for s in self.statements
        )

    def _years_before(self, statement: Statement) -> bool:
        """A figure dated two years or more before the article was published."""
        period = self.doc_facts[statement.period] if statement.period is not None else None
        published = self.doc.published
        return published is not None and period is not None and period.resolved is not None and period.resolved.end.year < published.year - 1

    def _sibling_part(self, share):
        """The figure of the last share given before `share` in its sentence."""
        siblings = [(self.doc_facts[s.share.value].start, self.doc_facts[s.value]) for s in self.statements if s.share is not None
                    and self.doc_facts[s.share.value].sentence == share.sentence and self.doc_facts[s.share.value].start < share.start]
        return max(siblings, key=lambda pair: pair[0])[1] if siblings else None

    @staticmethod
    def _held_share(statement: Statement) -> Share | None:
        """A statement's share, unless it repeats its completion rate (of 目标), whose slot is free."""
        held = statement.share
        return None if held is None or held.of == "目标" and statement.target is not None else held

    def _may_be_part(self, statement: Statement, whole: Statement) -> bool:
        """Whether a figure is smaller than a whole of its unit, so that it may be one of its parts."""
        figure, total = self.doc_facts[statement.value], self.doc_facts[whole.value]
        return same_unit(figure, total) and None not in (figure.value, total.value) and figure.value < total.value

    def _give_named_change(self, facts: list, metric: str, change, target=None, share=None) -> bool:
        """签约总额比去年同期在沪举办的推介会的173.9亿元增长24.4% in a sentence of its own: the rate of the
        figure the clause names (else of the last figure of its unit in the sentence before), measured
        from the earlier level written in it; a completion rate after it goes along."""
        # 比…的173.9亿元增长24.4%, or 其中日本增长48.2%(去年同期为4.15亿元): the level it grew from.
        level = next((f for f in facts if f.kind in LEVEL_KINDS and (self._earlier_level(f) or self._earlier_in_brackets(f))), None)
        rate = self.doc_facts[change.value]
        position = self._named_figure(metric, rate, slot="change", like=level) if level is not None else None
        if position is None and level is not None:
            position = self._listed_member_named(metric, level)
        # (其中,生物药品制造营业收入比去年同期的…增长18.6%: a part of a figure before, not that figure)
        of_a_part = level is not None and self.text[self.doc.sentences[level.sentence][0] : level.start].lstrip().startswith("其中")
        if position is None and level is not None and not of_a_part:  # 签约总额 after …总投资216.4亿元。: the sentence before's figure
            position = next((
                p for p in range(len(self.statements) - 1, -1, -1)
                if self.doc_facts[self.statements[p].value].sentence == level.sentence - 1
                and self.statements[p].change is None and alike(level, self.doc_facts[self.statements[p].value])
                and not self._is_base(self.statements[p]) and self.statements[p].part_of is None
                and not AVERAGE_CUE.search(self.statements[p].metric or "")  # 平均单个项目投资7.73亿元 is no total
                and set(metric) & set(self.statements[p].metric or "")  # (…偿还112.2亿元,其余26.4亿元。利息支出比上年的…: no word of it)
                and self._comparable_level(self.doc_facts[self.statements[p].value], level)
            ), None)
        if position is None or not same_unit(level, self.doc_facts[self.statements[position].value]):
            return False
        update = {"change": change.model_copy(update={"base": level.id})}
        if target is not None and self.statements[position].target is None:  # 完成年度开工目标200个的86.5%
            update |= {"target": target, "share": share}
        elif target is None and share is not None and self.statements[position].share is None:
            update["share"] = share  # 较上年的64.8亿元增长10.0%,在全省实际使用外资中的比重达到38.0%
        self.statements[position] = self.statements[position].model_copy(update=update)
        return True

    def _listed_member_named(self, name: str, level) -> int | None:
        """租赁提取比上年的11.81亿元增长21.6% after …提取148.37亿元,分别为购建房…和租赁住房14.36亿元。: a name made of
        a listed member's first word (租赁) and what the list measures (提取, written before the member in its
        sentence) is that member's, when it is the only one of the sentence before to open on that word."""
        head, measure = name[:2], name[2:]
        if len(measure) < 2:
            return None
        found = [
            p for p, s in enumerate(self.statements)
            if self.doc_facts[s.value].sentence == level.sentence - 1 and (s.metric or "").startswith(head)
            and s.change is None and not self._is_base(s) and same_unit(level, self.doc_facts[s.value])
        ]
        if len(found) != 1:
            return None
        figure = self.doc_facts[self.statements[found[0]].value]
        opening = self.doc.sentences[figure.sentence][0]
        return found[0] if measure in self.text[opening : figure.start] else None

    def _comparable_level(self, figure, level) -> bool:
        """A figure a level of the year before may have grown into: not a change written alone (下降0.45元),
        and within a factor of ten of it (0.45元 did not grow 8.0% from 489.3亿元)."""
        if names_a_change(self.text[self._clause_start(figure.start) : figure.start]):
            return False
        return None in (figure.value, level.value) or level.value / 10 <= figure.value <= level.value * 10

    def _earlier_in_brackets(self, fact) -> bool:
        opening = self._bracket_opening(fact)
        return opening is not None and self._bracket_end(fact) is not None and bool(_EARLIER_IN_BRACKETS.search(self.text, opening, fact.start))

    def _give_named_target(self, rate, metric: str, subject: str | None = None, mirrored: bool = True) -> bool:
        """到位资金完成年度目标790亿元的52.2% in a sentence of its own: the completion of the figure the
        clause names, against the target amount written in it; `mirrored`, also as its share of the target
        when its share is free (not when a share named apart may still come to it)."""
        goal = self._money_between(self._clause_start(rate.start), rate.start)
        position = self._named_figure(metric, rate, slot="target", subject=subject, taken_too=True) if goal is not None else None
        if position is None or not alike(goal, self.doc_facts[self.statements[position].value]):
            return False
        statement = self.statements[position]
        if statement.target is not None:  # 新增床位完成…111.7%。…床位总数为…目标38000张的101.7%: a second completion rate
            if statement.id in self.second_targets:
                return False
            self.second_targets[statement.id] = Target(value=goal.id, rate=rate.id)
            return True
        update = {"target": Target(value=goal.id, rate=rate.id)}
        if statement.share is None and mirrored:
            update["share"] = Share(of="目标", value=rate.id, whole=goal.id, whole_by="target")
        self.statements[position] = statement.model_copy(update=update)
        return True

    def _opens_alone(self, named: str, candidate: Statement, whole_metric: str | None) -> bool:
        """Whether the candidate is the one figure of its sentence whose metric opens as the name does, a part listed
        with others, when the figure before the share does not open so."""
        opening = named[:2]
        alike = [s for s in self.statements if s.sentence == candidate.sentence and (s.metric or "")[:2] == opening]
        return candidate.part_of is not None and alike == [candidate] and not (whole_metric or "").startswith(opening)

    def _part_by_measure(self, named: str, candidate: Statement) -> bool:
        """其中…制造业3587.4亿元…,制造业产值占比达86.8%: a part named by its metric and its whole's measure."""
        metric = candidate.metric or ""
        whole = next((s for s in self.statements if s.id == candidate.part_of), None) if candidate.part_of else None
        measure = named[len(metric) :]
        return len(metric) >= 2 and named.startswith(metric) and len(measure) >= 2 and whole is not None and measure in (whole.metric or "")

    def _give_shares_to_parts(self) -> None:
        """Each share that names its part goes to the latest figure before it in its sentence, of the
        whole's kind and unit, smaller and without a share, whose metric or subject holds a word of the
        name that the whole's metric does not (远景动力 of 远景动力宣布投资4.5亿英镑), as a share of the
        figure just before unless it names its whole (占汽车新车总销量的40.9%). A name written
        earlier in the whole's own sentence is the whole's subject (民营企业是外贸增长的主力,进出口4.3万亿元
        …民营企业的占比为63.6%): the share stays the whole's. Else it is the share of nothing stated; one with its
        point change (肉牛规模养殖比重达到64.0%,上年为60.5%,提高3.5个百分点) stands as a rate of its own."""
        by_value = {s.value: position for position, s in enumerate(self.statements)}
        twins, alone = [], []
        for share, named, whole, whole_metric, own in _each_named(self.shares_of_parts):
            whole_metric = whole_metric or ""
            if _JOINED_SUM.fullmatch(named):
                continue  # 社区公园和游园合计占比超过八成: of what two figures make together, which no figure holds
            # (职工医保和居民医保基金收入…合计1177.64亿元,其中职工医保占70.7%: one of the members the total is named by)
            joined = one_of_joined(named, whole_metric or "")
            words = two_char_words(named) - (set() if joined else two_char_words(whole_metric))
            given = None
            # (其余2403个依托供销社…,依托邮政网点的占39.0%: the rest is no member the share names)
            rest = REST_OF_WHOLE.search(self.text, max(0, whole.start - 3), whole.start) is not None
            # (not 职工医保 of 职工医保和居民医保基金收入, nor 住房补贴 of 住房补贴、安家补贴…支出: one of the members a total names)
            named_so = named.startswith(whole_metric) or len(named) >= 4 and whole_metric.startswith(named) \
                and not _LIST_SEPARATOR.match(whole_metric, len(named))
            if len(whole_metric) >= 2 and named_so and whole.id in by_value \
                    and self.statements[by_value[whole.id]].share is None and not rest:
                # 省本级2316.5亿元,市县16326.2亿元,市县债务占87.6%: the figure just named, with its measure (or without:
                # …和燃料电池及整车应用环节分别实现产值…113.9亿元,其中燃料电池及整车应用环节占…)
                self.statements[by_value[whole.id]] = self.statements[by_value[whole.id]].model_copy(update={"share": own})
                continue
            if own.of and whole.id in by_value and self.statements[by_value[whole.id]].share is None and self._sums_unnamed_parts(whole, named):
                # 淡水养殖产量158.4万吨,与海水养殖合计385.5万吨,养殖产品占…的79.3%: the sum, which no part's name opens as the share's
                self.statements[by_value[whole.id]] = self.statements[by_value[whole.id]].model_copy(update={"share": own})
                continue
            shared_with_whole = len(two_char_words(named) & two_char_words(whole_metric or ""))
            opens_alike = named[:2] in (whole_metric or "") and not negates(whole_metric or "", named) and not joined  # (远洋航线 after 近洋航线: a sibling)
            # (B2B出口…,B2C出口87.75亿元,B2B出口占…的: not when a figure before in the sentence holds the words the name adds)
            if own.of and opens_alike and shared_with_whole >= max(2, len(words)) and whole.id in by_value \
                    and self.statements[by_value[whole.id]].share is None and not rest and self._alone_in_clause(whole) \
                    and not self._named_before_in_sentence(words, whole):
                # 发行交通专项债券312.5亿元,专项债券资金占全省交通投资的24.3%: the figure just named, in more words
                at = self._current_of(by_value[whole.id])
                self.statements[at] = self.statements[at].model_copy(update={"share": own})
                continue
            holder = self.statements[by_value[whole.id]] if whole.id in by_value else None
            if not own.of and holder is not None and holder.part_of and holder.share is None and whole_metric[:2] == named[:2] \
                    and not joined and not rest and not self._sibling_opening_alike(holder, named):
                # 其中…基础类项目2.36万项,智能安全监护类项目9800项,智能化改造项目占比近三成: the part just named, opening
                # alike, whose share of the whole it is a part of
                self.statements[by_value[whole.id]] = holder.model_copy(update={"share": own})
                continue
            part = self._part_named(named, whole)
            if part is not None and part.share is not None:  # 其中实物商品471.3亿元(占82.8%)…实物商品网上零售额相当于社零总额的28.7%
                twins.append((part.id, part.model_copy(update={"id": f"{part.id}.{share.id}", "share": own, "change": None, "target": None, "part_of": None})))
                continue
            # 模拟芯片、…传感器芯片…分别实现收入…,模拟芯片收入占营业收入的44.9%: the figure sharing most words, the latest of those
            most = (0, False)
            refers_back = REFERS_BACK.search(self.text, self._clause_start(share.start), share.start) is not None  # 这部分企业的结算量占
            # (出口交货值156.8亿元,上年为124.1亿元,…,出口交货值占营业收入的12.2%: a share dated nothing is of the level now,
            # not of its base)
            dated_before = _YEAR_BEFORE_SAID.search(self.text, self._clause_start(share.start), share.start) is not None
            bases = {base for s in self.statements for base in bases_of(s)}
            # (液态奶…同比下降6.2%,上年为54.66亿元;乳粉收入占比近两成: the level a change is from is no whole the share is of)
            whole_was = not dated_before and (whole.id in bases or whole.id in by_value and before_the_report_year(self.statements[by_value[whole.id]], self.doc_facts))
            for position in range(len(self.statements) - 1, -1, -1):
                candidate = self.statements[position]
                figure = self.doc_facts[candidate.value]
                # (…分别完成投资21.7亿元、27.1亿元和37.6亿元,110千伏及以下电网投资占…: the last of a list may be the one named)
                last_listed = figure.id == whole.id and position and self._listed_after(self.statements[position - 1], whole)
                if figure.sentence != whole.sentence or figure.end > whole.start and not last_listed or candidate.share is not None:
                    continue
                if not dated_before and candidate.value in bases:
                    continue
                said = (candidate.metric or "") + (candidate.subject or "")
                if other_member(named, candidate.metric or "") or joined and one_of_joined(named, candidate.metric or ""):
                    continue  # 市级资金0.38亿元,县级配套0.43亿元,县级资金占…: not the figure of another member
                if named[:2] not in (candidate.metric or "") and opens_like_a_joined_member(named, whole_metric or ""):
                    continue  # 新建商品住房网签11248套,新房和二手房合计成交29880套,其中二手住房占62.4%: the other member's
                # Smaller than the figure before, unless the share names its own whole (占汽车新车总销量的).
                smaller = own.of is not None or (figure.value is not None and whole.value is not None and figure.value < whole.value)
                # 货物贸易收付438.6亿美元,服务贸易61.5亿美元,…88.8亿美元,货物贸易占比71.6%: the member of that very
                # name, larger than the figure before, is of the whole of their list, found later
                # (签约先进制造业项目158个,…,先进制造业项目占比为59.2%: the name after the verb; 中央财政资金17.26亿元、
                # 省级财政资金4.48亿元,中央资金所占比重为79.4%: the name in fewer words, opening and ending alike)
                metric = candidate.metric or ""
                # (母港邮轮121艘次、访问港邮轮35艘次,母港航次占比达77.6%: the one member of the sentence opening alike)
                alike_ends = len(named) >= 4 and metric[:2] == named[:2] and (metric[-2:] == named[-2:] or self._opens_alone(named, candidate, whole_metric))
                member = not smaller and (metric.startswith(named) or metric.endswith(named) or alike_ends or self._part_by_measure(named, candidate)) \
                    and not one_of_joined(named, metric)
                shared = sum(word in said for word in words)
                # (加上春季商品交易会成交额57.9亿元,…累计成交126.8亿元,其中秋交会成交额占54.3%: a name opening on a word
                # that neither the figure's sentence up to it nor the whole has names another figure)
                sentence_start = self.doc.sentences[figure.sentence][0]
                opens_apart = named[:2] not in self.text[sentence_start : figure.end] and named[:2] not in (whole_metric or "") and not refers_back
                # (依托邮政网点、…、村级便民超市和其他场所建设的分别为…,依托村级便民超市建设的占39.8%: a member of the list
                # the share follows, whatever its size)
                sibling = candidate.part_of is not None and whole.id in by_value and candidate.part_of == self.statements[by_value[whole.id]].part_of
                # (拖拉机、收获机械和种植施肥机械的补贴资金分别为…,收获机械补贴资金占…: of equals, the one opening alike)
                score = (shared, metric[:2] == named[:2])
                if alike(figure, whole) and (smaller or member or sibling) and score > most and not opens_apart:
                    # 占汽车新车总销量的40.9%: a share that names its whole is read against that, later; so is the share of
                    # a member listed with the figure before (直流快充桩18650个、交流慢充桩23730个,快充桩占比为44.0%)
                    listed = self.text[figure.end : figure.end + 1] == "、" and position + 1 < len(self.statements) \
                        and self.statements[position + 1].value == whole.id
                    given = position, own if own.of or member or listed or whole_was else own.model_copy(update={"of": named, "whole": whole.id, "whole_by": "preceding"})
                    most = score
            if given is not None:
                given = self._whole_named_alike(given, named, words, whole) or given
            if given is None:  # 工资性收入10436元,…,工资性收入占比42.0%: the figure of the very name, in the paragraph
                given = self._figure_named_exactly(named, share, own)
            if given is None and whole.id in by_value:  # 散货船、油船…分别完工498.3万…和59.5万载重吨,散货船占47.6%
                given = self._listed_member(named, whole, own, by_value)
            sentence_start = self.doc.sentences[whole.sentence][0]
            # (…增至186家,净增17家;生猪规模养殖比重为72.4%: a change is no figure a share is of)
            if given is None and named in self.text[sentence_start : whole.start] and whole.id in by_value and not joined \
                    and not _CHANGE_BEFORE.search(self.text, max(0, whole.start - 4), whole.start):
                given = by_value[whole.id], own
            if given is None and (own.of or "").startswith(("全国", "我国")):  # 漳湄市票房占全国的1.6% after the country's figures
                said = self.statements[by_value[whole.id]].subject if whole.id in by_value else None
                position = self._named_figure(split_subject(named)[1], share, subject=said)
                given = (position, own) if position is not None else None
            if given is None and share.sentence > 0:  # 岐阳开行量所占比重为54.5% after the province's 3416列: the figure above opening on the same name
                # 农村居民收入相当于城镇居民的53.8% after 差距为20972元: a share naming a whole of its own is no share of the value
                names_whole = bool(own.of) and not is_region(own.of)
                position = self._named_figure(named, share, besides=whole if names_whole else None)
                figure = self.doc_facts[self.statements[position].value] if position is not None else None
                opens_alike = position is not None and (self.statements[position].metric or "")[:2] == named[:2] and named[:2] not in (whole_metric or "") \
                    and not self._bracket_end(figure)  # (上年为39.30亿元) is no figure of this year
                if opens_alike and names_whole and same_unit(figure, whole):  # of the whole it names
                    given = position, own
                elif opens_alike and same_unit(figure, whole) and None not in (figure.value, whole.value) and figure.value < whole.value and not whole_was:
                    given = position, Share(of=named, value=share.id, whole=whole.id, whole_by="preceding", change=own.change, direction=own.direction, earlier=own.earlier)
            if given is None and own.of and whole.id in by_value and share_a_word(named, whole_metric) and self._alone_in_clause(whole) \
                    and not other_measures(named, whole_metric):  # (文化产业增加值占… after 文化企业营业收入: another measure)
                # 上述四条制造业产业链合计…983.0亿元,制造业项目投资在大会签约总额中占76.4%: no part is named apart,
                # the share names its whole, and its name a word of the figure's (制造业): the figure's share. Not
                # so of the last of a list (分别实现利润326.8亿、2284.9亿和306.7亿元,制造业利润占…). A level of last year
                # written as an aside gives it to the figure now (上年为5家,…,新增数量占全省…的19.5%).
                given = self._current_of(by_value[whole.id]), own
            if given is not None and self._held_share(self.statements[given[0]]) is None:  # (a completion's share stands aside)
                self.statements[given[0]] = self.statements[given[0]].model_copy(update={"share": given[1]})
                self._move_rate_after_named_share(given[0], share, whole, by_value)
            elif given is None and own.change is not None and own.of is None and own.whole is None and whole.id in by_value:
                # 出栏肉牛11.9万头;肉牛规模养殖比重达到64.0%,上年为60.5%,提高3.5个百分点: a share of no figure written, with
                # its point change, stands as a rate of its own, to be read against its earlier share
                holder = self.statements[by_value[whole.id]]
                alone.append(Statement(id=f"{holder.id}.{share.id}", metric=named, value=share.id, period=holder.period,
                                       share=own, subject=holder.subject, sentence=share.sentence))
        for owner, twin in twins:  # a second share of a figure, stated apart, right after it
            at = next(p for p, s in enumerate(self.statements) if s.id == owner)
            self.statements.insert(at + 1, twin)
        for rate in alone:  # in the order of the text, after the figures written before it
            at = sum(1 for s in self.statements if self.doc_facts[s.value].start < self.doc_facts[rate.value].start)
            self.statements.insert(at, rate)

    def _sums_unnamed_parts(self, whole, named: str) -> bool:
        """Whether a figure is a sum written with 合计 in its clause, and no figure before it in its sentence holds the
        words a share's name opens on (其中农村转移劳动力占… after 培训农村转移劳动力48.6万人次: that part's)."""
        clause = self._clause_start(whole.start)
        if not SUMMED_UP.search(self.text, clause, whole.start):
            return False
        before = [s for s in self.statements if self.doc_facts[s.value].sentence == whole.sentence and self.doc_facts[s.value].end <= clause]
        return bool(before) and not any(named[:4] in (s.metric or "") for s in before)

    def _current_of(self, position: int) -> int:
        """…86个,比上年末增加14个,上年末为72个,达标县数量占…的82.7%: for a level of the year before, the figure of its
        metric written before it in its sentence, of this year and without a share yet; else the figure itself."""
        level = self.statements[position]
        if not is_last_year_figure(level, self.doc_facts):
            return position
        figure = self.doc_facts[level.value]
        return next((at for at in range(position - 1, -1, -1) if (s := self.statements[at]).sentence == level.sentence and s.metric == level.metric
                     and s.share is None and not is_last_year_figure(s, self.doc_facts) and same_unit(self.doc_facts[s.value], figure)), position)

    def _whole_named_alike(self, given: tuple, named: str, words: set[str], read_with) -> tuple | None:
        """共减免通行费42.6亿元,其中…节假日免费通行减免19.8亿元、…,减免额相当于通行费收入的11.0%: a name that fits a
        part no better than the whole the part is of (each word of the name the part holds, the whole holds too)
        names the whole, when the whole stands in the sentence of the figure the share was read with, without a
        share (but 玉米播种面积占比 names 玉米, which 秋粮播种面积 lacks, and 出口占 the part 出口 it opens on, not
        进出口总额)."""
        part = self.statements[given[0]]
        position = next((p for p, s in enumerate(self.statements) if s.id == part.part_of), None) if part.part_of else None
        metric = part.metric or ""
        if position is None or len(metric) >= 2 and (named.startswith(metric) or metric.startswith(named)):
            return None
        whole = self.statements[position]
        figure = self.doc_facts[whole.value]
        said = (whole.metric or "") + (whole.subject or "")
        if figure.sentence != read_with.sentence or whole.share is not None or not alike(figure, read_with) \
                or not all(word in said for word in words if word in metric + (part.subject or "")):
            return None
        return position, given[1]

    def _move_rate_after_named_share(self, position: int, share, before, by_value: dict) -> None:
        """…分别为158.37亿元、…和1.95亿元,企业经费占全市的85.0%,比上年增长11.6%,上年为141.91亿元: a rate in the
        clause right after a share that names its figure, with no name of its own, is of that figure too, not
        of the figure before the share."""
        holder = self.statements[by_value[before.id]] if before.id in by_value else None
        named = self.statements[position]
        if holder is None or holder is named or holder.change is None or named.change is not None:
            return
        rate = self.doc_facts[holder.change.value]
        if rate.start < share.end or not _BARE_RATE_AFTER_SHARE.fullmatch(self.text, share.end, rate.start):
            return
        self.statements[position] = named.model_copy(update={"change": holder.change})
        self.statements[by_value[before.id]] = holder.model_copy(update={"change": None})

    def _alone_in_clause(self, figure) -> bool:
        """Whether no other figure of the kind and unit is written before `figure` in its clause."""
        start = self._clause_start(figure.start)
        return not any(f is not figure and alike(f, figure) and start <= f.start < figure.start for f in self.doc_facts.values())

    def _listed_after(self, before: Statement, figure) -> bool:
        """Whether `figure` is written right after the figure of `before`, joined to it by 、 or 和 alone."""
        previous = self.doc_facts[before.value]
        return previous.end <= figure.start and self.text[previous.end : figure.start].strip() in ("、", "和", "及", "与")

    def _listed_member(self, named: str, last, own: Share, by_value: dict) -> tuple[int, Share] | None:
        """The one member of the list or breakdown holding `last` whose name opens on the share's name (对
        拉丁美洲出口 after 对拉丁美洲、中东分别出口…,其中拉丁美洲占14.4%, the partner after 对)."""
        group = next((g for g in self.groups if any(s.value == last.id for s in g)), None)
        if group is None and last.id in by_value:  # 其中,…分别为1.26亿元、2.08亿元…,社会保险补贴占比38.7%: the 其中 parts of its sentence
            held = self.statements[by_value[last.id]]
            group = [s for s in self.statements if held.part_of and s.part_of == held.part_of and s.sentence == held.sentence]
        listed = [s for s in group or [] if s.value in by_value]
        members = [by_value[s.value] for s in listed if (s.metric or "").removeprefix("对").startswith(named)]
        if not members and len(named) >= 3:
            # (漖岺高新技术产业开发区、…分别拥有…,高新区占全市的45.3%: a short name the member holds, past its place)
            members = [by_value[s.value] for s in listed if same_words(named) in same_words(s.metric or "")]
        return (members[0], own) if len(members) == 1 else None

    def _part_named(self, named: str, whole):
        """The 其中 part of the sentence whose name and its whole's open and end the share's name
        (实物商品网上零售额: 实物商品 of 网上零售额), or None."""
        by_id = {s.id: s for s in self.statements}
        for statement in self.statements:
            outer = by_id.get(statement.part_of)
            if outer is None or self.doc_facts[statement.value].sentence != whole.sentence or not statement.metric or not outer.metric:
                continue
            if len(statement.metric) >= 2 and named.startswith(statement.metric) and named.endswith(outer.metric[-3:]):
                return statement
        return None

    def _sibling_opening_alike(self, part: Statement, named: str) -> bool:
        """Whether another part of the same whole opens on the name's first two characters too."""
        return any(s.part_of == part.part_of and s.id != part.id and (s.metric or "")[:2] == named[:2] for s in self.statements)

    def _figure_named_exactly(self, named: str, share, own: Share) -> tuple[int, Share] | None:
        """The latest figure of the share's paragraph, before it and without a share, whose metric is the
        share's name word for word."""
        paragraph = self.text.rfind("\n", 0, share.start) + 1
        bases = {s.change.base for s in self.statements if s.change is not None}
        for position in range(len(self.statements) - 1, -1, -1):
            candidate = self.statements[position]
            figure = self.doc_facts[candidate.value]
            if figure.start < paragraph:
                return None
            earlier = self._is_base(candidate) or candidate.value in bases  # 上年为23248元
            # (上年全县秋粮产量为42.21万吨。…全年粮食总产量…,其中秋粮产量占…的75.1%: last year's, in a sentence before)
            earlier = earlier or is_last_year_figure(candidate, self.doc_facts) and figure.sentence != share.sentence
            if figure.end <= share.start and self._held_share(candidate) is None and candidate.metric == named and not earlier:
                return position, own
        return None

    def _give_shares_to_subjects(self) -> None:
        """Each share that names another subject goes to the latest figure before it, in the same
        paragraph and without a share, of that subject; else of the whole's kind and unit under another
        subject than the whole's (全市 for 杭州, after 全国…1683.4亿美元)."""
        for share, subject, whole, whole_subject in self.shares_of_subjects:
            earlier = [
                (position, s) for position, s in enumerate(self.statements)
                if s.share is None and s.subject and self.doc_facts[s.value].end <= whole.start
                and "\n" not in self.text[self.doc_facts[s.value].end : share.start]
                and not self._is_base(s) and not is_last_year_figure(s, self.doc_facts)  # 增长16.4%,上年为74.52亿元: no share of this year's
            ]
            named = [p for p, s in earlier if s.subject.startswith(subject)]
            of_kind = [p for p, s in earlier if s.subject != whole_subject and alike(self.doc_facts[s.value], whole)]
            if named or of_kind:
                position = (named or of_kind)[-1]
                given = Share(value=share.id, whole=whole.id, whole_by="preceding")
                self.statements[position] = self.statements[position].model_copy(update={"share": given})


def _place_and_measure(metric: str) -> tuple[str | None, str]:
    """省会泓州市接待游客 → (泓州市, 接待游客): the place a metric opens on, after the role it is named by."""
    metric = metric.removeprefix("省会").removeprefix("首府")
    place = opening_place(metric)
    return (place, metric[len(place) :]) if place and len(metric) - len(place) >= 2 else (None, metric)


def lift_sibling_wholes(statements: list, facts: dict) -> list:
    """其中外贸货物吞吐量14862万吨,内贸货物吞吐量19406万吨,外贸占比为43.4%: a share that names its part, read
    against the figure before, is of the whole both are parts of when that figure is the part's sibling."""
    by_value = {s.value: s for s in statements}
    by_id = {s.id: s for s in statements}
    lifted = []
    for statement in statements:
        share = statement.share
        before = by_value.get(share.whole) if share is not None and share.whole_by == "preceding" else None
        parent = by_id.get(statement.part_of) if statement.part_of else None
        if before is not None and parent is not None and before.part_of == statement.part_of and same_unit(facts[parent.value], facts[before.value]):
            statement = statement.model_copy(update={"share": share.model_copy(update={"whole": parent.value})})
        lifted.append(statement)
    return lifted


def lift_summed_shares(statements: list, facts: dict, text: str) -> list:
    """合计7700万吨,其中铁路3800万吨、水路3900万吨,合计占比24.2%: a share written as what the parts make together
    is their whole's, when it holds none (三个行业合计…8642.5亿元,分别为…,合计占全省…的32.7%)."""
    by_id = {s.id: s for s in statements}
    moved = {}
    for statement in statements:
        share = statement.share
        parent = by_id.get(statement.part_of) if statement.part_of else None
        if share is None or parent is None or parent.share is not None or parent.id in moved:
            continue
        if _SUMMED_SHARE.search(text, max(0, facts[share.value].start - 40), facts[share.value].start):
            moved[parent.id], moved[statement.id] = share, None
    return [s.model_copy(update={"share": moved[s.id]}) if s.id in moved else s for s in statements]


# 社区公园和游园合计, 工业和服务业两项共计: a name of members joined and summed
_JOINED_SUM = regex.compile(r"\p{Han}{2,}[和及与、]\p{Han}{2,}(?:两者|二者|两项|两类)?(?:合计|共计)")
# (…,合计占全省规模以上工业营业收入的32.7%: the whole may be named between)
_SUMMED_SHARE = regex.compile(r"[,，;；](?:两者|二者|两项|三者|三项)?(?:合计|共计)(?:占比|所占比重|占(?:[^,，;；。]{1,24}的)?)(?:比重|比例)?(?:为|达到?)?$")


# Words that open a name without narrowing what it measures: a region, a doing, a span of time.
_NEUTRAL_OPENING = regex.compile(r"^(?:全国|我国|全省|全市|全县|全区|本市|本次|此次|该|实现|完成|累计|全年|当年|今年|同期)+")



def _of_another_kind(name: str, metric: str, metrics: set[str]) -> bool:
    """Whether a name and a figure's metric end on one head but each narrow it by words of their own
    (四大高载能行业用电量 and 制造业用电量): a share so named is of another figure than this one."""
    if made_and_sold(name, metric):
        return True  # (新能源汽车新车销量 names no …公司产量)
    head = len(commonprefix([name[::-1], metric[::-1]]))
    if head < 2 or head == len(name):
        return False
    own, other = (_NEUTRAL_OPENING.sub("", words[:-head]) for words in (name, metric))
    if len(own) < 2 or opening_place(own) or own in metrics:
        return False  # (霁川省接待游客 is the province's; 新登记企业, of the figure 新登记, is headed by its own)
    # (a metric lacking the name's words may have left them in the clause before: 签约项目52个,总投资418.6亿元)
    return len(other) >= 2 and own not in other and other not in own and not two_char_words(own) & two_char_words(other)


def _names_one_of_the_whole(name: str, metric: str, of: str | None) -> bool:
    """三级医院日间手术 of 择期手术, for the figure 三级医院: a name that goes on past the figure's with a word the share's
    whole lacks (日间) and then what the whole counts (手术) names a member of the whole, not the figure; not so the
    whole's measure (第二产业用电量 of 全社会用电量)."""
    rest = name[len(metric):] if metric and name.startswith(metric) else ""
    return bool(of) and len(rest) >= 4 and rest[:2] not in of and bool(two_char_words(rest) & two_char_words(of)) \
        and not two_char_words(metric) & two_char_words(of)


def _opens_on_words_apart(name: str, metric: str, apart: str) -> bool:
    """Whether the first two characters of a name (its place aside) are in a metric but not in `apart`."""
    head = split_subject(name)[1][:2]
    return len(head) == 2 and head in metric and head not in apart
