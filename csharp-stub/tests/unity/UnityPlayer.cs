// Plays a MonoBehaviour the way Unity's player loop does: Start once, Update every frame at 60 Hz,
// OnDestroy at the end (each found by name, private or not). Used by tests/test_csharp.py on the
// sample of docs/unity.md: usage: unity-player.exe TYPE URL SECONDS (of play after the first message)
using System;
using System.Diagnostics;
using System.Reflection;
using System.Threading;

static class UnityPlayer
{
    const BindingFlags Any = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    static int Main(string[] args)
    {
        Type type = Type.GetType(args[0], true);
        var behaviour = Activator.CreateInstance(type);
        type.GetField("url", Any).SetValue(behaviour, args[1]);
        double seconds = double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        Call(behaviour, "Start");
        // SECONDS of play count from the first applied message, so that a worker slow to start on a
        // loaded machine does not use up the play time; at most a minute is spent waiting for it.
        FieldInfo applied = type.GetField("applied", Any);
        var clock = Stopwatch.StartNew();
        double playFrom = -1;
        long frames = 0;
        while (playFrom < 0 ? clock.Elapsed.TotalSeconds < 60 : clock.Elapsed.TotalSeconds - playFrom < seconds)
        {
            Call(behaviour, "Update");
            if (playFrom < 0 && Convert.ToInt64(applied.GetValue(behaviour)) > 0) playFrom = clock.Elapsed.TotalSeconds;
            frames++;
            long next = (long)(frames * 1000.0 / 60);
            long wait = next - clock.ElapsedMilliseconds;
            if (wait > 0) Thread.Sleep((int)wait);
        }
        Console.WriteLine("player: " + frames + " frames, applied " + applied.GetValue(behaviour));
        Call(behaviour, "OnDestroy");
        Console.WriteLine("player: OnDestroy returned");
        // Leaving Play mode does not end the process: let the background close finish, as it would in the Editor.
        var closed = (System.Threading.Tasks.Task)type.GetProperty("Closing", Any).GetValue(behaviour);
        if (closed != null && !closed.Wait(10000)) Console.WriteLine("player: the close did not finish within 10 s");
        Console.WriteLine("player: done");
        return 0;
    }

    static void Call(object behaviour, string name)
    {
        MethodInfo method = behaviour.GetType().GetMethod(name, Any);
        if (method != null) method.Invoke(behaviour, null);
    }
}
