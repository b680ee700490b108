"""Letter numbers of a Perangkat Daerah (R15): ``800.1/<n>/<code>/<year>``, one sequence per PD,
restarting each year. No Odoo here: ``hr.department`` keeps the sequence and calls these.
"""

import re

PREFIX = "800.1/"
PADDING = 3


def sequence_code(pd_id):
    """The ``ir.sequence`` code of a PD's letters."""
    return "asn.letter.pd.%s" % (pd_id or 0)


def pd_code(kode_surat, name):
    """The PD's code in its letter numbers: its letter code, else the initials of its name."""
    return kode_surat or "".join(w[0] for w in (name or "PD").split() if w).upper()


def suffix(code):
    """The ``ir.sequence`` suffix: the PD's code and the year of the date range."""
    return "/%s/%%(range_year)s" % code


def highest_numbers(numbers, code):
    """{year: the highest ``n``} among ``numbers`` written in the PD's format, e.g. letters
    entered by hand or imported, so the sequence continues above them."""
    pattern = re.compile(r"^%s(\d+)/%s/(\d{4})$" % (re.escape(PREFIX), re.escape(code)))
    found = {}
    for number in numbers:
        match = pattern.match((number or "").strip())
        if match:
            n, year = int(match.group(1)), int(match.group(2))
            found[year] = max(n, found.get(year, 0))
    return found


__all__ = ["PADDING", "PREFIX", "highest_numbers", "pd_code", "sequence_code", "suffix"]
