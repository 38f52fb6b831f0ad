"""Named projects: 吉利新能源汽车电子产业园, AI+生物新材料智能化平台项目, 国林双碳管理(杭州)有限公司,
and quoted names such as “中国视谷”.

A name ends in a suffix of the rule table (项目, 产业园, 基地, 有限公司 …). Where it starts, jieba
decides: walking back from the suffix over the words of its clause, the name stops at a verb, particle
or pronoun of the clause (签约, 的, 该 …), at a number or at a date. A name made only of generic words
(重大产业项目) is no name. Rule table: `rules/project.toml`.
"""

from __future__ import annotations

from functools import cache

import regex

from extractors.document import Candidate, Document
from extractors.lexicon import word_tags
from extractors.rulebook import alternation, rules

# What ends a clause; brackets are handled apart because names carry them: 国林双碳管理(杭州)有限公司.
_CLAUSE_BREAK = regex.compile(r"[,;:.!?，。；：！？、“”‘’\"《》【】\s]")
_BRACKETS = {")": "(", "）": "（"}
_NAME_WORD = regex.compile(r"[\p{Han}A-Za-z+·&\-]+|[()（）]")
_NUMERAL_IN_NAME = regex.compile(r"[\d一二两三四五六七八九十百千万亿]")
# Characters that cannot end a name, so a suffix right after one has none: 为中心, 的平台, 个项目.
_NO_NAME_BEFORE = frozenset("的为个在和与及、是等了将把被对向从由中上下其该此这那各每,;:，；：。！？“”《》 \n")

# A number with a measure word right after the suffix counts a category: 动力电池项目6个 names no project.
_COUNTED_AFTER = regex.compile(r"[\d一二两三四五六七八九十百千]+[个家项批座]")

# A production capacity opens some names: 年产20万吨高端铝箔项目.
_CAPACITY = regex.compile(r"(?:年产能?|年处理|年加工)[\d.一二两三四五六七八九十百千万亿]+[\p{Han}]{1,3}$")
_HAS_DIGIT = regex.compile(r"\d|[〇零一二两三四五六七八九十百千万亿]+[个家项批座条轮届次季]")


@cache
def _patterns() -> dict:
    table = rules("project")
    return {
        "suffix": regex.compile(rf"(?:{alternation(table.suffix)})(?![业务链区级化型圈群])"),
        "quoted": regex.compile(rf"“(?P<name>[^“”\s]{{3,{table.quoted_max_chars}}})”"),
        "quoted_suffix": tuple(list(table.quoted_suffix) + list(table.suffix)),
        "boundary": frozenset(table.boundary_words),
        "boundary_tags": frozenset(table.boundary_tags),
        "min_chars": table.min_chars_with_suffix,
        "generic": regex.compile(alternation(table.generic_words)),
        "categories": table.suffix,
        "company_categories": frozenset(table.company_categories),
        "place_tags": frozenset(table.place_tags),
        "clause_verb_tags": frozenset(table.clause_verb_tags),
        "company_suffixes": tuple(s for s, c in table.suffix.items() if c in table.company_categories),
        "inner_conjunctions": frozenset(table.inner_conjunctions),
        "leading_prepositions": table.leading_prepositions,
        "place_is_generic_for": frozenset(table.place_is_generic_for),
        "max_chars": table.max_name_chars,
    }


def extract(doc: Document) -> list[Candidate]:
    """Every named project, company or park of the document."""
    patterns = _patterns()
    found = []
    for match in patterns["suffix"].finditer(doc.text):
        category = patterns["categories"][match.group()]
        if category not in patterns["company_categories"] and _COUNTED_AFTER.match(doc.text, match.end()):
            continue  # 重庆小康动力有限公司四家子公司 still names a company
        start = _name_start(doc, match, category, patterns)
        if start is not None:
            name = doc.original[start : match.end()]
            found.append(Candidate("project", start, match.end(), {"name": name, "category": category}))
    for match in patterns["quoted"].finditer(doc.text):
        name = match.group("name")
        if (
            name.endswith(patterns["quoted_suffix"])
            and not _CLAUSE_BREAK.search(name)
            and not _NUMERAL_IN_NAME.search(name)
            and not _is_generic(name[: -len(_longest_suffix(name, patterns))], patterns["generic"])
        ):
            suffix = _longest_suffix(name, patterns)
            category = patterns["categories"].get(suffix, suffix)
            start, end = match.span("name")
            found.append(Candidate("project", start, end, {"name": doc.original[start:end], "category": category}))
    return found


def _longest_suffix(name: str, patterns) -> str:
    return max((s for s in patterns["quoted_suffix"] if name.endswith(s)), key=len)


