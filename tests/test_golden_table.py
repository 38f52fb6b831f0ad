"""The statement table of the seed article, checked by eye once and kept as a golden file.

Runs when ../shared/seeds is present. After a deliberate change, regenerate with
`ZHFACTS_UPDATE_GOLDEN=1 pytest tests/test_golden_table.py` and read the diff before committing.
"""

import csv
import io
import os
from datetime import date
from pathlib import Path

import pytest

from extractors import extract
from zhfacts.checks import with_findings
from zhfacts.table import COLUMNS, rows

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds" / "000_e150964c747de5dc.txt"
GOLDEN = Path(__file__).with_name("golden") / "seed_statements.csv"
COMPARED = [c for c in COLUMNS if c != "sentence"]  # the golden file keeps no text of the article


def table_of_seed() -> str:
    text = SEED.read_text(encoding="utf-8")
    result = with_findings(extract(text, published=date(2022, 11, 28), article_id=SEED.stem))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COMPARED, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(result, text))
    return out.getvalue()


@pytest.mark.skipif(not SEED.is_file(), reason="../shared/seeds is not present")
def test_seed_table_matches_the_golden_file():
    produced = table_of_seed()
    if os.environ.get("ZHFACTS_UPDATE_GOLDEN"):
        GOLDEN.write_text(produced, encoding="utf-8")
    assert produced == GOLDEN.read_text(encoding="utf-8")
