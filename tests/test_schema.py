import json
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from extractors import extract
from schemas import ArticleFacts, Money, json_schema

SCHEMA_FILE = Path(__file__).parent.parent / "schemas" / "article.schema.json"


def test_committed_schema_matches_models():
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json_schema(), "run `python -m schemas` and commit the result"


def test_decimal_values_survive_json_exactly():
    result = extract("投资16.4亿元，占比37.22%，金额47.264287亿元。")
    data = json.loads(result.model_dump_json(), parse_float=Decimal)
    values = [Decimal(str(f["value"])) for f in data["facts"]]
    assert values == [Decimal("1640000000"), Decimal("37.22"), Decimal("4726428700")]
    assert ArticleFacts.model_validate_json(result.model_dump_json()) == result


def test_every_article_carries_the_extractor_version():
    assert extract("").extractor_version


def test_a_fact_needs_a_value_or_a_range():
    with pytest.raises(ValidationError):
        Money(id="f1", text="亿元", start=0, end=2, sentence=0, currency="CNY", unit="亿元")


def test_unknown_fields_are_rejected():
    with pytest.raises(ValidationError):
        Money(id="f1", text="5亿元", start=0, end=3, sentence=0, currency="CNY", unit="亿元", value=5, colour="red")
