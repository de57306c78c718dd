// Camera: a 3-D view's initial camera (protocol 1.1, spec §8.14 rule 6), angles in degrees.
using System;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A 3-D view's initial camera (1.1, §8.14 rule 6): the eye looks at the centre of what the view
    /// shows from (cos e · sin a, sin e, cos e · cos a), +y up; azimuth 0, elevation 0 looks along -z.
    /// In Unity (left-handed, z mirrored; docs/unity.md) that direction is (cos e · sin a, sin e, -cos e · cos a).</summary>
    public sealed class Camera
    {
        public double Azimuth, Elevation;
        /// <summary>From the centre to the eye in scene units; null: what frames the view.</summary>
        public double? Distance;

        public static Camera FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "Camera");
            var c = new Camera { Azimuth = r.Float("azimuth"), Elevation = r.Float("elevation"), Distance = r.OptFloat("distance") };
            if (double.IsNaN(c.Azimuth) || double.IsInfinity(c.Azimuth))
                throw RecordErrors.Invalid(path, "camera: azimuth " + c.Azimuth + " is not finite");
            if (!(c.Elevation >= -90.0 && c.Elevation <= 90.0))
                throw RecordErrors.Invalid(path, "camera: elevation " + c.Elevation + " is outside -90..90");
            if (c.Distance.HasValue && !(c.Distance.Value > 0 && !double.IsInfinity(c.Distance.Value)))
                throw RecordErrors.Invalid(path, "camera: distance " + c.Distance.Value + " is not finite and above 0");
            return c;
        }

        /// <summary>The unit vector from the centre towards the eye, in the scene frame (§8.14).</summary>
        public double[] Direction()
        {
            double a = Azimuth * Math.PI / 180.0, e = Elevation * Math.PI / 180.0;
            return new[] { Math.Cos(e) * Math.Sin(a), Math.Sin(e), Math.Cos(e) * Math.Cos(a) };
        }

        public MsgMap ToTree()
        {
            return new RecordWriter().Float("azimuth", Azimuth).Float("elevation", Elevation).OptFloat("distance", Distance).Map;
        }
    }
}
