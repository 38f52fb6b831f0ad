"""One runner for the case files of tests/cases: one file per fact kind, cases a reader can scan.

For a case of `<kind>.toml`, the facts of that kind found in `text` must be exactly the listed ones, in
text order; each listed key must equal the fact's field (values compared as exact Decimals). Cases
marked `xfail` are known gaps and fail the run when they start to pass.
"""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from extractors import extract
from extractors.numerals import NumberError, parse_number

CASES = Path(__file__).with_name("cases")
KINDS = ("money", "count", "measure", "percent", "date", "duration", "project")


def load(kind: str) -> list:
    data = tomllib.loads((CASES / f"{kind}.toml").read_text(encoding="utf-8"))
    return [
        pytest.param(case, id=case["id"], marks=[pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else [])
        for case in data["cases"]
    ]


def matches(expected, actual) -> bool:
    """Subset match: every key written in the case equals the fact's field."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(matches(v, actual.get(k)) for k, v in expected.items())
    if isinstance(expected, (int, float, str)) and isinstance(actual, Decimal):
        return Decimal(str(expected)) == actual
    if isinstance(actual, date) and isinstance(expected, str):
        return actual.isoformat() == expected
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)) and not isinstance(expected, bool):
        return Decimal(str(expected)) == Decimal(str(actual))
    return expected == actual


def check_invariants(text: str, result) -> None:
    result.check_offsets(text)
    type(result).model_validate_json(result.model_dump_json())
    by_kind: dict[str, list] = {}
    for fact in result.facts:
        by_kind.setdefault(fact.kind, []).append(fact)
    for facts in by_kind.values():
        for first, second in zip(facts, facts[1:]):
            assert first.end <= second.start, f"{first.text!r} overlaps {second.text!r}"


@pytest.mark.parametrize("kind", KINDS)
def test_case_files_parse(kind):
    ids = [p.id for p in load(kind)]
    assert len(ids) == len(set(ids)), "case ids must be unique"


def _run(kind: str, case: dict) -> None:
    published = date.fromisoformat(case["published"]) if "published" in case else None
    result = extract(case["text"], published=published)
    check_invariants(case["text"], result)
    found = [f for f in result.facts if f.kind == kind]
    expected = case["facts"]
    got = [(f.text, f.model_dump()) for f in found]
    assert [e["text"] for e in expected] == [text for text, _ in got], f"facts found: {got}"
    for want, (_, fact) in zip(expected, got):
        wrong = {k: (v, fact.get(k)) for k, v in want.items() if not matches(v, fact.get(k))}
        assert not wrong, f"{want['text']}: expected vs found {wrong}"


@pytest.mark.parametrize("case", load("money"))
def test_money(case):
    _run("money", case)


@pytest.mark.parametrize("case", load("count"))
def test_count(case):
    _run("count", case)


@pytest.mark.parametrize("case", load("measure"))
def test_measure(case):
    _run("measure", case)


@pytest.mark.parametrize("case", load("percent"))
def test_percent(case):
    _run("percent", case)


@pytest.mark.parametrize("case", load("date"))
def test_date(case):
    _run("date", case)


@pytest.mark.parametrize("case", load("duration"))
def test_duration(case):
    _run("duration", case)


@pytest.mark.parametrize("case", load("project"))
def test_project(case):
    _run("project", case)


@pytest.mark.parametrize("case", load("numerals"))
def test_numerals(case):
    if case.get("error"):
        with pytest.raises(NumberError):
            parse_number(case["input"])
    else:
        assert parse_number(case["input"]) == Decimal(case["value"])
