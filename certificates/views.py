import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from certificates.codes import code_normalise
from certificates.forms import CertificateUploadForm
from certificates.models import Certificate
from certificates.ratelimit import verify_rate_limited
from certificates.selectors import (
    certificate_by_code,
    certificate_can_download,
    certificate_check_upload,
    certificate_code_exists,
    certificate_copy_for,
    certificate_editions,
    certificate_pdf_offered,
)
from certificates.services import CopyRefused, certificate_copy_request
from certificates.timing import respond_no_sooner_than_floor


def _certificate_for(request, serial: str) -> Certificate:
    """The certificate, if the visitor may have it (the holder, HR in scope); else 404."""
    certificate = get_object_or_404(
        Certificate.objects.select_related("assignment__servant"), serial=serial
    )
    if not certificate_can_download(user=request.user, certificate=certificate):
        raise Http404
    return certificate


def _pdf_response(pdf, filename: str):
    if not pdf:
        response = HttpResponse(
            _("The certificate is being prepared. Please try again in a minute."),
            status=503,
            content_type="text/plain; charset=utf-8",
        )
        response["Retry-After"] = "30"
        return response
    return FileResponse(pdf.open("rb"), content_type="application/pdf", filename=filename)


def _revoked_response(request, certificate: Certificate):
    """The holder's answer for a revoked certificate's file: why it is no longer offered."""
    return render(request, "certificates/revoked.html", {"certificate": certificate}, status=410)


@login_required
def certificate_pdf_view(request, serial: str):
    certificate = _certificate_for(request, serial)
    if not certificate_pdf_offered(user=request.user, certificate=certificate):
        return _revoked_response(request, certificate)
    return _pdf_response(certificate.pdf, f"{certificate.serial}.pdf")


@login_required
def certificate_copy_pdf_view(request, serial: str, language: str):
    certificate = _certificate_for(request, serial)
    if not certificate_pdf_offered(user=request.user, certificate=certificate):
        return _revoked_response(request, certificate)
    copy = certificate_copy_for(certificate=certificate, language=language)
    if copy is None:
        raise Http404
    return _pdf_response(copy.pdf, f"{certificate.serial}-{language}.pdf")


@login_required
def certificate_detail_view(request, serial: str):
    certificate = _certificate_for(request, serial)
    editions = certificate_editions(certificate=certificate)
    return render(
        request,
        "certificates/detail.html",
        {
            "certificate": certificate,
            "editions": editions,
            "pdf_offered": certificate_pdf_offered(user=request.user, certificate=certificate),
            "preparing": any(e.requested and not e.ready for e in editions),
        },
    )


@login_required
@require_POST
def certificate_copy_request_view(request, serial: str):
    certificate = _certificate_for(request, serial)
    try:
        certificate_copy_request(
            certificate=certificate, language=request.POST.get("language", ""), by=request.user
        )
    except CopyRefused:
        messages.error(request, _("A copy cannot be made in that language."))
    else:
        messages.success(
            request,
            _("The copy is being prepared. It will be ready to download here in a minute."),
        )
    return redirect("certificates:detail", serial=certificate.serial)


# Old codes are URL-safe base64 (secrets.token_urlsafe); new ones are typed loosely and
# normalised (certificates.codes); anything else cannot be a code.
CODE_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")


@verify_rate_limited()
@respond_no_sooner_than_floor
def verify_view(request, code: str):
    certificate = certificate_by_code(code=code)
    if certificate is None:
        return render(request, "certificates/verify_not_found.html", {"code": code}, status=404)
    if certificate.code != code:  # typed loosely: show it at its one address
        return redirect("certificates:verify", code=certificate.code)
    return render(request, "certificates/verify.html", {"certificate": certificate})


@require_http_methods(["GET", "HEAD", "POST"])
@verify_rate_limited()
def verify_form_view(request):
    """Check a certificate by its code (GET) or by uploading its PDF file (POST)."""
    code = request.GET.get("code", "").strip()
    code_error = ""
    normalised = code_normalise(code)
    if normalised is not None and not (
        # an old code that merely looks like a typed new one keeps its exact form
        normalised != code and CODE_PATTERN.fullmatch(code) and certificate_code_exists(code=code)
    ):
        return redirect("certificates:verify", code=normalised)
    if code and CODE_PATTERN.fullmatch(code):
        return redirect("certificates:verify", code=code)
    if code:
        code_error = _(
            "This is not a verification code: a code has only Latin letters, digits, "
            "“-” and “_”. Check what you typed against the certificate."
        )
    upload_form, check = CertificateUploadForm(), None
    if request.method == "POST":
        upload_form = CertificateUploadForm(request.POST, request.FILES)
        if upload_form.is_valid():
            check = certificate_check_upload(data=upload_form.cleaned_data["pdf"])
            upload_form = CertificateUploadForm()
    return render(
        request,
        "certificates/verify_form.html",
        {"upload_form": upload_form, "check": check, "code": code, "code_error": code_error},
        status=400 if code_error else 200,
    )
