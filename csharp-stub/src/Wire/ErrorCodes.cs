// The spec's error code strings.
namespace Scenewire.Wire
{
    /// <summary>Protocol error codes (spec §12.1, decisions.md D6).</summary>
    public static class ErrorCodes
    {
        public const string MalformedMsgpack = "malformed_msgpack";
        public const string LimitExceeded = "limit_exceeded";
        public const string DuplicateKey = "duplicate_key";
        public const string UnknownExtension = "unknown_extension";
        public const string BadNdarray = "bad_ndarray";
        public const string BadEnvelope = "bad_envelope";
        public const string UnknownKind = "unknown_kind";
        public const string MissingField = "missing_field";
        public const string WrongType = "wrong_type";
        public const string InvalidValue = "invalid_value";
        public const string VersionMismatch = "version_mismatch";
        public const string UnexpectedMessage = "unexpected_message";
        public const string SessionError = "session_error";
        /// <summary>1.1: an observer's command, dropped (spec 2.5).</summary>
        public const string NotController = "not_controller";
    }
}
