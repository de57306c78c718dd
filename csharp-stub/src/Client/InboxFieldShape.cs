// What a SceneClient's receive loop knows of one field: enough to tell that an append will apply.
using System;
using System.Collections.Generic;

namespace Scenewire.Client
{
    /// <summary>
    /// A field's dtype, shape and coordinate dtypes as the messages received so far leave them
    /// (spec §7.2, §7.3), without its values. <see cref="Known"/> goes false after an append that
    /// might not apply (whether it does depends on its values), until a <c>field_replace</c> with
    /// <c>coords</c> says it all again.
    /// </summary>
    internal sealed class InboxFieldShape
    {
        public List<string> Dims;
        public string Dtype;
        public long[] Shape;
        /// <summary>dim -> dtype of its coordinates; a dim left out has none (the implicit 0..n-1).</summary>
        public Dictionary<string, string> CoordDtypes = new Dictionary<string, string>(StringComparer.Ordinal);
        public bool Known = true;
    }
}
