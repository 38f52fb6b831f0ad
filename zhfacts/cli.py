"""The `zhfacts` command: extract facts from articles, tabulate their statements, check their
consistency, and score the engine against gold files."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import date
from pathlib import Path


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in YYYY-MM-DD form") from error


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zhfacts", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract facts from .txt files, folders and JSON Lines archives")
    extract.add_argument("paths", nargs="+", help="files, folders, or - for JSON Lines on standard input")
    extract.add_argument("--out", type=Path, default=Path("output"), help="folder for one JSON file per article")
    extract.add_argument("--db", help="database URL (default: sqlite:///OUT/facts.sqlite)")
    extract.add_argument("--no-db", action="store_true", help="write no database")
    extract.add_argument("--no-json", action="store_true", help="write no JSON file per article")
    extract.add_argument("--jsonl", type=Path, help="also write JSON Lines here (gzip when it ends in .gz)")
    extract.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    extract.add_argument("--published", type=_date, help="publication date of plain-text inputs (YYYY-MM-DD)")
    extract.add_argument("--allow-errors", action="store_true", help="exit 0 even when some articles failed")
    extract.add_argument("--db-schema", help="PostgreSQL schema (MySQL: database) for the tables; created when missing")
    extract.add_argument("--dask", metavar="ADDRESS", help="run on a Dask cluster (tcp://scheduler:8786, or local)")
    extract.add_argument("--chunk-size", type=int, default=64, help="articles per worker task and per transaction")

    table = commands.add_parser("table", help="one row per statement, as CSV (or Parquet with pyarrow)")
    table.add_argument("paths", nargs="+", help="files, folders, or - for JSON Lines on standard input")
    table.add_argument("--out", type=Path, required=True, help="FILE.csv or FILE.parquet")
    table.add_argument("--published", type=_date, help="publication date of plain-text inputs (YYYY-MM-DD)")

    check = commands.add_parser("check", help="find the articles whose figures do not add up")
    check.add_argument("paths", nargs="+", help="files, folders, or - for JSON Lines on standard input")
    check.add_argument("--json", action="store_true", help="one JSON object per article with findings")
    check.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default="error",
                       help="exit 1 when a finding reaches this severity (default: error)")
    check.add_argument("--published", type=_date, help="publication date of plain-text inputs (YYYY-MM-DD)")

    evaluate = commands.add_parser("eval", help="precision, recall and F1 per fact kind against gold files")
    evaluate.add_argument("--gold", type=Path, required=True, help="folder of gold JSON files")
    evaluate.add_argument("--articles", type=Path, help="folder of the articles (default: beside the gold folder)")
    evaluate.add_argument("--verbose", "-v", action="store_true", help="list misses and false positives")
    evaluate.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s", stream=sys.stderr)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    _quiet_jieba()
    commands = {"extract": _extract, "table": _table, "check": _check, "eval": _eval}
    return commands[args.command](args)


def _quiet_jieba() -> None:
    import jieba

    jieba.setLogLevel(logging.WARNING)


def _extract(args: argparse.Namespace) -> int:
    from zhfacts.runner import extract_command

    return extract_command(args)


def _analysed(args: argparse.Namespace):
    """(article, result with findings) for every readable input; unreadable ones are reported."""
    from extractors import ExtractionError, extract
    from zhfacts.checks import with_findings
    from zhfacts.inputs import BadInput, read_articles

    for item in read_articles(args.paths, published=args.published):
        if isinstance(item, BadInput):
            print(f"zhfacts: {item.position} ({item.id or 'no id'}): {item.reason}", file=sys.stderr)
            continue
        try:
            result = extract(item.text, published=item.published, article_id=item.id, title=item.title, source=item.source)
        except ExtractionError as error:
            print(f"zhfacts: {item.position}: {error}", file=sys.stderr)
            continue
        yield item, with_findings(result)


def _table(args: argparse.Namespace) -> int:
    from zhfacts.table import rows, write_table

    written = write_table(args.out, (row for article, result in _analysed(args) for row in rows(result, article.text)))
    print(f"{written} statements written to {args.out}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from zhfacts.report import print_findings

    severities = {"info": 0, "warning": 1, "error": 2, "never": 3}
    worst = -1
    results = []
    for article, result in _analysed(args):
        results.append((article, result))
        worst = max([worst, *(severities[f.severity] for f in result.findings)])
    print_findings(results, as_json=args.json)
    return 1 if worst >= severities[args.fail_on] else 0


def _eval(args: argparse.Namespace) -> int:
    from zhfacts.evaluate import evaluate, report

    if not args.gold.is_dir():
        print(f"zhfacts eval: gold folder {args.gold} does not exist", file=sys.stderr)
        return 2
    print(report(evaluate(args.gold, args.articles, jobs=args.workers or os.cpu_count() or 1), verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
