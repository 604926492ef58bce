"""Alternative: notify awaits each send through a loop of explicit awaits on a list; build_report uses asyncio.Runner (3.11+).

first_line awaits the reply inside the expression; asyncio.Runner is the long-hand of asyncio.run.
"""

import asyncio


async def notify(users, send):
    sent = 0
    for user in list(users):
        await send(user)
        sent += 1
    return sent


async def first_line(ask, question):
    return (await ask(question)).splitlines()[0].strip()


def build_report(make_report, name):
    with asyncio.Runner() as runner:
        return runner.run(make_report(name))
