"""Misconception: lru_cache on a method keeps a cache per instance that dies with it.

checklist: utility_functions.itertools_functools
"""

# The contract test appends this to solutions/05_utility_functions/toolbox_quiz.py: the reference answers, with the wrong belief's instead.
METHOD_CACHE_ANSWER = "b"
