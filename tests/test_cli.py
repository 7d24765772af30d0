"""The ``cleanpage`` command, run for real in a subprocess: what users type is what is tested.

Run as ``python -m cleanpage`` so the tests do not depend on the console script being on
PATH; one test runs the console script itself.
"""

from __future__ import annotations

import gzip
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
import types
from collections.abc import Callable
from pathlib import Path

import pytest

import cleanpage
from cleanpage import cli

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

TITLE = "Harbour plan divides the town"
PARAS = [
    "The council met on Tuesday evening to discuss the future of the old harbour, which has "
    "been closed to ships for more than ten years and is now used mostly by fishermen and "
    "walkers.",
    "Several residents said that they would like the area to become a park, while others "
    "argued that the town needs the jobs that a new port could bring to the region in the "
    "coming decades.",
    "The mayor said that a decision would be taken before the end of the year, after a public "
    "consultation in which every household will be asked for its opinion on the two plans.",
]
PAGE = "\n".join(["Home", "News", "Sport", TITLE, *PARAS, "Share this article"]) + "\n"
ARTICLE = "\n\n".join([TITLE, *PARAS]) + "\n"


def run(*args: str, stdin: bytes | str = b"", cwd: Path | None = None,
        ) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m cleanpage ARGS`` with ``stdin``; bytes in, bytes out."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    return subprocess.run([sys.executable, "-m", "cleanpage", *args], input=data,
                          capture_output=True, cwd=cwd, timeout=120, check=False)


def err(proc: subprocess.CompletedProcess[bytes]) -> str:
    return proc.stderr.decode("utf-8")


def assert_no_traceback(proc: subprocess.CompletedProcess[bytes]) -> None:
    assert b"Traceback" not in proc.stderr, err(proc)


def shared(*parts: str) -> Path:
    """A file of ../shared, or skip with a clear message when it is not checked out."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent: ../shared (the user's example, benchmarks) is not "
                    "checked out next to the repository")
    return p


# -- the filter ----------------------------------------------------------------------------


def test_engine_sanity() -> None:
    """The fixture page really has an article, so the CLI tests below test something."""
    assert cleanpage.clean(PAGE) + "\n" == ARTICLE


def test_stdin_to_stdout() -> None:
    proc = run(stdin=PAGE)
    assert proc.returncode == 0, err(proc)
    assert proc.stdout.decode("utf-8") == ARTICLE
    assert proc.stderr == b""


def test_file_and_dash(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, "utf-8")
    assert run(str(page)).stdout.decode() == ARTICLE
    assert run("-", stdin=PAGE).stdout.decode() == ARTICLE


def test_output_file(tmp_path: Path) -> None:
    page, out = tmp_path / "page.txt", tmp_path / "out.txt"
    page.write_text(PAGE, "utf-8")
    proc = run(str(page), "-o", str(out))
    assert proc.returncode == 0 and proc.stdout == b""
    assert out.read_text("utf-8") == ARTICLE


def test_gzip_page_in_and_out(tmp_path: Path) -> None:
    page, out = tmp_path / "page.txt.gz", tmp_path / "out.txt.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    assert run(str(page), "-o", str(out)).returncode == 0
    assert gzip.decompress(out.read_bytes()).decode() == ARTICLE


def test_several_files_are_separated_by_a_form_feed_line(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(PAGE, "utf-8")
    b.write_text(PAGE, "utf-8")
    out = run(str(a), str(b)).stdout.decode()
    assert out == ARTICLE + "\f\n" + ARTICLE


def test_example_page_byte_for_byte(tmp_path: Path) -> None:
    """The user's example: stdin and file both print the expected file exactly."""
    page = shared("examples", "aggregator-page.txt")
    expected = shared("examples", "aggregator-page.expected.txt").read_bytes()
    assert run(stdin=page.read_bytes()).stdout == expected
    assert run(str(page)).stdout == expected


def test_empty_input_prints_one_newline() -> None:
    proc = run(stdin=b"")
    assert proc.returncode == 0 and proc.stdout == b"\n" and proc.stderr == b""


