// Applies every update kind to the scene a renderer draws: the C# mirror of the Python SceneState.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>
    /// The scene as the updates received so far have shaped it, its effective layout (the scene's
    /// own, or the default of spec §8.11), the frontend state, and the last status and error. The
    /// rules are the Python reference's <c>scenewire.state.scene_state.SceneState</c>, and the state
    /// vectors of <c>conformance/state/</c> hold both to them.
    /// <para>
    /// <see cref="Apply"/> keeps nothing that views a received frame, so a consumer may
    /// <see cref="Message.Release"/> each message once applied: a <c>field_replace</c> is copied
    /// into the field's own buffer (reused while the size stays, so a steady stream allocates no
    /// array); a <c>field_append</c> along a field's first dim (or a dim with only sizes of 1 before it)
    /// grows a buffer with room to spare (a copy of the new entries per append, as the reference's
    /// <c>GrowBuffer</c>), along any other dim it copies the field (docs/unity.md); a <c>scene_ready</c>
    /// keeps its frame for good (<see cref="Message.Keep"/>). A field's <c>Values</c> is valid until
    /// the next update of that field.
    /// </para>
    /// </summary>
    public sealed class SceneState
    {
        // Property names a patch may set, by view kind (and "control"); required ones cannot be unset.
        static readonly Dictionary<string, string[]> Required = new Dictionary<string, string[]>
        {
            { "morphology", new[] { "geometry_id", "colormap", "bindings" } },
            { "surface", new[] { "grid_id", "height_field_id", "colormap", "shading", "show_axes", "bindings" } },
            { "line_plot", new[] { "field_id", "x_dim", "selectors", "bindings" } },
            { "state_graph", new[] { "nodes", "edges", "colormap", "bindings" } },
            { "raster", new[] { "field_id", "event_dim", "marker", "bindings" } },
            { "image", new[] { "field_id", "x_dim", "y_dim", "colormap", "bindings" } },
            { "control", new[] { "label", "spec", "value", "send_to_session" } },
        };
        static readonly Dictionary<string, string[]> Optional = new Dictionary<string, string[]>
        {
            { "morphology", new[] { "color_field_id", "color_limits", "title", "camera" } },
            { "surface", new[] { "color_field_id", "color_limits", "title", "height_scale", "camera" } },
            { "line_plot", new[] { "series_dim", "series_labels", "x_label", "y_label", "x_unit", "y_unit", "rolling_window", "y_limits", "title" } },
            { "state_graph", new[] { "color_limits", "title" } },
            { "raster", new[] { "unit_count", "time_label", "time_unit", "unit_label", "rolling_window", "title" } },
            { "image", new[] { "color_limits", "x_label", "y_label", "x_unit", "y_unit", "value_label", "value_unit", "title" } },
            { "control", new string[0] },
        };

        Dictionary<string, Field> fields = new Dictionary<string, Field>(StringComparer.Ordinal);
        Dictionary<string, int> views = new Dictionary<string, int>(StringComparer.Ordinal);
        Dictionary<string, int> controls = new Dictionary<string, int>(StringComparer.Ordinal);
        Dictionary<string, Operator> operators = new Dictionary<string, Operator>(StringComparer.Ordinal);
        readonly HashSet<string> noted = new HashSet<string>(StringComparer.Ordinal);
        // Field id -> the buffer its values (or its append dim's coordinates) grow in along axis 0, with
        // the view last handed out: a field replaced or patched since starts a new buffer.
        readonly Dictionary<string, KeyValuePair<GrowBuffer, NdArray>> grownValues = new Dictionary<string, KeyValuePair<GrowBuffer, NdArray>>(StringComparer.Ordinal);
        readonly Dictionary<string, KeyValuePair<GrowBuffer, NdArray>> grownCoords = new Dictionary<string, KeyValuePair<GrowBuffer, NdArray>>(StringComparer.Ordinal);

        public Scene Scene { get; private set; }
        /// <summary>The effective layout: the scene's own, or the default of §8.11.</summary>
        public Layout Layout { get; private set; } = new Layout();
        public MsgMap FrontendState { get; private set; } = new MsgMap();
        /// <summary>The last <c>status</c> applied, without the <c>tick_end</c> it came with (§7.13: the line, not the tick).</summary>
        public Status Status { get; private set; }
        /// <summary>The last <c>error</c> applied, without the <c>tick_end</c> it came with (§7.13).</summary>
        public ErrorMessage LastError { get; private set; }

        static Status Untick(Status s) { return s.TickEnd == null ? s : new Status { Message = s.Message, TimeoutMs = s.TimeoutMs }; }
        static ErrorMessage Untick(ErrorMessage e) { return e.TickEnd == null ? e : new ErrorMessage { Message = e.Message, Code = e.Code }; }

        // ---- reading ----

        public Field Field(string fieldId)
        {
            Field f;
            if (!fields.TryGetValue(fieldId, out f)) throw new KeyNotFoundException("no field '" + fieldId + "' in the current scene");
            return f;
        }

        public View View(string viewId)
        {
            int index;
            if (Scene == null || !views.TryGetValue(viewId, out index)) throw new KeyNotFoundException("no view '" + viewId + "' in the current scene");
            return Scene.Views[index];
        }

        public Control Control(string controlId)
        {
            int index;
            if (Scene == null || !controls.TryGetValue(controlId, out index)) throw new KeyNotFoundException("no control '" + controlId + "' in the current scene");
            return Scene.Controls[index];
        }

        /// <summary>The view's wire tree with every binding resolved (§8.3.1): what a renderer draws.</summary>
        public MsgMap ResolvedView(string viewId)
        {
            View view = View(viewId);
            MsgMap tree = view.ToTree();
            foreach (var binding in view.Bindings)
            {
                if (binding.Key == "selectors" || binding.Key.StartsWith("selectors.", StringComparison.Ordinal)) continue;
                object value;
                if (Bound(view, binding.Key, out value)) tree[binding.Key] = value;
            }
            if (view is LinePlotView)
            {
                var selectors = Selectors(viewId);
                var keys = new List<string>(selectors.Keys);
                keys.Sort(StringComparer.Ordinal);
                var map = new MsgMap(keys.Count);
                foreach (var key in keys) map[key] = RecordWriter.Int(selectors[key]);
                tree["selectors"] = map;
            }
            return tree;
        }

        /// <summary>One view property with its binding resolved: the state value while set and fitting.</summary>
        public object ViewProperty(string viewId, string name)
        {
            object value;
            ResolvedView(viewId).TryGetValue(name, out value);
            return value;
        }

        /// <summary>A line plot's selectors: literal, then a bound <c>selectors</c> map, then each <c>selectors.&lt;dim&gt;</c>.</summary>
        public Dictionary<string, ulong> Selectors(string viewId)
        {
            var plot = View(viewId) as LinePlotView;
            var result = new Dictionary<string, ulong>(StringComparer.Ordinal);
            if (plot == null) return result;
            object bound;
            if (Bound(plot, "selectors", out bound))
                foreach (var kv in (MsgMap)bound) result[kv.Key] = kv.Value is ulong ? (ulong)kv.Value : (ulong)(long)kv.Value;
            else
                foreach (var kv in plot.Selectors) result[kv.Key] = kv.Value;
            foreach (var binding in plot.Bindings)
            {
                if (!binding.Key.StartsWith("selectors.", StringComparison.Ordinal)) continue;
                object value;
                if (!FrontendState.TryGetValue(binding.Value, out value)) continue;
                if (value is ulong) result[binding.Key.Substring("selectors.".Length)] = (ulong)value;
                else if (value is long && (long)value >= 0) result[binding.Key.Substring("selectors.".Length)] = (ulong)(long)value;
            }
            return result;
        }

        /// <summary>The state value bound to a property, as the property's wire type would decode it; false if unset or not fitting.</summary>
        bool Bound(View view, string property, out object value)
        {
            value = null;
            string key;
            object state;
            if (!view.Bindings.TryGetValue(property, out key) || !FrontendState.TryGetValue(key, out state)) return false;
            if (!IsProperty(view.Kind, property) || state == null) return false;
            MsgMap tree = view.ToTree();
            tree[property] = state;
            try
            {
                MsgMap decoded = global::Scenewire.Model.View.FromTree(tree, "").ToTree();
                return decoded.TryGetValue(property, out value);
            }
            catch (ProtocolException) { return false; } // a state value that does not fit is ignored
        }

        static bool IsProperty(string kind, string name)
        {
            string[] required, optional;
            return Required.TryGetValue(kind, out required) && (Array.IndexOf(required, name) >= 0
                || (Optional.TryGetValue(kind, out optional) && Array.IndexOf(optional, name) >= 0));
        }

        /// <summary>The whole state as a tree, in the shape of the state vectors (conformance/README.md).</summary>
        public MsgMap ToTree()
        {
            var tree = new MsgMap();
            tree["scene"] = Scene == null ? null : Scene.ToTree();
            tree["layout"] = Layout.ToTree();
            tree["frontend_state"] = FrontendState;
            var ids = new List<string>(views.Keys);
            ids.Sort(StringComparer.Ordinal);
            var resolved = new MsgMap();
            foreach (var id in ids) resolved[id] = ResolvedView(id);
            tree["views"] = resolved;
            tree["status"] = Status == null ? null : Status.ToTree();
            tree["error"] = LastError == null ? null : LastError.ToTree();
            return tree;
        }

        // ---- applying ----

        /// <summary>Apply one update; what it changed (refusals are <see cref="ApplyNote"/>s in <see cref="Changes.Errors"/>).</summary>
        public Changes Apply(Message update)
        {
            var changes = new Changes();
            try
            {
                if (update is SceneReady) ApplySceneReady((SceneReady)update, changes);
                else if (update is FieldReplace) ApplyFieldReplace((FieldReplace)update, changes);
                else if (update is FieldAppend) ApplyFieldAppend((FieldAppend)update, changes);
                else if (update is ScenePatch) ApplyScenePatch((ScenePatch)update, changes);
                else if (update is PanelPatch) ApplyPanelPatch((PanelPatch)update, changes);
                else if (update is LayoutReplace) ApplyLayoutReplace((LayoutReplace)update, changes);
                else if (update is StatePatch) SetState(((StatePatch)update).Updates, changes);
                else if (update is Status) { changes.Status = (Status)update; Status = Untick((Status)update); }
                else if (update is ErrorMessage) { changes.Errors.Add(update); LastError = Untick((ErrorMessage)update); }
                else if (update is AccessMessage) { } // 1.1: the server's message about the connection (spec 7.14), no note
                else if (update is RunStateMessage) { } // 1.1: the run's state (spec 7.15), outside every tick, no note
                else Note(changes, ApplyNote.DoesNotFit, update.Kind, null, "'" + update.Kind + "' is not an update kind");
            }
            catch (RefusedException refused)
            {
                string target = update is FieldReplace ? ((FieldReplace)update).FieldId
                    : update is FieldAppend ? ((FieldAppend)update).FieldId
                    : update is PanelPatch ? ((PanelPatch)update).PanelId : null;
                Note(changes, refused.Code, update.Kind, target, refused.Message);
            }
            return changes;
        }

        /// <summary>Apply in order; the merged changes.</summary>
        public Changes ApplyAll(IEnumerable<Message> updates)
        {
            var total = new Changes();
            foreach (var update in updates) total.Merge(Apply(update));
            return total;
        }

        /// <summary>A local change of frontend state (a click selects); null unsets the key.</summary>
        public Changes SetFrontendState(string key, object value)
        {
            var changes = new Changes();
            var updates = new MsgMap();
            updates[key] = value;
            SetState(updates, changes);
            return changes;
        }

        /// <summary>Report a refusal once per (code, update kind, target) until the next scene_ready.</summary>
        void Note(Changes changes, string code, string kind, string target, string message)
        {
            if (!noted.Add(code + "\u0000" + kind + "\u0000" + (target ?? "\u0001"))) return;
            changes.Errors.Add(new ApplyNote(code, message, kind, target));
        }

        Scene NeedScene()
        {
            if (Scene == null) throw new RefusedException(ApplyNote.UnknownId, "no scene yet (no scene_ready received)");
            return Scene;
        }

        void ApplySceneReady(SceneReady update, Changes changes)
        {
            update.Keep(); // the scene's arrays view the frame: it stays with them
            Scene scene = update.Scene;
            foreach (var key in FrontendState.Keys) changes.StateKeys.Add(key);
            FrontendState = new MsgMap();
            Scene = scene;
            fields = new Dictionary<string, Field>(StringComparer.Ordinal);
            foreach (var f in scene.Fields) fields[f.Id] = f;
            views = Index(scene.Views.ConvertAll(v => v.Id));
            controls = Index(scene.Controls.ConvertAll(c => c.Id));
            operators = new Dictionary<string, Operator>(StringComparer.Ordinal);
            foreach (var o in scene.Operators) operators[o.Id] = o;
            foreach (var c in scene.Controls) NormalizeControlValue(c);
            noted.Clear();
            grownValues.Clear();
            grownCoords.Clear();
            Layout = scene.Layout ?? DefaultLayout(scene);
            changes.Scene = changes.Layout = changes.Metadata = true;
        }

        static Dictionary<string, int> Index(List<string> ids)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < ids.Count; i++) index[ids[i]] = i;
            return index;
        }

        Field KnownField(string fieldId)
        {
            NeedScene();
            Field f;
            if (!fields.TryGetValue(fieldId, out f)) throw new RefusedException(ApplyNote.UnknownId, "no field '" + fieldId + "' in the scene");
            return f;
        }

        void ApplyFieldReplace(FieldReplace update, Changes changes)
        {
            Field f = KnownField(update.FieldId);
            NdArray values = update.Values;
            if (values.Ndim != f.Dims.Count)
                throw new RefusedException(ApplyNote.DoesNotFit, "field '" + f.Id + "': " + values.Ndim + "-d values for dims [" + string.Join(", ", f.Dims) + "]");
            var coords = new Dictionary<string, NdArray>(StringComparer.Ordinal);
            if (update.Coords != null)
            {
                foreach (var kv in update.Coords)
                {
                    int axis = f.Dims.IndexOf(kv.Key);
                    if (axis < 0) throw new RefusedException(ApplyNote.DoesNotFit, "field '" + f.Id + "': coords for '" + kv.Key + "', not one of its dims");
                    if (kv.Value.Ndim != 1 || kv.Value.Shape.LongAt(0) != values.Shape.LongAt(axis))
                        throw new RefusedException(ApplyNote.DoesNotFit, "field '" + f.Id + "': coords for '" + kv.Key + "' of shape " + kv.Value.Shape + ", expected [" + values.Shape.LongAt(axis) + "]");
                }
                foreach (var kv in update.Coords) coords[kv.Key] = kv.Value.Copy();
            }
            else
            {
                foreach (var kv in f.Coords)
                    if (kv.Value.Shape.LongAt(0) == values.Shape.LongAt(f.Dims.IndexOf(kv.Key))) coords[kv.Key] = kv.Value;
            }
            f.Values = ArrayOps.CopyInto(values, f.Values);
            f.Coords = coords;
            if (update.AttrsUpdate != null && update.AttrsUpdate.Count > 0) WireValues.MergeMap(f.Attrs, update.AttrsUpdate);
            changes.Fields.Add(f.Id);
        }

        /// <summary>Implicit coordinates (0..n-1) a field_append makes at most (spec 7.3 step 5).</summary>
        public const long MaxImplicitCoords = 64L * 1024 * 1024;

        void ApplyFieldAppend(FieldAppend update, Changes changes)
        {
            Field f = KnownField(update.FieldId);
            string dim = update.AppendDim;
            int axis = f.Dims.IndexOf(dim);
            if (axis < 0) throw new RefusedException(ApplyNote.DoesNotFit, "field '" + f.Id + "' has no dim '" + dim + "' (dims: " + string.Join(", ", f.Dims) + ")");
            NdArray old = f.Values, added = update.Values;
            bool fits = added.Ndim == old.Ndim;
            for (int i = 0; fits && i < old.Ndim; i++) fits = i == axis || added.Shape.LongAt(i) == old.Shape.LongAt(i);
            if (!fits) throw new RefusedException(ApplyNote.DoesNotFit, "field '" + f.Id + "': appended shape " + added.Shape + " does not fit " + old.Shape + " along '" + dim + "'");
            long k = added.Shape.LongAt(axis);
            NdArray coordValues = update.CoordValues;
            if (coordValues.Ndim != 1 || coordValues.Shape.LongAt(0) != k)
                throw new RefusedException(ApplyNote.DoesNotFit, "field '" + f.Id + "': " + k + " new entries along '" + dim + "' but " + coordValues.Count + " coord_values");
            NdArray oldCoords;
            try
            {
                added = ArrayConversion.Convert(added, old.Dtype);
                if (!f.Coords.TryGetValue(dim, out oldCoords))
                {
                    // spec 7.3 step 5: only the coordinates that max_length keeps, and at most MaxImplicitCoords
                    // (an empty field may claim 2^32 - 1 entries for a few bytes)
                    long n = old.Shape.LongAt(axis);
                    long start = 0;
                    if (update.MaxLength.HasValue && update.MaxLength.Value < long.MaxValue)
                        start = Math.Min(n, Math.Max(0, n + k - (long)update.MaxLength.Value));
                    if (n - start > MaxImplicitCoords)
                        throw new RefusedException(ApplyNote.DoesNotFit, "field '" + f.Id + "': the implicit coords 0.." + (n - 1) + " would make " + (n - start) + " coordinates, over the " + MaxImplicitCoords + " a receiver makes (spec 7.3); give max_length or send coords");
                    var implicitCoords = new long[n - start];
                    for (long i = 0; i < n - start; i++) implicitCoords[i] = start + i;
                    oldCoords = ArrayConversion.Convert(NdArray.FromInt64(implicitCoords), coordValues.Dtype, "the implicit coords 0.." + (n - 1));
                }
                coordValues = ArrayConversion.Convert(coordValues, oldCoords.Dtype, "coord_values");
            }
            catch (ArgumentException e)
            {
                throw new RefusedException(ApplyNote.DoesNotFit, "field '" + f.Id + "': " + e.Message);
            }
            long keep = update.MaxLength.HasValue && update.MaxLength.Value < long.MaxValue ? (long)update.MaxLength.Value : -1;
            if (k == 0 && (keep < 0 || old.Shape.LongAt(axis) <= keep))
            {
                // nothing grows: no buffer, whose rows may claim 2^32 - 1 entries of an empty field (spec 9.4)
                f.Coords[dim] = oldCoords;
                if (update.AttrsUpdate != null && update.AttrsUpdate.Count > 0) WireValues.MergeMap(f.Attrs, update.AttrsUpdate);
                changes.Fields.Add(f.Id);
                return;
            }
            f.Values = GrowBuffer.Fits(old.Shape, axis) ? Grow(grownValues, f.Id, old, added, keep, axis) : ArrayOps.Concatenate(old, added, axis, keep);
            f.Coords[dim] = Grow(grownCoords, f.Id + "\u0000" + dim, oldCoords, coordValues, keep, 0);
            if (update.AttrsUpdate != null && update.AttrsUpdate.Count > 0) WireValues.MergeMap(f.Attrs, update.AttrsUpdate);
            changes.Fields.Add(f.Id);
        }

        /// <summary><paramref name="current"/> and <paramref name="added"/> joined along <paramref name="axis"/> in the buffer kept for <paramref name="key"/>.</summary>
        static NdArray Grow(Dictionary<string, KeyValuePair<GrowBuffer, NdArray>> buffers, string key, NdArray current, NdArray added, long keep, int axis)
        {
            KeyValuePair<GrowBuffer, NdArray> held;
            GrowBuffer buffer = buffers.TryGetValue(key, out held) && ReferenceEquals(held.Value, current) && held.Key.Axis == axis
                ? held.Key : new GrowBuffer(current, axis);
            buffer.Append(added, keep);
            NdArray view = buffer.View();
            buffers[key] = new KeyValuePair<GrowBuffer, NdArray>(buffer, view);
            return view;
        }

        void ApplyScenePatch(ScenePatch update, Changes changes)
        {
            Scene scene = NeedScene();
            const string kind = "scene_patch";
            foreach (var id in Sorted(update.ViewUpdates.Keys))
            {
                int index;
                if (!views.TryGetValue(id, out index))
                {
                    Note(changes, ApplyNote.UnknownId, kind, id, "no view '" + id + "' in the scene");
                    continue;
                }
                View view = scene.Views[index];
                MsgMap patched = Patched(view.Kind, view.ToTree(), update.ViewUpdates[id], changes, kind, id);
                if (patched == null) continue;
                View replaced;
                try { replaced = global::Scenewire.Model.View.FromTree(patched, ""); }
                catch (ProtocolException e)
                {
                    Note(changes, ApplyNote.DoesNotFit, kind, id, "'" + id + "': " + e.Message);
                    continue;
                }
                string broken = BrokenReference(replaced, scene);
                if (broken != null)
                {
                    Note(changes, ApplyNote.DoesNotFit, kind, id, broken);
                    continue;
                }
                scene.Views[index] = replaced;
                changes.Views.Add(id);
            }
            foreach (var id in Sorted(update.OperatorUpdates.Keys))
            {
                Operator op;
                if (!operators.TryGetValue(id, out op))
                {
                    Note(changes, ApplyNote.UnknownId, kind, id, "no operator '" + id + "' in the scene");
                    continue;
                }
                if (WireValues.MergeMap(op.Params, update.OperatorUpdates[id])) changes.Operators.Add(id);
            }
            foreach (var id in Sorted(update.ControlUpdates.Keys))
            {
                int index;
                if (!controls.TryGetValue(id, out index))
                {
                    Note(changes, ApplyNote.UnknownId, kind, id, "no control '" + id + "' in the scene");
                    continue;
                }
                MsgMap patched = Patched("control", scene.Controls[index].ToTree(), update.ControlUpdates[id], changes, kind, id);
                if (patched == null) continue;
                Control replaced;
                try { replaced = global::Scenewire.Model.Control.FromTree(patched, ""); }
                catch (ProtocolException e)
                {
                    Note(changes, ApplyNote.DoesNotFit, kind, id, "'" + id + "': " + e.Message);
                    continue;
                }
                NormalizeControlValue(replaced);
                scene.Controls[index] = replaced;
                changes.Controls.Add(id);
            }
            if (WireValues.MergeMap(scene.Metadata, update.MetadataUpdates)) changes.Metadata = true;
            RefreshDefaultLayout(changes);
        }

        static List<string> Sorted(IEnumerable<string> keys)
        {
            var list = new List<string>(keys);
            list.Sort(StringComparer.Ordinal);
            return list;
        }

        /// <summary>A record's tree with <paramref name="props"/> set (nil unsets an optional one), or null (and a note) when nothing applies.</summary>
        /// <remarks>
        /// Notes in the order of §7.10: an unknown_property for each property the element lacks (names in
        /// ascending order), then at most one does_not_fit; a value of the wrong wire type is found by the
        /// caller's FromTree, after these.
        /// </remarks>
        MsgMap Patched(string recordKind, MsgMap tree, MsgMap props, Changes changes, string kind, string id)
        {
            bool any = false;
            string broken = null;
            foreach (var name in Sorted(props.Keys))
            {
                if (name == "id" || name == "kind" || !IsProperty(recordKind, name))
                {
                    Note(changes, ApplyNote.UnknownProperty, kind, id + "." + name, "'" + id + "' has no property '" + name + "'");
                    continue;
                }
                object value = props[name];
                if (value == null)
                {
                    if (Array.IndexOf(Required[recordKind], name) >= 0)
                    {
                        if (broken == null) broken = "'" + id + "': '" + name + "' is required and cannot be unset";
                        continue;
                    }
                    tree.Remove(name);
                }
                else tree[name] = WireValues.DeepCopy(value);
                any = true;
            }
            if (broken != null)
            {
                Note(changes, ApplyNote.DoesNotFit, kind, id, broken);
                return null;
            }
            return any ? tree : null;
        }

        /// <summary>Why a view refers to what the scene does not have (or has of another kind), or null.</summary>
        string BrokenReference(View view, Scene scene)
        {
            var missing = new List<string>();
            Action<string, string> field = (reference, role) =>
            {
                if (reference != null && !fields.ContainsKey(reference)) missing.Add(role + " field '" + reference + "' is not in the scene");
            };
            Action<string, string> geometry = (reference, wanted) =>
            {
                Geometry g = scene.Geometries.Find(x => x.Id == reference);
                if (g == null) missing.Add("geometry '" + reference + "' is not in the scene");
                else if (g.Kind != wanted) missing.Add("geometry '" + reference + "' is a " + g.Kind + ", expected " + wanted);
            };
            var morphology = view as MorphologyView;
            var surface = view as SurfaceView;
            var plot = view as LinePlotView;
            var graph = view as StateGraphView;
            if (morphology != null) { geometry(morphology.GeometryId, "morphology"); field(morphology.ColorFieldId, "colour"); }
            if (surface != null) { geometry(surface.GridId, "grid"); field(surface.HeightFieldId, "height"); field(surface.ColorFieldId, "colour"); }
            if (plot != null) field(plot.FieldId, "plotted");
            var raster = view as RasterView;
            if (raster != null) field(raster.FieldId, "plotted");
            var image = view as ImageView;
            if (image != null) field(image.FieldId, "plotted");
            if (graph != null)
            {
                foreach (var node in graph.Nodes) field(node.FieldId, "node '" + node.Id + "' colour");
                foreach (var edge in graph.Edges) field(edge.FieldId, "edge " + edge.Source + "->" + edge.Target + " colour");
            }
            return missing.Count == 0 ? null : "view '" + view.Id + "': " + missing[0];
        }

        /// <summary>A scalar control's value held as an integer when <c>integer</c>, else as a float.</summary>
        static void NormalizeControlValue(Control control)
        {
            var scalar = control.Spec as ScalarSpec;
            if (scalar == null || control.Value is bool) return;
            if (control.Value is long || control.Value is ulong || control.Value is double)
            {
                double v = Convert.ToDouble(control.Value, System.Globalization.CultureInfo.InvariantCulture);
                if (!scalar.Integer) control.Value = v;
                else if (control.Value is double) control.Value = (long)v;
            }
        }

        static Layout DefaultLayout(Scene scene)
        {
            var layout = new Layout();
            foreach (var view in scene.Views)
            {
                // spec 8.11: 3-D views in view_3d panels; 1.1's raster and image in line_plot panels (2-D plots)
                string panelKind = view.Kind == "morphology" || view.Kind == "surface" ? "view_3d"
                    : view.Kind == "raster" || view.Kind == "image" ? "line_plot" : view.Kind;
                layout.Panels.Add(new Panel { Id = "panel:" + view.Id, Kind = panelKind, Title = view.Title, ViewIds = new List<string> { view.Id } });
            }
            if (scene.Controls.Count > 0 || scene.Actions.Count > 0)
                layout.Panels.Add(new Panel
                {
                    Id = "panel:controls",
                    Kind = "controls",
                    Title = "Controls",
                    ControlIds = scene.Controls.ConvertAll(c => c.Id),
                    ActionIds = scene.Actions.ConvertAll(a => a.Id),
                });
            object title;
            layout.Title = scene.Metadata.TryGetValue("title", out title) ? title as string : null;
            return layout;
        }

        void RefreshDefaultLayout(Changes changes)
        {
            if (Scene == null || Scene.Layout != null) return;
            Layout derived = DefaultLayout(Scene);
            if (WireValues.Same(derived.ToTree(), Layout.ToTree())) return;
            Layout = derived;
            changes.Layout = true;
        }

        void CheckPanelReferences(IEnumerable<Panel> panels)
        {
            Scene scene = NeedScene();
            foreach (var panel in panels)
            {
                foreach (var id in panel.ViewIds)
                    if (!views.ContainsKey(id)) throw new RefusedException(ApplyNote.DoesNotFit, "panel '" + panel.Id + "': view '" + id + "' is not in the scene");
                foreach (var id in panel.ControlIds)
                    if (!controls.ContainsKey(id)) throw new RefusedException(ApplyNote.DoesNotFit, "panel '" + panel.Id + "': control '" + id + "' is not in the scene");
                foreach (var id in panel.ActionIds)
                    if (!scene.Actions.Exists(a => a.Id == id)) throw new RefusedException(ApplyNote.DoesNotFit, "panel '" + panel.Id + "': action '" + id + "' is not in the scene");
            }
        }

        void ApplyPanelPatch(PanelPatch update, Changes changes)
        {
            Scene scene = NeedScene();
            int index = Layout.Panels.FindIndex(p => p.Id == update.PanelId);
            if (index < 0) throw new RefusedException(ApplyNote.UnknownId, "no panel '" + update.PanelId + "' in the layout");
            Panel old = Layout.Panels[index];
            var patched = new Panel
            {
                Id = old.Id,
                Kind = old.Kind,
                Title = update.Title == null ? old.Title : (update.Title.Length == 0 ? null : update.Title),
                ViewIds = new List<string>(update.ViewIds ?? old.ViewIds),
                ControlIds = new List<string>(update.ControlIds ?? old.ControlIds),
                ActionIds = new List<string>(update.ActionIds ?? old.ActionIds),
            };
            CheckPanelReferences(new[] { patched });
            if (scene.Layout == null) scene.Layout = Layout; // the default layout becomes the scene's own
            Layout.Panels[index] = patched;
            changes.Panels.Add(patched.Id);
        }

        void ApplyLayoutReplace(LayoutReplace update, Changes changes)
        {
            Scene scene = NeedScene();
            CheckPanelReferences(update.Panels);
            Layout = scene.Layout = new Layout { Title = Layout.Title, Panels = new List<Panel>(update.Panels), PanelGrid = update.PanelGrid };
            changes.Layout = true;
        }

        void SetState(MsgMap updates, Changes changes)
        {
            var bound = new List<string>();
            foreach (var id in views.Keys)
                foreach (var key in View(id).Bindings.Values)
                    if (updates.ContainsKey(key)) { bound.Add(id); break; }
            var before = new Dictionary<string, MsgMap>(StringComparer.Ordinal);
            foreach (var id in bound) before[id] = ResolvedView(id);
            var after = new MsgMap();
            foreach (var kv in FrontendState) after[kv.Key] = kv.Value;
            foreach (var key in Sorted(updates.Keys))
            {
                object value = updates[key], held;
                bool present = after.TryGetValue(key, out held);
                if (value == null)
                {
                    if (present) { after.Remove(key); changes.StateKeys.Add(key); }
                }
                else if (!present || !WireValues.Same(held, value))
                {
                    after[key] = WireValues.DeepCopy(value);
                    changes.StateKeys.Add(key);
                }
            }
            FrontendState = after;
            foreach (var id in bound)
                if (!WireValues.Same(before[id], ResolvedView(id))) changes.Views.Add(id);
        }
    }
}
