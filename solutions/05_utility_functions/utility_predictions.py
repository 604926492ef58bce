"""Reference predictions for utility_predictions.py."""

import collections
import itertools

from dojo import predict


@predict("[(1, 'a'), (2, 'b')] [4, 5]")
def zip_takes_one_more():
    numbers = iter([1, 2, 3, 4, 5])
    pairs = list(zip(numbers, "ab"))
    print(pairs, list(numbers))


@predict(ValueError)
def zip_strict():
    print(list(zip([1, 2, 3], "ab", strict=True)))


@predict("False True False")
def any_all_of_nothing():
    print(any([]), all([]), all([[]]))


@predict("False [0, 1, 2, 3]")
def all_stops_early():
    seen = []

    def small(n):
        seen.append(n)
        return n < 3

    print(all(small(n) for n in range(10)), seen)


@predict("14 0")
def map_twice():
    squares = map(lambda n: n * n, [1, 2, 3])
    print(sum(squares), sum(squares))


@predict("some []")
def empty_filter_is_truthy():
    evens = filter(lambda n: n % 2 == 0, [1, 3, 5])
    print("some" if evens else "none", list(evens))


@predict("['a', 'b', 'a']")
def groupby_unsorted():
    print([letter for letter, _ in itertools.groupby("aabaa")])


@predict("6")
def key_calls():
    calls = []

    def length(word):
        calls.append(word)
        return len(word)

    sorted(["pear", "fig", "banana", "kiwi", "apple", "plum"], key=length)
    print(len(calls))


@predict("[(2, 'a'), (2, 'c'), (1, 'b'), (1, 'd')]")
def reverse_keeps_ties():
    cards = [(2, "a"), (1, "b"), (2, "c"), (1, "d")]
    print(sorted(cards, key=lambda card: card[0], reverse=True))


@predict("(12, 'z')")
def enumerate_start():
    print(list(enumerate("xyz", start=10))[-1])


@predict("['z', 'c', 'd'] z")
def a_full_deque_drops_from_the_other_end():
    recent = collections.deque(maxlen=3)
    for line in "abcde":
        recent.append(line)
    recent.appendleft("z")
    print(list(recent), recent.popleft())
