"""Tests for patterns_quiz.py: each right answer is stored as a salted digest (hard to read by accident, not a secret)."""

import pytest

from dojo.testing import check_answer
from patterns_quiz import (
    COINS_ANSWER,
    COINS_CHOICES,
    DEPTH_ANSWER,
    DEPTH_CHOICES,
    FLOYD_ANSWER,
    FLOYD_CHOICES,
    KAHN_ANSWER,
    KAHN_CHOICES,
    MEDIAN_ANSWER,
    MEDIAN_CHOICES,
    MERGE_ANSWER,
    MERGE_CHOICES,
    TRIE_ANSWER,
    TRIE_CHOICES,
    UNION_FIND_ANSWER,
    UNION_FIND_CHOICES,
)


@pytest.mark.checklist("interview_patterns.union_find")
def test_union_find_is_near_constant():
    check_answer(
        UNION_FIND_CHOICES,
        UNION_FIND_ANSWER,
        salt="interview_patterns.union_find/cost",
        digest="272c33c3a45510032fa5dabc169f5f6f01e2984f119b148b0e80ec0491d4bd6a",
    )


@pytest.mark.checklist("interview_patterns.trie")
def test_a_trie_search_costs_the_prefix_and_the_answer():
    check_answer(
        TRIE_CHOICES,
        TRIE_ANSWER,
        salt="interview_patterns.trie/search",
        digest="55ab6563a4fd1a02426676da0ffb9b9ae704ac459340c6ffbec7834da57eb816",
    )


@pytest.mark.checklist("interview_patterns.k_way_merge")
def test_merging_k_streams_costs_n_log_k():
    check_answer(
        MERGE_CHOICES,
        MERGE_ANSWER,
        salt="interview_patterns.k_way_merge/cost",
        digest="0674d09fbb582fbee76211a4b4c3ea0562a3e4740ed3cfd4dd72fbaab167884b",
    )


@pytest.mark.checklist("interview_patterns.two_heaps")
def test_two_heaps_cost_log_n_per_number():
    check_answer(
        MEDIAN_CHOICES,
        MEDIAN_ANSWER,
        salt="interview_patterns.two_heaps/cost",
        digest="cb3c076a259e48dc21a12ccc90237944428054335c1d2d8287bff8294cd9e612",
    )


@pytest.mark.checklist("interview_patterns.topological_sort")
def test_kahn_costs_v_plus_e_and_sees_cycles():
    check_answer(
        KAHN_CHOICES,
        KAHN_ANSWER,
        salt="interview_patterns.topological_sort/kahn",
        digest="c37929ba211fae0b990a643d2ecdb9d6415d6c9d3644df3d5e78623d4266c1ba",
    )


@pytest.mark.checklist("interview_patterns.linked_lists")
def test_floyd_costs_linear_time_and_constant_memory():
    check_answer(
        FLOYD_CHOICES,
        FLOYD_ANSWER,
        salt="interview_patterns.linked_lists/floyd",
        digest="7e9f8cdb4717eb25d1dd107f789b1bb1378e74c64c272e9506a9df62c8d77de4",
    )


@pytest.mark.checklist("interview_patterns.trees")
def test_recursion_on_a_deep_path():
    check_answer(
        DEPTH_CHOICES,
        DEPTH_ANSWER,
        salt="interview_patterns.trees/recursion-limit",
        digest="694ca71ffc82db0df4703f140c6d4bcad826391a5add6c8316428d01a6eaef4a",
    )


@pytest.mark.checklist("interview_patterns.dynamic_programming")
def test_a_coin_table_costs_amount_times_coins():
    check_answer(
        COINS_CHOICES,
        COINS_ANSWER,
        salt="interview_patterns.dynamic_programming/table",
        digest="5ec003792bd34b01e380f428190a0f867d0f51b3814acc21aabe29672178f6ed",
    )
