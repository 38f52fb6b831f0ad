"""Numerals shared by every fact kind: Arabic, full-width, Chinese and mixed forms, read exactly.

`NUMBER` is the pattern that finds a numeral in normalised text (see `extractors.text`); `parse_number`
turns its surface into an exact `Decimal`. No float ever touches a value.

Handled: Arabic digits with decimals and thousands separators (1,052.97), Chinese numerals in everyday
and financial script (一百零五, 壹佰), 两, 〇/零, 廿/卅, magnitudes 十百千万亿 in any legal nesting
(一万五千亿, 2亿3千万, 1.5万亿), 零 after a magnitude (一百九十万零三千九百七十一), the spoken
abbreviation of a trailing unit (一百二 is 120, 13万2 is 132000), a leading magnitude (百 is 100, 千万 is 10000000), Chinese decimals (三点五, 零点77) and
positional digit strings (二〇二五, 一七二零点一), a repeated big unit (四万万 is 4亿). 几 and 数 mark an
approximate numeral (十几, 数十): `read_number` says so and the value is its lower bound.
`read_number` (a surface given whole, as a user or a gold file gives it) also reads spaced numerals
(7 万5 千4 百), fractions that have an exact decimal value (五分之一, 3又1/2, 3/5), the Arabic shorthands
40k, 1.2M, .5 and a sign set apart (负 1,200,000); the finder `NUMBER` never yields these forms.
Not handled: 兆 (its meaning, 1e6, 1e12 or 1e16, depends on the writer), fractions without an exact
decimal value (三分之一 is refused: values are exact), scientific notation (2e5, 2^5).
"""

from __future__ import annotations

from decimal import Decimal, Inexact, localcontext
from typing import NamedTuple

import regex

from extractors.text import normalize

DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8}
TENS = {"廿": 20, "卅": 30, "卌": 40}
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS) + "".join(TENS)

_ARABIC = r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?"
# 多 and 余 are read by the kinds, as hedges (1000多万元). A Chinese digit right before an Arabic one is
# none of its numeral but the end of a word: 队伍186支 (伍), 之一2024年 (一); a magnitude may be (1万2000).
_CHINESE_PIECE = rf"(?:[{''.join(DIGITS)}几](?!\d)|[{''.join(SMALL_UNITS)}{''.join(BIG_UNITS)}{''.join(TENS)}])"
# A numeral: Arabic or Chinese pieces in any mix, a Chinese decimal point only between digits.
NUMBER = regex.compile(
    rf"""
    (?: {_ARABIC} | {_CHINESE_PIECE}                     # starts with a digit or a numeral character,
      | 数(?=[十百千万亿]) )                               # or with 数 before a magnitude (数十亿: at least 十亿)
    (?: {_ARABIC} | {_CHINESE_PIECE} | 点(?=[{''.join(DIGITS)}\d]) )*   # then more of either
    """,
    regex.VERBOSE,
)
_TOKEN = regex.compile(rf"{_ARABIC}|点|.", regex.DOTALL)
# Shorthands after Arabic digits, read by `read_number` only: 40k, 1.2M, .0012G.
_SHORTHAND = {"k": 10**3, "K": 10**3, "M": 10**6, "G": 10**9}
_SPACES = regex.compile(r"\s+")
_MIXED_FRACTION_SPACE = regex.compile(r"(?<=\d)\s+(?=\d+/)")
# A fraction: 五分之一, 3又一千分之23, 1又1/2, 1 3/5, 3/5 (whole part optional; each part may be signed).
_FRACTION = regex.compile(
    r"""
    (?: (?P<whole> [^又/]+? ) 又 )?                               # the whole part, before 又
    (?: (?P<den> [^又/]+ ) 分之 (?P<num> [^又/]+ )              # Chinese: the denominator first
      | (?P<num2> [^又/分]+ ) / (?P<den2> [^又/]+ ) )             # a/b
    """,
    regex.VERBOSE,
)


class NumberError(ValueError):
    """The text is not a numeral zhfacts can read exactly."""


class Reading(NamedTuple):
    value: Decimal
    approximate: bool  # 几 was written: the value is a lower bound
    high: Decimal | None = None  # two neighbouring digits (五六百): `value` and `high` are the two ends


# Two neighbouring digits written together make a rough range (概数): 两三个, 五六百, 十七八, 三四十万, 三五年.
# What stands before them must end in a magnitude (一百七八十), so that 二〇二五 stays positional; 三五
# pairs only at the start, since 十三五 and 十四五 name five-year plans.
_PAIR = regex.compile(
    r"(?P<head>(?:[0-9〇零一二两三四五六七八九十百千万亿]*[十百千万亿])?)"
    r"(?P<low>[一二两三四五六七八])(?P<high>[二两三四五六七八九])(?P<tail>[十百千万亿]*)"
)


