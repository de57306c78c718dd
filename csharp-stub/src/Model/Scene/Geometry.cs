// Geometry: What a view draws on; told apart by Kind.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>What a view draws on; told apart by <see cref="Kind"/>.</summary>
    public abstract class Geometry
    {
        public string Id;
        public abstract string Kind { get; }
        public abstract MsgMap ToTree();

        public static Geometry FromTree(object tree, string path)
        {
            string kind = VariantKind(tree, path);
            switch (kind)
            {
                case "morphology": return MorphologyGeometry.FromTree(tree, path);
                case "grid": return GridGeometry.FromTree(tree, path);
            }
            throw RecordErrors.Invalid(RecordErrors.Join(path, "kind"), "unknown kind '" + kind + "'; expected one of morphology, grid");
        }

        /// <summary>The "kind" of a variant element: missing -> missing_field, not a string -> wrong_type.</summary>
        internal static string VariantKind(object tree, string path)
        {
            var map = RecordReader.AsMap(tree, path);
            object kind;
            if (!map.TryGetValue("kind", out kind)) throw RecordErrors.Missing(path, "kind");
            return RecordReader.AsStr(kind, RecordErrors.Join(path, "kind"));
        }
    }
}
