"""The ``cleanpage`` command: a Unix filter for one page, and a batch mode for JSON Lines.

Two uses, one command:

* the filter (``cleanpage page.txt`` or ``cleanpage < page.txt``) prints the article, or the
  whole :class:`~cleanpage.types.Page` as JSON, the line-by-line explanation, or the teasers;
* the batch mode (``cleanpage --jsonl docs.jsonl.gz``) cleans one field of every record of a
  dataset, streaming, in input order, on several processes, and never loses a record without
  saying so.

Exit codes: 0 success; 1 an input could not be read or decoded (``--errors strict``), an
output could not be written, or a batch stopped on a bad record (``--on-error fail``);
2 usage error. 130 when interrupted. See docs/cli.md.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import importlib
import json
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from multiprocessing.pool import AsyncResult
from typing import Any, BinaryIO, NamedTuple, cast

from . import __version__
from ._io import (
    STDIO,
    InputError,
    decode,
    display_name,
    encoding_label,
    iter_lines,
    open_input,
    open_output,
    read_all,
)
from .chain import UnknownRuleError
from .defaults import DEFAULT_CHAIN
from .engine import extract
from .options import MODES
from .types import Page

PROG = "cleanpage"
# Between the outputs of several files in text and --explain output: a form feed on its own
# line never occurs in an article (the engine drops lines without letters), so a consumer can
# split on it, and `less` shows it as ^L.
DOC_SEPARATOR = b"\f\n"
# Batch work is sent to worker processes in chunks of at most this many records or bytes...
CHUNK_RECORDS = 64
CHUNK_BYTES = 1 << 20
# ...with at most this many chunks per worker in flight: memory stays bounded on any input.
IN_FLIGHT_PER_WORKER = 4
# The progress line is redrawn at most this often, and only after the run took this long.
PROGRESS_EVERY = 0.25
PROGRESS_AFTER = 1.0

EPILOG = """\
examples:
  cleanpage page.txt                      the article of one page
  curl -s URL | html2text | cleanpage     as a filter (stdin to stdout)
  cleanpage a.txt b.txt -o out.txt        several pages, separated by a form-feed line
  cleanpage --json --lines page.txt       the whole result, every line's verdict
  cleanpage --explain page.txt | less -S  why each line was kept or dropped
  cleanpage --related page.txt            teaser records, one JSON object a line
  cleanpage --disable context page.txt    switch a rule off (see --list-rules)
  cleanpage --jsonl --field page_text -j 2 docs.jsonl.gz -o clean.jsonl.gz
  cleanpage corpus check DIR              the corpus tools (see `cleanpage corpus -h`)

input:
  UTF-8 by default (a BOM is ignored, CRLF is fine); invalid bytes are replaced and a
  warning names the file, unless --errors strict. Names ending in .gz are gunzipped,
  and -o NAME.gz is gzipped.

--jsonl output:
  one record per input record, in input order, every field kept, plus
  "cleanpage": {"text": ...} (with --json also title, body, related, comments, lang;
  with --lines also lines). A bad record (malformed JSON, missing or non-string field)
  is reported on stderr as FILE:LINE: reason, and with --on-error keep (default) its
  place holds {"cleanpage_error": {"line": N, "id": ID or null, "reason": "..."}};
  skip writes nothing for it; fail stops there. Blank lines are not records.

exit status:
  0 success (also a --jsonl run with bad records under keep or skip: see the summary),
  1 an input could not be read, or decoded under --errors strict, an output could not be
    written, or --on-error fail met a bad record,
  2 usage error (unknown option, rule name, encoding ...), 130 interrupted.
"""


# -- arguments -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; built by a function so tests and docs can inspect it."""
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Print the main article of a scraped web page's plain text.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="page text files (default or '-': stdin); with --jsonl at most one")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    _add_output_options(p)
    _add_engine_options(p)
    _add_input_options(p)
    _add_batch_options(p)
    p.add_argument("--list-rules", action="store_true",
                   help="list the rules of the chain with what each does, and exit")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return p


