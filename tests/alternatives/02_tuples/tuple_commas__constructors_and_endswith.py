"""Alternative: tuples from the tuple() constructor over a list, and str.endswith given the whole tuple.

The reference writes one-item tuples with a trailing comma and loops over the extensions with
any(). Here both tuples are built by `tuple([...])` (a list of exactly the wanted items, so no
comma to forget), accepts hands the tuple of extensions to endswith, which takes a tuple, and
shipping_cost returns its expression directly.
"""

ALLOWED_EXTENSIONS = tuple([".py"])


def single(item) -> tuple:
    return tuple([item])


def accepts(filename: str) -> bool:
    return filename.endswith(ALLOWED_EXTENSIONS)


def shipping_cost(weight_kg: float) -> float:
    return 4.5 + 1.25 * weight_kg
