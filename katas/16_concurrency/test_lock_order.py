"""Tests for lock_order.py: a deadlock is made certain by forcing the interleaving, and found without hanging.

How: every account lock is wrapped in a TrackedLock that knows who holds it. Each transfer,
once it holds its first lock, pauses until every other transfer also holds one or is
waiting for a lock someone holds. Then they all go on. With an inconsistent lock order that
is a certain deadlock. It is found at once when a request closes a cycle of waits (thread A
waits for a lock B holds, B for one A holds), and in any case no wait lasts longer than
DEADLOCK_BOUND: the real lock is taken with acquire(timeout=). Either way the thread raises
Deadlock, naming who held and waited for what. A transfer that gives up on a lock and
starts again (back-off) is stopped at its retry with BackedOff: the forced interleaving keeps
transfers in step, so back-off would livelock here, and the kata asks for lock ordering.
"""

import sys
import threading

import pytest

from dojo.testing import call_kata
from lock_order import Account, transfer

BOUND = 2.0  # seconds: the longest any pause or join in these tests may take
DEADLOCK_BOUND = 1.5  # seconds a transfer may wait for one lock before the test calls it a deadlock


class Deadlock(Exception):
    """Raised in a transfer's thread when it waited too long for a lock, or asked for a lock it already holds."""


class BackedOff(Exception):
    """Raised in a transfer's thread when it asks for a lock again after giving up on one."""


class Traffic:
    """The transfers under test, the locks they hold and wait for, and the pause after each first lock."""

    def __init__(self):
        self.cond = threading.Condition()
        self.threads: list = []
        self.holding: dict = {}
        self.waiting: dict = {}
        self.finished: set = set()
        self.forever: set = set()  # threads whose current wait has no timeout of their own
        self.backed_off: set = set()  # threads that gave up on a lock (acquire(timeout=) or blocking=False)
        self.pause_ran_out = False

    def _progressed(self, thread) -> bool:
        wanted = self.waiting.get(thread)
        return (
            thread in self.finished
            or bool(self.holding.get(thread))
            or (wanted is not None and wanted.owner not in (None, thread))
        )

    def requesting(self, lock, forever: bool) -> None:
        """Record that this thread waits for lock; raise Deadlock if that closes a cycle of threads waiting forever."""
        me = threading.current_thread()
        with self.cond:
            if forever and not (lock.owner is me and lock.reentrant):
                waits, waiter, wanted = [], me, lock
                while wanted is not None and wanted.owner is not None and len(waits) <= len(self.threads):
                    owner = wanted.owner
                    waits.append(f"{waiter.name} waits for {wanted.label}, held by {owner.name}")
                    if owner is me:
                        raise Deadlock("; ".join(waits) + ". A cycle of waits that no thread can ever leave")
                    waiter, wanted = owner, (self.waiting.get(owner) if owner in self.forever else None)
            self.waiting[me] = lock
            if forever:
                self.forever.add(me)
            self.cond.notify_all()

    def acquired(self, lock) -> None:
        me = threading.current_thread()
        with self.cond:
            self.waiting.pop(me, None)
            self.forever.discard(me)
            lock.owner = me
            lock._depth += 1
            first = not self.holding.get(me)
            self.holding.setdefault(me, []).append(lock)
            self.cond.notify_all()
            if first and me in self.threads:
                others = [t for t in self.threads if t is not me]
                if not self.cond.wait_for(lambda: all(self._progressed(t) for t in others), timeout=BOUND):
                    self.pause_ran_out = True

    def gave_up(self) -> None:
        with self.cond:
            self.waiting.pop(threading.current_thread(), None)
            self.forever.discard(threading.current_thread())
            self.backed_off.add(threading.current_thread())

    def released(self, lock) -> None:
        with self.cond:
            held = self.holding.get(threading.current_thread(), [])
            if lock in held:
                held.remove(lock)
            lock._depth -= 1
            if lock._depth == 0:
                lock.owner = None
            self.cond.notify_all()

    def run(self, *calls) -> list:
        """Run each (name, call) in its own thread at once; return each call's exception or None."""
        outcomes: dict = {}

        def runner(index, call):
            try:
                call()
                outcomes[index] = None
            except BaseException as error:  # handed to the test below
                outcomes[index] = error
            finally:
                with self.cond:
                    self.finished.add(threading.current_thread())
                    self.cond.notify_all()

        self.threads = [
            threading.Thread(target=runner, args=(i, call), name=name, daemon=True)
            for i, (name, call) in enumerate(calls)
        ]
        for thread in self.threads:
            thread.start()
        for thread in self.threads:
            thread.join(DEADLOCK_BOUND + 2 * BOUND)
        stuck = [t.name for t in self.threads if t.is_alive()]
        if stuck:
            pytest.fail(f"{', '.join(stuck)} still running after {DEADLOCK_BOUND + 2 * BOUND:g} s", pytrace=False)
        retries = [str(e) for e in outcomes.values() if isinstance(e, BackedOff)]
        if retries:
            pytest.fail(
                "Back-off, not lock ordering.\n  " + "\n  ".join(retries) + "\n  Giving up and retrying does avoid "
                "the deadlock, but it can livelock: transfers that keep backing off in step never finish, and this "
                "test keeps them in step. This kata asks for the cure that cannot livelock: take the two locks in "
                "one order that every transfer agrees on.",
                pytrace=False,
            )
        deadlocks = [str(e) for e in outcomes.values() if isinstance(e, Deadlock)]
        if deadlocks:
            pytest.fail("Deadlock.\n  " + "\n  ".join(deadlocks), pytrace=False)
        if self.pause_ran_out:
            pytest.fail(
                f"a transfer holding its first lock waited {BOUND:g} s for the others to take a lock or wait for one: "
                "did a transfer wait on something other than the accounts' locks?",
                pytrace=False,
            )
        return [outcomes[i] for i in range(len(calls))]


