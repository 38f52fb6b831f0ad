"""The batch runner against what goes wrong in real archives and real runs: corrupted lines, runs
killed with SIGKILL at random points, lost or half-written output files."""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from tests.archive import dump, write_archive
from zhfacts.cli import main
from zhfacts.batch import Loader, process_chunk, run
from zhfacts.database import DatabaseSink, sqlite_url
from zhfacts.inputs import Article
from zhfacts.sinks import JsonLinesSink

NEWS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "news.jsonl"


def corrupt(archive: Path, rng: random.Random) -> dict[int, str]:
    """Replace 1% of the archive's lines (at least five) with bad ones; line number → expected reason."""
    lines = archive.read_bytes().splitlines(keepends=True)
    kinds = {
        "malformed JSON": b'{"id": "cut", "text": "\xe6\x8a\x95\xe8\xb5\x84\n',
        "invalid UTF-8 bytes": b'{"id": "bytes", "text": "\xff\xfe\xe6\x8a\x95 5\xe4\xba\xbf\xe5\x85\x83"}\n',
        "empty text": b'{"id": "empty", "text": " \\n "}\n',
        "over the limit": json.dumps({"id": "huge", "text": "投资5亿元。" * 1_300_000}, ensure_ascii=False).encode() + b"\n",
        "unpaired surrogate": b'{"id": "surrogate", "text": "\\ud800 5\\u4ebf\\u5143"}\n',
    }
    count = max(len(kinds), len(lines) // 100)
    numbers = sorted(rng.sample(range(len(lines)), count))
    expected = {}
    for number, (reason, line) in zip(numbers, list(kinds.items()) * count):
        lines[number] = line
        expected[number + 1] = reason
    archive.write_bytes(b"".join(lines))
    return expected


def test_every_good_article_loads_and_every_bad_one_is_an_error_with_its_reason(tmp_path):
    archive = tmp_path / "news.jsonl"
    records = write_archive(archive, 500, seed=11)
    expected = corrupt(archive, random.Random(3))
    assert os.path.getsize(archive) > 20_000_000  # the big article is 20 MB
    out = tmp_path / "out"
    assert main(["extract", str(archive), "--out", str(out), "--workers", "2"]) == 1
    with sqlite3.connect(out / "facts.sqlite") as db:
        loaded = {row[0] for row in db.execute("select article_id from articles")}
        errors = dict(db.execute("select position, reason from errors"))
    good = {r["id"] for number, r in enumerate(records, start=1) if number not in expected}
    assert loaded == good
    assert {int(p.rsplit(":", 1)[1]): r for p, r in errors.items()}.keys() == expected.keys()
    for position, reason in errors.items():
        wanted = expected[int(position.rsplit(":", 1)[1])]
        assert position.startswith(f"{archive}:")
        assert {"malformed JSON": "malformed JSON", "invalid UTF-8 bytes": "invalid UTF-8 bytes",
                "empty text": "empty text", "over the limit": "over the limit of 5,000,000",
                "unpaired surrogate": "unpaired surrogate"}[wanted] in reason, (wanted, reason)
    assert len(list(out.glob("*.json"))) == len(good)


def test_a_line_over_the_byte_limit_is_skipped_without_reading_it_whole(tmp_path, monkeypatch):
    import zhfacts.inputs

    monkeypatch.setattr(zhfacts.inputs, "LINE_LIMIT", 1000)
    archive = tmp_path / "a.jsonl"
    archive.write_text(
        json.dumps({"id": "long", "text": "投资" * 2000}) + "\n" + json.dumps({"id": "ok", "text": "投资5亿元"}) + "\n",
        encoding="utf-8",
    )
    items = list(zhfacts.inputs.read_articles([str(archive)]))
    assert "over the size limit" in items[0].reason and items[1].id == "ok"


def test_a_gb18030_archive_is_read_as_gb18030_and_a_stray_line_is_an_error(tmp_path):
    from zhfacts.inputs import read_articles

    archive = tmp_path / "gbk.jsonl"
    good = [json.dumps({"id": f"g{i}", "text": f"投资{i}亿元"}, ensure_ascii=False).encode("gb18030") for i in range(3)]
    archive.write_bytes(b"\n".join([*good, b'{"id": "x", "text": "\x80"}']) + b"\n")
    items = list(read_articles([str(archive)]))
    assert [getattr(i, "text", None) for i in items[:3]] == ["投资0亿元", "投资1亿元", "投资2亿元"]
    assert "invalid GB18030 bytes" in items[3].reason


def test_lost_and_half_written_json_files_are_written_again(tmp_path):
    archive = tmp_path / "news.jsonl"
    write_archive(archive, 40)
    out = tmp_path / "out"
    command = ["extract", str(archive), "--out", str(out), "--workers", "1"]
    assert main(command) == 0
    before = dump(sqlite_url(out / "facts.sqlite"))
    files = {p.name: p.read_bytes() for p in out.glob("*.json")}
    for name in ("news-00001.json", "news-00002.json", "news-00003.json"):
        (out / name).unlink()
    (out / "news-00004.json").write_bytes(files["news-00004.json"][:100])  # cut short, as by a power cut
    (out / ".tmp-abc.json").write_bytes(b"{")  # a temporary file of a killed run
    assert main(command) == 0
    assert {p.name: p.read_bytes() for p in out.glob("*.json")} == files
    assert not list(out.glob(".tmp-*"))
    assert dump(sqlite_url(out / "facts.sqlite")) == before
    with sqlite3.connect(out / "facts.sqlite") as db:
        assert db.execute("select ok, skipped from runs order by started desc, rowid desc").fetchone() == (4, 36)


def test_a_json_lines_file_cut_by_a_kill_is_repaired_and_completed(tmp_path):
    archive = tmp_path / "news.jsonl"
    write_archive(archive, 30)
    for name in ("facts.jsonl", "facts.jsonl.gz"):
        whole = tmp_path / f"whole-{name}"
        assert main(["extract", str(archive), "--out", str(tmp_path / "o1"), "--no-json", "--no-db", "--jsonl", str(whole)]) == 0
        cut = tmp_path / name
        data = whole.read_bytes()
        cut.write_bytes(data[: len(data) * 2 // 3])
        assert len(JsonLinesSink(cut).held) < 30
        assert main(["extract", str(archive), "--out", str(tmp_path / "o2"), "--no-json", "--no-db", "--jsonl", str(cut)]) == 0
        read = gzip.open if name.endswith(".gz") else open
        with read(whole, "rt", encoding="utf-8") as a, read(cut, "rt", encoding="utf-8") as b:
            assert a.read() == b.read()


def _articles_loaded(database: Path) -> int:
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.1) as db:
            return db.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def _kill_and_resume(tmp_path: Path, archive: Path, n: int, chunk: int, seed: int) -> None:
    """An uninterrupted run, then the same command killed with SIGKILL at three random points and run
    to the end: the same database row for row, the same files, the same JSON Lines."""
    rng = random.Random(seed)
    print(f"random seed {seed}")

    def command(out: Path) -> list[str]:
        return [sys.executable, "-m", "zhfacts.cli", "extract", str(archive), "--out", str(out), "--workers", "2",
                "--chunk-size", str(chunk), "--jsonl", str(out / "all.jsonl"), "--allow-errors"]

    subprocess.run(command(tmp_path / "whole"), check=True, capture_output=True)
    out = tmp_path / "killed"
    database = out / "facts.sqlite"
    kills = 0
    for threshold in sorted(rng.sample(range(chunk, n - chunk), 3)):
        process = subprocess.Popen(command(out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while process.poll() is None and _articles_loaded(database) < threshold:
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.05))
        if process.poll() is None:
            workers = psutil.Process(process.pid).children()
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills += 1
            gone, alive = psutil.wait_procs(workers, timeout=5)
            assert not alive, "workers outlived the killed main process"
            for file in out.glob("*.json"):
                if not file.name.startswith(".tmp-"):  # a temporary file is removed by the next run
                    json.loads(file.read_bytes())  # no half-written file, ever
    assert kills >= 2, "the runs ended before they could be killed: make the archive larger"
    subprocess.run(command(out), check=True, capture_output=True)
    assert dump(sqlite_url(database)) == dump(sqlite_url(tmp_path / "whole" / "facts.sqlite"))
    whole = {p.name: p.read_bytes() for p in (tmp_path / "whole").glob("*.json")}
    assert {p.name: p.read_bytes() for p in out.glob("*.json")} == whole
    assert (out / "all.jsonl").read_bytes() == (tmp_path / "whole" / "all.jsonl").read_bytes()
    assert not list(out.glob(".tmp-*"))


def test_killed_three_times_and_restarted_equals_an_uninterrupted_run(tmp_path):
    archive = tmp_path / "news.jsonl"
    write_archive(archive, 300, seed=8)
    with archive.open("a", encoding="utf-8") as stream:
        stream.write("{not json}\n")
    _kill_and_resume(tmp_path, archive, 300, chunk=8, seed=int(time.time()))


@pytest.mark.slow
def test_the_news_archive_killed_three_times_equals_an_uninterrupted_run(tmp_path):
    if not NEWS.is_file():
        pytest.skip(f"{NEWS} is absent")
    _kill_and_resume(tmp_path, NEWS, 5206, chunk=64, seed=int(time.time()))


def test_an_id_twice_in_the_archive_keeps_the_first_article_and_reports_the_others(tmp_path, capsys):
    archive = tmp_path / "news.jsonl"
    records = write_archive(archive, 40, seed=2)
    other = "实际利用外资68.15亿美元,同比增长7.28%。"
    with archive.open("a", encoding="utf-8") as stream:  # news-00003 (line 4) three times more, lines 41-43
        for text in (records[3]["text"], other, records[3]["text"]):
            stream.write(json.dumps({"id": records[3]["id"], "text": text}, ensure_ascii=False) + "\n")
    expected = None
    for workers in ("1", "2", "2"):  # the third run resumes the second: the same decisions
        out = tmp_path / f"out-{min(int(workers), 2)}"
        assert main(["extract", str(archive), "--out", str(out), "--workers", workers, "--chunk-size", "8"]) == 1
        printed = capsys.readouterr()
        assert "2 of them repeated articles" in printed.out
        assert f"error {archive}:42: duplicate article id 'news-00003' with another text than at {archive}:4" in printed.err
        with sqlite3.connect(out / "facts.sqlite") as db:
            assert db.execute("select count(*) from articles").fetchone()[0] == 40
            errors = db.execute("select position, article_id from errors").fetchall()
        assert errors == [(f"{archive}:42", "news-00003")]
        rows = dump(sqlite_url(out / "facts.sqlite"))
        assert expected is None or rows == expected
        expected = rows
    assert "68.15亿美元" not in {row[3] for row in expected["facts"] if row[0] == "news-00003"}


def test_a_folder_that_cannot_be_written_stops_the_run_with_a_reason(tmp_path, capsys):
    archive = tmp_path / "news.jsonl"
    write_archive(archive, 20)
    out = tmp_path / "out"
    out.mkdir()
    (out / "news-00005.json").mkdir()  # a folder where a file must go: the write fails, as on a full disk
    for workers in ("1", "2"):
        assert main(["extract", str(archive), "--out", str(out), "--workers", workers]) == 2
        assert "cannot write the JSON file of article 'news-00005'" in capsys.readouterr().err
    (out / "news-00005.json").rmdir()
    assert main(["extract", str(archive), "--out", str(out), "--workers", "2"]) == 0
    with sqlite3.connect(out / "facts.sqlite") as db:
        assert db.execute("select count(*) from articles").fetchone()[0] == 20


def test_an_article_another_process_loads_after_the_start_is_replaced_not_doubled(tmp_path):
    """A run that found the database empty asks it nothing while planning; an article loaded meanwhile
    by another process makes its chunk's insert fail, and the article then replaces those rows."""
    url = sqlite_url(tmp_path / "facts.sqlite")
    articles = [Article("a1", "签约项目18个,总投资294.6亿元。", "x:1"), Article("a2", "同比增长33.8%。", "x:2")]
    loader = Loader(database=DatabaseSink(url), run_id="first")
    plan = loader.plan(articles)
    assert run(articles[:1], database=DatabaseSink(url), workers=1).ok == 1  # the other process
    loader.commit(plan, process_chunk(plan.tasks))
    assert (loader.summary.ok, loader.summary.failed) == (2, 0)
    with sqlite3.connect(tmp_path / "facts.sqlite") as connection:
        assert connection.execute("select article_id, count(*) from facts group by article_id").fetchall() == [("a1", 2), ("a2", 1)]
        assert connection.execute("select count(*) from errors").fetchone() == (0,)