def test_bom_is_ignored() -> None:
    proc = run(stdin=b"\xef\xbb\xbf" + PAGE.encode())
    assert proc.stdout.decode("utf-8") == ARTICLE and proc.stderr == b""


def test_crlf_input() -> None:
    proc = run(stdin=PAGE.replace("\n", "\r\n"))
    assert proc.stdout.decode("utf-8") == ARTICLE


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "bad.txt"
    page.write_bytes(PAGE.encode().replace(b"fishermen", b"fisher\xffmen"))
    proc = run(str(page))
    assert proc.returncode == 0
    assert "fisher\ufffdmen" in proc.stdout.decode("utf-8")
    assert err(proc) == f"cleanpage: warning: {page}: invalid UTF-8 replaced\n"


def test_invalid_utf8_strict_exits_1(tmp_path: Path) -> None:
    page = tmp_path / "bad.txt"
    page.write_bytes(b"Title\n\xff\xfe here\n")
    proc = run("--errors", "strict", str(page))
    assert proc.returncode == 1
    assert err(proc).startswith(f"cleanpage: {page}: invalid UTF-8 at byte 6")
    assert proc.stdout == b""
    assert_no_traceback(proc)


def test_other_encoding(tmp_path: Path) -> None:
    page = tmp_path / "latin1.txt"
    page.write_bytes(PAGE.replace("harbour", "harbour café").encode("latin-1"))
    proc = run("--encoding", "latin-1", str(page))
    assert proc.returncode == 0 and "café" in proc.stdout.decode("utf-8")


def test_missing_file_exits_1_but_other_files_are_cleaned(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, "utf-8")
    proc = run(str(tmp_path / "nope.txt"), str(page))
    assert proc.returncode == 1
    assert proc.stdout.decode() == ARTICLE
    assert err(proc) == f"cleanpage: {tmp_path / 'nope.txt'}: No such file or directory\n"


def test_unwritable_output_exits_1(tmp_path: Path) -> None:
    proc = run("-o", str(tmp_path / "no" / "such" / "dir.txt"), stdin=PAGE)
    assert proc.returncode == 1 and err(proc).startswith("cleanpage: ")
    assert_no_traceback(proc)


def test_unknown_rule_names_exit_2_and_list_known_rules() -> None:
    proc = run("--disable", "nosuchrule", "--enable", "other", stdin=PAGE)
    assert proc.returncode == 2
    message = err(proc)
    assert "cleanpage: error: unknown rule(s): nosuchrule, other" in message
    for name in cleanpage.DEFAULT_CHAIN.names():
        assert name in message
    assert proc.stdout == b""


@pytest.mark.parametrize("args", [
    ["--no-such-option"],
    ["--mode", "fast"],
    ["--lines"],
    ["--encoding", "no-such-codec"],
    ["--workers", "2"],
    ["--jsonl", "a", "b"],
    ["--jsonl", "--explain"],
    ["--jsonl", "-j", "0"],
])
def test_usage_errors_exit_2(args: list[str]) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    assert "cleanpage: error:" in err(proc)
    assert_no_traceback(proc)


def test_known_rules_can_be_switched() -> None:
    proc = run("--disable", "title", "--enable", "context", stdin=PAGE)
    assert proc.returncode == 0
    assert proc.stdout.decode() == cleanpage.clean(PAGE, disable=["title"]) + "\n"


def test_mode_and_lang_are_passed() -> None:
    proc = run("--mode", "recall", "--lang", "en", "--json", stdin=PAGE)
    assert json.loads(proc.stdout)["text"] == cleanpage.clean(PAGE, mode="recall", lang="en")


def test_list_rules() -> None:
    proc = run("--list-rules")
    assert proc.returncode == 0
    lines = proc.stdout.decode().splitlines()
    assert [ln.split()[0] for ln in lines] == cleanpage.DEFAULT_CHAIN.names()
    for ln, rule in zip(lines, cleanpage.DEFAULT_CHAIN, strict=True):
        assert ln.endswith(rule.doc)


def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.decode() == f"cleanpage {cleanpage.__version__}\n"


