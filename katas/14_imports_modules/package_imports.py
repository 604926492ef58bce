"""Kata: packages, relative imports and `python -m`.

Task: the tests write the package below into a folder (each key is a file, each value its
source) and use it three ways: `import lab_app.cli` (which must run nothing but the
definitions), `python -m lab_app.cli words...` and `python -m lab_app words...` (both print
the words shouted, with the version). None of them works yet: fix the package, adding files
to PACKAGE if you need them.

Inside a package, `import helpers` looks for a top-level module called helpers, not for a
sibling file. `python -m` runs a module as __main__ with the current folder as sys.path[0];
a file run by its path gets the file's own folder instead, and no package.
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

import helpers
from __init__ import VERSION


def main(argv):
    print(helpers.shout(" ".join(argv)), f"(v{VERSION})")
    return 0


sys.exit(main(sys.argv[1:]))
''',
}
