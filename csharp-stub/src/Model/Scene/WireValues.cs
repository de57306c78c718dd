// Comparing, copying and merging free-form values of the generic tree as the wire sees them.
using System.Collections;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>Free-form values (attrs, params, metadata, frontend state) compared and merged as wire values.</summary>
    public static class WireValues
    {
        /// <summary>Equal as wire values: the same canonical bytes (1 and 1.0 differ, NaN equals NaN, arrays by dtype and bytes).</summary>
        public static bool Same(object a, object b)
        {
            byte[] x = MsgPackWriter.Encode(a), y = MsgPackWriter.Encode(b);
            if (x.Length != y.Length) return false;
            for (int i = 0; i < x.Length; i++) if (x[i] != y[i]) return false;
            return true;
        }

        /// <summary>A copy that views no received frame: arrays copied, maps and lists rebuilt.</summary>
        public static object DeepCopy(object value)
        {
            var array = value as NdArray;
            if (array != null) return array.Copy();
            var map = value as MsgMap;
            if (map != null)
            {
                var copy = new MsgMap(map.Count);
                foreach (var kv in map) copy[kv.Key] = DeepCopy(kv.Value);
                return copy;
            }
            var list = value as IList;
            if (list != null && !(value is byte[]))
            {
                var copy = new List<object>(list.Count);
                foreach (var item in list) copy.Add(DeepCopy(item));
                return copy;
            }
            return value;
        }

        /// <summary>Merge <paramref name="updates"/> into <paramref name="target"/>: nil removes a key. True if anything changed.</summary>
        public static bool MergeMap(MsgMap target, MsgMap updates)
        {
            bool changed = false;
            var keys = new List<string>(updates.Keys);
            keys.Sort(System.StringComparer.Ordinal);
            foreach (var key in keys)
            {
                object value = updates[key], held;
                if (value == null)
                {
                    if (target.Remove(key)) changed = true;
                }
                else if (!target.TryGetValue(key, out held) || !Same(held, value))
                {
                    target[key] = DeepCopy(value);
                    changed = true;
                }
            }
            return changed;
        }
    }
}
