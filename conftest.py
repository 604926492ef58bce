# The dojo plugin does the work: target selection, checklist markers, hints, the readiness report.
pytest_plugins = ["dojo.plugin"]


def pytest_configure(config):
    # `-p no:dojo.plugin`: plain pytest (no report, no progress, no hints); kata modules still import by name.
    if config.pluginmanager.is_blocked("dojo.plugin"):
        from dojo.collection import plain_imports

        plain_imports(config.rootpath)
