#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a translation catalogue against the sources, without changing it.

Up to date: lupdate, run with the build's options on a scratch copy, would add no message and drop none.
Complete: no message is unfinished, and none has an empty translation or plural form.
Placeholders: every translation and plural form keeps its source's %1..%99 and %n, and its HTML tags.

    check_catalogue.py --lupdate LUPDATE --catalogue FILE.ts --sources-list LIST --work-dir DIR
                       [--include DIR]... -- LUPDATE_OPTIONS...

LIST holds one source file per line. Every problem is listed by context and source text; the exit status is 1
when there is any.
"""

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

# %1 .. %99, also in the localized form %L1; %n and %Ln. "%L1" and "%1" stand for the same argument.
PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
# Opening and closing tags of Qt's rich text; attribute values may be translated. Other words in angle brackets,
# such as "<folder>" in command-line help, are names a translation may change.
HTML_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
RICH_TEXT_TAGS = {
    "a", "address", "b", "big", "blockquote", "body", "br", "center", "cite", "code", "dd", "dfn", "div", "dl",
    "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "i", "img", "kbd", "li",
    "meta", "nobr", "ol", "p", "pre", "qt", "s", "samp", "small", "span", "strong", "sub", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "title", "tr", "tt", "u", "ul", "var",
}  # fmt: skip

Message = collections.namedtuple("Message", "context source comment numerus kind translations")


def read_catalogue(path):
    """The messages of a .ts file, in file order."""
    messages = []
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        context_name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")] if translation is not None else []
            else:
                forms = [(translation.text or "") if translation is not None else ""]
            messages.append(
                Message(
                    context=context_name,
                    source=message.findtext("source", default=""),
                    comment=message.findtext("comment", default=""),
                    numerus=message.get("numerus") == "yes",
                    kind=kind,
                    translations=forms,
                )
            )
    return messages


def key(message):
    return (message.context, message.source, message.comment, message.numerus)


def describe(message):
    source = message.source.replace("\n", "\\n")
    text = f"{message.context}: \"{source}\""
    if message.comment:
        text += f" ({message.comment})"
    return text


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def tags(text):
    found = ((closing, name.lower()) for closing, name in HTML_TAG.findall(text))
    return sorted(closing + name for closing, name in found if name in RICH_TEXT_TAGS)


def run_lupdate(args, lupdate_options, copy):
    command = [args.lupdate, "-silent", *lupdate_options]
    command += [f"-I{directory}" for directory in args.include]
    command += [f"@{args.sources_list}", "-ts", copy]
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        sys.exit(f"lupdate failed ({result.returncode}):\n{result.stdout}")


def main():
    argv = sys.argv[1:]
    lupdate_options = []
    if "--" in argv:
        split = argv.index("--")
        argv, lupdate_options = argv[:split], argv[split + 1 :]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--catalogue", required=True)
    parser.add_argument("--sources-list", required=True)
    parser.add_argument("--work-dir", required=True)
    parser.add_argument("--include", action="append", default=[])
    args = parser.parse_args(argv)

    name = os.path.basename(args.catalogue)
    if not os.path.exists(args.catalogue):
        sys.exit(f"{name} does not exist: build the target update_translations to create it")

    os.makedirs(args.work_dir, exist_ok=True)
    copy = os.path.join(args.work_dir, name)
    shutil.copyfile(args.catalogue, copy)
    run_lupdate(args, lupdate_options, copy)

    committed = read_catalogue(args.catalogue)
    updated = read_catalogue(copy)
    current = [message for message in committed if message.kind not in ("vanished", "obsolete")]
    current_keys = {key(message) for message in current}
    updated_keys = {key(message) for message in updated}

    problems = []

    def report(title, messages, detail=lambda message: ""):
        if messages:
            problems.append(f"{name}: {len(messages)} {title}:")
            problems.extend(f"    {describe(message)}{detail(message)}" for message in messages)

    added = [message for message in updated if key(message) not in current_keys]
    dropped = [
        message for message in committed if message.kind in ("vanished", "obsolete") or key(message) not in updated_keys
    ]
    unfinished = [message for message in current if message.kind == "unfinished"]
    empty = [
        message
        for message in current
        if message.kind != "unfinished" and (not message.translations or not all(message.translations))
    ]
    report("message(s) in the sources are missing from the catalogue", added)
    report("message(s) of the catalogue are no longer in the sources", dropped)
    report("message(s) are unfinished", unfinished)
    report("finished message(s) have an empty translation or plural form", empty)

    # Each translation and plural form keeps what extract() finds in its source: placeholders, then HTML tags.
    def report_changed(what, extract, show):
        def changed_forms(message):
            expected = extract(message.source)
            return [form for form in message.translations if form and extract(form) != expected]

        changed = [message for message in current if changed_forms(message)]
        report(
            "translation(s) change the " + what + " of their source",
            changed,
            lambda message: "\n        expected "
            + (show(extract(message.source)) or "none")
            + "; got: "
            + " | ".join(changed_forms(message)),
        )
        return changed

    bad_placeholders = report_changed("placeholders", placeholders, lambda found: ", ".join("%" + p for p in found))
    bad_tags = report_changed("HTML tags", tags, lambda found: ", ".join("<" + "".join(tag) + ">" for tag in found))

    if problems:
        print("\n".join(problems))
        verdicts = []
        if added or dropped:
            verdicts.append("not up to date: build the target update_translations")
        if unfinished or empty:
            verdicts.append("not complete: translate the unfinished messages and mark them finished")
        if bad_placeholders or bad_tags:
            verdicts.append("placeholders or HTML tags differ: correct the translations listed")
        print(f"{name}: " + "; ".join(verdicts))
        return 1
    print(f"{name} is complete and up to date ({len(current)} messages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
