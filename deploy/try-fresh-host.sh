#!/usr/bin/env bash
# Follow docs/operations.md, "Install on a fresh Debian 12 host", on a fresh Debian 12 machine:
# a root made with debootstrap, booted with systemd-nspawn (so the units in deploy/systemd run
# under systemd), holding everything (nginx, adal-web, adal-worker, adal-beat, PostgreSQL, Redis,
# /srv/adal a local folder). Then check the site from inside: /healthz, the home page in kk/ru/en,
# a static file and a CMS image from nginx's disk, a servant's sign-in, a certificate PDF rendered
# by the worker and downloaded through nginx, beat holding its lock. Run as root on a Debian 12
# host; takes about 5 minutes (docs/operations.md, "Tried on a fresh Debian 12 container").
#
#   sudo bash deploy/try-fresh-host.sh            # the release: this repository's HEAD (committed)
#   ADAL_REF=v1.4 sudo bash deploy/try-fresh-host.sh
#   KEEP=1 sudo bash deploy/try-fresh-host.sh     # leave the container running to look around
#
# The machine's network is its own (a veth pair, 10.213.0.0/30, masqueraded to the host's uplink
# while it runs), so its ports 80, 443, 5432 and 6379 never meet the host's. The Debian mirror
# is the one the host's apt uses. Everything lives under /var/cache/adal-freshhost: base/ (the
# debootstrap result, kept and reused; FRESH_BASE=1 makes it again) and root/ (a copy of base/,
# made anew on every run, left after the run for inspection). On exit, also on failure, the
# container is powered off, and the NAT rule and the host's forwarding setting are put back.
set -euo pipefail

STATE=${ADAL_FRESHHOST_DIR:-/var/cache/adal-freshhost}
REPO=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
REF=${ADAL_REF:-HEAD}
MACHINE=adalfresh
HOST_IF=ve-$MACHINE
NET=10.213.0
SITE=adal.example.kz   # the example's host name, unchanged; curl resolves it to 127.0.0.1
DEMO_PASSWORD=Adal-demo-2026
START=$(date +%s)

say() { printf '\n== [%4ss] %s\n' "$(($(date +%s) - START))" "$*"; }
die() { echo "try-fresh-host: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root"
grep -q '^VERSION_CODENAME=bookworm' /etc/os-release || echo "warning: the host is not Debian 12" >&2

# The Debian mirror (and its security mirror) that this host's apt uses, deb822 or one-line.
apt_uri() {  # $1: suite
    local suite=$1 f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -e "$f" ] || continue
        awk -v s="$suite" '
            /^[[:space:]]*$/ { if (u && ok) print u; u = ""; ok = 0; next }
            /^URIs:/ { u = $2 }
            /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == s) ok = 1 }
            END { if (u && ok) print u }' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -e "$f" ] || continue
        awk -v s="$suite" '$1 == "deb" { sub(/\[[^]]*\] */, ""); if ($3 == s) print $2 }' "$f"
    done
}
MIRROR=$(apt_uri bookworm | sed -n 1p)
SECURITY=$(apt_uri bookworm-security | sed -n 1p)
[ -n "$MIRROR" ] || die "no Debian 12 (bookworm) mirror in this host's apt sources"
NAMESERVER=$(awk '$1 == "nameserver" && $2 !~ /^127\./ { print $2; exit }' /etc/resolv.conf)
[ -n "$NAMESERVER" ] || die "no non-loopback nameserver in /etc/resolv.conf for the container"

