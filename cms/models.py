import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Case, Q, QuerySet, Value, When
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import Tag, TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index
from wagtail.url_routing import RouteResult

from cms.page_cache import home_page_response
from courses.blocks import BaseStreamBlock
from courses.models import canonical_page
from legal.selectors import pending_reviews_for
from lms.navigation import navigation_changed, navigation_version
from lms.selectors import assignments_for_servant

NEWS_PER_PAGE = 10
HOME_LIST_SIZE = 3


class HomePage(Page):
    headline = models.CharField(
        _("headline"), max_length=255, blank=True, help_text=_("Large text at the top of the page.")
    )
    intro = RichTextField(_("introduction"), blank=True, help_text=_("Shown under the headline."))
    featured_course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The course promoted on the home page."),
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "courses.CourseIndexPage",
        "cms.StandardPage",
        "cms.NewsIndexPage",
        "cms.SeminarIndexPage",
        "cms.MaterialsIndexPage",
    ]
    content_panels = Page.content_panels + [
        FieldPanel("headline"),
        FieldPanel("intro"),
        FieldPanel("featured_course"),
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Find a page below the home page by its URL path in one query, instead of one query
        per level (a lesson sits four levels down). Anything that is not a live page of this
        tree at exactly that path is left to the usual routing (and its 404)."""
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            found = (
                Page.objects.live()
                .filter(url_path=url_path)
                .values_list("pk", "content_type_id")
                .first()
            )
            if found is not None:
                # The specific page with its locale, which every page's template compares
                # with the visitor's language: two queries in all.
                model = ContentType.objects.get_for_id(found[1]).model_class()
                page = model.objects.select_related("locale").filter(pk=found[0]).first()
                if page is not None:
                    return RouteResult(page)
        return super().route(request, path_components)

    def serve(self, request, *args, **kwargs):
        def render():
            return super(HomePage, self).serve(request, *args, **kwargs)

        return home_page_response(page=self, request=request, render=render)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Translations of the home page share the default-language page's featured course.
        source = self if self.featured_course_id else canonical_page(self).specific
        if source.featured_course_id:
            context["featured"] = source.featured_course.localized
        context["upcoming_seminars"] = SeminarPage.upcoming(
            locale=self.locale, limit=HOME_LIST_SIZE
        )
        context["latest_news"] = NewsPage.latest(locale=self.locale, limit=HOME_LIST_SIZE)
        if request.user.is_authenticated:
            context["current_assignment"] = assignments_for_servant(user=request.user).first()
        return context


class CitesLawMixin:
    """A public page whose body may cite articles of the legal register (law-article blocks):
    until an editor reviews it after an amendment to one of them, readers are told the law
    changed (`legal.selectors.citations_of` finds the page through `cms.selectors`)."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["law_updates"] = [r.amendment for r in pending_reviews_for(obj=self)]
        return context


class StandardPage(CitesLawMixin, Page):
    intro = models.TextField(_("introduction"), blank=True, help_text=_("A short lead paragraph."))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")


# --- News ----------------------------------------------------------------------------------


class NewsIndexPage(Page):
    intro = RichTextField(
        _("introduction"), blank=True, help_text=_("Shown above the list of news items.")
    )

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.NewsPage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("news index")

    def news(self) -> QuerySet:
        return NewsPage.objects.live().child_of(self).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.news(), NEWS_PER_PAGE)
        context["news_page"] = paginator.get_page(request.GET.get("page"))
        return context


