// A select marked data-autosubmit sends its form as soon as another option is chosen
// (without JavaScript, the form's own button does the same).
document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () {
        select.form.submit();
    });
});
