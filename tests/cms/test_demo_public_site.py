"""The demo's public site: news, seminars and the materials library in three languages.
`load_demo` takes a while, so one test walks through everything."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from pypdf import PdfReader
from wagtail.documents.models import Document
from wagtail.models import Page

from cms.models import (
    Material,
    MaterialsIndexPage,
    NewsPage,
    SeminarMaterial,
    SeminarPage,
    SeminarRegistration,
)
from lms.models import User

pytestmark = pytest.mark.django_db


def _counts():
    return (
        Page.objects.count(),
        Document.objects.count(),
        Material.objects.count(),
        SeminarMaterial.objects.count(),
        SeminarRegistration.objects.count(),
    )


def test_demo_builds_news_seminars_and_materials_in_three_languages(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())

    for code in ("en", "ru", "kk"):
        for model in (NewsPage, SeminarPage, MaterialsIndexPage):
            pages = model.objects.live().filter(locale__language_code=code)
            assert pages.exists(), (model, code)
            for page in pages:
                response = client.get(page.url)
                assert response.status_code == 200, page.url
                assert f'lang="{code}"' in response.content.decode()
        for index in ("news", "seminars", "materials"):
            assert client.get(f"/{code}/{index}/").status_code == 200
    home = client.get("/kk/").content.decode()
    assert "2024 жылғы сыбайлас жемқорлыққа қарсы іс-қимыл қорытындылары" in home
    news = client.get("/en/news/anti-corruption-results-2024/").content.decode()
    assert "521 corruption crimes detected" in news and "Anti-Corruption Agency" in news

    # At least four generated PDFs in each language, each one opening with its own title.
    for code in ("en", "ru", "kk"):
        materials = Material.objects.filter(
            language=code, page__locale__language_code="en"
        ).select_related("document")
        assert materials.count() >= 4, code
        for material in materials:
            text = PdfReader(material.document.file.path).pages[0].extract_text()
            assert material.title.split(":")[0] in text, material.title
    assert client.get("/ru/materials/?language=kk").content.decode().count('lang="kk"') >= 4

    servant = User.objects.get(email="servant@example.com")
    certified = User.objects.get(email="certified@example.com")
    future = SeminarRegistration.objects.get(user=servant)
    assert future.attended is None and future.seminar.starts_at > timezone.now()
    past = SeminarRegistration.objects.get(user=certified)
    assert past.attended is True and past.marked_by is not None
    client.cookies.clear()  # the pages read above would make Russian the account's language
    client.force_login(certified)
    dashboard = client.get("/learn/").content.decode()
    assert past.seminar.title in dashboard and "Attended" in dashboard

    before = _counts()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())
    assert _counts() == before
