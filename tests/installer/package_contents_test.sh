#!/usr/bin/env bash
# What the Debian package holds, checked on the .deb itself: the layout, the control fields,
# the installed .desktop and metainfo, the man pages, and no build-machine folder in the binary.
# Usage: package_contents_test.sh PACKAGE_DIR SOURCE_DIR BINARY_DIR
set -euo pipefail
pkgdir=$1 source_dir=$2 binary_dir=$3
deb=$(ls "$pkgdir"/vigie_*.deb)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

dpkg-deb -x "$deb" "$work/root"
dpkg-deb -c "$deb" > "$work/listing"
r=$work/root

for f in usr/bin/vigie \
         usr/share/vigie/wizards/secure.xml usr/share/vigie/wizards/links.xml \
         usr/share/vigie/wizards/wizard.rng usr/share/vigie/locales/passwords-fr.txt \
         usr/share/locale/fr/LC_MESSAGES/vigie.mo \
         usr/share/applications/org.vigie.Vigie.desktop \
         usr/share/metainfo/org.vigie.Vigie.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.vigie.Vigie.svg \
         usr/share/icons/hicolor/48x48/apps/org.vigie.Vigie.png \
         usr/share/icons/hicolor/256x256/apps/org.vigie.Vigie.png \
         usr/share/man/man1/vigie.1.gz usr/share/man/fr/man1/vigie.1.gz \
         usr/share/doc/vigie/copyright usr/share/doc/vigie/changelog.Debian.gz; do
  [ -f "$r/$f" ] || fail "the package has no /$f"
done
for size in 16 22 24 32 48 64 128 256 512; do
  png=$r/usr/share/icons/hicolor/${size}x${size}/apps/org.vigie.Vigie.png
  [ "$(identify -format '%wx%h' "$png")" = "${size}x${size}" ] || fail "$png is not ${size}x${size}"
done
! grep -q 'vigie-build-tree' "$work/listing" || fail "the build-tree marker is in the package"
! grep -qE '\./(usr/)?(local|opt)/' "$work/listing" || fail "files outside /usr"

# Every runtime dependency is named: shared libraries (from dpkg-shlibdeps) and data.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for p in libc6 'libstdc\+\+6' libwxgtk3.2-1 libwxbase3.2-1 libcurl4 libssl3 libpugixml1v5 libzxcvbn0 \
         libcairo2 libpango-1.0-0 wamerican wfrench fonts-symbola fonts-dejavu-core wx3.2-i18n; do
  echo "$depends" | grep -Eq "(^|, )($p)( |,|$)" || fail "Depends misses $p"
done
version=$(dpkg-deb -f "$deb" Version)
[ "$version" = "$(dpkg-parsechangelog -l "$source_dir/installer/debian/changelog" -S Version)" ] \
  || fail "the package version and installer/debian/changelog disagree"
# The version is written by hand in the man pages and the metainfo's releases: all agree.
upstream=${version%-*}
for page in man1/vigie.1.gz fr/man1/vigie.1.gz; do
  zcat "$r/usr/share/man/$page" | grep -q "^\.TH VIGIE 1 .* \"Vigie $upstream\"" || fail "man page $page is not for $upstream"
done
grep -q "<release version=\"$upstream\"" "$r/usr/share/metainfo/org.vigie.Vigie.metainfo.xml" \
  || fail "the metainfo has no release $upstream"

# The binary finds its data at run time: no folder of the build machine is written in it.
if strings -a "$r/usr/bin/vigie" | grep -F -e "$source_dir" -e "$binary_dir"; then
  fail "the installed binary names the source or build folder (above)"
fi
file "$r/usr/bin/vigie" | grep -q 'stripped' && ! file "$r/usr/bin/vigie" | grep -q 'not stripped' \
  || fail "the installed binary is not stripped"

desktop-file-validate "$r/usr/share/applications/org.vigie.Vigie.desktop"
appstreamcli validate --no-net "$r/usr/share/metainfo/org.vigie.Vigie.metainfo.xml"
grep -q '^Keywords\[fr\]=' "$r/usr/share/applications/org.vigie.Vigie.desktop" || fail "no French keywords"

# The man pages render without a warning, in both languages.
for page in man1/vigie.1.gz fr/man1/vigie.1.gz; do
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$r/usr/share/man/$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "man page $page: $warnings"
done
zcat "$r/usr/share/man/fr/man1/vigie.1.gz" | grep -q '^\.SH COMMANDES' || fail "the French man page is not French"

# The copyright file is machine-readable and names the word lists' licences.
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$r/usr/share/doc/vigie/copyright"
for needle in 'Files: locales/passwords-fr.txt' wfrench wamerican 'License: GPL-3.0+'; do
  grep -q "$needle" "$r/usr/share/doc/vigie/copyright" || fail "copyright does not mention $needle"
done
echo "package contents OK: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB, $(grep -vc '/$' "$work/listing") files"
