#!/usr/bin/env bash
# Runs the date-sensitive tests once per day in TEST_DATES with the clock at that day
# (tests/clock.py reads ADAL_TEST_NOW). Days run TEST_DATES_JOBS at a time, each on its own
# database (the name of DATABASE_URL with the day appended), each with its own log that is
# printed whole when the day ends. Fails when any day fails.
#   usage: test-dates.sh PYTEST -- ARGS...
set -uo pipefail
pytest="$1"; shift
[ "${1:-}" = "--" ] && shift
jobs="${TEST_DATES_JOBS:-2}"
base="${DATABASE_URL:?DATABASE_URL is required}"
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

run_day() {
    local day="$1"; shift
    local tag="${day//-/}"
    ADAL_TEST_NOW="$day" DATABASE_URL="${base%/*}/${base##*/}_d$tag" \
        "$pytest" "$@" >"$logs/$day.log" 2>&1
    echo $? >"$logs/$day.rc"
}

failed=()
set -- ${TEST_DATES:?TEST_DATES is required} -- "$@"
days=()
while [ "$1" != "--" ]; do days+=("$1"); shift; done
shift
for ((i = 0; i < ${#days[@]}; i += jobs)); do
    batch=("${days[@]:i:jobs}")
    for day in "${batch[@]}"; do run_day "$day" "$@" & done
    wait
    for day in "${batch[@]}"; do
        echo "== tests with the clock at $day"
        cat "$logs/$day.log"
        [ "$(cat "$logs/$day.rc")" = "0" ] || failed+=("$day")
    done
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "tests failed with the clock at: ${failed[*]}" >&2
    exit 1
fi
