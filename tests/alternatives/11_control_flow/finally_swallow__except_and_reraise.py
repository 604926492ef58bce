"""Alternative: save_report audits from an except/else pair instead of finally, close_all collects errors in a list.

save_report re-raises with a bare `raise` after auditing, so the pending exception goes on;
close_all remembers every failure and raises the first once every resource had its turn.
"""


def save_report(write, report, audit) -> bool:
    try:
        write(report)
    except BaseException:
        audit("save attempted")
        raise
    audit("save attempted")
    return True


def close_all(resources) -> int:
    errors = []
    for resource in resources:
        try:
            resource.close()
        except Exception as error:  # noqa: BLE001 - the kata collects every ordinary failure
            errors.append(error)
    if errors:
        raise errors[0]
    return len(resources) - len(errors)
