"""Tests for recording_proxy.py: __getattr__ only for what is missing, object.__setattr__ for the proxy's own state."""

import copy

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from recording_proxy import Recorder

pytestmark = pytest.mark.checklist("object_model.attribute_lookup")


class Television:
    def __init__(self):
        self.channel = None
        self._on = False

    def power(self):
        self._on = not self._on

    def is_on(self):
        return self._on


def test_reads_calls_and_assignments_reach_the_target_and_are_logged():
    tv = Television()
    remote = call_kata(Recorder, tv)
    call_kata(lambda: remote.power())
    call_kata(setattr, remote, "channel", 10)
    assert_returns(call_kata(getattr, remote, "channel"), 10, "remote.channel after remote.channel = 10")
    assert tv.is_on() and tv.channel == 10, "remote.power() and remote.channel = 10 must act on the television"
    assert_returns(call_kata(lambda: remote.is_on()), True, "remote.is_on()")
    assert_returns(call_kata(remote.messages), ["power", "channel", "channel", "is_on"], "remote.messages()")


def test_the_recorders_own_methods_log_nothing():
    remote = call_kata(Recorder, Television())
    call_kata(lambda: (remote.power(), remote.power()))
    call_kata(setattr, remote, "channel", 48)
    assert_returns(call_kata(remote.messages), ["power", "power", "channel"], "remote.messages()")
    assert_returns(call_kata(remote.messages), ["power", "power", "channel"], "remote.messages() asked a second time")
    assert_returns(
        [call_kata(remote.count, name) for name in ("power", "channel", "is_on")], [2, 1, 0], "count of power, channel, is_on"
    )
    assert "channel" not in vars(remote), "remote.channel = 48 belongs to the television, not to the recorder"


def test_a_missing_attribute_raises_attribute_error_and_is_logged():
    remote = call_kata(Recorder, Television())
    kata_raises(AttributeError, lambda: remote.no_such_method())
    assert_returns(call_kata(remote.messages), ["no_such_method"], "remote.messages() after the failed call")


def test_any_object_can_be_a_target():
    remote = call_kata(Recorder, "py ohio 2010")
    assert_returns(call_kata(lambda: remote.upper()), "PY OHIO 2010", "Recorder('py ohio 2010').upper()")
    assert_returns(call_kata(lambda: remote.split()), ["py", "ohio", "2010"], "Recorder('py ohio 2010').split()")
    assert_returns(call_kata(remote.messages), ["upper", "split"], "remote.messages()")


def test_a_recorder_made_without_init_does_not_recurse():
    blank = Recorder.__new__(Recorder)
    assert call_kata(hasattr, blank, "power") is False, (
        "a Recorder without a target has no attribute power: hasattr must say False (an AttributeError), "
        "not recurse into __getattr__ for the missing state"
    )
    tv = Television()
    remote = call_kata(Recorder, tv)
    twin = call_kata(copy.copy, remote)
    call_kata(lambda: twin.power())
    assert tv.is_on(), "copy.copy(remote).power() should reach the same television"
