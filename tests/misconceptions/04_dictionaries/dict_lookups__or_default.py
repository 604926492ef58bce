"""Misconception: `d.get(key) or default` is the same as `d.get(key, default)`.

`or` replaces every falsy value: a timeout of 0 and an empty nickname are treated as missing.

checklist: dictionaries.helpers
"""


def stock_level(stock: dict, item: str) -> int:
    return stock.get(item) or 0


def timeout_for(settings: dict) -> float:
    return settings.get("timeout") or 30


def nickname(profile: dict) -> str:
    return profile.get("nickname") or profile["name"]
