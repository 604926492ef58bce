"""Kata: what the asyncio docs' page "Developing with asyncio" warns about, in five questions.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests store each right answer as a salted digest: that keeps it from being read by
accident, not secret (anyone can hash every choice). It is practice: choose, then check.
"""

# Question 1: Which of these does NOT turn on asyncio's debug mode (slow-step reports, thread
# checks)?
DEBUG_MODE_CHOICES = {
    "a": "setting the environment variable PYTHONASYNCIODEBUG=1 before the interpreter starts",
    "b": "starting Python in its development mode, `python -X dev app.py` (or PYTHONDEVMODE=1)",
    "c": "`logging.getLogger(\"asyncio\").setLevel(logging.DEBUG)` at the start of the program",
    "d": "`asyncio.run(main(), debug=True)`, or `loop.set_debug(True)` on the loop you run",
}
DEBUG_MODE_ANSWER = "c"


# Question 2: Your coroutines log through a handler that sends each record to a log server over
# HTTP, synchronously. What is wrong, and what do you do?
LOGGING_CHOICES = {
    "a": "each log call holds the loop for a network round trip: log to a QueueHandler, and let a QueueListener's thread send",
    "b": "nothing: the logging module runs every handler in a thread of its own, so the loop never waits for the log server at all",
    "c": "records sent from coroutines arrive out of order: give each record a sequence number and sort them at the server",
    "d": "logging is not safe in coroutines: write the messages with print instead, which never waits for anything slow",
}
LOGGING_ANSWER = "a"


# Question 3: A process started with multiprocessing must hand results to coroutines running on the
# parent's loop. How?
PROCESSES_CHOICES = {
    "a": "call asyncio.run_coroutine_threadsafe(handle(result), loop) in the child: it works across processes as well",
    "b": "call loop.call_soon_threadsafe(handle, result) in the child, with the loop object it inherited at start",
    "c": "put the results on an asyncio.Queue created by the parent before the start, and await it in the parent",
    "d": "no asyncio call reaches another process: use run_in_executor with a process pool, or a pipe the loop reads",
}
PROCESSES_ANSWER = "d"


# Question 4: An event loop runs in a worker thread, and code on that loop calls
# loop.add_signal_handler(signal.SIGTERM, stop). What happens?
SIGNALS_CHOICES = {
    "a": "it works: the handler runs on the loop's thread whenever the process receives SIGTERM",
    "b": "it raises RuntimeError: signals reach only the main thread, so that loop must run there",
    "c": "it works, but the handler runs in the main thread, in parallel with the loop's own tasks",
    "d": "it silently does nothing: SIGTERM keeps its default action and ends the process at once",
}
SIGNALS_ANSWER = "b"


# Question 5: In a coroutine you must run an external command and read its output while the loop goes on serving
# other tasks. What do you use?
SUBPROCESS_CHOICES = {
    "a": "`proc = await asyncio.create_subprocess_exec(...)`, then `await proc.communicate()`: the loop watches its pipes",
    "b": "`subprocess.run(...)` called directly: a coroutine that waits on a child process never holds up the event loop",
    "c": "`os.system(...)` inside asyncio.create_task(...), so that the command runs in the background as its own task",
    "d": "nothing in asyncio can: start the command in a multiprocessing.Process and poll its exit code with sleep(0)",
}
SUBPROCESS_ANSWER = "a"
