package codexapi

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sync"
	"time"

	"github.com/codex-api/codex-api/clients/go/protocol"
)

// SessionOptions say which session to open.
type SessionOptions struct {
	// ID of the session: a new one, or one the server holds (the stream takes it over). Empty:
	// the server assigns one (Session.ID).
	ID string
	// LastSeq resumes: the server replays every history frame after it. Nil: no replay.
	LastSeq *int64
	// ConfigOverrides apply to every turn of the session.
	ConfigOverrides *protocol.ConfigOverrides
	// OnReconnect is called (by Next) with the session frame of each stream opened after a drop.
	OnReconnect func(*protocol.SessionFrame)
}

// Gap is a run of history frames the server no longer held when the session resumed.
type Gap struct {
	FromSeq, ToSeq, Count int64
}

// Session is one session's stream. Read it from one goroutine: Next, Frame, Err, LastSeq and Gaps
// belong to it. Send, SendMessage, Approve, Cancel, CloseSend, Close, ID and SessionFrame may be
// called from any goroutine.
//
// After a dropped connection (the stream ends without a terminate frame, or the connection
// fails) Next opens a new stream with open_session{sessionId, lastSeq} and goes on: every
// history frame (item, command_prompt, status, error) is handed out once, in order; a run the
// server no longer held is reported in Gaps. The new stream's session frame goes to
// SessionOptions.OnReconnect, not to Next.
type Session struct {
	client      *Client
	ctx         context.Context
	cancel      context.CancelFunc
	onReconnect func(*protocol.SessionFrame)

	mu      sync.Mutex
	leg     *leg
	closed  bool
	ending  bool // CloseSend: no reconnect, the stream ends when the server says so
	answers map[string]protocol.ClientFrame

	// Read side, owned by the goroutine calling Next.
	frame   protocol.ServerFrame
	err     error
	done    bool
	lastSeq int64
	gaps    []Gap
}

// OpenSession opens a stream for a session and waits for the server's session frame. ctx bounds
// the session's whole life: cancelling it ends the stream (Close does the same).
func (c *Client) OpenSession(ctx context.Context, opts SessionOptions) (*Session, error) {
	version := protocol.Version
	open := &protocol.OpenSessionFrame{ProtocolVersion: &version, LastSeq: opts.LastSeq, ConfigOverrides: opts.ConfigOverrides}
	if opts.ID != "" {
		open.SessionID = &opts.ID
	}
	sessionCtx, cancel := context.WithCancel(ctx)
	l, err := c.openLeg(sessionCtx, open)
	if err != nil {
		cancel()
		return nil, err
	}
	s := &Session{client: c, ctx: sessionCtx, cancel: cancel, onReconnect: opts.OnReconnect, leg: l, answers: map[string]protocol.ClientFrame{}}
	if opts.LastSeq != nil {
		s.lastSeq = *opts.LastSeq
	}
	s.resumed(l.session)
	return s, nil
}

// ID is the session's id (assigned by the server when none was given).
func (s *Session) ID() string { return s.SessionFrame().SessionID }

// SessionFrame is the newest stream's session frame: what was replayed, the turn running then,
// the server's limits.
func (s *Session) SessionFrame() *protocol.SessionFrame {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.leg.session
}

// LastSeq is the seq of the last history frame handed out (or reported lost): resume from it
// with SessionOptions{ID, LastSeq}.
func (s *Session) LastSeq() int64 { return s.lastSeq }

// Gaps are the history frames lost so far (see Gap).
func (s *Session) Gaps() []Gap { return s.gaps }

// Next waits for the next frame; false when the stream has ended (after a terminate frame, with
// Err nil) or failed (Err says why). It reconnects after a drop, as Session says.
func (s *Session) Next() bool {
	s.frame = nil
	for !s.done && s.err == nil {
		l := s.current()
		if l == nil {
			s.done = true
			break
		}
		frame, err := l.next()
		if err == nil {
			if s.admit(frame) {
				s.frame = frame
				if s.done {
					l.close() // the terminate: the server has ended the stream
				}
				return true
			}
			continue
		}
		l.close()
		s.streamEnded(l, err)
	}
	return false
}

// Frame is the frame Next read.
func (s *Session) Frame() protocol.ServerFrame { return s.frame }

// Err is why the session's stream failed; nil after a clean end or Close.
func (s *Session) Err() error { return s.err }

