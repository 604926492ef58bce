"""Tests for class_scope.py: methods reach class attributes through self (or the class), never as bare names."""

import pytest

from class_scope import RetryPolicy
from dojo.testing import assert_returns, call_kata


@pytest.mark.checklist("scope.legb")
def test_delays_double_each_attempt():
    assert_returns(call_kata(RetryPolicy().delays), [0.5, 1.0, 2.0], "RetryPolicy().delays()")


@pytest.mark.checklist("scope.legb")
def test_subclasses_can_change_the_policy():
    class Patient(RetryPolicy):
        attempts = 5
        base_delay = 1

    assert (returned := call_kata(Patient().delays)) == [1, 2, 4, 8, 16], (
        "delays() must read attempts and base_delay from the object it is called on, so a subclass "
        "that overrides them gets its own schedule"
    )
    assert_returns(returned, [1, 2, 4, 8, 16], "Patient().delays()")


@pytest.mark.checklist("scope.legb")
def test_an_instance_can_change_the_policy():
    policy = RetryPolicy()
    policy.attempts = 1
    assert_returns(call_kata(policy.delays), [0.5], "policy.delays()")
