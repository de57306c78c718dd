// Layout: Title, panels and an optional grid (rows of panel ids; a repeated id spans).
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>Title, panels and an optional grid (rows of panel ids; a repeated id spans).</summary>
    public sealed class Layout
    {
        public string Title;
        public List<Panel> Panels = new List<Panel>();
        public List<List<string>> PanelGrid;

        public static Layout FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "Layout");
            var l = new Layout
            {
                Title = r.OptStr("title"),
                Panels = r.List("panels", Panel.FromTree),
                PanelGrid = r.OptRecord("panel_grid", Panel.ReadGrid),
            };
            Panel.CheckPanels(path, l.Panels, l.PanelGrid);
            return l;
        }

        public MsgMap ToTree()
        {
            return new RecordWriter().Opt("title", Title).Put("panels", RecordWriter.Trees(Panels, p => (object)p.ToTree()))
                .Opt("panel_grid", RecordWriter.Grid(PanelGrid)).Map;
        }
    }
}
