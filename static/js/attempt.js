// Saves each answer as it is given and counts down to the server's deadline.
// Without JavaScript the page still works: every page of the form is saved when sent.
(function () {
    "use strict";
    var form = document.getElementById("attempt-form");
    if (!form) { return; }
    var seqInput = form.querySelector("input[name=seq]");
    var state = document.getElementById("save-state");
    var timer = document.getElementById("timer");
    var answered = document.getElementById("answered-count");
    var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
    var pending = Promise.resolve();
    var inFlight = 0;

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
        inFlight += 1;
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
                        if (answered) {
                            var count = form.querySelectorAll(".question-index__item.is-answered").length;
                            answered.textContent = answered.getAttribute("data-text").replace("__N__", String(count));
                        }
                    } else {
                        state.textContent = data.error || form.getAttribute("data-error-text");
                        state.classList.add("is-error");
                    }
                });
            }).catch(function () {
                state.textContent = form.getAttribute("data-error-text");
                state.classList.add("is-error");
            }).then(function () { inFlight -= 1; });
        });
    }

    form.querySelectorAll("fieldset.question").forEach(function (fieldset) {
        fieldset.addEventListener("change", function () { save(fieldset); });
    });
    // A page button pressed while an answer is still being saved waits for that save,
    // so the page post carries the newest sequence number.
    form.addEventListener("submit", function (event) {
        if (inFlight === 0) { return; }
        event.preventDefault();
        var submitter = event.submitter;
        pending.then(function () {
            if (submitter && submitter.name) {
                var hidden = document.createElement("input");
                hidden.type = "hidden";
                hidden.name = submitter.name;
                hidden.value = submitter.value;
                form.appendChild(hidden);
            }
            form.submit();
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
