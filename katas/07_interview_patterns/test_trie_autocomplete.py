"""Tests for trie_autocomplete.py: prefix search whose cost does not grow with the dictionary.

Cost is counted, not timed: the words and the prefix are strings that count every character
read from them and every comparison, hash or search made on them. A trie walks the prefix and
then only the branch below it; so does a sorted list searched with bisect (O(log n) comparisons
to find the first match, then only the matches). Checking every word of the dictionary, or
building the index again for each search, costs O(n) per search and fails at the larger size.
"""

import random
import string

import pytest

from dojo.testing import assert_returns, call_kata
from trie_autocomplete import Autocomplete


class Tally:
    def __init__(self):
        self.count, self.bound = 0, None

    def tick(self, amount=1):
        self.count += amount
        if self.bound is not None and self.count > 10 * self.bound:
            raise AssertionError(
                f"stopped after {self.count} characters read and comparisons made on words, 10 times the bound of "
                f"{self.bound}: a search must not visit the words that do not match"
            )


def counting_words(tally):
    """A str subclass whose reads, comparisons, hashes and searches add to tally."""

    def one(name):
        base = getattr(str, name)

        def method(self, *args):
            tally.tick()
            return base(self, *args)

        return method

    def per_char(name):
        base = getattr(str, name)

        def method(self, *args):
            tally.tick(max(1, len(self)))
            return base(self, *args)

        return method

    namespace = {name: one(name) for name in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__")}
    namespace |= {name: per_char(name) for name in ("__hash__", "__contains__", "startswith", "find", "index",
                                                    "count", "partition", "split", "casefold", "lower")}  # fmt: skip

    def __iter__(self):
        for char in str.__iter__(self):
            tally.tick()
            yield char

    def __getitem__(self, index):
        got = str.__getitem__(self, index)
        tally.tick(max(1, len(got)))
        return got

    namespace |= {"__iter__": __iter__, "__getitem__": __getitem__}
    return type("Word", (str,), namespace)


WORDS = ["dog", "care", "cat", "card", "car", "do"]


@pytest.mark.checklist("interview_patterns.trie")
def test_completes_the_example():
    auto = call_kata(Autocomplete, WORDS)
    assert_returns(call_kata(auto.complete, "car"), ["car", "card", "care"], 'complete("car")')
    assert_returns(call_kata(auto.complete, "do"), ["do", "dog"], 'complete("do")')
    assert_returns(call_kata(auto.complete, "ca"), ["car", "card", "care", "cat"], 'complete("ca")')


@pytest.mark.checklist("interview_patterns.trie")
def test_no_match_an_empty_prefix_and_a_whole_word():
    auto = call_kata(Autocomplete, WORDS)
    assert_returns(call_kata(auto.complete, "x"), [], 'complete("x")')
    assert_returns(call_kata(auto.complete, "cars"), [], 'complete("cars") (longer than every word it starts like)')
    assert_returns(call_kata(auto.complete, ""), sorted(WORDS), 'complete("") (every word)')
    assert_returns(call_kata(auto.complete, "dog"), ["dog"], 'complete("dog") (the prefix is itself a word)')


@pytest.mark.checklist("interview_patterns.trie")
def test_repeated_words_count_once_and_any_iterable_works():
    auto = call_kata(Autocomplete, iter(["bee", "be", "bee", "beet", "be"]))
    assert_returns(call_kata(auto.complete, "be"), ["be", "bee", "beet"], 'complete("be") over a generator with repeats')


@pytest.mark.checklist("interview_patterns.trie")
def test_order_is_alphabetical_whatever_the_order_of_the_words():
    words = ["zeta", "zap", "zen", "zag", "ze", "za"]
    auto = call_kata(Autocomplete, words)
    assert_returns(call_kata(auto.complete, "z"), sorted(words), 'complete("z") (alphabetical, not the input order)')


@pytest.mark.checklist("interview_patterns.trie")
def test_agrees_with_filtering_on_random_dictionaries():
    rng = random.Random(8)
    for _ in range(40):
        words = ["".join(rng.choice("abc") for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(0, 15))]
        auto = call_kata(Autocomplete, words)
        for prefix in ["", "a", "b", "ab", "ca", "abc", "bb"]:
            expected = sorted({word for word in words if word.startswith(prefix)})
            assert_returns(call_kata(auto.complete, prefix), expected, f"complete({prefix!r}) over {words}")


def dictionary(size, rng):
    letters = string.ascii_lowercase
    words = {"".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(size)}
    return sorted(words)


@pytest.mark.checklist("interview_patterns.trie")
@pytest.mark.parametrize("size", [1_000, 5_000])
def test_search_cost_does_not_grow_with_the_dictionary(size):
    rng = random.Random(size)
    words = dictionary(size, rng)
    tally = Tally()
    Word = counting_words(tally)
    shuffled = [Word(word) for word in words]
    rng.shuffle(shuffled)
    auto = call_kata(Autocomplete, shuffled)
    for prefix in ["qu", "zz", "mak", "e", "xyzw"]:
        expected = [word for word in words if word.startswith(prefix)]
        tally.count = 0
        tally.bound = bound = 4 * (len(prefix) + sum(len(word) for word in expected)) + 64
        got = call_kata(auto.complete, Word(prefix))
        assert tally.count <= bound, (
            f"complete({prefix!r}) in a dictionary of {len(words)} words returned {len(expected)} words and read or "
            f"compared {tally.count} times; the bound depends on the prefix and the answer only: {bound}. Checking "
            "every word, or building the index again, grows with the dictionary"
        )
        tally.bound = None
        assert got == expected, f"and complete({prefix!r}) returns the {len(expected)} words with that prefix"
