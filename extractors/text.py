"""Normalisation and sentence boundaries that keep every offset of the text as given.

Every substitution is one character for one character, so an offset into the normalised text is the
same offset into the original: nothing downstream needs an offset map.
"""

from __future__ import annotations

import re

import regex

_FOLD = {
    **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},  # full-width ASCII forms
    "\u3000": " ",
    "億": "亿", "兩": "两", "點": "点", "﹪": "%",
    "陸": "陆", "貳": "贰", "參": "叁", "幣": "币", "圓": "圆", "負": "负", "個": "个", "號": "号", "幾": "几", "萬": "万",
}
_TABLE = str.maketrans(_FOLD)
# Runs of characters to fold: translating only these is twice as fast as translating the whole text
# (the standard library's scanner skips the rest quicker than `regex` does).
_TO_FOLD = re.compile("[" + "".join(re.escape(char) for char in _FOLD) + "]+")
# 。！？ end a sentence, and so does an ASCII full stop that is no decimal point (用外资11,339.1亿元. 与上年).
_SENTENCE_END = regex.compile(r"(?:[。！？!?\n]|\.(?!\d))+")


# Words read as a synonym of the same length: 依次为 lists figures in the order of their names, as 分别为 does;
# 占比最高,为34.5% says what 占比最高的为34.5% says, in one clause.
_SYNONYMS = {"依次": "分别", **{f"{most},为": f"{most}的为" for most in ("最高", "最大", "最多")}}
_TO_SYNONYM = re.compile("|".join(_SYNONYMS))


def normalize(text: str) -> str:
    """Fold full-width digits and signs and traditional numeral characters, one for one, and a few
    words to the synonym of the same length the rules are written for.

    >>> normalize("２１９．２２億元，增长５％")
    '219.22亿元,增长5%'
    >>> normalize("依次为356.82亿元、472.35亿元")
    '分别为356.82亿元、472.35亿元'
    """
    return _TO_SYNONYM.sub(_synonym, _TO_FOLD.sub(_fold, text))


def _synonym(match: re.Match) -> str:
    return _SYNONYMS[match.group()]


def _fold(match: re.Match) -> str:
    return match.group().translate(_TABLE)


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Half-open [start, end) of each sentence; the end includes its closing punctuation.

    >>> sentence_bounds("一。二！\\n三")
    [(0, 2), (2, 5), (5, 6)]
    """
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        bounds.append((start, match.end()))
        start = match.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds or [(0, 0)]
