"""The `zhfacts check` report: a readable terminal table (rich), or JSON for machines."""

from __future__ import annotations

import json
import sys

from extractors.text import sentence_bounds

_STYLE = {"error": "bold red", "warning": "yellow", "info": "dim"}


def print_findings(results: list, as_json: bool = False) -> None:
    """Print the findings of (article, result) pairs, with the sentence each finding comes from."""
    if as_json:
        for article, result in results:
            record = {
                "article_id": result.article_id,
                "findings": [f.model_dump(mode="json", exclude_none=True) for f in result.findings],
            }
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    flagged = 0
    for article, result in results:
        if not result.findings:
            continue
        flagged += 1
        facts = {f.id: f for f in result.facts}
        bounds = sentence_bounds(article.text)
        table = Table(title=f"{result.article_id}: {result.title or ''}", show_lines=True, title_justify="left")
        for column in ("check", "severity", "finding", "sentence"):
            table.add_column(column)
        for finding in result.findings:
            first = facts.get(finding.facts[0]) if finding.facts else None
            start, end = bounds[min(first.sentence, len(bounds) - 1)] if first else (0, 0)
            table.add_row(finding.check, f"[{_STYLE[finding.severity]}]{finding.severity}", finding.message,
                          article.text[start:end].strip())
        console.print(table)
    console.print(f"{flagged} of {len(results)} articles have findings")
