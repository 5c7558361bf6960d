"""The data file's JSON is encoded in pieces, and is still exactly what json.dumps gives."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from mediation_app.exports.bureau_files import (
    JSON_CHUNK_DEPTH,
    _json_default,
    _json_pieces,
    release,
    to_json_bytes,
)

LEAVES = (st.none() | st.booleans() | st.integers() | st.text()
          | st.floats(allow_nan=False, allow_infinity=False)
          | st.decimals(allow_nan=False, allow_infinity=False, places=2)
          | st.dates() | st.datetimes())
KEYS = st.text() | st.integers() | st.booleans() | st.none()
VALUES = st.recursive(LEAVES, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(), inner, max_size=4)
                      | st.dictionaries(KEYS, inner, max_size=3), max_leaves=30)


def one_call(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                      default=_json_default).encode()


@given(VALUES)
def test_pieces_join_to_what_json_dumps_gives(value: Any) -> None:
    assert to_json_bytes(value) == one_call(value)


def test_a_ledger_is_encoded_case_by_case() -> None:
    ledger = [{"number": f"城关人调字〔2025〕第{i}号", "amount": Decimal("1200.50"),
               "concluded_on": dt.date(2025, 3, 1 + i % 28), "parties": 2} for i in range(500)]
    data = {"format": "x", "figures": {"调解件数": 500}, "ledger": ledger, "empty": []}
    pieces = list(_json_pieces(data, JSON_CHUNK_DEPTH))
    assert len(pieces) > len(ledger)
    assert max(len(p) for p in pieces) < 200  # no piece holds more than one case
    assert "".join(pieces).encode() == one_call(data)
    assert to_json_bytes({**data, "ledger": iter(ledger)}) == one_call(data)


def test_release_empties_the_list_in_slices() -> None:
    items = list(range(5001))
    release(items)
    assert items == []
