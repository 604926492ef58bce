"""Misconception: sessions are equal by user, so the registry can be keyed by user.

A second session of the same user replaces the first in the registry: the first can no longer
be found although it is alive. Equality is not identity; key by the id.

checklist: none
"""


class Session:
    _next_id = itertools.count(1)
    _by_user = weakref.WeakValueDictionary()

    def __init__(self, user: str):
        self.id = next(Session._next_id)
        self.user = user
        Session._by_user[user] = self

    def __eq__(self, other):
        if not isinstance(other, Session):
            return NotImplemented
        return self.user == other.user

    @classmethod
    def find(cls, session_id: int):
        return next((session for session in cls._by_user.values() if session.id == session_id), None)

    @classmethod
    def live(cls) -> list:
        return sorted(cls._by_user.values(), key=lambda session: session.id)
