"""Document templates: TOML files an office can copy and adjust, checked before use.

A document template names its title and lists its sections (see sections.py); the case
file template (file.toml) lists what the 卷宗 holds, in order. Template directories are
searched in order, so an office's directory placed before the shipped one overrides
single documents and inherits the rest.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from mediation_app.documents.checking import Checker, Key
from mediation_app.documents.data import (
    AttachmentCategory,
    DocAgreement,
    DocCase,
    DocFollowUp,
    DocSession,
    FileFacts,
    RenderOptions,
)
from mediation_app.documents.errors import DocumentError
from mediation_app.documents.sections import check_section

SCOPES: dict[str, tuple[str, type]] = {
    "session": ("sessions", DocSession),
    "follow_up": ("follow_ups", DocFollowUp),
}
"""A template ``per`` one of these prints one item of the case's list, bound to the root."""

BASE_SCOPE: dict[str, object] = {
    "case": DocCase,
    "agreement": DocAgreement,
    "options": RenderOptions,
    "file": FileFacts,
}

DOCUMENT_KEYS: dict[str, Key] = {
    "title": Key((str,), True),
    "description": Key((str,)),
    "per": Key((str,)),
    "requires": Key((list,)),
    "sections": Key((list,), True),
}
REQUIREMENT_KEYS: dict[str, Key] = {
    "path": Key((str,), True),
    "message": Key((str,), True),
    "equals": Key((str,)),
}
FILE_KEYS: dict[str, Key] = {
    "description": Key((str,)),
    "cover": Key((str,), True),
    "toc": Key((str,), True),
    "back_cover": Key((str,), True),
    "entries": Key((list,), True),
}
ENTRY_KEYS: dict[str, Key] = {
    "document": Key((str,)),
    "attachments": Key((str,)),
    "title": Key((str,)),
    "date": Key((str,)),
    "when": Key((str, dict)),
}
FILE_TEMPLATE = "file"


def scope_for(per: str | None) -> dict[str, object]:
    """Root name → type of the data a template can print."""
    scope = dict(BASE_SCOPE)
    if per in SCOPES:
        scope[per] = SCOPES[per][1]
    return scope


def _validate_document(data: dict, problems: list[str]) -> None:
    top = Checker(scope_for(data.get("per")), "模板", problems)
    if not top.keys(data, DOCUMENT_KEYS):
        return
    if "per" in data:
        top.choice(data["per"], "per", tuple(SCOPES))
    top.text(data["title"], "title")
    for i, requirement in enumerate(data.get("requires", []), start=1):
        sub = top.at(f" requires 第{i}项")
        if sub.keys(requirement, REQUIREMENT_KEYS):
            sub.condition(requirement["path"], "path")
    if not data["sections"]:
        top.problem("sections 不能为空")
    for i, section in enumerate(data["sections"], start=1):
        kind = section.get("type", "?") if isinstance(section, dict) else "?"
        check_section(section, Checker(top.scope, f"第{i}节（{kind}）", problems))


def _validate_file(data: dict, problems: list[str]) -> None:
    scope = {**BASE_SCOPE, **{name: tp for name, (_, tp) in SCOPES.items()}}
    top = Checker(scope, "卷宗模板", problems)
    if not top.keys(data, FILE_KEYS):
        return
    categories = [c.value for c in AttachmentCategory]
    for i, entry in enumerate(data["entries"], start=1):
        sub = top.at(f" entries 第{i}项")
        if not sub.keys(entry, ENTRY_KEYS):
            continue
        if ("document" in entry) == ("attachments" in entry):
            sub.problem("必须且只能给出 document 或 attachments 之一")
        if "attachments" in entry:
            sub.choice(entry["attachments"], "attachments", categories)
        for key in ("title", "date"):
            if key in entry:
                sub.text(entry[key], key)
        if "when" in entry:
            sub.condition(entry["when"])


def validate_template(template: Path | str | Mapping[str, object]) -> list[str]:
    """Problems with a template file or its parsed contents, in Chinese; empty if valid.

    Recognises the case-file template (it has ``entries``) and document templates.
    """
    if isinstance(template, Mapping):
        data = dict(template)
    else:
        try:
            data = tomllib.loads(Path(template).read_text(encoding="utf-8"))
        except OSError as exc:
            return [f"无法读取模板文件 {template}：{exc.strerror or exc}"]
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            return [f"模板文件 {template} 不是有效的 UTF-8 TOML：{exc}"]
    problems: list[str] = []
    if "entries" in data:
        _validate_file(data, problems)
    else:
        _validate_document(data, problems)
    return problems


def validate_text(text: str) -> list[str]:
    """validate_template for a template's TOML text (an office copy kept in the store)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return [f"模板不是有效的 TOML：{exc}"]
    return validate_template(data)


@dataclass(frozen=True)
class Template:
    """A loaded, valid template and where it came from."""

    name: str
    path: Path
    data: dict

    @property
    def title(self) -> str:
        return str(self.data.get("title", ""))

    @property
    def per(self) -> str | None:
        return self.data.get("per")


OFFICE_COPY = Path("本所模板")
"""Where an override given as text says it came from (it lives in the store, not on disk)."""


class TemplateLibrary:
    """Finds templates by name through an ordered list of directories, loading each once.

    ``overrides`` (name → TOML text) come before every directory: an office's own copies
    kept in its store.
    """

    def __init__(self, directories: Sequence[Path],
                 overrides: Mapping[str, str] | None = None) -> None:
        self.directories = tuple(directories)
        self.overrides = dict(overrides or {})
        self._loaded: dict[str, Template] = {}

    def find(self, name: str) -> Path:
        for directory in self.directories:
            path = directory / f"{name}.toml"
            if path.is_file():
                return path
        searched = "、".join(str(d) for d in self.directories)
        raise DocumentError(f"找不到文书模板“{name}.toml”（已查找：{searched}）")

    def get(self, name: str) -> Template:
        template = self._loaded.get(name)
        if template is None:
            if name in self.overrides:
                path, text = OFFICE_COPY / f"{name}.toml", self.overrides[name]
                problems = validate_text(text)
            else:
                path = self.find(name)
                problems = validate_template(path)
                text = "" if problems else path.read_text(encoding="utf-8")
            if problems:
                listed = "\n".join(f"· {p}" for p in problems)
                raise DocumentError(f"文书模板 {path} 有错误：\n{listed}")
            template = self._loaded[name] = Template(name, path, tomllib.loads(text))
        return template
