#!/usr/bin/env python3
"""Keeps meshnat_ja.ts complete.

  tsfill.py --list meshnat_ja.ts          print unfinished entries as TSV
  tsfill.py meshnat_ja.ts DONE.tsv        fill them from TSV: context<TAB>source<TAB>translation

Run `ninja -C build update_translations` first so the .ts knows every string.
Escapes in the TSV: \\t and \\n.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(s):
    return s.replace('\\n', '\n').replace('\\t', '\t')


def escape(s):
    return s.replace('\t', '\\t').replace('\n', '\\n')


def main():
    if len(sys.argv) == 3 and sys.argv[1] == '--list':
        tree = ET.parse(sys.argv[2])
        for ctx in tree.getroot().findall('context'):
            name = ctx.find('name').text
            for m in ctx.findall('message'):
                if m.find('translation').get('type') == 'unfinished':
                    print(f"{name}\t{escape(m.find('source').text)}\t")
        return 0
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, tsv = sys.argv[1], sys.argv[2]
    done = {}
    for line in open(tsv, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line:
            continue
        ctx, src, ja = line.split('\t')
        done[(ctx, unescape(src))] = unescape(ja)
    tree = ET.parse(path)
    left = 0
    for ctx in tree.getroot().findall('context'):
        name = ctx.find('name').text
        for m in ctx.findall('message'):
            tr = m.find('translation')
            key = (name, m.find('source').text)
            if tr.get('type') == 'unfinished':
                if key in done and done[key]:
                    del tr.attrib['type']
                    if m.get('numerus') == 'yes':
                        # Japanese has one plural form.
                        for child in list(tr):
                            tr.remove(child)
                        tr.text = None
                        ET.SubElement(tr, 'numerusform').text = done[key]
                    else:
                        tr.text = done[key]
                else:
                    left += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    text = open(path, encoding='utf-8').read().replace(
        "<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    open(path, 'w', encoding='utf-8').write(text if text.endswith('\n') else text + '\n')
    print(f'{left} unfinished left', file=sys.stderr)
    return 1 if left else 0


sys.exit(main())
