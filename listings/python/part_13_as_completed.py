"""Part 13 in today's Python: asyncio.as_completed yields results in the order
they complete. (The original drove each request with the run_until_complete
of the loop that get_event_loop() gave it before any loop ran. That call to
get_event_loop() is deprecated, and an error since Python 3.14; here
asyncio.run starts the loop, and the requests run inside it.)

Needs aiohttp (pip install aiohttp==3.12.15). The local server runs in this
script, on a thread of its own and a free port."""

import asyncio
import threading

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
        return units, await response.json()


async def main():
    base = start_server()
    delays = [3, 1, 4, 0, 2]
    print(f"asked in the order {delays}:")
    async with ClientSession(timeout=ClientTimeout(total=10)) as session:
        requests = [fetch_count(session, base, u) for u in delays]
        for next_done in asyncio.as_completed(requests):
            units, count = await next_done
            print(f"delay {units}: count {count}")


if __name__ == "__main__":
    asyncio.run(main())
