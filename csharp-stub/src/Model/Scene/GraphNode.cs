// GraphNode: A node of a state graph, coloured by a scalar field when FieldId is set.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A node of a state graph, coloured by a scalar field when <see cref="FieldId"/> is set.</summary>
    public sealed class GraphNode
    {
        public string Id, Label, FieldId;
        public double[] Position;

        public static GraphNode FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "GraphNode");
            return new GraphNode { Id = r.Str("id"), Label = r.OptStr("label"), FieldId = r.OptStr("field_id"), Position = r.OptRange("position") };
        }

        public MsgMap ToTree()
        {
            return new RecordWriter().Put("id", Id).Opt("label", Label).Opt("field_id", FieldId).Opt("position", RecordWriter.Range(Position)).Map;
        }
    }
}
