"""Kata: predict what each puzzle prints before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle does:
- it only prints: a string such as "[0, 1, 2]", several lines joined by newlines;
- it raises before printing anything: the exception class, such as @predict(ImportError);
- it prints and then raises: one string, the printed lines and then the exception's name on a
  last line, such as "loading\nImportError".
Work it out in your head; do not run the puzzles.

Each puzzle first writes the small modules it imports with write(); the tests run it with
LAB set to a fresh temporary folder on sys.path, and forget every module it imported afterwards.
The last three puzzles depend on the version of Python: the comment above them says how to
write a prediction that is right on every version.
"""

import importlib
import subprocess
import sys
import textwrap
from pathlib import Path

from dojo import predict

LAB = Path("lab")  # the tests point this at a fresh temporary folder on sys.path


def write(filename: str, source: str) -> None:
    """Write a module's source to LAB/filename, e.g. write("pkg/__init__.py", "...")."""
    path = LAB / filename
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    importlib.invalidate_caches()


@predict(...)
def import_runs_the_module():
    write("lab_greeter.py", """
        print("greeter loading")

        def hello():
            print("hello")
    """)
    print("before import")
    import lab_greeter

    print("after import")
    lab_greeter.hello()


@predict(...)
def second_import():
    write("lab_counter.py", """
        print("counter loading")
        hits = 0
    """)
    import lab_counter

    lab_counter.hits += 1
    import lab_counter

    print(lab_counter.hits)


@predict(...)
def reload_runs_it_again():
    write("lab_config.py", """
        print("config loading")
        LEVEL = "info"
    """)
    import lab_config

    lab_config.LEVEL = "debug"
    importlib.reload(lab_config)
    print(lab_config.LEVEL)


@predict(...)
def from_import_copies_the_binding():
    write("lab_settings.py", """
        LEVEL = "info"

        def set_level(level):
            global LEVEL
            LEVEL = level
    """)
    from lab_settings import LEVEL, set_level
    import lab_settings

    set_level("debug")
    print(LEVEL, lab_settings.LEVEL)


@predict(...)
def name_of_an_imported_module():
    write("lab_named.py", """
        print(__name__)
        if __name__ == "__main__":
            print("running as a script")
    """)
    import lab_named  # noqa: F401


@predict(...)
def partially_initialised():
    write("lab_first.py", """
        import lab_second
        READY = True
    """)
    write("lab_second.py", """
        import lab_first
        print(hasattr(lab_first, "READY"))
    """)
    import lab_first

    print(lab_first.READY)


@predict(...)
def circular_from_import():
    write("lab_ping.py", """
        from lab_pong import pong

        def ping():
            return "ping"
    """)
    write("lab_pong.py", """
        from lab_ping import ping

        def pong():
            return "pong"
    """)
    import lab_ping

    print(lab_ping.ping())


@predict(...)
def package_init_runs_once():
    write("lab_pkg/__init__.py", 'print("package init")')
    write("lab_pkg/alpha.py", 'print("alpha")')
    write("lab_pkg/beta.py", 'print("beta")')
    import lab_pkg.alpha
    import lab_pkg.beta  # noqa: F401


@predict(...)
def import_module_or_dunder_import():
    write("lab_tree/__init__.py", "")
    write("lab_tree/leaf.py", "")
    print(__import__("lab_tree.leaf").__name__, importlib.import_module("lab_tree.leaf").__name__)


@predict(...)
def star_without_all():
    write("lab_kit.py", """
        import os

        _hidden = "private"
        shown = "public"

        def helper():
            return os.sep
    """)
    namespace = {}
    exec("from lab_kit import *", namespace)
    print(sorted(name for name in namespace if not name.startswith("__")))


@predict(...)
def all_names_a_missing_function():
    write("lab_api.py", """
        __all__ = ["start", "stop"]

        def start():
            return "started"
    """)
    namespace = {}
    exec("from lab_api import *", namespace)
    print(sorted(name for name in namespace if not name.startswith("__")))


@predict(...)
def reload_and_isinstance():
    write("lab_shapes.py", """
        class Square:
            pass
    """)
    import lab_shapes

    old = lab_shapes.Square()
    importlib.reload(lab_shapes)
    print(isinstance(old, lab_shapes.Square), type(old) is lab_shapes.Square)


@predict(...)
def where_sys_path_starts():
    write("lab_tools/__init__.py", "")
    write("lab_tools/where.py", """
        import os
        import sys

        print(os.path.samefile(sys.path[0], os.getcwd()), os.path.samefile(sys.path[0], os.path.dirname(__file__)))
    """)
    for command in (["-m", "lab_tools.where"], ["lab_tools/where.py"]):
        run = subprocess.run([sys.executable, *command], cwd=LAB, capture_output=True, text=True, timeout=20)
        print(run.stdout.strip() or run.stderr.strip().splitlines()[-1])


@predict(...)
def namespace_package():
    write("lab_plugins/audio.py", 'print("audio")')  # a folder with no __init__.py
    import lab_plugins.audio

    print(lab_plugins.__file__)


# The last three puzzles use lazy imports, new in Python 3.15 (PEP 810). Predict what the
# Python you run does; to be right on every version, write both answers:
# @predict(ANSWER_ON_3_15 if sys.version_info >= (3, 15) else ANSWER_BEFORE).


@predict(...)
def lazy_import_waits_for_first_use():
    write("lab_heavy.py", """
        print("heavy loading")
        VALUE = 42
    """)
    write("lab_app.py", """
        import sys
        lazy import lab_heavy

        print("app ready", "lab_heavy" in sys.modules)

        def run():
            return lab_heavy.VALUE
    """)
    import lab_app

    print("imported")
    print(lab_app.run())


@predict(...)
def lazy_import_of_a_missing_module():
    write("lab_tool.py", """
        lazy import lab_never_written

        print("tool loaded")

        def use():
            return lab_never_written.run()
    """)
    import lab_tool

    print("imported")
    try:
        lab_tool.use()
    except ImportError as error:
        print(type(error).__name__)


@predict(...)
def lazy_modules_list():
    write("lab_charts.py", 'print("charts loading")')
    write("lab_report.py", """
        __lazy_modules__ = ["lab_charts"]
        import lab_charts

        print("report ready")
    """)
    import lab_report

    print("imported")
    lab_report.lab_charts  # noqa: B018
