# Django has no Kazakh number formats: without these, a grouped number ("25 000 rows") would
# show ungrouped in Kazakh only. Grouped as in Russian (a no-break space every three digits);
# the rest falls back to the project's settings.
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
