// ScalarSpec: A number between Min and Max; whole numbers only when Integer.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A number between Min and Max; whole numbers only when Integer.</summary>
    public sealed class ScalarSpec : ValueSpec
    {
        public override string Kind { get { return "scalar"; } }
        public double Min, Max;
        public bool Integer;
        public double? Step;

        public static new ScalarSpec FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "ScalarSpec");
            var s = new ScalarSpec { Min = r.Float("min"), Max = r.Float("max"), Integer = r.Bool("integer"), Step = r.OptFloat("step") };
            if (!(s.Min < s.Max)) throw RecordErrors.Invalid(path, "scalar spec: min " + s.Min + " must be below max " + s.Max);
            if (s.Step.HasValue && !(s.Step.Value > 0)) throw RecordErrors.Invalid(path, "scalar spec: step must be positive");
            return s;
        }

        public override bool Accepts(object value)
        {
            if (!RecordErrors.IsNumber(value)) return false;
            double v = RecordErrors.ToDouble(value);
            if (Integer && value is double && !(Math.Floor(v) == v && !double.IsInfinity(v))) return false;
            return Min <= v && v <= Max;
        }

        public override MsgMap ToTree()
        {
            return new RecordWriter(Kind).Float("min", Min).Float("max", Max).Put("integer", Integer).OptFloat("step", Step).Map;
        }
    }
}
