"""Tests for island_count.py: a grid as an implicit graph, each cell read a constant number of times.

Cost is counted, not timed: every row counts the cells read from it. A flood fill that marks the
cells it has reached reads each cell about five times (itself and from each neighbour): O(cells).
Filling again from every land cell reads each island once per cell of it; a recursive fill
raises RecursionError on an island that winds across the map (deeper than 1000 calls).
"""

import random

import pytest

from dojo.testing import KataFailure, assert_returns, call_kata
from island_count import count_islands


class Reads:
    def __init__(self, bound=10**9):
        self.count, self.bound = 0, bound

    def tick(self, amount=1):
        self.count += amount
        if self.count > 10 * self.bound:
            raise AssertionError(
                f"stopped after {self.count} cell reads, 10 times the bound of {self.bound}: that is not O(cells)"
            )


class Row(list):
    """A row of cells that counts each cell read, and refuses to change."""

    def __init__(self, cells, reads):
        super().__init__(cells)
        self.reads = reads

    def __getitem__(self, index):
        got = list.__getitem__(self, index)
        self.reads.tick(len(got) if isinstance(index, slice) else 1)
        return got

    def __iter__(self):
        for cell in list.__iter__(self):
            self.reads.tick()
            yield cell

    def _refuse(self, *args, **kwargs):
        raise AssertionError("count_islands changed the grid: leave the map as it was (mark cells in a set of your own)")

    __setitem__ = __delitem__ = append = extend = insert = pop = remove = clear = sort = reverse = _refuse


def grid_of(lines, reads=None):
    reads = reads or Reads()
    return [Row(line, reads) for line in lines]


def explain_recursion(call):
    try:
        return call()
    except KataFailure as failure:
        if isinstance(failure.__cause__, RecursionError):
            raise KataFailure(
                "RecursionError on an island that winds across the map: a recursive fill nests one call per cell, "
                "and Python stops at sys.getrecursionlimit() (1000 by default). Keep the cells to visit in a list "
                "(a stack) or a deque of your own"
            ) from failure
        raise


@pytest.mark.checklist("interview_patterns.graph_search")
def test_counts_the_example():
    assert_returns(call_kata(count_islands, grid_of(["##..", "#..#", "..##"])), 2, "count_islands of the example")


@pytest.mark.checklist("interview_patterns.graph_search")
def test_diagonal_cells_are_not_joined():
    assert_returns(
        call_kata(count_islands, grid_of(["#.#", ".#.", "#.#"])),
        5,
        "count_islands of five land cells that touch only at corners (joined up, down, left or right only)",
    )


@pytest.mark.checklist("interview_patterns.graph_search")
def test_water_only_land_only_and_empty_maps():
    assert_returns(call_kata(count_islands, grid_of(["....", "...."])), 0, "count_islands of water only")
    assert_returns(call_kata(count_islands, grid_of(["###", "###"])), 1, "count_islands of land only")
    assert_returns(call_kata(count_islands, []), 0, "count_islands of a map with no rows")
    assert_returns(call_kata(count_islands, grid_of(["#.#.#"])), 3, "count_islands of one row")


@pytest.mark.checklist("interview_patterns.graph_search")
def test_an_island_that_turns_back_is_one_island():
    lines = ["#####", "....#", "###.#", "#...#", "#####"]
    assert_returns(call_kata(count_islands, grid_of(lines)), 1, "count_islands of a spiral that joins up")
    lines = ["#.#", "#.#", "###"]
    assert_returns(call_kata(count_islands, grid_of(lines)), 1, "count_islands of a U (joined at the bottom)")


@pytest.mark.checklist("interview_patterns.graph_search")
def test_the_grid_is_left_as_it_was():
    lines = ["##.", "..#"]
    grid = grid_of(lines)
    call_kata(count_islands, grid)
    assert [list.__getitem__(row, slice(None)) for row in grid] == [list(line) for line in lines], (
        "count_islands changed the grid"
    )


def islands_by_union(lines):
    """A slow model: union-find over the land cells."""
    parent = {}

    def find(cell):
        while parent[cell] != cell:
            parent[cell] = parent[parent[cell]]  # path halving keeps the model fast on winding islands
            cell = parent[cell]
        return cell

    for r, line in enumerate(lines):
        for c, char in enumerate(line):
            if char == "#":
                parent[(r, c)] = (r, c)
                for neighbour in ((r - 1, c), (r, c - 1)):
                    if neighbour in parent:
                        parent[find(neighbour)] = find((r, c))
    return len({find(cell) for cell in parent})


@pytest.mark.checklist("interview_patterns.graph_search")
def test_agrees_with_a_slow_model_on_random_maps():
    rng = random.Random(3)
    for _ in range(60):
        rows, columns = rng.randint(1, 7), rng.randint(1, 7)
        lines = ["".join(rng.choice("#..") for _ in range(columns)) for _ in range(rows)]
        assert_returns(call_kata(count_islands, grid_of(lines)), islands_by_union(lines), f"count_islands of {lines}")


def winding(size):
    """One island that snakes across a size x size map: land rows joined at alternate ends."""
    lines = []
    for r in range(size):
        if r % 2 == 0:
            lines.append("#" * size)
        elif r % 4 == 1:
            lines.append("." * (size - 1) + "#")
        else:
            lines.append("#" + "." * (size - 1))
    return lines


def speckled(size, seed):
    rng = random.Random(seed)
    return ["".join(rng.choice("##.") for _ in range(size)) for _ in range(size)]


@pytest.mark.checklist("interview_patterns.graph_search")
@pytest.mark.parametrize("size", [20, 100])
@pytest.mark.parametrize("shape", ["winding", "speckled"])
def test_reads_each_cell_a_constant_number_of_times(size, shape):
    lines = winding(size) if shape == "winding" else speckled(size, size)
    cells = size * size
    bound = 6 * cells
    reads = Reads(bound)
    got = explain_recursion(lambda: call_kata(count_islands, grid_of(lines, reads)))
    assert reads.count <= bound, (
        f"count_islands on a {size} x {size} map read {reads.count} cells; O(cells) allows at most {bound} "
        "(each cell from itself and from its four neighbours). Mark every cell you reach, once, in a set"
    )
    expected = islands_by_union(lines)
    assert got == expected, f"and the {shape} map holds {expected} islands"
