"""Tests for memo_hashtags.py: word splits by recursion, each rest of the tag solved once.

Cost is counted, not timed: the dictionary is a function that counts its calls. With the
splits of each position remembered, a tag of n letters asks about each of its n(n+1)/2
substrings at most once; without memory, the same rests are split again and again,
exponentially often.
"""

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import call_kata, expect
from memo_hashtags import split_hashtag

# The project's Hypothesis settings, with fewer examples and without the explain phase (which costs
# seconds on every failure), so that the whole topic runs in under a second.
properties = settings(kata_properties, max_examples=30, phases=[p for p in Phase if p is not Phase.explain])


class Dictionary:
    """is_word for a set of words, counting its calls; it stops a caller far past its bound."""

    def __init__(self, words, bound=10**6):
        self.words, self.calls, self.bound = frozenset(words), 0, bound

    def __call__(self, text):
        self.calls += 1
        if self.calls > 20 * self.bound:
            raise AssertionError(
                f"stopped after {self.calls} dictionary calls, 20 times the bound of {self.bound}: the same rests "
                "of the tag are split again and again. Remember the answer for each start position"
            )
        return text in self.words


def check_split(tag, words, result):
    assert result is not None, f"{tag!r} splits into words of the dictionary: expected a list, got None"
    assert isinstance(result, list), f"return a list of words, not {type(result).__name__}"
    assert "".join(result) == tag, f"the words {result} should spell {tag!r} when joined"
    strangers = [word for word in result if word not in words]
    assert not strangers, f"{strangers} are not dictionary words"


WORDS = {"python", "tips", "interview", "inter", "view", "pattern", "patterns", "s", "hot", "hotel", "room"}


@pytest.mark.checklist("interview_patterns.memoization")
def test_splits_a_tag():
    is_word = Dictionary(WORDS)
    check_split("pythontips", WORDS, call_kata(split_hashtag, "pythontips", is_word))
    check_split("interviewpatterns", WORDS, call_kata(split_hashtag, "interviewpatterns", is_word))


@pytest.mark.checklist("interview_patterns.memoization")
def test_no_split_and_empty_tag():
    is_word = Dictionary(WORDS)
    assert call_kata(split_hashtag, "pythonx", is_word) is None, "'x' is no word: 'pythonx' has no split, None"
    expect(call_kata(split_hashtag, "", is_word), [], "an empty tag is zero words: []")


@pytest.mark.checklist("interview_patterns.memoization")
def test_the_first_word_that_fits_may_be_the_wrong_one():
    words = {"apple", "applep", "pie", "hot", "hotel", "room", "elroo"}
    check_split("applepie", words, call_kata(split_hashtag, "applepie", Dictionary(words)))
    check_split("hotelroom", words, call_kata(split_hashtag, "hotelroom", Dictionary(words)))


@pytest.mark.checklist("interview_patterns.memoization")
def test_nothing_is_remembered_from_one_tag_to_the_next():
    is_word = Dictionary(WORDS)
    assert call_kata(split_hashtag, "pythonx", is_word) is None, "'pythonx' has no split"
    check_split("pythontips", WORDS, call_kata(split_hashtag, "pythontips", is_word))
    check_split("hotelroom", WORDS, call_kata(split_hashtag, "hotelroom", is_word))
    assert call_kata(split_hashtag, "hotelroomx", is_word) is None, (
        "'hotelroomx' has no split: what was remembered about another tag (positions 0 to 9 of "
        "'hotelroom') says nothing about this one. A memo must live for one tag only"
    )


@pytest.mark.checklist("interview_patterns.memoization")
def test_the_answer_depends_on_the_dictionary_too():
    assert call_kata(split_hashtag, "catsup", Dictionary({"cat", "su"})) is None, "'cat' + 'su' leaves a 'p'"
    check_split("catsup", {"cats", "up"}, call_kata(split_hashtag, "catsup", Dictionary({"cats", "up"})))
    assert call_kata(split_hashtag, "catsup", Dictionary({"ca", "tsu"})) is None, (
        "the same tag with another dictionary has another answer: a memo kept across calls, keyed by the tag "
        "alone, answers for the wrong dictionary"
    )


def splits(tag, words):
    return tag == "" or any(tag[:end] in words and splits(tag[end:], words) for end in range(1, len(tag) + 1))


@pytest.mark.checklist("interview_patterns.memoization")
@properties
@given(st.text("ab", max_size=10), st.sets(st.text("ab", min_size=1, max_size=3), max_size=5))
def test_splits_exactly_the_tags_that_have_a_split(tag, words):
    result = call_kata(split_hashtag, tag, Dictionary(words))
    if splits(tag, words):
        check_split(tag, words, result)
    else:
        assert result is None, f"{tag!r} has no split into {sorted(words)}: None"


@pytest.mark.checklist("interview_patterns.memoization")
@pytest.mark.parametrize("letters", [16, 32])
def test_each_substring_is_asked_about_at_most_once(letters):
    tag = "a" * letters + "b"  # every rest of the tag can be reached in many ways, and none splits
    n = len(tag)
    bound = n * (n + 1) // 2
    is_word = Dictionary({"a", "aa", "aaa", "aaaa"}, bound)
    assert call_kata(split_hashtag, tag, is_word) is None, f"{tag!r} ends in a 'b', which no word holds: None"
    assert is_word.calls <= bound, (
        f"a tag of n = {n} letters has n(n+1)/2 = {bound} substrings (start < end); asking about each at most "
        f"once is at most {bound} dictionary calls, counted {is_word.calls}. Ask about no slice twice for one "
        "start, and never about an empty one"
    )
