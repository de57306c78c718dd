// KeyPressed: A key no action claimed.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A key no action claimed.</summary>
    public sealed class KeyPressed : Message
    {
        public override string Kind { get { return "key_pressed"; } }
        public string Key;

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "KeyPressed");
            return new KeyPressed { Key = r.Str("key") };
        }

        public override MsgMap ToTree() { return new RecordWriter(Kind).Put("key", Key).Map; }
    }
}
