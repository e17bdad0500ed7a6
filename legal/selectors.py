from collections.abc import Iterable
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, QuerySet
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
