"""Money: an amount with its currency (ISO 4217), exact value in base units, qualifier and range.

Reads 68.15亿美元, 1000多万元, 超350亿元, 10亿元以上, 10-50亿元, 10亿至20亿元, 10亿、20亿和30亿元
(the last unit shared by the list), 人民币5000万, US$3亿, and the implicit one of 亿元以上项目.
Not money: magnitude classes without a digit (千亿企业, 百亿元级), and a numeral that ends a word
(李四人民币). Rule table: `rules/money.toml`; hedge words: `rules/qualifiers.toml`.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import regex

from extractors import figures
from extractors.document import Candidate, Document
from extractors.numerals import has_digit, parse_number
from extractors.rulebook import alternation, rules


# Jiao and fen after 元: 壹佰壹拾万贰仟陆佰壹拾肆元陆角, 五元三毛.
_DIGIT = "[0-9零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖]"
_SUBUNITS = regex.compile(rf"(?:(?P<jiao>{_DIGIT})[角毛])?(?:(?P<fen>{_DIGIT})分)?")
# Spoken after 块, where the last unit goes unsaid: 一块二 (1.2), 三块零四 (3.04), 五块七毛八 (5.78), 钱 closing.
_SPOKEN_SUBUNITS = regex.compile(
    rf"""
    (?: (?P<jiao>{_DIGIT}) [角毛] (?: (?P<fen>{_DIGIT}) 分? )?
      | 零 (?P<fen>{_DIGIT}) 分?
      | (?P<fen>{_DIGIT}) 分
      | (?P<bare>{_DIGIT}) (?= [^\p{{Han}}] | $ | 的 | 到 | 至 | 左右 | 上下 | 钱 )   # 一块二; 这一块一直: no sub-unit
    )
    (?! [\d.点十百千万亿{_DIGIT[1:-1]}] )   # 一块二十: no sub-unit
    钱?
    """,
    regex.VERBOSE,
)
# A size class written without a digit becomes an amount when it is a threshold: 百亿元以上项目.
_THRESHOLDS = frozenset({"以上", "及以上", "以下", "及以下"})

# Hedges written after an amount; 多 and 余 hedge an amount only before its unit (1000多万元).
_MONEY_SUFFIXES = figures.LEVEL_SUFFIXES | {"之内"}


@cache
def _patterns() -> dict:
    table = rules("money")
    suffix = {word: c.code for c in table.currency for word in c.suffix}
    prefix = {word: c.code for c in table.currency for word in c.prefix}
    return {
        "suffix": suffix,
        "prefix": prefix,
        "openings": frozenset(w[0] for w in suffix) | frozenset("多余十百千万亿个 \u00a0"),
        "prefix_ends": frozenset(w[-1] for w in prefix) | frozenset(" "),
        # after the numeral: 多/余, more magnitude (1000多万元), then the currency word
        # a single space may stand between the number and its unit: 10.64 亿元, 6630 万元
        # 两个亿卢布: 个 may stand before 亿 or 万 in speech
        "unit": regex.compile(rf"[ \u00a0]?(?P<inner>多|余)?(?:个(?=[万亿]))?(?P<magnitude>[十百千万亿]*)(?P<currency>{alternation(suffix)})"),
        "prefix_currency": regex.compile(rf"(?:{alternation(prefix)})\s*$"),
        "currency_after": regex.compile(rf"(?:{alternation(suffix)})"),
        "generic": table.generic_suffix,
        "bare_magnitude": regex.compile(r"(?P<inner>多|余)?(?P<magnitude>[十百千万亿]*)"),
        "implicit_one": regex.compile(
            rf"(?<![\d{''.join(figures.MAGNITUDE)}一二两三四五六七八九〇零几多余])"
            rf"(?P<magnitude>万亿|亿|万)(?P<currency>{alternation(suffix)})(?=以上|以下|及以上|及以下)"
            rf"|(?<=超过|超|逾|突破|近|不到)(?P<magnitude>亿|万)(?P<currency>{alternation(suffix)})(?![级规])"
        ),
        "not_currency": tuple(table.traps.not_currency_after),
        "class_suffix": tuple(table.traps.class_suffix),
        "needs_subunit": frozenset(table.needs_subunit),
    }


def extract(doc: Document) -> list[Candidate]:
    """Every money amount of the document, with ranges and lists read as one unit."""
    patterns = _patterns()
    found: list[Candidate] = []
    amounts: dict[int, dict] = {}  # numeral index → its reading, for ranges and lists
    for index, numeral in figures.numerals_before(doc, patterns["openings"], patterns["prefix_ends"]):
        amount = _read_amount(doc, numeral, patterns)
        if amount is None:
            continue
        if amount["high"] is not None:  # 五六百万元: a rough range, no end of a wider one
            found.append(_candidate(doc, amount, amount["start"], None, low=amount["value"], high=amount["high"]))
            continue
        amounts[index] = amount
        found.append(_candidate(doc, amount, amount["start"], amount["value"]))
        found.extend(_range_or_list(doc, index, amount, amounts))
    found.extend(_implicit_ones(doc, patterns))
    return found


def _read_amount(doc: Document, numeral, patterns) -> dict | None:
    text = doc.text
    unit = patterns["unit"].match(text, numeral.end)
    before = text[numeral.start - 1 : numeral.start]
    # the currency word before the number (人民币5000万) is looked for only where one can end
    prefix_currency = (
        patterns["prefix_currency"].search(text, max(0, numeral.start - 4), numeral.start)
        if before in patterns["prefix_ends"] or before.isspace() else None
    )
    if unit is None and prefix_currency is None:
        return None
    if unit is None:
        unit = patterns["bare_magnitude"].match(text, numeral.end)
        currency_word = prefix_currency.group().strip()
        currency = patterns["prefix"][currency_word]
    else:
        currency_word = unit.group("currency")
        currency = patterns["suffix"][currency_word]
        # (元年, 元件: words, unless 万 or 亿 makes the 元 a currency: 1650亿元年度目标)
        if text.startswith(patterns["not_currency"], unit.start("currency")) and text[unit.start("currency") - 1] not in "万亿":
            return None
        if currency_word == patterns["generic"]:  # 港币两千九百六十元, 9000元日币: the named currency
            named_after = patterns["currency_after"].match(text, unit.end())
            if named_after is not None:
                currency = patterns["suffix"][named_after.group()]
            elif prefix_currency is not None:
                currency = patterns["prefix"][prefix_currency.group().strip()]
    reading = figures.value_of(numeral)
    if reading is None:
        return None
    prefix_symbol, start = figures.prefix_qualifier(text, numeral.start)
    threshold = figures.suffix_qualifier(text, unit.end(), _THRESHOLDS)[0]
    if threshold and "个" in text[numeral.end : unit.start("magnitude")]:
        return None  # 两个亿元以上项目: 个 counts projects of the 亿元以上 class, it measures no amount
    if not has_digit(numeral.surface) and prefix_symbol is None and threshold is None:
        return None  # 千亿元, 百亿元: a class of size, not an amount; 百亿元以上 is a threshold
    if not has_digit(numeral.surface) and text.startswith(patterns["class_suffix"], unit.end()):
        return None  # 百亿元级: a class of size; 30亿元规模 is an amount
    if figures.cuts_a_word(doc, numeral.start):
        return None
    magnitude = figures.big_magnitude(numeral.surface + unit.group("magnitude"))
    value, approximate = reading
    value *= figures.magnitude_value(unit.group("magnitude"))
    high = figures.high_of(numeral)
    if high is not None:
        high *= figures.magnitude_value(unit.group("magnitude"))
    negative, signed_start = figures.signed(doc, numeral)
    if negative and prefix_symbol is None and high is None:
        value, start = -value, signed_start  # 上年同期为-4.26亿元: a loss written with its sign (not 10-50亿元, a range)
    unit_end = unit.end()
    if currency_word in patterns["needs_subunit"]:  # 十块三毛, 一块二; 三块 alone is a measure word
        subunits = _SPOKEN_SUBUNITS.match(text, unit_end)
        if subunits is None or (subunits.group("bare") and subunits.group("bare").isdigit() != numeral.surface[-1].isdigit()):
            return None  # 一块3英寸: a bare digit of another script is no sub-unit
    else:
        subunits = _SUBUNITS.match(text, unit_end) if currency_word.endswith(("元", "圆")) else None
    if subunits is not None and subunits.end() > unit_end:
        for name, scale in (("jiao", Decimal("0.1")), ("bare", Decimal("0.1")), ("fen", Decimal("0.01"))):
            if subunits.groupdict().get(name):
                value += parse_number(subunits.group(name)) * scale
        unit_end = subunits.end()
    suffix_symbol, end = figures.suffix_qualifier(text, unit_end, _MONEY_SUFFIXES)
    qualifier = figures.first_qualifier(prefix_symbol, unit.group("inner") and ">", ">" if approximate else None, suffix_symbol)
    return {
        "start": start,
        "number_start": numeral.start,
        "end": end,
        "value": value,
        "high": high,  # of a rough range (五六百万元)
        "qualifier": "~" if high is not None and qualifier == "=" else qualifier,
        "currency": currency,
        "unit": magnitude + currency_word,
        "magnitude": magnitude,
        "tail": figures.magnitude_tail(numeral.surface + unit.group("magnitude")) or unit.group("magnitude"),
    }


def _candidate(doc: Document, amount: dict, start: int, value, **extra) -> Candidate:
    fields = {
        "value": value,
        "currency": amount["currency"],
        "unit": amount["unit"],
        "qualifier": amount["qualifier"],
        **extra,
    }
    return Candidate("money", start, amount["end"], fields)


def _range_or_list(doc: Document, index: int, amount: dict, amounts: dict[int, dict]) -> list[Candidate]:
    """A range ending in this amount (10-50亿元) as one fact, or the bare items of a list before it."""
    shared = figures.magnitude_value(amount["magnitude"])
    previous = figures.previous_numeral(doc, index, figures.RANGE_CONNECTOR)
    if previous is None and index - 1 in amounts:
        earlier = amounts[index - 1]  # 10亿元至20亿元: both ends written in full
        gap = doc.text[earlier["end"] : amount["number_start"]]
        if earlier["currency"] == amount["currency"] and figures.RANGE_CONNECTOR.fullmatch(gap) and earlier["value"] < amount["value"]:
            low = earlier["value"]
            return [_candidate(doc, amount, earlier["start"], None, low=low, high=amount["value"])]
    if previous is not None and amount["start"] == amount["number_start"]:
        low = _bare_value(doc, previous, amount, shared, below=True)
        if low is not None and low < amount["value"]:
            return [_candidate(doc, amount, doc.numerals[previous].start, None, low=low, high=amount["value"])]
    items = []
    position = index
    while (previous := figures.previous_numeral(doc, position, figures.LIST_CONNECTOR)) is not None:
        value = _bare_value(doc, previous, amount, shared)
        if value is None:
            break
        numeral = doc.numerals[previous]
        fields = {"value": value, "currency": amount["currency"], "unit": amount["unit"], "qualifier": "="}
        items.append(Candidate("money", numeral.start, numeral.end, fields))
        position = previous
    return items


def _bare_value(doc: Document, index: int, amount: dict, shared: int, below: bool = False):
    """The value of a numeral written without its unit, which it takes from `amount` (10 in 10-50亿元).
    With `below` (the low end of a range) a reading that is not below the high end falls back to the
    big magnitude alone (十八至三十万: 十八万, not 一百八十万)."""
    numeral = doc.numerals[index]
    reading = figures.value_of(numeral)
    if reading is None or not has_digit(numeral.surface):
        return None
    value = reading[0]
    if not figures.magnitude_tail(numeral.surface) and not numeral.surface[-1:] in figures.MAGNITUDE:
        scaled = value * figures.magnitude_value(amount["tail"])  # 两到三仟澳元: 两 is 两千
        return value * shared if below and scaled >= amount["value"] else scaled
    if not figures.big_magnitude(numeral.surface):
        value *= shared  # 3千-5千万元: 3千 is 3千万
    return value


def _implicit_ones(doc: Document, patterns) -> list[Candidate]:
    """亿元以上项目, 超亿元: a threshold of one unit, written without the one."""
    found = []
    for match in patterns["implicit_one"].finditer(doc.text):
        symbol, end = figures.suffix_qualifier(doc.text, match.end())
        hedge, start = figures.prefix_qualifier(doc.text, match.start())  # 超亿元: more than one 亿
        fields = {
            "value": figures.magnitude_value(match.group("magnitude")),
            "currency": patterns["suffix"][match.group("currency")],
            "unit": match.group("magnitude") + match.group("currency"),
            "qualifier": hedge or symbol or "=",
        }
        found.append(Candidate("money", start, end, fields))
    return found
