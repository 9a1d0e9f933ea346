// Command roundtrip decodes frames with package protocol and encodes them again, for the
// repository's tests (test/clients/go.e2e.test.ts): each input line is
// {"name": …, "direction": "client"|"server", "frame": <frame>}, each output line
// {"name": …, "ok": true, "goType": "*protocol.StatusFrame", "item": "*protocol.…", "json": <frame>}
// or {"name": …, "ok": false, "error": "…", "path": "<JSON Pointer of the offending value>"}.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/codex-api/codex-api/clients/go/protocol"
)

type input struct {
	Name      string          `json:"name"`
	Direction string          `json:"direction"`
	Frame     json.RawMessage `json:"frame"`
}

type output struct {
	Name   string          `json:"name"`
	OK     bool            `json:"ok"`
	GoType string          `json:"goType,omitempty"`
	Item   string          `json:"item,omitempty"`
	JSON   json.RawMessage `json:"json,omitempty"`
	Error  string          `json:"error,omitempty"`
	Path   *string         `json:"path,omitempty"`
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 64<<20)
	encoder := json.NewEncoder(os.Stdout)
	for scanner.Scan() {
		var in input
		if err := json.Unmarshal(scanner.Bytes(), &in); err != nil {
			fmt.Fprintln(os.Stderr, "roundtrip: bad input line:", err)
			os.Exit(2)
		}
		if err := encoder.Encode(roundTrip(in)); err != nil {
			fmt.Fprintln(os.Stderr, "roundtrip:", err)
			os.Exit(2)
		}
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "roundtrip:", err)
		os.Exit(2)
	}
}

func roundTrip(in input) output {
	var frame any
	var err error
	if in.Direction == "client" {
		frame, err = protocol.DecodeClientFrame(in.Frame)
	} else {
		frame, err = protocol.DecodeServerFrame(in.Frame)
	}
	if err != nil {
		out := output{Name: in.Name, Error: err.Error()}
		var decodeErr *protocol.DecodeError
		if errors.As(err, &decodeErr) {
			out.Path = &decodeErr.Path
		}
		return out
	}
	out := output{Name: in.Name, OK: true, GoType: fmt.Sprintf("%T", frame)}
	switch f := frame.(type) {
	case *protocol.ItemStartedFrame:
		out.Item = fmt.Sprintf("%T", f.Item)
	case *protocol.ItemCompletedFrame:
		out.Item = fmt.Sprintf("%T", f.Item)
	}
	encoded, err := json.Marshal(frame)
	if err != nil {
		return output{Name: in.Name, Error: "encoding: " + err.Error()}
	}
	out.JSON = encoded
	return out
}
