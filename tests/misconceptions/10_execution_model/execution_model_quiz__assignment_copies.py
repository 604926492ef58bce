"""Misconception: `x = y` copies the value of y into x.

The elimination question 3 answer that ends the interview.

checklist: execution_model.binding_vs_mutation
"""

# The contract test appends this to solutions/10_execution_model/execution_model_quiz.py: the reference answers, with the wrong belief's instead.
BINDING_ANSWER = "a"
