"""The user guide's screenshots: every image it shows exists, every screen has one, and
with ``MEDIATION_UPDATE_GUIDE=1`` they are made again from the real screens
(``scripts/update-guide-images.sh``).

The regenerated images come from a fixed store: the demo generator with a fixed seed and a
fixed "today", in a fixed folder (the status bar shows its path), windows at 1280×800.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QBuffer, QIODevice, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from mediation_app.domain.enums import UserRole
from mediation_app.exports import bureau, bureau_files, signing, sweeps
from mediation_app.exports.adjustments import add_adjustment
from mediation_app.paths import AppPaths
from mediation_app.services import auth, office
from mediation_app.storage import opening
from tests.conftest import ADMIN_PASSWORD
from tests.ui import cases, screens
from tests.ui.conftest import RecordingDialogs, wait_idle
from ui import i18n
from ui.context import AppContext
from ui.export_dialog import ExportDialog
from ui.first_run import FirstRunDialog
from ui.main_window import BUREAU, MainWindow
from ui.settings_dialog import SettingsDialog
from ui.sign_in import SignInDialog

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "用户手册.md"
IMAGES = ROOT / "docs" / "images"
LANGUAGE = i18n.CHINESE
IMAGE = re.compile(r"!\[[^\]]*\]\((images/[^)\s]+)\)")
MAX_BYTES = 300_000
UPDATE = os.environ.get("MEDIATION_UPDATE_GUIDE") == "1"

SCREENS = ("first-run", "sign-in", "dashboard", "case-list", "wizard-parties", "wizard-dispute",
           "case-window", "print-preview", "case-window-risk", "export", "bureau", "settings")
"""Every screen of the application that the guide should show."""
AWAITING_GUIDE: dict[str, str] = {}
"""Screens whose images exist but which the guide does not show yet (section to add them to)."""
DIALOG_SIZED = {"first-run", "sign-in"}
"""Small dialogs shown at their own size; every other screen is 1280×800."""

GUIDE_TODAY = dt.date(2026, 6, 18)
GUIDE_MONTH = "2026-05"
SEED = 7
DEMO_CASES = 190


def image_name(screen: str) -> str:
    return f"{screen}-{LANGUAGE}.png"


def referenced() -> list[str]:
    return IMAGE.findall(GUIDE.read_text(encoding="utf-8"))


def test_every_image_the_guide_shows_exists() -> None:
    shown = referenced()
    assert shown, "the guide shows no images"
    assert [p for p in shown if not (GUIDE.parent / p).is_file()] == []


def test_every_screen_has_an_image_in_the_guide() -> None:
    shown = {Path(p).name for p in referenced()}
    missing = [s for s in SCREENS if image_name(s) not in shown and s not in AWAITING_GUIDE]
    assert missing == []
    now_shown = [s for s in AWAITING_GUIDE if image_name(s) in shown]
    assert now_shown == [], "shown by the guide now: take them off AWAITING_GUIDE"
    unknown = sorted(shown - {image_name(s) for s in SCREENS})
    assert unknown == [], "an image of a screen missing from SCREENS"
    assert [s for s in SCREENS if not (IMAGES / image_name(s)).is_file()] == []


def test_images_are_small_and_of_the_fixed_size() -> None:
    for screen in SCREENS:
        path = IMAGES / image_name(screen)
        if not path.is_file():
            continue  # reported by the test above
        assert path.stat().st_size < MAX_BYTES, path.name
        image = QImage(str(path))
        assert not image.isNull(), path.name
        if screen not in DIALOG_SIZED:
            assert (image.width(), image.height()) == screens.SIZE, path.name


# --- regeneration -------------------------------------------------------------------------
def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def save_image(widget: QWidget, screen: str) -> Path:
    """The widget as PNG; reduced to 256 colours if the full-colour file is too large."""
    image = widget.grab().toImage()
    data = png_bytes(image)
    if len(data) >= MAX_BYTES:
        data = png_bytes(image.convertToFormat(QImage.Format.Format_Indexed8,
                                               Qt.ImageConversionFlag.ThresholdDither))
    assert len(data) < MAX_BYTES, screen
    path = IMAGES / image_name(screen)
    path.write_bytes(data)
    return path


def guide_office(base: Path) -> tuple[AppContext, AppContext]:
    """The demo office of the screenshots (administrator) and a bureau user of its store."""
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    paths = AppPaths(data_dir=base, db_url=str(base / "mediation.db"))
    store = opening.create(paths).store
    with store.transaction() as session:
        office.setup_office(session, office="城关司法所", committee="城关镇人民调解委员会",
                            prefix="城关", admin_username="admin", admin_password=ADMIN_PASSWORD,
                            code="CG-001")
    with store.transaction() as session:
        admin = auth.authenticate(session, "admin", ADMIN_PASSWORD)
        bureau_user = auth.create_user(session, admin, username="district",
                                       password=ADMIN_PASSWORD, role=UserRole.BUREAU,
                                       display_name="区司法局")
    cases.roster(store, admin)
    from mediation_app.demo import generate

    generate(store, cases=DEMO_CASES, seed=SEED, today=GUIDE_TODAY)
    with store.transaction() as session:
        for day, area, found, prevented in ((5, "幸福村1至3组", 3, 2), (19, "城关镇集贸市场", 2, 1)):
            sweeps.add_sweep(session, admin, {
                "swept_on": f"{GUIDE_MONTH}-{day:02d}", "area": area, "swept_by": "王调解",
                "disputes_found": found, "disputes_prevented": prevented}, today=GUIDE_TODAY)
        add_adjustment(session, admin, GUIDE_MONTH, "follow_ups", 2,
                       "两次电话回访未在系统中登记，据回访记录本补录", today=GUIDE_TODAY)

    def make(actor: Any) -> AppContext:
        from ui.worker import Worker

        dialogs = RecordingDialogs(base / "logs")
        worker = Worker(store)
        worker.set_error_handler(lambda exc, details: dialogs.show_exception(None, exc, details))
        settings = QSettings(str(base / f"ui-{actor.username}.ini"), QSettings.Format.IniFormat)
        return AppContext(paths, store, actor, worker, dialogs, settings, "城关司法所",
                          today=lambda: GUIDE_TODAY)

    return make(admin), make(bureau_user)


def bureau_data(office_ctx: AppContext, base: Path) -> tuple[Path, dict[str, str], str]:
    """The office's May export registered and imported at the bureau, plus an office that
    has not reported, so the overview shows both."""
    with office_ctx.store.transaction() as session:
        key = bureau_files.public_key(session, office_ctx.actor)
        folder = bureau_files.run_monthly_export(session, office_ctx.actor, GUIDE_MONTH,
                                                 base / "报送", today=GUIDE_TODAY)["folder"]
    other = signing.encode_public(Ed25519PrivateKey.from_private_bytes(bytes(32)).public_key())
    return Path(folder), key, other


@pytest.mark.skipif(not UPDATE, reason="set MEDIATION_UPDATE_GUIDE=1 to regenerate the images")
def test_regenerate_guide_images(qtbot: Any) -> None:
    assert i18n.install(LANGUAGE)
    flash = QApplication.cursorFlashTime()
    QApplication.setCursorFlashTime(0)  # a steady text cursor, not one caught mid-blink
    base = Path(tempfile.gettempdir()) / "mediation-desk-guide"
    ctx, bureau_ctx = guide_office(base)
    try:
        _screens(qtbot, ctx, bureau_ctx, base)
    finally:
        for c in (ctx, bureau_ctx):
            c.worker.wait_idle(30)
            c.worker.stop()
        ctx.store.dispose()
        QApplication.setCursorFlashTime(flash)


def _screens(qtbot: Any, ctx: AppContext, bureau_ctx: AppContext, base: Path) -> None:
    first_run = FirstRunDialog(AppPaths(data_dir=base / "new", db_url=str(base / "new" /
                                                                       "mediation.db")),
                               ctx.worker, ctx.dialogs)
    qtbot.addWidget(first_run)
    for name, value in (("office", "城关司法所"), ("committee", "城关镇人民调解委员会"),
                        ("prefix", "城关"), ("admin_username", "admin"),
                        ("password", "example-1"), ("password_again", "example-1")):
        first_run.form.set_value(name, value)
    first_run.show()
    save_image(first_run, "first-run")
    first_run.close()

    sign_in = SignInDialog(ctx.paths, ctx.worker, ctx.dialogs, ctx.settings)
    qtbot.addWidget(sign_in)
    sign_in.form.set_value("username", "admin")
    sign_in.open_store()
    sign_in.show()
    wait_idle(qtbot, ctx)
    save_image(sign_in, "sign-in")
    sign_in.close()

    window = screens.main_window(qtbot, ctx)
    save_image(window, "dashboard")
    screens.show_case_list(qtbot, ctx, window)
    save_image(window, "case-list")

    wizard = screens.wizard(qtbot, ctx, window)
    wizard.resize(*screens.SIZE)
    save_image(wizard, "wizard-parties")
    wizard.next()
    save_image(wizard, "wizard-dispute")
    wizard.reject()
    wait_idle(qtbot, ctx)

    case = screens.case_window(qtbot, ctx, window)
    save_image(case, "case-window")
    case.tabs.setCurrentWidget(case.risk_view)
    wait_idle(qtbot, ctx)
    save_image(case, "case-window-risk")
    preview = case.open_document()
    assert preview is not None
    preview.resize(*screens.SIZE)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: preview.document is not None)
    preview.fit(preview.view.ZoomMode.FitInView)  # the whole first page
    qtbot.wait(500)  # QPdfView renders its pages in the background
    save_image(preview, "print-preview")
    preview.close()
    case.close()

    export = ExportDialog(ctx, window, month=GUIDE_MONTH)
    export.resize(*screens.SIZE)
    export.show()
    wait_idle(qtbot, ctx)
    save_image(export, "export")
    export.close()

    settings = SettingsDialog(ctx, window)
    settings.resize(*screens.SIZE)
    settings.show()
    wait_idle(qtbot, ctx)
    save_image(settings, "settings")
    settings.close()
    window.close()

    folder, key, other = bureau_data(ctx, base)
    with bureau_ctx.store.transaction() as session:
        bureau.register_office(session, bureau_ctx.actor, "CG-001", "城关司法所", key["public_key"])
        bureau.register_office(session, bureau_ctx.actor, "DC-002", "东城司法所", other)
    district = MainWindow(bureau_ctx)
    qtbot.addWidget(district)
    district.resize(*screens.SIZE)
    district.show_page(BUREAU)
    district.show()
    wait_idle(qtbot, bureau_ctx)
    assert district.bureau is not None
    district.bureau.month.set_month(GUIDE_MONTH)
    district.bureau.import_paths([folder])
    wait_idle(qtbot, bureau_ctx)
    save_image(district, "bureau")
    district.close()
    wait_idle(qtbot, bureau_ctx)


# --- the guide as PDF ---------------------------------------------------------------------
def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(path).pages))


def headings() -> list[str]:
    return [re.sub(r"\s+", "", m) for m in
            re.findall(r"^#{1,3}\s+(.+)$", GUIDE.read_text(encoding="utf-8"), re.M)]


def test_the_guide_pdf_builds_with_its_headings_in_the_text(tmp_path: Path) -> None:
    out = tmp_path / "guide.pdf"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "build-guide-pdf.py"),
                          "--out", str(out)], capture_output=True, text=True, timeout=300,
                         check=False)
    assert run.returncode == 0, run.stderr
    text = pdf_text(out)
    assert len(headings()) > 10
    assert [h for h in headings() if h not in text] == []
    committed = GUIDE.with_suffix(".pdf")
    assert committed.is_file(), "run scripts/build-guide-pdf.py and commit docs/用户手册.pdf"
    assert [h for h in headings() if h not in pdf_text(committed)] == []
