"""Misconception: moving a from-import to the end of the module breaks the cycle.

It works for one import order only: importing shop_customers first still fails.

checklist: imports_modules.module_caching
"""

ORDERS_SOURCE = '''
ORDERS = {101: "ada", 102: "linus", 103: "ada"}


def order_summary(order_id):
    return f"order {order_id} for {display_name(ORDERS[order_id])}"


from shop_customers import display_name  # noqa: E402
'''

CUSTOMERS_SOURCE = '''
from shop_orders import ORDERS

NAMES = {"ada": "Ada Lovelace", "linus": "Linus Torvalds"}


def display_name(key):
    return NAMES[key]


def orders_of(key):
    return sorted(order_id for order_id, customer in ORDERS.items() if customer == key)
'''
