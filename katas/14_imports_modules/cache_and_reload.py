"""Kata: sys.modules, importlib.import_module, importlib.reload and find_spec.

Task: implement the four functions below with the importlib module.

The first import of a module runs its code and stores the module in sys.modules; every later
import hands back that stored module and runs nothing.
"""


def is_imported(name: str) -> bool:
    """Return True when the module called name has been imported in this process, without importing it."""
    raise NotImplementedError("is_imported: look where Python keeps the modules it has imported")


def load(dotted_name: str):
    """Import the module with this dotted name (e.g. "shop.payments") and return that module itself."""
    raise NotImplementedError("load: import a module from its name and return it")


def source_of(name: str):
    """Return the path of the file the module called name would be loaded from, as a str, or None if there is none.

    Do not run the module: finding it is enough.
    """
    raise NotImplementedError("source_of: find the module's file without running it")


def refresh(module):
    """Run the module's current source again and return the module.

    Every piece of code that imported the module must see the new values.
    """
    raise NotImplementedError("refresh: run a module's code again, in place")
