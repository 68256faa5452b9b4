"""negograph: a negotiation-position knowledge graph built from news articles.

Stages: `graph.ingest` (files -> Article), `graph.extract` (Article -> Statement),
`graph.rdf` (Statement -> quads), `graph.store` (embedded or remote SPARQL store),
`graph.view` (interactive HTML), `graph.compare` (positions across articles).
"""
__version__ = "0.1.0"