def _add_output_options(p: argparse.ArgumentParser) -> None:
    what = p.add_mutually_exclusive_group()
    what.add_argument("--json", action="store_true",
                      help="write the whole result (title, body, text, related, comments, lang)")
    what.add_argument("--explain", action="store_true",
                      help="write the table of every line's label, rule and reason")
    what.add_argument("--related", action="store_true",
                      help="write the related-article teasers, one JSON object a line")
    p.add_argument("--lines", action="store_true",
                   help="with --json: add every input line's index, text, label, rule, reason")


def _add_engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", metavar="CODE",
                   help="ISO 639-1 language of the pages (default: detected per page)")
    p.add_argument("--mode", choices=MODES, default="balanced",
                   help="how much to keep when unsure (default: %(default)s)")
    p.add_argument("--disable", action="append", default=[], metavar="RULE",
                   help="switch a rule off (repeatable)")
    p.add_argument("--enable", action="append", default=[], metavar="RULE",
                   help="switch a rule on (repeatable)")


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--encoding", default="utf-8", metavar="ENC",
                   help="encoding of the input (default: %(default)s)")
    p.add_argument("--errors", choices=("replace", "strict"), default="replace",
                   help="invalid input bytes: replace with U+FFFD and warn (default), "
                        "or fail: exit status 1 (with --jsonl: the record fails)")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress line and no summary (warnings and errors still shown)")


def _add_batch_options(p: argparse.ArgumentParser) -> None:
    b = p.add_argument_group("batch (JSON Lines)")
    b.add_argument("--jsonl", action="store_true",
                   help="input is JSON Lines: clean one field of every record")
    b.add_argument("--field", metavar="NAME", help="the field holding page text (default: text)")
    b.add_argument("--id-field", metavar="NAME",
                   help="a field naming the record in error reports (default: id)")
    b.add_argument("--on-error", choices=("keep", "skip", "fail"),
                   help="a bad record: write an error record in its place (keep, default), "
                        "write nothing (skip), or stop with exit status 1 (fail)")
    b.add_argument("-j", "--workers", type=int, metavar="N",
                   help="worker processes (default: 1); the output order is the input order")


def _check_args(p: argparse.ArgumentParser, a: argparse.Namespace) -> None:
    """Usage errors argparse cannot see alone; ``p.error`` exits with status 2."""
    known = DEFAULT_CHAIN.names()
    unknown = sorted((set(a.disable) | set(a.enable)) - set(known))
    if unknown:  # all of them at once, from both options, rather than the first one met
        p.error(str(UnknownRuleError(unknown, known)))
    try:
        codecs.lookup(a.encoding)
    except LookupError:
        p.error(f"unknown encoding: {a.encoding}")
    if a.lines and not a.json:
        p.error("--lines needs --json")
    if a.jsonl:
        if a.explain or a.related:
            p.error("--explain and --related work on single pages, not with --jsonl")
        if len(a.files) > 1:
            p.error("--jsonl reads one FILE (or stdin)")
        if a.workers is not None and a.workers < 1:
            p.error("--workers must be at least 1")
    else:
        given = [opt for opt, v in (("--field", a.field), ("--id-field", a.id_field),
                                    ("--on-error", a.on_error), ("--workers", a.workers))
                 if v is not None]
        if given:
            p.error(f"{', '.join(given)} only apply with --jsonl")


# -- shared output helpers ----------------------------------------------------------------


def _say(message: str) -> None:
    """One message on stderr, prefixed with the program name as Unix tools do."""
    sys.stderr.write(f"{PROG}: {message}\n")
    sys.stderr.flush()


def page_record(page: Page, lines: bool = False) -> dict[str, Any]:
    """The JSON shape of a page, shared by ``--json`` and the batch ``cleanpage`` object."""
    record: dict[str, Any] = {
        "text": page.text,
        "title": page.title,
        "body": page.body,
        "related": [asdict(t) for t in page.related],
        "comments": list(page.comments),
        "lang": page.lang,
    }
    if lines:
        record["lines"] = [
            {"index": ln.index, "text": ln.text, "label": ln.label.value, "rule": ln.rule,
             "reason": ln.reason}
            for ln in page.lines
        ]
    return record


