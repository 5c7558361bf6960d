"""risk rules commands: the office's copy of the risk rules and re-assessing open cases."""

from __future__ import annotations

from typing import Any

from mediation_app.cli.context import CliApp, CommandFailed
from mediation_app.cli.handlers.setup import read_text_file
from mediation_app.domain import tomltext
from mediation_app.errors import ValidationError
from mediation_app.services import office_rules, risk_reassess


def cmd_rules_show(app: CliApp) -> dict[str, Any]:
    _ = app.actor
    with app.store.transaction(write=False) as session:
        shown = office_rules.describe(session)
    if not app.args.text:
        shown.pop("text")
    return shown


def cmd_rules_check(app: CliApp) -> dict[str, Any]:
    rules, problems = office_rules.check_text(read_text_file(app.args.file))
    if rules is None:
        raise CommandFailed({"ok": False, "problems": [p.to_dict() for p in problems]},
                            "风险规则" + tomltext.summary(problems), "invalid risk rules")
    return {"ok": True, "problems": [], **office_rules.levels_of(rules)}


def cmd_rules_save(app: CliApp) -> dict[str, Any]:
    text = read_text_file(app.args.file)
    actor = app.actor
    with app.store.transaction() as session:
        return _brief(office_rules.save(session, actor, text))


def cmd_rules_revert(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    with app.store.transaction() as session:
        return _brief(office_rules.revert(session, actor))


def _labels(pairs: list[str] | None) -> dict[str, str]:
    out = {}
    for pair in pairs or []:
        level, sep, label = pair.partition("=")
        if not sep:
            raise ValidationError(f"--label 应写成 等级=名称（如 high=红），而不是 {pair}",
                                  "--label LEVEL=NAME")
        out[level.strip()] = label
    return out


def cmd_rules_set(app: CliApp) -> dict[str, Any]:
    args = app.args
    thresholds = {key: value for key, value in (("medium_score", args.medium),
                                                ("high_score", args.high),
                                                ("orange_score", args.orange))
                  if value is not None}
    actor = app.actor
    with app.store.transaction() as session:
        return _brief(office_rules.edit(session, actor, scheme=args.scheme,
                                        labels=_labels(args.label), thresholds=thresholds))


def cmd_rules_reassess(app: CliApp) -> dict[str, Any]:
    return risk_reassess.reassess_open(app.store, app.actor)


def _brief(shown: dict[str, Any]) -> dict[str, Any]:
    """What changed, without the whole rules text."""
    return {k: v for k, v in shown.items() if k != "text"}
