"""Part 23 in today's Python: a check-then-act race with threads. Each step
holds the lock, yet two withdrawals of 80 from 100 both succeed, because a
barrier makes both threads check before either acts. The GIL does not help:
it protects the interpreter, not your invariant. One `with lock:` around the
check and the act fixes it."""

import threading
from dataclasses import dataclass, field


@dataclass
class Account:
    balance: int
    lock: threading.Lock = field(default_factory=threading.Lock)


def withdraw_racy(account, amount, both_checked):
    with account.lock:
        enough = account.balance >= amount
    both_checked.wait()  # forces the unlucky interleaving, every run
    if enough:
        with account.lock:
            account.balance -= amount  # the check is stale by now
    return enough


def withdraw(account, amount):
    with account.lock:  # check and act in one critical section
        if account.balance < amount:
            return False
        account.balance -= amount
        return True


def run(racy):
    account = Account(100)
    both_checked = threading.Barrier(2)
    results = []

    def teller():
        if racy:
            ok = withdraw_racy(account, 80, both_checked)
        else:
            ok = withdraw(account, 80)
        results.append(ok)  # list.append is atomic enough for this

    threads = [threading.Thread(target=teller) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    paid = [80 for ok in results if ok]
    return paid, account.balance


for label, racy in [("check, then act", True), ("one critical section", False)]:
    paid, balance = run(racy)
    print(f"{label}: paid out {paid}, balance {balance}")
