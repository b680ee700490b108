from . import portal
from . import portal_jam_kerja
