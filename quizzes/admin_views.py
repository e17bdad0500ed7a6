import csv
import io

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from quizzes.models import Quiz
from quizzes.statistics import question_statistics, quiz_summary


def _require_editor(request):
    if not request.user.has_perm("quizzes.change_question"):
        raise PermissionDenied


def statistics_index(request):
    _require_editor(request)
    quizzes = [(quiz, quiz_summary(quiz=quiz)) for quiz in Quiz.objects.order_by("title")]
    return TemplateResponse(request, "quizzes/admin/statistics_index.html", {"quizzes": quizzes})


def _safe_cell(value):
    """Spreadsheets run cells starting with these characters as formulas: neutralise them."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _export_rows(rows):
    yield [
        _("Key"),
        _("Language"),
        _("Topic"),
        _("Question"),
        _("Attempts"),
        _("Facility (%)"),
        _("Discrimination"),
        _("Flagged"),
        _("Answer distribution"),
    ]
    for row in rows:
        distribution = "; ".join(f"{c.choice.text}: {c.chosen}" for c in row.choices)
        yield [
            row.question.key,
            row.question.locale.language_code,
            row.question.topic.title,
            row.question.text,
            row.attempts,
            row.facility,
            row.discrimination,
            _("yes") if row.flagged else "",
            distribution,
        ]


def statistics_detail(request, quiz_id: int):
    _require_editor(request)
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    rows = question_statistics(quiz=quiz)
    export = request.GET.get("export")
    if export == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="test-{quiz.pk}-statistics.csv"'
        response.write("\ufeff")
        writer = csv.writer(response)
        for line in _export_rows(rows):
            writer.writerow([_safe_cell(v) for v in line])
        return response
    if export == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(_("Statistics"))
        for line in _export_rows(rows):
            sheet.append([_safe_cell(v) for v in line])
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(
            buffer.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="test-{quiz.pk}-statistics.xlsx"'
        return response
    return TemplateResponse(
        request,
        "quizzes/admin/statistics_detail.html",
        {"quiz": quiz, "summary": quiz_summary(quiz=quiz), "rows": rows},
    )
