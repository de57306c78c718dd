// The one exception a scenewire decoder throws, carrying the spec's error code.
using System;

namespace Scenewire.Wire
{
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
}
