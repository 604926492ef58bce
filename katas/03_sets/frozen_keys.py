"""Kata: frozenset where a set must be a key.

Task: implement road_lengths and by_ingredients. Both key a dict by a set of things whose
order means nothing, so the key must be a set that can never change: a frozenset.

frozenset(iterable) is hashable and compares equal to any set or frozenset with the same
elements: frozenset({"a", "b"}) == frozenset(["b", "a", "a"]).
"""


def road_lengths(roads: list) -> dict:
    """Map each road to its length. roads holds (town, town, km) triples; a road has no direction,
    so the key is frozenset({town_a, town_b}), and a later triple for the same two towns wins.

    road_lengths([("A", "B", 5)])[frozenset({"B", "A"})] == 5
    """
    raise NotImplementedError("road_lengths: map each road, whichever way it is written, to its length")


def by_ingredients(recipes: dict) -> dict:
    """Group recipe names by their set of ingredients: {frozenset of ingredients: [names, in input order]}.

    recipes maps a name to a list of ingredients; order and repeats in that list do not matter.
    """
    raise NotImplementedError("by_ingredients: group the recipe names that use the same ingredients")
