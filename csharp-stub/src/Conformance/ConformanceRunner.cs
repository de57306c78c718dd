// Runs the golden vectors of conformance/manifest.json (1.0) and conformance/1.1/manifest.json (1.1) against this implementation.
using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Scenewire.Model;
using Scenewire.Wire;

namespace Scenewire.Conformance
{
    /// <summary>
    /// Valid vectors: decode to a typed message, turn it back into a tree, compare with the
    /// manifest's decoded form, re-encode and compare byte for byte with the file (or its
    /// canonical_file). Invalid vectors: decoding must fail with exactly the listed code.
    /// The 1.1 vectors (1.1/manifest.json beside the 1.0 one, paths relative to 1.1/) run after
    /// 1.0's when present, in the same tally.
    /// </summary>
    public sealed class ConformanceRunner : RunnerTally
    {
        readonly string root;
        string folder;

        public ConformanceRunner(string conformanceDir) { root = conformanceDir; }

        static Dictionary<string, object> Obj(object o, string what)
        {
            var d = o as Dictionary<string, object>;
            if (d == null) throw new FormatException("manifest: " + what + " is not an object");
            return d;
        }

        /// <summary>Run every vector; true when none failed.</summary>
        public bool Run()
        {
            RunManifest(root);
            string v11 = Path.Combine(root, "1.1");
            if (File.Exists(Path.Combine(v11, "manifest.json"))) RunManifest(v11);
            Say(Passed + " passed, " + Failed + " failed");
            return Failed == 0;
        }

