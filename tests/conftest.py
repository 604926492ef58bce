"""The project's own tests: pytester drives the plugin in scratch folders; shared fixtures in tests/support."""

from __future__ import annotations

# Loaded here, not by the plugin, so learners' kata runs never pay for pytester.
pytest_plugins = ["pytester", "tests.support.fixtures"]


def pytest_terminal_summary(terminalreporter) -> None:
    """Say how many parts of the kata contract came from its cache: those were proven before, not in this run."""
    parts = [value for reports in terminalreporter.stats.values() for report in reports
             for name, value in getattr(report, "user_properties", ()) if name == "contract" and report.when == "call"]
    if parts:
        cached = parts.count("cached")
        terminalreporter.write_line(f"kata contract: {len(parts) - cached} parts run, {cached} unchanged since they passed "
                                    "(from .dojo/contract; DOJO_CONTRACT_CACHE=off runs them all)")
