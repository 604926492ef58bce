"""Misconception: a cache only helps across calls; inside fib(30) the recursion still calls fib exponentially often.

checklist: interview_patterns.memoization
"""

calls_with_lru_cache.prediction = "1664079 0"
