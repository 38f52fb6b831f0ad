"""Where results go: one JSON file per article, JSON Lines, and databases through SQLAlchemy Core.

Every sink can say whether it already holds an article (by id, text hash and extractor version), so a
run that was interrupted in any way and started again writes each article only where it is missing.
Files are written atomically (a temporary file, then a rename): a killed run never leaves half a file.
Database loading is idempotent: an article is keyed by its id, and its rows are replaced in one
transaction when its text or the extractor version changed, and left alone when neither did. Rows are
written a chunk of articles per transaction.

Databases: SQLite (the embedded default), PostgreSQL (`postgresql+psycopg://…`) and MySQL/MariaDB
(`mysql+pymysql://…`), tested on all three. Not handled yet: other SQLAlchemy dialects are untested.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
import zlib
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from hashlib import sha256
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import (
    JSON,
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    insert,
    select,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.schema import CreateSchema

from schemas import FACT_MODELS, SCHEMA_VERSION, ArticleFacts, exact_text

# The table layout below; bump it when a table or column changes.
DB_LAYOUT = "3"


class SinkError(RuntimeError):
    """A result could not be written; the message names the article and the sink."""


def safe_file_name(article_id: str) -> str:
    """A file name for an article id that can never be a path: unsafe characters are percent-encoded.

    >>> safe_file_name("../etc/passwd")
    '..%2Fetc%2Fpasswd'
    >>> safe_file_name("杭州-001")
    '杭州-001'
    """
    name = "".join(ch if ch.isalnum() or ch in "-_." else quote(ch, safe="") for ch in article_id)
    if name in ("", ".", "..") or len(name.encode()) > 200:
        name = f"{name[:60]}~{sha256(article_id.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"
    return name.replace("/", "%2F")


def write_atomically(path: Path, data: bytes, durable: bool = False) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename.

    A killed process leaves either the old file or the new one, never half of one. `durable` also
    fsyncs, which survives a power cut too but costs a disk flush per file; the batch runner does not
    need it, because resuming re-checks every file it relies on (see `JsonFolderSink.holds`).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def to_json(result: ArticleFacts) -> str:
    return result.model_dump_json(indent=1, exclude_none=True)


def to_line(result: ArticleFacts) -> str:
    return result.model_dump_json(exclude_none=True)


def _stamp(data: dict) -> tuple[str | None, str | None]:
    return data.get("text_sha256"), data.get("extractor_version")


class JsonFolderSink:
    """`DIR/<article_id>.json`, one file per article, each written atomically."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        for leftover in folder.glob(".tmp-*.json"):  # from a run killed mid-write
            leftover.unlink(missing_ok=True)

    def path_for(self, article_id: str) -> Path:
        return self.folder / f"{safe_file_name(article_id)}.json"

    @staticmethod
    def write_file(folder: Path, article_id: str, text: str) -> None:
        """Write one article's file: called in the worker process that extracted it."""
        write_atomically(folder / f"{safe_file_name(article_id)}.json", text.encode("utf-8"))

    def holds(self, article_id: str, digest: str, version: str) -> bool:
        """True when the article's file exists, is whole, and has this text hash and extractor version."""
        try:
            data = json.loads(self.path_for(article_id).read_bytes())
        except (OSError, ValueError):
            return False
        return isinstance(data, dict) and _stamp(data) == (digest, version)

    def close(self) -> None:
        pass


def _read_lines_tolerantly(path: Path) -> tuple[list[bytes], bool]:
    """Every whole line of a JSON Lines file (gzip or not), and whether its tail was cut off."""
    lines: list[bytes] = []
    cut = False
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as stream:
            for line in stream:
                if line.endswith(b"\n"):
                    lines.append(line)
                else:
                    cut = True
    except (EOFError, OSError, zlib.error):
        cut = True
    return lines, cut


def _index(lines: Iterable[bytes]) -> dict[str, tuple[str | None, str | None]]:
    held = {}
    for line in lines:
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict) and data.get("article_id") is not None:
            held[data["article_id"]] = _stamp(data)
    return held


