"""The analysed article every extractor reads, and the candidate fact every extractor returns.

An extractor is a pure function `extract(doc: Document) -> list[Candidate]`: no I/O, no state.
The document holds the original text, its one-for-one normalisation, sentence bounds, the numerals
found once for all kinds, and the publication date that anchors relative dates.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, NamedTuple

import regex

from extractors.numerals import NUMBER
from extractors.rulebook import unit_openings
from extractors.text import normalize, sentence_bounds


_WEB_ADDRESS = regex.compile(r"(?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+;=%\[\]]+")


class Numeral(NamedTuple):
    start: int
    end: int
    surface: str  # normalised


@dataclass(frozen=True, slots=True)
class Candidate:
    """A reading of original[start:end] as a fact of `kind`, with its value fields."""

    kind: str
    start: int
    end: int
    fields: dict[str, Any] = field(hash=False, compare=False)

    @property
    def length(self) -> int:
        return self.end - self.start


class Document:
    """One article, analysed once and shared by every extractor."""

    def __init__(self, original: str, published: date | None = None) -> None:
        self.original = original
        self.text = normalize(original)
        self.published = published

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return sentence_bounds(self.text)

    @cached_property
    def numerals(self) -> list[Numeral]:
        """Numerals that may be figures: any with a digit, and Chinese ones followed by a unit or a
        connector, or written after 之 (百分之三十五)."""
        openings, text = unit_openings(), self.text
        numerals = []
        for match in NUMBER.finditer(text):
            start, end = match.span()
            surface = match.group()
            if end - start > 1 or surface.isdigit() or text[end : end + 1] in openings or (start and text[start - 1] == "之"):
                numerals.append(Numeral(start, end, surface))
        if "://" in text or "www." in text:  # the digits of a web address are no figures (?q=30%25)
            spans = [m.span() for m in _WEB_ADDRESS.finditer(text)]
            numerals = [n for n in numerals if not any(start <= n.start < end for start, end in spans)]
        return numerals

    @cached_property
    def numeral_edges(self) -> list[tuple[int, Numeral, str, str]]:
        """(index, numeral, the character after it, the one before it) of every numeral: each kind
        tests these to pick the numerals its units can follow, without slicing the text again."""
        text = self.text
        return [(index, n, text[n.end : n.end + 1], text[n.start - 1 : n.start]) for index, n in enumerate(self.numerals)]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence that holds `offset`."""
        index = bisect_right(self._sentence_starts, offset) - 1
        return index if index > 0 else 0

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentences]
