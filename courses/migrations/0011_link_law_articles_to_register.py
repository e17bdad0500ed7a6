"""Law-article blocks written as free text before the legal register cite its articles.

Every law-article block of every lesson (each locale; the page row and its latest and live
revisions, so that the editor opens and republishes the linked version) is pointed at the
register article its law and article name, created from the block's own wording when the
register lacks it. Nothing a reader sees changes: the law, article and link stay in the block;
the wording is left out of the block only when the register holds exactly that wording in the
page's language (see legal.citations.link_block_value). Reversed, the register's wording is put
back into the blocks that quote it and the links are removed; the register rows stay."""

import json

from django.db import migrations

from legal.citations import LANGUAGE_SUFFIX, link_block_value


def _relink(raw, change):
    blocks = json.loads(raw) if isinstance(raw, str) else raw
    changed = False
    for block in blocks or []:
        if block.get("type") == "law_article":
            value = change(block["value"])
            if value != block["value"]:
                block["value"] = value
                changed = True
    return blocks, changed


def _each_lesson(apps, change_for_language):
    LessonPage = apps.get_model("courses", "LessonPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    for page in LessonPage.objects.select_related("locale").order_by("path"):
        language = page.locale.language_code[:2]
        if language not in LANGUAGE_SUFFIX:
            language = "en"
        change = change_for_language(language)
        blocks, changed = _relink(list(page.body.raw_data), change)
        if changed:
            page.body = blocks
            page.save(update_fields=["body"])
        revision_ids = {page.latest_revision_id, page.live_revision_id} - {None}
        for revision in Revision.objects.filter(pk__in=revision_ids):
            raw = revision.content.get("body")
            if not raw:
                continue
            blocks, changed = _relink(raw, change)
            if changed:
                revision.content["body"] = json.dumps(blocks) if isinstance(raw, str) else blocks
                revision.save(update_fields=["content"])


def link(apps, schema_editor):
    LegalAct = apps.get_model("legal", "LegalAct")
    LegalArticle = apps.get_model("legal", "LegalArticle")

    def for_language(language):
        return lambda value: link_block_value(LegalAct, LegalArticle, value, language)

    _each_lesson(apps, for_language)


def unlink(apps, schema_editor):
    LegalArticle = apps.get_model("legal", "LegalArticle")

    def for_language(language):
        def change(value):
            if not value.get("legal_article"):
                return value
            value = dict(value)
            article = LegalArticle.objects.filter(pk=value.pop("legal_article")).first()
            if article is not None and not value.get("text"):
                value["text"] = getattr(article, "text" + LANGUAGE_SUFFIX[language]) or article.text
            return value

        return change

    _each_lesson(apps, for_language)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0010_law_article_register_chooser"),
        ("legal", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(link, unlink)]
