"""Part 26 in Python: the Tkinter case without a display.

A synchronous loop owns the main thread, as `root.mainloop()` would, and
polls every 20 ms, as a callback scheduled with `root.after(20, poll)` would.
An asyncio loop runs forever on a side thread. Each click hands it a
coroutine with `asyncio.run_coroutine_threadsafe`, which returns a
`concurrent.futures.Future` the GUI can poll with `done()` without blocking.
Closing the window: wait for what is in flight, stop the loop from the GUI
thread with `call_soon_threadsafe`, join the thread, close the loop.
"""

import asyncio
import threading
import time

UNIT, TICK = 0.1, 0.02


async def work(name, units):
    await asyncio.sleep(UNIT * units)  # stands for HTTP, a database...
    return name


def gui():
    loop = asyncio.new_event_loop()
    side = threading.Thread(target=loop.run_forever, name="asyncio")
    side.start()

    def click(name, units):
        print(f"click: {name} (async work: {units} x 100 ms)")
        return asyncio.run_coroutine_threadsafe(work(name, units), loop)

    pending = [click("a", 3), click("b", 1)]
    seen, closing = 0, False
    while pending or not closing:
        time.sleep(TICK)  # redraw, handle input...
        for future in [f for f in pending if f.done()]:
            pending.remove(future)
            seen += 1
            print(f"{future.result()} done")
        if seen == 2 and not closing:
            pending.append(click("c", 2))
            closing = True
            print("window closing: no more clicks; waiting for what is in flight")
    loop.call_soon_threadsafe(loop.stop)
    side.join()
    loop.close()
    print("asyncio loop stopped, its thread joined: bye")


gui()
