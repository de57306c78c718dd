// The shape of an NdArray, readable without allocating.
using System;
using System.Collections;
using System.Collections.Generic;

namespace Scenewire.Wire
{
    /// <summary>
    /// The dimensions of an <see cref="NdArray"/>, outermost first: a struct over the array's own
    /// shape, so reading <c>a.Shape[0]</c> or <c>a.Shape.Length</c> allocates nothing (and the
    /// shape cannot be changed through it). The indexer gives an <c>int</c> (checked: a dimension
    /// over <c>int.MaxValue</c> is possible only in an empty array); <see cref="LongAt"/> is exact.
    /// </summary>
    public readonly struct ArrayShape : IEnumerable<int>
    {
        readonly long[] dims;

        internal ArrayShape(long[] dims) { this.dims = dims; }

        /// <summary>Number of dimensions (0 for a 0-d array).</summary>
        public int Length { get { return dims == null ? 0 : dims.Length; } }

        public int this[int axis] { get { return checked((int)dims[axis]); } }

        public long LongAt(int axis) { return dims[axis]; }

        /// <summary>Product of the dimensions (1 for a 0-d array).</summary>
        public long ElementCount
        {
            get
            {
                long n = 1;
                for (int i = 0; i < Length; i++) n *= dims[i];
                return n;
            }
        }

        public int[] ToArray()
        {
            var s = new int[Length];
            for (int i = 0; i < s.Length; i++) s[i] = this[i];
            return s;
        }

        public long[] ToLongArray() { return dims == null ? new long[0] : (long[])dims.Clone(); }

        public bool SameAs(ArrayShape other)
        {
            if (Length != other.Length) return false;
            for (int i = 0; i < Length; i++) if (dims[i] != other.dims[i]) return false;
            return true;
        }

        public IEnumerator<int> GetEnumerator()
        {
            for (int i = 0; i < Length; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        public override string ToString() { return "[" + string.Join(", ", dims ?? new long[0]) + "]"; }
    }
}