class TrackedLock:
    """Wraps an account's lock: knows its owner, finds deadlocks with acquire(timeout=)."""

    def __init__(self, real, traffic: Traffic, label: str):
        self._real = real
        self._traffic = traffic
        self.label = label
        self.owner = None
        self._depth = 0
        self.reentrant = hasattr(real, "_is_owned")  # RLock (C or Python) has it, Lock does not

    def acquire(self, blocking=True, timeout=-1):
        me = threading.current_thread()
        forever = blocking and timeout < 0
        if forever and self.owner is me and not self.reentrant:
            raise Deadlock(
                f"{me.name} asked for {self.label} while already holding it: a Lock is not reentrant, "
                "so the thread would wait for itself forever"
            )
        if me in self._traffic.backed_off:
            raise BackedOff(f"{me.name} gave up on a lock, then asked for {self.label} again")
        self._traffic.requesting(self, forever)
        owner_when_asked = self.owner
        got = self._real.acquire(True, DEADLOCK_BOUND if forever else timeout) if blocking else self._real.acquire(False)
        if not got:
            self._traffic.gave_up()
            if forever:
                owner = owner_when_asked.name if owner_when_asked else "another transfer"
                held = [lock.label for lock in self._traffic.holding.get(me, [])]
                raise Deadlock(
                    f"{me.name} held {', '.join(held) or 'no lock'} and waited {DEADLOCK_BOUND:g} s for "
                    f"{self.label}, held by {owner}"
                )
            return False
        self._traffic.acquired(self)  # records the owner
        return True

    def release(self):
        self._traffic.released(self)
        self._real.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def locked(self):
        return self.owner is not None

    def __getattr__(self, name):
        return getattr(self._real, name)


def tracked_accounts(traffic: Traffic, monkeypatch, *balances) -> list:
    """Accounts numbered 1, 2, ... with their locks (and any lock of the kata module) tracked."""
    accounts = [call_kata(Account, number, balance) for number, balance in enumerate(balances, start=1)]
    for account in accounts:
        account.lock = TrackedLock(account.lock, traffic, f"account {account.number}'s lock")
    module = sys.modules.get(Account.__module__)
    for name, value in list(vars(module).items()) if module else ():
        if not isinstance(value, type) and callable(getattr(value, "acquire", None)):
            monkeypatch.setattr(module, name, TrackedLock(value, traffic, f"the module's {name}"))
    return accounts


def _move(source, target, amount):
    return f"transfer({source.number} -> {target.number}, {amount})", lambda: transfer(source, target, amount)


def _no_errors(outcomes, calls):
    raised = {name: error for (name, _), error in zip(calls, outcomes) if error is not None}
    assert not raised, f"these transfers raised: {raised!r}"


