#!/usr/bin/env bash
# Debian packages the project needs at run time and in tests. Installs them when run as root;
# otherwise prints the exact apt-get line and fails.
#   --browser   also Chromium, for the browser tests and screenshots
#   --services  also PostgreSQL and Redis servers, for a machine that has none
set -euo pipefail

packages=(
    python3-venv            # the virtualenv
    libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0   # WeasyPrint (subset0: fast font subsetting)
    fonts-dejavu-core       # a font with every Kazakh letter (ә ғ қ ң ө ұ ү һ і)
    gettext                 # compilemessages
    poppler-utils           # pdftoppm, to look at certificates
    zbar-tools              # zbarimg: tests read the QR code back
    wrk                     # HTTP load for `make bench` (pages part)
    nginx iproute2 openssl  # `make cluster-test`: the balancer, network namespaces, its TLS certificate
)
# The front-end packages (package.json) are installed with npm; Debian's when none is on the PATH.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
for arg in "$@"; do
    case "$arg" in
        --browser) packages+=(chromium) ;;
        --services) packages+=(postgresql redis-server) ;;
    esac
done

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    echo "Missing system packages. Install them with:" >&2
    echo "    sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi
