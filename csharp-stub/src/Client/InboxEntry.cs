// One item waiting in a SceneClient's inbox.
using System;
using Scenewire.Model;

namespace Scenewire.Client
{
    /// <summary>A received message, or the report of a frame that did not decode, waiting for the consumer.</summary>
    internal struct InboxEntry
    {
        /// <summary>The message (null for a report).</summary>
        public Message Message;
        /// <summary>A frame's <see cref="Scenewire.Wire.ProtocolException"/>, thrown to the consumer in its place.</summary>
        public Exception Report;
        /// <summary>Bytes held: the frame's length, or a merged message's arrays.</summary>
        public long Bytes;
        /// <summary>For a field_append: the axis of its append_dim in the scene it applies to, or -1 if unknown.</summary>
        public int Axis;
        /// <summary>For a field_append: whether it certainly applies to the state the messages before it build (<see cref="InboxScene"/>).</summary>
        public bool Fits;
        /// <summary>For a scene_patch: which of its entries apply (<see cref="InboxScene"/>); null if unknown.</summary>
        public PatchEffect Effect;
    }
}
