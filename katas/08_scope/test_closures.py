"""Tests for closures.py: closures read their variables when called, not when made."""

import functools
import inspect

import pytest

from closures import captured_values, make_click_handlers, make_greeters, make_multipliers
from dojo.testing import call_kata


@pytest.mark.checklist("scope.closure_late_binding")
def test_each_multiplier_uses_its_own_factor():
    multipliers = call_kata(make_multipliers, 5)
    results = [call_kata(f, 10) for f in multipliers]
    assert results == [0, 10, 20, 30, 40], (
        "f_i(10) should be i * 10 for every i; if they all agree, they all read the same variable "
        "after the loop has finished"
    )


@pytest.mark.checklist("scope.closure_late_binding")
def test_multipliers_hide_their_factor():
    multipliers = call_kata(make_multipliers, 3)
    assert [call_kata(f, 1) for f in multipliers] == [0, 1, 2], "f_i(1) should be i"
    parameters = [list(inspect.signature(f).parameters) for f in multipliers]
    assert all(len(names) == 1 for names in parameters), (
        f"each multiplier should take exactly one argument, x; these take {parameters}. "
        "A default parameter like i=i works, but lets any caller change the factor: "
        "make the factor a variable of a scope of its own instead"
    )


@pytest.mark.checklist("scope.closure_late_binding")
def test_each_greeter_greets_its_own_name():
    greeters = call_kata(make_greeters, ["Ada", "Grace", "Linus"])
    assert {name: call_kata(greet) for name, greet in greeters.items()} == {
        "Ada": "Hello, Ada!",
        "Grace": "Hello, Grace!",
        "Linus": "Hello, Linus!",
    }
    parameters = {name: list(inspect.signature(greet).parameters) for name, greet in greeters.items()}
    assert all(not names for names in parameters.values()), (
        f"a greeter should take no arguments; these take {parameters}. A default like name=name works, "
        "but lets any caller greet someone else: make the name a variable of a scope of its own instead"
    )


@pytest.mark.checklist("scope.closure_late_binding")
def test_captured_values_reads_the_closure_cells():
    def outer():
        factor, label = 3, "triple"

        def inner(x):
            return f"{label}: {x * factor}"

        return inner

    assert call_kata(captured_values, outer()) == {"factor": 3, "label": "triple"}


@pytest.mark.checklist("scope.closure_late_binding")
def test_captured_values_sees_the_value_at_call_time():
    def make():
        count = 0

        def bump():
            nonlocal count
            count += 1

        return bump

    bump = make()
    bump()
    bump()
    assert call_kata(captured_values, bump) == {"count": 2}, "cells hold the current value, not the first one"


@pytest.mark.checklist("scope.closure_late_binding")
def test_captured_values_of_a_plain_function_is_empty():
    assert call_kata(captured_values, lambda x: x + 1) == {}


@pytest.mark.checklist("scope.closure_late_binding")
def test_captured_values_of_a_callable_without_code_is_empty():
    assert call_kata(captured_values, functools.partial(max, 3)) == {}, (
        "a functools.partial has no __code__ and closes over nothing: the answer is {}, not None"
    )
    assert call_kata(captured_values, len) == {}, "a built-in function closes over nothing: {}"


def click_recorder():
    clicks = []

    def on_click(label):
        clicks.append(label)
        return f"clicked {label}"

    return on_click, clicks


@pytest.mark.checklist("scope.closure_late_binding")
def test_each_click_handler_clicks_its_own_label():
    on_click, clicks = click_recorder()
    handlers = call_kata(make_click_handlers, ["ok", "cancel", "help"], on_click)
    assert sorted(handlers) == ["cancel", "help", "ok"], "one handler per label, keyed by the label"
    results = {label: call_kata(handler) for label, handler in handlers.items()}
    assert results == {"ok": "clicked ok", "cancel": "clicked cancel", "help": "clicked help"}, (
        f"the handlers returned {results}: if they all click the last label, they all read the loop's "
        "one variable after the loop ended"
    )


@pytest.mark.checklist("scope.closure_late_binding")
def test_click_handlers_call_on_click_at_each_click_and_only_then():
    on_click, clicks = click_recorder()
    handlers = call_kata(make_click_handlers, ["ok", "cancel"], on_click)
    assert clicks == [], (
        f"making the handlers already clicked {clicks}: calling on_click(label) while building them runs it "
        "too early. Store something that calls it later"
    )
    call_kata(handlers["ok"])
    call_kata(handlers["ok"])
    assert clicks == ["ok", "ok"], f"two clicks on ok should call on_click('ok') twice, not give {clicks}"

    parameters = list(inspect.signature(handlers["ok"]).parameters)
    assert parameters == [], (
        f"a handler should take no arguments; this one takes {parameters}. A default like label=label "
        "lets a caller click another label: use a factory function or functools.partial"
    )
