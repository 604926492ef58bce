"""Misconception: subinterpreters share modules and globals like threads do (each imports its own; 3.14+, PEP 734).

checklist: none
"""

# The contract test appends this to solutions/16_concurrency/threads_predictions.py: the reference answers, with the wrong belief's instead.
interpreters_share_no_modules.prediction = "set in the other interpreter"
