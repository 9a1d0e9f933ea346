// The static part of the Go protocol package (clients/go/protocol): the package documentation,
// and the runtime the generated decoders and encoders use. It does not depend on the spec; it is
// written out by emit-go.ts with the generated files, so that root holds generated files only.

export const GO_DOC = String.raw`// Package protocol holds the frames of the codex-api agent stream (POST /agent/stream), made
// from the spec, spec/codex-api.asyncapi.yaml, by codegen/emit-go.ts.
//
// There is one struct per frame and per item kind, named after the spec's schemas
// (UserMessageFrame, CommandExecutionItem). DecodeServerFrame reads a server frame and dispatches
// on its "type" (and an item frame's "event"): switch on the result's type. Encode a client frame
// with json.Marshal: every struct writes its own "type".
//
//	frame, err := protocol.DecodeServerFrame(line)
//	switch f := frame.(type) {
//	case *protocol.ItemDeltaFrame:
//		fmt.Print(f.Delta)
//	case *protocol.StatusFrame:
//		fmt.Println(f.State)
//	}
//
// Fields follow the spec exactly, so that encoding writes what the spec allows and nothing else:
//   - a required field is a plain value (a required array left nil is written as []);
//   - an optional field is a pointer, slice, json.RawMessage or interface, nil when absent and
//     then left out;
//   - a required field that may be null is a pointer: nil is written as null;
//   - an optional field that may be null is a *Nullable[T]: nil is absent, Null[T]() is null,
//     Some(v) is v;
//   - free-form JSON (tool arguments and results, structured output, an output schema) is a
//     json.RawMessage, kept as it came;
//   - enums are string types with a constant for each value this version knows.
//
// Forward compatibility, as the spec's "Versioning" section asks of every client: unknown fields
// are ignored everywhere; an item whose type this version does not know decodes to an
// *UnknownItem (its type and JSON), a server frame of an unknown type to an *UnknownFrame (its
// type, its seq when it has one, its JSON), and enum values this version does not know are kept
// as they are. Decoding checks each frame's type, its required fields and the JSON types of its
// fields; value constraints (lengths, patterns, ranges, closed enums) are the server's to check.
package protocol

// Version is the protocol version this package was generated for (the spec's info.version).
// Send it as protocolVersion in open_session: the server accepts any version with its major.
const Version = {{VERSION}}
`;

