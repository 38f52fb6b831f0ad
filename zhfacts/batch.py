"""Batch runs: stream articles through the engine on all cores and into every sink, resumably.

The input is read a chunk of articles at a time. For each chunk the main process asks every sink which
articles it already holds with the same text hash and extractor version; the others go to the worker
processes, which run the engine and also serialise the results (JSON, JSON Lines, database rows), so
the main process only reads, plans and writes. Chunks are committed in input order, each to the
database in one transaction, so a run that was interrupted in any way (Ctrl-C, kill -9, a full disk)
and started again with the same command goes on where it stopped: nothing lost, nothing twice.
A bad article becomes an error record and the run goes on.

Article ids are unique within a run: the first article with an id is the one loaded. A later one with
the same id and the same text is skipped and counted as a duplicate; one with another text becomes an
error record naming where the first one is (so nothing is lost without a trace, nor loaded twice), and
a resumed run decides the same way, since it reads the input again from its start.

    >>> from zhfacts.inputs import Article
    >>> summary = run([Article("a1", "签约项目18个,总投资294.6亿元。", "a1.txt")], workers=1)
    >>> (summary.ok, summary.failed, summary.skipped)
    (1, 0, 0)
"""

from __future__ import annotations

import gc
import hashlib
import logging
import multiprocessing
import os
import signal
import sys
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from extractors import EXTRACTOR_VERSION, extract
from zhfacts.checks import with_findings
from zhfacts.inputs import Article, BadInput
from zhfacts.database import DatabaseSink, article_rows
from zhfacts.sinks import JsonFolderSink, SinkError, to_json, to_line

log = logging.getLogger("zhfacts")

CHUNK = 64  # articles per task sent to a worker, and per database transaction
KEPT_ERRORS = 100  # errors kept in the summary for display; all of them go to the database


