"""Misconception: dict.get's default is only evaluated when the key is missing.

checklist: none
"""


def make_dispatcher(handlers: dict, default):
    def dispatch(command, *args):
        fallback = default(command, *args)
        return handlers[command](*args) if command in handlers else fallback

    return dispatch
