"""The demo's legal register, read from the content pack (`content/legal/register.yaml`): the
acts the course cites, the articles no lesson quotes, the questions that test each article,
and one real amendment recorded through the same service as `manage.py record_amendment`."""

from __future__ import annotations

from datetime import date

from demo import pack
from legal.citations import LANGUAGE_SUFFIX, link_block_value
from legal.models import Amendment, LegalAct, LegalArticle
from legal.services import amendment_record
from quizzes.models import Question

REGISTER_FILE = pack.CONTENT / "legal" / "register.yaml"


def _register() -> dict:
    return pack.read_data(REGISTER_FILE)


def _translated(obj, field: str, texts: dict | None) -> None:
    for code, value in (texts or {}).items():
        setattr(obj, field + LANGUAGE_SUFFIX[code], " ".join(str(value).split()))


def build_register() -> None:
    """The acts and the articles the pack describes. Wording the register holds is kept: an
    editor's correction in the CMS survives the next `load_demo`."""
    for data in _register()["acts"]:
        act = LegalAct.objects.filter(number=data["number"]).first() or LegalAct(
            number=data["number"]
        )
        act.kind = data["kind"]
        if not act.pk:
            _translated(act, "title", data["title"])
            _translated(act, "url", data.get("url"))
        act.in_force_from = data.get("in_force_from")
        act.save()
        for item in data.get("articles", []):
            article = LegalArticle.objects.filter(act=act, number=item["number"]).first()
            if article is None and item.get("text"):
                article = LegalArticle(act=act, number=item["number"])
                _translated(article, "text", item["text"])
                _translated(article, "heading", item.get("heading"))
                article.save()


def link_blocks(blocks: list[tuple[str, object]], language: str) -> list[tuple[str, object]]:
    """A lesson's blocks with each law-article block citing its register article (created
    from the block's wording when the register lacks it)."""
    linked = []
    for kind, value in blocks:
        if kind == "law_article":
            value = link_block_value(LegalAct, LegalArticle, dict(value), language)
            value["legal_article"] = LegalArticle.objects.get(pk=value["legal_article"])
        linked.append((kind, value))
    return linked


def link_questions() -> None:
    """Each question (every language) to the articles it tests, as the pack lists them."""
    for data in _register()["acts"]:
        for item in data.get("articles", []):
            keys = item.get("questions") or []
            article = LegalArticle.objects.filter(act__number=data["number"], number=item["number"])
            article = article.first()
            if article is None or not keys:
                continue
            through = Question.legal_articles.through
            for question_id in Question.objects.filter(key__in=keys).values_list("pk", flat=True):
                through.objects.get_or_create(question_id=question_id, legalarticle_id=article.pk)


def record_amendment() -> Amendment:
    data = _register()["amendment"]
    summary = {code: " ".join(text.split()) for code, text in data["summary"].items()}
    effective_on = data["effective_on"]
    if not isinstance(effective_on, date):
        effective_on = date.fromisoformat(str(effective_on))
    amendment, _ = amendment_record(
        act_number=data["act"],
        article_numbers=[str(n) for n in data["articles"]],
        effective_on=effective_on,
        summary=summary["en"],
        summary_ru=summary["ru"],
        summary_kk=summary["kk"],
        source_url=data.get("source_url", ""),
    )
    before = data.get("before")
    if before:
        # The register already holds today's wording: the "before" side is the pack's summary
        # of the rule the amendment replaced.
        texts = {code: " ".join(text.split()) for code, text in before.items()}
        amendment.previous_texts = {
            str(pk): texts for pk in amendment.articles.values_list("pk", flat=True)
        }
        amendment.save(update_fields=["previous_texts"])
    return amendment
