"""Misconception: flood-fill from every land cell, and count the island only from its first cell.

Right count, with no shared marks, but each island is filled once per cell of it: O(cells^2)
reads on one big island. Marks kept across fills reach each cell once.

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
            island, stack = {(r, c)}, [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < columns and (ny, nx) not in island and grid[ny][nx] == "#":
                        island.add((ny, nx))
                        stack.append((ny, nx))
            if min(island) == (r, c):
                islands += 1
    return islands
