#!/usr/bin/env python3
"""Fills the English plural forms in meshnat_en.ts (numerus messages only).

  tsplural_en.py meshnat_en.ts

Every English source with a count says "%n thing(s)"; singular drops "(s)",
plural makes it "s" (and the singular's "are"/"were" become "is"/"was"). A count before a capitalised name ("%n Up")
stays as it is. Any other numerus source without "(s)" is reported and left
unfinished, so the l10n test names it.
"""
import re
import sys
import xml.etree.ElementTree as ET


def main():
    path = sys.argv[1]
    tree = ET.parse(path)
    missing = 0
    for ctx in tree.getroot().findall('context'):
        for m in ctx.findall('message'):
            if m.get('numerus') != 'yes':
                continue
            tr = m.find('translation')
            if tr.get('type') != 'unfinished':
                continue
            src = m.find('source').text
            if '(s)' in src:
                one = src.replace('(s)', '').replace(' are ', ' is ').replace(' were ', ' was ')
                forms = (one, src.replace('(s)', 's'))
            elif re.search(r'%n [A-Z]', src):
                forms = (src, src)  # a count before a name ("%n Up"): no plural
            else:
                print(f"{ctx.find('name').text}: cannot pluralise: {src}", file=sys.stderr)
                missing += 1
                continue
            for f in list(tr):
                tr.remove(f)
            for form in forms:
                e = ET.SubElement(tr, 'numerusform')
                e.text = form
            del tr.attrib['type']
    ET.indent(tree, space='    ')
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
