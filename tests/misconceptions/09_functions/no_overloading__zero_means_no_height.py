"""Misconception: a default of 0 marks a missing height, so `if not height` tells the two calls apart.

checklist: none
"""


def area(width, height=0):
    if not height:
        return math.pi * width * width
    return width * height
