"""Tests for frozen_keys.py: a frozenset key finds its value whatever order its elements came in."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import assert_returns, call_kata
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
    assert lengths == {frozenset({"Ayr", "Bath"}): 6}, "Bath -> Ayr is the road Ayr -> Bath again: one key, and the later length wins"
    assert_returns(lengths, {frozenset({"Ayr", "Bath"}): 6}, 'road_lengths([("Ayr", "Bath", 5), ("Bath", "Ayr", 6)])')


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
    expected = {
        frozenset({"egg", "flour", "milk"}): ["pancakes", "crepes", "batter"],
        frozenset({"egg"}): ["omelette"],
    }
    assert groups == expected, "recipes with equal sets of ingredients share one key; names keep the order of the recipes dict"
    assert_returns(groups, expected, "by_ingredients(recipes)")


@pytest.mark.checklist("sets.frozenset_key")
def test_the_groups_can_be_looked_up_with_a_set():
    groups = call_kata(by_ingredients, {"toast": ["bread", "butter"]})
    assert groups.get(frozenset(["butter", "bread"])) == ["toast"]
    got = call_kata(by_ingredients, {})
    assert got == {}, "no recipes, no groups"
    assert_returns(got, {}, "by_ingredients({})")


towns = st.sampled_from(["Ayr", "Bath", "Cork", "Derry"])
foods = st.lists(st.sampled_from(["egg", "flour", "milk", "salt"]), max_size=5)


@pytest.mark.checklist("sets.frozenset_key")
@kata_properties
@given(
    st.lists(st.tuples(towns, towns, st.integers(1, 9)), max_size=8),
    st.dictionaries(st.sampled_from(["a", "b", "c", "d", "e"]), foods, max_size=5),
)
@example(roads=[("Ayr", "Bath", 1), ("Bath", "Ayr", 2)], recipes={"a": ["egg", "milk"], "b": ["milk", "egg", "egg"]})
def test_keys_on_generated_roads_and_recipes(roads, recipes):
    lengths = call_kata(road_lengths, list(roads))
    for a, b, _ in roads:
        last = [km for x, y, km in roads if {x, y} == {a, b}][-1]
        assert lengths.get(frozenset({b, a})) == last, (
            f"road_lengths({roads}): the road between {a} and {b} is found from either end, with its last length"
        )
    assert len(lengths) == len({frozenset((a, b)) for a, b, _ in roads}), f"road_lengths({roads}): one key per road"
    groups = call_kata(by_ingredients, dict(recipes))
    assert sorted(name for names in groups.values() for name in names) == sorted(recipes), (
        f"by_ingredients({recipes}): every recipe name appears exactly once"
    )
    for key, names in groups.items():
        assert names == [n for n in recipes if frozenset(recipes[n]) == key], (
            f"by_ingredients({recipes}): the names under {set(key) or '{}'} are the recipes with exactly those "
            "ingredients, in the order of the recipes dict"
        )
