"""DPO Desk: a Data Protection Officer's casebook in one encrypted file.

Everything below `dpo_desk.ui` is free of Qt, so the command line, the window and the tests share
one core.
"""

__version__ = "0.1.0"
