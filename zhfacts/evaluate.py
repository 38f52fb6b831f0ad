"""Score extracted facts against gold files: precision, recall and F1 per kind, value-exact.

A gold fact is found when an extracted fact of the same kind overlaps the gold text at its occurrence
and agrees on every value field the gold gives (money: value or low/high and currency; count and
percent: value; date: year, month (of a span from January, its last month), day, start/end month,
relative year; duration: value and unit;
project: the overlap alone). An extracted fact that finds nothing is a false positive unless it
overlaps an `optional` text. Qualifiers are scored apart, on the facts found.
"""

from __future__ import annotations

import json
import multiprocessing
from collections import Counter
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path

from schemas import ArticleFacts

KINDS = ("money", "count", "percent", "date", "duration", "project")
VALUE_FIELDS = {
    "money": ("value", "low", "high", "currency"),
    "count": ("value", "low", "high"),
    "percent": ("value", "low", "high"),
    "date": ("year", "month", "day", "start_month", "end_month", "relative_year"),
    "duration": ("value", "low", "high", "unit"),
    "project": (),
}


class Tally:
    """Counts and lists that add up over articles (each process scores its own)."""

    def add(self, other: "Tally") -> None:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))


@dataclass
class Score(Tally):
    gold: int = 0
    found: int = 0
    extracted: int = 0
    correct: int = 0
    qualifier_right: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Span of the `occurrence`-th appearance of `needle` in `text` (1-based)."""
    position = -1
    for _ in range(occurrence):
        position = text.find(needle, position + 1)
        if position < 0:
            return None
    return position, position + len(needle)


def flat_fields(fact) -> dict:
    """The value fields of an extracted fact in the flat shape gold files use."""
    data = fact.model_dump()
    if fact.kind == "date":
        period = data.get("period")
        if period:
            data["start_month"] = period["start"].get("month")
            data["end_month"] = period["end"].get("month")
            data["year"] = data.get("year") or period["start"].get("year")
            if period["start"].get("month") == 1 and data.get("month") is None:
                # 1—10月 is the year to October, named by its last month as statistics releases do: gold files
                # that give it as `month` 10 mean that month
                data["month"] = period["end"].get("month")
        if data.get("year") is None and data.get("resolved"):
            # 上半年, 9月末 in an article of 2026: the year the date is read as, which gold files give as `year`
            data["year"] = data["resolved"]["start"].year
    return data


def agrees(kind: str, gold: dict, fact) -> bool:
    """Whether the fact agrees with the gold on every value field the gold gives."""
    ours = flat_fields(fact)
    for name in VALUE_FIELDS[kind]:
        if name not in gold:
            continue
        expected, actual = gold[name], ours.get(name)
        if isinstance(expected, (int, float)) and not isinstance(expected, bool):
            if actual is None or not _close(Decimal(str(expected)), Decimal(actual)):
                return False
        elif expected != actual:
            return False
    return True


def _close(expected: Decimal, actual: Decimal) -> bool:
    """Gold files store floats, so 4134.77亿 may read 413477000000.00006: allow that noise only."""
    return abs(expected - actual) <= max(Decimal("1e-9"), abs(expected) * Decimal("1e-12"))


@dataclass
class RelationScore(Tally):
    """Gold relations recovered (metric overlaps, every link the gold gives points at the right fact),
    and emitted statements on gold figures that contradict the gold."""

    gold: int = 0
    recovered: int = 0
    judged: int = 0
    wrong: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.recovered / self.gold if self.gold else 1.0

    @property
    def error_rate(self) -> float:
        return self.wrong / self.judged if self.judged else 0.0


_LINKS = {"period": "period", "growth_text": "change", "share_text": "share", "count_text": "count"}


def score_relations(text: str, gold: dict, result: ArticleFacts, score: RelationScore) -> None:
    """Compare the article's statements with the gold `relations`."""
    facts = {f.id: f for f in result.facts}
    for relation in gold.get("relations", []):
        score.gold += 1
        spans = _all_spans(text, _written(relation["value_text"]))
        candidates = [
            s for s in result.statements if any(facts[s.value].start < e and b < facts[s.value].end for b, e in spans)
        ]
        if not candidates:
            score.misses.append(f"{gold.get('article')}: no statement for {relation['value_text']}")
            continue
        score.judged += 1
        problems = min((_problems(text, relation, s, facts) for s in candidates), key=len)
        if problems:
            score.wrong += 1
            score.misses.append(f"{gold.get('article')}: {relation['value_text']}: {'; '.join(problems)}")
        else:
            score.recovered += 1


def _problems(text: str, relation: dict, statement, facts: dict) -> list[str]:
    """How a statement departs from a gold relation (empty when it agrees)."""
    problems = [] if _metric_overlaps(statement.metric, relation.get("metric")) else [f"metric {statement.metric!r}"]
    for key, link in _LINKS.items():
        if key not in relation:
            continue
        target = getattr(statement, link)
        target = target.value if link in ("change", "share") and target else target
        linked = facts.get(target) if target else None
        if linked is None or _written(relation[key]) not in text[max(0, linked.start - 8) : linked.end + 8]:
            problems.append(f"{link} {linked.text if linked else None!r} != {relation[key]!r}")
    return problems


def _written(figure: str | dict) -> str:
    """A gold figure's text, written alone or with its occurrence ({"text": "52艘", "occurrence": 2})."""
    return figure["text"] if isinstance(figure, dict) else figure


