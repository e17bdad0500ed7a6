from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Servants' accounts come from HR imports; nobody signs themselves up."""

    def is_open_for_signup(self, request):
        return False
