#!/usr/bin/env python3
"""Helps translators work on translations/*.ts without Qt Linguist.

  translations.py status TS...           counts of finished and unfinished messages
  translations.py todo TS [-o FILE]      unfinished messages as JSON
  translations.py fill TS FILE.json      puts the translations of FILE.json in TS

The JSON is a list of {"context", "source", "translation"}; for a message with
%n (numerus="yes") "translation" is a list with one form per plural form of the
language (two for it, es, de and fr). `fill` refuses a translation whose
placeholders (%1, %2, %n, %L1) differ from the source's and says which.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?\d+|%n")


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def messages(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def unfinished(msg):
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished",):
        return True
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return not forms or any(not (f.text or "").strip() for f in forms)
    return not (tr.text or "").strip()


def status(paths):
    bad = 0
    for path in paths:
        _, root = load(path)
        total = done = 0
        for _, msg in messages(root):
            if msg.find("translation") is not None and msg.find("translation").get("type") in (
                "obsolete",
                "vanished",
            ):
                continue
            total += 1
            done += 0 if unfinished(msg) else 1
        print(f"{path}: {done}/{total} translated, {total - done} to do")
        bad += total - done
    return 0


def todo(path, out):
    _, root = load(path)
    items = []
    for ctx, msg in messages(root):
        if unfinished(msg):
            item = {"context": ctx, "source": msg.findtext("source")}
            comment = msg.findtext("comment") or msg.findtext("extracomment")
            if comment:
                item["comment"] = comment
            if msg.get("numerus") == "yes":
                item["numerus"] = True
            item["translation"] = [] if msg.get("numerus") == "yes" else ""
            items.append(item)
    text = json.dumps(items, ensure_ascii=False, indent=1)
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    else:
        print(text)
    print(f"{len(items)} unfinished in {path}", file=sys.stderr)
    return 0


def fill(path, jsonpath):
    tree, root = load(path)
    with open(jsonpath, encoding="utf-8") as f:
        items = json.load(f)
    wanted = {(i["context"], i["source"]): i["translation"] for i in items if i.get("translation")}
    filled = problems = 0
    for ctx, msg in messages(root):
        key = (ctx, msg.findtext("source"))
        if key not in wanted:
            continue
        value = wanted.pop(key)
        source = key[1]
        numerus = msg.get("numerus") == "yes"
        forms = value if isinstance(value, list) else [value]
        if numerus and len(forms) < 2:
            print(f"{jsonpath}: {ctx}: needs 2 plural forms: {source!r}", file=sys.stderr)
            problems += 1
            continue
        ok = True
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                # A singular form may leave %n out ("un processo").
                if numerus and set(PLACEHOLDER.findall(source)) - {"%n"} == set(
                    PLACEHOLDER.findall(form)
                ) - {"%n"}:
                    continue
                print(f"{jsonpath}: {ctx}: placeholders differ: {source!r} -> {form!r}",
                      file=sys.stderr)
                ok = False
        if not ok:
            problems += 1
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        tr.attrib.pop("type", None)
        tr.text = None
        for child in list(tr):
            tr.remove(child)
        if numerus:
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = forms[0]
        filled += 1
    save(tree, path)
    for (ctx, source) in wanted:
        print(f"{jsonpath}: {ctx}: no such message in {path}: {source!r}", file=sys.stderr)
    print(f"{path}: {filled} filled, {problems} refused, {len(wanted)} unknown", file=sys.stderr)
    return 1 if problems else 0


def main(argv):
    if len(argv) >= 2 and argv[0] == "status":
        return status(argv[1:])
    if len(argv) in (2, 4) and argv[0] == "todo":
        return todo(argv[1], argv[3] if len(argv) == 4 and argv[2] == "-o" else None)
    if len(argv) == 3 and argv[0] == "fill":
        return fill(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
