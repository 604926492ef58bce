"""Reference solution for live_sessions.py."""

import itertools
import weakref


class Session:
    _next_id = itertools.count(1)
    # id -> session, holding each session weakly: an entry vanishes when its session is freed.
    # The keys (ints) are hashed, never the sessions, which are unhashable by design.
    _by_id = weakref.WeakValueDictionary()

    def __init__(self, user: str):
        self.id = next(Session._next_id)
        self.user = user
        Session._by_id[self.id] = self

    def __eq__(self, other):
        if not isinstance(other, Session):
            return NotImplemented
        return self.user == other.user

    @classmethod
    def find(cls, session_id: int):
        return cls._by_id.get(session_id)

    @classmethod
    def live(cls) -> list:
        return [cls._by_id[key] for key in sorted(cls._by_id.keys())]
