"""The project's own tests: pytester drives the plugin in scratch folders; shared fixtures in tests/support."""

from __future__ import annotations

# Loaded here, not by the plugin, so learners' kata runs never pay for pytester.
pytest_plugins = ["pytester", "tests.support.fixtures"]
