"""Alternative: test membership with `in`, or try the lookup and catch KeyError, instead of dict.get.

The reference uses get() with a default twice and `in` once. Here stock_level and timeout_for
ask `in` first, in a conditional expression, and nickname tries the "nickname" key and falls
back on "name" only when that lookup raises KeyError: EAFP instead of LBYL.
"""


def stock_level(stock: dict, item: str) -> int:
    return stock[item] if item in stock else 0


def timeout_for(settings: dict) -> float:
    return settings["timeout"] if "timeout" in settings else 30


def nickname(profile: dict) -> str:
    try:
        return profile["nickname"]
    except KeyError:
        return profile["name"]
