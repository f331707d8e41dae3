#!/usr/bin/env python3
"""Fills the English plural forms of reviewbench_en.ts from the source text's "(s)" pattern:
"%n problem(s)" -> "%n problem" / "%n problems". Run after `cmake --build build --target update_translations`."""
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "resources/translations/reviewbench_en.ts")
text = path.read_text(encoding="utf-8")
message = re.compile(r'(<message numerus="yes">.*?<source>(.*?)</source>.*?)<translation[^>]*>.*?</translation>', re.S)


def forms(source: str) -> str:
    singular = re.sub(r"(\w+)\(s\)", r"\1", source)
    plural = re.sub(r"(\w+)\(s\)", r"\1s", source)
    return ("<translation>\n            <numerusform>%s</numerusform>\n"
            "            <numerusform>%s</numerusform>\n        </translation>" % (singular, plural))


text, count = message.subn(lambda m: m.group(1) + forms(m.group(2)), text)
path.write_text(text, encoding="utf-8")
print(f"{path.name}: {count} plural message(s) filled")
