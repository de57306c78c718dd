// ImageView (protocol 1.1, spec 8.3.7): a 2-D field drawn as an image through a colour map, with a colour bar.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>
    /// A 2-D field drawn as an image through a colour map, with a colour bar (spec 8.3.7, protocol 1.1).
    /// A server never sends it to a 1.0 client (spec 13).
    /// </summary>
    public sealed class ImageView : View
    {
        static readonly string[] Names =
        {
            "id", "field_id", "x_dim", "y_dim", "colormap", "color_limits", "x_label", "y_label", "x_unit", "y_unit",
            "value_label", "value_unit", "title", "bindings",
        };
        public override string Kind { get { return "image"; } }
        protected override string[] PropertyNames { get { return Names; } }
        public string FieldId;
        public string XDim, YDim;
        public string Colormap = "viridis";
        public double[] ColorLimits;
        public string XLabel, YLabel, XUnit, YUnit, ValueLabel, ValueUnit;

        public static new ImageView FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "ImageView");
            var v = new ImageView
            {
                Id = r.Str("id"),
                FieldId = r.Str("field_id"),
                XDim = r.Str("x_dim"),
                YDim = r.Str("y_dim"),
                Colormap = r.Str("colormap"),
                ColorLimits = r.OptLimits("color_limits"),
                XLabel = r.OptStr("x_label"),
                YLabel = r.OptStr("y_label"),
                XUnit = r.OptStr("x_unit"),
                YUnit = r.OptStr("y_unit"),
                ValueLabel = r.OptStr("value_label"),
                ValueUnit = r.OptStr("value_unit"),
                Title = r.OptStr("title"),
                Bindings = ReadBindings(r),
            };
            if (v.XDim == v.YDim)
                throw RecordErrors.Invalid(path, "view '" + v.Id + "': x_dim and y_dim are both '" + v.XDim + "'");
            v.CheckBindings(path);
            return v;
        }

        public override MsgMap ToTree()
        {
            return new RecordWriter(Kind).Put("id", Id).Put("field_id", FieldId).Put("x_dim", XDim).Put("y_dim", YDim)
                .Put("colormap", Colormap).Opt("color_limits", RecordWriter.Limits(ColorLimits))
                .Opt("x_label", XLabel).Opt("y_label", YLabel).Opt("x_unit", XUnit).Opt("y_unit", YUnit)
                .Opt("value_label", ValueLabel).Opt("value_unit", ValueUnit).Opt("title", Title)
                .Put("bindings", BindingsTree()).Map;
        }
    }
}
