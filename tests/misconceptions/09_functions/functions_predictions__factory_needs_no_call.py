"""Misconception: a decorator factory can be used with or without the parentheses.

checklist: none
"""

factory_used_without_a_call.prediction = "wrapper\n['pong']"