def json_line(obj: object) -> bytes:
    """``obj`` as one line of UTF-8 JSON (non-ASCII kept readable).

    A lone surrogate (possible from a ``\\ud800`` escape in the input) cannot be written as
    UTF-8; then the escaped ASCII form is used, which is the same JSON value.
    """
    text = json.dumps(obj, ensure_ascii=False)
    try:
        return text.encode("utf-8") + b"\n"
    except UnicodeEncodeError:
        return json.dumps(obj).encode("ascii") + b"\n"


@dataclass(frozen=True, slots=True)
class EngineOptions:
    """The keyword arguments of :func:`cleanpage.extract` the command line sets."""

    lang: str | None
    mode: str
    disable: tuple[str, ...]
    enable: tuple[str, ...]

    def extract(self, text: str) -> Page:
        """Run the engine with these options."""
        return extract(text, lang=self.lang, mode=self.mode, disable=self.disable,
                       enable=self.enable)


# -- the filter ----------------------------------------------------------------------------


def _render(page: Page, a: argparse.Namespace) -> tuple[bytes, bool]:
    """The output for one page, and whether it needs a separator from the next one.

    JSON outputs are one object a line and need none; text outputs get a form-feed line.
    """
    if a.json:
        return json_line(page_record(page, a.lines)), False
    if a.related:
        return b"".join(json_line(asdict(t)) for t in page.related), False
    text = page.explain() if a.explain else page.text
    return text.encode("utf-8", "replace") + b"\n", True


def _read_page(path: str, a: argparse.Namespace) -> str:
    """The decoded text of one input file, warning when invalid bytes were replaced."""
    text, lost = decode(read_all(path), a.encoding, a.errors)
    if lost:
        label = encoding_label(a.encoding)
        _say(f"warning: {display_name(path)}: invalid {label} replaced")
    return text


def run_filter(a: argparse.Namespace, opts: EngineOptions) -> int:
    """Clean each input in turn; an unreadable input is reported and skipped (status 1)."""
    status = 0
    out = _open_output(a.output)
    if out is None:
        return 1
    try:
        pending_separator = False
        for path in a.files or [STDIO]:
            try:
                text = _read_page(path, a)
            except InputError as exc:
                _say(f"{display_name(path)}: {exc}")
                status = 1
                continue
            data, separate = _render(opts.extract(text), a)
            if pending_separator:
                out.write(DOC_SEPARATOR)
            out.write(data)
            pending_separator = separate
    finally:
        out.close()
    return status


class _OutputError(Exception):
    """The output could not be written (a full disk, a quota, an I/O error): exit status 1.

    It stands for the ``OSError`` of a write so that :func:`main` reports it as one line,
    not a traceback. A ``BrokenPipeError`` is never turned into one: a closed pipe
    (``| head -1``) is a normal end.
    """

    def __init__(self, name: str, exc: OSError) -> None:
        super().__init__(f"{name}: cannot write: {exc.strerror or exc}")


