// The scene model: fields, geometries, views, controls, actions, operators, layout.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    static class Dtypes
    {
        public static readonly string[] Numeric =
            { "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32", "float64" };
        public static readonly string[] Floats = { "float32", "float64" };
        public static readonly string[] Colors = { "uint8", "float32" };

        public static NdArray Coord(object v, string path) { return Rd.AsArray(v, path, Numeric, 1, null); }
    }

    /// <summary>A labelled n-d array, the primary data primitive of a scene.</summary>
    public sealed class Field
    {
        public string Id;
        public NdArray Values;
        public List<string> Dims = new List<string>();
        /// <summary>dim -> 1-D numeric array as long as that axis.</summary>
        public Dictionary<string, NdArray> Coords = new Dictionary<string, NdArray>();
        public string Unit;
        public MsgMap Attrs = new MsgMap();

        public static Field FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "Field");
            var f = new Field
            {
                Id = r.Str("id"),
                Values = r.Array("values"),
                Dims = r.StrList("dims"),
                Coords = r.MapOf("coords", Dtypes.Coord),
                Unit = r.OptStr("unit"),
                Attrs = r.AnyMap("attrs"),
            };
            f.Check(path);
            return f;
        }

        public void Check(string path = "")
        {
            CheckCoords(path, Id, Values, Dims, Coords);
        }

        /// <summary>Dims name every axis once; every coord is 1-D and as long as its axis.</summary>
        public static void CheckCoords(string path, string id, NdArray values, List<string> dims, Dictionary<string, NdArray> coords)
        {
            if (dims.Count != values.Ndim)
                throw Err.Invalid(path, "field '" + id + "': " + dims.Count + " dims for a " + values.Ndim + "-d array");
            if (new HashSet<string>(dims).Count != dims.Count)
                throw Err.Invalid(path, "field '" + id + "': dims repeat a name");
            var shape = values.LongShape;
            foreach (var kv in coords)
            {
                int axis = dims.IndexOf(kv.Key);
                if (axis < 0) throw Err.Invalid(path, "field '" + id + "': coords for '" + kv.Key + "', which is not one of its dims");
                if (kv.Value.Ndim != 1 || kv.Value.LongShape[0] != shape[axis])
                    throw Err.Invalid(path, "field '" + id + "': coords for '" + kv.Key + "' do not match its axis length " + shape[axis]);
            }
        }

        public MsgMap ToTree()
        {
            return new Wr().Put("id", Id).Put("values", Values).Put("dims", Wr.Strs(Dims))
                .Put("coords", Wr.MapOf(Coords, a => (object)a)).Opt("unit", Unit).Put("attrs", Attrs).Map;
        }
    }

    // ---------------------------------------------------------------- geometries

    /// <summary>What a view draws on; told apart by <see cref="Kind"/>.</summary>
    public abstract class Geometry
    {
        public string Id;
        public abstract string Kind { get; }
        public abstract MsgMap ToTree();

        public static Geometry FromTree(object tree, string path)
        {
            string kind = VariantKind(tree, path);
            switch (kind)
            {
                case "morphology": return MorphologyGeometry.FromTree(tree, path);
                case "grid": return GridGeometry.FromTree(tree, path);
            }
            throw Err.Invalid(Err.Join(path, "kind"), "unknown kind '" + kind + "'; expected one of morphology, grid");
        }

        /// <summary>The "kind" of a variant element: missing -> missing_field, not a string -> wrong_type.</summary>
        internal static string VariantKind(object tree, string path)
        {
            var map = Rd.AsMap(tree, path);
            object kind;
            if (!map.TryGetValue("kind", out kind)) throw Err.Missing(path, "kind");
            return Rd.AsStr(kind, Err.Join(path, "kind"));
        }
    }

    /// <summary>A neuron as n segments: centre, orientation, radius, length, where in its section.</summary>
    public sealed class MorphologyGeometry : Geometry
    {
        public override string Kind { get { return "morphology"; } }
        /// <summary>(n, 3) float32/float64.</summary>
        public NdArray Positions;
        /// <summary>(n, 3, 3) float32/float64.</summary>
        public NdArray Orientations;
        public NdArray Radii, Lengths, Xlocs;
        public List<string> EntityIds = new List<string>();
        public List<string> SectionNames = new List<string>();
        /// <summary>Optional (n, 4) uint8 or float32.</summary>
        public NdArray Colors;
        public List<string> Labels;

        public int SegmentCount { get { return EntityIds.Count; } }

        public static new MorphologyGeometry FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "MorphologyGeometry");
            var g = new MorphologyGeometry
            {
                Id = r.Str("id"),
                Positions = r.Array("positions", Dtypes.Floats, 2, new[] { 3 }),
                Orientations = r.Array("orientations", Dtypes.Floats, 3, new[] { 3, 3 }),
                Radii = r.Array("radii", Dtypes.Floats, 1),
                Lengths = r.Array("lengths", Dtypes.Floats, 1),
                Xlocs = r.Array("xlocs", Dtypes.Floats, 1),
                EntityIds = r.StrList("entity_ids"),
                SectionNames = r.StrList("section_names"),
                Colors = r.OptArray("colors", Dtypes.Colors, 2, new[] { 4 }),
                Labels = r.OptStrList("labels"),
            };
            g.Check(path);
            return g;
        }

        public void Check(string path = "")
        {
            long n = EntityIds.Count;
            var wrong = new List<string>();
            Action<string, long> size = (name, len) => { if (len != n) wrong.Add(len + " " + name); };
            size("positions", Positions.Length);
            size("orientations", Orientations.Length);
            size("radii", Radii.Length);
            size("lengths", Lengths.Length);
            size("xlocs", Xlocs.Length);
            size("section_names", SectionNames.Count);
            if (Colors != null) size("colors", Colors.Length);
            if (Labels != null) size("labels", Labels.Count);
            if (wrong.Count > 0)
                throw Err.Invalid(path, "morphology '" + Id + "': " + n + " entity_ids but " + string.Join(", ", wrong));
        }

        public override MsgMap ToTree()
        {
            return new Wr(Kind).Put("id", Id).Put("positions", Positions).Put("orientations", Orientations)
                .Put("radii", Radii).Put("lengths", Lengths).Put("xlocs", Xlocs)
                .Put("entity_ids", Wr.Strs(EntityIds)).Put("section_names", Wr.Strs(SectionNames))
                .Opt("colors", Colors).Opt("labels", Wr.Strs(Labels)).Map;
        }
    }

    /// <summary>A rectilinear 2-D grid: two named dims, each with 1-D coordinates.</summary>
    public sealed class GridGeometry : Geometry
    {
        public override string Kind { get { return "grid"; } }
        public List<string> Dims = new List<string>();
        public Dictionary<string, NdArray> Coords = new Dictionary<string, NdArray>();

        public static new GridGeometry FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "GridGeometry");
            var g = new GridGeometry
            {
                Id = r.Str("id"),
                Dims = r.StrList("dims"),
                Coords = r.MapOf("coords", Dtypes.Coord),
            };
            g.Check(path);
            return g;
        }

        public void Check(string path = "")
        {
            if (Dims.Count != 2 || Dims[0] == Dims[1])
                throw Err.Invalid(path, "grid '" + Id + "': needs two distinct dims");
            if (Coords.Count != 2 || !Coords.ContainsKey(Dims[0]) || !Coords.ContainsKey(Dims[1]))
                throw Err.Invalid(path, "grid '" + Id + "': coords must be exactly its dims");
            foreach (var kv in Coords)
                if (kv.Value.Ndim != 1) throw Err.Invalid(path, "grid '" + Id + "': coords for '" + kv.Key + "' must be 1-D");
        }

        public override MsgMap ToTree()
        {
            return new Wr(Kind).Put("id", Id).Put("dims", Wr.Strs(Dims)).Put("coords", Wr.MapOf(Coords, a => (object)a)).Map;
        }
    }

    // ---------------------------------------------------------------- views

    /// <summary>How a frontend shows fields. <see cref="Bindings"/>: property name -> frontend state key.</summary>
    public abstract class View
    {
        public string Id;
        public string Title;
        public Dictionary<string, string> Bindings = new Dictionary<string, string>();
        public abstract string Kind { get; }
        public abstract MsgMap ToTree();
        /// <summary>Wire field names of this view kind (what a binding may name).</summary>
        protected abstract string[] PropertyNames { get; }

        public static View FromTree(object tree, string path)
        {
            string kind = Geometry.VariantKind(tree, path);
            switch (kind)
            {
                case "morphology": return MorphologyView.FromTree(tree, path);
                case "surface": return SurfaceView.FromTree(tree, path);
                case "line_plot": return LinePlotView.FromTree(tree, path);
                case "state_graph": return StateGraphView.FromTree(tree, path);
            }
            throw Err.Invalid(Err.Join(path, "kind"), "unknown kind '" + kind + "'; expected one of morphology, surface, line_plot, state_graph");
        }

        internal static Dictionary<string, string> ReadBindings(Rd r)
        {
            return r.MapOf("bindings", Rd.AsStr);
        }

        internal MsgMap BindingsTree() { return Wr.MapOf(Bindings, s => (object)s); }

        protected void CheckBindings(string path)
        {
            // a property of the view, or a line plot's "selectors.<dim>" (spec 8.3.1)
            bool hasSelectors = Array.IndexOf(PropertyNames, "selectors") >= 0;
            foreach (var prop in Bindings.Keys)
            {
                bool property = prop != "id" && prop != "bindings" && Array.IndexOf(PropertyNames, prop) >= 0;
                bool selector = hasSelectors && prop.StartsWith("selectors.", StringComparison.Ordinal) && prop.Length > "selectors.".Length;
                if (!property && !selector)
                    throw Err.Invalid(path, "view '" + Id + "': binding for unknown property '" + prop + "'");
            }
        }

        internal static bool Positive(double? v) { return !v.HasValue || v.Value > 0; }
    }

    /// <summary>A morphology geometry drawn in 3-D, coloured by a per-segment field.</summary>
    public sealed class MorphologyView : View
    {
        static readonly string[] Names = { "id", "geometry_id", "color_field_id", "colormap", "color_limits", "title", "bindings" };
        public override string Kind { get { return "morphology"; } }
        protected override string[] PropertyNames { get { return Names; } }
        public string GeometryId;
        public string ColorFieldId;
        public string Colormap = "viridis";
        public double[] ColorLimits;

        public static new MorphologyView FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "MorphologyView");
            var v = new MorphologyView
            {
                Id = r.Str("id"),
                GeometryId = r.Str("geometry_id"),
                ColorFieldId = r.OptStr("color_field_id"),
                Colormap = r.Str("colormap"),
                ColorLimits = r.OptLimits("color_limits"),
                Title = r.OptStr("title"),
                Bindings = ReadBindings(r),
            };
            v.CheckBindings(path);
            return v;
        }

        public override MsgMap ToTree()
        {
            return new Wr(Kind).Put("id", Id).Put("geometry_id", GeometryId).Opt("color_field_id", ColorFieldId)
                .Put("colormap", Colormap).Opt("color_limits", Wr.Range(ColorLimits)).Opt("title", Title)
                .Put("bindings", BindingsTree()).Map;
        }
    }

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
            var r = new Rd(tree, path, "SurfaceView");
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
                throw Err.Invalid(path, "view '" + v.Id + "': shading '" + v.Shading + "' is not one of smooth, flat, none");
            v.CheckBindings(path);
            return v;
        }

        public override MsgMap ToTree()
        {
            return new Wr(Kind).Put("id", Id).Put("grid_id", GridId).Put("height_field_id", HeightFieldId)
                .Opt("color_field_id", ColorFieldId).Put("colormap", Colormap).Opt("color_limits", Wr.Range(ColorLimits))
                .Put("shading", Shading).Put("show_axes", ShowAxes).Opt("title", Title).Put("bindings", BindingsTree()).Map;
        }
    }

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
        public Dictionary<string, long> Selectors = new Dictionary<string, long>();
        public List<string> SeriesLabels;
        public string XLabel, YLabel, XUnit, YUnit;
        public double? RollingWindow;
        public double[] YLimits;

        public static new LinePlotView FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "LinePlotView");
            var v = new LinePlotView
            {
                Id = r.Str("id"),
                FieldId = r.Str("field_id"),
                XDim = r.Str("x_dim"),
                SeriesDim = r.OptStr("series_dim"),
                Selectors = r.MapOf("selectors", (o, p) => Rd.AsInt(o, p, 0)),
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
                throw Err.Invalid(path, "view '" + v.Id + "': series_dim and x_dim are both '" + v.XDim + "'");
            if (!Positive(v.RollingWindow))
                throw Err.Invalid(path, "view '" + v.Id + "': rolling_window must be positive");
            v.CheckBindings(path);
            return v;
        }

        public override MsgMap ToTree()
        {
            return new Wr(Kind).Put("id", Id).Put("field_id", FieldId).Put("x_dim", XDim).Opt("series_dim", SeriesDim)
                .Put("selectors", Wr.MapOf(Selectors, n => (object)n)).Opt("series_labels", Wr.Strs(SeriesLabels))
                .Opt("x_label", XLabel).Opt("y_label", YLabel).Opt("x_unit", XUnit).Opt("y_unit", YUnit)
                .OptFloat("rolling_window", RollingWindow).Opt("y_limits", Wr.Range(YLimits)).Opt("title", Title)
                .Put("bindings", BindingsTree()).Map;
        }
    }

    /// <summary>A node of a state graph, coloured by a scalar field when <see cref="FieldId"/> is set.</summary>
    public sealed class GraphNode
    {
        public string Id, Label, FieldId;
        public double[] Position;

        public static GraphNode FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "GraphNode");
            return new GraphNode { Id = r.Str("id"), Label = r.OptStr("label"), FieldId = r.OptStr("field_id"), Position = r.OptRange("position") };
        }

        public MsgMap ToTree()
        {
            return new Wr().Put("id", Id).Opt("label", Label).Opt("field_id", FieldId).Opt("position", Wr.Range(Position)).Map;
        }
    }

    /// <summary>A directed edge between two nodes.</summary>
    public sealed class GraphEdge
    {
        public string Source, Target, Label, FieldId;

        public static GraphEdge FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "GraphEdge");
            return new GraphEdge { Source = r.Str("source"), Target = r.Str("target"), Label = r.OptStr("label"), FieldId = r.OptStr("field_id") };
        }

        public MsgMap ToTree()
        {
            return new Wr().Put("source", Source).Put("target", Target).Opt("label", Label).Opt("field_id", FieldId).Map;
        }
    }

    /// <summary>Nodes and edges (e.g. channel states) coloured by fields.</summary>
    public sealed class StateGraphView : View
    {
        static readonly string[] Names = { "id", "nodes", "edges", "colormap", "color_limits", "title", "bindings" };
        public override string Kind { get { return "state_graph"; } }
        protected override string[] PropertyNames { get { return Names; } }
        public List<GraphNode> Nodes = new List<GraphNode>();
        public List<GraphEdge> Edges = new List<GraphEdge>();
        public string Colormap = "viridis";
        public double[] ColorLimits;

        public static new StateGraphView FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "StateGraphView");
            var v = new StateGraphView
            {
                Id = r.Str("id"),
                Nodes = r.List("nodes", GraphNode.FromTree),
                Edges = r.List("edges", GraphEdge.FromTree),
                Colormap = r.Str("colormap"),
                ColorLimits = r.OptLimits("color_limits"),
                Title = r.OptStr("title"),
                Bindings = ReadBindings(r),
            };
            var ids = new HashSet<string>();
            foreach (var n in v.Nodes)
                if (!ids.Add(n.Id)) throw Err.Invalid(path, "view '" + v.Id + "': node ids repeat");
            foreach (var e in v.Edges)
                if (!ids.Contains(e.Source) || !ids.Contains(e.Target))
                    throw Err.Invalid(path, "view '" + v.Id + "': edge '" + e.Source + "'->'" + e.Target + "' names an unknown node");
            v.CheckBindings(path);
            return v;
        }

        public override MsgMap ToTree()
        {
            return new Wr(Kind).Put("id", Id).Put("nodes", Wr.Trees(Nodes, n => (object)n.ToTree()))
                .Put("edges", Wr.Trees(Edges, e => (object)e.ToTree())).Put("colormap", Colormap)
                .Opt("color_limits", Wr.Range(ColorLimits)).Opt("title", Title).Put("bindings", BindingsTree()).Map;
        }
    }

    // ---------------------------------------------------------------- controls

    /// <summary>What values a control takes; told apart by <see cref="Kind"/>.</summary>
    public abstract class ValueSpec
    {
        public abstract string Kind { get; }
        public abstract MsgMap ToTree();
        /// <summary>Whether a control value (generic tree value) fits this spec.</summary>
        public abstract bool Accepts(object value);

        public static ValueSpec FromTree(object tree, string path)
        {
            string kind = Geometry.VariantKind(tree, path);
            switch (kind)
            {
                case "scalar": return ScalarSpec.FromTree(tree, path);
                case "choice": return ChoiceSpec.FromTree(tree, path);
                case "bool": return BoolSpec.FromTree(tree, path);
                case "xy": return XYSpec.FromTree(tree, path);
            }
            throw Err.Invalid(Err.Join(path, "kind"), "unknown kind '" + kind + "'; expected one of scalar, choice, bool, xy");
        }
    }

    /// <summary>A number between Min and Max; whole numbers only when Integer.</summary>
    public sealed class ScalarSpec : ValueSpec
    {
        public override string Kind { get { return "scalar"; } }
        public double Min, Max;
        public bool Integer;
        public double? Step;

        public static new ScalarSpec FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "ScalarSpec");
            var s = new ScalarSpec { Min = r.Float("min"), Max = r.Float("max"), Integer = r.Bool("integer"), Step = r.OptFloat("step") };
            if (!(s.Min < s.Max)) throw Err.Invalid(path, "scalar spec: min " + s.Min + " must be below max " + s.Max);
            if (s.Step.HasValue && !(s.Step.Value > 0)) throw Err.Invalid(path, "scalar spec: step must be positive");
            return s;
        }

        public override bool Accepts(object value)
        {
            if (!Err.IsNumber(value)) return false;
            double v = Err.ToDouble(value);
            if (Integer && value is double && !(Math.Floor(v) == v && !double.IsInfinity(v))) return false;
            return Min <= v && v <= Max;
        }

        public override MsgMap ToTree()
        {
            return new Wr(Kind).Float("min", Min).Float("max", Max).Put("integer", Integer).OptFloat("step", Step).Map;
        }
    }

    /// <summary>One string out of Options.</summary>
    public sealed class ChoiceSpec : ValueSpec
    {
        public override string Kind { get { return "choice"; } }
        public List<string> Options = new List<string>();

        public static new ChoiceSpec FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "ChoiceSpec");
            var s = new ChoiceSpec { Options = r.StrList("options") };
            if (s.Options.Count == 0) throw Err.Invalid(path, "choice spec: options must not be empty");
            if (new HashSet<string>(s.Options, StringComparer.Ordinal).Count != s.Options.Count)
                throw Err.Invalid(path, "choice spec: options repeat");
            return s;
        }

        public override bool Accepts(object value)
        {
            var s = value as string;
            return s != null && Options.Contains(s);
        }

        public override MsgMap ToTree() { return new Wr(Kind).Put("options", Wr.Strs(Options)).Map; }
    }

    /// <summary>On or off.</summary>
    public sealed class BoolSpec : ValueSpec
    {
        public override string Kind { get { return "bool"; } }

        public static new BoolSpec FromTree(object tree, string path)
        {
            new Rd(tree, path, "BoolSpec");
            return new BoolSpec();
        }

        public override bool Accepts(object value) { return value is bool; }
        public override MsgMap ToTree() { return new Wr(Kind).Map; }
    }

    /// <summary>A point [x, y] inside two ranges.</summary>
    public sealed class XYSpec : ValueSpec
    {
        public override string Kind { get { return "xy"; } }
        public double[] XRange, YRange;

        public static new XYSpec FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "XYSpec");
            return new XYSpec { XRange = r.Limits("x_range"), YRange = r.Limits("y_range") };
        }

        public override bool Accepts(object value)
        {
            var list = value as List<object>;
            if (list == null || list.Count != 2 || !Err.IsNumber(list[0]) || !Err.IsNumber(list[1])) return false;
            double x = Err.ToDouble(list[0]), y = Err.ToDouble(list[1]);
            return XRange[0] <= x && x <= XRange[1] && YRange[0] <= y && y <= YRange[1];
        }

        public override MsgMap ToTree()
        {
            return new Wr(Kind).Put("x_range", Wr.Range(XRange)).Put("y_range", Wr.Range(YRange)).Map;
        }
    }

    /// <summary>A value a person sets; sent as set_control when SendToSession.</summary>
    public sealed class Control
    {
        public string Id, Label;
        public ValueSpec Spec;
        /// <summary>A free-form value that fits <see cref="Spec"/>.</summary>
        public object Value;
        public bool SendToSession = true;

        public static Control FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "Control");
            var c = new Control
            {
                Id = r.Str("id"),
                Label = r.Str("label"),
                Spec = r.Record("spec", ValueSpec.FromTree),
                Value = r.Any("value"),
                SendToSession = r.Bool("send_to_session"),
            };
            if (!c.Spec.Accepts(c.Value))
                throw Err.Invalid(path, "control '" + c.Id + "': value does not fit its " + c.Spec.Kind + " spec");
            return c;
        }

        public MsgMap ToTree()
        {
            return new Wr().Put("id", Id).Put("label", Label).Put("spec", Spec.ToTree()).PutAny("value", Value)
                .Put("send_to_session", SendToSession).Map;
        }
    }

    /// <summary>A button or key (an "action" on the wire): sends invoke_action with Payload. Named SceneAction to stay clear of System.Action.</summary>
    public sealed class SceneAction
    {
        public string Id, Label;
        public MsgMap Payload = new MsgMap();
        public List<string> Shortcuts = new List<string>();

        public static SceneAction FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "Action");
            return new SceneAction { Id = r.Str("id"), Label = r.Str("label"), Payload = r.AnyMap("payload"), Shortcuts = r.StrList("shortcuts") };
        }

        public MsgMap ToTree()
        {
            return new Wr().Put("id", Id).Put("label", Label).Put("payload", Payload).Put("shortcuts", Wr.Strs(Shortcuts)).Map;
        }
    }

    /// <summary>A session-side instrument or transform the frontend shows; Kind is free text.</summary>
    public sealed class Operator
    {
        public string Id, Kind;
        public List<string> Inputs = new List<string>();
        public string Output;
        public MsgMap Params = new MsgMap();

        public static Operator FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "Operator");
            return new Operator
            {
                Id = r.Str("id"),
                Kind = r.Str("kind"),
                Inputs = r.StrList("inputs"),
                Output = r.OptStr("output"),
                Params = r.AnyMap("params"),
            };
        }

        public MsgMap ToTree()
        {
            return new Wr().Put("id", Id).Put("kind", Kind).Put("inputs", Wr.Strs(Inputs)).Opt("output", Output).Put("params", Params).Map;
        }
    }

    // ---------------------------------------------------------------- layout

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
            var r = new Rd(tree, path, "Panel");
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
                throw Err.Invalid(path, "panel '" + p.Id + "': kind '" + p.Kind + "' is not one of " + string.Join(", ", Kinds));
            return p;
        }

        public MsgMap ToTree()
        {
            return new Wr().Put("id", Id).Put("kind", Kind).Opt("title", Title).Put("view_ids", Wr.Strs(ViewIds))
                .Put("control_ids", Wr.Strs(ControlIds)).Put("action_ids", Wr.Strs(ActionIds)).Map;
        }

        /// <summary>Panel ids are unique and the grid (rows of equal width) names only panels that exist.</summary>
        public static void CheckPanels(string path, List<Panel> panels, List<List<string>> grid)
        {
            var ids = new HashSet<string>();
            foreach (var p in panels)
                if (!ids.Add(p.Id)) throw Err.Invalid(path, "layout: panel id '" + p.Id + "' is used twice");
            if (grid == null) return;
            if (grid.Count == 0 || grid.Exists(row => row.Count == 0))
                throw Err.Invalid(path, "layout: panel_grid needs at least one row, and every row at least one cell");
            var widths = new HashSet<int>();
            foreach (var row in grid) widths.Add(row.Count);
            if (widths.Count > 1) throw Err.Invalid(path, "layout: panel_grid rows differ in length");
            foreach (var row in grid)
                foreach (var pid in row)
                    if (!ids.Contains(pid)) throw Err.Invalid(path, "layout: panel_grid names unknown panel '" + pid + "'");
        }

        internal static List<List<string>> ReadGrid(object v, string path)
        {
            return Rd.AsList(v, path, Rd.AsStrList);
        }
    }

    /// <summary>Title, panels and an optional grid (rows of panel ids; a repeated id spans).</summary>
    public sealed class Layout
    {
        public string Title;
        public List<Panel> Panels = new List<Panel>();
        public List<List<string>> PanelGrid;

        public static Layout FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "Layout");
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
            return new Wr().Opt("title", Title).Put("panels", Wr.Trees(Panels, p => (object)p.ToTree()))
                .Opt("panel_grid", Wr.Grid(PanelGrid)).Map;
        }
    }

    // ---------------------------------------------------------------- scene

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

        public static Scene FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "Scene");
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
            };
            s.Check(path);
            return s;
        }

        static HashSet<string> Unique(string path, string what, IEnumerable<string> ids)
        {
            var seen = new HashSet<string>();
            foreach (var id in ids)
                if (!seen.Add(id)) throw Err.Invalid(path, "scene: " + what + " id '" + id + "' is used twice");
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
                    if (!fields.Contains(input)) throw Err.Invalid(path, "operator '" + op.Id + "': input field '" + input + "' is not in the scene");
            if (Layout != null)
                foreach (var panel in Layout.Panels)
                {
                    foreach (var id in panel.ViewIds)
                        if (!views.Contains(id)) throw Err.Invalid(path, "panel '" + panel.Id + "': view '" + id + "' is not in the scene");
                    foreach (var id in panel.ControlIds)
                        if (!controls.Contains(id)) throw Err.Invalid(path, "panel '" + panel.Id + "': control '" + id + "' is not in the scene");
                    foreach (var id in panel.ActionIds)
                        if (!actions.Contains(id)) throw Err.Invalid(path, "panel '" + panel.Id + "': action '" + id + "' is not in the scene");
                }
        }

        static void CheckViewRefs(string path, View view, HashSet<string> fields, Dictionary<string, Geometry> geoms)
        {
            Action<string, string> needField = (id, role) =>
            {
                if (id != null && !fields.Contains(id))
                    throw Err.Invalid(path, "view '" + view.Id + "': " + role + " field '" + id + "' is not in the scene");
            };
            Action<string, string> needGeom = (id, kind) =>
            {
                Geometry g;
                if (!geoms.TryGetValue(id, out g)) throw Err.Invalid(path, "view '" + view.Id + "': geometry '" + id + "' is not in the scene");
                if (g.Kind != kind) throw Err.Invalid(path, "view '" + view.Id + "': geometry '" + id + "' is a " + g.Kind + ", expected " + kind);
            };
            var mv = view as MorphologyView;
            if (mv != null) { needGeom(mv.GeometryId, "morphology"); needField(mv.ColorFieldId, "colour"); return; }
            var sv = view as SurfaceView;
            if (sv != null) { needGeom(sv.GridId, "grid"); needField(sv.HeightFieldId, "height"); needField(sv.ColorFieldId, "colour"); return; }
            var lv = view as LinePlotView;
            if (lv != null) { needField(lv.FieldId, "plotted"); return; }
            var gv = view as StateGraphView;
            if (gv != null)
            {
                foreach (var n in gv.Nodes) needField(n.FieldId, "node '" + n.Id + "' colour");
                foreach (var e in gv.Edges) needField(e.FieldId, "edge colour");
            }
        }

        public MsgMap ToTree()
        {
            return new Wr()
                .Put("fields", Wr.Trees(Fields, f => (object)f.ToTree()))
                .Put("geometries", Wr.Trees(Geometries, g => (object)g.ToTree()))
                .Put("views", Wr.Trees(Views, v => (object)v.ToTree()))
                .Put("operators", Wr.Trees(Operators, o => (object)o.ToTree()))
                .Put("controls", Wr.Trees(Controls, c => (object)c.ToTree()))
                .Put("actions", Wr.Trees(Actions, a => (object)a.ToTree()))
                .Opt("layout", Layout == null ? null : Layout.ToTree())
                .Put("metadata", Metadata).Map;
        }
    }
}