func (s *Session) current() *leg {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	return s.leg
}

// admit says whether to hand a frame out: replayed frames already handed out are dropped, the
// numbering is checked for gaps, a terminate that calls for a reconnect is the library's.
func (s *Session) admit(frame protocol.ServerFrame) bool {
	switch f := frame.(type) {
	case *protocol.TerminateFrame:
		if s.reconnectWanted(f) {
			return false // the stream ends next; streamEnded reconnects
		}
		s.done = true
		return true
	case *protocol.UnknownFrame:
		// Skipped by the rule, but its seq still counts; handed out for the curious.
		if seq, ok := f.FrameSeq(); ok && seq > s.lastSeq {
			s.lastSeq = seq
		}
		return true
	case *protocol.StatusFrame:
		if f.State != protocol.TurnStateStarted {
			s.mu.Lock()
			s.answers = map[string]protocol.ClientFrame{} // the turn's prompts are over
			s.mu.Unlock()
		}
	}
	if !isHistory(frame) {
		return true
	}
	seq, _ := frame.FrameSeq()
	if seq <= s.lastSeq {
		return false
	}
	if seq > s.lastSeq+1 {
		s.gaps = append(s.gaps, Gap{FromSeq: s.lastSeq + 1, ToSeq: seq - 1, Count: seq - 1 - s.lastSeq})
	}
	s.lastSeq = seq
	return true
}

func isHistory(frame protocol.ServerFrame) bool {
	switch f := frame.(type) {
	case *protocol.ItemStartedFrame, *protocol.ItemDeltaFrame, *protocol.ItemCompletedFrame, *protocol.CommandPromptFrame, *protocol.QuestionPromptFrame,
		*protocol.StatusFrame, *protocol.UsageFrame, *protocol.SessionForkedFrame, *protocol.RolledBackFrame:
		return true
	case *protocol.ErrorFrame:
		return f.SessionID != nil
	}
	return false
}

func (s *Session) reconnectWanted(t *protocol.TerminateFrame) bool {
	s.mu.Lock()
	ending := s.ending || s.closed
	s.mu.Unlock()
	return !ending && s.client.opts.Reconnect.MaxAttempts > 0 && t.Reconnect &&
		t.Reason != protocol.TerminateReasonSuperseded && t.Reason != protocol.TerminateReasonClientClosed
}

// streamEnded decides what a stream's end means: the session's end, a failure, or a reconnect.
func (s *Session) streamEnded(l *leg, err error) {
	s.mu.Lock()
	closed, ending := s.closed, s.ending
	s.mu.Unlock()
	var invalid *invalidFrameError
	switch {
	case closed:
		s.done = true
	case s.ctx.Err() != nil:
		s.err = s.ctx.Err()
	case errors.As(err, &invalid) || errors.Is(err, errFraming):
		s.err = err
	case ending || s.client.opts.Reconnect.MaxAttempts < 0:
		if err == io.EOF {
			s.done = true
		} else {
			s.err = fmt.Errorf("codexapi: the stream of session %s ended: %w", l.session.SessionID, err)
		}
	default:
		if err := s.reconnect(l.session.SessionID, err); err != nil {
			s.mu.Lock()
			closed := s.closed
			s.mu.Unlock()
			if closed {
				s.done = true // Close while reconnecting: a clean end
			} else {
				s.err = err
			}
		}
	}
}

// reconnect opens a new stream for the session with lastSeq, retrying with backoff.
func (s *Session) reconnect(id string, cause error) error {
	policy := s.client.opts.Reconnect
	last := cause
	for attempt := 1; attempt <= policy.MaxAttempts; attempt++ {
		if err := sleep(s.ctx, backoff(policy, attempt)); err != nil {
			return err
		}
		version, lastSeq := protocol.Version, s.lastSeq
		l, err := s.client.openLeg(s.ctx, &protocol.OpenSessionFrame{SessionID: &id, LastSeq: &lastSeq, ProtocolVersion: &version})
		if err != nil {
			if s.ctx.Err() != nil {
				return s.ctx.Err()
			}
			if !retryable(err) {
				return err
			}
			last = err
			continue
		}
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			l.close()
			return nil
		}
		s.leg = l
		answers := make([]protocol.ClientFrame, 0, len(s.answers))
		pending := map[string]bool{}
		if l.session.Turn != nil {
			for _, id := range l.session.Turn.PendingCommandIDs {
				pending[id] = true
			}
			for _, id := range l.session.Turn.PendingPromptIDs {
				pending[id] = true
			}
		}
		for id, answer := range s.answers {
			if pending[id] {
				answers = append(answers, answer)
			} else {
				delete(s.answers, id)
			}
		}
		s.mu.Unlock()
		// An answer written just before the drop may have died with it: the server lists the
		// prompt as still pending, so it is sent again (a duplicate only gets command_already_resolved).
		for _, answer := range answers {
			_ = l.send(answer)
		}
		s.resumed(l.session)
		if s.onReconnect != nil {
			s.onReconnect(l.session)
		}
		return nil
	}
	return fmt.Errorf("codexapi: lost the stream of session %s and %d reconnect attempts failed (last: %v); the server may still hold it: open it again with SessionOptions{ID: %q, LastSeq: %d}",
		id, policy.MaxAttempts, last, id, s.lastSeq)
}