@dataclass
class Summary:
    """Counts of a run: articles loaded (ok), failed (error records) and skipped (already loaded)."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0  # including the duplicates
    duplicates: int = 0
    characters: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.ok + self.failed + self.skipped

    def fail(self, position: str, reason: str) -> None:
        self.failed += 1
        if len(self.errors) < KEPT_ERRORS:
            self.errors.append((position, reason))

    def add(self, other: "Summary") -> None:
        self.ok += other.ok
        self.skipped += other.skipped
        self.duplicates += other.duplicates
        self.characters += other.characters
        self.failed += other.failed
        self.errors.extend(other.errors[: max(KEPT_ERRORS - len(self.errors), 0)])


@dataclass(frozen=True)
class Wants:
    """What a worker must produce for one article: its JSON file (written by the worker itself, into
    this folder), a JSON Lines line, database rows."""

    json: Path | None = None
    line: bool = False
    rows: bool = False


@dataclass(frozen=True)
class Done:
    """One extracted article, serialised for every sink that wants it."""

    article_id: str
    position: str
    characters: int
    line: str | None = None
    rows: dict | None = None


@dataclass(frozen=True)
class Duplicate:
    """A later article with the id and the text of an earlier one of the same run: skipped."""

    id: str
    position: str
    first: str  # the position of the article loaded


def first_occurrences(items: Iterable[Article | BadInput | Duplicate]) -> Iterator[Article | BadInput | Duplicate]:
    """The items with every article id once: a later article with the id of an earlier one becomes a
    Duplicate when its text is the same, else a BadInput naming where the first one is. Only articles
    count: an id whose first record was bad (empty, malformed) loads from its next good one. Holds
    each id, a hash of its text and its position (a few hundred bytes per article).

    >>> a = [Article("a1", "投资5亿元", "x:1"), Article("a1", "投资5亿元", "x:2"), Article("a1", "投资6亿元", "x:3")]
    >>> [type(item).__name__ for item in first_occurrences(a)]
    ['Article', 'Duplicate', 'BadInput']
    >>> list(first_occurrences(a))[2].reason
    "duplicate article id 'a1' with another text than at x:1, whose article is the one kept"
    """
    seen: dict[str, tuple[int, str]] = {}
    for item in items:
        if isinstance(item, Article):
            first = seen.get(item.id)
            if first is None:
                seen[item.id] = (hash(item.text), item.position)
            elif first[0] == hash(item.text):
                item = Duplicate(item.id, item.position, first[1])
            else:
                reason = f"duplicate article id {item.id!r} with another text than at {first[1]}, whose article is the one kept"
                item = BadInput(item.position, reason, item.id)
        yield item


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def process(article: Article, wants: Wants) -> Done | BadInput:
    """Run the engine on one article and serialise the result; an engine failure becomes a BadInput,
    a file that cannot be written (a full disk) a SinkError that stops the run."""
    try:
        result = with_findings(
            extract(article.text, published=article.published, article_id=article.id, title=article.title, source=article.source)
        )
        done = Done(
            article.id,
            article.position,
            len(article.text),
            line=to_line(result) if wants.line else None,
            rows=article_rows(result) if wants.rows else None,
        )
        text = to_json(result) if wants.json else None
    except Exception as error:  # the batch goes on past any one article
        return BadInput(article.position, f"engine error: {type(error).__name__}: {error}", article.id)
    if wants.json:  # before the database commit, so that a resumed run finds it or redoes it
        try:
            JsonFolderSink.write_file(wants.json, article.id, text)
        except OSError as error:
            raise SinkError(f"cannot write the JSON file of article {article.id!r} in {wants.json}: {error}") from None
    return done


def process_chunk(tasks: list[tuple[Article, Wants]]) -> list[Done | BadInput]:
    return [process(article, wants) for article, wants in tasks]


@dataclass
class Plan:
    """A chunk of the input, each item a BadInput, a Duplicate, an Article already held by every sink
    (skipped), or a task (article, what to produce for it)."""

    items: list = field(default_factory=list)
    tasks: list[tuple[Article, Wants]] = field(default_factory=list)
    held: set[str] = field(default_factory=set)  # ids that had rows in the database when planned


class Loader:
    """Decides what each sink lacks and writes the results, one chunk at a time, in input order.

    Args:
        json_sink: a JsonFolderSink, or None.
        lines_sink: a JsonLinesSink or JsonLinesPartSink, or None.
        database (DatabaseSink | None): the database, which also records errors.
        run_id (str): the run that error records belong to.
    """

    def __init__(self, json_sink=None, lines_sink=None, database: DatabaseSink | None = None, run_id: str = "") -> None:
        self.json_sink = json_sink
        self.lines_sink = lines_sink
        self.database = database
        self.run_id = run_id
        self.summary = Summary()
        self.any_sink = any(s is not None for s in (json_sink, lines_sink, database))
        # Error rows to clear when their position now loads: only where earlier runs left some.
        self.clear_errors = bool(database) and database.has_errors()
        # A database without articles at the start holds none of this run's but those it writes itself,
        # and ids are unique within a run: no chunk needs to ask it. (Another process loading the same
        # ids meanwhile makes a chunk's insert fail, and `_write_rows` then replaces article by article.)
        self.ask_database = bool(database) and not database.is_empty()

    def plan(self, chunk: list[Article | BadInput | Duplicate]) -> Plan:
        plan = Plan()
        good = [item for item in chunk if isinstance(item, Article)]
        held = self.database.lookup([a.id for a in good]) if self.ask_database else {}
        for item in chunk:
            if isinstance(item, (BadInput, Duplicate)):
                plan.items.append(item)
                continue
            stamp = (text_hash(item.text), EXTRACTOR_VERSION)
            wants = Wants(
                json=self.json_sink.folder if self.json_sink and not self.json_sink.holds(item.id, *stamp) else None,
                line=bool(self.lines_sink) and not self.lines_sink.holds(item.id, *stamp),
                rows=bool(self.database) and held.get(item.id) != stamp,
            )
            if self.any_sink and wants == Wants():
                plan.items.append(item)
            else:
                plan.items.append(len(plan.tasks))
                plan.tasks.append((item, wants))
        plan.held = set(held)
        return plan

    def commit(self, plan: Plan, results: list[Done | BadInput]) -> None:
        summary, done, failed = self.summary, [], []
        for item in plan.items:
            outcome = results[item] if isinstance(item, int) else item
            if isinstance(outcome, BadInput):
                failed.append(outcome)
            elif isinstance(outcome, Done):
                done.append(outcome)
            elif isinstance(outcome, Duplicate):
                summary.skipped += 1
                summary.duplicates += 1
                log.debug("%s (%s): the same article as at %s, skipped", outcome.position, outcome.id, outcome.first)
            else:
                summary.skipped += 1
        if self.lines_sink:
            self.lines_sink.write_many((d.article_id, d.line) for d in done if d.line is not None)
        if self.database:
            done, failed = self._write_rows(done, failed, plan.held)
        for item in failed:
            summary.fail(item.position, item.reason)
            log.debug("%s (%s): %s", item.position, item.id or "no id", item.reason)
        summary.ok += len(done)
        summary.characters += sum(d.characters for d in done)

    def _write_rows(self, done: list[Done], failed: list[BadInput], held: set[str]) -> tuple[list[Done], list[BadInput]]:
        """Write the chunk in one transaction, deleting first the rows of the articles that had some when
        the chunk was planned. When that fails (a bad row, or an id loaded since by another process),
        write article by article, each replacing whatever rows it has, so that one bad row becomes one
        error record instead of failing its neighbours."""
        try:
            self._transaction(done, failed, held)
            return done, failed
        except SQLAlchemyError as error:
            log.debug("database write of a chunk failed (%s); writing its articles one by one", _short(error))
        written = []
        for item in done:
            try:
                self._transaction([item], [], {item.article_id})
                written.append(item)
            except SQLAlchemyError as error:
                failed.append(BadInput(item.position, f"database: {_short(error)}", item.article_id))
        try:
            self._transaction([], failed, set())
        except SQLAlchemyError as error:
            raise SinkError(f"database {self.database.url}: cannot record errors: {_short(error)}") from error
        return written, failed

    def _transaction(self, done: list[Done], failed: list[BadInput], held: set[str]) -> None:
        latest = {d.article_id: d for d in done if d.rows is not None}  # ids are unique (first_occurrences)
        self.database.write_chunk(
            [d.rows for d in latest.values()],
            replaced=[i for i in latest if i in held],
            failed=[(f.position, f.id, f.reason) for f in failed],
            cleared=[d.position for d in done] if self.clear_errors else [],
            run_id=self.run_id,
        )


def _short(error: Exception) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0][:300] if text else type(error).__name__


def chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _warm_up() -> None:
    """Load jieba and the rule tables (once per process)."""
    extract("2024年1月,杭州吉利新能源汽车项目签约18个,投资294.6亿元,增长33.8%。")


def _start_worker() -> None:
    """Each worker: die with the main process (kill -9 leaves no orphans on Linux), leave Ctrl-C to
    the main process, and load jieba and the rule tables once (forked workers have them already)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm_up()


