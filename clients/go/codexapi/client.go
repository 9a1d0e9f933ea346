// Package codexapi is a small Go client for codex-api: one HTTP/2 connection (h2c or TLS) with a
// bearer token, one full-duplex stream per session (POST /agent/stream), frames typed by package
// protocol, and a session that resumes by itself after a dropped connection.
//
//	client, err := codexapi.New("http://127.0.0.1:8080", codexapi.Options{Token: token})
//	session, err := client.OpenSession(ctx, codexapi.SessionOptions{})
//	id, err := session.SendMessage("Run the tests")
//	for session.Next() {
//		switch f := session.Frame().(type) {
//		case *protocol.ItemDeltaFrame:
//			fmt.Print(f.Delta)
//		case *protocol.CommandPromptFrame:
//			session.Approve(f.CommandID, protocol.DecisionAllow)
//		case *protocol.StatusFrame:
//			// f.State: started, then completed, interrupted or failed
//		}
//	}
//	err = session.Err()
//
// Frames follow the spec's forward-compatibility rule (see package protocol): a server frame of a
// type this version does not know arrives as a *protocol.UnknownFrame, an item of an unknown kind
// as a *protocol.UnknownItem; neither stops the session.
package codexapi

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/codex-api/codex-api/clients/go/protocol"
	"golang.org/x/net/http2"
)

// Options configure a Client. The zero value is h2c without a token, NDJSON, reconnecting.
type Options struct {
	// Token is sent as "Authorization: Bearer <Token>" on every request; empty sends none.
	Token string
	// CAFile is a PEM file of the certificates to trust for an https URL, e.g. the server's
	// self-signed certificate; empty trusts the system's roots.
	CAFile string
	// TLSConfig, when set, is used for an https URL as it is (CAFile is ignored).
	TLSConfig *tls.Config
	// Framing of the session streams; default NDJSON.
	Framing Framing
	// Reconnect says how a session resumes after its stream drops.
	Reconnect ReconnectPolicy
	// MaxFrameBytes is the largest server frame accepted; default 64 MiB.
	MaxFrameBytes int
}

// ReconnectPolicy: after a drop, a session opens a new stream with open_session{sessionId,
// lastSeq}, waiting between attempts with a backoff that starts at InitialDelay and doubles up to
// MaxDelay (half of it fixed, half random). Zero fields take the defaults: 8 attempts, 100 ms, 5 s.
type ReconnectPolicy struct {
	// MaxAttempts is how many reconnects are tried after a drop; negative turns reconnecting off.
	MaxAttempts  int
	InitialDelay time.Duration
	MaxDelay     time.Duration
}

func (p ReconnectPolicy) withDefaults() ReconnectPolicy {
	if p.MaxAttempts == 0 {
		p.MaxAttempts = 8
	}
	if p.InitialDelay <= 0 {
		p.InitialDelay = 100 * time.Millisecond
	}
	if p.MaxDelay <= 0 {
		p.MaxDelay = 5 * time.Second
	}
	if p.MaxDelay < p.InitialDelay {
		p.MaxDelay = p.InitialDelay
	}
	return p
}

// Client is one codex-api server: its HTTP/2 connections are shared by every session opened on it.
type Client struct {
	endpoint  string
	opts      Options
	transport *http2.Transport
}

