# The dojo plugin does the work: target selection, checklist markers, hints, the readiness report.
pytest_plugins = ["dojo.plugin"]
