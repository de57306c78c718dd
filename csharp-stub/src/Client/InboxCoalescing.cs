// Merging waiting messages without changing the scene they build, for a consumer that fell behind.
using System.Collections.Generic;
using Scenewire.Model;
using Scenewire.Wire;

namespace Scenewire.Client
{
    /// <summary>
    /// The merges a <see cref="SceneClient"/> makes when its inbox is over its bounds. Each one leaves
    /// the scene that applying every waiting message in order would build unchanged (spec §7):
    /// <list type="number">
    /// <item>A <c>scene_ready</c> replaces the scene: the updates of an older scene waiting before it
    /// (<c>scene_ready</c>, <c>field_replace</c>, <c>field_append</c>, <c>scene_patch</c>,
    /// <c>panel_patch</c>, <c>layout_replace</c>) are dropped. Frontend state (<c>state_patch</c>),
    /// <c>error</c>s and frame reports stay.</item>
    /// <item>A <c>field_replace</c> of a field drops an earlier one of that field with nothing for the
    /// field between them, when the earlier one has the same shape and carries no <c>coords</c> and no
    /// <c>attrs_update</c> (otherwise it still changes what the later one leaves).</item>
    /// <item>Consecutive <c>field_append</c>s of a field along the same dim, with the same dtypes and no
    /// <c>attrs_update</c>, become one whose arrays are joined (and trimmed to its
    /// <c>max_length</c>), when each <c>max_length</c> is absent throughout or never grows.</item>
    /// <item>Of several <c>status</c> messages only the last is shown long enough to read: the rest go.</item>
    /// </list>
    /// Every merged-away message is released and counted.
    /// </summary>
    internal static class InboxCoalescing
    {
        /// <summary>Merge <paramref name="entries"/> in place; returns how many messages were merged away.</summary>
        public static int Coalesce(List<InboxEntry> entries)
        {
            int before = entries.Count;
            int lastScene = -1, lastStatus = -1;
            for (int i = 0; i < entries.Count; i++)
            {
                if (entries[i].Message is SceneReady) lastScene = i;
                if (entries[i].Message is Status) lastStatus = i;
            }
            var kept = new List<InboxEntry>(entries.Count);
            var lastOfField = new Dictionary<string, int>(System.StringComparer.Ordinal); // field id -> index in kept
            var runs = new Dictionary<int, List<FieldAppend>>(); // index in kept -> appends to join there
            for (int i = 0; i < entries.Count; i++)
            {
                InboxEntry entry = entries[i];
                Message m = entry.Message;
                if ((i < lastScene && IsSceneBound(m)) || (m is Status && i != lastStatus))
                {
                    m.Release();
                    continue;
                }
                if (m is SceneReady) lastOfField.Clear();
                var replace = m as FieldReplace;
                var append = m as FieldAppend;
                string fieldId = replace != null ? replace.FieldId : append != null ? append.FieldId : null;
                if (fieldId == null)
                {
                    kept.Add(entry);
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
                        kept.Add(entry);
                        continue;
                    }
                    List<FieldAppend> run;
                    if (append != null && kept[previous].Message is FieldAppend && entry.Axis >= 0 && kept[previous].Axis == entry.Axis)
                    {
                        if (!runs.TryGetValue(previous, out run)) run = runs[previous] = new List<FieldAppend> { (FieldAppend)kept[previous].Message };
                        if (Joins(run, append, entry.Axis))
                        {
                            run.Add(append);
                            continue;
                        }
                    }
                }
                lastOfField[fieldId] = kept.Count;
                kept.Add(entry);
            }
            foreach (var pair in runs)
            {
                if (pair.Value.Count < 2) continue;
                InboxEntry head = kept[pair.Key];
                FieldAppend joined = Join(pair.Value, head.Axis);
                foreach (var part in pair.Value) part.Release();
                kept[pair.Key] = new InboxEntry { Message = joined, Bytes = joined.Values.ByteCount + joined.CoordValues.ByteCount, Axis = head.Axis };
            }
            entries.Clear();
            foreach (var entry in kept) if (entry.Message != null || entry.Report != null) entries.Add(entry);
            int merged = before - entries.Count;
            return merged;
        }

        static bool IsSceneBound(Message m)
        {
            return m is SceneReady || m is FieldReplace || m is FieldAppend || m is ScenePatch || m is PanelPatch || m is LayoutReplace;
        }

        static bool Empty(MsgMap map) { return map == null || map.Count == 0; }

        /// <summary>Whether <paramref name="later"/> leaves the field as it would have been with <paramref name="earlier"/> applied first.</summary>
        static bool Supersedes(FieldReplace later, FieldReplace earlier)
        {
            return earlier.Coords == null && Empty(earlier.AttrsUpdate) && later.Values.Shape.SameAs(earlier.Values.Shape);
        }

        /// <summary>
        /// Whether <paramref name="next"/> can join the run: same dim and dtypes, the same sizes off the
        /// append axis, one coordinate per entry, no attrs, and a max_length that, once present, stays
        /// present and never grows (then trimming once at the end keeps what trimming each time keeps).
        /// </summary>
        static bool Joins(List<FieldAppend> run, FieldAppend next, int axis)
        {
            FieldAppend first = run[0], last = run[run.Count - 1];
            if (!Empty(next.AttrsUpdate) || !Empty(first.AttrsUpdate) || next.AppendDim != first.AppendDim) return false;
            if (next.Values.Dtype != first.Values.Dtype || next.CoordValues.Dtype != first.CoordValues.Dtype) return false;
            ArrayShape a = first.Values.Shape, b = next.Values.Shape;
            if (a.Length != b.Length || axis >= a.Length) return false;
            for (int i = 0; i < a.Length; i++) if (i != axis && a.LongAt(i) != b.LongAt(i)) return false;
            foreach (var part in new[] { first, next })
                if (part.CoordValues.Ndim != 1 || part.CoordValues.Shape.LongAt(0) != part.Values.Shape.LongAt(axis)) return false;
            if (last.MaxLength.HasValue && (!next.MaxLength.HasValue || next.MaxLength.Value > last.MaxLength.Value)) return false;
            return true;
        }

        static FieldAppend Join(List<FieldAppend> run, int axis)
        {
            FieldAppend last = run[run.Count - 1];
            long keep = last.MaxLength.HasValue && last.MaxLength.Value < long.MaxValue ? (long)last.MaxLength.Value : -1;
            var values = new List<NdArray>(run.Count);
            var coords = new List<NdArray>(run.Count);
            foreach (var part in run)
            {
                values.Add(part.Values);
                coords.Add(part.CoordValues);
            }
            return new FieldAppend
            {
                FieldId = last.FieldId,
                AppendDim = last.AppendDim,
                Values = ArrayOps.Concatenate(values, axis, keep),
                CoordValues = ArrayOps.Concatenate(coords, 0, keep),
                MaxLength = last.MaxLength,
            };
        }
    }
}