// New checks the URL (http:// for h2c, https:// for TLS) and the options; it does not connect yet.
func New(baseURL string, opts Options) (*Client, error) {
	base, err := url.Parse(baseURL)
	if err != nil || base.Host == "" || (base.Scheme != "http" && base.Scheme != "https") {
		return nil, fmt.Errorf("codexapi: the URL must be http://host:port (h2c) or https://host:port (TLS), got %q", baseURL)
	}
	if opts.MaxFrameBytes <= 0 {
		opts.MaxFrameBytes = 64 << 20
	}
	opts.Reconnect = opts.Reconnect.withDefaults()
	transport := &http2.Transport{
		// A connection that stops answering is found by a ping and closed, so its sessions reconnect.
		ReadIdleTimeout: 30 * time.Second,
		PingTimeout:     15 * time.Second,
	}
	if base.Scheme == "http" {
		transport.AllowHTTP = true
		// h2c with prior knowledge: the "TLS" dial of an http URL is a plain TCP connection.
		transport.DialTLSContext = func(ctx context.Context, network, addr string, _ *tls.Config) (net.Conn, error) {
			var dialer net.Dialer
			return dialer.DialContext(ctx, network, addr)
		}
	} else {
		config := opts.TLSConfig
		if config == nil {
			config = &tls.Config{MinVersion: tls.VersionTLS12}
			if opts.CAFile != "" {
				pem, err := os.ReadFile(opts.CAFile)
				if err != nil {
					return nil, fmt.Errorf("codexapi: reading the CA file: %w", err)
				}
				config.RootCAs = x509.NewCertPool()
				if !config.RootCAs.AppendCertsFromPEM(pem) {
					return nil, fmt.Errorf("codexapi: %s holds no PEM certificate", opts.CAFile)
				}
			}
		}
		transport.TLSClientConfig = config
	}
	return &Client{endpoint: strings.TrimSuffix(base.String(), "/") + "/agent/stream", opts: opts, transport: transport}, nil
}

// Close closes the client's idle connections; close its sessions first.
func (c *Client) Close() error {
	c.transport.CloseIdleConnections()
	return nil
}

// HTTPError is an HTTP answer other than an agent stream (spec "HTTP answers"): 401 without a
// valid token, 415, 503 when overloaded or shutting down…
type HTTPError struct {
	Status     int
	Code       string
	Message    string
	RetryAfter time.Duration
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("codexapi: HTTP %d %s: %s", e.Status, e.Code, e.Message)
}

func (e *HTTPError) retryable() bool {
	return e.Status == http.StatusServiceUnavailable || e.Status >= 500
}

// ServerError is an error frame the server answered the opening of a session, or the frame of a
// control stream (Approve, Cancel), with.
type ServerError struct {
	Frame *protocol.ErrorFrame
}

func (e *ServerError) Error() string {
	return fmt.Sprintf("codexapi: %s: %s", e.Frame.Code, e.Frame.Message)
}

// leg is one HTTP/2 stream of a session: a request body we write frames into and a response
// body we read frames from, both open for the stream's life.
type leg struct {
	cancel  context.CancelFunc
	writer  *io.PipeWriter
	body    io.ReadCloser
	reader  *frameReader
	framing Framing
	session *protocol.SessionFrame
	// writing serializes frames on the request body.
	writing chan struct{}
}

// openLeg opens a stream, sends first (open_session) and waits for the session frame.
func (c *Client) openLeg(parent context.Context, first protocol.ClientFrame) (*leg, error) {
	var sessionID *string
	if open, ok := first.(*protocol.OpenSessionFrame); ok {
		sessionID = open.SessionID
	}
	l, ctx, err := c.startLeg(parent, first, sessionID)
	if err != nil {
		return nil, err
	}
	for {
		frame, err := l.next()
		if err != nil {
			l.close()
			return nil, fmt.Errorf("codexapi: the stream ended before the session frame: %w", err)
		}
		switch f := frame.(type) {
		case *protocol.SessionFrame:
			l.session = f
			go l.heartbeats(ctx, time.Duration(f.HeartbeatIntervalMs)*time.Millisecond)
			return l, nil
		case *protocol.ErrorFrame:
			l.close()
			return nil, &ServerError{Frame: f}
		case *protocol.TerminateFrame:
			l.close()
			return nil, fmt.Errorf("codexapi: the server ended the stream before the session frame: %s: %s", f.Reason, f.Message)
		}
	}
}

