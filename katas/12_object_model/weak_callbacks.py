"""Kata: an event hub that does not keep its listeners alive.

Task: implement Hub, which calls back whoever subscribed when an event is emitted:

- subscribe(callback) takes a plain function or a bound method (listener.on_event);
- emit(event) calls every callback still alive with the event, in the order they subscribed,
  and returns how many it called;
- the hub must never keep a listener alive: once nothing else refers to an object, it is
  freed, and its bound methods are not called any more; by the next emit, the hub has let go
  of every trace of it, so a hub whose listeners come and go does not keep growing;
- as long as the object lives, its bound method is called, even though the caller kept no
  reference to the bound method itself;
- subscribing the same method of the same object twice (listener.on_event, twice) subscribes
  it once; two different objects are two subscriptions.

Read `listener.on_event is listener.on_event` in a shell before you start.
"""


class Hub:
    def __init__(self):
        self._callbacks = []

    def subscribe(self, callback) -> None:
        raise NotImplementedError("Hub.subscribe: remember callback without keeping its object alive")

    def emit(self, event) -> int:
        raise NotImplementedError("Hub.emit: call every live callback with event; return how many were called")
