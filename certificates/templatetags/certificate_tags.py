from django import template
from django.utils.translation import get_language

register = template.Library()


@register.filter
def course_title(certificate) -> str:
    """The certificate's course in the reader's language."""
    return certificate.course_title_in(get_language())