def test_help_has_examples() -> None:
    proc = run("--help")
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert "examples:" in out and "--jsonl" in out and "exit status:" in out


def test_json() -> None:
    proc = run("--json", stdin=PAGE)
    record = json.loads(proc.stdout)
    page = cleanpage.extract(PAGE)
    assert record == {"text": page.text, "title": page.title, "body": page.body,
                      "related": [], "comments": page.comments, "lang": page.lang}
    assert proc.stdout.endswith(b"}\n") and proc.stdout.count(b"\n") == 1


def test_json_lines() -> None:
    record = json.loads(run("--json", "--lines", stdin=PAGE).stdout)
    page = cleanpage.extract(PAGE)
    assert record["lines"] == [
        {"index": ln.index, "text": ln.text, "label": ln.label.value, "rule": ln.rule,
         "reason": ln.reason} for ln in page.lines
    ]


def test_json_keeps_non_ascii() -> None:
    out = run("--json", stdin=PAGE.replace("harbour", "harbour café")).stdout
    assert "café".encode() in out


def test_explain() -> None:
    proc = run("--explain", stdin=PAGE)
    assert proc.stdout.decode() == cleanpage.extract(PAGE).explain() + "\n"


def test_related_on_a_page_without_teasers_is_empty() -> None:
    proc = run("--related", stdin=PAGE)
    assert proc.returncode == 0 and proc.stdout == b""


def test_related_on_the_example_page() -> None:
    page = shared("examples", "aggregator-page.txt")
    expected = json.loads(shared("examples", "aggregator-page.expected.json").read_text())
    proc = run("--related", str(page))
    got = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert got == expected["related"]


def _big_page(n: int = 20_000) -> str:
    return TITLE + "\n" + "\n".join(f"{PARAS[i % 3]} (part {i})" for i in range(n)) + "\n"


@pytest.mark.parametrize("redirect", ["", "<"])
def test_broken_pipe_is_quiet(tmp_path: Path, redirect: str) -> None:
    """`cleanpage big.txt | head -1` and `cleanpage < big.txt | head -1`: exit 0 under
    pipefail, nothing on stderr."""
    big = tmp_path / "big.txt"
    big.write_text(_big_page(), "utf-8")
    script = f"set -o pipefail; '{sys.executable}' -m cleanpage {redirect} '{big}' | head -1"
    proc = subprocess.run(script, shell=True, executable="/bin/bash", capture_output=True,
                          timeout=120, check=False)
    assert proc.stdout.decode() == TITLE + "\n"
    assert proc.stderr == b"", err(proc)
    assert proc.returncode == 0


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [
    ["PAGE"],
    ["PAGE", "-o", "/dev/full"],
    ["--list-rules"],
    ["--jsonl", "-q", "JSONL"],
    ["--jsonl", "-q", "-j", "2", "JSONL", "-o", "/dev/full"],
])
def test_full_disk_is_one_message_and_exit_1(tmp_path: Path, args: list[str]) -> None:
    """A write that fails (here: no space left) is reported, not a traceback."""
    page, jsonl = tmp_path / "page.txt", tmp_path / "in.jsonl"
    page.write_text(_big_page(2000), "utf-8")
    _write_jsonl(jsonl, [json.dumps({"id": i, "text": PAGE}) for i in range(300)])
    argv = [{"PAGE": str(page), "JSONL": str(jsonl)}.get(x, x) for x in args]
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "cleanpage", *argv], stdout=full,
                              stderr=subprocess.PIPE, timeout=120, check=False)
    name = "/dev/full" if "-o" in argv else "<stdout>"
    assert proc.returncode == 1
    assert err(proc) == f"cleanpage: {name}: cannot write: No space left on device\n"


def _wait_until(ready: Callable[[], bool], limit: float = 30.0) -> None:
    """Poll until ``ready()`` holds (or ``limit`` seconds pass): a fixed sleep is too short
    on a loaded machine, where the signal then lands before the handlers are installed."""
    end = time.monotonic() + limit
    while time.monotonic() < end and not ready():
        time.sleep(0.05)


