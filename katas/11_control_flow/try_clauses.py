"""Kata: the order of try, except, else and finally.

Task: implement run_transaction and process_jobs. Each needs all four clauses of a try
statement, each clause for its own job; the tests record the order of every call.

Know which clause runs when the try block succeeds, when it raises an exception you catch,
when it raises one you don't, and when the code leaves it with return, break or continue.
"""


def run_transaction(connection, work):
    """Run work(connection) inside a transaction and return what work returned.

    - Call connection.begin(), then work(connection).
    - If work raises ValueError, the input was bad: call connection.rollback() and return None.
    - If work returns, call connection.commit() and return work's result. An exception raised
      by commit() itself is not a failure of work: it reaches the caller unchanged, with no
      rollback and no None.
    - Any other exception from work reaches the caller unchanged (closing an uncommitted
      transaction discards it).
    - connection.close() is the last call on the connection, whatever happened.
    """
    raise NotImplementedError("run_transaction: begin, work, then commit or rollback, and always close")


def process_jobs(jobs, release) -> list:
    """Run each job (a function of no arguments) in order; return the results of the jobs that succeeded.

    - A job that raises ValueError failed: skip it and go on with the next job.
    - A job that returns None asks to stop: run no further jobs (None is not a result).
    - Any other exception from a job reaches the caller unchanged.
    - Call release(index) exactly once for every job that was started (index counts from 0),
      right after it finishes and before the next job starts, whichever way it finished.
    """
    raise NotImplementedError("process_jobs: run the jobs in order, releasing each one however it ends")
