"""negograph: a negotiation-position knowledge graph built from news articles.

Stages: `graph.ingest` (files -> Article), `graph.extract` (Article -> Statement),
`graph.rdf` (Statement -> quads), `graph.store` (embedded or remote SPARQL store),
`graph.view` (interactive HTML), `graph.compare` (positions across articles).
"""
from importlib import metadata as _metadata

try:
    # One source of truth: the version in pyproject.toml, as installed in the package metadata.
    __version__ = _metadata.version("negograph")
except _metadata.PackageNotFoundError:  # imported from a checkout that was never installed
    __version__ = "0+unknown"
