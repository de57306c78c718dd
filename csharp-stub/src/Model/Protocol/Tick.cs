// Tick: Closes one tick (spec 7.12): the update carrying it is the tick's last.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>Closes one tick (spec 7.12): the update carrying it is the tick's last.</summary>
    public sealed class Tick
    {
        public ulong Index;
        /// <summary>Simulation time of the tick, in the session's unit (ms for NEURON); null without a clock.</summary>
        public double? Time;

        public static Tick FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "Tick");
            return new Tick { Index = r.Count("index"), Time = r.OptFloat("time") };
        }

        public MsgMap ToTree() { return new RecordWriter().Put("index", RecordWriter.Int(Index)).OptFloat("time", Time).Map; }
    }
}
