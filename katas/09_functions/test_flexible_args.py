"""Tests for flexible_args.py: * and ** collect in a def and spread in a call."""


import pytest

from dojo.testing import assert_returns, call_kata
from flexible_args import call_with_config, merge_options


@pytest.mark.checklist("functions.parameter_order")
def test_merge_returns_a_new_dict_and_leaves_base_alone():
    defaults = {"retries": 3, "timeout": 10}
    merged = call_kata(merge_options, defaults, timeout=30, verbose=True)
    assert merged == {"retries": 3, "timeout": 30, "verbose": True}, "the overrides replace or extend base's items"
    assert_returns(merged, {"retries": 3, "timeout": 30, "verbose": True}, "merged")
    assert defaults == {"retries": 3, "timeout": 10}, (
        f"merge_options changed the caller's dict to {defaults!r}; build a new dict instead"
    )


@pytest.mark.checklist("functions.parameter_order")
def test_merge_accepts_any_keyword_even_base():
    assert (returned := call_kata(merge_options, {"retries": 3}, base="/srv")) == {"retries": 3, "base": "/srv"}, (
        "base=... is an override like any other: the first parameter must not be reachable by keyword, "
        "so its name does not compete with **overrides"
    )
    assert_returns(returned, {"retries": 3, "base": "/srv"}, "merge_options({'retries': 3}, base='/srv')")


@pytest.mark.checklist("functions.parameter_order")
def test_call_with_config_passes_only_what_the_function_accepts():
    def open_pool(host, port=5432, *, size=4):
        return (host, port, size)

    config = {"host": "db", "size": 8, "debug": True}
    assert (returned := call_kata(call_with_config, open_pool, config)) == ("db", 5432, 8), (
        "host and size are accepted by keyword; debug is not a parameter of open_pool, so it is left out"
    )
    assert_returns(returned, ("db", 5432, 8), "call_with_config(open_pool, config)")
    assert config == {"host": "db", "size": 8, "debug": True}, "call_with_config must not change config"


@pytest.mark.checklist("functions.parameter_order")
def test_call_with_config_passes_everything_to_kwargs():
    def record(name, **extra):
        return name, extra

    assert (returned := call_kata(call_with_config, record, {"name": "job", "retries": 2, "owner": "ops"})) == (
        "job",
        {"retries": 2, "owner": "ops"},
    ), "a function with **kwargs accepts every key: pass them all"
    assert_returns(returned, (
        "job",
        {"retries": 2, "owner": "ops"},
    ), "call_with_config(...)")


@pytest.mark.checklist("functions.parameter_order")
def test_call_with_config_never_passes_positional_only_or_star_args_names():
    def pool(first="a", /, *hosts, size=4):
        return first, hosts, size

    config = {"first": "x", "hosts": ("h",), "size": 8}
    assert (returned := call_kata(call_with_config, pool, config)) == ("a", (), 8), (
        "only size can be passed as a keyword: first is positional-only and *hosts has no name a caller "
        "can use, so passing them by keyword raises TypeError. Look at each parameter's kind"
    )
    assert_returns(returned, ("a", (), 8), "call_with_config(pool, config)")
