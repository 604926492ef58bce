"""Misconception: two different objects never have the same id.

An id is unique only among objects alive at the same time: id(object()) frees its object before
the second object() is made, and CPython hands the freed memory, and so the same id, to it.

checklist: execution_model.is_vs_eq
"""

an_id_outlives_its_object.prediction = "False False"  # noqa: F821 - appended to the module
