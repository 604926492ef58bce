"""Tests for live_sessions.py: a weak registry finds live objects and lets them go."""

import gc
import weakref

import pytest

from dojo.testing import assert_returns, call_kata
from live_sessions import Session

pytestmark = pytest.mark.checklist("object_model.weak_references")


def live_ids():
    found = call_kata(Session.live)
    assert type(found) is list, f"Session.live() should return a list, not a {type(found).__name__}"
    return [session.id for session in found]


def test_find_returns_the_very_session():
    ada = call_kata(Session, "ada")
    assert call_kata(Session.find, ada.id) is ada, "Session.find(ada.id) must return ada herself"
    assert call_kata(Session.find, 10**9) is None, "an id that never existed gives None"


def test_two_sessions_of_one_user_are_both_registered():
    first, second = call_kata(Session, "ada"), call_kata(Session, "ada")
    assert first == second, "sessions of one user are equal (keep Session.__eq__)"
    assert call_kata(Session.find, first.id) is first and call_kata(Session.find, second.id) is second, (
        "two equal sessions are still two sessions: find each one by its own id"
    )
    assert {first.id, second.id} <= set(live_ids()), "both sessions are live"


def test_a_freed_session_disappears():
    bob = call_kata(Session, "bob")
    bob_id, ref = bob.id, weakref.ref(bob)
    assert bob_id in live_ids()
    del bob
    gc.collect()
    assert ref() is None, (
        "bob's session is still alive after its last reference went away: the registry holds it. "
        "A registry of live objects must hold them weakly"
    )
    assert call_kata(Session.find, bob_id) is None, "a freed session cannot be found"
    assert bob_id not in live_ids(), "a freed session is not live"


def test_live_is_ordered_by_id():
    sessions = [call_kata(Session, user) for user in ("cy", "di", "cy")]
    ids = live_ids()
    assert ids == sorted(ids), f"Session.live() should be ordered by id: {ids}"
    mine = {session.id for session in sessions}
    listed = [session for session in call_kata(Session.live) if session.id in mine]
    assert len(listed) == 3 and all(a is b for a, b in zip(listed, sessions)), (
        "Session.live() lists the very sessions made here, two equal ones included, in the order of their ids"
    )
