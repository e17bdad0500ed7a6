"""The site header: on a phone the menu folds behind a button; at 1280 px the main menu is one
line in every language, with a role's own links in the strip above it."""

import pytest

from tests.browser.helpers import _

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_menu_is_one_line_on_desktop_and_folds_on_a_phone(open_page, demo, language):
    page = open_page(language)
    page.goto(f"{demo.url}/{language}/")
    links = page.locator("#site-nav a")
    assert links.count() >= 5
    tops = {round(links.nth(i).bounding_box()["y"]) for i in range(links.count())}
    assert len(tops) == 1, f"the menu wraps onto {len(tops)} lines"
    assert page.locator(".site-menu-toggle").is_hidden()

    page.set_viewport_size({"width": 375, "height": 800})
    toggle = page.get_by_role("button", name=_("Menu", language))
    assert toggle.is_visible()
    assert page.locator("#site-nav").is_hidden()
    assert page.locator(".site-header").bounding_box()["height"] < 160
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.locator("#site-nav").is_visible()
    toggle.click()
    assert page.locator("#site-nav").is_hidden()
