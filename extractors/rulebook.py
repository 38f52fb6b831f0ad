"""The rule tables of `extractors/rules/*.toml`, loaded once and validated.

A misspelt key or a wrong type fails at load time with every problem listed, instead of silently
matching nothing. Each model mirrors one file; the files say where their words come from.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

RULES_DIR = Path(__file__).with_name("rules")
QualifierSymbol = Literal["=", ">", ">=", "<", "<=", "~"]


class RuleError(ValueError):
    """A rule table is missing or malformed."""


class Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Qualifiers(Table):
    not_hedges: list[str]
    prefix: dict[str, QualifierSymbol]
    inner: dict[str, QualifierSymbol]
    suffix: dict[str, QualifierSymbol]


class Currency(Table):
    code: str = Field(pattern=r"^[A-Z]{3}$")
    suffix: list[str]
    prefix: list[str] = []


class MoneyTraps(Table):
    class_suffix: list[str]
    not_currency_after: list[str]


class MoneyRules(Table):
    currency: list[Currency]
    generic_suffix: str
    needs_subunit: list[str] = []
    traps: MoneyTraps


class CountRules(Table):
    measure_words: list[str]
    lone_numbers: list[str]
    format_words: list[str]
    idioms: list[str]
    ordinal_before: list[str]
    title_closers: list[str]
    label_after: list[str]
    class_label_after: list[str]
    time_after: list[str]
    not_objects: list[str]
    measure_opening_a_word: list[str]


class MeasureRules(Table):
    units: dict[str, tuple[str, str]]
    class_after: list[str]
    bare_units: list[str]
    bare_after: list[str]
    needs_scale: list[str]
    distance_words: list[str]


class PercentRules(Table):
    up: list[str]
    down: list[str]
    between: list[str]
    doubling: dict[str, int]
    share_words: dict[str, int] = {}


class DateRules(Table):
    relative_year: dict[str, int]
    period: dict[str, tuple[int, int]]
    year_part: dict[str, int]
    month_suffix: list[str]
    words_ending_in_relative: list[str] = []


class DurationRules(Table):
    unit: dict[str, Literal["day", "week", "month", "year"]]
    date_like_units: list[str]
    max_years: int


class ProjectRules(Table):
    suffix: dict[str, str]
    boundary_tags: list[str]
    company_categories: list[str]
    place_tags: list[str]
    clause_verb_tags: list[str]
    inner_conjunctions: list[str]
    leading_prepositions: str
    place_is_generic_for: list[str]
    min_chars_with_suffix: int
    boundary_words: list[str]
    generic_words: list[str]
    quoted_suffix: list[str]
    quoted_max_chars: int
    max_name_chars: int


class Complement(Table):
    whole: str
    parts: list[str]


class Partition(Table):
    parts: list[str]


class Balance(Table):
    metric: str
    larger: list[str]  # any of these flow words against any of `smaller`
    smaller: list[str]


class Pair(Table):
    words: str
    parts: list[str]


class Ratio(Table):
    names: list[str]
    part: list[str]
    whole: list[str]
    whole_without: list[str] = []


class LinkRules(Table):
    complements: list[Complement]
    partitions: list[Partition]
    ranks: list[list[str]]
    balances: list[Balance]
    pairs: list[Pair]
    ratios: list[Ratio]
    measures: list[list[str]]
    flow_sides: list[list[str]]
    synonyms: list[list[str]]
    umbrella_markets: list[str]
    umbrella_industries: list[str]
    umbrella_goods: list[str]
    umbrella_ownership: list[str]
    compound_names: list[str]
    modifier_pairs: list[list[str]]


TABLES: dict[str, type[Table]] = {
    "link": LinkRules,
    "qualifiers": Qualifiers,
    "money": MoneyRules,
    "count": CountRules,
    "measure": MeasureRules,
    "percent": PercentRules,
    "date": DateRules,
    "duration": DurationRules,
    "project": ProjectRules,
}


@cache
def rules(name: str) -> Table:
    """The validated rule table `rules/<name>.toml`.

    >>> rules("qualifiers").prefix["超"]
    '>'
    """
    path = RULES_DIR / f"{name}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return TABLES[name].model_validate(data)
    except (OSError, KeyError, tomllib.TOMLDecodeError) as error:
        raise RuleError(f"rule table {path}: {error}") from error
    except ValidationError as error:
        raise RuleError(f"rule table {path} is malformed:\n{error}") from error


@cache
def unit_openings() -> frozenset[str]:
    """Every character a figure's unit or connector can open with: a lone Chinese numeral followed by
    anything else (一些, 统一) is no figure, and is not read further."""
    money, count, duration, measure = rules("money"), rules("count"), rules("duration"), rules("measure")
    words = [w for c in money.currency for w in c.suffix] + count.measure_words + list(duration.unit) + list(measure.units)
    return frozenset(w[0] for w in words) | frozenset("%个百千万亿倍成折半多余角分至到-—–~、和及与或")


def alternation(words: list[str] | dict[str, object]) -> str:
    """A regex alternation of literal words, longest first so that 超过 wins over 超."""
    import regex

    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
