#!/usr/bin/python3
# The TextFSM baseline of bench_import: parses a `show ip nat translations`
# capture with the template beside this script and prints the row count.
#   python3 parse.py TEMPLATE FILE
import sys

import textfsm

with open(sys.argv[1]) as template, open(sys.argv[2]) as capture:
    rows = textfsm.TextFSM(template).ParseText(capture.read())
print(len(rows))
