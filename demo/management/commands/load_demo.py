from django.conf import settings
from django.core.management.base import BaseCommand

from demo.scenario import DEMO_USERS, load_demo


class Command(BaseCommand):
    help = "Create (or refresh) the demo site: course, question bank, organisation and accounts."

    def handle(self, *args, **options):
        certificates = load_demo()
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        self.stdout.write(f"Demo accounts (password {settings.ADAL_DEMO_PASSWORD}):")
        for email, *_rest in DEMO_USERS[:5]:
            self.stdout.write(f"  {email}")
        for state, certificate in certificates.items():
            self.stdout.write(f"  {state} certificate: /verify/{certificate.code}/")
