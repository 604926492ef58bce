"""Misconception: Executor.map is lazy like the built-in map; it reads its input as results are asked for.

checklist: concurrency.primitives
"""

# The contract test appends this to solutions/16_concurrency/thread_api_predictions.py: the reference answers, with the wrong belief's instead.
map_takes_all_its_input_first.prediction = "map returned\nyield 0\nyield 1\nyield 2\n['0', '1', '2']"
