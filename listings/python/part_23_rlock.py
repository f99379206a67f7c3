"""Part 23 in today's Python: Lock, RLock and lock order. A Lock taken twice
by one thread would wait forever (a timeout shows it); an RLock counts how
often its owner took it. Two threads taking two locks in opposite order
deadlock; `acquire(timeout=...)` is the watchdog here."""

import threading

lock = threading.Lock()
with lock:
    print("Lock, again on the same thread:", lock.acquire(timeout=0.2))

rlock = threading.RLock()
with rlock:
    print("RLock, again on the same thread:", rlock.acquire(timeout=0.2))
    rlock.release()  # an RLock is released as often as it was taken

a, b = threading.Lock(), threading.Lock()
both_hold_one = threading.Barrier(2)
got_second = []


def worker(name, first, second, patience):
    with first:
        both_hold_one.wait()
        ok = second.acquire(timeout=patience)  # a watchdog: give up in time
        got_second.append((name, ok))
        if ok:
            second.release()


# 1 gives up first, and so lets 2 through: the order of the output is fixed.
jobs = [("1", a, b, 0.3), ("2", b, a, 5.0)]
threads = [threading.Thread(target=worker, args=job) for job in jobs]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
for name, ok in got_second:
    print(f"opposite order: thread {name} got its second lock: {ok}")
