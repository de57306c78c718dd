// Message: A message: a map whose "kind" names it (decisions.md D2).
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A message: a map whose "kind" names it (decisions.md D2).</summary>
    public abstract class Message
    {
        FrameBuffer frame;
        int frameGeneration;

        public abstract string Kind { get; }

        /// <summary>
        /// The received frame this message's arrays are views of, or null (a message built in code,
        /// decoded from a plain byte[], or released).
        /// </summary>
        public FrameBuffer Frame { get { return frame; } }

        internal void Attach(FrameBuffer received)
        {
            frame = received;
            frameGeneration = received.Generation;
        }

        /// <summary>
        /// Keep this message's arrays valid for good: its frame's buffer never goes back to the pool
        /// (a later <see cref="Release"/> does nothing). <see cref="SceneState"/> does this with a
        /// <c>scene_ready</c>, whose arrays the scene holds.
        /// </summary>
        public void Keep() { frame = null; }

        /// <summary>
        /// Done with this message: its frame's buffer goes back to the pool for a later frame, and its
        /// arrays become invalid (reading them throws). Copy what you keep first. Calling it twice,
        /// or never, is safe; never releasing costs a new buffer per frame.
        /// </summary>
        public void Release()
        {
            var received = frame;
            if (received == null) return;
            frame = null;
            received.Release(frameGeneration);
        }

        /// <summary>The message as a generic tree (the writer sorts keys canonically).</summary>
        public abstract MsgMap ToTree();
        /// <summary>Canonical bytes (one WebSocket frame).</summary>
        public byte[] Encode() { return MsgPackWriter.Encode(ToTree()); }
        public override string ToString() { return Kind; }
    }
}
