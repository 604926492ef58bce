"""Reference solution for island_count.py: a flood fill from each unseen land cell, with an explicit stack."""


def count_islands(grid) -> int:
    rows = len(grid)
    columns = len(grid[0]) if rows else 0
    seen = set()
    islands = 0
    for r in range(rows):
        row = grid[r]
        for c in range(columns):
            if row[c] != "#" or (r, c) in seen:
                continue
            islands += 1  # a land cell no earlier fill reached: a new island; fill it all
            seen.add((r, c))
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < columns and (ny, nx) not in seen and grid[ny][nx] == "#":
                        seen.add((ny, nx))
                        stack.append((ny, nx))
    return islands
