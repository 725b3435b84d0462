"""Translates an XLIFF 1.2 file as a CAT tool would, with translate-toolkit (Debian's translate-toolkit).

Usage: cat-tool.py IN.xlf OUT.xlf < {"<unit id>": "text", ...}
For each unit named, the target starts as a copy of the current target (or of the source when there is none), tags
kept; its longest text piece becomes the given text; the unit is marked approved. Other units are left alone.
"""
import copy
import json
import sys

from translate.storage import xliff
from translate.storage.placeables import StringElem

texts = json.load(sys.stdin)
store = xliff.xlifffile.parsefile(sys.argv[1])
for unit in store.units:
    text = texts.get(unit.xmlelement.get("id"))
    if text is None:
        continue
    rich = copy.deepcopy(unit.rich_target if unit.target else unit.rich_source)
    leaves = [
        leaf
        for leaf in rich[0].flatten()
        if type(leaf) is StringElem and leaf.isleaf() and str(leaf).strip()
    ]
    longest = max(leaves, key=lambda leaf: len(str(leaf)))
    longest.sub = [text]
    unit.rich_target = rich
    unit.markapproved(True)
store.savefile(sys.argv[2])
