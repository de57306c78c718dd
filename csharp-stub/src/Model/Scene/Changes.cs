// What applied updates changed, so a renderer redraws only that (mirrors the Python Changes).
using System.Collections.Generic;

namespace Scenewire.Model
{
    /// <summary>
    /// What one or more updates applied to a <see cref="SceneState"/> changed. <see cref="Scene"/>
    /// means a new scene: rebuild everything (the id sets then list only what later updates of the
    /// same batch changed). <see cref="Errors"/> holds <see cref="ErrorMessage"/>s received and
    /// <see cref="ApplyNote"/>s for updates that were not applied, in order.
    /// </summary>
    public sealed class Changes
    {
        public bool Scene, Layout, Metadata;
        public readonly HashSet<string> Fields = new HashSet<string>();
        public readonly HashSet<string> Views = new HashSet<string>();
        public readonly HashSet<string> Controls = new HashSet<string>();
        public readonly HashSet<string> Actions = new HashSet<string>();
        public readonly HashSet<string> Operators = new HashSet<string>();
        public readonly HashSet<string> Panels = new HashSet<string>();
        public readonly HashSet<string> StateKeys = new HashSet<string>();
        /// <summary>The latest <c>status</c> applied, if any.</summary>
        public Status Status;
        public readonly List<object> Errors = new List<object>();

        /// <summary>Whether anything changed.</summary>
        public bool Any
        {
            get
            {
                return Scene || Layout || Metadata || Fields.Count > 0 || Views.Count > 0 || Controls.Count > 0
                    || Actions.Count > 0 || Operators.Count > 0 || Panels.Count > 0 || StateKeys.Count > 0
                    || Status != null || Errors.Count > 0;
            }
        }

        /// <summary>Fold <paramref name="later"/> into this one.</summary>
        public void Merge(Changes later)
        {
            Scene |= later.Scene;
            Layout |= later.Layout;
            Metadata |= later.Metadata;
            Fields.UnionWith(later.Fields);
            Views.UnionWith(later.Views);
            Controls.UnionWith(later.Controls);
            Actions.UnionWith(later.Actions);
            Operators.UnionWith(later.Operators);
            Panels.UnionWith(later.Panels);
            StateKeys.UnionWith(later.StateKeys);
            if (later.Status != null) Status = later.Status;
            Errors.AddRange(later.Errors);
        }
    }
}
