"""Law-article blocks of the public pages (standard pages, news, seminars) written as free text
cite the legal register, as the lessons' blocks do (courses 0011): each is pointed at the
register article its law and article name, created from the block's own wording when the
register lacks it, so that an amendment to the article flags the page for review. Nothing a
reader sees changes (see legal.citations.link_block_value). Reversed, the register's wording
is put back into the blocks that quote it and the links are removed; the register rows stay."""

from django.db import migrations

from legal.citations import link_block_value, relink_page_bodies, unlink_block_value

PAGE_MODELS = ["cms.StandardPage", "cms.NewsPage", "cms.SeminarPage"]


def link(apps, schema_editor):
    LegalAct = apps.get_model("legal", "LegalAct")
    LegalArticle = apps.get_model("legal", "LegalArticle")

    def for_language(language):
        return lambda value: link_block_value(LegalAct, LegalArticle, value, language)

    relink_page_bodies(apps, PAGE_MODELS, for_language)


def unlink(apps, schema_editor):
    LegalArticle = apps.get_model("legal", "LegalArticle")

    def for_language(language):
        return lambda value: unlink_block_value(LegalArticle, value, language)

    relink_page_bodies(apps, PAGE_MODELS, for_language)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0006_law_article_register_chooser"),
        ("legal", "0003_article_numeric_order"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(link, unlink)]
