// PanelPatch: Change one panel: a null list is unchanged, an empty one clears.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>Change one panel: a null list is unchanged, an empty one clears.</summary>
    public sealed class PanelPatch : Update
    {
        public override string Kind { get { return "panel_patch"; } }
        public string PanelId;
        public List<string> ControlIds, ActionIds, ViewIds;
        public string Title;

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "PanelPatch");
            return WithTick(new PanelPatch
            {
                PanelId = r.Str("panel_id"),
                ControlIds = r.OptStrList("control_ids"),
                ActionIds = r.OptStrList("action_ids"),
                ViewIds = r.OptStrList("view_ids"),
                Title = r.OptStr("title"),
            }, r);
        }

        public override MsgMap ToTree()
        {
            return Close(new RecordWriter(Kind).Put("panel_id", PanelId).Opt("control_ids", RecordWriter.Strs(ControlIds))
                .Opt("action_ids", RecordWriter.Strs(ActionIds)).Opt("view_ids", RecordWriter.Strs(ViewIds)).Opt("title", Title));
        }
    }
}
