"""Misconception: the else clause of try is only style; everything can go in the try block.

With commit() inside the try, a ValueError from commit is caught as if work had failed:
the transaction is rolled back and the caller gets None instead of the error.

checklist: none
"""


def run_transaction(connection, work):
    connection.begin()
    try:
        result = work(connection)
        connection.commit()
        return result
    except ValueError:
        connection.rollback()
        return None
    finally:
        connection.close()


def process_jobs(jobs, release) -> list:
    results = []
    for index, job in enumerate(jobs):
        try:
            result = job()
            if result is None:
                break
            results.append(result)
        except ValueError:
            continue
        finally:
            release(index)
    return results
