"""Counts: a number with its measure word (289个, 712家, 10多个, 近百家) and what it counts.

The counted object is the word after the measure word (289个项目) or, when the count closes its
clause, the word before the number (新设外商投资企业712家); jieba reads that word on a short window.
Not counts: rank labels (500强, 十强), ordinals (第一, 前五位), idioms (一批, 千方百计), a lone 一.
Physical quantities (吨, 亩) are measurements, read by `measure.py`. Rule table: `rules/count.toml`.
"""

from __future__ import annotations

from functools import cache

import regex

from extractors import figures
from extractors.document import Candidate, Document
from extractors.numerals import has_digit
from extractors.rulebook import alternation, rules

_CLAUSE_END = regex.compile(r"[,;:.!?，。；：！？、\s]")
_CJK_WORD = regex.compile(r"\p{Han}{2,}")
# Verbs and particles between a counted object and its number: 企业达712家, 项目共289个.
_LINKS = frozenset({"共", "达", "为", "有", "了", "计", "合计", "总计", "累计", "达到", "共有", "新增", "分别", "是"})


@cache
def _patterns() -> dict:
    table = rules("count")
    return {
        "measure": regex.compile(rf"(?P<inner>多|余)?(?P<measure>{alternation(table.measure_words)})"),
        "idioms": regex.compile(alternation(table.idioms)),
        "ordinal": regex.compile(rf"(?:{alternation(table.ordinal_before)})$"),
        "lone": frozenset(table.lone_numbers),
        "not_objects": frozenset(table.not_objects),
        "title_closers": tuple(table.title_closers),
        "openings": frozenset(w[0] for w in table.measure_words) | frozenset("多余"),
        "label_after": tuple(table.label_after),
        "class_label": regex.compile(rf"(?:[、和及与][一二三四五]类)*(?:{alternation(table.class_label_after)})"),
        "time_after": tuple(table.time_after),
        "format_words": tuple(table.format_words),
        "opening_a_word": tuple(table.measure_opening_a_word),
    }


def extract(doc: Document) -> list[Candidate]:
    """Every count of the document."""
    patterns = _patterns()
    idiom_spans = [m.span() for m in patterns["idioms"].finditer(doc.text)]
    found = []
    for index, numeral in figures.numerals_before(doc, patterns["openings"]):
        candidate = _read_count(doc, numeral, patterns)
        if candidate is None or any(s < candidate.end and candidate.start < e for s, e in idiom_spans):
            continue
        found.append(candidate)
        low = figures.range_low(doc, index, candidate)
        if low is not None:
            start, value = low
            found.append(Candidate("count", start, candidate.end, {**candidate.fields, "value": None, "low": value, "high": candidate.fields["value"]}))
        elif candidate.fields["value"] is not None:
            found.extend(_listed_before(doc, index, candidate))
    return found


def _listed_before(doc: Document, index: int, candidate: Candidate) -> list[Candidate]:
    """The bare items of a list that share the unit of its last count (662.8万、689.4万和741.6万人次), each written
    in digits with the magnitude of the last and counting whole things."""
    items, position = [], index
    magnitude = figures.big_magnitude(doc.numerals[index].surface)
    while (previous := figures.previous_numeral(doc, position, figures.LIST_CONNECTOR)) is not None:
        numeral = doc.numerals[previous]
        reading = figures.value_of(numeral)
        if reading is None or not _ARABIC.search(numeral.surface) or figures.big_magnitude(numeral.surface) != magnitude \
                or reading[0] <= 0 or reading[0] != reading[0].to_integral_value():
            break
        items.append(Candidate("count", numeral.start, numeral.end, {**candidate.fields, "value": reading[0], "qualifier": "="}))
        position = previous
    return items


