"""Progress of a batch run: a rich progress bar on a terminal, periodic log lines elsewhere, and the
summary of ok, failed and skipped articles."""

from __future__ import annotations

import io
import logging
import os
import pty
import subprocess
import sys

from tests.archive import write_archive
from zhfacts.batch import Summary
from zhfacts.progress import Progress


def test_log_lines_show_rates_errors_and_the_time_left(caplog):
    progress = Progress(total=200, stream=io.StringIO(), live=False, interval=0)
    with caplog.at_level(logging.INFO, logger="zhfacts"), progress:
        progress(Summary(ok=40, failed=2, skipped=8, characters=40_000))
    (line,) = [r.getMessage() for r in caplog.records]
    assert line.startswith("50/200 articles (25%), ")
    assert "articles/s" in line and "chars/s" in line and "2 errors, 8 skipped, ETA " in line


def test_without_a_total_there_is_no_eta():
    progress = Progress(total=None, stream=io.StringIO(), live=False)
    assert "ETA" not in progress.line(Summary(ok=3))
    assert progress.line(Summary(ok=3)).startswith("3 articles, ")


def test_the_bar_counts_articles_against_the_total():
    stream = io.StringIO()
    with Progress(total=10, stream=stream, live=True) as progress:
        progress(Summary(ok=9, failed=1, characters=9_000))
    shown = stream.getvalue()
    assert "10/10" in shown and "1 errors" in shown and "art/s" in shown and "char/s" in shown


def test_on_a_terminal_the_command_draws_a_bar_and_elsewhere_logs(tmp_path):
    archive = tmp_path / "news.jsonl"
    write_archive(archive, 30)
    command = [sys.executable, "-m", "zhfacts.cli", "extract", str(archive), "--out", str(tmp_path / "out"), "--workers", "1"]
    leader, follower = pty.openpty()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=follower, env={**os.environ, "COLUMNS": "160"}, check=True)
    os.close(follower)
    shown = b""
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        shown += data
    os.close(leader)
    assert "30/30" in shown.decode() and "━" in shown.decode()
    assert done.stdout.decode().strip() == "30 articles extracted, 0 failed, 0 already loaded and skipped"

    again = subprocess.run(command, capture_output=True, text=True, check=True)
    assert "━" not in again.stderr
    assert "30/30 articles (100%)" in again.stderr and "30 skipped" in again.stderr
    assert again.stdout.strip() == "0 articles extracted, 0 failed, 30 already loaded and skipped"
