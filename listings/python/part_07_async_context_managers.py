"""Part 07 in today's Python: async with runs async set-up and clean-up."""

import asyncio


class Resource:
    async def __aenter__(self):
        print("opening...")
        await asyncio.sleep(0.05)  # half a unit
        print("open")
        return self

    async def __aexit__(self, exc_type, exc, traceback):
        print(f"closing... (exception: {exc!r})")
        await asyncio.sleep(0.1)  # one unit
        print("closed")
        return False  # do not swallow the exception


async def main():
    print("the original: an empty body")
    async with Resource():
        pass

    print("a body that raises")
    try:
        async with Resource():
            raise ValueError("the body failed")
    except ValueError as error:
        print(f"main caught {error!r}")


if __name__ == "__main__":
    asyncio.run(main())
