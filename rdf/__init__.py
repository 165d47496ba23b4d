"""Linked data: the RDF ontology and SHACL shapes derived from schema/, streaming dumps, SPARQL."""