def parse_number(surface: str) -> Decimal:
    """Read a numeral exactly (a rough range such as 五六百 is no number: see `read_number`).

    >>> parse_number("1,052.97")
    Decimal('1052.97')
    >>> parse_number("一千八百万")
    Decimal('18000000')
    >>> parse_number("一万五千亿")
    Decimal('1500000000000')
    >>> parse_number("16.4亿")
    Decimal('1640000000.0')
    >>> parse_number("一百二")
    Decimal('120')
    """
    reading = read_number(surface)
    if reading.high is not None:
        raise NumberError(f"{surface!r} is a rough range from {reading.value} to {reading.high}, not one number")
    return reading.value


def read_number(surface: str) -> Reading:
    """Read a numeral and say whether it was approximate (十几 reads as 10, approximate), or the two
    ends of a rough range (五六百 is 500 to 600).

    >>> read_number("十几")
    Reading(value=Decimal('10'), approximate=True, high=None)
    >>> read_number("十七八")
    Reading(value=Decimal('17'), approximate=False, high=Decimal('18'))
    >>> read_number("-8.92").value
    Decimal('-8.92')
    """
    text = normalize(surface.strip())
    if _SPACES.search(text):
        text = _SPACES.sub("", _MIXED_FRACTION_SPACE.sub("又", text))  # 1 3/5 is 1又3/5
    fraction = _FRACTION.fullmatch(text) if "之" in text or "/" in text else None
    if fraction is not None:
        return _read_fraction_surface(fraction, surface)
    if text[:1] == "." or text[:2] in ("-.", "−."):  # .5, -.5
        text = text.replace(".", "0.", 1)
    shorthand = _SHORTHAND.get(text[-1:]) if text[-2:-1].isdigit() else None
    if shorthand is not None:  # 40k, 1.2M
        reading = read_normalized(text[:-1], surface)
        return Reading(reading.value * shorthand, reading.approximate)
    return read_normalized(text, surface)


def _read_fraction_surface(match: regex.Match, surface: str) -> Reading:
    """The exact value of a fraction (三分之一 has none: NumberError)."""
    numerator = read_number(match.group("num") or match.group("num2")).value
    denominator = read_number(match.group("den") or match.group("den2")).value
    whole = read_number(match.group("whole")).value if match.group("whole") else Decimal(0)
    if denominator == 0:
        raise NumberError(f"a zero denominator in {surface!r}")
    with localcontext() as context:
        context.traps[Inexact] = True
        try:
            value = numerator / denominator
        except Inexact:
            raise NumberError(f"{surface!r} has no exact decimal value") from None
    return Reading(whole + value if whole >= 0 else whole - value, False)


def read_normalized(text: str, surface: str | None = None) -> Reading:
    """`read_number` for text already normalised (as `Document.text` is)."""
    surface = text if surface is None else surface
    sign = -1 if text[:1] in ("-", "−", "负") else 1
    text = text[1:] if sign < 0 or text[:1] == "+" else text
    if not text:
        raise NumberError(f"no numeral in {surface!r}")
    pair = _PAIR.fullmatch(text)
    if pair is not None and _neighbours(pair):
        low = _read_unsigned(pair.expand(r"\g<head>\g<low>\g<tail>"), surface).value
        high = _read_unsigned(pair.expand(r"\g<head>\g<high>\g<tail>"), surface).value
        return Reading(sign * low, False, sign * high)
    reading = _read_unsigned(text, surface)
    return Reading(sign * reading.value, reading.approximate)


def _neighbours(pair: regex.Match) -> bool:
    """Whether the two digits of a `_PAIR` match are written as a rough range (三四, 三五; not 三六)."""
    low, high = DIGITS[pair.group("low")], DIGITS[pair.group("high")]
    return high == low + 1 or (low, high) == (3, 5) and not pair.group("head")


def _read_unsigned(text: str, surface: str) -> Reading:
    tokens = _TOKEN.findall(text)
    if len(tokens) == 1 and tokens[0][0].isdigit():
        return Reading(Decimal(tokens[0].replace(",", "")), False)
    point = tokens.index("点") if "点" in tokens else len(tokens)
    if point > 1 and all(t in DIGITS for t in tokens[:point]):  # 二〇二五, 一七二零点一
        value = Decimal("".join(str(DIGITS[t]) for t in tokens[:point]))
        if point == len(tokens):
            return Reading(value, False)
        fraction, end = _read_fraction(tokens, point + 1, surface)
        if end == len(tokens):
            return Reading(value + fraction, False)
    return _read_structured(tokens, surface)


