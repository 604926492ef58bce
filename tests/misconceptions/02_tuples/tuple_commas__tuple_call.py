"""Misconception: tuple(x) wraps x in a tuple, and parentheses around one value make a tuple.

tuple(x) iterates x: tuple("one") is ('o', 'n', 'e'), tuple(5) raises, tuple(a_list) copies its items.

checklist: tuples.one_tuple
"""

ALLOWED_EXTENSIONS = tuple(".py")


def single(item) -> tuple:
    return tuple(item) if isinstance(item, (str, list, tuple)) else (item,)


def accepts(filename: str) -> bool:
    return any(filename.endswith(extension) for extension in ALLOWED_EXTENSIONS)


def shipping_cost(weight_kg: float) -> float:
    cost = (4.5 + 1.25 * weight_kg)
    return cost
