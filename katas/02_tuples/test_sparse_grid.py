"""Tests for sparse_grid.py: (row, col) tuples as dict keys; the work is counted, not timed."""

from hypothesis import given
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import assert_returns, call_kata
from sparse_grid import SparseGrid

WORK_PER_OPERATION = 10  # hashes and comparisons of coordinates a dict-backed grid stays far below


class Coordinate(int):
    """An int that counts how often it is hashed or compared: the work a grid does with its coordinates."""

    work = 0

    def __hash__(self):
        Coordinate.work += 1
        return int.__hash__(self)

    def _counted(name):
        def compare(self, other):
            Coordinate.work += 1
            return getattr(int, name)(self, other)

        compare.__name__ = name
        return compare

    __eq__, __ne__ = _counted("__eq__"), _counted("__ne__")
    __lt__, __le__, __gt__, __ge__ = map(_counted, ["__lt__", "__le__", "__gt__", "__ge__"])
    del _counted


def _cell(i: int) -> tuple:
    """The i-th test cell, fresh Coordinate objects every time (so no shortcut by identity)."""
    return Coordinate(i // 37 - 10), Coordinate(i % 37 - 18)


def _workload(cells: int) -> tuple:
    """Set `cells` cells, read each back and read as many unset ones; return what was read."""
    grid = SparseGrid(0)
    for i in range(cells):
        grid.set(*_cell(i), i)
    return [grid.get(*_cell(i)) for i in range(cells)], [grid.get(*_cell(i + 10 * cells)) for i in range(cells)]


def _work_for(cells: int) -> int:
    """The coordinate work counted while the workload runs (one bounded call for all of it)."""
    Coordinate.work = 0
    stored, unset = call_kata(_workload, cells)
    work = Coordinate.work
    assert stored == list(range(cells)), "get should return what set stored in each cell"
    assert unset == [0] * cells, "an unset cell holds the default"
    return work


def test_unset_cells_hold_the_default():
    grid = call_kata(SparseGrid, ".")
    got = call_kata(grid.get, 3, 4)
    assert got == ".", "a cell nobody set holds the grid's default"
    assert_returns(got, ".", "grid.get(3, 4)")
    assert len(grid) == 0, "a new grid has no cells set"
    assert call_kata(call_kata(SparseGrid).get, 0, 0) is None, "the default default is None"


def test_set_then_get_and_replace():
    grid = call_kata(SparseGrid)
    call_kata(grid.set, 2, 5, "rook")
    call_kata(grid.set, 5, 2, "pawn")
    call_kata(grid.set, 2, 5, "queen")
    assert (call_kata(grid.get, 2, 5), call_kata(grid.get, 5, 2)) == ("queen", "pawn"), (
        "(2, 5) and (5, 2) are different cells, and setting a cell again replaces its value"
    )
    assert len(grid) == 2, "two distinct cells have been set"


def test_cells_whose_hashes_collide_stay_apart():
    grid = call_kata(SparseGrid)
    call_kata(grid.set, -1, 0, "left")
    call_kata(grid.set, -2, 0, "further left")
    assert call_kata(grid.get, -1, 0) == "left" and len(grid) == 2, (
        f"hash((-1, 0)) == hash((-2, 0)) is {hash((-1, 0)) == hash((-2, 0))} in CPython: a hash is not an "
        "identity. Key the cells by the tuple itself; the dict compares keys with == after the hash matches"
    )


def test_cells_whose_digits_run_together_stay_apart():
    grid = call_kata(SparseGrid)
    call_kata(grid.set, 1, 23, "a")
    call_kata(grid.set, 12, 3, "b")
    assert (call_kata(grid.get, 1, 23), call_kata(grid.get, 12, 3)) == ("a", "b") and len(grid) == 2, (
        "(1, 23) and (12, 3) are different cells; a key glued together from digits mixes them up"
    )


def test_each_grid_has_its_own_cells():
    first, second = call_kata(SparseGrid), call_kata(SparseGrid, 0)
    call_kata(first.set, 0, 0, "x")
    assert call_kata(second.get, 0, 0) == 0 and len(second) == 0, "setting a cell of one grid changed another grid"


def test_set_and_get_do_constant_work_per_call():
    for cells in (100, 1000):
        work = _work_for(cells)
        bound = WORK_PER_OPERATION * 3 * cells
        assert work <= bound, (
            f"{3 * cells} calls of set and get with {cells} cells set hashed or compared coordinates {work} times; "
            f"an average O(1) grid stays within {bound} ({WORK_PER_OPERATION} per call). A list of cells searched "
            "on every call, or a sorted one, does work that grows with the number of cells"
        )


operations = st.lists(st.tuples(st.integers(-3, 3), st.integers(-3, 3), st.integers(0, 9)), max_size=12)


def _replay(writes) -> tuple:
    """Apply the writes to a new grid; return what it holds at every written cell, and its len()."""
    grid = SparseGrid("empty")
    for row, col, value in writes:
        grid.set(row, col, value)
    return {(row, col): grid.get(row, col) for row, col, _ in writes}, len(grid)


@kata_properties
@given(operations)
def _holds_what_was_set_last(writes):
    expected = {(row, col): value for row, col, value in writes}
    held, length = call_kata(_replay, writes)
    assert held == expected, "after these writes, every cell should hold what was set there last"
    assert length == len(expected), "len() counts the distinct cells that were set"


def test_every_cell_holds_what_was_set_last():
    """Generated sequences of writes: every cell holds what was set there last."""
    call_kata(_replay, [(0, 0, 1)])  # an untouched stub fails here, before Hypothesis starts searching
    _holds_what_was_set_last()