def _read_count(doc: Document, numeral, patterns) -> Candidate | None:
    text = doc.text
    unit = patterns["measure"].match(text, numeral.end)
    if unit is None or numeral.surface in patterns["lone"] or text.startswith(patterns["opening_a_word"], unit.start("measure")):
        return None
    if numeral.start and text[numeral.start - 1].isascii() and text[numeral.start - 1].isalpha():
        return None  # Q4单季, 2020H1: a quarter or a half-year label, no count
    if patterns["ordinal"].search(text, max(0, numeral.start - 2), numeral.start):
        return None
    reading = figures.value_of(numeral)
    if reading is None:
        return None
    value, approximate = reading
    if value <= 0 or value != value.to_integral_value() and not _AVERAGED.search(text, max(0, numeral.start - 40), numeral.start):
        return None  # 3.7人 counts no one, but 户均3.7人 is an average count
    prefix_symbol, start = figures.prefix_qualifier(text, numeral.start)
    if not has_digit(numeral.surface) and prefix_symbol is None:
        return None
    if figures.cuts_a_word(doc, numeral.start) or figures.ends_inside_a_word(doc, numeral.start, unit.end()):
        return None
    if text.startswith(patterns["title_closers"], unit.end()) or text.startswith(patterns["time_after"], unit.end()) \
            or text.startswith(patterns["format_words"], unit.start("measure")):
        return None  # (最近20个交易日 is a span of time, 11人制足球场 a format)
    if not _ARABIC.search(numeral.surface) and _SLOGAN.match(text, unit.end()) and numeral.start and text[numeral.start - 1] in _OPENING_QUOTES:
        return None  # “三个一批”, “两个毫不动摇”: a slogan that numbers its points
    if unit.group("measure") == "次" and text.startswith(patterns["label_after"], unit.end()):
        return None  # 二次会议 numbers a session; 226场会议 counts meetings
    if unit.group("measure") == "类" and (patterns["class_label"].match(text, unit.end()) or _CLASS_LISTED_BEFORE.search(text, max(0, numeral.start - 3), numeral.start)):
        return None  # 二类、三类医疗器械, 一类、二类、三类地区 name classes; 四类产品 counts kinds
    suffix_symbol, end = figures.suffix_qualifier(text, unit.end(), figures.LEVEL_SUFFIXES)
    fields = {
        "value": value,
        "unit": unit.group("measure"),
        "qualifier": figures.first_qualifier(
            prefix_symbol, unit.group("inner") and ">", ">" if approximate else None, suffix_symbol
        ),
        "object": _counted_object(doc, start, unit.end(), patterns),
    }
    return Candidate("count", start, end, figures.rough_range(numeral, fields))


_OPENING_QUOTES = "“\"‘「"
_CLASS_LISTED_BEFORE = regex.compile(r"[一二三四五六七八九]类[、和及与]$")  # (一类、二类、三类地区: the last of classes listed)
_ARABIC = regex.compile(r"[0-9０-９]")
_SLOGAN = regex.compile(r"\p{Han}{1,6}[”\"’」]")  # the rest of a short quoted slogan


# 户均3.7人, 每万人口高价值发明专利拥有量9.36件: a count per member or per head may be a decimal; so may the level
# an average moved to (平均班额由上年的46.8人降至44.2人).
_AVERAGED = regex.compile(
    r"(?:平均|[户人场家个项台次]均)(?:[^,;，；。:：]{0,10}|[^,;，；。:：\d]{0,10}[\d.]+\p{Han}{1,2}(?:降|减|增|提高|上升|下降|回落|升)至)$"
    r"|(?:平均|[户人场家个项台次]均)[^;；。]{0,30}[,，](?:减少|增加|提高|下降|降低|多|少)了?$"  # (…降至44.2人,减少2.6人)
    # (每万人口发明专利拥有量75.8件,比上年末提高9.3件,上年末为66.5件: its change and earlier level too, but not
    # 比全省平均水平(27.3件)多14.3件, a gap against another place)
    r"|每[十百千万]+(?:人口?|户|名)(?:[^;；。]{0,40}[,，](?:比|较)?(?:上年|去年|年初))?[^,;，；。:：]{0,14}$"
)


def _counted_object(doc: Document, start: int, end: int, patterns) -> str | None:
    """The noun a count counts: the dictionary word after its measure word (289个项目), else the one
    that ends right before its number (新设外商投资企业712家); jieba's dictionary is looked up, the
    segmenter is not run."""
    text = doc.text
    word = _dictionary_word(text[end : end + 6], at_start=True)
    # 50多家世界500强企业, 3家500强企业, 5个10亿元以上项目: a rank or a size class qualifies the noun after it
    rank = _SIZE_CLASS.match(text, end) or _RANK_LABEL.match(text, end + len(word or ""))
    if rank:
        word = _dictionary_word(text[rank.end() : rank.end() + 6], at_start=True)
    if word and word not in patterns["not_objects"]:
        return word
    position = start
    while position > 0 and text[position - 1] in _LINK_CHARS:
        position -= 1  # 项目共289个, 企业达712家
    window = text[max(0, position - 6) : position]
    word = _dictionary_word(window, at_start=False)
    if word is None and (head := _dictionary_word(window[:-1], at_start=False)) and _CJK_WORD.fullmatch(window[-1:] * 2):
        word = head + window[-1]  # a one-character head noun takes its modifier: 充电桩
    if word and word not in patterns["not_objects"]:
        return word
    return None


_RANK_LABEL = regex.compile(r"[\d百千十]+强")
_SIZE_CLASS = regex.compile(r"[\d十百千]*[万亿]+(?:美元|元)(?:以上|及以上)")

# One-character links between an object and its count: 项目共289个, 企业达712家, 项目有10个.
_LINK_CHARS = frozenset("共达为有了计约")


def _dictionary_word(window: str, at_start: bool) -> str | None:
    """The longest word of jieba's dictionary (two to six Han characters) at the start or the end."""
    import jieba

    frequencies = jieba.dt.FREQ if jieba.dt.initialized else _initialised().FREQ
    for length in range(min(6, len(window)), 1, -1):
        word = window[:length] if at_start else window[-length:]
        if frequencies.get(word) and _CJK_WORD.fullmatch(word):
            return word
    return None


def _initialised():
    import jieba

    jieba.dt.initialize()
    return jieba.dt
