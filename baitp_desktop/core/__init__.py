"""The BAITP protocol as plain Python: records, rules, validator, endpoints.

No Qt and no database imports here (a test enforces it): the GUI, the command line, the
reports and the tests all call the same functions on the same immutable records.
"""

from baitp_desktop.core.config import ProtocolConfig, default_config, load_config
from baitp_desktop.core.endpoints import Endpoints, compute_endpoints
from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.records import Participant
from baitp_desktop.core.validator import validate_participant, validate_study

__all__ = [
    "Endpoints",
    "Finding",
    "Participant",
    "ProtocolConfig",
    "Severity",
    "compute_endpoints",
    "default_config",
    "load_config",
    "validate_participant",
    "validate_study",
]
