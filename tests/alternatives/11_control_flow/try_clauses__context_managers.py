"""Alternative: the transaction as nested try statements and the jobs loop with its own helper.

run_transaction keeps close() in an outer try/finally and the rollback in an inner try whose
success path commits after it; process_jobs releases in a finally around a helper call.
"""

_SKIP = object()


def run_transaction(connection, work):
    connection.begin()
    try:
        try:
            result = work(connection)
        except ValueError:
            connection.rollback()
            return None
        connection.commit()  # after the inner try: errors from commit are not the ValueError handled above
        return result
    finally:
        connection.close()


def process_jobs(jobs, release) -> list:
    def run(job):
        try:
            return job()
        except ValueError:
            return _SKIP

    results = []
    for index, job in enumerate(jobs):
        try:
            result = run(job)
            if result is None:
                break
            if result is not _SKIP:
                results.append(result)
        finally:
            release(index)
    return results
