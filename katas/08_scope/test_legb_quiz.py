"""Tests for legb_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from dojo.testing import check_answer
from legb_quiz import (
    LEGB_ANSWER,
    LEGB_CHOICES,
    METHOD_LOOKUP_ANSWER,
    METHOD_LOOKUP_CHOICES,
    REBIND_ANSWER,
    REBIND_CHOICES,
)


@pytest.mark.checklist("scope.legb")
def test_what_legb_stands_for():
    check_answer(
        LEGB_CHOICES,
        LEGB_ANSWER,
        salt="scope.legb/meaning",
        digest="f21b8c8dabc947094ac135b24531fbcda04beba439dc40dab59215eef4967653",
    )


@pytest.mark.checklist("scope.legb")
def test_where_a_method_looks_names_up():
    check_answer(
        METHOD_LOOKUP_CHOICES,
        METHOD_LOOKUP_ANSWER,
        salt="scope.legb/method-lookup",
        digest="13bf30dd0e08701858ab3cfad9de1311681305f89960e1f4c1791d3ac6de86ec",
    )


@pytest.mark.checklist("scope.legb")
def test_which_statement_rebinds_an_enclosing_variable():
    check_answer(
        REBIND_CHOICES,
        REBIND_ANSWER,
        salt="scope.legb/rebind",
        digest="1c0669e3c022be51fed8604b2b485e1202a4d8287ff982a52f34e65e6f18295f",
    )
