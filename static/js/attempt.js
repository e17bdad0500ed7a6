// Saves each answer as it is given and counts down to the server's deadline.
// Without JavaScript the page still works: every page of the form is saved when sent.
(function () {
    "use strict";
    var form = document.getElementById("attempt-form");
    if (!form) { return; }
    var seqInput = form.querySelector("input[name=seq]");
    var state = document.getElementById("save-state");
    var timer = document.getElementById("timer");
    var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
    var pending = Promise.resolve();

    function answersOf(fieldset) {
        var id = fieldset.getAttribute("data-question");
        var chosen = [];
        fieldset.querySelectorAll("input[name='q-" + id + "']:checked").forEach(function (input) {
            chosen.push(input.value);
        });
        var answers = {};
        answers[id] = chosen;
        return answers;
    }

    function save(fieldset) {
        var sequence = parseInt(seqInput.value, 10);
        seqInput.value = String(sequence + 1);
        state.textContent = form.getAttribute("data-saving-text");
        pending = pending.then(function () {
            return fetch(form.getAttribute("data-autosave-url"), {
                method: "POST",
                credentials: "same-origin",
                headers: {"Content-Type": "application/json", "X-CSRFToken": csrf},
                body: JSON.stringify({sequence: sequence, answers: answersOf(fieldset)})
            }).then(function (response) {
                return response.json().then(function (data) {
                    if (response.ok) {
                        state.textContent = form.getAttribute("data-saved-text");
                        var item = form.querySelector(".question-index__item:nth-child(" +
                            fieldset.querySelector(".question__number").textContent.replace(".", "") + ")");
                        if (item) { item.classList.toggle("is-answered", Object.values(answersOf(fieldset))[0].length > 0); }
                    } else {
                        state.textContent = data.error || form.getAttribute("data-error-text");
                        state.classList.add("is-error");
                    }
                });
            }).catch(function () {
                state.textContent = form.getAttribute("data-error-text");
                state.classList.add("is-error");
            });
        });
    }

    form.querySelectorAll("fieldset.question").forEach(function (fieldset) {
        fieldset.addEventListener("change", function () { save(fieldset); });
    });
    // Page buttons wait for the last autosave so the form post carries the newest sequence.
    form.addEventListener("submit", function (event) {
        if (form.dataset.flushed) { return; }
        event.preventDefault();
        var submitter = event.submitter;
        pending.then(function () {
            form.dataset.flushed = "1";
            if (submitter) { form.requestSubmit(submitter); } else { form.submit(); }
        });
    });

    if (timer) {
        var deadline = new Date(timer.getAttribute("data-deadline")).getTime();
        var tick = function () {
            var left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
            var m = Math.floor(left / 60), s = left % 60;
            timer.textContent = " (" + m + ":" + (s < 10 ? "0" : "") + s + ")";
            if (left > 0) { setTimeout(tick, 1000); }
        };
        tick();
    }
})();
