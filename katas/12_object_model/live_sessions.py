"""Kata: a registry of live objects that never keeps one alive.

Task: every Session registers itself when it is made, so that, while a session is in use
anywhere in the program:

- Session.find(session_id) returns that very session object, and None for an id that never
  existed or whose session has been freed;
- Session.live() returns a list of the sessions still alive, ordered by id;
- the registry never keeps a session alive: once nothing else refers to a session, it is
  freed and disappears from find() and live().

Sessions of the same user compare equal, so Session defines __eq__ and, on purpose, no
__hash__: a session is unhashable. Keep it that way.
"""

import itertools


class Session:
    _next_id = itertools.count(1)

    def __init__(self, user: str):
        self.id = next(Session._next_id)
        self.user = user

    def __eq__(self, other):
        if not isinstance(other, Session):
            return NotImplemented
        return self.user == other.user

    @classmethod
    def find(cls, session_id: int):
        raise NotImplementedError("Session.find: return the live session with this id, or None")

    @classmethod
    def live(cls) -> list:
        raise NotImplementedError("Session.live: return the sessions still alive, ordered by id")
