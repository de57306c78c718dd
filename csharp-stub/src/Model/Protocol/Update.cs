// Update: A message from the backend; any update may close a tick.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A message from the backend; any update may close a tick.</summary>
    public abstract class Update : Message
    {
        /// <summary>Set on the last update of a tick (spec 7.12); null otherwise.</summary>
        public Tick TickEnd;

        protected static T WithTick<T>(T update, RecordReader r) where T : Update
        {
            update.TickEnd = r.OptRecord("tick_end", Tick.FromTree);
            return update;
        }

        protected MsgMap Close(RecordWriter w) { return w.Opt("tick_end", TickEnd == null ? null : TickEnd.ToTree()).Map; }
    }
}
