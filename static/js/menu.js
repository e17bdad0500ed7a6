// On narrow screens the main menu folds behind a "Menu" button. Without JavaScript the menu
// stays open; the button is only shown once this script runs.
(function () {
    var header = document.querySelector(".site-header");
    var toggle = header && header.querySelector(".site-menu-toggle");
    if (!toggle) {
        return;
    }
    header.classList.add("has-menu-toggle");
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", String(open));
        header.classList.toggle("is-menu-open", open);
    });
})();
