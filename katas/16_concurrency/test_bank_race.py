"""Tests for bank_race.py: the race is made certain by forcing the interleaving, never left to luck.

How: the amounts are Amount objects, ints that pause the first call at the moment it combines
the amount with the balance it has just read. While it is paused, the other calls run: to the
end if nothing stops them (the lost update is then certain), or until they ask for a lock (the
test wraps every lock it finds on the account, its class and its module, and sees the request).
Then the first call goes on. And every time the first call lets go of its last lock, it is
held again until the others have finished or asked for a lock anew: code that checks in one
critical section and changes in another is then overtaken between the two, every run. Every
wait has its own bound, so a wrong answer fails in words.
"""

import sys
import threading

import pytest

from bank_race import Account
from dojo.testing import call_kata

BOUND = 2.0  # seconds: the longest any one wait in these tests may take


class Interleaving:
    """Runs a first call until it has read the balance, then the other calls, then lets the first one finish."""

    def __init__(self, initial: int):
        self.initial = initial
        self.cond = threading.Condition()
        self.first = None
        self.others: set = set()
        self.progressed: set = set()  # other threads that finished or asked for a lock
        self.finished: set = set()
        self.paused = False
        self.pause_ran_out = False
        self.held = 0  # how many watched locks the first call holds right now

    def on_operation(self, other) -> None:
        """Called by an Amount combined with `other`; pauses the first call once, right after its read."""
        if threading.current_thread() is not self.first or self.paused or other != self.initial:
            return
        with self.cond:
            self.paused = True
            self.cond.notify_all()
            if not self.cond.wait_for(lambda: self.others and self.others <= self.progressed, timeout=BOUND):
                self.pause_ran_out = True

    def on_lock_request(self) -> None:
        with self.cond:
            if threading.current_thread() in self.others:
                self.progressed.add(threading.current_thread())
                self.cond.notify_all()

    def on_acquired(self) -> None:
        if threading.current_thread() is self.first:
            with self.cond:
                self.held += 1

    def on_released(self) -> None:
        """After the first call's read, hold it whenever it holds no lock, until the others have moved on."""
        if threading.current_thread() is not self.first:
            return
        with self.cond:
            self.held -= 1
            if self.held > 0 or not self.paused or not self.others:
                return
            self.progressed -= self.others - self.finished  # from now on, only a new request counts
            self.cond.notify_all()
            self.cond.wait_for(lambda: self.others <= self.progressed, timeout=BOUND)

    def run(self, first, *others) -> list:
        """Run first, pause it after its read, run others; return each call's exception or None."""
        outcomes: dict = {}

        def runner(index, call):
            try:
                call()
                outcomes[index] = None
            except BaseException as error:  # handed to the test below
                outcomes[index] = error
            finally:
                with self.cond:
                    self.progressed.add(threading.current_thread())
                    self.finished.add(threading.current_thread())
                    self.cond.notify_all()

        self.first = threading.Thread(target=runner, args=(0, first), daemon=True, name="first call")
        with self.cond:
            self.first.start()
            arrived = self.cond.wait_for(lambda: self.paused or self.first in self.progressed, timeout=BOUND)
        if not arrived:
            pytest.fail(f"the first call neither read the balance nor finished within {BOUND:g} s", pytrace=False)
        if not self.paused:
            self.first.join(BOUND)
            pytest.fail(
                "the first call finished without ever combining the amount it was given with the balance it read "
                f"(outcome: {outcomes.get(0)!r}), so the test could not run the others in between: "
                "use the amount as it is given",
                pytrace=False,
            )
        threads = [
            threading.Thread(target=runner, args=(i, call), daemon=True, name=f"call {i}")
            for i, call in enumerate(others, start=1)
        ]
        with self.cond:
            self.others = set(threads)
        for thread in threads:
            thread.start()
        for thread in [self.first, *threads]:
            thread.join(BOUND)
        stuck = [t.name for t in [self.first, *threads] if t.is_alive()]
        if stuck:
            pytest.fail(
                f"{', '.join(stuck)} still running {BOUND:g} s after the others: waiting for a lock that is never "
                "released?",
                pytrace=False,
            )
        if self.pause_ran_out:
            pytest.fail(
                f"while the first call was paused, the other calls neither finished nor asked for a lock within "
                f"{BOUND:g} s: use a threading lock kept on the account, its class or its module",
                pytrace=False,
            )
        return [outcomes[i] for i in range(len(others) + 1)]


class Amount(int):
    """An int that tells the interleaving when it is combined with another int (a balance just read)."""

    def __new__(cls, value: int, interleaving: Interleaving):
        amount = super().__new__(cls, value)
        amount.interleaving = interleaving
        return amount

    def _seen(self, other):
        if isinstance(other, int) and not isinstance(other, Amount):
            self.interleaving.on_operation(other)

    def __add__(self, other):
        self._seen(other)
        return int(self) + other

    def __radd__(self, other):
        self._seen(other)
        return other + int(self)

    def __sub__(self, other):
        self._seen(other)
        return int(self) - other

    def __rsub__(self, other):
        self._seen(other)
        return other - int(self)

    def __lt__(self, other):
        self._seen(other)
        return int(self) < other

    def __le__(self, other):
        self._seen(other)
        return int(self) <= other

    def __gt__(self, other):
        self._seen(other)
        return int(self) > other

    def __ge__(self, other):
        self._seen(other)
        return int(self) >= other


