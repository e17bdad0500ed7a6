"""Writing the demo's pages: a page under its parent, its translations, its inline rows; every
write published, and every step safe to run again on a loaded database."""

from __future__ import annotations

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale, Page

from demo.pack import LANGUAGES


def locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def publish(page: Page) -> None:
    page.save_revision().publish()


def upsert_child(parent: Page, model, slug: str, fields: dict) -> Page:
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    publish(page)
    return page


def upsert_translation(source: Page, locale: Locale, fields: dict) -> Page:
    page = source.get_translation_or_none(locale)
    if page is None:
        page = source.copy_for_translation(locale, copy_parents=True)
    if page.alias_of_id:
        # A parent copied for translation arrives as an alias of the source; make it a page.
        ConvertAliasPageAction(page).execute(skip_permission_checks=True)
        page = Page.objects.get(pk=page.pk)
    page = page.specific
    for name, value in fields.items():
        setattr(page, name, value)
    publish(page)
    return page


def translated_children(
    parent: Page, model, slug: str, fields: dict[str, dict], locales: dict[str, Locale]
) -> dict[str, Page]:
    """Upsert the English page under `parent` and its ru/kk translations; {lang: page}."""
    pages = {"en": upsert_child(parent, model, slug, fields["en"])}
    for code in ("ru", "kk"):
        pages[code] = upsert_translation(pages["en"], locales[code], fields[code])
    return pages


def set_inline(page: Page, relation: str, rows: list[dict], model, tags=None) -> None:
    """Replace the page's inline rows when they differ from `rows`; publish if changed."""

    def signature(items):
        return [
            (item["document"].pk, item.get("title", ""), tuple(item.get("tags", ())))
            for item in items
        ]

    current = [
        {
            "document": row.document,
            "title": row.title,
            "tags": tuple(sorted(t.name for t in row.tags.all())) if tags else (),
        }
        for row in getattr(page, relation).all()
    ]
    wanted = [{**row, "tags": tuple(sorted(row.get("tags", ())))} for row in rows]
    if signature(current) == signature(wanted):
        return
    objects = []
    for order, row in enumerate(rows):
        fields = {k: v for k, v in row.items() if k != "tags"}
        obj = model(sort_order=order, **fields)
        if tags:
            obj.tags.set(row.get("tags", ()))
        objects.append(obj)
    setattr(page, relation, objects)
    publish(page)
