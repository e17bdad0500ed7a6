"""Benchmarks at national scale: `python -m bench [part ...]` (see bench/README_SECTION.md)."""
