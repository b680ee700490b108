from . import test_access
from . import test_i18n
from . import test_install
from . import test_kedudukan
from . import test_kinerja
from . import test_kinerja_documents
from . import test_laporan
from . import test_penugasan
