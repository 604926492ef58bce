"""Kata: a plugin registry that relies on imports running code.

Task: implement register and discover.

Each plugin module of a package registers itself when its code runs:

    from plugin_registry import register

    @register("csv")
    def export_csv(rows): ...

Nothing registers until something imports the module.
"""

REGISTRY = {}  # plugin name -> the function registered under it


def register(name: str):
    """Decorator: store the decorated function in REGISTRY under name and return the function unchanged.

    A second plugin under a name already taken raises ValueError.
    """
    raise NotImplementedError("register: a decorator that records the function in REGISTRY")


def discover(package: str) -> list:
    """Import every module directly inside the package named `package`; return their full names, sorted.

    Importing them is what runs their register() calls. Calling discover again must not run
    any plugin module a second time.
    """
    raise NotImplementedError("discover: import each module of the package so that its code runs")
