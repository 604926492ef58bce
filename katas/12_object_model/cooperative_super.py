"""Kata: super() in a diamond.

Task: Service is Logged and Timed, and both are Components. Making a Service runs
Component.__init__ twice and opens two connections, one of them leaked. Fix the four classes so
that, for Service and for any class a caller builds from these pieces:

- every __init__ in the hierarchy runs exactly once, so exactly one connection is opened;
- each class takes its own keyword argument and passes the rest on: Service(name="api",
  level="DEBUG", budget=2.5), Logged(name="log"), Timed(name="t", budget=3).

super() does not mean "my parent class": it means the next class in the method resolution
order (type(self).__mro__) of the object being built.
"""


class Connection:
    """A stand-in for something expensive; `opened` records every connection ever made."""

    opened: list = []

    def __init__(self, name: str):
        self.name = name
        Connection.opened.append(self)


class Component:
    def __init__(self, *, name: str):
        self.name = name
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
