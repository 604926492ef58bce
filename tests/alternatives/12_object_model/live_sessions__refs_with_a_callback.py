"""Alternative: a plain dict from id to weakref.ref(session), each ref removing its own entry when the session dies.

What WeakValueDictionary does inside, written out: weakref.ref's callback runs when the
referent is freed, and pops the id. find() still checks the ref, so a dead entry not yet
removed is never returned.
"""

import itertools
import weakref


class Session:
    _next_id = itertools.count(1)
    _refs: dict = {}  # noqa: RUF012 (one registry for the class, on purpose)

    def __init__(self, user: str):
        self.id = next(Session._next_id)
        self.user = user
        session_id = self.id
        Session._refs[session_id] = weakref.ref(self, lambda _ref: Session._refs.pop(session_id, None))

    def __eq__(self, other):
        if not isinstance(other, Session):
            return NotImplemented
        return self.user == other.user

    @classmethod
    def find(cls, session_id: int):
        ref = cls._refs.get(session_id)
        return ref() if ref is not None else None

    @classmethod
    def live(cls) -> list:
        alive = (cls.find(session_id) for session_id in sorted(cls._refs))
        return [session for session in alive if session is not None]
