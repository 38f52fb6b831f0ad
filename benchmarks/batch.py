"""The batch runner end to end: articles and characters per second into SQLite with 1 and 2 workers in
the same run, what loading adds over extraction alone, peak memory per worker, and whether memory
stays flat when the archive grows tenfold.

Archive: ../shared/bench/news.jsonl (about 5,200 real articles, 4.7 million characters); the articles
of corpus/ when it is absent. Each measurement runs in a fresh process (so that memory peaks are its
own), with jieba and the rule tables loaded before the clock starts. Wall-clock time, because that is
what a user waits for, and CPU seconds (the process and its workers), which other processes on a
shared machine disturb less. The configurations run in turns, `--repeat` rounds; speeds are the
median round's, and each comparison (2 workers against 1, loading against extraction alone) is the
median of the rounds' own ratios, so that a machine whose speed drifts slows both sides alike.

    python benchmarks/batch.py [--repeat 5] [--limit N] [--no-growth] [--no-json]

Targets: 2 workers >= 1.7x one; loading into SQLite adds <= 20% over extraction alone; peak memory
<= 300 MB per worker; a 10x archive within 1.2x the memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NEWS = ROOT.parent / "shared" / "bench" / "news.jsonl"


def prepare(folder: Path, limit: int | None, copies: int = 1) -> Path:
    """The archive as one JSON Lines file, `copies` times over with distinct ids."""
    if NEWS.is_file():
        lines = NEWS.read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines[:limit]]
    else:
        records = [
            {"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted((ROOT / "corpus").glob("*.txt"))
        ][:limit]
    path = folder / f"archive-{copies}x.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for copy in range(copies):
            for record in records:
                stream.write(json.dumps({**record, "id": f"{record['id']}#{copy}"}, ensure_ascii=False) + "\n")
    return path


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the workers, once joined)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def child(config: dict) -> dict:
    """One measurement, in this (fresh) process."""
    import logging

    import jieba

    from extractors import extract
    from zhfacts.batch import run
    from zhfacts.inputs import read_articles
    from zhfacts.database import DatabaseSink, sqlite_url
    from zhfacts.sinks import JsonFolderSink

    jieba.setLogLevel(logging.WARNING)
    extract("2024年1月,杭州吉利新能源汽车项目签约18个,投资294.6亿元,增长33.8%。")  # loaded before the clock
    out = Path(config["out"])
    database = DatabaseSink(sqlite_url(out / "facts.sqlite")) if "sqlite" in config["sinks"] else None
    sinks = [JsonFolderSink(out / "json")] if "json" in config["sinks"] else []
    started, cpu = time.perf_counter(), _cpu()
    summary = run(read_articles([config["archive"]]), sinks, database, config["workers"], chunk_size=config["chunk"])
    elapsed = time.perf_counter() - started
    if database:
        database.close()
    main_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest worker
    return {
        "seconds": elapsed,
        "cpu": _cpu() - cpu,  # this process and its workers
        "articles": summary.ok,
        "failed": summary.failed,
        "characters": summary.characters,
        "main_mb": main_peak,
        "worker_mb": workers_peak if config["workers"] > 1 else main_peak,
    }


def measure_once(archive: Path, workers: int, sinks: str, chunk: int) -> dict:
    with tempfile.TemporaryDirectory() as out:
        config = {"archive": str(archive), "workers": workers, "sinks": sinks, "out": out, "chunk": chunk}
        done = subprocess.run(
            [sys.executable, __file__, "--child", json.dumps(config)], capture_output=True, text=True, check=True, cwd=ROOT
        )
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(archive: Path, configs: dict[str, tuple[int, str]], repeat: int, chunk: int) -> dict[str, list[dict]]:
    """Every round of each configuration. The configurations are taken in turns, in an order that
    rotates from round to round, so that a machine whose speed drifts (a shared virtual machine)
    slows them all alike; comparisons are then made round by round (see `paired`)."""
    rounds: dict[str, list[dict]] = {name: [] for name in configs}
    names = list(configs)
    for number in range(repeat):
        for name in names[number % len(names):] + names[: number % len(names)]:
            workers, sinks = configs[name]
            rounds[name].append(measure_once(archive, workers, sinks, chunk))
    return rounds


def paired(rounds: dict[str, list[dict]], a: str, b: str, key: str = "seconds") -> float:
    """The median over rounds of a/b, each round's two measurements taken minutes apart at most."""
    return statistics.median(x[key] / y[key] for x, y in zip(rounds[a], rounds[b]))


