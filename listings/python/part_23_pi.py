"""Part 23 in today's Python: Pi from the squares of a grid whose centres lie
inside a quarter circle, counted by two threads, into a shared counter under
a Lock and into per-thread sums. Both count the same squares. Under the GIL
the threads take turns, so neither is faster than one thread; the shared
counter adds a lock call per hit on top."""

import threading

RADIUS = 300
THREADS = 2


def count_columns(t, hit):
    inside = 0
    for x in range(t, RADIUS, THREADS):
        for y in range(RADIUS):
            cx, cy = 2 * x + 1, 2 * y + 1  # the centre, in half squares
            if cx * cx + cy * cy < 4 * RADIUS * RADIUS:
                hit()
                inside += 1
    return inside


def shared_lock():
    hits = 0
    lock = threading.Lock()

    def hit():
        nonlocal hits
        with lock:
            hits += 1

    threads = [threading.Thread(target=count_columns, args=(t, hit)) for t in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return hits


def per_thread_sums():
    sums = [0] * THREADS

    def count(t):
        sums[t] = count_columns(t, lambda: None)

    threads = [threading.Thread(target=count, args=(t,)) for t in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(sums)


for name, way in [("shared Lock", shared_lock), ("per-thread sums", per_thread_sums)]:
    hits = way()
    print(f"{name:<15}: {hits} of {RADIUS * RADIUS} squares inside, pi ~ {4 * hits / RADIUS**2:.6f}")
