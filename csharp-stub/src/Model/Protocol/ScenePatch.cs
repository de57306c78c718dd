// ScenePatch: Property changes by id: views, operators, controls; metadata by key.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
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
            var r = new RecordReader(tree, path, "ScenePatch");
            return WithTick(new ScenePatch
            {
                ViewUpdates = r.MapOf("view_updates", RecordReader.AsMap),
                OperatorUpdates = r.MapOf("operator_updates", RecordReader.AsMap),
                ControlUpdates = r.MapOf("control_updates", RecordReader.AsMap),
                MetadataUpdates = r.AnyMap("metadata_updates"),
            }, r);
        }

        public override MsgMap ToTree()
        {
            return Close(new RecordWriter(Kind).Put("view_updates", RecordWriter.MapOf(ViewUpdates, m => (object)m))
                .Put("operator_updates", RecordWriter.MapOf(OperatorUpdates, m => (object)m))
                .Put("control_updates", RecordWriter.MapOf(ControlUpdates, m => (object)m))
                .Put("metadata_updates", MetadataUpdates));
        }
    }
}
