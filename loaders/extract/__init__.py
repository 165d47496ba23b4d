"""Extraction: a Document becomes typed entities and relations, each cited to its sentence."""

from loaders.extract.pipeline import Extraction, extract_document

__all__ = ["Extraction", "extract_document"]
