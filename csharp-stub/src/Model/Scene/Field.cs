// Field: A labelled n-d array, the primary data primitive of a scene.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A labelled n-d array, the primary data primitive of a scene.</summary>
    public sealed class Field
    {
        public string Id;
        public NdArray Values;
        public List<string> Dims = new List<string>();
        /// <summary>dim -> 1-D numeric array as long as that axis.</summary>
        public Dictionary<string, NdArray> Coords = new Dictionary<string, NdArray>();
        public string Unit;
        public MsgMap Attrs = new MsgMap();

        public static Field FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "Field");
            var f = new Field
            {
                Id = r.Str("id"),
                Values = r.Array("values"),
                Dims = r.StrList("dims"),
                Coords = r.MapOf("coords", Dtypes.Coord),
                Unit = r.OptStr("unit"),
                Attrs = r.AnyMap("attrs"),
            };
            f.Check(path);
            return f;
        }

        public void Check(string path = "")
        {
            CheckCoords(path, Id, Values, Dims, Coords);
        }

        /// <summary>Dims name every axis once; every coord is 1-D and as long as its axis.</summary>
        public static void CheckCoords(string path, string id, NdArray values, List<string> dims, Dictionary<string, NdArray> coords)
        {
            if (dims.Count != values.Ndim)
                throw RecordErrors.Invalid(path, "field '" + id + "': " + dims.Count + " dims for a " + values.Ndim + "-d array");
            if (new HashSet<string>(dims).Count != dims.Count)
                throw RecordErrors.Invalid(path, "field '" + id + "': dims repeat a name");
            var shape = values.LongShape;
            foreach (var kv in coords)
            {
                int axis = dims.IndexOf(kv.Key);
                if (axis < 0) throw RecordErrors.Invalid(path, "field '" + id + "': coords for '" + kv.Key + "', which is not one of its dims");
                if (kv.Value.Ndim != 1 || kv.Value.LongShape[0] != shape[axis])
                    throw RecordErrors.Invalid(path, "field '" + id + "': coords for '" + kv.Key + "' do not match its axis length " + shape[axis]);
            }
        }

        public MsgMap ToTree()
        {
            return new RecordWriter().Put("id", Id).Put("values", Values).Put("dims", RecordWriter.Strs(Dims))
                .Put("coords", RecordWriter.MapOf(Coords, a => (object)a)).Opt("unit", Unit).Put("attrs", Attrs).Map;
        }
    }
}
