#!/usr/bin/env python3
"""Drop the `figure:` of every exercise file in a folder, so a handout can be measured
without pictures (the peers draw none). usage: strip_figures.py EXERCISES_DIR"""
import glob, os, sys, yaml
for path in glob.glob(os.path.join(sys.argv[1], "*.yaml")):
    data = yaml.safe_load(open(path, encoding="utf-8"))
    if isinstance(data, dict) and data.pop("figure", None) is not None:
        yaml.safe_dump(data, open(path, "w", encoding="utf-8"), allow_unicode=True, sort_keys=False)
