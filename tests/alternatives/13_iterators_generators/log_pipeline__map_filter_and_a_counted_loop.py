"""Alternative: map and filter stages, and a loop that stops right after the last item it needs.

parse is a generator expression over str.split, messages_at chains filter and map, and
first_errors counts in a for loop that breaks as soon as it has `count` messages (and never
starts for a count of 0), instead of itertools.islice.
"""

from operator import itemgetter


def parse(lines):
    """Yield (level, message) for each line "LEVEL: message"; skip lines without ": "."""
    return (tuple(line.split(": ", 1)) for line in lines if ": " in line)


def messages_at(level, records):
    """Yield the message of each (level, message) record whose level is `level`."""
    return map(itemgetter(1), filter(lambda record: record[0] == level, records))


def first_errors(lines, count):
    """Return a list of the first `count` ERROR messages in lines, reading no line after the last of them."""
    found = []
    if count < 1:
        return found
    for message in messages_at("ERROR", parse(lines)):
        found.append(message)
        if len(found) == count:
            break
    return found