// startLeg opens a stream (with the session's codex-session-id header, when known), sends first
// and waits for the answer's head: a leg whose frames can be read, or the HTTP error.
func (c *Client) startLeg(parent context.Context, first protocol.ClientFrame, sessionID *string) (*leg, context.Context, error) {
	ctx, cancel := context.WithCancel(parent)
	reqBody, writer := io.Pipe()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint, reqBody)
	if err != nil {
		cancel()
		return nil, nil, err
	}
	req.Header.Set("Content-Type", c.opts.Framing.ContentType())
	if c.opts.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.opts.Token)
	}
	// A proxy routes a session's streams, resumes included, on this header without reading the
	// body (docs/routing.md); the server checks that it agrees with the frame.
	if sessionID != nil {
		req.Header.Set("Codex-Session-Id", *sessionID)
	}
	l := &leg{cancel: cancel, writer: writer, framing: c.opts.Framing, writing: make(chan struct{}, 1)}
	// x/net's transport reads a request body without watching the context: ending the body is
	// what ends the stream (RST_STREAM) when the context is done. l.close cancels it too.
	go func() {
		<-ctx.Done()
		writer.CloseWithError(ErrClosed)
	}()
	// The first frame is written while the request goes out: the pipe hands it to the transport
	// once the stream is open. Holding the write slot keeps later frames behind it.
	l.writing <- struct{}{}
	go func() {
		defer func() { <-l.writing }()
		if err := l.write(first); err != nil {
			writer.CloseWithError(err)
		}
	}()
	resp, err := c.transport.RoundTrip(req)
	if err != nil {
		l.close()
		return nil, nil, fmt.Errorf("codexapi: opening a stream to %s: %w", c.endpoint, err)
	}
	l.body = resp.Body
	if resp.StatusCode != http.StatusOK {
		defer l.close()
		return nil, nil, httpError(resp)
	}
	l.reader = newFrameReader(resp.Body, c.opts.Framing, c.opts.MaxFrameBytes)
	return l, ctx, nil
}

func httpError(resp *http.Response) error {
	var answer protocol.HTTPError
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if json.Unmarshal(data, &answer) != nil {
		return &HTTPError{Status: resp.StatusCode, Code: "unknown", Message: strings.TrimSpace(string(data))}
	}
	e := &HTTPError{Status: resp.StatusCode, Code: string(answer.Error.Code), Message: answer.Error.Message}
	if answer.Error.RetryAfterMs != nil {
		e.RetryAfter = time.Duration(*answer.Error.RetryAfterMs) * time.Millisecond
	}
	return e
}

// next reads and decodes one server frame.
func (l *leg) next() (protocol.ServerFrame, error) {
	data, err := l.reader.next()
	if err != nil {
		return nil, err
	}
	frame, err := protocol.DecodeServerFrame(data)
	if err != nil {
		return nil, &invalidFrameError{err}
	}
	return frame, nil
}

// invalidFrameError is a server frame that breaks the spec: fatal, never reconnected from.
type invalidFrameError struct{ err error }

func (e *invalidFrameError) Error() string {
	return "codexapi: the server sent an invalid frame: " + e.err.Error()
}
func (e *invalidFrameError) Unwrap() error { return e.err }

func (l *leg) write(frame protocol.ClientFrame) error {
	data, err := json.Marshal(frame)
	if err != nil {
		return err
	}
	_, err = l.writer.Write(l.framing.encode(data))
	return err
}

// send writes one frame after any frame being written.
func (l *leg) send(frame protocol.ClientFrame) error {
	l.writing <- struct{}{}
	defer func() { <-l.writing }()
	if err := l.write(frame); err != nil {
		return fmt.Errorf("%w (%v)", ErrStreamDown, err)
	}
	return nil
}

// heartbeats keeps the stream alive while the client has nothing else to say.
func (l *leg) heartbeats(ctx context.Context, every time.Duration) {
	if every <= 0 {
		return
	}
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			sentAt := time.Now().UnixMilli()
			if l.send(&protocol.ClientHeartbeatFrame{SentAtMs: &sentAt}) != nil {
				return
			}
		}
	}
}

// closeSend ends the request body: the server ends the stream once no turn is running.
func (l *leg) closeSend() { l.writer.Close() }

// close ends the stream at once (RST_STREAM); the server keeps the session.
func (l *leg) close() {
	l.cancel()
	l.writer.CloseWithError(ErrClosed)
	if l.body != nil {
		l.body.Close()
	}
}

// ErrStreamDown is returned by a send while the session's stream is down.
var ErrStreamDown = errors.New("codexapi: the session's stream is down")

// ErrClosed is returned by a send on a closed session.
var ErrClosed = errors.New("codexapi: the session is closed")
