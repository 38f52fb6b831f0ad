"""Reading articles: `.txt` files, folders of them (recursive), `.jsonl` and `.jsonl.gz` archives, `.json` files (one article or a list),
and standard input (`-`, JSON Lines). Archives are streamed, never held in memory.

Each input yields `Article` records, or `BadInput` records for what cannot be read (undecodable bytes,
a malformed JSON line, an empty text, an article over the size limit), with the article id when known,
the input position (file and line) and the reason.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from extractors import MAX_CHARS

TEXT_SUFFIXES = (".txt",)
FOLDER_ARCHIVES = (".jsonl", ".jsonl.gz")


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    position: str
    title: str | None = None
    published: date | None = None
    source: str | None = None


@dataclass(frozen=True)
class BadInput:
    position: str
    reason: str
    id: str | None = None


def decode(data: bytes) -> str:
    """UTF-8 (with or without a BOM), else GB18030 (a superset of GBK and GB2312).

    >>> decode("投资".encode("gb18030"))
    '投资'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def read_articles(paths: Iterable[str], published: date | None = None) -> Iterator[Article | BadInput]:
    """Every article under the given paths, in a stable order (folders sorted by path)."""
    for raw in paths:
        if raw == "-":
            yield from _read_lines(sys.stdin.buffer, "<stdin>")
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _readable(p))
            for file in files:
                yield from _read_file(file, published, root=path)
        elif path.is_file():
            yield from _read_file(path, published, root=path.parent)
        else:
            yield BadInput(position=raw, reason="no such file or folder")


def _readable(path: Path) -> bool:
    """Files read from a folder: texts and JSON Lines. A `.json` file is read only when named, so that
    gold files beside a corpus are never taken for articles."""
    return path.name.lower().endswith(TEXT_SUFFIXES + FOLDER_ARCHIVES)


def _read_file(path: Path, published: date | None, root: Path) -> Iterator[Article | BadInput]:
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        with gzip.open(path, "rb") as stream:
            yield from _read_lines(stream, str(path))
    elif name.endswith(".jsonl"):
        with path.open("rb") as stream:
            yield from _read_lines(stream, str(path))
    elif name.endswith(".json"):
        yield from _read_json_file(path)
    else:
        yield _read_text_file(path, published, root)


def _read_text_file(path: Path, published: date | None, root: Path) -> Article | BadInput:
    article_id = path.relative_to(root).with_suffix("").as_posix() if path.is_relative_to(root) else path.stem
    try:
        if path.stat().st_size > MAX_CHARS * 4:
            return BadInput(str(path), f"file of {path.stat().st_size:,} bytes is over the size limit", article_id)
        text = decode(path.read_bytes())
    except (OSError, UnicodeDecodeError) as error:
        return BadInput(str(path), f"cannot read or decode: {error}", article_id)
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return _checked(Article(article_id, text, str(path), title=title, published=published))


def _read_lines(stream, name: str) -> Iterator[Article | BadInput]:
    for number, line in enumerate(stream, start=1):
        position = f"{name}:{number}"
        if not line.strip():
            continue
        if len(line) > MAX_CHARS * 4:
            yield BadInput(position, f"line of {len(line):,} bytes is over the size limit")
            continue
        try:
            record = json.loads(decode(line))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            yield BadInput(position, f"malformed JSON line: {error}")
            continue
        yield _from_record(record, position, default_id=f"{Path(name).name}-{number}")


def _read_json_file(path: Path) -> Iterator[Article | BadInput]:
    try:
        data = json.loads(decode(path.read_bytes()))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        yield BadInput(str(path), f"cannot read JSON: {error}")
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        yield _from_record(record, f"{path}[{number}]", default_id=f"{path.stem}-{number}")


def _from_record(record, position: str, default_id: str) -> Article | BadInput:
    if not isinstance(record, dict):
        return BadInput(position, "a JSON article must be an object with a text field")
    article_id = str(record.get("id") or default_id)
    text = record.get("text")
    if not isinstance(text, str):
        return BadInput(position, "no text field, or it is not a string", article_id)
    raw_date = record.get("published") or record.get("date")
    published = None
    if raw_date:
        try:
            published = date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            return BadInput(position, f"published date {raw_date!r} is not YYYY-MM-DD", article_id)
    title = record.get("title") or None
    source = record.get("source") or None
    return _checked(Article(article_id, text, position, title=title, published=published, source=source))


def _checked(article: Article) -> Article | BadInput:
    if not article.text.strip():
        return BadInput(article.position, "empty text", article.id)
    if len(article.text) > MAX_CHARS:
        return BadInput(article.position, f"{len(article.text):,} characters is over the limit of {MAX_CHARS:,}", article.id)
    return article
