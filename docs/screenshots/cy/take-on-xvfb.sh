#!/bin/bash
# Take the Welsh screenshots on a real X display: Xvfb 1366x768, no window manager, text at SIZE %.
#   bash docs/screenshots/cy/take-on-xvfb.sh OUT_FOLDER [SIZE]      (from the repository, after make install)
# A fresh vault in a temporary HOME (made with the command line, in Welsh), the app started on display :71,
# the passphrase typed with xdotool, each page and dialog opened with its keyboard shortcut, the screen
# captured with ImageMagick's import. Needs Xvfb, xdotool and imagemagick. Nothing outside the temporary
# folder and OUT_FOLDER is touched.
set -u
OUT=$(realpath -m "$1"); SIZE=${2:-100}; R=$(cd "$(dirname "$0")/../../.." && pwd); PY=$R/.venv/bin/python
W=$(mktemp -d); mkdir -p "$W/home" "$W/data" "$W/run" "$OUT"; chmod 700 "$W/run"
PASS='llwybr hir drwy’r cwm 42'
export HOME=$W/home CARERPASSPORT_HOME=$W/data CARERPASSPORT_LANGUAGE=cy CARERPASSPORT_PASSPHRASE=$PASS
export XDG_CONFIG_HOME=$W/home/.config XDG_DATA_HOME=$W/home/.local/share XDG_RUNTIME_DIR=$W/run
cd "$R"
$PY -m carerpassport init --name "Siân Jones" --manager "Rhys Evans" >/dev/null
$PY -m carerpassport set caring.responsibilities --share \
    "Rwy'n gofalu am fy mam dair noson yr wythnos; mae hi'n byw ugain munud i ffwrdd." >/dev/null
$PY -m carerpassport set emergency.arrangements --share \
    "Byddaf yn anfon neges at fy rheolwr; mae Sam yn ateb galwadau brys." >/dev/null
$PY -m carerpassport action add --what "Dechrau am 9:30 ar ddydd Mawrth" >/dev/null
$PY -m carerpassport export pdf --purpose "Ein cyfarfod 1:1" "$OUT/pasbort.pdf" >/dev/null
pdftoppm -png -r 80 "$OUT/pasbort.pdf" "$OUT/pdf-page"
mkdir -p "$XDG_CONFIG_HOME/CarerPassport"
printf '[appearance]\ntext_size=%s\n' "$SIZE" > "$XDG_CONFIG_HOME/CarerPassport/CarerPassport.ini"
unset CARERPASSPORT_PASSPHRASE
Xvfb :71 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & XP=$!
sleep 1.5; export DISPLAY=:71
$PY main.py >"$W/app.log" 2>&1 & AP=$!
shot() { sleep "${2:-2}"; import -window root "$OUT/$1-$SIZE.png"; echo "$OUT/$1-$SIZE.png"; }
key() { xdotool key --clearmodifiers "$@"; }
shot unlock 5
xdotool type --delay 30 "$PASS"; key Return
shot passport 5
# Without a window manager nobody gives the window the keyboard: give it, so its shortcuts work.
xdotool windowfocus --sync "$(xdotool search --pid $AP --onlyvisible | head -1)"
key ctrl+2; shot actions
key ctrl+3; shot history
key ctrl+4; shot sharing
key ctrl+6; shot leave
key ctrl+7; shot requests
key ctrl+1; sleep 1; key ctrl+e; shot export 6
key Escape; sleep 1; key ctrl+comma; shot settings 3
key Escape; sleep 1; key ctrl+r; shot review 3
key Escape; sleep 1
kill $AP; sleep 1; kill $XP; rm -rf "$W"
