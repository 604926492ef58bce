"""Kata: an iterable and its iterator, written by hand.

Task: implement Countdown, an iterable over start, start - 1, ..., 1 that can be looped over
any number of times (nested loops included), and CountdownIterator, the iterator that
Countdown.__iter__ returns. No generators here: write the protocol out by hand.

- An iterable has __iter__, which returns an iterator, a fresh one each time.
- An iterator has __next__, which returns the next item or raises StopIteration, and an
  __iter__ that returns the iterator itself. Once it has raised StopIteration, it keeps raising it.
"""


class CountdownIterator:
    def __init__(self, start: int):
        raise NotImplementedError("CountdownIterator: remember where the countdown is")

    def __iter__(self):
        raise NotImplementedError("CountdownIterator.__iter__: what does iter() of an iterator return?")

    def __next__(self) -> int:
        raise NotImplementedError("CountdownIterator.__next__: the next number, or the end of the countdown")


class Countdown:
    def __init__(self, start: int):
        self.start = start

    def __iter__(self) -> CountdownIterator:
        raise NotImplementedError("Countdown.__iter__: hand out an iterator")
