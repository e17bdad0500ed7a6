"""Reading a free-text citation ("Law of the Republic of Kazakhstan No. 410-V ...",
"Статья 12", "14-1-бап") as a register act and article, and finding or creating them.

The functions take the model classes as arguments so that the data migration linking
existing lesson blocks (with its historical models) and the live code share one rule."""

import json
import re

_ACT_NUMBER = re.compile(r"(?:№|No\.?)\s*(\d+(?:-[IVX]+)?)|\b(\d+-[IVX]+)\b")
_ARTICLE_NUMBER = re.compile(r"(\d+(?:-\d+)?)")
_KINDS = (
    ("code", ("Code of", "Кодекс", "кодексі")),
    ("decree", ("Decree", "Указ", "Жарлығы")),
    ("resolution", ("Resolution", "Постановление", "қаулысы")),
)
LANGUAGE_SUFFIX = {"en": "", "ru": "_ru", "kk": "_kk"}


def act_number_in(law: str) -> str | None:
    """The act's number as the register keys it: 410-V, 153."""
    match = _ACT_NUMBER.search(law or "")
    if match is None:
        return None
    return next(group for group in match.groups() if group)


def article_number_in(article: str) -> str | None:
    """The article's number (12, 14-1), or None for a citation of a whole document."""
    match = _ARTICLE_NUMBER.search(article or "")
    return match[1] if match else None


def act_kind_of(law: str) -> str:
    for kind, words in _KINDS:
        if any(word in law for word in words):
            return kind
    return "law"


def _fill(obj, field: str, language: str, value: str) -> bool:
    """Put a citation's wording into the register's field for its language when that field is
    empty (or holds another language's wording, put into the required English field as a
    stand-in). Returns whether anything changed."""
    if not value:
        return False
    name = field + LANGUAGE_SUFFIX[language]
    current = getattr(obj, name)
    stand_in = (
        language == "en"
        and current
        and current in (getattr(obj, f"{field}_ru", None), getattr(obj, f"{field}_kk", None))
    )
    if current and not stand_in:
        return False
    setattr(obj, name, value)
    if language != "en" and not getattr(obj, field):
        setattr(obj, field, value)
    return True


def link_citation(act_model, article_model, *, law, article, text, url, language):
    """The register article a free-text citation names, created (with the citation's own
    wording) when the register does not hold it yet. Existing wording is never overwritten."""
    number = act_number_in(law) or (law or "?").strip()[:40]
    act = act_model.objects.filter(number=number).first()
    if act is None:
        act = act_model(number=number, kind=act_kind_of(law or ""))
    changed = _fill(act, "title", language, (law or "").strip()[:255])
    changed = _fill(act, "url", language, url or "") or changed
    if act.pk is None or changed:
        act.save()

    article_number = article_number_in(article)
    if article_number is not None:
        found = act.articles.filter(number=article_number).first()
    else:
        whole = [a for a in act.articles.all() if article_number_in(a.number) is None]
        found = whole[0] if len(whole) == 1 else None
        article_number = (article or "?").strip()[:80]
    if found is None:
        found = article_model(act=act, number=article_number)
    changed = _fill(found, "text", language, (text or "").strip())
    if article_number_in(article) is None:
        changed = _fill(found, "heading", language, (article or "").strip()[:255]) or changed
    if found.pk is None or changed:
        found.save()
    return found


def link_block_value(act_model, article_model, value: dict, language: str) -> dict:
    """A lesson's law-article block (its raw value) pointed at the register article it cites.
    Its law, article and link stay as written; its wording is left out only when the register
    holds exactly that wording in the page's language, so the lesson quotes the register (and
    follows its amendments) and reads as before. Wording of its own (an excerpt, another part
    of the article) stays and is what the lesson shows."""
    if value.get("legal_article"):
        return value
    article = link_citation(
        act_model,
        article_model,
        law=value.get("law", ""),
        article=value.get("article", ""),
        text=value.get("text", ""),
        url=value.get("url", ""),
        language=language,
    )
    linked = {**value, "legal_article": article.pk}
    register_text = getattr(article, "text" + LANGUAGE_SUFFIX[language]) or ""
    if (value.get("text") or "").strip() == register_text.strip():
        linked["text"] = ""
    return linked


def _relink_stream(raw, change):
    blocks = json.loads(raw) if isinstance(raw, str) else raw
    changed = False
    for block in blocks or []:
        if block.get("type") == "law_article":
            value = change(block["value"])
            if value != block["value"]:
                block["value"] = value
                changed = True
    return blocks, changed


def relink_page_bodies(apps, page_models, change_for_language) -> None:
    """For data migrations: apply `change_for_language(language)` (a function of a law-article
    block's raw value) to every law-article block in the `body` of every page of the given
    models ("app.Model"), each in its locale's language: the page row and its latest and live
    revisions, so that the editor opens and republishes the changed version."""
    Revision = apps.get_model("wagtailcore", "Revision")
    for name in page_models:
        for page in apps.get_model(name).objects.select_related("locale").order_by("path"):
            language = page.locale.language_code[:2]
            change = change_for_language(language if language in LANGUAGE_SUFFIX else "en")
            blocks, changed = _relink_stream(list(page.body.raw_data), change)
            if changed:
                page.body = blocks
                page.save(update_fields=["body"])
            revision_ids = {page.latest_revision_id, page.live_revision_id} - {None}
            for revision in Revision.objects.filter(pk__in=revision_ids):
                raw = revision.content.get("body")
                if not raw:
                    continue
                blocks, changed = _relink_stream(raw, change)
                if changed:
                    as_stored = json.dumps(blocks) if isinstance(raw, str) else blocks
                    revision.content["body"] = as_stored
                    revision.save(update_fields=["content"])


def unlink_block_value(article_model, value: dict, language: str) -> dict:
    """The reverse of `link_block_value`: the register's wording put back into a block that
    quotes it, and the link removed."""
    if not value.get("legal_article"):
        return value
    value = dict(value)
    article = article_model.objects.filter(pk=value.pop("legal_article")).first()
    if article is not None and not value.get("text"):
        value["text"] = getattr(article, "text" + LANGUAGE_SUFFIX[language]) or article.text
    return value
