from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse

from lms.client_address import client_address
from lms.middleware import PRIVILEGED_SESSION_KEY, user_is_privileged
from lms.models import HRScope


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

    def get_login_redirect_url(self, request):
        """Each role lands where it works: HR officers (who hold an HR scope) in the HR area,
        editors and administrators in the CMS, servants in their training. allauth asks this
        only when the sign-in has no explicit, safe `?next=`, which always wins."""
        user = request.user
        if HRScope.objects.filter(user=user).exists():
            return reverse("hr:dashboard")
        if user.has_perm("wagtailadmin.access_admin"):
            return reverse("wagtailadmin_home")
        return reverse("learn:dashboard")
