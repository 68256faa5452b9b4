"""What building the lexicons costs, kept on disk between runs.

Building the lexicons parses some 20 YAML files and asks morphology for the lemma of
some 14,000 words: most of a command's start-up (about 2 s of `negograph extract` on
one sentence). Both answers depend only on their inputs (a file's bytes; a word, its
language, morph.py and the morphology libraries), so they are kept in one file in the
user's cache directory ($NEGOGRAPH_CACHE_DIR, else $XDG_CACHE_HOME/negograph, else
~/.cache/negograph) whose name carries a hash of the code and library versions; a
parsed file is reused only while its bytes hash the same. A missing, unreadable or
corrupt cache is ignored and rebuilt; a directory that cannot be written to only costs
the speed. NEGOGRAPH_CACHE_DIR="" turns the cache off.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Callable

_LIBRARIES = ("pymorphy3", "pymorphy3-dicts-uk", "pymorphy3-dicts-ru", "simplemma", "PyYAML")


def cache_dir() -> Path | None:
    """Where the cache lives; None when it is turned off."""
    chosen = os.environ.get("NEGOGRAPH_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "negograph"


def _version_key() -> str:
    """A hash of what the cached answers depend on besides their inputs."""
    digest = hashlib.sha256((Path(__file__).parent / "morph.py").read_bytes())
    for name in _LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    return digest.hexdigest()[:16]


class StartupCache:
    """Two tables read from and saved to one file: (word, language) -> the word's
    dictionary forms, and a lexicon file's path -> (hash of its bytes, marshalled data)."""

    def __init__(self, path: Path | None):
        self.path = path
        data = self._read()
        self._forms: dict = data.get("forms", {})
        self._files: dict = data.get("files", {})
        self._changed = False

    def _read(self) -> dict:
        if self.path is None:
            return {}
        try:
            data = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if not isinstance(data, dict) or not all(isinstance(data.get(k, {}), dict) for k in ("forms", "files")):
            return {}
        return data

    def forms(self, word: str, lang: str, compute: Callable[[str, str], tuple[str, ...]]) -> tuple[str, ...]:
        key = (word, lang)
        found = self._forms.get(key)
        if found is None:
            found = self._forms[key] = compute(word, lang)
            self._changed = True
        return found

    def parsed(self, path: Path, parse: Callable[[bytes], object]):
        """The parsed data of a file, parsed again only when its bytes changed. Kept as
        a snapshot, so a caller that changes the data it was given changes no cache."""
        raw = path.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        found = self._files.get(str(path))
        if found is not None and found[0] == digest:
            return marshal.loads(found[1])
        data = parse(raw)
        try:
            self._files[str(path)] = (digest, marshal.dumps(data))
        except ValueError:
            return data  # a value marshal cannot keep (a YAML date): parsed each time
        self._changed = True
        return data

    def save(self) -> None:
        """Write the file when something was added; atomically, so no reader sees half."""
        if self.path is None or not self._changed:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.path.parent, delete=False) as handle:
                handle.write(marshal.dumps({"forms": self._forms, "files": self._files}))
            os.replace(handle.name, self.path)
            self._changed = False
            for stale in self.path.parent.glob("lexicons-*.marshal"):
                if stale != self.path:
                    stale.unlink(missing_ok=True)  # another version's: never read again here
        except OSError:
            pass  # a read-only home only costs the speed


_CACHE: StartupCache | None = None


def startup_cache() -> StartupCache:
    """The process's cache, opened on first use and saved when the process ends."""
    global _CACHE
    if _CACHE is None:
        directory = cache_dir()
        _CACHE = StartupCache(directory / f"lexicons-{_version_key()}.marshal" if directory else None)
        atexit.register(_CACHE.save)
    return _CACHE
