"""Misconception: when the thread stops waiting (result(timeout) raises), the coroutine stops too (it runs on until cancelled).

checklist: none
"""

import asyncio


def call_from_thread(loop, coroutine_function, *args, timeout: float):
    return asyncio.run_coroutine_threadsafe(coroutine_function(*args), loop).result(timeout)
