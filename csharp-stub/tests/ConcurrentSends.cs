// Test harness (tests/test_csharp.py compiles it against bin/Scenewire.dll; build.sh does not):
//   mono concurrent-sends.exe PORT TASKS FRAMES [close]
// Connects, keeps one receive loop running, and starts TASKS thread-pool tasks at once, each
// sending FRAMES set_control commands one after another (so sends keep queueing on the client's
// lock). Then either the scripted server answers part-way with a text frame, so the client's own
// 1003 close (from the receive path) lands among the callers' sends, or, with "close", this
// thread calls CloseAsync at once, while the loop receives what the server streams. Prints
//   sent K of N
//   close returned                      (with "close")
//   receive ended: <exception type> <close code or error code>
// K counts the sends that returned normally: each of those frames must reach the server whole,
// before the close frame; a task stops at its first failed send, which must throw, not hang.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Scenewire.Client;
using Scenewire.Model;
using Scenewire.Wire;

public static class ConcurrentSends
{
    public static int Main(string[] args)
    {
        int port = int.Parse(args[0]);
        int tasks = int.Parse(args[1]);
        int frames = int.Parse(args[2]);
        bool close = args.Length > 3 && args[3] == "close";
        SceneClient client;
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            client = SceneClient.ConnectAsync(new Uri("ws://127.0.0.1:" + port), cts.Token).GetAwaiter().GetResult();
        using (client)
        {
            Task<string> receiving = Task.Run(() => ReceiveUntilClosed(client));
            string payload = new string('x', 64 * 1024);
            var start = new ManualResetEventSlim(false);
            var sends = new List<Task<int>>();
            for (int i = 0; i < tasks; i++)
            {
                int k = i;
                sends.Add(Task.Run(async () =>
                {
                    start.Wait();
                    for (int j = 0; j < frames; j++)
                    {
                        try
                        {
                            var command = new SetControl { ControlId = "c" + k + "-" + j, Value = payload };
                            await client.SendAsync(command, CancellationToken.None).ConfigureAwait(false);
                        }
                        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException || e is InvalidOperationException || e is ObjectDisposedException)
                        {
                            return j; // after the close
                        }
                    }
                    return frames;
                }));
            }
            start.Set();
            if (close)
            {
                using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
                    client.CloseAsync(cts.Token).GetAwaiter().GetResult();
            }
            int sent = 0;
            foreach (var t in sends) sent += t.GetAwaiter().GetResult();
            Console.WriteLine("sent " + sent + " of " + tasks * frames);
            if (close) Console.WriteLine("close returned");
            Console.WriteLine("receive ended: " + receiving.GetAwaiter().GetResult());
            return 0;
        }
    }

    static async Task<string> ReceiveUntilClosed(SceneClient client)
    {
        while (true)
        {
            try { await client.ReceiveAsync(CancellationToken.None).ConfigureAwait(false); }
            catch (ProtocolException e)
            {
                if (client.State != System.Net.WebSockets.WebSocketState.Open) return "ProtocolException " + e.Code;
            }
            catch (ServerClosedException e) { return "ServerClosedException " + e.Code; }
        }
    }
}
