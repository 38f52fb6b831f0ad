"""The database sink: articles, facts, statements, findings, errors and runs through SQLAlchemy Core.

Loading is idempotent: an article is keyed by its id, and its rows are replaced in one transaction when
its text or the extractor version changed, and left alone when neither did. Rows are written a chunk of
articles per transaction, built as tuples in the worker that extracted them and handed straight to the
database driver. Tables are created on first use, with the schema version and table layout recorded.

Databases: SQLite (the embedded default, in write-ahead-log mode), PostgreSQL (`postgresql+psycopg://…`)
and MySQL/MariaDB (`mysql+pymysql://…`), all three tested for real. Not handled yet: other SQLAlchemy
dialects are untested.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from hashlib import sha256
from pathlib import Path

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
from zhfacts.sinks import SinkError

# The table layout below; bump it when a table or column changes.
DB_LAYOUT = "3"

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
    Column("kind", String(16), nullable=False),  # no index: six values, too few to narrow a query
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
        extras = _FACT_EXTRAS[fact.kind]
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
                _json(fact, include=extras) if extras else "{}",
            )
        )
    return {
        "articles": [article],
        "facts": fact_rows,
        "statements": [
            (article_id, s.id, s.metric, s.subject, s.value, s.sentence, _json(s, exclude=_STATEMENT_COLUMNS))
            for s in result.statements
        ],
        "findings": [
            (article_id, number, f.check, f.severity, f.message, _json(f, exclude=_FINDING_COLUMNS))
            for number, f in enumerate(result.findings, start=1)
        ],
    }


def _json(model, **fields) -> str:
    """`model.model_dump_json(exclude_none=True, **fields)`, straight from its compiled serialiser: the
    same text, without the per-call checks of the Python wrapper (a row has tens of these)."""
    return model.__pydantic_serializer__.to_json(model, exclude_none=True, **fields).decode()


class DatabaseSink:
    """Articles, facts, statements, findings, errors and runs in any SQLAlchemy database.

    Args:
        url (str): a SQLAlchemy URL: sqlite:///out/facts.sqlite, postgresql+psycopg://host/db,
            mysql+pymysql://user@host/db.
        schema (str | None): the PostgreSQL schema (MySQL: database) to hold the tables; created when
            missing. None: the connection's default.

    >>> from extractors import extract
    >>> sink = DatabaseSink("sqlite://")
    >>> result = extract("实际利用外资68.15亿美元。", article_id="a1")
    >>> sink.write_chunk([article_rows(result)], replaced=[], failed=[], cleared=[], run_id="r1")
    >>> sink.lookup(["a1", "b2"]) == {"a1": (result.text_sha256, result.extractor_version)}
    True
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

    def is_empty(self) -> bool:
        """Whether the articles table holds no row."""
        with self.engine.connect() as connection:
            return connection.execute(select(articles.c.article_id).limit(1)).first() is None

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

    def before_fork(self) -> None:
        """Close the pooled connections, so that no forked worker inherits one (a child closing its
        copy would end the parent's session); they reopen on next use. An in-memory SQLite database
        would vanish with its connection, so it keeps it."""
        if self.engine.url.database not in (None, "", ":memory:"):
            self.engine.dispose()

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(connection, _record) -> None:
    """Write-ahead logging with `synchronous=NORMAL`: readers never wait for the writer, and a commit
    appends the chunk's pages to the log without waiting for the disk (only checkpoints flush).

    Why resuming stays exact: once COMMIT returns, the chunk is in the log file, held by the operating
    system, so a killed process (Ctrl-C, kill -9, a crash) loses nothing it committed; an uncommitted
    chunk is rolled back when the database is next opened. Only a power cut or a crash of the machine
    itself may lose the last commits, and never consistency; each such chunk is then missing whole, and
    the resumed run loads it again, since it skips only the articles the database holds."""
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
