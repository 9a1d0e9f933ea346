"""What the generated frame classes share: the ABSENT sentinel, DecodeError, the opaque
UnknownItem and UnknownFrame, and the small checked decoders the classes are built from.

Decoding follows the spec's forward-compatibility rule ("Versioning"): fields this version does
not know are ignored, enum values it does not know are kept as plain strings, an item of an
unknown `type` becomes an UnknownItem and a server frame of an unknown `type` an UnknownFrame.
Everything else the schemas say is checked: required fields, JSON types, constants, lengths,
patterns, minimums, unique items and date-times. A frame that breaks them raises DecodeError
with the JSON Pointer of the offending value.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Final, Mapping, Sequence, TypeVar

T = TypeVar("T")
Decoder = Callable[[Any, str], T]
"""A decoder takes a JSON value and its JSON Pointer, and returns the value or raises DecodeError."""


class Absent:
    """The type of ABSENT: an optional field the frame does not carry.

    Not the same as None, which is JSON null: `configOverrides.outputSchema = None` clears the
    schema, ABSENT leaves it as it is. ABSENT is falsy.
    """

    _instance: Absent | None = None

    def __new__(cls) -> Absent:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"

    def __bool__(self) -> bool:
        return False

    def __copy__(self) -> Absent:
        return self

    def __deepcopy__(self, memo: Any) -> Absent:
        return self

    def __reduce__(self) -> tuple[type[Absent], tuple[()]]:
        return (Absent, ())


ABSENT: Final = Absent()
"""The value of every optional field the frame does not carry; to_dict() leaves such fields out."""


class DecodeError(ValueError):
    """A JSON value that is not a frame of this protocol version; `path` is the JSON Pointer of the
    offending value ("" = the whole frame), `problem` says what is wrong with it."""

    def __init__(self, path: str, problem: str, expected: str | None = None) -> None:
        super().__init__(f"{path or '(the frame)'}: {problem}")
        self.path = path
        self.problem = problem
        #: Set when the value has the wrong JSON type: what was expected ("a string").
        self.expected = expected


@dataclass(frozen=True)
class UnknownItem:
    """An item whose `type` this version does not know (a later protocol version added it).

    Kept whole, never an error (spec "Versioning"): show it or ignore it.
    """

    type: str
    raw: dict[str, Any] = field(repr=False)

    @property
    def id(self) -> str | None:
        value = self.raw.get("id")
        return value if isinstance(value, str) else None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.raw)


@dataclass(frozen=True)
class UnknownFrame:
    """A server frame whose `type` this version does not know (a later protocol version added it).

    Kept whole, never an error (spec "Versioning"); `seq` is its `seq` when it has an integer one,
    which still counts for `lastSeq`.
    """

    type: str
    seq: int | None
    raw: dict[str, Any] = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.raw)


# ---------------------------------------------------------------- decoding


def _at(path: str, key: str | int) -> str:
    """The JSON Pointer of `key` inside the value at `path`."""
    return f"{path}/{str(key).replace('~', '~0').replace('/', '~1')}"


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _wrong_type(value: Any, path: str, expected: str) -> DecodeError:
    return DecodeError(path, f"must be {expected}, got {_describe(value)}", expected)


def parse_json(data: Mapping[str, Any] | str | bytes | bytearray) -> dict[str, Any]:
    """A frame as a dict: JSON text (str, or UTF-8 bytes) is parsed; the result must be an object."""
    if isinstance(data, (bytes, bytearray)):
        try:
            data = bytes(data).decode("utf-8")
        except UnicodeDecodeError as error:
            raise DecodeError("", f"is not UTF-8 ({error})") from None
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError as error:
            raise DecodeError("", f"is not JSON ({error})") from None
    return _object(data, "")


def _object(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _wrong_type(value, path, "an object")
    return value


def _field(data: Mapping[str, Any], key: str, path: str, decode: Decoder[T]) -> T:
    """A required field."""
    if key not in data:
        raise DecodeError(_at(path, key), "is required")
    return decode(data[key], _at(path, key))


def _optional_field(data: Mapping[str, Any], key: str, path: str, decode: Decoder[T]) -> T | Absent:
    """An optional field: ABSENT when the object does not have it."""
    if key not in data:
        return ABSENT
    return decode(data[key], _at(path, key))


def _const(data: Mapping[str, Any], key: str, expected: str, path: str) -> None:
    """A field whose value is fixed, such as `type`."""
    if key not in data:
        raise DecodeError(_at(path, key), "is required")
    if data[key] != expected:
        raise DecodeError(_at(path, key), f"must be {json.dumps(expected)}, got {json.dumps(data[key])}")


_DATE_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))")


def _is_date_time(text: str) -> bool:
    """RFC 3339 date-time, as JSON Schema's `format: date-time` (a leap second allowed)."""
    match = _DATE_TIME.fullmatch(text)
    if match is None:
        return False
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    try:
        date(year, month, day)
    except ValueError:
        return False
    zone_hour, zone_minute = match.group(7), match.group(8)
    if zone_hour is not None and (int(zone_hour) > 23 or int(zone_minute) > 59):
        return False
    return hour <= 23 and minute <= 59 and second <= 60