// resumed records the frames a (re)opened stream says are lost.
func (s *Session) resumed(session *protocol.SessionFrame) {
	if session.Replay == nil || session.Replay.Lost == 0 {
		return
	}
	gap := Gap{FromSeq: session.Seq + 1, ToSeq: session.Seq + session.Replay.Lost, Count: session.Replay.Lost}
	s.gaps = append(s.gaps, gap)
	if gap.ToSeq > s.lastSeq {
		s.lastSeq = gap.ToSeq
	}
}

func retryable(err error) bool {
	var httpErr *HTTPError
	if errors.As(err, &httpErr) {
		return httpErr.retryable()
	}
	var serverErr *ServerError
	if errors.As(err, &serverErr) {
		return serverErr.Frame.Retryable
	}
	return true // the network: refused, reset, timed out
}

// backoff is "equal jitter": half the exponential ceiling, plus a random part of the other half.
func backoff(p ReconnectPolicy, attempt int) time.Duration {
	ceiling := p.InitialDelay << (attempt - 1)
	if ceiling > p.MaxDelay || ceiling <= 0 {
		ceiling = p.MaxDelay
	}
	half := int64(ceiling / 2)
	random, err := rand.Int(rand.Reader, big.NewInt(half+1))
	if err != nil {
		return ceiling
	}
	return time.Duration(half + random.Int64())
}

func sleep(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}

// Send writes any client frame on the session's stream; ErrStreamDown while the stream is down
// (Next is reconnecting, or about to), ErrClosed after Close.
func (s *Session) Send(frame protocol.ClientFrame) error {
	s.mu.Lock()
	l, closed := s.leg, s.closed
	s.mu.Unlock()
	if closed {
		return ErrClosed
	}
	return l.send(frame)
}

// SendMessage starts a turn with this prompt and returns the id of its user_message frame: the
// turn's status "started" carries it as InReplyTo.
func (s *Session) SendMessage(content string) (string, error) {
	id := newID("m-")
	return id, s.Send(&protocol.UserMessageFrame{ID: protocol.StringID(id), Content: content})
}

// Steer adds content to the running turn turnID instead of starting a turn (spec: steering) and
// returns the frame id. The turn's user_message item whose InReplyTo is that id confirms it; an
// error frame turn_not_steerable with that InReplyTo refuses it (the turn ended, or cannot be
// steered), and the input is dropped.
func (s *Session) Steer(turnID, content string) (string, error) {
	id := newID("s-")
	return id, s.Send(&protocol.UserMessageFrame{ID: protocol.StringID(id), Content: content, ExpectedTurnID: &turnID})
}

// Approve answers a command_prompt. An answer whose stream drops is sent again on the new stream
// if the server still holds the prompt pending, so it returns nil while the stream is down.
func (s *Session) Approve(commandID string, decision protocol.Decision) error {
	answer := &protocol.ApproveFrame{CommandID: commandID, Decision: decision}
	s.mu.Lock()
	s.answers[commandID] = answer
	s.mu.Unlock()
	err := s.Send(answer)
	if errors.Is(err, ErrStreamDown) && s.client.opts.Reconnect.MaxAttempts > 0 {
		return nil
	}
	return err
}

