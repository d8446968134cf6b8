"""HyteDesk: an offline guide to well-being and health-promotion services."""

__version__ = "0.1.0"
