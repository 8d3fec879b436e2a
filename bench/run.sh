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
