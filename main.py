"""Opens the DPO Desk window.

`python main.py [--store PATH] [--demo] [--page NAME] [--lang fi|sv|en] [--screenshot FILE]`
"""

from dpo_desk.ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
