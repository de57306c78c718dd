// GraphEdge: A directed edge between two nodes.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A directed edge between two nodes.</summary>
    public sealed class GraphEdge
    {
        public string Source, Target, Label, FieldId;

        public static GraphEdge FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "GraphEdge");
            return new GraphEdge { Source = r.Str("source"), Target = r.Str("target"), Label = r.OptStr("label"), FieldId = r.OptStr("field_id") };
        }

        public MsgMap ToTree()
        {
            return new RecordWriter().Put("source", Source).Put("target", Target).Opt("label", Label).Opt("field_id", FieldId).Map;
        }
    }
}
