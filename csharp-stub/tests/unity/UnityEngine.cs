// The few UnityEngine types the MonoBehaviour sample of docs/unity.md uses, so that CI compiles and
// runs the sample without Unity. Behaviour only where the sample relies on it: Debug prints a line.
using System;

namespace UnityEngine
{
    public class Object { }

    public class Component : Object { }

    public class Behaviour : Component
    {
        public bool enabled = true;
    }

    /// <summary>Unity calls Start, Update and OnDestroy by name (they may be private); UnityPlayer does the same.</summary>
    public class MonoBehaviour : Behaviour { }

    public static class Debug
    {
        public static void Log(object message) { Write("log", message); }
        public static void LogWarning(object message) { Write("warning", message); }
        public static void LogError(object message) { Write("error", message); }

        static void Write(string level, object message)
        {
            lock (Console.Out) Console.WriteLine(level + ": " + message);
        }
    }
}
