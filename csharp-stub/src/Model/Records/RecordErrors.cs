// RecordErrors: Errors a record decoder raises, each naming the path it was found at.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>Errors a record decoder raises, each naming the path it was found at.</summary>
    public static class RecordErrors
    {
        public static string Join(string path, string key)
        {
            if (string.IsNullOrEmpty(path)) return key;
            return key.StartsWith("[") ? path + key : path + "." + key;
        }

        public static ProtocolException Wrong(string path, string expected, object got)
        {
            return new ProtocolException(ErrorCodes.WrongType, "expected " + expected + ", got " + TypeName(got), path);
        }

        public static ProtocolException Invalid(string path, string message)
        {
            return new ProtocolException(ErrorCodes.InvalidValue, message, path);
        }

        public static ProtocolException Missing(string path, string key)
        {
            return new ProtocolException(ErrorCodes.MissingField, "required field '" + key + "' is absent", path);
        }

        public static string TypeName(object v)
        {
            if (v == null) return "nil";
            if (v is bool) return "bool";
            if (v is long || v is ulong || v is int) return "int";
            if (v is double || v is float) return "float";
            if (v is string) return "string";
            if (v is byte[]) return "bin";
            if (v is List<object>) return "array";
            if (v is MsgMap) return "map";
            if (v is NdArray) return "ndarray";
            return v.GetType().Name;
        }

        internal static bool IsNumber(object v)
        {
            return v is long || v is ulong || v is double;
        }

        internal static double ToDouble(object v)
        {
            if (v is long) return (long)v;
            if (v is ulong) return (ulong)v;
            return (double)v;
        }
    }
}
