"""Misconception: an intersection costs the size of its first argument anyway, so a comprehension over it does as well as `&`.

`a & b` walks the smaller of the two sets and looks each element up in the other, using the
hashes the sets already store; a comprehension over a big first argument hashes every element.

checklist: sets.membership_algebra
"""


def mutual_friends(friends_a: set, friends_b: set) -> set:
    return {friend for friend in friends_a if friend in friends_b}
