"""Kata: decorators that take arguments, and decorators stacked on one function.

Task: implement retry and tag_calls below.

`@retry(times=3)` is a call before it is a decorator: retry(times=3) runs first and must
return the decorator, which then receives the function. Before you start, say out loud:
with two decorators stacked on one def, which one is applied first, and which wrapper runs
first when the function is called?
"""


def retry(times: int, exceptions=(Exception,)):
    """Return a decorator: the decorated function is called at most `times` times per call.

    A call that raises one of `exceptions` is made again, until `times` calls have been made;
    then the last exception propagates. Any other exception (a BaseException that is not an
    Exception, such as KeyboardInterrupt, included) propagates at once. The first result that
    comes back is returned. Every call of the decorated function gets its own `times` tries.
    The wrapper keeps the function's name and docstring, and passes every argument through.
    retry(times) with times < 1 raises ValueError at once, before any function is decorated.
    """
    raise NotImplementedError("retry: a function that returns a decorator that returns a wrapper")


def tag_calls(label: str, log: list):
    """Return a decorator whose wrapper appends label to log, then calls the function and returns its result.

    The wrapper keeps the function's name and docstring and passes every argument through.
    """
    raise NotImplementedError("tag_calls: log the label, then call the function")
