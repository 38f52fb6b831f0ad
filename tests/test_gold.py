"""The seed article, the corpus and the shared dev set, scored against their gold files (when present)."""

import json
import os
from pathlib import Path

import pytest

from extractors import extract
from zhfacts.evaluate import agrees, evaluate

ROOT = Path(__file__).parent.parent
CORPUS_GOLD = ROOT / "corpus" / "gold"
DEV_GOLD = ROOT.parent / "shared" / "dev" / "gold"
SEED_GOLD = ROOT / "tests" / "golden" / "seed"
SEEDS = ROOT.parent / "shared" / "seeds"
THRESHOLDS = {"money": 0.95, "count": 0.95, "percent": 0.95, "date": 0.90, "duration": 0.90, "project": 0.80}


def assert_thresholds(scores):
    scores = {k: v for k, v in scores.items() if k != "relations"}
    low = {k: round(s.f1, 3) for k, s in scores.items() if s.gold and s.f1 < THRESHOLDS[k]}
    assert not low, f"F1 under threshold: {low}"
    qualifiers = {k: s.qualifier_right / s.found for k, s in scores.items() if s.found and k in ("money", "count", "percent")}
    assert all(q >= 0.95 for q in qualifiers.values()), qualifiers


@pytest.mark.skipif(not any(CORPUS_GOLD.glob("*.json")), reason="corpus has no gold files")
def test_corpus_meets_the_thresholds():
    assert_thresholds(evaluate(CORPUS_GOLD, ROOT / "corpus", jobs=os.cpu_count() or 1))


@pytest.mark.skipif(not DEV_GOLD.is_dir(), reason="../shared/dev is not present")
def test_shared_dev_meets_the_thresholds():
    assert_thresholds(evaluate(DEV_GOLD))


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
def test_seed_meets_the_thresholds():
    assert_thresholds(evaluate(SEED_GOLD, SEEDS))


def test_a_relative_date_is_scored_by_the_year_it_resolves_to():
    fact = next(f for f in extract("上半年全市出口增长5.2%。", published="2026-07-20").facts if f.kind == "date")
    assert agrees("date", {"year": 2026}, fact)
    assert not agrees("date", {"year": 2025}, fact)


def test_scores_from_several_processes_equal_those_from_one(tmp_path):
    (tmp_path / "gold").mkdir()
    for number in ("1979", "2149", "3409", "5161"):
        (tmp_path / "gold" / f"{number}.json").write_text((CORPUS_GOLD / f"{number}.json").read_text(encoding="utf-8"), encoding="utf-8")
    alone, spread = evaluate(tmp_path / "gold", ROOT / "corpus"), evaluate(tmp_path / "gold", ROOT / "corpus", jobs=2)
    assert alone == spread
    assert alone["money"].gold > 0 and alone["relations"].gold > 0


def test_a_span_from_january_is_scored_by_its_last_month_too():
    fact = next(f for f in extract("1—10月，全市进出口增长5.2%。", published="2026-11-20").facts if f.kind == "date")
    assert agrees("date", {"year": 2026, "month": 10}, fact)
    assert agrees("date", {"start_month": 1, "end_month": 10}, fact)
    assert not agrees("date", {"year": 2026, "month": 9}, fact)


@pytest.mark.skipif(not any(CORPUS_GOLD.glob("*.json")), reason="corpus has no gold files")
def test_corpus_gold_files_have_the_documented_shape():
    """`optional` holds texts, `negatives` facts with a kind and a text, `consistency` figures as texts or as a text
    with its occurrence: the shape the scorer and the consistency benchmark read."""
    wrong = []
    for path in sorted(CORPUS_GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if not all(isinstance(text, str) for text in gold.get("optional", [])):
            wrong.append(f"{path.name}: optional")
        if not all(isinstance(fact, dict) and {"kind", "text"} <= fact.keys() for fact in gold.get("negatives", [])):
            wrong.append(f"{path.name}: negatives")
        figures = [item for relation in gold.get("consistency", []) for item in relation["texts"]]
        if not all(isinstance(item, str) or isinstance(item, dict) and isinstance(item.get("text"), str) for item in figures):
            wrong.append(f"{path.name}: consistency")
    assert not wrong, wrong
