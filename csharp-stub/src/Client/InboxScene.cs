// What a SceneClient's receive loop knows of the scene its queued messages build, so that merging them is exact.
using System;
using System.Collections.Generic;
using Scenewire.Model;
using Scenewire.Wire;

namespace Scenewire.Client
{
    /// <summary>
    /// Follows the received messages in order, as the consumer's <see cref="SceneState"/> will apply
    /// them, keeping only what tells whether an update applies: the views and controls (applying
    /// each <c>scene_patch</c> to a copy of them with no field values), the operator ids, and each
    /// field's dtype, shape and coordinate dtypes. <see cref="Entry"/> records that on the message's
    /// <see cref="InboxEntry"/>, for <see cref="InboxCoalescing"/>: whether an append certainly
    /// applies, and which entries of a patch do. One thread (the receive loop) uses it.
    /// </summary>
    internal sealed class InboxScene
    {
        SceneState patches = new SceneState();
        bool hasScene;
        readonly Dictionary<string, InboxFieldShape> fields = new Dictionary<string, InboxFieldShape>(StringComparer.Ordinal);
        readonly HashSet<string> operators = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The inbox entry of <paramref name="message"/> (a frame of <paramref name="size"/> bytes), the message taken into account.</summary>
        public InboxEntry Entry(Message message, long size)
        {
            var entry = new InboxEntry { Message = message, Bytes = size, Axis = -1 };
            var ready = message as SceneReady;
            var replace = message as FieldReplace;
            var append = message as FieldAppend;
            var patch = message as ScenePatch;
            if (ready != null) Reset(ready.Scene);
            else if (replace != null) Replace(replace);
            else if (append != null) entry.Fits = Append(append, out entry.Axis);
            else if (patch != null) entry.Effect = Patch(patch);
            return entry;
        }

        void Reset(Scene scene)
        {
            hasScene = true;
            fields.Clear();
            operators.Clear();
            var skeleton = new Scene
            {
                Geometries = scene.Geometries, // read only: ids and kinds
                Views = new List<View>(scene.Views), // a patch replaces a view, never changes one
                Controls = scene.Controls.ConvertAll(c => Control.FromTree(c.ToTree(), "")), // a state normalizes values in place
                Actions = scene.Actions,
            };
            foreach (var f in scene.Fields)
            {
                skeleton.Fields.Add(new Field { Id = f.Id, Dims = f.Dims });
                var shape = new InboxFieldShape { Dims = f.Dims, Dtype = f.Values.Dtype, Shape = f.Values.LongShape };
                foreach (var kv in f.Coords) shape.CoordDtypes[kv.Key] = kv.Value.Dtype;
                fields[f.Id] = shape;
            }
            foreach (var o in scene.Operators)
            {
                operators.Add(o.Id);
                skeleton.Operators.Add(new Operator { Id = o.Id, Kind = o.Kind, Inputs = o.Inputs, Output = o.Output });
            }
            patches = new SceneState();
            patches.Apply(new SceneReady { Scene = skeleton });
        }

        /// <summary>A field_replace applies when its values and coords fit the field's dims (spec §7.2), whatever the field holds.</summary>
        void Replace(FieldReplace update)
        {
            InboxFieldShape f;
            if (!fields.TryGetValue(update.FieldId, out f) || update.Values.Ndim != f.Dims.Count) return;
            long[] shape = update.Values.LongShape;
            if (update.Coords != null)
            {
                foreach (var kv in update.Coords)
                {
                    int axis = f.Dims.IndexOf(kv.Key);
                    if (axis < 0 || kv.Value.Ndim != 1 || kv.Value.Shape.LongAt(0) != shape[axis]) return;
                }
                f.CoordDtypes.Clear();
                foreach (var kv in update.Coords) f.CoordDtypes[kv.Key] = kv.Value.Dtype;
                f.Known = true;
            }
            else if (f.Known)
            {
                var kept = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var kv in f.CoordDtypes)
                {
                    int axis = f.Dims.IndexOf(kv.Key);
                    if (f.Shape[axis] == shape[axis]) kept[kv.Key] = kv.Value; // coords of an axis whose length stays, stay
                }
                f.CoordDtypes = kept;
            }
            f.Dtype = update.Values.Dtype;
            f.Shape = shape;
        }

