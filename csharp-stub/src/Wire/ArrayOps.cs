// Joining arrays along an axis, as field_append does (spec §7.3), on the wire bytes.
using System;
using System.Collections.Generic;

namespace Scenewire.Wire
{
    /// <summary>Operations on whole arrays that keep the C-order bytes as they are (no per-element work).</summary>
    public static class ArrayOps
    {
        /// <summary>
        /// A copy of <paramref name="source"/> that views no received frame, in the bytes of
        /// <paramref name="reuse"/> when that owns exactly as many (a field's previous values): a steady
        /// stream of same-sized <c>field_replace</c>s then allocates no array. <paramref name="reuse"/>
        /// must be an array nobody reads any more, since its bytes change.
        /// </summary>
        public static NdArray CopyInto(NdArray source, NdArray reuse)
        {
            ArraySegment<byte> from = source.Data;
            if (reuse == null || reuse.IsView || reuse.ByteCount != from.Count) return source.Copy();
            byte[] bytes = reuse.Data.Array;
            Buffer.BlockCopy(from.Array, from.Offset, bytes, 0, from.Count);
            return new NdArray(source.Dtype, source.LongShape, bytes);
        }

        /// <summary>
        /// <paramref name="first"/> and <paramref name="second"/> joined along <paramref name="axis"/>;
        /// see <see cref="Concatenate(IList{NdArray}, int, long)"/>.
        /// </summary>
        public static NdArray Concatenate(NdArray first, NdArray second, int axis, long keepLast = -1)
        {
            return Concatenate(new[] { first, second }, axis, keepLast);
        }

        /// <summary>
        /// The <paramref name="parts"/> joined in order along <paramref name="axis"/>, keeping only the
        /// last <paramref name="keepLast"/> entries along it when that is not negative (spec §7.3 steps
        /// 4 and 6). All must have the same dtype, the same number of dimensions and the same sizes on
        /// every other axis. One pass of block copies; the result owns its bytes.
        /// </summary>
        public static NdArray Concatenate(IList<NdArray> parts, int axis, long keepLast = -1)
        {
            if (parts == null || parts.Count == 0) throw new ArgumentException("nothing to join");
            NdArray head = parts[0];
            if (axis < 0 || axis >= head.Ndim) throw new ArgumentOutOfRangeException("axis", axis, "not an axis of a " + head.Ndim + "-d array");
            ArrayShape a = head.Shape;
            long outer = 1, inner = head.ItemSizeBytes, rows = 0;
            for (int i = 0; i < a.Length; i++)
            {
                if (i < axis) outer *= a.LongAt(i);
                else if (i > axis) inner *= a.LongAt(i);
            }
            foreach (var part in parts)
            {
                if (part.Dtype != head.Dtype) throw new ArgumentException("dtypes differ: " + head.Dtype + " and " + part.Dtype);
                if (part.Ndim != head.Ndim) throw new ArgumentException("ndims differ: " + head.Ndim + " and " + part.Ndim);
                ArrayShape b = part.Shape;
                for (int i = 0; i < a.Length; i++)
                    if (i != axis && a.LongAt(i) != b.LongAt(i))
                        throw new ArgumentException("sizes differ on axis " + i + ": " + a.LongAt(i) + " and " + b.LongAt(i));
                rows += b.LongAt(axis);
            }
            long keep = keepLast >= 0 && keepLast < rows ? keepLast : rows;
            var shape = a.ToLongArray();
            shape[axis] = keep;
            var data = new byte[checked(outer * keep * inner)];
            long at = 0;
            for (long o = 0; o < outer; o++)
            {
                long skip = rows - keep; // leading entries dropped, from the first parts on
                foreach (var part in parts)
                {
                    long partRows = part.Shape.LongAt(axis);
                    long skipped = Math.Min(skip, partRows);
                    skip -= skipped;
                    long take = partRows - skipped;
                    if (take == 0) continue;
                    ArraySegment<byte> d = part.Data;
                    Buffer.BlockCopy(d.Array, checked((int)(d.Offset + (o * partRows + skipped) * inner)), data, checked((int)at), checked((int)(take * inner)));
                    at += take * inner;
                }
            }
            return new NdArray(head.Dtype, shape, data);
        }
    }
}
