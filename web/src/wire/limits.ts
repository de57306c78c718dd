// The decoder limits of spec §11 (defaults; a decoder may be configured otherwise).

/** Largest frame a decoder takes (64 MiB); a WebSocket peer closes 1009 past it. */
export const MAX_FRAME_BYTES = 64 * 1024 * 1024;
/** Deepest nesting of maps and arrays; the envelope map is depth 1. */
export const MAX_DEPTH = 32;
/** Most dimensions of an ndarray (§9.4). */
export const MAX_NDIM = 32;
/** Longest dtype name of an ndarray (§9.1). */
export const MAX_DTYPE_NAME = 16;
