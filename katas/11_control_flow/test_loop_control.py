"""Tests for loop_control.py: pass does nothing, continue starts the next iteration, break leaves the innermost loop."""

from dojo.testing import assert_returns, call_kata
from loop_control import find_cell, parse_settings


def test_comments_and_blank_lines_are_skipped():
    lines = ["# connection", "", "host = example.org", "   ", "port=8080", "  # done"]
    assert (returned := call_kata(parse_settings, lines)) == {"host": "example.org", "port": "8080"}, (
        "comment lines and blank lines should add nothing to the settings; a statement that "
        "does nothing does not skip the rest of the loop body"
    )
    assert_returns(returned, {"host": "example.org", "port": "8080"}, "parse_settings(lines)")


def test_reading_stops_at_the_end_marker():
    lines = ["host = example.org", "[end]", "port = 8080", "debug = yes"]
    assert (returned := call_kata(parse_settings, lines)) == {"host": "example.org"}, (
        "nothing from '[end]' on belongs to the settings: the loop should stop there, "
        "not merely skip the marker line"
    )
    assert_returns(returned, {"host": "example.org"}, "parse_settings(lines)")


def rows_read_log(grid, log):
    """Yield the rows of grid one at a time, recording each row number as it is read."""
    for number, row in enumerate(grid):
        log.append(number)
        yield row


GRID = [
    [".", ".", "."],
    [".", "x", "x"],
    [".", ".", "."],
    ["x", ".", "."],
]


def test_find_cell_returns_the_first_match():
    assert (returned := call_kata(find_cell, GRID, "x")) == (1, 1), (
        "the first 'x' scanning top to bottom, left to right, is at row 1, column 1: "
        "the scan should end at the first match, in every loop it is in"
    )
    assert_returns(returned, (1, 1), "find_cell(GRID, 'x')")
    assert call_kata(find_cell, GRID, "?") is None, "no cell holds '?': the answer is None"


def test_find_cell_reads_no_row_after_the_match():
    log = []
    call_kata(find_cell, rows_read_log(GRID, log), "x")
    assert log == [0, 1], (
        f"find_cell read rows {log}; the match is in row 1, so rows 2 and 3 should never be read"
    )
