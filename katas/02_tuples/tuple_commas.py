"""Kata: the comma makes the tuple, not the parentheses.

Task: each function below has a one-character bug about tuples. Fix them so every
docstring holds.

Parentheses only group; `(x)` is x. A tuple is made by a comma: `x,` or `(x,)`. The one
exception is the empty tuple, `()`.
"""

ALLOWED_EXTENSIONS = (".py")  # the file extensions upload() accepts: only Python files for now


def single(item) -> tuple:
    """Return a tuple that holds item and nothing else, for any item."""
    return (item)


def accepts(filename: str) -> bool:
    """True if filename ends with one of ALLOWED_EXTENSIONS."""
    return any(filename.endswith(extension) for extension in ALLOWED_EXTENSIONS)


def shipping_cost(weight_kg: float) -> float:
    """A flat 4.5 plus 1.25 per kilogram, as a number."""
    cost = 4.5 + 1.25 * weight_kg,
    return cost
