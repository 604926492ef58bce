"""Misconception: a class-level dict from id to session is a registry like any other.

The dict holds every session strongly, so none is ever freed, and find() and live() report
sessions the program dropped long ago.

checklist: none
"""


class Session:
    _next_id = itertools.count(1)
    _by_id = {}

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
        return [cls._by_id[key] for key in sorted(cls._by_id)]
