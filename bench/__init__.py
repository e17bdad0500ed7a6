"""Benchmarks at national scale: `python -m bench [part ...]` (see docs/performance.md)."""
