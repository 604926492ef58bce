"""Misconception: python -m runs a package's __init__.py.

It runs lab_app/__main__.py, which is missing.

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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
''',
}
