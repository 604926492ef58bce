"""Misconception: deleting the import line from __init__.py makes the submodules lazy.

Nothing runs at import, but nothing imports them later either: lab_reports.charts is an
AttributeError until some other code happens to import lab_reports.charts.

checklist: imports_modules.imports_execute
"""

PACKAGE = {
    **PACKAGE,
    "lab_reports/__init__.py": '''
VERSION = "2.0"
''',
}
