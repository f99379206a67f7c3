"""Part 28 in today's Python: a request id that follows the request into the
tasks it creates. A ContextVar holds it, a logging.Filter copies it into each
record, and asyncio runs every task in a copy of the context it was created
in. A task started with an empty Context() loses it, as a Rust task spawned
without `.instrument` loses its span."""

import asyncio
import contextvars
import logging
import sys

REQUEST = contextvars.ContextVar("REQUEST", default="-")


class WithRequest(logging.Filter):
    def filter(self, record):
        record.request = REQUEST.get()
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(WithRequest())
handler.setFormatter(logging.Formatter("%(levelname)s [request %(request)s] %(message)s"))
log = logging.getLogger("part28")
log.addHandler(handler)
log.setLevel(logging.INFO)


async def receipt(request_id):
    await asyncio.sleep(0.1 * request_id)
    log.info("receipt sent")


async def handle(request_id, follow):
    REQUEST.set(request_id)  # only this task's copy of the context changes
    log.info("start")
    if follow:
        await asyncio.create_task(receipt(request_id))  # copies our context
    else:
        await asyncio.create_task(receipt(request_id), context=contextvars.Context())
    log.info("done")


async def main():
    for follow in (True, False):
        print("-- the receipt task copies the context --" if follow
              else "-- the receipt task gets an empty context --")
        async with asyncio.TaskGroup() as group:
            for request_id in (1, 2):
                group.create_task(handle(request_id, follow))


asyncio.run(main())
