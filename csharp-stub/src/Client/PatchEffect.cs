// Which entries of a queued scene_patch change the scene, as found when it arrived.
using System;
using System.Collections.Generic;

namespace Scenewire.Client
{
    /// <summary>
    /// The entries of one <c>scene_patch</c> that apply (spec §7.4, §7.10), found by applying it to
    /// the scene the messages before it build (<see cref="InboxScene"/>). An entry left out changes
    /// nothing (it does not fit, or names an id the scene lacks), so a merge may drop it.
    /// </summary>
    internal sealed class PatchEffect
    {
        /// <summary>Whether a scene was there: else nothing of the patch applies, metadata included.</summary>
        public bool Applies;
        public readonly HashSet<string> Views = new HashSet<string>(StringComparer.Ordinal);
        public readonly HashSet<string> Controls = new HashSet<string>(StringComparer.Ordinal);
        public readonly HashSet<string> Operators = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The entries of both, for a patch merged from two.</summary>
        public static PatchEffect Union(PatchEffect a, PatchEffect b)
        {
            var union = new PatchEffect { Applies = a.Applies || b.Applies };
            foreach (var effect in new[] { a, b })
            {
                union.Views.UnionWith(effect.Views);
                union.Controls.UnionWith(effect.Controls);
                union.Operators.UnionWith(effect.Operators);
            }
            return union;
        }
    }
}
