// Close codes (spec §12.4) and what each tells a person.

export const CLOSE = {
  NORMAL: 1000, GOING_AWAY: 1001, PROTOCOL_ERROR: 1002, UNSUPPORTED_DATA: 1003, ABNORMAL: 1006,
  POLICY: 1008, TOO_BIG: 1009, INTERNAL: 1011, BUSY: 4000, VERSION: 4001, HELLO_TIMEOUT: 4002, AUTH: 4003,
} as const;

const MEANING: Record<number, string> = {
  1000: "the session ended",
  1001: "the server shut down",
  1002: "protocol error",
  1003: "a text frame (unsupported data)",
  1006: "the connection was lost (no close frame: the server died, or refused this page's origin)",
  1008: "policy violation",
  1009: "a message too big",
  1011: "the server could not go on",
  4000: "busy: another client holds the run",
  4001: "version mismatch",
  4002: "no hello in time",
  4003: "refused: the token is missing or wrong",
};

export function closeMeaning(code: number): string {
  return MEANING[code] ?? (code >= 4004 && code <= 4999 ? "a close code of a later scenewire version" : `close code ${code}`);
}

/** §2.5 "Reconnecting": no retry after a normal end or a refusal. */
export function mayReconnect(code: number): boolean {
  return code !== CLOSE.NORMAL && !(code >= 4000 && code <= 4003);
}
