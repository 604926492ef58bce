"""Alternative: the standard library's graphlib.TopologicalSorter, its CycleError translated.

TopologicalSorter(deps) reads each package's dependencies once; static_order() yields a valid
order or raises graphlib.CycleError, whose second argument is the cycle as a list of packages
(the first and last are the same): any of them lies on the cycle.
"""

import graphlib


def build_order(deps) -> list:
    try:
        return list(graphlib.TopologicalSorter(deps).static_order())
    except graphlib.CycleError as error:
        raise CycleError(error.args[1][0]) from None
