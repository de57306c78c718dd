// Entry point of scenewire-client.exe: connect, print one line per message, send commands.
using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Scenewire.Conformance;
using Scenewire.Model;
using Scenewire.Wire;

namespace Scenewire.Client
{
    /// <summary>
    /// usage: scenewire-client.exe URL|--port N [--set ID=VALUE]... [--action ID]... [--key K]
    ///        [--stop-after N] [--count N] [--seconds S] [--hello-timeout S]
    ///        [--pause-after N --pause S] [--inbox-messages N] [--inbox-bytes N] [--state [--state-tree]] [--token T]
    /// Commands go out after the first scene_ready whose scene has every control and action they
    /// name (a startup placeholder scene does not have them). With --stop-after N, stop_session is
    /// sent once N messages have arrived and the rest is printed until the server closes.
    /// --hello-timeout S (default 10): no server hello within S seconds closes with 4002.
    /// --pause-after N --pause S: after N messages, take none for S seconds (an Editor pause; the
    /// client keeps answering pings and merges what it may, see docs/unity.md).
    /// --inbox-messages / --inbox-bytes: the client's InboxLimits. --state: apply every message to a
    /// SceneState, print what it refuses, and at the end (the server's close, the client's own after
    /// --count or --seconds, a lost connection, falling behind) one line per field (dtype, shape, sum);
    /// with --state-tree also the rest of the state as the hex of its canonical bytes.
    /// --token T: present T as the URL's query parameter "token" (spec 2.9); a server that wants
    /// another closes 4003 before the hello.
    /// 1.1 (spec 2.5): --observe asks to observe (default: control); the role the server gives is
    /// printed ("role: observe, 2 clients, run 5f0c..."), and again whenever an access message
    /// changes it. --take-control sends control_request {want: true} once connected to a 1.1 server.
    /// 1.1 run control (spec 6.8): --run-pause, --run-resume, --run-step N, --run-speed X send a
    /// run_control each, in order, after the first scene_ready; every run_state is printed ("run: paused,
    /// at most 25 ticks/s"); --stop-on-run-states K sends stop_session after the K-th run_state.
    /// --reconnect [--reconnect-attempts N]: after a close that is not 1000 and not a refusal
    /// (4000-4003), or a lost connection, connect again (backoff 0.25 s doubling to 5 s, N attempts,
    /// default 10), asking for the role it had, and print whether it came back to the same run
    /// ("reconnected: the same run ..." / "reconnected: a new run ...").
    /// Exit status: 0 normal close, 1 closed with an error code or a protocol fault,
    /// 2 refused, unreachable or no hello, 64 bad arguments.
    /// </summary>
    public static class ClientMain
    {
        const double CloseWaitSeconds = 10;

        public static int Main(string[] args)
        {
            try
            {
                return Run(args).GetAwaiter().GetResult();
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine("scenewire-client: " + e.Message);
                return 64;
            }
        }

        static bool outputClosed;

        /// <summary>
        /// A line of output that may quote the server (its implementation, a status, an error, a close
        /// reason): control characters escaped and the line bounded (<see cref="Printable.Shown"/>), so a
        /// server cannot drive the terminal or forge a line.
        /// </summary>
        static void Say(string line)
        {
            Emit(Printable.Shown(line));
        }

        /// <summary>A line of output as it is; a closed pipe (<c>| head</c>) silences the rest instead of ending the run.</summary>
        static void Emit(string line)
        {
            if (outputClosed) return;
            try
            {
                Console.WriteLine(line);
                Console.Out.Flush();
            }
            catch (System.IO.IOException) { outputClosed = true; }
        }

