// Checks that the C# records refuse and accept what the Python reference does (spec 4.1, 8.3.4),
// compiled by ../../tests/test_csharp.py against bin/Scenewire.dll. Prints "ok <check>" per check,
// "FAIL <check>: <why>" per failure, and exits 1 if any failed.
using System;
using System.Collections.Generic;
using Scenewire.Model;
using Scenewire.Wire;

static class EncodeRules
{
    static int failed;

    static void Check(string name, Action body)
    {
        try { body(); Console.WriteLine("ok " + name); }
        catch (Exception e) { failed++; Console.WriteLine("FAIL " + name + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Refused(double low, double high)
    {
        var view = new MorphologyView { Id = "m", GeometryId = "g", Colormap = "viridis", ColorLimits = new[] { low, high } };
        try { view.ToTree(); }
        catch (EncodeException) { return; }
        throw new Exception("limits [" + low + ", " + high + "] were encoded");
    }

    static int Main()
    {
        Check("reversed limits have no wire form", () => Refused(40.0, -80.0));
        Check("infinite limits have no wire form", () => Refused(0.0, double.PositiveInfinity));
        Check("NaN limits have no wire form", () => Refused(double.NaN, 1.0));
        Check("equal limits are encoded", () =>
        {
            var view = new MorphologyView { Id = "m", GeometryId = "g", Colormap = "viridis", ColorLimits = new[] { 1.0, 1.0 } };
            if (!view.ToTree().ContainsKey("color_limits")) throw new Exception("color_limits missing");
        });
        Check("a selector above 2^63 decodes and encodes back", () =>
        {
            var big = 9223372036854775808UL;
            var tree = new MsgMap();
            tree["kind"] = "line_plot"; tree["id"] = "p"; tree["field_id"] = "v"; tree["x_dim"] = "t";
            var selectors = new MsgMap(); selectors["trial"] = big; selectors["cell"] = 3L;
            tree["selectors"] = selectors; tree["bindings"] = new MsgMap();
            var view = (LinePlotView)View.FromTree(tree, "");
            if (view.Selectors["trial"] != big || view.Selectors["cell"] != 3UL) throw new Exception("selectors read wrong");
            var back = (MsgMap)view.ToTree()["selectors"];
            if (!(back["trial"] is ulong) || (ulong)back["trial"] != big) throw new Exception("2^63 written back as " + back["trial"]);
            if (!(back["cell"] is long) || (long)back["cell"] != 3) throw new Exception("3 written back as " + back["cell"].GetType().Name);
        });
        Console.WriteLine(failed == 0 ? "all passed" : failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
