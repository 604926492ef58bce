"""Tests for object_model_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from dojo.testing import check_answer
from object_model_quiz import (
    DATACLASS_HASH_ANSWER,
    DATACLASS_HASH_CHOICES,
    EQ_OVERRIDE_ANSWER,
    EQ_OVERRIDE_CHOICES,
    HASHABLE_ANSWER,
    HASHABLE_CHOICES,
    REPR_STR_ANSWER,
    REPR_STR_CHOICES,
)


@pytest.mark.checklist("object_model.eq_hash")
def test_what_overriding_eq_does_to_hash():
    check_answer(
        EQ_OVERRIDE_CHOICES,
        EQ_OVERRIDE_ANSWER,
        salt="object_model.eq_hash/eq-override",
        digest="ad37bbf98274aefd44992928d67f784e83fe8b5c0a31b951e6dbafc389f5d8fa",
    )


@pytest.mark.checklist("object_model.hashability")
def test_what_a_dict_key_needs():
    check_answer(
        HASHABLE_CHOICES,
        HASHABLE_ANSWER,
        salt="object_model.hashability/requirements",
        digest="2739ee96551b44ec7d1768cfe78e209dd42f799b966fa4a47456f0f078808f6a",
    )


@pytest.mark.checklist("object_model.repr_vs_str")
def test_how_repr_and_str_differ():
    check_answer(
        REPR_STR_CHOICES,
        REPR_STR_ANSWER,
        salt="object_model.repr_vs_str/difference",
        digest="14c2ba5984fa5772992322e994f352a8d866ab6784f79f23d35f1c2f164f47c1",
    )


@pytest.mark.checklist("object_model.hashability")
def test_whether_a_plain_dataclass_is_hashable():
    check_answer(
        DATACLASS_HASH_CHOICES,
        DATACLASS_HASH_ANSWER,
        salt="object_model.hashability/dataclass",
        digest="356c6d6f8dd77518bc8a4b61167986dfd7ead11f1d6c4bfa798db48a33f5bda3",
    )
