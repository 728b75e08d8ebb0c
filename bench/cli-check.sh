#!/usr/bin/env bash
# End-to-end benchmark of `check --format json` with plain `java -jar`, JVM start included:
# wall time and peak RSS over several runs, median reported.
#
#   bench/cli-check.sh [RUNS]        (default 7)
#
# Generates bench-data/ (100,000 sites, 200,000 bindings, ~75,000 netsh records) on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
[ -f target/sitebinder.jar ] || mvn -B -q package -DskipTests
if [ ! -f bench-data/applicationHost.config ]; then
  mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.sitebinder.bench.data.BenchDataGenerator -Dexec.args=bench-data
fi
ls -la bench-data
walls=() rss=() cpus=()
for i in $(seq 1 "$runs"); do
  /usr/bin/time -f '%e %M %U %S' -o /tmp/sitebinder-bench.time \
    java -jar target/sitebinder.jar check bench-data/applicationHost.config \
      --sslcert bench-data/sslcert.txt --format json >/tmp/sitebinder-bench.json || [ $? -eq 1 ]
  read -r w m u s < <(tail -n 1 /tmp/sitebinder-bench.time)
  c=$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}')
  walls+=("$w"); rss+=("$m"); cpus+=("$c")
  echo "run $i: ${w}s wall, ${c}s CPU (user+sys, all threads incl. JIT and GC), $((m / 1024)) MB peak RSS"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "findings: $(grep -c '"code"' /tmp/sitebinder-bench.json)"
echo "median: $(median "${walls[@]}")s wall, $(median "${cpus[@]}")s CPU, $(( $(median "${rss[@]}") / 1024 )) MB peak RSS over $runs runs ($(nproc) cores)"
