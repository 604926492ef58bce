"""The project's own repository and its curriculum, as the tests read them."""

from __future__ import annotations

from pathlib import Path

from dojo.curriculum import load_curriculum

REPO = Path(__file__).resolve().parents[2]
CURRICULUM = load_curriculum(REPO / "katas")
TOPICS_WITH_KATAS = [topic.id for topic in CURRICULUM.topics if topic.has_katas]
