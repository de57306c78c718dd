// SceneClient: One connection to a scenewire server.
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
    /// One connection to a scenewire server. <see cref="ConnectAsync"/> upgrades offering
    /// <c>scenewire.v1</c>, sends our hello and checks the server's (closing 4002 and throwing
    /// <see cref="TimeoutException"/> if none arrives within the hello timeout). Then
    /// <see cref="ReceiveAsync"/> yields messages (one per binary frame) and <see cref="SendAsync"/>
    /// sends commands. A frame that does not decode raises <see cref="ProtocolException"/>
    /// and the connection stays usable (decisions.md D6); a close raises <see cref="ServerClosedException"/>.
    /// Threads: receive from one loop; <see cref="SendAsync"/> and
    /// <see cref="CloseAsync(int, string, CancellationToken)"/> may be called from any thread at any
    /// time, also while that loop waits in a receive. Every send and close frame (the client's own
    /// 1003/1009/4002 too) goes out under one lock, and the socket is read under another, so a close
    /// waiting for the server's close frame never reads alongside the receive loop.
    /// Protocol 1.1 (spec 2.5): <c>ConnectAsync(..., access: "observe")</c> asks for a role;
    /// <see cref="Access"/> and <see cref="Run"/> say which role the server gave and which run it is;
    /// <c>access</c> messages (<see cref="AccessMessage"/>) come out of <see cref="ReceiveAsync"/> in
    /// order, and the receive loop keeps <see cref="Access"/>, <see cref="Waiting"/> and
    /// <see cref="Clients"/> up to date and raises <see cref="AccessChanged"/>;
    /// <see cref="RequestControlAsync"/> asks for control or gives it up.
    /// </summary>
    public sealed class SceneClient : IDisposable
    {
        public const string Implementation = "scenewire-csharp-stub/0.1.0";

        /// <summary>How long <see cref="ConnectAsync"/> waits for the server's hello (spec 2.3: 10 s).</summary>
        public static readonly TimeSpan DefaultHelloTimeout = TimeSpan.FromSeconds(10);

        /// <summary>How long a close this client starts itself waits for the server's close frame.</summary>
        static readonly TimeSpan CloseWait = TimeSpan.FromSeconds(5);

        readonly ClientWebSocket ws;
        readonly Limits limits;
        readonly FrameBufferPool pool = new FrameBufferPool();
        readonly MessageInbox inbox;
        // After the hello, one loop (receiveLoop) reads every frame as soon as it comes, so a receive is
        // always pending and ClientWebSocket answers pings whatever the consumer does (spec §2.6).
        Task receiveLoop;
        // What the messages received so far say of the scene, so that merging them changes nothing (the loop's alone).
        readonly InboxScene scene = new InboxScene();
        volatile bool fellBehind;
        byte[] discard; // frames read and dropped: over the limit, or after this client closed
        // ClientWebSocket allows one SendAsync and one CloseAsync/CloseOutputAsync outstanding at a
        // time: every send and close frame goes out under sendLock. It allows one ReceiveAsync at a
        // time, and its CloseAsync receives too (until the server's close frame): so this client
        // never calls ws.CloseAsync, and reads (a frame for ReceiveAsync, or the wait for the server's
        // close) under receiveLock. Order: receiveLock may be held while taking sendLock, never the
        // reverse. Neither is disposed (no wait handle in use), so a Release after Dispose is harmless.
        // ws.State is no guide to who closed first (the managed ClientWebSocket reports CloseReceived
        // after our close was answered, and CloseSent after we answered the server's), so closeSent
        // (under sendLock) says whether our close frame went out, and ws.CloseStatus whether the
        // server's arrived.
        readonly SemaphoreSlim sendLock = new SemaphoreSlim(1, 1);
        readonly SemaphoreSlim receiveLock = new SemaphoreSlim(1, 1);
        bool closeSent;
        volatile ErrorMessage lastError;

        public Hello ServerHello { get; private set; }
        public string Subprotocol { get { return ws.SubProtocol; } }

        volatile string access;
        volatile bool waiting;
        long clients;

        /// <summary>1.1: this client's role ("control" or "observe"), from the server's hello, then each access message; null from a 1.0 server (where every client controls).</summary>
        public string Access { get { return access; } }
        /// <summary>1.1: this client's request for control waits (the last access message).</summary>
        public bool Waiting { get { return waiting; } }
        /// <summary>1.1: clients connected to the run, this one included (the last access message; 0 before one).</summary>
        public long Clients { get { return Interlocked.Read(ref clients); } }
        /// <summary>1.1: the run's id from the server's hello (32 hex digits); null from a 1.0 server. Equal ids after a reconnect: the same run.</summary>
        public string Run { get { return ServerHello != null && ServerHello.Speaks11 ? ServerHello.Run : null; } }
        /// <summary>
        /// 1.1: raised on the receive loop's thread (not the consumer's) when an access message arrives,
        /// before it is queued for <see cref="ReceiveAsync"/>. Keep handlers short; Unity code reads
        /// the properties or takes the message from the queue instead.
        /// </summary>
        public event Action<AccessMessage> AccessChanged;

        volatile RunStateMessage runState;

        /// <summary>1.1 (spec 7.15): the run's last run_state (running, paused or stopped, and the speed limit); null before one came.</summary>
        public RunStateMessage RunState { get { return runState; } }

        /// <summary>Raised on the receive loop for every run_state message (it also comes out of <see cref="ReceiveAsync"/>).</summary>
        public event Action<RunStateMessage> RunStateChanged;
        public WebSocketState State { get { return ws.State; } }

        SceneClient(ClientWebSocket ws, Limits limits, InboxLimits inboxLimits)
        {
            this.ws = ws;
            this.limits = limits ?? Limits.Default;
            inbox = new MessageInbox(inboxLimits);
        }

        /// <summary>Messages received and not yet taken (<see cref="ReceiveAsync"/>, <see cref="TryReceive"/>).</summary>
        public int Pending { get { return inbox.Count; } }
        /// <summary>Bytes of the frames waiting.</summary>
        public long PendingBytes { get { return inbox.Bytes; } }
        /// <summary>Messages merged into later ones because the consumer fell behind (never dropped: section "A consumer that falls behind" of docs/unity.md).</summary>
        public long Merged { get { return inbox.Merged; } }

        /// <summary>
        /// Connect and complete the hello exchange. Throws <see cref="ServerClosedException"/> if the
        /// server refuses (with its <c>error</c>, if it sent one), <see cref="ProtocolException"/> if this
        /// client refuses the server's hello (closing 4001 or 1002), and <see cref="TimeoutException"/>
        /// if no server hello arrives within <paramref name="helloTimeout"/> (default
        /// <see cref="DefaultHelloTimeout"/>, <see cref="Timeout.InfiniteTimeSpan"/> for none): the
        /// client then closes with 4002. <paramref name="cancel"/> covers the whole connect; cancelling
        /// it aborts the socket without a close frame.
        /// </summary>
        public static async Task<SceneClient> ConnectAsync(Uri url, CancellationToken cancel, Limits limits = null, List<string> capabilities = null, TimeSpan? helloTimeout = null, InboxLimits inboxLimits = null, string access = null)
        {
            if (access != null && Array.IndexOf(Hello.AccessValues, access) < 0)
                throw new ArgumentException("access is \"control\" or \"observe\" (or null: ask for none, which means control)", "access");
            TimeSpan timeout = helloTimeout ?? DefaultHelloTimeout;
            if (timeout != Timeout.InfiniteTimeSpan && (timeout <= TimeSpan.Zero || timeout.TotalMilliseconds > int.MaxValue))
                throw new ArgumentOutOfRangeException("helloTimeout", timeout, "a positive time up to int.MaxValue ms, or Timeout.InfiniteTimeSpan");
            var ws = new ClientWebSocket();
            ws.Options.AddSubProtocol(Protocol.Subprotocol);
            await ws.ConnectAsync(url, cancel).ConfigureAwait(false);
            var client = new SceneClient(ws, limits, inboxLimits);
            try
            {
                await client.SendAsync(Hello.Make("client", Implementation, capabilities, access), cancel).ConfigureAwait(false);
                Task<Hello> reading = client.ReceiveServerHelloAsync(cancel);
                using (var timer = new CancellationTokenSource())
                {
                    Task expiry = Task.Delay(timeout, timer.Token);
                    if (await Task.WhenAny(reading, expiry).ConfigureAwait(false) != reading && !reading.IsCompleted)
                        await client.HelloTimedOutAsync(reading, timeout).ConfigureAwait(false); // throws
                    timer.Cancel();
                }
                client.ServerHello = await reading.ConfigureAwait(false);
                client.access = client.ServerHello.Speaks11 ? client.ServerHello.Access : null;
                client.receiveLoop = Task.Run(() => client.ReceiveLoopAsync());
                return client;
            }
            catch (ProtocolException e)
            {
                // A major this side does not speak: 4001 with the reason; any other handshake fault: 1002.
                int code = e.Code == ErrorCodes.VersionMismatch ? CloseCodes.VersionMismatch : CloseCodes.ProtocolError;
                using (var cts = new CancellationTokenSource(CloseWait))
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

        /// <summary>The server's hello, checked; an <c>error</c> before it (a refusal, followed by the close) is kept.</summary>
        async Task<Hello> ReceiveServerHelloAsync(CancellationToken cancel)
        {
            Message first;
            do
            {
                FrameBuffer frame;
                await receiveLock.WaitAsync(cancel).ConfigureAwait(false);
                try { frame = await ReadFrameAsync(cancel).ConfigureAwait(false); }
                finally { receiveLock.Release(); }
                try { first = Protocol.Decode(frame, limits); }
                finally { frame.Release(); } // nothing of the hello or an error is kept as a view
                if (first is ErrorMessage) lastError = (ErrorMessage)first; // e.g. version_mismatch, for the close
            }
            while (first is ErrorMessage);
            var hello = first as Hello;
            if (hello == null)
                throw new ProtocolException(ErrorCodes.UnexpectedMessage, "the server's first message is " + first.Kind + ", not hello");
            hello.CheckPeer("server");
            return hello;
        }

        /// <summary>
        /// No server hello in time (spec 2.3 step 7): close 4002 with a reason while the hello read is
        /// still pending (cancelling a receive would abort the socket without a close frame), let that
        /// read end on the server's close frame, then throw TimeoutException.
        /// </summary>
        async Task HelloTimedOutAsync(Task<Hello> reading, TimeSpan timeout)
        {
            string seconds = timeout.TotalSeconds.ToString("G", System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                using (var cts = new CancellationTokenSource(CloseWait))
                    await CloseAsync(CloseCodes.HelloTimeout, "no hello within " + seconds + " s", cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) { } // the server did not answer the close: aborted
            Dispose();
            try { await reading.ConfigureAwait(false); }
            catch (Exception) { } // observed: ServerClosedException for the close we started, or the abort
            throw new TimeoutException("no hello from the server within " + seconds + " s; closed with " + CloseCodes.HelloTimeout);
        }

        /// <summary>
        /// The next message, in arrival order, waiting for one. Throws <see cref="ProtocolException"/>
        /// in place of a frame that did not decode (the connection stays usable, spec §2.4), and once
        /// every message before the end is taken: <see cref="ServerClosedException"/> when the server
        /// closed (or answered our close; <see cref="ServerClosedException.Error"/> is the last
        /// <c>error</c> received), <see cref="BacklogOverflowException"/> when this client closed
        /// because its consumer fell too far behind, <see cref="WebSocketException"/> when the
        /// connection was lost. Cancelling <paramref name="cancel"/> ends only this wait. Take from one
        /// consumer at a time. The message's arrays are views of its frame until
        /// <see cref="Message.Release"/> (releasing is optional, and saves the allocation of a buffer per frame).
        /// </summary>
        public Task<Message> ReceiveAsync(CancellationToken cancel)
        {
            return inbox.TakeAsync(cancel);
        }

        /// <summary>
        /// The next message if one has arrived, without waiting and without allocating: for a loop that
        /// polls, such as Unity's <c>Update</c>. Throws as <see cref="ReceiveAsync"/> does.
        /// </summary>
        public bool TryReceive(out Message message)
        {
            return inbox.TryTake(out message);
        }

        /// <summary>
        /// Read frames until the connection ends, decoding each on this thread-pool thread and queueing
        /// it for the consumer. Never waits for the consumer: a receive is always pending, so pings are
        /// answered during an Editor pause or a breakpoint; a consumer that falls behind is handled by
        /// the inbox (merging, then closing 1011 with a reason).
        /// </summary>
        async Task ReceiveLoopAsync()
        {
            await receiveLock.WaitAsync().ConfigureAwait(false); // held for good: the loop is the only reader now
            try
            {
                while (true)
                {
                    FrameBuffer frame;
                    try { frame = await ReadFrameAsync(CancellationToken.None).ConfigureAwait(false); }
                    catch (ProtocolException e)
                    {
                        inbox.Report(e); // a text frame (closed 1003) or one over the limit (closed 1009)
                        continue;        // the next read ends with the server's close
                    }
                    if (fellBehind)
                    {
                        frame.Release(); // this client has closed: only the server's close frame still matters
                        continue;
                    }
                    Enqueue(frame);
                }
            }
            catch (Exception e)
            {
                inbox.Complete(e); // ServerClosedException, WebSocketException, ObjectDisposedException
            }
        }

        void Enqueue(FrameBuffer frame)
        {
            Message message;
            try { message = Protocol.Decode(frame, limits); }
            catch (ProtocolException e)
            {
                frame.Release();
                inbox.Report(e);
                return;
            }
            var role = message as AccessMessage;
            if (role != null && ServerHello.Speaks11)
            {
                access = role.Access;
                waiting = role.Waiting;
                Interlocked.Exchange(ref clients, (long)role.Clients);
                var changed = AccessChanged;
                if (changed != null) changed(role);
            }
            else if (role != null)
            {
                message.Release();
                inbox.Report(new ProtocolException(ErrorCodes.UnexpectedMessage, "the server's hello says minor " + ServerHello.Minor + ", yet it sent an access message; dropped"));
                return;
            }
            else if (message is RunStateMessage)
            {
                if (!ServerHello.Speaks11)
                {
                    message.Release();
                    inbox.Report(new ProtocolException(ErrorCodes.UnexpectedMessage, "the server's hello says minor " + ServerHello.Minor + ", yet it sent a run_state message; dropped"));
                    return;
                }
                runState = (RunStateMessage)message;
                var told = RunStateChanged;
                if (told != null) told(runState);
            }
            else if (!(message is Update))
            {
                // §2.4: a command or a second hello from the server is dropped and reported, never applied
                string what = message is Hello ? "a second hello" : "the command " + message.Kind;
                message.Release(); // and with it the frame
                inbox.Report(new ProtocolException(ErrorCodes.UnexpectedMessage, "the server sent " + what + "; dropped"));
                return;
            }
            var error = message as ErrorMessage;
            if (error != null) lastError = error; // attached to the ServerClosedException of a later close
            if (inbox.Add(scene.Entry(message, frame.Length))) return;
            fellBehind = true;
            string reason = "client fell behind: " + inbox.Count + " messages (" + inbox.Bytes / (1024 * 1024) + " MiB) unread after merging";
            inbox.Complete(new BacklogOverflowException(reason + "; closed with 1011 rather than drop any"));
            CloseOutputAsync(CloseCodes.InternalError, reason, CancellationToken.None).ContinueWith(
                sent => { var ignored = sent.Exception; }, TaskContinuationOptions.OnlyOnFaulted); // the loop reads on to the server's close
        }

        /// <summary>
        /// One whole binary frame in a pooled buffer; the caller holds receiveLock and owns the buffer.
        /// The buffer grows at most once or twice per frame size: to the length the frame's first
        /// bytes announce (<see cref="FrameSizeHint"/>).
        /// </summary>
        async Task<FrameBuffer> ReadFrameAsync(CancellationToken cancel)
        {
            FrameBuffer frame = pool.Rent();
            try
            {
                int length = 0;
                bool tooBig = false;
                while (true)
                {
                    if (ws.CloseStatus.HasValue) throw Closed(); // the server's close frame was read (e.g. by CloseAsync)
                    ArraySegment<byte> into;
                    if (!tooBig && length == frame.Capacity)
                    {
                        if (length >= limits.MaxFrameBytes) tooBig = true;
                        else frame.Grow(NextCapacity(frame, length), length);
                    }
                    into = tooBig ? Discard() : new ArraySegment<byte>(frame.Bytes, length, frame.Capacity - length);
                    WebSocketReceiveResult result;
                    try
                    {
                        result = await ws.ReceiveAsync(into, cancel).ConfigureAwait(false);
                    }
                    catch (Exception e) when ((e is WebSocketException || e is ObjectDisposedException) && ws.CloseStatus.HasValue)
                    {
                        throw Closed();
                    }
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        // Answer the server's close (unless we started the close ourselves).
                        await CloseOutputAsync(CloseCodes.Normal, "", CancellationToken.None).ConfigureAwait(false);
                        throw Closed();
                    }
                    if (!tooBig) length += result.Count;
                    if (!result.EndOfMessage) continue;
                    if (result.MessageType == WebSocketMessageType.Text)
                    {
                        await CloseOutputAsync(CloseCodes.UnsupportedData, "text frame: scenewire messages are MessagePack in binary frames", cancel).ConfigureAwait(false);
                        throw new ProtocolException(ErrorCodes.MalformedMsgpack, "the server sent a text frame; closed with 1003");
                    }
                    if (tooBig)
                    {
                        await CloseOutputAsync(CloseCodes.MessageTooBig, "frame over " + limits.MaxFrameBytes + " bytes", cancel).ConfigureAwait(false);
                        throw new ProtocolException(ErrorCodes.LimitExceeded, "frame over the " + limits.MaxFrameBytes + "-byte limit; closed with 1009");
                    }
                    frame.SetLength(length);
                    var done = frame;
                    frame = null;
                    return done;
                }
            }
            finally
            {
                if (frame != null) frame.Release();
            }
        }

        /// <summary>The size to grow a full buffer to: what the frame's bytes announce, else half as much again, within the limit.</summary>
        int NextCapacity(FrameBuffer frame, int length)
        {
            long hint = FrameSizeHint.MinimumLength(frame.Bytes, length);
            long grown = (long)frame.Capacity + frame.Capacity / 2;
            long capacity = Math.Max(hint, grown);
            return (int)Math.Min(capacity, limits.MaxFrameBytes);
        }

        ArraySegment<byte> Discard()
        {
            if (discard == null) discard = new byte[64 * 1024];
            return new ArraySegment<byte>(discard);
        }

        ServerClosedException Closed()
        {
            int code = ws.CloseStatus.HasValue ? (int)ws.CloseStatus.Value : 1006;
            return new ServerClosedException(code, ws.CloseStatusDescription, lastError);
        }

        /// <summary>
        /// Send one message as one binary frame. Safe from any thread: sends (and closes) queue on one
        /// lock and go out one at a time, in the order they took it. Once this client's close frame is
        /// out it throws WebSocketException (InvalidState); so does ClientWebSocket once the
        /// connection is gone. A send that returns normally went out before the close frame.
        /// </summary>
        public async Task SendAsync(Message message, CancellationToken cancel)
        {
            byte[] frame = message.Encode();
            await sendLock.WaitAsync(cancel).ConfigureAwait(false);
            try
            {
                // The managed ClientWebSocket accepts sends again in CloseReceived, which it also reports
                // after the server answered our close: such a frame would follow our close frame.
                if (closeSent) throw new WebSocketException(WebSocketError.InvalidState, "the connection is closing: no send after the close frame");
                await ws.SendAsync(new ArraySegment<byte>(frame), WebSocketMessageType.Binary, true, cancel).ConfigureAwait(false);
            }
            finally { sendLock.Release(); }
        }

        /// <summary>
        /// 1.1 (spec 6.7): ask for control (<paramref name="want"/> true) or give it up, or withdraw a
        /// waiting request (false); the server answers with an access message. Throws
        /// <see cref="InvalidOperationException"/> when the server's hello says minor 0: it has no
        /// roles, every client controls, and it would not know the message (spec 13).
        /// </summary>
        public Task RequestControlAsync(bool want, CancellationToken cancel)
        {
            if (ServerHello == null || !ServerHello.Speaks11)
                throw new InvalidOperationException("the server's hello says minor " + (ServerHello == null ? 0 : ServerHello.Minor) + ": it has no roles, and every client controls");
            return SendAsync(new ControlRequest { Want = want }, cancel);
        }

        /// <summary>
        /// 1.1 (spec 6.8): send a run_control; the server answers every client with a run_state. Throws
        /// <see cref="InvalidOperationException"/> when the server's hello says minor 0 (it has no run
        /// control, spec 13). On a shared run only the controller's is carried out; an observer's is
        /// answered with an error not_controller.
        /// </summary>
        public Task RunControlAsync(RunControl command, CancellationToken cancel)
        {
            if (ServerHello == null || !ServerHello.Speaks11)
                throw new InvalidOperationException("the server's hello says minor " + (ServerHello == null ? 0 : ServerHello.Minor) + ": run_control is 1.1's, and it has no run control");
            return SendAsync(command, cancel);
        }

        /// <summary>Pause the run: no advance until <see cref="ResumeAsync"/> or <see cref="StepAsync"/> (spec 6.8).</summary>
        public Task PauseAsync(CancellationToken cancel) { return RunControlAsync(new RunControl { Action = RunControl.Pause }, cancel); }

        /// <summary>Let a paused or stopped run advance again (spec 6.8).</summary>
        public Task ResumeAsync(CancellationToken cancel) { return RunControlAsync(new RunControl { Action = RunControl.Resume }, cancel); }

        /// <summary>Advance <paramref name="steps"/> ticks, then wait paused (spec 6.8).</summary>
        public Task StepAsync(long steps, CancellationToken cancel) { return RunControlAsync(new RunControl { Action = RunControl.Step, Steps = steps }, cancel); }

        /// <summary>At most <paramref name="ticksPerS"/> ticks a second; null lifts the limit (spec 6.8).</summary>
        public Task SpeedAsync(double? ticksPerS, CancellationToken cancel) { return RunControlAsync(new RunControl { Action = RunControl.Speed, TicksPerS = ticksPerS }, cancel); }

        /// <summary>
        /// Close from our side (1000 by default) and wait for the server's close frame. Safe from any
        /// thread: the close frame waits for a send in progress; then, if a receive loop is waiting in
        /// <see cref="ReceiveAsync"/>, that loop takes the server's close (and ends with
        /// ServerClosedException) and this returns after it, else this reads until the close itself
        /// (dropping frames that arrive meanwhile). If the connection is already closing it only waits.
        /// Cancelling <paramref name="cancel"/> aborts the socket (OperationCanceledException).
        /// </summary>
        public async Task CloseAsync(int code, string reason, CancellationToken cancel)
        {
            await CloseOutputAsync(code, reason, cancel).ConfigureAwait(false);
            Task loop = receiveLoop;
            if (loop != null)
            {
                // The receive loop reads the server's close; wait for it to end.
                var waited = new TaskCompletionSource<bool>();
                using (cancel.Register(() => waited.TrySetResult(true)))
                    await Task.WhenAny(loop, waited.Task).ConfigureAwait(false);
                if (loop.IsCompleted) return;
                ws.Abort(); // the server did not answer in time
                throw new OperationCanceledException(cancel);
            }
            try { await receiveLock.WaitAsync(cancel).ConfigureAwait(false); }
            catch (OperationCanceledException)
            {
                ws.Abort(); // the server did not answer while the receive loop held the socket
                throw;
            }
            try { await AwaitServerCloseAsync(cancel).ConfigureAwait(false); }
            finally { receiveLock.Release(); }
        }

        /// <summary>After our close frame, read until the server's; the caller holds receiveLock.</summary>
        async Task AwaitServerCloseAsync(CancellationToken cancel)
        {
            while (!ws.CloseStatus.HasValue && ws.State == WebSocketState.CloseSent)
            {
                // a frame the server sent before it saw our close is dropped: this side is leaving
                try { await ws.ReceiveAsync(Discard(), cancel).ConfigureAwait(false); }
                catch (WebSocketException) { return; }
                catch (ObjectDisposedException) { return; }
            }
        }

        /// <summary>
        /// Send our close frame, once per connection, without waiting for the server's (a receive may be
        /// pending), under the send lock. Also answers a close the server started.
        /// </summary>
        async Task CloseOutputAsync(int code, string reason, CancellationToken cancel)
        {
            await sendLock.WaitAsync(cancel).ConfigureAwait(false);
            try
            {
                if (closeSent || (ws.State != WebSocketState.Open && ws.State != WebSocketState.CloseReceived)) return;
                closeSent = true;
                await ws.CloseOutputAsync((WebSocketCloseStatus)code, Truncate(reason), cancel).ConfigureAwait(false);
            }
            catch (WebSocketException) { }
            finally { sendLock.Release(); }
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
}
