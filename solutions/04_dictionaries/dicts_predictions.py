"""Reference predictions for dicts_predictions.py."""

from dojo import predict


@predict("{1: 'bool'}")
def equal_keys():
    flags = {1: "one", 1.0: "float", True: "bool"}
    print(flags)


@predict("['apples', 'pears', 'figs']")
def reassign_keeps_the_place():
    stock = {"apples": 1, "pears": 2}
    stock["apples"] = 5
    stock["figs"] = 0
    print(list(stock))


@predict(RuntimeError)
def delete_while_iterating():
    ages = {"ada": 36, "alan": 41, "grace": 85}
    for name in ages:
        if ages[name] > 40:
            del ages[name]
    print(ages)


@predict("3 {'a': ['ant', 'ape'], 'b': ['bee']}")
def setdefault_default_runs_every_time():
    made = []

    def new_list():
        made.append("made")
        return []

    groups = {}
    for word in ["ant", "ape", "bee"]:
        groups.setdefault(word[0], new_list()).append(word)
    print(len(made), groups)


@predict("{'red': ['ada'], 'blue': ['ada']}")
def fromkeys_shares_its_value():
    teams = dict.fromkeys(["red", "blue"], [])
    teams["red"].append("ada")
    print(teams)


@predict("2 True")
def views_are_live():
    config = {"host": "db"}
    keys = config.keys()
    config["port"] = 5432
    print(len(keys), "port" in keys)


@predict("True False True")
def order_and_equality():
    from collections import OrderedDict

    a, b = {"x": 1, "y": 2}, {"y": 2, "x": 1}
    print(a == b, OrderedDict(a) == OrderedDict(b), OrderedDict(a) == b)


@predict("1 True")
def defaultdict_reads_insert():
    from collections import defaultdict

    seen = defaultdict(int)
    if seen["ghost"] == 0:
        print(len(seen), "ghost" in seen)


@predict("0 3 [('a', 3)]")
def counter_missing_key():
    from collections import Counter

    letters = Counter("banana")
    print(letters["z"], len(letters), letters.most_common(1))


@predict("True False")
def values_views_compare_by_identity():
    prices = {"tea": 2}
    print(prices.keys() == prices.keys(), prices.values() == prices.values())


@predict("{'retries': 3, 'timeout': 30, 'debug': True}")
def union_takes_the_right_value():
    defaults = {"retries": 3, "timeout": 10}
    print(defaults | {"timeout": 30, "debug": True})


@predict("1 True True")
def deleting_keys_keeps_the_table():
    import sys

    sessions = {number: "token" for number in range(10_000)}
    full = sys.getsizeof(sessions)
    for number in range(1, 10_000):
        del sessions[number]
    print(len(sessions), sys.getsizeof(sessions) == full, sys.getsizeof(dict(sessions)) < full)


@predict("1 1 9999")
def deleting_one_key_of_ten_thousand():
    calls = []

    class Key:
        def __init__(self, number):
            self.number = number

        def __hash__(self):
            calls.append("hash")
            return hash(self.number)

        def __eq__(self, other):
            calls.append("eq")
            return self.number == other.number

    table = {Key(number): number for number in range(10_000)}
    calls.clear()
    del table[Key(5_000)]
    print(calls.count("hash"), calls.count("eq"), len(table))


@predict("Key False\nClash True")
def keys_that_share_one_hash():
    compared = 0

    class Key:
        def __init__(self, number):
            self.number = number

        def __hash__(self):
            return hash(self.number)

        def __eq__(self, other):
            nonlocal compared
            compared += 1
            return self.number == other.number

    class Clash(Key):
        def __hash__(self):
            return 42

    for kind in (Key, Clash):
        table = {kind(number): number for number in range(100)}
        compared = 0
        table[kind(99)]
        print(kind.__name__, compared > 50)
