// Command codex-api-turn runs one turn of the agent on a codex-api server and prints the agent's
// text as it streams.
//
//	go run ./cmd/codex-api-turn --url http://127.0.0.1:8080 [--token T] [--ca FILE] [--yes] "prompt"
//
// Every approval prompt is answered allow with --yes and deny without it. Ctrl-C cancels the turn
// (a second Ctrl-C quits). A dropped connection is resumed. Exit status: 0 when the turn
// completed, 1 when it did not (interrupted, failed, refused), 2 on a usage or connection error.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/codex-api/codex-api/clients/go/codexapi"
	"github.com/codex-api/codex-api/clients/go/protocol"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

type config struct {
	url, token, ca, framing, session, trace string
	yes                                     bool
	prompt                                  string
}

func parse(args []string, stderr io.Writer) (config, error) {
	var c config
	flags := flag.NewFlagSet("codex-api-turn", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.StringVar(&c.url, "url", "", "server URL: http://host:port (h2c) or https://host:port (TLS)")
	flags.StringVar(&c.token, "token", os.Getenv("CODEX_API_TOKEN"), "bearer token (default $CODEX_API_TOKEN)")
	flags.StringVar(&c.ca, "ca", "", "PEM file of the certificate(s) to trust for https")
	flags.StringVar(&c.framing, "framing", "ndjson", "ndjson or lp (length-prefixed)")
	flags.StringVar(&c.session, "session", "", "session id (default: the server assigns one)")
	flags.BoolVar(&c.yes, "yes", false, "approve every prompt (default: deny)")
	flags.StringVar(&c.trace, "trace", "", "write every server frame as NDJSON to this file (- = stderr)")
	flags.Usage = func() {
		fmt.Fprintln(stderr, `usage: codex-api-turn --url URL [--token T] [--ca FILE] [--framing ndjson|lp] [--session ID] [--yes] [--trace FILE] "prompt"`)
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return c, err
	}
	if c.url == "" || flags.NArg() != 1 || strings.TrimSpace(flags.Arg(0)) == "" {
		flags.Usage()
		return c, errors.New("need --url and one prompt")
	}
	if c.framing != "ndjson" && c.framing != "lp" {
		return c, fmt.Errorf("--framing must be ndjson or lp, got %q", c.framing)
	}
	c.prompt = flags.Arg(0)
	return c, nil
}

func run(args []string, stdout, stderr io.Writer) int {
	c, err := parse(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "codex-api-turn:", err)
		}
		return 2
	}
	trace, closeTrace, err := openTrace(c.trace, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "codex-api-turn:", err)
		return 2
	}
	defer closeTrace()

	opts := codexapi.Options{Token: c.token, CAFile: c.ca}
	if c.framing == "lp" {
		opts.Framing = codexapi.LengthPrefixed
	}
	client, err := codexapi.New(c.url, opts)
	if err != nil {
		fmt.Fprintln(stderr, "codex-api-turn:", err)
		return 2
	}
	defer client.Close()
	session, err := client.OpenSession(context.Background(), codexapi.SessionOptions{
		ID: c.session,
		OnReconnect: func(f *protocol.SessionFrame) {
			fmt.Fprintf(stderr, "# reconnected to session %s: %s\n", f.SessionID, replayed(f))
			trace(f)
		},
	})
	if err != nil {
		fmt.Fprintln(stderr, "codex-api-turn:", err)
		return 2
	}
	defer session.Close()
	trace(session.SessionFrame())

	messageID, err := session.SendMessage(c.prompt)
	if err != nil {
		fmt.Fprintln(stderr, "codex-api-turn:", err)
		return 2
	}
	stopSignals := cancelOnInterrupt(session, stderr)
	defer stopSignals()

	out := bufio.NewWriter(stdout)
	defer out.Flush()
	t := turn{messageID: messageID, yes: c.yes, session: session, out: out, stderr: stderr, streamed: map[string]bool{}}
	for session.Next() {
		frame := session.Frame()
		trace(frame)
		if code, over := t.handle(frame); over {
			return code
		}
	}
	out.Flush()
	if err := session.Err(); err != nil {
		fmt.Fprintln(stderr, "codex-api-turn:", err)
		return 2
	}
	fmt.Fprintln(stderr, "codex-api-turn: the stream ended before the turn did")
	return 1
}

// turn follows the frames of the one turn this command started.
type turn struct {
	messageID string
	turnID    string
	yes       bool
	session   *codexapi.Session
	out       *bufio.Writer
	stderr    io.Writer
	// streamed: agent messages whose text arrived as deltas (else it is printed when completed).
	streamed map[string]bool
	midLine  bool
}

