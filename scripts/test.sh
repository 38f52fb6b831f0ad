#!/usr/bin/env bash
# Set up, then run the test suite (slow tests excluded unless ZHFACTS_SLOW=1).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ "${ZHFACTS_SLOW:-0}" = "1" ]; then
  .venv/bin/python -m pytest "$@"
else
  .venv/bin/python -m pytest -m "not slow" "$@"
fi
