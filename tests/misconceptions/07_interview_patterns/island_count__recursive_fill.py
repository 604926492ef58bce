"""Misconception: a recursive flood fill is fine for any map.

Right count and O(cells), but each step into a neighbour is a nested Python call: an island that
winds across a 100 x 100 map is thousands of calls deep, past sys.getrecursionlimit().

checklist: interview_patterns.graph_search
"""


def count_islands(grid) -> int:
    rows = len(grid)
    columns = len(grid[0]) if rows else 0
    seen = set()

    def fill(y, x):
        if not (0 <= y < rows and 0 <= x < columns) or (y, x) in seen or grid[y][x] != "#":
            return
        seen.add((y, x))
        fill(y - 1, x)
        fill(y + 1, x)
        fill(y, x - 1)
        fill(y, x + 1)

    islands = 0
    for r in range(rows):
        for c in range(columns):
            if grid[r][c] == "#" and (r, c) not in seen:
                islands += 1
                fill(r, c)
    return islands
