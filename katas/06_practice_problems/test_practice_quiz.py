"""Tests for practice_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from dojo.testing import check_answer
from practice_quiz import (
    DICT_WORST_CASE_ANSWER,
    DICT_WORST_CASE_CHOICES,
    MERGE_COST_ANSWER,
    MERGE_COST_CHOICES,
    NLARGEST_ANSWER,
    NLARGEST_CHOICES,
    ORDERED_DICT_ANSWER,
    ORDERED_DICT_CHOICES,
    TWO_SUM_ANSWER,
    TWO_SUM_CHOICES,
)


@pytest.mark.checklist("practice_problems.two_sum")
def test_two_sum_with_a_dict_costs():
    check_answer(
        TWO_SUM_CHOICES,
        TWO_SUM_ANSWER,
        salt="practice_problems.two_sum/complexity",
        digest="35b60d7f83c0d71aa465744dcecf14e467e2997d34a39056cea5cb86dbfe359e",
    )


@pytest.mark.checklist("practice_problems.two_sum")
def test_dict_lookups_have_a_worst_case():
    check_answer(
        DICT_WORST_CASE_CHOICES,
        DICT_WORST_CASE_ANSWER,
        salt="practice_problems.two_sum/dict-worst-case",
        digest="dd7a790ede8d14f8f4985c7f1dbaf65d4127474ddc22d0e3c5738ababe1bf719",
    )


@pytest.mark.checklist("practice_problems.top_k")
def test_nlargest_keeps_a_heap_of_k():
    check_answer(
        NLARGEST_CHOICES,
        NLARGEST_ANSWER,
        salt="practice_problems.top_k/nlargest",
        digest="bd933e0152a95186ad4116cf4408c6d002d83e3ac21a6ff2e0dbee14a1500d05",
    )


@pytest.mark.checklist("practice_problems.lru_cache")
def test_ordered_dict_moves_in_constant_time():
    check_answer(
        ORDERED_DICT_CHOICES,
        ORDERED_DICT_ANSWER,
        salt="practice_problems.lru_cache/ordered-dict",
        digest="12ba4f34ae70e91f5438dc322c87a655793b72a44274167274379dae6adec108",
    )


@pytest.mark.checklist("practice_problems.intervals")
def test_merging_intervals_costs_the_sort():
    check_answer(
        MERGE_COST_CHOICES,
        MERGE_COST_ANSWER,
        salt="practice_problems.intervals/cost",
        digest="275eb9696d3e5b36898b474602b1765cd49034613578f26cb5ecc8988463dd4a",
    )
