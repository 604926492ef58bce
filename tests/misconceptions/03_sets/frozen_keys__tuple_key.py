"""Misconception: a tuple of the two towns is as good a key as a set of them.

checklist: sets.frozenset_key
"""


def road_lengths(roads: list) -> dict:
    return {(a, b): km for a, b, km in roads}  # (a, b) and (b, a) are different keys


def by_ingredients(recipes: dict) -> dict:
    groups: dict = {}
    for name, ingredients in recipes.items():
        groups.setdefault(tuple(ingredients), []).append(name)
    return groups
