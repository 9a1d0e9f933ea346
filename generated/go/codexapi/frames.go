// generated from spec/codex-api.asyncapi.yaml — do not edit. Run `npm run codegen` to regenerate.

// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    approveFrame, err := UnmarshalApproveFrame(bytes)
//    bytes, err = approveFrame.Marshal()
//
//    cancelFrame, err := UnmarshalCancelFrame(bytes)
//    bytes, err = cancelFrame.Marshal()
//
//    clientHeartbeatFrame, err := UnmarshalClientHeartbeatFrame(bytes)
//    bytes, err = clientHeartbeatFrame.Marshal()
//
//    commandPromptFrame, err := UnmarshalCommandPromptFrame(bytes)
//    bytes, err = commandPromptFrame.Marshal()
//
//    errorFrame, err := UnmarshalErrorFrame(bytes)
//    bytes, err = errorFrame.Marshal()
//
//    itemFrame, err := UnmarshalItemFrame(bytes)
//    bytes, err = itemFrame.Marshal()
//
//    openSessionFrame, err := UnmarshalOpenSessionFrame(bytes)
//    bytes, err = openSessionFrame.Marshal()
//
//    serverHeartbeatFrame, err := UnmarshalServerHeartbeatFrame(bytes)
//    bytes, err = serverHeartbeatFrame.Marshal()
//
//    sessionFrame, err := UnmarshalSessionFrame(bytes)
//    bytes, err = sessionFrame.Marshal()
//
//    statusFrame, err := UnmarshalStatusFrame(bytes)
//    bytes, err = statusFrame.Marshal()
//
//    terminateFrame, err := UnmarshalTerminateFrame(bytes)
//    bytes, err = terminateFrame.Marshal()
//
//    userMessageFrame, err := UnmarshalUserMessageFrame(bytes)
//    bytes, err = userMessageFrame.Marshal()

package codexapi

import "bytes"
import "errors"

import "encoding/json"

func UnmarshalApproveFrame(data []byte) (ApproveFrame, error) {
	var r ApproveFrame
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *ApproveFrame) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

func UnmarshalCancelFrame(data []byte) (CancelFrame, error) {
	var r CancelFrame
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *CancelFrame) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

func UnmarshalClientHeartbeatFrame(data []byte) (ClientHeartbeatFrame, error) {
	var r ClientHeartbeatFrame
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *ClientHeartbeatFrame) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

func UnmarshalCommandPromptFrame(data []byte) (CommandPromptFrame, error) {
	var r CommandPromptFrame
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *CommandPromptFrame) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

func UnmarshalErrorFrame(data []byte) (ErrorFrame, error) {
	var r ErrorFrame
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *ErrorFrame) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

func UnmarshalItemFrame(data []byte) (ItemFrame, error) {
	var r ItemFrame
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *ItemFrame) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

func UnmarshalOpenSessionFrame(data []byte) (OpenSessionFrame, error) {
	var r OpenSessionFrame
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *OpenSessionFrame) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

func UnmarshalServerHeartbeatFrame(data []byte) (ServerHeartbeatFrame, error) {
	var r ServerHeartbeatFrame
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *ServerHeartbeatFrame) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

func UnmarshalSessionFrame(data []byte) (SessionFrame, error) {
	var r SessionFrame
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *SessionFrame) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

func UnmarshalStatusFrame(data []byte) (StatusFrame, error) {
	var r StatusFrame
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *StatusFrame) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

func UnmarshalTerminateFrame(data []byte) (TerminateFrame, error) {
	var r TerminateFrame
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *TerminateFrame) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

func UnmarshalUserMessageFrame(data []byte) (UserMessageFrame, error) {
	var r UserMessageFrame
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *UserMessageFrame) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

type ApproveFrame struct {
	CommandID                                                                       string           `json:"commandId"`
	Decision                                                                        Decision         `json:"decision"`
	// Why; logged, and for a denial passed on to the agent where the engine allows.                 
	Explanation                                                                     *string          `json:"explanation,omitempty"`
	ID                                                                              *ClientFrameID   `json:"id"`
	SessionID                                                                       *string          `json:"sessionId,omitempty"`
	Type                                                                            ApproveFrameType `json:"type"`
}

type CancelFrame struct {
	ID                                         *ClientFrameID  `json:"id"`
	SessionID                                  *string         `json:"sessionId,omitempty"`
	// Cancel only if this is the running turn.                
	TurnID                                     *string         `json:"turnId,omitempty"`
	Type                                       CancelFrameType `json:"type"`
}

