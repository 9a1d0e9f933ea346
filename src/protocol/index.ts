export { checkClientFrame, checkServerFrame, readServerFrame, type FrameCheck, type FrameProblem, type ServerFrameReading } from "./validate.js";
export { ERROR_CODES, PROTOCOL_VERSION, CLIENT_FRAME_SCHEMAS, SERVER_FRAME_SCHEMAS } from "../../generated/protocol.js";
export type * from "../../generated/types.js";