def _name_start(doc: Document, suffix: regex.Match, category: str, patterns) -> int | None:
    """Where the name that ends in `suffix` begins, or None when it has no name."""
    import jieba

    suffix_start = suffix.start()
    if doc.text[suffix_start - 1 : suffix_start] in _NO_NAME_BEFORE or suffix_start == 0:
        return None  # 为中心, 的平台, 个项目: a suffix right after a particle names nothing
    tags = word_tags()
    text = doc.text
    clause_start = _clause_start(text, suffix_start, patterns["max_chars"])
    backwards = list(jieba.cut(text[clause_start:suffix_start], HMM=True))[::-1]

    def is_name_word(word: str) -> bool:
        return not (
            word in patterns["boundary"]
            or tags.get(word) in patterns["boundary_tags"]
            or not _NAME_WORD.fullmatch(word)
            or _HAS_DIGIT.search(word)
        )

    company = category in patterns["company_categories"]
    kept: list[str] = []
    for position, word in enumerate(backwards):
        if word.endswith(patterns["company_suffixes"]) and kept:
            break  # 绿地控股集团有限公司现代服务业集聚区项目: the investor's name ends here
        if word in patterns["inner_conjunctions"] and kept and _continues_name(backwards, position, is_name_word, patterns):
            kept.append(word)
            continue
        if not is_name_word(word):
            break
        if kept and tags.get(word) in patterns["clause_verb_tags"] and tags.get(kept[-1]) in patterns["place_tags"]:
            break  # 竞购云南冶金集团: the name starts at the place name after the verb
        if tags.get(word) == "v" and not company and not _verb_inside_name(backwards, position, is_name_word, tags):
            break
        kept.append(word)
    if kept and kept[-1] not in tags and kept[-1][0] in patterns["leading_prepositions"]:
        kept[-1] = kept[-1][1:]  # jieba's guess 由晶科 keeps the preposition 由: trim it
    while kept and (kept[-1] in ("(", ")", "（", "）", "") or kept[-1] in patterns["inner_conjunctions"]):
        kept.pop()  # 及染整项目: a conjunction joins names, it opens none
    if any(w in _BRACKETS for w in kept) and not any(w in _BRACKETS.values() for w in kept):
        return None  # 天津)资产管理有限公司: the name began before the clause
    capacity = _CAPACITY.search(text, max(0, suffix_start - 40), suffix_start - sum(map(len, kept)))
    places_are_names = category not in patterns["place_is_generic_for"]
    specific = [w for w in kept if places_are_names or tags.get(w) != "ns"]  # 江西重大项目 names nothing
    if _is_generic("".join(specific), patterns["generic"]):
        return None
    length = sum(len(w) for w in kept)
    if length + len(suffix.group()) < patterns["min_chars"]:
        return None
    return capacity.start() if capacity else suffix_start - length


def _verb_inside_name(backwards: list[str], position: int, is_name_word, tags) -> bool:
    """A verb belongs to a name when name words stand on both sides and the name is long enough
    (转向 in 汽车转向系统, 互联 in 海尔智慧冰箱互联工厂); before a short object it is the clause's verb
    (抓项目, 策划生成项目)."""
    left = backwards[position + 1 : position + 3]
    if not left or not all(is_name_word(w) and tags.get(w) != "v" for w in left[:1]):
        return False
    return position > 0 or (len(left) == 2 and all(is_name_word(w) for w in left))


def _continues_name(backwards: list[str], position: int, is_name_word, patterns) -> bool:
    """及 inside a name joins two name words (血液透析设备及耗材); between two names it ends the name."""
    left = backwards[position + 1] if position + 1 < len(backwards) else ""
    return bool(left) and is_name_word(left) and not left.endswith(tuple(patterns["categories"]))


def _is_generic(name: str, generic_words: regex.Pattern) -> bool:
    """True when nothing but generic words is left of the name: 重大产业项目, 行业龙头企业项目."""
    return len(generic_words.sub("", name).strip("()（）和与及、")) < 2


def _clause_start(text: str, end: int, max_chars: int) -> int:
    """Start of the clause that ends at `end`, stepping over bracketed parts of a name."""
    position = end
    limit = max(0, end - max_chars)
    while position > limit:
        char = text[position - 1]
        if char in _BRACKETS:
            opening = text.rfind(_BRACKETS[char], limit, position - 1)
            if opening == -1 or position - 1 - opening > 8:
                return position
            position = opening
            continue
        if char in "(（" or _CLAUSE_BREAK.match(char):
            return position
        position -= 1
    return position
