"""Misconception: copying the data a module needs removes the need to import it.

Now there are two tables of orders, and they drift apart.

checklist: imports_modules.module_caching
"""


CUSTOMERS_SOURCE = '''
ORDERS = {101: "ada", 102: "linus", 103: "ada"}

NAMES = {"ada": "Ada Lovelace", "linus": "Linus Torvalds"}


def display_name(key):
    return NAMES[key]


def orders_of(key):
    return sorted(order_id for order_id, customer in ORDERS.items() if customer == key)
'''
