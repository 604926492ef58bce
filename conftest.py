# The dojo plugin does the work: target selection, checklist markers, the readiness report.
pytest_plugins = ["dojo.plugin", "pytester"]  # pytester: for the project's own tests in tests/
