// A scenewire client over System.Net.WebSockets.ClientWebSocket: handshake, receive, send, close.
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
                case Auth: return "authentication";
                default: return code >= 4004 && code <= 4999 ? "reserved scenewire code" : "unknown";
            }
        }
    }

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
            : base("server closed: " + code + " (" + CloseCodes.Name(code) + ") " + reason + (error != null ? " [last error: " + error.Message + "]" : ""))
        {
            Code = code;
            Reason = reason ?? "";
            Error = error;
        }
    }

    /// <summary>
    /// One connection to a scenewire server. <see cref="ConnectAsync"/> upgrades offering
    /// <c>scenewire.v1</c>, sends our hello and checks the server's. Then
    /// <see cref="ReceiveAsync"/> yields messages (one per binary frame) and <see cref="SendAsync"/>
    /// sends commands. A frame that does not decode raises <see cref="ProtocolException"/>
    /// and the connection stays usable (decisions.md D6); a close raises <see cref="ServerClosedException"/>.
    /// </summary>
    public sealed class SceneClient : IDisposable
    {
        public const string Implementation = "scenewire-csharp-stub/0.1.0";

        readonly ClientWebSocket ws;
        readonly Limits limits;
        readonly byte[] chunk = new byte[64 * 1024];
        volatile ErrorMessage lastError;

        public Hello ServerHello { get; private set; }
        public string Subprotocol { get { return ws.SubProtocol; } }
        public WebSocketState State { get { return ws.State; } }

        SceneClient(ClientWebSocket ws, Limits limits)
        {
            this.ws = ws;
            this.limits = limits ?? Limits.Default;
        }

        /// <summary>Connect and complete the hello exchange (ServerClosedException if the server refuses).</summary>
        public static async Task<SceneClient> ConnectAsync(Uri url, CancellationToken cancel, Limits limits = null, List<string> capabilities = null)
        {
            var ws = new ClientWebSocket();
            ws.Options.AddSubProtocol(Protocol.Subprotocol);
            await ws.ConnectAsync(url, cancel).ConfigureAwait(false);
            var client = new SceneClient(ws, limits);
            try
            {
                await client.SendAsync(Hello.Make("client", Implementation, capabilities), cancel).ConfigureAwait(false);
                Message first;
                while (true)
                {
                    first = await client.ReceiveAsync(cancel).ConfigureAwait(false);
                    if (!(first is ErrorMessage)) break; // e.g. version_mismatch: ReceiveAsync kept it for the close
                }
                var hello = first as Hello;
                if (hello == null)
                    throw new ProtocolException(ErrorCodes.UnexpectedMessage, "the server's first message is " + first.Kind + ", not hello");
                hello.CheckPeer("server");
                client.ServerHello = hello;
                return client;
            }
            catch (ProtocolException e)
            {
                // A major this side does not speak: 4001 with the reason; any other handshake fault: 1002.
                int code = e.Code == ErrorCodes.VersionMismatch ? CloseCodes.VersionMismatch : CloseCodes.ProtocolError;
                using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
                    await client.CloseAsync(code, e.Detail, cts.Token).ConfigureAwait(false);
                client.Dispose();
                throw;
            }
            catch
            {
                client.Dispose();
                throw;
            }
        }

        /// <summary>
        /// The next message. Throws ServerClosedException when the server closes
        /// (<see cref="ServerClosedException.Error"/> is the last <c>error</c> received), ProtocolException
        /// for a frame that does not decode.
        /// </summary>
        public async Task<Message> ReceiveAsync(CancellationToken cancel)
        {
            byte[] frame = await ReceiveFrameAsync(cancel).ConfigureAwait(false);
            Message message = Protocol.Decode(frame, limits);
            var error = message as ErrorMessage;
            if (error != null) lastError = error; // attached to the ServerClosedException of a later close
            return message;
        }

        async Task<byte[]> ReceiveFrameAsync(CancellationToken cancel)
        {
            var buffer = new MemoryStream();
            bool tooBig = false;
            while (true)
            {
                WebSocketReceiveResult result;
                try
                {
                    result = await ws.ReceiveAsync(new ArraySegment<byte>(chunk), cancel).ConfigureAwait(false);
                }
                catch (WebSocketException) when (ws.CloseStatus.HasValue)
                {
                    throw Closed();
                }
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (ws.State == WebSocketState.CloseReceived)
                    {
                        try { await ws.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None).ConfigureAwait(false); }
                        catch (WebSocketException) { }
                    }
                    throw Closed();
                }
                if (!tooBig)
                {
                    if (buffer.Length + result.Count > limits.MaxFrameBytes) tooBig = true;
                    else buffer.Write(chunk, 0, result.Count);
                }
                if (!result.EndOfMessage) continue;
                if (result.MessageType == WebSocketMessageType.Text)
                {
                    await CloseAsync(CloseCodes.UnsupportedData, "text frame: scenewire messages are MessagePack in binary frames", cancel).ConfigureAwait(false);
                    throw new ProtocolException(ErrorCodes.MalformedMsgpack, "the server sent a text frame; closed with 1003");
                }
                if (tooBig)
                {
                    await CloseAsync(CloseCodes.MessageTooBig, "frame over " + limits.MaxFrameBytes + " bytes", cancel).ConfigureAwait(false);
                    throw new ProtocolException(ErrorCodes.LimitExceeded, "frame over the " + limits.MaxFrameBytes + "-byte limit; closed with 1009");
                }
                return buffer.ToArray();
            }
        }

        ServerClosedException Closed()
        {
            int code = ws.CloseStatus.HasValue ? (int)ws.CloseStatus.Value : 1006;
            return new ServerClosedException(code, ws.CloseStatusDescription, lastError);
        }

        /// <summary>Send one message as one binary frame.</summary>
        public Task SendAsync(Message message, CancellationToken cancel)
        {
            byte[] frame = message.Encode();
            return ws.SendAsync(new ArraySegment<byte>(frame), WebSocketMessageType.Binary, true, cancel);
        }

        /// <summary>Close from our side (1000 by default) and wait for the server's close frame.</summary>
        public async Task CloseAsync(int code, string reason, CancellationToken cancel)
        {
            if (ws.State != WebSocketState.Open && ws.State != WebSocketState.CloseReceived) return;
            try
            {
                await ws.CloseAsync((WebSocketCloseStatus)code, Truncate(reason), cancel).ConfigureAwait(false);
            }
            catch (WebSocketException) { }
        }

        public Task CloseAsync(CancellationToken cancel) { return CloseAsync(CloseCodes.Normal, "client closed", cancel); }

        /// <summary>A close reason fits in 123 UTF-8 bytes.</summary>
        static string Truncate(string reason)
        {
            reason = reason ?? "";
            while (Encoding.UTF8.GetByteCount(reason) > 123) reason = reason.Substring(0, reason.Length - 1);
            return reason;
        }

        public void Dispose() { ws.Dispose(); }
    }

    /// <summary>One readable line per message: arrays as dtype[shape], scenes as counts.</summary>
    public static class Describe
    {
        const int MaxText = 60;

        public static string Message(Message message)
        {
            var kind = message.Kind.PadRight(14);
            var ready = message as SceneReady;
            if (ready != null) return kind + " " + Scene(ready.Scene);
            var parts = new List<string>();
            foreach (var kv in message.ToTree())
            {
                if (kv.Key == "kind" || kv.Value == null) continue;
                var list = kv.Value as List<object>;
                var map = kv.Value as MsgMap;
                if ((list != null && list.Count == 0) || (map != null && map.Count == 0)) continue;
                parts.Add(kv.Key + "=" + Value(kv.Value));
            }
            return kind + " " + string.Join(" ", parts);
        }

        public static string Scene(Scene scene)
        {
            var parts = new List<string>();
            if (scene.Fields.Count > 0) parts.Add(scene.Fields.Count + " fields");
            if (scene.Geometries.Count > 0) parts.Add(scene.Geometries.Count + " geometries");
            if (scene.Views.Count > 0) parts.Add(scene.Views.Count + " views");
            if (scene.Controls.Count > 0) parts.Add(scene.Controls.Count + " controls");
            if (scene.Actions.Count > 0) parts.Add(scene.Actions.Count + " actions");
            object title;
            string head = scene.Metadata.TryGetValue("title", out title) && title is string ? "'" + title + "': " : "";
            return head + (parts.Count > 0 ? string.Join(", ", parts) : "empty");
        }

        public static string Value(object v)
        {
            if (v == null) return "nil";
            var a = v as NdArray;
            if (a != null) return a.Dtype + "[" + string.Join(", ", a.LongShape) + "]";
            var map = v as MsgMap;
            if (map != null)
            {
                var inner = new List<string>();
                foreach (var kv in map)
                {
                    if (inner.Count == 6) { inner.Add("..."); break; }
                    inner.Add(kv.Key + ": " + Value(kv.Value));
                }
                return "{" + string.Join(", ", inner) + "}";
            }
            var list = v as List<object>;
            if (list != null)
            {
                if (list.Count > 4) return "[" + list.Count + " items]";
                var inner = new List<string>();
                foreach (var item in list) inner.Add(Value(item));
                return "[" + string.Join(", ", inner) + "]";
            }
            string text;
            if (v is string) text = "'" + v + "'";
            else if (v is bool) text = (bool)v ? "true" : "false";
            else if (v is double) text = ((double)v).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            else if (v is byte[]) text = "bin(" + ((byte[])v).Length + " bytes)";
            else text = Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture);
            return text.Length <= MaxText ? text : text.Substring(0, MaxText - 3) + "...";
        }
    }
}
