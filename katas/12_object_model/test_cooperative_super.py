"""Tests for cooperative_super.py: super() follows the MRO of the object, so each __init__ runs once."""

from cooperative_super import Component, Connection, Logged, Service, Timed
from dojo.testing import call_kata


def build(cls, **kwargs):
    """Make cls(**kwargs) and return it with the connections opened while making it."""
    before = len(Connection.opened)
    obj = call_kata(cls, **kwargs)
    return obj, Connection.opened[before:]


class Traced(Component):
    """A caller's own piece, written cooperatively: it takes trace_id and passes the rest on."""

    def __init__(self, *, trace_id: int = 0, **rest):
        super().__init__(**rest)
        self.trace_id = trace_id


class TracedLogger(Logged, Traced):
    """MRO: TracedLogger, Logged, Traced, Component: Logged's next class is Traced, not Component."""


class TracedService(Traced, Service):
    """MRO: TracedService, Traced, Service, Logged, Timed, Component."""


class Tagged:
    """A caller's mixin that is no Component, written cooperatively: it takes tag, passes the rest on."""

    def __init__(self, *, tag: str = "", **rest):
        super().__init__(**rest)
        self.tag = tag


class TaggedService(Service, Tagged):
    """MRO: TaggedService, Service, Logged, Timed, Component, Tagged: Component is not the last."""


def test_a_service_opens_exactly_one_connection():
    service, opened = build(Service, name="api")
    assert len(opened) == 1, (
        f"making one Service opened {len(opened)} connections: Component.__init__ must run once. "
        f"Service.__mro__ is {[c.__name__ for c in Service.__mro__]}; each __init__ should hand on to the next"
    )
    assert service.connection is opened[0], "the service keeps the connection it opened"


def test_every_piece_gets_its_argument_and_opens_one_connection():
    service, opened = build(Service, name="api", level="DEBUG", budget=2.5)
    assert (service.name, service.level, service.budget) == ("api", "DEBUG", 2.5), (
        "each class takes its own keyword argument: name for Component, level for Logged, budget for Timed"
    )
    assert len(opened) == 1, f"{len(opened)} connections opened for one Service"
    service, _ = build(Service, name="api")
    assert (service.level, service.budget) == ("INFO", 1.0), "the defaults stay INFO and 1.0"
    logged, opened_by_logged = build(Logged, name="log")
    timed, opened_by_timed = build(Timed, name="t", budget=3)
    assert (logged.name, logged.level, len(opened_by_logged)) == ("log", "INFO", 1), "Logged(name='log') alone"
    assert (timed.name, timed.budget, len(opened_by_timed)) == ("t", 3, 1), "Timed(name='t', budget=3) alone"


def test_a_callers_piece_between_logged_and_component_runs():
    logger, opened = build(TracedLogger, name="x", level="WARN", trace_id=7)
    assert (logger.level, logger.trace_id, len(opened)) == ("WARN", 7, 1), (
        "in TracedLogger the class after Logged is Traced: Logged must call the next __init__ with super() "
        "and pass on the arguments it does not use, not call Component by name"
    )


def test_a_callers_piece_in_front_of_service_runs_once():
    service, opened = build(TracedService, name="api", trace_id=3, level="ERROR", budget=0.5)
    assert (service.trace_id, service.level, service.budget) == (3, "ERROR", 0.5), "every piece got its argument"
    assert len(opened) == 1, f"{len(opened)} connections opened for one TracedService"


def test_a_callers_mixin_after_component_runs():
    service, opened = build(TaggedService, name="api", tag="blue", level="DEBUG")
    assert (service.name, service.level, len(opened)) == ("api", "DEBUG", 1), "every piece got its argument"
    assert getattr(service, "tag", None) == "blue", (
        "in TaggedService the class after Component is Tagged: Component must hand on with super() too, "
        "passing the arguments it does not use, or Tagged.__init__ never runs"
    )
