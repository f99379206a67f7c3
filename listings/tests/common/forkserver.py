"""Runs the book's Python counterparts for listings/tests/programs.rs.

Starting Python and importing asyncio costs about 110 ms of CPU per script,
more than most of the scripts use themselves: forty scripts spent 5.5 s of CPU
on two cores, before any of them printed a line. So this server imports, once,
what the scripts import, and runs each script in a process forked from it. The
script runs as `python3 script.py` would run it: as `__main__`, with its own
`sys.argv` and `sys.path[0]`, standard output and error going to files of its
own, standard input empty, and the interpreter's own exit handling (a
traceback and status 1 for an uncaught exception, non-daemon threads joined,
`atexit` handlers run). `SURVEY_PYTHON_FRESH=1` makes programs.rs start a new
interpreter for each script instead; CI runs them both ways.

One line each way per script, tab-separated, on standard input and output:
    request:  <id> <script> <stdout file> <stderr file>
    reply:    <id> <exit status; minus the signal's number if one killed it>
"""

import os
import runpy
import signal
import sys

# What the scripts import (a module none imports would only cost time).
import asyncio  # noqa: F401
import concurrent.futures  # noqa: F401
import contextlib  # noqa: F401
import contextvars  # noqa: F401
import dataclasses  # noqa: F401
import itertools  # noqa: F401
import subprocess  # noqa: F401
import threading  # noqa: F401
import time  # noqa: F401

REPLIES = 1  # standard output: the replies, and nothing else


def serve():
    """Reads requests until standard input closes. Returns a request only in
    a forked child, which then supervises that one script."""
    # Each supervisor is waited for when it ends (so that no zombie is left,
    # and the CPU time of its script counts as this process's children's).
    signal.signal(signal.SIGCHLD, reap)
    for line in sys.stdin.buffer:
        request = line.decode().rstrip("\n").split("\t")
        if len(request) != 4:
            sys.stderr.write(f"forkserver: a malformed request: {line!r}\n")
            continue
        if os.fork() == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            return request
    return None


def reap(_signal, _frame):
    """Waits for every supervisor that has ended."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def supervise(request):
    """Forks the script's process, waits for it, replies with its status."""
    ident = request[0]
    child = os.fork()
    if child == 0:
        return run(*request[1:])
    _, status = os.waitpid(child, 0)
    os.write(REPLIES, f"{ident}\t{os.waitstatus_to_exitcode(status)}\n".encode())
    os._exit(0)


def run(script, stdout_file, stderr_file):
    """Becomes `python3 script`: returns only by the script's own exit."""
    for fd, path, flags in [
        (0, os.devnull, os.O_RDONLY),
        (1, stdout_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        (2, stderr_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
    ]:
        opened = os.open(path, flags, 0o644)
        os.dup2(opened, fd)
        os.close(opened)
    # New text streams on the new files, buffered as a fresh interpreter's
    # are when they are not a terminal.
    sys.stdin = open(0, closefd=False)
    sys.stdout = open(1, "w", closefd=False)
    sys.stderr = open(2, "w", closefd=False, errors="backslashreplace", buffering=1)
    sys.argv = [script]
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    runpy.run_path(script, run_name="__main__")
    return 0


def main():
    request = serve()
    if request is None:
        return 0
    return supervise(request)


if __name__ == "__main__":
    sys.exit(main())
