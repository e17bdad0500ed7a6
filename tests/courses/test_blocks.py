import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from courses.blocks import BaseStreamBlock

pytestmark = pytest.mark.django_db


def test_every_block_has_an_icon_description_and_preview():
    for name, block in BaseStreamBlock().child_blocks.items():
        assert block.meta.icon, name
        assert block.meta.description, name
        assert block.meta.preview_value is not None, name
        assert block.meta.template.startswith("blocks/"), name


def test_lesson_with_every_kind_of_block_renders(client, course):
    image = Image.objects.create(title="Channels", file=get_test_image_file())
    document = Document.objects.create(title="Memo on gifts")
    document.file.save("memo.pdf", ContentFile(b"%PDF-1.4 memo"))
    lesson = course.lessons().first().specific
    lesson.body = [
        ("image", {"image": image, "alt": "Where to report corruption", "caption": "Channels"}),
        ("document", {"document": document, "title": ""}),
        (
            "table",
            {"first_row_is_table_header": True, "data": [["Measure", "Article"], ["Gifts", "12"]]},
        ),
        (
            "faq",
            [{"question": "May I accept flowers?", "answer": "<p>Not for an official act.</p>"}],
        ),
        ("callout", {"kind": "warning", "text": "Refuse and report."}),
    ]
    lesson.save_revision().publish()
    page = client.get(lesson.url).content.decode()
    assert 'alt="Where to report corruption"' in page
    assert "Memo on gifts" in page and "(PDF" in page
    assert '<th scope="col">Measure</th>' in page and "<td>Gifts</td>" in page
    assert '<details class="faq__item">' in page and "May I accept flowers?" in page
    assert 'class="callout callout--warning"' in page