type ClientHeartbeatFrame struct {
	ID                                            *ClientFrameID           `json:"id"`
	// Client clock, milliseconds since the epoch.                         
	SentAtMS                                      *int64                   `json:"sentAtMs,omitempty"`
	SessionID                                     *string                  `json:"sessionId,omitempty"`
	Type                                          ClientHeartbeatFrameType `json:"type"`
}

type CommandPromptFrame struct {
	// For `file_change`, the diffs.                                                                     
	Changes                                                                   []CommandPromptFrameChange `json:"changes,omitempty"`
	// For `command`, the command as an argv array; empty otherwise.                                     
	Command                                                                   []string                   `json:"command"`
	CommandID                                                                 string                     `json:"commandId"`
	// For `command`, the command line as the engine would run it.                                       
	CommandLine                                                               *string                    `json:"commandLine,omitempty"`
	// For `command`, its working directory.                                                             
	Cwd                                                                       *string                    `json:"cwd,omitempty"`
	Decisions                                                                 []Decision                 `json:"decisions"`
	// When the prompt is denied if unanswered.                                                          
	ExpiresAt                                                                 string                     `json:"expiresAt"`
	// The agent's reason for asking (may be empty).                                                     
	Explanation                                                               string                     `json:"explanation"`
	// The `item` this prompt is about (the command execution or file change).                           
	ItemID                                                                    string                     `json:"itemId"`
	// What the agent asks to do.                                                                        
	Kind                                                                      CommandPromptFrameKind     `json:"kind"`
	// For `permissions`, what the agent asks for.                                                       
	Permissions                                                               *PermissionsClass          `json:"permissions,omitempty"`
	Seq                                                                       int64                      `json:"seq"`
	SessionID                                                                 string                     `json:"sessionId"`
	TimeoutMS                                                                 int64                      `json:"timeoutMs"`
	TurnID                                                                    string                     `json:"turnId"`
	Type                                                                      CommandPromptFrameType     `json:"type"`
}

type CommandPromptFrameChange struct {
	// The change as a unified diff (for `add`, the new content as added lines).           
	Diff                                                                        string     `json:"diff"`
	Kind                                                                        ChangeKind `json:"kind"`
	// The new path when an update also renames the file.                                  
	MovePath                                                                    *string    `json:"movePath"`
	// Absolute path of the file.                                                          
	Path                                                                        string     `json:"path"`
}

// For `permissions`, what the agent asks for.
type PermissionsClass struct {
	Network    *bool    `json:"network,omitempty"`
	ReadPaths  []string `json:"readPaths,omitempty"`
	WritePaths []string `json:"writePaths,omitempty"`
}

type ErrorFrame struct {
	// For `model_unavailable`, which retry of this turn this is (1 = the first).                          
	Attempt                                                                                 *int64         `json:"attempt,omitempty"`
	Code                                                                                    ErrorCode      `json:"code"`
	CommandID                                                                               *string        `json:"commandId,omitempty"`
	// The `type` of the offending frame, when known.                                                      
	FrameType                                                                               *string        `json:"frameType,omitempty"`
	InReplyTo                                                                               *ClientFrameID `json:"inReplyTo"`
	// What was wrong and what to do about it.                                                             
	Message                                                                                 string         `json:"message"`
	// For `invalid_frame`, the JSON Pointer of the offending value in the frame (`""` = the               
	// whole frame).                                                                                       
	Path                                                                                    *string        `json:"path,omitempty"`
	// Whether the same request may succeed later.                                                         
	Retryable                                                                               bool           `json:"retryable"`
	RetryAfterMS                                                                            *int64         `json:"retryAfterMs,omitempty"`
	Seq                                                                                     int64          `json:"seq"`
	SessionID                                                                               *string        `json:"sessionId,omitempty"`
	TurnID                                                                                  *string        `json:"turnId,omitempty"`
	Type                                                                                    ErrorFrameType `json:"type"`
}

// An item event; `event` tells which of the three shapes it is.
type ItemFrame struct {
	Event                                                                            Event         `json:"event"`
	Item                                                                             *Item         `json:"item,omitempty"`
	Seq                                                                              int64         `json:"seq"`
	SessionID                                                                        string        `json:"sessionId"`
	TurnID                                                                           string        `json:"turnId"`
	Type                                                                             ItemFrameType `json:"type"`
	Delta                                                                            *string       `json:"delta,omitempty"`
	// Which field of the item the delta appends to: `text` (agent_message, plan),                 
	// `summary` / `content` (reasoning; part `index`), `output` (command_execution).              
	Field                                                                            *Field        `json:"field,omitempty"`
	// For `summary` and `content`, the index of the part the delta appends to.                    
	Index                                                                            *int64        `json:"index,omitempty"`
	ItemID                                                                           *string       `json:"itemId,omitempty"`
	ItemType                                                                         *ItemTypeEnum `json:"itemType,omitempty"`
}

