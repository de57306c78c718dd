// Bytes allocated per received 100 000-float32 field_replace, before and after the low-copy path.
// Driven by bench/bench_csharp_alloc.py (which serves the frames); see docs/benchmarks.md.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Scenewire.Client;
using Scenewire.Model;
using Scenewire.Wire;

static class AllocationBench
{
    // One frame per request: the client sends key_pressed "next", the server answers with one
    // field_replace. Each measured window is one request, one frame, one copy out, nothing else.
    static readonly KeyPressed Next = new KeyPressed { Key = "next" };

    static int Main(string[] args)
    {
        var url = new Uri(args[0]);
        int frames = args.Length > 1 ? int.Parse(args[1]) : 1000;
        nurseryBytes = args.Length > 2 ? long.Parse(args[2]) : 0;
        var before = Run("before: MemoryStream receive, copying decode, ToFloat32()", frames, () => new LegacyPath(url));
        var after = Run("after: pooled frame, view, CopyTo(reused float[]), Release()", frames, () => new PooledPath(url));
        Console.WriteLine();
        Console.WriteLine("payload: " + after.Payload + " bytes of float32 data per frame");
        Console.WriteLine(string.Format("first frame:  before {0,12:N0} B ({1:F2}x payload)   after {2,12:N0} B ({3:F3}x payload)   after/before {4:F4}",
            before.First, (double)before.First / before.Payload, after.First, (double)after.First / after.Payload, (double)after.First / before.First));
        Console.WriteLine(string.Format("steady state: before {0,12:N0} B ({1:F2}x payload)   after {2,12:N0} B ({3:F4}x payload)   after/before {4:F4}",
            before.Steady, (double)before.Steady / before.Payload, after.Steady, (double)after.Steady / after.Payload, (double)after.Steady / before.Steady));
        Console.WriteLine(string.Format("small objects: before {0,10:N0} B/frame   after {1,10:N0} B/frame   ({2} and {3} nursery collections of {4:N0} B in {5} frames)",
            before.Nursery, after.Nursery, before.Collections, after.Collections, nurseryBytes, after.SteadyFrames));
        Console.WriteLine("(large objects: first frame, then the median of the steady frames after 10 warm-up frames, left out when a collection ran:"
            + " before " + before.Skipped + ", after " + after.Skipped + " left out)");
        return 0;
    }

    // Mono's GC.GetTotalMemory counts the large-object space (every buffer of 8 KB or more) at once but
    // not the nursery, where small objects go. So small garbage is counted the way it costs: nursery
    // collections during the steady frames, each one nursery full (MONO_GC_PARAMS=nursery-size=...).
    static long nurseryBytes;

    sealed class Result { public long First, Steady, Payload; public double Mean, Nursery; public int Skipped, Collections, SteadyFrames; }

    interface IPath : IDisposable
    {
        void Connect();
        /// <summary>Request one frame and copy its values out; returns the payload bytes.</summary>
        long OneFrame();
    }

    static Result Run(string name, int frames, Func<IPath> make)
    {
        var result = new Result();
        var samples = new List<long>();
        int collectionsAtStart = 0;
        using (var path = make())
        {
            path.Connect();
            // Start clean: the garbage of an earlier run must not be collected inside a measured window.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            for (int i = 0; i < frames; i++)
            {
                if (i == 10) collectionsAtStart = GC.CollectionCount(0);
                int collections = GC.CollectionCount(0);
                long start = GC.GetTotalMemory(false);
                long payload = path.OneFrame();
                long used = GC.GetTotalMemory(false) - start;
                bool collected = GC.CollectionCount(0) != collections;
                result.Payload = payload;
                if (i == 0)
                {
                    result.First = used; // large objects only: the nursery part is not visible here
                    if (collected) Console.WriteLine(name + ": a collection ran during the first frame; its figure is off, run again");
                }
                else if (i >= 10)
                {
                    if (collected) result.Skipped++;
                    else samples.Add(used);
                }
            }
        }
        result.Collections = GC.CollectionCount(0) - collectionsAtStart;
        result.SteadyFrames = frames - 10;
        result.Nursery = (double)result.Collections * nurseryBytes / result.SteadyFrames;
        samples.Sort();
        result.Steady = samples.Count > 0 ? samples[samples.Count / 2] : -1;
        long total = 0;
        foreach (var used in samples) total += used;
        result.Mean = samples.Count > 0 ? (double)total / samples.Count : -1;
        Console.WriteLine(name + ": first " + result.First + " B, steady median " + result.Steady + " B, mean " + result.Mean.ToString("F0")
            + " B large objects per frame; " + result.Collections + " nursery collections in " + result.SteadyFrames + " frames");
        return result;
    }

    /// <summary>The client as it was: 64 KiB chunks into a MemoryStream, ToArray, a decode that copies each array, ToFloat32.</summary>
    sealed class LegacyPath : IPath
    {
        readonly Uri url;
        readonly ClientWebSocket ws = new ClientWebSocket();
        readonly byte[] chunk = new byte[64 * 1024];
        public LegacyPath(Uri url) { this.url = url; }

        public void Connect()
        {
            ws.Options.AddSubProtocol(Protocol.Subprotocol);
            ws.ConnectAsync(url, CancellationToken.None).GetAwaiter().GetResult();
            Send(Hello.Make("client", "allocation-bench"));
            Protocol.Decode(Receive()); // the server's hello
        }

        void Send(Message m) { ws.SendAsync(new ArraySegment<byte>(m.Encode()), WebSocketMessageType.Binary, true, CancellationToken.None).GetAwaiter().GetResult(); }

        byte[] Receive()
        {
            var buffer = new MemoryStream();
            while (true)
            {
                var result = ws.ReceiveAsync(new ArraySegment<byte>(chunk), CancellationToken.None).GetAwaiter().GetResult();
                buffer.Write(chunk, 0, result.Count);
                if (result.EndOfMessage) return buffer.ToArray();
            }
        }

        public long OneFrame()
        {
            Send(Next);
            var replace = (FieldReplace)Protocol.Decode(Receive());
            NdArray copied = replace.Values.Copy(); // the old decoder copied every array out of the frame
            float[] values = copied.ToFloat32();
            return values.Length * 4L;
        }

        public void Dispose()
        {
            try { Send(new StopSession()); ws.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).Wait(5000); }
            catch (Exception) { }
            ws.Dispose();
        }
    }

    /// <summary>The client now: SceneClient's pooled frame buffer, arrays as views, CopyTo the caller's buffer, Release.</summary>
    sealed class PooledPath : IPath
    {
        readonly Uri url;
        SceneClient client;
        readonly float[] values = new float[100000]; // the caller's buffer, reused every frame
        public PooledPath(Uri url) { this.url = url; }

        public void Connect() { client = SceneClient.ConnectAsync(url, CancellationToken.None).GetAwaiter().GetResult(); }

        public long OneFrame()
        {
            client.SendAsync(Next, CancellationToken.None).GetAwaiter().GetResult();
            var replace = (FieldReplace)client.ReceiveAsync(CancellationToken.None).GetAwaiter().GetResult();
            replace.Values.CopyTo(values);
            replace.Release();
            return replace.Values.Count * 4L;
        }

        public void Dispose()
        {
            try
            {
                client.SendAsync(new StopSession(), CancellationToken.None).Wait(5000);
                using (var cts = new CancellationTokenSource(5000)) client.CloseAsync(cts.Token).Wait();
            }
            catch (Exception) { }
            client.Dispose();
        }
    }
}
