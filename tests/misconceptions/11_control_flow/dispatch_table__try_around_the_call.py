"""Misconception: a try around handlers[command](*args) catches only the missing command.

checklist: none
"""


def make_dispatcher(handlers: dict, default):
    def dispatch(command, *args):
        try:
            return handlers[command](*args)
        except KeyError:
            return default(command, *args)

    return dispatch
