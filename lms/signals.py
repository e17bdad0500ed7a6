"""Receivers of model signals, connected in LmsConfig.ready()."""

from lms.selectors import hr_officer_changed


def hr_scope_changed(sender, instance, **kwargs) -> None:
    """The header's link to the HR area is cached per user (lms.selectors)."""
    hr_officer_changed(user_id=instance.user_id)
