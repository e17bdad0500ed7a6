# The quiz steps of the attempt tests, and the real worker on Redis of the certificate tests,
# reused by the integrity sweep tests.
from tests.certificates.test_celery_worker import broker, worker  # noqa: F401
from tests.quizzes.test_attempt import ready  # noqa: F401
