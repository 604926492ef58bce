"""Tests for practice_quiz.py: each right answer is stored as a salted digest (hard to read by accident, not a secret)."""

import pytest

from dojo.testing import check_answer
from practice_quiz import (
    ANAGRAM_COST_ANSWER,
    ANAGRAM_COST_CHOICES,
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
        digest="0b6420f31d46181779a15186263328bd6cbe4798d7aa1c3832f99a3f21ac0502",
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
        digest="5f46e6cc50713d67294baba868775638bca256c62aa9058e31ffca54e6361412",
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
        digest="f645b6ae164145756239a5375d5bb06c4c04216d891b158e9ba523f13f2337ac",
    )


@pytest.mark.checklist("practice_problems.grouping")
def test_sorted_signatures_cost_k_log_k_per_word():
    check_answer(
        ANAGRAM_COST_CHOICES,
        ANAGRAM_COST_ANSWER,
        salt="practice_problems.grouping/sorted-signature",
        digest="beb9c71e1d46b25d1f21433146ec863c7e22f9c8ba684aefa6b48e390b1ee755",
    )
