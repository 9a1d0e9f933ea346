package codexapi

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Framing is how frames are delimited on a stream (spec "Framings"); the request's Content-Type
// says which, and the server answers in the same one.
type Framing int

const (
	// NDJSON is one JSON object per line (application/x-ndjson), the default.
	NDJSON Framing = iota
	// LengthPrefixed is a 4-byte big-endian length, then that many bytes of JSON
	// (application/vnd.codex-api.lp+json).
	LengthPrefixed
)

func (f Framing) String() string {
	if f == LengthPrefixed {
		return "length-prefixed"
	}
	return "ndjson"
}

// ContentType is the media type that selects the framing.
func (f Framing) ContentType() string {
	if f == LengthPrefixed {
		return "application/vnd.codex-api.lp+json"
	}
	return "application/x-ndjson"
}

// encode frames one JSON value.
func (f Framing) encode(frame []byte) []byte {
	if f == LengthPrefixed {
		out := make([]byte, 4+len(frame))
		binary.BigEndian.PutUint32(out, uint32(len(frame)))
		copy(out[4:], frame)
		return out
	}
	return append(append(make([]byte, 0, len(frame)+1), frame...), '\n')
}

// errFraming is a stream whose framing is broken: the next frame boundary cannot be trusted.
var errFraming = errors.New("codexapi: broken framing")

// frameReader reads one frame's bytes at a time; io.EOF at a clean end, io.ErrUnexpectedEOF
// when the stream ends inside a frame.
type frameReader struct {
	r        *bufio.Reader
	framing  Framing
	maxBytes int
}

func newFrameReader(r io.Reader, framing Framing, maxBytes int) *frameReader {
	return &frameReader{r: bufio.NewReaderSize(r, 64<<10), framing: framing, maxBytes: maxBytes}
}

func (fr *frameReader) next() ([]byte, error) {
	if fr.framing == LengthPrefixed {
		var head [4]byte
		if _, err := io.ReadFull(fr.r, head[:]); err != nil {
			return nil, err
		}
		n := binary.BigEndian.Uint32(head[:])
		if n == 0 || int64(n) > int64(fr.maxBytes) {
			return nil, fmt.Errorf("%w: a frame length of %d bytes (the limit is %d)", errFraming, n, fr.maxBytes)
		}
		frame := make([]byte, n)
		if _, err := io.ReadFull(fr.r, frame); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
		return frame, nil
	}
	for {
		line, err := fr.line()
		if err != nil {
			return nil, err
		}
		if line = bytes.TrimSpace(line); len(line) > 0 {
			return line, nil
		}
	}
}

// line reads up to a newline; a last line without one is the stream ending inside a frame.
func (fr *frameReader) line() ([]byte, error) {
	var line []byte
	for {
		chunk, err := fr.r.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > fr.maxBytes+2 {
			return nil, fmt.Errorf("%w: a line longer than %d bytes", errFraming, fr.maxBytes)
		}
		switch {
		case err == nil:
			return line, nil
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && len(bytes.TrimSpace(line)) > 0:
			return nil, io.ErrUnexpectedEOF
		default:
			return nil, err
		}
	}
}
