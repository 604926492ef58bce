"""Kata: predict what the threading and concurrent.futures APIs promise, and what they do not.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"True False" (lines joined by newlines if it prints several), or the exception class it
raises, such as @predict(ValueError). A puzzle that prints and then raises is written as its
printed lines followed by the exception's name on a last line, e.g. "ran\\nRuntimeError".
Work it out in your head, or from the docs of threading and concurrent.futures; do not run the
puzzles. The tests run each one in this interpreter and compare. Every puzzle is deterministic:
no answer depends on which thread the scheduler picks.
"""

import threading
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

from dojo import predict


@predict(...)
def start_twice():
    worker = threading.Thread(target=print, args=("ran",))
    worker.start()
    worker.join()
    worker.start()


@predict(...)
def join_with_a_timeout():
    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    outcome = worker.join(timeout=0.01)
    print(outcome, worker.is_alive())
    release.set()
    worker.join()


@predict(...)
def join_yourself():
    threading.current_thread().join()


@predict(...)
def daemon_after_start():
    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    print("started")
    try:
        worker.daemon = True
    finally:
        release.set()
        worker.join()


@predict(...)
def bounded_semaphore_counts_releases():
    plain, bounded = threading.Semaphore(1), threading.BoundedSemaphore(1)
    plain.release()
    print(plain.acquire(timeout=0), plain.acquire(timeout=0))
    bounded.release()


@predict(...)
def a_barrier_that_times_out_stays_broken():
    barrier = threading.Barrier(2)
    try:
        barrier.wait(timeout=0.01)
    except threading.BrokenBarrierError:
        print("broken", barrier.broken)
    barrier.wait(timeout=0.01)


@predict(...)
def local_data_is_per_thread():
    data = threading.local()
    data.name = "main"
    seen = []

    def worker():
        seen.append(getattr(data, "name", "nothing"))
        data.name = "worker"

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    print(seen[0], data.name)


@predict(...)
def a_cancelled_timer():
    timer = threading.Timer(60, print, ["fired"])
    timer.start()
    timer.cancel()
    timer.join(timeout=5)
    print(timer.is_alive())


@predict(...)
def map_takes_all_its_input_first():
    def numbers():
        for n in range(3):
            print("yield", n)
            yield n

    with ThreadPoolExecutor(max_workers=1) as pool:
        results = pool.map(str, numbers())
        print("map returned")
        print(list(results))


@predict(...)
def a_callback_on_a_finished_future():
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker") as pool:
        future = pool.submit(int, "7")
        future.result()
        future.add_done_callback(lambda done: print("callback in", threading.current_thread().name))
        print("added")


@predict(...)
def wait_for_the_first_exception():
    release = threading.Event()
    with ThreadPoolExecutor(max_workers=2) as pool:
        slow = pool.submit(release.wait, 10)
        failing = pool.submit(int, "x")
        done, pending = wait([slow, failing], return_when=FIRST_EXCEPTION)
        print(len(done), len(pending), failing in done)
        release.set()


@predict(...)
def exception_returns_it():
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(int, "x")
        error = future.exception()
        print(type(error).__name__, future.done())
