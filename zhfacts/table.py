"""One row per statement: the table analysts open first (CSV, or Parquet when pyarrow is installed)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

from extractors.text import sentence_bounds
from schemas import ArticleFacts
from schemas import exact_text as _text

COLUMNS = (
    "article_id", "subject", "metric", "value", "low", "high", "currency", "unit", "qualifier", "value_text",
    "period", "period_start", "period_end", "change_basis", "change_direction", "change", "change_form",
    "share_of", "share", "count", "target", "target_rate", "part_of", "sentence",
)


def rows(result: ArticleFacts, text: str) -> Iterator[dict]:
    """The statements of one article as flat rows; figures are written exactly as text."""
    facts = {f.id: f for f in result.facts}
    bounds = sentence_bounds(text)

    def shown(fact_id: str | None) -> str | None:
        return facts[fact_id].text if fact_id else None

    for statement in result.statements:
        value = facts[statement.value]
        period = facts.get(statement.period) if statement.period else None
        resolved = getattr(period, "resolved", None)
        change = facts.get(statement.change.value) if statement.change else None
        start, end = bounds[min(statement.sentence, len(bounds) - 1)]
        yield {
            "article_id": result.article_id,
            "subject": statement.subject,
            "metric": statement.metric,
            "value": _text(getattr(value, "value", None)),
            "low": _text(getattr(value, "low", None)),
            "high": _text(getattr(value, "high", None)),
            "currency": getattr(value, "currency", None),
            "unit": getattr(value, "unit", None),
            "qualifier": getattr(value, "qualifier", None),
            "value_text": value.text,
            "period": period.text if period else None,
            "period_start": resolved.start.isoformat() if resolved else None,
            "period_end": resolved.end.isoformat() if resolved else None,
            "change_basis": statement.change.basis if statement.change else None,
            "change_direction": statement.change.direction if statement.change else None,
            "change": _text(change.value) if change is not None else None,
            "change_form": change.form if change is not None else None,
            "share_of": statement.share.of if statement.share else None,
            "share": shown(statement.share.value) if statement.share else None,
            "count": shown(statement.count),
            "target": shown(statement.target.value) if statement.target else None,
            "target_rate": shown(statement.target.rate) if statement.target else None,
            "part_of": statement.part_of,
            "sentence": text[start:end].strip(),
        }


def write_table(path: Path, all_rows: Iterable[dict]) -> int:
    """Write rows to `path` (.csv, or .parquet with pyarrow); return how many were written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as error:
            raise SystemExit("zhfacts table: writing .parquet needs pyarrow (pip install pyarrow)") from error
        materialised = list(all_rows)
        columns = {name: [row[name] for row in materialised] for name in COLUMNS}
        pq.write_table(pa.table(columns), path)
        return len(materialised)
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=COLUMNS)
        writer.writeheader()
        for row in all_rows:
            writer.writerow(row)
            count += 1
    return count
