#!/bin/bash
# make package-test: install the .deb in a pristine Debian 12 root and use it there as a carer would.
#
# debootstrap makes a minimal bookworm root from the Debian archive (DEBIAN_MIRROR, default deb.debian.org);
# apt-get installs the package with its dependencies; journey.sh runs the command-line journey and opens the
# desktop app's first window offscreen as an ordinary user, each step a new process; appstreamcli and
# desktop-file-validate check the files as installed; then the package is purged and nothing may be left
# outside the user's home. Needs root (debootstrap, chroot) and the network to the Debian archive.
# Usage: clean_room_test.sh DEB LOG. The summary (times, sizes) is printed and kept in LOG.
set -euo pipefail
deb=$(realpath "$1")
log=$(realpath -m "$2")
here=$(cd "$(dirname "$0")" && pwd)
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" = 0 ] || { echo "package-test: needs root (debootstrap and chroot); run it with sudo" >&2; exit 2; }
for tool in debootstrap desktop-file-validate appstreamcli; do
    command -v "$tool" > /dev/null || { echo "package-test: $tool is missing (make package-test installs it)" >&2; exit 2; }
done

root=$(mktemp -d /var/tmp/carerpassport-clean-root.XXXXXX)
chmod 0755 "$root"  # mktemp makes it 0700: the root of a system must be open to its users
cleanup() {
    for mount in dev/pts dev proc; do umount "$root/$mount" 2> /dev/null || true; done
    if ! grep -q " $root/" /proc/mounts; then rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT
: > "$log"
say() { printf '%s\n' "$*" | tee -a "$log"; }
seconds() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN {printf "%.0f s", b - a}'; }
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

say "package: $(basename "$deb"), $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes)"
start=$(date +%s.%N)
debootstrap --variant=minbase bookworm "$root" "$mirror" > "$log.debootstrap" 2>&1 \
    || { tail -20 "$log.debootstrap" >&2; echo "package-test: debootstrap failed (see $log.debootstrap)" >&2; exit 1; }
say "clean Debian 12 root (debootstrap --variant=minbase bookworm): $(seconds "$start")"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
in_root useradd --create-home --shell /bin/sh carer
in_root apt-get update -qq > /dev/null

# Everything outside the user's home and apt's and dpkg's own records
snapshot() {
    (cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./tmp -o -path ./home/carer -o -path ./var/cache \
        -o -path ./var/lib/apt -o -path ./var/lib/dpkg -o -path ./var/log -o -path ./run -o -path ./root \) -prune \
        -o -print | LC_ALL=C sort)
}
# The dependencies first, as the package declares them, so that what their own installation leaves (a
# machine-id, systemd's folders) is not counted against the package when it is removed
depends=$(dpkg-deb -f "$deb" Depends | sed 's/([^)]*)//g; s/,/ /g' | tr -s ' ')
start=$(date +%s.%N)
in_root apt-get install -y -qq --no-install-recommends $depends > "$log.install" 2>&1 \
    || { tail -20 "$log.install" >&2; echo "package-test: installing the declared dependencies failed" >&2; exit 1; }
say "apt-get install of the declared dependencies ($depends): $(seconds "$start")" \
    "($(grep -c '^Setting up' "$log.install") packages set up)"
snapshot > "$log.before"

cp "$deb" "$root/tmp/"
start=$(date +%s.%N)
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" > "$log.install" 2>&1 \
    || { tail -20 "$log.install" >&2; echo "package-test: apt-get install failed (see $log.install)" >&2; exit 1; }
grep -q '^Setting up carerpassport' "$log.install" || { cat "$log.install" >&2; exit 1; }
[ "$(grep -c '^Setting up' "$log.install")" = 1 ] \
    || { cat "$log.install" >&2; echo "package-test: the package needs more than it declares (above)" >&2; exit 1; }
say "apt-get install ./$(basename "$deb"): $(seconds "$start")"

installed=(usr/share/applications/org.carerpassport.CarerPassport.desktop
           usr/share/metainfo/org.carerpassport.CarerPassport.metainfo.xml
           usr/share/icons/hicolor/scalable/apps/org.carerpassport.CarerPassport.svg)
for file in "${installed[@]}"; do [ -f "$root/$file" ] || { echo "package-test: /$file not installed" >&2; exit 1; }; done
desktop-file-validate "$root/${installed[0]}"
appstreamcli validate --no-net --pedantic "$root/${installed[1]}" > "$log.appstream" 2>&1 \
    || { cat "$log.appstream" >&2; exit 1; }
say "desktop-file-validate and appstreamcli validate --no-net --pedantic: passed on the installed files"

install -m 0755 "$here/journey.sh" "$root/tmp/journey.sh"
in_root su carer -c "mkdir -p /home/carer/journey && sh /tmp/journey.sh /home/carer/journey" 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" = 0 ] || { echo "package-test: the journey failed inside the clean root" >&2; exit 1; }

start=$(date +%s.%N)
in_root apt-get purge -y -qq carerpassport > "$log.remove" 2>&1
say "apt-get purge carerpassport: $(seconds "$start")"
snapshot > "$log.after"
diff "$log.before" "$log.after" > "$log.left" || true
if grep -q '^>' "$log.left"; then
    cat "$log.left" >&2; echo "package-test: removing the package left files behind (above)" >&2; exit 1
fi
# dpkg removes a directory it created once no package holds it: /opt, in a root where nothing else uses it
if grep '^<' "$log.left" | grep -v '^< \./opt$'; then
    echo "package-test: removing the package removed files it did not install (above)" >&2; exit 1
fi
[ -d "$root/home/carer/journey/employee/vault" ] || { echo "package-test: the user's data went with the package" >&2; exit 1; }
say "removed: nothing left outside the user's home; the user's data is still there"
rm -f "$log.before" "$log.after" "$log.left"
say "package-test: passed"
