"""Tests for prune_in_place.py: the caller's own list loses exactly the unwanted items."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import call_kata
from prune_in_place import drop_blank_lines, drop_negatives


@pytest.mark.checklist("lists.mutate_while_iterating")
def test_adjacent_negatives_are_all_removed():
    values = [3, -1, -2, 4, -5, -6, -7, 8]
    call_kata(drop_negatives, values)
    assert values == [3, 4, 8], (
        f"the list is now {values}: a negative right after a removed one was skipped. Removing an "
        "item slides the next one under the index the loop has just used"
    )


@pytest.mark.checklist("lists.mutate_while_iterating")
def test_the_callers_list_changes_in_place():
    values = [-1, -2, 5]
    alias = values
    call_kata(drop_negatives, values)
    assert alias is values and alias == [5], (
        "every name bound to the caller's list should see [5]: change that list object "
        "(e.g. slice assignment), do not bind a new list to the parameter"
    )


@pytest.mark.checklist("lists.mutate_while_iterating")
def test_only_negatives_leaves_an_empty_list():
    values = [-3, -3, -1]
    call_kata(drop_negatives, values)
    assert values == [], f"all three numbers are negative, yet {values} is left"


@pytest.mark.checklist("lists.mutate_while_iterating")
def test_consecutive_blank_lines_are_all_removed():
    lines = ["title", "", "   ", "body", "\t", "", "end"]
    call_kata(drop_blank_lines, lines)
    assert lines == ["title", "body", "end"], (
        "every blank line should go, including a blank line right after another one; "
        "and deleting by index must not run past the end of the shrinking list"
    )


@pytest.mark.checklist("lists.mutate_while_iterating")
@kata_properties
@given(
    st.lists(st.integers(min_value=-5, max_value=5), max_size=12),
    st.lists(st.sampled_from(["", " ", "\n", "a", "b c", " d "]), max_size=12),
)
@example(values=[3, -1, -2, 4], lines=["a", "", " ", "b"])
def test_each_keeps_exactly_the_wanted_items_in_order(values, lines):
    original_values, original_lines = list(values), list(lines)
    call_kata(drop_negatives, values)
    assert values == [v for v in original_values if v >= 0], (
        f"drop_negatives({original_values}) should leave the caller's list holding its non-negative numbers, in order"
    )
    call_kata(drop_blank_lines, lines)
    assert lines == [line for line in original_lines if line.strip()], (
        f"drop_blank_lines({original_lines}) should leave the caller's list holding its non-blank lines, in order"
    )