class JsonLinesSink:
    """One JSON object per line, appended in input order; gzip when the file name ends in .gz.

    On opening an existing file, the sink reads which articles it holds (so that a resumed run appends
    only the missing ones) and repairs a tail cut off by a killed run. When an article changed, its new
    line is appended: readers keep the last line of each article id.
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.held: dict[str, tuple[str | None, str | None]] = {}
        if path.exists() and path.stat().st_size:
            lines, cut = _read_lines_tolerantly(path)
            self.held = _index(lines)
            if cut:
                self._rewrite(lines)
        self.stream = gzip.open(path, "ab") if path.suffix == ".gz" else path.open("ab")

    def _rewrite(self, lines: list[bytes]) -> None:
        opener = gzip.compress if self.path.suffix == ".gz" else bytes
        write_atomically(self.path, opener(b"".join(lines)), durable=True)

    def holds(self, article_id: str, digest: str, version: str) -> bool:
        return self.held.get(article_id) == (digest, version)

    def write_many(self, items: Iterable[tuple[str, str]]) -> None:
        for _, line in items:
            self.stream.write(line.encode("utf-8") + b"\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.close()


class JsonLinesPartSink:
    """A partition's JSON Lines file (`FOLDER/part-00007.jsonl`), rewritten whole and atomically at close.

    Used by the Dask adapter: each partition owns its file, so partitions never write to the same file.
    The file lists the partition's articles in input order, each from this run or kept from the last.
    """

    def __init__(self, folder: Path, partition: int) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f"part-{partition:05d}.jsonl"
        lines, _ = _read_lines_tolerantly(self.path) if self.path.exists() else ([], False)
        self.kept = {}
        for line in lines:
            try:
                self.kept[json.loads(line)["article_id"]] = line.decode("utf-8").rstrip("\n")
            except (ValueError, KeyError, TypeError):
                continue
        self.order: list[str] = []
        self.new: dict[str, str] = {}

    def holds(self, article_id: str, digest: str, version: str) -> bool:
        line = self.kept.get(article_id)
        self.order.append(article_id)
        return line is not None and _stamp(json.loads(line)) == (digest, version)

    def write_many(self, items: Iterable[tuple[str, str]]) -> None:
        for article_id, line in items:
            self.new[article_id] = line

    def close(self) -> None:
        if not self.new and self.path.exists():
            return
        lines = [self.new.get(i) or self.kept.get(i) for i in dict.fromkeys(self.order)]
        write_atomically(self.path, "".join(f"{line}\n" for line in lines if line).encode("utf-8"), durable=True)


metadata = MetaData()
# MySQL/MariaDB: Chinese text needs utf8mb4, and ids must compare byte for byte (a case-insensitive
# collation would take "A1" and "a1" for the same article).
_MYSQL = {"mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin"}
# SQLite: rows stored in their primary key's order, one B-tree per table instead of two.
_KEYED = {**_MYSQL, "sqlite_with_rowid": False}
meta_table = Table("zhfacts_meta", metadata, Column("key", String(64), primary_key=True), Column("value", Text), **_MYSQL)
articles = Table(
    "articles",
    metadata,
    Column("article_id", String(512), primary_key=True),
    Column("text_sha256", String(64), nullable=False),
    Column("extractor_version", String(32), nullable=False),
    Column("title", Text),
    Column("published", String(10)),
    Column("source", Text),
    Column("n_facts", Integer, nullable=False),
    Column("loaded_at", String(32), nullable=False),
    **_KEYED,
)
facts = Table(
    "facts",
    metadata,
    Column("article_id", String(512), primary_key=True),
    Column("fact_id", String(32), primary_key=True),
    Column("kind", String(16), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("value", Text),  # exact decimal as text: no float touches a value
    Column("low", Text),
    Column("high", Text),
    Column("unit", String(64)),
    Column("currency", String(3)),
    Column("qualifier", String(2)),
    Column("data", JSON, nullable=False),
    **_KEYED,
)
statements = Table(
    "statements",
    metadata,
    Column("article_id", String(512), primary_key=True),
    Column("statement_id", String(32), primary_key=True),
    Column("metric", Text),
    Column("subject", Text),
    Column("value_fact", String(32), nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("data", JSON, nullable=False),
    **_KEYED,
)
findings = Table(
    "findings",
    metadata,
    Column("article_id", String(512), primary_key=True),
    Column("finding_no", Integer, primary_key=True),
    Column("check", String(64), nullable=False),
    Column("severity", String(8), nullable=False),
    Column("message", Text, nullable=False),
    Column("data", JSON, nullable=False),
    **_KEYED,
)
errors = Table(
    "errors",
    metadata,
    Column("error_key", String(64), primary_key=True),  # sha256 of the position: positions may be long
    Column("position", Text, nullable=False),
    Column("article_id", String(512)),
    Column("reason", Text, nullable=False),
    Column("run_id", String(32), nullable=False),
    **_MYSQL,
)
runs = Table(
    "runs",
    metadata,
    Column("run_id", String(32), primary_key=True),
    Column("started", String(32), nullable=False),
    Column("finished", String(32)),
    Column("extractor_version", String(32), nullable=False),
    Column("arguments", Text),
    Column("ok", Integer),
    Column("failed", Integer),
    Column("skipped", Integer),
    **_MYSQL,
)
ARTICLE_TABLES = (facts, statements, findings, articles)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def error_key(position: str) -> str:
    return sha256(position.encode("utf-8", "surrogatepass")).hexdigest()


# Each row's `data` holds the fields that have no column of their own (a date's period and resolved
# dates, a percent's form and direction, a count's object, a project's name …), never the same twice.
_FACT_COLUMNS = {"id", "kind", "text", "start", "end", "sentence", "value", "low", "high", "unit", "currency", "qualifier"}
_FACT_EXTRAS = {kind: set(model.model_fields) - _FACT_COLUMNS for kind, model in FACT_MODELS.items()}
_STATEMENT_COLUMNS = {"id", "metric", "subject", "value", "sentence"}
_FINDING_COLUMNS = {"check", "severity", "message"}


def article_rows(result: ArticleFacts) -> dict[str, list[tuple]]:
    """The rows of one article, table by table, as tuples in column order, JSON columns already
    serialised: built where the article was extracted (in a worker), so that the process that writes
    only hands them to the database driver."""
    article_id = result.article_id or "article"
    article = (
        article_id,
        result.text_sha256,
        result.extractor_version,
        result.title,
        result.published.isoformat() if result.published else None,
        result.source,
        len(result.facts),
        now(),
    )
    fact_rows = []
    for fact in result.facts:
        fields = fact.__dict__
        fact_rows.append(
            (
                article_id,
                fact.id,
                fact.kind,
                fact.text,
                fact.start,
                fact.end,
                fact.sentence,
                exact_text(fields.get("value")),
                exact_text(fields.get("low")),
                exact_text(fields.get("high")),
                fields.get("unit"),
                fields.get("currency"),
                fields.get("qualifier"),
                fact.model_dump_json(exclude_none=True, include=extras) if (extras := _FACT_EXTRAS[fact.kind]) else "{}",
            )
        )
    return {
        "articles": [article],
        "facts": fact_rows,
        "statements": [
            (article_id, s.id, s.metric, s.subject, s.value, s.sentence, s.model_dump_json(exclude_none=True, exclude=_STATEMENT_COLUMNS))
            for s in result.statements
        ],
        "findings": [
            (article_id, number, f.check, f.severity, f.message, f.model_dump_json(exclude_none=True, exclude=_FINDING_COLUMNS))
            for number, f in enumerate(result.findings, start=1)
        ],
    }


class DatabaseSink:
    """Articles, facts, statements, findings, errors and runs in any SQLAlchemy database.

    Args:
        url (str): a SQLAlchemy URL: sqlite:///out/facts.sqlite, postgresql+psycopg://host/db,
            mysql+pymysql://user@host/db.
        schema (str | None): the PostgreSQL schema (MySQL: database) to hold the tables; created when
            missing. None: the connection's default.
    """

    def __init__(self, url: str, schema: str | None = None) -> None:
        parsed = make_url(url)
        self.url = parsed.render_as_string(hide_password=True)  # for messages
        self.connect_url, self.schema = url, schema  # for opening the same database elsewhere (Dask workers)
        self.dialect = parsed.get_backend_name()
        self._inserts: dict[str, tuple] = {}
        if schema and self.dialect == "sqlite":
            raise SinkError(f"database {self.url}: SQLite has no schemas; give another file instead")
        options: dict = {}
        if self.dialect == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            options["connect_args"] = {"timeout": 120}  # wait for another writer (Dask workers) instead of failing
        try:
            engine = create_engine(url, **options)
            if schema:
                engine = engine.execution_options(schema_translate_map={None: schema})
                if self.dialect in ("postgresql", "mysql", "mariadb"):
                    with engine.begin() as connection:
                        connection.execute(CreateSchema(schema, if_not_exists=True))
            if self.dialect == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            self.engine: Engine = engine
            metadata.create_all(self.engine)
            self._check_versions()
        except SQLAlchemyError as error:
            raise SinkError(f"database {self.url}: {error.__class__.__name__}: {_first_line(error)}") from error

    def _check_versions(self) -> None:
        wanted = {"schema_version": str(SCHEMA_VERSION), "db_layout": DB_LAYOUT}
        with self.engine.begin() as connection:
            stored = dict(connection.execute(select(meta_table.c.key, meta_table.c.value)).all())
            if not stored:
                connection.execute(insert(meta_table), [{"key": k, "value": v} for k, v in wanted.items()])
                return
        stored.setdefault("db_layout", "1")
        for key, value in wanted.items():
            if stored.get(key) != value:
                raise SinkError(
                    f"database {self.url} holds {key} {stored.get(key)}, this zhfacts writes {value}: "
                    "load into a new database (or drop its tables)"
                )

    def lookup(self, article_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """Article id → (text hash, extractor version), for those of `article_ids` already loaded."""
        if not article_ids:
            return {}
        query = select(articles.c.article_id, articles.c.text_sha256, articles.c.extractor_version)
        with self.engine.connect() as connection:
            rows = connection.execute(query.where(articles.c.article_id.in_(list(set(article_ids)))))
            return {row[0]: (row[1], row[2]) for row in rows}

    def has_errors(self) -> bool:
        """Whether the errors table holds any row."""
        with self.engine.connect() as connection:
            return connection.execute(select(errors.c.error_key).limit(1)).first() is not None

    def write_chunk(
        self,
        loaded: Sequence[dict[str, list[dict]]],
        replaced: Iterable[str],
        failed: Sequence[tuple[str, str | None, str]],
        cleared: Iterable[str],
        run_id: str,
    ) -> None:
        """One transaction: replace the rows of the `loaded` articles (those in `replaced` were there
        before), record the `failed` ones (position, article id, reason), and clear the errors of the
        positions in `cleared`, whose articles now load."""
        replaced = list(dict.fromkeys(replaced))
        cleared_keys = list(dict.fromkeys(error_key(p) for p in cleared))
        error_rows = {error_key(p): (error_key(p), p, i, r, run_id) for p, i, r in failed}
        with self.engine.begin() as connection:
            for table in ARTICLE_TABLES:
                for part in _slices(replaced):
                    connection.execute(delete(table).where(table.c.article_id.in_(part)))
            for table in reversed(ARTICLE_TABLES):  # articles first
                self._insert(connection, table, [row for rows in loaded for row in rows[table.name]])
            for part in _slices(cleared_keys + list(error_rows)):
                connection.execute(delete(errors).where(errors.c.error_key.in_(part)))
            self._insert(connection, errors, list(error_rows.values()))

    def _insert(self, connection, table: Table, rows: list[tuple]) -> None:
        """Many rows at once, straight to the driver: the statement is compiled once per table and the
        rows are already tuples in column order with their JSON serialised."""
        if not rows:
            return
        if table.name not in self._inserts:
            compiled = insert(table).compile(
                dialect=self.engine.dialect,
                schema_translate_map={None: self.schema} if self.schema else None,
                render_schema_translate=bool(self.schema),
            )
            names = [column.key for column in table.c]
            order = [names.index(name) for name in compiled.positiontup] if compiled.positional else None
            self._inserts[table.name] = (str(compiled), names, order)
        sql, names, order = self._inserts[table.name]
        if order is None:  # named parameters (psycopg)
            parameters = [dict(zip(names, row)) for row in rows]
        elif order == list(range(len(names))):
            parameters = rows
        else:
            parameters = [tuple(row[i] for i in order) for row in rows]
        connection.exec_driver_sql(sql, parameters)

    def record_error(self, run_id: str, position: str, reason: str, article_id: str | None) -> None:
        self.write_chunk([], [], [(position, article_id, reason)], [], run_id)

    def start_run(self, run_id: str, version: str, arguments: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(insert(runs).values(run_id=run_id, started=now(), extractor_version=version, arguments=arguments))

    def finish_run(self, run_id: str, ok: int, failed: int, skipped: int) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                runs.update().where(runs.c.run_id == run_id).values(finished=now(), ok=ok, failed=failed, skipped=skipped)
            )

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(connection, _record) -> None:
    """Write-ahead logging: readers never wait for the writer, and a commit needs no disk flush (a power
    cut may lose the last commits, never consistency; resuming redoes what was lost)."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _slices(items: list, size: int = 500) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else ""


def sqlite_url(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"