NSPAWN_PID=
OLD_FORWARD=$(cat /proc/sys/net/ipv4/ip_forward)
cleanup() {
    local rc=$?
    if [ -n "$NSPAWN_PID" ] && kill -0 "$NSPAWN_PID" 2>/dev/null; then
        if [ "${KEEP:-0}" = 1 ] && [ "$rc" -eq 0 ]; then
            echo "KEEP=1: the container runs (systemd-nspawn pid $NSPAWN_PID); enter it with"
            echo "  nsenter -t \$(pgrep -P $NSPAWN_PID) -a /bin/bash"
            echo "and stop it with: kill $NSPAWN_PID; nft delete table ip adal_freshhost;" \
                "echo $OLD_FORWARD > /proc/sys/net/ipv4/ip_forward"
            return
        fi
        say "powering the container off"
        kill -TERM "$NSPAWN_PID"   # nspawn passes it on as a poweroff to the container's systemd
        for _ in $(seq 90); do kill -0 "$NSPAWN_PID" 2>/dev/null || break; sleep 1; done
        kill -KILL "$NSPAWN_PID" 2>/dev/null || true
    fi
    nft delete table ip adal_freshhost 2>/dev/null || true
    echo "$OLD_FORWARD" > /proc/sys/net/ipv4/ip_forward
    say "done (exit $rc)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Run a script (stdin) inside the booted container, as root, with a clean environment.
inside() {
    local script
    script=$(cat)
    nsenter -t "$CONTAINER_PID" -a env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        bash -euo pipefail -c "$script" </dev/null
}

say "host tools: debootstrap, systemd-container, nftables"
need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v systemd-nspawn >/dev/null || need+=(systemd-container)
command -v nft >/dev/null || need+=(nftables)
if [ ${#need[@]} -gt 0 ]; then apt-get install -y -q "${need[@]}" >/dev/null; fi

if pgrep -f "systemd-nspawn .*-M $MACHINE " >/dev/null; then
    die "a container $MACHINE still runs (KEEP=1 earlier?): kill its systemd-nspawn first"
fi
mkdir -p "$STATE"
if [ "${FRESH_BASE:-0}" = 1 ]; then rm -rf "$STATE/base"; fi
if [ ! -e "$STATE/base/etc/debian_version" ]; then
    say "debootstrap bookworm from $MIRROR"
    rm -rf "$STATE/base.tmp"
    debootstrap --include=systemd,systemd-sysv,dbus,iproute2,curl,ca-certificates \
        bookworm "$STATE/base.tmp" "$MIRROR" >"$STATE/debootstrap.log" 2>&1 ||
        { tail -20 "$STATE/debootstrap.log"; die "debootstrap failed"; }
    mv "$STATE/base.tmp" "$STATE/base"
fi

say "a fresh root: $STATE/root"
rm -rf "$STATE/root"
cp -a "$STATE/base" "$STATE/root"
R=$STATE/root
echo adal-fresh >"$R/etc/hostname"
rm -f "$R/etc/apt/sources.list"
{
    printf 'Types: deb\nURIs: %s\nSuites: bookworm bookworm-updates\nComponents: main\n' "$MIRROR"
    printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
    if [ -n "$SECURITY" ]; then
        printf '\nTypes: deb\nURIs: %s\nSuites: bookworm-security\nComponents: main\n' "$SECURITY"
        printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
    fi
} >"$R/etc/apt/sources.list.d/debian.sources"
# The network a provider would give the machine: an address, a gateway, a resolver. (10-: before
# systemd's own 80-container-host0.network, which would ask for DHCP.)
mkdir -p "$R/etc/systemd/network"
printf '[Match]\nName=host0\n\n[Network]\nAddress=%s.2/30\nGateway=%s.1\nDNS=%s\n' \
    "$NET" "$NET" "$NAMESERVER" >"$R/etc/systemd/network/10-host0.network"
ln -sf /lib/systemd/system/systemd-networkd.service \
    "$R/etc/systemd/system/multi-user.target.wants/systemd-networkd.service"
rm -f "$R/etc/resolv.conf"
echo "nameserver $NAMESERVER" >"$R/etc/resolv.conf"
# Certificate authorities this host trusts beyond Debian's (an intercepting proxy's, if any).
cp /usr/local/share/ca-certificates/*.crt "$R/usr/local/share/ca-certificates/" 2>/dev/null || true
chroot "$R" update-ca-certificates >/dev/null 2>&1

say "the release: $REF of $REPO as tag 'trial' in the container's /root/adal.git"
git init -q --bare "$R/root/adal.git"
git -C "$REPO" push -q "$R/root/adal.git" "$(git -C "$REPO" rev-parse "$REF")":refs/tags/trial
echo "release $(git -C "$REPO" rev-parse --short "$REF"): $(git -C "$REPO" log -1 --format=%s "$REF")"

say "boot: systemd-nspawn -b (private network: a veth pair)"
systemd-nspawn -b -D "$R" -M "$MACHINE" --network-veth --register=no --keep-unit \
    --console=read-only >"$STATE/boot.log" 2>&1 &
NSPAWN_PID=$!
for _ in $(seq 60); do
    CONTAINER_PID=$(pgrep -P "$NSPAWN_PID" | head -1 || true)
    [ -n "$CONTAINER_PID" ] && ip link show "$HOST_IF" >/dev/null 2>&1 && break
    kill -0 "$NSPAWN_PID" 2>/dev/null || { cat "$STATE/boot.log"; die "the container did not boot"; }
    sleep 1
done
ip addr add "$NET.1/30" dev "$HOST_IF"
ip link set "$HOST_IF" up
echo 1 >/proc/sys/net/ipv4/ip_forward
nft delete table ip adal_freshhost 2>/dev/null || true
nft -f - <<EOF
table ip adal_freshhost {
    chain postrouting {
        type nat hook postrouting priority srcnat; policy accept;
        ip saddr $NET.0/30 oifname != "$HOST_IF" masquerade
    }
}
EOF
inside <<'EOF'
state=$(timeout 120 systemctl is-system-running --wait || true)
echo "systemd in the container: $state"
for _ in $(seq 30); do ip -4 addr show host0 | grep -q inet && break; sleep 1; done
getent hosts "$(awk '/^URIs:/ { sub(/^[a-z]+:\/\//, "", $2); sub(/\/.*/, "", $2); print $2; exit }' \
    /etc/apt/sources.list.d/debian.sources)" >/dev/null || { echo "no DNS in the container"; exit 1; }
EOF

# ---- docs/operations.md, "Install on a fresh Debian 12 host", one machine holding everything.

say "doc step 1: packages (web and worker, proxy, database and broker: one machine)"
inside <<'EOF'
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends python3-venv libpango-1.0-0 libpangoft2-1.0-0 \
    libharfbuzz-subset0 fonts-dejavu-core gettext nodejs npm git ca-certificates nfs-common rsync \
    >/var/log/adal-step1.log
apt-get install -y -q nginx postgresql redis-server >>/var/log/adal-step1.log
# Not the doc's: a mail relay for the trial to hand notices to (the organisation's in real life).
apt-get install -y -q exim4-daemon-light >>/var/log/adal-step1.log
python3 -V
EOF

say "doc step 2: the service user, its folders, the shared folder (a local folder here)"
inside <<'EOF'
useradd --system --home-dir /var/lib/adal --shell /usr/sbin/nologin adal
install -d -o adal -g adal -m 0750 /var/lib/adal /var/lib/adal/static
install -d -o root -g adal -m 0750 /etc/adal
install -d -m 0755 /srv/adal
install -d -o adal -g adal -m 0750 /srv/adal/media /srv/adal/certificates /srv/adal/imports
EOF

say "doc step 3: the release, its virtualenv from the lock, front-end packages, translations"
inside <<'EOF'
install -d /opt/adal-releases
git clone -q --branch trial /root/adal.git /opt/adal-releases/trial 2>/dev/null
ln -sfn /opt/adal-releases/trial /opt/adal
cd /opt/adal
python3 -m venv .venv
.venv/bin/pip install -q --require-hashes -r requirements.lock
npm ci --no-audit --no-fund --ignore-scripts
.venv/bin/python manage.py compilemessages -v0 --ignore=.venv
EOF

say "doc step 4: the database and its role, the settings, the signing key"
inside <<'EOF'
cd /opt/adal
password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE adal LOGIN PASSWORD '$password'" -c "CREATE DATABASE adal OWNER adal"
install -o root -g adal -m 0640 deploy/adal.env.example /etc/adal/adal.env
# What the doc's `editor /etc/adal/adal.env` does here: the secret key, this machine's
# PostgreSQL, Redis and mail relay. The host name stays adal.example.kz.
secret=$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')
sed -i -e "s|^DJANGO_SECRET_KEY=.*|DJANGO_SECRET_KEY=$secret|" \
    -e "s|^DATABASE_URL=.*|DATABASE_URL=postgres://adal:$password@127.0.0.1:5432/adal|" \
    -e "s|^CACHE_URL=.*|CACHE_URL=redis://127.0.0.1:6379/1|" \
    -e "s|^CELERY_BROKER_URL=.*|CELERY_BROKER_URL=redis://127.0.0.1:6379/0|" \
    -e "s|^EMAIL_URL=.*|EMAIL_URL=smtp://127.0.0.1:25|" /etc/adal/adal.env
if grep -n '^[^#].*CHANGE_ME' /etc/adal/adal.env; then echo 'a CHANGE_ME is left'; exit 1; fi
# A trial's own signing key (the doc's command for a trial; an organisation uses its own).
openssl req -x509 -newkey rsa:3072 -nodes -days 365 -subj "/CN=Adal trial signing/O=Adal/C=KZ" \
    -addext "basicConstraints=critical,CA:FALSE" \
    -addext "keyUsage=critical,digitalSignature,nonRepudiation" \
    -keyout signing-key.pem -out signing-cert.pem 2>/dev/null
install -o root -g adal -m 0640 signing-key.pem signing-cert.pem /etc/adal/
rm signing-key.pem
install -m 0755 deploy/adal-manage /usr/local/bin/adal-manage
EOF

say "doc step 5: check --deploy, migrate, collectstatic, createsuperuser"
inside <<'EOF'
adal-manage check --deploy
adal-manage migrate --noinput | tail -1
adal-manage collectstatic --noinput | tail -1
DJANGO_SUPERUSER_PASSWORD=$(python3 -c 'import secrets; print(secrets.token_urlsafe(16))') \
    adal-manage createsuperuser --noinput --email admin@adal.example.kz
EOF

say "doc step 6: the services"
inside <<'EOF'
cd /opt/adal
install -m 0644 deploy/systemd/adal-*.service /etc/systemd/system/
systemctl daemon-reload
systemctl enable --now adal-web adal-worker adal-beat 2>/dev/null
sleep 3
systemctl is-active adal-web adal-worker adal-beat
EOF

say "doc step 7: nginx with the site, a TLS certificate, the static files"
inside <<EOF
cd /opt/adal
install -m 0644 deploy/nginx/adal.conf /etc/nginx/sites-available/adal.conf
ln -s ../sites-available/adal.conf /etc/nginx/sites-enabled/adal.conf
rm /etc/nginx/sites-enabled/default
# What the doc's editor does here: one web host, on this machine (server_name stays).
sed -i -e '/server 10.0.1.12:8000/d' -e 's/server 10.0.1.11:8000/server 127.0.0.1:8000/' \
    /etc/nginx/sites-available/adal.conf
install -d -m 0755 /etc/ssl/adal
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$SITE" \
    -addext "subjectAltName=DNS:$SITE" \
    -keyout /etc/ssl/adal/privkey.pem -out /etc/ssl/adal/fullchain.pem 2>/dev/null
usermod -a -G adal www-data
nginx -t 2>&1 | tail -1 && systemctl reload nginx
EOF

say "trial content: the demo (docs/operations.md, 'A trial with the demo content')"
inside <<'EOF'
adal-manage load_demo --settings lms.settings.dev 2>/dev/null | sed -n '/^Demo data loaded/,$p'
EOF

# ---- Is it a working site?
say "checks"
{
printf 'SITE=%q DEMO_PASSWORD=%q\n' "$SITE" "$DEMO_PASSWORD"
cat <<'EOF'
B=https://$SITE
c() { curl --resolve "$SITE:443:127.0.0.1" -k -sS "$@"; }
fail=0
expect() {  # what, wanted, got
    if [ "$2" = "$3" ]; then echo "ok    $1: $3"; else echo "FAIL  $1: wanted $2, got $3"; fail=1; fi
}
expect "https /healthz" 200 "$(c -o /dev/null -w '%{http_code}' $B/healthz)"
expect "http -> https" 301 "$(curl -sS -o /dev/null -w '%{http_code}' -H "Host: $SITE" http://127.0.0.1/kk/)"
expect "gunicorn /healthz (monitoring line)" ok \
    "$(curl -fsS -H "Host: $SITE" -H 'X-Forwarded-Proto: https' http://127.0.0.1:8000/healthz)"
for lang in kk ru en; do
    page=$(c -w '\n%{http_code}' $B/$lang/)
    expect "home page /$lang/" "200 lang=$lang" \
        "$(echo "$page" | tail -1) $(echo "$page" | grep -o "<html lang=\"[a-z]*\"" | head -1 | sed 's/<html lang="\(.*\)"/lang=\1/')"
done
css=$(c $B/en/ | grep -o '/static/[^"]*\.css' | head -1)
expect "static $css" 200 "$(c -o /dev/null -w '%{http_code}' $B$css)"
expect "static file served by nginx from disk (no upstream)" "- -" \
    "$(tail -1 /var/log/nginx/adal.access.log | awk '{print $(NF-2), $(NF-1)}')"
image=$(find /srv/adal/media/images -type f | head -1); image=${image#/srv/adal}
expect "CMS image $image" 200 "$(c -o /dev/null -w '%{http_code}' "$B$image")"
rm -f /root/jar
token=$(c -c /root/jar $B/accounts/login/ | grep -o 'name="csrfmiddlewaretoken" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
expect "sign in as certified@example.com" "302 $B/learn/" \
    "$(c -b /root/jar -c /root/jar -o /dev/null -w '%{http_code} %{redirect_url}' -H "Referer: $B/accounts/login/" \
        --data-urlencode "csrfmiddlewaretoken=$token" --data-urlencode login=certified@example.com \
        --data-urlencode "password=$DEMO_PASSWORD" $B/accounts/login/)"
expect "/learn/ signed in" 200 "$(c -b /root/jar -o /dev/null -w '%{http_code}' $B/learn/)"
q="SELECT c.serial, c.sha256 FROM certificates_certificate c JOIN lms_assignment a ON a.id = c.assignment_id
   JOIN lms_user u ON u.id = a.servant_id WHERE u.email = 'certified@example.com' AND c.revoked_at IS NULL"
for _ in $(seq 60); do
    row=$(runuser -u postgres -- psql -d adal -AtF' ' -c "$q" 2>/dev/null || true)
    [ -n "${row#* }" ] && [ "${row#* }" != "$row" ] && break; sleep 1
done
serial=${row%% *}; sha=${row#* }
rendered=$(journalctl -u adal-worker --no-pager | grep -c 'render_certificate_pdf.*succeeded' || true)
expect "the worker rendered certificate PDFs (its log)" yes "$([ "$rendered" -gt 0 ] && echo yes || echo no)"
expect "its PDF through nginx" "200 application/pdf" \
    "$(c -b /root/jar -o /root/certificate.pdf -w '%{http_code} %{content_type}' $B/certificates/$serial.pdf)"
expect "the PDF is the one recorded (sha256)" "$sha" "$(sha256sum /root/certificate.pdf | cut -d' ' -f1)"
held=$(journalctl -u adal-beat --no-pager | grep -c 'Beat holds the lock' || true)
expect "beat holds the lock (its log)" yes "$([ "$held" -gt 0 ] && echo yes || echo no)"
expect "units active" "active active active" \
    "$(systemctl is-active adal-web adal-worker adal-beat | xargs)"
# run-rpc_pipefs.mount (nfs-common's) cannot mount inside a container; on a host it does.
expect "failed units" none "$(systemctl list-units --failed --no-legend --plain | awk '{print $1}' |
    grep -vx run-rpc_pipefs.mount | xargs | sed 's/^$/none/')"
exit $fail
EOF
} | inside
say "all checks passed; took $(($(date +%s) - START)) s"
