// Receive buffers reused across frames, so that a steady stream of frames allocates none.
using System.Collections.Generic;

namespace Scenewire.Wire
{
    /// <summary>
    /// Free <see cref="FrameBuffer"/>s for a receiver. <see cref="Rent"/> takes the largest free one
    /// (or a new one of <see cref="InitialCapacity"/> bytes); <see cref="FrameBuffer.Release"/> puts
    /// it back. At most <see cref="MaxFree"/> buffers and <see cref="MaxFreeBytes"/> bytes are kept;
    /// a buffer beyond that is left to the garbage collector. Thread-safe.
    /// </summary>
    public sealed class FrameBufferPool
    {
        public const int DefaultInitialCapacity = 16 * 1024;
        readonly object gate = new object();
        readonly List<FrameBuffer> free = new List<FrameBuffer>();
        long freeBytes;

        public FrameBufferPool(int initialCapacity = DefaultInitialCapacity, int maxFree = 8, long maxFreeBytes = 256L * 1024 * 1024)
        {
            InitialCapacity = initialCapacity;
            MaxFree = maxFree;
            MaxFreeBytes = maxFreeBytes;
        }

        public int InitialCapacity { get; }
        public int MaxFree { get; }
        public long MaxFreeBytes { get; }

        /// <summary>An empty buffer for the next frame: the largest free one, so a large frame rarely grows one.</summary>
        public FrameBuffer Rent()
        {
            lock (gate)
            {
                int best = -1;
                for (int i = 0; i < free.Count; i++)
                    if (best < 0 || free[i].Capacity > free[best].Capacity) best = i;
                if (best >= 0)
                {
                    var buffer = free[best];
                    free[best] = free[free.Count - 1];
                    free.RemoveAt(free.Count - 1);
                    freeBytes -= buffer.Capacity;
                    return buffer;
                }
            }
            return new FrameBuffer(this, InitialCapacity);
        }

        internal void Return(FrameBuffer buffer)
        {
            lock (gate)
            {
                if (free.Count >= MaxFree || freeBytes + buffer.Capacity > MaxFreeBytes) return;
                free.Add(buffer);
                freeBytes += buffer.Capacity;
            }
        }
    }
}
