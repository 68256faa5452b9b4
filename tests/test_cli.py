"""The command line: help and version, `build` output, one stderr line per bad input,
exit codes, --strict, and a store locked by another process."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from corpus import write_corpus
from typer.testing import CliRunner

from graph import __version__
from graph.cli import app

runner = CliRunner()
GOOD = "Good article\n\nUkraine demands security guarantees.\n"


def invoke(*args: str):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def stderr_lines(result) -> list[str]:
    return result.stderr.splitlines()


# --- help and version -------------------------------------------------------------------


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"negograph {__version__}"


def test_version_is_read_from_the_package_metadata():
    from importlib.metadata import version

    assert __version__ == version("negograph")


def test_help_lists_the_commands():
    result = invoke("--help")
    assert result.exit_code == 0
    assert "build" in result.stdout and "extract" in result.stdout


def test_no_arguments_shows_help():
    result = runner.invoke(app, [], prog_name="negograph")
    assert "Usage: negograph" in result.stdout + result.stderr


def test_every_command_has_help_with_an_example():
    commands = app.registered_commands
    assert commands
    for command in commands:
        name = command.name or command.callback.__name__
        result = invoke(name, "--help")
        assert result.exit_code == 0, name
        assert "Example" in result.stdout, f"{name} --help has no example"
        assert f"negograph {name}" in result.stdout, f"{name} --help example does not show the command"


def test_build_help_shows_its_options():
    out = invoke("build", "--help").stdout
    for option in ("--out", "--jobs", "--dask", "--store", "--strict"):
        assert option in out


# --- build ------------------------------------------------------------------------------


def test_build_prints_the_summary_and_exits_zero(tmp_path):
    corpus = write_corpus(tmp_path / "in")
    result = invoke("build", corpus, "--out", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""  # no progress bar off a terminal, nothing skipped
    out = result.stdout
    lines = {line.strip("│┃ ").split("│")[0].strip(): line for line in out.splitlines()}
    assert "articles" in lines and lines["articles"].split()[-2] == "7"
    for word in ("statements", "demands", "proposes", "rejects", "accepts", "top actors", "outputs"):
        assert word in out
    assert f"  statements  {tmp_path / 'out' / 'statements.jsonl'}" in out.splitlines()
    assert (tmp_path / "out" / "graph.trig").exists()


BAD = {
    "empty.txt": (b"", "file is empty"),
    "binary.txt": (bytes(range(256)) * 4, "binary file (contains NUL bytes), not text"),
    "undecodable.txt": ("Déjà vu à Noël, très français.".encode("latin-1") * 4,
                        "undecodable bytes: not UTF-8, cp1251 or KOI8-R text"),
    "truncated.jsonl": (b'{"text": "Ukraine demands', ("line 1: invalid JSON at column 10: Unterminated string "
                                                      "starting at (truncated or malformed)")),
    "empty.html": (b"<html><head><title>t</title></head><body><script>x()</script></body></html>",
                   "HTML has no article text"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_alone_gives_one_line_and_exit_1(tmp_path, name):
    content, reason = BAD[name]
    path = tmp_path / name
    path.write_bytes(content)
    result = invoke("build", path, "--out", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"negograph: {path}: {reason}", "negograph: no article could be ingested"]


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_among_good_ones_gives_one_line_and_exit_0(tmp_path, name):
    content, reason = BAD[name]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD)
    (folder / name).write_bytes(content)
    (folder / "z-good.txt").write_text(GOOD)
    result = invoke("build", folder, "--out", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 0
    assert stderr_lines(result) == [f"negograph: {folder / name}: {reason}"]
    assert f"  {folder / name}: {reason}" in result.stdout.splitlines()


def test_fifty_megabyte_file_is_skipped(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 2**20)
    (tmp_path / "good.txt").write_text(GOOD)
    result = invoke("build", big, tmp_path / "good.txt", "--out", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 0
    assert stderr_lines(result) == [
        (f"negograph: {big}: file too large (50 MB > 20 MB limit for one article; put many articles in a "
         ".jsonl archive)")]


def test_missing_path_is_named(tmp_path):
    result = invoke("build", tmp_path / "nope", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"negograph: {tmp_path / 'nope'}: no such file or directory",
                                    "negograph: no article could be ingested"]


def test_unreadable_file_is_named(tmp_path, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD)
    if os.geteuid() != 0:
        secret.chmod(0)
    else:  # root reads anything: make the open fail as it would for a user
        real_open = Path.open

        def deny(self, *args, **kwargs):
            if self == secret:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", deny)
    result = invoke("build", secret, "--out", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 1
    assert stderr_lines(result)[0] == f"negograph: {secret}: cannot read: Permission denied"


def test_strict_stops_at_the_first_bad_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_text(GOOD)
    result = invoke("build", folder, "--out", tmp_path / "out", "--jobs", "1", "--strict")
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"negograph: {folder / 'b.txt'}: file is empty"]


def test_bad_jobs_value_is_a_usage_error(tmp_path):
    result = invoke("build", tmp_path, "--jobs", "0")
    assert result.exit_code == 2


def test_file_names_with_brackets_are_printed_as_they_are(tmp_path):
    path = tmp_path / "[bold]x.txt"
    path.write_bytes(b"")
    result = invoke("build", path, "--out", tmp_path / "out", "--jobs", "1")
    assert stderr_lines(result)[0] == f"negograph: {path}: file is empty"


# --- a store another process is writing -----------------------------------------------------

HOLDER = textwrap.dedent("""
    import sys, time
    from graph.store import open_store
    with open_store(sys.argv[1]):
        print("open", flush=True)
        time.sleep(60)
