"""Tests for anagram_groups.py: signatures checked on every short word; grouping counted on the signatures."""

import collections
import itertools
import random

import pytest

import anagram_groups
from anagram_groups import group_anagrams, signature
from dojo.testing import call_kata, expect

OPS_PER_WORD = 6  # a dict lookup and an insert cost 2 to 4 hashes and comparisons per word


def same_letters(a: str, b: str) -> bool:
    return collections.Counter(a) == collections.Counter(b)


@pytest.mark.checklist("practice_problems.grouping")
def test_signature_is_hashable_and_equal_for_anagrams():
    key = call_kata(signature, "listen")
    try:
        hash(key)
    except TypeError:
        pytest.fail(f"signature('listen') returned {key!r}, which is not hashable: it cannot be a dict key")
    expect(call_kata(signature, "silent"), key, "'listen' and 'silent' are anagrams: their signatures must be equal")
    expect(call_kata(signature, "enlist"), key, "'listen' and 'enlist' are anagrams: their signatures must be equal")


@pytest.mark.checklist("practice_problems.grouping")
def test_signature_counts_repeated_letters():
    assert call_kata(signature, "aab") != call_kata(signature, "abb"), (
        "'aab' and 'abb' use the same letters but not the same number of times: not anagrams, so different signatures"
    )
    assert call_kata(signature, "ab") != call_kata(signature, "aabb"), "'ab' and 'aabb' are not anagrams"


@pytest.mark.checklist("practice_problems.grouping")
def test_signature_tells_apart_words_with_the_same_letter_sum():
    assert call_kata(signature, "ad") != call_kata(signature, "bc"), (
        "'ad' and 'bc' have the same sum of character codes and are not anagrams: a signature must not collide"
    )
    assert call_kata(signature, "Ab") != call_kata(signature, "ba"), "case counts: 'Ab' and 'ba' are not anagrams"


@pytest.mark.checklist("practice_problems.grouping")
def test_signature_ignores_the_order_of_the_characters():
    rng = random.Random(6)
    for _ in range(100):
        word = "".join(rng.choice("abcA ") for _ in range(rng.randint(0, 8)))
        letters = list(word)
        rng.shuffle(letters)
        anagram = "".join(letters)
        expect(
            call_kata(signature, word),
            call_kata(signature, anagram),
            f"{word!r} and {anagram!r} are anagrams: their signatures must be equal",
        )


@pytest.mark.checklist("practice_problems.grouping")
def test_signatures_are_equal_exactly_for_anagrams():
    words = ["".join(letters) for size in range(4) for letters in itertools.product("abA ", repeat=size)]
    keys = {word: call_kata(signature, word) for word in words}  # every word of up to 3 of these characters
    for first in words:
        for second in words:
            equal = keys[first] == keys[second]
            assert equal == same_letters(first, second), (
                f"signature({first!r}) and signature({second!r}) are {'equal' if equal else 'different'}, but the "
                f"words {'are not' if equal else 'are'} anagrams"
            )


@pytest.mark.checklist("practice_problems.grouping")
def test_groups_the_classic_example_in_order_of_first_appearance():
    words = ["tea", "eat", "tan", "ate", "nat", "bat"]
    expect(
        call_kata(group_anagrams, words),
        [["tea", "eat", "ate"], ["tan", "nat"], ["bat"]],
        "groups come in the order of their first word; each group keeps the input order",
    )


@pytest.mark.checklist("practice_problems.grouping")
def test_keeps_duplicates_and_handles_empty_input():
    expect(call_kata(group_anagrams, []), [], "no words, no groups")
    expect(
        call_kata(group_anagrams, ["ab", "ba", "ab", ""]),
        [["ab", "ba", "ab"], [""]],
        "a repeated word stays in its group each time; the empty word is a group of its own",
    )


STOP_AT = 3  # a run this many times over its budget is stopped where it is: it can only fail


class OverBudget(AssertionError):
    """Raised inside the learner's code once it is STOP_AT times over the operation budget."""


class Key:
    """Wraps the learner's signature and counts every hash and comparison made on it."""

    def __init__(self, inner, counts):
        self.inner, self.counts = inner, counts

    def _tick(self):
        self.counts["ops"] += 1
        if self.counts["ops"] > STOP_AT * self.counts["limit"]:  # far over the bound: stop the run
            raise OverBudget(self.counts["message"].format(count=f"more than {STOP_AT * self.counts['limit']}"))

    def __hash__(self):
        self._tick()
        return hash(self.inner)

    def __eq__(self, other):
        self._tick()
        return isinstance(other, Key) and self.inner == other.inner

    def __lt__(self, other):
        self._tick()
        return self.inner < other.inner

    def __gt__(self, other):
        self._tick()
        return self.inner > other.inner

    def __le__(self, other):
        self._tick()
        return self.inner <= other.inner

    def __ge__(self, other):
        self._tick()
        return self.inner >= other.inner


def many_words(n: int) -> list[str]:
    """n words in n // 2 groups of two anagrams, the second of each group far from the first."""
    letters = itertools.combinations_with_replacement("abcdefghijklmnop", 4)  # one multiset of letters each
    bases = ["".join(chosen) for chosen in itertools.islice(letters, n // 2)]
    random.Random(n).shuffle(bases)
    return bases + [base[::-1] for base in bases]


@pytest.mark.checklist("practice_problems.grouping")
@pytest.mark.parametrize("n", [400, 3000])
def test_grouping_costs_a_constant_number_of_lookups_per_word(n, monkeypatch):
    limit = OPS_PER_WORD * n
    counts = {
        "ops": 0,
        "calls": 0,
        "limit": limit,
        "message": (
            f"group_anagrams on {n} words made {{count}} hashes and comparisons of signatures. "
            f"The bound is O(n) lookups: at most {OPS_PER_WORD} per word, {limit} in all. "
            "Comparing each word's signature with the others costs about n*n/4; sorting them, n*log2(n)."
        ),
    }
    learners_signature = anagram_groups.signature

    def counted_signature(word):
        counts["calls"] += 1
        return Key(learners_signature(word), counts)

    monkeypatch.setattr(anagram_groups, "signature", counted_signature)
    words = many_words(n)
    groups = call_kata(group_anagrams, words)
    assert counts["calls"] >= n, (
        f"group_anagrams called signature() {counts['calls']} times for {n} words: "
        "compute each word's key with signature(word)"
    )
    expected = [[base, base[::-1]] for base in words[: n // 2]]
    expect(groups, expected, f"wrong groups for {n} words in pairs of anagrams")
    assert counts["ops"] <= limit, counts["message"].format(count=counts["ops"])
