// A small JSON reader for the conformance manifest (no System.Text.Json in Unity's profile).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Scenewire.Conformance
{
    /// <summary>
    /// Parses JSON into: null, bool, string, long or ulong (numbers without '.', 'e', 'E'),
    /// double (numbers with them), List&lt;object&gt; and Dictionary&lt;string, object&gt;.
    /// Keeping integers and floats apart is how the manifest tells MessagePack ints from floats.
    /// </summary>
    public sealed class Json
    {
        readonly string s;
        int pos;

        Json(string s) { this.s = s; }

        public static object Parse(string text)
        {
            var p = new Json(text);
            p.Ws();
            var v = p.Value();
            p.Ws();
            if (p.pos != p.s.Length) throw p.Fail("trailing characters");
            return v;
        }

        FormatException Fail(string what) { return new FormatException("JSON: " + what + " at offset " + pos); }

        void Ws()
        {
            while (pos < s.Length && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r')) pos++;
        }

        char Peek() { if (pos >= s.Length) throw Fail("unexpected end"); return s[pos]; }

        void Expect(string word)
        {
            if (string.CompareOrdinal(s, pos, word, 0, word.Length) != 0) throw Fail("expected " + word);
            pos += word.Length;
        }

        object Value()
        {
            char c = Peek();
            switch (c)
            {
                case '{': return Obj();
                case '[': return Arr();
                case '"': return Str();
                case 't': Expect("true"); return true;
                case 'f': Expect("false"); return false;
                case 'n': Expect("null"); return null;
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return Num();
                    throw Fail("unexpected character '" + c + "'");
            }
        }

        Dictionary<string, object> Obj()
        {
            var d = new Dictionary<string, object>(StringComparer.Ordinal);
            pos++;
            Ws();
            if (Peek() == '}') { pos++; return d; }
            while (true)
            {
                Ws();
                if (Peek() != '"') throw Fail("expected a key");
                var key = Str();
                Ws();
                if (Peek() != ':') throw Fail("expected ':'");
                pos++;
                Ws();
                d[key] = Value();
                Ws();
                char c = Peek();
                pos++;
                if (c == '}') return d;
                if (c != ',') throw Fail("expected ',' or '}'");
            }
        }

        List<object> Arr()
        {
            var l = new List<object>();
            pos++;
            Ws();
            if (Peek() == ']') { pos++; return l; }
            while (true)
            {
                Ws();
                l.Add(Value());
                Ws();
                char c = Peek();
                pos++;
                if (c == ']') return l;
                if (c != ',') throw Fail("expected ',' or ']'");
            }
        }

        string Str()
        {
            pos++; // opening quote
            var sb = new StringBuilder();
            while (true)
            {
                char c = Peek();
                pos++;
                if (c == '"') return sb.ToString();
                if (c != '\\') { sb.Append(c); continue; }
                char e = Peek();
                pos++;
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (pos + 4 > s.Length) throw Fail("short \\u escape");
                        sb.Append((char)int.Parse(s.Substring(pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        pos += 4; // surrogate pairs arrive as two escapes and join up in the UTF-16 string
                        break;
                    default: throw Fail("bad escape \\" + e);
                }
            }
        }

        object Num()
        {
            int start = pos;
            bool isFloat = false;
            while (pos < s.Length)
            {
                char c = s[pos];
                if (c == '.' || c == 'e' || c == 'E') isFloat = true;
                else if (!(c == '-' || c == '+' || (c >= '0' && c <= '9'))) break;
                pos++;
            }
            string text = s.Substring(start, pos - start);
            if (isFloat) return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            long l;
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out l)) return l;
            ulong u;
            if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out u)) return u;
            throw Fail("integer out of 64-bit range: " + text);
        }
    }
}
