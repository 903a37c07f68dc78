"""Characters that change how text looks without being seen: control characters and bidi overrides.

A name holding U+202E (RIGHT-TO-LEFT OVERRIDE) shows "Anna.pdf" reversed; an ESC sequence can
rewrite a terminal. The command line prints every such character as a visible `\\uXXXX` escape
(valid inside JSON strings too), and the window marks a value holding one.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, the bidirectional embeddings, overrides, isolates and
# marks, and the Unicode line and paragraph separators.
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def hidden_characters(text: str) -> list[str]:
    """The code points (as U+XXXX) in `text` that a reader would not see for what they are."""
    return sorted({f"U+{ord(c):04X}" for c in _HIDDEN.findall(text)})


def visible(text: str) -> str:
    """`text` with each hidden character written as `\\uXXXX`; everything else unchanged."""
    return _HIDDEN.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
