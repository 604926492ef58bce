"""Misconception: a for loop's else runs only when the loop had nothing to iterate over.

That is what {% for %} ... {% else %} means in Jinja2 (and {% empty %} in Django templates);
in Python the else runs whenever the loop ends without break.

checklist: control_flow.for_else
"""

# The contract test appends this to solutions/11_control_flow/control_flow_quiz.py: the reference answers, with the wrong belief's instead.
FOR_ELSE_ANSWER = "a"
