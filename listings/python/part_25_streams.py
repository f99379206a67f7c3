"""Part 25: framing with asyncio streams. `readline` waits for the newline,
`readexactly` for a length announced beforehand, and the reader's `limit`
bounds how long a line may be."""

import asyncio


async def slow_peer(reader, pieces):
    """Feeds `pieces` to the reader, one every 0.1 s, then EOF."""
    for i, piece in enumerate(pieces):
        if i:
            await asyncio.sleep(0.1)
        reader.feed_data(piece)
    reader.feed_eof()


async def lines():
    reader = asyncio.StreamReader()
    feeding = asyncio.create_task(slow_peer(reader, [b"GET a", b"pple\nGET ", b"banana\n"]))
    while line := await reader.readline():
        print("line", line)
    await feeding


async def length_prefixed():
    reader = asyncio.StreamReader()
    feeding = asyncio.create_task(slow_peer(reader, [b"\0\0", b"\0\x05hel", b"lo"]))
    length = int.from_bytes(await reader.readexactly(4), "big")
    print("frame", await reader.readexactly(length))
    await feeding


async def too_long():
    reader = asyncio.StreamReader(limit=16)
    reader.feed_data(b"short\n" + b"x" * 40 + b"\nafter\n")
    reader.feed_eof()
    print("line", await reader.readline())
    try:
        await reader.readline()
    except ValueError as error:
        print("ValueError:", error)
    print("then", await reader.readline())


async def main():
    await lines()
    await length_prefixed()
    await too_long()


asyncio.run(main())
