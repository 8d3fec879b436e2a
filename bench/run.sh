#!/usr/bin/env bash
# Benchmarks: cold CLI handout (median of N process runs) and warm in-JVM render (median).
# usage: bench/run.sh [N]     (build first: mvn -B -q package -DskipTests && mvn -B -q test-compile)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-11}
jar=target/hep.jar
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
cold() {
  for _ in $(seq "$n"); do
    s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
  done | median
}
echo "cold: java -jar $jar --version                  median $(cold java -jar $jar --version) ms"
echo "cold: java -jar $jar generate it-band-syndrome  median $(cold java -jar $jar generate it-band-syndrome -o "$tmp/a.pdf") ms"
bin/hep --version >/dev/null   # makes the launcher's class-data archive if the jar is new
echo "cold: bin/hep generate it-band-syndrome (CDS, C1) median $(cold bin/hep generate it-band-syndrome -o "$tmp/a.pdf") ms"
java -cp "$jar:target/test-classes" org.hep.bench.WarmRender it-band-syndrome standard 200
java -cp "$jar:target/test-classes" org.hep.bench.WarmRender it-band-syndrome large-print 200
echo "size: $(stat -c %s "$tmp/a.pdf") bytes (it-band-syndrome, standard)"

# Batch throughput: the cost of one more handout once the JVM is warm is the difference
# between a 600-row and a 200-row manifest, divided by 400.
for rows in 200 600; do
  { echo "plan,patient,date"; for i in $(seq "$rows"); do echo "it-band-syndrome,Patient $i,2026-03-14"; done; } > "$tmp/m$rows.csv"
  mkdir -p "$tmp/out$rows"
  s=$(date +%s%N); java -jar $jar batch "$tmp/m$rows.csv" --out-dir "$tmp/out$rows" --jobs 1 2>/dev/null; e=$(date +%s%N)
  echo "batch: $rows handouts --jobs 1: $(( (e - s) / 1000000 )) ms"
done
