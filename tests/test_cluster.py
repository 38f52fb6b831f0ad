"""The Dask adapter on a real LocalCluster of two worker processes: the same rows, files and lines as
a single-process run, and nothing loaded twice when run again."""

from __future__ import annotations

import json

import pytest

dask_bag = pytest.importorskip("dask.bag", reason="the Dask tests need the cluster extra")
distributed = pytest.importorskip("distributed")

from tests.archive import dump, write_archive  # noqa: E402
from zhfacts.batch import run  # noqa: E402
from zhfacts.cli import main  # noqa: E402
from zhfacts.cluster import extract_bag  # noqa: E402
from zhfacts.inputs import read_articles  # noqa: E402
from zhfacts.database import DatabaseSink, sqlite_url  # noqa: E402
from zhfacts.sinks import JsonFolderSink, JsonLinesSink  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            yield client


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """An archive, and what the single-process runner makes of it."""
    folder = tmp_path_factory.mktemp("reference")
    archive = folder / "news.jsonl"
    records = write_archive(archive, 90, seed=21)
    with archive.open("a", encoding="utf-8") as stream:
        stream.write('{"id": "bad", "text": 7}\n')
    database = DatabaseSink(sqlite_url(folder / "facts.sqlite"))
    sinks = [JsonFolderSink(folder / "json"), JsonLinesSink(folder / "facts.jsonl")]
    summary = run(read_articles([str(archive)]), sinks, database, workers=1)
    for sink in [*sinks, database]:
        sink.close()
    assert (summary.ok, summary.failed) == (90, 1)
    return archive, records, folder


def parts_lines(folder):
    return [line for part in sorted(folder.glob("part-*.jsonl")) for line in part.read_text(encoding="utf-8").splitlines()]


def test_a_bag_on_two_workers_loads_what_one_process_loads(tmp_path, client, reference):
    archive, records, expected = reference
    url = sqlite_url(tmp_path / "facts.sqlite")
    bag = dask_bag.from_sequence(records, npartitions=4)
    summary = extract_bag(bag, database=url, json_folder=tmp_path / "json", jsonl_folder=tmp_path / "parts")
    assert (summary.ok, summary.failed, summary.skipped) == (90, 0, 0)
    mine, theirs = dump(url), dump(sqlite_url(expected / "facts.sqlite"))
    for table in ("articles", "facts", "statements", "findings"):
        assert mine[table] == theirs[table], table
    assert sorted(p.name for p in (tmp_path / "json").iterdir()) == sorted(p.name for p in (expected / "json").iterdir())
    assert (tmp_path / "json" / "news-00007.json").read_bytes() == (expected / "json" / "news-00007.json").read_bytes()
    assert parts_lines(tmp_path / "parts") == (expected / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    files = {p.name: p.read_bytes() for p in (tmp_path / "parts").iterdir()}

    again = extract_bag(bag, database=url, json_folder=tmp_path / "json", jsonl_folder=tmp_path / "parts")
    assert (again.ok, again.failed, again.skipped) == (0, 0, 90)
    assert dump(url) == mine
    assert {p.name: p.read_bytes() for p in (tmp_path / "parts").iterdir()} == files


def test_a_lost_partition_file_is_written_again_and_nothing_else(tmp_path, client, reference):
    _, records, _ = reference
    url = sqlite_url(tmp_path / "facts.sqlite")
    bag = dask_bag.from_sequence(records, npartitions=3)
    extract_bag(bag, database=url, jsonl_folder=tmp_path / "parts")
    lines = parts_lines(tmp_path / "parts")
    (tmp_path / "parts" / "part-00001.jsonl").unlink()
    again = extract_bag(bag, database=url, jsonl_folder=tmp_path / "parts")
    assert (again.ok, again.skipped) == (30, 60)
    assert parts_lines(tmp_path / "parts") == lines


def test_the_command_on_a_cluster_equals_the_local_command(tmp_path, client, reference):
    archive, _, expected = reference
    out = tmp_path / "out"
    address = client.scheduler.address
    assert main(["extract", str(archive), "--out", str(out), "--dask", address, "--jsonl", str(tmp_path / "parts")]) == 1
    assert dump(sqlite_url(out / "facts.sqlite")) == dump(sqlite_url(expected / "facts.sqlite"))
    assert parts_lines(tmp_path / "parts") == (expected / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    reasons = [json.loads(p.read_text(encoding="utf-8"))["article_id"] for p in out.glob("*.json")]
    assert len(reasons) == 90
    assert main(["extract", str(archive), "--out", str(out), "--dask", address, "--allow-errors"]) == 0
    assert dump(sqlite_url(out / "facts.sqlite")) == dump(sqlite_url(expected / "facts.sqlite"))