func (t *turn) handle(frame protocol.ServerFrame) (exitCode int, over bool) {
	switch f := frame.(type) {
	case *protocol.StatusFrame:
		if f.State == protocol.TurnStateStarted && f.InReplyTo != nil && f.InReplyTo.String() == t.messageID {
			t.turnID = f.TurnID
		}
		if f.TurnID != t.turnID || f.State == protocol.TurnStateStarted {
			return 0, false
		}
		t.endLine()
		t.out.Flush()
		if f.State == protocol.TurnStateCompleted {
			return 0, true
		}
		reason, message := "", ""
		if f.Reason != nil {
			reason = string(*f.Reason)
		}
		if f.Message != "" {
			message = ": " + f.Message
		}
		fmt.Fprintf(t.stderr, "# turn %s (%s)%s\n", f.State, reason, message)
		return 1, true
	case *protocol.ItemDeltaFrame:
		if f.TurnID == t.turnID && f.ItemType == protocol.DeltaItemTypeAgentMessage && f.Field == protocol.DeltaFieldText {
			t.streamed[f.ItemID] = true
			t.write(f.Delta)
		}
	case *protocol.ItemCompletedFrame:
		if f.TurnID != t.turnID {
			return 0, false
		}
		switch item := f.Item.(type) {
		case *protocol.AgentMessageItem:
			if !t.streamed[item.ID] {
				t.write(item.Text)
			}
			t.endLine()
		case *protocol.CommandExecutionItem:
			t.endLine()
			exit := "no exit code"
			if item.ExitCode != nil {
				exit = fmt.Sprintf("exit %d", *item.ExitCode)
			}
			fmt.Fprintf(t.stderr, "# $ %s (%s, %s)\n", item.CommandLine, item.Status, exit)
		case *protocol.UnknownItem:
			fmt.Fprintf(t.stderr, "# (an item of a kind this client does not know: %s)\n", item.Type)
		}
	case *protocol.CommandPromptFrame:
		decision := protocol.DecisionDeny
		if t.yes {
			decision = protocol.DecisionAllow
		}
		what := string(f.Kind)
		if f.CommandLine != nil {
			what = *f.CommandLine
		} else if len(f.Changes) > 0 {
			paths := make([]string, len(f.Changes))
			for i, change := range f.Changes {
				paths[i] = change.Path
			}
			what = "change " + strings.Join(paths, ", ")
		}
		t.endLine()
		fmt.Fprintf(t.stderr, "# prompt %s: %s → %s\n", f.CommandID, what, decision)
		if err := t.session.Approve(f.CommandID, decision); err != nil {
			fmt.Fprintln(t.stderr, "codex-api-turn:", err)
		}
	case *protocol.ErrorFrame:
		t.endLine()
		fmt.Fprintf(t.stderr, "# error %s: %s\n", f.Code, f.Message)
		if f.InReplyTo != nil && f.InReplyTo.String() == t.messageID {
			return 1, true // the message was refused: no turn
		}
	case *protocol.TerminateFrame:
		t.endLine()
		fmt.Fprintf(t.stderr, "# stream ended: %s: %s\n", f.Reason, f.Message)
	}
	return 0, false
}

func (t *turn) write(text string) {
	if text == "" {
		return
	}
	t.out.WriteString(text)
	t.out.Flush()
	t.midLine = !strings.HasSuffix(text, "\n")
}

func (t *turn) endLine() {
	if t.midLine {
		t.out.WriteString("\n")
		t.out.Flush()
		t.midLine = false
	}
}

func replayed(f *protocol.SessionFrame) string {
	if f.Replay == nil {
		return "nothing replayed"
	}
	return fmt.Sprintf("replaying %d frames (%d lost)", f.Replay.Count, f.Replay.Lost)
}

// cancelOnInterrupt: the first Ctrl-C cancels the turn, the second quits.
func cancelOnInterrupt(session *codexapi.Session, stderr io.Writer) (stop func()) {
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt)
	done := make(chan struct{})
	go func() {
		cancelled := false
		for {
			select {
			case <-done:
				return
			case <-signals:
				if cancelled {
					fmt.Fprintln(stderr, "codex-api-turn: quitting")
					os.Exit(130)
				}
				cancelled = true
				fmt.Fprintln(stderr, "# cancelling the turn (Ctrl-C again to quit)")
				if err := session.Cancel(); err != nil {
					fmt.Fprintln(stderr, "codex-api-turn:", err)
				}
			}
		}
	}()
	return func() {
		signal.Stop(signals)
		close(done)
	}
}

// openTrace: --trace writes each frame the session hands out as one JSON line.
func openTrace(path string, stderr io.Writer) (func(protocol.ServerFrame), func(), error) {
	if path == "" {
		return func(protocol.ServerFrame) {}, func() {}, nil
	}
	var w io.Writer = stderr
	closeFile := func() {}
	if path != "-" {
		file, err := os.Create(path)
		if err != nil {
			return nil, nil, err
		}
		w, closeFile = file, func() { file.Close() }
	}
	return func(frame protocol.ServerFrame) {
		if data, err := json.Marshal(frame); err == nil {
			fmt.Fprintf(w, "%s\n", data)
		}
	}, closeFile, nil
}
