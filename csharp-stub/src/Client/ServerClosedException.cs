// ServerClosedException: The server closed the connection.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Scenewire.Model;
using Scenewire.Wire;

namespace Scenewire.Client
{
    /// <summary>
    /// The server closed the connection. <see cref="Error"/> is the last <c>error</c> message the
    /// server sent on this connection before closing, if any: the refusal of our hello, the reason
    /// before a 1011 (a session that could not start), but possibly also an earlier, non-fatal one
    /// (a <c>session_error</c> the session went on after); read it together with <see cref="Code"/>.
    /// </summary>
    public sealed class ServerClosedException : Exception
    {
        public readonly int Code;
        public readonly string Reason;
        public readonly ErrorMessage Error;

        public ServerClosedException(int code, string reason, ErrorMessage error)
            : base("server closed: " + code + " (" + CloseCodes.Name(code) + ") " + Printable.Shown(reason)
                + (error != null ? " [last error: " + Printable.Shown(error.Message) + "]" : "")) // printable: apps log it
        {
            Code = code;
            Reason = reason ?? "";
            Error = error;
        }
    }
}
