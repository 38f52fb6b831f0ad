"""Characters per second of `extract`, single process: the facts of every kind alone
(`statements=False`), and with the statements linked (the default), beside jieba's own segmentation
(`jieba.lcut(text, HMM=False)`) and a bare `regex` scan of the same texts, in one run.

Texts: ../shared/bench/news.jsonl (the corpus/ articles when it is absent). Loading is not counted:
each contender is warmed up first. Each is timed in CPU seconds; the contenders take turns in each of
`--repeat` rounds: speeds are the best round, the ratio is the median of the rounds' own ratios. Also
prints peak memory and the wall time of `zhfacts extract` on one short article, start-up included.

    python benchmarks/throughput.py [--limit 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jieba
import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors import extract  # noqa: E402

NEWS = ROOT.parent / "shared" / "bench" / "news.jsonl"
DIGITS = regex.compile(r"\d+(?:\.\d+)?")


def load_texts(limit: int) -> list[str]:
    if NEWS.is_file():
        with NEWS.open(encoding="utf-8") as stream:
            return [json.loads(line)["text"] for line, _ in zip(stream, range(limit))]
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]


def cpu_seconds(run, texts: list[str]) -> float:
    started = time.process_time()
    for text in texts:
        run(text)
    return time.process_time() - started


def cli_wall_seconds() -> float:
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "a.txt"
        article.write_text("1月—10月,杭州实际利用外资68.15亿美元,同比增长7.28%。", encoding="utf-8")
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "zhfacts.cli", "extract", str(article), "--out", str(Path(folder) / "out"), "--workers", "1"],
            check=True, capture_output=True, cwd=ROOT,
        )
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=2000, help="articles of news.jsonl to use")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best is kept")
    args = parser.parse_args()
    texts = load_texts(args.limit)
    characters = sum(map(len, texts))
    jieba.setLogLevel(60)
    jieba.initialize()
    extract(texts[0])  # load the rule tables and jieba's tag table before timing
    contenders = {
        "extract, facts only": lambda text: extract(text, statements=False),
        "extract + statements": extract,
        "jieba.lcut HMM=False": lambda text: jieba.lcut(text, HMM=False),
        "regex digit scan": lambda text: sum(1 for _ in DIGITS.finditer(text)),
    }
    # The contenders take turns within each round, so that a change of load on a shared machine falls on
    # both sides of a round's ratio; the ratio reported is the median of the rounds' own ratios.
    rounds = [{name: characters / cpu_seconds(run, texts) for name, run in contenders.items()} for _ in range(args.repeat)]
    speed = {name: max(r[name] for r in rounds) for name in contenders}
    print(f"{len(texts)} articles, {characters:,} characters, best of {args.repeat} rounds (CPU time)")
    for name, value in speed.items():
        print(f"  {name:<24}{value:>14,.0f} chars/s")
    for name, target in (("extract, facts only", "target >= 1.4"), ("extract + statements", "")):
        ratios = sorted(r[name] / r["jieba.lcut HMM=False"] for r in rounds)
        print(f"{name} / jieba segmentation: {statistics.median(ratios):.2f}x, median of the rounds' ratios "
              f"({', '.join(f'{r:.2f}' for r in ratios)}){f' ({target})' if target else ''}")
    print(f"extract + statements: {speed['extract + statements']:,.0f} chars/s (target >= 400,000 per core)")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (target <= 300)")
    print(f"zhfacts extract on one short article, start-up included: {cli_wall_seconds():.2f} s (target < 2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
