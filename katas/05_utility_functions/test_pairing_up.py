"""Tests for pairing_up.py: enumerate counts as it goes; zip stops at the shortest input, and what that costs."""

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from pairing_up import label_header, number_lines, pair_strictly


@pytest.mark.checklist("utility_functions.enumerate_zip")
def test_number_lines_counts_repeated_lines():
    lines = ["retry", "wait", "retry", "retry"]
    got = call_kata(number_lines, lines)
    assert got == ["1: retry", "2: wait", "3: retry", "4: retry"], (
        "each line is numbered by its position; searching for a line finds its first copy, not this one"
    )
    assert_returns(got, ["1: retry", "2: wait", "3: retry", "4: retry"], "number_lines(lines)")


@pytest.mark.checklist("utility_functions.enumerate_zip")
def test_number_lines_takes_any_iterable():
    lines = (text for text in ["alpha", "beta"])
    got = call_kata(number_lines, lines)
    assert got == ["1: alpha", "2: beta"], "a generator has no len() and no index(): count the lines as they go by"
    assert_returns(got, ["1: alpha", "2: beta"], "number_lines(lines)")
    assert_returns(call_kata(number_lines, []), [], "number_lines([])")


@pytest.mark.checklist("utility_functions.enumerate_zip")
def test_label_header_leaves_the_rest_of_the_stream():
    stream = iter([7, 3, 2024, "row 1", "row 2"])
    assert_returns(
        call_kata(label_header, stream, ["day", "month", "year"]),
        {"day": 7, "month": 3, "year": 2024},
        'label_header(stream, ["day", "month", "year"])',
    )
    assert list(stream) == ["row 1", "row 2"], (
        "after the header the stream must still hold every row: zip takes an item from each input in turn, "
        "and an item it took before finding another input exhausted is lost"
    )


@pytest.mark.checklist("utility_functions.enumerate_zip")
def test_label_header_of_a_short_stream_and_no_labels():
    stream = iter([1, 2, 3])
    got = call_kata(label_header, stream, [])
    assert got == {}, "no labels: nothing to read"
    assert_returns(got, {}, "label_header(stream, [])")
    assert list(stream) == [1, 2, 3], "with no labels, label_header must not read from the stream at all"
    got = call_kata(label_header, iter([5]), ["width", "height"])
    assert got == {"width": 5}, "a stream that ends early labels only the values it had"
    assert_returns(got, {"width": 5}, 'label_header(iter([5]), ["width", "height"])')


@pytest.mark.checklist("utility_functions.enumerate_zip")
def test_pair_strictly_pairs_in_order():
    assert_returns(call_kata(pair_strictly, ["a", "b"], [1, 2]), {"a": 1, "b": 2}, 'pair_strictly(["a", "b"], [1, 2])')
    got = call_kata(pair_strictly, iter("xy"), iter([0, 9]))
    assert got == {"x": 0, "y": 9}, "iterators work too"
    assert_returns(got, {"x": 0, "y": 9}, 'pair_strictly(iter("xy"), iter([0, 9]))')
    assert_returns(call_kata(pair_strictly, [], []), {}, "pair_strictly([], [])")


@pytest.mark.checklist("utility_functions.enumerate_zip")
def test_pair_strictly_refuses_different_lengths():
    kata_raises(ValueError, pair_strictly, ["a", "b", "c"], [1, 2])
    kata_raises(ValueError, pair_strictly, ["a"], [1, 2])
    kata_raises(ValueError, pair_strictly, iter("ab"), (n for n in [1, 2, 3]))
