export { CodecError, type CodecErrorCode } from "./codec-error.js";
export { DEFAULT_MAX_FRAME_BYTES, type DecodeResult, type Decoder, type DecoderOptions } from "./decoder.js";
export { encodeLengthPrefixed, encodeLengthPrefixedBatch, encodeNdjson, encodeNdjsonBatch, frameJson } from "./encode.js";
export {
  SUPPORTED_CONTENT_TYPES,
  lengthPrefixedFraming,
  ndjsonFraming,
  negotiateFraming,
  type Framing,
} from "./framing.js";
export { LengthPrefixedDecoder } from "./length-prefixed.js";
export { NdjsonDecoder } from "./ndjson.js";
