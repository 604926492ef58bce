"""Integrity of a grading run: kata code that reaches into the examiner is named.

Two halves, both used by ``dojo verify``:

- :func:`scan` reads a kata module's source (never runs it) and lists what a kata has no
  business doing: importing ``pytest``/``_pytest``, the examiner's ``dojo`` (other than
  ``from dojo import predict``) or a test module; assigning ``__code__``; walking frames or
  the ``gc`` graph; ``atexit``; writing ``builtins`` or ``sys.modules``; tracing and audit
  hooks, ``ctypes``, raw file descriptors, signal handlers. A hit that the pristine stub
  already has (``import gc`` in a puzzle module) is the examiner's, not the learner's.
- This module is also a pytest plugin (``-p dojo.integrity --dojo-integrity=PATH``). At the
  start of the session it fingerprints the examiner: every function, class and method of
  ``dojo``, ``pytest``, ``_pytest``, ``pluggy``, ``builtins`` and the few standard modules the
  examiner writes its results with (the objects, their code objects and defaults), the
  registered plugins and every hook's implementations; after each test module is collected
  (its kata imported) and after each test's call it checks them, and once more when the
  session ends. A difference fails the test it was seen in and every test after it (none of them
  proves anything once the examiner changed), and is written to PATH, one JSON
  line per event, as it happens; the "end" event carries the results record and the readiness
  report the plugin wrote (``--dojo-results``, ``--dojo-json``). PATH is opened before any kata
  code runs; ``dojo verify`` makes it a named pipe it reads from a process that never imports
  kata code, and treats anything written after the "end" event (an ``atexit`` hook) as tampering.

In one process nothing is airtight: code determined enough can find the checker itself.
The AST scan is the other half: the routes to the examiner are the ones it names.
"""

from __future__ import annotations

import ast
import json
import sys
import threading
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FunctionType, ModuleType
from typing import IO, Any

import pytest

EXAMINER_PACKAGES = ("dojo", "pytest", "_pytest", "pluggy")
# The standard modules the examiner writes and reads its results with, and builtins.
EXAMINER_STDLIB = ("builtins", "json", "json.encoder", "json.decoder", "io", "os", "posixpath", "csv", "xml.etree.ElementTree")
ALLOWED_FROM_DOJO = {"predict"}  # what a predictions module imports: `from dojo import predict`

# --------------------------------------------------------------------------- the AST scan


@dataclass(frozen=True)
class Hit:
    """One reference to the examiner in a kata module: its line, what it is, and the source text."""

    line: int
    what: str
    text: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.what}: `{self.text}`"


FRAME_NAMES = {"_getframe", "currentframe", "stack", "getouterframes", "getinnerframes", "trace", "_current_frames"}
FRAME_ATTRIBUTES = {"f_back", "f_globals", "f_locals", "f_builtins", "tb_frame", "gi_frame", "cr_frame", "ag_frame", "f_trace"}
GC_WALKING = {"get_objects", "get_referrers", "get_referents"}
HOOK_SETTERS = {"settrace", "setprofile", "addaudithook", "set_trace_callback", "setprofile_all_threads", "settrace_all_threads"}
DESCRIPTOR_CALLS = {"write", "close", "closerange", "dup", "dup2", "fdopen", "ftruncate", "truncate", "kill", "killpg", "_exit"}
WRITABLE_MAPPINGS = {"sys.modules": "sys.modules", "__builtins__": "builtins", "builtins.__dict__": "builtins", "modules": "sys.modules"}
SYS_HOOKS = {"modules", "meta_path", "path_hooks", "path_importer_cache", "excepthook", "displayhook", "unraisablehook"}
MODULES_WRITES = {"update", "pop", "popitem", "setdefault", "clear", "__setitem__", "__delitem__"}


def _root(name: str) -> str:
    return name.split(".", 1)[0]


def _examiner_import(name: str, test_modules: frozenset[str] | set[str]) -> str | None:
    root = _root(name)
    if root in ("pytest", "_pytest", "pluggy"):
        return f"imports {name} (the test runner)"
    if root == "dojo":
        return f"imports {name} (the examiner)"
    if root in ("atexit", "ctypes", "faulthandler"):
        return f"imports {name}"
    if root.startswith(("test_", "conftest")) or root in test_modules:
        return f"imports the test module {name}"
    return None


