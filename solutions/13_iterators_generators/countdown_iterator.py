"""Reference solution for countdown_iterator.py."""


class CountdownIterator:
    def __init__(self, start: int):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self) -> int:
        if self.current < 1:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Countdown:
    def __init__(self, start: int):
        self.start = start

    def __iter__(self) -> CountdownIterator:
        return CountdownIterator(self.start)
