"""Misconception: setdefault is get with a default.

It reads the key, and inserts the default when the key is missing: a lookup changes the dict.

checklist: dictionaries.helpers
"""


def stock_level(stock: dict, item: str) -> int:
    return stock.setdefault(item, 0)


def timeout_for(settings: dict) -> float:
    return settings.get("timeout", 30)


def nickname(profile: dict) -> str:
    if "nickname" in profile:
        return profile["nickname"]
    return profile["name"]
