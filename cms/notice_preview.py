"""The editors' preview of the email notices (Wagtail admin → Notices): each notice in each
language, rendered from sample data exactly as it is sent. Notices are templates kept with the
code (`templates/email/`); this page shows them, it does not edit them."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from certificates import notices as certificate_notices
from lms.models import Language
from lms.notifications import KIND_NOTICE, NOTICES, OPTIONAL_KINDS, notice_render
from lms.notifications import sample_contexts as lms_samples

OPTIONAL_NOTICES = {KIND_NOTICE[kind] for kind in OPTIONAL_KINDS}


def notice_preview(request):
    if not request.user.is_staff:
        raise PermissionDenied
    notice = request.GET.get("notice")
    notice = notice if notice in NOTICES else next(iter(NOTICES))
    language = request.GET.get("language")
    language = language if language in Language.values else Language.KAZAKH
    samples = lms_samples(language=language)
    servant = samples["assigned"][0]
    samples |= certificate_notices.sample_contexts(language=language, servant=servant)
    user, context = samples[notice]
    rendered = notice_render(
        notice=notice,
        user=user,
        context=context,
        unsubscribe="#unsubscribe" if notice in OPTIONAL_NOTICES else "",
    )
    return TemplateResponse(
        request,
        "cms/admin/notice_preview.html",
        {
            "notices": list(NOTICES.items()),
            "languages": Language.choices,
            "notice": notice,
            "notice_label": NOTICES[notice],
            "language": language,
            "optional": notice in OPTIONAL_NOTICES,
            "rendered": rendered,
            "header_icon": "mail",
        },
    )
