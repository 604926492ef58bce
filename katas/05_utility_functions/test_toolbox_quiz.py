"""Tests for toolbox_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from dojo.testing import check_answer
from toolbox_quiz import (
    GROUPBY_ANSWER,
    GROUPBY_CHOICES,
    METHOD_CACHE_ANSWER,
    METHOD_CACHE_CHOICES,
    REVERSE_ANSWER,
    REVERSE_CHOICES,
    ZIP_ANSWER,
    ZIP_CHOICES,
)


@pytest.mark.checklist("utility_functions.enumerate_zip")
def test_zip_of_unequal_lengths():
    check_answer(
        ZIP_CHOICES,
        ZIP_ANSWER,
        salt="utility_functions.enumerate_zip/unequal-lengths",
        digest="179fc2d1f09efe7de816c0424ca938bfeff88ba3b8e61d48253f62bdf8219ddc",
    )


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_why_groupby_repeats_a_key():
    check_answer(
        GROUPBY_CHOICES,
        GROUPBY_ANSWER,
        salt="utility_functions.itertools_functools/groupby-repeated-key",
        digest="6a7a545749ab59e498d9a10f25d3398f610bfb92c12a30ff631c3d5179c498c9",
    )


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_lru_cache_on_a_method():
    check_answer(
        METHOD_CACHE_CHOICES,
        METHOD_CACHE_ANSWER,
        salt="utility_functions.itertools_functools/lru-cache-method",
        digest="636491cece6d5179da587cdb2fa6099a826d9029807e3f7ce63c7528a6ab4c3f",
    )


@pytest.mark.checklist("utility_functions.sorted_key")
def test_reverse_sort_and_ties():
    check_answer(
        REVERSE_CHOICES,
        REVERSE_ANSWER,
        salt="utility_functions.sorted_key/reverse-ties",
        digest="800af75ef8ddb0af055a5a8d2df72c679e875a1849012c0d6618d5a208a5588a",
    )
