// The lesson's minimum reading time, counted down beside the confirm button. The clock that
// changes every second is hidden from screen readers; the live text is replaced only once a
// minute and when the time is over, so that nothing is announced every second.
(function () {
    var timer = document.getElementById("reading-timer");
    if (!timer) {
        return;
    }
    var clock = timer.querySelector("[data-clock]");
    var live = timer.querySelector("[data-live]");
    var endsAt = Date.now() + parseInt(timer.dataset.readyIn, 10) * 1000;

    function pad(n) {
        return n < 10 ? "0" + n : String(n);
    }

    function tick() {
        var left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
        if (left === 0) {
            clock.textContent = "";
            live.textContent = timer.dataset.readyText;
            timer.classList.add("is-ready");
            return;
        }
        clock.textContent = Math.floor(left / 60) + ":" + pad(left % 60);
        window.setTimeout(tick, 1000);
    }

    tick();
})();
