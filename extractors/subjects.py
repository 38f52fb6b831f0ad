"""Subjects: the region or organisation a figure is about (杭州, 全市, 成都经济区), read by lookups in
jieba's dictionary tags rather than by running the segmenter.
"""

from __future__ import annotations

import regex

from extractors.lexicon import word_tags

_REGION_WORDS = ("全市", "全省", "全国", "全区", "全县", "全州", "全域", "我市", "我省", "本市", "本省", "全球")
# Kinds of area that jieba tags as places but that split a whole by kind, not name one place:
# 城镇消费品零售额 is the urban part of retail sales, next to 乡村消费品零售额.
# Kinds of area, and words jieba tags as places that name no place (海洋捕捞 is sea fishing).
_AREA_KINDS = ("城镇", "乡村", "农村", "城乡", "城市", "海洋", "远洋", "沿海", "内陆", "山区", "平原")


def split_subject(metric: str) -> tuple[str | None, str]:
    """杭州实际利用外资 → (杭州, 实际利用外资): a place or 全市 that opens the metric is its subject;
    a place with its kind of area is one subject (成都经济区到位); a list of places is none.
    Places are read from jieba's dictionary tags by prefix lookup, without running the segmenter."""
    if metric.startswith(_REGION_WORDS):
        word = next(w for w in _REGION_WORDS if metric.startswith(w))
        return (word, metric[len(word) :]) if len(metric) > len(word) + 1 else (None, metric)
    tags = word_tags()
    place = next((metric[:n] for n in (4, 3, 2) if tags.get(metric[:n]) == "ns" and metric[:n] not in _AREA_KINDS), None)
    if place is None or metric[len(place) : len(place) + 1] in ("、", "和", "与", "及") or _opens_a_longer_word(metric, place, tags):
        return None, metric
    subject = place + next((w for w in _AREA_WORDS if metric.startswith(w, len(place))), "")
    if len(metric) < len(subject) + 4:  # 成都经济区到位: what is left would name nothing
        return None, metric
    return subject, metric[len(subject) :]


def _opens_a_longer_word(metric: str, place: str, tags) -> bool:
    """比亚迪, 上海证券交易所: the place is only the start of a longer word of another kind (a company, an
    institution), which the metric names whole."""
    return any(tags.get(metric[:n]) not in (None, "ns") for n in range(len(place) + 1, min(len(metric), 8) + 1))


def opening_place(text: str) -> str | None:
    """The place a text opens on (星州市继续领跑 → 星州市), four characters or three, or None."""
    return next((text[:n] for n in (4, 3) if is_place(text[:n])), None)


def is_region(subject: str) -> bool:
    """全省, 全市, 我市: the whole region an article is about, named by its level, not by a name."""
    return subject.startswith(_REGION_WORDS)


def is_place(word: str) -> bool:
    """嘉兴市, 全市, 成都经济区: a place or an area of one, by jieba's tags and the area words."""
    if word in _AREA_KINDS:
        return False
    if word in _REGION_WORDS or word_tags().get(word) == "ns" or (len(word) == 3 and _named_place(word)):
        return True
    area = next((a for a in _AREA_WORDS if word.endswith(a) and len(word) > len(a)), None)
    return area is not None and word_tags().get(word[: -len(area)]) == "ns"


_AREA_WORDS = ("自治区", "经济区", "高新区", "开发区", "地区", "新区", "片区", "板块", "市", "省", "区", "县", "州")


# Characters that open a phrase rather than a name: 新上市, 各园区, 该县区 are no places.
_NOT_A_NAME_START = frozenset("新拟各该本全主大小老两三多等其在为是的和与及对向由从共已将均每同上下前后首")


def _named_place(word: str) -> bool:
    """星州市, 青峦省, 澜江县: a name jieba does not know (a small county's, a district's) before the
    mark of its level. The name is two characters that are no word of jieba's of another kind, and its
    last character with the mark is no word either, unless a noun (州市): 新上市 and 大城市 are none."""
    if len(word) != 3 or word[2] not in _NAME_MARKS or word[0] in _NOT_A_NAME_START or not all("\u4e00" <= c <= "\u9fff" for c in word):
        return False
    tags = word_tags()
    return tags.get(word[:2], "ns") == "ns" and tags.get(word[1:], "n") == "n" and tags.get(word) is None


_NAME_MARKS = "省市县区州"


# 栖梧县公益林, 澜屿高新区在孵企业: a name opening on a place below the region (not 市级, 市场, 区域).
_OPENS_ON_PLACE = regex.compile(r"^(?![全本我])\p{Han}{2,4}?[县区市州旗镇乡](?![级域场民内外])")


def opens_on_place(metric: str | None) -> bool:
    """Whether a metric opens on a named place (栖梧县公益林), as parts broken down by place are named."""
    return _OPENS_ON_PLACE.match(metric or "") is not None


def place_opened_on(metric: str | None) -> str | None:
    """省会澜州市实现保费收入 → 省会澜州市: the named place a metric opens on, if any."""
    opening = _OPENS_ON_PLACE.match(metric or "")
    return opening.group() if opening else None


def without_opening_place(metric: str) -> str:
    """琮东新区新登记企业 → 新登记企业: the metric without the named place it opens on."""
    opening = _OPENS_ON_PLACE.match(metric)
    return metric[opening.end() :] if opening else metric