def _dotted(node: ast.AST) -> str:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return ".".join(reversed(parts))


def scan(source: str, test_modules: frozenset[str] | set[str] = frozenset()) -> list[Hit]:
    """Every reference to the examiner in a kata module's source; [] for an honest one. A syntax error scans as []."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []
    scanner = _Scanner(source.splitlines(), test_modules)
    scanner.visit(tree)
    return sorted(set(scanner.hits), key=lambda h: (h.line, h.what))


class _Scanner(ast.NodeVisitor):
    def __init__(self, lines: list[str], test_modules: frozenset[str] | set[str]):
        self.lines = lines
        self.test_modules = test_modules
        self.hits: list[Hit] = []

    def hit(self, node: ast.AST, what: str) -> None:
        line = getattr(node, "lineno", 0)
        text = self.lines[line - 1].strip() if 0 < line <= len(self.lines) else ""
        self.hits.append(Hit(line, what, text[:100]))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if (what := _examiner_import(alias.name, self.test_modules)) is not None:
                self.hit(node, what)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if not node.module or node.level != 0:
            return
        names = {alias.name for alias in node.names}
        if node.module == "dojo" and names <= ALLOWED_FROM_DOJO:
            return
        if (what := _examiner_import(node.module, self.test_modules)) is not None:
            self.hit(node, what)
        elif node.module == "sys" and names & {"modules", "_getframe", *HOOK_SETTERS}:
            self.hit(node, "imports a sys internal (modules, frames or hooks) by name")
        elif node.module == "gc" and names & GC_WALKING:
            self.hit(node, "walks the gc graph")
        elif node.module == "inspect" and names & FRAME_NAMES:
            self.hit(node, "walks frames")

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            _check_target(target, self.hit)
        self.generic_visit(node)

    def visit_Delete(self, node: ast.Delete) -> None:
        for target in node.targets:
            _check_target(target, self.hit)
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        _check_target(node.target, self.hit)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        _check_target(node.target, self.hit)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        _check_call(node, self.hit, self.test_modules)
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        owner = _dotted(node.value)
        if not isinstance(node.ctx, ast.Load):
            pass
        elif node.attr in FRAME_ATTRIBUTES:
            self.hit(node, f"reads .{node.attr} (frame walking)")
        elif node.attr in FRAME_NAMES and owner in ("sys", "inspect", "traceback"):
            self.hit(node, f"walks frames ({owner}.{node.attr})")
        elif node.attr in GC_WALKING and owner == "gc":
            self.hit(node, f"walks the gc graph (gc.{node.attr})")
        elif node.attr in HOOK_SETTERS and owner in ("sys", "threading"):
            self.hit(node, f"installs a tracing or audit hook ({owner}.{node.attr})")
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and node.value.startswith("/proc/self"):
            self.hit(node, "reads its own process's /proc entries")


def _check_target(target: ast.AST, hit: Callable[[ast.AST, str], None]) -> None:
    if isinstance(target, (ast.Tuple, ast.List)):
        for element in target.elts:
            _check_target(element, hit)
    elif isinstance(target, ast.Starred):
        _check_target(target.value, hit)
    elif isinstance(target, ast.Attribute):
        owner = _dotted(target.value)
        if target.attr == "__code__":
            hit(target, "replaces a function's __code__")
        elif owner in ("builtins", "__builtins__"):
            hit(target, f"writes builtins.{target.attr}")
        elif _root(owner) in EXAMINER_PACKAGES:
            hit(target, f"writes {owner}.{target.attr}")
        elif owner == "sys" and target.attr in SYS_HOOKS:
            hit(target, f"replaces sys.{target.attr}")
    elif isinstance(target, ast.Subscript) and _dotted(target.value) in WRITABLE_MAPPINGS:
        hit(target, f"writes {WRITABLE_MAPPINGS[_dotted(target.value)]}")


def _check_call(node: ast.Call, hit: Callable[[ast.AST, str], None], test_modules: frozenset[str] | set[str]) -> None:
    name = _dotted(node.func)
    first = node.args[0] if node.args else None
    literal = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
    second = node.args[1] if len(node.args) > 1 else None
    attribute = second.value if isinstance(second, ast.Constant) else None
    if name in ("__import__", "importlib.import_module", "import_module") and literal is not None:
        if (what := _examiner_import(literal, test_modules)) is not None:
            hit(node, what)
    elif name in ("setattr", "delattr") and first is not None:
        owner = _dotted(first)
        if attribute == "__code__":
            hit(node, "replaces a function's __code__")
        elif owner in ("builtins", "__builtins__") or _root(owner) in EXAMINER_PACKAGES:
            hit(node, f"writes {owner} with {name}()")
        elif owner == "sys" and attribute in SYS_HOOKS:
            hit(node, f"replaces sys.{attribute}")
    elif isinstance(node.func, ast.Attribute) and node.func.attr in MODULES_WRITES and _dotted(node.func.value) in WRITABLE_MAPPINGS:
        hit(node, f"writes {WRITABLE_MAPPINGS[_dotted(node.func.value)]} ({name}())")
    elif name.startswith("os.") and name[3:] in DESCRIPTOR_CALLS:
        hit(node, f"calls {name} (raw file descriptors and processes)")
    elif name in ("signal.signal", "signal.setitimer", "signal.alarm", "signal.pthread_sigmask"):
        hit(node, f"calls {name} (the examiner's time limits)")
    elif name in ("vars", "globals") and first is not None and _dotted(first) in ("builtins", "sys"):
        hit(node, f"reaches into {_dotted(first)} with {name}()")


# --------------------------------------------------------------------------- fingerprints


def _watched_modules() -> Iterator[tuple[str, ModuleType]]:
    for name, module in list(sys.modules.items()):
        if isinstance(module, ModuleType) and (_root(name) in EXAMINER_PACKAGES or name in EXAMINER_STDLIB):
            yield name, module


# One watched binding: (namespace, key, raw value, function or None, its code, defaults, kwdefaults, name).
Entry = tuple[dict[str, Any], str, Any, Any, Any, Any, Any, str]


def _entry(namespace: dict[str, Any], key: str, raw: Any, name: str) -> Entry:
    function = raw.__func__ if isinstance(raw, (staticmethod, classmethod)) else raw.fget if isinstance(raw, property) else raw
    if isinstance(function, FunctionType):
        return (namespace, key, raw, function, function.__code__, function.__defaults__, function.__kwdefaults__, name)
    return (namespace, key, raw, None, None, None, None, name)


def _fingerprint_module(module_name: str, namespace: dict[str, Any], into: list[Entry]) -> None:
    """Record the callables and classes of a module, and the methods and properties of the classes it defines."""
    for key, value in list(namespace.items()):
        if not (callable(value) or isinstance(value, (ModuleType, staticmethod, classmethod, property))):
            continue
        into.append(_entry(namespace, key, value, f"{module_name}.{key}"))
        if isinstance(value, type) and value.__module__ == module_name:
            members = vars(value)
            for attribute, member in list(members.items()):
                if isinstance(member, (FunctionType, staticmethod, classmethod, property)):
                    into.append(_entry(members, attribute, member, f"{module_name}.{key}.{attribute}"))  # type: ignore[arg-type]


class Fingerprint:
    """The examiner's objects at one moment (bindings, code objects, defaults), and what changed in them since."""

    def __init__(self) -> None:
        self.modules = dict(_watched_modules())
        self.entries: list[Entry] = []
        for name, module in self.modules.items():
            _fingerprint_module(name, vars(module), self.entries)
        self.reported: set[str] = set()
        self._index: dict[tuple[int, str], Any] | None = None

    def binding(self, module: str, name: str) -> Any:
        """The object module.name was bound to at the start; _MISSING if it was not watched."""
        if self._index is None:
            self._index = {(id(entry[0]), entry[1]): entry[2] for entry in self.entries}
        namespace = self.modules.get(module)
        return _MISSING if namespace is None else self._index.get((id(vars(namespace)), name), _MISSING)

    def add_module(self, name: str, module: ModuleType) -> None:
        """Watch a module from now on (a test module, once collected)."""
        self.modules[name] = module
        _fingerprint_module(name, vars(module), self.entries)

    def differences(self) -> list[str]:
        found = [f"sys.modules[{name!r}] was replaced" for name, module in self.modules.items()
                 if sys.modules.get(name, module) is not module]
        for namespace, key, raw, function, code, defaults, kwdefaults, name in self.entries:
            value = namespace.get(key, _MISSING)
            if value is not raw:
                found.append(f"{name} was {'deleted' if value is _MISSING else 'replaced'}")
            elif function is not None and (
                function.__code__ is not code or function.__defaults__ is not defaults or function.__kwdefaults__ is not kwdefaults
            ):
                found.append(f"the code of {name} was replaced")
        return found

    def new_differences(self) -> list[str]:
        """Differences not reported before: each is named once, where it was first seen."""
        fresh = [d for d in self.differences() if d not in self.reported]
        self.reported.update(fresh)
        return fresh


