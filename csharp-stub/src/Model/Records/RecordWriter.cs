// RecordWriter: Builds a record's canonical tree: optional fields left out when null.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>Builds a record's canonical tree: optional fields left out when null.</summary>
    public sealed class RecordWriter
    {
        public readonly MsgMap Map = new MsgMap();

        public RecordWriter(string kind = null)
        {
            if (kind != null) Map["kind"] = kind;
        }

        public RecordWriter Put(string key, object value)
        {
            if (value == null) throw new EncodeException("field '" + key + "' is required");
            Map[key] = value;
            return this;
        }

        /// <summary>A free-form value: nil is a value here.</summary>
        public RecordWriter PutAny(string key, object value) { Map[key] = value; return this; }

        public RecordWriter Opt(string key, object value)
        {
            if (value != null) Map[key] = value;
            return this;
        }

        public RecordWriter Float(string key, double value) { Map[key] = value; return this; }
        public RecordWriter OptFloat(string key, double? value) { if (value.HasValue) Map[key] = value.Value; return this; }
        public RecordWriter OptInt(string key, long? value) { if (value.HasValue) Map[key] = value.Value; return this; }
        public RecordWriter OptCount(string key, ulong? value) { if (value.HasValue) Map[key] = Int(value.Value); return this; }

        /// <summary>An integer as the generic tree holds it: long, or ulong only above long.MaxValue.</summary>
        public static object Int(ulong n) { return n <= long.MaxValue ? (object)(long)n : n; }

        public static List<object> Range(double[] r)
        {
            if (r == null) return null;
            if (r.Length != 2) throw new EncodeException("a range is two numbers [low, high]");
            return new List<object> { r[0], r[1] };
        }

        /// <summary>A range that is limits (spec 4.1): finite with low &lt;= high, else no wire form, as the decoder refuses it.</summary>
        public static List<object> Limits(double[] r)
        {
            var outp = Range(r);
            if (outp != null && (double.IsNaN(r[0]) || double.IsInfinity(r[0]) || double.IsNaN(r[1]) || double.IsInfinity(r[1]) || !(r[0] <= r[1])))
                throw new EncodeException("limits [" + r[0].ToString("R") + ", " + r[1].ToString("R") + "] must be finite with low <= high");
            return outp;
        }

        public static List<object> Strs(IList<string> items)
        {
            if (items == null) return null;
            var outp = new List<object>(items.Count);
            foreach (var s in items) outp.Add(s);
            return outp;
        }

        public static List<object> Grid(List<List<string>> grid)
        {
            if (grid == null) return null;
            var outp = new List<object>(grid.Count);
            foreach (var row in grid) outp.Add(Strs(row));
            return outp;
        }

        public static List<object> Trees<T>(IList<T> items, Func<T, object> tree)
        {
            if (items == null) return null;
            var outp = new List<object>(items.Count);
            foreach (var item in items) outp.Add(tree(item));
            return outp;
        }

        public static MsgMap MapOf<T>(IDictionary<string, T> items, Func<T, object> tree)
        {
            if (items == null) return null;
            var outp = new MsgMap(items.Count);
            foreach (var kv in items) outp[kv.Key] = tree(kv.Value);
            return outp;
        }
    }
}
