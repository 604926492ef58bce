"""Misconception: adding the package's folder to sys.path is the way to import siblings.

It imports lab_app/helpers.py a second time, as a top-level module named helpers.

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

import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import helpers  # noqa: E402
from lab_app import VERSION  # noqa: E402


def main(argv):
    print(helpers.shout(" ".join(argv)), f"(v{VERSION})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
''',
    "lab_app/__main__.py": '''
import sys

from lab_app.cli import main

sys.exit(main(sys.argv[1:]))
''',
}
