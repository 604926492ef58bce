"""Reference solution for missing_await.py."""

import asyncio


async def notify(users, send):
    """Deliver send(user) to every user, one after another, in order; return how many were sent."""
    for user in users:
        await send(user)
    return len(users)


async def first_line(ask, question):
    """Return the first line of the reply of the coroutine function ask(question), stripped."""
    reply = await ask(question)
    return reply.splitlines()[0].strip()


def build_report(make_report, name):
    """Run the coroutine make_report(name) to completion on a new event loop and return its result."""
    return asyncio.run(make_report(name))
