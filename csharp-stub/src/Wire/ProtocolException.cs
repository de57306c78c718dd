// The one exception a scenewire decoder throws, carrying the spec's error code.
using System;

namespace Scenewire.Wire
{
    /// <summary>Protocol error codes (spec section "Errors", decisions.md D6).</summary>
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
    }

    /// <summary>
    /// A message that breaks the spec. <see cref="Code"/> is the spec's error code string
    /// (for example "bad_ndarray"); <see cref="Path"/> names where in the message it was found.
    /// </summary>
    public class ProtocolException : Exception
    {
        public string Code { get; private set; }
        public string Path { get; private set; }
        public string Detail { get; private set; }

        public ProtocolException(string code, string detail, string path = "")
            : base(Format(code, detail, path))
        {
            Code = code;
            Detail = detail;
            Path = path ?? "";
        }

        static string Format(string code, string detail, string path)
        {
            return string.IsNullOrEmpty(path) ? code + ": " + detail : code + " at " + path + ": " + detail;
        }
    }

    /// <summary>A local value with no wire form; raised by encoders, never crosses the wire.</summary>
    public class EncodeException : Exception
    {
        public EncodeException(string message) : base(message) { }
    }

    /// <summary>Decoder limits (decisions.md D7); the defaults are the spec's.</summary>
    public sealed class Limits
    {
        public const int DefaultMaxFrameBytes = 64 * 1024 * 1024;
        public const int DefaultMaxDepth = 32;
        public const int MaxNdim = 32;

        public int MaxFrameBytes = DefaultMaxFrameBytes;
        /// <summary>Containers deep, counting the envelope map as depth 1; an ndarray is a leaf.</summary>
        public int MaxDepth = DefaultMaxDepth;

        public static readonly Limits Default = new Limits();
    }
}
