"""Tests for board_rows.py: every row of a board is a list of its own."""

import pytest

from board_rows import make_board, make_buckets
from dojo.testing import assert_returns, call_kata


@pytest.mark.checklist("lists.repeat_aliasing")
def test_marking_a_cell_changes_only_that_cell():
    board = call_kata(make_board, 3, 3, ".")
    assert board == [[".", ".", "."]] * 3, "make_board(3, 3) is 3 rows of 3 cells each"
    assert_returns(board, [[".", ".", "."]] * 3, 'make_board(3, 3, ".")')
    board[1][2] = "X"
    marked = [(r, c) for r, row in enumerate(board) for c, cell in enumerate(row) if cell == "X"]
    assert marked == [(1, 2)], (
        f"after board[1][2] = 'X', the cells holding 'X' are {marked}: every row is the same list. Check `board[0] is board[1]`"
    )


@pytest.mark.checklist("lists.repeat_aliasing")
def test_every_row_is_its_own_list():
    board = call_kata(make_board, 4, 2, "o")
    assert len({id(row) for row in board}) == 4, (
        "a board of 4 rows should hold 4 different list objects; `[row] * n` repeats one object n times"
    )
    got = call_kata(make_board, 0, 4)
    assert got == [], "a board of no rows is an empty list"
    assert_returns(got, [], "make_board(0, 4)")


@pytest.mark.checklist("lists.repeat_aliasing")
def test_buckets_fill_independently():
    buckets = call_kata(make_buckets, 3)
    buckets[0].append("apple")
    buckets[2].append("cherry")
    assert buckets == [["apple"], [], ["cherry"]], (
        f"appending to buckets[0] and buckets[2] should fill those two buckets only; the buckets are now {buckets}"
    )
    assert_returns(buckets, [["apple"], [], ["cherry"]], "make_buckets(3)")


@pytest.mark.checklist("lists.repeat_aliasing")
def test_every_bucket_is_its_own_list():
    buckets = call_kata(make_buckets, 5)
    assert all(bucket == [] for bucket in buckets) and len(buckets) == 5, "make_buckets(5) is five empty lists"
    assert len({id(bucket) for bucket in buckets}) == 5, "five buckets should be five different list objects"
