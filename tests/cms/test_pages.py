import datetime

import pytest
from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.test import RequestFactory
from wagtail.documents.models import Document
from wagtail.models import Locale, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.models import (
    HomePage,
    Material,
    MaterialsIndexPage,
    NavigationLink,
    NewsIndexPage,
    NewsPage,
    SeminarIndexPage,
    SeminarPage,
    SiteSettings,
    StandardPage,
)
from courses.models import CourseIndexPage
from tests.factories import make_home, make_seminar

pytestmark = pytest.mark.django_db


def make_document(title="Memo: gifts and public servants") -> Document:
    document = Document(title=title)
    document.file.save("memo.pdf", ContentFile(b"%PDF-1.7\n%%EOF\n"), save=False)
    document.save()
    return document


class PageCreationTests(WagtailPageTestCase):
    """Editors can create every public-site page type where it belongs, with the fields
    the admin form submits."""

    def setUp(self):
        for code in ("en", "ru", "kk"):
            Locale.objects.get_or_create(language_code=code)
        self.home = make_home()
        self.login()

    def test_page_tree_rules(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                CourseIndexPage,
                StandardPage,
                NewsIndexPage,
                SeminarIndexPage,
                MaterialsIndexPage,
            },
        )
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(SeminarIndexPage, {SeminarPage})
        self.assertAllowedSubpageTypes(MaterialsIndexPage, {})
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(HomePage, SeminarPage)

    def test_editor_creates_news_index_and_news_item(self):
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        self.assertCanCreate(
            self.home,
            NewsIndexPage,
            nested_form_data({"title": "News", "intro": rich_text("<p>Results.</p>")}),
        )
        index = NewsIndexPage.objects.get()
        self.assertCanCreate(
            index,
            NewsPage,
            nested_form_data(
                {
                    "title": "Anti-corruption results for 2024",
                    "date": "2025-07-01",
                    "intro": "521 corruption crimes were detected in 2024.",
                    "body": streamfield(
                        [
                            ("heading", "2024 in figures"),
                            ("paragraph", rich_text("<p>According to the Agency...</p>")),
                        ]
                    ),
                }
            ),
        )
        news = NewsPage.objects.get()
        assert news.live and news.date == datetime.date(2025, 7, 1)
        assert [block.block_type for block in news.body] == ["heading", "paragraph"]

    def test_editor_creates_seminar_with_speakers_programme_and_materials(self):
        document = make_document()
        self.assertCanCreateAt(HomePage, SeminarIndexPage)
        self.assertCanCreate(self.home, SeminarIndexPage, nested_form_data({"title": "Seminars"}))
        index = SeminarIndexPage.objects.get()
        self.assertCanCreate(
            index,
            SeminarPage,
            nested_form_data(
                {
                    "title": "Zero tolerance in practice",
                    "summary": "Gifts, conflicts of interest and reporting.",
                    "starts_at": "2026-12-09 10:00",
                    "ends_at": "2026-12-09 13:00",
                    "venue": "Conference hall",
                    "online_url": "https://meet.example.com/adal",
                    "organiser": "Aviation Administration of Kazakhstan",
                    "seat_limit": "30",
                    "speakers": streamfield(
                        [
                            (
                                "speaker",
                                {
                                    "name": "Representative of the Agency for Civil Service "
                                    "Affairs",
                                    "role": "Restrictions and the ban on gifts",
                                },
                            )
                        ]
                    ),
                    "programme": streamfield(
                        [
                            ("item", {"time": "10:00", "item": "Opening"}),
                            ("item", {"time": "10:20", "item": "Gifts"}),
                        ]
                    ),
                    "body": streamfield([("paragraph", rich_text("<p>Bring questions.</p>"))]),
                    "materials": inline_formset([{"document": document.pk, "title": ""}]),
                }
            ),
        )
        seminar = SeminarPage.objects.get()
        assert seminar.seat_limit == 30
        assert [m.document for m in seminar.materials.all()] == [document]
        assert seminar.speakers[0].value["name"].startswith("Representative of the Agency")
        assert [item.value["time"] for item in seminar.programme] == ["10:00", "10:20"]

    def test_seminar_must_end_after_it_starts_and_have_a_place(self):
        index = SeminarIndexPage(title="Seminars", slug="seminars")
        self.home.add_child(instance=index)
        data = nested_form_data(
            {
                "title": "Broken seminar",
                "slug": "broken",
                "starts_at": "2026-12-09 10:00",
                "ends_at": "2026-12-09 09:00",
                "venue": "",
                "online_url": "",
                "organiser": "Aviation Administration of Kazakhstan",
                "speakers": streamfield([]),
                "programme": streamfield([]),
                "body": streamfield([]),
                "materials": inline_formset([]),
                "action-publish": "action-publish",
            }
        )
        response = self.client.post(
            f"/admin/pages/add/cms/seminarpage/{index.pk}/", data, follow=True
        )
        assert not SeminarPage.objects.exists()
        page = response.content.decode()
        assert "The seminar must end after it starts." in page
        assert "Give a venue, an online link, or both." in page

    def test_editor_creates_materials_library_with_tagged_documents(self):
        document = make_document()
        self.assertCanCreateAt(HomePage, MaterialsIndexPage)
        self.assertCanCreate(
            self.home,
            MaterialsIndexPage,
            nested_form_data(
                {
                    "title": "Materials",
                    "intro": rich_text("<p>Memos and forms.</p>"),
                    "materials": inline_formset(
                        [
                            {
                                "document": document.pk,
                                "title": "Жадынама: сыйлықтар",
                                "description": "Сыйлықтарға тыйым туралы бір бет.",
                                "language": "kk",
                                "tags": "сыйлықтар, шектеулер",
                            }
                        ]
                    ),
                }
            ),
        )
        material = Material.objects.get()
        assert material.language == "kk"
        assert sorted(material.tags.names()) == ["сыйлықтар", "шектеулер"]


