"""Misconception: appending first and breaking when the list is full handles every count.

For a count of 0 the loop still pulls one error (and every line before it) before checking.

checklist: iterators_generators.lifecycle
"""


def parse(lines):
    for line in lines:
        level, separator, message = line.partition(": ")
        if separator:
            yield level, message


def messages_at(level, records):
    for record_level, message in records:
        if record_level == level:
            yield message


def first_errors(lines, count):
    result = []
    for message in messages_at("ERROR", parse(lines)):
        result.append(message)
        if len(result) >= count:
            break
    return result
