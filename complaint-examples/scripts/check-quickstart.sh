#!/usr/bin/env bash
# Checks the README's quickstart as a new user meets it: clones the repository into a temporary
# folder, runs the README's quickstart command exactly as written, and checks that it printed the
# monthly analysis table and wrote the XLSX and HTML files. Exits non-zero otherwise.
#
# Usage: complaint-examples/scripts/check-quickstart.sh   (from anywhere inside the repository)
set -euo pipefail

DEFAULT_COMMAND='./mvnw -q -pl complaint-examples -am compile exec:java'
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
work="$(mktemp -d "${TMPDIR:-/tmp}/wuye-quickstart-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT

fail() {
  echo "check-quickstart: FAIL: $*" >&2
  exit 1
}

echo "check-quickstart: cloning $root into $work/repo"
git clone -q "$root" "$work/repo"
cd "$work/repo"

# The command as the README writes it: the first line that runs ./mvnw (or mvn) … exec:java (a leading
# "$ " is a prompt, not part of the command). Without a README line, the documented default.
command=""
if [[ -f README.md ]]; then
  command="$(grep -E '^[[:space:]]*(\$[[:space:]]+)?(\./mvnw|mvn)[[:space:]].*exec:java' README.md | head -n 1 \
    | sed -E 's/^[[:space:]]*(\$[[:space:]]+)?//; s/[[:space:]]+$//' || true)"
fi
if [[ -z "$command" ]]; then
  echo "check-quickstart: README.md has no './mvnw … exec:java' line; running the documented default"
  command="$DEFAULT_COMMAND"
fi
echo "check-quickstart: running: $command"

set +e
bash -c "$command" > "$work/out.txt" 2> "$work/err.txt"
status=$?
set -e
if [[ $status -ne 0 ]]; then
  tail -n 40 "$work/out.txt" "$work/err.txt" >&2 || true
  fail "the quickstart command exited with $status"
fi

grep -q '月客户意见统计分析表' "$work/out.txt" \
  || grep -q 'Monthly customer-opinion analysis table' "$work/out.txt" \
  || { tail -n 40 "$work/out.txt" >&2; fail "the monthly analysis table was not printed"; }
grep -qE '(受理总数|Opinions accepted)' "$work/out.txt" || fail "the monthly table has no rows"
# R-4.6.5: the month's table counts the online replies (judged in the month, or pending at its end).
grep -qE '(网上回复视为满意|Online replies judged satisfied)' "$work/out.txt" \
  || fail "the monthly table does not count the online replies (R-4.6.5)"

out_dir="quickstart-output"
shopt -s nullglob
tables=("$out_dir"/monthly-table-*.xlsx)
records=("$out_dir"/records-*.xlsx)
reports=("$out_dir"/report-*.html)
[[ ${#tables[@]} -ge 1 ]] || fail "no monthly-table XLSX in $out_dir"
[[ ${#records[@]} -ge 1 ]] || fail "no records XLSX in $out_dir"
[[ ${#reports[@]} -ge 1 ]] || fail "no HTML report in $out_dir"
for x in "${tables[0]}" "${records[0]}"; do
  [[ "$(head -c 2 "$x")" == "PK" ]] || fail "$x is not an XLSX (zip) file"
done
grep -q '<canvas' "${reports[0]}" || fail "${reports[0]} has no charts"
grep -q 'new Chart(' "${reports[0]}" || fail "${reports[0]} does not draw its charts"
if grep -qE '<script[^>]+src=' "${reports[0]}"; then
  fail "${reports[0]} loads a script from elsewhere; it must open offline"
fi

echo "check-quickstart: OK: printed the monthly table; wrote ${tables[0]}, ${records[0]}, ${reports[0]}"
