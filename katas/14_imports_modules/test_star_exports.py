"""Tests for star_exports.py: __all__ decides what `from module import *` takes."""

import pytest

import star_exports


def star_import():
    namespace = {}
    try:
        exec("from star_exports import *", namespace)
    except AttributeError as error:
        pytest.fail(f"`from star_exports import *` raised AttributeError: {error}. Every name in __all__ must exist", pytrace=False)
    return sorted(name for name in namespace if name != "__builtins__")


@pytest.mark.checklist("imports_modules.imports_execute")
def test_star_import_gives_the_public_api():
    names = star_import()
    assert names == ["Circle", "circle_area", "ring_area"], (
        f"`from star_exports import *` gives {names}. Without __all__ it takes every name without a leading "
        "underscore, the imported pi and sqrt included"
    )


@pytest.mark.checklist("imports_modules.imports_execute")
def test_all_declares_the_api_and_hides_nothing_else():
    declared = getattr(star_exports, "__all__", None)
    assert isinstance(declared, (list, tuple)) and all(isinstance(name, str) for name in declared), (
        f"star_exports.__all__ is {declared!r}: it should be a list (or tuple) of the public names, as strings"
    )
    assert sorted(declared) == ["Circle", "circle_area", "ring_area"]
    assert star_exports._square(3) == 9 and star_exports.pi and star_exports.sqrt(4) == 2, (
        "__all__ only shapes star imports: every other name stays in the module, reachable by name"
    )
