"""The zhfacts engine: one call per article, every figure as a typed, validated, traceable fact.

>>> facts = extract("1月—10月,实际利用外资68.15亿美元,同比增长7.28%。")
>>> [(f.kind, f.text) for f in facts.facts]
[('date', '1月—10月'), ('money', '68.15亿美元'), ('percent', '7.28%')]
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date

import regex

from extractors import count, dates, duration, measure, money, percent, project
from extractors.document import Candidate, Document
from extractors.link import link
from extractors.overlap import resolve
from schemas import ArticleFacts

# Bump whenever a rule table or a behaviour changes: every output row says which rules produced it, and a
# database replaces the rows of an article that an older version loaded.
EXTRACTOR_VERSION = "0.5.3"

# The registry: one line per fact kind.
EXTRACTORS: dict[str, Callable[[Document], list[Candidate]]] = {
    "money": money.extract,
    "count": count.extract,
    "measure": measure.extract,
    "percent": percent.extract,
    "date": dates.extract,
    "duration": duration.extract,
    "project": project.extract,
}

# An article longer than this is refused rather than read: no news article comes near it.
MAX_CHARS = 5_000_000


_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


_HEADLINE = regex.compile(r"\s*(?P<line>[^\n]{4,60}?)\s*\n")


def _headline(text: str) -> str | None:
    """The first line, when it reads as a headline: short, on a line of its own, no sentence end."""
    match = _HEADLINE.match(text)
    if match is None or match.group("line")[-1] in "。！？!?；;，,：:":
        return None
    return match.group("line")


class ExtractionError(ValueError):
    """The article cannot be read; the message names the article and the reason."""


def _publication_date(published: date | str | None, article_id: str | None) -> date | None:
    if published is None or isinstance(published, date):
        return published
    if isinstance(published, str):
        try:
            return date.fromisoformat(published.strip())
        except ValueError:
            pass
    raise ExtractionError(f"article {article_id!r}: published must be a date or an ISO date string, not {published!r}")


def extract(
    text: str,
    *,
    published: date | str | None = None,
    article_id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    statements: bool = True,
) -> ArticleFacts:
    """Every fact of one article. Offsets point into `text` exactly as given; no I/O is done.

    Args:
        text (str): the article body, decoded.
        published (date | str | None): publication date, the anchor of relative dates (今年, 去年);
            a string is read as an ISO date (2025-03-28).
        article_id (str | None): the article's id, carried into the output and error messages.
        title (str | None): the headline, carried into the output; when not given, the first line
            of the text if it reads as one (short, on its own line, without a sentence end).
        source (str | None): where the article came from.
        statements (bool): link the facts into statements (the default); False gives the facts
            alone, in about 40% less time, with an empty list of statements.
    """
    if not isinstance(text, str):
        raise ExtractionError(f"article {article_id!r}: text must be str, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ExtractionError(f"article {article_id!r}: {len(text):,} characters is over the limit of {MAX_CHARS:,}")
    surrogate = _LONE_SURROGATE.search(text)
    if surrogate:
        raise ExtractionError(f"article {article_id!r}: unpaired surrogate at offset {surrogate.start()}, the text is not valid Unicode")
    published = _publication_date(published, article_id)
    doc = Document(text, published)
    candidates = [c for extractor in EXTRACTORS.values() for c in extractor(doc)]
    facts = [
        {
            **{k: v for k, v in candidate.fields.items() if v is not None},
            "kind": candidate.kind,
            "id": f"f{number}",
            "text": text[candidate.start : candidate.end],
            "start": candidate.start,
            "end": candidate.end,
            "sentence": doc.sentence_of(candidate.start),
        }
        for number, candidate in enumerate(resolve(candidates), start=1)
    ]
    # One validation of the whole article, in pydantic's core, rather than one call per fact.
    article = ArticleFacts.model_validate(
        {
            "article_id": article_id,
            "title": title if title is not None else _headline(text),
            "published": published,
            "source": source,
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "extractor_version": EXTRACTOR_VERSION,
            "facts": facts,
        }
    )
    return article.model_copy(update={"statements": link(doc, article.facts)}) if statements else article
