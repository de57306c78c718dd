// StateGraphView: Nodes and edges (e.g.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>Nodes and edges (e.g. channel states) coloured by fields.</summary>
    public sealed class StateGraphView : View
    {
        static readonly string[] Names = { "id", "nodes", "edges", "colormap", "color_limits", "title", "bindings" };
        public override string Kind { get { return "state_graph"; } }
        protected override string[] PropertyNames { get { return Names; } }
        public List<GraphNode> Nodes = new List<GraphNode>();
        public List<GraphEdge> Edges = new List<GraphEdge>();
        public string Colormap = "viridis";
        public double[] ColorLimits;

        public static new StateGraphView FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "StateGraphView");
            var v = new StateGraphView
            {
                Id = r.Str("id"),
                Nodes = r.List("nodes", GraphNode.FromTree),
                Edges = r.List("edges", GraphEdge.FromTree),
                Colormap = r.Str("colormap"),
                ColorLimits = r.OptLimits("color_limits"),
                Title = r.OptStr("title"),
                Bindings = ReadBindings(r),
            };
            var ids = new HashSet<string>();
            foreach (var n in v.Nodes)
                if (!ids.Add(n.Id)) throw RecordErrors.Invalid(path, "view '" + v.Id + "': node ids repeat");
            foreach (var e in v.Edges)
                if (!ids.Contains(e.Source) || !ids.Contains(e.Target))
                    throw RecordErrors.Invalid(path, "view '" + v.Id + "': edge '" + e.Source + "'->'" + e.Target + "' names an unknown node");
            v.CheckBindings(path);
            return v;
        }

        public override MsgMap ToTree()
        {
            return new RecordWriter(Kind).Put("id", Id).Put("nodes", RecordWriter.Trees(Nodes, n => (object)n.ToTree()))
                .Put("edges", RecordWriter.Trees(Edges, e => (object)e.ToTree())).Put("colormap", Colormap)
                .Opt("color_limits", RecordWriter.Limits(ColorLimits)).Opt("title", Title).Put("bindings", BindingsTree()).Map;
        }
    }
}
