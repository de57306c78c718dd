// ValueSpec: What values a control takes; told apart by Kind.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>What values a control takes; told apart by <see cref="Kind"/>.</summary>
    public abstract class ValueSpec
    {
        public abstract string Kind { get; }
        public abstract MsgMap ToTree();
        /// <summary>Whether a control value (generic tree value) fits this spec.</summary>
        public abstract bool Accepts(object value);

        public static ValueSpec FromTree(object tree, string path)
        {
            string kind = Geometry.VariantKind(tree, path);
            switch (kind)
            {
                case "scalar": return ScalarSpec.FromTree(tree, path);
                case "choice": return ChoiceSpec.FromTree(tree, path);
                case "bool": return BoolSpec.FromTree(tree, path);
                case "xy": return XYSpec.FromTree(tree, path);
            }
            throw RecordErrors.Invalid(RecordErrors.Join(path, "kind"), "unknown kind '" + kind + "'; expected one of scalar, choice, bool, xy");
        }
    }
}
