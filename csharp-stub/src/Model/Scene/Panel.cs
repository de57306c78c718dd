// Panel: One area of the window.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>One area of the window.</summary>
    public sealed class Panel
    {
        public static readonly string[] Kinds = { "view_3d", "line_plot", "controls", "state_graph" };
        public string Id, Kind, Title;
        public List<string> ViewIds = new List<string>();
        public List<string> ControlIds = new List<string>();
        public List<string> ActionIds = new List<string>();

        public static Panel FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "Panel");
            var p = new Panel
            {
                Id = r.Str("id"),
                Kind = r.Str("kind"),
                Title = r.OptStr("title"),
                ViewIds = r.StrList("view_ids"),
                ControlIds = r.StrList("control_ids"),
                ActionIds = r.StrList("action_ids"),
            };
            if (Array.IndexOf(Kinds, p.Kind) < 0)
                throw RecordErrors.Invalid(path, "panel '" + p.Id + "': kind '" + p.Kind + "' is not one of " + string.Join(", ", Kinds));
            return p;
        }

        public MsgMap ToTree()
        {
            return new RecordWriter().Put("id", Id).Put("kind", Kind).Opt("title", Title).Put("view_ids", RecordWriter.Strs(ViewIds))
                .Put("control_ids", RecordWriter.Strs(ControlIds)).Put("action_ids", RecordWriter.Strs(ActionIds)).Map;
        }

        /// <summary>Panel ids are unique and the grid (rows of equal width) names only panels that exist.</summary>
        public static void CheckPanels(string path, List<Panel> panels, List<List<string>> grid)
        {
            var ids = new HashSet<string>();
            foreach (var p in panels)
                if (!ids.Add(p.Id)) throw RecordErrors.Invalid(path, "layout: panel id '" + p.Id + "' is used twice");
            if (grid == null) return;
            if (grid.Count == 0 || grid.Exists(row => row.Count == 0))
                throw RecordErrors.Invalid(path, "layout: panel_grid needs at least one row, and every row at least one cell");
            var widths = new HashSet<int>();
            foreach (var row in grid) widths.Add(row.Count);
            if (widths.Count > 1) throw RecordErrors.Invalid(path, "layout: panel_grid rows differ in length");
            foreach (var row in grid)
                foreach (var pid in row)
                    if (!ids.Contains(pid)) throw RecordErrors.Invalid(path, "layout: panel_grid names unknown panel '" + pid + "'");
        }

        internal static List<List<string>> ReadGrid(object v, string path)
        {
            return RecordReader.AsList(v, path, RecordReader.AsStrList);
        }
    }
}
