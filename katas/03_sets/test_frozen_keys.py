"""Tests for frozen_keys.py: a frozenset key finds its value whatever order its elements came in."""

import pytest

from dojo.testing import call_kata
from frozen_keys import by_ingredients, road_lengths


@pytest.mark.checklist("sets.frozenset_key")
def test_a_road_is_found_from_either_end():
    lengths = call_kata(road_lengths, [("Ayr", "Bath", 5), ("Bath", "Cork", 7)])
    assert lengths.get(frozenset({"Ayr", "Bath"})) == 5 and lengths.get(frozenset({"Bath", "Ayr"})) == 5, (
        "the road between Ayr and Bath should be under the key frozenset({'Ayr', 'Bath'}), found from either end"
    )
    assert lengths.get(frozenset({"Cork", "Bath"})) == 7
    assert len(lengths) == 2, "two roads, two keys"


@pytest.mark.checklist("sets.frozenset_key")
def test_the_same_road_given_backwards_is_one_road():
    lengths = call_kata(road_lengths, [("Ayr", "Bath", 5), ("Bath", "Ayr", 6)])
    assert lengths == {frozenset({"Ayr", "Bath"}): 6}, (
        "Bath -> Ayr is the road Ayr -> Bath again: one key, and the later length wins"
    )


@pytest.mark.checklist("sets.frozenset_key")
def test_every_key_is_hashable_and_immutable():
    lengths = call_kata(road_lengths, [("Ayr", "Bath", 5)])
    assert all(type(key) is frozenset for key in lengths), "the keys should be frozensets"


@pytest.mark.checklist("sets.frozenset_key")
def test_recipes_with_the_same_ingredients_are_grouped():
    recipes = {
        "pancakes": ["egg", "flour", "milk"],
        "crepes": ["milk", "egg", "flour", "egg"],
        "omelette": ["egg"],
        "batter": ["flour", "milk", "egg"],
    }
    groups = call_kata(by_ingredients, recipes)
    assert groups == {
        frozenset({"egg", "flour", "milk"}): ["pancakes", "crepes", "batter"],
        frozenset({"egg"}): ["omelette"],
    }, "recipes with equal sets of ingredients share one key; names keep the order of the recipes dict"


@pytest.mark.checklist("sets.frozenset_key")
def test_the_groups_can_be_looked_up_with_a_set():
    groups = call_kata(by_ingredients, {"toast": ["bread", "butter"]})
    assert groups.get(frozenset(["butter", "bread"])) == ["toast"]
    assert call_kata(by_ingredients, {}) == {}, "no recipes, no groups"
