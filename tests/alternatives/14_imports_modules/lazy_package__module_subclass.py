"""Alternative: the package swaps its module's class for a ModuleType subclass whose __getattr__ imports on demand.

The technique from before PEP 562 (3.7): a class-level __getattr__ and __dir__ on a subclass of
types.ModuleType, installed by assigning sys.modules[__name__].__class__. The found submodule
is stored on the package, so the hook runs once per submodule.
"""

PACKAGE = {
    **PACKAGE,  # noqa: F821 (defined by the reference solution this is appended to)
    "lab_reports/__init__.py": """
import importlib
import sys
import types

VERSION = "2.0"


class _LazyPackage(types.ModuleType):
    _submodules = frozenset({"charts", "tables"})

    def __getattr__(self, name):
        if name not in self._submodules:
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        submodule = importlib.import_module(f"{self.__name__}.{name}")
        setattr(self, name, submodule)
        return submodule

    def __dir__(self):
        return sorted({*super().__dir__(), *self._submodules})


sys.modules[__name__].__class__ = _LazyPackage
""",
}
