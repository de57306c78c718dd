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
    }
}
