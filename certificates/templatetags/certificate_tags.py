from datetime import date

from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def course_title(certificate) -> str:
    """The certificate's course in the reader's language."""
    return certificate.course_title_in(get_language())


@register.filter
def law_versions(certificate) -> list[str]:
    """The versions of the law the certificate's course taught, each named in the reader's
    language: "Law No. 410-V, Art. 12 (version of 18.10.2020)"."""
    return [law_version_label(entry) for entry in certificate.law_versions or []]


def _act_name(kind: str, number: str) -> str:
    if kind == "code":
        return _("Code No. %(number)s") % {"number": number}
    if kind == "decree":
        return _("Decree No. %(number)s") % {"number": number}
    if kind == "resolution":
        return _("Resolution No. %(number)s") % {"number": number}
    return _("Law No. %(number)s") % {"number": number}


def law_version_label(entry: dict) -> str:
    """One recorded article version in the active language."""
    language = (get_language() or "en")[:2]
    heading = entry.get("heading")
    if heading:
        article = heading.get(language) or heading.get("en") or entry["article"]
    else:
        article = _("Art. %(number)s") % {"number": entry["article"]}
    names = {"act": _act_name(entry.get("kind", "law"), entry["act"]), "article": article}
    if not entry.get("version"):
        return _("%(act)s, %(article)s") % names
    names["date"] = date.fromisoformat(entry["version"]).strftime("%d.%m.%Y")
    return _("%(act)s, %(article)s (version of %(date)s)") % names