// Review starts a review turn of target (e.g. &protocol.UncommittedChangesTarget{} or
// &protocol.BaseBranchTarget{Branch: "main"}) and returns the frame id its status "started"
// echoes as InReplyTo. It streams and ends like any turn; the review is the terminal status's
// FinalMessage.
func (s *Session) Review(target protocol.ReviewTarget) (string, error) {
	id := newID("r-")
	return id, s.Send(&protocol.ReviewFrame{ID: protocol.StringID(id), Target: target})
}

// Compact starts a compaction turn (later turns see a summary instead of the conversation) and
// returns the frame id its status "started" echoes.
func (s *Session) Compact() (string, error) {
	id := newID("k-")
	return id, s.Send(&protocol.CompactFrame{ID: protocol.StringID(id)})
}

// ForkSession asks for a new session holding this conversation through atTurnID ("" = the last
// turn), with id newSessionID ("" = one the server assigns). It returns the frame id; the answer
// is a *protocol.SessionForkedFrame (or an *protocol.ErrorFrame) with that InReplyTo. Open the
// new session with the client's OpenSession.
func (s *Session) ForkSession(atTurnID, newSessionID string) (string, error) {
	id := newID("f-")
	frame := &protocol.ForkSessionFrame{ID: protocol.StringID(id)}
	if atTurnID != "" {
		frame.AtTurnID = &atTurnID
	}
	if newSessionID != "" {
		frame.NewSessionID = &newSessionID
	}
	return id, s.Send(frame)
}

// Rollback removes the last turns turns from the conversation the agent sees; RollbackBefore
// removes turnID and every later turn. They return the frame id; the answer is a
// *protocol.RolledBackFrame (or an *protocol.ErrorFrame) with that InReplyTo. Files the agent
// changed on disk are not reverted.
func (s *Session) Rollback(turns int64) (string, error) {
	id := newID("b-")
	return id, s.Send(&protocol.RollbackFrame{ID: protocol.StringID(id), Turns: &turns})
}

// RollbackBefore: see Rollback.
func (s *Session) RollbackBefore(turnID string) (string, error) {
	id := newID("b-")
	return id, s.Send(&protocol.RollbackFrame{ID: protocol.StringID(id), BeforeTurnID: &turnID})
}

// Answer answers a question_prompt: answers (question id → one or more answers) for the agent's
// questions, content (any JSON object) for an MCP form, neither to accept a url; or a decline or
// cancel action (cancel also stops the turn). A nil action means accept. The server checks it
// against the question: one that does not fit gets an invalid_answer error frame and the question
// stays pending. Like Approve, an answer whose stream drops is sent again while still pending.
func (s *Session) Answer(promptID string, action *protocol.AnswerAction, answers map[string][]string, content map[string]any) error {
	answer, err := answerFrame(promptID, action, answers, content)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.answers[promptID] = answer
	s.mu.Unlock()
	err = s.Send(answer)
	if errors.Is(err, ErrStreamDown) && s.client.opts.Reconnect.MaxAttempts > 0 {
		return nil
	}
	return err
}

// answerFrame builds an answer frame: the answers and content as their JSON.
func answerFrame(promptID string, action *protocol.AnswerAction, answers map[string][]string, content map[string]any) (*protocol.AnswerFrame, error) {
	answer := &protocol.AnswerFrame{PromptID: promptID, Action: action}
	if answers != nil {
		raw, err := json.Marshal(answers)
		if err != nil {
			return nil, err
		}
		answer.Answers = raw
	}
	if content != nil {
		raw, err := json.Marshal(content)
		if err != nil {
			return nil, err
		}
		answer.Content = raw
	}
	return answer, nil
}

// Cancel interrupts the running turn (it ends "interrupted"); with none running it does nothing.
func (s *Session) Cancel() error { return s.Send(&protocol.CancelFrame{}) }

// CloseSend ends what the client sends: the server ends the stream (terminate client_closed)
// once no turn is running, and Next returns false after the frames until then. No reconnect
// follows.
func (s *Session) CloseSend() error {
	s.mu.Lock()
	s.ending = true
	l := s.leg
	s.mu.Unlock()
	l.closeSend()
	return nil
}

// Close ends the session's stream at once; the server keeps the session (a running turn goes
// on) for its TTL, to be resumed with LastSeq. Next returns false.
func (s *Session) Close() error {
	s.mu.Lock()
	s.closed = true
	l := s.leg
	s.mu.Unlock()
	l.close()
	s.cancel()
	return nil
}

func newID(prefix string) string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return prefix + hex.EncodeToString(b[:])
}
