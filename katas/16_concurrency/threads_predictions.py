"""Kata: predict what each puzzle prints before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"[0, 1, 2]" (lines joined by newlines if it prints several), or the exception class it
raises, such as @predict(TypeError). A puzzle that prints and then raises is written as
its printed lines followed by the exception's name on a last line, e.g. "start\nKeyError".
Work it out in your head; do not run the puzzles.
The tests run each one in this interpreter and compare. Every puzzle is deterministic:
where threads run, they are joined before anything is printed. Version note:
`interpreters_share_no_modules` needs `concurrent.interpreters` (Python 3.14+, PEP 734) and
says so on older Pythons: predict for the Python you run.
"""

import operator
import pickle
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

from dojo import predict


@predict(...)
def run_is_not_start():
    seen = []
    worker = threading.Thread(target=lambda: seen.append(threading.get_ident()))
    worker.run()
    print(seen == [threading.get_ident()])


@predict(...)
def lock_is_not_reentrant():
    lock, rlock = threading.Lock(), threading.RLock()
    lock.acquire()
    rlock.acquire()
    print(lock.acquire(timeout=0.01), rlock.acquire(timeout=0.01))


@predict(...)
def event_remembers_notify_forgets():
    event = threading.Event()
    event.set()
    condition = threading.Condition()
    with condition:
        condition.notify()
    with condition:
        woken = condition.wait(timeout=0)
    print(event.wait(timeout=0), woken)


@predict(...)
def result_reraises():
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(int, "four")
        print("submitted")
    print("pool shut down")
    future.result()


@predict(...)
def join_does_not_reraise():
    failures = []

    def fail():
        raise ValueError("boom")

    previous_hook = threading.excepthook
    threading.excepthook = lambda args: failures.append(args.exc_type.__name__)
    try:
        worker = threading.Thread(target=fail)
        worker.start()
        worker.join(timeout=2)
    finally:
        threading.excepthook = previous_hook
    print("joined", failures)


@predict(...)
def what_a_pool_can_send():
    def travels(obj):
        try:
            pickle.dumps(obj)
        except Exception:  # which exception depends on what is pickled and on the version; that it fails does not
            return False
        return True

    print(travels(operator.neg), travels(abs), travels(lambda x: -x))


@predict(...)
def thread_local_values():
    slot = threading.local()
    slot.value = "main"

    def worker():
        slot.value = "worker"

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(timeout=2)
    print(slot.value)


@predict(...)
def daemon_is_inherited():
    flags = []

    def parent():
        flags.append(threading.Thread(target=print).daemon)

    thread = threading.Thread(target=parent, daemon=True)
    thread.start()
    thread.join(timeout=2)
    print(flags)


@predict(...)
def interpreters_share_no_modules():
    try:
        from concurrent import interpreters
    except ImportError:
        print("no concurrent.interpreters before Python 3.14")
        return
    other = interpreters.create()
    try:
        other.exec("import sys\nsys.flag = 'set in the other interpreter'")
        print(getattr(sys, "flag", "not here"))
    finally:
        other.close()


@predict(...)
def notify_needs_the_lock():
    condition = threading.Condition()
    try:
        condition.notify()
    except RuntimeError:
        print("refused")
    with condition:
        condition.notify()
        print("notified")


@predict(...)
def pool_waits_on_itself():
    with ThreadPoolExecutor(max_workers=1) as pool:

        def outer():
            inner = pool.submit(str, "inner")
            return inner.result(timeout=0.2)

        print(type(pool.submit(outer).exception(timeout=2)).__name__)


@predict(...)
def cancel_only_what_waits():
    started, release = threading.Event(), threading.Event()

    def blocker():
        started.set()
        release.wait(timeout=2)

    with ThreadPoolExecutor(max_workers=1) as pool:
        running = pool.submit(blocker)
        queued = pool.submit(print, "queued ran")
        started.wait(timeout=2)
        print(running.cancel(), queued.cancel())
        release.set()
    print(running.done(), queued.cancelled())