// One piece of the agent's work; `type` tells which.
//
// Text the agent writes to the user.
//
// The model's reasoning summary (and raw reasoning, when the provider sends it).
//
// A command the agent runs, with its live output (deltas) and exit code.
//
// File edits the agent makes, as unified diffs.
//
// A call to an MCP server tool or another tool the engine offers.
//
// A web search the agent makes.
//
// The agent's plan for the turn.
//
// The user's message as the agent received it.
//
// Work of a kind this protocol version does not describe in detail (e.g. context
// compaction,
// image view). Clients should show or ignore it, never fail on it.
type Item struct {
	ID                                                            string        `json:"id"`
	Text                                                          *string       `json:"text,omitempty"`
	Type                                                          ItemType      `json:"type"`
	Content                                                       []string      `json:"content,omitempty"`
	// A one-line human description.                                            
	Summary                                                       *SummaryUnion `json:"summary"`
	// The command as an argv array.                                            
	Command                                                       []string      `json:"command,omitempty"`
	// The command line as the engine ran it.                                   
	CommandLine                                                   *string       `json:"commandLine,omitempty"`
	Cwd                                                           *string       `json:"cwd,omitempty"`
	DurationMS                                                    *int64        `json:"durationMs"`
	ExitCode                                                      *int64        `json:"exitCode"`
	// stdout and stderr, interleaved; complete on `completed`.                 
	Output                                                        *string       `json:"output,omitempty"`
	ProcessID                                                     *string       `json:"processId"`
	Status                                                        *ItemStatus   `json:"status,omitempty"`
	Changes                                                       []ItemChange  `json:"changes,omitempty"`
	// The tool's arguments, as JSON.                                           
	Arguments                                                     *JSONValue    `json:"arguments"`
	Error                                                         *string       `json:"error"`
	// The tool's result, as JSON, once completed (`null` before).              
	Result                                                        *JSONValue    `json:"result"`
	// The MCP server, for MCP tools.                                           
	Server                                                        *string       `json:"server"`
	Tool                                                          *string       `json:"tool,omitempty"`
	Query                                                         *string       `json:"query"`
	// The page opened or searched in, for those actions.                       
	URL                                                           *string       `json:"url"`
	Steps                                                         []Step        `json:"steps,omitempty"`
	ImageCount                                                    *int64        `json:"imageCount,omitempty"`
	// The engine's name for the item kind.                                     
	EngineType                                                    *string       `json:"engineType,omitempty"`
}

type ItemChange struct {
	// The change as a unified diff (for `add`, the new content as added lines).           
	Diff                                                                        string     `json:"diff"`
	Kind                                                                        ChangeKind `json:"kind"`
	// The new path when an update also renames the file.                                  
	MovePath                                                                    *string    `json:"movePath"`
	// Absolute path of the file.                                                          
	Path                                                                        string     `json:"path"`
}

type Step struct {
	Status StatusEnum `json:"status"`
	Step   string     `json:"step"`
}

type OpenSessionFrame struct {
	ConfigOverrides *OpenSessionFrameConfigOverrides `json:"configOverrides,omitempty"`
	ID              *ClientFrameID                   `json:"id"`
	LastSeq         *int64                           `json:"lastSeq,omitempty"`
	ProtocolVersion *string                          `json:"protocolVersion,omitempty"`
	SessionID       *string                          `json:"sessionId,omitempty"`
	Type            OpenSessionFrameType             `json:"type"`
}

// Per-session settings. Each field given replaces the session's current value for this and
// every later turn; fields not given keep their value (initially the server's defaults).
type OpenSessionFrameConfigOverrides struct {
	ApprovalPolicy                                                                           *ApprovalPolicy        `json:"approvalPolicy,omitempty"`
	// Working directory of the session, absolute or relative to the server's default working                       
	// directory. It must resolve inside the directories the operator allows                                        
	// (`path_not_allowed`).                                                                                        
	Cwd                                                                                      *string                `json:"cwd,omitempty"`
	// Extra instructions for the agent, added to its developer instructions.                                       
	Instructions                                                                             *string                `json:"instructions,omitempty"`
	// Model slug, e.g. `gpt-5.5`.                                                                                  
	Model                                                                                    *string                `json:"model,omitempty"`
	// A JSON Schema the final answer of each turn must match; the terminal `status` then                           
	// carries the parsed answer in `structuredOutput`. `null` clears it. At most 32 levels                         
	// deep and 64 KiB as JSON (see "Bounded free-form JSON").                                                      
	OutputSchema                                                                             map[string]interface{} `json:"outputSchema"`
	ReasoningEffort                                                                          *ReasoningEffort       `json:"reasoningEffort,omitempty"`
	Sandbox                                                                                  *SandboxMode           `json:"sandbox,omitempty"`
}

