"""Loading into real database servers: PostgreSQL (127.0.0.1:5432) and MariaDB (127.0.0.1:3306).

Each test session works in a schema of its own (MariaDB: a database of its own), dropped at the end.
When a server cannot be reached, these tests fail in CI (CI=true) and are skipped elsewhere, with the
reason. Other servers: ZHFACTS_TEST_POSTGRES_URL, ZHFACTS_TEST_MARIADB_URL.
"""

from __future__ import annotations

import json
import os
import uuid

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.schema import CreateSchema, DropSchema

import extractors
import zhfacts.batch
from tests.archive import counts, dump, write_archive
from zhfacts.cli import main
from zhfacts.database import DatabaseSink, article_rows, articles, facts, findings

SERVERS = {
    "postgresql": os.environ.get("ZHFACTS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"),
    "mariadb": os.environ.get("ZHFACTS_TEST_MARIADB_URL", "mysql+pymysql://root@127.0.0.1:3306/test?charset=utf8mb4"),
}


@pytest.fixture(scope="session", params=sorted(SERVERS))
def server(request):
    """(URL, schema of this session) on a reachable server; the schema is dropped afterwards."""
    url = SERVERS[request.param]
    engine = create_engine(url, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as connection:
            connection.execute(text("select 1"))
    except Exception as error:  # any failure to connect: driver missing, refused, bad credentials
        reason = f"{request.param} server at {url} unreachable: {type(error).__name__}: {str(error).splitlines()[0]}"
        engine.dispose()
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI must run the database tests)")
        pytest.skip(reason)
    schema = f"zhfacts_test_{uuid.uuid4().hex[:10]}"
    with engine.begin() as connection:
        connection.execute(CreateSchema(schema))
    yield url, schema
    with engine.begin() as connection:
        connection.execute(DropSchema(schema, cascade=request.param == "postgresql"))
    engine.dispose()


@pytest.fixture
def database(server):
    """A fresh schema for one test, inside the session's: tables of one test never meet another's."""
    url, session_schema = server
    schema = f"{session_schema}_{uuid.uuid4().hex[:6]}"
    yield url, schema
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(DropSchema(schema, cascade=engine.dialect.name == "postgresql", if_exists=True))
    engine.dispose()


def extract(archive, url, schema, *more):
    return main(["extract", str(archive), "--db", url, "--db-schema", schema, "--no-json", "--allow-errors", *more])


def test_loading_an_archive_twice_gives_the_same_rows_as_once(tmp_path, database):
    url, schema = database
    archive = tmp_path / "news.jsonl"
    write_archive(archive, 150)
    with archive.open("a", encoding="utf-8") as stream:
        stream.write("{broken json\n" + json.dumps({"id": "empty", "text": " "}) + "\n")
    assert extract(archive, url, schema, "--workers", "2") == 0
    once, rows_once = counts(url, schema), dump(url, schema)
    assert once["articles"] == 150 and once["facts"] > 1000 and once["errors"] == 2
    assert once["statements"] > 0 and once["findings"] >= 0
    assert extract(archive, url, schema, "--workers", "2") == 0
    twice = counts(url, schema)
    assert {k: v for k, v in twice.items() if k != "runs"} == {k: v for k, v in once.items() if k != "runs"}
    assert twice["runs"] == once["runs"] + 1
    assert dump(url, schema) == rows_once


def test_reserved_words_and_exact_values_round_trip(tmp_path, database):
    url, schema = database
    archive = tmp_path / "one.jsonl"
    record = {"id": "A1", "text": "1月—10月,实际利用外资68.15亿美元,同比增长7.28%。", "published": "2022-11-20"}
    archive.write_text(json.dumps(record, ensure_ascii=False) + "\n" + json.dumps({**record, "id": "a1"}) + "\n", encoding="utf-8")
    assert extract(archive, url, schema, "--workers", "1") == 0
    sink = DatabaseSink(url, schema=schema)
    with sink.engine.connect() as connection:
        money = connection.execute(
            select(facts.c.text, facts.c.start, facts.c.end, facts.c.value, facts.c.currency)
            .where(facts.c.article_id == "A1", facts.c.kind == "money")
        ).one()
        rate = connection.execute(
            select(facts.c.value, facts.c.data).where(facts.c.article_id == "A1", facts.c.kind == "percent")
        ).one()
        ids = connection.execute(select(articles.c.article_id).order_by(articles.c.article_id)).scalars().all()
        checks = connection.execute(select(findings.c.check)).scalars().all()
    start = record["text"].index("68.15")
    assert money[:5] == ("68.15亿美元", start, start + 8, "6815000000", "USD")
    assert rate.value == "7.28" and rate.data == {"form": "percent", "direction": "up"}
    assert sorted(ids) == ["A1", "a1"]  # ids differing in case are two articles, on every server
    assert all(isinstance(c, str) for c in checks)
    assert sink.lookup(["A1", "zz"]) == {"A1": (extractors.extract(record["text"]).text_sha256, extractors.EXTRACTOR_VERSION)}
    sink.close()


def test_a_newer_extractor_version_replaces_the_rows(tmp_path, database, monkeypatch):
    url, schema = database
    archive = tmp_path / "news.jsonl"
    write_archive(archive, 40, seed=9)
    assert extract(archive, url, schema, "--workers", "1") == 0
    before = dump(url, schema)
    monkeypatch.setattr(extractors, "EXTRACTOR_VERSION", "99.0.0")
    monkeypatch.setattr(zhfacts.batch, "EXTRACTOR_VERSION", "99.0.0")
    assert extract(archive, url, schema, "--workers", "1") == 0
    after = dump(url, schema)
    assert {row[2] for row in after["articles"]} == {"99.0.0"}
    for table in ("facts", "statements", "findings"):
        assert after[table] == before[table]  # the same rows, replaced, none doubled
    runs = counts(url, schema)["runs"]
    assert extract(archive, url, schema, "--workers", "1") == 0  # and now they are skipped
    assert dump(url, schema) == after and counts(url, schema)["runs"] == runs + 1


def test_a_failed_replacement_leaves_the_old_rows_whole(tmp_path, database):
    url, schema = database
    archive = tmp_path / "news.jsonl"
    write_archive(archive, 3, seed=4)
    assert extract(archive, url, schema, "--workers", "1") == 0
    before = dump(url, schema)
    sink = DatabaseSink(url, schema=schema)
    result = extractors.extract(json.loads(archive.read_text(encoding="utf-8").splitlines()[0])["text"], article_id="news-00000")
    rows = article_rows(result)
    rows["facts"].append(rows["facts"][0])  # the same fact id twice: the insert fails midway
    with pytest.raises(Exception):
        sink.write_chunk([rows], replaced=["news-00000"], failed=[], cleared=[], run_id="r")
    sink.close()
    assert dump(url, schema) == before
