// Raised by encoders for a local value with no wire form.
using System;

namespace Scenewire.Wire
{
    /// <summary>A local value with no wire form; raised by encoders, never crosses the wire.</summary>
    public class EncodeException : Exception
    {
        public EncodeException(string message) : base(message) { }
    }
}