type ServerHeartbeatFrame struct {
	InReplyTo                                     *ClientFrameID           `json:"inReplyTo"`
	// Server clock, milliseconds since the epoch.                         
	SentAtMS                                      int64                    `json:"sentAtMs"`
	Seq                                           int64                    `json:"seq"`
	SessionID                                     *string                  `json:"sessionId,omitempty"`
	Type                                          ClientHeartbeatFrameType `json:"type"`
}

type SessionFrame struct {
	HeartbeatIntervalMS                                                                  int64            `json:"heartbeatIntervalMs"`
	InReplyTo                                                                            *ClientFrameID   `json:"inReplyTo"`
	// The largest frame the server accepts, in bytes.                                                    
	MaxFrameBytes                                                                        int64            `json:"maxFrameBytes"`
	ProtocolVersion                                                                      string           `json:"protocolVersion"`
	// What is replayed after this frame; `null` when the opening frame had no `lastSeq`.                 
	Replay                                                                               *Replay          `json:"replay"`
	// True when the session existed before this stream (reconnect or takeover).                          
	Resumed                                                                              bool             `json:"resumed"`
	Seq                                                                                  int64            `json:"seq"`
	SessionID                                                                            string           `json:"sessionId"`
	// The turn running now, if any.                                                                      
	Turn                                                                                 *Turn            `json:"turn"`
	Type                                                                                 SessionFrameType `json:"type"`
}

type Replay struct {
	// Frames replayed (`toSeq - fromSeq + 1`, or 0).                                    
	Count                                                                          int64 `json:"count"`
	FromSeq                                                                        int64 `json:"fromSeq"`
	// History frames after `lastSeq` that the server no longer holds (0 = no gap).      
	Lost                                                                           int64 `json:"lost"`
	ToSeq                                                                          int64 `json:"toSeq"`
}

type Turn struct {
	// Prompts still waiting for an answer.         
	PendingCommandIDS                      []string `json:"pendingCommandIds"`
	TurnID                                 string   `json:"turnId"`
}

type StatusFrame struct {
	DurationMS                                                                             *int64             `json:"durationMs,omitempty"`
	// For `completed`, the agent's last message of the turn.                                                 
	FinalMessage                                                                           *string            `json:"finalMessage"`
	InReplyTo                                                                              *ClientFrameID     `json:"inReplyTo"`
	// For `failed` (and some `interrupted`), what went wrong, in words.                                      
	Message                                                                                *string            `json:"message,omitempty"`
	// Why a turn ended `interrupted` or `failed`: `cancelled` (a `cancel` frame), `denied`                   
	// (a `deny_and_stop` answer or an approval timeout), `shutdown` (server stopping),                       
	// `model_error`, `engine_error`, `engine_exited` (the engine process died), `watchdog`                   
	// (the engine stopped answering), `internal`.                                                            
	Reason                                                                                 *StatusFrameReason `json:"reason,omitempty"`
	// For `failed`, whether sending the message again may succeed.                                           
	Retryable                                                                              *bool              `json:"retryable,omitempty"`
	Seq                                                                                    int64              `json:"seq"`
	SessionID                                                                              string             `json:"sessionId"`
	// `started`, then exactly one terminal state per turn.                                                   
	State                                                                                  State              `json:"state"`
	// For `completed` with an `outputSchema`, the final message parsed as JSON.                              
	StructuredOutput                                                                       *JSONValue         `json:"structuredOutput"`
	TurnID                                                                                 string             `json:"turnId"`
	Type                                                                                   StatusFrameType    `json:"type"`
	Usage                                                                                  *TokenUsage        `json:"usage,omitempty"`
}

// Tokens used by the turn, summed over its model requests.
type TokenUsage struct {
	CachedInputTokens     int64 `json:"cachedInputTokens"`
	InputTokens           int64 `json:"inputTokens"`
	OutputTokens          int64 `json:"outputTokens"`
	ReasoningOutputTokens int64 `json:"reasoningOutputTokens"`
	TotalTokens           int64 `json:"totalTokens"`
}

