"""Reference solution for dict_lookups.py."""


def stock_level(stock: dict, item: str) -> int:
    """How many of item are in stock; an item the dict does not list has 0."""
    return stock.get(item, 0)


def timeout_for(settings: dict) -> float:
    """The "timeout" setting in seconds, 30 when it is not set. 0 is a valid setting: never wait."""
    return settings.get("timeout", 30)


def nickname(profile: dict) -> str:
    """The profile's "nickname" when it has one, even an empty one; else its "name"."""
    if "nickname" in profile:
        return profile["nickname"]
    return profile["name"]
