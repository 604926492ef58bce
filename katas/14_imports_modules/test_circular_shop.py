"""Tests for circular_shop.py: two modules that import each other must work in either import order."""

import importlib
import sys
import textwrap

import pytest

import circular_shop
from dojo.testing import assert_returns, call_kata


@pytest.fixture
def lab(tmp_path):
    """A folder on sys.path for the modules this test writes; sys.path and sys.modules are restored afterwards."""
    saved_path, saved_modules, saved_bytecode = list(sys.path), dict(sys.modules), sys.dont_write_bytecode
    sys.dont_write_bytecode = True  # a rewritten module is read from its source again, never from a stale .pyc
    sys.path.insert(0, str(tmp_path))
    importlib.invalidate_caches()
    yield tmp_path
    sys.path[:] = saved_path
    for name in [name for name in sys.modules if name not in saved_modules]:
        del sys.modules[name]
    sys.modules.update(saved_modules)
    sys.path_importer_cache.pop(str(tmp_path), None)
    sys.dont_write_bytecode = saved_bytecode
    importlib.invalidate_caches()


def write(folder, filename, source):
    """Write folder/filename (parent folders included) and tell the import system to look again."""
    path = folder / filename
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    importlib.invalidate_caches()
    return path


@pytest.fixture
def shop(lab):
    """The kata's two modules written into the lab folder, not yet imported."""
    write(lab, "shop_orders.py", circular_shop.ORDERS_SOURCE)
    write(lab, "shop_customers.py", circular_shop.CUSTOMERS_SOURCE)
    return lab


def import_shop(first):
    try:
        return importlib.import_module(first)
    except Exception as error:  # ImportError, or AttributeError for a name read too early
        pytest.fail(
            f"`import {first}` raised {type(error).__name__}: {error}\n"
            "While one module of the cycle runs its first lines, the other imports it and finds it only partly "
            "filled in. Which names does each module need at import time, and which only when a function runs?",
            pytrace=False,
        )


@pytest.mark.checklist("imports_modules.module_caching")
def test_import_orders_first(shop):
    orders = import_shop("shop_orders")
    assert_returns(call_kata(orders.order_summary, 101), "order 101 for Ada Lovelace", "orders.order_summary(101)")
    customers = import_shop("shop_customers")
    assert_returns(call_kata(customers.orders_of, "ada"), [101, 103], "customers.orders_of('ada')")


@pytest.mark.checklist("imports_modules.module_caching")
def test_import_customers_first(shop):
    customers = import_shop("shop_customers")
    assert_returns(call_kata(customers.orders_of, "linus"), [102], "customers.orders_of('linus')")
    assert_returns(call_kata(import_shop("shop_orders").order_summary, 102), "order 102 for Linus Torvalds", "import_shop('shop_orders').order_summary(102)")


@pytest.mark.checklist("imports_modules.module_caching")
def test_customers_read_the_orders_of_the_orders_module(shop):
    customers = import_shop("shop_customers")
    orders = importlib.import_module("shop_orders")
    orders.ORDERS[104] = "linus"
    assert call_kata(customers.orders_of, "linus") == [102, 104], (
        "orders_of must read the ORDERS of shop_orders, the one table of orders, not a copy of it"
    )


@pytest.mark.checklist("imports_modules.module_caching")
def test_functions_stay_where_they_are(shop):
    orders, customers = import_shop("shop_orders"), import_shop("shop_customers")
    placed = {
        "order_summary": getattr(getattr(orders, "order_summary", None), "__module__", None),
        "display_name": getattr(getattr(customers, "display_name", None), "__module__", None),
        "orders_of": getattr(getattr(customers, "orders_of", None), "__module__", None),
    }
    assert placed == {"order_summary": "shop_orders", "display_name": "shop_customers", "orders_of": "shop_customers"}, (
        f"where each function is defined: {placed}. Break the cycle without moving functions between modules"
    )
    assert sorted(name for name in sys.modules if name.startswith("shop_")) == ["shop_customers", "shop_orders"]
