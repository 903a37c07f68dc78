"""The streamed JSON reader gives what `json.loads` gives, and refuses where it refuses, however the file is cut."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from dpo_desk.services.json_stream import JsonStream

DOCUMENTS = [
    '{"format": "x", "tables": {"a": [{"id": 1}, {"id": 2, "t": "Łódź 🙂\\n"}], "b": []}}',
    '{\n  "tables": {\n    "a": [\n      {"id": 1},\n      {"id": 22}\n    ]\n  },\n  "n": 12345\n}\n',
    '  {"a":[1,2.5e3,-7,true,false,null,"x"],"b":{"c":[[]]},"d":{}}  ',
    '{"tables": {"a": [{"id": 1} {"id": 2}]}}',  # a missing comma
    '{"tables": {"a": [{"id": 1},]}}',  # a trailing comma
    '{"tables": {"a": [{"id": 1}]}} x',  # extra data
    '{"tables": {"a": [{"id": "unterminated}]}}',
    '{"tables" {"a": []}}',
    '{"tables": {"a": [1, 2}}',
    '{"a": 1, }',
    '{"a": tru}',
    '{"a": 1',
    '{"a": "\\u12"}',
    "{}",
    "[]",
    '"just text"',
    "12",
    "",
    "\ufeff{}",
    '{"é": "ü\\u00e9", "n": [\n1,\n2\n,\n3]}',
]


def _walk(stream: JsonStream, depth: int = 0) -> Any:
    """Rebuilds the value through the stream's walking, down to the depth an export is walked to."""
    following = stream.peek()
    if depth < 3 and following == "{":
        return {key: _walk(stream, depth + 1) for key in stream.members()}
    if depth < 3 and following == "[":
        return [_walk(stream, depth + 1) for _ in stream.elements()]
    return stream.value()


def _streamed(text: str, chunk: int) -> Any:
    stream = JsonStream(io.BytesIO(text.encode("utf-8")), json.JSONDecoder(), chunk=chunk)
    value = _walk(stream)
    stream.finish()
    return value


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64, 1 << 20])
@pytest.mark.parametrize("text", DOCUMENTS)
def test_the_stream_reads_and_refuses_as_json_loads_does(text: str, chunk: int) -> None:
    try:
        expected = json.loads(text)
    except json.JSONDecodeError as error:
        with pytest.raises(json.JSONDecodeError) as refused:
            _streamed(text, chunk)
        assert (refused.value.lineno, refused.value.colno) == (error.lineno, error.colno)
    else:
        assert _streamed(text, chunk) == expected


def test_an_offset_leads_back_to_a_value() -> None:
    text = '{"head": "Ä", "tables": {"a": [{"id": 1}, {"id": 2}]}}'
    file = io.BytesIO(text.encode("utf-8"))
    stream = JsonStream(file, json.JSONDecoder(), chunk=5)
    offsets = {}
    for key in stream.members():
        offsets[key] = stream.offset()
        stream.skip()
    again = JsonStream(file, json.JSONDecoder(), offsets["tables"])
    assert again.value() == {"a": [{"id": 1}, {"id": 2}]}
