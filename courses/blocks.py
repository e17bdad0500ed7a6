from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading inside the lesson.")
        preview_value = "Who is a subject of corruption offences"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Text")
        description = _("Formatted text: paragraphs, lists, links.")
        preview_value = (
            "<p>Every public servant completes the anti-corruption course each year.</p>"
        )


class LawArticleBlock(blocks.StructBlock):
    legal_article = SnippetChooserBlock(
        "legal.LegalArticle",
        required=False,
        label=_("Article from the register"),
        help_text=_(
            "Choose the article from the legal register: the lesson quotes the register in the "
            "page's language and is flagged for review when the article is amended. The fields "
            "below, when filled in, are shown instead of the register's."
        ),
    )
    law = blocks.CharBlock(
        label=_("Law"),
        required=False,
        help_text=_("Full title of the act, e.g. Law No. 410-V."),
    )
    article = blocks.CharBlock(
        label=_("Article"), required=False, help_text=_("e.g. Article 12, paragraph 1.")
    )
    text = blocks.TextBlock(
        label=_("Provision"),
        required=False,
        help_text=_(
            "What the article says. With an article chosen, leave empty to quote the register "
            "(the lesson then follows the law's amendments), or write the excerpt to show."
        ),
    )
    url = blocks.URLBlock(
        label=_("Official text"), required=False, help_text=_("Link to the official publication.")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/law_article_block.html"
        label = _("Law article")
        description = _("A provision of a law, cited with its article and official link.")
        preview_value = {
            "law": 'Law No. 410-V "On Combating Corruption"',
            "article": "Article 12",
            "text": "Persons authorised to perform state functions may not accept gifts "
            "in connection with their duties.",
            "url": "https://adilet.zan.kz/eng/docs/Z1500000410",
        }

    def clean(self, value):
        value = super().clean(value)
        if value.get("legal_article") is None:
            missing = {
                name: ValidationError(_("Choose an article from the register or fill this in."))
                for name in ("law", "article", "text")
                if not value.get(name)
            }
            if missing:
                raise StructBlockValidationError(block_errors=missing)
        return value

    def get_context(self, value, parent_context=None):
        """The citation as the reader sees it: each of the block's own fields as written, and
        what it leaves empty from the chosen register article in the page's language (the
        register's wording follows the law's amendments)."""
        context = super().get_context(value, parent_context=parent_context)
        citation = {name: value.get(name) for name in ("law", "article", "text", "url")}
        article = value.get("legal_article")
        if article is not None:
            language = get_language()
            from_register = {
                "law": article.act.title_in(language),
                "article": article.label_in(language),
                "text": article.text_in(language),
                "url": article.act.url_in(language),
            }
            citation = {name: citation[name] or from_register[name] for name in citation}
        context["citation"] = citation
        return context


class KeyFactsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False)
    facts = blocks.ListBlock(blocks.CharBlock(label=_("Fact")), label=_("Facts"))

    class Meta:
        icon = "list-ul"
        template = "blocks/key_facts_block.html"
        label = _("Key facts")
        description = _("A short list of facts to remember.")
        preview_value = {"title": "Key facts", "facts": ["Adopted 18 November 2015", "Article 6"]}


class CaseStudyBlock(blocks.StructBlock):
    scenario = blocks.TextBlock(label=_("Scenario"), help_text=_("The situation, told by roles."))
    questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Question")), label=_("Questions to reflect on")
    )
    takeaway = blocks.TextBlock(label=_("Takeaway"), help_text=_("The right course of action."))

    class Meta:
        icon = "help"
        template = "blocks/case_study_block.html"
        label = _("Case study")
        description = _("A scenario, questions to reflect on and the takeaway.")
        preview_value = {
            "scenario": "A supplier offers a head of unit a holiday voucher after a tender.",
            "questions": ["May the head of unit accept it?"],
            "takeaway": "Refuse it and report the offer in writing.",
        }


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("remember", _("Remember"))],
        default="remember",
        label=_("Kind"),
    )
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = _("Callout")
        description = _("A highlighted tip, warning or point to remember.")
        preview_value = {"kind": "remember", "text": "Report a bribe offer in writing."}


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    url = blocks.URLBlock(label=_("Link"), required=False)


class SourcesBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(SourceBlock(), **kwargs)

    class Meta:
        icon = "link"
        template = "blocks/sources_block.html"
        label = _("Sources")
        description = _("The sources this lesson is based on.")
        preview_value = [
            {"title": 'Law No. 410-V "On Combating Corruption"', "url": "https://adilet.zan.kz/"}
        ]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Alternative text"),
        help_text=_("What the image shows, for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("An image with its alternative text and an optional caption.")
        preview_value = {"alt": "Diagram of the reporting channels", "caption": "Where to report"}


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video link"), help_text=_("A link to the video page."))
    title = blocks.CharBlock(label=_("Title"), help_text=_("Shown and read out before the video."))

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        description = _("An embedded video with a title.")
        preview_value = {"title": "Anti-corruption standards in two minutes"}


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"), required=False, help_text=_("Defaults to the document's title.")
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document download")
        description = _("A link to download a document, with its format and size.")
        preview_value = {"title": "Memo on gifts (PDF)"}


class TableBlock(WagtailTableBlock):
    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        label = _("Table")
        description = _("A simple table; the first row can be a header.")
        preview_value = {
            "first_row_is_table_header": True,
            "data": [
                ["Measure", "Article"],
                ["Restrictions", "12"],
                ["Conflict of interest", "15"],
            ],
        }


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ul"])


class FAQBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(FAQItemBlock(), **kwargs)

    class Meta:
        icon = "help"
        template = "blocks/faq_block.html"
        label = _("Questions and answers")
        description = _("Questions that open to show their answers (works without JavaScript).")
        preview_value = [
            {"question": "May I accept flowers?", "answer": "<p>Not for an official act.</p>"}
        ]


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    law_article = LawArticleBlock()
    key_facts = KeyFactsBlock()
    case_study = CaseStudyBlock()
    callout = CalloutBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    table = TableBlock()
    faq = FAQBlock()
    sources = SourcesBlock()
