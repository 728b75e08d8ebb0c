#!/usr/bin/env bash
# Package test: builds the .deb as an administrator would get it, unpacks it into a temporary root with
# dpkg -x (nothing is installed; only missing test tools and the package's own Depends are apt-get
# installed), and checks what a user of the package would notice: the declared dependencies, the menu
# entry, the PATH link, `sitebinder --version`, `sitebinder check`, and the window opening under Xvfb.
#   installers/linux/test-deb.sh        (as root on Debian 12 with Java 17 and Maven; .ci/run calls it)
# Extra Maven options (e.g. -o) can be passed in MAVEN_ARGS.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root" || exit 1

checks=0
fail() { echo "test-deb: FAILED: $*" >&2; exit 1; }
pass() { checks=$((checks + 1)); echo "test-deb: ok: $*"; }

work="$(mktemp -d)"
xvfb_pid=""
gui_pid=""
cleanup() {
  [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# --- tools the test itself needs -------------------------------------------------------------------
updated=""
apt_install() {
  [ "$(id -u)" = 0 ] || fail "needs to install $*: run as root, or apt-get install $* first"
  if [ -z "$updated" ]; then
    apt-get update -qq >/dev/null || fail "apt-get update failed"
    updated=yes
  fi
  echo "test-deb: apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || fail "apt-get install $* failed"
}
missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v xdotool >/dev/null || missing+=(xdotool)
command -v fakeroot >/dev/null || missing+=(fakeroot)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

version="$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)"
[ -n "$version" ] || fail "no project version in pom.xml"

# --- build -----------------------------------------------------------------------------------------
echo "test-deb: building with mvn -B -Pinstaller -DskipTests package ${MAVEN_ARGS:-}"
start=$(date +%s)
# shellcheck disable=SC2086 # MAVEN_ARGS is a list of options
mvn -B -q -Pinstaller -DskipTests ${MAVEN_ARGS:-} package > "$work/build.log" 2>&1 \
  || { tail -n 40 "$work/build.log" >&2; fail "the installer build failed (log above)"; }
build_seconds=$(( $(date +%s) - start ))
deb="$(find target/installer -maxdepth 1 -name 'sitebinder_*.deb' | head -n 1)"
[ -n "$deb" ] || fail "no target/installer/sitebinder_*.deb after the build"
pass "built $deb in ${build_seconds} s"

# --- control data ----------------------------------------------------------------------------------
depends="$(dpkg-deb -f "$deb" Depends)"
case ", $depends," in
  *", libgtk-3-0,"*|*", libgtk-3-0 "*) pass "control declares libgtk-3-0" ;;
  *) fail "control file does not declare libgtk-3-0; Depends: $depends" ;;
esac
[ "$(dpkg-deb -f "$deb" Version)" = "${version%%-*}-1" ] || fail "package version $(dpkg-deb -f "$deb" Version), pom says $version"

dpkg-deb -e "$deb" "$work/control"

# --- unpacked payload ------------------------------------------------------------------------------
fs="$work/root"
dpkg -x "$deb" "$fs" || fail "dpkg -x could not unpack $deb"
app="$fs/opt/sitebinder"
[ -x "$app/bin/Sitebinder" ] && [ -x "$app/bin/sitebinder" ] || fail "launchers bin/Sitebinder and bin/sitebinder missing"
desktop="$app/lib/sitebinder-Sitebinder.desktop"
[ -f "$desktop" ] || fail "menu entry $desktop missing"
exec_path="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")"
icon_path="$(sed -n 's/^Icon=//p' "$desktop")"
[ "$exec_path" = /opt/sitebinder/bin/Sitebinder ] && [ -f "$fs$icon_path" ] \
  || fail "menu entry points at '$exec_path' and icon '$icon_path', which the package does not hold"
grep -q '^NoDisplay=true' "$app/lib/sitebinder-sitebinder.desktop" 2>/dev/null || [ ! -f "$app/lib/sitebinder-sitebinder.desktop" ] \
  || fail "the command-line launcher shows up in the menu"
pass "one menu entry: Exec $exec_path, icon $icon_path"

# the package's own Depends must be enough for the window: install exactly those that are missing
deps_missing=()
IFS=',' read -ra deps <<< "$depends"
for dep in "${deps[@]}"; do
  name="$(echo "${dep%%|*}" | sed 's/(.*)//; s/[[:space:]]//g')"
  [ -n "$name" ] || continue
  dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed' || deps_missing+=("$name")