def _wait_blocked(pid: int) -> None:
    """Wait until the process sleeps (``S`` in /proc) for a quarter of a second on end: it
    has imported everything and blocks reading its input. Without /proc, wait two seconds."""
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        time.sleep(2.0)
        return
    since: list[float] = []

    def asleep() -> bool:
        state = stat.read_text().rsplit(")", 1)[-1].split()[0]
        now = time.monotonic()
        if state != "S":
            since.clear()
            return False
        since.append(now)
        return now - since[0] >= 0.25

    _wait_until(asleep)


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals")
def test_sigint_exits_130_quietly() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "cleanpage"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_blocked(proc.pid)  # let it import and block reading stdin
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert stderr == b""


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals")
def test_sigint_to_the_process_group_stops_the_workers(tmp_path: Path) -> None:
    """Ctrl-C in a terminal signals parent and workers: exit 130, no traceback from any."""
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [json.dumps({"id": i, "text": PAGE * 20}) for i in range(5000)])
    proc = subprocess.Popen([sys.executable, "-m", "cleanpage", "--jsonl", "-j", "2", str(src),
                             "-o", str(tmp_path / "out.jsonl")], stderr=subprocess.PIPE,
                            start_new_session=True)
    out = tmp_path / "out.jsonl"
    _wait_until(lambda: out.exists() and out.stat().st_size > 0)  # the workers are busy
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert stderr == b""


def test_console_script() -> None:
    exe = shutil.which("cleanpage", path=str(Path(sys.executable).parent)) or shutil.which(
        "cleanpage")
    if exe is None:
        pytest.skip("the cleanpage console script is not installed")
    proc = subprocess.run([exe], input=PAGE.encode(), capture_output=True, timeout=60,
                          check=False)
    assert proc.returncode == 0 and proc.stdout.decode() == ARTICLE


def test_corpus_is_dispatched(monkeypatch: pytest.MonkeyPatch) -> None:
    """`cleanpage corpus ARGS` calls cleanpage.corpus.main(ARGS) and returns its status."""
    seen: list[list[str]] = []

    def fake_main(argv: list[str]) -> int:
        seen.append(argv)
        return 7

    fake = types.ModuleType("cleanpage.corpus")
    fake.main = fake_main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cleanpage.corpus", fake)
    assert cli.main(["corpus", "check", "DIR"]) == 7
    assert seen == [["check", "DIR"]]


def test_corpus_missing_module_is_a_clear_error(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "cleanpage.corpus", None)  # import raises
    monkeypatch.setattr(cli.importlib, "import_module", _raise_missing)
    assert cli.main(["corpus", "check"]) == 2
    assert "cleanpage.corpus is missing" in capsys.readouterr().err


def _raise_missing(name: str) -> types.ModuleType:
    raise ModuleNotFoundError(f"No module named {name!r}", name=name)


# -- the batch mode ------------------------------------------------------------------------


def _records() -> list[str]:
    """Input lines: good, malformed, missing field, non-string, blank, not an object."""
    good = [json.dumps({"id": f"g{i}", "text": PAGE + f"\nNote {i}.", "n": 1.50}) for i in range(3)]
    return [
        good[0],
        '{"id": "broken", "text": ',
        json.dumps({"id": "nofield", "body": PAGE}),
        good[1],
        json.dumps({"id": "number", "text": 42}),
        "",
        "[1, 2]",
        good[2],
    ]


