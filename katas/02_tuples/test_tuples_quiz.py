"""Tests for tuples_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from dojo.testing import check_answer
from tuples_quiz import (
    AUGMENTED_ANSWER,
    AUGMENTED_CHOICES,
    MAKES_A_TUPLE_ANSWER,
    MAKES_A_TUPLE_CHOICES,
    RECORD_ANSWER,
    RECORD_CHOICES,
    SHALLOW_ANSWER,
    SHALLOW_CHOICES,
)


@pytest.mark.checklist("tuples.one_tuple")
def test_what_makes_a_tuple():
    check_answer(
        MAKES_A_TUPLE_CHOICES,
        MAKES_A_TUPLE_ANSWER,
        salt="tuples.one_tuple/what-makes-a-tuple",
        digest="10be95a8c5ba8adb9a34d9dcb44b551b4eefb197ac60859ee8f28d5c993b9203",
    )


@pytest.mark.checklist("tuples.shallow_immutability")
def test_a_list_inside_a_tuple():
    check_answer(
        SHALLOW_CHOICES,
        SHALLOW_ANSWER,
        salt="tuples.shallow_immutability/list-inside",
        digest="fa6a6eb3317a5ebdbc080bf097556d862e488fe63cb2bfced2ed17b2d9d5b91a",
    )


@pytest.mark.checklist("tuples.augmented_item")
def test_what_augmented_assignment_leaves_behind():
    check_answer(
        AUGMENTED_CHOICES,
        AUGMENTED_ANSWER,
        salt="tuples.augmented_item/after-the-error",
        digest="db3ae7cbe4101d5646ef9204fb96cd8c894acfc5c6cc236b93258973b553dbd3",
    )


@pytest.mark.checklist("tuples.namedtuple_vs_dataclass")
def test_which_record_type_for_a_mutable_record():
    check_answer(
        RECORD_CHOICES,
        RECORD_ANSWER,
        salt="tuples.namedtuple_vs_dataclass/mutable-record",
        digest="29598a3b983133e1957de8cae4e0e2a466fc0c99277ed1b89792c5d9cb977414",
    )
