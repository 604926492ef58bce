"""What the project's own tests share: the repository and its curriculum."""

from __future__ import annotations

from pathlib import Path

from dojo.curriculum import load_curriculum

# pytester drives the plugin in scratch folders; loaded here so learners' kata runs never pay for it.
pytest_plugins = ["pytester"]

REPO = Path(__file__).resolve().parent.parent
CURRICULUM = load_curriculum(REPO / "katas")
TOPICS_WITH_KATAS = [topic.id for topic in CURRICULUM.topics if topic.has_katas]
