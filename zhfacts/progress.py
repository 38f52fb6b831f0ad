"""Progress of a batch run: a `rich` progress bar on a terminal, plain periodic log lines elsewhere.

Both show articles done, articles and characters per second, errors, skipped articles, and the time
left once the total is known. The total is counted in a background thread (`count_articles`), so a
large archive starts at once and gains its ETA a moment later.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Iterable

from zhfacts.batch import Summary
from zhfacts.inputs import count_articles

log = logging.getLogger("zhfacts")


class Progress:
    """Call with the running Summary after each chunk; use as a context manager.

    Args:
        total (int | None): articles expected, when known.
        stream: where to report (standard error).
        live (bool | None): a progress bar; None: when `stream` is a terminal.
        interval (float): seconds between log lines when not live.
    """

    def __init__(self, total: int | None = None, stream=None, live: bool | None = None, interval: float = 10.0) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty() if live is None else live
        self.total = total
        self.interval = interval
        self.started = time.monotonic()
        self.last_line = self.started
        self.bar = None
        self.task = None

    def count_in_background(self, paths: Iterable[str]) -> None:
        """Count the articles of `paths` in a daemon thread; the total (and ETA) appears when done."""
        paths = list(paths)

        def count() -> None:
            self.total = count_articles(paths)

        threading.Thread(target=count, name="zhfacts-count", daemon=True).start()

    def __enter__(self) -> "Progress":
        if self.live:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeRemainingColumn

            self.bar = Bar(
                TextColumn("[bold]extract"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rates]}"),
                TextColumn("[red]{task.fields[failed]} errors"),
                TextColumn("{task.fields[skipped]} skipped"),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=False,
            )
            self.bar.start()
            self.task = self.bar.add_task("extract", total=self.total, rates="", failed=0, skipped=0)
        return self

    def __call__(self, summary: Summary) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        if self.bar is not None:
            rates = f"{summary.ok / elapsed:,.1f} art/s {summary.characters / elapsed:,.0f} char/s"
            self.bar.update(
                self.task, completed=summary.done, total=self.total, rates=rates, failed=summary.failed, skipped=summary.skipped
            )
        elif time.monotonic() - self.last_line >= self.interval:
            self.last_line = time.monotonic()
            log.info("%s", self.line(summary))

    def line(self, summary: Summary) -> str:
        """One plain line: done of total, rates, errors, skipped and the time left."""
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = summary.done / elapsed
        done = f"{summary.done:,}" + (f"/{self.total:,} articles ({summary.done / max(self.total, 1):.0%})" if self.total else " articles")
        text = (
            f"{done}, {summary.ok / elapsed:,.1f} articles/s, {summary.characters / elapsed:,.0f} chars/s, "
            f"{summary.failed:,} errors, {summary.skipped:,} skipped"
        )
        if self.total and rate > 0 and summary.done < self.total:
            text += f", ETA {_duration((self.total - summary.done) / rate)}"
        return text

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _duration(seconds: float) -> str:
    """
    >>> _duration(59), _duration(3725)
    ('59 s', '1 h 02 min')
    """
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


