// MorphologyView: A morphology geometry drawn in 3-D, coloured by a per-segment field.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A morphology geometry drawn in 3-D, coloured by a per-segment field.</summary>
    public sealed class MorphologyView : View
    {
        static readonly string[] Names = { "id", "geometry_id", "color_field_id", "colormap", "color_limits", "title", "bindings", "camera" };
        public override string Kind { get { return "morphology"; } }
        protected override string[] PropertyNames { get { return Names; } }
        public string GeometryId;
        public string ColorFieldId;
        public string Colormap = "viridis";
        public double[] ColorLimits;
        /// <summary>1.1 (§8.14 rule 6): the initial camera; null: §8.14 rule 2's.</summary>
        public Camera Camera;

        public static new MorphologyView FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "MorphologyView");
            var v = new MorphologyView
            {
                Id = r.Str("id"),
                GeometryId = r.Str("geometry_id"),
                ColorFieldId = r.OptStr("color_field_id"),
                Colormap = r.Str("colormap"),
                ColorLimits = r.OptLimits("color_limits"),
                Title = r.OptStr("title"),
                Bindings = ReadBindings(r),
                Camera = r.OptRecord("camera", Camera.FromTree),
            };
            v.CheckBindings(path);
            return v;
        }

        public override MsgMap ToTree()
        {
            return new RecordWriter(Kind).Put("id", Id).Put("geometry_id", GeometryId).Opt("color_field_id", ColorFieldId)
                .Put("colormap", Colormap).Opt("color_limits", RecordWriter.Limits(ColorLimits)).Opt("title", Title)
                .Put("bindings", BindingsTree()).Opt("camera", Camera == null ? null : Camera.ToTree()).Map;
        }
    }
}
