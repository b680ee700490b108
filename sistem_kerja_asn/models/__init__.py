from . import asn_sudo_guard  # before the access mixin that inherits it

# isort: split
from . import asn_access_mixin
from . import asn_workflow_mixin  # before the models that inherit the engine

# isort: split
from . import asn_kedudukan_policy_line_base  # before the policy lines that inherit them
from . import asn_kedudukan_policy_line_mixin
from . import asn_tim_kerja_line_mixin

# isort: split
from . import asn_base_kinerja_file
from . import asn_base_kinerja_line
from . import asn_delegasi_penilaian
from . import asn_demo_loader
from . import asn_eskalasi
from . import asn_eskalasi_answer_wizard
from . import asn_hari_libur_import_wizard
from . import asn_jam_kerja_refuse_wizard
from . import asn_jam_kerja_request
from . import asn_kedudukan_policy
from . import asn_kedudukan_policy_ceiling
from . import asn_kedudukan_policy_letter
from . import asn_kedudukan_policy_review
from . import asn_kedudukan_policy_rule
from . import asn_kerja_fleksibel
from . import asn_kinerja
from . import asn_kinerja_behaviour
from . import asn_kinerja_catatan
from . import asn_kinerja_core_value
from . import asn_kinerja_evaluation
from . import asn_kinerja_evaluation_line
from . import asn_kinerja_expectation
from . import asn_kinerja_export_wizard
from . import asn_kinerja_indicator
from . import asn_kinerja_matrix_report
from . import asn_kinerja_matrix_wizard
from . import asn_kinerja_org_predikat
from . import asn_kinerja_recap_wizard
from . import asn_kinerja_rekomendasi
from . import asn_kinerja_skp_report
from . import asn_kinerja_skp_report_evaluation
from . import asn_laporan
from . import asn_laporan_return_wizard
from . import asn_letter_report
from . import asn_pengecualian_jam_kerja
from . import asn_penugasan
from . import asn_penugasan_refuse_wizard
from . import asn_tim_kerja
from . import asn_tim_kerja_consent_wizard
from . import asn_tim_kerja_member
from . import asn_tim_kerja_target
from . import hr_department
from . import hr_employee
from . import hr_employee_public
from . import mail_activity_type
from . import res_company
from . import res_config_settings
from . import res_users
from . import resource_calendar

# isort: split
from . import asn_dashboard  # after the documents it extends
