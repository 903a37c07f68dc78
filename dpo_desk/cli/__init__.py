"""The `dpo-desk` command line: one module per command group, each calling the services only.

Command modules import nothing heavy at module level (no Qt, ReportLab or openpyxl), so a
command that does not write a report starts fast.
"""
