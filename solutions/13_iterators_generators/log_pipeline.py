"""Reference solution for log_pipeline.py."""

from itertools import islice


def parse(lines):
    """Yield (level, message) for each line "LEVEL: message"; skip lines without ": "."""
    for line in lines:
        level, separator, message = line.partition(": ")
        if separator:
            yield level, message


def messages_at(level, records):
    """Yield the message of each (level, message) record whose level is `level`."""
    return (message for record_level, message in records if record_level == level)


def first_errors(lines, count):
    """Return a list of the first `count` ERROR messages in lines, reading no line after the last of them."""
    return list(islice(messages_at("ERROR", parse(lines)), count))
