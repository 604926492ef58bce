"""Kata: tuples, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests store each right answer only as a salted digest: it keeps the answer from a casual
reader, but anyone can hash each choice to find it. It is a practice aid, not a secret.
"""

# Question 1: what makes `x = 1, 2` a tuple?
MAKES_A_TUPLE_CHOICES = {
    "a": "the comma; parentheses only group, except in the empty tuple ()",
    "b": "the parentheses; Python adds them silently when they are left out",
    "c": "the assignment: any name bound with = to several values becomes a tuple",
    "d": "the parentheses and the comma together; either one alone is not enough",
}
MAKES_A_TUPLE_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2: `t = (1, [2, 3])`. Which statement is true?
SHALLOW_CHOICES = {
    "a": "t cannot change in any way, so hash(t) works like the hash of any tuple",
    "b": "t[1].append(4) works and t now shows it, since t holds the list itself; hash(t) raises TypeError",
    "c": "t[1].append(4) raises TypeError, because everything inside a tuple is frozen",
    "d": "t holds a copy of the list, so changing the original list does not show in t",
}
SHALLOW_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: `t = ([1],)`, then `t[0] += [2]` is run inside try/except TypeError. What is t afterwards?
AUGMENTED_CHOICES = {
    "a": "([1],): the statement raised, so the tuple and its list are unchanged",
    "b": "([1], [2]): += on a tuple item appends a new item to the tuple",
    "c": "([1, 2],): the list was extended before storing it back into t raised",
    "d": "([1, 2],), and no TypeError is raised at all, because the list is mutable",
}
AUGMENTED_ANSWER = ...  # "a", "b", "c" or "d"


# Question 4: a record that is updated in place after it is made, with a list field. Which do you use?
RECORD_CHOICES = {
    "a": "a namedtuple, because it is lighter than a class and its fields have names",
    "b": "a plain tuple, accessed by index, so that it can also be a dict key",
    "c": "a frozen dataclass, with field(default_factory=list) for the list",
    "d": "a dataclass, with field(default_factory=list) for the list",
}
RECORD_ANSWER = ...  # "a", "b", "c" or "d"
