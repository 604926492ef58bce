"""Kata: reading a key that may be missing.

Task: each function below gets a missing key wrong, in one of two ways: it crashes, or it
mistakes a stored value for a missing one. Fix them so every docstring holds.

`d[key]` raises KeyError for a missing key. `d.get(key, default)` returns default only when
the key is missing. `key in d` asks whether it is there at all.
"""


def stock_level(stock: dict, item: str) -> int:
    """How many of item are in stock; an item the dict does not list has 0."""
    return stock[item]


def timeout_for(settings: dict) -> float:
    """The "timeout" setting in seconds, 30 when it is not set. 0 is a valid setting: never wait."""
    return settings.get("timeout") or 30


def nickname(profile: dict) -> str:
    """The profile's "nickname" when it has one, even an empty one; else its "name"."""
    if profile.get("nickname"):
        return profile["nickname"]
    return profile["name"]
