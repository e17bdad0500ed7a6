// Reloads the page every few seconds while the #auto-refresh box is ticked (it is shown only
// when this script runs); unticking it stops the updates for this tab.
(function () {
    var box = document.getElementById("auto-refresh");
    if (!box) return;
    box.closest("label").hidden = false;
    box.checked = sessionStorage.getItem("adal-auto-refresh") !== "off";
    var timer = null;
    function schedule() {
        clearTimeout(timer);
        if (box.checked) timer = setTimeout(function () { location.reload(); }, 3000);
    }
    box.addEventListener("change", function () {
        sessionStorage.setItem("adal-auto-refresh", box.checked ? "on" : "off");
        schedule();
    });
    schedule();
})();
