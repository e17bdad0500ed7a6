"""Reading a free-text citation ("Law of the Republic of Kazakhstan No. 410-V ...",
"Статья 12", "14-1-бап") as a register act and article, and finding or creating them.

The functions take the model classes as arguments so that the data migration linking
existing lesson blocks (with its historical models) and the live code share one rule."""

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