@pytest.fixture
def home(locales):
    return make_home()


def test_empty_index_pages_say_so(client, home):
    news = NewsIndexPage(title="News", slug="news")
    seminars = SeminarIndexPage(title="Seminars", slug="seminars")
    library = MaterialsIndexPage(title="Materials", slug="materials")
    for page in (news, seminars, library):
        home.add_child(instance=page)
    expected = {
        news.url: "No news has been published yet.",
        seminars.url: "No seminars are scheduled at the moment.",
        library.url: "No materials have been published yet.",
    }
    for url, text in expected.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode(), url


def test_news_index_shows_ten_newest_per_page(client, home, django_assert_max_num_queries):
    index = NewsIndexPage(title="News", slug="news")
    home.add_child(instance=index)
    for day in range(1, 13):
        index.add_child(
            instance=NewsPage(
                title=f"News of day {day:02d}",
                slug=f"day-{day}",
                date=datetime.date(2026, 1, day),
                intro="Intro.",
            )
        )
    with django_assert_max_num_queries(25):
        first = client.get(index.url).content.decode()
    assert "News of day 12" in first and "News of day 03" in first
    assert "News of day 02" not in first
    assert first.index("News of day 12") < first.index("News of day 11")
    assert "Page 1 of 2" in first
    second = client.get(index.url + "?page=2").content.decode()
    assert "News of day 02" in second and "News of day 01" in second
    assert "News of day 12" not in second


@pytest.fixture
def library(home):
    library = MaterialsIndexPage(title="Materials", slug="materials")
    rows = [
        ("Memo: gifts and public servants", "en", ["gifts"]),
        ("Памятка: подарки", "ru", ["подарки"]),
        ("Checklist: reporting corruption", "en", ["reporting"]),
    ]
    materials = []
    for order, (title, language, tags) in enumerate(rows):
        material = Material(
            document=make_document(title), title=title, language=language, sort_order=order
        )
        material.tags.set(tags)
        materials.append(material)
    library.materials = materials
    home.add_child(instance=library)
    return library


