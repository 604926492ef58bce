"""Tests for dict_lookups.py: get(key, default) for a missing key, `in` for presence, never truthiness."""

import pytest

from dict_lookups import nickname, stock_level, timeout_for
from dojo.testing import assert_returns, call_kata

CHECK = pytest.mark.checklist("dictionaries.helpers")


@CHECK
def test_stock_level_of_an_unlisted_item_is_zero():
    stock = {"apples": 4, "pears": 0}
    got = call_kata(stock_level, stock, "kiwis")
    assert got == 0, "an item the dict does not list has 0 in stock; `stock[item]` raises KeyError for it"
    assert_returns(got, 0, 'stock_level(stock, "kiwis")')
    assert (call_kata(stock_level, stock, "apples"), call_kata(stock_level, stock, "pears")) == (4, 0)
    assert stock == {"apples": 4, "pears": 0}, "looking an item up must not add it to the stock"


@CHECK
def test_timeout_zero_is_a_setting():
    got = call_kata(timeout_for, {"timeout": 0})
    assert got == 0, "timeout 0 is set, and means never wait: `settings.get('timeout') or 30` turns every falsy value into the default"
    assert_returns(got, 0, 'timeout_for({"timeout": 0})')


@CHECK
def test_timeout_defaults_only_when_missing():
    got = call_kata(timeout_for, {})
    assert got == 30, "with no timeout set, the timeout is 30"
    assert_returns(got, 30, "timeout_for({})")
    got = call_kata(timeout_for, {"timeout": 2.5, "retries": 0})
    assert got == 2.5, "a timeout that is set is returned"
    assert_returns(got, 2.5, 'timeout_for({"timeout": 2.5, "retries": 0})')
    got = call_kata(timeout_for, {"timeout": 0.0})
    assert got == 0.0, "a timeout of 0.0 is set: return it, not the default"
    assert_returns(got, 0.0, 'timeout_for({"timeout": 0.0})')


@CHECK
def test_an_empty_nickname_is_still_a_nickname():
    got = call_kata(nickname, {"name": "Ada Lovelace", "nickname": ""})
    assert got == "", "the profile has a nickname, the empty string: presence is `key in d`, not the truth of the value"
    assert_returns(got, "", 'nickname({"name": "Ada Lovelace", "nickname": ""})')


@CHECK
def test_nickname_or_name():
    assert_returns(
        call_kata(nickname, {"name": "Ada Lovelace", "nickname": "ada"}), "ada", 'nickname({"name": "Ada Lovelace", "nickname": "ada"})'
    )
    got = call_kata(nickname, {"name": "Grace Hopper"})
    assert got == "Grace Hopper", "without a nickname, the name"
    assert_returns(got, "Grace Hopper", 'nickname({"name": "Grace Hopper"})')
    assert call_kata(nickname, {"name": "Linus", "nickname": None}) is None, "a nickname stored as None is still stored: return it"
