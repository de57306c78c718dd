// An insertion-ordered map from string keys to values of the generic tree.
using System;
using System.Collections;
using System.Collections.Generic;

namespace Scenewire.Wire
{
    /// <summary>
    /// A MessagePack map with string keys, kept in insertion order. Values are the
    /// generic tree: null, bool, long, ulong, double, string, byte[], List&lt;object&gt;,
    /// MsgMap or NdArray. The writer sorts keys canonically, so order here only
    /// affects printing.
    /// </summary>
    public sealed class MsgMap : IEnumerable<KeyValuePair<string, object>>
    {
        readonly Dictionary<string, object> values;
        readonly List<string> order;

        public MsgMap() : this(0) { }

        public MsgMap(int capacity)
        {
            values = new Dictionary<string, object>(capacity, StringComparer.Ordinal);
            order = new List<string>(capacity);
        }

        public int Count { get { return order.Count; } }
        public IList<string> Keys { get { return order.AsReadOnly(); } }

        /// <summary>Get or set; setting a new key appends it, an existing one keeps its place.</summary>
        public object this[string key]
        {
            get { return values[key]; }
            set
            {
                if (!values.ContainsKey(key)) order.Add(key);
                values[key] = value;
            }
        }

        /// <summary>Add a key that must not be present yet; false if it was (the map is unchanged).</summary>
        public bool TryAdd(string key, object value)
        {
            if (values.ContainsKey(key)) return false;
            values.Add(key, value);
            order.Add(key);
            return true;
        }

        public bool ContainsKey(string key) { return values.ContainsKey(key); }
        public bool TryGetValue(string key, out object value) { return values.TryGetValue(key, out value); }

        public bool Remove(string key)
        {
            if (!values.Remove(key)) return false;
            order.Remove(key);
            return true;
        }

        public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
        {
            foreach (var key in order) yield return new KeyValuePair<string, object>(key, values[key]);
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }
}
