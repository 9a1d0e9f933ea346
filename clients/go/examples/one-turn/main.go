// One turn with the Go client: the agent's text as it streams, each approval prompt answered by a
// policy (file changes allowed, commands refused), exit 0 when the turn completed.
//
//	go run ./examples/one-turn [URL] ["prompt"]      (in clients/go; token from CODEX_API_TOKEN, if set)
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/codex-api/codex-api/clients/go/codexapi"
	"github.com/codex-api/codex-api/clients/go/protocol"
)

func main() { os.Exit(run()) }

func run() int {
	url, prompt := "http://127.0.0.1:8080", "What is in this repository?"
	if len(os.Args) > 1 {
		url = os.Args[1]
	}
	if len(os.Args) > 2 {
		prompt = os.Args[2]
	}
	client, err := codexapi.New(url, codexapi.Options{Token: os.Getenv("CODEX_API_TOKEN")})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer client.Close()
	// The context bounds the session's stream; a dropped connection is resumed by Next.
	session, err := client.OpenSession(context.Background(), codexapi.SessionOptions{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer session.Close()
	messageID, err := session.SendMessage(prompt)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	turnID := ""
	for session.Next() {
		switch f := session.Frame().(type) {
		case *protocol.StatusFrame:
			if f.State == protocol.TurnStateStarted && f.InReplyTo != nil && f.InReplyTo.String() == messageID {
				turnID = f.TurnID
			} else if f.TurnID == turnID && f.State != protocol.TurnStateStarted {
				fmt.Printf("\n%s\n", f.State) // completed, interrupted or failed
				if f.State == protocol.TurnStateCompleted {
					return 0
				}
				return 1
			}
		case *protocol.ItemDeltaFrame:
			if f.TurnID == turnID && f.ItemType == protocol.DeltaItemTypeAgentMessage {
				fmt.Print(f.Delta)
			}
		case *protocol.CommandPromptFrame:
			decision := protocol.DecisionDeny
			if f.Kind == protocol.CommandPromptKindFileChange {
				decision = protocol.DecisionAllow
			}
			if err := session.Approve(f.CommandID, decision); err != nil {
				fmt.Fprintln(os.Stderr, err)
			}
		}
		// Anything else (reasoning, command output, frames of a later protocol version) is skipped.
	}
	fmt.Fprintln(os.Stderr, "the stream ended before the turn did:", session.Err())
	return 1
}
