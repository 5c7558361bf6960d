"""Log files never carry ID numbers, phone numbers or known names in clear."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediation_app import logs
from mediation_app.errors import ValidationError
from mediation_app.paths import AppPaths


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[logs.MaskedLogFile]:
    handler = logs.setup_logging(AppPaths(tmp_path, str(tmp_path / "mediation.db")),
                                 names=["张三", "欧阳娜娜", "李"])
    yield handler
    logging.getLogger().removeHandler(handler)
    handler.close()


def written(handler: logs.MaskedLogFile) -> str:
    handler.flush()
    return Path(handler.baseFilename).read_text("utf-8")


def test_personal_data_is_masked_in_messages_and_arguments(log_file: logs.MaskedLogFile
                                                           ) -> None:
    log = logging.getLogger("mediation_app.services.cases")
    log.info("登记：张三 身份证 110105194912310038，电话 13800138000，住李庄村")
    log.warning("当事人 %s（%s）手机 +86 139-1234-5678，座机 0371-6543210，旧证 %s",
                "欧阳娜娜", "11010519491231002X", "110105491231003")
    text = written(log_file)
    for secret in ("张三", "欧阳娜娜", "110105194912310038", "11010519491231002X",
                   "110105491231003", "13800138000", "1234-5678", "6543210"):
        assert secret not in text, secret
    for masked in ("张*", "欧***", "1101**********0038", "1101**********002X", "138****8000",
                   "0371-****3210"):
        assert masked in text, masked
    assert "李庄村" in text  # a one-character "name" would mask half the language


def test_tracebacks_are_masked_too(log_file: logs.MaskedLogFile) -> None:
    try:
        raise ValidationError("身份证号 110105194912310038 校验位不正确", "bad id")
    except ValidationError:
        logging.getLogger("mediation_app").exception("intake failed for 张三")
    text = written(log_file)
    assert "110105194912310038" not in text and "张三" not in text
    assert "Traceback" in text and "1101**********0038" in text


def test_names_learned_later_and_dates_left_alone(log_file: logs.MaskedLogFile) -> None:
    log_file.masker.add_names(["王五"])
    logging.getLogger("mediation_app").info("王五 于 2026-03-01 申请，案件 12345，金额 2000.00")
    text = written(log_file)
    assert "王*" in text and "王五" not in text
    assert "2026-03-01" in text and "12345" in text and "2000.00" in text


def test_setting_up_again_replaces_the_handler(tmp_path: Path,
                                               log_file: logs.MaskedLogFile) -> None:
    again = logs.setup_logging(AppPaths(tmp_path, str(tmp_path / "mediation.db")))
    try:
        ours = [h for h in logging.getLogger().handlers if isinstance(h, logs.MaskedLogFile)]
        assert ours == [again]
    finally:
        logging.getLogger().removeHandler(again)
        again.close()
