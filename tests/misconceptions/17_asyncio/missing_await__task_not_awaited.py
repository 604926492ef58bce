"""Misconception: wrapping a coroutine in asyncio.create_task is as good as awaiting it.

checklist: none
"""


async def notify(users, send):
    for user in users:
        asyncio.create_task(send(user))  # scheduled, but notify returns before any of them ran
    return len(users)


async def first_line(ask, question):
    reply = await ask(question)
    return reply.splitlines()[0].strip()


def build_report(make_report, name):
    return asyncio.run(make_report(name))
