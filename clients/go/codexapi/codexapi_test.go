package codexapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/codex-api/codex-api/clients/go/protocol"
	"golang.org/x/net/http2"
	"golang.org/x/net/http2/h2c"
)

func TestFramingRoundTrip(t *testing.T) {
	frames := []string{`{"type":"cancel"}`, `{"type":"heartbeat","id":1}`, `{"type":"cancel","sessionId":"` + strings.Repeat("x", 100000) + `"}`}
	for _, framing := range []Framing{NDJSON, LengthPrefixed} {
		var stream bytes.Buffer
		for _, f := range frames {
			stream.Write(framing.encode([]byte(f)))
			if framing == NDJSON {
				stream.WriteString("\r\n\n") // blank lines and CRLF are allowed
			}
		}
		reader := newFrameReader(&stream, framing, 1<<20)
		for _, want := range frames {
			got, err := reader.next()
			if err != nil || string(got) != want {
				t.Fatalf("%v: got %.40q, %v", framing, got, err)
			}
		}
		if _, err := reader.next(); err != io.EOF {
			t.Errorf("%v: at the end: %v", framing, err)
		}
		// A stream that ends inside a frame is truncated; a frame over the limit breaks the framing.
		cut := framing.encode([]byte(frames[0]))
		if _, err := newFrameReader(bytes.NewReader(cut[:len(cut)-2]), framing, 1<<20).next(); err != io.ErrUnexpectedEOF {
			t.Errorf("%v: truncated: %v", framing, err)
		}
		if _, err := newFrameReader(bytes.NewReader(framing.encode([]byte(frames[2]))), framing, 1000).next(); !errors.Is(err, errFraming) {
			t.Errorf("%v: oversized: %v", framing, err)
		}
	}
}

// fakeServer speaks just enough of codex-api for the client: each stream's handler gets the
// client's frames and a function that sends server frames.
type fakeServer struct {
	*httptest.Server
	mu      sync.Mutex
	streams int
	opens   []protocol.OpenSessionFrame
}

type serverStream struct {
	t        *testing.T
	frames   chan protocol.ClientFrame
	send     func(frame string)
	streamNo int
}

func (s *serverStream) expect(want string) protocol.ClientFrame {
	s.t.Helper()
	select {
	case f, ok := <-s.frames:
		if !ok {
			s.t.Fatalf("the client ended its stream; wanted %s", want)
		}
		if f.FrameType() != want {
			s.t.Fatalf("got %s, want %s", f.FrameType(), want)
		}
		return f
	case <-time.After(5 * time.Second):
		s.t.Fatalf("no %s frame within 5 s", want)
	}
	return nil
}

func startFake(t *testing.T, handle func(s *serverStream)) *fakeServer {
	fake := &fakeServer{}
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "Bearer wrong" {
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprint(w, `{"error":{"code":"unauthorized","message":"send Authorization: Bearer <token>"}}`)
			return
		}
		framing := NDJSON
		if r.Header.Get("Content-Type") == LengthPrefixed.ContentType() {
			framing = LengthPrefixed
		}
		w.Header().Set("Content-Type", framing.ContentType())
		w.WriteHeader(http.StatusOK)
		w.(http.Flusher).Flush()
		frames := make(chan protocol.ClientFrame, 16)
		go func() {
			defer close(frames)
			reader := newFrameReader(r.Body, framing, 1<<20)
			for {
				data, err := reader.next()
				if err != nil {
					return
				}
				frame, err := protocol.DecodeClientFrame(data)
				if err != nil {
					t.Errorf("the client sent an invalid frame %s: %v", data, err)
					return
				}
				if open, ok := frame.(*protocol.OpenSessionFrame); ok {
					// Every stream of a known session carries its id for proxies (docs/routing.md).
					if open.SessionID != nil && r.Header.Get("Codex-Session-Id") != *open.SessionID {
						t.Errorf("open_session for %q came with codex-session-id %q", *open.SessionID, r.Header.Get("Codex-Session-Id"))
					}
					fake.mu.Lock()
					fake.opens = append(fake.opens, *open)
					fake.mu.Unlock()
				}
				if _, ok := frame.(*protocol.ClientHeartbeatFrame); !ok {
					frames <- frame
				}
			}
		}()
		fake.mu.Lock()
		fake.streams++
		stream := &serverStream{t: t, frames: frames, streamNo: fake.streams}
		fake.mu.Unlock()
		stream.send = func(frame string) {
			w.Write(framing.encode([]byte(frame)))
			w.(http.Flusher).Flush()
		}
		handle(stream)
	})
	fake.Server = httptest.NewServer(h2c.NewHandler(handler, &http2.Server{}))
	t.Cleanup(fake.Close)
	return fake
}