export const GO_RUNTIME = String.raw`package protocol

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// DecodeError says why a frame could not be decoded: Path is the JSON Pointer of the offending
// value ("" = the whole frame), Frame the frame's type when it is known.
type DecodeError struct {
	Frame  string
	Path   string
	Reason string
}

func (e *DecodeError) Error() string {
	var b strings.Builder
	b.WriteString("protocol: ")
	if e.Frame != "" {
		b.WriteString(e.Frame + " frame: ")
	}
	if e.Path != "" {
		b.WriteString(e.Path + ": ")
	}
	b.WriteString(e.Reason)
	return b.String()
}

// inFrame names the frame type in a decode error.
func inFrame(err error, frameType string) error {
	if de, ok := err.(*DecodeError); ok && de.Frame == "" {
		de.Frame = frameType
	}
	return err
}

// Nullable is a value that may be JSON null: Valid is false for null. A field of type
// *Nullable[T] is also optional: nil leaves it out, Null[T]() sends null, Some(v) sends v.
type Nullable[T any] struct {
	Value T
	Valid bool
}

// Some is a present, non-null value.
func Some[T any](value T) *Nullable[T] { return &Nullable[T]{Value: value, Valid: true} }

// Null is a present null.
func Null[T any]() *Nullable[T] { return &Nullable[T]{} }

// Get returns the value and true, or the zero value and false when n is nil (absent) or null.
func (n *Nullable[T]) Get() (T, bool) {
	if n == nil || !n.Valid {
		var zero T
		return zero, false
	}
	return n.Value, true
}

// MarshalJSON writes the value, or null.
func (n Nullable[T]) MarshalJSON() ([]byte, error) {
	if !n.Valid {
		return []byte("null"), nil
	}
	return marshal(n.Value)
}

// UnmarshalJSON reads null or a value.
func (n *Nullable[T]) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		*n = Nullable[T]{}
		return nil
	}
	if err := json.Unmarshal(data, &n.Value); err != nil {
		return err
	}
	n.Valid = true
	return nil
}

// UnknownFrame is a server frame whose type this version does not know: a later 1.x server may
// send new frame types. Skip it; its seq, when it has one, still counts for lastSeq.
type UnknownFrame struct {
	Type string
	// Seq is the frame's seq, nil when it has none (or not an integer).
	Seq *int64
	// Raw is the whole frame as it arrived.
	Raw json.RawMessage
}

// FrameType is the frame's wire type.
func (f *UnknownFrame) FrameType() string { return f.Type }

// FrameSeq is the frame's seq, if it has one.
func (f *UnknownFrame) FrameSeq() (int64, bool) {
	if f.Seq == nil {
		return 0, false
	}
	return *f.Seq, true
}

func (f *UnknownFrame) isServerFrame() {}

// MarshalJSON writes the frame as it arrived.
func (f UnknownFrame) MarshalJSON() ([]byte, error) { return rawObject(f.Raw, f.Type) }

func unknownFrame(frameType string, o object, data []byte) *UnknownFrame {
	f := &UnknownFrame{Type: frameType, Raw: append(json.RawMessage(nil), data...)}
	var seq int64
	if raw, ok := o.fields["seq"]; ok && json.Unmarshal(raw, &seq) == nil {
		f.Seq = &seq
	}
	return f
}

// UnknownItem is an item whose type this version does not know: a later 1.x server may send
// new item kinds. Keep it (show or ignore it); it never fails the frame.
type UnknownItem struct {
	Type string
	// Raw is the whole item as it arrived.
	Raw json.RawMessage
}

// ItemType is the item's wire type.
func (i *UnknownItem) ItemType() string { return i.Type }

// ItemID is the item's id, or "" when it has no string id.
func (i *UnknownItem) ItemID() string {
	var fields map[string]json.RawMessage
	var id string
	if json.Unmarshal(i.Raw, &fields) == nil && json.Unmarshal(fields["id"], &id) == nil {
		return id
	}
	return ""
}

func (i *UnknownItem) isItem() {}

// MarshalJSON writes the item as it arrived.
func (i UnknownItem) MarshalJSON() ([]byte, error) { return rawObject(i.Raw, i.Type) }

func unknownItem(itemType string, o object) *UnknownItem {
	return &UnknownItem{Type: itemType, Raw: o.raw}
}

func rawObject(raw json.RawMessage, typ string) ([]byte, error) {
	if raw == nil {
		return marshal(map[string]string{"type": typ})
	}
	return raw, nil
}

// object is a JSON object being decoded: its fields, and its JSON Pointer in the frame.
type object struct {
	path   string
	raw    json.RawMessage
	fields map[string]json.RawMessage
}

func parseObject(data []byte, path string) (object, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		if _, ok := err.(*json.SyntaxError); ok {
			return object{}, &DecodeError{Path: path, Reason: "not valid JSON: " + err.Error()}
		}
		return object{}, &DecodeError{Path: path, Reason: "expected an object, got " + jsonKind(data)}
	}
	if fields == nil {
		return object{}, &DecodeError{Path: path, Reason: "expected an object, got null"}
	}
	return object{path: path, raw: append(json.RawMessage(nil), data...), fields: fields}, nil
}

func (o object) pointer(name string) string {
	return o.path + "/" + strings.NewReplacer("~", "~0", "/", "~1").Replace(name)
}

func (o object) fail(name, reason string) error {
	return &DecodeError{Path: o.pointer(name), Reason: reason}
}

// require checks that every named field is present.
func (o object) require(names ...string) error {
	for _, name := range names {
		if _, ok := o.fields[name]; !ok {
			return o.fail(name, "required field is missing")
		}
	}
	return nil
}

// requireOne checks that the fields of exactly one of the sets are all present.
func (o object) requireOne(sets ...[]string) error {
	matched := 0
	var names []string
	for _, set := range sets {
		if o.require(set...) == nil {
			matched++
		}
		names = append(names, strings.Join(set, "+"))
	}
	if matched != 1 {
		return &DecodeError{Path: o.path, Reason: "expected exactly one of " + strings.Join(names, ", ")}
	}
	return nil
}

// discriminator reads a required string field that tells a union's members apart.
func (o object) discriminator(name string) (string, error) {
	raw, ok := o.fields[name]
	if !ok {
		return "", o.fail(name, "required field is missing")
	}
	var value string
	if err := json.Unmarshal(raw, &value); err != nil {
		return "", o.fail(name, "expected a string, got "+jsonKind(raw))
	}
	return value, nil
}

// constant checks a field that must hold one string.
func (o object) constant(name, want string) error {
	got, err := o.discriminator(name)
	if err == nil && got != want {
		err = o.fail(name, fmt.Sprintf("expected %q, got %q", want, got))
	}
	return err
}

// value decodes a field, if present, into target with encoding/json.
func (o object) value(name string, target any, nullable bool) error {
	raw, ok := o.fields[name]
	if !ok {
		return nil
	}
	if !nullable && isNull(raw) {
		return o.fail(name, "must not be null")
	}
	if err := json.Unmarshal(raw, target); err != nil {
		return o.fail(name, describe(err, raw, target))
	}
	return nil
}

// decoded is a struct of this package: it reads its fields from a decoded object.
type decoded[T any] interface {
	*T
	decodeFields(o object) error
}

// objectField decodes a required object field.
func objectField[T any, P decoded[T]](o object, name string, target *T) error {
	raw, ok := o.fields[name]
	if !ok {
		return nil
	}
	sub, err := parseObject(raw, o.pointer(name))
	if err != nil {
		return err
	}
	return P(target).decodeFields(sub)
}

// objectPointer decodes an optional or nullable object field: nil when absent (or null).
func objectPointer[T any, P decoded[T]](o object, name string, target **T, nullable bool) error {
	raw, ok := o.fields[name]
	if !ok {
		return nil
	}
	if isNull(raw) {
		if !nullable {
			return o.fail(name, "must not be null")
		}
		*target = nil
		return nil
	}
	value := new(T)
	if err := objectField[T, P](o, name, value); err != nil {
		return err
	}
	*target = value
	return nil
}

// objectList decodes an array of objects.
func objectList[T any, P decoded[T]](o object, name string, target *[]T) error {
	raw, ok := o.fields[name]
	if !ok {
		return nil
	}
	var items []json.RawMessage
	if isNull(raw) || json.Unmarshal(raw, &items) != nil {
		return o.fail(name, "expected an array, got "+jsonKind(raw))
	}
	list := make([]T, len(items))
	for i, item := range items {
		sub, err := parseObject(item, o.pointer(name)+"/"+strconv.Itoa(i))
		if err != nil {
			return err
		}
		if err := P(&list[i]).decodeFields(sub); err != nil {
			return err
		}
	}
	*target = list
	return nil
}

// unionField decodes a field holding one member of a union.
func unionField[U any](o object, name string, target *U, decode func(object) (U, error)) error {
	raw, ok := o.fields[name]
	if !ok {
		return nil
	}
	sub, err := parseObject(raw, o.pointer(name))
	if err != nil {
		return err
	}
	value, err := decode(sub)
	if err != nil {
		return err
	}
	*target = value
	return nil
}

// nullableField decodes an optional field that may be null.
func nullableField[T any](o object, name string, target **Nullable[T]) error {
	if _, ok := o.fields[name]; !ok {
		return nil
	}
	value := new(Nullable[T])
	if err := o.value(name, value, true); err != nil {
		return err
	}
	*target = value
	return nil
}

// rawField keeps a field's JSON as it is.
func (o object) rawField(name string, target *json.RawMessage, nullable bool) error {
	raw, ok := o.fields[name]
	if !ok {
		return nil
	}
	if !nullable && isNull(raw) {
		return o.fail(name, "must not be null")
	}
	*target = append(json.RawMessage(nil), raw...)
	return nil
}

// firstError is the first error of a decoder's checks, in the spec's field order.
func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func unknownValue(got string, known ...string) string {
	quoted := make([]string, len(known))
	for i, k := range known {
		quoted[i] = strconv.Quote(k)
	}
	return fmt.Sprintf("unknown value %q (expected %s)", got, strings.Join(quoted, ", "))
}

func isNull(raw []byte) bool { return string(bytes.TrimSpace(raw)) == "null" }

func jsonKind(raw []byte) string {
	trimmed := bytes.TrimSpace(raw)
	if len(trimmed) == 0 {
		return "nothing"
	}
	switch trimmed[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	default:
		return "a number"
	}
}

// describe turns an encoding/json error into what was expected and what came.
func describe(err error, raw []byte, target any) string {
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		want := reflect.TypeOf(target).Elem()
		for want.Kind() == reflect.Pointer {
			want = want.Elem()
		}
		if e.Type == want {
			return "expected " + expected(want) + ", got " + jsonKind(raw)
		}
		return "expected " + expected(want) + " (" + e.Value + " where " + expected(e.Type) + " belongs)"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func expected(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Pointer:
		return expected(t.Elem())
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "a boolean"
	case reflect.Int, reflect.Int64, reflect.Uint64:
		return "an integer"
	case reflect.Float64:
		return "a number"
	case reflect.Slice:
		return "an array of " + strings.TrimPrefix(strings.TrimPrefix(expected(t.Elem()), "a "), "an ") + "s"
	case reflect.Struct:
		if v, ok := reflect.New(t).Interface().(interface{ expected() string }); ok {
			return v.expected()
		}
		return "an object"
	default:
		return t.String()
	}
}

// objectWriter writes a JSON object field by field, in the spec's order.
type objectWriter struct {
	buf bytes.Buffer
	err error
}

func (w *objectWriter) field(name string, value any) {
	if w.err != nil {
		return
	}
	if w.buf.Len() == 0 {
		w.buf.WriteByte('{')
	} else {
		w.buf.WriteByte(',')
	}
	key, _ := marshal(name)
	w.buf.Write(key)
	w.buf.WriteByte(':')
	encoded, err := marshal(value)
	if err != nil {
		w.err = fmt.Errorf("protocol: %s: %w", name, err)
		return
	}
	w.buf.Write(encoded)
}

func (w *objectWriter) finish() ([]byte, error) {
	if w.err != nil {
		return nil, w.err
	}
	if w.buf.Len() == 0 {
		return []byte("{}"), nil
	}
	w.buf.WriteByte('}')
	return w.buf.Bytes(), nil
}

// marshal is json.Marshal without escaping <, > and & (frames are not HTML).
func marshal(value any) ([]byte, error) {
	var buf bytes.Buffer
	encoder := json.NewEncoder(&buf)
	encoder.SetEscapeHTML(false)
	if err := encoder.Encode(value); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// orEmpty writes a required array that was left nil as [].
func orEmpty[T any](list []T) []T {
	if list == nil {
		return []T{}
	}
	return list
}

// orNull writes a required JSON value that was left nil as null.
func orNull(raw json.RawMessage) json.RawMessage {
	if raw == nil {
		return json.RawMessage("null")
	}
	return raw
}

// missing is the error for a required field left nil.
func missing(frame, name string) error {
	return fmt.Errorf("protocol: %s: %s is required", frame, name)
}
`;
