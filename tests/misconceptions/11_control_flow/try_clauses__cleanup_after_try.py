"""Misconception: cleanup after the try statement runs as surely as cleanup in finally.

It is skipped whenever the code leaves early: an exception that is not handled, a return,
a continue or a break.

checklist: none
"""


def run_transaction(connection, work):
    connection.begin()
    result = None
    try:
        result = work(connection)
    except ValueError:
        connection.rollback()
    else:
        connection.commit()
    connection.close()
    return result


def process_jobs(jobs, release) -> list:
    results = []
    for index, job in enumerate(jobs):
        try:
            result = job()
        except ValueError:
            continue
        release(index)
        if result is None:
            break
        results.append(result)
    return results
