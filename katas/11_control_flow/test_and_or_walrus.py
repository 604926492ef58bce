"""Tests for and_or_walrus.py: `and`/`or` return one of their operands; `:=` binds more loosely than comparisons."""

from and_or_walrus import DEFAULT_TIMEOUT, all_checks_passed, flag_enabled, is_admin, parse_numbers, pick_timeout, read_blocks
from dojo.testing import assert_returns, call_kata


def test_pick_timeout_keeps_a_zero_timeout():
    assert (returned := call_kata(pick_timeout, {"timeout": 0})) == 0, (
        "a configured timeout of 0 means 'do not wait': it must not be replaced by the default "
        "just because 0 is falsy"
    )
    assert_returns(returned, 0, "pick_timeout({'timeout': 0})")
    assert (returned := call_kata(pick_timeout, {"timeout": 5})) == 5, "a configured timeout is returned as it is"
    assert_returns(returned, 5, "pick_timeout({'timeout': 5})")
    assert (returned := call_kata(pick_timeout, {})) == DEFAULT_TIMEOUT, "no timeout key: use DEFAULT_TIMEOUT"
    assert_returns(returned, DEFAULT_TIMEOUT, "pick_timeout({})")
    assert (returned := call_kata(pick_timeout, {"timeout": None})) == DEFAULT_TIMEOUT, (
        "a timeout of None is not configured: use DEFAULT_TIMEOUT"
    )
    assert_returns(returned, DEFAULT_TIMEOUT, "pick_timeout({'timeout': None})")


def test_is_admin_always_returns_a_bool():
    answers = {
        "None": call_kata(is_admin, None),
        "{}": call_kata(is_admin, {}),
        "a guest": call_kata(is_admin, {"role": "guest"}),
        "an admin": call_kata(is_admin, {"role": "admin"}),
    }
    not_bools = {user: answer for user, answer in answers.items() if not isinstance(answer, bool)}
    assert not not_bools, (
        f"is_admin returned {not_bools}: `and` hands back the operand that decided the result, "
        "which need not be a bool"
    )
    assert answers == {"None": False, "{}": False, "a guest": False, "an admin": True}, (
        f"only the admin is an admin: got {answers}"
    )


def test_read_blocks_returns_the_data_and_stops_at_the_end():
    chunks = iter([b"abc", b"de", b"", b"never read"])
    calls = []

    def read(size):
        calls.append(size)
        return next(chunks)

    blocks = call_kata(read_blocks, read, 3)
    assert blocks == [b"abc", b"de"], (
        f"read_blocks returned {blocks}: it should return the blocks of bytes that read() returned, in order"
    )
    assert_returns(blocks, [b"abc", b"de"], "blocks")
    assert calls == [3, 3, 3], f"read was called {len(calls)} times: twice for data, once for the empty end"


def test_parse_numbers_converts_each_token_once_and_keeps_zero():
    converted = []

    def convert(token):
        converted.append(token)
        return int(token) if token.lstrip("-").isdigit() else None

    tokens = ["3", "x", "0", "-2", ""]
    numbers = call_kata(parse_numbers, tokens, convert)
    assert numbers == [3, 0, -2], f"parse_numbers returned {numbers}: every number, 0 included, and no None"
    assert_returns(numbers, [3, 0, -2], "numbers")
    assert converted == tokens, (
        f"convert was called on {converted}: once per token is enough when the result is kept in a name"
    )


def test_flag_enabled_reads_the_text_not_its_truthiness():
    env = {"A": "1", "B": "TRUE", "C": " yes ", "D": "0", "E": "false", "F": "", "G": "no", "H": "off"}
    got = {name: call_kata(flag_enabled, env, name) for name in [*env, "MISSING"]}
    expected = {"A": True, "B": True, "C": True, "D": False, "E": False, "F": False, "G": False, "H": False, "MISSING": False}
    assert got == expected, (
        f"flag_enabled gave {got}: every non-empty string is truthy, '0' and 'false' included; "
        "look at what the text says"
    )
    assert all(type(value) is bool for value in got.values()), "the answer is always a real bool"


def test_all_checks_passed_needs_at_least_one_check():
    assert call_kata(all_checks_passed, []) is False, (
        "no check ran, so the run has not passed; but all([]) is True: there is no failing check in it"
    )
    answers = [call_kata(all_checks_passed, results) for results in ([True], [True, True], [True, False], [False])]
    assert answers == [True, True, False, False], f"one or more checks: passed only when all passed, not {answers}"
