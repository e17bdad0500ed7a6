from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.models import HomePage
from courses.models import CourseIndexPage, CoursePage, LessonPage
from quizzes.models import Quiz
from tests.factories import make_home


class CoursePageCreationTests(WagtailPageTestCase):
    """Editors create the course pages where they belong, with realistic lesson content."""

    def setUp(self):
        for code in ("en", "ru", "kk"):
            Locale.objects.get_or_create(language_code=code)
        self.home = make_home()
        self.login()

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedSubpageTypes(CoursePage, {LessonPage})
        self.assertAllowedSubpageTypes(LessonPage, {})
        self.assertCanNotCreateAt(HomePage, LessonPage)

    def test_editor_creates_index_course_and_lesson(self):
        quiz = Quiz.objects.create(title="Final test")
        cover = Image.objects.create(title="Cover", file=get_test_image_file())
        self.assertCanCreate(
            self.home,
            CourseIndexPage,
            nested_form_data({"title": "Courses", "intro": rich_text("")}),
        )
        index = CourseIndexPage.objects.get()
        self.assertCanCreate(
            index,
            CoursePage,
            nested_form_data(
                {
                    "title": "Anti-corruption standards",
                    "intro": rich_text("<p>The annual course for every public servant.</p>"),
                    "learning_outcomes": "Recognise a conflict of interest\nRefuse a gift",
                    "cover_image": cover.pk,
                    "estimated_minutes": 90,
                    "final_quiz": quiz.pk,
                }
            ),
        )
        course = CoursePage.objects.get()
        self.assertCanCreate(
            course,
            LessonPage,
            nested_form_data(
                {
                    "title": "Conflict of interest",
                    "summary": "What a conflict of interest is and what to do about it.",
                    "min_reading_seconds": 120,
                    "body": streamfield(
                        [
                            ("heading", "What the law says"),
                            ("paragraph", rich_text("<p>Disclose it in writing.</p>")),
                            (
                                "law_article",
                                {
                                    "law": 'Law No. 410-V "On Combating Corruption"',
                                    "article": "Article 6",
                                    "text": "Settling conflicts of interest is a measure.",
                                    "url": "https://adilet.zan.kz/eng/docs/Z1500000410",
                                },
                            ),
                            (
                                "case_study",
                                {
                                    "scenario": "A relative's company bids in a tender.",
                                    "questions": streamfield([("item", "What should you do?")]),
                                    "takeaway": "Disclose and step aside.",
                                },
                            ),
                        ]
                    ),
                }
            ),
        )
        lesson = LessonPage.objects.get()
        assert [b.block_type for b in lesson.body] == [
            "heading", "paragraph", "law_article", "case_study",
        ]  # fmt: skip
        assert course.lessons().count() == 1
        response = self.client.get(course.url)
        assert response.status_code == 200
        assert 'class="course-cover"' in response.content.decode()
