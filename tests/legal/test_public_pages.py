"""Public pages (standard pages, news, seminars) cite the legal register as lessons do: their
law-article blocks written as free text are linked to it by a data migration that loses
nothing, and an amendment to a cited article flags the page for review and tells its readers
until an editor has reviewed it."""

import importlib

import pytest
from django.apps import apps
from django.utils import timezone, translation

from cms.models import NewsIndexPage, NewsPage, StandardPage
from legal.models import CitationReview, LegalArticle, ReviewStatus
from legal.services import amendment_record, citation_review_decide
from tests.factories import make_home

pytestmark = pytest.mark.django_db

migration = importlib.import_module("cms.migrations.0007_link_law_articles_to_register")

FREE_TEXT = {
    "law": 'Law of the Republic of Kazakhstan No. 410-V "On Combating Corruption"',
    "article": "Article 12",
    "text": "A gift of any value for an act within one's powers is banned.",
    "url": "https://adilet.zan.kz/eng/docs/Z1500000410",
}
NOTICE = "An article this page cites has been amended."


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _citations(page):
    with translation.override(page.locale.language_code):
        return [
            block.block.get_context(block.value)["citation"]
            for block in page.body
            if block.block_type == "law_article"
        ]


def test_linking_a_news_items_free_text_block_keeps_its_text_and_link(locales):
    index = _publish(make_home(), NewsIndexPage(title="News", slug="news"))
    news = _publish(
        index,
        NewsPage(
            title="Gifts",
            slug="gifts",
            intro="Gifts.",
            body=[("paragraph", "<p>Gifts.</p>"), ("law_article", FREE_TEXT)],
        ),
    )
    before = _citations(news)

    migration.link(apps, None)

    news.refresh_from_db()
    article = LegalArticle.objects.get(act__number="410-V", number="12")
    linked = [b["value"] for b in news.body.raw_data if b["type"] == "law_article"]
    assert [value["legal_article"] for value in linked] == [article.pk]
    assert _citations(news) == before
    assert before[0]["text"] == FREE_TEXT["text"] and before[0]["url"] == FREE_TEXT["url"]
    # The editor opens the latest revision: it is linked too.
    latest = news.get_latest_revision_as_object()
    assert list(latest.body.raw_data) == list(news.body.raw_data)

    migration.unlink(apps, None)
    news.refresh_from_db()
    unlinked = [b["value"] for b in news.body.raw_data if b["type"] == "law_article"]
    assert [value.get("legal_article") for value in unlinked] == [None]
    assert _citations(news) == before


@pytest.fixture
def cited_page(register, locales):
    return _publish(
        make_home(),
        StandardPage(
            title="About gifts",
            slug="about-gifts",
            body=[("law_article", {"legal_article": register["gifts"]})],
        ),
    )


def test_an_amendment_flags_a_public_page_and_its_readers_see_the_notice_until_reviewed(
    client, cited_page, frozen_time
):
    assert NOTICE not in client.get(cited_page.url).content.decode()
    amendment, opened = amendment_record(
        act_number="410-V",
        article_numbers=["12"],
        effective_on=timezone.localdate(),
        summary="The 10 MCI gift allowance is abolished.",
    )
    assert [review.content_object for review in opened] == [cited_page]
    page = client.get(cited_page.url).content.decode()
    assert NOTICE in page
    assert "The 10 MCI gift allowance is abolished." in page

    review = CitationReview.objects.get(amendment=amendment)
    citation_review_decide(review=review, status=ReviewStatus.CONFIRMED, by=None)
    assert NOTICE not in client.get(cited_page.url).content.decode()


def test_the_review_queue_lists_a_flagged_public_page(admin_client, cited_page, frozen_time):
    amendment_record(
        act_number="410-V",
        article_numbers=["12"],
        effective_on=timezone.localdate(),
        summary="The 10 MCI gift allowance is abolished.",
    )
    queue = admin_client.get("/admin/law-reviews/").content.decode()
    assert "About gifts" in queue
    assert f"/admin/pages/{cited_page.pk}/edit/" in queue
