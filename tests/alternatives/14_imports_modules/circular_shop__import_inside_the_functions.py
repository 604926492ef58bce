"""Alternative: no import at the top of either module; each function imports what it needs when it runs.

By the time a function runs, both modules have finished their top-level code, so even a
from-import finds the name. The import statement costs a dict lookup in sys.modules after the
first time.
"""

ORDERS_SOURCE = """
ORDERS = {101: "ada", 102: "linus", 103: "ada"}


def order_summary(order_id):
    from shop_customers import display_name

    return f"order {order_id} for {display_name(ORDERS[order_id])}"
"""

CUSTOMERS_SOURCE = """
NAMES = {"ada": "Ada Lovelace", "linus": "Linus Torvalds"}


def display_name(key):
    return NAMES[key]


def orders_of(key):
    from shop_orders import ORDERS

    return sorted(order_id for order_id, customer in ORDERS.items() if customer == key)
"""
