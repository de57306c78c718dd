// XYSpec: A point [x, y] inside two ranges.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A point [x, y] inside two ranges.</summary>
    public sealed class XYSpec : ValueSpec
    {
        public override string Kind { get { return "xy"; } }
        public double[] XRange, YRange;

        public static new XYSpec FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "XYSpec");
            return new XYSpec { XRange = r.Limits("x_range"), YRange = r.Limits("y_range") };
        }

        public override bool Accepts(object value)
        {
            var list = value as List<object>;
            if (list == null || list.Count != 2 || !RecordErrors.IsNumber(list[0]) || !RecordErrors.IsNumber(list[1])) return false;
            double x = RecordErrors.ToDouble(list[0]), y = RecordErrors.ToDouble(list[1]);
            return XRange[0] <= x && x <= XRange[1] && YRange[0] <= y && y <= YRange[1];
        }

        public override MsgMap ToTree()
        {
            return new RecordWriter(Kind).Put("x_range", RecordWriter.Limits(XRange)).Put("y_range", RecordWriter.Limits(YRange)).Map;
        }
    }
}
