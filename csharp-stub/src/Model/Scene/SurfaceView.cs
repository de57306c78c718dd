// SurfaceView: A height field over a grid geometry, optionally coloured by another field.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A height field over a grid geometry, optionally coloured by another field.</summary>
    public sealed class SurfaceView : View
    {
        static readonly string[] Names = { "id", "grid_id", "height_field_id", "color_field_id", "colormap", "color_limits", "shading", "show_axes", "title", "bindings" };
        public static readonly string[] Shadings = { "smooth", "flat", "none" };
        public override string Kind { get { return "surface"; } }
        protected override string[] PropertyNames { get { return Names; } }
        public string GridId;
        public string HeightFieldId;
        public string ColorFieldId;
        public string Colormap = "viridis";
        public double[] ColorLimits;
        public string Shading = "smooth";
        public bool ShowAxes = true;

        public static new SurfaceView FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "SurfaceView");
            var v = new SurfaceView
            {
                Id = r.Str("id"),
                GridId = r.Str("grid_id"),
                HeightFieldId = r.Str("height_field_id"),
                ColorFieldId = r.OptStr("color_field_id"),
                Colormap = r.Str("colormap"),
                ColorLimits = r.OptLimits("color_limits"),
                Shading = r.Str("shading"),
                ShowAxes = r.Bool("show_axes"),
                Title = r.OptStr("title"),
                Bindings = ReadBindings(r),
            };
            if (Array.IndexOf(Shadings, v.Shading) < 0)
                throw RecordErrors.Invalid(path, "view '" + v.Id + "': shading '" + v.Shading + "' is not one of smooth, flat, none");
            v.CheckBindings(path);
            return v;
        }

        public override MsgMap ToTree()
        {
            return new RecordWriter(Kind).Put("id", Id).Put("grid_id", GridId).Put("height_field_id", HeightFieldId)
                .Opt("color_field_id", ColorFieldId).Put("colormap", Colormap).Opt("color_limits", RecordWriter.Limits(ColorLimits))
                .Put("shading", Shading).Put("show_axes", ShowAxes).Opt("title", Title).Put("bindings", BindingsTree()).Map;
        }
    }
}
