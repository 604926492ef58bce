"""Tests for lookup_styles.py: the check-then-use window and the cost, both shown by counting lookups.

The settings are a mapping that counts every lookup (__contains__, __getitem__, get, keys
and iteration each count one). A vanishing mapping says it holds a key and then loses it
before the read, which is what another thread can do between an LBYL check and its use.
"""

from dojo.testing import assert_returns, call_kata, kata_raises
from lookup_styles import read_setting


class CountingSettings:
    """A read-only mapping that counts lookups; with vanish=True a key disappears right after a membership test."""

    def __init__(self, data: dict, vanish: bool = False):
        self.data = dict(data)
        self.vanish = vanish
        self.lookups = 0

    def __contains__(self, key):
        self.lookups += 1
        found = key in self.data
        if self.vanish:
            self.data.pop(key, None)  # someone else removed it, just after we looked
        return found

    def __getitem__(self, key):
        self.lookups += 1
        return self.data[key]

    def get(self, key, default=None):
        self.lookups += 1
        return self.data.get(key, default)

    def keys(self):
        self.lookups += 1
        return list(self.data)

    def __iter__(self):
        self.lookups += 1
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)


def test_a_present_setting_costs_one_lookup():
    settings = CountingSettings({"port": 8080})
    assert_returns(call_kata(read_setting, settings, "port"), 8080, 'read_setting(settings, "port")')
    assert settings.lookups == 1, (
        f"reading a present setting made {settings.lookups} lookups: `if name in settings: settings[name]` "
        "looks twice; try the read and handle KeyError"
    )


def test_a_missing_setting_gives_the_default():
    settings = CountingSettings({"port": 8080})
    assert_returns(call_kata(read_setting, settings, "host", "localhost"), "localhost", 'read_setting(settings, "host", "localhost")')
    assert call_kata(read_setting, settings, "host") is None
    assert_returns(call_kata(read_setting, settings, "port", 80), 8080, 'read_setting(settings, "port", 80)')
    assert settings.lookups == 3, f"three reads made {settings.lookups} lookups: one each is enough"


def test_a_setting_removed_between_check_and_use():
    settings = CountingSettings({"port": 8080}, vanish=True)
    result = call_kata(read_setting, settings, "port", 80)
    assert result == 80 or result == 8080, f"got {result!r}"
    assert settings.lookups == 1, (
        "the key was there when checked and gone when read: look it up once, in a try, "
        "so there is no moment between the check and the use"
    )


def test_a_falsy_value_is_still_a_value():
    settings = CountingSettings({"debug": 0, "name": "", "items": None})
    read = read_setting
    assert [call_kata(read, settings, key, "default") for key in ("debug", "name", "items")] == [0, "", None], (
        "0, '' and None are values that are set: return them, not the default"
    )
    assert settings.lookups == 3


def test_errors_other_than_a_missing_key_are_not_hidden():
    class Broken(CountingSettings):
        def __getitem__(self, key, default=None):
            self.lookups += 1
            raise RuntimeError("settings store is down")

        get = __getitem__

    broken = Broken({"port": 1})
    kata_raises(RuntimeError, read_setting, broken, "port", "x")
    assert broken.lookups == 1, f"{broken.lookups} lookups: one read, and its RuntimeError reaches the caller"