type TerminateFrame struct {
	Message                                                                                   string               `json:"message"`
	// - `superseded`: another stream opened this session;                                                         
	// - `shutdown`: the server is stopping;                                                                       
	// - `heartbeat_timeout`: nothing arrived from the client for too long;                                        
	// - `protocol_error`: the request body can no longer be read (see the preceding `error`);                     
	// - `slow_consumer`: the client read too slowly and the stream's queue filled up;                             
	// - `session_expired`: the session was closed by the server (idle past its TTL);                              
	// - `client_closed`: the client ended its request body and the server has nothing more to                     
	// send.                                                                                                       
	Reason                                                                                    TerminateFrameReason `json:"reason"`
	// Whether reconnecting (with `lastSeq`) is expected to work.                                                  
	Reconnect                                                                                 bool                 `json:"reconnect"`
	RetryAfterMS                                                                              *int64               `json:"retryAfterMs,omitempty"`
	Seq                                                                                       int64                `json:"seq"`
	SessionID                                                                                 *string              `json:"sessionId,omitempty"`
	Type                                                                                      TerminateFrameType   `json:"type"`
}

type UserMessageFrame struct {
	ConfigOverrides                                                                           *UserMessageFrameConfigOverrides `json:"configOverrides,omitempty"`
	// The prompt text.                                                                                                        
	Content                                                                                   string                           `json:"content"`
	ID                                                                                        *ClientFrameID                   `json:"id"`
	// Paths of images on the server, absolute or relative to the session's working directory.                                 
	ImagePaths                                                                                []string                         `json:"imagePaths,omitempty"`
	// Images as `data:` URLs or server paths.                                                                                 
	Images                                                                                    []ImageInput                     `json:"images,omitempty"`
	SessionID                                                                                 *string                          `json:"sessionId,omitempty"`
	Type                                                                                      UserMessageFrameType             `json:"type"`
}

// Per-session settings. Each field given replaces the session's current value for this and
// every later turn; fields not given keep their value (initially the server's defaults).
type UserMessageFrameConfigOverrides struct {
	ApprovalPolicy                                                                           *ApprovalPolicy        `json:"approvalPolicy,omitempty"`
	// Working directory of the session, absolute or relative to the server's default working                       
	// directory. It must resolve inside the directories the operator allows                                        
	// (`path_not_allowed`).                                                                                        
	Cwd                                                                                      *string                `json:"cwd,omitempty"`
	// Extra instructions for the agent, added to its developer instructions.                                       
	Instructions                                                                             *string                `json:"instructions,omitempty"`
	// Model slug, e.g. `gpt-5.5`.                                                                                  
	Model                                                                                    *string                `json:"model,omitempty"`
	// A JSON Schema the final answer of each turn must match; the terminal `status` then                           
	// carries the parsed answer in `structuredOutput`. `null` clears it. At most 32 levels                         
	// deep and 64 KiB as JSON (see "Bounded free-form JSON").                                                      
	OutputSchema                                                                             map[string]interface{} `json:"outputSchema"`
	ReasoningEffort                                                                          *ReasoningEffort       `json:"reasoningEffort,omitempty"`
	Sandbox                                                                                  *SandboxMode           `json:"sandbox,omitempty"`
}

// An image for the model, as a `data:` URL or a path on the server (inside the allowed
// directories).
type ImageInput struct {
	// A base64 `data:` URL (remote URLs are not supported by the engine).                   
	DataURL                                                                          *string `json:"dataUrl,omitempty"`
	// A path on the server, absolute or relative to the session's working directory.        
	Path                                                                             *string `json:"path,omitempty"`
}

// An answer to a `command_prompt`:
// - `allow`: allow this once;
// - `allow_for_session`: allow this and the same request again for the rest of the session;
// - `deny`: refuse; the agent is told and continues the turn;
// - `deny_and_stop`: refuse and stop the turn (it ends `interrupted`).
type Decision string

const (
	Allow           Decision = "allow"
	AllowForSession Decision = "allow_for_session"
	Deny            Decision = "deny"
	DenyAndStop     Decision = "deny_and_stop"
)

type ApproveFrameType string

const (
	Approve ApproveFrameType = "approve"
)

type CancelFrameType string

const (
	Cancel CancelFrameType = "cancel"
)

type ClientHeartbeatFrameType string

const (
	Heartbeat ClientHeartbeatFrameType = "heartbeat"
)

type ChangeKind string

