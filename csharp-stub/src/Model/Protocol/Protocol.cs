// Protocol: Protocol constants, and decode/encode of whole frames.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>Protocol constants, and decode/encode of whole frames.</summary>
    public static class Protocol
    {
        public const string Name = "scenewire";
        public const int Major = 1;
        /// <summary>The minor this implementation speaks: 1.1 (roles on a shared run, spec 2.5).</summary>
        public const int Minor = 1;
        public const string Subprotocol = "scenewire.v1";

        static readonly Dictionary<string, Func<object, string, Message>> Kinds = new Dictionary<string, Func<object, string, Message>>
        {
            { "hello", Hello.FromTree },
            { "reset", Reset.FromTree },
            { "set_control", SetControl.FromTree },
            { "invoke_action", InvokeAction.FromTree },
            { "key_pressed", KeyPressed.FromTree },
            { "entity_clicked", EntityClicked.FromTree },
            { "stop_session", StopSession.FromTree },
            { "scene_ready", SceneReady.FromTree },
            { "field_replace", FieldReplace.FromTree },
            { "field_append", FieldAppend.FromTree },
            { "scene_patch", ScenePatch.FromTree },
            { "panel_patch", PanelPatch.FromTree },
            { "layout_replace", LayoutReplace.FromTree },
            { "state_patch", StatePatch.FromTree },
            { "status", Status.FromTree },
            { "error", ErrorMessage.FromTree },
            { "control_request", ControlRequest.FromTree },
            { "access", AccessMessage.FromTree },
            { "run_control", RunControl.FromTree },
            { "run_state", RunStateMessage.FromTree },
        };

        public static IEnumerable<string> KnownKinds { get { return Kinds.Keys; } }

        /// <summary>One message from one frame; anything wrong throws <see cref="ProtocolException"/>.</summary>
        public static Message Decode(byte[] frame, Limits limits = null)
        {
            return FromTree(MsgPackReader.Decode(frame, 0, frame.Length, limits));
        }

        public static Message Decode(byte[] frame, int offset, int count, Limits limits = null)
        {
            return FromTree(MsgPackReader.Decode(frame, offset, count, limits));
        }

        /// <summary>
        /// One message from a received frame, its arrays views of the frame's bytes until
        /// <see cref="Message.Release"/>. On a <see cref="ProtocolException"/> the frame is not
        /// released: the caller still owns it.
        /// </summary>
        public static Message Decode(FrameBuffer received, Limits limits = null)
        {
            Message message = FromTree(MsgPackReader.Decode(received, limits));
            message.Attach(received);
            return message;
        }

        /// <summary>Check the envelope and build the message it names.</summary>
        public static Message FromTree(object tree)
        {
            var map = tree as MsgMap;
            if (map == null) throw new ProtocolException(ErrorCodes.BadEnvelope, "a message is a map, got " + RecordErrors.TypeName(tree));
            object kind;
            if (!map.TryGetValue("kind", out kind) || kind == null)
                throw new ProtocolException(ErrorCodes.BadEnvelope, "the message map has no 'kind' key");
            var name = kind as string;
            if (name == null) throw new ProtocolException(ErrorCodes.BadEnvelope, "'kind' is a " + RecordErrors.TypeName(kind) + ", not a string");
            Func<object, string, Message> dec;
            if (!Kinds.TryGetValue(name, out dec)) throw new ProtocolException(ErrorCodes.UnknownKind, "unknown message kind '" + name + "'");
            return dec(map, name);
        }

        public static byte[] Encode(Message message) { return message.Encode(); }
    }
}