class SpyLock:
    """Wraps a lock found on the account: tells the interleaving when a thread asks for it."""

    def __init__(self, real, interleaving: Interleaving):
        self._real = real
        self._interleaving = interleaving

    def acquire(self, *args, **kwargs):
        self._interleaving.on_lock_request()
        got = self._real.acquire(*args, **kwargs)
        if got:
            self._interleaving.on_acquired()
        return got

    def release(self):
        self._real.release()
        self._interleaving.on_released()

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc_info):
        self.release()

    def __getattr__(self, name):
        return getattr(self._real, name)


def _lock_like(value) -> bool:
    return (
        not isinstance(value, type)
        and callable(getattr(value, "acquire", None))
        and callable(getattr(value, "release", None))
    )


def watched_account(balance: int, monkeypatch) -> tuple:
    """A new Account and the Interleaving that watches every lock it may use."""
    interleaving = Interleaving(balance)
    account = call_kata(Account, balance)
    spy = lambda lock: SpyLock(lock, interleaving)  # noqa: E731
    names = set(getattr(account, "__dict__", {}))
    names |= {name for cls in type(account).__mro__ for name in getattr(cls, "__slots__", ())}
    for name in names:
        value = getattr(account, name, None)
        if _lock_like(value):
            setattr(account, name, spy(value))
    for cls in type(account).__mro__[:-1]:
        for name, value in list(vars(cls).items()):
            if _lock_like(value):
                monkeypatch.setattr(cls, name, spy(value))
    module = sys.modules.get(type(account).__module__)
    for name, value in list(vars(module).items()) if module else ():
        if _lock_like(value):
            monkeypatch.setattr(module, name, spy(value))
    return account, interleaving


def _no_errors(outcomes, calls):
    raised = {call: error for call, error in zip(calls, outcomes) if error is not None}
    assert not raised, f"these calls raised: {raised!r}"


@pytest.mark.checklist("concurrency.gil")
def test_two_deposits_at_once_lose_nothing(monkeypatch):
    account, interleaving = watched_account(1000, monkeypatch)
    outcomes = interleaving.run(
        lambda: account.deposit(Amount(5, interleaving)), lambda: account.deposit(Amount(7, interleaving))
    )
    _no_errors(outcomes, ["deposit(5)", "deposit(7)"])
    assert account.balance == 1012, (
        f"deposit(5) and deposit(7) ran at once on a balance of 1000 and left {account.balance}, not 1012: "
        "one thread read the balance, the other wrote, and the first then wrote back a stale sum (a lost update). "
        "The GIL does not make a read-modify-write atomic: guard it with one lock every call shares"
    )


@pytest.mark.checklist("concurrency.gil")
def test_two_withdrawals_cannot_overdraw(monkeypatch):
    account, interleaving = watched_account(100, monkeypatch)
    outcomes = interleaving.run(
        lambda: account.withdraw(Amount(70, interleaving)), lambda: account.withdraw(Amount(70, interleaving))
    )
    refused = [error for error in outcomes if isinstance(error, ValueError)]
    others = [error for error in outcomes if error is not None and not isinstance(error, ValueError)]
    assert not others, f"withdraw raised something other than ValueError: {others!r}"
    assert len(refused) == 1 and account.balance == 30, (
        f"two withdraw(70) at once on a balance of 100: {2 - len(refused)} went through and the balance is "
        f"{account.balance}. Exactly one should succeed (leaving 30) and the other raise ValueError. "
        "Check-then-act is a race too: the check and the change must be in the same critical section"
    )


@pytest.mark.checklist("concurrency.gil")
def test_two_withdrawals_of_the_whole_balance(monkeypatch):
    account, interleaving = watched_account(100, monkeypatch)
    outcomes = interleaving.run(
        lambda: account.withdraw(Amount(100, interleaving)), lambda: account.withdraw(Amount(100, interleaving))
    )
    refused = [error for error in outcomes if isinstance(error, ValueError)]
    assert len(refused) == 1 and account.balance == 0, (
        f"two withdraw(100) at once on a balance of 100: {2 - len(refused)} went through and the balance is "
        f"{account.balance}. The whole balance may be withdrawn, once: one call should succeed (leaving 0) "
        "and the other raise ValueError"
    )


@pytest.mark.checklist("concurrency.gil")
def test_deposit_and_withdrawal_at_once(monkeypatch):
    account, interleaving = watched_account(100, monkeypatch)
    outcomes = interleaving.run(
        lambda: account.deposit(Amount(50, interleaving)), lambda: account.withdraw(Amount(30, interleaving))
    )
    _no_errors(outcomes, ["deposit(50)", "withdraw(30)"])
    assert account.balance == 120, (
        f"deposit(50) and withdraw(30) at once on 100 left {account.balance}, not 120: deposit and withdraw "
        "change the same balance, so they must take the same lock"
    )


@pytest.mark.checklist("concurrency.gil")
def test_many_threads_lose_nothing(monkeypatch):
    account, interleaving = watched_account(1000, monkeypatch)
    amounts = [10, 20, 30, 40]
    outcomes = interleaving.run(
        lambda: account.deposit(Amount(1, interleaving)),
        *[lambda amount=amount: account.deposit(Amount(amount, interleaving)) for amount in amounts],
    )
    _no_errors(outcomes, ["deposit(1)", *(f"deposit({a})" for a in amounts)])
    assert account.balance == 1101, (
        f"five deposits (1, 10, 20, 30, 40) at once on 1000 left {account.balance}, not 1101: some were overwritten"
    )
