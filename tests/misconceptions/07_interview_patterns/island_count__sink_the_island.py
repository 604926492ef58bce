"""Misconception: mark visited land by writing water over it in the grid.

A common shortcut that saves the set, but it destroys the caller's map: after the count, every
island is gone. Keep the marks in a set of your own (or copy the grid first, and say so).

checklist: interview_patterns.graph_search
"""


def count_islands(grid) -> int:
    rows = len(grid)
    columns = len(grid[0]) if rows else 0
    islands = 0
    for r in range(rows):
        for c in range(columns):
            if grid[r][c] != "#":
                continue
            islands += 1
            grid[r][c] = "."
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < columns and grid[ny][nx] == "#":
                        grid[ny][nx] = "."
                        stack.append((ny, nx))
    return islands
