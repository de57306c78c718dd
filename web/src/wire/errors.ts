// The error codes of spec §12.1 and the one exception every decode fault raises.

export type ErrorCode =
  | "malformed_msgpack" | "limit_exceeded" | "duplicate_key" | "unknown_extension" | "bad_ndarray"
  | "bad_envelope" | "unknown_kind" | "missing_field" | "wrong_type" | "invalid_value"
  | "version_mismatch" | "unexpected_message" | "session_error" | "not_controller";

/** A decode fault (§12): `code` is what an `error` message or a test names. */
export class ProtocolError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = "ProtocolError";
  }
}

export function fail(code: ErrorCode, message: string): never {
  throw new ProtocolError(code, message);
}
