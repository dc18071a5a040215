#!/usr/bin/python3
# The TextFSM baseline of bench_import: parses a `show ip nat translations`
# capture with the template beside this script and prints the row count.
#   python3 parse.py TEMPLATE FILE [--json OUT]
# --json also writes the rows to OUT as JSON (a list of objects keyed by the
# template's value names), as a user of TextFSM does to hand them to a tool:
# the like-for-like baseline of `meshnat-cli parse-translations --json`.
import json
import sys

import textfsm

with open(sys.argv[1]) as template, open(sys.argv[2]) as capture:
    fsm = textfsm.TextFSM(template)
    rows = fsm.ParseText(capture.read())
if len(sys.argv) == 5 and sys.argv[3] == "--json":
    with open(sys.argv[4], "w") as out:
        json.dump([dict(zip(fsm.header, row)) for row in rows], out, indent=4)
print(len(rows))