@contextlib.contextmanager
def _writing(name: str) -> Iterator[None]:
    """Turn the ``OSError`` of a write to ``name`` into :class:`_OutputError`."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _OutputError(name, exc) from None


class _Output:
    """The output stream, naming itself in write errors (see :class:`_OutputError`)."""

    def __init__(self, stream: BinaryIO, name: str) -> None:
        self.stream = stream
        self.name = name

    def write(self, data: bytes) -> None:
        with _writing(self.name):
            self.stream.write(data)

    def close(self) -> None:
        """Close a file output (a gzip trailer or a full disk can fail here too); stdout is
        flushed, so that its write errors are reported under its name, and stays open."""
        with _writing(self.name):
            if self.stream is sys.stdout.buffer:
                self.stream.flush()
            else:
                self.stream.close()


def _open_output(path: str | None) -> _Output | None:
    """The output stream, or ``None`` after reporting why it cannot be opened."""
    try:
        stream = open_output(path)
    except OSError as exc:
        _say(f"{path}: cannot write: {exc.strerror or exc}")
        return None
    return _Output(stream, "<stdout>" if path in (None, STDIO) else str(path))


# -- the batch mode ------------------------------------------------------------------------


class Outcome(NamedTuple):
    """What a worker made of one input line.

    Attributes:
        line: the 1-based line number in the input file.
        size: the line's size in bytes (for the MB/s of the progress line).
        data: the output line: the cleaned record, or the error record when ``reason`` is set.
        reason: why the record failed, or ``None`` when it was cleaned.
        warning: a non-fatal note (invalid bytes replaced), or ``None``.
    """

    line: int
    size: int
    data: bytes
    reason: str | None = None
    warning: str | None = None


def _json_type(value: object) -> str:
    """The JSON name of a value's type, for messages users can match to their data."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object" if isinstance(value, dict) else type(value).__name__


