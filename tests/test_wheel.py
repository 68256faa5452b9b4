"""The wheel, installed outside the checkout: it carries every file the commands
read at run time, and the README's commands work from it on the seed, with the
same output as the checkout.

Offline by construction, nothing is downloaded:

- the sdist and the wheel are built from a copy of the checkout with .venv's
  setuptools (`pip wheel --no-build-isolation --no-index`, no pip configuration);
- the wheel goes into a fresh venv made with `--without-pip` in a temporary
  folder, with `--no-deps --no-index`;
- the dependencies come from .venv: one line in a .pth file puts .venv's
  site-packages on the venv's path after its own. (A `--system-site-packages`
  venv would not do: it sees the base interpreter's packages, not .venv's.) The
  .pth files inside .venv's site-packages are not run from there, so .venv's
  editable negograph stays inert, and the tests check that `graph` is imported
  from the venv.

Every command runs with the temporary folder as working directory and no
PYTHONPATH, so nothing is imported from the checkout. The checkout's own output
for the same input, from `graph.cli` in this process, is the reference.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app

REPO = Path(__file__).resolve().parent.parent
HOLDOUT = REPO / "tests" / "fixtures" / "holdout"
# Not copied into the build: environments, outputs and caches.
COPY_IGNORE = shutil.ignore_patterns(".git", ".venv", "out", "build", "dist", "*.egg-info", "__pycache__",
                                     "*.pyc", ".pytest_cache", ".hypothesis", ".ruff_cache", "results")
TIMEOUT = 120


@dataclass(frozen=True)
class Installed:
    wheel: Path
    sdist: Path
    python: Path  # the venv's interpreter
    negograph: Path  # the venv's console script
    work: Path  # the working directory outside the checkout, with the inputs


def _env() -> dict[str, str]:
    """The environment without anything that points Python or pip elsewhere."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PIP_") and k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV")}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1",
               PYTHONNOUSERSITE="1", COLUMNS="200")
    return env


def _run(args: list, cwd: Path) -> subprocess.CompletedProcess:
    """Run one command; a failure shows its output."""
    result = subprocess.run([str(a) for a in args], check=False, cwd=cwd, env=_env(), capture_output=True,
                            text=True, encoding="utf-8", timeout=TIMEOUT)
    if result.returncode != 0:
        raise AssertionError(f"{args} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result


def _pip(*args) -> list:
    """pip from .venv, so the test venv needs none (and the pip is 25.0+, which shows License-Expression)."""
    return [sys.executable, "-m", "pip", *args]


def _pyproject_version() -> str:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    return re.search(r'^version = "([^"]+)"', text, re.MULTILINE).group(1)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    shutil.copytree(REPO, source, ignore=COPY_IGNORE)
    _run([sys.executable, "-c", "import sys; from setuptools import build_meta; build_meta.build_sdist(sys.argv[1])",
          tmp / "sdist"], cwd=source)
    (sdist,) = (tmp / "sdist").glob("negograph-*.tar.gz")
    _run(_pip("wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", tmp / "dist", sdist), cwd=tmp)
    (wheel,) = (tmp / "dist").glob("negograph-*.whl")

    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=tmp)
    python = venv / "bin" / "python"
    _run(_pip("--python", python, "install", "--no-deps", "--no-index", wheel), cwd=tmp)
    purelib = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                        cwd=tmp).stdout.strip())
    deps = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))  # .venv's
    (purelib / "_negograph_test_deps.pth").write_text("".join(f"{d}\n" for d in deps), encoding="utf-8")

    work = tmp / "work"
    work.mkdir()
    shutil.copytree(REPO / "seeds", work / "seeds")
    shutil.copytree(HOLDOUT, work / "holdout")
    return Installed(wheel, sdist, python, venv / "bin" / "negograph", work)


@pytest.fixture(scope="module")
def built(installed) -> subprocess.CompletedProcess:
    """`negograph build seeds/ --out out/`, as in the README, run from the venv."""
    return _run([installed.negograph, "build", "seeds/", "--out", "out/"], cwd=installed.work)


