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
import importlib.machinery
import importlib.util
import sys
import traceback
from pathlib import Path
from types import CodeType, ModuleType
from typing import NoReturn

from dojo.bounds import LIMITS, Deadline, run_bounded
from dojo.curriculum import TOPIC_DIR_PATTERN

TARGET_ENV = "DOJO_TARGET"


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


class KataUnavailable(AssertionError):
    """Raised by every use of a kata name that is not there: its module failed to import, or lost the name."""


class _Broken:
    """Stands in for a name the test needs from a kata module; any real use fails with the reason."""

    def __init__(self, message: str):
        self._message = message

    def _fail(self, *args: object, **kwargs: object) -> NoReturn:
        __tracebackhide__ = True  # the failure is the learner's module, not this frame
        raise KataUnavailable(self._message)

    __call__ = __iter__ = __len__ = __bool__ = __getitem__ = __eq__ = __contains__ = _fail
    __lt__ = __le__ = __gt__ = __ge__ = __add__ = __int__ = __float__ = __enter__ = _fail
    __hash__ = object.__hash__

    def __getattr__(self, attribute: str) -> object:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        self._fail()

    def __repr__(self) -> str:
        return "<unavailable kata name>"


def _restore_advice(file: Path) -> str:
    return f"git checkout -- {_shown(file)} puts the original back"


def _shown(file: Path) -> str:
    try:
        return file.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(file)


def _stand_ins_for_missing_names(module: ModuleType, file: Path) -> None:
    """Let a test's `from kata import name` of a renamed or deleted name fail that test only, not the collection.

    Only imports made at the top level of a test module get a stand-in; every other lookup of a
    missing name raises AttributeError as usual.
    """
    if "__getattr__" in module.__dict__:
        return  # the learner's own module __getattr__ (topic 14 teaches it) wins

    def missing(name: str) -> object:
        caller = sys._getframe(1)
        if name.startswith("__") or caller.f_code.co_name != "<module>" or not Path(caller.f_code.co_filename).name.startswith("test_"):
            raise AttributeError(f"module {module.__name__!r} has no attribute {name!r}")
        return _Broken(
            f"{_shown(file)} has no `{name}`: the test needs it. It was renamed or deleted; "
            f"give it back its name ({_restore_advice(file)})."
        )

    module.__dict__["__getattr__"] = missing


class _KataLoader(importlib.machinery.SourceFileLoader):
    def get_code(self, fullname: str) -> CodeType:
        # Always from the source, never a cached .pyc: a pyc is trusted when the source's mtime (in whole
        # seconds) and size match, so a save within the same second that keeps the size (a 4 made a 5)
        # would run the code of the save before. Kata modules are small: compiling them costs ~1 ms.
        return self.source_to_code(self.get_data(self.path), self.path)

    def exec_module(self, module: ModuleType) -> None:
        file = Path(self.path)
        limit = LIMITS.import_
        if not file.exists():  # deleted since the finder listed it (a watch run's child made ready before)
            _break(module, f"{_shown(file)} is missing ({_restore_advice(file)}).", file)
            return
        try:
            # Bounded: a kata module that loops at import time must not hang collection,
            # where pytest-timeout does not reach.
            run_bounded(
                lambda: importlib.machinery.SourceFileLoader.exec_module(self, module),
                limit,
                f"importing {_shown(file)}",
            )
        except Deadline as stopped:
            advice = stopped.advice()
            _break(module, f"importing it did not finish within {limit:g} s: look for a loop at module level{advice}", file)
        except BaseException as error:  # noqa: BLE001 - whatever the learner's module does at import time
            _break(module, "".join(traceback.format_exception_only(type(error), error)).rstrip(), file)
        else:
            _stand_ins_for_missing_names(module, file)


class _MissingFileLoader(importlib.abc.Loader):
    """A kata module the curriculum lists whose file is gone: a stand-in, so only its tests fail."""

    def __init__(self, file: Path):
        self.file = file

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        _break(module, f"{_shown(self.file)} is missing ({_restore_advice(self.file)}).", self.file)


def _break(module: ModuleType, reason: str, file: Path | None = None) -> None:
    """Turn a half-imported module into a stand-in whose every name fails with the reason."""
    names = ("__name__", "__file__", "__spec__", "__loader__")
    kept: dict[str, object] = {key: module.__dict__[key] for key in names if key in module.__dict__}
    module.__dict__.clear()
    module.__dict__.update(kept)
    shown = _shown(file) if file else f"{module.__name__}.py"

    def stand_in(name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        return _Broken(f"{shown} could not be imported, so `{name}` is unavailable:\n{reason}")

    module.__dict__["__getattr__"] = stand_in


class KataFinder(importlib.abc.MetaPathFinder):
    """Finds kata modules by name in the target, ahead of every other finder."""

    def __init__(self, modules: dict[str, Path], folders: list[Path], missing: dict[str, Path]):
        self.modules = modules
        self.folders = folders  # put on sys.path by activate()
        self.missing = missing  # listed in the curriculum, no file in the target

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        file = self.modules.get(fullname)
        if file is not None:
            return importlib.util.spec_from_file_location(fullname, file, loader=_KataLoader(fullname, str(file)))
        if fullname in self.missing:
            return importlib.machinery.ModuleSpec(fullname, _MissingFileLoader(self.missing[fullname]))
        return None


def activate(target: Path, expected: dict[str, str] | None = None) -> KataFinder:
    """Put target's topic folders on sys.path and install the finder; returns it for deactivate().

    expected: kata module -> topic folder, from the curriculum; a listed module whose file is
    missing from the target still imports, as a stand-in that fails the tests using it.
    """
    modules = kata_modules(target)
    missing = {
        name: target / topic / f"{name}.py" for name, topic in (expected or {}).items() if name not in modules
    }
    finder = KataFinder(modules, topic_folders(target), missing)
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
    for name in [*finder.modules, *finder.missing]:
        sys.modules.pop(name, None)
