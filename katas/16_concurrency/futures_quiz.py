"""Kata: three warnings of the threading and concurrent.futures docs, answered instantly.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests store each right answer as a salted digest: that keeps it from being read by
accident, not secret (anyone can hash every choice). It is practice: choose, then check.
"""

# Question 1: A worker process of a ProcessPoolExecutor dies abruptly (the OOM killer, os._exit)
# while it runs a call. What happens?
BROKEN_POOL_CHOICES = {
    "a": "the pool starts a new worker process in its place and runs the interrupted call again from its very start",
    "b": "only that call's future fails, with the worker's exit code; the other calls go on in the other workers",
    "c": "the pool is broken: that call and every unfinished one fail with BrokenProcessPool; it takes no new work",
    "d": "the call's future never completes, so result() without a timeout waits forever; the other calls finish",
}
BROKEN_POOL_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2: You subclass threading.Thread to give a worker its own state. What do you override?
THREAD_SUBCLASS_CHOICES = {
    "a": "start(), so that the new thread begins with your code; run() is only kept for backward compatibility",
    "b": "run() and join(), so that join() can hand back run()'s return value or re-raise the exception it raised",
    "c": "__call__(), which the thread calls once it has started; run() and start() are better left untouched",
    "d": "only __init__ (calling Thread.__init__ first) and run(); start() calls run() in the new thread for you",
}
THREAD_SUBCLASS_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: future.result(timeout=1) raises TimeoutError for a call submitted to a
# ThreadPoolExecutor. What became of the call?
RESULT_TIMEOUT_CHOICES = {
    "a": "it was cancelled when the time ran out, and the pool's worker thread moved on at once to the next call",
    "b": "nothing: it runs on, or waits in the queue; the timeout only bounds your wait (cancel() stops only a call not started)",
    "c": "it was interrupted with a TimeoutError raised inside it, at its next bytecode, so its finally blocks and its handlers ran",
    "d": "it was put back at the end of the pool's queue, to be run again once a worker is free, with the very same arguments",
}
RESULT_TIMEOUT_ANSWER = ...  # "a", "b", "c" or "d"