const (
	Add    ChangeKind = "add"
	Delete ChangeKind = "delete"
	Update ChangeKind = "update"
)

// What the agent asks to do.
type CommandPromptFrameKind string

const (
	Command        CommandPromptFrameKind = "command"
	KindFileChange CommandPromptFrameKind = "file_change"
	Permissions    CommandPromptFrameKind = "permissions"
)

type CommandPromptFrameType string

const (
	CommandPrompt CommandPromptFrameType = "command_prompt"
)

// The list of error codes. Codes are public API: they are only ever added, never renamed or
// removed, and a minor version may add one (`x-open-enum`). A client meeting a code it does
// not know treats it by the frame's `retryable`. `x-error-codes` gives each code's meaning
// and whether retrying the same request later can succeed.
type ErrorCode string

const (
	ApprovalTimeout            ErrorCode = "approval_timeout"
	CommandAlreadyResolved     ErrorCode = "command_already_resolved"
	CommandNotFound            ErrorCode = "command_not_found"
	DecisionNotOffered         ErrorCode = "decision_not_offered"
	EngineUnavailable          ErrorCode = "engine_unavailable"
	ErrorCodeEngineError       ErrorCode = "engine_error"
	ErrorCodeInternal          ErrorCode = "internal"
	ErrorCodeModelError        ErrorCode = "model_error"
	ErrorCodeSessionExpired    ErrorCode = "session_expired"
	FrameTooLarge              ErrorCode = "frame_too_large"
	InvalidFrame               ErrorCode = "invalid_frame"
	InvalidJSON                ErrorCode = "invalid_json"
	ModelUnavailable           ErrorCode = "model_unavailable"
	NoSession                  ErrorCode = "no_session"
	Overloaded                 ErrorCode = "overloaded"
	OverrideNotAllowed         ErrorCode = "override_not_allowed"
	PathNotAllowed             ErrorCode = "path_not_allowed"
	RateLimited                ErrorCode = "rate_limited"
	SessionMismatch            ErrorCode = "session_mismatch"
	ShuttingDown               ErrorCode = "shutting_down"
	Truncated                  ErrorCode = "truncated"
	TurnInProgress             ErrorCode = "turn_in_progress"
	Unauthorized               ErrorCode = "unauthorized"
	UnknownFrameType           ErrorCode = "unknown_frame_type"
	UnsupportedMediaType       ErrorCode = "unsupported_media_type"
	UnsupportedProtocolVersion ErrorCode = "unsupported_protocol_version"
)

type ErrorFrameType string

const (
	Error ErrorFrameType = "error"
)

type Event string

const (
	Delta          Event = "delta"
	EventCompleted Event = "completed"
	EventStarted   Event = "started"
)

// Which field of the item the delta appends to: `text` (agent_message, plan),
// `summary` / `content` (reasoning; part `index`), `output` (command_execution).
type Field string

const (
	Content Field = "content"
	Output  Field = "output"
	Summary Field = "summary"
	Text    Field = "text"
)

// `declined`: the backend (or the approval timeout) refused it.
type ItemStatus string

const (
	Declined             ItemStatus = "declined"
	ItemStatusCompleted  ItemStatus = "completed"
	ItemStatusFailed     ItemStatus = "failed"
	ItemStatusInProgress ItemStatus = "in_progress"
)

type StatusEnum string

const (
	Pending          StatusEnum = "pending"
	StatusCompleted  StatusEnum = "completed"
	StatusInProgress StatusEnum = "in_progress"
)

type ItemType string

const (
	Other                ItemType = "other"
	PurpleUserMessage    ItemType = "user_message"
	ToolCall             ItemType = "tool_call"
	TypeAgentMessage     ItemType = "agent_message"
	TypeCommandExecution ItemType = "command_execution"
	TypeFileChange       ItemType = "file_change"
	TypePlan             ItemType = "plan"
	TypeReasoning        ItemType = "reasoning"
	WebSearch            ItemType = "web_search"
)

type ItemTypeEnum string

const (
	ItemTypeAgentMessage     ItemTypeEnum = "agent_message"
	ItemTypeCommandExecution ItemTypeEnum = "command_execution"
	ItemTypePlan             ItemTypeEnum = "plan"
	ItemTypeReasoning        ItemTypeEnum = "reasoning"
)

type ItemFrameType string

const (
	TypeItem ItemFrameType = "item"
)

