"""Misconception: a WeakSet of sessions is the natural registry of live objects.

A WeakSet hashes its members, and a Session (with __eq__ and no __hash__) is unhashable:
making one raises TypeError. Key the registry by something hashable (the id) and hold the
sessions as weak values.

checklist: none
"""


class Session:
    _next_id = itertools.count(1)
    _all = weakref.WeakSet()

    def __init__(self, user: str):
        self.id = next(Session._next_id)
        self.user = user
        Session._all.add(self)

    def __eq__(self, other):
        if not isinstance(other, Session):
            return NotImplemented
        return self.user == other.user

    @classmethod
    def find(cls, session_id: int):
        return next((session for session in cls._all if session.id == session_id), None)

    @classmethod
    def live(cls) -> list:
        return sorted(cls._all, key=lambda session: session.id)
