"""Backups as a user's action: the settings page and the command line refuse the same people."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import select

from mediation_app.domain.enums import UserRole
from mediation_app.errors import PermissionDenied
from mediation_app.paths import AppPaths
from mediation_app.services import store_copies
from mediation_app.services.actor import Actor
from mediation_app.storage import opening
from mediation_app.storage.engine import Store
from mediation_app.storage.models import AuditEvent


def backups_recorded(store: Store) -> list[dict[str, str]]:
    with store.transaction(write=False) as session:
        return [e.changes for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == "backup"))]


def test_an_administrator_backs_up_and_it_is_recorded(
        store: Store, admin: Actor, paths: AppPaths, backend: str, tmp_path: Path) -> None:
    if backend != "sqlite":
        pytest.skip("PostgreSQL is backed up with the server's tools")
    dest = store_copies.back_up(store, admin, opening.key_for(paths), tmp_path / "copy.db")
    assert dest.stat().st_size > 0
    assert backups_recorded(store) == [{"file": str(dest)}]


def test_a_mediator_may_not_back_up(store: Store, admin: Actor, paths: AppPaths, backend: str,
                                    tmp_path: Path) -> None:
    if backend != "sqlite":
        pytest.skip("PostgreSQL is backed up with the server's tools")
    mediator = dataclasses.replace(admin, role=UserRole.MEDIATOR)
    with pytest.raises(PermissionDenied, match="只有管理员可以备份数据库"):
        store_copies.back_up(store, mediator, opening.key_for(paths), tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists() and backups_recorded(store) == []
