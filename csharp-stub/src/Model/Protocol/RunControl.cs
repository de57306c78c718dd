// RunControl and RunStateMessage: 1.1 run control (spec 6.8, 7.15): pause, resume, step, speed limit.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>
    /// 1.1, client to server (spec 6.8): pause the run, resume it, step it <see cref="Steps"/> ticks
    /// (then it waits paused), or limit it to <see cref="TicksPerS"/> ticks a second (null: no limit).
    /// A command only the controller of a shared run may send (an observer's is answered
    /// not_controller), carried out by the server, never the session. Send it only to a server whose
    /// hello says minor 1 or more.
    /// </summary>
    public sealed class RunControl : Message
    {
        public const string Pause = "pause", Resume = "resume", Step = "step", Speed = "speed";
        public const long MaxSteps = 1000000;
        public static readonly string[] Actions = { Pause, Resume, Step, Speed };

        public override string Kind { get { return "run_control"; } }
        public string Action;
        public long? Steps;
        public double? TicksPerS;

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "RunControl");
            var m = new RunControl { Action = r.Str("action"), Steps = r.OptInt("steps", 1), TicksPerS = r.OptFloat("ticks_per_s") };
            m.Check(path);
            return m;
        }

        void Check(string path)
        {
            if (Array.IndexOf(Actions, Action) < 0)
                throw RecordErrors.Invalid(path, "run_control: action '" + Action + "' is not one of pause, resume, step, speed");
            if (Steps.HasValue && Action != Step)
                throw RecordErrors.Invalid(path, "run_control: steps goes with action 'step' only");
            if (Steps.HasValue && Steps.Value > MaxSteps)
                throw RecordErrors.Invalid(path, "run_control: steps " + Steps.Value + " is over " + MaxSteps);
            if (TicksPerS.HasValue && Action != Speed)
                throw RecordErrors.Invalid(path, "run_control: ticks_per_s goes with action 'speed' only");
            RunStateMessage.CheckRate(TicksPerS, path, "run_control");
        }

        public override MsgMap ToTree()
        {
            Check("run_control");
            return new RecordWriter(Kind).Put("action", Action).OptInt("steps", Steps).OptFloat("ticks_per_s", TicksPerS).Map;
        }
    }

    /// <summary>
    /// 1.1, server to client (spec 7.15): the run is "running", "paused" or "stopped" (advance raised,
    /// spec 2.4), and its speed limit (null: none). The server's own message: outside every tick,
    /// never applied to a <see cref="SceneState"/> (which ignores it without a note).
    /// </summary>
    public sealed class RunStateMessage : Message
    {
        public const string Running = "running", Paused = "paused", Stopped = "stopped";
        public static readonly string[] States = { Running, Paused, Stopped };

        public override string Kind { get { return "run_state"; } }
        public string State;
        public double? TicksPerS;

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "RunState");
            var m = new RunStateMessage { State = r.Str("state"), TicksPerS = r.OptFloat("ticks_per_s") };
            if (Array.IndexOf(States, m.State) < 0)
                throw RecordErrors.Invalid(path, "run_state: state '" + m.State + "' is not one of running, paused, stopped");
            CheckRate(m.TicksPerS, path, "run_state");
            return m;
        }

        internal static void CheckRate(double? rate, string path, string where)
        {
            if (rate.HasValue && !(rate.Value > 0)) // NaN fails too; +inf is no limit
                throw RecordErrors.Invalid(path, where + ": ticks_per_s must be above 0 (absent: no limit)");
        }

        public override MsgMap ToTree()
        {
            return new RecordWriter(Kind).Put("state", State).OptFloat("ticks_per_s", TicksPerS).Map;
        }
    }
}
