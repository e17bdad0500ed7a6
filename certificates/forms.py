from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

# A certificate is one page of text and a QR code: tens of kilobytes. The cap keeps a public
# endpoint from reading (and hashing) anything large.
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
# The PDF header may follow a little junk, but must start within the first kilobyte.
PDF_HEADER = b"%PDF-"
PDF_HEADER_WINDOW = 1024


class CertificateUploadForm(forms.Form):
    pdf = forms.FileField(
        label=_("Certificate PDF file"),
        help_text=_("The certificate's PDF file, exactly as it was downloaded (up to 5 MB)."),
        widget=forms.FileInput(attrs={"accept": "application/pdf,.pdf", "class": "form-control"}),
    )

    def clean_pdf(self) -> bytes:
        upload = self.cleaned_data["pdf"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(
                _("The file is too large (%(size)s). A certificate PDF is smaller than %(limit)s."),
                code="too_large",
                params={
                    "size": filesizeformat(upload.size),
                    "limit": filesizeformat(MAX_UPLOAD_BYTES),
                },
            )
        data = upload.read()
        if PDF_HEADER not in data[:PDF_HEADER_WINDOW]:
            raise ValidationError(
                _("This file is not a PDF. Upload the certificate's PDF file."),
                code="not_pdf",
            )
        return data
