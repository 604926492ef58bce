"""Tests for tuple_augmented.py: `t[i] += y` calls y's __iadd__ first and then fails to store into the tuple."""

import pytest

from dojo.testing import assert_returns, call_kata
from tuple_augmented import add_tag, bump_score


@pytest.mark.checklist("tuples.augmented_item")
def test_add_tag_returns_the_record_with_the_tag():
    result = call_kata(add_tag, ("ada", ["admin"]), "ops")
    assert type(result) is tuple and result == ("ada", ["admin", "ops"]), (
        f"add_tag(('ada', ['admin']), 'ops') should return the tuple ('ada', [...]) with 'ops' added last; got {result!r}"
    )


@pytest.mark.checklist("tuples.augmented_item")
def test_add_tag_leaves_the_callers_tags_alone():
    tags = ["admin"]
    record = ("ada", tags)
    try:
        call_kata(add_tag, record, "ops")
    finally:
        assert record[1] is tags and tags == ["admin"], (
            f"the caller's tags list is now {tags!r}. `record[1] += [tag]` first extends that very list "
            "(list.__iadd__), then raises when it stores the list back into the tuple; catching the "
            "TypeError does not undo the first step. A copy of the tuple, list(record) or record[:], "
            "still holds the same list"
        )


@pytest.mark.checklist("tuples.augmented_item")
def test_add_tag_gives_each_record_its_own_list():
    base = ("ada", [])
    first = call_kata(add_tag, base, "x")
    second = call_kata(add_tag, base, "y")
    assert (first, second) == (("ada", ["x"]), ("ada", ["y"])), (
        f"two tags added to the same base record should give ('ada', ['x']) and ('ada', ['y']); got {first!r} "
        f"and {second!r}: the records share one list"
    )
    assert first[1] is not second[1] and first[1] is not base[1], "each new record needs a list of its own"


@pytest.mark.checklist("tuples.augmented_item")
def test_add_tag_accepts_any_name():
    result = call_kata(add_tag, (("Ada", "Lovelace"), ["math"]), "poetry")
    assert result == (("Ada", "Lovelace"), ["math", "poetry"]), "the name part is kept as it is, whatever it is"
    assert_returns(result, (("Ada", "Lovelace"), ["math", "poetry"]), 'add_tag((("Ada", "Lovelace"), ["math"]), "poetry")')


@pytest.mark.checklist("tuples.augmented_item")
def test_bump_score_returns_a_new_tuple():
    scores = (3, 5, 8)
    got = call_kata(bump_score, scores, 1)
    assert got == (3, 6, 8), "bump_score((3, 5, 8), 1) should be (3, 6, 8). A tuple's items cannot be reassigned: build a new tuple"
    assert_returns(got, (3, 6, 8), "bump_score(scores, 1)")
    assert type(call_kata(bump_score, scores, 0)) is tuple, "the scores stay a tuple"
    got = call_kata(bump_score, scores, 2)
    assert got == (3, 5, 9), "the last score can be bumped too"
    assert_returns(got, (3, 5, 9), "bump_score(scores, 2)")
    assert scores == (3, 5, 8)
