"""Part 25: a UDP echo server and client with asyncio's transports and
protocols. asyncio has no `await sock.recv()` for UDP: the loop calls the
protocol's methods (`datagram_received`) when a datagram arrives, and the
client turns those calls into something it can await with a Queue."""

import asyncio


class Echo(asyncio.DatagramProtocol):
    """The server: called back for every datagram, answers at once."""

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        if data != b"drop":  # pretend the network lost it
            self.transport.sendto(data, addr)


class Client(asyncio.DatagramProtocol):
    """The client: puts every datagram it receives in a queue."""

    def __init__(self):
        self.received = asyncio.Queue()

    def datagram_received(self, data, addr):
        self.received.put_nowait(data.decode())


async def ask(transport, client, message):
    transport.sendto(message.encode())
    try:
        async with asyncio.timeout(0.2):
            return await client.received.get()
    except TimeoutError:
        return None


async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(Echo, local_addr=("127.0.0.1", 0))
    server_addr = server.get_extra_info("sockname")
    transport, client = await loop.create_datagram_endpoint(
        Client, remote_addr=server_addr  # a connected socket, as in Rust
    )
    print("ask('hello') ->", repr(await ask(transport, client, "hello")))
    for message in ["one", "two", "three"]:
        transport.sendto(message.encode())
    replies = [await client.received.get() for _ in range(3)]
    print("3 sends, 3 datagrams ->", replies)
    print("ask('drop')  ->", repr(await ask(transport, client, "drop")), "after 200 ms")
    transport.close()
    server.close()


asyncio.run(main())
