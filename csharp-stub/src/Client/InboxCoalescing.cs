// Merging waiting messages without changing the scene they build, for a consumer that fell behind.
using System.Collections.Generic;
using Scenewire.Model;
using Scenewire.Wire;

namespace Scenewire.Client
{
    /// <summary>
    /// The merges a <see cref="SceneClient"/> makes when its inbox is over its bounds. Applying the
    /// merged messages in order gives the state that applying every waiting message in order gives
    /// (spec §7.10), as the state vectors prove (<c>scenewire-conformance.exe --state --merged</c>):
    /// <list type="number">
    /// <item>A <c>scene_ready</c> replaces the scene and clears the frontend state: the updates waiting
    /// before it that it undoes (<c>scene_ready</c>, <c>field_replace</c>, <c>field_append</c>,
    /// <c>scene_patch</c>, <c>panel_patch</c>, <c>layout_replace</c>, <c>state_patch</c>) are dropped.
    /// <c>error</c>s and frame reports stay.</item>
    /// <item>A <c>field_replace</c> of a field drops an earlier one of that field with nothing for the
    /// field between them, when the earlier one has the same shape and carries no <c>coords</c> and no
    /// <c>attrs_update</c> (otherwise it still changes what the later one leaves).</item>
    /// <item>Consecutive <c>field_append</c>s of a field along the same dim, each certain to apply
    /// (<see cref="InboxScene"/>), with the same dtypes, become one whose arrays are joined (and
    /// trimmed to its <c>max_length</c>) and whose <c>attrs_update</c>s are merged, when each
    /// <c>max_length</c> is absent throughout or never grows.</item>
    /// <item>The <c>scene_patch</c>es between two <c>scene_ready</c>, <c>panel_patch</c> or
    /// <c>layout_replace</c> become one: of each view, control and operator entry that applies, the
    /// properties (or params) of the later ones win, a nil included (it unsets, §7.4); map-valued
    /// properties such as <c>selectors</c> and <c>bindings</c> are replaced whole, as a patch replaces
    /// them; entries that do not apply are left out; the metadata updates merge by the merge rule.
    /// The other updates between them do not read what a patch changes, so the merged patch may
    /// take the first one's place.</item>
    /// <item>The <c>state_patch</c>es after the last <c>scene_ready</c> become one, by the merge rule
    /// (a later key wins, nil included): nothing else reads or writes the frontend state.</item>
    /// <item>Of several <c>status</c> messages only the last is shown long enough to read: the rest go.</item>
    /// </list>
    /// A merged message takes the place, and the <c>tick_end</c>, of the first it merges; the last
    /// <c>tick_end</c> waiting is never lost (it moves to the last message kept before it), so a
    /// consumer that holds a tick until its end (§7.12) is never left waiting for one that was merged
    /// away. Every merged-away message is released and counted.
    /// </summary>
    internal static class InboxCoalescing
    {
        /// <summary>Merge <paramref name="entries"/> in place; returns how many messages were merged away.</summary>
        public static int Coalesce(List<InboxEntry> entries)
        {
            int before = entries.Count;
            int lastScene = -1, lastStatus = -1, lastTick = -1;
            for (int i = 0; i < entries.Count; i++)
            {
                Message m = entries[i].Message;
                if (m is SceneReady) lastScene = i;
                if (m is Status) lastStatus = i;
                var u = m as Update;
                if (u != null && u.TickEnd != null) lastTick = i;
            }
            Update tickHolder = lastTick >= 0 ? (Update)entries[lastTick].Message : null;
            Tick finalTick = tickHolder != null ? tickHolder.TickEnd : null;
            var kept = new List<InboxEntry>(entries.Count);
            var origin = new List<int>(entries.Count); // index in entries of each kept one
            var lastOfField = new Dictionary<string, int>(System.StringComparer.Ordinal); // field id -> index in kept
            var runs = new Dictionary<int, List<InboxEntry>>(); // index in kept -> the messages merged there
            int patchHead = -1, stateHead = -1; // index in kept of the patch (state patch) later ones merge into
            for (int i = 0; i < entries.Count; i++)
            {
                InboxEntry entry = entries[i];
                Message m = entry.Message;
                if ((i < lastScene && UndoneBySceneReady(m)) || (m is Status && i != lastStatus))
                {
                    m.Release();
                    continue;
                }
                if (m is SceneReady) { lastOfField.Clear(); patchHead = stateHead = -1; }
                if (m is PanelPatch || m is LayoutReplace) patchHead = -1; // the default layout depends on the order
                if (m is ScenePatch)
                {
                    if (entry.Effect != null && Into(runs, ref patchHead, kept, origin, entry, i)) continue;
                    patchHead = -1; // which of its entries apply is unknown: later patches stay after it
                }
                if (m is StatePatch && Into(runs, ref stateHead, kept, origin, entry, i)) continue;
                var replace = m as FieldReplace;
                var append = m as FieldAppend;
                string fieldId = replace != null ? replace.FieldId : append != null ? append.FieldId : null;
                if (fieldId == null)
                {
                    Keep(kept, origin, entry, i);
                    continue;
                }
                int previous;
                if (lastOfField.TryGetValue(fieldId, out previous))
                {
                    var earlier = kept[previous].Message as FieldReplace;
                    if (replace != null && earlier != null && Supersedes(replace, earlier))
                    {
                        earlier.Release();
                        kept[previous] = new InboxEntry(); // a gap, removed below: the later one keeps its place
                        lastOfField[fieldId] = kept.Count;
                        Keep(kept, origin, entry, i);
                        continue;
                    }
                    List<InboxEntry> run;
                    InboxEntry head = kept[previous];
                    if (append != null && head.Message is FieldAppend && entry.Fits && head.Fits && entry.Axis >= 0 && head.Axis == entry.Axis)
                    {
                        if (!runs.TryGetValue(previous, out run)) run = runs[previous] = new List<InboxEntry> { head };
                        if (Joins(run, append, entry.Axis))
                        {
                            run.Add(entry);
                            continue;
                        }
                    }
                }
                lastOfField[fieldId] = kept.Count;
                Keep(kept, origin, entry, i);
            }
            foreach (var pair in runs)
            {
                if (pair.Value.Count < 2) continue;
                InboxEntry head = kept[pair.Key];
                InboxEntry merged;
                if (head.Message is FieldAppend)
                {
                    FieldAppend joined = Join(pair.Value, head.Axis);
                    merged = new InboxEntry { Message = joined, Bytes = joined.Values.ByteCount + joined.CoordValues.ByteCount, Axis = head.Axis, Fits = true };
                }
                else if (head.Message is ScenePatch)
                {
                    PatchEffect effect;
                    ScenePatch patch = MergePatches(pair.Value, out effect);
                    merged = new InboxEntry { Message = patch, Bytes = MsgPackWriter.Encode(patch.ToTree()).Length, Axis = -1, Effect = effect };
                }
                else
                {
                    StatePatch patch = MergeStatePatches(pair.Value);
                    merged = new InboxEntry { Message = patch, Bytes = MsgPackWriter.Encode(patch.ToTree()).Length, Axis = -1 };
                }
                foreach (var part in pair.Value) part.Message.Release();
                kept[pair.Key] = merged;
            }
            entries.Clear();
            int holder = -1; // the last kept message from before the last tick_end
            for (int k = 0; k < kept.Count; k++)
            {
                InboxEntry entry = kept[k];
                if (entry.Message == null && entry.Report == null) continue;
                if (origin[k] <= lastTick && entry.Message is Update) holder = entries.Count;
                entries.Add(entry);
            }
            if (finalTick != null && holder >= 0) ((Update)entries[holder].Message).TickEnd = finalTick;
            return before - entries.Count;
        }

