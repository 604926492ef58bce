"""Kata: the GIL, threads and processes, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests know the right answer only as a salted digest, so reading them spoils nothing.

Elimination questions 5 and 10 of the interview suite: a candidate who does not know what
the GIL is, or reaches for threads to speed up CPU-bound Python, is rejected.
"""

# Question 1 (elimination): "What is the GIL?"
GIL_CHOICES = {
    "a": "a lock that stops two processes from using the same memory",
    "b": "a mutex in CPython that lets only one thread at a time execute Python bytecode in a process",
    "c": "the global import lock that makes importing a module thread-safe",
    "d": "a lock that makes every Python statement atomic, so threads never need locks of their own",
}
GIL_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2 (elimination): "Threading or multiprocessing for CPU-intensive pure-Python work?" (on a CPython with a GIL)
CPU_WORK_CHOICES = {
    "a": "threading: threads are lighter than processes and share memory",
    "b": "either: the GIL switches threads every few milliseconds, so they share the cores",
    "c": "multiprocessing: each process has its own interpreter and GIL, so the work runs on several cores",
    "d": "asyncio: one event loop runs the computations concurrently",
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
    "d": "always 2,000,000 on Python 3.10 and newer, which made integer updates atomic",
}
INCREMENT_ANSWER = ...  # "a", "b", "c" or "d"


# Question 5: a free-threaded build (python3.13t, python3.14t) runs with its GIL disabled. What changes?
FREE_THREADED_CHOICES = {
    "a": "threads can run Python code on several cores at once, and code that relied on the GIL for safety needs locks",
    "b": "every statement becomes atomic, so locks are no longer needed",
    "c": "multiprocessing stops working",
    "d": "nothing: the GIL was only ever a convention",
}
FREE_THREADED_ANSWER = ...  # "a", "b", "c" or "d"
