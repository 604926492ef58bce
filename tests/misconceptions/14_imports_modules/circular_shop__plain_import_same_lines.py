"""Misconception: replacing `from m import x` by `import m` is enough, even when x is read at import time.

Reading shop_customers.display_name at module level still meets a half-run module.

checklist: imports_modules.module_caching
"""

ORDERS_SOURCE = '''
import shop_customers

display_name = shop_customers.display_name

ORDERS = {101: "ada", 102: "linus", 103: "ada"}


def order_summary(order_id):
    return f"order {order_id} for {display_name(ORDERS[order_id])}"
'''

CUSTOMERS_SOURCE = '''
import shop_orders

NAMES = {"ada": "Ada Lovelace", "linus": "Linus Torvalds"}


def display_name(key):
    return NAMES[key]


def orders_of(key):
    return sorted(order_id for order_id, customer in shop_orders.ORDERS.items() if customer == key)
'''
