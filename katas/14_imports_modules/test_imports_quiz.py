"""Tests for imports_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from dojo.testing import check_answer
from imports_quiz import (
    CYCLE_ANSWER,
    CYCLE_CHOICES,
    FIRST_IMPORT_ANSWER,
    FIRST_IMPORT_CHOICES,
    MAIN_ANSWER,
    MAIN_CHOICES,
    SECOND_IMPORT_ANSWER,
    SECOND_IMPORT_CHOICES,
)


@pytest.mark.checklist("imports_modules.imports_execute")
def test_what_a_first_import_does():
    check_answer(
        FIRST_IMPORT_CHOICES,
        FIRST_IMPORT_ANSWER,
        salt="imports_modules.imports_execute/first-import",
        digest="4dbae91d23011aeeee45e8ffeab9daca7c26e01c846bd701e1af6ab16bfd8d7e",
    )


@pytest.mark.checklist("imports_modules.module_caching")
def test_what_a_second_import_does():
    check_answer(
        SECOND_IMPORT_CHOICES,
        SECOND_IMPORT_ANSWER,
        salt="imports_modules.module_caching/second-import",
        digest="0cb1505636de3f1c1c3d6e1c5b28edca26a2e87bebef64e8f79de2e608a313ee",
    )


@pytest.mark.checklist("imports_modules.imports_execute")
def test_when_name_is_main():
    check_answer(
        MAIN_CHOICES,
        MAIN_ANSWER,
        salt="imports_modules.imports_execute/dunder-main",
        digest="63f460492a7065a9dca57005cbdc7a837f84410bf307696f399bd03c45d21aa3",
    )


@pytest.mark.checklist("imports_modules.module_caching")
def test_why_a_circular_import_fails():
    check_answer(
        CYCLE_CHOICES,
        CYCLE_ANSWER,
        salt="imports_modules.module_caching/circular",
        digest="ee79bf63dfdbea9ae246e1234fe6b0c80b354c91733777572462c77b2370fc38",
    )
