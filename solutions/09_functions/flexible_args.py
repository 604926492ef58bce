"""Reference solution for flexible_args.py."""

import inspect


def merge_options(base, /, **overrides) -> dict:
    # / makes base positional-only, so the name "base" is free to arrive in **overrides.
    return {**base, **overrides}  # a new dict: the caller's base is left alone


def call_with_config(function, config: dict):
    parameters = inspect.signature(function).parameters.values()
    if any(p.kind is p.VAR_KEYWORD for p in parameters):
        return function(**config)  # **kwargs takes every key
    # Positional-only parameters cannot be passed by keyword, *args never by name.
    accepted = {p.name for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}
    return function(**{key: value for key, value in config.items() if key in accepted})