class _Ready:
    def __init__(self, value) -> None:
        self.value = value

    def get(self):
        return self.value


def run(
    inputs: Iterable[Article | BadInput | Duplicate],
    sinks: list | None = None,
    database: DatabaseSink | None = None,
    workers: int | None = None,
    *,
    chunk_size: int = CHUNK,
    progress: Callable[[Summary], None] | None = None,
) -> Summary:
    """Extract every article of `inputs` into the sinks, skipping what they all hold already.

    Args:
        inputs: Articles and BadInputs, as `zhfacts.inputs.read_articles` yields them.
        sinks (list | None): a JsonFolderSink and/or a JsonLinesSink.
        database (DatabaseSink | None): the database; it also records errors and runs.
        workers (int | None): worker processes; 1 runs in this process; None: all cores.
        chunk_size (int): articles per worker task and per database transaction.
        progress: called with the running Summary after each chunk.
    """
    sinks = sinks or []
    json_sink = next((s for s in sinks if isinstance(s, JsonFolderSink)), None)
    lines_sink = next((s for s in sinks if not isinstance(s, JsonFolderSink)), None)
    run_id = uuid.uuid4().hex[:16]
    loader = Loader(json_sink, lines_sink, database, run_id)
    if database:
        database.start_run(run_id, EXTRACTOR_VERSION, " ".join(sys.argv[1:]))
    workers = workers or os.cpu_count() or 1
    pool = None
    if workers > 1:
        method = "spawn" if sys.platform == "darwin" else "fork"
        if method == "fork":
            _warm_up()  # loaded once here, shared by the forked workers' memory instead of loaded in each
            gc.freeze()  # the workers' copy of what is loaded stays shared: no collection of theirs touches it
            if database:
                database.before_fork()
        pool = multiprocessing.get_context(method).Pool(workers, initializer=_start_worker)
        gc.unfreeze()  # this process collects as before
    in_flight: deque = deque()

    def commit_oldest() -> None:
        plan, pending = in_flight.popleft()
        loader.commit(plan, pending.get())
        if progress:
            progress(loader.summary)

    try:
        for chunk in chunks(first_occurrences(inputs), chunk_size):
            plan = loader.plan(chunk)
            if pool and plan.tasks:
                in_flight.append((plan, pool.apply_async(process_chunk, (plan.tasks,))))
            else:
                in_flight.append((plan, _Ready(process_chunk(plan.tasks))))
            while len(in_flight) > 2 * workers:
                commit_oldest()
        while in_flight:
            commit_oldest()
    finally:
        if pool:
            pool.terminate()
            pool.join()
    summary = loader.summary
    if database:
        database.finish_run(run_id, summary.ok, summary.failed, summary.skipped)
    return summary