@pytest.mark.parametrize(
    "query, shown, hidden",
    [
        ("?language=ru", ["Памятка: подарки"], ["Memo: gifts", "Checklist: reporting"]),
        ("?tag=reporting", ["Checklist: reporting"], ["Memo: gifts", "Памятка"]),
        ("?q=gifts", ["Memo: gifts"], ["Памятка", "Checklist: reporting"]),
        ("?q=nothing-like-this", ["No materials match your search."], ["Memo: gifts"]),
    ],
)
def test_materials_library_filters_by_language_tag_and_search(
    client, library, query, shown, hidden
):
    page = client.get(library.url + query).content.decode()
    for text in shown:
        assert text in page
    for text in hidden:
        assert text not in page.split('<ul class="card-list materials">')[-1]


def test_home_page_lists_next_three_seminars_and_latest_news(client, home):
    seminars = SeminarIndexPage(title="Seminars", slug="seminars")
    news = NewsIndexPage(title="News", slug="news")
    home.add_child(instance=seminars)
    home.add_child(instance=news)
    for n in range(1, 5):
        make_seminar(
            seminars, slug=f"s{n}", title=f"Seminar number {n}", starts_in=datetime.timedelta(n)
        )
    make_seminar(seminars, slug="old", title="Old seminar", starts_in=-datetime.timedelta(30))
    news.add_child(
        instance=NewsPage(
            title="Results for 2024", slug="r", date=datetime.date(2025, 7, 1), intro="Figures."
        )
    )
    page = client.get(home.url).content.decode()
    assert "Seminar number 1" in page and "Seminar number 3" in page
    assert "Seminar number 4" not in page and "Old seminar" not in page
    assert "Results for 2024" in page


def test_site_footer_uses_site_settings(home):
    news = NewsIndexPage(title="News", slug="news")
    home.add_child(instance=news)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_email = "help@example.com"
    site_settings.tagline = "training that counts"
    site_settings.navigation_links = [
        NavigationLink(page=news, sort_order=0),
        NavigationLink(title="Agency", url="https://www.gov.kz/", sort_order=1),
    ]
    site_settings.save()
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    html = render_to_string("includes/site_footer.html", request=request)
    assert "training that counts" in html
    assert 'href="mailto:help@example.com"' in html
    assert f'href="{news.url}">News</a>' in html
    assert 'href="https://www.gov.kz/">Agency</a>' in html


def test_cached_header_and_footer_follow_settings_and_page_changes(client, home):
    news = NewsIndexPage(title="News", slug="news")
    home.add_child(instance=news)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.footer_text = "First footer"
    site_settings.navigation_links = [NavigationLink(page=news, sort_order=0)]
    site_settings.save()
    first = client.get(home.url).content.decode()
    assert "First footer" in first and f'href="{news.url}">News</a>' in first

    site_settings.footer_text = "Second footer"
    site_settings.save()
    news.title = "Announcements"
    news.save_revision().publish()
    second = client.get(home.url).content.decode()
    assert "Second footer" in second and "First footer" not in second
    assert f'href="{news.url}">Announcements</a>' in second  # header and footer
    assert second.count(">Announcements</a>") == 2


def test_every_page_names_its_icon_and_describes_itself(client):
    from django.contrib.staticfiles import finders

    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/favicon.ico"
    for name in ("favicon.ico", "favicon.svg", "apple-touch-icon.png"):
        assert finders.find(name), name
    page = client.get("/verify/").content.decode()
    assert '<link rel="icon" href="/static/favicon.ico"' in page
    assert '<meta name="description" content="Adal: the mandatory annual' in page


def test_a_page_is_described_by_its_search_description(client):
    home = make_home()
    home.search_description = "Training on Law 410-V for every public servant."
    home.save_revision().publish()
    page = client.get(home.url).content.decode()
    assert (
        '<meta name="description" content="Training on Law 410-V for every public servant.">'
        in page
    )