def _metric_overlaps(ours: str | None, gold: str | None) -> bool:
    """The metrics share a word of two characters or more (实际利用外资 / 利用外资)."""
    if not gold:
        return True
    if not ours:
        return False
    return any(gold[i : i + 2] in ours for i in range(len(gold) - 1))


def score_article(text: str, gold: dict, result: ArticleFacts, scores: dict[str, Score]) -> None:
    """Add one article's comparison to the per-kind scores."""
    matched: set[str] = set()
    for item in gold.get("required", []):
        kind = item["kind"]
        score = scores[kind]
        score.gold += 1
        span = locate(text, item["text"], item.get("occurrence", 1))
        hits = [] if span is None else [
            f for f in result.facts if f.kind == kind and f.start < span[1] and span[0] < f.end and agrees(kind, item, f)
        ]
        if not hits:
            score.misses.append(f"{gold.get('article')}: {item['text']} {_fields_of(item)}")
            continue
        score.found += 1
        matched.update(f.id for f in hits)
        qualifier = getattr(hits[0], "qualifier", None)
        if qualifier is None or qualifier == item.get("qualifier", "="):
            score.qualifier_right += 1
        else:
            score.misses.append(f"{gold.get('article')}: {item['text']} qualifier {qualifier} != {item.get('qualifier', '=')}")
    optional = [s for t in gold.get("optional", []) for s in _all_spans(text, t)]
    for fact in result.facts:
        if fact.kind not in scores:
            continue
        if fact.id in matched:
            scores[fact.kind].extracted += 1
            scores[fact.kind].correct += 1
        elif not any(s < fact.end and fact.start < e for s, e in optional):
            scores[fact.kind].extracted += 1
            scores[fact.kind].false_positives.append(f"{gold.get('article')}: {fact.text}")


def _all_spans(text: str, needle: str) -> list[tuple[int, int]]:
    spans, position = [], text.find(needle)
    while needle and position >= 0:
        spans.append((position, position + len(needle)))
        position = text.find(needle, position + 1)
    return spans


def _fields_of(item: dict) -> dict:
    return {k: v for k, v in item.items() if k not in ("kind", "text", "metric", "occurrence")}


def evaluate(gold_dir: Path, articles_dir: Path | None = None, jobs: int = 1) -> dict[str, Score]:
    """Extract every article that has a gold file and score it; articles default to the gold's parent.
    With `jobs` > 1 the articles are spread over that many processes; the totals and the order of the
    misses are the same as in one."""
    paths = sorted(gold_dir.glob("*.json"))
    score_one = partial(_score_one, articles_dir=articles_dir)
    if jobs > 1 and len(paths) > 1:
        with multiprocessing.Pool(jobs) as pool:
            parts = pool.map(score_one, paths, chunksize=max(1, len(paths) // (jobs * 8)))
    else:
        parts = map(score_one, paths)
    scores = _no_scores()
    for part in parts:
        for kind, score in part.items():
            scores[kind].add(score)
    return scores


def _no_scores() -> dict:
    return {**{kind: Score() for kind in KINDS}, "relations": RelationScore()}


def _score_one(gold_path: Path, articles_dir: Path | None) -> dict:
    """The scores of one article alone, to be added up."""
    from extractors import extract

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = _find_article(gold_path, gold, articles_dir)
    text = article.read_text(encoding="utf-8-sig")
    published = date.fromisoformat(gold["published"]) if gold.get("published") else None
    result = extract(text, published=published, article_id=article.stem)
    scores = _no_scores()
    score_article(text, gold, result, scores)
    score_relations(text, gold, result, scores["relations"])
    return scores


def _find_article(gold_path: Path, gold: dict, articles_dir: Path | None) -> Path:
    name = gold.get("article") or gold_path.with_suffix(".txt").name
    folders = [articles_dir] if articles_dir else [gold_path.parent.parent / "articles", gold_path.parent.parent]
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"gold {gold_path.name}: article {name} not found in {', '.join(map(str, folders))}")


def report(scores: dict[str, Score], verbose: bool = False) -> str:
    """A plain table of the scores, with misses and false positives when `verbose`."""
    relations = scores.get("relations")
    scores = {k: v for k, v in scores.items() if k != "relations"}
    lines = [f"{'kind':<9}{'gold':>6}{'found':>7}{'extracted':>11}{'P':>8}{'R':>8}{'F1':>8}{'qualifier':>11}"]
    for kind, s in scores.items():
        qualifier = s.qualifier_right / s.found if s.found else 1.0
        lines.append(
            f"{kind:<9}{s.gold:>6}{s.found:>7}{s.extracted:>11}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{qualifier:>11.3f}"
        )
    if relations is not None:
        lines.append(
            f"statements: {relations.recovered}/{relations.gold} gold relations recovered ({relations.recall:.3f}), "
            f"{relations.wrong}/{relations.judged} statements on gold figures wrong ({relations.error_rate:.3f})"
        )
    if verbose:
        for kind, s in scores.items():
            lines += [f"  miss {kind}: {m}" for m in s.misses]
            lines += [f"  false {kind}: {m}" for m in s.false_positives]
        lines += [f"  relation: {m}" for m in (relations.misses if relations else [])]
    return "\n".join(lines)


def totals(scores: dict[str, Score]) -> Counter:
    return Counter({k: round(s.f1, 3) for k, s in scores.items()})
