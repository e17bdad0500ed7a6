from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from certificates.models import CertificateTemplate

COLOUR_PICKER = forms.TextInput(attrs={"type": "color"})


def _wording_tab(language: str, heading: str) -> ObjectList:
    return ObjectList(
        [
            FieldPanel(f"heading_{language}"),
            FieldPanel(f"statement_{language}"),
            FieldPanel(f"signatory_title_{language}"),
        ],
        heading=heading,
    )


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "organisation", "is_default"]
    list_filter = ["is_default"]
    search_fields = ["name"]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("name"),
                    FieldRowPanel([FieldPanel("organisation"), FieldPanel("is_default")]),
                    FieldRowPanel(
                        [
                            FieldPanel("primary_colour", widget=COLOUR_PICKER),
                            FieldPanel("accent_colour", widget=COLOUR_PICKER),
                        ]
                    ),
                    FieldPanel("logo"),
                    MultiFieldPanel(
                        [FieldPanel("signatory_name"), FieldPanel("signature")],
                        heading=_("Signatory"),
                    ),
                ],
                heading=_("Design"),
            ),
            _wording_tab("en", _("English")),
            _wording_tab("ru", _("Russian")),
            _wording_tab("kk", _("Kazakh")),
        ]
    )


register_snippet(CertificateTemplateViewSet)