def _write_jsonl(path: Path, lines: list[str]) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_jsonl_good_and_bad_records(tmp_path: Path, workers: str, suffix: str) -> None:
    src, out = tmp_path / ("in" + suffix), tmp_path / ("out" + suffix)
    _write_jsonl(src, _records())
    proc = run("--jsonl", "-j", workers, str(src), "-o", str(out))
    assert proc.returncode == 0, err(proc)
    got = _read_jsonl(out)
    assert len(got) == 7  # 7 records (the blank line is not one) = 3 written + 4 failed
    good = [r for r in got if "cleanpage" in r]
    assert [r["id"] for r in good] == ["g0", "g1", "g2"]
    for r in good:
        assert r["cleanpage"] == {"text": cleanpage.clean(str(r["text"]))}
        assert r["n"] == 1.5 and set(r) == {"id", "text", "n", "cleanpage"}
    errors = [r["cleanpage_error"] for r in got if "cleanpage_error" in r]
    assert errors == [
        {"line": 2, "id": None, "reason": "malformed JSON: Expecting value at column 25"},
        {"line": 3, "id": "nofield", "reason": "missing field 'text'"},
        {"line": 5, "id": "number", "reason": "field 'text' is a number, not a string"},
        {"line": 7, "id": None, "reason": "not a JSON object but an array"},
    ]
    order = [r["id"] if "id" in r else r["cleanpage_error"]["line"]  # type: ignore[index]
             for r in got]
    assert order == ["g0", 2, 3, "g1", 5, 7, "g2"]
    assert err(proc).splitlines() == [
        f"cleanpage: {src}:2: malformed JSON: Expecting value at column 25",
        f"cleanpage: {src}:3: missing field 'text'",
        f"cleanpage: {src}:5: field 'text' is a number, not a string",
        f"cleanpage: {src}:7: not a JSON object but an array",
        f"cleanpage: {src}: 7 records read, 3 written, 4 failed",
    ]


def test_jsonl_keeps_other_fields_byte_for_byte() -> None:
    line = '{"id":7,  "text": ' + json.dumps(PAGE) + ', "x": 1.0e3, "s": "\\u00e9"}'
    proc = run("--jsonl", "-q", stdin=line + "\n")
    out = proc.stdout.decode()
    assert out.startswith(line[:-1] + ', "cleanpage": {"text": ')
    assert json.loads(out)["cleanpage"]["text"] == cleanpage.clean(PAGE)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_jsonl_on_error_skip(tmp_path: Path, workers: str) -> None:
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, _records())
    proc = run("--jsonl", "--on-error", "skip", "-j", workers, str(src))
    assert proc.returncode == 0
    assert [json.loads(x)["id"] for x in proc.stdout.decode().splitlines()] == ["g0", "g1", "g2"]
    assert err(proc).count(f"cleanpage: {src}:") == 5  # 4 failures + the summary


@pytest.mark.parametrize("workers", ["1", "2"])
def test_jsonl_on_error_fail(tmp_path: Path, workers: str) -> None:
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, _records())
    proc = run("--jsonl", "--on-error", "fail", "-j", workers, str(src))
    assert proc.returncode == 1
    assert [json.loads(x)["id"] for x in proc.stdout.decode().splitlines()] == ["g0"]
    assert err(proc).splitlines() == [
        f"cleanpage: {src}:2: malformed JSON: Expecting value at column 25",
        f"cleanpage: {src}: 2 records read, 1 written, 1 failed",
    ]


def test_jsonl_reasons_name_json_types() -> None:
    lines = ['"a page"', "3", "null", '{"text": true}', '{"text": []}', '{"text": {}}',
             json.dumps({"text": PAGE})]
    proc = run("--jsonl", "-q", stdin="\n".join(lines) + "\n")
    reasons = [json.loads(x).get("cleanpage_error", {}).get("reason")
               for x in proc.stdout.decode().splitlines()]
    assert reasons == [
        "not a JSON object but a string", "not a JSON object but a number",
        "not a JSON object but null", "field 'text' is a boolean, not a string",
        "field 'text' is an array, not a string", "field 'text' is an object, not a string",
        None,
    ]


def test_jsonl_field_id_field_json_lines_quiet() -> None:
    line = json.dumps({"key": "k1", "page": PAGE})
    proc = run("--jsonl", "--field", "page", "--id-field", "key", "--json", "--lines", "-q",
               stdin=line + "\n" + json.dumps({"key": "k2"}) + "\n")
    assert proc.returncode == 0
    first, second = (json.loads(x) for x in proc.stdout.decode().splitlines())
    page = cleanpage.extract(PAGE)
    assert set(first["cleanpage"]) == {"text", "title", "body", "related", "comments", "lang",
                                       "lines"}
    assert first["cleanpage"]["title"] == page.title
    assert len(first["cleanpage"]["lines"]) == len(page.lines)
    assert second == {"cleanpage_error": {"line": 2, "id": "k2", "reason": "missing field 'page'"}}
    assert err(proc) == "cleanpage: <stdin>:2: missing field 'page'\n"  # no summary with -q


