"""Detection and false-alarm rates of `zhfacts check`, on gold files whose `consistency` lists the
checkable relations of each article (corpus/gold and, when present, ../shared/dev/gold).

For every relation, a copy of the article is made in which one of its figures is changed (the first
figure of the relation by default, `--figure last` for the stated one, `--figure each` for every figure
in turn, each a copy of its own): its number is scaled by
`--factor` (1.25) at the written precision, by one unit of the last digit at least (2个 becomes 3个). A
copy is detected when an error or warning names the changed figure's fact, by a check that matches a
relation the figure takes part in (the whole of a share and of a sum may be caught by either; an
`info`, undecidable, is no detection). A false alarm is an error finding on an unchanged article.

    python benchmarks/consistency.py [--gold DIR ...] [--factor 1.25] [--figure first|last|each] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors import extract  # noqa: E402
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, action="append", help="gold folder (repeatable)")
    parser.add_argument("--factor", type=Decimal, default=Decimal("1.25"))
    parser.add_argument("--figure", choices=("first", "last", "each"), default="first")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    folders = args.gold or [p for p in (ROOT / "corpus" / "gold", ROOT.parent / "shared" / "dev" / "gold") if p.is_dir()]

    articles = alarms = known = caught = 0
    detected, total = Counter(), Counter()
    for name, text, gold, published in gold_articles(folders):
        errors = [f for f in check_article(extract(text, published=published)) if f.severity == "error"]
        if any(not r.get("consistent", True) for r in gold.get("consistency", [])):
            known, caught = known + 1, caught + bool(errors)  # inconsistent as published: to be flagged
        elif errors:
            articles += 1
            alarms += 1
            if args.verbose:
                print(f"false alarm {name}: " + "; ".join(f.message for f in errors))
        else:
            articles += 1
        relations = [r for r in gold.get("consistency", []) if r.get("consistent", True) and r["type"] in MATCHING]
        for relation in relations:
            items = {"first": relation["texts"][:1], "last": relation["texts"][-1:], "each": relation["texts"]}[args.figure]
            for item in items:
                figure, occurrence = (item["text"], item.get("occurrence", 1)) if isinstance(item, dict) else (item, 1)
                span = locate(text, figure, occurrence)
                matching = set().union(*(MATCHING[r["type"]] for r in relations if span in _spans(text, r)))
                changed = scaled(figure, args.factor)
                if span is None or changed is None:
                    continue
                total[relation["type"]] += 1
                mutated = text[: span[0]] + changed + text[span[1] :]
                result = extract(mutated, published=published)
                at = {f.id for f in result.facts if f.start < span[0] + len(changed) and span[0] < f.end}
                hits = [
                    f for f in check_article(result)
                    if f.check in matching and at & set(f.facts) and f.severity != "info"
                ]
                if hits:
                    detected[relation["type"]] += 1
                elif args.verbose:
                    print(f"missed {name} {relation['type']}: {figure} → {changed}")
    print(f"{'relation':<18}{'changed':>8}{'detected':>10}{'rate':>8}")
    for kind in sorted(total):
        print(f"{kind:<18}{total[kind]:>8}{detected[kind]:>10}{detected[kind] / total[kind]:>8.3f}")
    all_total, all_detected = sum(total.values()), sum(detected.values())
    print(f"{'all':<18}{all_total:>8}{all_detected:>10}{(all_detected / all_total if all_total else 0):>8.3f}")
    print(f"false alarms (an error on an unchanged consistent article): {alarms}/{articles} = {alarms / max(articles, 1):.3f}")
    print(f"articles inconsistent as published (gold says so) flagged: {caught}/{known}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
