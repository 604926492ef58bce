"""Kata: work that must finish although whoever waits for it gives up.

Task: implement save_then_reply.

A request handler is cancelled when its client goes away, and gives up when its own time
limit runs out. A save that has begun must still complete, or the record is half written.
asyncio.shield(awaitable) protects what it wraps from the cancellation of the task that
awaits it: the awaiting task still ends cancelled (or timed out), the shielded work goes on.
The event loop keeps only weak references to tasks, so whoever starts work that outlives
its caller keeps a reference to it.
"""

SAVING: set = set()  # the saves that are still running


async def save_then_reply(save, record, seconds: float) -> str:
    """Start `await save(record)` and wait for it at most `seconds`.

    - The save ends in time: return "saved" (an exception it raises reaches the caller, a
      TimeoutError of its own too: only this function's time limit means "not in time").
    - It does not: return "saving in the background"; the save goes on until it ends.
    - The caller is cancelled while it waits: it ends cancelled, and the save goes on; also
      when the cancellation comes (say, from the caller's own deadline) as the limit runs out.
    While a save runs it is held (its task) in SAVING; it leaves SAVING when it ends.
    """
    raise NotImplementedError("save_then_reply: the save always completes; the caller waits for it at most `seconds`")
