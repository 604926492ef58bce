"""Alternative: every __init__ takes **kwargs, pops its own argument, and passes the rest up.

Same cooperation as named keyword-only parameters (each class runs once, in the MRO of the
object being built), in the older **kwargs.pop style.
"""


class Component:
    def __init__(self, **kwargs):
        name = kwargs.pop("name")
        super().__init__(**kwargs)
        self.name = name
        self.connection = Connection(name)  # noqa: F821 (defined by the reference solution this is appended to)


class Logged(Component):
    def __init__(self, **kwargs):
        self.level = kwargs.pop("level", "INFO")
        super().__init__(**kwargs)


class Timed(Component):
    def __init__(self, **kwargs):
        self.budget = kwargs.pop("budget", 1.0)
        super().__init__(**kwargs)


class Service(Logged, Timed):
    pass
