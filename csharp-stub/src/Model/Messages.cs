// Every message kind of protocol 1.0, and the registry that decodes them by "kind".
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

    /// <summary>Protocol constants, and decode/encode of whole frames.</summary>
    public static class Protocol
    {
        public const string Name = "scenewire";
        public const int Major = 1;
        public const int Minor = 0;
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
            if (map == null) throw new ProtocolException(ErrorCodes.BadEnvelope, "a message is a map, got " + Err.TypeName(tree));
            object kind;
            if (!map.TryGetValue("kind", out kind) || kind == null)
                throw new ProtocolException(ErrorCodes.BadEnvelope, "the message map has no 'kind' key");
            var name = kind as string;
            if (name == null) throw new ProtocolException(ErrorCodes.BadEnvelope, "'kind' is a " + Err.TypeName(kind) + ", not a string");
            Func<object, string, Message> dec;
            if (!Kinds.TryGetValue(name, out dec)) throw new ProtocolException(ErrorCodes.UnknownKind, "unknown message kind '" + name + "'");
            return dec(map, name);
        }

        public static byte[] Encode(Message message) { return message.Encode(); }
    }

    // ---------------------------------------------------------------- handshake

    /// <summary>First message each way: who is speaking and which version.</summary>
    public sealed class Hello : Message
    {
        public static readonly string[] Roles = { "client", "server" };
        public override string Kind { get { return "hello"; } }
        public string ProtocolName = Protocol.Name;
        public ulong Major = Protocol.Major;
        public ulong Minor = Protocol.Minor;
        public string Role;
        public string Implementation;
        public List<string> Capabilities = new List<string>();

        public static Hello Make(string role, string implementation, List<string> capabilities = null)
        {
            return new Hello { Role = role, Implementation = implementation, Capabilities = capabilities ?? new List<string>() };
        }

        public static Message FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "Hello");
            var h = new Hello
            {
                ProtocolName = r.Str("protocol"),
                Major = r.Count("major"),
                Minor = r.Count("minor"),
                Role = r.Str("role"),
                Implementation = r.Str("implementation"),
                Capabilities = r.StrList("capabilities"),
            };
            if (h.ProtocolName != Protocol.Name) throw Err.Invalid(path, "hello: protocol is '" + h.ProtocolName + "', expected 'scenewire'");
            if (Array.IndexOf(Roles, h.Role) < 0) throw Err.Invalid(path, "hello: role '" + h.Role + "' is not one of client, server");
            return h;
        }

        /// <summary>Refuse a hello from the wrong role (unexpected_message) or another major (version_mismatch).</summary>
        public void CheckPeer(string expectedRole)
        {
            if (Role != expectedRole)
                throw new ProtocolException(ErrorCodes.UnexpectedMessage, "hello from a " + Role + ", expected a " + expectedRole);
            if (Major != Protocol.Major)
                throw new ProtocolException(ErrorCodes.VersionMismatch, "peer speaks scenewire " + Major + "." + Minor + ", this side speaks " + Protocol.Major + "." + Protocol.Minor);
        }

        public override MsgMap ToTree()
        {
            return new Wr(Kind).Put("protocol", ProtocolName).Put("major", Wr.Int(Major)).Put("minor", Wr.Int(Minor)).Put("role", Role)
                .Put("implementation", Implementation).Put("capabilities", Wr.Strs(Capabilities)).Map;
        }
    }

    // ---------------------------------------------------------------- commands

    /// <summary>Start the session over from its initial state.</summary>
    public sealed class Reset : Message
    {
        public override string Kind { get { return "reset"; } }
        public static Message FromTree(object tree, string path) { new Rd(tree, path, "Reset"); return new Reset(); }
        public override MsgMap ToTree() { return new Wr(Kind).Map; }
    }

    /// <summary>A person changed a control; Value is a free-form value.</summary>
    public sealed class SetControl : Message
    {
        public override string Kind { get { return "set_control"; } }
        public string ControlId;
        public object Value;

        public static Message FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "SetControl");
            return new SetControl { ControlId = r.Str("control_id"), Value = r.Any("value") };
        }

        public override MsgMap ToTree() { return new Wr(Kind).Put("control_id", ControlId).PutAny("value", Value).Map; }
    }

    /// <summary>A person triggered an action (button, shortcut).</summary>
    public sealed class InvokeAction : Message
    {
        public override string Kind { get { return "invoke_action"; } }
        public string ActionId;
        public MsgMap Payload = new MsgMap();

        public static Message FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "InvokeAction");
            return new InvokeAction { ActionId = r.Str("action_id"), Payload = r.AnyMap("payload") };
        }

        public override MsgMap ToTree() { return new Wr(Kind).Put("action_id", ActionId).Put("payload", Payload).Map; }
    }

    /// <summary>A key no action claimed.</summary>
    public sealed class KeyPressed : Message
    {
        public override string Kind { get { return "key_pressed"; } }
        public string Key;

        public static Message FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "KeyPressed");
            return new KeyPressed { Key = r.Str("key") };
        }

        public override MsgMap ToTree() { return new Wr(Kind).Put("key", Key).Map; }
    }

    /// <summary>A person picked an entity (a morphology segment's entity id).</summary>
    public sealed class EntityClicked : Message
    {
        public override string Kind { get { return "entity_clicked"; } }
        public string EntityId;
        /// <summary>The view clicked in; null when the sender did not say.</summary>
        public string ViewId;
        /// <summary>Index of the picked segment in the view's morphology geometry; null if none.</summary>
        public ulong? Segment;

        public static Message FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "EntityClicked");
            return new EntityClicked { EntityId = r.Str("entity_id"), ViewId = r.OptStr("view_id"), Segment = r.OptCount("segment") };
        }

        public override MsgMap ToTree()
        {
            return new Wr(Kind).Put("entity_id", EntityId).Opt("view_id", ViewId).OptCount("segment", Segment).Map;
        }
    }

    /// <summary>End the session; the backend shuts down and closes.</summary>
    public sealed class StopSession : Message
    {
        public override string Kind { get { return "stop_session"; } }
        public static Message FromTree(object tree, string path) { new Rd(tree, path, "StopSession"); return new StopSession(); }
        public override MsgMap ToTree() { return new Wr(Kind).Map; }
    }

    // ---------------------------------------------------------------- updates

    /// <summary>Closes one tick (spec 7.12): the update carrying it is the tick's last.</summary>
    public sealed class Tick
    {
        public ulong Index;
        /// <summary>Simulation time of the tick, in the session's unit (ms for NEURON); null without a clock.</summary>
        public double? Time;

        public static Tick FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "Tick");
            return new Tick { Index = r.Count("index"), Time = r.OptFloat("time") };
        }

        public MsgMap ToTree() { return new Wr().Put("index", Wr.Int(Index)).OptFloat("time", Time).Map; }
    }

    /// <summary>A message from the backend; any update may close a tick.</summary>
    public abstract class Update : Message
    {
        /// <summary>Set on the last update of a tick (spec 7.12); null otherwise.</summary>
        public Tick TickEnd;

        protected static T WithTick<T>(T update, Rd r) where T : Update
        {
            update.TickEnd = r.OptRecord("tick_end", Tick.FromTree);
            return update;
        }

        protected MsgMap Close(Wr w) { return w.Opt("tick_end", TickEnd == null ? null : TickEnd.ToTree()).Map; }
    }

    /// <summary>A whole scene; replaces whatever the frontend showed.</summary>
    public sealed class SceneReady : Update
    {
        public override string Kind { get { return "scene_ready"; } }
        public Scene Scene;

        public static Message FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "SceneReady");
            return WithTick(new SceneReady { Scene = r.Record("scene", Scene.FromTree) }, r);
        }

        public override MsgMap ToTree() { return Close(new Wr(Kind).Put("scene", Scene.ToTree())); }
    }

    /// <summary>New values (and optionally coords) for a field; dims stay.</summary>
    public sealed class FieldReplace : Update
    {
        public override string Kind { get { return "field_replace"; } }
        public string FieldId;
        public NdArray Values;
        public Dictionary<string, NdArray> Coords;
        public MsgMap AttrsUpdate;

        public static Message FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "FieldReplace");
            return WithTick(new FieldReplace
            {
                FieldId = r.Str("field_id"),
                Values = r.Array("values"),
                Coords = r.OptMapOf("coords", Dtypes.Coord),
                AttrsUpdate = r.OptAnyMap("attrs_update"),
            }, r);
        }

        public override MsgMap ToTree()
        {
            return Close(new Wr(Kind).Put("field_id", FieldId).Put("values", Values)
                .Opt("coords", Wr.MapOf(Coords, a => (object)a)).Opt("attrs_update", AttrsUpdate));
        }
    }

    /// <summary>Grow a field along AppendDim; keep the last MaxLength entries.</summary>
    public sealed class FieldAppend : Update
    {
        public override string Kind { get { return "field_append"; } }
        public string FieldId;
        public string AppendDim;
        public NdArray Values;
        public NdArray CoordValues;
        public ulong? MaxLength;
        public MsgMap AttrsUpdate;

        public static Message FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "FieldAppend");
            var m = new FieldAppend
            {
                FieldId = r.Str("field_id"),
                AppendDim = r.Str("append_dim"),
                Values = r.Array("values"),
                CoordValues = r.Record("coord_values", Dtypes.Coord),
                MaxLength = r.OptCount("max_length", 1),
                AttrsUpdate = r.OptAnyMap("attrs_update"),
            };
            if (m.Values.Ndim == 0) throw Err.Invalid(path, "field_append '" + m.FieldId + "': values must have at least one dimension");
            return WithTick(m, r);
        }

        public override MsgMap ToTree()
        {
            return Close(new Wr(Kind).Put("field_id", FieldId).Put("append_dim", AppendDim).Put("values", Values)
                .Put("coord_values", CoordValues).OptCount("max_length", MaxLength).Opt("attrs_update", AttrsUpdate));
        }
    }

    /// <summary>Property changes by id: views, operators, controls; metadata by key.</summary>
    public sealed class ScenePatch : Update
    {
        public override string Kind { get { return "scene_patch"; } }
        public Dictionary<string, MsgMap> ViewUpdates = new Dictionary<string, MsgMap>();
        public Dictionary<string, MsgMap> OperatorUpdates = new Dictionary<string, MsgMap>();
        public Dictionary<string, MsgMap> ControlUpdates = new Dictionary<string, MsgMap>();
        public MsgMap MetadataUpdates = new MsgMap();

        public static Message FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "ScenePatch");
            return WithTick(new ScenePatch
            {
                ViewUpdates = r.MapOf("view_updates", Rd.AsMap),
                OperatorUpdates = r.MapOf("operator_updates", Rd.AsMap),
                ControlUpdates = r.MapOf("control_updates", Rd.AsMap),
                MetadataUpdates = r.AnyMap("metadata_updates"),
            }, r);
        }

        public override MsgMap ToTree()
        {
            return Close(new Wr(Kind).Put("view_updates", Wr.MapOf(ViewUpdates, m => (object)m))
                .Put("operator_updates", Wr.MapOf(OperatorUpdates, m => (object)m))
                .Put("control_updates", Wr.MapOf(ControlUpdates, m => (object)m))
                .Put("metadata_updates", MetadataUpdates));
        }
    }

    /// <summary>Change one panel: a null list is unchanged, an empty one clears.</summary>
    public sealed class PanelPatch : Update
    {
        public override string Kind { get { return "panel_patch"; } }
        public string PanelId;
        public List<string> ControlIds, ActionIds, ViewIds;
        public string Title;

        public static Message FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "PanelPatch");
            return WithTick(new PanelPatch
            {
                PanelId = r.Str("panel_id"),
                ControlIds = r.OptStrList("control_ids"),
                ActionIds = r.OptStrList("action_ids"),
                ViewIds = r.OptStrList("view_ids"),
                Title = r.OptStr("title"),
            }, r);
        }

        public override MsgMap ToTree()
        {
            return Close(new Wr(Kind).Put("panel_id", PanelId).Opt("control_ids", Wr.Strs(ControlIds))
                .Opt("action_ids", Wr.Strs(ActionIds)).Opt("view_ids", Wr.Strs(ViewIds)).Opt("title", Title));
        }
    }

    /// <summary>New panels (and grid) for the current scene.</summary>
    public sealed class LayoutReplace : Update
    {
        public override string Kind { get { return "layout_replace"; } }
        public List<Panel> Panels = new List<Panel>();
        public List<List<string>> PanelGrid;

        public static Message FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "LayoutReplace");
            var m = new LayoutReplace { Panels = r.List("panels", Panel.FromTree), PanelGrid = r.OptRecord("panel_grid", Panel.ReadGrid) };
            Panel.CheckPanels(path, m.Panels, m.PanelGrid);
            return WithTick(m, r);
        }

        public override MsgMap ToTree()
        {
            return Close(new Wr(Kind).Put("panels", Wr.Trees(Panels, p => (object)p.ToTree())).Opt("panel_grid", Wr.Grid(PanelGrid)));
        }
    }

    /// <summary>Set frontend state keys (selection, bound view properties).</summary>
    public sealed class StatePatch : Update
    {
        public override string Kind { get { return "state_patch"; } }
        public MsgMap Updates = new MsgMap();

        public static Message FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "StatePatch");
            return WithTick(new StatePatch { Updates = r.AnyMap("updates") }, r);
        }

        public override MsgMap ToTree() { return Close(new Wr(Kind).Put("updates", Updates)); }
    }

    /// <summary>A line for the status bar; gone after TimeoutMs when given.</summary>
    public sealed class Status : Update
    {
        public override string Kind { get { return "status"; } }
        public string Message;
        public ulong? TimeoutMs;

        public static Message FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "Status");
            return WithTick(new Status { Message = r.Str("message"), TimeoutMs = r.OptCount("timeout_ms") }, r);
        }

        public override MsgMap ToTree() { return Close(new Wr(Kind).Put("message", Message).OptCount("timeout_ms", TimeoutMs)); }
    }

    /// <summary>The "error" message: something went wrong; Code is a spec error code when there is one.</summary>
    public sealed class ErrorMessage : Update
    {
        public override string Kind { get { return "error"; } }
        public string Message;
        public string Code;

        public static Message FromTree(object tree, string path)
        {
            var r = new Rd(tree, path, "Error");
            return WithTick(new ErrorMessage { Message = r.Str("message"), Code = r.OptStr("code") }, r);
        }

        public override MsgMap ToTree() { return Close(new Wr(Kind).Put("message", Message).Opt("code", Code)); }
    }
}
