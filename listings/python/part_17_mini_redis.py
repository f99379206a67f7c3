"""Part 17 in today's Python: a mini redis on asyncio streams.

The original's line protocol (for nc) and enough RESP for redis-cli and
redis-benchmark, on one port, with one shared dict. With no arguments it
serves on a free port, runs a scripted session against itself, prints it and
exits; with a port number it serves until Ctrl-C (add --quiet for no log).
"""

import asyncio
import itertools
import sys

MAX_REQUEST = 64 * 1024  # longest line or RESP request, in bytes
store: dict[bytes, bytes] = {}
ids = itertools.count(1)
log = print


class ProtocolError(Exception):
    pass


async def read_request(reader):
    """Returns (sent as a RESP array?, words), or None at EOF."""
    try:
        line = await reader.readuntil(b"\n")  # StreamReader's limit bounds it
    except asyncio.IncompleteReadError:
        return None  # EOF (an unfinished request is dropped)
    except asyncio.LimitOverrunError:
        raise ProtocolError(f"line longer than {MAX_REQUEST} bytes") from None
    if not line.startswith(b"*"):  # command, key, and the rest as the value
        return False, line.rstrip(b"\r\n").lstrip(b" ").split(maxsplit=2)
    count = line[1:].strip()
    if not count.isdigit() or not 0 < int(count) <= 1024:
        raise ProtocolError(f"invalid array length {count.decode(errors='replace')!r}")
    words = []
    for _ in range(int(count)):
        try:
            header = (await reader.readuntil(b"\n")).strip()
        except asyncio.LimitOverrunError:
            raise ProtocolError(f"line longer than {MAX_REQUEST} bytes") from None
        if not header.startswith(b"$") or not header[1:].isdigit():
            raise ProtocolError(f"invalid bulk header {header.decode(errors='replace')!r}")
        if int(header[1:]) > MAX_REQUEST:
            raise ProtocolError(f"request longer than {MAX_REQUEST} bytes")
        word = await reader.readexactly(int(header[1:]) + 2)
        if not word.endswith(b"\r\n"):
            raise ProtocolError("bulk string not followed by CRLF")
        words.append(word[:-2])
    return True, words


def execute(words):
    """Runs one request; returns the reply as a (kind, value) pair."""
    name = words[0].upper().decode(errors="replace") if words else ""
    match name, words[1:]:
        case "GET", [key]:
            return ("value", store[key]) if key in store else ("none", None)
        case "PUT" | "SET", [key, value]:
            store[key] = value
            return "ok", None
        case "DEL", [key]:
            return "deleted", store.pop(key, None) is not None
        case "PING", []:
            return "pong", None
        case "QUIT", []:
            return "ok", None
        case "", _:
            return "error", "empty command"
        case "GET" | "PUT" | "SET" | "DEL" | "PING" | "QUIT", _:
            return "error", f"wrong arguments for {name}"
        case _:
            return "error", f"unknown command {name!r}"


def encode(reply, resp):
    kind, value = reply
    if not resp:
        text = {"ok": b"OK", "deleted": b"OK", "none": b"NONE", "pong": b"PONG"}
        if kind == "value":
            return b"OK " + value + b"\n"
        return text.get(kind, b"ERROR " + str(value).encode()) + b"\n"
    match kind:
        case "value":
            return b"$%d\r\n%b\r\n" % (len(value), value)
        case "none":
            return b"$-1\r\n"
        case "deleted":
            return b":1\r\n" if value else b":0\r\n"
        case "error":
            return b"-ERR " + value.encode() + b"\r\n"
    return b"+" + kind.upper().encode() + b"\r\n"


async def handle(reader, writer):
    number = next(ids)
    log(f"#{number} connected from {writer.get_extra_info('peername')}")
    resp = None  # the first request decides the protocol
    try:
        while (request := await read_request(reader)) is not None:
            array, words = request
            if resp is None:
                resp = array or [w.upper() for w in words] == [b"PING"]
            log(f"#{number} <- {b' '.join(words).decode(errors='replace')}")
            reply = execute(words)
            log(f"#{number} -> {encode(reply, False).decode(errors='replace').rstrip()}")
            writer.write(encode(reply, resp))
            await writer.drain()
            if words and words[0].upper() == b"QUIT":
                break
    except ProtocolError as e:
        log(f"#{number} -> ERROR Protocol error: {e}")
        writer.write(encode(("error", f"Protocol error: {e}"), resp is not False))
        await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass  # EOF inside a RESP request, or the client went away
    finally:
        writer.close()
        await writer.wait_closed()
        log(f"#{number} disconnected")


async def demo():
    global log
    lines = asyncio.Queue()
    log = lines.put_nowait
    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=MAX_REQUEST)
    port = server.sockets[0].getsockname()[1]

    async def show_log(writer):  # up to this client's disconnect
        client = str(writer.get_extra_info("sockname"))
        while not (line := await lines.get()).endswith("disconnected"):
            print("log:", line.replace(client, "('127.0.0.1', PORT)"))
        print("log:", line)

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for request in ["PUT greeting hello, world", "get greeting", "PUT lonely",
                    "FLY me to the moon", "DEL greeting", "GET greeting", "QUIT"]:
        writer.write(request.encode() + b"\n")
        print(f"{request:<28}-> {(await reader.readline()).decode().rstrip()}")
    await reader.read()  # EOF: the server closed
    writer.close()
    await show_log(writer)

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for request in [b"*1\r\n$4\r\nPING\r\n", b"*2\r\n$3\r\nGET\r\n$1\r\nk\r\n", b"*-1\r\n"]:
        writer.write(request)
        print(f"{str(request)[2:-1]:<36}-> {str(await reader.readline())[2:-1]}")
    await reader.read()
    writer.close()
    await show_log(writer)
    server.close()
    await server.wait_closed()


async def serve(port):
    server = await asyncio.start_server(handle, "127.0.0.1", port, limit=MAX_REQUEST)
    print("listening on", server.sockets[0].getsockname(), flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    if len(sys.argv) == 1:
        asyncio.run(demo())
    else:
        if "--quiet" in sys.argv:
            log = lambda line: None  # noqa: E731
        if not sys.argv[1].isdigit():
            sys.exit(f"usage: {sys.argv[0]} [PORT [--quiet]] (not {sys.argv[1]!r})")
        try:
            asyncio.run(serve(int(sys.argv[1])))
        except KeyboardInterrupt:
            pass
