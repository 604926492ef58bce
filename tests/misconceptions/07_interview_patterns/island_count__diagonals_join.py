"""Misconception: cells that touch at a corner belong to one island.

The task joins cells up, down, left or right only; with the four diagonals as neighbours too, a
chequered map of five separate cells counts as one island.

checklist: interview_patterns.graph_search
"""


def count_islands(grid) -> int:
    rows = len(grid)
    columns = len(grid[0]) if rows else 0
    seen, islands = set(), 0
    for r in range(rows):
        for c in range(columns):
            if grid[r][c] != "#" or (r, c) in seen:
                continue
            islands += 1
            seen.add((r, c))
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):
                        ny, nx = y + dy, x + dx
                        if 0 <= ny < rows and 0 <= nx < columns and (ny, nx) not in seen and grid[ny][nx] == "#":
                            seen.add((ny, nx))
                            stack.append((ny, nx))
    return islands