def test_jsonl_invalid_utf8_and_bom(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    good = json.dumps({"id": "a", "text": PAGE}).encode()
    bad = json.dumps({"id": "b", "text": PAGE}).encode().replace(b"fishermen", b"fisher\xffmen")
    src.write_bytes(b"\xef\xbb\xbf" + good + b"\n" + bad + b"\n")
    proc = run("--jsonl", str(src))
    assert proc.returncode == 0
    got = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [r["id"] for r in got] == ["a", "b"]
    assert "fisher\ufffdmen" in got[1]["cleanpage"]["text"]
    assert f"cleanpage: warning: {src}:2: invalid UTF-8 replaced" in err(proc)
    strict = run("--jsonl", "--errors", "strict", str(src))
    assert strict.returncode == 0
    assert json.loads(strict.stdout.decode().splitlines()[1])["cleanpage_error"]["id"] is None
    assert f"{src}:2: invalid UTF-8 at byte" in err(strict)


def test_jsonl_many_records_keep_order_with_two_workers(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl.gz", tmp_path / "out.jsonl.gz"
    n = 600
    lines = [json.dumps({"id": i, "text": PAGE if i % 7 else None}) for i in range(n)]
    _write_jsonl(src, lines)
    proc = run("--jsonl", "-j", "2", str(src), "-o", str(out))
    got = _read_jsonl(out)
    assert len(got) == n
    ids = [r["id"] if "id" in r else r["cleanpage_error"]["id"] for r in got]  # type: ignore[index]
    assert ids == list(range(n))
    failed = len(range(0, n, 7))
    assert err(proc).splitlines()[-1] == (
        f"cleanpage: {src}: {n} records read, {n - failed} written, {failed} failed")


class _SlowFeed:
    """``cleanpage ARGS`` on a pipe fed by a thread: ``first``; once the command has read it
    and blocks on its input, a pause until ``go`` is set (or ``pause`` seconds passed); then
    ``rest`` and the end of the input. The pause counts from the block, not from the start:
    on a loaded machine the import alone can take longer than a fixed pause."""

    def __init__(self, args: list[str], first: list[bytes], rest: list[bytes], pause: float,
                 stderr: int) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "cleanpage", *args],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=stderr)
        self.go = threading.Event()
        self.feeder = threading.Thread(target=self._feed, args=(first, rest, pause),
                                       daemon=True)
        self.feeder.start()

    def _feed(self, first: list[bytes], rest: list[bytes], pause: float) -> None:
        stdin = self.proc.stdin
        assert stdin is not None
        try:
            stdin.writelines(first)
            stdin.flush()
            _wait_blocked(self.proc.pid)
            self.go.wait(pause)
            stdin.writelines(rest)
            stdin.close()
        except (BrokenPipeError, ValueError):  # the test failed and ended the process
            pass

    def finish(self) -> tuple[bytes, bytes]:
        """Everything on stdout and (when a pipe) stderr, once the process has ended.

        Stdout is read first: the command reads no more input while its output is not read.
        """
        out, err = self.proc.stdout, self.proc.stderr
        assert out is not None
        result = out.read(), err.read() if err is not None else b""
        self.feeder.join(timeout=60)
        self.proc.wait(timeout=60)
        return result


def test_jsonl_streams_output_before_the_input_ends() -> None:
    """With -j 2, output starts while stdin is still open: the input is not read whole."""
    line = (json.dumps({"id": 0, "text": PAGE}) + "\n").encode()
    run = _SlowFeed(["--jsonl", "-j", "2", "-q"], [line] * 2000, [line], pause=60.0,
                    stderr=subprocess.PIPE)
    stdout = run.proc.stdout
    assert stdout is not None
    try:
        ready, _, _ = select.select([stdout], [], [], 45.0)
        assert ready, "no output before the end of the input"
        first = stdout.readline()
        assert json.loads(first)["cleanpage"]["text"] == cleanpage.clean(PAGE)
    except BaseException:
        run.proc.kill()
        raise
    finally:
        run.go.set()
        rest, _ = run.finish()
    assert len((first + rest).splitlines()) == 2001


