"""Data out: CSV for statisticians and CDISC ODM 1.3.2 for archives and other EDC systems.

`dictionary.py` defines every domain, variable and code list once; `rows.py` turns core
records into rows per domain; `csv_export.py` and `odm_export.py` write them. The JSON
bundle (round-trips with import) lives in `baitp_desktop.core.bundle`.
"""
