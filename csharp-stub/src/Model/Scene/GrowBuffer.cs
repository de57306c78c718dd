// A field's values growing along one axis without a copy of the whole field per append.
using System;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>
    /// Entries <c>[start, end)</c> along <see cref="Axis"/> of a larger buffer, as the Python
    /// reference's <c>scene/growable.py</c>: an append writes after the live entries, trimming moves
    /// the start, and only when the room runs out are the live entries moved to the front (or into a
    /// buffer twice as large). With <c>max_length</c> M the room is 2M, so a <c>field_append</c> at
    /// 60 Hz costs a copy of its new entries, not of the field, and allocates no array. Only along an
    /// axis with no size above 1 before it (<see cref="Fits"/>): there the live entries are
    /// contiguous in C order, so <see cref="View"/> is an ordinary array. Along any other axis each
    /// row's entries are apart from the next row's, and an append moves them all (docs/unity.md).
    /// </summary>
    internal sealed class GrowBuffer
    {
        const int MinCapacity = 16;
        readonly string dtype;
        readonly long[] rowShape; // the shape after the axis
        readonly int rowBytes;
        byte[] buffer;
        long start, end;

        /// <summary>The axis the entries grow along; every size before it is 1.</summary>
        public int Axis { get; }

        /// <summary>Whether an array of <paramref name="shape"/> grows in one of these along <paramref name="axis"/>: no size above 1 before it.</summary>
        public static bool Fits(ArrayShape shape, int axis)
        {
            for (int i = 0; i < axis; i++) if (shape.LongAt(i) != 1) return false;
            return axis < shape.Length;
        }

        public GrowBuffer(NdArray initial, int axis = 0)
        {
            dtype = initial.Dtype;
            ArrayShape shape = initial.Shape;
            if (!Fits(shape, axis)) throw new ArgumentException("a size above 1 before axis " + axis + " of " + shape);
            Axis = axis;
            rowShape = new long[shape.Length - 1 - axis];
            long row = initial.ItemSizeBytes;
            for (int i = axis + 1; i < shape.Length; i++) { rowShape[i - axis - 1] = shape.LongAt(i); row *= shape.LongAt(i); }
            rowBytes = checked((int)row);
            long n = shape.LongAt(axis);
            buffer = new byte[checked((int)(Math.Max(MinCapacity, 2 * n) * rowBytes))];
            ArraySegment<byte> data = initial.Data;
            Buffer.BlockCopy(data.Array, data.Offset, buffer, 0, data.Count);
            end = n;
        }

        long Capacity { get { return rowBytes == 0 ? long.MaxValue : buffer.Length / rowBytes; } }
        long Count { get { return end - start; } }

        /// <summary>The live entries; valid (and unchanged) until the next <see cref="Append"/>.</summary>
        public NdArray View()
        {
            var shape = new long[Axis + 1 + rowShape.Length];
            for (int i = 0; i < Axis; i++) shape[i] = 1;
            shape[Axis] = Count;
            Array.Copy(rowShape, 0, shape, Axis + 1, rowShape.Length);
            return NdArray.ViewOf(dtype, shape, buffer, checked((int)(start * rowBytes)), checked((int)(Count * rowBytes)));
        }

        /// <summary>Add <paramref name="added"/> (of the buffer's dtype and row shape) and keep the last <paramref name="maxLength"/> entries (negative: all).</summary>
        public void Append(NdArray added, long maxLength)
        {
            ArraySegment<byte> data = added.Data;
            long k = added.Shape.LongAt(Axis);
            long skipNew = 0;
            if (maxLength >= 0 && k >= maxLength)
            {
                skipNew = k - maxLength; // the new entries alone fill the window: the old ones all go
                k = maxLength;
                start = end;
            }
            long keep = maxLength < 0 ? Count : Math.Min(Count, maxLength - k);
            long from = end - keep;
            if (end + k > Capacity)
            {
                long capacity = Capacity;
                if (2 * (keep + k) > capacity)
                {
                    var larger = new byte[checked((int)(Math.Max(MinCapacity, 2 * (keep + k)) * rowBytes))];
                    Buffer.BlockCopy(buffer, (int)(from * rowBytes), larger, 0, (int)(keep * rowBytes));
                    buffer = larger;
                }
                else if (keep > 0)
                    Buffer.BlockCopy(buffer, (int)(from * rowBytes), buffer, 0, (int)(keep * rowBytes)); // overlap-safe
                from = 0;
                end = keep;
            }
            Buffer.BlockCopy(data.Array, (int)(data.Offset + skipNew * rowBytes), buffer, (int)(end * rowBytes), (int)(k * rowBytes));
            start = from;
            end += k;
        }
    }
}
