// View: How a frontend shows fields.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>How a frontend shows fields. <see cref="Bindings"/>: property name -> frontend state key.</summary>
    public abstract class View
    {
        public string Id;
        public string Title;
        public Dictionary<string, string> Bindings = new Dictionary<string, string>();
        public abstract string Kind { get; }
        public abstract MsgMap ToTree();
        /// <summary>Wire field names of this view kind (what a binding may name).</summary>
        protected abstract string[] PropertyNames { get; }

        public static View FromTree(object tree, string path)
        {
            string kind = Geometry.VariantKind(tree, path);
            switch (kind)
            {
                case "morphology": return MorphologyView.FromTree(tree, path);
                case "surface": return SurfaceView.FromTree(tree, path);
                case "line_plot": return LinePlotView.FromTree(tree, path);
                case "state_graph": return StateGraphView.FromTree(tree, path);
                case "raster": return RasterView.FromTree(tree, path);  // 1.1 (spec 8.3.6)
                case "image": return ImageView.FromTree(tree, path);  // 1.1 (spec 8.3.7)
            }
            throw RecordErrors.Invalid(RecordErrors.Join(path, "kind"), "unknown kind '" + kind + "'; expected one of morphology, surface, line_plot, state_graph, raster, image");
        }

        internal static Dictionary<string, string> ReadBindings(RecordReader r)
        {
            return r.MapOf("bindings", RecordReader.AsStr);
        }

        internal MsgMap BindingsTree() { return RecordWriter.MapOf(Bindings, s => (object)s); }

        protected void CheckBindings(string path)
        {
            // a property of the view, or a line plot's "selectors.<dim>" (spec 8.3.1)
            bool hasSelectors = Array.IndexOf(PropertyNames, "selectors") >= 0;
            foreach (var prop in Bindings.Keys)
            {
                bool property = prop != "id" && prop != "bindings" && Array.IndexOf(PropertyNames, prop) >= 0;
                bool selector = hasSelectors && prop.StartsWith("selectors.", StringComparison.Ordinal) && prop.Length > "selectors.".Length;
                if (!property && !selector)
                    throw RecordErrors.Invalid(path, "view '" + Id + "': binding for unknown property '" + prop + "'");
            }
        }

        internal static bool Positive(double? v) { return !v.HasValue || v.Value > 0; }
    }
}
