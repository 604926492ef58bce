"""Kata: a family of plugins that is also its own registry.

Task: make Registry the base of plugin families, so that this works:

    class Exporter(Registry):          # a direct subclass of Registry starts a new, empty family
        pass

    class Csv(Exporter, name="csv"):   # registered in Exporter under "csv" when the class is made
        pass

    class Tsv(Csv, name="tsv"):        # at any depth, still in Exporter
        pass

    class Helper(Exporter):            # no name: an ordinary class, not registered
        pass

    len(Exporter)       # 2
    list(Exporter)      # ["csv", "tsv"], the order in which the classes were made
    "csv" in Exporter   # True
    Exporter["tsv"]     # Tsv
    Exporter["xml"]     # KeyError

Also:

- a class whose name is already taken in its family raises ValueError from its class
  statement, and the family still holds the first one;
- families are separate: class Importer(Registry) starts empty, and may have its own "csv";
- keyword arguments Registry does not know (class Csv(Exporter, Tagged, name="csv",
  tag="text")) go on to the next class's __init_subclass__, as cooperative code must;
- plugins stay ordinary classes: Csv() is an instance of Csv and of Exporter.
"""


class Registry:
    """Base of plugin families: see the module docstring."""

    def __init_subclass__(cls, **kwargs):
        raise NotImplementedError("Registry: register each plugin class in its family as its class statement runs")