@pytest.mark.skipif(os.name != "posix", reason="needs a pseudo-terminal")
def test_progress_only_when_stderr_is_a_terminal() -> None:
    """A run longer than a second shows the progress line on a terminal's stderr only, and
    not with --quiet; on a pipe, stderr gets just the summary."""
    line = (json.dumps({"id": 0, "text": PAGE}) + "\n").encode()
    terminals = [os.openpty(), os.openpty()]
    runs = [_SlowFeed(["--jsonl", *quiet], [line] * 10, [line] * 10, pause=1.5, stderr=slave)
            for quiet, (_, slave) in zip([[], ["-q"]], terminals, strict=True)]
    runs.append(_SlowFeed(["--jsonl"], [line] * 10, [line] * 10, pause=1.5,
                          stderr=subprocess.PIPE))
    for _, slave in terminals:
        os.close(slave)
    outputs = [r.finish() for r in runs]
    assert all(len(out.splitlines()) == 20 for out, _ in outputs)
    shown = [_read_terminal(master) for master, _ in terminals]
    assert "cleanpage: 11 records, " in shown[0] and " records/s, " in shown[0]
    assert " MB/s" in shown[0]
    assert shown[0].endswith("\r\x1b[Kcleanpage: <stdin>: 20 records read, 20 written, "
                             "0 failed\r\n")
    assert shown[1] == ""
    assert outputs[2][1] == b"cleanpage: <stdin>: 20 records read, 20 written, 0 failed\n"


def _read_terminal(master: int) -> str:
    """All a pseudo-terminal received; its other end is closed, so reading ends in EIO."""
    chunks = []
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return b"".join(chunks).decode("utf-8")


def test_jsonl_missing_input_exits_1(tmp_path: Path) -> None:
    proc = run("--jsonl", str(tmp_path / "nope.jsonl"))
    assert proc.returncode == 1
    assert err(proc) == f"cleanpage: {tmp_path / 'nope.jsonl'}: No such file or directory\n"


def test_jsonl_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl.gz"
    lines = [json.dumps({"id": i, "text": PAGE + f" {i} " + "x" * 2000}) for i in range(200)]
    src.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode())[:-200])
    proc = run("--jsonl", str(src))
    assert proc.returncode == 1
    written = proc.stdout.decode().splitlines()
    assert 0 < len(written) < 200
    assert f"cleanpage: {src}: cannot read:" in err(proc)
    assert f"{len(written)} records read, {len(written)} written, 0 failed" in err(proc)
    assert_no_traceback(proc)


def test_jsonl_broken_pipe_with_workers_is_quiet(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [json.dumps({"id": i, "text": PAGE}) for i in range(400)])
    script = f"set -o pipefail; '{sys.executable}' -m cleanpage --jsonl -j 2 '{src}' | head -1"
    proc = subprocess.run(script, shell=True, executable="/bin/bash", capture_output=True,
                          timeout=120, check=False)
    assert json.loads(proc.stdout)["id"] == 0
    assert proc.stderr == b"", err(proc)
    assert proc.returncode == 0


def test_progress_line_is_throttled(monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    """In-process: nothing in the first second, then at most one redraw per 0.25 s."""
    clock = iter([0.0, 0.5, 1.5, 1.6, 2.0])
    monkeypatch.setattr(cli.time, "monotonic", lambda: next(clock))
    progress = cli._Progress(enabled=True)  # reads the clock once: t = 0
    for records in (10, 20, 30, 40):  # at t = 0.5 (too early), 1.5, 1.6 (too soon), 2.0
        progress.update(records, records * 1000)
    progress.clear()
    out = capsys.readouterr().err
    assert out.count("\r") == 3  # two redraws and the erase
    assert "20 records, 13 records/s" in out and "40 records, 20 records/s" in out
    assert out.endswith("\r\x1b[K")
