"""Reading a JSON file a piece at a time, so a large export is never held whole in memory.

The structure around the values the caller wants (the document's object, the object of tables,
each table's array) is walked by hand; each value inside it (a row, a head field) is parsed by the
standard library's decoder with the caller's hooks. Any JSON text is accepted, however it is laid
out; what is refused is refused at the line and column `json.loads` would name.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

_WHITESPACE = re.compile("[ \t\n\r]*")
_NUMBER_GOES_ON = "0123456789.eE+-"
_CHUNK = 1 << 20


class JsonStream:
    """A cursor over the JSON text of a binary file, from a byte offset (the start of a value) on.

    `members()` walks an object and `elements()` an array, leaving the stream at each member's or
    element's value for the caller to take with `value()` or to walk further; `offset()` is the
    byte offset of the next value, to come back to it later with a new stream.
    """

    def __init__(self, file: BinaryIO, decoder: json.JSONDecoder, offset: int = 0, chunk: int = _CHUNK) -> None:
        file.seek(offset)
        self._chunk = chunk  # bytes read at a time
        self._file = file
        self._decoder = decoder
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._text = ""
        self._pos = 0
        self._eof = False
        self._base = offset  # the byte offset of self._text[0]
        self._line = 1  # the line of self._text[0]
        self._column = 0  # characters before self._text[0] on its line

    # -- walking ------------------------------------------------------------------------------------

    def peek(self) -> str:
        """The next character that is not whitespace ("" at the end of the file)."""
        while True:
            text = self._text
            pos = self._pos = _WHITESPACE.match(text, self._pos).end()
            if pos < len(text):
                return text[pos]
            if self._eof:
                return ""
            self._read()

    def value(self) -> Any:
        """The next whole value, parsed by the decoder (its hooks' errors pass through)."""
        self.peek()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._text, self._pos)
            except json.JSONDecodeError as error:
                if self._eof or not self._maybe_cut(error):
                    raise self.error(error.msg, error.pos) from None
                self._read(more=True)
                continue
            if not self._eof and self._may_go_on(end):
                self._read(more=True)
                continue
            self._pos = end
            return value

    def members(self) -> Iterator[str]:
        """Each key of the object that comes next; after each, the stream stands at that key's value."""
        self._expect("{", "Expecting value")
        if self.peek() == "}":
            self._pos += 1
            return
        while True:
            if self.peek() != '"':
                raise self.error("Expecting property name enclosed in double quotes")
            key = self.value()
            self._expect(":", "Expecting ':' delimiter")
            self.peek()
            yield key
            following = self.peek()
            self._pos += 1
            if following == "}":
                return
            if following != ",":
                raise self.error("Expecting ',' delimiter", self._pos - 1)

    def elements(self) -> Iterator[int]:
        """Counts the elements of the array that comes next (1, 2, ...), the stream standing at each."""
        self._expect("[", "Expecting value")
        if self.peek() == "]":
            self._pos += 1
            return
        number = 0
        while True:
            number += 1
            self.peek()
            yield number
            following = self.peek()
            self._pos += 1
            if following == "]":
                return
            if following != ",":
                raise self.error("Expecting ',' delimiter", self._pos - 1)

    def skip(self) -> None:
        """Passes over the next value; an array's elements one by one, so a long one is never held."""
        if self.peek() == "[":
            for _ in self.elements():
                self.skip()
        elif self.peek() == "{":
            for _ in self.members():
                self.skip()
        else:
            self.value()

    def finish(self) -> None:
        """Only whitespace may follow the document's value."""
        if self.peek():
            raise self.error("Extra data")

    def offset(self) -> int:
        """The byte offset in the file of the next value."""
        self.peek()
        return self._base + len(self._text[: self._pos].encode("utf-8"))

    def error(self, message: str, pos: int | None = None) -> json.JSONDecodeError:
        """A JSONDecodeError whose line and column are the file's, not the piece's."""
        pos = self._pos if pos is None else pos
        before = self._text[:pos]
        newlines = before.count("\n")
        column = pos - before.rfind("\n") if newlines else self._column + pos + 1
        error = json.JSONDecodeError(message, self._text, pos)
        error.lineno, error.colno = self._line + newlines, column
        return error

    # -- reading ------------------------------------------------------------------------------------

    def _expect(self, character: str, message: str) -> None:
        if self.peek() != character:
            raise self.error(message)
        self._pos += 1

    def _maybe_cut(self, error: json.JSONDecodeError) -> bool:
        """Whether the decoder may have failed only because the piece in memory ends inside the value."""
        return error.pos >= len(self._text) - 8 or error.msg.startswith("Unterminated string")

    def _may_go_on(self, end: int) -> bool:
        """Whether a number the decoder took may go on in the next piece ("2.5" of "2.5e3")."""
        return end >= len(self._text) or (end >= len(self._text) - 8 and self._text[end] in _NUMBER_GOES_ON)

    def _read(self, more: bool = False) -> None:
        """Drops what has been walked past and reads the next piece (at least as much as is held, when `more`)."""
        if self._pos:
            walked = self._text[: self._pos]
            self._base += len(walked.encode("utf-8"))
            newlines = walked.count("\n")
            self._line += newlines
            self._column = len(walked) - walked.rfind("\n") - 1 if newlines else self._column + len(walked)
            self._text, self._pos = self._text[self._pos :], 0
        size = max(self._chunk, len(self._text)) if more else self._chunk
        data = self._file.read(size)
        self._eof = not data
        self._text += self._utf8.decode(data, final=self._eof)
