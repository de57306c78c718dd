// SurfaceView: A height field over a grid geometry, optionally coloured by another field.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A height field over a grid geometry, optionally coloured by another field.</summary>
    public sealed class SurfaceView : View
    {
        static readonly string[] Names = { "id", "grid_id", "height_field_id", "color_field_id", "colormap", "color_limits", "shading", "show_axes", "title", "bindings", "height_scale", "camera" };
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
        /// <summary>1.1 (§8.14 rule 5): heights are drawn times this; null: 1.</summary>
        public double? HeightScale;
        /// <summary>1.1 (§8.14 rule 6): the initial camera; null: the renderer's own.</summary>
        public Camera Camera;

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
                HeightScale = r.OptFloat("height_scale"),
                Camera = r.OptRecord("camera", Camera.FromTree),
            };
            if (Array.IndexOf(Shadings, v.Shading) < 0)
                throw RecordErrors.Invalid(path, "view '" + v.Id + "': shading '" + v.Shading + "' is not one of smooth, flat, none");
            if (v.HeightScale.HasValue && !(v.HeightScale.Value > 0 && !double.IsInfinity(v.HeightScale.Value)))
                throw RecordErrors.Invalid(path, "view '" + v.Id + "': height_scale " + v.HeightScale.Value + " is not finite and above 0");
            v.CheckBindings(path);
            return v;
        }

        public override MsgMap ToTree()
        {
            return new RecordWriter(Kind).Put("id", Id).Put("grid_id", GridId).Put("height_field_id", HeightFieldId)
                .Opt("color_field_id", ColorFieldId).Put("colormap", Colormap).Opt("color_limits", RecordWriter.Limits(ColorLimits))
                .Put("shading", Shading).Put("show_axes", ShowAxes).Opt("title", Title).Put("bindings", BindingsTree())
                .OptFloat("height_scale", HeightScale).Opt("camera", Camera == null ? null : Camera.ToTree()).Map;
        }
    }
}
