"""Reference answers for generators_quiz.py."""

# Question 1 (elimination): "When does generator function body execute?"
BODY_RUNS_CHOICES = {
    "a": "when the function is called, up to the first yield, where it pauses until next() asks for the "
    "value",
    "b": "when the function is called, all of it: the yields collect the values into a list",
    "c": "on the first next(), up to the first yield; each later next() resumes it where it stopped",
    "d": "when the generator is garbage-collected",
}
BODY_RUNS_ANSWER = "c"


# Question 2: what is the difference between an iterable and an iterator?
ITERABLE_CHOICES = {
    "a": "none: both words mean an object you can use in a for loop",
    "b": "an iterator is an iterable that already holds all its items in memory, so it can be looped "
    "over many times; an iterable computes them",
    "c": "an iterable has __next__; an iterator has __iter__ and can be restarted",
    "d": "an iterable's __iter__ returns an iterator; an iterator has __next__, and its __iter__ "
    "returns itself, so one pass uses it up",
}
ITERABLE_ANSWER = "d"


# Question 3: in Python 3.7 or later, the body of a generator calls next() on an exhausted
# iterator and does not catch the StopIteration. What does the code looping over it see?
LEAKED_STOP_CHOICES = {
    "a": "the loop ends quietly, as if the generator had returned: the StopIteration is taken as the "
    "normal end",
    "b": "a RuntimeError: a StopIteration raised inside a generator body is turned into one (PEP 479)",
    "c": "the StopIteration itself, which the for loop then catches",
    "d": "the generator yields None and goes on",
}
LEAKED_STOP_ANSWER = "b"


# Question 4: a generator is suspended at a yield inside try/finally. What does close() do?
CLOSE_CHOICES = {
    "a": "raises GeneratorExit at that yield, so the finally block runs, and the generator is finished",
    "b": "marks the generator finished without running any more of its code",
    "c": "runs the generator to its end, discarding the values it yields",
    "d": "nothing until the next call of next(), which then raises StopIteration without running the "
    "finally block",
}
CLOSE_ANSWER = "a"
