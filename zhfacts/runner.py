"""The `zhfacts extract` command: sinks from the options, a local or Dask run, progress and summary."""

from __future__ import annotations

import argparse
import logging
import sys

log = logging.getLogger("zhfacts")


def extract_command(args: argparse.Namespace) -> int:
    """Run `zhfacts extract` with parsed options; the exit status (1 when an article failed)."""
    from zhfacts.batch import run
    from zhfacts.inputs import read_articles
    from zhfacts.progress import Progress
    from zhfacts.database import DatabaseSink, sqlite_url
    from zhfacts.sinks import JsonFolderSink, JsonLinesSink, SinkError

    dask = getattr(args, "dask", None)
    database = None
    sinks: list = []
    try:
        if not args.no_db:
            database = DatabaseSink(args.db or sqlite_url(args.out / "facts.sqlite"), schema=getattr(args, "db_schema", None))
        if not dask:
            sinks = [] if args.no_json else [JsonFolderSink(args.out)]
            if args.jsonl:
                sinks.append(JsonLinesSink(args.jsonl))
        progress = Progress()
        progress.count_in_background(args.paths)
        inputs = read_articles(args.paths, published=args.published)
        with progress:
            if dask:
                from zhfacts.cluster import extract_stream

                summary = extract_stream(
                    inputs, dask, database=database, json_folder=None if args.no_json else args.out,
                    jsonl_folder=args.jsonl, workers=args.workers, progress=progress,
                )
            else:
                summary = run(inputs, sinks, database, args.workers, chunk_size=args.chunk_size, progress=progress)
        log.info("%s", progress.line(summary))
    except (SinkError, OSError) as error:
        print(f"zhfacts extract: {error}; run the same command again to resume", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("zhfacts extract: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    finally:
        for sink in sinks:
            sink.close()
        if database:
            database.close()
    duplicates = f", {summary.duplicates} of them repeated articles (an id and text seen earlier in the input)" if summary.duplicates else ""
    print(f"{summary.ok} articles extracted, {summary.failed} failed, {summary.skipped} already loaded and skipped{duplicates}")
    for position, reason in summary.errors[:20]:
        print(f"  error {position}: {reason}", file=sys.stderr)
    if summary.failed > 20:
        print(f"  … {summary.failed - 20} more errors in the errors table", file=sys.stderr)
    return 1 if summary.failed and not args.allow_errors else 0
