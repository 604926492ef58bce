"""Tests for errors_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

import errors_quiz as quiz
from dojo.testing import check_answer


@pytest.mark.checklist("error_handling.bare_except")
def test_what_is_wrong_with_a_bare_except():
    check_answer(
        quiz.BARE_EXCEPT_CHOICES,
        quiz.BARE_EXCEPT_ANSWER,
        salt="error_handling.bare_except/what",
        digest="c1656930ef4c1ccb4f346eb18f1c9118bc3e03862056fe0e567f6533da45014d",
    )


@pytest.mark.checklist("error_handling.bare_except")
def test_which_exception_is_not_an_exception():
    check_answer(
        quiz.HIERARCHY_CHOICES,
        quiz.HIERARCHY_ANSWER,
        salt="error_handling.bare_except/hierarchy",
        digest="de491b901fa6b983f0410d86c7f2897e5af6c28b9f4e6ba7bd6f6d733b2aa292",
    )


@pytest.mark.checklist("error_handling.raise_not_return")
def test_how_a_function_signals_bad_input():
    check_answer(
        quiz.SIGNAL_CHOICES,
        quiz.SIGNAL_ANSWER,
        salt="error_handling.raise_not_return/signal",
        digest="3687fadfb8fb95aefb9fc6fd67e090a147020d0d7e8c43e0cfc9ecf5d6547e40",
    )


def test_which_handler_catches():
    check_answer(
        quiz.ORDER_CHOICES,
        quiz.ORDER_ANSWER,
        salt="error_handling.order/handlers",
        digest="b59bb3070dae7d0df66771a11d8ce3bad005f97a1d231676763f0c5c33a30c89",
    )


def test_what_from_none_does():
    check_answer(
        quiz.FROM_NONE_CHOICES,
        quiz.FROM_NONE_ANSWER,
        salt="error_handling.chaining/from-none",
        digest="82005b78f3d26df8d7eb54a15beb8f2020e5555c8117b69923725c37a8bf0277",
    )
