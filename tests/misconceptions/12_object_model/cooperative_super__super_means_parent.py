"""Misconception: super() means the parent class, so Logged's super().__init__ needs only Component's argument.

In a Service the class after Logged is Timed: it gets no budget and falls back to its default.

checklist: none
"""


class Connection:
    opened: list = []

    def __init__(self, name: str):
        self.name = name
        Connection.opened.append(self)


class Component:
    def __init__(self, *, name: str):
        self.name = name
        self.connection = Connection(name)


class Logged(Component):
    def __init__(self, *, name: str, level: str = "INFO", **ignored):
        super().__init__(name=name)
        self.level = level


class Timed(Component):
    def __init__(self, *, name: str, budget: float = 1.0, **ignored):
        super().__init__(name=name)
        self.budget = budget


class Service(Logged, Timed):
    def __init__(self, *, name: str, level: str = "INFO", budget: float = 1.0):
        super().__init__(name=name, level=level, budget=budget)
