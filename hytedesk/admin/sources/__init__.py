"""Readers of the catalogue's sources: PTV JSON, HSDS (JSON and data package), spreadsheet."""
