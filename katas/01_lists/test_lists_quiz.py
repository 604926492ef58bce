"""Tests for lists_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from dojo.testing import check_answer
from lists_quiz import (
    APPEND_ANSWER,
    APPEND_CHOICES,
    INDEX_ANSWER,
    INDEX_CHOICES,
    INSERT_FRONT_ANSWER,
    INSERT_FRONT_CHOICES,
    MEMBERSHIP_ANSWER,
    MEMBERSHIP_CHOICES,
    POP_FRONT_ANSWER,
    POP_FRONT_CHOICES,
)


@pytest.mark.checklist("lists.operation_cost")
def test_what_pop_from_the_front_costs():
    check_answer(
        POP_FRONT_CHOICES,
        POP_FRONT_ANSWER,
        salt="lists.operation_cost/pop-front",
        digest="639c76ed46bf6131e139c1a9e9da4e793b99343521cce037124828132e8cb2c2",
    )


@pytest.mark.checklist("lists.operation_cost")
def test_why_append_is_amortised_constant():
    check_answer(
        APPEND_CHOICES,
        APPEND_ANSWER,
        salt="lists.operation_cost/append",
        digest="454a6bfd587570883bf29cd7b483298c3042211f659d8fbd1589eb511b905151",
    )


@pytest.mark.checklist("lists.operation_cost")
def test_what_membership_costs():
    check_answer(
        MEMBERSHIP_CHOICES,
        MEMBERSHIP_ANSWER,
        salt="lists.operation_cost/membership",
        digest="55ef9cced8855362e5c79c98f6c14ba953f966006e1b8964fe735e72509e4a14",
    )


@pytest.mark.checklist("lists.operation_cost")
def test_what_inserting_at_the_front_costs():
    check_answer(
        INSERT_FRONT_CHOICES,
        INSERT_FRONT_ANSWER,
        salt="lists.operation_cost/insert-front",
        digest="65ad22ec0f01b27350e0446a83a6e1fbafb737f5a3d61cbd13222667053a7aa2",
    )


@pytest.mark.checklist("lists.operation_cost")
def test_what_indexing_costs():
    check_answer(
        INDEX_CHOICES,
        INDEX_ANSWER,
        salt="lists.operation_cost/index",
        digest="a8dc60c412c92f078e74bb57901885b347d461c58a359c6097116fa772511d74",
    )
