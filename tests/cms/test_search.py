import io

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

PHRASES = [
    ("en", "conflict of interest", "Conflict of interest"),
    ("ru", "конфликт интересов", "онфликт интересов"),
    ("kk", "мүдделер қақтығысы", "үдделер қақтығысы"),
]


def test_search_finds_the_lesson_in_each_language(client, django_capture_on_commit_callbacks):
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
