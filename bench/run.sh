#!/usr/bin/env bash
# hep against the engines a user would pick instead, on this machine, in one go.
# usage: bench/run.sh [all|cold|batch|size|memory|profile|warm]...   (default: all but memory, profile)
# Build first: mvn -B -q package -DskipTests && mvn -B -q test-compile.   See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${BENCH_PAIRS:-5}                 # A B pairs per cold comparison
batch_pairs=${BENCH_BATCH_PAIRS:-3}     # A B pairs per batch comparison
batch_sizes=${BENCH_BATCH_SIZES:-"200 1000"}
batch_peers=${BENCH_BATCH_PEERS:-"typst-ts"}
memory_rows=${BENCH_MEMORY_ROWS:-100000}
peers=${BENCH_PEERS_SRC:-$PWD/../shared/peers}
work=${BENCH_WORK:-$PWD/bench/.work}
jar=${HEP_JAR:-target/hep.jar}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
mkdir -p "$work"
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
say() { echo "# $*"; }
. bench/peers.sh
. bench/stats.sh

[ -f "$jar" ] || { echo "bench: $jar not found; build it with: mvn -B -q package -DskipTests" >&2; exit 3; }
say "jar: $jar ($(stat -c %s "$jar") bytes, $(date -r "$jar" -u +%FT%TZ))"
say "JDK: $(command -v "$java") — $("$java" -version 2>&1 | head -2 | tail -1)"
say "machine: $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

modes=("$@"); [ ${#modes[@]} -gt 0 ] || modes=(cold batch size)
[ "${modes[0]}" = all ] && modes=(cold batch size memory profile)
need_peers=false
for m in "${modes[@]}"; do case $m in cold|batch|size) need_peers=true ;; esac; done
if $need_peers && [ -d "$peers" ]; then
  install_python_peers; install_node_peers; prepare_peer_inputs
  say "peers ready: ${peer_ok[*]:-none}"
elif $need_peers; then
  say "skip all peers: $peers not found (set BENCH_PEERS_SRC)"
fi
has_peer() { [[ " ${peer_ok[*]:-} " == *" $1 "* ]]; }
manifest() {
  [ -f "$work/manifest-$1.csv" ] || { echo "plan,patient,date"; for i in $(seq "$1"); do echo "it-band-syndrome,Patient $i,2026-01-15"; done; } > "$work/manifest-$1.csv"
}

for mode in "${modes[@]}"; do
  case $mode in
    cold)
      # bin/hep makes its class-data archive on first use; not part of the timing.
      bin/hep --version >/dev/null
      echo; echo "cold: one IT band handout, one process; ratio = engine / reference (< 1: engine faster)"
      header
      for e in bin/hep reportlab fpdf2 typst-cli; do
        [ "$e" = bin/hep ] || has_peer "$e" || continue
        compare "$e vs hep-jar" "$(cold_cmd hep-jar "$out/a.pdf")" "$(cold_cmd "$e" "$out/b.pdf")" "$pairs"
      done
      if has_peer reportlab; then
        compare "bin/hep vs reportlab" "$(cold_cmd reportlab "$out/a.pdf")" "$(cold_cmd bin/hep "$out/b.pdf")" "$pairs"
        compare "hep-jar vs reportlab" "$(cold_cmd reportlab "$out/a.pdf")" "$(cold_cmd hep-jar "$out/b.pdf")" "$pairs"
      fi
      ;;
    batch)
      bin/hep --version >/dev/null   # the class-data archive, made before timing
      for n in $batch_sizes; do
        manifest "$n"
        echo; echo "batch: $n handouts in one process (bin/hep batch --jobs 1, as the README runs it); ratio = engine / hep per handout"
        header
        for e in $batch_peers; do
          has_peer "$e" || { say "skip $e: not installed"; continue; }
          rm -rf "$out/a" "$out/b"; mkdir -p "$out/a" "$out/b"
          compare "$e vs hep batch ($n)" "$(batch_cmd bin/hep "$n" "$out/a")" "$(batch_cmd "$e" "$n" "$out/b")" "$batch_pairs"
        done
      done
      ;;
    size)
      echo; echo "size: the IT band handout (bytes)"
      eval "$(cold_cmd hep-jar "$out/hep.pdf")" >/dev/null
      printf '%-12s %8s\n' hep "$(stat -c %s "$out/hep.pdf")"
      for e in reportlab fpdf2 typst-cli; do
        has_peer "$e" || continue
        eval "$(cold_cmd "$e" "$out/$e.pdf")" >/dev/null 2>&1 && printf '%-12s %8s\n' "$e" "$(stat -c %s "$out/$e.pdf")"
      done
      if has_peer typst-ts; then
        eval "$(batch_cmd typst-ts 1 "$out/ts")" >/dev/null 2>&1 && printf '%-12s %8s\n' typst-ts "$(stat -c %s "$out"/ts/*.pdf)"
      fi
      echo "hep by part:"
      "$java" -cp "$jar:target/test-classes" org.hep.bench.PdfBytes "$out/hep.pdf"
      # The peers draw no pictures: the same handout from a copy of the library without figures.
      if [ -x "$work/venv/bin/python" ]; then
        rm -rf "$work/nofig" && cp -r plans "$work/nofig" && "$work/venv/bin/python" bench/strip_figures.py "$work/nofig/exercises"
        "$java" -jar "$jar" generate "$work/nofig/it-band-syndrome.yaml" --library "$work/nofig/exercises" \
          --date 2026-01-15 -o "$out/hep-nofig.pdf" >/dev/null
        echo "hep without figures by part:"
        "$java" -cp "$jar:target/test-classes" org.hep.bench.PdfBytes "$out/hep-nofig.pdf"
      fi
      ;;
    memory)
      manifest "$memory_rows"
      echo; echo "memory: $memory_rows handouts, bin/hep batch --jobs 1, -Xmx128m; RSS sampled every 10 s"
      bin/hep --version >/dev/null   # the class-data archive, made before timing
      memory_run "env HEP_JAVA_OPTS=-Xmx128m ${BENCH_NICE:+nice -n $BENCH_NICE} bin/hep batch $work/manifest-$memory_rows.csv --out-dir $out/m --jobs 1"
      ;;
    profile)
      manifest 1000
      echo; echo "profile: hep batch of 1000 --jobs 1 under JFR; top frames by execution samples"
      "$java" -XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=filename="$out/batch.jfr",settings=profile \
        -Xlog:disable -jar "$jar" \
        batch "$work/manifest-1000.csv" --out-dir "$out/p" --jobs 1 >/dev/null 2>&1
      top_frames "$out/batch.jfr" 5
      echo "hep and PDFBox methods by inclusive share (in how many samples' stacks):"
      top_methods "$out/batch.jfr" 15
      ;;
    warm)
      "$java" -cp "$jar:target/test-classes" org.hep.bench.WarmRender it-band-syndrome standard 200
      ;;
    *) echo "bench: unknown mode $mode (all, cold, batch, size, memory, profile, warm)" >&2; exit 2 ;;
  esac
done
say "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
