"""Reference solution for frozen_keys.py."""


def road_lengths(roads: list) -> dict:
    """Map each road (the frozenset of its two towns) to its length; a later triple wins."""
    return {frozenset((a, b)): km for a, b, km in roads}


def by_ingredients(recipes: dict) -> dict:
    """Group recipe names by their set of ingredients, names in input order."""
    groups: dict = {}
    for name, ingredients in recipes.items():
        groups.setdefault(frozenset(ingredients), []).append(name)
    return groups