class NewsPage(CitesLawMixin, Page):
    date = models.DateField(
        _("date"),
        default=datetime.date.today,
        help_text=_("The publication date shown to readers."),
    )
    intro = models.TextField(
        _("introduction"), help_text=_("One or two sentences shown in the news list.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
        help_text=_("Optional picture shown at the top of the news item."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The full text. Cite the source of every figure."),
    )

    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types: list[str] = []
    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @classmethod
    def latest(cls, *, locale, limit: int = 3) -> list["NewsPage"]:
        return list(cls.objects.live().filter(locale=locale).order_by("-date", "-pk")[:limit])


# --- Seminars ------------------------------------------------------------------------------


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        label=_("Speaker"),
        help_text=_(
            "A role or body, e.g. “Representative of the Agency for Civil Service Affairs”."
        ),
    )
    role = blocks.CharBlock(
        label=_("Position or topic"), required=False, help_text=_("What they speak about.")
    )

    class Meta:
        icon = "user"
        label = _("Speaker")


class ProgrammeItemBlock(blocks.StructBlock):
    time = blocks.CharBlock(label=_("Time"), max_length=20, help_text=_("e.g. 10:00–10:30."))
    item = blocks.CharBlock(label=_("Item"), help_text=_("What happens at that time."))

    class Meta:
        icon = "time"
        label = _("Programme item")


class SeminarIndexPage(Page):
    intro = RichTextField(
        _("introduction"), blank=True, help_text=_("Shown above the list of seminars.")
    )

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.SeminarPage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("seminar index")

    def seminars(self) -> tuple[list, list]:
        """Upcoming (and running) seminars soonest first, then past ones most recent first."""
        seminars = SeminarPage.objects.live().child_of(self)
        now = timezone.now()
        upcoming = list(seminars.filter(ends_at__gt=now).order_by("starts_at"))
        past = list(seminars.filter(ends_at__lte=now).order_by("-starts_at"))
        return upcoming, past

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming"], context["past"] = self.seminars()
        return context


class SeminarPage(CitesLawMixin, Page):
    starts_at = models.DateTimeField(
        _("starts at"), help_text=_("Registration closes when the seminar starts.")
    )
    ends_at = models.DateTimeField(_("ends at"), help_text=_("When the seminar ends."))
    venue = models.CharField(
        _("venue"),
        max_length=255,
        blank=True,
        help_text=_("Address and room. Leave blank for an online-only seminar."),
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Link to the video conference, if the seminar is held online."),
    )
    organiser = models.CharField(
        _("organising body"),
        max_length=255,
        help_text=_("The state body or bodies that hold the seminar."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in the seminar list.")
    )
    seat_limit = models.PositiveIntegerField(
        _("seat limit"),
        null=True,
        blank=True,
        help_text=_("How many servants may register. Leave blank for no limit."),
    )
    speakers = StreamField(
        [("speaker", SpeakerBlock())],
        verbose_name=_("speakers"),
        blank=True,
        help_text=_("Speakers by role or body; do not publish private persons' names."),
    )
    programme = StreamField(
        [("item", ProgrammeItemBlock())],
        verbose_name=_("programme"),
        blank=True,
        help_text=_("The agenda, one item per time slot."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("description"),
        blank=True,
        help_text=_("What the seminar covers and who should attend."),
    )

    parent_page_types = ["cms.SeminarIndexPage"]
    subpage_types: list[str] = []
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("venue"),
                FieldPanel("online_url"),
                FieldPanel("organiser"),
                FieldPanel("seat_limit"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("speakers"),
        FieldPanel("programme"),
        FieldPanel("body"),
        InlinePanel("materials", label=_("Materials"), heading=_("Materials")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("organiser"),
        index.SearchField("body"),
        index.FilterField("starts_at"),
    ]

    class Meta:
        verbose_name = _("seminar")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The seminar must end after it starts.")
        if not self.venue and not self.online_url:
            errors["venue"] = _("Give a venue, an online link, or both.")
        if errors:
            raise ValidationError(errors)

    @property
    def has_started(self) -> bool:
        return timezone.now() >= self.starts_at

    @property
    def is_past(self) -> bool:
        return timezone.now() >= self.ends_at

    @classmethod
    def upcoming(cls, *, locale, limit: int = 3) -> list["SeminarPage"]:
        return list(
            cls.objects.live()
            .filter(locale=locale, ends_at__gt=timezone.now())
            .order_by("starts_at")[:limit]
        )

    def seats_taken(self) -> int:
        return SeminarRegistration.objects.filter(seminar=canonical_page(self)).count()

    def state_for(self, user) -> "SeminarState":
        """What the seminar's page offers this user: their seat, the seats left, whether they
        may register or cancel. Counted on the default-locale seminar, whatever the language."""
        canonical = canonical_page(self).specific
        taken = canonical.seats_taken()
        registration = None
        if user.is_authenticated:
            registration = SeminarRegistration.objects.filter(seminar=canonical, user=user).first()
        seats_left = None if canonical.seat_limit is None else max(canonical.seat_limit - taken, 0)
        open_ = not canonical.has_started
        return SeminarState(
            registration=registration,
            seats_taken=taken,
            seats_left=seats_left,
            can_register=open_ and registration is None and seats_left != 0,
            can_cancel=open_ and registration is not None,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["state"] = self.state_for(request.user)
        return context


class SeminarMaterial(Orderable):
    page = ParentalKey(SeminarPage, on_delete=models.CASCADE, related_name="materials")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
        help_text=_("A handout, presentation or recording for participants."),
    )
    title = models.CharField(
        _("title"),
        max_length=255,
        blank=True,
        help_text=_("Leave blank to use the document's own title."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("seminar material")
        verbose_name_plural = _("seminar materials")

    @property
    def display_title(self) -> str:
        return self.title or self.document.title


class SeminarRegistration(models.Model):
    """A servant's seat at a seminar, kept against the default-locale seminar page whatever
    language the servant registered in."""

    seminar = models.ForeignKey(
        SeminarPage,
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("seminar"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="seminar_registrations",
        verbose_name=_("participant"),
    )
    registered_at = models.DateTimeField(_("registered at"), default=timezone.now)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("attendance marked by"),
    )
    marked_at = models.DateTimeField(_("attendance marked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("seminar registration")
        verbose_name_plural = _("seminar registrations")
        ordering = ["registered_at"]
        constraints = [
            models.UniqueConstraint(fields=["seminar", "user"], name="seminarregistration_unique")
        ]

    def __str__(self):
        return f"{self.user} · {self.seminar}"


@dataclass(frozen=True)
class SeminarState:
    registration: SeminarRegistration | None
    seats_taken: int
    seats_left: int | None  # None: no limit
    can_register: bool
    can_cancel: bool


# --- Materials library ---------------------------------------------------------------------


class MaterialLanguage(models.TextChoices):
    KAZAKH = "kk", _("Kazakh")
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")


class MaterialsIndexPage(Page):
    intro = RichTextField(
        _("introduction"), blank=True, help_text=_("Shown above the list of materials.")
    )

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("materials", label=_("Material"), heading=_("Materials")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("materials library")

    def materials_in_library(
        self, *, query: str = "", tag: str = "", language: str = "", prefer: str = ""
    ) -> QuerySet:
        """The library's materials, filtered; those in the `prefer` language come first."""
        materials = Material.objects.filter(page=self).select_related("document")
        if language:
            materials = materials.filter(language=language)
        if tag:
            materials = materials.filter(tags__name__iexact=tag)
        if query:
            materials = materials.filter(material_matches(query))
        preferred_first = Case(When(language=prefer, then=Value(0)), default=Value(1))
        return (
            materials.distinct()
            .prefetch_related("tags")
            .order_by(preferred_first, "sort_order", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = request.GET.get("q", "").strip()[:100]
        tag = request.GET.get("tag", "").strip()[:100]
        # The page's own language by default; "all" (or another language) when asked.
        default = get_language()[:2] if get_language()[:2] in MaterialLanguage.values else ""
        language = request.GET.get("language", default)
        if language not in MaterialLanguage.values:
            language = ""
        tags = Tag.objects.filter(cms_materialtag_items__content_object__page=self)
        if language:
            tags = tags.filter(cms_materialtag_items__content_object__language=language)
        context.update(
            materials=self.materials_in_library(query=query, tag=tag, language=language),
            query=query,
            tag=tag,
            language=language,
            default_language=default,
            has_materials=Material.objects.filter(page=self).exists(),
            languages=MaterialLanguage.choices,
            tags=tags.distinct().order_by("name"),
            filtered=bool(query or tag or language != default),
        )
        return context


def material_matches(query: str) -> Q:
    """Materials whose title, description, tags or document title hold the words. Also in the
    usual capitalisations: SQLite (the demo) folds case for Latin letters only."""
    variants = {query, query.lower(), query.upper(), query.capitalize(), query.title()}
    match = Q()
    for text in variants:
        match |= (
            Q(title__icontains=text)
            | Q(description__icontains=text)
            | Q(tags__name__icontains=text)
            | Q(document__title__icontains=text)
        )
    return match


class MaterialTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.Material", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Material(Orderable, ClusterableModel):
    page = ParentalKey(MaterialsIndexPage, on_delete=models.CASCADE, related_name="materials")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
        help_text=_("The file readers download (PDF preferred)."),
    )
    title = models.CharField(
        _("title"), max_length=255, help_text=_("The title in the document's own language.")
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the document is for, in a sentence.")
    )
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=MaterialLanguage.choices,
        help_text=_("The language the document is written in."),
    )
    tags = ClusterTaggableManager(
        through=MaterialTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Topics readers can filter by, e.g. gifts, conflict of interest."),
    )

    panels = [
        FieldPanel("document"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("language"),
        FieldPanel("tags"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def __str__(self):
        return self.title


# --- Site settings -------------------------------------------------------------------------


@register_setting(icon="cog")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    site_name = models.CharField(
        _("site name"), max_length=100, default="Adal", help_text=_("Shown in the footer.")
    )
    tagline = models.CharField(
        _("tagline"),
        max_length=255,
        blank=True,
        help_text=_("A short line under the site name. Leave blank for the translated default."),
    )
    contact_email = models.EmailField(
        _("contact email"), blank=True, help_text=_("Where servants write with questions.")
    )
    contact_phone = models.CharField(
        _("contact phone"), max_length=50, blank=True, help_text=_("Help desk phone number.")
    )
    contact_address = models.TextField(
        _("address"), blank=True, help_text=_("Postal address of the organiser.")
    )
    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_("A line at the foot of every page. Leave blank for the translated default."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("site_name"), FieldPanel("tagline")], heading=_("Branding")),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_address"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("footer_text"),
        InlinePanel("navigation_links", label=_("Link"), heading=_("Navigation")),
    ]

    class Meta:
        verbose_name = _("site settings")

    @cached_property
    def links(self):
        """Navigation links with page titles and URLs in the active language (read once per
        request: the header and the footer both show them). Kept in the cache until a page
        is published, unpublished, moved or deleted, or the settings change (cms.apps)."""
        from django.core.cache import cache
        from django.utils.translation import get_language

        key = f"cms:navigation:{navigation_version()}:{self.pk}:{get_language()}"
        links = cache.get(key)
        if links is None:
            links = [link.resolved() for link in self.navigation_links.select_related("page")]
            cache.set(key, links, timeout=24 * 3600)
        return links


def navigation_changed_on_write(sender, **kwargs) -> None:
    if issubclass(sender, Page | Site | SiteSettings | NavigationLink):
        navigation_changed()


class NavigationLink(Orderable):
    site_settings = ParentalKey(
        SiteSettings, on_delete=models.CASCADE, related_name="navigation_links"
    )
    title = models.CharField(
        _("title"),
        max_length=100,
        blank=True,
        help_text=_("Leave blank to use the page's title in the visitor's language."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
        help_text=_("A page of this site. Its translation is used for each language."),
    )
    url = models.URLField(
        _("external link"), blank=True, help_text=_("Used when no page is chosen.")
    )

    panels = [FieldPanel("title"), FieldPanel("page"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("navigation link")

    def clean(self):
        super().clean()
        if not self.page_id and not self.url:
            raise ValidationError(_("Choose a page or give an external link."))
        if not self.page_id and not self.title:
            raise ValidationError({"title": _("An external link needs a title.")})

    def resolved(self) -> dict:
        if self.page_id:
            page = self.page.localized
            return {"title": self.title or page.title, "url": page.url}
        return {"title": self.title, "url": self.url}
