#!/usr/bin/env bash
# Set up, then extract every article of corpus/ into output/ (one JSON per article) and output/facts.sqlite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/zhfacts extract corpus --out output "$@"
echo
echo "Facts per kind in output/facts.sqlite:"
.venv/bin/python - <<'PY'
import sqlite3
with sqlite3.connect("output/facts.sqlite") as db:
    for kind, n in db.execute("select kind, count(*) from facts group by kind order by kind"):
        print(f"  {kind:<9}{n:>6}")
PY
