"""Reference answers for asyncio_quiz.py."""

# Question 1 (elimination): "Does asyncio provide true parallelism?"
PARALLELISM_CHOICES = {
    "a": "Yes: every task runs on a thread of its own, taken from a pool that the event loop starts",
    "b": "No: one thread runs one task at a time, and tasks take turns where they await",
    "c": "Yes for IO-bound work: only CPU-bound tasks are serialised, by the GIL, on a single core",
    "d": "No, unless asyncio.run() is given more than one worker, one loop thread per CPU core",
}
PARALLELISM_ANSWER = "b"


# Question 2: what does `result = await fetch()` do inside a coroutine?
AWAIT_CHOICES = {
    "a": "suspends this coroutine until fetch's result is ready; meanwhile the loop runs other tasks whenever fetch waits",
    "b": "starts fetch on a background thread from the loop's pool and carries on with the next line at once, not waiting",
    "c": "blocks the whole event loop, every other task included, until fetch has returned its result to this coroutine",
    "d": "schedules fetch to run after this coroutine has returned, and binds result to a placeholder filled in later",
}
AWAIT_ANSWER = "a"


# Question 3: a web service must resize images (pure Python, CPU-bound) for each request. What do you do
# (on a CPython with a GIL, the default build)?
CPU_BOUND_CHOICES = {
    "a": "make the resize function `async def`, so the event loop interleaves the requests and the resizes overlap each other",
    "b": "put `await asyncio.sleep(0)` inside the resize loop, so that the loop hands the resizes to its other cores in parallel",
    "c": "run it with asyncio.to_thread: worker threads run the Python code on the other cores while the loop serves requests",
    "d": "send it to a process pool (loop.run_in_executor with a ProcessPoolExecutor): asyncio itself gives no parallelism",
}
CPU_BOUND_ANSWER = "d"


# Question 4: in a coroutine you must call a library that only has a blocking function, client.download(url).
BLOCKING_CALL_CHOICES = {
    "a": "call it directly: inside an `async def` a blocking call cannot block the event loop",
    "b": "`asyncio.create_task(client.download(url))`, so that it runs in the background",
    "c": "`await asyncio.to_thread(client.download, url)`, or switch to an async client",
    "d": "`await asyncio.wait_for(client.download(url), 5)`, so it can never hold the loop long",
}
BLOCKING_CALL_ANSWER = "c"
