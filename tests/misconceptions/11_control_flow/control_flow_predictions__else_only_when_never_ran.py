"""Misconception: a loop's else runs only when the loop body never ran.

checklist: control_flow.for_else
"""

else_after_a_full_loop.prediction = "1\n3\nwhile else"
