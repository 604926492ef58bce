"""Misconception: giving up on a lock and retrying (back-off) is the cure this kata asks for.

Back-off avoids the deadlock but can livelock: transfers that keep backing off in step never
finish. The task asks for lock ordering, and the tests stop a retry with a message that says so.

checklist: none
"""
import random
import time


def transfer(source, target, amount):
    if source is target:
        with source.lock:
            if amount > source.balance:
                raise ValueError("too little")
        return
    while True:
        with source.lock:
            if target.lock.acquire(blocking=False):
                try:
                    if amount > source.balance:
                        raise ValueError("too little")
                    source.balance -= amount
                    target.balance += amount
                    return
                finally:
                    target.lock.release()
        time.sleep(random.random() / 1000)
