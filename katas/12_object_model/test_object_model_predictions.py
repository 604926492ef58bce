"""Tests for object_model_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import pytest

import object_model_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("object_model.eq_hash")
def test_eq_without_hash():
    check_prediction(puzzles.eq_without_hash)


@pytest.mark.checklist("object_model.hashability")
def test_lost_key():
    check_prediction(puzzles.lost_key)


@pytest.mark.checklist("object_model.hashability")
def test_one_true_key():
    check_prediction(puzzles.one_true_key)


@pytest.mark.checklist("object_model.hashability")
def test_dataclass_hashes():
    check_prediction(puzzles.dataclass_hashes)


@pytest.mark.checklist("object_model.repr_vs_str")
def test_repr_in_containers():
    check_prediction(puzzles.repr_in_containers)


@pytest.mark.checklist("object_model.repr_vs_str")
def test_one_of_the_two():
    check_prediction(puzzles.one_of_the_two)


@pytest.mark.checklist("object_model.attribute_lookup")
def test_class_attribute_through_instances():
    check_prediction(puzzles.class_attribute_through_instances)


def test_name_mangling():
    check_prediction(puzzles.name_mangling)


def test_super_in_a_diamond():
    check_prediction(puzzles.super_in_a_diamond)


@pytest.mark.checklist("object_model.attribute_lookup")
def test_getattr_delegation():
    check_prediction(puzzles.getattr_delegation)


def test_truthiness():
    check_prediction(puzzles.truthiness)


def test_init_of_an_immutable():
    check_prediction(puzzles.init_of_an_immutable)


def test_abstract_method_left_out():
    check_prediction(puzzles.abstract_method_left_out)


@pytest.mark.checklist("object_model.attribute_lookup")
def test_slots_without_dict():
    check_prediction(puzzles.slots_without_dict)


@pytest.mark.checklist("object_model.methods")
def test_bound_method_identity():
    check_prediction(puzzles.bound_method_identity)


@pytest.mark.checklist("object_model.class_creation")
def test_init_subclass_registry():
    check_prediction(puzzles.init_subclass_registry)


@pytest.mark.checklist("object_model.class_creation")
def test_classes_are_objects():
    check_prediction(puzzles.classes_are_objects)


@pytest.mark.checklist("object_model.attribute_lookup")
def test_getattribute_before_getattr():
    check_prediction(puzzles.getattribute_before_getattr)


@pytest.mark.checklist("object_model.class_creation")
def test_chicken_and_egg():
    check_prediction(puzzles.chicken_and_egg)


@pytest.mark.checklist("object_model.class_creation")
def test_abc_subclass_checks():
    check_prediction(puzzles.abc_subclass_checks)


@pytest.mark.checklist("object_model.methods")
def test_function_stored_on_an_instance():
    check_prediction(puzzles.function_stored_on_an_instance)


@pytest.mark.checklist("object_model.methods")
def test_last_definition_wins():
    check_prediction(puzzles.last_definition_wins)


@pytest.mark.checklist("object_model.methods")
def test_method_identity_by_kind():
    check_prediction(puzzles.method_identity_by_kind)


@pytest.mark.checklist("object_model.attribute_lookup")
def test_getattribute_reads_itself():
    check_prediction(puzzles.getattribute_reads_itself)


@pytest.mark.checklist("object_model.attribute_lookup")
def test_setattr_sees_every_assignment():
    check_prediction(puzzles.setattr_sees_every_assignment)


@pytest.mark.checklist("object_model.eq_hash")
def test_nan_in_a_list():
    check_prediction(puzzles.nan_in_a_list)


@pytest.mark.checklist("object_model.hashability")
def test_equal_key_keeps_the_first():
    check_prediction(puzzles.equal_key_keeps_the_first)


def test_del_removes_a_name():
    check_prediction(puzzles.del_removes_a_name)


def test_mangling_reaches_outer_names():
    check_prediction(puzzles.mangling_reaches_outer_names)


@pytest.mark.checklist("object_model.methods")
def test_attribute_on_a_bound_method():
    check_prediction(puzzles.attribute_on_a_bound_method)


@pytest.mark.checklist("object_model.methods")
def test_classmethod_without_the_decorator():
    check_prediction(puzzles.classmethod_without_the_decorator)


@pytest.mark.checklist("object_model.attribute_lookup")
def test_getattribute_answers_everything():
    check_prediction(puzzles.getattribute_answers_everything)


@pytest.mark.checklist("object_model.class_creation")
def test_bases_are_expressions():
    check_prediction(puzzles.bases_are_expressions)


def test_annotation_of_a_class_not_yet_defined():
    check_prediction(puzzles.annotation_of_a_class_not_yet_defined)


def test_dataclass_with_a_forward_reference():
    check_prediction(puzzles.dataclass_with_a_forward_reference)
