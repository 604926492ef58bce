"""Tests for weak_callbacks.py: a bound method is a new object on every read; WeakMethod follows its object."""

import gc
import types
import weakref

import pytest

from dojo.testing import assert_returns, call_kata
from weak_callbacks import Hub

pytestmark = pytest.mark.checklist("object_model.weak_references", "object_model.methods")


class Listener:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def on_event(self, event):
        self.log.append((self.name, event))


def test_functions_and_methods_are_called_in_order():
    log = []
    hub = Hub()
    ada = Listener("ada", log)

    def audit(event):
        log.append(("audit", event))

    call_kata(hub.subscribe, ada.on_event)
    call_kata(hub.subscribe, audit)
    assert_returns(call_kata(hub.emit, "start"), 2, "hub.emit('start') (how many callbacks were called)")
    assert log == [("ada", "start"), ("audit", "start")], f"every callback, in subscription order: {log}"


def test_a_live_object_is_called_though_nobody_holds_its_bound_method():
    log = []
    hub = Hub()
    ada = Listener("ada", log)
    call_kata(hub.subscribe, ada.on_event)  # the bound method made here is referred to by nothing else
    gc.collect()
    assert_returns(call_kata(hub.emit, "tick"), 1, "hub.emit('tick') while ada lives")
    assert log == [("ada", "tick")], (
        "ada is alive, yet her callback was not called. `ada.on_event` builds a new bound method on each "
        "read, so a weak reference to that bound method dies at once: keep a weak reference that follows ada"
    )


def test_the_hub_does_not_keep_a_listener_alive():
    log = []
    hub = Hub()
    ada, bob = Listener("ada", log), Listener("bob", log)
    call_kata(hub.subscribe, ada.on_event)
    call_kata(hub.subscribe, bob.on_event)
    ref = weakref.ref(ada)
    del ada
    gc.collect()
    assert ref() is None, (
        "ada is still alive after her last reference went away: the hub holds her. A bound method holds its "
        "object (its __self__), so keeping the bound method keeps the listener"
    )
    assert_returns(call_kata(hub.emit, "tick"), 1, "hub.emit('tick') after ada was freed (bob still lives)")
    assert log == [("bob", "tick")], f"{log}: a freed listener is never called, and the ones after it still are"


def dead_references_held_by(hub):
    """Count the weak references to freed objects that the hub still holds, however it stores them."""
    opaque = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.CodeType)
    seen, todo, dead = set(), [hub], 0
    while todo:
        obj = todo.pop()
        if id(obj) in seen or isinstance(obj, opaque):
            continue
        seen.add(id(obj))
        if isinstance(obj, weakref.ref):
            dead += obj() is None
        else:
            todo.extend(gc.get_referents(obj))
    return dead


def test_the_hub_forgets_freed_listeners():
    log = []
    hub = Hub()
    for number in range(20):
        call_kata(hub.subscribe, Listener(number, log).on_event)  # each listener is freed at once
    gc.collect()
    assert_returns(call_kata(hub.emit, "tick"), 0, "hub.emit('tick') after every listener was freed")
    dead = dead_references_held_by(hub)
    assert dead == 0, (
        f"after emit, the hub still holds {dead} weak references to freed listeners: they cost nothing to "
        "call, but a hub whose listeners come and go grows forever. Drop a reference once it is dead"
    )


def test_the_same_method_twice_is_one_subscription():
    log = []
    hub = Hub()
    ada, bob = Listener("ada", log), Listener("bob", log)
    for callback in (ada.on_event, ada.on_event, bob.on_event):
        call_kata(hub.subscribe, callback)
    assert_returns(call_kata(hub.emit, "go"), 2, "hub.emit('go') after subscribing ada twice and bob once")
    assert log == [("ada", "go"), ("bob", "go")], (
        f"{log}: ada.on_event is not ada.on_event (two bound methods), but they are equal: same __self__, same __func__"
    )