class _BadRecord(Exception):
    """A line that cannot be cleaned; ``rid`` is the record's id when it could be read."""

    def __init__(self, reason: str, rid: object = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.rid = rid


@dataclass(frozen=True, slots=True)
class BatchJob:
    """Everything a worker needs to turn one JSON line into one output line.

    It is pickled to the worker processes with each chunk, so it holds only plain values.
    """

    field: str
    id_field: str
    encoding: str
    errors: str
    as_json: bool
    lines: bool
    options: EngineOptions

    def run_many(self, tasks: list[tuple[int, bytes]]) -> list[Outcome]:
        """A chunk of lines, in order (the unit sent to a worker process)."""
        return [self.run(t) for t in tasks]

    def run(self, task: tuple[int, bytes]) -> Outcome:
        """One line; never raises, so one bad record cannot stop or reorder the run."""
        number, raw = task
        try:
            record, warning = self._read(number, raw)
        except _BadRecord as bad:
            return self._failed(number, raw, bad.rid, bad.reason)
        try:
            page = self.options.extract(record[self.field])
            result = page_record(page, self.lines) if self.as_json else {"text": page.text}
            data = self._output(raw, record, result, verbatim=warning is None)
            return Outcome(number, len(raw), data, None, warning)
        except Exception as exc:  # a bug must cost one record, not the run
            rid = record.get(self.id_field)
            return self._failed(number, raw, rid, f"internal error: {type(exc).__name__}: {exc}")

    def _read(self, number: int, raw: bytes) -> tuple[dict[str, Any], str | None]:
        """The record of a line, checked to hold a string field, and a decoding warning.

        Raises :class:`_BadRecord` with the reason the user will see.
        """
        try:
            text, lost = decode(raw, self.encoding, self.errors, first=number == 1)
        except InputError as exc:
            raise _BadRecord(str(exc)) from None
        warning = f"invalid {encoding_label(self.encoding)} replaced" if lost else None
        try:
            record = json.loads(text.rstrip())  # "column" then points into the line
        except json.JSONDecodeError as exc:
            raise _BadRecord(f"malformed JSON: {exc.msg} at column {exc.colno}") from None
        except (ValueError, RecursionError) as exc:  # e.g. nesting too deep
            raise _BadRecord(f"malformed JSON: {exc}") from None
        if not isinstance(record, dict):
            raise _BadRecord(f"not a JSON object but {_json_type(record)}")
        rid = record.get(self.id_field)
        if self.field not in record:
            raise _BadRecord(f"missing field {self.field!r}", rid)
        value = record[self.field]
        if not isinstance(value, str):
            raise _BadRecord(f"field {self.field!r} is {_json_type(value)}, not a string", rid)
        return record, warning

    def _output(self, raw: bytes, record: dict[str, Any], result: dict[str, Any],
                verbatim: bool) -> bytes:
        """The output line: the input line's own bytes with the ``cleanpage`` key appended.

        Appending keeps every other field byte for byte (number formats, key order, escapes)
        and saves re-encoding large fields such as raw HTML. The record is re-serialised
        instead when the bytes cannot be reused: the input is not UTF-8, invalid bytes were
        replaced, or the record already has a ``cleanpage`` key. A BOM on line 1 is dropped,
        as when decoding.
        """
        body = raw.rstrip().removeprefix(codecs.BOM_UTF8)
        if not (verbatim and self.utf8) or "cleanpage" in record or not body.endswith(b"}"):
            record["cleanpage"] = result
            return json_line(record)
        head = body[:-1].rstrip()
        comma = b", " if record else b""
        return head + comma + b'"cleanpage": ' + json_line(result)[:-1] + b"}\n"

    @property
    def utf8(self) -> bool:
        """Whether input bytes are UTF-8, so that they can be copied to the output as is."""
        return codecs.lookup(self.encoding).name == "utf-8"

    @staticmethod
    def _failed(number: int, raw: bytes, rid: object, reason: str) -> Outcome:
        error = {"cleanpage_error": {"line": number, "id": rid, "reason": reason}}
        return Outcome(number, len(raw), json_line(error), reason)


def _chunks(tasks: Iterable[tuple[int, bytes]]) -> Iterator[list[tuple[int, bytes]]]:
    """Group lines into chunks bounded in records and bytes (IPC cost vs. memory)."""
    chunk: list[tuple[int, bytes]] = []
    size = 0
    for task in tasks:
        chunk.append(task)
        size += len(task[1])
        if len(chunk) >= CHUNK_RECORDS or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _ignore_sigint() -> None:
    """Workers ignore Ctrl-C: the parent gets it, stops the pool and exits 130 quietly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _serial(job: BatchJob, tasks: Iterable[tuple[int, bytes]]) -> Generator[Outcome, None, None]:
    for task in tasks:
        yield job.run(task)


def _parallel(
    job: BatchJob, tasks: Iterable[tuple[int, bytes]], workers: int
) -> Generator[Outcome, None, None]:
    """Outcomes in input order from ``workers`` processes, with bounded memory.

    ``Pool.imap`` would read the whole input ahead in a feeder thread; instead chunks are
    submitted one by one and at most ``IN_FLIGHT_PER_WORKER * workers`` are pending: the
    oldest is awaited (keeping the order) before the next is read. There is no barrier
    between windows, so the workers stay busy.
    """
    with multiprocessing.Pool(workers, initializer=_ignore_sigint) as pool:
        pending: deque[AsyncResult[list[Outcome]]] = deque()
        for chunk in _chunks(tasks):
            pending.append(pool.apply_async(job.run_many, (chunk,)))
            if len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


class _Source:
    """The input lines; a read error (a truncated .gz) ends the lines and is kept for later,
    so that records already read are still written and counted."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.error: str | None = None

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        try:
            yield from iter_lines(self.stream)
        except (OSError, EOFError) as exc:
            self.error = f"cannot read: {exc}"


class _Progress:
    """A one-line progress report on a terminal's stderr, redrawn in place with ``\\r``."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.start = self.last = time.monotonic()
        self.shown = False

    def update(self, records: int, nbytes: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        elapsed = now - self.start
        if now - self.last < PROGRESS_EVERY or elapsed < PROGRESS_AFTER:
            return
        self.last = now
        sys.stderr.write(f"\r{PROG}: {records} records, {records / elapsed:.0f} records/s, "
                         f"{nbytes / 1e6 / elapsed:.2f} MB/s\x1b[K")
        sys.stderr.flush()
        self.shown = True

    def clear(self) -> None:
        """Erase the line before a message, so messages never mix with it."""
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.shown = False


@dataclass(slots=True)
class _Counts:
    read: int = 0
    written: int = 0
    failed: int = 0
    nbytes: int = 0


def run_batch(a: argparse.Namespace, opts: EngineOptions) -> int:
    """Clean the field of every record of a JSON Lines input (see the module docstring)."""
    path = a.files[0] if a.files else STDIO
    name = display_name(path)
    job = BatchJob(field=a.field or "text", id_field=a.id_field or "id", encoding=a.encoding,
                   errors=a.errors, as_json=a.json, lines=a.lines, options=opts)
    try:
        stream = open_input(path)
    except InputError as exc:
        _say(f"{name}: {exc}")
        return 1
    out = _open_output(a.output)
    if out is None:
        return 1
    source = _Source(stream)
    workers = a.workers or 1
    outcomes = _serial(job, source) if workers == 1 else _parallel(job, source, workers)
    counts = _Counts()
    progress = _Progress(enabled=not a.quiet and sys.stderr.isatty())
    try:
        status = _write_outcomes(outcomes, out, name, a.on_error or "keep", counts, progress)
    finally:
        outcomes.close()
        out.close()
        if stream is not sys.stdin.buffer:
            stream.close()
    progress.clear()
    if source.error is not None:
        _say(f"{name}: {source.error}")
        status = 1
    if not a.quiet:
        _say(f"{name}: {counts.read} records read, {counts.written} written, "
             f"{counts.failed} failed")
    return status


def _write_outcomes(outcomes: Iterator[Outcome], out: _Output, name: str, on_error: str,
                    counts: _Counts, progress: _Progress) -> int:
    """Write outcomes in order, report failures; 1 if ``--on-error fail`` stopped the run."""
    for oc in outcomes:
        counts.read += 1
        counts.nbytes += oc.size
        if oc.warning:
            progress.clear()
            _say(f"warning: {name}:{oc.line}: {oc.warning}")
        if oc.reason is None:
            out.write(oc.data)
            counts.written += 1
        else:
            counts.failed += 1
            progress.clear()
            _say(f"{name}:{oc.line}: {oc.reason}")
            if on_error == "fail":
                return 1
            if on_error == "keep":
                out.write(oc.data)
        progress.update(counts.read, counts.nbytes)
    return 0


# -- entry point ---------------------------------------------------------------------------


def _list_rules() -> int:
    width = max(len(n) for n in DEFAULT_CHAIN.names())
    with _writing("<stdout>"):
        for rule in DEFAULT_CHAIN:
            off = "" if rule.enabled else " (off by default)"
            sys.stdout.write(f"{rule.name:<{width}}  {rule.doc}{off}\n")
    return 0


def _corpus(argv: list[str]) -> int:
    """``cleanpage corpus ...``: the corpus tools live in their own module, loaded on demand."""
    try:
        module = importlib.import_module("cleanpage.corpus")
    except ModuleNotFoundError as exc:
        if exc.name != "cleanpage.corpus":
            raise
        _say("the 'corpus' command is not available: module cleanpage.corpus is missing")
        return 2
    return int(cast(Any, module).main(argv))


def _run(argv: list[str]) -> int:
    if argv[:1] == ["corpus"]:
        return _corpus(argv[1:])
    parser = build_parser()
    a = parser.parse_args(argv)
    if a.list_rules:
        return _list_rules()
    _check_args(parser, a)
    opts = EngineOptions(lang=a.lang, mode=a.mode, disable=tuple(a.disable),
                         enable=tuple(a.enable))
    return run_batch(a, opts) if a.jsonl else run_filter(a, opts)


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush does
    not fail again (the recipe of the Python docs, "Note on SIGPIPE")."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return the exit status (see the module docstring).

    A closed pipe (``cleanpage big.txt | head -1``) is a normal end, exit 0 without a
    message; Ctrl-C exits 130 without a traceback; an output that cannot be written (a full
    disk) is one message and exit 1.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        status = _run(args)
        with _writing("<stdout>"):  # what is still buffered, in both layers
            sys.stdout.flush()
        return status
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except _OutputError as exc:
        _say(str(exc))
        _silence_stdout()  # what could not be written must not fail again at exit
        return 1
    except KeyboardInterrupt:
        return 130
