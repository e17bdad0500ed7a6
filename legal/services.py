from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from legal.exceptions import ReviewAlreadyDecided, UnknownAct, UnknownArticles
from legal.models import Amendment, CitationReview, LegalAct, ReviewStatus
from legal.selectors import citations_of
from lms.models import User
from lms.services import audit_log


@transaction.atomic
def amendment_record(
    *,
    act_number: str,
    article_numbers: list[str],
    effective_on: date,
    summary: str,
    summary_ru: str = "",
    summary_kk: str = "",
    source_url: str = "",
    by: User | None = None,
) -> tuple[Amendment, list[CitationReview]]:
    """Record an amendment to articles of an act and flag, for review, every lesson page (in
    every locale) and question citing one of them. Recording the same amendment again (same
    act, date and summary) changes nothing but flags citations made since. Returns the
    amendment and the reviews it opened now."""
    act = LegalAct.objects.filter(number__iexact=act_number.strip()).first()
    if act is None:
        raise UnknownAct(act_number)
    numbers = [n.strip() for n in article_numbers if n.strip()]
    articles = list(act.articles.filter(number__in=numbers))
    missing = sorted(set(numbers) - {a.number for a in articles})
    if missing or not numbers:
        raise UnknownArticles(act.number, missing or ["—"])

    amendment, created = Amendment.objects.get_or_create(
        act=act,
        effective_on=effective_on,
        summary=summary,
        defaults={
            "summary_ru": summary_ru,
            "summary_kk": summary_kk,
            "source_url": source_url,
            "recorded_by": by,
            "previous_texts": {str(a.pk): a.texts() for a in articles},
        },
    )
    amendment.articles.add(*articles)

    opened = []
    for obj in citations_of(article_ids=[a.pk for a in articles]):
        review, new = CitationReview.objects.get_or_create(
            amendment=amendment,
            content_type=_content_type(obj),
            object_id=obj.pk,
        )
        if new:
            review.content_object = obj
            opened.append(review)
    if created or opened:
        audit_log(
            actor=by,
            action="amendment.recorded",
            obj=amendment,
            data={
                "act": act.number,
                "articles": numbers,
                "effective_on": effective_on.isoformat(),
                "flagged": [f"{r.content_type.model}:{r.object_id}" for r in opened],
            },
        )
    return amendment, opened


def _content_type(obj):
    return ContentType.objects.get_for_model(obj)


@transaction.atomic
def citation_review_decide(
    *, review: CitationReview, status: str, by: User | None, note: str = ""
) -> CitationReview:
    """An editor's decision on a flagged lesson or question: confirmed (still right under the
    amended law) or revised (edited to match it). Either returns a question to the draw and
    takes the notice off a lesson."""
    if status not in (ReviewStatus.CONFIRMED, ReviewStatus.REVISED):
        raise ValueError(status)
    review = CitationReview.objects.select_for_update().get(pk=review.pk)
    if review.status != ReviewStatus.PENDING:
        raise ReviewAlreadyDecided()
    review.status = status
    review.decided_by = by
    review.decided_at = timezone.now()
    review.note = note[:255]
    review.save(update_fields=["status", "decided_by", "decided_at", "note"])
    audit_log(
        actor=by,
        action=f"citation_review.{status}",
        obj=review,
        data={
            "amendment": review.amendment_id,
            "object": f"{review.content_type.model}:{review.object_id}",
            "note": review.note,
        },
    )
    return review
