"""Misconception: calling each parent by name is fine once Component guards against running twice.

One connection is opened, but the hierarchy is still hard-wired: a class a caller puts between
Logged and Component in the MRO is skipped, and its arguments are rejected.

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
        if not hasattr(self, "connection"):
            self.connection = Connection(name)


class Logged(Component):
    def __init__(self, *, name: str, level: str = "INFO"):
        Component.__init__(self, name=name)
        self.level = level


class Timed(Component):
    def __init__(self, *, name: str, budget: float = 1.0):
        Component.__init__(self, name=name)
        self.budget = budget


class Service(Logged, Timed):
    def __init__(self, *, name: str, level: str = "INFO", budget: float = 1.0):
        Logged.__init__(self, name=name, level=level)
        Timed.__init__(self, name=name, budget=budget)
