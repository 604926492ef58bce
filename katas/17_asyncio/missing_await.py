"""Kata: calling an async function does not run it.

Task: the three functions below forget what calling a coroutine function does. Fix them
so that the work really happens.

`send(user)` with `async def send` runs nothing: it returns a coroutine object, and the
body runs only when that coroutine is awaited (or wrapped in a task that the loop runs).
A coroutine that is dropped unawaited makes Python warn "coroutine ... was never awaited".
"""


async def notify(users, send):
    """Deliver send(user) to every user, one after another, in order; return how many were sent.

    send is a coroutine function: `async def send(user)`.
    """
    for user in users:
        send(user)
    return len(users)


async def first_line(ask, question):
    """Return the first line of the reply of the coroutine function ask(question), stripped."""
    reply = ask(question)
    return reply.splitlines()[0].strip()


def build_report(make_report, name):
    """A plain, synchronous function: run the coroutine make_report(name) to completion and return its result.

    There is no event loop running when build_report is called; start one for this call.
    """
    return make_report(name)
