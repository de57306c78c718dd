// LayoutReplace: New panels (and grid) for the current scene.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>New panels (and grid) for the current scene.</summary>
    public sealed class LayoutReplace : Update
    {
        public override string Kind { get { return "layout_replace"; } }
        public List<Panel> Panels = new List<Panel>();
        public List<List<string>> PanelGrid;

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "LayoutReplace");
            var m = new LayoutReplace { Panels = r.List("panels", Panel.FromTree), PanelGrid = r.OptRecord("panel_grid", Panel.ReadGrid) };
            Panel.CheckPanels(path, m.Panels, m.PanelGrid);
            return WithTick(m, r);
        }

        public override MsgMap ToTree()
        {
            return Close(new RecordWriter(Kind).Put("panels", RecordWriter.Trees(Panels, p => (object)p.ToTree())).Opt("panel_grid", RecordWriter.Grid(PanelGrid)));
        }
    }
}
