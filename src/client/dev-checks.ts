// The client's only read of process.env. Outside production every frame the server sends is
// checked against the spec, so a backend's own test suite doubles as a contract test of the server.
export const CHECK_SERVER_FRAMES: boolean = process.env.NODE_ENV !== "production";
