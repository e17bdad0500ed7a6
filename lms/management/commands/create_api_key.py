from django.core.management.base import BaseCommand, CommandError

from lms.models import Organisation
from lms.services import api_key_create


class Command(BaseCommand):
    help = "Create an API key for an organisation's HR system. The key is shown once."

    def add_arguments(self, parser):
        parser.add_argument("--organisation", required=True, help="Organisation code.")
        parser.add_argument("--name", required=True, help="Which system will use the key.")

    def handle(self, *args, organisation, name, **options):
        found = Organisation.objects.filter(code=organisation).first()
        if found is None:
            raise CommandError(f"No organisation has the code {organisation!r}.")
        key, clear = api_key_create(organisation=found, name=name)
        self.stdout.write(f"API key for {found.code} ({name}); store it now, it is not kept:")
        self.stdout.write(clear)
