from . import test_attendance
from . import test_i18n
