"""Python Internals Katas: the pytest plugin, the helpers kata tests use, and the dojo CLI."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dojo.testing import predict

__all__ = ["predict"]


def __getattr__(name: str) -> Any:
    # `from dojo import predict` (in predict katas) imports dojo.testing, and with it pytest, only
    # when it is used: the `dojo` command starts without pytest (`dojo --help`, `dojo list`).
    if name == "predict":
        from dojo.testing import predict

        return predict
    raise AttributeError(f"module 'dojo' has no attribute {name!r}")
