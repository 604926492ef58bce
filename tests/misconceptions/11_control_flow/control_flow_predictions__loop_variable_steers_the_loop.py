"""Misconception: assigning to the loop variable inside the body changes what the next iteration gets.

A for loop assigns the next item to its target at the top of every iteration, whatever the body
did to the name; the target is any assignment target, even a subscription (letters[key]).

checklist: none
"""

for_target_is_an_assignment.prediction = "[0] {'a': 1, 'b': 2}"  # noqa: F821 - appended to the module
