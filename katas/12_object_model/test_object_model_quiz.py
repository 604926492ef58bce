"""Tests for object_model_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from dojo.testing import check_answer
from object_model_quiz import (
    DATACLASS_HASH_ANSWER,
    DATACLASS_HASH_CHOICES,
    DEL_ANSWER,
    DEL_CHOICES,
    EQ_OVERRIDE_ANSWER,
    EQ_OVERRIDE_CHOICES,
    HASHABLE_ANSWER,
    HASHABLE_CHOICES,
    IMPLICIT_LOOKUP_ANSWER,
    IMPLICIT_LOOKUP_CHOICES,
    OVERLOAD_ANSWER,
    OVERLOAD_CHOICES,
    REPR_STR_ANSWER,
    REPR_STR_CHOICES,
    SUBCLASS_HOOK_ANSWER,
    SUBCLASS_HOOK_CHOICES,
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


def test_when_del_runs():
    check_answer(
        DEL_CHOICES,
        DEL_ANSWER,
        salt="object_model.weak_references/del",
        digest="2e9069440095b1689679eb63e6992d41c6ef13c52978f392d2f3e6b7fd622326",
    )


@pytest.mark.checklist("object_model.methods")
def test_what_a_second_def_of_one_name_does():
    check_answer(
        OVERLOAD_CHOICES,
        OVERLOAD_ANSWER,
        salt="object_model.methods/overload",
        digest="0ed98513a589f0d6719df231a3ce5ea7b68c33ffe80639507121f7bc5788cbdc",
    )


@pytest.mark.checklist("object_model.class_creation")
def test_the_simplest_hook_for_every_subclass():
    check_answer(
        SUBCLASS_HOOK_CHOICES,
        SUBCLASS_HOOK_ANSWER,
        salt="object_model.class_creation/subclass-hook",
        digest="3241330d6b439d3cf5135a7cb77fc9fec5eb0fe29b7aeff9a5c0f1191ec69ea9",
    )


@pytest.mark.checklist("object_model.attribute_lookup")
def test_why_len_skips_getattr():
    check_answer(
        IMPLICIT_LOOKUP_CHOICES,
        IMPLICIT_LOOKUP_ANSWER,
        salt="object_model.attribute_lookup/implicit-lookup",
        digest="d561c3dc1017acd6d6e1ce814955918385f2a8c7e76a3b569f387d7000d5dc2b",
    )
