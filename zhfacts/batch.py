"""Batch runs: stream articles through the engine on all cores and into every sink, resumably.

Articles already loaded with the same text hash and extractor version are skipped, so a run that was
interrupted and started again with the same command goes on where it stopped. Results are written in
input order. A bad article becomes an error record and the run goes on.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from extractors import EXTRACTOR_VERSION, extract
from schemas import ArticleFacts
from zhfacts.checks import with_findings
from zhfacts.inputs import Article, BadInput

log = logging.getLogger("zhfacts")


@dataclass
class Summary:
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    characters: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _work(article: Article) -> ArticleFacts | BadInput:
    """Run the engine on one article in a worker; an engine failure becomes a BadInput."""
    try:
        result = extract(
            article.text,
            published=article.published,
            article_id=article.id,
            title=article.title,
            source=article.source,
        )
        return with_findings(result)
    except Exception as error:  # the batch goes on past any one article
        return BadInput(article.position, f"engine error: {type(error).__name__}: {error}", article.id)


def _warm_up() -> None:
    """Load jieba and the rule tables once per worker, not once per article."""
    extract("2024年1月,杭州吉利新能源汽车项目签约18个,投资294.6亿元,增长33.8%。")


def _results(articles: Iterable[Article], workers: int) -> Iterator[ArticleFacts | BadInput]:
    if workers <= 1:
        yield from map(_work, articles)
        return
    context = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
    with context.Pool(workers, initializer=_warm_up) as pool:
        yield from pool.imap(_work, articles, chunksize=4)


def run(inputs: Iterable[Article | BadInput], sinks: list, database=None, workers: int | None = None) -> Summary:
    """Extract every article of `inputs` into `sinks` (and `database`, which also decides resumption)."""
    summary = Summary()
    run_id = uuid.uuid4().hex[:16]
    loaded = database.loaded() if database else {}
    if database:
        database.start_run(run_id, EXTRACTOR_VERSION, " ".join(sys.argv[1:]))
    workers = workers or os.cpu_count() or 1

    def fresh() -> Iterator[Article]:
        for item in inputs:
            if isinstance(item, BadInput):
                _fail(item, summary, database, run_id)
            elif loaded.get(item.id) == (text_hash(item.text), EXTRACTOR_VERSION):
                summary.skipped += 1
            else:
                yield item

    started = time.monotonic()
    for result in _results(fresh(), workers):
        if isinstance(result, BadInput):
            _fail(result, summary, database, run_id)
            continue
        for sink in sinks:
            sink.write(result)
        if database:
            database.write(result)
        summary.ok += 1
        if summary.ok % 500 == 0:
            rate = summary.ok / max(time.monotonic() - started, 1e-9)
            log.info("%d articles done, %.1f per second, %d errors", summary.ok, rate, summary.failed)
    if database:
        database.finish_run(run_id, summary.ok, summary.failed, summary.skipped)
    return summary


def _fail(item: BadInput, summary: Summary, database, run_id: str) -> None:
    summary.failed += 1
    summary.errors.append((item.position, item.reason))
    log.warning("%s (%s): %s", item.position, item.id or "no id", item.reason)
    if database:
        database.record_error(run_id, item.position, item.reason, item.id)
