// Decoder limits (spec §11), read-only: a shared default nobody can change by accident.
namespace Scenewire.Wire
{
    /// <summary>
    /// Decoder limits (spec §11, decisions.md D7). Instances are immutable: <see cref="Default"/>
    /// is shared by every decoder that is given no limits, so it must not be changeable; build
    /// your own with <c>new Limits(maxFrameBytes: 16 * 1024 * 1024)</c>.
    /// </summary>
    public sealed class Limits
    {
        public const int DefaultMaxFrameBytes = 64 * 1024 * 1024;
        public const int DefaultMaxDepth = 32;
        public const int MaxNdim = 32;

        /// <summary>The spec's defaults: 64 MiB per frame, depth 32.</summary>
        public static readonly Limits Default = new Limits();

        public Limits(int maxFrameBytes = DefaultMaxFrameBytes, int maxDepth = DefaultMaxDepth)
        {
            if (maxFrameBytes < 1) throw new System.ArgumentOutOfRangeException("maxFrameBytes", maxFrameBytes, "at least 1 byte");
            if (maxDepth < 1) throw new System.ArgumentOutOfRangeException("maxDepth", maxDepth, "at least 1");
            MaxFrameBytes = maxFrameBytes;
            MaxDepth = maxDepth;
        }

        /// <summary>Bytes in one frame; a larger frame is <c>limit_exceeded</c> (a client closes 1009).</summary>
        public int MaxFrameBytes { get; }
        /// <summary>Containers deep, counting the envelope map as depth 1; an ndarray is a leaf.</summary>
        public int MaxDepth { get; }
    }
}