def test_opposite_transfers_both_complete(monkeypatch):
    traffic = Traffic()
    x, y = tracked_accounts(traffic, monkeypatch, 100, 100)
    calls = [_move(x, y, 10), _move(y, x, 30)]
    _no_errors(traffic.run(*calls), calls)
    assert (x.balance, y.balance) == (120, 80), (
        f"after 1 -> 2 (10) and 2 -> 1 (30) the balances are {(x.balance, y.balance)}, not (120, 80): "
        "both transfers must really move their money"
    )


def test_three_transfers_in_a_cycle_complete(monkeypatch):
    traffic = Traffic()
    x, y, z = tracked_accounts(traffic, monkeypatch, 100, 100, 100)
    calls = [_move(x, y, 10), _move(y, z, 20), _move(z, x, 30)]
    _no_errors(traffic.run(*calls), calls)
    assert (x.balance, y.balance, z.balance) == (120, 90, 90), (
        f"after 1 -> 2 (10), 2 -> 3 (20), 3 -> 1 (30) the balances are {(x.balance, y.balance, z.balance)}, "
        "not (120, 90, 90). Three transfers in a cycle deadlock unless every transfer takes its locks in one "
        "order that all of them agree on"
    )


def test_many_transfers_back_and_forth(monkeypatch):
    traffic = Traffic()
    x, y = tracked_accounts(traffic, monkeypatch, 100, 100)
    calls = [_move(x, y, 1), _move(y, x, 2), _move(x, y, 4), _move(y, x, 8)]
    _no_errors(traffic.run(*calls), calls)
    assert (x.balance, y.balance) == (105, 95), f"the balances are {(x.balance, y.balance)}, not (105, 95)"


def test_transfer_to_itself_keeps_the_balance(monkeypatch):
    traffic = Traffic()
    (x,) = tracked_accounts(traffic, monkeypatch, 100)
    calls = [_move(x, x, 10)]
    _no_errors(traffic.run(*calls), calls)
    assert x.balance == 100, f"transfer(1 -> 1, 10) changed the balance to {x.balance}"
    assert not x.lock.locked(), "account 1's lock is still held after the transfer returned"


def test_refused_transfer_changes_nothing_and_frees_its_locks(monkeypatch):
    traffic = Traffic()
    x, y = tracked_accounts(traffic, monkeypatch, 100, 100)
    calls = [_move(x, y, 500), _move(y, x, 30)]
    refused, moved = traffic.run(*calls)
    assert isinstance(refused, ValueError), f"transfer(1 -> 2, 500) from a balance of 100 should raise ValueError, not {refused!r}"
    assert moved is None, f"transfer(2 -> 1, 30) raised {moved!r}"
    assert (x.balance, y.balance) == (130, 70), f"the balances are {(x.balance, y.balance)}, not (130, 70)"
    held = [account.number for account in (x, y) if account.lock.locked()]
    assert not held, f"the locks of accounts {held} are still held: release every lock, also when raising"


def test_whole_balances_move_in_a_cycle(monkeypatch):
    traffic = Traffic()
    x, y, z = tracked_accounts(traffic, monkeypatch, 100, 100, 100)
    calls = [_move(x, y, 100), _move(y, z, 100), _move(z, x, 100)]
    _no_errors(traffic.run(*calls), calls)
    assert (x.balance, y.balance, z.balance) == (100, 100, 100), (
        f"after 1 -> 2, 2 -> 3, 3 -> 1 (100 each, from 100 each) the balances are {(x.balance, y.balance, z.balance)}: "
        "a source may give its whole balance"
    )


def test_whole_balance_to_itself(monkeypatch):
    traffic = Traffic()
    (x,) = tracked_accounts(traffic, monkeypatch, 100)
    calls = [_move(x, x, 100)]
    _no_errors(traffic.run(*calls), calls)
    assert x.balance == 100, f"transfer(1 -> 1, 100) changed the balance to {x.balance}"


def test_too_much_to_itself_is_refused(monkeypatch):
    traffic = Traffic()
    (x,) = tracked_accounts(traffic, monkeypatch, 100)
    (refused,) = traffic.run(*[_move(x, x, 500)])
    assert isinstance(refused, ValueError), f"transfer(1 -> 1, 500) from a balance of 100 should raise ValueError, not {refused!r}"
    assert x.balance == 100, f"transfer(1 -> 1, 500) changed the balance to {x.balance}"
    assert not x.lock.locked(), "account 1's lock is still held after the transfer raised"
