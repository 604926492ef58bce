"""Misconception: checking "do I have enough?" at the top of the loop stops at the right moment.

By the time the loop body runs, the for statement has already pulled the next item: one more
error, and every line before it, is read and thrown away.

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
        if len(result) == count:
            break
        result.append(message)
    return result