        static void Keep(List<InboxEntry> kept, List<int> origin, InboxEntry entry, int index)
        {
            kept.Add(entry);
            origin.Add(index);
        }

        /// <summary>Add <paramref name="entry"/> to the run at <paramref name="head"/>, or start one there; true if merged into an earlier one.</summary>
        static bool Into(Dictionary<int, List<InboxEntry>> runs, ref int head, List<InboxEntry> kept, List<int> origin, InboxEntry entry, int index)
        {
            if (head >= 0)
            {
                runs[head].Add(entry);
                return true;
            }
            head = kept.Count;
            runs[head] = new List<InboxEntry> { entry };
            Keep(kept, origin, entry, index);
            return true;
        }

        static bool UndoneBySceneReady(Message m)
        {
            return m is SceneReady || m is FieldReplace || m is FieldAppend || m is ScenePatch || m is PanelPatch || m is LayoutReplace || m is StatePatch;
        }

        static bool Empty(MsgMap map) { return map == null || map.Count == 0; }

        /// <summary>Whether <paramref name="later"/> leaves the field as it would have been with <paramref name="earlier"/> applied first.</summary>
        static bool Supersedes(FieldReplace later, FieldReplace earlier)
        {
            return earlier.Coords == null && Empty(earlier.AttrsUpdate) && later.Values.Shape.SameAs(earlier.Values.Shape);
        }

