from collections.abc import Iterable
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max, Model, QuerySet
from django.db.models.functions import Length
from django.utils import timezone
from wagtail import hooks

from legal.models import Amendment, CitationReview, LegalArticle, ReviewStatus
from lms.models import Assignment


def citations_of(*, article_ids: Iterable[int]) -> list[Model]:
    """Every lesson page (each locale) and question that cites one of the articles. The apps
    that cite the register answer through the `legal_citations` hook: a function taking the
    article ids and returning the citing objects."""
    article_ids = set(article_ids)
    found: list[Model] = []
    for provide in hooks.get_hooks("legal_citations"):
        found.extend(provide(article_ids))
    return found


def pending_reviews_for(*, obj: Model) -> QuerySet[CitationReview]:
    return (
        CitationReview.objects.filter(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            status=ReviewStatus.PENDING,
        )
        .select_related("amendment__act")
        .order_by("-amendment__effective_on")
    )


def withheld_object_ids(*, model: type[Model], on: date) -> set[int]:
    """Ids of the objects of `model` (questions) flagged by an amendment already in effect on
    `on` and not yet reviewed: they must not be drawn into a new attempt."""
    return set(
        CitationReview.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            status=ReviewStatus.PENDING,
            amendment__effective_on__lte=on,
        ).values_list("object_id", flat=True)
    )


def pending_review_queue() -> QuerySet[CitationReview]:
    return (
        CitationReview.objects.filter(status=ReviewStatus.PENDING)
        .select_related("amendment__act", "content_type")
        .prefetch_related("amendment__articles__act")
        .order_by("amendment__effective_on", "content_type_id", "object_id")
    )


def amendments_between(
    *, after: date, until: date, article_ids: Iterable[int] | None = None
) -> QuerySet[Amendment]:
    """Amendments that took effect after `after` and on or before `until` (optionally only
    those touching the given articles), oldest first."""
    found = Amendment.objects.filter(effective_on__gt=after, effective_on__lte=until)
    if article_ids is not None:
        found = found.filter(articles__in=list(article_ids)).distinct()
    return found.select_related("act").order_by("effective_on", "pk")


def articles_taught(*, assignment: Assignment) -> set[int]:
    """The register articles the assignment's course teaches: those its required lessons cite
    and those its final test's questions test. The course and the test belong to apps above
    this one: they answer through the `legal_course_articles` hook, a function taking the
    assignment and returning article ids."""
    found: set[int] = set()
    for provide in hooks.get_hooks("legal_course_articles"):
        found.update(provide(assignment=assignment))
    return found


def law_versions_on(*, article_ids: Iterable[int], on: date) -> list[dict]:
    """The version of each article in force on `on`, as a certificate records it: the act's
    number and kind, the article's number (and heading, for a citation of a whole document),
    the date its register wording took effect (`valid_from`), the latest amendment to it
    effective on or before `on` (`amended_on`), and the later of the two that is not after
    `on` (`version`). Dates are ISO strings; the list is in register order. Two queries."""
    articles = list(
        LegalArticle.objects.filter(pk__in=list(article_ids))
        .select_related("act")
        .order_by("act__kind", Length("act__number"), "act__number", Length("number"), "number")
    )
    amended = dict(
        Amendment.articles.through.objects.filter(
            legalarticle_id__in=[a.pk for a in articles], amendment__effective_on__lte=on
        )
        .values("legalarticle_id")
        .annotate(latest=Max("amendment__effective_on"))
        .values_list("legalarticle_id", "latest")
    )
    versions = []
    for article in articles:
        amended_on = amended.get(article.pk)
        dates = [d for d in (article.valid_from, amended_on) if d is not None and d <= on]
        entry = {
            "act": article.act.number,
            "kind": article.act.kind,
            "article": article.number,
            "valid_from": article.valid_from.isoformat() if article.valid_from else None,
            "amended_on": amended_on.isoformat() if amended_on else None,
            "version": max(dates).isoformat() if dates else None,
        }
        if not article.number.replace("-", "").isdigit():
            entry["heading"] = {
                "en": article.heading or article.number,
                "ru": article.heading_ru,
                "kk": article.heading_kk,
            }
        versions.append(entry)
    return versions


def law_versions_taught(*, assignment: Assignment, on: date) -> list[dict]:
    """What a certificate issued on `on` records of the law its course taught."""
    return law_versions_on(article_ids=articles_taught(assignment=assignment), on=on)


def register_version() -> str:
    """Changes whenever an article of the register is edited: part of the cache key of every
    rendered text that quotes the register."""
    latest = LegalArticle.objects.order_by("-updated_at").values_list("updated_at", flat=True)
    stamp = latest.first()
    return stamp.isoformat() if stamp else "0"


def law_changes_since_last_training(*, assignment: Assignment | None) -> list[Amendment]:
    """The amendments of the legal register that took effect between the servant's previous
    completed training on this course and today: what the course now teaches differently."""
    if assignment is None:
        return []
    previous = (
        Assignment.objects.filter(
            servant_id=assignment.servant_id,
            course_id=assignment.course_id,
            completed_at__isnull=False,
            cycle__year__lt=assignment.cycle.year,
        )
        .order_by("-completed_at")
        .values_list("completed_at", flat=True)
        .first()
    )
    if previous is None:
        return []
    return list(amendments_between(after=timezone.localdate(previous), until=timezone.localdate()))
