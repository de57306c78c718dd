// LinePlotView: Traces of a field against one dim, one line per entry of SeriesDim.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>Traces of a field against one dim, one line per entry of <see cref="SeriesDim"/>.</summary>
    public sealed class LinePlotView : View
    {
        static readonly string[] Names =
        {
            "id", "field_id", "x_dim", "series_dim", "selectors", "series_labels", "x_label", "y_label",
            "x_unit", "y_unit", "rolling_window", "y_limits", "title", "bindings",
        };
        public override string Kind { get { return "line_plot"; } }
        protected override string[] PropertyNames { get { return Names; } }
        public string FieldId;
        public string XDim;
        public string SeriesDim;
        public Dictionary<string, ulong> Selectors = new Dictionary<string, ulong>();
        public List<string> SeriesLabels;
        public string XLabel, YLabel, XUnit, YUnit;
        public double? RollingWindow;
        public double[] YLimits;

        public static new LinePlotView FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "LinePlotView");
            var v = new LinePlotView
            {
                Id = r.Str("id"),
                FieldId = r.Str("field_id"),
                XDim = r.Str("x_dim"),
                SeriesDim = r.OptStr("series_dim"),
                Selectors = r.MapOf("selectors", (o, p) => RecordReader.AsCount(o, p, 0)),
                SeriesLabels = r.OptStrList("series_labels"),
                XLabel = r.OptStr("x_label"),
                YLabel = r.OptStr("y_label"),
                XUnit = r.OptStr("x_unit"),
                YUnit = r.OptStr("y_unit"),
                RollingWindow = r.OptFloat("rolling_window"),
                YLimits = r.OptLimits("y_limits"),
                Title = r.OptStr("title"),
                Bindings = ReadBindings(r),
            };
            if (v.SeriesDim != null && v.SeriesDim == v.XDim)
                throw RecordErrors.Invalid(path, "view '" + v.Id + "': series_dim and x_dim are both '" + v.XDim + "'");
            if (!Positive(v.RollingWindow))
                throw RecordErrors.Invalid(path, "view '" + v.Id + "': rolling_window must be positive");
            v.CheckBindings(path);
            return v;
        }

        public override MsgMap ToTree()
        {
            return new RecordWriter(Kind).Put("id", Id).Put("field_id", FieldId).Put("x_dim", XDim).Opt("series_dim", SeriesDim)
                .Put("selectors", RecordWriter.MapOf(Selectors, RecordWriter.Int)).Opt("series_labels", RecordWriter.Strs(SeriesLabels))
                .Opt("x_label", XLabel).Opt("y_label", YLabel).Opt("x_unit", XUnit).Opt("y_unit", YUnit)
                .OptFloat("rolling_window", RollingWindow).Opt("y_limits", RecordWriter.Limits(YLimits)).Opt("title", Title)
                .Put("bindings", BindingsTree()).Map;
        }
    }
}
