from __future__ import annotations

import pytest

from mediation_app.documents import DocumentEngine


@pytest.fixture(scope="session")
def engine() -> DocumentEngine:
    return DocumentEngine()
