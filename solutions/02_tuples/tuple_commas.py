"""Reference solution for tuple_commas.py."""

ALLOWED_EXTENSIONS = (".py",)  # the file extensions upload() accepts: only Python files for now


def single(item) -> tuple:
    """Return a tuple that holds item and nothing else, for any item."""
    return (item,)


def accepts(filename: str) -> bool:
    """True if filename ends with one of ALLOWED_EXTENSIONS."""
    return any(filename.endswith(extension) for extension in ALLOWED_EXTENSIONS)


def shipping_cost(weight_kg: float) -> float:
    """A flat 4.5 plus 1.25 per kilogram, as a number."""
    cost = 4.5 + 1.25 * weight_kg
    return cost
