"""Python Internals Katas: the pytest plugin, the helpers kata tests use, and the dojo CLI."""

from dojo.testing import predict

__all__ = ["predict"]
