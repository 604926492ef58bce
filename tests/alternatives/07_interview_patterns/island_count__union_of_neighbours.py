"""Alternative: union-find over the land cells instead of a flood fill.

One pass over the map: each land cell becomes its own set and is joined with the land cell
above it and the one to its left (the others join it later). The islands are the sets left; a
cell is read once in the pass, plus its up and left neighbours: O(cells * alpha).
"""


def count_islands(grid) -> int:
    parent: dict = {}

    def find(cell):
        while parent[cell] != cell:
            parent[cell] = parent[parent[cell]]
            cell = parent[cell]
        return cell

    islands = 0
    previous = None
    for r, row in enumerate(grid):
        row = list(row)  # one read of each cell of this row
        for c, cell in enumerate(row):
            if cell != "#":
                continue
            parent[(r, c)] = (r, c)
            islands += 1
            for neighbour, land in (((r - 1, c), previous is not None and previous[c] == "#"),
                                    ((r, c - 1), c > 0 and row[c - 1] == "#")):  # fmt: skip
                if land:
                    a, b = find(neighbour), find((r, c))
                    if a != b:
                        parent[a] = b
                        islands -= 1
        previous = row
    return islands