""")


def test_store_locked_by_another_process_gives_one_line(tmp_path):
    store = tmp_path / "out" / "store"
    (tmp_path / "good.txt").write_text(GOOD)
    assert invoke("build", tmp_path / "good.txt", "--out", tmp_path / "out").exit_code == 0
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = subprocess.run(
            [sys.executable, "-m", "graph.cli", "build", str(tmp_path / "good.txt"), "--out", str(tmp_path / "out")],
            capture_output=True, text=True, timeout=120, check=False)
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("negograph: ") and str(store) in lines[0]
    assert "Traceback" not in result.stderr


def test_statements_are_readable_json_lines(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    invoke("build", tmp_path / "good.txt", "--out", tmp_path / "out", "--jobs", "1")
    for line in (tmp_path / "out" / "statements.jsonl").read_text().splitlines():
        assert json.loads(line)["article"] == "good"


# --- progress bar -----------------------------------------------------------------------------


def _terminal():
    import io

    from rich.console import Console

    return Console(file=io.StringIO(), force_terminal=True, width=100)


def test_progress_bar_is_shown_on_a_terminal_for_several_files():
    from graph.report import BuildProgress

    console = _terminal()
    progress = BuildProgress(console)
    progress.start(3)
    for n in (1, 2, 5):
        progress.advance(f"f{n}.txt", n)
    progress.error("negograph: f2.txt: file is empty")
    progress.stop()
    text = console.file.getvalue()
    assert "negograph: f2.txt: file is empty" in text
    assert "3/3" in text and "5 articles" in text


def test_no_progress_bar_for_one_file_or_off_a_terminal(capsys):
    from graph.report import BuildProgress

    console = _terminal()
    progress = BuildProgress(console)
    progress.start(1)
    progress.advance("a.txt", 1)
    progress.stop()
    assert console.file.getvalue() == ""
    assert BuildProgress().enabled is False  # pytest's stderr is not a terminal


@pytest.mark.parametrize("lines, expected", [
    # A one-line note is its own lead sentence, in any of the three languages.
    (["Азербайджан вимагає від Вірменії змінити конституцію."], 1),
    (["Профсоюз шахтёров требует повышения зарплаты на 15%."], 1),
    # (two lines: Chile rejects the access, and Bolivia demands it)
    (["Chile rejected Bolivia's demand for sovereign access to the sea."], 2),
    # A headline (no final stop) above the text is the title, not a statement.
    (["Chile rejects Bolivian proposal", "", "The talks resume on Monday."], 0),
])
def test_a_first_line_that_ends_as_a_sentence_is_read(tmp_path, lines, expected):
    lang = "uk" if "Вірмен" in lines[0] else "ru" if "Профсоюз" in lines[0] else "en"
    path = tmp_path / f"note.{lang}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("extract", path, "--format", "jsonl")
    assert result.exit_code == 0
    assert len([line for line in result.stdout.splitlines() if line.strip()]) == expected
