#!/usr/bin/env bash
# Builds the macOS disk image of Sitebinder: target/installer/Sitebinder-VERSION.dmg
#   installers/macos/build.sh [VERSION]
# Maven runs it in `mvn -Pinstaller package` after the shaded jar exists; by hand, run `mvn package` first.
# Needs a JDK 17 with jmods (JAVA_HOME, or one /usr/libexec/java_home finds) and the Xcode command line
# tools (xcode-select --install), whose hdiutil/SetFile jpackage uses for the .dmg. The jar built on a Mac
# carries JavaFX's macOS natives (Maven picks them by the build machine), so build on the target arch.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
installers="$(dirname "$here")"
root="$(dirname "$installers")"
cd "$root"

die() { echo "installers/macos/build.sh: $*" >&2; exit 1; }

version="${1:-$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)}"
[ -n "$version" ] || die "no version given and none found in pom.xml"
version="${version%%-*}"
# A bundle version must start at 1 (CFBundleVersion), so 0.x.y is carried as 1.x.y inside the bundle;
# the .dmg's file name keeps the project's version.
bundle_version="$version"
case "$version" in 0.*) bundle_version="1.${version#0.}" ;; esac

jar="target/sitebinder.jar"
[ -f "$jar" ] || die "$jar is missing: run 'mvn -Pinstaller package' (or 'mvn package' before this script)"

jdk="${JAVA_HOME:-}"
if [ -z "$jdk" ] || [ ! -f "$jdk/jmods/java.base.jmod" ]; then
  jdk="$(/usr/libexec/java_home -v 17 2>/dev/null || true)"
fi
[ -n "$jdk" ] && [ -x "$jdk/bin/jpackage" ] && [ -f "$jdk/jmods/java.base.jmod" ] \
  || die "no JDK 17 with jpackage and jmods found: install one (e.g. Temurin 17) or set JAVA_HOME"
xcode-select -p >/dev/null 2>&1 || die "Xcode command line tools missing: run xcode-select --install"

stage="target/jpackage"
rm -rf "$stage" target/installer
mkdir -p "$stage/input" target/installer
cp "$jar" "$stage/input/"

start=$(date +%s)
echo "building the .dmg of Sitebinder $version (bundle version $bundle_version) with $jdk"
"$jdk/bin/jpackage" --type dmg @"$installers/jpackage.args" @"$installers/jpackage-app.args" \
  --app-version "$bundle_version" \
  --input "$stage/input" \
  --dest target/installer \
  --temp "$stage/temp-dmg" \
  --icon "$here/Sitebinder.icns" \
  --add-launcher "sitebinder-cli=$here/sitebinder-cli.properties" \
  --mac-package-identifier org.sitebinder.app \
  --mac-package-name Sitebinder
mv "target/installer/Sitebinder-$bundle_version.dmg" "target/installer/Sitebinder-$version.dmg" 2>/dev/null || true
echo "built in $(( $(date +%s) - start )) s:"
ls -l target/installer
