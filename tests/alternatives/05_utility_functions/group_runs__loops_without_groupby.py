"""Alternative: no groupby at all: a dict of lists for the initials, explicit loops for runs and groups.

The reference sorts and uses itertools.groupby three times. Here by_initial collects the words
per initial in one pass (each list keeps the input order) and returns the groups in alphabetical
order of initial; runs and grouped walk the input once, starting a new entry whenever the value
or the key differs from the previous one.
"""


def by_initial(words):
    groups = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    return {letter: groups[letter] for letter in sorted(groups)}


def runs(values):
    result = []
    for value in values:
        if result and result[-1][0] == value:
            result[-1] = (value, result[-1][1] + 1)
        else:
            result.append((value, 1))
    return result


def grouped(records, key):
    result = []
    for record in records:
        name = key(record)
        if result and result[-1][0] == name:
            result[-1][1].append(record)
        else:
            result.append((name, [record]))
    return result
