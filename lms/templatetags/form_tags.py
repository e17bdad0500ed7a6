"""Form fields drawn with the design's classes, their errors and help tied to the input, for
forms whose markup the project does not write itself (the sign-in flow's)."""

from django import forms, template

register = template.Library()


@register.filter
def is_checkbox(field) -> bool:
    return isinstance(field.field.widget, forms.CheckboxInput)


@register.filter
def control(field):
    """The field's input with the framework's class, `aria-invalid` when it has errors, and
    `aria-describedby` naming its error and help text, so that a screen reader reads them
    with the field."""
    widget = field.field.widget
    if isinstance(widget, forms.CheckboxInput):
        css = "form-check-input"
    elif isinstance(widget, forms.Select):
        css = "form-select"
    else:
        css = "form-control"
    attrs = {"class": " ".join(filter(None, [widget.attrs.get("class"), css]))}
    described = []
    if field.errors:
        attrs["aria-invalid"] = "true"
        described.append(f"{field.auto_id}_error")
    if field.help_text:
        described.append(f"{field.auto_id}_helptext")
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return field.as_widget(attrs=attrs)
