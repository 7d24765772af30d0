"""Byte-level input and output for the command line: files, stdin, gzip, decoding.

Kept apart from :mod:`cleanpage.cli` so the argument handling stays readable and so the
decoding policy (BOM tolerated, invalid bytes replaced with a warning unless the user asks
for ``strict``) lives in one place that the filter and the batch mode share.
"""

from __future__ import annotations

import codecs
import gzip
import sys
from collections.abc import Iterator
from typing import BinaryIO, cast

STDIO = "-"
_UTF8 = codecs.lookup("utf-8").name


class InputError(Exception):
    """An input that cannot be opened, read or (under ``--errors strict``) decoded.

    The message is meant for the user as is: the CLI prints ``cleanpage: FILE: message``.
    """


def display_name(path: str) -> str:
    """How a path is named in messages: stdin is ``<stdin>``, not ``-``."""
    return "<stdin>" if path == STDIO else path


def is_gzip_name(path: str) -> bool:
    """Gzip is chosen by the file name, as users expect from ``zcat``-style tools."""
    return path.endswith(".gz")


def open_input(path: str) -> BinaryIO:
    """A binary stream for ``path`` (``-`` = stdin), gunzipped when it ends in ``.gz``.

    Raises :class:`InputError` with the OS reason, so a missing file is one clean line on
    stderr rather than a traceback.
    """
    try:
        if path == STDIO:
            return sys.stdin.buffer
        if is_gzip_name(path):
            return cast(BinaryIO, gzip.open(path, "rb"))
        return open(path, "rb")  # the caller closes it
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None


def open_output(path: str | None) -> BinaryIO:
    """A binary stream for ``-o`` (``None`` or ``-`` = stdout), gzipped when it ends in ``.gz``.

    Output is always written as UTF-8 bytes, whatever the locale, so that piping into a file
    gives the same bytes on every machine.
    """
    if path is None or path == STDIO:
        return sys.stdout.buffer
    if is_gzip_name(path):
        return cast(BinaryIO, gzip.open(path, "wb"))
    return open(path, "wb")  # the caller closes it


def read_all(path: str) -> bytes:
    """The whole content of one input: a page is small, so the filter reads it at once."""
    stream = open_input(path)
    try:
        return stream.read()
    except (OSError, EOFError) as exc:  # a truncated or corrupt .gz ends up here
        raise InputError(f"cannot read: {exc}") from None
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def encoding_label(encoding: str) -> str:
    """The encoding as users write it in the warning (``UTF-8`` rather than ``utf-8``)."""
    name = codecs.lookup(encoding).name
    return "UTF-8" if name in (_UTF8, "utf-8-sig") else name


def decode(data: bytes, encoding: str, errors: str, *, first: bool = True) -> tuple[str, bool]:
    """Decode ``data``; return the text and whether invalid bytes were replaced or dropped.

    A UTF-8 byte-order mark at the start (``first``) is removed: editors on Windows write one
    and it would otherwise become part of the title. Decoding is tried strictly first so that
    the caller can warn exactly when something was lost. Under ``errors="strict"`` invalid
    bytes raise :class:`InputError` naming the offset.
    """
    if first and codecs.lookup(encoding).name == _UTF8 and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode(encoding), False
    except UnicodeDecodeError as exc:
        if errors == "strict":
            label = encoding_label(encoding)
            hint = "(try --errors replace)"
            raise InputError(f"invalid {label} at byte {exc.start} {hint}") from None
    return data.decode(encoding, errors), True


def iter_lines(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """Numbered lines of a binary stream (1-based), read lazily so memory stays bounded.

    Blank lines are skipped (they are not records: a JSON Lines file often ends with one), but
    the numbering still counts them so messages point at the right line of the file.
    """
    for number, raw in enumerate(stream, start=1):
        if raw.strip():
            yield number, raw