// When the agent asks before acting. The Codex policies:
// - `untrusted`: ask before every command and every file change;
// - `on-request`: the agent runs commands and edits inside the sandbox and asks when it
// needs more;
// - `never`: never ask; what the sandbox forbids fails.
// Older names, kept as aliases:
// - `suggest` = `untrusted` with sandbox `read-only`;
// - `auto-edit` = `on-request` with sandbox `workspace-write`;
// - `full-auto` = `never` with sandbox `workspace-write`.
// An alias sets the sandbox too, unless `sandbox` is given in the same overrides.
type ApprovalPolicy string

const (
	AutoEdit  ApprovalPolicy = "auto-edit"
	FullAuto  ApprovalPolicy = "full-auto"
	Never     ApprovalPolicy = "never"
	OnRequest ApprovalPolicy = "on-request"
	Suggest   ApprovalPolicy = "suggest"
	Untrusted ApprovalPolicy = "untrusted"
)

// How hard the model thinks, for models that support it.
type ReasoningEffort string

const (
	High    ReasoningEffort = "high"
	Low     ReasoningEffort = "low"
	Medium  ReasoningEffort = "medium"
	Minimal ReasoningEffort = "minimal"
	None    ReasoningEffort = "none"
	Xhigh   ReasoningEffort = "xhigh"
)

// What the agent's commands may touch: `read-only`, `workspace-write` (the working
// directory
// and temp dirs), or `danger-full-access` (no sandbox; the operator must allow it).
type SandboxMode string

const (
	DangerFullAccess SandboxMode = "danger-full-access"
	ReadOnly         SandboxMode = "read-only"
	WorkspaceWrite   SandboxMode = "workspace-write"
)

type OpenSessionFrameType string

const (
	OpenSession OpenSessionFrameType = "open_session"
)

type SessionFrameType string

const (
	Session SessionFrameType = "session"
)

// Why a turn ended `interrupted` or `failed`: `cancelled` (a `cancel` frame), `denied`
// (a `deny_and_stop` answer or an approval timeout), `shutdown` (server stopping),
// `model_error`, `engine_error`, `engine_exited` (the engine process died), `watchdog`
// (the engine stopped answering), `internal`.
type StatusFrameReason string

const (
	Cancelled         StatusFrameReason = "cancelled"
	Denied            StatusFrameReason = "denied"
	EngineExited      StatusFrameReason = "engine_exited"
	PurpleShutdown    StatusFrameReason = "shutdown"
	ReasonEngineError StatusFrameReason = "engine_error"
	ReasonInternal    StatusFrameReason = "internal"
	ReasonModelError  StatusFrameReason = "model_error"
	Watchdog          StatusFrameReason = "watchdog"
)

// `started`, then exactly one terminal state per turn.
type State string

const (
	Interrupted    State = "interrupted"
	StateCompleted State = "completed"
	StateFailed    State = "failed"
	StateStarted   State = "started"
)

type StatusFrameType string

const (
	Status StatusFrameType = "status"
)

// - `superseded`: another stream opened this session;
// - `shutdown`: the server is stopping;
// - `heartbeat_timeout`: nothing arrived from the client for too long;
// - `protocol_error`: the request body can no longer be read (see the preceding `error`);
// - `slow_consumer`: the client read too slowly and the stream's queue filled up;
// - `session_expired`: the session was closed by the server (idle past its TTL);
// - `client_closed`: the client ended its request body and the server has nothing more to
// send.
type TerminateFrameReason string

const (
	ClientClosed         TerminateFrameReason = "client_closed"
	FluffyShutdown       TerminateFrameReason = "shutdown"
	HeartbeatTimeout     TerminateFrameReason = "heartbeat_timeout"
	ProtocolError        TerminateFrameReason = "protocol_error"
	ReasonSessionExpired TerminateFrameReason = "session_expired"
	SlowConsumer         TerminateFrameReason = "slow_consumer"
	Superseded           TerminateFrameReason = "superseded"
)

type TerminateFrameType string

const (
	Terminate TerminateFrameType = "terminate"
)

type UserMessageFrameType string

const (
	FluffyUserMessage UserMessageFrameType = "user_message"
)

type ClientFrameID struct {
	Integer *int64
	String  *string
}

func (x *ClientFrameID) UnmarshalJSON(data []byte) error {
	object, err := unmarshalUnion(data, &x.Integer, nil, nil, &x.String, false, nil, false, nil, false, nil, false, nil, false)
	if err != nil {
		return err
	}
	if object {
	}
	return nil
}

func (x *ClientFrameID) MarshalJSON() ([]byte, error) {
	return marshalUnion(x.Integer, nil, nil, x.String, false, nil, false, nil, false, nil, false, nil, false)
}

