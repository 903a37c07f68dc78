"""Synthetic data at scale: each module's rows, drawn from a seeded random generator.

`services.synthetic` drives these generators and writes their rows in bulk. A generator never reads
the clock or the store: the same seed and the same `as_of` day give the same rows, every time.
"""
