"""The article the project started from, end to end (when ../shared/seeds is present)."""

from decimal import Decimal
from pathlib import Path

import pytest

from extractors import extract
from tests.test_cases import check_invariants

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds" / "000_e150964c747de5dc.txt"
EXPECTED = [
    ("date", "1月—10月", {}),
    ("money", "1亿元以上", {"value": Decimal("100000000"), "qualifier": ">="}),
    ("count", "289个", {"value": Decimal(289), "object": "项目"}),
    ("percent", "33.8%", {"value": Decimal("33.8"), "direction": "up"}),
    ("count", "712家", {"value": Decimal(712)}),
    ("money", "68.15亿美元", {"value": Decimal("6815000000"), "currency": "USD"}),
    ("percent", "7.28%", {"value": Decimal("7.28")}),
    ("percent", "4.05%", {"value": Decimal("4.05")}),
    ("count", "18个", {"value": Decimal(18)}),
    ("money", "294.6亿元", {"value": Decimal("29460000000")}),
    ("duration", "100天内", {"value": Decimal(100), "unit": "day", "qualifier": "<="}),
    ("money", "超350亿元", {"value": Decimal("35000000000"), "qualifier": ">"}),
    ("count", "10多个", {"value": Decimal(10), "qualifier": ">"}),
    ("duration", "80天", {"value": Decimal(80), "unit": "day"}),
    ("date", "今年6月", {"relative_year": 0, "month": 6}),
    ("project", "国林双碳管理(杭州)有限公司", {"category": "公司"}),
    ("date", "2025年", {"year": 2025}),
    ("money", "3000亿元", {"value": Decimal("300000000000")}),
    ("project", "AI+生物新材料智能化平台项目", {"category": "项目"}),
    ("project", "吉利新能源汽车电子产业园", {"category": "产业园"}),
    ("date", "明年", {"relative_year": 1}),
    ("count", "100个以上", {"value": Decimal(100), "qualifier": ">="}),
]
NOT_FACTS = [("money", "万亿产业"), ("money", "千亿企业"), ("money", "百亿项目"), ("count", "500强"),
             ("count", "一张"), ("count", "一批"), ("count", "一流"), ("count", "一展身手"), ("count", "千方百计")]

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="../shared/seeds is not present")


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    return text, extract(text)


@pytest.mark.parametrize("kind, text, fields", EXPECTED, ids=[e[1] for e in EXPECTED])
def test_seed_fact(seed, kind, text, fields):
    found = [f for f in seed[1].facts if f.kind == kind and f.text == text]
    assert found, f"{kind} {text} not found"
    assert {k: getattr(found[0], k) for k in fields} == fields


@pytest.mark.parametrize("kind, text", NOT_FACTS, ids=[t for _, t in NOT_FACTS])
def test_seed_trap(seed, kind, text):
    original, result = seed
    spans = [(i, i + len(text)) for i in range(len(original)) if original.startswith(text, i)]
    assert spans
    assert not [f for f in result.facts if f.kind == kind and any(f.start < e and s < f.end for s, e in spans)]


def test_seed_invariants(seed):
    check_invariants(*seed)
