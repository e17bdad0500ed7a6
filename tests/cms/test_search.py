import io

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

PHRASES = [
    ("en", "conflict of interest", "Conflict of interest"),
    ("ru", "конфликт интересов", "онфликт интересов"),
    ("kk", "мүдделер қақтығысы", "үдделер қақтығысы"),
]


def test_search_finds_lessons_and_materials_in_each_language(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())
    for language, query, title_part in PHRASES:
        response = client.get(f"/{language}/search/", {"q": query})
        assert response.status_code == 200
        results = list(response.context["page"].object_list)
        assert results, f"nothing found for {query!r}"
        assert title_part in results[0].title, [r.title for r in results]
        assert all(page.locale.language_code == language for page in results)
    assert client.get("/en/search/").status_code == 200
    assert "Nothing was found" in client.get("/en/search/", {"q": "zzqqxx"}).content.decode()
    # On the same demo (loading it takes half a minute): materials.
    _search_finds_materials_in_the_readers_language(client)
    _the_materials_library_opens_in_the_page_language_with_a_switch_to_all(client)


MEMOS = [
    ("en", "memo", "Memo: gifts"),
    ("ru", "памятка", "Памятка: подарки"),
    ("kk", "жадынама", "Жадынама: сыйлықтар"),
]


def _search_finds_materials_in_the_readers_language(client):
    for language, query, title in MEMOS:
        response = client.get(f"/{language}/search/", {"q": query})
        materials = response.context["materials"]
        assert [m.title for m in materials if m.title.startswith(title)], (language, materials)
        assert {m.language for m in materials} == {language}
        body = response.content.decode()
        assert title in body and materials[0].document.url in body
        assert "Nothing was found" not in body
    # A word of another language's memo finds nothing in this language's materials.
    assert client.get("/kk/search/", {"q": "memo"}).context["materials"] == []


def _the_materials_library_opens_in_the_page_language_with_a_switch_to_all(client):
    page = client.get("/ru/materials/").content.decode()
    listed = page.split('<ul class="card-list materials">')[-1]
    assert 'lang="ru"' in listed and 'lang="en"' not in listed and 'lang="kk"' not in listed
    assert "?language=all" in page
    everything = client.get("/ru/materials/?language=all").content.decode()
    assert all(f'lang="{code}"' in everything for code in ("kk", "ru", "en"))
    # The topics offered are those of the materials shown.
    response = client.get("/ru/materials/")
    tags = {t.name for t in response.context["tags"]}
    shown = {t.name for m in response.context["materials"] for t in m.tags.all()}
    assert tags == shown
