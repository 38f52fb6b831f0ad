"""Dask adapter: the same engine and the same sinks on every worker of a Dask cluster.

`extract_bag` takes a `dask.bag` of articles ({id, title, text, published, source} dicts, or
`zhfacts.inputs.Article`/`BadInput` records) and loads each partition on the worker that holds it:
the database through one connection per partition, JSON files into a shared folder, and JSON Lines as
one file per partition (`part-00007.jsonl`, rewritten whole and atomically). Idempotence is the batch
runner's: every sink is asked what it holds, so running the same bag again loads nothing twice.
An article id twice keeps its first article (see `zhfacts.batch.first_occurrences`): within the whole
stream with `extract_stream`, within each partition with `extract_bag` (which cannot see across
partitions: give a bag with unique ids, or one where each id's records share a partition).
`extract_stream` feeds a local stream of articles to a cluster a window of partitions at a time; it is
what `zhfacts extract --dask ADDRESS` runs (ADDRESS `local` starts a LocalCluster on this machine).

Needs the `cluster` extra: pip install 'zhfacts[cluster]'. With a cluster of several machines, the
database must be a server (PostgreSQL, MariaDB) and the folders on a file system they all share.

    >>> import dask.bag
    >>> bag = dask.bag.from_sequence([{"id": "a1", "text": "签约项目18个,总投资294.6亿元。"}], npartitions=1)
    >>> extract_bag(bag, scheduler="sync").ok
    1
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from extractors import EXTRACTOR_VERSION
from zhfacts.batch import CHUNK, Duplicate, Loader, Summary, chunks, first_occurrences, process_chunk
from zhfacts.inputs import Article, BadInput, from_record
from zhfacts.database import DatabaseSink
from zhfacts.sinks import JsonFolderSink, JsonLinesPartSink

PARTITION = 256  # articles per partition that extract_stream makes


def _dask():
    try:
        import dask
        import dask.bag
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise ImportError("the Dask adapter needs the cluster extra: pip install 'zhfacts[cluster]'") from error
    return dask


@dataclass(frozen=True)
class Target:
    """Where partitions write; plain data, sent to every worker."""

    database: str | None = None
    schema: str | None = None
    json_folder: Path | None = None
    jsonl_folder: Path | None = None
    run_id: str = ""
    chunk_size: int = CHUNK


def load_partition(items: Iterable, partition: int, target: Target) -> Summary:
    """Extract one partition into the target's sinks, on whichever worker runs it."""
    logging.getLogger("jieba").setLevel(logging.WARNING)
    database = DatabaseSink(target.database, schema=target.schema) if target.database else None
    json_sink = JsonFolderSink(target.json_folder, clear_leftovers=False) if target.json_folder else None
    lines_sink = JsonLinesPartSink(target.jsonl_folder, partition) if target.jsonl_folder else None
    loader = Loader(json_sink, lines_sink, database, target.run_id)
    try:
        articles = (_article(item, partition, number) for number, item in enumerate(items, start=1))
        for chunk in chunks(first_occurrences(articles), target.chunk_size):
            plan = loader.plan(chunk)
            loader.commit(plan, process_chunk(plan.tasks))
        if lines_sink:
            lines_sink.close()
    finally:
        if database:
            database.close()
    return loader.summary


def _article(item, partition: int, number: int) -> Article | BadInput | Duplicate:
    if isinstance(item, (Article, BadInput, Duplicate)):
        return item
    position = item.get("position") if isinstance(item, dict) else None
    return from_record(item, str(position or f"partition {partition}, item {number}"), default_id=f"p{partition}-{number}")


