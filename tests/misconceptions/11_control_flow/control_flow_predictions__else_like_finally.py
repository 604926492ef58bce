"""Misconception: a loop's else always runs after the loop, like finally.

break skips it; only a loop that ends without break runs its else.

checklist: control_flow.for_else
"""

# The contract test appends this to solutions/11_control_flow/control_flow_predictions.py: the reference answers, with the wrong belief's instead.
for_else_with_break.prediction = "even 8\nno even number\ndone"
