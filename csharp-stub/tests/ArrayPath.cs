// Checks of the low-copy array path, compiled by ../../tests/test_csharp.py against bin/Scenewire.dll
// (and, with -define:SCENEWIRE_SPAN, against bin/Scenewire.Span.dll). Prints "ok <check>" per check,
// "FAIL <check>: <why>" per failure, and exits 1 if any failed.
using System;
using System.Collections.Generic;
using Scenewire.Model;
using Scenewire.Wire;

static class ArrayPath
{
    static int failed;

    static void Check(string name, Action body)
    {
        try
        {
            body();
            Console.WriteLine("ok " + name);
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine("FAIL " + name + ": " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Expect(bool condition, string why) { if (!condition) throw new Exception(why); }

    static void Throws<T>(Action body, string why) where T : Exception
    {
        try { body(); }
        catch (T) { return; }
        throw new Exception("expected " + typeof(T).Name + ": " + why);
    }

    static byte[] Frame(NdArray values)
    {
        return new FieldReplace { FieldId = "v", Values = values }.Encode();
    }

    static FieldReplace Received(FrameBufferPool pool, byte[] frame)
    {
        FrameBuffer buffer = pool.Rent();
        for (int at = 0; at < frame.Length; at += 1000) buffer.Append(frame, at, Math.Min(1000, frame.Length - at));
        return (FieldReplace)Protocol.Decode(buffer);
    }

    static int Main()
    {
        var pool = new FrameBufferPool();
        var floats = new float[100000];
        for (int i = 0; i < floats.Length; i++) floats[i] = i * 0.5f - 7;
        byte[] big = Frame(NdArray.FromFloat32(floats, 1000, 100));

        Check("a received array is a view of its frame, valid until Release", () =>
        {
            var replace = Received(pool, big);
            Expect(replace.Values.Data.Array == replace.Frame.Bytes, "the array does not view the frame's buffer");
            var into = new float[100000];
            replace.Values.CopyTo(into);
            Expect(into[99999] == floats[99999] && into[1] == floats[1], "values differ");
            replace.Release();
            Expect(!replace.Values.IsValid, "still valid after Release");
            Throws<InvalidOperationException>(() => replace.Values.CopyTo(into), "read after Release");
            replace.Release(); // twice: nothing happens
        });

        Check("the frame buffer grows once, to the announced length, and is reused", () =>
        {
            var local = new FrameBufferPool();
            FrameBuffer buffer = local.Rent();
            for (int at = 0; at < big.Length; at += 16384) buffer.Append(big, at, Math.Min(16384, big.Length - at));
            Expect(buffer.Capacity < big.Length + 4096 + 1, "capacity " + buffer.Capacity + " for a frame of " + big.Length);
            Expect(FrameSizeHint.MinimumLength(big, 100) == big.Length, "hint from 100 bytes: " + FrameSizeHint.MinimumLength(big, 100));
            Expect(FrameSizeHint.MinimumLength(big, big.Length) == big.Length, "hint of the whole frame");
            var message = Protocol.Decode(buffer);
            message.Release();
            Expect(local.Rent() == buffer, "the released buffer was not reused");
        });

        Check("Shape, Dtype and CopyTo into a reused buffer allocate nothing", () =>
        {
            var replace = Received(pool, big);
            var into = new float[100000];
            replace.Values.CopyTo(into); // JIT and first-call work outside the window
            NdArray values = replace.Values;
            long warm = values.Shape[0] + values.Shape.Length + values.Dtype.Length; // first calls outside the window
            long start = GC.GetAllocatedBytesForCurrentThread();
            long sum = 0;
            for (int i = 0; i < 1000; i++) sum += values.Shape[0] + values.Shape.Length + values.Dtype.Length;
            long afterShape = GC.GetAllocatedBytesForCurrentThread();
            values.CopyTo(into);
            long afterCopy = GC.GetAllocatedBytesForCurrentThread();
            Expect(sum > 0 && warm > 0 && afterShape == start && afterCopy == afterShape, (afterShape - start) + " bytes for Shape, " + (afterCopy - afterShape) + " for CopyTo");
            replace.Release();
        });

        Check("CopyTo converts as the spec allows", () =>
        {
            var f = new float[3];
            NdArray.FromFloat64(new[] { 0.1, -1e300, 2.5 }).CopyTo(f);
            Expect(f[0] == 0.1f && float.IsNegativeInfinity(f[1]) && f[2] == 2.5f, "float64 to float32: " + string.Join(",", f));
            NdArray.FromInt16(new short[] { -3, 7, 32767 }).CopyTo(f);
            Expect(f[0] == -3 && f[2] == 32767, "int16 to float32");
            var d = new double[3];
            NdArray.FromUInt64(new ulong[] { 1, ulong.MaxValue, 3 }).CopyTo(d);
            Expect(d[1] == 18446744073709551615.0, "uint64 to float64");
            var half = new NdArray("float16", new[] { 2 }, new byte[] { 0x00, 0x3c, 0x00, 0xc0 }); // 1.0, -2.0
            half.CopyTo(f);
            Expect(f[0] == 1f && f[1] == -2f, "float16 to float32");
            var ints = new int[3];
            NdArray.FromUInt8(new byte[] { 0, 200, 255 }).CopyTo(ints);
            Expect(ints[1] == 200, "uint8 to int32");
            Throws<OverflowException>(() => NdArray.FromInt64(new long[] { 1, 1L << 40, 3 }).CopyTo(ints), "int64 over int32");
            Throws<InvalidOperationException>(() => NdArray.FromFloat32(new float[] { 1.5f }).CopyTo(ints), "float to int");
            Throws<InvalidOperationException>(() => NdArray.FromInt16(new short[] { 1 }).CopyTo(new uint[1]), "int16 to uint32 (same dtype only)");
            Throws<ArgumentException>(() => NdArray.FromFloat32(new float[4]).CopyTo(f), "destination too short");
            var bytes = new byte[2];
            NdArray.FromBool(new[] { true, false }).CopyTo(bytes);
            Expect(bytes[0] == 1 && bytes[1] == 0, "bool to byte");
        });

        Check("Concatenate joins along an axis and keeps the last entries", () =>
        {
            var a = NdArray.FromInt32(new[] { 1, 2, 3, 4 }, 2, 2);        // rows [1 2] [3 4]
            var b = NdArray.FromInt32(new[] { 5, 6 }, 2, 1);              // rows [5] [6]
            int[] joined = ArrayOps.Concatenate(a, b, 1).ToInt32();        // [1 2 5] [3 4 6]
            Expect(string.Join(",", joined) == "1,2,5,3,4,6", string.Join(",", joined));
            NdArray kept = ArrayOps.Concatenate(a, b, 1, 2);                // [2 5] [4 6]
            Expect(string.Join(",", kept.ToInt32()) == "2,5,4,6" && kept.Shape[1] == 2, string.Join(",", kept.ToInt32()));
            NdArray rows = ArrayOps.Concatenate(new List<NdArray> { a, NdArray.FromInt32(new[] { 7, 8 }, 1, 2) }, 0, 2);
            Expect(string.Join(",", rows.ToInt32()) == "3,4,7,8", string.Join(",", rows.ToInt32()));
        });

        Check("SceneState appends along the first dim without copying the field each time", () =>
        {
            var state = new SceneState();
            var field = new Field { Id = "trace", Values = NdArray.FromFloat64(new double[0], 0, 3), Dims = new List<string> { "t", "site" } };
            state.Apply(new SceneReady { Scene = new Scene { Fields = new List<Field> { field } } });
            Func<int, FieldAppend> append = t => new FieldAppend
            {
                FieldId = "trace", AppendDim = "t", MaxLength = 10000,
                Values = NdArray.FromFloat64(new double[] { t, t, t }, 1, 3), CoordValues = NdArray.FromFloat64(new double[] { t }),
            };
            var updates = new List<FieldAppend>();
            for (int t = 0; t < 30000; t++) updates.Add(append(t));
            for (int t = 0; t < 20000; t++) state.Apply(updates[t]); // past the first trims and moves
            long start = GC.GetAllocatedBytesForCurrentThread();
            for (int t = 20000; t < 30000; t++) state.Apply(updates[t]);
            long perAppend = (GC.GetAllocatedBytesForCurrentThread() - start) / 10000;
            NdArray values = state.Field("trace").Values;
            Expect(values.Shape[0] == 10000 && values.Shape[1] == 3, "shape " + values.Shape);
            var last = new double[30000];
            values.CopyTo(last);
            Expect(last[0] == 20000 && last[29999] == 29999, "kept " + last[0] + ".." + last[29999]);
            var coords = new double[10000];
            state.Field("trace").Coords["t"].CopyTo(coords);
            Expect(coords[0] == 20000 && coords[9999] == 29999, "coords " + coords[0] + ".." + coords[9999]);
            Expect(perAppend < 4096, perAppend + " bytes per append for a 240 KB field"); // a copy would be 240 000
        });

        Check("SceneState appends along a later dim with only sizes of 1 before it without copying the field", () =>
        {
            var state = new SceneState();
            var field = new Field { Id = "xy", Values = NdArray.FromFloat32(new float[0], 1, 0, 2), Dims = new List<string> { "trial", "t", "axis" } };
            state.Apply(new SceneReady { Scene = new Scene { Fields = new List<Field> { field } } });
            var updates = new List<FieldAppend>();
            for (int t = 0; t < 30000; t++)
                updates.Add(new FieldAppend
                {
                    FieldId = "xy", AppendDim = "t", MaxLength = 10000,
                    Values = NdArray.FromFloat32(new float[] { t, -t }, 1, 1, 2), CoordValues = NdArray.FromFloat64(new double[] { t }),
                });
            for (int t = 0; t < 20000; t++) state.Apply(updates[t]);
            long start = GC.GetAllocatedBytesForCurrentThread();
            for (int t = 20000; t < 30000; t++) state.Apply(updates[t]);
            long perAppend = (GC.GetAllocatedBytesForCurrentThread() - start) / 10000;
            NdArray values = state.Field("xy").Values;
            Expect(values.Shape.Length == 3 && values.Shape[0] == 1 && values.Shape[1] == 10000 && values.Shape[2] == 2, "shape " + values.Shape);
            var last = new float[20000];
            values.CopyTo(last);
            Expect(last[0] == 20000 && last[1] == -20000 && last[19998] == 29999 && last[19999] == -29999, "kept " + last[0] + ".." + last[19998]);
            Expect(perAppend < 4096, perAppend + " bytes per append for an 80 KB field"); // a copy would be 80 000
            // a second trial along the first dim: the field is no longer one row, and still right
            state.Apply(new FieldAppend { FieldId = "xy", AppendDim = "trial", Values = NdArray.FromFloat32(new float[20000], 1, 10000, 2), CoordValues = NdArray.FromFloat64(new double[] { 1 }) });
            state.Apply(new FieldAppend { FieldId = "xy", AppendDim = "t", MaxLength = 10000, Values = NdArray.FromFloat32(new float[] { 7, 8, 9, 10 }, 2, 1, 2), CoordValues = NdArray.FromFloat64(new double[] { 30000 }) });
            values = state.Field("xy").Values;
            var both = new float[40000];
            values.CopyTo(both);
            Expect(values.Shape[0] == 2 && values.Shape[1] == 10000 && both[0] == 20001 && both[19998] == 7 && both[39999] == 10, "two trials " + values.Shape);
        });

        Check("Limits.Default cannot be changed", () =>
        {
            Expect(typeof(Limits).GetProperty("MaxFrameBytes").CanWrite == false, "MaxFrameBytes has a setter");
            Expect(Limits.Default.MaxFrameBytes == 64 * 1024 * 1024 && Limits.Default.MaxDepth == 32, "defaults");
        });

#if SCENEWIRE_SPAN
        Check("AsSpan reads the frame in place and checks the element type", () =>
        {
            var replace = Received(pool, big);
            ReadOnlySpan<float> span = replace.Values.AsSpan<float>();
            Expect(span.Length == 100000 && span[12345] == floats[12345], "span differs");
            Throws<InvalidOperationException>(() => replace.Values.AsSpan<double>(), "float32 as double");
            var into = new float[100000];
            replace.Values.CopyTo(new Span<float>(into));
            Expect(into[99999] == floats[99999], "CopyTo(Span<float>)");
            replace.Release();
            Throws<InvalidOperationException>(() => replace.Values.AsSpan<float>(), "span after Release");
        });
#endif
        Console.WriteLine(failed == 0 ? "all passed" : failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
