"""Alternative: absolute imports that name the package, and a __main__.py that imports relatively.

`from lab_app import VERSION, helpers` works wherever lab_app is importable; `python -m lab_app`
gives __main__.py the package lab_app, so `from .cli import main` resolves there. The exit
status leaves through raise SystemExit instead of sys.exit.
"""

PACKAGE = {
    "lab_app/__init__.py": """
VERSION = "1.2"
""",
    "lab_app/helpers.py": """
def shout(text):
    return text.upper() + "!"
""",
    "lab_app/cli.py": """
from lab_app import VERSION, helpers


def main(argv):
    print(helpers.shout(" ".join(argv)), f"(v{VERSION})")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
""",
    "lab_app/__main__.py": """
import sys

from .cli import main

raise SystemExit(main(sys.argv[1:]))
""",
}
