"""Where results go: one JSON file per article, JSON Lines, and databases through SQLAlchemy Core.

Files are written atomically (a temporary file, then a rename), so an interrupted run never leaves half
a file. Database loading is idempotent: an article is keyed by its id, and its rows are replaced in one
transaction when its text or the extractor version changed, and left alone when neither did.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
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
    insert,
    select,
)
from sqlalchemy.engine import Engine

from schemas import SCHEMA_VERSION, ArticleFacts, exact_text


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


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def to_json(result: ArticleFacts) -> str:
    return result.model_dump_json(indent=1, exclude_none=True)


class JsonFolderSink:
    """`DIR/<article_id>.json`, one file per article."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def path_for(self, article_id: str) -> Path:
        return self.folder / f"{safe_file_name(article_id)}.json"

    def write(self, result: ArticleFacts) -> None:
        write_atomically(self.path_for(result.article_id or "article"), to_json(result).encode("utf-8"))

    def close(self) -> None:
        pass


class JsonLinesSink:
    """One JSON object per line; gzip when the file name ends in .gz."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.stream = gzip.open(path, "at", encoding="utf-8") if path.suffix == ".gz" else path.open("a", encoding="utf-8")

    def write(self, result: ArticleFacts) -> None:
        self.stream.write(result.model_dump_json(exclude_none=True) + "\n")

    def close(self) -> None:
        self.stream.close()


metadata = MetaData()
meta_table = Table("zhfacts_meta", metadata, Column("key", String(64), primary_key=True), Column("value", Text))
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
    Column("value", String(64)),  # exact decimal as text: no float touches a value
    Column("low", String(64)),
    Column("high", String(64)),
    Column("unit", String(32)),
    Column("currency", String(3)),
    Column("qualifier", String(2)),
    Column("data", JSON, nullable=False),
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
)
findings = Table(
    "findings",
    metadata,
    Column("article_id", String(512), primary_key=True),
    Column("finding_no", Integer, primary_key=True),
    Column("check", String(32), nullable=False),
    Column("severity", String(8), nullable=False),
    Column("message", Text, nullable=False),
    Column("data", JSON, nullable=False),
)
errors = Table(
    "errors",
    metadata,
    Column("position", String(1024), primary_key=True),
    Column("article_id", String(512)),
    Column("reason", Text, nullable=False),
    Column("run_id", String(32), nullable=False),
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
)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _exact(value) -> str | None:
    return exact_text(value)


class DatabaseSink:
    """Articles, facts, statements, findings, errors and runs in any SQLAlchemy database."""

    def __init__(self, url: str) -> None:
        self.engine: Engine = create_engine(url)
        metadata.create_all(self.engine)
        with self.engine.begin() as connection:
            stored = connection.execute(select(meta_table.c.value).where(meta_table.c.key == "schema_version")).scalar()
            if stored is None:
                connection.execute(insert(meta_table).values(key="schema_version", value=str(SCHEMA_VERSION)))
            elif stored != str(SCHEMA_VERSION):
                raise SinkError(f"database {url} holds schema version {stored}, this zhfacts writes {SCHEMA_VERSION}")

    def loaded(self) -> dict[str, tuple[str, str]]:
        """Article id → (text hash, extractor version) of every article already loaded."""
        with self.engine.connect() as connection:
            rows = connection.execute(select(articles.c.article_id, articles.c.text_sha256, articles.c.extractor_version))
            return {row[0]: (row[1], row[2]) for row in rows}

    def write(self, result: ArticleFacts) -> None:
        """Replace the article's rows in one transaction."""
        article_id = result.article_id or "article"
        with self.engine.begin() as connection:
            for table in (facts, statements, findings, articles):
                connection.execute(delete(table).where(table.c.article_id == article_id))
            connection.execute(
                insert(articles).values(
                    article_id=article_id,
                    text_sha256=result.text_sha256,
                    extractor_version=result.extractor_version,
                    title=result.title,
                    published=result.published.isoformat() if result.published else None,
                    source=result.source,
                    n_facts=len(result.facts),
                    loaded_at=now(),
                )
            )
            if result.facts:
                connection.execute(insert(facts), [self._fact_row(article_id, f) for f in result.facts])
            if result.statements:
                connection.execute(
                    insert(statements),
                    [
                        {
                            "article_id": article_id,
                            "statement_id": s.id,
                            "metric": s.metric,
                            "subject": s.subject,
                            "value_fact": s.value,
                            "sentence": s.sentence,
                            "data": s.model_dump(mode="json"),
                        }
                        for s in result.statements
                    ],
                )
            if result.findings:
                connection.execute(
                    insert(findings),
                    [
                        {
                            "article_id": article_id,
                            "finding_no": number,
                            "check": f.check,
                            "severity": f.severity,
                            "message": f.message,
                            "data": f.model_dump(mode="json"),
                        }
                        for number, f in enumerate(result.findings, start=1)
                    ],
                )

    @staticmethod
    def _fact_row(article_id: str, fact) -> dict:
        return {
            "article_id": article_id,
            "fact_id": fact.id,
            "kind": fact.kind,
            "text": fact.text,
            "start": fact.start,
            "end": fact.end,
            "sentence": fact.sentence,
            "value": _exact(getattr(fact, "value", None)),
            "low": _exact(getattr(fact, "low", None)),
            "high": _exact(getattr(fact, "high", None)),
            "unit": getattr(fact, "unit", None),
            "currency": getattr(fact, "currency", None),
            "qualifier": getattr(fact, "qualifier", None),
            "data": fact.model_dump(mode="json", exclude_none=True),
        }

    def record_error(self, run_id: str, position: str, reason: str, article_id: str | None) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(errors).where(errors.c.position == position))
            connection.execute(insert(errors).values(position=position, article_id=article_id, reason=reason, run_id=run_id))

    def clear_error(self, position: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(errors).where(errors.c.position == position))

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


def sqlite_url(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"