const sessionFrame = `{"type":"session","seq":%d,"sessionId":"s1","protocolVersion":"1.1.0","resumed":%v,"replay":%s,"turn":null,"heartbeatIntervalMs":15000,"maxFrameBytes":1048576%s}`

func frameSeqs(frames []protocol.ServerFrame) []string {
	var out []string
	for _, f := range frames {
		seq, _ := f.FrameSeq()
		out = append(out, fmt.Sprintf("%s:%d", f.FrameType(), seq))
	}
	return out
}

// openSession opens session "s1" on a new client of url; both are closed when the test ends.
func openSession(t *testing.T, url string, options Options) *Session {
	t.Helper()
	client, err := New(url, options)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close() })
	s, err := client.OpenSession(context.Background(), SessionOptions{ID: "s1"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func readAll(t *testing.T, s *Session) []protocol.ServerFrame {
	t.Helper()
	var frames []protocol.ServerFrame
	for s.Next() {
		frames = append(frames, s.Frame())
	}
	return frames
}

func TestATurnWithFramesOfALaterVersion(t *testing.T) {
	for _, framing := range []Framing{NDJSON, LengthPrefixed} {
		t.Run(framing.String(), func(t *testing.T) {
			fake := startFake(t, func(s *serverStream) {
				s.expect("open_session")
				s.send(fmt.Sprintf(sessionFrame, 0, false, "null", `,"future":{"a":1}`))
				message := s.expect("user_message").(*protocol.UserMessageFrame)
				s.send(fmt.Sprintf(`{"type":"status","seq":1,"sessionId":"s1","turnId":"t1","state":"started","message":"m","inReplyTo":%q,"mood":"good"}`, message.ID.String()))
				s.send(`{"type":"item","seq":2,"sessionId":"s1","turnId":"t1","event":"started","item":{"type":"hologram","id":"h1"}}`)
				s.send(`{"type":"progress","seq":3,"percent":50}`)
				s.send(`{"type":"item","seq":4,"sessionId":"s1","turnId":"t1","event":"delta","itemId":"m1","itemType":"agent_message","field":"text","delta":"Hi","tone":"warm"}`)
				s.send(`{"type":"status","seq":5,"sessionId":"s1","turnId":"t1","state":"completed","message":"m","finalMessage":"Hi","durationMs":3,"cost":{"usd":0}}`)
				s.send(`{"type":"terminate","seq":5,"sessionId":"s1","reason":"client_closed","message":"bye","reconnect":false}`)
			})
			client, err := New(fake.URL, Options{Framing: framing})
			if err != nil {
				t.Fatal(err)
			}
			defer client.Close()
			s, err := client.OpenSession(context.Background(), SessionOptions{ID: "s1"})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, err := s.SendMessage("hello"); err != nil {
				t.Fatal(err)
			}
			frames := readAll(t, s)
			if s.Err() != nil {
				t.Fatal(s.Err())
			}
			want := []string{"status:1", "item:2", "progress:3", "item:4", "status:5", "terminate:5"}
			if got := frameSeqs(frames); strings.Join(got, " ") != strings.Join(want, " ") {
				t.Fatalf("got %v, want %v", got, want)
			}
			if _, ok := frames[1].(*protocol.ItemStartedFrame).Item.(*protocol.UnknownItem); !ok {
				t.Errorf("the unknown item kind: %#v", frames[1])
			}
			if final, _ := frames[4].(*protocol.StatusFrame).FinalMessage.Get(); final != "Hi" {
				t.Errorf("finalMessage %q", final)
			}
			if s.LastSeq() != 5 || len(s.Gaps()) != 0 {
				t.Errorf("lastSeq %d, gaps %v", s.LastSeq(), s.Gaps())
			}
			if v := fake.opens[0]; *v.SessionID != "s1" || v.LastSeq != nil || *v.ProtocolVersion != protocol.Version {
				t.Errorf("open_session: %s", mustJSON(v))
			}
		})
	}
}

func mustJSON(v any) string {
	data, _ := json.Marshal(v)
	return string(data)
}

func TestResumesAfterADrop(t *testing.T) {
	history := []string{
		`{"type":"status","seq":1,"sessionId":"s1","turnId":"t1","state":"started","message":"m"}`,
		`{"type":"item","seq":2,"sessionId":"s1","turnId":"t1","event":"delta","itemId":"m","itemType":"agent_message","field":"text","delta":"a"}`,
		`{"type":"command_prompt","seq":3,"sessionId":"s1","turnId":"t1","commandId":"call_1","kind":"command","itemId":"call_1","command":["ls"],"explanation":"","decisions":["allow","deny"],"timeoutMs":1000,"expiresAt":"2026-01-01T00:00:00Z"}`,
		`{"type":"item","seq":4,"sessionId":"s1","turnId":"t1","event":"delta","itemId":"m","itemType":"agent_message","field":"text","delta":"b"}`,
		`{"type":"status","seq":5,"sessionId":"s1","turnId":"t1","state":"completed","message":"m"}`,
	}
	answered := make(chan protocol.ClientFrame, 4)
	fake := startFake(t, func(s *serverStream) {
		s.expect("open_session")
		if s.streamNo == 1 {
			s.send(fmt.Sprintf(sessionFrame, 0, false, "null", ""))
			for _, f := range history[:3] {
				s.send(f)
			}
			s.expect("approve")
			// The handler returns: the stream ends without a terminate, as a dropped one does.
			return
		}
		// The resumed stream replays from lastSeq, overlapping (seq 3 again) and lists the prompt
		// as still pending; the client sends its answer again.
		s.send(`{"type":"session","seq":3,"sessionId":"s1","protocolVersion":"1.1.0","resumed":true,"replay":{"fromSeq":4,"toSeq":5,"count":2,"lost":0},"turn":{"turnId":"t1","pendingCommandIds":["call_1"]},"heartbeatIntervalMs":15000,"maxFrameBytes":1048576}`)
		answered <- s.expect("approve")
		for _, f := range history[2:] {
			s.send(f)
		}
		s.send(`{"type":"terminate","seq":5,"sessionId":"s1","reason":"superseded","message":"gone","reconnect":false}`)
	})
	client, err := New(fake.URL, Options{Reconnect: ReconnectPolicy{InitialDelay: time.Millisecond, MaxDelay: 10 * time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	var reconnects []*protocol.SessionFrame
	s, err := client.OpenSession(context.Background(), SessionOptions{ID: "s1", OnReconnect: func(f *protocol.SessionFrame) { reconnects = append(reconnects, f) }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var frames []protocol.ServerFrame
	for s.Next() {
		frames = append(frames, s.Frame())
		if prompt, ok := s.Frame().(*protocol.CommandPromptFrame); ok {
			if err := s.Approve(prompt.CommandID, protocol.DecisionAllow); err != nil {
				t.Fatal(err)
			}
		}
	}
	if s.Err() != nil {
		t.Fatal(s.Err())
	}
	want := "status:1 item:2 command_prompt:3 item:4 status:5 terminate:5"
	if got := strings.Join(frameSeqs(frames), " "); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	if len(reconnects) != 1 || !reconnects[0].Resumed {
		t.Errorf("reconnects: %v", reconnects)
	}
	if len(fake.opens) != 2 || fake.opens[1].LastSeq == nil || *fake.opens[1].LastSeq != 3 {
		t.Errorf("open_session frames: %s", mustJSON(fake.opens))
	}
	if answer := <-answered; answer.(*protocol.ApproveFrame).CommandID != "call_1" {
		t.Errorf("resent answer: %s", mustJSON(answer))
	}
}

func TestAnswersAQuestionAndResendsItAfterADrop(t *testing.T) {
	question := `{"type":"question_prompt","seq":2,"sessionId":"s1","turnId":"t1","promptId":"call_q","kind":"questions","itemId":"call_q","message":"","questions":[{"id":"colour","header":"Colour","question":"Which?","options":[{"label":"Red","description":"warm"}],"allowOther":true,"secret":false}],"timeoutMs":1000,"expiresAt":"2026-01-01T00:00:00Z"}`
	answered := make(chan protocol.ClientFrame, 4)
	fake := startFake(t, func(s *serverStream) {
		s.expect("open_session")
		if s.streamNo == 1 {
			s.send(fmt.Sprintf(sessionFrame, 0, false, "null", ""))
			s.send(`{"type":"status","seq":1,"sessionId":"s1","turnId":"t1","state":"started","message":"Agent processing..."}`)
			s.send(question)
			answered <- s.expect("answer")
			return // dropped before the server acted on it
		}
		s.send(`{"type":"session","seq":2,"sessionId":"s1","protocolVersion":"1.1.0","resumed":true,"replay":{"fromSeq":3,"toSeq":2,"count":0,"lost":0},"turn":{"turnId":"t1","pendingCommandIds":[],"pendingPromptIds":["call_q"]},"heartbeatIntervalMs":15000,"maxFrameBytes":1048576}`)
		answered <- s.expect("answer")
		s.send(`{"type":"status","seq":3,"sessionId":"s1","turnId":"t1","state":"completed","message":"Agent run completed."}`)
		s.send(`{"type":"terminate","seq":3,"sessionId":"s1","reason":"superseded","message":"gone","reconnect":false}`)
	})
	s := openSession(t, fake.URL, Options{Reconnect: ReconnectPolicy{InitialDelay: time.Millisecond, MaxDelay: 10 * time.Millisecond}})
	var frames []protocol.ServerFrame
	for s.Next() {
		frames = append(frames, s.Frame())
		if prompt, ok := s.Frame().(*protocol.QuestionPromptFrame); ok {
			if err := s.Answer(prompt.PromptID, nil, map[string][]string{prompt.Questions[0].ID: {prompt.Questions[0].Options[0].Label}}, nil); err != nil {
				t.Fatal(err)
			}
		}
	}
	if s.Err() != nil {
		t.Fatal(s.Err())
	}
	want := "status:1 question_prompt:2 status:3 terminate:3"
	if got := strings.Join(frameSeqs(frames), " "); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	for i := 0; i < 2; i++ {
		if got := mustJSON(<-answered); got != `{"type":"answer","promptId":"call_q","answers":{"colour":["Red"]}}` {
			t.Errorf("answer %d: %s", i, got)
		}
	}
}

func TestGapsAreReported(t *testing.T) {
	fake := startFake(t, func(s *serverStream) {
		s.expect("open_session")
		s.send(`{"type":"session","seq":2,"sessionId":"s1","protocolVersion":"1.1.0","resumed":true,"replay":{"fromSeq":5,"toSeq":5,"count":1,"lost":2},"turn":null,"heartbeatIntervalMs":15000,"maxFrameBytes":1048576}`)
		s.send(`{"type":"status","seq":5,"sessionId":"s1","turnId":"t1","state":"completed","message":"m"}`)
		s.send(`{"type":"status","seq":7,"sessionId":"s1","turnId":"t2","state":"started","message":"m"}`)
		s.send(`{"type":"terminate","seq":7,"sessionId":"s1","reason":"client_closed","message":"bye","reconnect":false}`)
	})
	client, _ := New(fake.URL, Options{})
	defer client.Close()
	last := int64(2)
	s, err := client.OpenSession(context.Background(), SessionOptions{ID: "s1", LastSeq: &last})
	if err != nil {
		t.Fatal(err)
	}
	frames := readAll(t, s)
	if got := fmt.Sprint(s.Gaps()); got != "[{3 4 2} {6 6 1}]" || len(frames) != 3 || s.LastSeq() != 7 {
		t.Errorf("gaps %s, %d frames, lastSeq %d", got, len(frames), s.LastSeq())
	}
}

func TestRefusals(t *testing.T) {
	fake := startFake(t, func(s *serverStream) {
		s.expect("open_session")
		s.send(`{"type":"error","seq":0,"code":"unsupported_protocol_version","message":"major 2","retryable":false}`)
	})
	client, _ := New(fake.URL, Options{Token: "wrong"})
	_, err := client.OpenSession(context.Background(), SessionOptions{})
	var httpErr *HTTPError
	if !errors.As(err, &httpErr) || httpErr.Status != 401 || httpErr.Code != "unauthorized" {
		t.Errorf("wrong token: %v", err)
	}
	client, _ = New(fake.URL, Options{Token: "right"})
	_, err = client.OpenSession(context.Background(), SessionOptions{})
	var serverErr *ServerError
	if !errors.As(err, &serverErr) || serverErr.Frame.Code != protocol.ErrorCodeUnsupportedProtocolVersion {
		t.Errorf("error frame: %v", err)
	}
	if _, err := New("ftp://x", Options{}); err == nil {
		t.Error("an ftp URL was accepted")
	}
}

func TestCloseEndsNextAndCancelEndsTheSession(t *testing.T) {
	fake := startFake(t, func(s *serverStream) {
		s.expect("open_session")
		s.send(fmt.Sprintf(sessionFrame, 0, false, "null", ""))
		for range s.frames {
		}
	})
	client, _ := New(fake.URL, Options{})
	defer client.Close()
	s, err := client.OpenSession(context.Background(), SessionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	time.AfterFunc(50*time.Millisecond, func() { s.Close() })
	if s.Next() || s.Err() != nil {
		t.Errorf("after Close: Next true or Err %v", s.Err())
	}
	if err := s.Cancel(); !errors.Is(err, ErrClosed) {
		t.Errorf("send after Close: %v", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	s, err = client.OpenSession(ctx, SessionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	time.AfterFunc(50*time.Millisecond, cancel)
	if s.Next() || !errors.Is(s.Err(), context.Canceled) {
		t.Errorf("after cancel: Err %v", s.Err())
	}
	s.Close()
}

func TestNoGoroutineOutlivesTheClient(t *testing.T) {
	before := runtime.NumGoroutine()
	fake := startFake(t, func(s *serverStream) {
		s.expect("open_session")
		s.send(fmt.Sprintf(sessionFrame, 0, false, "null", ""))
		for range s.frames {
		}
	})
	client, _ := New(fake.URL, Options{})
	for i := 0; i < 3; i++ {
		s, err := client.OpenSession(context.Background(), SessionOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Cancel(); err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	client.Close()
	fake.Close()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Fatalf("%d goroutines, %d before:\n%s", n, before, buf[:runtime.Stack(buf, true)])
	}
}

func TestCloseWhileReconnectingEndsCleanly(t *testing.T) {
	fake := startFake(t, func(s *serverStream) {
		// A reconnect the Close cut short may send nothing: not a failure here (and a t.Fatal
		// after the test ended would panic), so the stream just ends.
		if f, ok := <-s.frames; !ok || f.FrameType() != "open_session" {
			return
		}
		if s.streamNo == 1 {
			s.send(fmt.Sprintf(sessionFrame, 0, false, "null", ""))
			return // dropped
		}
		s.send(`{"type":"error","seq":0,"code":"overloaded","message":"busy","retryable":true,"retryAfterMs":10}`)
	})
	client, _ := New(fake.URL, Options{Reconnect: ReconnectPolicy{MaxAttempts: 100, InitialDelay: 20 * time.Millisecond, MaxDelay: 20 * time.Millisecond}})
	defer client.Close()
	s, err := client.OpenSession(context.Background(), SessionOptions{ID: "s1"})
	if err != nil {
		t.Fatal(err)
	}
	time.AfterFunc(200*time.Millisecond, func() { s.Close() })
	if s.Next() || s.Err() != nil {
		t.Errorf("Next after Close while reconnecting: Err %v", s.Err())
	}
	fake.mu.Lock()
	streams := fake.streams
	fake.mu.Unlock()
	if streams < 3 {
		t.Errorf("only %d streams: the session did not retry", streams)
	}
}

func TestReconnectGivesUp(t *testing.T) {
	fake := startFake(t, func(s *serverStream) {
		s.expect("open_session")
		if s.streamNo == 1 {
			s.send(fmt.Sprintf(sessionFrame, 0, false, "null", ""))
			return
		}
		s.send(`{"type":"error","seq":0,"code":"session_expired","message":"gone","retryable":false}`)
	})
	client, _ := New(fake.URL, Options{Reconnect: ReconnectPolicy{InitialDelay: time.Millisecond}})
	defer client.Close()
	s, err := client.OpenSession(context.Background(), SessionOptions{ID: "s1"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var serverErr *ServerError
	if s.Next() || !errors.As(s.Err(), &serverErr) || serverErr.Frame.Code != protocol.ErrorCodeSessionExpired {
		t.Errorf("a refused resume: Err %v", s.Err())
	}
}

func TestApproveAndCancelOnControlStreams(t *testing.T) {
	var seen []string
	var mu sync.Mutex
	fake := startFake(t, func(s *serverStream) {
		frame := <-s.frames
		mu.Lock()
		switch f := frame.(type) {
		case *protocol.ApproveFrame:
			seen = append(seen, fmt.Sprintf("approve %s %s %s", *f.SessionID, f.CommandID, f.Decision))
			if f.CommandID == "nope" {
				s.send(fmt.Sprintf(`{"type":"error","seq":0,"code":"command_not_found","message":"no command_prompt nope in session s1","retryable":false,"inReplyTo":%q}`, f.ID.String()))
			} else {
				// A periodic heartbeat before the answer is not the answer.
				s.send(`{"type":"heartbeat","seq":0,"sentAtMs":1,"timestamp":"1970-01-01T00:00:00.001Z"}`)
				s.send(fmt.Sprintf(`{"type":"heartbeat","seq":0,"sessionId":"s1","sentAtMs":2,"timestamp":"1970-01-01T00:00:00.002Z","inReplyTo":%q}`, f.ID.String()))
			}
		case *protocol.AnswerFrame:
			seen = append(seen, fmt.Sprintf("answer %s %s %s", *f.SessionID, f.PromptID, f.Answers))
			s.send(fmt.Sprintf(`{"type":"heartbeat","seq":0,"sessionId":"s1","sentAtMs":3,"timestamp":"1970-01-01T00:00:00.003Z","inReplyTo":%q}`, f.ID.String()))
		case *protocol.CancelFrame:
			seen = append(seen, fmt.Sprintf("cancel %s", *f.SessionID))
			s.send(`{"type":"error","seq":0,"code":"no_session","message":"session ghost is not held by this server","retryable":false}`)
		}
		mu.Unlock()
		s.send(`{"type":"terminate","seq":0,"reason":"client_closed","message":"one frame","reconnect":false}`)
	})
	client, err := New(fake.URL, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	ctx := context.Background()
	ack, err := client.Approve(ctx, "s1", "call_1", protocol.DecisionAllow, "")
	if err != nil || ack.SentAtMs != 2 || ack.Timestamp != "1970-01-01T00:00:00.002Z" {
		t.Fatalf("approve: %+v, %v", ack, err)
	}
	var serverErr *ServerError
	if _, err := client.Approve(ctx, "s1", "nope", protocol.DecisionDeny, "not now"); !errors.As(err, &serverErr) || serverErr.Frame.Code != "command_not_found" {
		t.Fatalf("approve of an unknown command: %v", err)
	}
	if ack, err := client.Answer(ctx, "s1", "call_q", nil, map[string][]string{"colour": {"Red"}}, nil); err != nil || ack.SentAtMs != 3 {
		t.Fatalf("answer: %+v, %v", ack, err)
	}
	if _, err := client.Cancel(ctx, "ghost"); !errors.As(err, &serverErr) || serverErr.Frame.Code != "no_session" {
		t.Fatalf("cancel of an unknown session: %v", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if got := strings.Join(seen, "; "); got != `approve s1 call_1 allow; approve s1 nope deny; answer s1 call_q {"colour":["Red"]}; cancel ghost` {
		t.Errorf("frames: %s", got)
	}
}

func TestReviewCompactForkAndRollback(t *testing.T) {
	fake := startFake(t, func(s *serverStream) {
		s.expect("open_session")
		s.send(fmt.Sprintf(sessionFrame, 0, false, "null", ""))
		review := s.expect("review").(*protocol.ReviewFrame)
		if _, ok := review.Target.(*protocol.BaseBranchTarget); !ok {
			t.Errorf("review target: %s", mustJSON(review))
		}
		compact := s.expect("compact").(*protocol.CompactFrame)
		fork := s.expect("fork_session").(*protocol.ForkSessionFrame)
		if fork.AtTurnID == nil || *fork.AtTurnID != "t1" || fork.NewSessionID != nil {
			t.Errorf("fork_session: %s", mustJSON(fork))
		}
		s.send(fmt.Sprintf(`{"type":"session_forked","seq":1,"sessionId":"s1","inReplyTo":%q,"newSessionId":"s2","atTurnId":"t1","turnIds":["t1"]}`, fork.ID.String()))
		rollback := s.expect("rollback").(*protocol.RollbackFrame)
		if rollback.Turns == nil || *rollback.Turns != 2 || rollback.BeforeTurnID != nil {
			t.Errorf("rollback: %s", mustJSON(rollback))
		}
		s.send(fmt.Sprintf(`{"type":"rolled_back","seq":2,"sessionId":"s1","inReplyTo":%q,"beforeTurnId":"t1","removedTurnIds":["t1","t2"]}`, rollback.ID.String()))
		before := s.expect("rollback").(*protocol.RollbackFrame)
		if before.BeforeTurnID == nil || *before.BeforeTurnID != "t9" || before.Turns != nil || compact.ID == nil {
			t.Errorf("rollback before: %s", mustJSON(before))
		}
		s.send(`{"type":"terminate","seq":2,"sessionId":"s1","reason":"client_closed","message":"bye","reconnect":false}`)
	})
	s := openSession(t, fake.URL, Options{})
	steps := []func() (string, error){
		func() (string, error) { return s.Review(&protocol.BaseBranchTarget{Branch: "main"}) },
		s.Compact,
		func() (string, error) { return s.ForkSession("t1", "") },
		func() (string, error) { return s.Rollback(2) },
		func() (string, error) { return s.RollbackBefore("t9") },
	}
	for _, step := range steps {
		if id, err := step(); err != nil || id == "" {
			t.Fatalf("id %q, err %v", id, err)
		}
	}
	frames := readAll(t, s)
	// The answers are history frames: counted, no gap.
	if got := strings.Join(frameSeqs(frames), " "); got != "session_forked:1 rolled_back:2 terminate:2" || len(s.Gaps()) != 0 {
		t.Fatalf("frames %s, gaps %v", got, s.Gaps())
	}
}

func TestSteerAndUsageFrames(t *testing.T) {
	fake := startFake(t, func(s *serverStream) {
		s.expect("open_session")
		s.send(fmt.Sprintf(sessionFrame, 0, false, "null", ""))
		message := s.expect("user_message").(*protocol.UserMessageFrame)
		s.send(fmt.Sprintf(`{"type":"status","seq":1,"sessionId":"s1","turnId":"t1","state":"started","message":"Agent processing...","inReplyTo":%q}`, message.ID.String()))
		steer := s.expect("user_message").(*protocol.UserMessageFrame)
		if steer.ExpectedTurnID == nil || *steer.ExpectedTurnID != "t1" || steer.Content != "also this" {
			t.Errorf("steering frame: %s", mustJSON(steer))
		}
		s.send(fmt.Sprintf(`{"type":"item","seq":2,"sessionId":"s1","turnId":"t1","event":"completed","item":{"type":"user_message","id":"u1","text":"also this","inReplyTo":%q}}`, steer.ID.String()))
		usage := `{"inputTokens":10,"cachedInputTokens":0,"outputTokens":1,"reasoningOutputTokens":0,"totalTokens":11}`
		s.send(fmt.Sprintf(`{"type":"usage","seq":3,"sessionId":"s1","turnId":"t1","last":%s,"turn":%s,"total":%s,"contextWindow":1000}`, usage, usage, usage))
		s.send(`{"type":"status","seq":4,"sessionId":"s1","turnId":"t1","state":"completed","message":"Agent run completed.","finalMessage":"ok","durationMs":3}`)
		s.send(`{"type":"terminate","seq":4,"sessionId":"s1","reason":"client_closed","message":"bye","reconnect":false}`)
	})
	s := openSession(t, fake.URL, Options{})
	if _, err := s.SendMessage("hello"); err != nil {
		t.Fatal(err)
	}
	var frames []protocol.ServerFrame
	for s.Next() {
		frame := s.Frame()
		frames = append(frames, frame)
		if status, ok := frame.(*protocol.StatusFrame); ok && status.State == protocol.TurnStateStarted {
			if _, err := s.Steer(status.TurnID, "also this"); err != nil {
				t.Fatal(err)
			}
		}
	}
	if s.Err() != nil {
		t.Fatal(s.Err())
	}
	want := []string{"status:1", "item:2", "usage:3", "status:4", "terminate:4"}
	if got := frameSeqs(frames); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("got %v, want %v", got, want)
	}
	// A usage frame is history: no gap before the status after it.
	if s.LastSeq() != 4 || len(s.Gaps()) != 0 {
		t.Errorf("lastSeq %d, gaps %v", s.LastSeq(), s.Gaps())
	}
	if usage := frames[2].(*protocol.UsageFrame); usage.Last.TotalTokens != 11 {
		t.Errorf("usage: %s", mustJSON(usage))
	}
}