// The tool's arguments, as JSON.
//
// Any JSON value.
//
// The tool's result, as JSON, once completed (`null` before).
//
// For `completed` with an `outputSchema`, the final message parsed as JSON.
type JSONValue struct {
	AnythingArray []interface{}
	AnythingMap   map[string]interface{}
	Bool          *bool
	Double        *float64
	Integer       *int64
	String        *string
}

func (x *JSONValue) UnmarshalJSON(data []byte) error {
	x.AnythingArray = nil
	x.AnythingMap = nil
	object, err := unmarshalUnion(data, &x.Integer, &x.Double, &x.Bool, &x.String, true, &x.AnythingArray, false, nil, true, &x.AnythingMap, false, nil, true)
	if err != nil {
		return err
	}
	if object {
	}
	return nil
}

func (x *JSONValue) MarshalJSON() ([]byte, error) {
	return marshalUnion(x.Integer, x.Double, x.Bool, x.String, x.AnythingArray != nil, x.AnythingArray, false, nil, x.AnythingMap != nil, x.AnythingMap, false, nil, true)
}

type SummaryUnion struct {
	String      *string
	StringArray []string
}

func (x *SummaryUnion) UnmarshalJSON(data []byte) error {
	x.StringArray = nil
	object, err := unmarshalUnion(data, nil, nil, nil, &x.String, true, &x.StringArray, false, nil, false, nil, false, nil, false)
	if err != nil {
		return err
	}
	if object {
	}
	return nil
}

func (x *SummaryUnion) MarshalJSON() ([]byte, error) {
	return marshalUnion(nil, nil, nil, x.String, x.StringArray != nil, x.StringArray, false, nil, false, nil, false, nil, false)
}

func unmarshalUnion(data []byte, pi **int64, pf **float64, pb **bool, ps **string, haveArray bool, pa interface{}, haveObject bool, pc interface{}, haveMap bool, pm interface{}, haveEnum bool, pe interface{}, nullable bool) (bool, error) {
	if pi != nil {
			*pi = nil
	}
	if pf != nil {
			*pf = nil
	}
	if pb != nil {
			*pb = nil
	}
	if ps != nil {
			*ps = nil
	}

	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
			return false, err
	}

	switch v := tok.(type) {
	case json.Number:
			if pi != nil {
					i, err := v.Int64()
					if err == nil {
							*pi = &i
							return false, nil
					}
			}
			if pf != nil {
					f, err := v.Float64()
					if err == nil {
							*pf = &f
							return false, nil
					}
					return false, errors.New("Unparsable number")
			}
			return false, errors.New("Union does not contain number")
	case float64:
			return false, errors.New("Decoder should not return float64")
	case bool:
			if pb != nil {
					*pb = &v
					return false, nil
			}
			return false, errors.New("Union does not contain bool")
	case string:
			if haveEnum {
					return false, json.Unmarshal(data, pe)
			}
			if ps != nil {
					*ps = &v
					return false, nil
			}
			return false, errors.New("Union does not contain string")
	case nil:
			if nullable {
					return false, nil
			}
			return false, errors.New("Union does not contain null")
	case json.Delim:
			if v == '{' {
					if haveObject {
							return true, json.Unmarshal(data, pc)
					}
					if haveMap {
							return false, json.Unmarshal(data, pm)
					}
					return false, errors.New("Union does not contain object")
			}
			if v == '[' {
					if haveArray {
							return false, json.Unmarshal(data, pa)
					}
					return false, errors.New("Union does not contain array")
			}
			return false, errors.New("Cannot handle delimiter")
	}
	return false, errors.New("Cannot unmarshal union")
}

func marshalUnion(pi *int64, pf *float64, pb *bool, ps *string, haveArray bool, pa interface{}, haveObject bool, pc interface{}, haveMap bool, pm interface{}, haveEnum bool, pe interface{}, nullable bool) ([]byte, error) {
	if pi != nil {
			return json.Marshal(*pi)
	}
	if pf != nil {
			return json.Marshal(*pf)
	}
	if pb != nil {
			return json.Marshal(*pb)
	}
	if ps != nil {
			return json.Marshal(*ps)
	}
	if haveArray {
			return json.Marshal(pa)
	}
	if haveObject {
			return json.Marshal(pc)
	}
	if haveMap {
			return json.Marshal(pm)
	}
	if haveEnum {
			return json.Marshal(pe)
	}
	if nullable {
			return json.Marshal(nil)
	}
	return nil, errors.New("Union must not be null")
}

