// Tests of the generated package protocol (its folder holds generated files only): what encoding
// writes, what decoding accepts, and the forward-compatibility rule. The spec's examples are
// round-tripped by test/clients/go.e2e.test.ts, which also checks the result with the server's
// validators.
package protocoltest

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/codex-api/codex-api/clients/go/protocol"
)

func encode(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal %T: %v", v, err)
	}
	return string(data)
}

func TestClientFramesWriteOnlyWhatIsSet(t *testing.T) {
	cases := []struct {
		frame protocol.ClientFrame
		want  string
	}{
		{&protocol.UserMessageFrame{Content: "hi"}, `{"type":"user_message","content":"hi"}`},
		{&protocol.CancelFrame{}, `{"type":"cancel"}`},
		{&protocol.ApproveFrame{CommandID: "call_1", Decision: protocol.DecisionAllow}, `{"type":"approve","commandId":"call_1","decision":"allow"}`},
		{&protocol.ClientHeartbeatFrame{ID: protocol.IntID(7)}, `{"type":"heartbeat","id":7}`},
		{&protocol.UserMessageFrame{ID: protocol.StringID("m-1"), Content: "hi", ImagePaths: []string{}}, `{"type":"user_message","id":"m-1","content":"hi","imagePaths":[]}`},
		// outputSchema: nil leaves it out, null clears it.
		{&protocol.OpenSessionFrame{ConfigOverrides: &protocol.ConfigOverrides{OutputSchema: json.RawMessage("null")}}, `{"type":"open_session","configOverrides":{"outputSchema":null}}`},
		{&protocol.OpenSessionFrame{ConfigOverrides: &protocol.ConfigOverrides{}}, `{"type":"open_session","configOverrides":{}}`},
	}
	for _, c := range cases {
		if got := encode(t, c.frame); got != c.want {
			t.Errorf("%T: got %s, want %s", c.frame, got, c.want)
		}
		// A value encodes like a pointer.
		if got := encode(t, reflect.ValueOf(c.frame).Elem().Interface()); got != c.want {
			t.Errorf("%T by value: got %s, want %s", c.frame, got, c.want)
		}
	}
}

func TestRequiredNullableAndArrays(t *testing.T) {
	item := &protocol.CommandExecutionItem{ID: "c", CommandLine: "ls", Cwd: "/", Status: protocol.ItemStatusInProgress}
	want := `{"type":"command_execution","id":"c","command":[],"commandLine":"ls","cwd":"/","status":"in_progress","exitCode":null,"output":"","durationMs":null}`
	if got := encode(t, item); got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
	change := protocol.FileChange{Path: "/a", Kind: protocol.FileChangeKindUpdate, Diff: "", MovePath: protocol.Null[string]()}
	if got := encode(t, change); got != `{"path":"/a","kind":"update","movePath":null,"diff":""}` {
		t.Errorf("movePath null: got %s", got)
	}
	change.MovePath = protocol.Some("/b")
	if got := encode(t, change); got != `{"path":"/a","kind":"update","movePath":"/b","diff":""}` {
		t.Errorf("movePath set: got %s", got)
	}
	// Decoding tells absent, null and a value apart.
	for input, want := range map[string]string{
		`{"path":"/a","kind":"add","diff":"+x"}`:                 "absent",
		`{"path":"/a","kind":"add","diff":"+x","movePath":null}`: "null",
		`{"path":"/a","kind":"add","diff":"+x","movePath":"/c"}`: "/c",
	} {
		var decoded protocol.FileChange
		if err := json.Unmarshal([]byte(input), &decoded); err != nil {
			t.Fatal(err)
		}
		got := "absent"
		if decoded.MovePath != nil {
			got = "null"
			if v, ok := decoded.MovePath.Get(); ok {
				got = v
			}
		}
		if got != want {
			t.Errorf("%s: movePath %s, want %s", input, got, want)
		}
	}
	var started protocol.ItemStartedFrame
	if _, err := json.Marshal(started); err == nil {
		t.Error("an item frame without its item must not encode")
	}
}

