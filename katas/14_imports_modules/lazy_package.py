"""Kata: a package that imports its heavy parts only when they are used.

Task: PACKAGE holds the files of a package, lab_reports, as {path: source}. Importing it runs
every submodule, and charts is slow in real life. Change lab_reports/__init__.py (leave the
submodules as they are) so that, on every supported Python:

- `import lab_reports` runs __init__.py and no submodule;
- `lab_reports.charts`, and `from lab_reports import tables`, import that submodule the first
  time they are used and give it; later uses run nothing more;
- `lab_reports.VERSION` still works, and a name the package does not have raises
  AttributeError, so that hasattr and getattr with a default still tell the truth;
- dir(lab_reports) still lists charts and tables, for tools and for tab completion.

Python 3.15's `lazy from . import charts, tables` would defer these imports in one line, but
this package must also work on 3.11 to 3.14.
"""

PACKAGE = {
    "lab_reports/__init__.py": '''
VERSION = "2.0"

from . import charts, tables
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
