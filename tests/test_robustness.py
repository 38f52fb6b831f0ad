"""Bad and arbitrary input: a valid result or a clear error, never a crash or a hang."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import ExtractionError, extract
from tests.test_cases import check_invariants

HOSTILE = {
    "empty": "",
    "no-figures": "招商引资是发展的生命线。",
    "control-characters": "投资\x00\x01\x1b[31m5亿元\x7f\u202e增长3%",
    "digits-5mb": "1" * 5_000_000,
    "yi-100k": "亿" * 100_000,
    "mixed-numerals-100k": "一亿万千百十" * 20_000,
    "dashes-and-digits": "1-2-3-4-5-" * 50_000 + "亿元",
    "percent-signs": "%" * 100_000,
    "quotes": "“" * 50_000 + "项目",
    "project-suffixes": "项目" * 50_000,
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_gives_a_valid_result(name):
    text = HOSTILE[name]
    result = extract(text)
    check_invariants(text, result)


def test_oversized_article_is_a_clear_error():
    with pytest.raises(ExtractionError, match="article 'big'.*over the limit"):
        extract("1" * 5_000_001, article_id="big")


def test_lone_surrogate_is_a_clear_error():
    with pytest.raises(ExtractionError, match="article 'x'.*unpaired surrogate at offset 2"):
        extract("投资\ud800 5亿元", article_id="x")


def test_non_text_is_a_clear_error():
    with pytest.raises(ExtractionError, match="must be str"):
        extract(b"bytes", article_id="raw")  # type: ignore[arg-type]


def test_publication_date_as_iso_text_anchors_relative_dates():
    year = next(f for f in extract("去年投资5亿元", published="2026-03-01").facts if f.kind == "date")
    assert year.resolved.start.year == 2025


def test_unreadable_publication_date_is_a_clear_error():
    with pytest.raises(ExtractionError, match="article 'x'.*published must be a date.*'March'"):
        extract("去年投资5亿元", published="March", article_id="x")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode(text):
    check_invariants(text, extract(text))


NUMERIC = st.text(alphabet="0123456789.,%-—至亿万千百十一二三四五六七八九零两元美个家年月日天项目超近约以上多余、和", max_size=80)


@settings(max_examples=300, deadline=None)
@given(NUMERIC)
def test_arbitrary_figures(text):
    check_invariants(text, extract(text))


def test_same_input_same_output():
    text = "1月—10月，杭州共落地总投资1亿元以上固投类项目289个，同比增长33.8%。"
    assert extract(text).model_dump_json() == extract(text).model_dump_json()
