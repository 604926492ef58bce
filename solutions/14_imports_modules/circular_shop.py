"""Reference solution for circular_shop.py: each module imports the other as a module and reads its names only when a function runs."""

ORDERS_SOURCE = '''
import shop_customers

ORDERS = {101: "ada", 102: "linus", 103: "ada"}


def order_summary(order_id):
    return f"order {order_id} for {shop_customers.display_name(ORDERS[order_id])}"
'''

CUSTOMERS_SOURCE = '''
import shop_orders

NAMES = {"ada": "Ada Lovelace", "linus": "Linus Torvalds"}


def display_name(key):
    return NAMES[key]


def orders_of(key):
    return sorted(order_id for order_id, customer in shop_orders.ORDERS.items() if customer == key)
'''
