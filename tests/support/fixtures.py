"""Fixtures for every test module (a pytest plugin, registered in tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.support.demo import DEMO_FILES, PLUGINS_OFF, write_all


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # The outer run's plugin may export its own target; the scratch repositories must choose theirs.
    for name in ("DOJO_TARGET", "DOJO_REVEAL", "GITHUB_STEP_SUMMARY", "PYTEST_ADDOPTS"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def kata_repo(pytester: pytest.Pytester) -> pytest.Pytester:
    """The demo kata repository under pytester: stubs in katas/, solutions in solutions/."""
    # The project's plugins off (PLUGINS_OFF): pytester forgets the modules an in-process run imported, so
    # each plugin would be imported again by every run, and by every xdist worker.
    settings = {
        "conftest.py": 'pytest_plugins = ["dojo.plugin"]\n',
        "pytest.ini": (
            f"[pytest]\naddopts = --import-mode=importlib -p no:cacheprovider {' '.join(PLUGINS_OFF)}\ntimeout = 20\n"
            "asyncio_default_fixture_loop_scope = function\n"
        ),
    }
    write_all(pytester.path, {**settings, **DEMO_FILES})
    return pytester
