// RecordReader: Reads the fields of one record map, with the reference's type rules.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>Reads the fields of one record map, with the reference's type rules.</summary>
    public sealed class RecordReader
    {
        public readonly MsgMap Map;
        public readonly string Path;

        public RecordReader(object tree, string path, string what)
        {
            Map = tree as MsgMap;
            Path = path;
            if (Map == null) throw RecordErrors.Wrong(path, "map (" + what + ")", tree);
        }

        string P(string key) { return RecordErrors.Join(Path, key); }

        /// <summary>A required field's value (may be nil), or, for an optional one, false when absent or nil.</summary>
        bool Get(string key, bool optional, out object value)
        {
            if (!Map.TryGetValue(key, out value))
            {
                if (optional) return false;
                throw RecordErrors.Missing(Path, key);
            }
            if (value == null && optional) return false;
            return true;
        }

        public static string AsStr(object v, string path)
        {
            var s = v as string;
            if (s == null) throw RecordErrors.Wrong(path, "string", v);
            return s;
        }

        public static long AsInt(object v, string path, long? minimum)
        {
            long n;
            if (v is long) n = (long)v;
            else if (v is ulong) throw RecordErrors.Invalid(path, v + " is over this decoder's integer range");
            else throw RecordErrors.Wrong(path, "integer", v);
            if (minimum.HasValue && n < minimum.Value) throw RecordErrors.Invalid(path, n + " is below the minimum " + minimum.Value);
            return n;
        }

        /// <summary>A non-negative integer field (counts, versions): the whole uint64 range, at least <paramref name="minimum"/>.</summary>
        public static ulong AsCount(object v, string path, ulong minimum)
        {
            ulong n;
            if (v is ulong) n = (ulong)v;
            else if (v is long)
            {
                long l = (long)v;
                if (l < 0) throw RecordErrors.Invalid(path, l + " is below the minimum " + minimum);
                n = (ulong)l;
            }
            else throw RecordErrors.Wrong(path, "integer", v);
            if (n < minimum) throw RecordErrors.Invalid(path, n + " is below the minimum " + minimum);
            return n;
        }

        public static double AsFloat(object v, string path)
        {
            if (v is double) return (double)v;
            if (v is long) return (long)v;
            if (v is ulong) return (ulong)v;
            throw RecordErrors.Wrong(path, "float", v);
        }

        public static double[] AsRange(object v, string path)
        {
            var list = v as List<object>;
            if (list == null) throw RecordErrors.Wrong(path, "array of two floats", v);
            if (list.Count != 2) throw RecordErrors.Invalid(path, "expected two numbers [low, high], got " + list.Count);
            return new[] { AsFloat(list[0], path + "[0]"), AsFloat(list[1], path + "[1]") };
        }

        /// <summary>A range that is limits: finite, low &lt;= high (spec 4.1).</summary>
        public static double[] AsLimits(object v, string path)
        {
            var r = AsRange(v, path);
            if (double.IsNaN(r[0]) || double.IsInfinity(r[0]) || double.IsNaN(r[1]) || double.IsInfinity(r[1]) || !(r[0] <= r[1]))
                throw RecordErrors.Invalid(path, "limits [" + r[0] + ", " + r[1] + "] must be finite with low <= high");
            return r;
        }

        public static List<string> AsStrList(object v, string path)
        {
            var list = v as List<object>;
            if (list == null) throw RecordErrors.Wrong(path, "array", v);
            var outp = new List<string>(list.Count);
            for (int i = 0; i < list.Count; i++) outp.Add(AsStr(list[i], path + "[" + i + "]"));
            return outp;
        }

        public static NdArray AsArray(object v, string path, string[] dtypes, int ndim, int[] trailing)
        {
            var a = v as NdArray;
            if (a == null) throw RecordErrors.Wrong(path, "ndarray", v);
            if (dtypes != null && System.Array.IndexOf(dtypes, a.Dtype) < 0)
                throw new ProtocolException(ErrorCodes.WrongType, "dtype " + a.Dtype + " not allowed here; expected " + string.Join(" or ", dtypes), path);
            if (ndim >= 0 && a.Ndim != ndim)
                throw new ProtocolException(ErrorCodes.WrongType, "expected a " + ndim + "-d array, got " + a.Ndim + "-d", path);
            if (trailing != null && trailing.Length > 0)
            {
                var shape = a.LongShape;
                bool ok = shape.Length >= trailing.Length;
                for (int i = 0; ok && i < trailing.Length; i++)
                    ok = shape[shape.Length - trailing.Length + i] == trailing[i];
                if (!ok) throw RecordErrors.Invalid(path, "expected shape (n, " + string.Join(", ", trailing) + "), got [" + string.Join(", ", shape) + "]");
            }
            return a;
        }

        public static MsgMap AsMap(object v, string path)
        {
            var m = v as MsgMap;
            if (m == null) throw RecordErrors.Wrong(path, "map", v);
            return m;
        }

        public static List<T> AsList<T>(object v, string path, Func<object, string, T> item)
        {
            var list = v as List<object>;
            if (list == null) throw RecordErrors.Wrong(path, "array", v);
            var outp = new List<T>(list.Count);
            for (int i = 0; i < list.Count; i++) outp.Add(item(list[i], path + "[" + i + "]"));
            return outp;
        }

        public static Dictionary<string, T> AsMapOf<T>(object v, string path, Func<object, string, T> item)
        {
            var m = AsMap(v, path);
            var outp = new Dictionary<string, T>(m.Count, StringComparer.Ordinal);
            foreach (var kv in m) outp[kv.Key] = item(kv.Value, path + "['" + kv.Key + "']");
            return outp;
        }

        // ---- required fields ----
        public string Str(string key) { object v; Get(key, false, out v); return AsStr(v, P(key)); }
        public long Int(string key, long? minimum = null) { object v; Get(key, false, out v); return AsInt(v, P(key), minimum); }
        public ulong Count(string key, ulong minimum = 0) { object v; Get(key, false, out v); return AsCount(v, P(key), minimum); }
        public double Float(string key) { object v; Get(key, false, out v); return AsFloat(v, P(key)); }
        public bool Bool(string key)
        {
            object v; Get(key, false, out v);
            if (!(v is bool)) throw RecordErrors.Wrong(P(key), "boolean", v);
            return (bool)v;
        }
        public object Any(string key) { object v; Get(key, false, out v); return v; }
        public MsgMap AnyMap(string key) { object v; Get(key, false, out v); return AsMap(v, P(key)); }
        public List<string> StrList(string key) { object v; Get(key, false, out v); return AsStrList(v, P(key)); }
        public NdArray Array(string key, string[] dtypes = null, int ndim = -1, int[] trailing = null)
        {
            object v; Get(key, false, out v); return AsArray(v, P(key), dtypes, ndim, trailing);
        }
        public List<T> List<T>(string key, Func<object, string, T> item) { object v; Get(key, false, out v); return AsList(v, P(key), item); }
        public Dictionary<string, T> MapOf<T>(string key, Func<object, string, T> item) { object v; Get(key, false, out v); return AsMapOf(v, P(key), item); }
        public T Record<T>(string key, Func<object, string, T> dec) { object v; Get(key, false, out v); return dec(v, P(key)); }

        // ---- optional fields: null when absent or nil ----
        public string OptStr(string key) { object v; return Get(key, true, out v) ? AsStr(v, P(key)) : null; }
        public long? OptInt(string key, long? minimum = null) { object v; return Get(key, true, out v) ? AsInt(v, P(key), minimum) : (long?)null; }
        public ulong? OptCount(string key, ulong minimum = 0) { object v; return Get(key, true, out v) ? AsCount(v, P(key), minimum) : (ulong?)null; }
        public double? OptFloat(string key) { object v; return Get(key, true, out v) ? AsFloat(v, P(key)) : (double?)null; }
        public double[] OptRange(string key) { object v; return Get(key, true, out v) ? AsRange(v, P(key)) : null; }
        public MsgMap OptAnyMap(string key) { object v; return Get(key, true, out v) ? AsMap(v, P(key)) : null; }
        public List<string> OptStrList(string key) { object v; return Get(key, true, out v) ? AsStrList(v, P(key)) : null; }
        public NdArray OptArray(string key, string[] dtypes = null, int ndim = -1, int[] trailing = null)
        {
            object v; return Get(key, true, out v) ? AsArray(v, P(key), dtypes, ndim, trailing) : null;
        }
        public List<T> OptList<T>(string key, Func<object, string, T> item) where T : class
        {
            object v; return Get(key, true, out v) ? AsList(v, P(key), item) : null;
        }
        public Dictionary<string, T> OptMapOf<T>(string key, Func<object, string, T> item)
        {
            object v; return Get(key, true, out v) ? AsMapOf(v, P(key), item) : null;
        }
        public T OptRecord<T>(string key, Func<object, string, T> dec) where T : class
        {
            object v; return Get(key, true, out v) ? dec(v, P(key)) : null;
        }
        public double[] Range(string key) { object v; Get(key, false, out v); return AsRange(v, P(key)); }
        public double[] Limits(string key) { object v; Get(key, false, out v); return AsLimits(v, P(key)); }
        public double[] OptLimits(string key) { object v; return Get(key, true, out v) ? AsLimits(v, P(key)) : null; }
    }
}