        /// <summary>Whether the append certainly applies (spec §7.3, §7.11): its shape fits and no conversion it needs can refuse a value.</summary>
        bool Append(FieldAppend update, out int axis)
        {
            axis = -1;
            InboxFieldShape f;
            if (!fields.TryGetValue(update.FieldId, out f)) return false;
            axis = f.Dims.IndexOf(update.AppendDim);
            if (axis < 0 || !f.Known) return false;
            NdArray values = update.Values, coords = update.CoordValues;
            bool fits = values.Ndim == f.Shape.Length;
            for (int i = 0; fits && i < f.Shape.Length; i++) fits = i == axis || values.Shape.LongAt(i) == f.Shape[i];
            long k = fits ? values.Shape.LongAt(axis) : 0;
            fits = fits && coords.Ndim == 1 && coords.Shape.LongAt(0) == k && NeverRefused(values.Dtype, f.Dtype);
            string coordDtype;
            bool hasCoords = f.CoordDtypes.TryGetValue(update.AppendDim, out coordDtype);
            // without coords the implicit 0..n-1 are made, and refused past MaxImplicitCoords (spec 7.3 step 5)
            fits = fits && (hasCoords ? NeverRefused(coords.Dtype, coordDtype)
                : HoldsAnyIndex(coords.Dtype) && f.Shape[axis] <= global::Scenewire.Model.SceneState.MaxImplicitCoords);
            if (!fits)
            {
                f.Known = false; // it may or may not apply: its values decide
                return false;
            }
            long length = f.Shape[axis] + k;
            if (update.MaxLength.HasValue && (ulong)length > update.MaxLength.Value) length = (long)update.MaxLength.Value;
            f.Shape[axis] = length;
            if (!hasCoords) f.CoordDtypes[update.AppendDim] = coords.Dtype;
            return true;
        }

        PatchEffect Patch(ScenePatch update)
        {
            var effect = new PatchEffect { Applies = hasScene };
            if (!hasScene) return effect;
            Changes changes = patches.Apply(update);
            foreach (var id in update.ViewUpdates.Keys) if (changes.Views.Contains(id)) effect.Views.Add(id);
            foreach (var id in update.ControlUpdates.Keys) if (changes.Controls.Contains(id)) effect.Controls.Add(id);
            foreach (var id in update.OperatorUpdates.Keys) if (operators.Contains(id)) effect.Operators.Add(id);
            return effect;
        }

        /// <summary>Whether §7.11 converts every value of dtype <paramref name="from"/> to <paramref name="to"/>.</summary>
        internal static bool NeverRefused(string from, string to)
        {
            if (from == to) return true;
            if (from == "bool" || to == "bool") return false;
            if (to.StartsWith("float", StringComparison.Ordinal)) return true; // rounds, never refuses
            if (from.StartsWith("float", StringComparison.Ordinal)) return false; // a fraction or NaN is refused
            bool fromSigned = from[0] == 'i', toSigned = to[0] == 'i';
            int fromBits = Bits(from), toBits = Bits(to);
            if (fromSigned) return toSigned && toBits >= fromBits;
            return toSigned ? toBits > fromBits : toBits >= fromBits;
        }

        /// <summary>Whether the implicit coordinates 0..n-1 of any array fit <paramref name="dtype"/> (an index the caller bounds by MaxImplicitCoords).</summary>
        static bool HoldsAnyIndex(string dtype)
        {
            return dtype.StartsWith("float", StringComparison.Ordinal) || Bits(dtype) >= 32;
        }

        static int Bits(string dtype)
        {
            int digits = dtype.IndexOfAny("0123456789".ToCharArray());
            int bits;
            return digits >= 0 && int.TryParse(dtype.Substring(digits), out bits) ? bits : 0;
        }
    }
}
