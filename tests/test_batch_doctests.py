"""The examples in the docstrings of the batch modules run as tests (the suite collects doctests only
under extractors/)."""

import doctest
import importlib

import pytest

MODULES = ["zhfacts.inputs", "zhfacts.sinks", "zhfacts.database", "zhfacts.batch", "zhfacts.progress", "zhfacts.cluster"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0 and result.attempted > 0
