"""Tests for error_chaining.py: __cause__, __context__, __suppress_context__ and notes, read from the exceptions."""

import traceback

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from error_chaining import ConfigError, load_config, load_named, setting

GOOD = ["# ports", "http = 80", "", "  https =443  "]


def _traceback_text(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


@pytest.mark.checklist("error_handling.raise_not_return")
def test_good_lines_parse():
    assert_returns(call_kata(load_config, GOOD), {"http": 80, "https": 443}, 'load_config(GOOD)')
    assert_returns(call_kata(load_config, []), {}, 'load_config([])')


@pytest.mark.checklist("error_handling.raise_not_return")
def test_a_bad_number_raises_configerror_caused_by_the_valueerror():
    error = kata_raises(ConfigError, load_config, ["http = 80", "https = four-four-three"])
    assert "line 2" in str(error), f"the message should say 'line 2', got {str(error)!r}"
    assert isinstance(error.__cause__, ValueError), (
        f"__cause__ is {error.__cause__!r}: raise ConfigError(...) from the ValueError int() raised, so the "
        "traceback shows it as the direct cause"
    )
    assert "four-four-three" in str(error.__cause__), "the cause should be int()'s own ValueError, naming the bad text"


@pytest.mark.checklist("error_handling.raise_not_return")
def test_a_line_without_equals_is_an_error_too():
    error = kata_raises(ConfigError, load_config, ["# ok", "", "just words"])
    assert "line 3" in str(error), f"blank and comment lines count: the message should say 'line 3', got {str(error)!r}"
    assert isinstance(error.__cause__, ValueError), f"__cause__ should be a ValueError, got {error.__cause__!r}"


def test_the_cause_shows_in_the_traceback():
    error = kata_raises(ConfigError, load_config, ["port = eighty"])
    text = _traceback_text(error)
    assert "direct cause" in text, (
        "the traceback should say 'The above exception was the direct cause of the following exception': "
        "that is what `from error` writes; implicit chaining says 'During handling ...' instead"
    )


def test_a_missing_setting_hides_the_keyerror():
    error = kata_raises(ConfigError, setting, {"http": 80}, "https")
    assert "'https'" in str(error), f"the message should name the missing setting, got {str(error)!r}"
    assert error.__cause__ is None and error.__suppress_context__, (
        "the KeyError is an implementation detail: `raise ConfigError(...) from None` sets __suppress_context__ "
        f"(here {error.__suppress_context__}) and leaves no __cause__ (here {error.__cause__!r})"
    )
    assert "KeyError" not in _traceback_text(error), "the printed traceback should not mention the KeyError"


def test_from_none_hides_but_keeps_the_context():
    error = kata_raises(ConfigError, setting, {}, "port")
    assert isinstance(error.__context__, KeyError), (
        f"__context__ is {error.__context__!r}: raise the ConfigError inside the except KeyError block; "
        "`from None` hides the context from the traceback, it does not erase it"
    )
    assert_returns(call_kata(setting, {"port": 8080}, "port"), 8080, 'setting({"port": 8080}, "port")')


def test_load_named_adds_a_note_to_the_same_exception():
    error = kata_raises(ConfigError, load_named, "app.ini", ["port = eighty"])
    assert getattr(error, "__notes__", None) == ["while loading app.ini"], (
        f"__notes__ is {getattr(error, '__notes__', None)!r}: add one note with error.add_note(...)"
    )
    assert isinstance(error.__cause__, ValueError) and "line 1" in str(error), (
        "load_named should re-raise load_config's own ConfigError (a bare `raise`), keeping its message and cause"
    )
    assert "while loading app.ini" in _traceback_text(error), "the note should be printed with the traceback"


def test_load_named_passes_good_configs_through():
    assert_returns(call_kata(load_named, "app.ini", GOOD), {"http": 80, "https": 443}, 'load_named("app.ini", GOOD)')


@pytest.mark.checklist("error_handling.raise_not_return")
def test_a_line_with_no_name_before_the_equals_is_an_error():
    error = kata_raises(ConfigError, load_config, ["http = 80", "  = 443"])
    assert "line 2" in str(error), f"the message should say 'line 2', got {str(error)!r}"
    assert isinstance(error.__cause__, ValueError), f"__cause__ should be a ValueError, got {error.__cause__!r}"


class RemoteSettings(dict):
    """Settings cached in a dict; a name not cached is asked of a remote store, which is down."""

    def __missing__(self, name):
        raise ConnectionError(f"the settings store did not answer for {name!r}")


@pytest.mark.checklist("error_handling.bare_except")
def test_setting_translates_only_the_keyerror():
    error = kata_raises(ConnectionError, setting, RemoteSettings(http=80), "https")
    assert "did not answer" in str(error), f"expected the store's own ConnectionError, got {error!r}"
    assert_returns(call_kata(setting, RemoteSettings(http=80), "http"), 80, 'setting(RemoteSettings(http=80), "http")')
