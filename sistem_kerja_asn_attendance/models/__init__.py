from . import asn_kedudukan_policy
from . import asn_kerja_fleksibel
from . import hr_attendance
from . import hr_employee
