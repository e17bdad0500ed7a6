from allauth.account.adapter import DefaultAccountAdapter

from lms.client_address import client_address
from lms.middleware import PRIVILEGED_SESSION_KEY, user_is_privileged


class AccountAdapter(DefaultAccountAdapter):
    """Servants' accounts come from HR imports; nobody signs themselves up."""

    def is_open_for_signup(self, request):
        return False

    def get_client_ip(self, request):
        # Sign-in limits count per real client behind the trusted proxies, like every other limit.
        return client_address(request)

    def login(self, request, user):
        super().login(request, user)
        if user_is_privileged(user):
            # Whoever can see others' personal data gets a short session, renewed by use
            # (StaffSecurityMiddleware sets the expiry on each response).
            request.session[PRIVILEGED_SESSION_KEY] = True
