"""Misconception: Python grows its stack as needed, so a recursive search of a 5000-deep chain just works.

checklist: interview_patterns.graph_search
"""

recursive_depth_first.prediction = "True 5001"
