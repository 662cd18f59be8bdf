#!/usr/bin/env bash
# Every command that `vigie --help` lists has its section (".SS name") and its synopsis line in
# both man pages, and the pages render without a groff warning.
# Usage: man_pages_test.sh VIGIE SOURCE_DIR
set -euo pipefail
vigie=$1 source_dir=$2
pages=("$source_dir/installer/man/man1/vigie.1" "$source_dir/installer/man/fr/man1/vigie.1")
# The "Commands:" block of the help: two-space indented words up to the next blank line.
commands=$(LC_ALL=C.UTF-8 "$vigie" --lang en --help |
  awk '/^Commands:/{on=1; next} on && /^$/{exit} on && /^  [^ ]/{print $1}')
[ -n "$commands" ] || { echo "FAIL: no command found in vigie --help" >&2; exit 1; }
status=0
for page in "${pages[@]}"; do
  for command in $commands; do
    roff=${command//-/\\-}
    grep -qxF ".SS $roff" "$page" || { echo "FAIL: $page has no section .SS $roff" >&2; status=1; }
    grep -qE "^\.B vigie( |$).*${roff//\\/\\\\}|^\.B vigie ${roff//\\/\\\\}" "$page" ||
      { echo "FAIL: $page has no synopsis line for $command" >&2; status=1; }
  done
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] || { echo "FAIL: $page: $warnings" >&2; status=1; }
done
echo "commands in vigie --help: $(echo $commands)"
exit $status