def typical(results: list[dict]) -> dict:
    """The round of median time, with the largest memory peaks of all rounds."""
    middle = sorted(results, key=lambda r: r["seconds"])[(len(results) - 1) // 2]
    return {**middle, "main_mb": max(r["main_mb"] for r in results), "worker_mb": max(r["worker_mb"] for r in results)}


def show(name: str, result: dict) -> None:
    print(
        f"  {name:<31}{result['articles'] / result['seconds']:>8,.1f} articles/s"
        f"{result['characters'] / result['seconds']:>11,.0f} chars/s{result['seconds']:>7.2f} s {result['cpu']:>6.2f} s CPU"
        f"   peak main {result['main_mb']:>4.0f} MB, per worker {result['worker_mb']:>4.0f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="rounds per measurement; medians are reported")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--chunk", type=int, default=64, help="articles per worker task and per transaction")
    parser.add_argument("--no-growth", action="store_true", help="skip the 10x archive (memory growth)")
    parser.add_argument("--no-json", action="store_true", help="skip the configuration with JSON files")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return 0

    with tempfile.TemporaryDirectory() as folder:
        archive = prepare(Path(folder), args.limit)
        n = sum(1 for _ in archive.open(encoding="utf-8"))
        print(f"archive: {NEWS if NEWS.is_file() else ROOT / 'corpus'} ({n:,} articles); {os.cpu_count()} cores; "
              f"chunk {args.chunk}; medians of {args.repeat} rounds; load average {os.getloadavg()[0]:.1f} at the start")
        configs = {
            "extraction alone, 1 worker": (1, ""),
            "SQLite, 1 worker": (1, "sqlite"),
            "extraction alone, 2 workers": (2, ""),
            "SQLite, 2 workers": (2, "sqlite"),
        }
        if not args.no_json:
            configs["SQLite + JSON files, 2 workers"] = (2, "sqlite,json")
        rounds = measure(archive, configs, args.repeat, args.chunk)
        for name, results in rounds.items():
            show(name, typical(results))
        print(f"load average {os.getloadavg()[0]:.1f} at the end (2 cores: above 2, other processes took turns)")
        ratio = paired(rounds, "SQLite, 1 worker", "SQLite, 2 workers")
        print(f"2 workers / 1, into SQLite: {ratio:.2f}x (target >= 1.7; median of the rounds' ratios)")
        for workers in (1, 2):
            plural = "s" if workers > 1 else ""
            alone, loaded = f"extraction alone, {workers} worker{plural}", f"SQLite, {workers} worker{plural}"
            print(f"loading into SQLite over extraction alone, {workers} worker{plural}: "
                  f"{paired(rounds, loaded, alone) - 1:+.1%} time, {paired(rounds, loaded, alone, 'cpu') - 1:+.1%} CPU "
                  "(target <= 20%)")
        print(f"peak memory per worker: {max(r['worker_mb'] for rs in rounds.values() for r in rs):.0f} MB (target <= 300)")
        if not args.no_growth:
            two = typical(rounds["SQLite, 2 workers"])
            big = measure_once(prepare(Path(folder), args.limit, copies=10), 2, "sqlite", args.chunk)
            show("SQLite, 2 workers, 10x archive", big)
            growth = max(big["main_mb"] / two["main_mb"], big["worker_mb"] / two["worker_mb"])
            print(f"memory, 10x archive / 1x: {growth:.2f}x (target <= 1.2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
