"""Reference solution for try_clauses.py."""


def run_transaction(connection, work):
    connection.begin()
    try:
        result = work(connection)  # only what may raise the error we handle belongs in try
    except ValueError:
        connection.rollback()
        return None  # finally still runs before the caller gets None
    else:
        # Runs only when work returned; an exception from commit is not caught by the except above.
        connection.commit()
        return result
    finally:
        connection.close()  # every way out passes through here: return or exception


def process_jobs(jobs, release) -> list:
    results = []
    for index, job in enumerate(jobs):
        try:
            result = job()
        except ValueError:
            continue  # finally runs before the next iteration starts
        else:
            if result is None:
                break  # finally runs on the way out of the loop too
            results.append(result)
        finally:
            release(index)
    return results
