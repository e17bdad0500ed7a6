"""The one-time keys of allauth's password reset, also used by invitations.

allauth checks every key of its reset-from-key view with one generator
(`ACCOUNT_PASSWORD_RESET_TOKEN_GENERATOR`). This one accepts two kinds of key, told apart by
their salt, each with its own lifetime:

- a password-reset key (asked for on the sign-in page): Django's `PASSWORD_RESET_TIMEOUT`;
- an invitation key (`invitation_token`): `ADAL_INVITATION_DAYS`, so that a new servant has
  time to act on the email without lengthening every reset link.

Both are Django's HMAC tokens over the password hash, the last sign-in and the email
addresses: setting a password (or signing in) spends every key issued before.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.utils.crypto import constant_time_compare
from django.utils.http import base36_to_int

INVITATION_SALT = "lms.tokens.invitation"


class AccountTokenGenerator(PasswordResetTokenGenerator):
    def _make_hash_value(self, user, timestamp) -> str:
        # As allauth's EmailAwarePasswordResetTokenGenerator: a key sent to an address stops
        # working when the address is changed or removed.
        from allauth.account.models import EmailAddress  # models load after the settings

        emails = {user.email} if user.email else set()
        emails.update(EmailAddress.objects.filter(user_id=user.pk).values_list("email", flat=True))
        return super()._make_hash_value(user, timestamp) + "|".join(sorted(emails))

    def check_token(self, user, token) -> bool:
        if super().check_token(user, token):
            return True
        return _invitation_tokens.check_invitation(user, token)


class _InvitationTokenGenerator(AccountTokenGenerator):
    key_salt = INVITATION_SALT

    def check_invitation(self, user, token) -> bool:
        if not (user and token):
            return False
        try:
            ts_b36, _ = token.split("-")
            ts = base36_to_int(ts_b36)
        except ValueError:
            return False
        for secret in [self.secret, *self.secret_fallbacks]:
            if constant_time_compare(self._make_token_with_timestamp(user, ts, secret), token):
                break
        else:
            return False
        return self._num_seconds(self._now()) - ts <= invitation_lifetime().total_seconds()


_invitation_tokens = _InvitationTokenGenerator()


def invitation_lifetime() -> datetime.timedelta:
    return datetime.timedelta(days=settings.ADAL_INVITATION_DAYS)


def invitation_token(user) -> str:
    """A key for allauth's reset-from-key page that works for ADAL_INVITATION_DAYS."""
    return _invitation_tokens.make_token(user)
