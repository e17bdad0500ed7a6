"""Receivers of model signals, connected in LmsConfig.ready()."""

from lms.selectors import hr_officer_changed


def hr_scope_changed(sender, instance, **kwargs) -> None:
    """The header's link to the HR area is cached per user (lms.selectors)."""
    hr_officer_changed(user_id=instance.user_id)


def save_chosen_language(sender, request, user, **kwargs) -> None:
    """Signing in keeps the language the visitor chose before (the switcher, or the language
    of the pages they read): it becomes the account's language, for its mails and pages."""
    from django.conf import settings

    from lms.services import user_set_language

    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) if request else None
    if language:
        user_set_language(user=user, language=language)
