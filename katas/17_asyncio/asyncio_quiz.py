"""Kata: asyncio in four answers an interviewer expects without hesitation.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests know the right answer only as a salted digest, so reading them spoils nothing.

Question 1 is elimination question 6 of the interview suite.
"""

# Question 1 (elimination): "Does asyncio provide true parallelism?"
PARALLELISM_CHOICES = {
    "a": "Yes: every task runs on a thread of its own",
    "b": "Yes for IO-bound work; only CPU-bound tasks are serialised by the GIL",
    "c": "No: one thread runs one task at a time, and tasks take turns where they await",
    "d": "No, unless the loop is started with more than one worker",
}
PARALLELISM_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2: what does `result = await fetch()` do inside a coroutine?
AWAIT_CHOICES = {
    "a": "starts fetch on a background thread and carries on at once",
    "b": "blocks the whole event loop until fetch returns",
    "c": "suspends this coroutine until fetch's result is ready; meanwhile the loop runs other tasks whenever fetch waits",
    "d": "schedules fetch to run after this coroutine has returned",
}
AWAIT_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: a web service must resize images (pure Python, CPU-bound) for each request. What do you do
# (on a CPython with a GIL, the default build)?
CPU_BOUND_CHOICES = {
    "a": "make the resize function `async def`, so the loop interleaves the requests",
    "b": "put `await asyncio.sleep(0)` in the resize loop, so the resizes run in parallel",
    "c": "run it with asyncio.to_thread: on a CPython with a GIL, threads run Python code on several cores",
    "d": "send it to a process pool (loop.run_in_executor with a ProcessPoolExecutor): asyncio itself gives no parallelism",
}
CPU_BOUND_ANSWER = ...  # "a", "b", "c" or "d"


# Question 4: in a coroutine you must call a library that only has a blocking function, client.download(url).
BLOCKING_CALL_CHOICES = {
    "a": "call it directly: inside `async def` it cannot block",
    "b": "`await asyncio.to_thread(client.download, url)`, or switch to an async client",
    "c": "`asyncio.create_task(client.download(url))`",
    "d": "`await asyncio.wait_for(client.download(url), 5)`",
}
BLOCKING_CALL_ANSWER = ...  # "a", "b", "c" or "d"
