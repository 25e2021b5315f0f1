"""baitp-desktop: the electronic case report form of the BAITP trial."""

__version__ = "0.1.0"
