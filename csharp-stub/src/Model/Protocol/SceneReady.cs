// SceneReady: A whole scene; replaces whatever the frontend showed.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A whole scene; replaces whatever the frontend showed.</summary>
    public sealed class SceneReady : Update
    {
        public override string Kind { get { return "scene_ready"; } }
        public Scene Scene;

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "SceneReady");
            return WithTick(new SceneReady { Scene = r.Record("scene", Scene.FromTree) }, r);
        }

        public override MsgMap ToTree() { return Close(new RecordWriter(Kind).Put("scene", Scene.ToTree())); }
    }
}
