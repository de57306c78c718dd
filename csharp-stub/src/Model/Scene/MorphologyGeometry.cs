// MorphologyGeometry: A neuron as n segments: centre, orientation, radius, length, where in its section.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A neuron as n segments: centre, orientation, radius, length, where in its section.</summary>
    public sealed class MorphologyGeometry : Geometry
    {
        public override string Kind { get { return "morphology"; } }
        /// <summary>(n, 3) float32/float64.</summary>
        public NdArray Positions;
        /// <summary>(n, 3, 3) float32/float64.</summary>
        public NdArray Orientations;
        public NdArray Radii, Lengths, Xlocs;
        public List<string> EntityIds = new List<string>();
        public List<string> SectionNames = new List<string>();
        /// <summary>Optional (n, 4) uint8 or float32.</summary>
        public NdArray Colors;
        public List<string> Labels;

        public int SegmentCount { get { return EntityIds.Count; } }

        public static new MorphologyGeometry FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "MorphologyGeometry");
            var g = new MorphologyGeometry
            {
                Id = r.Str("id"),
                Positions = r.Array("positions", Dtypes.Floats, 2, new[] { 3 }),
                Orientations = r.Array("orientations", Dtypes.Floats, 3, new[] { 3, 3 }),
                Radii = r.Array("radii", Dtypes.Floats, 1),
                Lengths = r.Array("lengths", Dtypes.Floats, 1),
                Xlocs = r.Array("xlocs", Dtypes.Floats, 1),
                EntityIds = r.StrList("entity_ids"),
                SectionNames = r.StrList("section_names"),
                Colors = r.OptArray("colors", Dtypes.Colors, 2, new[] { 4 }),
                Labels = r.OptStrList("labels"),
            };
            g.Check(path);
            return g;
        }

        public void Check(string path = "")
        {
            long n = EntityIds.Count;
            var wrong = new List<string>();
            Action<string, long> size = (name, len) => { if (len != n) wrong.Add(len + " " + name); };
            size("positions", Positions.Length);
            size("orientations", Orientations.Length);
            size("radii", Radii.Length);
            size("lengths", Lengths.Length);
            size("xlocs", Xlocs.Length);
            size("section_names", SectionNames.Count);
            if (Colors != null) size("colors", Colors.Length);
            if (Labels != null) size("labels", Labels.Count);
            if (wrong.Count > 0)
                throw RecordErrors.Invalid(path, "morphology '" + Id + "': " + n + " entity_ids but " + string.Join(", ", wrong));
        }

        public override MsgMap ToTree()
        {
            return new RecordWriter(Kind).Put("id", Id).Put("positions", Positions).Put("orientations", Orientations)
                .Put("radii", Radii).Put("lengths", Lengths).Put("xlocs", Xlocs)
                .Put("entity_ids", RecordWriter.Strs(EntityIds)).Put("section_names", RecordWriter.Strs(SectionNames))
                .Opt("colors", Colors).Opt("labels", RecordWriter.Strs(Labels)).Map;
        }
    }
}
