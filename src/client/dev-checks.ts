// The client's only read of process.env. Outside production every frame the server sends is
// checked against the spec, so a backend's own test suite doubles as a contract test of the server;
// the check follows the spec's forward-compatibility rule (readServerFrame), so a later 1.x
// server's additions pass and only what this version knows is held to the spec.
export const CHECK_SERVER_FRAMES: boolean = process.env.NODE_ENV !== "production";
