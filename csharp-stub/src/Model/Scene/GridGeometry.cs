// GridGeometry: A rectilinear 2-D grid: two named dims, each with 1-D coordinates.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A rectilinear 2-D grid: two named dims, each with 1-D coordinates.</summary>
    public sealed class GridGeometry : Geometry
    {
        public override string Kind { get { return "grid"; } }
        public List<string> Dims = new List<string>();
        public Dictionary<string, NdArray> Coords = new Dictionary<string, NdArray>();

        public static new GridGeometry FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "GridGeometry");
            var g = new GridGeometry
            {
                Id = r.Str("id"),
                Dims = r.StrList("dims"),
                Coords = r.MapOf("coords", Dtypes.Coord),
            };
            g.Check(path);
            return g;
        }

        public void Check(string path = "")
        {
            if (Dims.Count != 2 || Dims[0] == Dims[1])
                throw RecordErrors.Invalid(path, "grid '" + Id + "': needs two distinct dims");
            if (Coords.Count != 2 || !Coords.ContainsKey(Dims[0]) || !Coords.ContainsKey(Dims[1]))
                throw RecordErrors.Invalid(path, "grid '" + Id + "': coords must be exactly its dims");
            foreach (var kv in Coords)
                if (kv.Value.Ndim != 1) throw RecordErrors.Invalid(path, "grid '" + Id + "': coords for '" + kv.Key + "' must be 1-D");
        }

        public override MsgMap ToTree()
        {
            return new RecordWriter(Kind).Put("id", Id).Put("dims", RecordWriter.Strs(Dims)).Put("coords", RecordWriter.MapOf(Coords, a => (object)a)).Map;
        }
    }
}
