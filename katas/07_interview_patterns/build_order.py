"""Kata: topological sort: an order that respects every dependency, or the cycle that forbids one.

Task: deps maps every package to the list of packages it depends on (a package that depends on
nothing maps to []; every package named in a list is also a key).

- build_order(deps): a list of all the packages in which each package comes after every package
  it depends on. Any such order will do.

      build_order({"app": ["web", "db"], "web": ["core"], "db": ["core"], "core": []})
      ->  ["core", "web", "db", "app"]  (or ["core", "db", "web", "app"])

- When the dependencies go round in a cycle, no order exists: raise CycleError(package) with a
  package that lies on a cycle (not merely one that depends on a cycle).

O(V + E) for V packages and E dependencies: look up each package's list a constant number of
times. Dependency chains run thousands deep.
"""


class CycleError(ValueError):
    """No build order exists: .package lies on a dependency cycle."""

    def __init__(self, package):
        super().__init__(f"the dependencies go round a cycle through {package!r}")
        self.package = package


def build_order(deps) -> list:
    raise NotImplementedError("build_order: every package after its dependencies, or CycleError, in O(V + E)")
