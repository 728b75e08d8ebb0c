#!/usr/bin/env bash
# Builds the Linux packages of Sitebinder: a .deb always, an .rpm too where rpmbuild exists.
#   installers/linux/build.sh [VERSION]
# Maven runs it in `mvn -Pinstaller package` after the shaded jar exists; by hand, run `mvn package` first.
# Output: target/installer/sitebinder_VERSION_ARCH.deb (and the .rpm). Options shared with the other
# platforms: installers/jpackage.args (identity) and installers/jpackage-app.args (jar, modules, jlink).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
installers="$(dirname "$here")"
root="$(dirname "$installers")"
cd "$root"

die() { echo "installers/linux/build.sh: $*" >&2; exit 1; }

version="${1:-$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)}"
[ -n "$version" ] || die "no version given and none found in pom.xml"
# deb and rpm versions take no Maven qualifier such as -SNAPSHOT
package_version="${version%%-*}"

jar="target/sitebinder.jar"
[ -f "$jar" ] || die "$jar is missing: run 'mvn -Pinstaller package' (or 'mvn package' before this script)"

as_root_install() {
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 1
  echo "installing $* with apt-get"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# jlink needs the JDK's jmods: Debian 12 ships them in openjdk-17-jdk-headless, later releases in openjdk-17-jmods.
jdk_with_jmods() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/*17*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/jpackage" ] && [ -f "$candidate/jmods/java.base.jmod" ] \
      && grep -q '^JAVA_VERSION="17' "$candidate/release" 2>/dev/null && { echo "$candidate"; return 0; }
  done
  return 1
}
jdk="$(jdk_with_jmods)" || {
  as_root_install openjdk-17-jdk-headless || true
  if apt-cache show openjdk-17-jmods >/dev/null 2>&1; then as_root_install openjdk-17-jmods || true; fi
  jdk="$(jdk_with_jmods)"
} || die "no JDK 17 with jpackage and jmods found: install openjdk-17-jdk-headless (and openjdk-17-jmods where it exists) or set JAVA_HOME"

command -v dpkg-deb >/dev/null || die "dpkg-deb missing: a .deb can only be built on a Debian-based system"
command -v fakeroot >/dev/null || as_root_install fakeroot || die "fakeroot missing: apt-get install fakeroot"

# jpackage copies the whole --input folder into the image, so it gets a folder holding the jar alone
stage="target/jpackage"
rm -rf "$stage" target/installer
mkdir -p "$stage/input" target/installer
cp "$jar" "$stage/input/"

# Libraries that JavaFX's natives (unpacked from the jar at run time, so invisible to jpackage's own
# dependency scan of the runtime image) link against, as Debian 12 and as Fedora/RHEL name their packages.
deb_deps="libgtk-3-0, libgl1, libxtst6, libxxf86vm1, libfontconfig1, libpango-1.0-0, libpangoft2-1.0-0, libcairo2"
rpm_deps="gtk3, mesa-libGL, libXtst, libXxf86vm, fontconfig, pango, cairo"

package() {
  local type="$1" deps="$2"
  "$jdk/bin/jpackage" --type "$type" @"$installers/jpackage.args" @"$installers/jpackage-app.args" \
    --app-version "$package_version" \
    --input "$stage/input" \
    --dest target/installer \
    --temp "$stage/temp-$type" \
    --icon "$here/Sitebinder.png" \
    --resource-dir "$here/resources" \
    --add-launcher "sitebinder=$here/sitebinder.properties" \
    --linux-package-name sitebinder \
    --linux-app-category admin \
    --linux-shortcut \
    --linux-package-deps "$deps"
}

start=$(date +%s)
echo "building the .deb of Sitebinder $package_version with $jdk"
package deb "$deb_deps"
arch="$(dpkg --print-architecture)"
# jpackage names it NAME_VERSION-RELEASE_ARCH.deb; the README promises NAME_VERSION_ARCH.deb
mv target/installer/sitebinder_"$package_version"-*_"$arch".deb "target/installer/sitebinder_${package_version}_${arch}.deb"
if command -v rpmbuild >/dev/null; then
  echo "building the .rpm"
  package rpm "$rpm_deps"
fi
echo "built in $(( $(date +%s) - start )) s:"
ls -l target/installer