def _read_structured(tokens: list[str], surface: str) -> Reading:
    """Read numerals built with magnitudes: sections below 万 grouped under 万 and 亿."""
    total = Decimal(0)  # groups already closed by a big unit
    section = Decimal(0)  # the part below the current big unit
    digit: Decimal | None = None  # the pending digit, not yet multiplied
    last_unit: int | None = None  # the unit just written, for 一百二 = 120
    zero_seen = False
    highest_big = 0
    approximate = False
    decimal = decimal_closed = False  # a decimal was written; a big unit closed it (10.1万零100 is no numeral)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token in BIG_UNITS and index > 0 and tokens[index - 1] == token:  # 四万万 is 4亿
            total *= BIG_UNITS[token]
            highest_big = max(highest_big, BIG_UNITS[token])
            last_unit = BIG_UNITS[token]
            index += 1
            continue
        if token[0].isdigit() or token in DIGITS:
            if digit is not None:
                raise NumberError(f"two digits in a row in {surface!r}")
            if decimal_closed:
                raise NumberError(f"{token} cannot follow in {surface!r}")  # 10.1万零100
            digit = Decimal(token.replace(",", "")) if token[0].isdigit() else Decimal(DIGITS[token])
            zero_seen = zero_seen or digit == 0 or token[0] == "0"  # 1百01 is 101
            decimal = decimal or "." in token
            if digit == 0 and not token[0].isdigit():
                digit = None
        elif token == "点":
            if digit is None and section == 0 and total == 0 and not zero_seen:
                raise NumberError(f"点 without an integer part in {surface!r}")
            if digit is not None and _abbreviated(digit, last_unit, zero_seen):
                digit *= last_unit // 10  # 一千六点五 is 1600.5
                last_unit = None
            fraction, index = _read_fraction(tokens, index + 1, surface)
            digit, decimal = (digit or Decimal(0)) + fraction, True
            continue
        elif token in SMALL_UNITS:
            unit = SMALL_UNITS[token]
            if section and unit >= _lowest_small(section):  # 十七十八, 七十百: not one numeral
                raise NumberError(f"{token} after a smaller or equal unit in {surface!r}")
            section += (digit if digit is not None else 1) * unit
            digit, last_unit, zero_seen = None, unit, False
        elif token in TENS:
            section += TENS[token]
            digit, last_unit, zero_seen = None, 10, False
        elif token in BIG_UNITS:
            unit = BIG_UNITS[token]
            group = section + (digit or 0)
            if group == 0:
                if total == 0 and not zero_seen:
                    raise NumberError(f"{token} without a digit in {surface!r}")
                group = None
            if unit > highest_big:
                total = (total + (group or 0)) * unit
                highest_big = unit
            else:
                total += (group or 0) * unit
            section, digit, last_unit, zero_seen = Decimal(0), None, unit, False
            decimal_closed = decimal
        elif token in "几数多余":  # 十几, 数十, 一千多万, 500余万: a lower bound
            approximate = True
            if token in "几数":
                digit = None
        else:
            raise NumberError(f"{token!r} is not part of a numeral in {surface!r}")
        index += 1
    if digit is not None:
        if _abbreviated(digit, last_unit, zero_seen):
            digit *= last_unit // 10  # 一百二, 六千八, 13万2: the unit after the last digit is implied
        section += digit
    return Reading(total + section, approximate)


def _lowest_small(section: Decimal) -> int:
    """The smallest of 十百千 written so far in a section below 万 (一千二百 → 100)."""
    return next(unit for unit in (10, 100, 1000, 10000) if section % (unit * 10) or unit == 10000)


def _abbreviated(digit: Decimal, last_unit: int | None, zero_seen: bool) -> bool:
    """Whether a last digit stands for a digit of the next lower unit (一百二: 二 is 二十)."""
    return last_unit is not None and not zero_seen and last_unit >= 10 and digit < 10 and digit == digit.to_integral_value()


def _read_fraction(tokens: list[str], index: int, surface: str) -> tuple[Decimal, int]:
    """Read the digits after 点 (Chinese, or Arabic as in 零点77) as a decimal fraction; return it and
    the index after them."""
    digits = ""
    if index < len(tokens) and tokens[index].isdigit():
        return Decimal("0." + tokens[index]), index + 1
    while index < len(tokens) and tokens[index] in DIGITS:
        digits += str(DIGITS[tokens[index]])
        index += 1
    if not digits:
        raise NumberError(f"点 without digits after it in {surface!r}")
    return Decimal("0." + digits), index


def has_digit(surface: str) -> bool:
    """True when the numeral writes a digit (一, 5, 十), not only magnitudes such as 百, 千亿 or 万亿.

    >>> has_digit("百亿"), has_digit("十八"), has_digit("3千万")
    (False, True, True)
    """
    return any(ch.isdigit() or ch in DIGITS or ch in TENS or ch in "十拾" for ch in surface)
