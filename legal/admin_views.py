from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.admin_url_finder import AdminURLFinder

from legal.exceptions import LegalError
from legal.models import CitationReview, ReviewStatus
from legal.selectors import pending_review_queue
from legal.services import citation_review_decide


def _require_reviewer(request):
    if not request.user.has_perm("legal.change_citationreview"):
        raise PermissionDenied


def _row(review: CitationReview, language: str, finder: AdminURLFinder) -> dict:
    """One flagged lesson or question with each amended article's wording when the amendment
    was recorded and in the register now."""
    obj = review.content_object
    # The wording in the flagged item's own language: that is what the editor checks it against.
    item_language = getattr(getattr(obj, "locale", None), "language_code", "")[:2]
    language = item_language or language
    amendment = review.amendment
    articles = []
    for article in amendment.articles.all():
        before = amendment.previous_texts.get(str(article.pk), {})
        articles.append(
            {
                "article": article,
                "label": article.label_in(language),
                "before": before.get(language) or before.get("en", ""),
                "after": article.text_in(language),
            }
        )
    return {
        "review": review,
        "object": obj,
        # A lesson's title, a question's whole text (its str() is cut short).
        "name": getattr(obj, "title", None) or getattr(obj, "text", None) or obj,
        "kind": review.content_type.model_class()._meta.verbose_name,
        "locale": item_language,
        "edit_url": finder.get_edit_url(obj) if obj is not None else None,
        "amendment": amendment,
        "articles": articles,
    }


def review_queue(request):
    _require_reviewer(request)
    language = (get_language() or "en")[:2]
    finder = AdminURLFinder(request.user)
    rows = [_row(review, language, finder) for review in pending_review_queue()]
    return TemplateResponse(
        request,
        "legal/admin/review_queue.html",
        {"rows": rows, "decisions": [ReviewStatus.CONFIRMED, ReviewStatus.REVISED]},
    )


@require_POST
def review_decide(request, review_id: int):
    _require_reviewer(request)
    review = get_object_or_404(CitationReview, pk=review_id)
    status = request.POST.get("status")
    if status not in (ReviewStatus.CONFIRMED, ReviewStatus.REVISED):
        messages.error(request, _("Choose Confirm or Revised."))
        return redirect("legal_review_queue")
    try:
        citation_review_decide(
            review=review, status=status, by=request.user, note=request.POST.get("note", "")
        )
    except LegalError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The decision is recorded."))
    return redirect("legal_review_queue")
