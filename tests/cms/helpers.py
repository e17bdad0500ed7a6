import datetime

from django.utils import timezone
from wagtail.models import Locale, Page, Site

from cms.models import HomePage, SeminarIndexPage, SeminarPage


def make_home() -> HomePage:
    # Transactional tests flush the database, taking the root page made by migrations with it.
    root = Page.get_first_root_node() or Page.add_root(
        title="Root", slug="root", locale=Locale.objects.get_or_create(language_code="en")[0]
    )
    Page.objects.filter(depth=2).delete()  # the placeholder page a new installation starts with
    home = HomePage(title="Adal", slug="home")
    root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    return home


def make_seminar(
    index: SeminarIndexPage,
    *,
    slug: str = "seminar",
    starts_in: datetime.timedelta = datetime.timedelta(days=10),
    seat_limit: int | None = None,
    title: str = "Conflicts of interest in practice",
) -> SeminarPage:
    starts_at = timezone.now() + starts_in
    seminar = SeminarPage(
        title=title,
        slug=slug,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=2),
        venue="Conference hall",
        organiser="Aviation Administration of Kazakhstan",
        seat_limit=seat_limit,
    )
    index.add_child(instance=seminar)
    return seminar
