#!/usr/bin/env bash
# Checks that the build is reproducible: builds the published modules (those complaint-bom lists and
# this repository has) twice, in two fresh clones of HEAD in two different folders, and compares the
# SHA-256 of every jar (classes, -sources, -javadoc). Also checks that each published module made all
# three. Exits non-zero on the first difference or missing jar.
#
# Usage: .ci/check-reproducible.sh            (after a build, so the Maven cache holds every plugin:
#                                               the two builds run offline)
#        MVN="mvn" .ci/check-reproducible.sh   (another Maven command; default ./mvnw)
set -euo pipefail
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
cd "$root"
MVN="${MVN:-./mvnw}"

modules=()
for a in $(sed -n 's:.*<artifactId>\(complaint-[a-z-]*\)</artifactId>.*:\1:p' complaint-bom/pom.xml); do
  [[ "$a" == complaint-bom ]] && continue
  [[ -f "$a/pom.xml" ]] && modules+=("$a")
done
[[ ${#modules[@]} -gt 0 ]] || { echo "check-reproducible: FAIL: complaint-bom lists no module of this repository" >&2; exit 1; }
list="$(IFS=,; echo "${modules[*]}")"

work="$(mktemp -d "${TMPDIR:-/tmp}/wuye-reproducible.XXXXXX")"
trap 'rm -rf "$work"' EXIT

for build in first second; do
  git clone -q "$root" "$work/$build"
  echo "check-reproducible: $build build of $list in $work/$build"
  (cd "$work/$build" && $MVN -B -q -o -Dmaven.test.skip=true package -pl "$list" -am) > "$work/$build.log" 2>&1 \
    || { tail -n 40 "$work/$build.log" >&2; echo "check-reproducible: FAIL: the $build build failed" >&2; exit 1; }
  # a second clock second at least between the two builds, so a time that leaks into a jar shows
  sleep 2
done

same=0
differ=0
for m in "${modules[@]}"; do
  for kind in "" -sources -javadoc; do
    jars=("$work"/first/"$m"/target/"$m"-*"$kind".jar)
    if [[ "$kind" == "" ]]; then
      jars=()
      for j in "$work"/first/"$m"/target/"$m"-*.jar; do
        [[ "$j" == *-sources.jar || "$j" == *-javadoc.jar ]] || jars+=("$j")
      done
    fi
    [[ ${#jars[@]} -eq 1 && -f "${jars[0]}" ]] || { echo "check-reproducible: FAIL: $m made no ${kind:-classes} jar" >&2; exit 1; }
    name="$(basename "${jars[0]}")"
    a="$(sha256sum < "$work/first/$m/target/$name" | cut -d' ' -f1)"
    b="$(sha256sum < "$work/second/$m/target/$name" | cut -d' ' -f1)"
    if [[ "$a" == "$b" ]]; then
      same=$((same + 1))
      echo "check-reproducible: same     $a  $m/$name"
    else
      differ=$((differ + 1))
      echo "check-reproducible: DIFFERS  $a / $b  $m/$name" >&2
    fi
  done
done
echo "check-reproducible: $same jars identical, $differ differ"
[[ $differ -eq 0 ]]
