"""Misconception: a list comprehension is as good as a generator for a pipeline stage.

The list is built from the whole input before anything is handed on: an endless stream is
never done, and a long one is held in memory all at once.

checklist: iterators_generators.lifecycle
"""


def parse(lines):
    return [tuple(line.split(": ", 1)) for line in lines if ": " in line]


def messages_at(level, records):
    return (message for record_level, message in records if record_level == level)


def first_errors(lines, count):
    result = []
    for message in messages_at("ERROR", parse(lines)):
        if len(result) == count:
            break
        result.append(message)
    return result
