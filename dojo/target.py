"""Which folder the kata tests' plain imports (``from closures import ...``) resolve to.

The target is ``katas/`` (the learner's code), ``solutions/``, or any folder laid out the same
way (``NN_topic/<module>.py``). Each topic folder goes on ``sys.path``, so xdist workers and
multiprocessing children (spawn, forkserver) that inherit ``sys.path`` or ``DOJO_TARGET``
import the same code. A kata module that fails to import (a syntax error, an exception at
module level) is replaced by a stand-in whose every use fails with that error: only the
tests that use it fail, and the rest of the run goes on.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import importlib.machinery
import sys
import traceback
from pathlib import Path
from types import ModuleType

from dojo.curriculum import TOPIC_DIR_PATTERN
from dojo.testing import run_bounded, Deadline

TARGET_ENV = "DOJO_TARGET"
IMPORT_TIME_LIMIT = 5.0  # seconds a kata module may take to import


def topic_folders(target: Path) -> list[Path]:
    return sorted(p for p in target.iterdir() if p.is_dir() and TOPIC_DIR_PATTERN.match(p.name))


def kata_modules(target: Path) -> dict[str, Path]:
    """Module name -> file for every kata module under target; a name in two topics is an error."""
    modules: dict[str, Path] = {}
    for folder in topic_folders(target):
        for file in sorted(folder.glob("*.py")):
            name = file.stem
            if name.startswith("test_") or name in ("conftest", "__init__"):
                continue
            if name in modules:
                raise ValueError(
                    f"kata module name '{name}' is used twice: {modules[name]} and {file}; "
                    "kata module names must be unique across topics"
                )
            modules[name] = file
    return modules


class KataImportError(AssertionError):
    """Raised by every use of a kata module that failed to import."""


class _Broken:
    """Stands in for a name from a kata module that failed to import; any real use fails."""

    def __init__(self, module: str, name: str, reason: str):
        self._message = f"{module}.py could not be imported, so `{name}` is unavailable:\n{reason}"

    def _fail(self, *args, **kwargs):
        raise KataImportError(self._message)

    __call__ = __iter__ = __len__ = __bool__ = __getitem__ = __eq__ = __contains__ = _fail
    __lt__ = __le__ = __gt__ = __ge__ = __add__ = __int__ = __float__ = __enter__ = _fail
    __hash__ = object.__hash__

    def __getattr__(self, attribute):
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        self._fail()

    def __repr__(self) -> str:
        return "<unavailable: kata module failed to import>"


class _KataLoader(importlib.machinery.SourceFileLoader):
    def exec_module(self, module: ModuleType) -> None:
        try:
            # Bounded: a kata module that loops at import time must not hang collection,
            # where pytest-timeout does not reach.
            run_bounded(lambda: importlib.machinery.SourceFileLoader.exec_module(self, module), IMPORT_TIME_LIMIT)
        except Deadline:
            self._break(module, f"importing it did not finish within {IMPORT_TIME_LIMIT:g} s: look for a loop at module level")
        except BaseException as error:  # whatever the learner's module does at import time
            self._break(module, "".join(traceback.format_exception_only(type(error), error)).rstrip())

    @staticmethod
    def _break(module: ModuleType, reason: str) -> None:
        """Turn a half-imported module into a stand-in whose every name fails with the reason."""
        kept = {key: module.__dict__[key] for key in ("__name__", "__file__", "__spec__", "__loader__")}
        module.__dict__.clear()
        module.__dict__.update(kept)
        module.__dojo_import_error__ = reason
        module.__getattr__ = lambda name: _Broken(module.__name__, name, reason)


class KataFinder(importlib.abc.MetaPathFinder):
    """Finds kata modules by name in the target, ahead of every other finder."""

    def __init__(self, modules: dict[str, Path], folders: list[Path]):
        self.modules = modules
        self.folders = folders  # put on sys.path by activate()

    def find_spec(self, fullname, path=None, target=None):
        file = self.modules.get(fullname)
        if file is None:
            return None
        return importlib.util.spec_from_file_location(fullname, file, loader=_KataLoader(fullname, str(file)))


def activate(target: Path) -> KataFinder:
    """Put target's topic folders on sys.path and install the finder; returns it for deactivate()."""
    finder = KataFinder(kata_modules(target), topic_folders(target))
    for folder in reversed(finder.folders):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    sys.meta_path.insert(0, finder)
    return finder


def deactivate(finder: KataFinder) -> None:
    """Undo activate(): for in-process runs (pytester) that configure pytest more than once."""
    if finder in sys.meta_path:
        sys.meta_path.remove(finder)
    for folder in finder.folders:
        while str(folder) in sys.path:
            sys.path.remove(str(folder))
    for name in finder.modules:
        sys.modules.pop(name, None)
