#!/usr/bin/env bash
# `cmake --install` to any prefix gives a working copy: the program there finds its wizards,
# word lists and catalogs next to itself, not in the build tree.
# Usage: install_prefix_test.sh BINARY_DIR SOURCE_DIR
set -euo pipefail
binary_dir=$1 source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
prefix="$work/some prefix/vigie"
cmake --install "$binary_dir" --prefix "$prefix" > "$work/install.log"
[ ! -e "$prefix/vigie-build-tree" ] || fail "the build-tree marker was installed"
# Not stripped here: not even the debug information names the source or build folder.
if strings -a "$prefix/bin/vigie" | grep -F -e "$source_dir" -e "$binary_dir" | head -n 5 | grep .; then
  fail "the installed binary names the source or build folder (above)"
fi
# A wizard taken out of the installed copy (and only there) shows where the data is read from.
rm "$prefix/share/vigie/wizards/closure.xml"
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" LC_ALL=C.UTF-8
unset VIGIE_DATA_DIR VIGIE_WIZARDS_DIR VIGIE_LOCALES_DIR VIGIE_LOCALE_DIR
"$prefix/bin/vigie" profile add Probe > /dev/null
"$prefix/bin/vigie" status > "$work/status.txt"
grep -q '\[secure\]' "$work/status.txt" || fail "no wizard found: $(cat "$work/status.txt")"
! grep -q '\[closure\]' "$work/status.txt" || fail "the installed copy read the build tree's wizards"
"$prefix/bin/vigie" --lang fr status | grep -q 'Sécuriser votre compte' || fail "the installed catalog was not read"
echo "installed to $prefix and ran from there"
