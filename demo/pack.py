"""Reading the content pack (`demo/content/`): the course, its lessons, the public pages and the
printable materials as files a translator or editor can read and diff. The format is described
in `demo/content/README.md`; in short, an item is

    NN-name.yaml        what does not depend on the language (dates, topic, settings), optional
    NN-name.<lang>.md   its text in one language: YAML front matter, then the body's blocks
    NN-name.<lang>.yaml the text of an item that has no body (a printable material)

`NN-` orders the items of a folder and is not part of the slug. The question bank is
`course/questions.csv`, in the format of `manage.py import_questions`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CONTENT = Path(__file__).resolve().parent / "content"
LANGUAGES = ("en", "ru", "kk")
QUESTIONS_FILE = CONTENT / "course" / "questions.csv"

_ORDER = re.compile(r"^\d+-")
_FENCE = re.compile(r"^```\s*([a-z_]+)\s*$")
_HEADING = "## "


class ContentPackError(Exception):
    """A file of the pack is missing or cannot be read; the message names the file."""


@dataclass(frozen=True)
class Text:
    """One language's file: its front matter and the blocks of its body."""

    path: Path
    fields: dict[str, Any]
    blocks: list[tuple[str, Any]] = field(default_factory=list)

    def __getitem__(self, name: str) -> Any:
        try:
            return self.fields[name]
        except KeyError:
            message = f"{_shown(self.path)}: no “{name}” in the front matter"
            raise ContentPackError(message) from None

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)

    @property
    def rich_text(self) -> str:
        """The body of a page whose text is one rich-text field (an introduction)."""
        if not self.blocks:
            return ""
        if len(self.blocks) != 1 or self.blocks[0][0] != "paragraph":
            raise ContentPackError(f"{_shown(self.path)}: the body must be one piece of text")
        return self.blocks[0][1]


@dataclass(frozen=True)
class Item:
    """One item of the pack (a lesson, a page, a material) in every language."""

    slug: str
    data: dict[str, Any]  # from NN-name.yaml: what does not depend on the language
    texts: dict[str, Text]  # language code → its text

    def __getitem__(self, language: str) -> Text:
        return self.texts[language]


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(CONTENT.parent.parent))
    except ValueError:
        return str(path)


def _yaml(text: str, path: Path) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ContentPackError(f"{_shown(path)}: {error}") from error


def read_data(path: Path) -> dict[str, Any]:
    """A YAML file of the pack (a mapping)."""
    try:
        data = _yaml(path.read_text(encoding="utf-8"), path)
    except FileNotFoundError:
        raise ContentPackError(f"{_shown(path)} is missing") from None
    if not isinstance(data, dict):
        raise ContentPackError(f"{_shown(path)}: expected a mapping of names to values")
    return data


def _rich_text(lines: list[str]) -> str:
    """HTML written over several lines: a break between two tags is dropped (the editor stores
    none), any other break is a space."""
    html = lines[0]
    for line in lines[1:]:
        html += "" if html.endswith(">") and line.startswith("<") else " "
        html += line
    return html


def parse_body(body: str, path: Path) -> list[tuple[str, Any]]:
    """The blocks of a body: `## text` is a heading, a fenced block (```type … ```) holds a
    block's fields in YAML, and every other run of lines up to a blank line is rich text."""
    blocks: list[tuple[str, Any]] = []
    lines = body.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        if not line:
            index += 1
        elif line.startswith(_HEADING):
            blocks.append(("heading", line.removeprefix(_HEADING).strip()))
            index += 1
        elif fence := _FENCE.match(line):
            end = index + 1
            while end < len(lines) and lines[end].strip() != "```":
                end += 1
            if end == len(lines):
                raise ContentPackError(
                    f"{_shown(path)}, line {index + 1}: the ```{fence[1]} block is not closed"
                )
            value = _yaml("\n".join(lines[index + 1 : end]), path)
            blocks.append((fence[1], value))
            index = end + 1
        else:
            run = []
            while index < len(lines) and lines[index].strip():
                run.append(lines[index].strip())
                index += 1
            blocks.append(("paragraph", _rich_text(run)))
    return blocks


def read_text(path: Path) -> Text:
    """A `.md` file (front matter and blocks) or a `.yaml` file (fields only)."""
    if path.suffix == ".yaml":
        return Text(path=path, fields=read_data(path))
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentPackError(f"{_shown(path)} is missing") from None
    parts = source.split("---\n", 2)
    if len(parts) != 3 or parts[0].strip():
        raise ContentPackError(f"{_shown(path)}: it must start with front matter between ---")
    fields = _yaml(parts[1], path) or {}
    return Text(path=path, fields=fields, blocks=parse_body(parts[2], path))


def read_item(folder: Path, name: str, *, suffix: str = ".md") -> Item:
    """`name` in every language (`name.<lang>.md`), with `name.yaml` if there is one."""
    neutral = folder / f"{name}.yaml"
    data = read_data(neutral) if neutral.exists() else {}
    texts = {code: read_text(folder / f"{name}.{code}{suffix}") for code in LANGUAGES}
    return Item(slug=_ORDER.sub("", name), data=data, texts=texts)


def read_folder(folder: Path, *, suffix: str = ".md") -> list[Item]:
    """Every item of a folder, in the order of their `NN-` prefixes."""
    translated = {f"{code}{suffix}" for code in LANGUAGES}
    names: set[str] = set()
    neutral: set[str] = set()
    for path in folder.iterdir():
        name, _, rest = path.name.partition(".")
        if rest in translated:
            names.add(name)
        elif rest == "yaml":
            neutral.add(name)
        else:
            raise ContentPackError(f"{_shown(path)}: not a file of the pack (a language typo?)")
    if not names:
        raise ContentPackError(f"{_shown(folder)} holds no {suffix} files")
    if orphans := neutral - names:
        raise ContentPackError(f"{_shown(folder)}: {', '.join(sorted(orphans))}.yaml has no text")
    return [read_item(folder, name, suffix=suffix) for name in sorted(names)]


def page(name: str) -> Item:
    """A single page of the public site (`pages/<name>.<lang>.md`)."""
    return read_item(CONTENT / "pages", name)


@dataclass(frozen=True)
class Course:
    item: Item
    lessons: list[Item]

    @property
    def slug(self) -> str:
        return self.item.data["slug"]

    @property
    def estimated_minutes(self) -> int:
        """How long the course takes, as its page says: the sum of its lessons' reading times
        (the one number; the introduction does not repeat it)."""
        return sum(lesson.data["reading_minutes"] for lesson in self.lessons)

    @property
    def topics(self) -> list[str]:
        """The final test's topics, one per lesson, in the order of the lessons."""
        return list(dict.fromkeys(lesson.data["topic"] for lesson in self.lessons))


def read_course() -> Course:
    folder = CONTENT / "course"
    return Course(item=read_item(folder, "course"), lessons=read_folder(folder / "lessons"))


def read_news() -> list[Item]:
    return read_folder(CONTENT / "pages" / "news")


def read_seminars() -> list[Item]:
    return read_folder(CONTENT / "pages" / "seminars")


def read_materials() -> list[Item]:
    return read_folder(CONTENT / "materials", suffix=".yaml")
