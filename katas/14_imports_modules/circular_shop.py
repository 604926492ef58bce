"""Kata: a circular import, and how to break it.

Task: the tests write the two modules below into a folder and import them, in either order.
They import each other, and `import shop_orders` fails. Edit their source
until both import orders work, keeping every function in the module it is in now and
without adding a third module.

A module that is being imported is in sys.modules before its code has finished running:
whoever imports it in the meantime gets a module that is only partly filled in.
"""

ORDERS_SOURCE = '''
from shop_customers import display_name

ORDERS = {101: "ada", 102: "linus", 103: "ada"}


def order_summary(order_id):
    return f"order {order_id} for {display_name(ORDERS[order_id])}"
'''

CUSTOMERS_SOURCE = '''
from shop_orders import ORDERS

NAMES = {"ada": "Ada Lovelace", "linus": "Linus Torvalds"}


def display_name(key):
    return NAMES[key]


def orders_of(key):
    return sorted(order_id for order_id, customer in ORDERS.items() if customer == key)
'''
