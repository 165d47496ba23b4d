"""Benchmarks: generated corpora and timed runs, printed as tables."""
