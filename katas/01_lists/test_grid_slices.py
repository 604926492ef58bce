"""Tests for grid_slices.py: a slice is a new outer list over the same items; past the end it is cut short."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import assert_returns, call_kata
from grid_slices import mirrored, page, pages


@pytest.mark.checklist("lists.shallow_slices")
def test_mirrored_reverses_every_row():
    assert_returns(call_kata(mirrored, [[1, 2, 3], [4, 5, 6]]), [[3, 2, 1], [6, 5, 4]], "mirrored([[1, 2, 3], [4, 5, 6]])")
    row = [1, 2, 3]
    got = call_kata(mirrored, [row, row])
    assert got == [[3, 2, 1], [3, 2, 1]], (
        "mirrored([row, row]), a grid whose two rows are one list, should still give two reversed rows: "
        "reversing a shared row in place twice undoes the first reversal"
    )
    assert_returns(got, [[3, 2, 1], [3, 2, 1]], "mirrored([row, row])")


@pytest.mark.checklist("lists.shallow_slices")
def test_mirrored_leaves_the_callers_rows_alone():
    grid = [[1, 2, 3], [4, 5, 6]]
    assert_returns(call_kata(mirrored, grid), [[3, 2, 1], [6, 5, 4]], "mirrored([[1, 2, 3], [4, 5, 6]])")
    assert grid == [[1, 2, 3], [4, 5, 6]], (
        f"the caller's grid became {grid}: `grid[:]` copies the outer list only, its rows are the caller's rows"
    )


@pytest.mark.checklist("lists.shallow_slices")
def test_the_mirror_is_independent_of_the_callers_grid():
    grid = [["a", "b"], ["c", "d"]]
    result = call_kata(mirrored, grid)
    assert_returns(result, [["b", "a"], ["d", "c"]], 'mirrored([["a", "b"], ["c", "d"]])')
    result[0][0] = "X"
    result.append(["new"])
    assert grid == [["a", "b"], ["c", "d"]], (
        "changing a cell of the mirrored grid changed the caller's grid: the result needs rows of its own"
    )


@pytest.mark.checklist("lists.shallow_slices")
def test_pages_cut_items_in_order():
    assert_returns(call_kata(pages, [1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]], "pages([1, 2, 3, 4, 5], 2)")
    got = call_kata(pages, list("abcdef"), 3)
    assert got == [["a", "b", "c"], ["d", "e", "f"]], "when len(items) is a multiple of size, there is no empty page at the end"
    assert_returns(got, [["a", "b", "c"], ["d", "e", "f"]], 'pages(list("abcdef"), 3)')
    got = call_kata(pages, [], 4)
    assert got == [], "no items, no pages"
    assert_returns(got, [], "pages([], 4)")


@pytest.mark.checklist("lists.shallow_slices")
@kata_properties
@given(st.lists(st.integers(), max_size=20), st.integers(min_value=1, max_value=6))
@example(items=[1, 2, 3, 4, 5], size=2)
def test_pages_hold_every_item_once_in_full_pages(items, size):
    result = call_kata(pages, items, size)
    assert type(result) is list and all(type(chunk) is list for chunk in result), (
        f"pages({items}, {size}) should return a list of lists, got {result!r}"
    )
    assert [item for chunk in result for item in chunk] == items, (
        f"pages({items}, {size}): joined together, the pages should give back the items in order"
    )
    assert all(len(chunk) == size for chunk in result[:-1]) and all(0 < len(chunk) <= size for chunk in result), (
        f"pages({items}, {size}): every page holds {size} items, only the last may hold fewer (never 0)"
    )


@pytest.mark.checklist("lists.shallow_slices")
def test_page_returns_one_page():
    items = list(range(12))
    assert_returns(call_kata(page, items, 0, 5), [0, 1, 2, 3, 4], "page(items, 0, 5)")
    got = call_kata(page, items, 2, 5)
    assert got == [10, 11], "the last page holds what is left"
    assert_returns(got, [10, 11], "page(items, 2, 5)")


@pytest.mark.checklist("lists.shallow_slices")
def test_page_past_the_end_is_empty():
    got = call_kata(page, list(range(12)), 3, 5)
    assert got == [], (
        "page 3 of 12 items, 5 a page, starts past the end: it is [], not an IndexError. A slice never raises for bounds outside the list"
    )
    assert_returns(got, [], "page(list(range(12)), 3, 5)")
    assert_returns(call_kata(page, [], 0, 10), [], "page([], 0, 10)")


@pytest.mark.checklist("lists.shallow_slices")
def test_a_page_is_a_copy():
    items = [1, 2, 3, 4]
    last = call_kata(page, items, 1, 3)
    assert last == [4], "page 1 of four items, 3 a page, is the one item left over"
    assert_returns(last, [4], "page(items, 1, 3)")
    last.append(99)
    assert items == [1, 2, 3, 4], "appending to a page must not change the items it was cut from"
