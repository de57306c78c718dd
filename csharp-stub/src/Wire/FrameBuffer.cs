// One received frame's bytes, lent from a FrameBufferPool and returned by Release.
using System;
using System.Threading;

namespace Scenewire.Wire
{
    /// <summary>
    /// The bytes of one received frame, in a buffer reused from frame to frame. Arrays decoded from
    /// it (<see cref="NdArray"/>) are views of these bytes, valid until <see cref="Release"/>: after
    /// it, the buffer holds another frame and those arrays throw <see cref="InvalidOperationException"/>
    /// instead of showing its bytes. Not releasing is safe (the buffer is then garbage, and the pool
    /// allocates another): it costs allocation, never correctness.
    /// </summary>
    public sealed class FrameBuffer
    {
        readonly FrameBufferPool pool;
        byte[] bytes;
        int length;
        int generation;

        internal FrameBuffer(FrameBufferPool pool, int capacity)
        {
            this.pool = pool;
            bytes = new byte[capacity];
        }

        /// <summary>The buffer; the frame is its first <see cref="Length"/> bytes.</summary>
        public byte[] Bytes { get { return bytes; } }
        public int Length { get { return length; } }
        public int Capacity { get { return bytes.Length; } }

        /// <summary>Changes on every <see cref="Release"/>; a view made earlier compares it to refuse stale reads.</summary>
        public int Generation { get { return Volatile.Read(ref generation); } }

        internal void SetLength(int value) { length = value; }

        /// <summary>
        /// Add received bytes to the frame, growing the buffer to the length the frame's first bytes
        /// announce (<see cref="FrameSizeHint"/>): for a receiver on another WebSocket library. Only
        /// before the frame is decoded.
        /// </summary>
        public void Append(byte[] source, int offset, int count)
        {
            if (count > bytes.Length - length)
            {
                long needed = (long)length + count;
                Buffer.BlockCopy(source, offset, bytes, length, bytes.Length - length); // what fits, for the hint
                long hint = FrameSizeHint.MinimumLength(bytes, bytes.Length);
                Grow((int)Math.Min(int.MaxValue, Math.Max(needed, Math.Max(hint, (long)bytes.Length + bytes.Length / 2))), length);
            }
            Buffer.BlockCopy(source, offset, bytes, length, count);
            length += count;
        }

        /// <summary>
        /// Grow to at least <paramref name="capacity"/> bytes, keeping the first <see cref="Length"/>;
        /// rounded up to 4 KiB so that a frame of the same size next time fits.
        /// </summary>
        internal void Grow(int capacity, int keep)
        {
            if (capacity <= bytes.Length) return;
            long rounded = ((long)capacity + 4095) / 4096 * 4096;
            var larger = new byte[(int)Math.Min(rounded, int.MaxValue)];
            Buffer.BlockCopy(bytes, 0, larger, 0, keep);
            bytes = larger;
        }

        /// <summary>
        /// Hand the buffer back for the next frame. Views of it (arrays of the message decoded from it)
        /// become invalid. Releasing twice, or a generation that is no longer current, does nothing.
        /// </summary>
        public void Release() { Release(Generation); }

        /// <summary>Release only if the buffer still holds the frame of <paramref name="expectedGeneration"/>.</summary>
        public void Release(int expectedGeneration)
        {
            if (Interlocked.CompareExchange(ref generation, expectedGeneration + 1, expectedGeneration) != expectedGeneration) return;
            length = 0;
            if (pool != null) pool.Return(this);
        }
    }
}
