"""Tests for sets_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from dojo.testing import check_answer
from sets_quiz import (
    EQ_WITHOUT_HASH_ANSWER,
    EQ_WITHOUT_HASH_CHOICES,
    HASHABLE_ANSWER,
    HASHABLE_CHOICES,
    LITERAL_ANSWER,
    LITERAL_CHOICES,
    MEMBERSHIP_ANSWER,
    MERGE_MANY_ANSWER,
    MERGE_MANY_CHOICES,
    MEMBERSHIP_CHOICES,
    WORST_CASE_ANSWER,
    WORST_CASE_CHOICES,
)


@pytest.mark.checklist("sets.membership_algebra")
def test_why_membership_is_constant_on_average():
    check_answer(
        MEMBERSHIP_CHOICES,
        MEMBERSHIP_ANSWER,
        salt="sets.membership_algebra/membership",
        digest="6a3881225f64f6ac4ca2d5f25fa1c048d9ffc7eb2983aa74a006ca9bdb58aada",
    )


@pytest.mark.checklist("sets.membership_algebra")
def test_when_membership_degrades():
    check_answer(
        WORST_CASE_CHOICES,
        WORST_CASE_ANSWER,
        salt="sets.membership_algebra/worst-case",
        digest="d5784c12c7c95c7c329c12f5fe0eb061b339ba911b31a594955c984b05b421cb",
    )


@pytest.mark.checklist("sets.hashable_elements")
def test_why_a_list_is_not_hashable():
    check_answer(
        HASHABLE_CHOICES,
        HASHABLE_ANSWER,
        salt="sets.hashable_elements/hashable",
        digest="f08d88d06d51b23c50c6db2ce924fbf5577f4f3e63d88c1611b155d3ea93de26",
    )


@pytest.mark.checklist("sets.hashable_elements")
def test_eq_without_hash():
    check_answer(
        EQ_WITHOUT_HASH_CHOICES,
        EQ_WITHOUT_HASH_ANSWER,
        salt="sets.hashable_elements/eq-without-hash",
        digest="9ddc4112643eaba01bb7945f442f490645dff19c55d336d6b93a7fcfbd1e67b4",
    )


@pytest.mark.checklist("sets.empty_braces")
def test_which_literal_holds_one_string():
    check_answer(
        LITERAL_CHOICES,
        LITERAL_ANSWER,
        salt="sets.empty_braces/literal",
        digest="2b68e95e898ba233ff4cb462752b441d6c82fb950377872e803b44a18b34dfab",
    )


@pytest.mark.checklist("sets.membership_algebra")
def test_merging_many_sets():
    check_answer(
        MERGE_MANY_CHOICES,
        MERGE_MANY_ANSWER,
        salt="sets.membership_algebra/merge-many",
        digest="774078f0102073a4c506ad707b78c911ee8eccc957532c43cc6d5da13feb8637",
    )
