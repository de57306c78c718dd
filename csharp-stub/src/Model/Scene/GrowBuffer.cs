// A field's values growing along their first axis without a copy of the whole field per append.
using System;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>
    /// Entries <c>[start, end)</c> along axis 0 of a larger buffer, as the Python reference's
    /// <c>scene/growable.py</c>: an append writes after the live entries, trimming moves the start,
    /// and only when the room runs out are the live entries moved to the front (or into a buffer
    /// twice as large). With <c>max_length</c> M the room is 2M, so a <c>field_append</c> at 60 Hz
    /// costs a copy of its new entries, not of the field, and allocates no array. Axis 0 only: there
    /// the live entries are contiguous in C order, so <see cref="View"/> is an ordinary array.
    /// </summary>
    internal sealed class GrowBuffer
    {
        const int MinCapacity = 16;
        readonly string dtype;
        readonly long[] rowShape; // the shape with axis 0 left out
        readonly int rowBytes;
        byte[] buffer;
        long start, end;

        public GrowBuffer(NdArray initial)
        {
            dtype = initial.Dtype;
            ArrayShape shape = initial.Shape;
            rowShape = new long[shape.Length - 1];
            long row = initial.ItemSizeBytes;
            for (int i = 1; i < shape.Length; i++) { rowShape[i - 1] = shape.LongAt(i); row *= shape.LongAt(i); }
            rowBytes = checked((int)row);
            long n = shape.LongAt(0);
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
            var shape = new long[rowShape.Length + 1];
            shape[0] = Count;
            Array.Copy(rowShape, 0, shape, 1, rowShape.Length);
            return NdArray.ViewOf(dtype, shape, buffer, checked((int)(start * rowBytes)), checked((int)(Count * rowBytes)));
        }

        /// <summary>Add <paramref name="added"/> (of the buffer's dtype and row shape) and keep the last <paramref name="maxLength"/> entries (negative: all).</summary>
        public void Append(NdArray added, long maxLength)
        {
            ArraySegment<byte> data = added.Data;
            long k = added.Shape.LongAt(0);
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
