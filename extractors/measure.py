"""Measurements: a physical quantity with its unit (86.3万吨, 2.3万亩, 128.6万平方米, 45.6亿千瓦时, 412公里).

The value is kept in one unit per kind of quantity (吨, 亩, 平方米, 千瓦时 …), so that 452公斤 per 亩 and
86.3万吨 over 19.1万亩 compare exactly; `unit` is the unit as written, with its 万 or 亿. A unit followed
by 级 names a class (10万吨级码头), not a quantity. Rule table: `rules/measure.toml`.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import regex

from extractors import figures
from extractors.document import Candidate, Document
from extractors.numerals import has_digit
from extractors.rulebook import alternation, rules


@cache
def _patterns() -> dict:
    table = rules("measure")
    units = {word: (base, Decimal(factor)) for word, (base, factor) in table.units.items()}
    # 1.5万千瓦时, 286.5千米: the numeral reads 千 as its own, and the rest of the unit follows it
    after_thousand = frozenset(w[1] for w in units if w.startswith("千"))
    return {
        # 距机场约30公里, 时速350公里: a length in a clause naming a distance or a speed is none
        "distance": regex.compile(rf"(?:{alternation(table.distance_words)})[^,;:，；：。！？\n]{{0,16}}$"),
        "unit": regex.compile(rf"(?P<inner>多|余)?(?P<unit>{alternation(units)})(?!{alternation(table.class_after)})"),
        "units": units,
        "needs_scale": frozenset(table.needs_scale),
        "bare_units": frozenset(table.bare_units),
        "bare_after": regex.compile(rf"\P{{Han}}|$|(?:{alternation(table.bare_after)})"),
        "after_thousand": after_thousand,
        "openings": frozenset(w[0] for w in units) | after_thousand | frozenset("多余"),
    }


def extract(doc: Document) -> list[Candidate]:
    """Every measurement of the document, ranges (20至30万吨) read as one."""
    patterns = _patterns()
    found = []
    for index, numeral in figures.numerals_before(doc, patterns["openings"]):
        reading = _read_measure(doc, numeral, patterns)
        if reading is None:
            continue
        candidate, factor, magnitude = reading
        found.append(candidate)
        low = figures.range_low(doc, index, candidate, lambda value: _low_end(value, candidate, factor, magnitude))
        if low is not None:
            start, value = low
            found.append(Candidate("measure", start, candidate.end, {**candidate.fields, "value": None, "low": value, "high": candidate.fields["value"]}))
        elif candidate.start == numeral.start:
            found += _listed_before(doc, index, candidate, factor, magnitude)
    return found


def _listed_before(doc: Document, index: int, last: Candidate, factor: Decimal, magnitude: int) -> list[Candidate]:
    """The bare items of a list that share the unit of its last item: 41.36亿、26.85亿和4.37亿千瓦时."""
    items = []
    while (previous := figures.previous_numeral(doc, index, figures.LIST_CONNECTOR)) is not None:
        numeral = doc.numerals[previous]
        reading = figures.value_of(numeral)
        if reading is None or not has_digit(numeral.surface) or reading[0] <= 0:
            break
        value = reading[0] * factor * (1 if figures.big_magnitude(numeral.surface) else magnitude)
        items.append(Candidate("measure", numeral.start, numeral.end, {**last.fields, "value": value, "qualifier": "="}))
        index = previous
    return items


def _low_end(value: Decimal, high: Candidate, factor: Decimal, magnitude: int) -> Decimal:
    """The bare low end of a range in the high end's unit: 20 of 20至30万吨 is 20万吨, while 20万 of
    20万至30万吨 wrote its own 万."""
    scaled = value * factor * magnitude
    return scaled if scaled < high.fields["value"] else value * factor


def _read_measure(doc: Document, numeral, patterns) -> tuple[Candidate, Decimal, int] | None:
    """The measurement at a numeral, the factor to its base unit, and the magnitude its numeral ends with
    (10**4 of 86.3万吨), which the bare items of a range or list before it share."""
    text, surface, unit_start = doc.text, numeral.surface, numeral.end
    if surface.endswith("千") and text[numeral.end : numeral.end + 1] in patterns["after_thousand"]:
        surface, unit_start = surface[:-1], numeral.end - 1  # 1.5万千瓦时: 千 opens the unit
    unit = patterns["unit"].match(text, unit_start)
    if unit is None or surface in ("", "一") or (numeral.start and text[numeral.start - 1].isascii() and text[numeral.start - 1].isalpha()):
        return None
    written = unit.group("unit")
    scale = figures.big_magnitude(surface)
    if written in patterns["needs_scale"] and not scale:
        return None  # 三方, 各方: parties, not cubic metres
    if written in patterns["bare_units"] and (not patterns["bare_after"].match(text, unit.end()) or text[numeral.start - 1 : numeral.start] == "×"):
        return None  # 24小时便利店, 7×24小时: a kind of service, no quantity
    reading = figures.value_of(numeral._replace(surface=surface))
    if reading is None or reading[0] <= 0:
        return None
    prefix_symbol, start = figures.prefix_qualifier(text, numeral.start)
    if not has_digit(surface) and prefix_symbol is None:
        return None  # 百万吨: a magnitude, not a figure
    if figures.cuts_a_word(doc, numeral.start) or figures.ends_inside_a_word(doc, numeral.start, unit.end()):
        return None
    base, factor = patterns["units"][written]
    if base == "公里" and patterns["distance"].search(text, max(0, numeral.start - 24), numeral.start):
        return None
    suffix_symbol, end = figures.suffix_qualifier(text, unit.end(), figures.LEVEL_SUFFIXES)
    fields = {
        "value": reading[0] * factor,
        "unit": scale + written,
        "base_unit": base,
        "qualifier": figures.first_qualifier(prefix_symbol, unit.group("inner") and ">", ">" if reading[1] else None, suffix_symbol),
    }
    return Candidate("measure", start, end, figures.rough_range(numeral, fields, lambda high: high * factor)), factor, figures.magnitude_value(scale)
