"""Alternative: merge_options copies and updates; call_with_config asks each parameter by name for its kind.

No set of accepted names is built: the config is filtered by looking each key up in the
signature's parameters, and **kwargs anywhere means every key goes through.
"""

import inspect


def merge_options(base, /, **overrides) -> dict:
    merged = dict(base)
    merged.update(overrides)
    return merged


def call_with_config(function, config: dict):
    parameters = inspect.signature(function).parameters
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())
    nameable = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    chosen = {
        key: value
        for key, value in config.items()
        if takes_any or (key in parameters and parameters[key].kind in nameable)
    }
    return function(**chosen)
