"""Part 14 in today's Python: blocking HTTP calls in threads, awaited from
asyncio (asyncio.to_thread wraps run_in_executor's default thread pool), with
the answers taken as they arrive. The script brings its own small copy of
the book's server, so that it runs alone."""

import asyncio
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

UNIT = 0.1  # delays are in units of 100 ms


class Count(BaseHTTPRequestHandler):
    """GET /count?delay=<seconds>: wait, then answer the new count."""

    count = 0
    lock = threading.Lock()

    def do_GET(self):
        delay = float(parse_qs(urlparse(self.path).query).get("delay", ["0"])[0])
        time.sleep(delay)
        with Count.lock:
            Count.count += 1
            body = str(Count.count).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass  # quiet


def fetch_count(url):
    with urllib.request.urlopen(url) as answer:  # blocks its thread
        return int(answer.read())


async def fetch(base, delay):
    count = await asyncio.to_thread(fetch_count, f"{base}/count?delay={delay * UNIT}")
    return delay, count


async def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Count)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    delays = [4, 3, 2, 1, 0]
    print(f"sent in this order: delays {delays} (units of 100 ms)")
    for next_done in asyncio.as_completed([fetch(base, d) for d in delays]):
        delay, count = await next_done
        print(f"delay {delay} answered; the server's count was {count}")
    server.shutdown()


if __name__ == "__main__":
    asyncio.run(main())
