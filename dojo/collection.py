"""How kata tests are collected, beside the plugin: in the topic's kata order, and importable without the plugin.

- :func:`in_kata_order`: pytest collects test files alphabetically; a topic's katas have an order
  (topic.toml), the one "Next:" follows. Kata tests run in that order, so `pytest katas/08_scope -x`
  stops on the kata the report names next. Tests outside katas/ keep their places.
- :func:`plain_imports`: with `-p no:dojo.plugin` (plain pytest: no report, no progress, no hints)
  kata tests still import their kata module by its plain name, from katas/.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dojo.curriculum import TOPIC_DIR_PATTERN, Curriculum


def kata_order(curriculum: Curriculum) -> dict[tuple[str, str], tuple[int, int]]:
    """(topic folder, test file name) -> (topic's place, kata's place in its topic)."""
    return {
        (topic.id, f"test_{kata.module}.py"): (topic_place, kata_place)
        for topic_place, topic in enumerate(curriculum.topics)
        for kata_place, kata in enumerate(topic.katas)
    }


def in_kata_order(items: list[Any], curriculum: Curriculum, katas_root: Path) -> None:
    """Reorder items in place: kata tests by (topic, kata) as the curriculum lists them, stable otherwise."""
    order = kata_order(curriculum)
    slots: list[int] = []
    keyed: list[tuple[tuple[int, int, int], Any]] = []
    for index, item in enumerate(items):
        path = Path(str(getattr(item, "path", "")))
        if path.parent.parent != katas_root or not TOPIC_DIR_PATTERN.match(path.parent.name):
            continue
        topic_place = next((i for i, t in enumerate(curriculum.topics) if t.id == path.parent.name), len(curriculum.topics))
        place = order.get((path.parent.name, path.name), (topic_place, sys.maxsize))
        slots.append(index)
        keyed.append(((*place, index), item))
    keyed.sort(key=lambda pair: pair[0])
    for slot, (_, item) in zip(slots, keyed, strict=True):
        items[slot] = item


def plain_imports(rootpath: Path, folders: Sequence[str] = ("katas",)) -> None:
    """Put each topic folder of katas/ on sys.path, as the plugin does for its default target."""
    for name in folders:
        target = rootpath / name
        if not target.is_dir():
            continue
        for folder in sorted((p for p in target.iterdir() if p.is_dir() and TOPIC_DIR_PATTERN.match(p.name)), reverse=True):
            if str(folder) not in sys.path:
                sys.path.insert(0, str(folder))
