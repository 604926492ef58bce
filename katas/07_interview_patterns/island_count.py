"""Kata: a grid as an implicit graph: count the islands.

Task: count_islands(grid) takes a map as a list of rows, each row a sequence of cells, "#" for
land and "." for water, all rows of one length. An island is a group of land cells joined up,
down, left or right (not diagonally). Return how many islands there are, and leave the grid as
it was.

    count_islands(["##..",
                   "#..#",
                   "..##"])  ->  2

No graph is given: each cell's neighbours are the cells next to it. O(rows * columns): read
each cell a constant number of times. An island may wind across the whole map, far longer than
Python lets function calls nest. The tests count every cell read.
"""


def count_islands(grid) -> int:
    raise NotImplementedError("count_islands: how many islands of '#' joined up, down, left or right, in O(cells)")
