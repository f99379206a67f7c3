"""Part 28 in today's Python: async tests with unittest.IsolatedAsyncioTestCase
(standard library). Each test method is a coroutine run on a fresh event loop.
asyncio has no paused clock: a test of a 30 s timeout either waits 30 real
seconds or makes the timeout a parameter, as serve's `idle` is here."""

import asyncio
import time
import unittest


async def serve(reader, writer, idle=30.0):
    """PING -> PONG, ECHO x -> x, QUIT -> BYE; TIMEOUT after `idle` seconds."""
    answered = 0
    while True:
        try:
            async with asyncio.timeout(idle):
                line = await reader.readline()
        except TimeoutError:
            writer.write(b"TIMEOUT\n")
            return answered
        if not line:
            return answered
        command = line.decode().rstrip("\n")
        if command == "PING":
            reply = "PONG"
        elif command == "QUIT":
            reply = "BYE"
        elif command.startswith("ECHO "):
            reply = command[5:]
        else:
            reply = "ERR unknown"
        writer.write(f"{reply}\n".encode())
        answered += 1
        if reply == "BYE":
            return answered


class Written:
    """Stands in for a StreamWriter: keeps what is written."""

    def __init__(self):
        self.data = b""

    def write(self, data):
        self.data += data


class ServeTests(unittest.IsolatedAsyncioTestCase):
    async def test_answers_in_order(self):
        reader = asyncio.StreamReader()
        reader.feed_data(b"PING\nECHO hi\nQUIT\n")
        writer = Written()
        self.assertEqual(await serve(reader, writer), 3)
        self.assertEqual(writer.data, b"PONG\nhi\nBYE\n")

    async def test_silence_times_out_on_the_real_clock(self):
        reader = asyncio.StreamReader()  # never fed: silence
        writer = Written()
        start = time.monotonic()
        self.assertEqual(await serve(reader, writer, idle=0.2), 0)
        self.assertEqual(writer.data, b"TIMEOUT\n")
        self.assertGreaterEqual(time.monotonic() - start, 0.2)  # really waited

    async def test_deadlock_caught_by_a_timeout(self):
        a_to_b = asyncio.get_running_loop().create_future()
        b_to_a = asyncio.get_running_loop().create_future()

        async def a():
            await b_to_a  # waits for b...
            a_to_b.set_result("hi from a")

        async def b():
            await a_to_b  # ...which waits for a
            b_to_a.set_result("hi from b")

        with self.assertRaises(TimeoutError):
            async with asyncio.timeout(0.1):
                await asyncio.gather(a(), b())


if __name__ == "__main__":
    # A plain report (names and outcomes, no timings), so the output is the
    # same on every run.
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(ServeTests)
    names = [test.id() for test in suite]  # the suite forgets them as it runs
    result = unittest.TestResult()
    suite.run(result)
    failed = {test.id(): "FAIL" for test, _ in result.failures + result.errors}
    for name in names:
        print(f"{name.split('.')[-1]}: {failed.get(name, 'ok')}")
    print(f"{result.testsRun} tests, {len(failed)} failed")
