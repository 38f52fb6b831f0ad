"""Where results go: one JSON file per article, JSON Lines, and databases (`zhfacts.database`).

Every sink can say whether it already holds an article (by id, text hash and extractor version), so a
run that was interrupted in any way and started again writes each article only where it is missing.
Files are written atomically (a temporary file, then a rename): a killed run never leaves half a file.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
import zlib
from collections.abc import Iterable
from hashlib import sha256
from pathlib import Path
from urllib.parse import quote

from schemas import ArticleFacts

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

    def __init__(self, folder: Path, clear_leftovers: bool = True) -> None:
        """`clear_leftovers`: remove the temporary files of a run killed mid-write. Only the process
        that starts a run may: a cluster partition would delete files its neighbours are writing."""
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        for leftover in folder.glob(".tmp-*.json") if clear_leftovers else ():
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
