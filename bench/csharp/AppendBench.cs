// Time per field_append applied to a SceneState, by the layout of the field; run by ../bench_csharp_alloc.py --appends.
// Prints one line per (entries, layout): microseconds per append and the ratio to the first layout
// (8 series along the last dim, appended along the first: the buffer that grows in place).
using System;
using System.Collections.Generic;
using System.Diagnostics;
using Scenewire.Model;
using Scenewire.Wire;

static class AppendBench
{
    const int Series = 8;

    /// <summary>Microseconds per append of one entry to a field of <paramref name="n"/> entries along its append dim, trimmed to n.</summary>
    static double Run(int n, int[] shape, int axis, int appends, bool wholeCopy, bool inPlace)
    {
        var dims = new List<string>();
        for (int i = 0; i < shape.Length; i++) dims.Add("d" + i);
        int count = 1;
        foreach (var size in shape) count *= size;
        var field = new Field { Id = "f", Values = NdArray.FromFloat32(new float[count], shape), Dims = dims };
        var state = new SceneState();
        state.Apply(new SceneReady { Scene = new Scene { Fields = new List<Field> { field } } });
        var added = (int[])shape.Clone();
        added[axis] = 1;
        var values = NdArray.FromFloat32(new float[count / shape[axis]], added);
        var coord = NdArray.FromFloat64(new double[] { 0 });
        var update = new FieldAppend { FieldId = "f", AppendDim = "d" + axis, Values = values, CoordValues = coord, MaxLength = (ulong)n };
        NdArray current = state.Field("f").Values;
        for (int i = 0, warm = inPlace ? 2 * n + 16 : 3; i < warm; i++) // warm: past the first moves of the buffer
        {
            if (wholeCopy) current = ArrayOps.Concatenate(current, values, axis, n);
            else state.Apply(update);
        }
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < appends; i++)
        {
            if (wholeCopy) current = ArrayOps.Concatenate(current, values, axis, n); // what every append along a later dim cost before
            else state.Apply(update);
        }
        return clock.Elapsed.TotalMilliseconds * 1000.0 / appends;
    }

    static int Main(string[] args)
    {
        int budget = args.Length > 0 ? int.Parse(args[0]) : 200000000; // bytes copied per layout, roughly
        Console.WriteLine("entries  layout                                     us/append  ratio");
        foreach (int n in new[] { 1000, 10000, 100000 })
        {
            int copies = Math.Max(20, Math.Min(2000, budget / (n * Series * 4))); // appends that copy the field: within the budget
            double baseline = 0;
            var layouts = new[]
            {
                Tuple.Create("[n, 8] along dim 0 (grows in place)", new[] { n, Series }, 0, false),
                Tuple.Create("[1, n, 8] along dim 1 (grows in place)", new[] { 1, n, Series }, 1, false),
                Tuple.Create("[1, n, 8] along dim 1, a whole copy each", new[] { 1, n, Series }, 1, true),
                Tuple.Create("[8, n] along dim 1 (a whole copy each)", new[] { Series, n }, 1, false),
            };
            foreach (var layout in layouts)
            {
                bool inPlace = layout.Item1.EndsWith("(grows in place)");
                // in place: at least n appends, so that the buffer's moves (n entries per n appends) average in
                double us = Run(n, layout.Item2, layout.Item3, inPlace ? Math.Max(2000, n) : copies, layout.Item4, inPlace);
                if (baseline == 0) baseline = us;
                Console.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0,7}  {1,-42} {2,9:F2}  {3,5:F1}x", n, layout.Item1, us, us / baseline));
            }
        }
        return 0;
    }
}
