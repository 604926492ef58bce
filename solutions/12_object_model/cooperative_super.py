"""Reference solution for cooperative_super.py."""


class Connection:
    """A stand-in for something expensive; `opened` records every connection ever made."""

    opened: list = []

    def __init__(self, name: str):
        self.name = name
        Connection.opened.append(self)


class Component:
    def __init__(self, *, name: str, **rest):
        super().__init__(**rest)
        self.name = name
        self.connection = Connection(name)


class Logged(Component):
    def __init__(self, *, level: str = "INFO", **rest):
        super().__init__(**rest)
        self.level = level


class Timed(Component):
    def __init__(self, *, budget: float = 1.0, **rest):
        super().__init__(**rest)
        self.budget = budget


class Service(Logged, Timed):
    """Needs no __init__ of its own: Logged's super() call reaches Timed, then Component."""