        void RunManifest(string dir)
        {
            folder = dir;
            var manifest = Obj(Json.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json"), Encoding.UTF8)), "manifest");
            if ((manifest["protocol"] as string) != "scenewire") throw new FormatException("manifest: not a scenewire manifest");
            foreach (var item in (List<object>)manifest["valid"]) RunValid(Obj(item, "valid entry"));
            foreach (var item in (List<object>)manifest["invalid"]) RunInvalid(Obj(item, "invalid entry"));
        }

        byte[] Read(string rel) { return File.ReadAllBytes(Path.Combine(folder, rel.Replace('/', Path.DirectorySeparatorChar))); }

        void RunValid(Dictionary<string, object> v)
        {
            string name = (string)v["name"];
            try
            {
                byte[] input = Read((string)v["file"]);
                Message message;
                try { message = Protocol.Decode(input); }
                catch (ProtocolException e) { Fail(name, "decode failed: " + e.Message); return; }
                MsgMap tree = message.ToTree();
                string diff = Compare(tree, v["decoded"], "$");
                if (diff != null) { Fail(name, "decoded form differs: " + diff); return; }
                object canonicalFile;
                byte[] expected = v.TryGetValue("canonical_file", out canonicalFile) ? Read((string)canonicalFile) : input;
                byte[] encoded = message.Encode();
                int at = FirstDifference(encoded, expected);
                if (at >= 0) { Fail(name, "re-encoding differs from " + (canonicalFile ?? v["file"]) + " at byte " + at + " (" + encoded.Length + " vs " + expected.Length + " bytes)"); return; }
                Pass(name);
            }
            catch (Exception e) { Fail(name, "crashed: " + e.GetType().Name + ": " + e.Message); }
        }

        void RunInvalid(Dictionary<string, object> v)
        {
            string name = (string)v["name"];
            string want = (string)v["error"];
            try
            {
                byte[] input = Read((string)v["file"]);
                try
                {
                    var message = Protocol.Decode(input);
                    Fail(name, "decoded as " + message.Kind + ", expected error " + want);
                }
                catch (ProtocolException e)
                {
                    if (e.Code == want) Pass(name);
                    else Fail(name, "error " + e.Code + ", expected " + want + " (" + e.Message + ")");
                }
            }
            catch (Exception e) { Fail(name, "crashed: " + e.GetType().Name + ": " + e.Message); }
        }

        static int FirstDifference(byte[] a, byte[] b)
        {
            int n = Math.Min(a.Length, b.Length);
            for (int i = 0; i < n; i++) if (a[i] != b[i]) return i;
            return a.Length == b.Length ? -1 : n;
        }

        /// <summary>Compare a generic tree value with its manifest JSON form; null when equal, else where they differ.</summary>
        public static string Compare(object tree, object json, string path)
        {
            var obj = json as Dictionary<string, object>;
            if (obj != null && obj.Count == 1)
            {
                object special;
                if (obj.TryGetValue("$float", out special)) return CompareFloat(tree, (string)special, path);
                if (obj.TryGetValue("$bin", out special))
                {
                    var b = tree as byte[];
                    if (b == null) return path + ": expected bin, got " + RecordErrors.TypeName(tree);
                    return FirstDifference(b, Convert.FromBase64String((string)special)) < 0 ? null : path + ": bin bytes differ";
                }
                if (obj.TryGetValue("$ndarray", out special)) return CompareArray(tree, Obj(special, "$ndarray"), path);
                if (obj.TryGetValue("$map", out special)) obj = Obj(special, "$map");  // a map whose only key is a tag (spec 15.2)
            }
            if (obj != null)
            {
                var map = tree as MsgMap;
                if (map == null) return path + ": expected map, got " + RecordErrors.TypeName(tree);
                foreach (var kv in obj)
                {
                    object value;
                    if (!map.TryGetValue(kv.Key, out value)) return path + ": key '" + kv.Key + "' missing";
                    var d = Compare(value, kv.Value, path + "." + kv.Key);
                    if (d != null) return d;
                }
                foreach (var key in map.Keys)
                    if (!obj.ContainsKey(key)) return path + ": unexpected key '" + key + "'";
                return null;
            }
            var arr = json as List<object>;
            if (arr != null)
            {
                var list = tree as List<object>;
                if (list == null) return path + ": expected array, got " + RecordErrors.TypeName(tree);
                if (list.Count != arr.Count) return path + ": " + list.Count + " items, expected " + arr.Count;
                for (int i = 0; i < arr.Count; i++)
                {
                    var d = Compare(list[i], arr[i], path + "[" + i + "]");
                    if (d != null) return d;
                }
                return null;
            }
            if (json == null) return tree == null ? null : path + ": expected nil, got " + RecordErrors.TypeName(tree);
            if (json is bool) return tree is bool && (bool)tree == (bool)json ? null : path + ": expected " + json + ", got " + Describe(tree);
            if (json is string) return tree is string && (string)tree == (string)json ? null : path + ": expected '" + json + "', got " + Describe(tree);
            if (json is double)
            {
                if (!(tree is double)) return path + ": expected float " + json + ", got " + Describe(tree);
                return (double)tree == (double)json ? null : path + ": expected " + json + ", got " + tree;
            }
            if (json is long || json is ulong)
            {
                bool same = (json is long && tree is long && (long)json == (long)tree) || (json is ulong && tree is ulong && (ulong)json == (ulong)tree);
                return same ? null : path + ": expected integer " + json + ", got " + Describe(tree);
            }
            return path + ": unsupported JSON value " + json;
        }

        static string Describe(object v) { return v == null ? "nil" : RecordErrors.TypeName(v) + " " + v; }

        static string CompareFloat(object tree, string which, string path)
        {
            if (!(tree is double)) return path + ": expected float " + which + ", got " + RecordErrors.TypeName(tree);
            double d = (double)tree;
            bool ok = which == "nan" ? double.IsNaN(d) : which == "inf" ? double.IsPositiveInfinity(d) : which == "-inf" && double.IsNegativeInfinity(d);
            return ok ? null : path + ": expected " + which + ", got " + d;
        }

        static string CompareArray(object tree, Dictionary<string, object> spec, string path)
        {
            var a = tree as NdArray;
            if (a == null) return path + ": expected ndarray, got " + RecordErrors.TypeName(tree);
            if (a.Dtype != (string)spec["dtype"]) return path + ": dtype " + a.Dtype + ", expected " + spec["dtype"];
            var shape = (List<object>)spec["shape"];
            var have = a.LongShape;
            bool sameShape = shape.Count == have.Length;
            for (int i = 0; sameShape && i < have.Length; i++) sameShape = Convert.ToInt64(shape[i]) == have[i];
            if (!sameShape) return path + ": shape [" + string.Join(", ", have) + "] differs";
            object data;
            if (spec.TryGetValue("data", out data))
                return FirstDifference(a.RawData, Convert.FromBase64String((string)data)) < 0 ? null : path + ": array data differs";
            string hex = Hex(SHA256Of(a.RawData));
            return hex == ((string)spec["sha256"]).ToLowerInvariant() ? null : path + ": array sha256 " + hex + " differs";
        }

        static byte[] SHA256Of(byte[] data)
        {
            using (var sha = SHA256.Create()) return sha.ComputeHash(data);
        }

        static string Hex(byte[] b)
        {
            var sb = new StringBuilder(b.Length * 2);
            foreach (var x in b) sb.Append(x.ToString("x2"));
            return sb.ToString();
        }
    }
}
