"""Misconception: copying the data a module needs removes the need to import it.

Now there are two tables of orders, and they drift apart.

checklist: imports_modules.module_caching
"""

ORDERS_SOURCE = '''
import shop_customers

ORDERS = {101: "ada", 102: "linus", 103: "ada"}


def order_summary(order_id):
    return f"order {order_id} for {shop_customers.display_name(ORDERS[order_id])}"
'''

CUSTOMERS_SOURCE = '''
ORDERS = {101: "ada", 102: "linus", 103: "ada"}

NAMES = {"ada": "Ada Lovelace", "linus": "Linus Torvalds"}


def display_name(key):
    return NAMES[key]


def orders_of(key):
    return sorted(order_id for order_id, customer in ORDERS.items() if customer == key)
'''
