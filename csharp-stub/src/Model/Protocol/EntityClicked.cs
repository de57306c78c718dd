// EntityClicked: A person picked an entity (a morphology segment's entity id).
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
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
            var r = new RecordReader(tree, path, "EntityClicked");
            return new EntityClicked { EntityId = r.Str("entity_id"), ViewId = r.OptStr("view_id"), Segment = r.OptCount("segment") };
        }

        public override MsgMap ToTree()
        {
            return new RecordWriter(Kind).Put("entity_id", EntityId).Opt("view_id", ViewId).OptCount("segment", Segment).Map;
        }
    }
}
