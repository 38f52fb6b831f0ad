"""Reading articles: `.txt` files, folders of them (recursive), `.jsonl` and `.jsonl.gz` archives, `.json` files (one article or a list),
and standard input (`-`, JSON Lines). Archives are streamed, never held in memory.

Encodings: UTF-8 (with or without a BOM) and GB18030 (a superset of GBK), decided per text file, and
per JSON Lines file from its first megabyte, so that a stray line of invalid bytes in a UTF-8 archive
is an error rather than mojibake. Size limits: `extractors.MAX_CHARS` characters per article, and a
JSON line longer than `LINE_LIMIT` bytes is skipped without being held in memory.

Each input yields `Article` records, or `BadInput` records for what cannot be read (undecodable bytes,
a malformed JSON line, an empty text, an article over the size limit, an id over `ID_LIMIT` characters,
text that is no valid Unicode), with the article id when known, the input position (file and line)
and the reason.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import chain
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


LINE_LIMIT = MAX_CHARS * 6 + 65536  # bytes: a line of MAX_CHARS characters, each escaped as \uXXXX
SAMPLE_BYTES = 1 << 20  # the head of a JSON Lines file that decides its encoding
ID_LIMIT = 512  # characters of an article id (the databases' key column)


@dataclass(frozen=True)
class _TooLong:
    size: int


def _bounded_lines(stream, limit: int | None = None) -> Iterator[bytes | _TooLong]:
    """The lines of a binary stream; a line longer than `limit` bytes is skipped without holding it."""
    limit = limit or LINE_LIMIT
    while True:
        line = stream.readline(limit)
        if not line:
            return
        if len(line) < limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while line and not line.endswith(b"\n"):
            line = stream.readline(limit)
            size += len(line)
        yield _TooLong(size)


def _encoding(head: list[bytes | _TooLong]) -> str:
    """UTF-8, unless the file's head has more lines that only GB18030 decodes than lines UTF-8 decodes.

    >>> _encoding(["投资".encode("gb18030") + b"\\n", b"ascii\\n"])
    'gb18030'
    >>> _encoding(["投资".encode() + b"\\n", b"\\xff broken\\n"])
    'utf-8'
    """
    utf8 = gb = 0
    for line in head:
        if isinstance(line, _TooLong) or line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8 += 1
        except UnicodeDecodeError:
            try:
                line.decode("gb18030")
                gb += 1
            except UnicodeDecodeError:
                pass
    return "gb18030" if gb > utf8 else "utf-8"


def _read_lines(stream, name: str) -> Iterator[Article | BadInput]:
    """A JSON Lines stream, its encoding detected once per file from its first megabyte."""
    lines = _bounded_lines(stream)
    head: list[bytes | _TooLong] = []
    size = 0
    for line in lines:
        head.append(line)
        size += line.size if isinstance(line, _TooLong) else len(line)
        if size >= SAMPLE_BYTES:
            break
    if head and isinstance(head[0], bytes) and head[0].startswith(b"\xef\xbb\xbf"):
        head[0] = head[0][3:]
    encoding = _encoding(head)
    base = Path(name).name
    for number, line in enumerate(chain(head, lines), start=1):
        position = f"{name}:{number}"
        if isinstance(line, _TooLong):
            yield BadInput(position, f"line of {line.size:,} bytes is over the size limit of {LINE_LIMIT:,} bytes")
            continue
        if not line.strip():
            continue
        try:
            text = line.decode(encoding)
        except UnicodeDecodeError as error:
            yield BadInput(position, f"invalid {encoding.upper()} bytes in a {encoding.upper()} file: {error}")
            continue
        try:
            record = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as error:
            yield BadInput(position, f"malformed JSON line: {error}")
            continue
        yield from_record(record, position, default_id=f"{base}-{number}")


def _read_json_file(path: Path) -> Iterator[Article | BadInput]:
    try:
        data = json.loads(decode(path.read_bytes()))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        yield BadInput(str(path), f"cannot read JSON: {error}")
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        yield from_record(record, f"{path}[{number}]", default_id=f"{path.stem}-{number}")


def from_record(record, position: str, default_id: str) -> Article | BadInput:
    """An article from a JSON object {id, title, text, published (or date), source}, or why not."""
    if not isinstance(record, dict):
        return BadInput(position, "a JSON article must be an object with a text field")
    article_id = str(record.get("id") or default_id)
    text = record.get("text")
    if not isinstance(text, str):
        return BadInput(position, "no text field, or it is not a string", article_id)
    raw_date = record.get("published") or record.get("date")
    published = None
    if isinstance(raw_date, date):
        published = raw_date
    elif raw_date:
        try:
            published = date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            return BadInput(position, f"published date {raw_date!r} is not YYYY-MM-DD", article_id)
    title, source = (str(record[k]) if record.get(k) else None for k in ("title", "source"))
    return _checked(Article(article_id, text, position, title=title, published=published, source=source))


def _valid_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _checked(article: Article) -> Article | BadInput:
    """The article, unless it is empty, over the size limit, or its fields are no valid Unicode text."""
    if not article.text.strip():
        return BadInput(article.position, "empty text", article.id)
    if len(article.text) > MAX_CHARS:
        return BadInput(article.position, f"{len(article.text):,} characters is over the limit of {MAX_CHARS:,}", article.id)
    if len(article.id) > ID_LIMIT or "\x00" in article.id or not _valid_unicode(article.id):
        return BadInput(article.position, f"article id is longer than {ID_LIMIT} characters, or holds a NUL or an unpaired surrogate")
    for name in ("text", "title", "source"):
        if not _valid_unicode(getattr(article, name) or ""):
            return BadInput(article.position, f"the {name} holds an unpaired surrogate: it is not valid Unicode", article.id)
    if "\x00" in (article.title or "") + (article.source or ""):  # no database stores a NUL in text
        return replace(article, title=_no_nul(article.title), source=_no_nul(article.source))
    return article


def _no_nul(text: str | None) -> str | None:
    return text.replace("\x00", "") if text else text


def count_articles(paths: Iterable[str]) -> int | None:
    """How many articles the paths hold, counted cheaply (lines of JSON Lines, text files), or None
    when that cannot be known without reading them (standard input, gzip, .json)."""
    total = 0
    for raw in paths:
        path = Path(raw)
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file() and _readable(p)) if path.is_dir() else None
        if files is None:
            return None
        for file in files:
            name = file.name.lower()
            if name.endswith(TEXT_SUFFIXES):
                total += 1
            elif name.endswith(".jsonl"):
                with file.open("rb") as stream:
                    total += sum(block.count(b"\n") for block in iter(lambda: stream.read(1 << 20), b""))
            else:
                return None
    return total
