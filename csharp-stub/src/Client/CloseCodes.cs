// CloseCodes: WebSocket close codes (decisions.md D6).
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
    /// <summary>WebSocket close codes (decisions.md D6).</summary>
    public static class CloseCodes
    {
        public const int Normal = 1000;
        public const int GoingAway = 1001;
        public const int ProtocolError = 1002;
        public const int UnsupportedData = 1003;
        public const int MessageTooBig = 1009;
        public const int InternalError = 1011;
        public const int Busy = 4000;
        public const int VersionMismatch = 4001;
        public const int HelloTimeout = 4002;
        public const int Auth = 4003;

        public static string Name(int code)
        {
            switch (code)
            {
                case Normal: return "normal";
                case GoingAway: return "server going away";
                case ProtocolError: return "protocol violation";
                case UnsupportedData: return "text frame";
                case MessageTooBig: return "frame too big";
                case InternalError: return "internal server error";
                case Busy: return "busy: another client is connected";
                case VersionMismatch: return "version mismatch";
                case HelloTimeout: return "hello timeout";
                case Auth: return "token missing or wrong";
                default: return code >= 4004 && code <= 4999 ? "reserved scenewire code" : "unknown";
            }
        }
    }
}
