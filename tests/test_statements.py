"""The runner of tests/cases/statements.toml: which metric, period, change and share each figure belongs to.

Each expected statement is found by the span of its value (the `occurrence`-th appearance of `value` in the
text) and every key written in the case must agree with it (see the file's header for the keys). With
`exact = true` no other statement may exist. Every case also checks the invariants of the output contract:
offsets slice back, the article validates, and every link of every statement names a fact of the article
of the right kind. Cases marked `xfail` are known engine gaps and fail the run when they start to pass.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors import extract
from schemas import ArticleFacts, Statement
from tests.test_cases import load as load_cases

KEYS = {
    "value", "occurrence", "metric", "period", "change", "basis", "direction", "share", "share_of", "whole",
    "count", "target", "target_rate", "average", "subject", "part_of", "period_start", "period_end", "metric_is",
    "change_base", "gap", "difference", "difference_base", "over", "share_change", "share_earlier",
}


def load() -> list:
    return load_cases("statements")


def test_case_file_is_well_formed():
    cases = [p.values[0] for p in load()]
    ids = [case["id"] for case in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    for case in cases:
        assert set(case) <= {"id", "text", "published", "statements", "exact", "xfail"}, case["id"]
        for want in case["statements"]:
            assert set(want) <= KEYS, f"{case['id']}: unknown keys {set(want) - KEYS}"
            assert "value" in want, case["id"]


def check_links(text: str, result: ArticleFacts) -> None:
    """The output contract: offsets slice back, the article validates, and every statement's links are fact
    ids of this article, of the kind the link means; part_of names another statement."""
    result.check_offsets(text)
    ArticleFacts.model_validate_json(result.model_dump_json())
    facts = {f.id: f for f in result.facts}
    for kind in {f.kind for f in result.facts}:
        same = sorted((f for f in result.facts if f.kind == kind), key=lambda f: f.start)
        for first, second in zip(same, same[1:]):
            assert first.end <= second.start, f"{first.text!r} overlaps {second.text!r}"
    statements = {s.id: s for s in result.statements}
    assert len(statements) == len(result.statements), "statement ids must be unique"

    def linked(statement: Statement, what: str, fact_id: str | None, kinds: tuple[str, ...]) -> None:
        if fact_id is None:
            return
        assert fact_id in facts, f"{statement.id}.{what} = {fact_id!r} is no fact of the article"
        assert facts[fact_id].kind in kinds, f"{statement.id}.{what} links a {facts[fact_id].kind} fact"

    for s in result.statements:
        linked(s, "value", s.value, ("money", "count", "measure", "percent", "duration"))
        assert s.sentence == facts[s.value].sentence, f"{s.id} keeps sentence {s.sentence}, its value is in {facts[s.value].sentence}"
        linked(s, "period", s.period, ("date",))
        linked(s, "count", s.count, ("count",))
        linked(s, "average", s.average, ("money", "count", "measure"))
        linked(s, "over", s.over, ("duration", "measure", "count"))
        if s.change is not None:
            linked(s, "change.value", s.change.value, ("percent",))
            linked(s, "change.base", s.change.base, ("money", "count", "measure", "percent"))
        if s.share is not None:
            linked(s, "share.value", s.share.value, ("percent",))
            linked(s, "share.whole", s.share.whole, ("money", "count", "measure"))
            linked(s, "share.change", s.share.change, ("percent",))
            linked(s, "share.earlier", s.share.earlier, ("percent",))
        if s.target is not None:
            linked(s, "target.rate", s.target.rate, ("percent",))
            linked(s, "target.value", s.target.value, ("money", "count", "measure"))
        if s.part_of is not None:
            assert s.part_of in statements and s.part_of != s.id, f"{s.id}.part_of = {s.part_of!r} is no other statement"


def locate(text: str, needle: str, occurrence: int) -> int:
    position = -1
    for _ in range(occurrence):
        position = text.find(needle, position + 1)
        assert position >= 0, f"{needle!r} is not written {occurrence} time(s) in the case text"
    return position


def describe(statement: Statement, facts: dict, statements: dict) -> dict:
    """A statement as the case file writes it: linked facts by their text."""
    def text(fact_id):
        return facts[fact_id].text if fact_id is not None else None

    period = facts[statement.period] if statement.period else None
    resolved = getattr(period, "resolved", None)
    return {
        "value": text(statement.value),
        "metric": statement.metric,
        "metric_is": statement.metric,
        "period": text(statement.period),
        "period_start": resolved.start.isoformat() if resolved else None,
        "period_end": resolved.end.isoformat() if resolved else None,
        "change": text(statement.change.value) if statement.change else None,
        "basis": statement.change.basis if statement.change else None,
        "change_base": text(statement.change.base) if statement.change else None,
        "gap": text(statement.change.gap) if statement.change else None,
        "difference": text(statement.difference.value) if statement.difference else None,
        "difference_base": text(statement.difference.base) if statement.difference else None,
        "direction": statement.change.direction if statement.change else None,
        "share": text(statement.share.value) if statement.share else None,
        "share_of": statement.share.of if statement.share else None,
        "whole": text(statement.share.whole) if statement.share else None,
        "share_change": text(statement.share.change) if statement.share else None,
        "share_earlier": text(statement.share.earlier) if statement.share else None,
        "count": text(statement.count),
        "target": text(statement.target.value) if statement.target else None,
        "target_rate": text(statement.target.rate) if statement.target else None,
        "average": text(statement.average),
        "over": text(statement.over),
        "subject": statement.subject,
        "part_of": text(statements[statement.part_of].value) if statement.part_of in statements else None,
    }


def disagreements(want: dict, got: dict) -> dict:
    wrong = {}
    for key, expected in want.items():
        if key in ("value", "occurrence"):
            continue
        actual = got[key]
        if key == "metric":
            ok = actual is not None and expected in actual
        elif expected == "":
            ok = actual is None
        else:
            ok = actual == expected
        if not ok:
            wrong[key] = (expected, actual)
    return wrong


@pytest.mark.parametrize("case", load())
def test_statements(case):
    published = date.fromisoformat(case["published"]) if "published" in case else None
    text = case["text"]
    result = extract(text, published=published)
    check_links(text, result)
    facts = {f.id: f for f in result.facts}
    statements = {s.id: s for s in result.statements}
    by_start = {facts[s.value].start: s for s in result.statements}
    got = [describe(s, facts, statements) for s in result.statements]
    matched, problems = set(), []
    for want in case["statements"]:
        start = locate(text, want["value"], want.get("occurrence", 1))
        statement = by_start.get(start)
        if statement is None or facts[statement.value].text != want["value"]:
            problems.append(f"no statement of value {want['value']!r}")
            continue
        matched.add(statement.id)
        wrong = disagreements(want, describe(statement, facts, statements))
        if wrong:
            problems.append(f"{want['value']}: expected vs found {wrong}")
    if case.get("exact"):
        problems += [f"invented: {describe(s, facts, statements)}" for s in result.statements if s.id not in matched]
    assert not problems, "\n".join(problems) + f"\nstatements: {got}"


def test_facts_alone_without_statements():
    text = "1月—10月,杭州实际利用外资68.15亿美元,同比增长7.28%,占全国比重为4.05%。"
    linked, alone = extract(text), extract(text, statements=False)
    assert linked.statements and not alone.statements
    assert alone.facts == linked.facts