@contextlib.contextmanager
def _cwd(path: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


@pytest.fixture(scope="module")
def reference(installed, tmp_path_factory) -> Path:
    """The same build from the checkout's code, in a folder laid out like the venv's."""
    ref = tmp_path_factory.mktemp("reference")
    shutil.copytree(installed.work / "seeds", ref / "seeds")
    shutil.copytree(installed.work / "holdout", ref / "holdout")
    with _cwd(ref):
        result = CliRunner().invoke(app, ["build", "seeds/", "--out", "out/"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return ref


def checkout(reference: Path, *args: str) -> str:
    """A command's stdout from the checkout's code, in the reference folder."""
    with _cwd(reference):
        result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def wheel_command(installed: Installed, *args: str) -> str:
    """A command's stdout from the installed console script, outside the checkout."""
    return _run([installed.negograph, *args], cwd=installed.work).stdout


# --- what the wheel carries -------------------------------------------------------------


def test_wheel_carries_every_file_the_commands_read(installed):
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    package_files = {p.relative_to(REPO).as_posix() for p in (REPO / "graph").rglob("*")
                     if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
                     and p.name != "README.md"}
    queries = {f"graph/queries/{p.name}" for p in (REPO / "queries").glob("*.rq")}
    assert queries and "graph/queries/conflicts.rq" in queries
    assert {"graph/ontology.ttl", "graph/lexicons/actors.yaml", "graph/lexicons/uk/cues.yaml",
            "graph/assets/view.html"} <= package_files
    assert sorted((package_files | queries) - names) == []
    dist_info = f"negograph-{_pyproject_version()}.dist-info"
    assert {f"{dist_info}/licenses/LICENSE", f"{dist_info}/licenses/NOTICE"} <= names


def test_sdist_carries_the_queries_and_the_licence(installed):
    import tarfile

    with tarfile.open(installed.sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {f"queries/{p.name}" for p in (REPO / "queries").glob("*.rq")} <= names
    assert {"LICENSE", "NOTICE", "pyproject.toml", "README.md"} <= names


def test_installed_package_is_imported_from_the_venv_with_its_dependencies(installed):
    probe = "import graph, graph.query as q; print(graph.__file__); print(q.QUERY_DIR)"
    module, query_dir = _run([installed.python, "-c", probe], cwd=installed.work).stdout.splitlines()
    venv = installed.python.parent.parent
    assert Path(module).is_relative_to(venv) and not Path(module).is_relative_to(REPO)
    assert Path(query_dir) == Path(module).parent / "queries"
    assert "No broken requirements found." in _run(_pip("--python", installed.python, "check"),
                                                    cwd=installed.work).stdout


# --- version and licence ----------------------------------------------------------------


def test_version_is_the_installed_package_metadata_version(installed):
    metadata = _run([installed.python, "-c", "import importlib.metadata as m; print(m.version('negograph'))"],
                    cwd=installed.work).stdout.strip()
    assert metadata == _pyproject_version()
    assert wheel_command(installed, "--version") == f"negograph {metadata}\n"


def test_pip_show_gives_the_licence(installed):
    shown = _run(_pip("--python", installed.python, "show", "negograph"), cwd=installed.work).stdout
    fields = dict(line.split(": ", 1) for line in shown.splitlines() if ": " in line)
    assert fields["License-Expression"] == "Apache-2.0"
    assert Path(fields["Location"]).is_relative_to(installed.python.parent.parent)


# --- the README's commands, from the wheel ----------------------------------------------


def test_build_writes_the_store_and_the_outputs_as_the_checkout_does(installed, built, reference):
    out = installed.work / "out"
    assert "statements" in built.stdout and built.stderr == ""
    for name in ("store", "statements.jsonl", "graph.trig", "positions.html", "compare.html"):
        assert (out / name).exists(), name
    statements = (out / "statements.jsonl").read_text(encoding="utf-8")
    assert len(statements.splitlines()) >= 10
    assert statements == (reference / "out" / "statements.jsonl").read_text(encoding="utf-8")
    assert (out / "graph.trig").read_bytes() == (reference / "out" / "graph.trig").read_bytes()


def test_query_conflicts_by_name_prints_the_checkout_rows(installed, built, reference):
    table = wheel_command(installed, "query", "conflicts", "--store", "out/store")
    csv = wheel_command(installed, "query", "conflicts", "--store", "out/store", "--format", "csv")
    assert csv == checkout(reference, "query", "conflicts", "--store", "out/store", "--format", "csv")
    header, *rows = csv.splitlines()
    assert header == "negotiation,issue,item,supporter,relation,opponent" and rows
    for column in header.split(","):
        assert column in table
    assert table.rstrip().endswith(f"{len(rows)} rows")
    assert wheel_command(installed, "query", "actor-positions", "--param", "actor=putin", "--format", "csv") \
        == checkout(reference, "query", "actor-positions", "--param", "actor=putin", "--format", "csv")


def test_extract_and_eval_match_the_checkout(installed, reference):
    extracted = wheel_command(installed, "extract", "seeds/")
    assert extracted == checkout(reference, "extract", "seeds/")
    assert [json.loads(line)["article"] for line in extracted.splitlines()]
    scores = wheel_command(installed, "eval", "holdout/gold.jsonl")
    assert scores == checkout(reference, "eval", "holdout/gold.jsonl")
    assert re.search(r"^issue-F1 0\.\d{3} item-F1 0\.\d{3}$", scores, re.MULTILINE)


def test_view_compare_and_export_match_the_checkout(installed, built, reference):
    wheel_command(installed, "view", "--store", "out/store", "-o", "view.html")
    page = (installed.work / "view.html").read_text(encoding="utf-8")
    assert "vis.js is dual licensed" in page  # vis-network in-line, its licence header with it
    assert "negograph-data" in page
    for args in (("compare", "--store", "out/store", "--format", "csv"),
                 ("compare", "seeds/", "--format", "md"),
                 ("export", "--store", "out/store", "--format", "trig"),
                 ("export", "--store", "out/store", "--format", "graphml")):
        assert wheel_command(installed, *args) == checkout(reference, *args), args


def test_every_command_answers_help_from_the_wheel(installed):
    """Every command, including any added later (`serve`), at least imports and starts."""
    names = [command.name or command.callback.__name__ for command in app.registered_commands]
    assert {"build", "extract", "eval", "query", "view", "compare", "export"} <= set(names)
    for name in names:
        assert f"negograph {name}" in wheel_command(installed, name, "--help"), name
