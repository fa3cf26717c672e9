#!/bin/sh
# The command-line journey and the first window, run by `make package-test` inside the clean Debian root
# as an ordinary user, against the installed package only: a minimal Debian has no Python, so this is sh.
# Each person is their own HOME and data folder and every step is a new process; only files pass between
# them. Usage: journey.sh WORKDIR (empty, writable). Prints "journey: ok" and the first-window time.
set -eu
work=$1
cd "$work"
fail() { echo "journey: FAILED: $*" >&2; exit 1; }

# as_person NAME CMD...: run CMD as NAME, on their own computer (HOME, XDG folders, passphrase)
as_person() {
    who=$1; shift
    mkdir -p "$work/$who"
    env HOME="$work/$who" XDG_DATA_HOME="$work/$who/data" XDG_CONFIG_HOME="$work/$who/config" \
        XDG_CACHE_HOME="$work/$who/cache" XDG_RUNTIME_DIR="$work/$who/run" \
        CARERPASSPORT_PASSPHRASE="$who passphrase for the clean room" "$@"
}
as() { who=$1; shift; as_person "$who" carerpassport --data-dir="$work/$who/vault" "$@"; }
say() { printf '%s\n' "$*"; }

version=$(carerpassport --version)
expected=${EXPECTED_VERSION:-$(dpkg-query -W -f='${Version}' carerpassport)}
[ "$version" = "carerpassport $expected" ] || fail "--version said '$version'"
say "version: $version"

as employee init --name "Siân Jones" --manager "Rhys Evans" > init.txt || fail "employee init"
code=$(awk '/^Your recovery code/ {found=1; next} found && NF {print $1; exit}' init.txt)
[ -n "$code" ] || fail "no recovery code in init's output"
as employee set caring.effect_on_work "I care for my father; I may need to leave at short notice." --share \
    > /dev/null || fail "set"
as employee action add --what "Start at 10:00 on Tuesdays" --kind flexible_working --status proposed \
    > /dev/null || fail "action add"
as employee export pdf "$work/passport.pdf" > export.txt || fail "export pdf"
head -c 5 "$work/passport.pdf" | grep -q '%PDF-' || fail "the export is not a PDF"

as manager init --name "Rhys Evans" > /dev/null || fail "manager init"
as manager verify "$work/passport.pdf" | grep -q "Siân Jones" || fail "verify did not name the employee"
as manager countersign "$work/passport.pdf" "$work/countersigned.pdf" --comment "Agreed — happy to support." \
    | grep -q "Countersigned as Rhys Evans" || fail "countersign"

as employee import "$work/countersigned.pdf" --trust-manager | grep -q "Recorded as agreed by both" \
    || fail "import of the countersigned copy"
as employee show | grep -q "Countersigned by Rhys Evans" || fail "the vault does not show the countersignature"

as_person employee env CARERPASSPORT_RECOVERY_CODE="$code" \
    carerpassport --data-dir="$work/employee/vault" backup "$work/backup.passport.age" > /dev/null || fail "backup"
as_person laptop env CARERPASSPORT_PASSPHRASE="employee passphrase for the clean room" \
    CARERPASSPORT_RECOVERY_CODE="$code" carerpassport --data-dir="$work/laptop/vault" \
    restore "$work/backup.passport.age" | grep -q "Restored the vault" || fail "restore"
as_person laptop env CARERPASSPORT_PASSPHRASE="employee passphrase for the clean room" \
    carerpassport --data-dir="$work/laptop/vault" show | grep -q "Countersigned by Rhys Evans" \
    || fail "the restored vault lost the countersignature"
say "journey: ok (init, set, action, export, verify, countersign, import, backup, restore)"

# The first window, offscreen, in a fresh HOME (the first-run screen), and in Welsh (the translations)
for language in en cy; do
    start=$(date +%s.%N)
    painted=$(as_person "gui-$language" env QT_QPA_PLATFORM=offscreen CARERPASSPORT_REPORT_FIRST_PAINT=1 \
        CARERPASSPORT_LANGUAGE="$language" carerpassport-gui 2> "gui-$language.err" | sed -n 's/^first_paint_epoch=//p')
    [ -n "$painted" ] || { cat "gui-$language.err" >&2; fail "the desktop app did not paint its first window ($language)"; }
    say "first window ($language): $(awk -v a="$start" -v b="$painted" 'BEGIN {printf "%.2f s", b - a}')"
done
