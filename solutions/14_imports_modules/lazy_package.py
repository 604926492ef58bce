"""Reference solution for lazy_package.py: a module-level __getattr__ (PEP 562) imports a submodule on first use."""

PACKAGE = {
    "lab_reports/__init__.py": '''
import importlib

VERSION = "2.0"

_SUBMODULES = ("charts", "tables")


def __getattr__(name):
    # Called only for a name the package does not have (PEP 562). The import sets the submodule
    # as an attribute of the package, so the next lab_reports.charts never gets here.
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted({*globals(), *_SUBMODULES})
''',
    "lab_reports/charts.py": '''
import lab_runs

lab_runs.RUNS.append(__name__)


def draw(data):
    return "chart of " + ", ".join(map(str, data))
''',
    "lab_reports/tables.py": '''
import lab_runs

lab_runs.RUNS.append(__name__)


def render(data):
    return " | ".join(map(str, data))
''',
}
