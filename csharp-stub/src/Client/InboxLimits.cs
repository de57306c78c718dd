// How much a SceneClient holds for a consumer that has fallen behind, before it merges or closes.
using System;

namespace Scenewire.Client
{
    /// <summary>
    /// Bounds of the messages a <see cref="SceneClient"/> has received but its consumer has not
    /// taken yet. Over either bound the client merges what can be merged without changing the
    /// scene the messages build (<see cref="SceneClient"/>, section "A consumer that falls behind"
    /// of docs/unity.md); still over after that, it closes with 1011 and a reason rather than drop
    /// history. Immutable; <see cref="Default"/> is shared.
    /// </summary>
    public sealed class InboxLimits
    {
        /// <summary>4096 messages or 128 MiB, whichever is reached first.</summary>
        public static readonly InboxLimits Default = new InboxLimits();

        public InboxLimits(int maxMessages = 4096, long maxBytes = 128L * 1024 * 1024)
        {
            if (maxMessages < 1) throw new ArgumentOutOfRangeException("maxMessages", maxMessages, "at least 1");
            if (maxBytes < 1) throw new ArgumentOutOfRangeException("maxBytes", maxBytes, "at least 1 byte");
            MaxMessages = maxMessages;
            MaxBytes = maxBytes;
        }

        /// <summary>Messages (and frame reports) waiting.</summary>
        public int MaxMessages { get; }
        /// <summary>Bytes of the frames waiting (a merged append counts its own arrays).</summary>
        public long MaxBytes { get; }
    }
}