def _string(
    *,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
    date_time: bool = False,
) -> Decoder[str]:
    regex = re.compile(pattern) if pattern is not None else None

    def decode(value: Any, path: str) -> str:
        if not isinstance(value, str):
            raise _wrong_type(value, path, "a string")
        if min_length is not None and len(value) < min_length:
            raise DecodeError(path, f"must have at least {_count(min_length, 'character')}")
        if max_length is not None and len(value) > max_length:
            raise DecodeError(path, f"must have at most {_count(max_length, 'character')}")
        if regex is not None and regex.search(value) is None:
            raise DecodeError(path, f"must match {pattern}")
        if date_time and not _is_date_time(value):
            raise DecodeError(path, f"must be an RFC 3339 date-time, got {json.dumps(value)}")
        return value

    return decode


def _integer(*, minimum: int | None = None, maximum: int | None = None) -> Decoder[int]:
    def decode(value: Any, path: str) -> int:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise _wrong_type(value, path, "an integer")
        if minimum is not None and value < minimum:
            raise DecodeError(path, f"must be at least {minimum}, got {value}")
        if maximum is not None and value > maximum:
            raise DecodeError(path, f"must be at most {maximum}, got {value}")
        return value

    return decode


def _number(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _wrong_type(value, path, "a number")
    return value


def _boolean(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise _wrong_type(value, path, "a boolean")
    return value


def _json_value(value: Any, path: str) -> Any:
    """Free-form JSON: kept as parsed."""
    return value


def _json_object(value: Any, path: str) -> dict[str, Any]:
    """A free-form JSON object: kept as parsed."""
    return _object(value, path)


def _array(
    item: Decoder[T],
    *,
    min_items: int | None = None,
    max_items: int | None = None,
    unique: bool = False,
) -> Decoder[list[T]]:
    def decode(value: Any, path: str) -> list[T]:
        if not isinstance(value, list):
            raise _wrong_type(value, path, "an array")
        if min_items is not None and len(value) < min_items:
            raise DecodeError(path, f"must have at least {_count(min_items, 'item')}")
        if max_items is not None and len(value) > max_items:
            raise DecodeError(path, f"must have at most {_count(max_items, 'item')}")
        if unique:
            seen = [json.dumps(v, sort_keys=True) for v in value]
            if len(set(seen)) != len(seen):
                raise DecodeError(path, "must not hold the same item twice")
        return [item(v, _at(path, i)) for i, v in enumerate(value)]

    return decode


def _nullable(decode: Decoder[T]) -> Decoder[T | None]:
    def nullable(value: Any, path: str) -> T | None:
        return None if value is None else decode(value, path)

    return nullable


def _union(*decoders: Decoder[Any]) -> Decoder[Any]:
    """The first decoder that accepts the value (JSON Schema `oneOf` of different JSON types)."""

    def decode(value: Any, path: str) -> Any:
        errors: list[DecodeError] = []
        for each in decoders:
            try:
                return each(value, path)
            except DecodeError as error:
                errors.append(error)
        # A branch of the value's own JSON type says best what is wrong with it.
        for error in errors:
            if error.expected is None or error.path != path:
                raise error
        expected = " or ".join(e.expected or "?" for e in errors)
        raise DecodeError(path, f"must be {expected}, got {_describe(value)}", expected)

    return decode


def _one_of_objects(branches: Sequence[tuple[Sequence[str], Decoder[Any]]]) -> Decoder[Any]:
    """A `oneOf` of object shapes told apart by their required fields: the first whose required
    fields are all present."""

    def decode(value: Any, path: str) -> Any:
        data = _object(value, path)
        for required, each in branches:
            if all(key in data for key in required):
                return each(data, path)
        shapes = " or ".join("{" + ", ".join(required) + "}" for required, _ in branches)
        raise DecodeError(path, f"must have the fields of one of {shapes}")

    return decode


def _tagged(
    tag: str,
    classes: Mapping[str, Any],
    unknown: Callable[[str, dict[str, Any]], Any] | None = None,
) -> Decoder[Any]:
    """A `oneOf` told apart by the value of `tag`. An unknown value is given to `unknown` (kept as
    an opaque value) or, without it, is an error."""

    def decode(value: Any, path: str) -> Any:
        data = _object(value, path)
        if tag not in data:
            raise DecodeError(_at(path, tag), "is required")
        kind = data[tag]
        if not isinstance(kind, str):
            raise _wrong_type(kind, _at(path, tag), "a string")
        cls = classes.get(kind)
        if cls is not None:
            return cls.from_dict(data, path)
        if unknown is not None:
            return unknown(kind, data)
        known = ", ".join(classes)
        raise DecodeError(_at(path, tag), f"must be one of {known}, got {json.dumps(kind)}")

    return decode


def _unknown_item(kind: str, data: dict[str, Any]) -> UnknownItem:
    return UnknownItem(type=kind, raw=dict(data))


def _unknown_frame(kind: str, data: dict[str, Any]) -> UnknownFrame:
    seq = data.get("seq")
    return UnknownFrame(type=kind, seq=seq if isinstance(seq, int) and not isinstance(seq, bool) else None, raw=dict(data))


# ---------------------------------------------------------------- encoding


def _encode(value: Any) -> Any:
    """A field's value as JSON: frames and items by their to_dict(), lists and dicts item by item."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value
