// Replays the state vectors of conformance/state/ against SceneState (conformance/README.md, "State vectors").
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Scenewire.Model;
using Scenewire.Wire;

namespace Scenewire.Conformance
{
    /// <summary>
    /// For each sequence of <c>state/manifest.json</c>: start from an empty <see cref="SceneState"/>,
    /// apply each step (a frame, or a local <c>set_frontend_state</c>), and compare what the step
    /// reported and the whole state held with the step's <c>changes</c> and <c>state</c>. Each step
    /// is one check: "ok name#step" or "FAIL name#step: where they differ".
    /// </summary>
    public sealed class StateRunner : RunnerTally
    {
        readonly string root;

        /// <param name="conformanceDir">the conformance folder; the vectors are in its <c>state/</c></param>
        public StateRunner(string conformanceDir) { root = Path.Combine(conformanceDir, "state"); }

        public static bool Present(string conformanceDir) { return File.Exists(Path.Combine(conformanceDir, "state", "manifest.json")); }

        /// <summary>
        /// The folders of state vectors under <paramref name="stateDir"/>: itself (1.0), then <c>1.1/</c>
        /// (the snapshot vectors of spec §7.13) when present. Their sequences have the same shape; a 1.1
        /// sequence's name is printed with its folder, "1.1/snapshot_...".
        /// </summary>
        public static List<string> Folders(string stateDir)
        {
            var folders = new List<string> { stateDir };
            string v11 = Path.Combine(stateDir, "1.1");
            if (File.Exists(Path.Combine(v11, "manifest.json"))) folders.Add(v11);
            return folders;
        }

        /// <summary>Replay every sequence; true when every step matched.</summary>
        public bool Run()
        {
            foreach (string folder in StateRunner.Folders(root))
                RunFolder(folder, folder == root ? "" : Path.GetFileName(folder) + "/");
            Say(Passed + " passed, " + Failed + " failed");
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
                    Replay(name, (List<object>)sequence["steps"]);
                }
                catch (Exception e) { Fail(name, "crashed: " + e.GetType().Name + ": " + e.Message); }
            }
        }

        void Replay(string name, List<object> steps)
        {
            var state = new SceneState();
            for (int i = 0; i < steps.Count; i++)
            {
                var step = (Dictionary<string, object>)steps[i];
                string id = name + "#" + i;
                Changes changes;
                object frame, local;
                if (step.TryGetValue("frame", out frame))
                    changes = state.Apply(Protocol.Decode(FromHex((string)frame)));
                else if (step.TryGetValue("set_frontend_state", out local))
                {
                    var set = (Dictionary<string, object>)local;
                    changes = state.SetFrontendState((string)set["key"], FromJsonForm(set["value"]));
                }
                else { Fail(id, "a step with neither frame nor set_frontend_state"); return; }
                string diff = ConformanceRunner.Compare(ChangesTree(changes), step["changes"], "changes")
                    ?? ConformanceRunner.Compare(state.ToTree(), step["state"], "state");
                if (diff != null)
                {
                    object note;
                    Fail(id, diff + (step.TryGetValue("note", out note) ? " (step: " + note + ")" : ""));
                    return; // later steps build on this one
                }
                Pass(id);
            }
        }

        /// <summary>The changes of one step in the vectors' shape: every key present, ids sorted, error codes.</summary>
        public static MsgMap ChangesTree(Changes changes)
        {
            var tree = new MsgMap();
            tree["scene"] = changes.Scene;
            tree["layout"] = changes.Layout;
            tree["metadata"] = changes.Metadata;
            tree["status"] = changes.Status != null;
            tree["fields"] = SortedIds(changes.Fields);
            tree["views"] = SortedIds(changes.Views);
            tree["controls"] = SortedIds(changes.Controls);
            tree["actions"] = SortedIds(changes.Actions);
            tree["operators"] = SortedIds(changes.Operators);
            tree["panels"] = SortedIds(changes.Panels);
            tree["state_keys"] = SortedIds(changes.StateKeys);
            var errors = new List<object>();
            foreach (var error in changes.Errors)
            {
                var message = error as ErrorMessage;
                var note = error as ApplyNote;
                errors.Add(message != null ? message.Code : note != null ? note.Code : null);
            }
            tree["errors"] = errors;
            return tree;
        }

        static List<object> SortedIds(HashSet<string> ids)
        {
            var list = new List<string>(ids);
            list.Sort(StringComparer.Ordinal);
            return list.ConvertAll(id => (object)id);
        }

        /// <summary>A value of the JSON form (spec §15.2) as a generic tree value.</summary>
        public static object FromJsonForm(object json)
        {
            var obj = json as Dictionary<string, object>;
            if (obj != null)
            {
                object special;
                if (obj.Count == 1)
                {
                    if (obj.TryGetValue("$float", out special))
                        return (string)special == "nan" ? double.NaN : (string)special == "inf" ? double.PositiveInfinity : double.NegativeInfinity;
                    if (obj.TryGetValue("$bin", out special)) return Convert.FromBase64String((string)special);
                    if (obj.TryGetValue("$ndarray", out special))
                    {
                        var spec = (Dictionary<string, object>)special;
                        var shape = ((List<object>)spec["shape"]).ConvertAll(d => System.Convert.ToInt64(d)).ToArray();
                        return new NdArray((string)spec["dtype"], shape, Convert.FromBase64String((string)spec["data"]));
                    }
                    if (obj.TryGetValue("$map", out special)) obj = (Dictionary<string, object>)special;
                }
                var map = new MsgMap(obj.Count);
                foreach (var kv in obj) map[kv.Key] = FromJsonForm(kv.Value);
                return map;
            }
            var list = json as List<object>;
            if (list != null) return list.ConvertAll(FromJsonForm);
            return json;
        }
    }
}
