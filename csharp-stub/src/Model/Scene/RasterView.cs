// RasterView (protocol 1.1, spec 8.3.6): events per unit, a 1-D field of unit indices whose coordinates are the times.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>
    /// Events (spikes) per unit (spec 8.3.6, protocol 1.1): the field is 1-D along <see cref="EventDim"/>, each
    /// entry a unit index, its coordinate the event's time. A server never sends it to a 1.0 client (spec 13).
    /// </summary>
    public sealed class RasterView : View
    {
        static readonly string[] Names =
        {
            "id", "field_id", "event_dim", "unit_count", "marker", "time_label", "time_unit", "unit_label",
            "rolling_window", "title", "bindings",
        };
        public static readonly string[] Markers = { "tick", "dot" };
        public override string Kind { get { return "raster"; } }
        protected override string[] PropertyNames { get { return Names; } }
        public string FieldId;
        public string EventDim;
        public ulong? UnitCount;
        public string Marker = "tick";
        public string TimeLabel, TimeUnit, UnitLabel;
        public double? RollingWindow;

        public static new RasterView FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "RasterView");
            var v = new RasterView
            {
                Id = r.Str("id"),
                FieldId = r.Str("field_id"),
                EventDim = r.Str("event_dim"),
                UnitCount = r.OptCount("unit_count", 1),
                Marker = r.Str("marker"),
                TimeLabel = r.OptStr("time_label"),
                TimeUnit = r.OptStr("time_unit"),
                UnitLabel = r.OptStr("unit_label"),
                RollingWindow = r.OptFloat("rolling_window"),
                Title = r.OptStr("title"),
                Bindings = ReadBindings(r),
            };
            if (Array.IndexOf(Markers, v.Marker) < 0)
                throw RecordErrors.Invalid(path, "view '" + v.Id + "': marker '" + v.Marker + "' is not one of tick, dot");
            if (!Positive(v.RollingWindow))
                throw RecordErrors.Invalid(path, "view '" + v.Id + "': rolling_window must be positive");
            v.CheckBindings(path);
            return v;
        }

        public override MsgMap ToTree()
        {
            return new RecordWriter(Kind).Put("id", Id).Put("field_id", FieldId).Put("event_dim", EventDim)
                .OptCount("unit_count", UnitCount).Put("marker", Marker).Opt("time_label", TimeLabel).Opt("time_unit", TimeUnit)
                .Opt("unit_label", UnitLabel).OptFloat("rolling_window", RollingWindow).Opt("title", Title)
                .Put("bindings", BindingsTree()).Map;
        }
    }
}
