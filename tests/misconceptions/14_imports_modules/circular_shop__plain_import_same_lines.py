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