def extract_bag(
    bag,
    *,
    database: str | None = None,
    schema: str | None = None,
    json_folder: Path | str | None = None,
    jsonl_folder: Path | str | None = None,
    run_id: str | None = None,
    first_partition: int = 0,
    scheduler=None,
    progress: Callable[[Summary], None] | None = None,
) -> Summary:
    """Extract every article of a `dask.bag` on the cluster into the given sinks; the summed Summary.

    Args:
        bag: a dask.bag of article dicts, Articles or BadInputs.
        database (str | None): a SQLAlchemy URL every partition writes to, one connection each.
        schema (str | None): the PostgreSQL schema (MySQL: database) of the tables.
        json_folder: a folder for one JSON file per article (shared by the workers).
        jsonl_folder: a folder for one JSON Lines file per partition.
        run_id (str | None): the run the error records belong to.
        first_partition (int): the number of the bag's first partition, in file names.
        scheduler: passed to dask.compute ("sync", "processes", a Client); None: the active client.
        progress: called with the running Summary as partitions finish.
    """
    dask = _dask()
    own_run = run_id is None
    run_id = run_id or uuid.uuid4().hex[:16]
    sink = DatabaseSink(database, schema=schema) if database else None  # tables made once, before partitions race
    if json_folder:
        JsonFolderSink(Path(json_folder))  # the folder made and a killed run's leftovers cleared, once
    if sink and own_run:
        sink.start_run(run_id, EXTRACTOR_VERSION, "zhfacts.cluster.extract_bag")
    target = Target(
        database,
        schema,
        Path(json_folder) if json_folder else None,
        Path(jsonl_folder) if jsonl_folder else None,
        run_id,
    )
    tasks = [
        dask.delayed(load_partition, pure=False)(part, first_partition + number, target)
        for number, part in enumerate(bag.to_delayed())
    ]
    total = Summary()
    client = _client() if scheduler is None else None
    try:
        if client is None:
            for summary in dask.compute(*tasks, scheduler=scheduler):
                total.add(summary)
        else:
            from distributed import as_completed

            for future in as_completed(client.compute(tasks)):
                total.add(future.result())
                if progress:
                    progress(total)
        if sink and own_run:
            sink.finish_run(run_id, total.ok, total.failed, total.skipped)
    finally:
        if sink:
            sink.close()
    return total


def _copy(*summaries: Summary) -> Summary:
    total = Summary()
    for summary in summaries:
        total.add(summary)
    return total


def _client():
    try:
        from distributed import get_client

        return get_client()
    except (ImportError, ValueError):
        return None


def extract_stream(
    inputs: Iterable[Article | BadInput],
    address: str,
    *,
    database: DatabaseSink | None = None,
    json_folder: Path | None = None,
    jsonl_folder: Path | None = None,
    workers: int | None = None,
    partition_size: int = PARTITION,
    progress: Callable[[Summary], None] | None = None,
) -> Summary:
    """Run a local stream of articles on the Dask cluster at `address` (or a LocalCluster: "local"),
    a window of bags at a time, so the stream is never held whole."""
    dask = _dask()
    from distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.WARNING)
    cluster = None
    if address == "local":
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True, dashboard_address=None
        )
        address = cluster.scheduler_address
    run_id = uuid.uuid4().hex[:16]
    if database:
        database.start_run(run_id, EXTRACTOR_VERSION, f"--dask {address}")
    total = Summary()
    try:
        with Client(address) as client:
            window = partition_size * 4 * max(len(client.scheduler_info().get("workers", {})), 1)
            first = 0
            for items in chunks(first_occurrences(inputs), window):
                bag = dask.bag.from_sequence(items, partition_size=partition_size)
                before = _copy(total)
                total.add(
                    extract_bag(
                        bag,
                        database=database.connect_url if database else None,
                        schema=database.schema if database else None,
                        json_folder=json_folder,
                        jsonl_folder=jsonl_folder,
                        run_id=run_id,
                        first_partition=first,
                        progress=progress and (lambda running, before=before: progress(_copy(before, running))),
                    )
                )
                first += bag.npartitions
    finally:
        if cluster is not None:
            cluster.close()
    if database:
        database.finish_run(run_id, total.ok, total.failed, total.skipped)
    return total
