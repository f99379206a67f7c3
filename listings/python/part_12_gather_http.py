"""Part 12 in today's Python: five requests at once with one aiohttp
ClientSession and gather, then the same five with a blocking client.

Needs aiohttp (pip install aiohttp==3.12.15). The local server runs in this
script, on a thread of its own and a free port, like the Rust listings'."""

import asyncio
import threading
import time
import urllib.request

from aiohttp import ClientSession, ClientTimeout, web

UNIT = 0.1  # seconds


def start_server():
    """The /count server on 127.0.0.1 and a free port; returns its base URL."""
    count = 0

    async def handle(request):
        nonlocal count
        try:
            delay = float(request.query.get("delay", "0"))
        except ValueError:
            raise web.HTTPBadRequest(text="delay must be a number of seconds")
        await asyncio.sleep(delay)
        count += 1
        return web.json_response(count)

    ready = threading.Event()
    base = []

    async def serve():
        app = web.Application()
        app.router.add_get("/count", handle)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0][:2]
        base.append(f"http://{host}:{port}")
        ready.set()
        await asyncio.Event().wait()  # serve until the process ends

    threading.Thread(target=lambda: asyncio.run(serve()), daemon=True).start()
    ready.wait()
    return base[0]


async def fetch_count(session, base, units):
    async with session.get(f"{base}/count", params={"delay": units * UNIT}) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(base, delays):
    # The session is created inside the running loop (the original created
    # it outside, which current aiohttp refuses).
    async with ClientSession(timeout=ClientTimeout(total=10)) as session:
        return await asyncio.gather(*(fetch_count(session, base, u) for u in delays))


def fetch_count_blocking(base, units):
    with urllib.request.urlopen(f"{base}/count?delay={units * UNIT}", timeout=10) as response:
        return int(response.read())


def against(started, delays):
    """Compares the time taken with the sum of the delays (real times vary)."""
    return "less than" if time.perf_counter() - started < sum(delays) * UNIT else "at least"


def main():
    delays = [3, 1, 4, 0, 2]
    base = start_server()
    started = time.perf_counter()
    counts = asyncio.run(fetch_all(base, delays))
    print(f"gather: counts {counts}, {against(started, delays)} the sum of the delays")

    base = start_server()  # a fresh counter
    started = time.perf_counter()
    counts = [fetch_count_blocking(base, u) for u in delays]
    print(f"one at a time: counts {counts}, {against(started, delays)} the sum of the delays")


if __name__ == "__main__":
    main()
