"""Coverage of annotated money mentions in real financial sentences (FewFC, ../shared/bench/annotated_events.jsonl).

Of the mentions with role `money` or `amount` whose text names a currency (元, 美元, 港元 …), the share
covered by a money fact of the right value: a fact overlapping the mention's span whose value (or
range) equals the mention's amount. The expected amount is read here with its own small pattern
(hedge words, Arabic digits, 万/亿/千, a currency word), independently of the engine; mentions in other
forms (Chinese numerals, ranges) are counted apart. Target: at least 97%.

    python benchmarks/annotated.py [--show-misses 20]
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors import extract  # noqa: E402

DATA = ROOT.parent / "shared" / "bench" / "annotated_events.jsonl"
CURRENCIES = {"元": "CNY", "人民币": "CNY", "美元": "USD", "港元": "HKD", "港币": "HKD", "欧元": "EUR", "日元": "JPY",
              "英镑": "GBP", "新元": "SGD", "韩元": "KRW"}
_CURRENCY = "|".join(sorted(CURRENCIES, key=len, reverse=True))
AMOUNT = regex.compile(
    r"^(?:超过|超|约为|约|逾|近|不超过|不超|不少于|不低于|达)?\s*(?:人民币|港币)?\s*"
    r"(?P<number>\d+(?:,\d{3})*(?:\.\d+)?)?\s*(?P<magnitude>万亿|亿|千万|百万|万|千)?"
    rf"(?P<currency>{_CURRENCY})?(?:人民币)?(?:/年)?$"
)
MAGNITUDES = {None: 1, "千": 10**3, "万": 10**4, "百万": 10**6, "千万": 10**7, "亿": 10**8, "万亿": 10**12}


def expected(word: str) -> tuple[Decimal, str] | None:
    match = AMOUNT.match(word.replace("，", ",").strip())
    if match is None or not (match.group("number") or match.group("magnitude")):
        return None
    currency = match.group("currency") or ("HKD" if "港币" in word else "CNY" if "人民币" in word else None)
    if currency is None:
        return None
    number = Decimal(match.group("number").replace(",", "")) if match.group("number") else Decimal(1)
    return number * MAGNITUDES[match.group("magnitude")], CURRENCIES.get(currency, currency)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show-misses", type=int, default=0)
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"{DATA} is not present")
        return 0
    total = covered = unread = 0
    misses = []
    with DATA.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            mentions = [
                m for event in record["events"] for m in event["mentions"]
                if m["role"] in ("money", "amount") and any(c in m["word"] for c in CURRENCIES)
            ]
            if not mentions:
                continue
            facts = [f for f in extract(record["content"]).facts if f.kind == "money"]
            for mention in mentions:
                amount = expected(mention["word"])
                if amount is None:
                    unread += 1
                    continue
                total += 1
                start, end = mention["span"]
                hit = any(
                    f.start < end and start < f.end and f.currency == amount[1]
                    and (f.value == amount[0] or (f.low is not None and f.low <= amount[0] <= f.high))
                    for f in facts
                )
                covered += hit
                if not hit:
                    found = [(f.text, str(f.value)) for f in facts if f.start < end and start < f.end]
                    misses.append(f"{mention['word']} → {found or 'nothing'} | {record['content'][max(0, start - 15):end + 10]}")
    print(f"money mentions naming a currency: {total}; covered with the right value: {covered} ({covered / max(total, 1):.3f}, target 0.97)")
    print(f"mentions in other forms (Chinese numerals, no pattern here), not counted: {unread}")
    for miss in misses[: args.show_misses]:
        print("  miss:", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