        /// <summary>
        /// Whether <paramref name="next"/> can join the run: same dim and dtypes, the same sizes off the
        /// append axis, one coordinate per entry, and a max_length that, once present, stays present
        /// and never grows (then trimming once at the end keeps what trimming each time keeps).
        /// </summary>
        static bool Joins(List<InboxEntry> run, FieldAppend next, int axis)
        {
            var first = (FieldAppend)run[0].Message;
            var last = (FieldAppend)run[run.Count - 1].Message;
            if (next.AppendDim != first.AppendDim) return false;
            if (next.Values.Dtype != first.Values.Dtype || next.CoordValues.Dtype != first.CoordValues.Dtype) return false;
            ArrayShape a = first.Values.Shape, b = next.Values.Shape;
            if (a.Length != b.Length || axis >= a.Length) return false;
            for (int i = 0; i < a.Length; i++) if (i != axis && a.LongAt(i) != b.LongAt(i)) return false;
            foreach (var part in new[] { first, next })
                if (part.CoordValues.Ndim != 1 || part.CoordValues.Shape.LongAt(0) != part.Values.Shape.LongAt(axis)) return false;
            if (last.MaxLength.HasValue && (!next.MaxLength.HasValue || next.MaxLength.Value > last.MaxLength.Value)) return false;
            return true;
        }

        static FieldAppend Join(List<InboxEntry> run, int axis)
        {
            var first = (FieldAppend)run[0].Message;
            var last = (FieldAppend)run[run.Count - 1].Message;
            long keep = last.MaxLength.HasValue && last.MaxLength.Value < long.MaxValue ? (long)last.MaxLength.Value : -1;
            var values = new List<NdArray>(run.Count);
            var coords = new List<NdArray>(run.Count);
            MsgMap attrs = null;
            foreach (var entry in run)
            {
                var part = (FieldAppend)entry.Message;
                values.Add(part.Values);
                coords.Add(part.CoordValues);
                if (!Empty(part.AttrsUpdate)) Override(attrs ?? (attrs = new MsgMap()), part.AttrsUpdate);
            }
            return new FieldAppend
            {
                FieldId = last.FieldId,
                AppendDim = last.AppendDim,
                Values = ArrayOps.Concatenate(values, axis, keep),
                CoordValues = ArrayOps.Concatenate(coords, 0, keep),
                MaxLength = last.MaxLength,
                AttrsUpdate = attrs,
                TickEnd = first.TickEnd,
            };
        }

        /// <summary>One patch that does what the run's patches do in order: the entries that apply, later properties winning.</summary>
        static ScenePatch MergePatches(List<InboxEntry> run, out PatchEffect effect)
        {
            var merged = new ScenePatch { TickEnd = ((Update)run[0].Message).TickEnd };
            effect = new PatchEffect();
            foreach (var entry in run)
            {
                var part = (ScenePatch)entry.Message;
                effect = PatchEffect.Union(effect, entry.Effect);
                if (!entry.Effect.Applies) continue; // no scene yet: nothing of it applies, metadata neither
                Fold(merged.ViewUpdates, part.ViewUpdates, entry.Effect.Views);
                Fold(merged.ControlUpdates, part.ControlUpdates, entry.Effect.Controls);
                Fold(merged.OperatorUpdates, part.OperatorUpdates, entry.Effect.Operators);
                Override(merged.MetadataUpdates, part.MetadataUpdates);
            }
            return merged;
        }

        static StatePatch MergeStatePatches(List<InboxEntry> run)
        {
            var merged = new StatePatch { TickEnd = ((Update)run[0].Message).TickEnd };
            foreach (var entry in run) Override(merged.Updates, ((StatePatch)entry.Message).Updates);
            return merged;
        }

        /// <summary>The entries of <paramref name="from"/> that apply, their properties over those already in <paramref name="into"/>.</summary>
        static void Fold(Dictionary<string, MsgMap> into, Dictionary<string, MsgMap> from, HashSet<string> applies)
        {
            foreach (var kv in from)
            {
                if (!applies.Contains(kv.Key)) continue;
                MsgMap props;
                if (!into.TryGetValue(kv.Key, out props)) into[kv.Key] = props = new MsgMap();
                Override(props, kv.Value);
            }
        }

        /// <summary>Each key of <paramref name="later"/> set in <paramref name="into"/>, nil kept (it unsets or removes when applied); copies view no frame.</summary>
        static void Override(MsgMap into, MsgMap later)
        {
            foreach (var kv in later) into[kv.Key] = WireValues.DeepCopy(kv.Value);
        }
    }
}
