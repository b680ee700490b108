from . import asn_delegasi_penilaian, hr_department, hr_employee
from . import asn_kedudukan_policy
from . import res_company
from . import res_config_settings
from . import hr_employee_public
from . import asn_penugasan
from . import asn_penugasan_refuse_wizard
from . import asn_tim_kerja
from . import res_users
from . import asn_laporan
from . import asn_laporan_return_wizard
from . import asn_eskalasi
