"""Numerals shared by every fact kind: Arabic, full-width, Chinese and mixed forms, read exactly.

`NUMBER` is the pattern that finds a numeral in normalised text (see `extractors.text`); `parse_number`
turns its surface into an exact `Decimal`. No float ever touches a value.

Handled: Arabic digits with decimals and thousands separators (1,052.97), Chinese numerals in everyday
and financial script (一百零五, 壹佰), 两, 〇/零, 廿/卅, magnitudes 十百千万亿 in any legal nesting
(一万五千亿, 2亿3千万, 1.5万亿), 零 after a magnitude (一百九十万零三千九百七十一), the spoken
abbreviation of a trailing unit (一百二 is 120, 13万2 is 132000), a leading magnitude (百 is 100, 千万 is 10000000), Chinese decimals (三点五) and
positional digit strings (二〇二五). 几 marks an approximate numeral (十几): `read_number` says so and
the value is its lower bound.
Not handled: 兆 (its meaning, 1e6, 1e12 or 1e16, depends on the writer), fractions (三分之一).
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

import regex

from extractors.text import normalize

DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8}
TENS = {"廿": 20, "卅": 30}
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS) + "".join(TENS)

_ARABIC = r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?"
_CHINESE = f"[{CHINESE_NUMERAL_CHARS}几]"  # 多 and 余 are read by the kinds, as hedges (1000多万元)
# A numeral: Arabic or Chinese pieces in any mix, a Chinese decimal point only between digits.
NUMBER = regex.compile(
    rf"""
    (?: {_ARABIC} | [{CHINESE_NUMERAL_CHARS}] )          # starts with a digit or a numeral character
    (?: {_ARABIC} | {_CHINESE} | 点(?=[{''.join(DIGITS)}\d]) )*   # then more of either
    """,
    regex.VERBOSE,
)
_TOKEN = regex.compile(rf"{_ARABIC}|点|.", regex.DOTALL)


class NumberError(ValueError):
    """The text is not a numeral zhfacts can read exactly."""


class Reading(NamedTuple):
    value: Decimal
    approximate: bool  # 几 was written: the value is a lower bound


def parse_number(surface: str) -> Decimal:
    """Read a numeral exactly.

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
    return read_number(surface).value


def read_number(surface: str) -> Reading:
    """Read a numeral and say whether it was approximate (十几 reads as 10, approximate).

    >>> read_number("十几")
    Reading(value=Decimal('10'), approximate=True)
    >>> read_number("-8.92").value
    Decimal('-8.92')
    """
    return read_normalized(normalize(surface.strip()), surface)


def read_normalized(text: str, surface: str | None = None) -> Reading:
    """`read_number` for text already normalised (as `Document.text` is)."""
    surface = text if surface is None else surface
    sign = -1 if text[:1] in ("-", "−", "负") else 1
    text = text[1:] if sign < 0 or text[:1] == "+" else text
    if not text:
        raise NumberError(f"no numeral in {surface!r}")
    reading = _read_unsigned(text, surface)
    return Reading(sign * reading.value, reading.approximate)


def _read_unsigned(text: str, surface: str) -> Reading:
    tokens = _TOKEN.findall(text)
    if len(tokens) == 1 and tokens[0][0].isdigit():
        return Reading(Decimal(tokens[0].replace(",", "")), False)
    if all(t in DIGITS for t in tokens) and len(tokens) > 1:
        return Reading(Decimal("".join(str(DIGITS[t]) for t in tokens)), False)
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
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token[0].isdigit() or token in DIGITS:
            if digit is not None:
                raise NumberError(f"two digits in a row in {surface!r}")
            digit = Decimal(token.replace(",", "")) if token[0].isdigit() else Decimal(DIGITS[token])
            zero_seen = zero_seen or digit == 0
            if digit == 0 and not token[0].isdigit():
                digit = None
        elif token == "点":
            fraction, index = _read_fraction(tokens, index + 1, surface)
            digit = (digit or Decimal(0)) + fraction
            continue
        elif token in SMALL_UNITS:
            unit = SMALL_UNITS[token]
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
        elif token in "几多余":  # 十几, 一千多万, 500余万: a lower bound
            approximate = True
            if token == "几":
                digit = None
        else:
            raise NumberError(f"{token!r} is not part of a numeral in {surface!r}")
        index += 1
    if digit is not None:
        if last_unit is not None and not zero_seen and last_unit >= 10 and digit < 10 and digit == digit.to_integral_value():
            digit *= last_unit // 10  # 一百二, 六千八, 13万2: the unit after the last digit is implied
        section += digit
    return Reading(total + section, approximate)


def _read_fraction(tokens: list[str], index: int, surface: str) -> tuple[Decimal, int]:
    """Read the digits after 点 as a decimal fraction; return it and the index after them."""
    digits = ""
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
