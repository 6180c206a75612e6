"""How every command ends: one line on stderr and a documented exit status, never a traceback.

The exit statuses (README, "Guarantees"):

- ``EXIT_OK`` 0: done;
- ``EXIT_FINDINGS`` 1: ``check`` found something, ``lexicon show/search`` found nothing;
- ``EXIT_ERROR`` 2: a usage, input, rule or output problem (the run went on with the other files
  and wrote its report where it could; a user rule that timed out and was disabled counts too);
- ``EXIT_WRITE_FAILED`` 3: an output could not be written (a full disk, a lost device): nothing
  half-written is left, an older file of that name is as it was;
- ``EXIT_BROKEN_PIPE`` 141 (128 + SIGPIPE): standard output was closed by its reader (``| head``);
- ``EXIT_INTERRUPTED`` 130 (128 + SIGINT): Ctrl-C;
- ``EXIT_TERMINATED`` 143 (128 + SIGTERM): killed with SIGTERM.

On every ending but 0 and 1, temporary files are removed before the process exits.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Any, Iterator

import click

from slogans.errors import OutputError, OutputWriteError
from slogans.io.atomic import remove_live_parts

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_WRITE_FAILED = 3
EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE
EXIT_TERMINATED = 128 + signal.SIGTERM


class Terminated(BaseException):
    """Raised in the main thread on SIGTERM, so that every ``with`` block cleans up on its way out."""


def _raise_terminated(signum: int, frame: Any) -> None:
    raise Terminated()


@contextmanager
def terminate_cleanly() -> Iterator[None]:
    """Within the block, SIGTERM raises Terminated (the main thread only; elsewhere nothing changes)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _silence_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so that Python's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (a test runner's buffer)
        pass


class SlogansGroup(click.Group):
    """The command group; every command's ending is turned into one line and an exit status here."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            try:
                with terminate_cleanly():
                    return super().invoke(ctx)
            except (OutputError, BrokenPipeError, KeyboardInterrupt, Terminated):
                remove_live_parts()  # whatever the signal or error interrupted, no temporary file stays
                raise
        except OutputError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(EXIT_WRITE_FAILED if isinstance(exc, OutputWriteError) else EXIT_ERROR)
        except BrokenPipeError:
            _silence_stdout()
            ctx.exit(EXIT_BROKEN_PIPE)
        except KeyboardInterrupt:
            click.echo("error: interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except Terminated:
            click.echo("error: terminated", err=True)
            ctx.exit(EXIT_TERMINATED)
