"""Part 08 in today's Python: an async iterator written as a class."""

import asyncio


class Counter:
    """Counts from first to last, waiting one unit (100 ms) before each."""

    def __init__(self, first, last):
        self.next, self.last = first, last

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.next > self.last:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        item, self.next = self.next, self.next + 1
        return item


async def main():
    async for n in Counter(0, 10):
        print(n)
    print("the iterator is exhausted")


if __name__ == "__main__":
    asyncio.run(main())