_MISSING = object()


# --------------------------------------------------------------------------- the plugin


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("dojo").addoption(
        "--dojo-integrity", metavar="PATH", default=None,
        help="fingerprint the examiner and write what kata code changed in it to PATH, one JSON line per event "
        "(dojo verify makes PATH a named pipe)",
    )


def pytest_configure(config: pytest.Config) -> None:
    path = config.getoption("dojo_integrity", None)
    if path and not hasattr(config, "workerinput"):
        config.pluginmanager.register(IntegrityWatch(config, open(path, "w", encoding="utf-8")), "dojo-integrity-watch")


class IntegrityWatch:
    """Checks the examiner's fingerprint during a run and streams what it sees."""

    def __init__(self, config: pytest.Config, channel: IO[str]):
        self.config = config
        self.channel = channel
        self.root = config.rootpath.resolve()
        self._emit({"event": "start"})
        self.fingerprint: Fingerprint | None = None
        self.plugins: dict[int, str] = {}
        self.hooks: dict[str, tuple[tuple[Any, Any], ...]] = {}
        self.ended = False
        self.tainted: str | None = None  # the first change to the examiner seen in this run
        self.threads: dict[int, str | None] = {}  # ident of a thread kata code left running -> the kata it was seen after

    def _emit(self, event: dict[str, Any]) -> None:
        self.channel.write(json.dumps(event) + "\n")
        self.channel.flush()

    # The baseline is taken when the session starts: after every plugin, before any kata is imported.
    @pytest.hookimpl(trylast=True)
    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self.fingerprint = Fingerprint()
        self._note_threads(None)
        self.plugins = self._plugins()
        self.hooks = self._hooks()

    def _plugins(self) -> dict[int, str]:
        return {id(plugin): name for name, plugin in self.config.pluginmanager.list_name_plugin() if plugin is not None}

    def _hooks(self) -> dict[str, tuple[tuple[Any, Any], ...]]:
        hooks = {}
        for name, caller in vars(self.config.hook).items():
            implementations = getattr(caller, "get_hookimpls", None)
            if implementations is not None:
                hooks[name] = tuple((impl, impl.function) for impl in implementations())
        return hooks

    def _is_examiner_plugin(self, plugin: object) -> bool:
        """A plugin registered during the run that is the examiner's own (a conftest.py under the examiner's root)."""
        file = getattr(plugin, "__file__", None)
        if isinstance(plugin, ModuleType):
            return bool(file) and Path(str(file)).name == "conftest.py" and Path(str(file)).resolve().is_relative_to(self.root)
        return type(plugin).__module__.split(".")[0] in EXAMINER_PACKAGES

    def _once(self, message: str, found: list[str]) -> None:
        assert self.fingerprint is not None
        if message not in self.fingerprint.reported:
            self.fingerprint.reported.add(message)
            found.append(message)

    def _check(self) -> list[str]:
        if self.fingerprint is None:
            return []
        found = self.fingerprint.new_differences()
        self._plugin_changes(found)
        self._hook_changes(found)
        return found

    def _plugin_changes(self, found: list[str]) -> None:
        now = self._plugins()
        if now.keys() == self.plugins.keys():
            return
        for key, name in self.plugins.items():
            if key not in now:
                self._once(f"the plugin {name} was unregistered", found)
        for plugin in self.config.pluginmanager.get_plugins():
            if id(plugin) not in self.plugins and not self._is_examiner_plugin(plugin):
                self._once(f"a plugin was registered during the run: {now[id(plugin)]}", found)
        self.plugins = now

    def _hook_changes(self, found: list[str]) -> None:
        hooks = self._hooks()
        if hooks == self.hooks:
            return
        manager = self.config.pluginmanager
        for hook, implementations in hooks.items():
            before = self.hooks.get(hook, ())
            for impl, function in before:
                if (impl, function) not in implementations and manager.get_plugin(impl.plugin_name) is not None:
                    self._once(f"the {hook} hook of the plugin {impl.plugin_name} was removed or replaced", found)
            for impl, function in implementations:
                if (impl, function) not in before and not self._is_examiner_plugin(impl.plugin):
                    self._once(f"a {hook} hook was added by {impl.plugin_name}", found)
        self.hooks = hooks

    def _note_threads(self, kata: str | None) -> None:
        """Threads that appeared since the last look belong to the kata that ran in between."""
        for thread in threading.enumerate():
            if thread.ident is not None and thread.ident not in self.threads:
                self.threads[thread.ident] = kata

    def _tampering(self, found: list[str], where: str, kata: str | None) -> None:
        for what in found:
            self._emit({"event": "tamper", "where": where, "kata": kata, "what": what})
            self.tainted = self.tainted or f"{what}, seen at {where}"

    @staticmethod
    def _kata_of(path: str) -> str | None:
        stem = Path(path.split("::", 1)[0]).stem
        return stem[len("test_"):] if stem.startswith("test_") else None

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        """After a test module is collected (its kata imported): check, then watch the test module too."""
        if self.fingerprint is None or not report.nodeid.endswith(".py"):
            return
        self._note_threads(self._kata_of(report.nodeid))
        self._tampering(self._check(), report.nodeid, self._kata_of(report.nodeid))
        modules = {id(m): m for m in (getattr(item, "module", None) for item in report.result) if isinstance(m, ModuleType)}
        for module in modules.values():
            if module.__name__ not in self.fingerprint.modules:
                self._tampering(self._borrowed(module), report.nodeid, self._kata_of(report.nodeid))
                self.fingerprint.add_module(module.__name__, module)

    def _borrowed(self, module: ModuleType) -> list[str]:
        """Names a test module imported from the examiner must be the examiner's objects (not what kata code put there)."""
        assert self.fingerprint is not None
        found: list[str] = []
        try:
            tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        except (OSError, SyntaxError, ValueError, TypeError):
            return []
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and _root(node.module) in EXAMINER_PACKAGES:
                for alias in node.names:
                    expected = self.fingerprint.binding(node.module, alias.name)
                    if expected is not _MISSING and vars(module).get(alias.asname or alias.name) is not expected:
                        self._once(f"{module.__name__}.{alias.asname or alias.name} is not {node.module}.{alias.name}", found)
        return found

    def pytest_runtest_logstart(self, nodeid: str, location: tuple[str, int | None, str]) -> None:
        self._emit({"event": "test", "nodeid": nodeid})

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        report = yield
        if call.when == "call":
            self._note_threads(self._kata_of(item.nodeid))
            found = self._check()
            self._tampering(found, item.nodeid, self._kata_of(item.nodeid))
            if self.tainted and report.outcome == "passed":
                # Once the examiner has been changed, a passing test proves nothing.
                report.outcome = "failed"
                report.longrepr = f"dojo: kata code changed the examiner ({self.tainted}): this test proves nothing"
        return report

    @pytest.hookimpl(wrapper=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> Generator[None, object, object]:
        """Check once more, let the plugins write their records, then send them down the channel and seal it."""
        if self.ended:
            return (yield)
        self._tampering(self._check(), "session end", None)
        try:
            return (yield)
        finally:
            self._end()

    def _end(self) -> None:
        self.ended = True
        records = {}
        for option in ("dojo_results", "dojo_json"):
            path = self.config.getoption(option, None)
            try:
                records[option] = json.loads(Path(path).read_text(encoding="utf-8")) if path else None
            except (OSError, ValueError):
                records[option] = None
        # Threads still running at the end keep the interpreter from exiting: name them and the kata that started them.
        threads = [
            {"name": thread.name, "module": self.threads.get(thread.ident or 0)}
            for thread in threading.enumerate()
            if thread is not threading.main_thread() and not thread.daemon and thread.is_alive()
        ]
        self._emit({"event": "end", "results": records["dojo_results"], "readiness": records["dojo_json"], "threads": threads})
        self.channel.close()
