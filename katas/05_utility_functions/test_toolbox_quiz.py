"""Tests for toolbox_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from dojo.testing import check_answer
from toolbox_quiz import (
    DEQUE_ENDS_ANSWER,
    DEQUE_ENDS_CHOICES,
    DEQUE_MIDDLE_ANSWER,
    DEQUE_MIDDLE_CHOICES,
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


@pytest.mark.checklist("utility_functions.collections_deque")
def test_what_a_deque_costs_at_its_ends():
    check_answer(
        DEQUE_ENDS_CHOICES,
        DEQUE_ENDS_ANSWER,
        salt="utility_functions.collections_deque/ends",
        digest="ec66c1d41af81735ad5b5051db7fd878ed46e44dcc4f01c49f2a00835cb07f04",
    )


@pytest.mark.checklist("utility_functions.collections_deque")
def test_what_a_deque_costs_in_its_middle():
    check_answer(
        DEQUE_MIDDLE_CHOICES,
        DEQUE_MIDDLE_ANSWER,
        salt="utility_functions.collections_deque/middle",
        digest="7475aedb3590945ba67a8c488145def6bebfc4d4fec9cad09139b5797dedf68d",
    )
