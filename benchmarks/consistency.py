"""Detection and false-alarm rates of `zhfacts check`, on gold files whose `consistency` lists the
checkable relations of each article (corpus/gold and, when present, ../shared/dev/gold).

For every relation, a copy of the article is made in which one of its figures is changed (the first
figure of the relation by default, `--figure last` for the stated one, `--figure each` for every figure
in turn, each a copy of its own): its number is scaled by
`--factor` (1.25) at the written precision, by one unit of the last digit at least (2个 becomes 3个). A
copy is detected when an error or warning names the changed figure's fact, by a check that matches a
relation the figure takes part in (the whole of a share and of a sum may be caught by either; an
`info`, undecidable, is no detection; the last column counts the detections by an error alone). A false
alarm is an error finding on an unchanged article.

Some changes leave their relation true: a figure raised under a bound (逾5000亿美元 stays true when a
part grows), or moved within the rounding of the others (6万亿、4万亿和3万亿元 may still make 12万亿元,
each being half a 万亿 either way). Such a copy is consistent and no check can flag it: it is counted
apart ("holds"), and the rate is also given over the changes that break their relation. Whether a
relation holds is worked out here on its own, with intervals: each figure spans half a unit of its last
written digit (a 成 ±5 points), a bound (超, 近) opens it on one side and 约 widens it to 5%.

    python benchmarks/consistency.py [--gold DIR ...] [--factor 1.25] [--figure first|last|each] [--jobs N] [-v]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
from collections import Counter
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors import extract  # noqa: E402
from extractors.precision import precision  # noqa: E402
from zhfacts.checks import check_article  # noqa: E402
from zhfacts.evaluate import locate  # noqa: E402

NUMBER = regex.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
# Gold relation types and the checks that should catch a change in them.
MATCHING = {"share": {"share"}, "sum": {"sum"}, "target_completion": {"target_completion"},
            "average": {"average"}, "growth": {"growth", "granularity"}, "difference": {"growth", "sum"}}


def scaled(text: str, factor: Decimal) -> str | None:
    """The figure with its first Arabic number scaled, at the same number of decimals."""
    match = NUMBER.search(text)
    if match is None:
        return None
    written = match.group().replace(",", "")
    decimals = len(written.split(".")[1]) if "." in written else 0
    unit = Decimal(1).scaleb(-decimals)
    value = (Decimal(written) * factor).quantize(unit, rounding=ROUND_HALF_UP)
    if value == Decimal(written):
        value += unit if factor >= 1 else -unit
    return text[: match.start()] + format(value, "f") + text[match.end() :]


def gold_articles(folders: list[Path]):
    for folder in folders:
        for gold_path in sorted(folder.glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            name = gold.get("article") or gold_path.with_suffix(".txt").name
            for candidate in (folder.parent / "articles" / name, folder.parent / name):
                if candidate.is_file():
                    published = date.fromisoformat(gold["published"]) if gold.get("published") else None
                    yield gold_path.stem, candidate.read_text(encoding="utf-8-sig"), gold, published
                    break


def _spans(text: str, relation: dict) -> list:
    """Where each figure of a gold relation is written."""
    items = [(i["text"], i.get("occurrence", 1)) if isinstance(i, dict) else (i, 1) for i in relation["texts"]]
    return [locate(text, figure, occurrence) for figure, occurrence in items]


def _interval(fact) -> tuple[Decimal | None, Decimal | None]:
    """Where the true value of a figure lies, as its text says: None for an open end."""
    value = fact.value if fact.value is not None else fact.high
    if getattr(fact, "direction", None) == "down" and value is not None and value > 0 and fact.kind == "percent":
        value = -value  # 下降6.4%
    spread = precision(fact)
    if fact.qualifier == "~":
        spread = max(spread, abs(value) / 20)
    low, high = value - spread, value + spread
    if fact.qualifier in (">", ">="):
        high = None
    elif fact.qualifier in ("<", "<="):
        low = None
    return low, high


def _ratio(top, bottom, scale=Decimal(100)):
    (a, b), (c, d) = top, bottom
    if c is None or c <= 0:
        return None, None
    return (None if a is None or d is None else a / d * scale, None if b is None else b / c * scale)


def holds(relation: dict, facts: list) -> bool:
    """Whether a gold relation is still true of these figures, within their rounding and bounds."""
    spans = [_interval(f) for f in facts]
    kind, stated = relation["type"], spans[-1]
    if kind in ("share", "target_completion"):
        computed = _ratio(spans[0], spans[1])
    elif kind == "average":
        computed = _ratio(spans[0], spans[1], Decimal(1))
    elif kind == "sum":
        lows, highs = [s[0] for s in spans[:-1]], [s[1] for s in spans[:-1]]
        computed = (None if None in lows else sum(lows), None if None in highs else sum(highs))
    elif kind == "growth":
        low, high = _ratio(spans[0], spans[1])
        computed = (None if low is None else low - 100, None if high is None else high - 100)
        if relation.get("stated", 0) < 0 and stated[1] is not None and stated[1] > 0:
            stated = (-stated[1], None if stated[0] is None else -stated[0])  # 下降27.1% written unsigned
    elif kind == "difference":
        (a, b), (c, d) = spans[0], spans[1]
        computed = (None if a is None or d is None else a - d, None if b is None or c is None else b - c)
        if not relation.get("signed"):
            computed = (abs(computed[0]) if computed[0] is not None else None, abs(computed[1]) if computed[1] is not None else None)
            computed = tuple(sorted(computed, key=lambda x: (x is None, x)))
    else:
        return False
    below = computed[1] is not None and stated[0] is not None and computed[1] < stated[0]
    above = computed[0] is not None and stated[1] is not None and computed[0] > stated[1]
    return not (below or above)


def _fact_at(result, span, length):
    # (a figure read as a date, or a project name around it, has no value to reason on)
    return next((f for f in result.facts if f.start < span[0] + length and span[0] < f.end and f.kind not in ("project", "date")), None)


def measure(item: tuple, factor: Decimal, which: str) -> dict:
    """One article: whether it alarms unchanged, and per relation type the changes made, detected,
    holding as changed and detected among the breaking ones; with the lines `-v` prints."""
    name, text, gold, published = item
    original = extract(text, published=published)
    errors = [f for f in check_article(original) if f.severity == "error"]
    known = any(not r.get("consistent", True) for r in gold.get("consistency", []))  # inconsistent as published
    lines = [f"false alarm {name}: " + "; ".join(f.message for f in errors)] if errors and not known else []
    detected, total, kept, caught_breaking, by_error = Counter(), Counter(), Counter(), Counter(), Counter()
    relations = [r for r in gold.get("consistency", []) if r.get("consistent", True) and r["type"] in MATCHING]
    for relation in relations:
        items = {"first": relation["texts"][:1], "last": relation["texts"][-1:], "each": relation["texts"]}[which]
        for item in items:
            figure, occurrence = (item["text"], item.get("occurrence", 1)) if isinstance(item, dict) else (item, 1)
            span = locate(text, figure, occurrence)
            matching = set().union(*(MATCHING[r["type"]] for r in relations if span in _spans(text, r)))
            changed = scaled(figure, factor)
            if span is None or changed is None:
                continue
            total[relation["type"]] += 1
            mutated = text[: span[0]] + changed + text[span[1] :]
            result = extract(mutated, published=published)
            figures = [_fact_at(original, other, other[1] - other[0]) if other else None for other in _spans(text, relation)]
            figures[relation["texts"].index(item)] = _fact_at(result, span, len(changed))
            held = None not in figures and holds(relation, figures)
            kept[relation["type"]] += held  # still true as changed: nothing to flag
            at = {f.id for f in result.facts if f.start < span[0] + len(changed) and span[0] < f.end}
            hits = [
                f for f in check_article(result)
                if f.check in matching and at & set(f.facts) and f.severity != "info"
            ]
            if hits:
                detected[relation["type"]] += 1
                caught_breaking[relation["type"]] += not held
                by_error[relation["type"]] += any(f.severity == "error" for f in hits)
            else:
                lines.append(f"missed {name} {relation['type']}: {figure} → {changed}{' (holds as changed)' if held else ''}")
    return {"known": known, "alarm": bool(errors), "counts": (total, detected, kept, caught_breaking, by_error), "lines": lines}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, action="append", help="gold folder (repeatable)")
    parser.add_argument("--factor", type=Decimal, default=Decimal("1.25"))
    parser.add_argument("--figure", choices=("first", "last", "each"), default="first")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (all cores by default)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    folders = args.gold or [p for p in (ROOT / "corpus" / "gold", ROOT.parent / "shared" / "dev" / "gold") if p.is_dir()]

    articles = alarms = known = caught = 0
    sums = (Counter(), Counter(), Counter(), Counter(), Counter())  # changed, detected, holds, detected of breaking, by an error
    work = partial(measure, factor=args.factor, which=args.figure)
    with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
        for result in pool.imap(work, gold_articles(folders)):
            if result["known"]:
                known, caught = known + 1, caught + result["alarm"]  # to be flagged
            else:
                articles, alarms = articles + 1, alarms + result["alarm"]
            for into, counts in zip(sums, result["counts"]):
                into.update(counts)
            for line in result["lines"] if args.verbose else ():
                print(line)
    total, detected, kept, caught_breaking, by_error = sums
    print(f"{'relation':<18}{'changed':>8}{'detected':>10}{'rate':>8}{'holds':>7}{'of breaking':>13}{'by an error':>13}")
    for kind in [*sorted(total), "all"]:
        changed, found, held, found_breaking, erred = (c[kind] if kind != "all" else sum(c.values()) for c in sums)
        rate_breaking = found_breaking / max(changed - held, 1)
        print(f"{kind:<18}{changed:>8}{found:>10}{found / max(changed, 1):>8.3f}{held:>7}{rate_breaking:>13.3f}{erred / max(changed, 1):>13.3f}")
    print(f"changes that hold yet were flagged (a bound or rounding read more tightly than here): "
          f"{sum(detected.values()) - sum(caught_breaking.values())}/{sum(kept.values())}")
    print(f"false alarms (an error on an unchanged consistent article): {alarms}/{articles} = {alarms / max(articles, 1):.3f}")
    print(f"articles inconsistent as published (gold says so) flagged: {caught}/{known}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
