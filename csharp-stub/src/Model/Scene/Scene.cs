// Scene: Everything a frontend needs to draw a session; cross-references checked on decode.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>Everything a frontend needs to draw a session; cross-references checked on decode.</summary>
    public sealed class Scene
    {
        public List<Field> Fields = new List<Field>();
        public List<Geometry> Geometries = new List<Geometry>();
        public List<View> Views = new List<View>();
        public List<Operator> Operators = new List<Operator>();
        public List<Control> Controls = new List<Control>();
        public List<SceneAction> Actions = new List<SceneAction>();
        public Layout Layout;
        public MsgMap Metadata = new MsgMap();
        /// <summary>1.1 (§8.12): the unit of a tick's time (§7.12), e.g. "ms"; null: unstated.</summary>
        public string TimeUnit;

        public static Scene FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "Scene");
            var s = new Scene
            {
                Fields = r.List("fields", Field.FromTree),
                Geometries = r.List("geometries", Geometry.FromTree),
                Views = r.List("views", View.FromTree),
                Operators = r.List("operators", Operator.FromTree),
                Controls = r.List("controls", Control.FromTree),
                Actions = r.List("actions", SceneAction.FromTree),
                Layout = r.OptRecord("layout", Layout.FromTree),
                Metadata = r.AnyMap("metadata"),
                TimeUnit = r.OptStr("time_unit"),
            };
            s.Check(path);
            return s;
        }

        static HashSet<string> Unique(string path, string what, IEnumerable<string> ids)
        {
            var seen = new HashSet<string>();
            foreach (var id in ids)
                if (!seen.Add(id)) throw RecordErrors.Invalid(path, "scene: " + what + " id '" + id + "' is used twice");
            return seen;
        }

        static IEnumerable<string> Ids<T>(List<T> items, Func<T, string> id) { foreach (var i in items) yield return id(i); }

        public void Check(string path = "")
        {
            var fields = Unique(path, "fields", Ids(Fields, f => f.Id));
            Unique(path, "geometries", Ids(Geometries, g => g.Id));
            var views = Unique(path, "views", Ids(Views, v => v.Id));
            Unique(path, "operators", Ids(Operators, o => o.Id));
            var controls = Unique(path, "controls", Ids(Controls, c => c.Id));
            var actions = Unique(path, "actions", Ids(Actions, a => a.Id));
            var geoms = new Dictionary<string, Geometry>();
            foreach (var g in Geometries) geoms[g.Id] = g;
            foreach (var view in Views) CheckViewRefs(path, view, fields, geoms);
            foreach (var op in Operators)
                foreach (var input in op.Inputs)
                    if (!fields.Contains(input)) throw RecordErrors.Invalid(path, "operator '" + op.Id + "': input field '" + input + "' is not in the scene");
            if (Layout != null)
                foreach (var panel in Layout.Panels)
                {
                    foreach (var id in panel.ViewIds)
                        if (!views.Contains(id)) throw RecordErrors.Invalid(path, "panel '" + panel.Id + "': view '" + id + "' is not in the scene");
                    foreach (var id in panel.ControlIds)
                        if (!controls.Contains(id)) throw RecordErrors.Invalid(path, "panel '" + panel.Id + "': control '" + id + "' is not in the scene");
                    foreach (var id in panel.ActionIds)
                        if (!actions.Contains(id)) throw RecordErrors.Invalid(path, "panel '" + panel.Id + "': action '" + id + "' is not in the scene");
                }
        }

        static void CheckViewRefs(string path, View view, HashSet<string> fields, Dictionary<string, Geometry> geoms)
        {
            Action<string, string> needField = (id, role) =>
            {
                if (id != null && !fields.Contains(id))
                    throw RecordErrors.Invalid(path, "view '" + view.Id + "': " + role + " field '" + id + "' is not in the scene");
            };
            Action<string, string> needGeom = (id, kind) =>
            {
                Geometry g;
                if (!geoms.TryGetValue(id, out g)) throw RecordErrors.Invalid(path, "view '" + view.Id + "': geometry '" + id + "' is not in the scene");
                if (g.Kind != kind) throw RecordErrors.Invalid(path, "view '" + view.Id + "': geometry '" + id + "' is a " + g.Kind + ", expected " + kind);
            };
            var mv = view as MorphologyView;
            if (mv != null) { needGeom(mv.GeometryId, "morphology"); needField(mv.ColorFieldId, "colour"); return; }
            var sv = view as SurfaceView;
            if (sv != null) { needGeom(sv.GridId, "grid"); needField(sv.HeightFieldId, "height"); needField(sv.ColorFieldId, "colour"); return; }
            var lv = view as LinePlotView;
            if (lv != null) { needField(lv.FieldId, "plotted"); return; }
            var rv = view as RasterView;
            if (rv != null) { needField(rv.FieldId, "plotted"); return; }
            var iv = view as ImageView;
            if (iv != null) { needField(iv.FieldId, "plotted"); return; }
            var gv = view as StateGraphView;
            if (gv != null)
            {
                foreach (var n in gv.Nodes) needField(n.FieldId, "node '" + n.Id + "' colour");
                foreach (var e in gv.Edges) needField(e.FieldId, "edge colour");
            }
        }

        public MsgMap ToTree()
        {
            return new RecordWriter()
                .Put("fields", RecordWriter.Trees(Fields, f => (object)f.ToTree()))
                .Put("geometries", RecordWriter.Trees(Geometries, g => (object)g.ToTree()))
                .Put("views", RecordWriter.Trees(Views, v => (object)v.ToTree()))
                .Put("operators", RecordWriter.Trees(Operators, o => (object)o.ToTree()))
                .Put("controls", RecordWriter.Trees(Controls, c => (object)c.ToTree()))
                .Put("actions", RecordWriter.Trees(Actions, a => (object)a.ToTree()))
                .Opt("layout", Layout == null ? null : Layout.ToTree())
                .Put("metadata", Metadata).Opt("time_unit", TimeUnit).Map;
        }
    }
}
