"""Tests for dicts_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from dicts_quiz import (
    COUNTING_ANSWER,
    COUNTING_CHOICES,
    EQUAL_KEYS_ANSWER,
    EQUAL_KEYS_CHOICES,
    ORDER_ANSWER,
    ORDER_CHOICES,
    RESIZE_ANSWER,
    RESIZE_CHOICES,
)
from dojo.testing import check_answer


@pytest.mark.checklist("dictionaries.equal_keys")
def test_one_key_for_one_one_point_oh_and_true():
    check_answer(
        EQUAL_KEYS_CHOICES,
        EQUAL_KEYS_ANSWER,
        salt="dictionaries.equal_keys/one-key",
        digest="b6ea125fa31d6ea6dcbe9b9793967036a0c95b7a100994ffff913accbb399804",
    )


@pytest.mark.checklist("dictionaries.insertion_order")
def test_since_when_dicts_keep_order():
    check_answer(
        ORDER_CHOICES,
        ORDER_ANSWER,
        salt="dictionaries.insertion_order/since-when",
        digest="781c1a1312ab5689ef4dce077c2eeec4d4e6acc041056872381998a29f654e25",
    )


@pytest.mark.checklist("dictionaries.resize_while_iterating")
def test_removing_keys_while_looking_at_every_key():
    check_answer(
        RESIZE_CHOICES,
        RESIZE_ANSWER,
        salt="dictionaries.resize_while_iterating/remove-keys",
        digest="b96a94c68b070d98196d855e9ffbf7e5aacecd0189a56f95904b9aeae86e36f4",
    )


@pytest.mark.checklist("dictionaries.helpers")
def test_the_tool_for_counting():
    check_answer(
        COUNTING_CHOICES,
        COUNTING_ANSWER,
        salt="dictionaries.helpers/count-words",
        digest="710382d8c79c05350bd00214e265e4e282fc4321b42721fcf9aecd9bf942b4ab",
    )
