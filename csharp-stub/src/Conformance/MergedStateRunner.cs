// Replays the state vectors through a SceneClient's merging of queued messages (docs/unity.md, "A consumer that falls behind").
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Scenewire.Client;
using Scenewire.Model;
using Scenewire.Wire;

namespace Scenewire.Conformance
{
    /// <summary>
    /// For each sequence of <c>state/manifest.json</c> and each of its steps: queue the frames up to
    /// that step as a client whose consumer fell behind queues them (<see cref="InboxScene"/>), merge
    /// them (<see cref="InboxCoalescing"/>), apply what is left to an empty <see cref="SceneState"/>,
    /// and compare the state with the step's <c>state</c>. A local <c>set_frontend_state</c> step is
    /// the consumer's own: what is queued before it is merged and applied first. Each prefix is
    /// replayed twice, merging once at its end and merging again after every frame (as an inbox over
    /// its bounds does). Each frame closes a tick of its own: the tick ends left after merging must
    /// rise and end with the last one queued. "ok name#step" or "FAIL name#step: where they differ", then how many
    /// messages the merges took away, so a run that merged nothing shows.
    /// </summary>
    public sealed class MergedStateRunner : RunnerTally
    {
        readonly string root;
        public long MergedAway;
        long lastTick; // the tick_end index of the last frame queued

        /// <param name="conformanceDir">the conformance folder; the vectors are in its <c>state/</c></param>
        public MergedStateRunner(string conformanceDir) { root = Path.Combine(conformanceDir, "state"); }

        /// <summary>Replay every prefix of every sequence, merged; true when each gave the step's state.</summary>
        public bool Run()
        {
            foreach (string folder in StateRunner.Folders(root))
                RunFolder(folder, folder == root ? "" : Path.GetFileName(folder) + "/");
            Say(Passed + " passed, " + Failed + " failed; merging took away " + MergedAway + " messages");
            return Failed == 0;
        }

        /// <summary>The sequences of one folder's manifest, their names printed after <paramref name="prefix"/>.</summary>
        void RunFolder(string folder, string prefix)
        {
            var manifest = (Dictionary<string, object>)Json.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json"), Encoding.UTF8));
            foreach (Dictionary<string, object> entry in (List<object>)manifest["sequences"])
            {
                string name = prefix + (string)entry["name"];
                try
                {
                    var sequence = (Dictionary<string, object>)Json.Parse(File.ReadAllText(Path.Combine(folder, (string)entry["file"]), Encoding.UTF8));
                    var steps = (List<object>)sequence["steps"];
                    for (int last = 0; last < steps.Count; last++)
                        foreach (bool everyFrame in new[] { false, true })
                        {
                            string id = name + "#" + last + (everyFrame ? " (merged after every frame)" : " (merged once)");
                            string diff;
                            try { diff = ConformanceRunner.Compare(Replay(steps, last, everyFrame), ((Dictionary<string, object>)steps[last])["state"], "state"); }
                            catch (InvalidOperationException e) { diff = e.Message; }
                            if (diff == null) Pass(id);
                            else Fail(id, diff);
                        }
                }
                catch (Exception e) { Fail(name, "crashed: " + e.GetType().Name + ": " + e.Message); }
            }
        }

        /// <summary>The state after steps 0..<paramref name="last"/>, each run of frames queued and merged before it applies.</summary>
        MsgMap Replay(List<object> steps, int last, bool everyFrame)
        {
            var state = new SceneState();
            var scene = new InboxScene();
            lastTick = -1;
            var queue = new List<InboxEntry>();
            for (int i = 0; i <= last; i++)
            {
                var step = (Dictionary<string, object>)steps[i];
                object frame, local;
                if (step.TryGetValue("frame", out frame))
                {
                    byte[] bytes = FromHex((string)frame);
                    var update = (Update)Protocol.Decode(bytes);
                    update.TickEnd = new Tick { Index = (ulong)i }; // each frame a tick of its own: a tick changes no state
                    queue.Add(scene.Entry(update, bytes.Length));
                    lastTick = i;
                    if (everyFrame) Merge(queue);
                }
                else if (step.TryGetValue("set_frontend_state", out local))
                {
                    Drain(queue, state);
                    var set = (Dictionary<string, object>)local;
                    state.SetFrontendState((string)set["key"], StateRunner.FromJsonForm(set["value"]));
                }
            }
            Drain(queue, state);
            MsgMap tree = state.ToTree();
            foreach (var held in new[] { "status", "error" }) // the ticks given above are not the vector's: checked in Merge instead
            {
                var message = tree[held] as MsgMap;
                if (message != null) message.Remove("tick_end");
            }
            return tree;
        }

        void Drain(List<InboxEntry> queue, SceneState state)
        {
            Merge(queue);
            foreach (var entry in queue) state.Apply(entry.Message);
            queue.Clear();
        }

        /// <summary>Merge the queue; the tick ends left must rise and end with the last one queued (§7.12: never wait for a merged-away end).</summary>
        void Merge(List<InboxEntry> queue)
        {
            MergedAway += InboxCoalescing.Coalesce(queue);
            long previous = -1;
            foreach (var entry in queue)
            {
                var update = entry.Message as Update;
                if (update == null || update.TickEnd == null) continue;
                if ((long)update.TickEnd.Index <= previous) throw new InvalidOperationException("tick_end " + update.TickEnd.Index + " after " + previous + " once merged");
                previous = (long)update.TickEnd.Index;
            }
            if (queue.Count > 0 && previous != lastTick) throw new InvalidOperationException("the last tick_end left is " + previous + ", not " + lastTick + " once merged");
        }
    }
}
