"""Reference solution for package_imports.py."""

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
    "lab_app/__main__.py": '''
import sys

from lab_app.cli import main

sys.exit(main(sys.argv[1:]))
''',
}
