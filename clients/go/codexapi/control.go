package codexapi

import (
	"context"
	"fmt"

	"github.com/codex-api/codex-api/clients/go/protocol"
)

// Approve answers a command_prompt of a session on a one-shot control stream (spec "Control
// streams"), without taking the session over: the stream that reads the session, in this
// process or another, keeps it and sees the command go on. It returns the server's
// acknowledgement; a refusal is a *ServerError with the server's code (command_not_found,
// command_already_resolved, decision_not_offered, no_session). explanation may be empty.
func (c *Client) Approve(ctx context.Context, sessionID, commandID string, decision protocol.Decision, explanation string) (*protocol.ServerHeartbeatFrame, error) {
	frame := &protocol.ApproveFrame{ID: protocol.StringID(newID("control-")), SessionID: &sessionID, CommandID: commandID, Decision: decision}
	if explanation != "" {
		frame.Explanation = &explanation
	}
	return c.control(ctx, frame, frame.ID, sessionID)
}

// Answer answers a question_prompt of a session on a one-shot control stream, as Approve answers
// a command prompt (the arguments as Session.Answer's). It fails with a *ServerError carrying the
// server's code (question_not_found, question_already_resolved, invalid_answer, no_session).
func (c *Client) Answer(ctx context.Context, sessionID, promptID string, action *protocol.AnswerAction, answers map[string][]string, content map[string]any) (*protocol.ServerHeartbeatFrame, error) {
	frame, err := answerFrame(promptID, action, answers, content)
	if err != nil {
		return nil, err
	}
	frame.ID = protocol.StringID(newID("control-"))
	frame.SessionID = &sessionID
	return c.control(ctx, frame, frame.ID, sessionID)
}

// Cancel stops the running turn of a session on a one-shot control stream, without taking the
// session over; its own stream sees the turn end interrupted. With no turn running it is
// acknowledged and does nothing. It fails as Approve does.
func (c *Client) Cancel(ctx context.Context, sessionID string) (*protocol.ServerHeartbeatFrame, error) {
	frame := &protocol.CancelFrame{ID: protocol.StringID(newID("control-")), SessionID: &sessionID}
	return c.control(ctx, frame, frame.ID, sessionID)
}

// control sends the one frame of a control stream and reads its answer: the heartbeat answering
// it, or the error; the server then ends the stream.
func (c *Client) control(ctx context.Context, frame protocol.ClientFrame, id *protocol.ClientFrameID, sessionID string) (*protocol.ServerHeartbeatFrame, error) {
	l, _, err := c.startLeg(ctx, frame, &sessionID)
	if err != nil {
		return nil, err
	}
	defer l.close()
	for {
		answer, err := l.next()
		if err != nil {
			return nil, fmt.Errorf("codexapi: the control stream ended before its answer: %w", err)
		}
		switch f := answer.(type) {
		case *protocol.ErrorFrame:
			return nil, &ServerError{Frame: f}
		case *protocol.TerminateFrame:
			return nil, fmt.Errorf("codexapi: the server ended the control stream without answering: %s: %s", f.Reason, f.Message)
		case *protocol.ServerHeartbeatFrame:
			// A periodic heartbeat could come first; the answer is the one naming this frame.
			if f.InReplyTo != nil && f.InReplyTo.String() == id.String() && !f.InReplyTo.IsInt() {
				return f, nil
			}
		}
	}
}
