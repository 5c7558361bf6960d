"""Demo data: realistic synthetic cases for training, screenshots and load tests.

`generate(store, cases=...)` fills the office's store with cases in every dispute type,
source and lifecycle stage, quickly (bulk inserts) and reproducibly (one seed).
"""

from mediation_app.demo.generator import generate

__all__ = ["generate"]
