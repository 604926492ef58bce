"""Misconception: a for loop's target must be a plain name (or a tuple of names).

It is any assignment target: `for key, letters[key] in pairs` assigns key, then letters[key].

checklist: none
"""

for_target_is_an_assignment.prediction = SyntaxError  # noqa: F821 - appended to the module
