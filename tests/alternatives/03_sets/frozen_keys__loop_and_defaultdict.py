"""Alternative: an explicit loop for the roads, a defaultdict converted to a plain dict for the recipes.

The reference uses a dict comprehension and setdefault. Here each road is stored with a plain
assignment (so a later triple for the same two towns replaces the earlier one), and the recipes
are grouped in a defaultdict(list) that is handed back as a plain dict.
"""

from collections import defaultdict


def road_lengths(roads: list) -> dict:
    lengths = {}
    for town_a, town_b, km in roads:
        lengths[frozenset({town_a, town_b})] = km
    return lengths


def by_ingredients(recipes: dict) -> dict:
    groups = defaultdict(list)
    for name, ingredients in recipes.items():
        groups[frozenset(ingredients)].append(name)
    return dict(groups)