done
[ ${#deps_missing[@]} -eq 0 ] || apt_install "${deps_missing[@]}"

# a fresh user: JavaFX unpacks its natives and fontconfig its cache under HOME
export HOME="$work/home"
mkdir -p "$HOME"

# --- maintainer scripts, run against the unpacked root instead of / -----------------------------
# /usr/bin and /opt/sitebinder are rewritten to temporary folders and xdg-desktop-menu is a stub that
# records its calls, so the scripts run for real without touching the machine.
usr_bin="$work/usr-bin"
mkdir -p "$usr_bin" "$work/stub"
for script in postinst postrm; do
  sed -e "s#/usr/bin/sitebinder#$usr_bin/sitebinder#g" -e "s#/opt/sitebinder#$app#g" \
    "$work/control/$script" > "$work/$script.sandboxed"
done
printf '#!/bin/sh\necho "$@" >> "%s/xdg.log"\n' "$work" > "$work/stub/xdg-desktop-menu"
chmod +x "$work/stub/xdg-desktop-menu"
PATH="$work/stub:$PATH" sh "$work/postinst.sandboxed" configure > "$work/postinst.out" 2>&1 \
  || fail "postinst configure failed: $(cat "$work/postinst.out")"
grep -qx "install $app/lib/sitebinder-Sitebinder.desktop" "$work/xdg.log" \
  || fail "postinst did not register the Sitebinder menu entry: $(cat "$work/xdg.log")"
[ "$(readlink "$usr_bin/sitebinder")" = "$app/bin/sitebinder" ] \
  || fail "postinst did not link /usr/bin/sitebinder to /opt/sitebinder/bin/sitebinder"
pass "postinst registers the menu entry and links /usr/bin/sitebinder"
export PATH="$usr_bin:$PATH"

has_stack_trace() { grep -qE '^(Exception in thread|[[:space:]]+at [a-zA-Z0-9_.$]+\()|Caused by: ' "$1"; }

out="$(sitebinder --version 2>&1)"
[ "$out" = "sitebinder $version" ] || fail "sitebinder --version printed '$out', expected 'sitebinder $version'"
pass "sitebinder --version (through the postinst's /usr/bin link) prints '$out'"

# --- sitebinder check ------------------------------------------------------------------------------
write_config() { # FILE HOST_OF_SHOP HOST_OF_BLOG
  cat > "$1" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <system.applicationHost>
    <sites>
      <site name="Shop" id="1">
        <bindings>
          <binding protocol="http" bindingInformation="*:80:$2" />
        </bindings>
      </site>
      <site name="Blog" id="2">
        <bindings>
          <binding protocol="http" bindingInformation="*:80:$3" />
        </bindings>
      </site>
    </sites>
  </system.applicationHost>
</configuration>
EOF
}
write_config "$work/applicationHost.config" shop.example blog.example
write_config "$work/conflict.config" "" ""

run_check() { # FILE -> sets check_rc and check_out (file)
  check_out="$work/check-$(basename "$1").out"
  (cd "$work" && sitebinder check "$1") > "$check_out" 2>&1
  check_rc=$?
  ! has_stack_trace "$check_out" || { cat "$check_out" >&2; fail "sitebinder check $1 printed a Java stack trace"; }
}

run_check applicationHost.config
if grep -q 'Unmatched argument' "$check_out"; then
  # the check command has not landed yet: picocli's usage error is the expected answer until then
  [ "$check_rc" = 2 ] || fail "sitebinder check without a check command exited $check_rc, expected 2"
  pass "sitebinder check: not implemented yet (usage message, exit 2, no stack trace)"
else
  [ "$check_rc" = 0 ] || { cat "$check_out" >&2; fail "sitebinder check on a clean applicationHost.config exited $check_rc, expected 0"; }
  pass "sitebinder check applicationHost.config: exit 0 on two sites with distinct host names"
  run_check conflict.config
  [ "$check_rc" = 1 ] && grep -q DUPLICATE_BINDING "$check_out" \
    || { cat "$check_out" >&2; fail "sitebinder check on two sites both on *:80: exited $check_rc without DUPLICATE_BINDING"; }
  pass "sitebinder check conflict.config: exit 1 with DUPLICATE_BINDING"
fi

# --- removal: postrm takes back its link, and never a /usr/bin/sitebinder it did not make -------------
sh "$work/postrm.sandboxed" remove || fail "postrm remove failed"
[ ! -e "$usr_bin/sitebinder" ] && [ ! -L "$usr_bin/sitebinder" ] || fail "postrm remove left /usr/bin/sitebinder behind"
echo 'someone else' > "$usr_bin/sitebinder"
PATH="$work/stub:$PATH" sh "$work/postinst.sandboxed" configure > "$work/postinst.out" 2>&1 \
  || fail "postinst failed when /usr/bin/sitebinder belongs to someone else"
[ ! -L "$usr_bin/sitebinder" ] && [ "$(cat "$usr_bin/sitebinder")" = 'someone else' ] \
  || fail "postinst replaced a /usr/bin/sitebinder that was not its own"
sh "$work/postrm.sandboxed" purge && [ -f "$usr_bin/sitebinder" ] || fail "postrm purge removed a file it did not make"
pass "postrm removes its own link only; postinst leaves a foreign /usr/bin/sitebinder alone"

# --- the window ------------------------------------------------------------------------------------
exec 3> "$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 1 50); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
DISPLAY=":$(head -n 1 "$work/display")"
export DISPLAY

gui_start=$(date +%s%N)
"$app/bin/Sitebinder" > "$work/gui.log" 2>&1 &
gui_pid=$!
window=""
for _ in $(seq 1 120); do
  window="$(xdotool search --onlyvisible --name '^Sitebinder' 2>/dev/null | head -n 1)"
  [ -n "$window" ] && break
  kill -0 "$gui_pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$window" ]; then
  cat "$work/gui.log" >&2
  fail "no visible window titled 'Sitebinder...' within 60 s of starting /opt/sitebinder/bin/Sitebinder"
fi
title="$(xdotool getwindowname "$window")"
window_ms=$(( ($(date +%s%N) - gui_start) / 1000000 ))
! has_stack_trace "$work/gui.log" || { cat "$work/gui.log" >&2; fail "the window opened but the launcher printed a stack trace"; }
kill "$gui_pid" 2>/dev/null
wait "$gui_pid" 2>/dev/null
gui_pid=""
pass "window '$title' visible ${window_ms} ms after start"

# --- numbers ---------------------------------------------------------------------------------------
deb_bytes=$(stat -c %s "$deb")
unpacked_kib=$(du -sk "$fs" | cut -f1)
echo "test-deb: package $(basename "$deb"): $(( deb_bytes / 1048576 )) MiB ($deb_bytes bytes)"
echo "test-deb: unpacked: $(( unpacked_kib / 1024 )) MiB"
echo "test-deb: build time (mvn -Pinstaller package): ${build_seconds} s"
echo "test-deb: all $checks checks passed"
