"""Tests for match_commands.py: patterns test shape and values, bare names capture, guards filter."""

from http import HTTPStatus

from dojo.testing import assert_returns, call_kata
from match_commands import classify_status, route


def test_go_moves_only_in_known_directions():
    assert (returned := call_kata(route, ["go", "north"])) == ("move", "north"), "['go', 'north'] moves north"
    assert_returns(returned, ("move", "north"), "route(['go', 'north'])")
    assert (returned := call_kata(route, ["go", "west"])) == ("move", "west"), "['go', 'west'] moves west"
    assert_returns(returned, ("move", "west"), "route(['go', 'west'])")
    assert (returned := call_kata(route, ["go", "up"])) == ("error", "cannot go up"), (
        "'up' is not in DIRECTIONS: ['go', 'up'] is the error ('error', 'cannot go up')"
    )
    assert_returns(returned, ("error", "cannot go up"), "route(['go', 'up'])")


def test_take_captures_every_item():
    assert (returned := call_kata(route, ["take", "lamp"])) == ("take", ("lamp",)), "one item becomes a 1-tuple"
    assert_returns(returned, ("take", ("lamp",)), "route(['take', 'lamp'])")
    assert (returned := call_kata(route, ["take", "lamp", "key", "map"])) == ("take", ("lamp", "key", "map")), (
        "every item after 'take' is taken, in order"
    )
    assert_returns(returned, ("take", ("lamp", "key", "map")), "route(['take', 'lamp', 'key', 'map'])")
    assert (returned := call_kata(route, ["take"])) == ("error", "unknown command"), "'take' needs at least one item"
    assert_returns(returned, ("error", "unknown command"), "route(['take'])")


def test_quit_has_two_spellings_and_anything_else_is_unknown():
    assert (returned := call_kata(route, ["quit"])) == ("quit",), "['quit'] quits"
    assert_returns(returned, ("quit",), "route(['quit'])")
    assert (returned := call_kata(route, ["exit"])) == ("quit",), "['exit'] quits too"
    assert_returns(returned, ("quit",), "route(['exit'])")
    for command in (["quit", "now"], ["go"], [], ["dance"], "quit"):
        assert (returned := call_kata(route, command)) == ("error", "unknown command"), (
            f"{command!r} matches no command shape: expected ('error', 'unknown command'); "
            "note that a string is never matched by a sequence pattern"
        )
        assert_returns(returned, ("error", "unknown command"), "route(command)")


def test_named_statuses():
    expected = {200: "ok", 429: "retry", 503: "retry"}
    got = {code: call_kata(classify_status, code) for code in expected}
    assert got == expected, f"classify_status gave {got}: 200 (OK) is 'ok', 429 and 503 mean 'retry'"
    assert (returned := call_kata(classify_status, HTTPStatus.OK)) == "ok", "the enum member HTTPStatus.OK itself is 'ok' too"
    assert_returns(returned, "ok", "classify_status(HTTPStatus.OK)")


def test_other_codes_fall_into_ranges_or_unknown():
    expected = {
        400: "client error", 404: "client error", 499: "client error",
        500: "server error", 502: "server error", 599: "server error",
        302: "unknown", 600: "unknown", 99: "unknown",
    }
    got = {code: call_kata(classify_status, code) for code in expected}
    wrong = {code: answer for code, answer in got.items() if answer != expected[code]}
    assert not wrong, (
        f"classify_status got these wrong: {wrong}. 4xx codes are 'client error', 5xx 'server error', "
        "everything else 'unknown'; a case that matches everything must come last"
    )
