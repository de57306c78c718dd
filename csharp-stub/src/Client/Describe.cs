// Describe: One readable line per message: arrays as dtype[shape], scenes as counts.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Scenewire.Model;
using Scenewire.Wire;

namespace Scenewire.Client
{
    /// <summary>
    /// One readable line per message: arrays as dtype[shape], scenes as counts; every text the server
    /// chose (strings, keys, the title) with its control characters escaped (<see cref="Printable"/>).
    /// </summary>
    public static class Describe
    {
        const int MaxText = 60;

        public static string Message(Message message)
        {
            var kind = message.Kind.PadRight(14);
            var ready = message as SceneReady;
            if (ready != null) return kind + " " + Scene(ready.Scene);
            var parts = new List<string>();
            foreach (var kv in message.ToTree())
            {
                if (kv.Key == "kind" || kv.Value == null) continue;
                var list = kv.Value as List<object>;
                var map = kv.Value as MsgMap;
                if ((list != null && list.Count == 0) || (map != null && map.Count == 0)) continue;
                parts.Add(kv.Key + "=" + Value(kv.Value));
            }
            return kind + " " + string.Join(" ", parts);
        }

        public static string Scene(Scene scene)
        {
            var parts = new List<string>();
            if (scene.Fields.Count > 0) parts.Add(scene.Fields.Count + " fields");
            if (scene.Geometries.Count > 0) parts.Add(scene.Geometries.Count + " geometries");
            if (scene.Views.Count > 0) parts.Add(scene.Views.Count + " views");
            if (scene.Controls.Count > 0) parts.Add(scene.Controls.Count + " controls");
            if (scene.Actions.Count > 0) parts.Add(scene.Actions.Count + " actions");
            object title;
            string head = scene.Metadata.TryGetValue("title", out title) && title is string ? "'" + Printable.Shown((string)title, MaxText) + "': " : "";
            return head + (parts.Count > 0 ? string.Join(", ", parts) : "empty");
        }

        public static string Value(object v)
        {
            if (v == null) return "nil";
            var a = v as NdArray;
            if (a != null) return a.Dtype + "[" + string.Join(", ", a.LongShape) + "]";
            var map = v as MsgMap;
            if (map != null)
            {
                var inner = new List<string>();
                foreach (var kv in map)
                {
                    if (inner.Count == 6) { inner.Add("..."); break; }
                    inner.Add(Printable.Shown(kv.Key, MaxText) + ": " + Value(kv.Value));
                }
                return "{" + string.Join(", ", inner) + "}";
            }
            var list = v as List<object>;
            if (list != null)
            {
                if (list.Count > 4) return "[" + list.Count + " items]";
                var inner = new List<string>();
                foreach (var item in list) inner.Add(Value(item));
                return "[" + string.Join(", ", inner) + "]";
            }
            string text;
            if (v is string) text = "'" + Printable.Shown((string)v) + "'"; // a server's text: escaped (spec 7.9)
            else if (v is bool) text = (bool)v ? "true" : "false";
            else if (v is double) text = ((double)v).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            else if (v is byte[]) text = "bin(" + ((byte[])v).Length + " bytes)";
            else text = Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture);
            return text.Length <= MaxText ? text : text.Substring(0, MaxText - 3) + "...";
        }
    }
}
