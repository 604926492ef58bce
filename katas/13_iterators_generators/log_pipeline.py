"""Kata: a lazy pipeline over a stream that never ends.

Task: implement the three functions below. A log stream may be endless (a socket, `tail -f`),
so each stage takes any iterable and returns an iterator that reads its input only when asked
for its next result, and first_errors reads no line after the last one it needs.

Lazy stages hold one item at a time, whatever the length of the stream; a stage that builds a
list holds all of it, and never finishes on an endless one.
"""


def parse(lines):
    """Yield (level, message) for each line "LEVEL: message"; skip lines without ": "."""
    raise NotImplementedError("parse: split each line into a level and a message, lazily")


def messages_at(level, records):
    """Yield the message of each (level, message) record whose level is `level`."""
    raise NotImplementedError("messages_at: keep the messages of one level, lazily")


def first_errors(lines, count):
    """Return a list of the first `count` ERROR messages in lines, reading no line after the last of them."""
    raise NotImplementedError("first_errors: connect the stages and stop as soon as you have enough")