func TestForwardCompatibility(t *testing.T) {
	frame, err := protocol.DecodeServerFrame([]byte(`{"type":"item","seq":4,"sessionId":"s1","turnId":"t","event":"started","future":{"x":1},
		"item":{"type":"hologram","id":"h1","depth":3}}`))
	if err != nil {
		t.Fatal(err)
	}
	started, ok := frame.(*protocol.ItemStartedFrame)
	if !ok {
		t.Fatalf("got %T", frame)
	}
	unknown, ok := started.Item.(*protocol.UnknownItem)
	if !ok || unknown.Type != "hologram" || unknown.ItemID() != "h1" {
		t.Fatalf("item: %#v", started.Item)
	}
	// An unknown item is written back as it came; the unknown field of the frame is dropped.
	if got := encode(t, started); got != `{"type":"item","seq":4,"sessionId":"s1","turnId":"t","event":"started","item":{"type":"hologram","id":"h1","depth":3}}` {
		t.Errorf("re-encoded: %s", got)
	}

	frame, err = protocol.DecodeServerFrame([]byte(`{"type":"progress","seq":9,"percent":50}`))
	if err != nil {
		t.Fatal(err)
	}
	if f, ok := frame.(*protocol.UnknownFrame); !ok || f.Type != "progress" || *f.Seq != 9 {
		t.Fatalf("got %#v", frame)
	}
	if seq, ok := frame.FrameSeq(); !ok || seq != 9 {
		t.Errorf("FrameSeq = %d, %v", seq, ok)
	}
	frame, err = protocol.DecodeServerFrame([]byte(`{"type":"progress"}`))
	if _, ok := frame.FrameSeq(); err != nil || ok {
		t.Errorf("an unknown frame without seq: %v, %v", err, ok)
	}

	// Unknown enum values are kept; an unknown error code is judged by retryable.
	frame, err = protocol.DecodeServerFrame([]byte(`{"type":"error","seq":3,"code":"quota_exceeded","message":"m","retryable":true,"hint":"x"}`))
	if err != nil {
		t.Fatal(err)
	}
	if f := frame.(*protocol.ErrorFrame); f.Code != "quota_exceeded" || !f.Retryable {
		t.Errorf("got %#v", f)
	}
	frame, err = protocol.DecodeServerFrame([]byte(`{"type":"status","seq":3,"sessionId":"s","turnId":"t","state":"paused","message":"m"}`))
	if err != nil || frame.(*protocol.StatusFrame).State != "paused" {
		t.Errorf("unknown state: %v %#v", err, frame)
	}
}

func TestDecodeErrorsNameThePath(t *testing.T) {
	cases := map[string]string{
		`{"type":"status","sessionId":"s","turnId":"t","state":"started","message":"m"}`:                                                                                              "/seq",
		`{"type":"status","seq":"1","sessionId":"s","turnId":"t","state":"started","message":"m"}`:                                                                                    "/seq",
		`{"type":"status","seq":null,"sessionId":"s","turnId":"t","state":"started","message":"m"}`:                                                                                   "/seq",
		`{"type":"item","seq":1,"sessionId":"s","turnId":"t","event":"paused"}`:                                                                                                       "/event",
		`{"type":"item","seq":1,"sessionId":"s","turnId":"t","event":"completed","item":{"id":"x"}}`:                                                                                  "/item/type",
		`{"type":"item","seq":1,"sessionId":"s","turnId":"t","event":"completed","item":{"type":"file_change","id":"x","status":"completed","changes":[{"path":"/a","kind":"add"}]}}`: "/item/changes/0/diff",
		`{"seq":1}`: "/type",
		`[1]`:       "",
	}
	for input, path := range cases {
		_, err := protocol.DecodeServerFrame([]byte(input))
		var decodeErr *protocol.DecodeError
		if !errors.As(err, &decodeErr) {
			t.Errorf("%s: got %v, want a DecodeError", input, err)
			continue
		}
		if decodeErr.Path != path {
			t.Errorf("%s: path %q, want %q (%v)", input, decodeErr.Path, path, err)
		}
	}
	if _, err := protocol.DecodeServerFrame([]byte(`{"type":`)); err == nil {
		t.Error("broken JSON decoded")
	}
}

func TestClientFrameIDs(t *testing.T) {
	for _, input := range []string{`{"type":"cancel","id":"c-1"}`, `{"type":"cancel","id":12}`} {
		frame, err := protocol.DecodeClientFrame([]byte(input))
		if err != nil {
			t.Fatal(err)
		}
		if got := encode(t, frame); got != input {
			t.Errorf("got %s, want %s", got, input)
		}
	}
	if protocol.IntID(12).String() != "12" || !protocol.IntID(12).IsInt() || protocol.StringID("a").IsInt() {
		t.Error("ClientFrameID accessors")
	}
	if _, err := protocol.DecodeClientFrame([]byte(`{"type":"cancel","id":1.5}`)); err == nil {
		t.Error("a fractional id decoded")
	}
}