        /// <summary>
        /// One line per field of the state: dtype, shape and the sum of its values (as doubles); with
        /// <paramref name="tree"/> first the rest of the state (spec §15.4's tree without the scene's
        /// fields and geometries) as the hex of its canonical bytes, for a test to compare with the
        /// Python reference's.
        /// </summary>
        static void SayState(SceneState state, bool tree)
        {
            if (tree)
            {
                MsgMap rest = state.ToTree();
                var scene = rest["scene"] as MsgMap;
                if (scene != null)
                {
                    scene.Remove("fields");
                    scene.Remove("geometries");
                }
                Emit("state: tree " + BitConverter.ToString(MsgPackWriter.Encode(rest)).Replace("-", "").ToLowerInvariant());
            }
            if (state.Scene == null) return;
            foreach (var field in state.Scene.Fields)
            {
                var values = new double[field.Values.Count];
                field.Values.CopyTo(values);
                double sum = 0;
                foreach (var v in values) sum += v;
                Emit("state: " + Printable.Shown(field.Id) + " " + field.Values.Dtype + field.Values.Shape + " sum=" + sum.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        /// <summary>Whether the scene has every control and action the commands name (so they are not meant for a placeholder).</summary>
        static bool Ready(Scene scene, List<Message> commands)
        {
            foreach (var command in commands)
            {
                var set = command as SetControl;
                if (set != null && !scene.Controls.Exists(c => c.Id == set.ControlId)) return false;
                var invoke = command as InvokeAction;
                if (invoke != null && !scene.Actions.Exists(a => a.Id == invoke.ActionId)) return false;
            }
            return true;
        }

        /// <summary>A command-line value: JSON when it parses (1.5, true, [1, 2]), else the string.</summary>
        public static object ParseValue(string text)
        {
            try { return FromJson(Json.Parse(text)); }
            catch (FormatException) { return text; }
        }

        static object FromJson(object json)
        {
            var dict = json as Dictionary<string, object>;
            if (dict != null)
            {
                var map = new MsgMap();
                foreach (var kv in dict) map[kv.Key] = FromJson(kv.Value);
                return map;
            }
            var list = json as List<object>;
            if (list != null) return list.ConvertAll(FromJson);
            return json;
        }

        static string Next(string[] args, ref int i)
        {
            if (i + 1 >= args.Length) throw new ArgumentException(args[i] + " needs a value");
            return args[++i];
        }

        static int Int(string s, string what)
        {
            int n;
            if (!int.TryParse(s, out n) || n < 0) throw new ArgumentException(what + " needs a non-negative integer, got " + s);
            return n;
        }

        static double Seconds(string s, string what)
        {
            double x;
            if (!double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out x)
                || !(x > 0) || x > 1e6)
                throw new ArgumentException(what + " needs a positive number of seconds (up to 1e6), got " + s);
            return x;
        }

        /// <summary>The last error the server sent before closing, as a suffix of the close line.</summary>
        static string LastError(ServerClosedException e)
        {
            return e.Error != null ? " (last error: " + e.Error.Message + ")" : "";
        }

        /// <summary>How one connection ended: the exit status, and whether --reconnect may try again.</summary>
        sealed class Outcome
        {
            public int Exit;
            public bool Retry;
        }

        static string RoleLine(string access, bool waiting, long clients, string run)
        {
            return "role: " + access + (waiting ? ", waiting for control" : "") + (clients > 0 ? ", " + clients + " clients" : "")
                + (run != null ? ", run " + run : "");
        }

        /// <summary>Closes after which --reconnect tries again: any but a normal end and the refusals 4000-4003.</summary>
        static bool Retryable(int code)
        {
            return code != CloseCodes.Normal && !(code >= 4000 && code <= 4003);
        }

        static async Task<int> Run(string[] args)
        {
            string url = null;
            var commands = new List<Message>();
            int? stopAfter = null, count = null, pauseAfter = null, stopOnRunStates = null;
            SceneState state = null;
            bool stateTree = false;
            string token = null;
            double? seconds = null;
            double pause = 0;
            int inboxMessages = InboxLimits.Default.MaxMessages;
            long inboxBytes = InboxLimits.Default.MaxBytes;
            TimeSpan helloTimeout = SceneClient.DefaultHelloTimeout;
            string access = null;
            bool takeControl = false, reconnect = false;
            int reconnectAttempts = 10;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--port": url = "ws://127.0.0.1:" + Int(Next(args, ref i), "--port"); break;
                    case "--set":
                        {
                            var text = Next(args, ref i);
                            int eq = text.IndexOf('=');
                            if (eq <= 0) throw new ArgumentException("--set expects ID=VALUE, got " + text);
                            commands.Add(new SetControl { ControlId = text.Substring(0, eq), Value = ParseValue(text.Substring(eq + 1)) });
                            break;
                        }
                    case "--action": commands.Add(new InvokeAction { ActionId = Next(args, ref i) }); break;
                    case "--key": commands.Add(new KeyPressed { Key = Next(args, ref i) }); break;
                    case "--click": commands.Add(new EntityClicked { EntityId = Next(args, ref i) }); break;
                    case "--reset": commands.Add(new Reset()); break;
                    case "--stop-after": stopAfter = Int(Next(args, ref i), "--stop-after"); break;
                    case "--count": count = Int(Next(args, ref i), "--count"); break;
                    case "--seconds": seconds = double.Parse(Next(args, ref i), System.Globalization.CultureInfo.InvariantCulture); break;
                    case "--hello-timeout": helloTimeout = TimeSpan.FromSeconds(Seconds(Next(args, ref i), "--hello-timeout")); break;
                    case "--state": state = new SceneState(); break;
                    case "--state-tree": stateTree = true; break;
                    case "--token": token = Next(args, ref i); break;
                    case "--pause-after": pauseAfter = Int(Next(args, ref i), "--pause-after"); break;
                    case "--pause": pause = Seconds(Next(args, ref i), "--pause"); break;
                    case "--inbox-messages": inboxMessages = Math.Max(1, Int(Next(args, ref i), "--inbox-messages")); break;
                    case "--inbox-bytes": inboxBytes = Math.Max(1, Int(Next(args, ref i), "--inbox-bytes")); break;
                    case "--observe": access = Hello.Observe; break;
                    case "--take-control": takeControl = true; break;
                    case "--run-pause": commands.Add(new RunControl { Action = RunControl.Pause }); break;
                    case "--run-resume": commands.Add(new RunControl { Action = RunControl.Resume }); break;
                    case "--run-step": commands.Add(new RunControl { Action = RunControl.Step, Steps = Int(Next(args, ref i), "--run-step") }); break;
                    case "--run-speed": commands.Add(new RunControl { Action = RunControl.Speed, TicksPerS = double.Parse(Next(args, ref i), System.Globalization.CultureInfo.InvariantCulture) }); break;
                    case "--stop-on-run-states": stopOnRunStates = Int(Next(args, ref i), "--stop-on-run-states"); break;
                    case "--reconnect": reconnect = true; break;
                    case "--reconnect-attempts": reconnectAttempts = Math.Max(1, Int(Next(args, ref i), "--reconnect-attempts")); break;
                    case "-h":
                    case "--help":
                        Emit("usage: scenewire-client.exe URL|--port N [--set ID=VALUE]... [--action ID]... [--key K] [--click ENTITY] [--reset]\n"
                            + "       [--stop-after N] [--count N] [--seconds S] [--hello-timeout S]\n"
                            + "       [--pause-after N --pause S] [--inbox-messages N] [--inbox-bytes N] [--state [--state-tree]] [--token T]\n"
                            + "       [--observe] [--take-control] [--reconnect [--reconnect-attempts N]]");
                        return 0;
                    default:
                        if (args[i].StartsWith("-")) throw new ArgumentException("unknown option " + args[i]);
                        url = args[i];
                        break;
                }
            }
            if (url == null) throw new ArgumentException("give a ws:// URL or --port N");
            if (token != null) // spec 2.9: the token travels as the query parameter "token" of the URL
                url += (url.Contains("?") ? "&" : (new Uri(url).AbsolutePath == "/" && !url.EndsWith("/") ? "/?" : "?")) + "token=" + Uri.EscapeDataString(token);

            var deadline = seconds.HasValue ? DateTime.UtcNow.AddSeconds(seconds.Value) : DateTime.MaxValue;
            int received = 0;
            var pending = commands;
            string lastRun = null;
            bool again = false;
            int failures = 0;
            TimeSpan backoff = TimeSpan.FromSeconds(0.25);
            while (true)
            {
                if (again)
                {
                    failures++;
                    if (failures > reconnectAttempts)
                    {
                        Say("gave up reconnecting after " + reconnectAttempts + " attempts");
                        return 2;
                    }
                    Say("reconnecting in " + backoff.TotalSeconds.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " s (attempt " + failures + " of " + reconnectAttempts + ")");
                    await Task.Delay(backoff); // a backoff between attempts, not a wait for a condition
                    backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
                }
                SceneClient client;
                try
                {
                    // the upgrade, then the hello wait, which ends by itself (close 4002) before this token
                    using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(CloseWaitSeconds) + helloTimeout))
                        client = await SceneClient.ConnectAsync(new Uri(url), cts.Token, helloTimeout: helloTimeout,
                            inboxLimits: new InboxLimits(inboxMessages, inboxBytes), access: access);
                }
                catch (ServerClosedException e)
                {
                    Say("refused: close " + e.Code + " (" + CloseCodes.Name(e.Code) + ") '" + e.Reason + "'" + (e.Error != null ? " (" + e.Error.Message + ")" : ""));
                    if (again && Retryable(e.Code)) continue;
                    return 2;
                }
                catch (ProtocolException e)
                {
                    Say("handshake failed: " + e.Message);
                    return 2;
                }
                catch (TimeoutException e)
                {
                    Say("handshake failed: " + e.Message);
                    if (again) continue;
                    return 2;
                }
                catch (Exception e) when (e is WebSocketException || e is OperationCanceledException || e is System.Net.Sockets.SocketException)
                {
                    Say("cannot connect to " + url + ": " + e.Message);
                    if (again) continue;
                    return 2;
                }
                if (again)
                {
                    string run = client.Run;
                    Say(run == null || lastRun == null ? "reconnected (the server names no run)"
                        : run == lastRun ? "reconnected: the same run " + run : "reconnected: a new run " + run + " (was " + lastRun + ")");
                    failures = 0;
                    backoff = TimeSpan.FromSeconds(0.25);
                }
                lastRun = client.Run;
                var outcome = new Outcome();
                received = await Session(client, outcome, received, stopAfter, count, pauseAfter, pause, state, stateTree, deadline, takeControl, pending, stopOnRunStates);
                pending = new List<Message>(); // sent once, on the first connection whose scene has them
                takeControl = false;
                if (client.Access != null) access = client.Access; // the role it had: a controller asks for control again
                if (!reconnect || !outcome.Retry) return outcome.Exit;
                again = true;
                pause = 0;
            }
        }

        static async Task<int> Session(SceneClient client, Outcome outcome, int received, int? stopAfter, int? count, int? pauseAfter, double pause,
            SceneState state, bool stateTree, DateTime deadline, bool takeControl, List<Message> pending, int? stopOnRunStates = null)
        {
            int runStates = 0;
            using (client)
            {
                var hello = client.ServerHello;
                Say("connected to " + hello.Implementation + ", scenewire " + hello.Major + "." + hello.Minor + ", subprotocol " + (client.Subprotocol ?? "(none)"));
                if (client.Access != null) Say(RoleLine(client.Access, false, 0, client.Run));
                if (takeControl && hello.Speaks11)
                {
                    var request = new ControlRequest { Want = true };
                    Say("> " + Describe.Message(request));
                    await client.RequestControlAsync(true, CancellationToken.None);
                }
                bool stopSent = false;
                try
                {
                    while (true)
                    {
                        if (!stopSent && count.HasValue && received >= count.Value) break;
                        if (pauseAfter.HasValue && received == pauseAfter.Value && pause > 0)
                        {
                            Say("pausing " + pause.ToString(System.Globalization.CultureInfo.InvariantCulture) + " s");
                            await Task.Delay(TimeSpan.FromSeconds(pause));
                            Say("resumed: " + client.Pending + " messages waiting, " + client.Merged + " merged");
                            pause = 0;
                        }
                        if (!stopSent && stopAfter.HasValue && received >= stopAfter.Value)
                        {
                            var stop = new StopSession();
                            Say("> " + Describe.Message(stop));
                            await client.SendAsync(stop, CancellationToken.None);
                            stopSent = true;
                            deadline = DateTime.UtcNow.AddSeconds(CloseWaitSeconds);
                        }
                        var left = deadline - DateTime.UtcNow;
                        if (deadline != DateTime.MaxValue && left <= TimeSpan.Zero)
                        {
                            if (stopSent)
                            {
                                Say("the server did not close within " + CloseWaitSeconds + " s of stop_session");
                                outcome.Exit = 1;
                                return received;
                            }
                            break;
                        }
                        Message message;
                        using (var cts = deadline == DateTime.MaxValue ? new CancellationTokenSource() : new CancellationTokenSource(left))
                        {
                            try { message = await client.ReceiveAsync(cts.Token); }
                            catch (ProtocolException e)
                            {
                                Say((e.Code == ErrorCodes.UnexpectedMessage ? "unexpected frame, dropped: " : "undecodable frame, skipped: ") + e.Message);
                                if (client.State != WebSocketState.Open) { outcome.Exit = 1; return received; }
                                continue;
                            }
                            catch (OperationCanceledException) { break; }
                            catch (WebSocketException) when (cts.IsCancellationRequested) { break; }
                        }
                        received++;
                        Say(Describe.Message(message));
                        var role = message as AccessMessage;
                        if (role != null) Say(RoleLine(role.Access, role.Waiting, (long)role.Clients, null));
                        var run = message as RunStateMessage;
                        if (run != null)
                        {
                            runStates++;
                            Say("run: " + run.State + (run.TicksPerS.HasValue ? ", at most " + run.TicksPerS.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ticks/s" : ""));
                            if (stopOnRunStates.HasValue && runStates >= stopOnRunStates.Value && !stopSent) stopAfter = received;
                        }
                        if (state != null)
                            foreach (var note in state.Apply(message).Errors)
                                if (note is ApplyNote) Say("not applied: " + note);
                        message.Release(); // SceneState copied what it keeps
                        if (pending.Count > 0 && message is SceneReady && Ready(((SceneReady)message).Scene, pending))
                        {
                            foreach (var command in pending)
                            {
                                Say("> " + Describe.Message(command));
                                await client.SendAsync(command, CancellationToken.None);
                            }
                            pending = new List<Message>();
                        }
                    }
                }
                catch (BacklogOverflowException e)
                {
                    if (state != null) SayState(state, stateTree);
                    Say("fell behind: " + e.Message);
                    outcome.Exit = 1;
                    return received;
                }
                catch (ServerClosedException e)
                {
                    if (client.Merged > 0) Say("merged " + client.Merged + " messages while the consumer was behind");
                    if (state != null) SayState(state, stateTree);
                    Say("server closed: " + e.Code + " (" + CloseCodes.Name(e.Code) + ") '" + e.Reason + "'" + LastError(e));
                    outcome.Exit = e.Code == CloseCodes.Normal || e.Code == CloseCodes.GoingAway ? 0 : 1;
                    outcome.Retry = Retryable(e.Code);
                    return received;
                }
                catch (WebSocketException e)
                {
                    if (state != null) SayState(state, stateTree);
                    Say("connection lost: " + e.Message);
                    outcome.Exit = 1;
                    outcome.Retry = true;
                    return received;
                }
                using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(CloseWaitSeconds)))
                    await client.CloseAsync(cts.Token);
                if (state != null) SayState(state, stateTree); // --state prints at the end, however the run ends
                Say("closed by the client after " + received + " messages");
                return received;
            }
        }
    }
}
