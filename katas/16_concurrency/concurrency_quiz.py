"""Kata: the GIL, threads and processes, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests store each right answer as a salted digest: that keeps it from being read by
accident, not secret (anyone can hash every choice). It is practice: choose, then check.

Elimination questions 5 and 10 of the interview suite: a candidate who does not know what
the GIL is, or reaches for threads to speed up CPU-bound Python, is rejected.
"""

# Question 1 (elimination): "What is the GIL?"
GIL_CHOICES = {
    "a": "a lock in the operating system that stops two Python processes from writing to the same memory at once",
    "b": "the global import lock that makes importing a module thread-safe, held while a module's top level runs",
    "c": "a lock that makes every Python statement atomic, so threads never need locks of their own",
    "d": "a mutex in CPython that lets only one thread at a time execute Python bytecode in a process",
}
GIL_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2 (elimination): "Threading or multiprocessing for CPU-intensive pure-Python work?" (on a CPython with a GIL)
CPU_WORK_CHOICES = {
    "a": "multiprocessing: each process has its own interpreter and GIL, so the work runs on several cores",
    "b": "threading: threads are lighter than processes, share memory, and the OS spreads them over the cores",
    "c": "either: the GIL switches threads every few milliseconds, so the threads end up sharing all the cores",
    "d": "asyncio: one event loop runs the computations concurrently, without the cost of threads or processes",
}
CPU_WORK_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: on a CPython with a GIL, which job gets faster with a pool of threads?
THREADS_HELP_CHOICES = {
    "a": "computing the first million primes in pure Python",
    "b": "resizing 500 images with a pure-Python loop over their pixels",
    "c": "downloading 100 web pages",
    "d": "none: with a GIL, threads never make anything faster",
}
THREADS_HELP_ANSWER = ...  # "a", "b", "c" or "d"


# Question 4: two threads each run `counter += 1` a million times on a shared int, without a lock.
INCREMENT_CHOICES = {
    "a": "always 2,000,000: the GIL makes `+=` atomic",
    "b": "possibly less than 2,000,000: read, add and store are separate steps and a thread switch can fall between them",
    "c": "a RuntimeError: CPython refuses unsynchronised writes",
    "d": "always exactly 2,000,000 on Python 3.10 and newer, because 3.10 made every update of a shared int atomic under the GIL",
}
INCREMENT_ANSWER = ...  # "a", "b", "c" or "d"


# Question 5: a free-threaded build (python3.13t, python3.14t) runs with its GIL disabled. What changes?
FREE_THREADED_CHOICES = {
    "a": "threads can run Python code on several cores at once, and code that relied on the GIL for safety needs locks",
    "b": "every statement becomes atomic under per-object locks, so the locks in your own code are no longer needed at all",
    "c": "multiprocessing stops working, because processes cannot be started from an interpreter that has no GIL",
    "d": "nothing visible: the GIL was only ever a convention that C extensions followed, and pure Python never noticed it",
}
FREE_THREADED_ANSWER = ...  # "a", "b", "c" or "d"
