import polib
from odoo.tests import TransactionCase
from odoo.tests import tagged
from odoo.tools.misc import file_path
from odoo.tools.translate import TranslationModuleReader


@tagged("post_install", "-at_install")
class TestIndonesianComplete(TransactionCase):
    """Every term Odoo would export for the bridge has an Indonesian translation in its id.po."""

    def test_id_po_covers_every_exported_term(self):
        po = polib.pofile(file_path("sistem_kerja_asn_attendance/i18n/id.po"))
        translated = {e.msgid for e in po if e.msgstr and not e.obsolete and "fuzzy" not in e.flags}
        reader = TranslationModuleReader(self.env.cr, modules=["sistem_kerja_asn_attendance"])
        terms = {source for _module, _type, _name, _res_id, source, _value, _comments in reader}
        self.assertTrue(terms, "the export found no term at all")
        missing = sorted(terms - translated)
        self.assertFalse(missing, "untranslated in i18n/id.po:\n%s" % "\n".join(missing))
