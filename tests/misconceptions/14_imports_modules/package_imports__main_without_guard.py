"""Misconception: a module run with -m can call main at its top level, because -m makes it __main__.

Importing lab_app.cli then runs the program too.

checklist: imports_modules.imports_execute
"""

PACKAGE = {
    "lab_app/__init__.py": '''
VERSION = "1.2"
''',
    "lab_app/helpers.py": '''
def shout(text):
    return text.upper() + "!"
''',
    "lab_app/cli.py": '''
import sys

from . import VERSION, helpers


def main(argv):
    print(helpers.shout(" ".join(argv)), f"(v{VERSION})")
    return 0


sys.exit(main(sys.argv[1:]))
''',
    "lab_app/__main__.py": '''
import lab_app.cli
''',
}
