"""Merge a .pot exported by Odoo into sistem_kerja_asn/i18n/id.po.

    odoo-bin ... --i18n-export=/tmp/sistem_kerja_asn.pot --modules=sistem_kerja_asn
    .venv/bin/python scripts/i18n_update.py /tmp/sistem_kerja_asn.pot [translations.json]

Existing translations are kept, new terms are added (filled from the optional JSON map
{msgid: msgstr}), terms no longer in the source are dropped. Prints what is still untranslated.
"""

import json
import sys
from pathlib import Path

import polib

PO = Path(__file__).resolve().parent.parent / "sistem_kerja_asn" / "i18n" / "id.po"


def main(pot_path, extra_path=None):
    pot = polib.pofile(pot_path)
    old = {e.msgid: e for e in polib.pofile(str(PO))} if PO.exists() else {}
    extra = json.loads(Path(extra_path).read_text()) if extra_path else {}
    po = polib.POFile(wrapwidth=78)
    po.metadata = {
        "Project-Id-Version": "Odoo Server 18.0",
        "Report-Msgid-Bugs-To": "",
        "Last-Translator": "",
        "Language-Team": "Indonesian",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "",
        "Language": "id",
        "Plural-Forms": "nplurals=1; plural=0;",
    }
    missing = []
    for entry in pot:
        msgstr = extra.get(entry.msgid) or (old[entry.msgid].msgstr if entry.msgid in old else "")
        entry.msgstr = msgstr
        entry.flags = [f for f in entry.flags if f != "fuzzy"]
        po.append(entry)
        if not msgstr:
            missing.append(entry.msgid)
    po.header = (
        "Translation of Odoo Server.\n"
        "This file contains the translation of the following modules:\n"
        "\t* sistem_kerja_asn\n"
    )
    po.save(str(PO))
    for msgid in missing:
        print("UNTRANSLATED:", json.dumps(msgid, ensure_ascii=False))
    print(f"{len(po)} terms, {len(missing)} untranslated")


if __name__ == "__main__":
    main(*sys.argv[1:])
