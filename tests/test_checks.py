"""The runner of tests/cases/checks.toml: numeric consistency findings of whole articles.

For each case, `check_article` on the extracted article must return exactly the listed (check, severity)
pairs, in any order; a listed finding with `names` must also name the facts so written (the figure a
reader would be sent to). Every finding must also name facts of the article, and the article with its findings
must validate against the output contract. Cases marked `xfail` are known engine gaps and fail the run when
they start to pass.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from extractors import extract
from schemas import ArticleFacts
from zhfacts.checks import CHECKS, check_article, with_findings
from tests.test_cases import load as load_cases

SEVERITIES = ("error", "warning", "info")


def load() -> list:
    return load_cases("checks")


def test_case_file_is_well_formed():
    cases = [p.values[0] for p in load()]
    ids = [case["id"] for case in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    for case in cases:
        assert set(case) <= {"id", "text", "published", "findings", "xfail"}, case["id"]
        for finding in case["findings"]:
            assert {"check", "severity"} <= set(finding) <= {"check", "severity", "names"}, case["id"]
            assert finding["check"] in CHECKS and finding["severity"] in SEVERITIES, f"{case['id']}: {finding}"


def check_findings_contract(text: str, result: ArticleFacts, findings: list) -> None:
    """Findings name facts of the article, and the article carrying them validates."""
    result.check_offsets(text)
    facts = {f.id for f in result.facts}
    for finding in findings:
        assert finding.check in CHECKS, f"unknown check {finding.check!r}"
        assert finding.facts, f"{finding.check} finding names no facts: {finding.message}"
        unknown = [fact_id for fact_id in finding.facts if fact_id not in facts]
        assert not unknown, f"{finding.check} finding names facts {unknown} that the article does not have"
        assert finding.message, f"{finding.check} finding has no message"
    checked = with_findings(result)
    ArticleFacts.model_validate_json(checked.model_dump_json())


@pytest.mark.parametrize("case", load())
def test_checks(case):
    published = date.fromisoformat(case["published"]) if "published" in case else None
    result = extract(case["text"], published=published)
    findings = check_article(result)
    check_findings_contract(case["text"], result, findings)
    got = Counter((f.check, f.severity) for f in findings)
    want = Counter((f["check"], f["severity"]) for f in case["findings"])
    assert got == want, "findings: " + "; ".join(f"{f.check}/{f.severity}: {f.message}" for f in findings)
    texts = {fact.id: fact.text for fact in result.facts}
    for wanted in (f for f in case["findings"] if "names" in f):
        named = [{texts[i] for i in f.facts} for f in findings if (f.check, f.severity) == (wanted["check"], wanted["severity"])]
        assert any(set(wanted["names"]) <= facts for facts in named), f"no {wanted['check']} finding names {wanted['names']}: {named}"
