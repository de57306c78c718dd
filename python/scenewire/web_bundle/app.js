var Yi=class extends Error{constructor(t,n){super(`${t}: ${n}`);this.code=t;this.name="ProtocolError"}code};function ve(i,e){throw new Yi(i,e)}var rr=class extends Number{};function hs(i){return Number.isInteger(i)||Object.is(i,-0)?new rr(i):i}function us(i){if(typeof i=="number")return i;if(i instanceof rr)return i.valueOf();if(typeof i=="bigint")return Number(i)}function nl(i){return typeof i=="number"&&Number.isInteger(i)&&!Object.is(i,-0)||typeof i=="bigint"}function Zi(i){return typeof i=="number"||typeof i=="bigint"||i instanceof rr}var Gh=120,Hh={bool:[1,Uint8Array],int8:[1,Int8Array],uint8:[1,Uint8Array],int16:[2,Int16Array],uint16:[2,Uint16Array],int32:[4,Int32Array],uint32:[4,Uint32Array],int64:[8,BigInt64Array],uint64:[8,BigUint64Array],float16:[2,Float32Array],float32:[4,Float32Array],float64:[8,Float64Array]},Xf=new Uint8Array(new Uint16Array([1]).buffer)[0]===1,P_=2n**63n-1n;function $f(i){i.length<2&&ve("bad_ndarray","payload shorter than 2 bytes");let e=i[0],t=i[1];e>32&&ve("bad_ndarray",`ndim ${e} > ${32}`),(t===0||t>16)&&ve("bad_ndarray",`dtype name length ${t}`);let n=2+t+4*e,s=n+7&-8;i.length<s&&ve("bad_ndarray","payload shorter than its header");let r="";for(let f=0;f<t;f++)r+=String.fromCharCode(i[2+f]);let o=Object.prototype.hasOwnProperty.call(Hh,r)?Hh[r]:void 0;o||ve("bad_ndarray",`unknown dtype ${JSON.stringify(r)}`);let[a,l]=o;for(let f=n;f<s;f++)i[f]!==0&&ve("bad_ndarray","non-zero padding byte");let c=new DataView(i.buffer,i.byteOffset,i.byteLength),h=[],d=1n,u=BigInt(a);for(let f=0;f<e;f++){let v=c.getUint32(2+t+4*f,!0);h.push(v),d*=BigInt(v),v!==0&&(u*=BigInt(v)),u>P_&&ve("bad_ndarray","dims span more than 2^63 - 1 bytes"),d*BigInt(a)>BigInt(i.length)&&(d=BigInt(i.length)+1n)}let m=Number(d),g=i.length-s;d*BigInt(a)!==BigInt(g)&&ve("bad_ndarray",`data is ${g} bytes, the dims need ${d*BigInt(a)}`);let S=i.subarray(s);if(r==="bool")for(let f=0;f<m;f++)S[f]>1&&ve("bad_ndarray",`bool element ${S[f]}`);let p;return r==="float16"?p=N_(S,m):!Xf&&a>1?p=I_(S,l,a,m):S.byteOffset%a===0?p=new l(S.buffer,S.byteOffset,m):p=new l(S.slice().buffer,0,m),new Ko(r,h,p)}function I_(i,e,t,n){let s=new Uint8Array(i.length);for(let r=0;r<n;r++)for(let o=0;o<t;o++)s[r*t+o]=i[r*t+t-1-o];return new e(s.buffer,0,n)}function L_(i){let e=i&32768?-1:1,t=i>>10&31,n=i&1023;return t===0?e*n*2**-24:t===31?n?NaN:e*(1/0):e*(1+n/1024)*2**(t-15)}function Wh(i){if(Number.isNaN(i))return 32256;let e=i<0||Object.is(i,-0)?32768:0,t=Math.abs(i);if(t===1/0)return e|31744;if(t<2**-24*.5)return e;let n=Math.floor(Math.log2(t));if(2**n>t?n-=1:2**(n+1)<=t&&(n+=1),n<-14){let r=Wf(t/5960464477539063e-23);return e|r}let s=Wf((t/2**n-1)*1024);return s===1024&&(s=0,n+=1),n>15?e|31744:e|n+15<<10|s}function Wf(i){let e=Math.floor(i),t=i-e;return t>.5?e+1:t<.5||e%2===0?e:e+1}function N_(i,e){let t=new Float32Array(e);for(let n=0;n<e;n++)t[n]=L_(i[2*n]|i[2*n+1]<<8);return t}function D_(i){let e=i.data;if(i.dtype==="float16"){let r=new Uint8Array(e.length*2);for(let o=0;o<e.length;o++){let a=Wh(e[o]);r[2*o]=a&255,r[2*o+1]=a>>8}return r}let t=new Uint8Array(e.buffer,e.byteOffset,e.byteLength);if(Xf||e.BYTES_PER_ELEMENT===1)return t;let n=e.BYTES_PER_ELEMENT,s=new Uint8Array(t.length);for(let r=0;r<e.length;r++)for(let o=0;o<n;o++)s[r*n+o]=t[r*n+n-1-o];return s}function qf(i){let e=i.dtype.length,t=2+e+4*i.shape.length,n=t+7&-8,s=D_(i),r=new Uint8Array(n+s.length);r[0]=i.shape.length,r[1]=e;for(let a=0;a<e;a++)r[2+a]=i.dtype.charCodeAt(a);let o=new DataView(r.buffer);return i.shape.forEach((a,l)=>o.setUint32(2+e+4*l,a,!0)),r.set(s,n),r}function il(i){return i.reduce((e,t)=>e*t,1)}function zr(i,e,t){let n=Hh[i];if(!n)throw new Error(`unknown dtype ${i}`);return new Ko(i,e,t??new n[1](il(e)))}var Ko=class{constructor(e,t,n){this.dtype=e;this.shape=t;this.data=n}dtype;shape;data};function Jo(i){return i instanceof Ko}var U_=new TextDecoder("utf-8",{fatal:!0,ignoreBOM:!0}),Yf=new TextEncoder;function Zf(i,e={}){let t=e.maxFrameBytes??67108864;i.length>t&&ve("limit_exceeded",`frame of ${i.length} bytes over the limit of ${t}`),i.length===0&&ve("malformed_msgpack","empty frame");let n=new Xh(i,e.maxDepth??32),s=n.value(0);return n.pos!==i.length&&ve("malformed_msgpack",`${i.length-n.pos} bytes after the message`),s}var Xh=class{constructor(e,t){this.b=e;this.maxDepth=t;this.dv=new DataView(e.buffer,e.byteOffset,e.byteLength)}b;maxDepth;pos=0;dv;need(e){this.pos+e>this.b.length&&ve("malformed_msgpack","truncated value")}u8(){return this.need(1),this.b[this.pos++]}u16(){this.need(2);let e=this.dv.getUint16(this.pos);return this.pos+=2,e}u32(){this.need(4);let e=this.dv.getUint32(this.pos);return this.pos+=4,e}int64(e){this.need(8);let t=e?this.dv.getBigInt64(this.pos):this.dv.getBigUint64(this.pos);return this.pos+=8,t>=BigInt(Number.MIN_SAFE_INTEGER)&&t<=BigInt(Number.MAX_SAFE_INTEGER)?Number(t):t}bytes(e){this.need(e);let t=this.b.subarray(this.pos,this.pos+e);return this.pos+=e,t}str(e){let t=this.bytes(e);try{return U_.decode(t)}catch{return ve("malformed_msgpack","invalid UTF-8 in a str")}}count(e){return e>this.b.length-this.pos&&ve("malformed_msgpack",`a container claims ${e} entries, more than the bytes left`),e}value(e){let t=this.u8();if(t<=127)return t;if(t>=224)return t-256;if((t&240)===128)return this.map(t&15,e);if((t&240)===144)return this.array(t&15,e);if((t&224)===160)return this.str(t&31);switch(t){case 192:return null;case 194:return!1;case 195:return!0;case 196:return this.bytes(this.u8()).slice();case 197:return this.bytes(this.u16()).slice();case 198:return this.bytes(this.u32()).slice();case 199:{let n=this.u8();return this.ext(n)}case 200:{let n=this.u16();return this.ext(n)}case 201:{let n=this.u32();return this.ext(n)}case 202:{this.need(4);let n=this.dv.getFloat32(this.pos);return this.pos+=4,hs(n)}case 203:{this.need(8);let n=this.dv.getFloat64(this.pos);return this.pos+=8,hs(n)}case 204:return this.u8();case 205:return this.u16();case 206:return this.u32();case 207:return this.int64(!1);case 208:return this.need(1),this.dv.getInt8(this.pos++);case 209:{this.need(2);let n=this.dv.getInt16(this.pos);return this.pos+=2,n}case 210:{this.need(4);let n=this.dv.getInt32(this.pos);return this.pos+=4,n}case 211:return this.int64(!0);case 212:return this.ext(1);case 213:return this.ext(2);case 214:return this.ext(4);case 215:return this.ext(8);case 216:return this.ext(16);case 217:return this.str(this.u8());case 218:return this.str(this.u16());case 219:return this.str(this.u32());case 220:return this.array(this.u16(),e);case 221:return this.array(this.u32(),e);case 222:return this.map(this.u16(),e);case 223:return this.map(this.u32(),e);default:return ve("malformed_msgpack","reserved byte c1")}}ext(e){this.need(1);let t=this.dv.getInt8(this.pos++),n=this.bytes(e);return t!==Gh&&ve("unknown_extension",`extension type ${t}`),$f(n)}enter(e){return e+1>this.maxDepth&&ve("limit_exceeded",`nesting deeper than ${this.maxDepth}`),e+1}array(e,t){let n=this.enter(t),s=new Array(this.count(e));for(let r=0;r<e;r++)s[r]=this.value(n);return s}map(e,t){let n=this.enter(t);this.count(e);let s={};for(let r=0;r<e;r++){let o=this.value(n);typeof o!="string"&&ve("wrong_type","a map key that is not a string"),Object.prototype.hasOwnProperty.call(s,o)&&ve("duplicate_key",`the key ${JSON.stringify(o)} twice in one map`);let a=this.value(n);o==="__proto__"?Object.defineProperty(s,o,{value:a,enumerable:!0,writable:!0,configurable:!0}):s[o]=a}return s}};function jo(i){let e=new $h;return e.value(i),e.result()}function F_(i,e){let t=Math.min(i.length,e.length);for(let n=0;n<t;n++)if(i[n]!==e[n])return i[n]-e[n];return i.length-e.length}function Vr(i){return i.map(e=>[e,Yf.encode(e)]).sort((e,t)=>F_(e[1],t[1])).map(e=>e[0])}var $h=class{buf=new Uint8Array(256);dv=new DataView(this.buf.buffer);pos=0;result(){return this.buf.slice(0,this.pos)}room(e){if(this.pos+e<=this.buf.length)return;let t=this.buf.length*2;for(;t<this.pos+e;)t*=2;let n=new Uint8Array(t);n.set(this.buf.subarray(0,this.pos)),this.buf=n,this.dv=new DataView(n.buffer)}u8(e){this.room(1),this.buf[this.pos++]=e}u16(e){this.room(2),this.dv.setUint16(this.pos,e),this.pos+=2}u32(e){this.room(4),this.dv.setUint32(this.pos,e),this.pos+=4}raw(e){this.room(e.length),this.buf.set(e,this.pos),this.pos+=e.length}int(e){let t=typeof e=="bigint"?e:BigInt(e);t>=0n?t<=0x7fn?this.u8(Number(t)):t<=0xffn?(this.u8(204),this.u8(Number(t))):t<=0xffffn?(this.u8(205),this.u16(Number(t))):t<=0xffffffffn?(this.u8(206),this.u32(Number(t))):(this.u8(207),this.room(8),this.dv.setBigUint64(this.pos,t),this.pos+=8):t>=-32n?this.u8(Number(t)&255):t>=-0x80n?(this.u8(208),this.u8(Number(t)&255)):t>=-0x8000n?(this.u8(209),this.u16(Number(t)&65535)):t>=-0x80000000n?(this.u8(210),this.u32(Number(t)>>>0)):(this.u8(211),this.room(8),this.dv.setBigInt64(this.pos,t),this.pos+=8)}float64(e){this.u8(203),this.room(8),Number.isNaN(e)?(this.dv.setUint32(this.pos,2146959360),this.dv.setUint32(this.pos+4,0)):this.dv.setFloat64(this.pos,e),this.pos+=8}str(e){let t=Yf.encode(e),n=t.length;n<=31?this.u8(160|n):n<=255?(this.u8(217),this.u8(n)):n<=65535?(this.u8(218),this.u16(n)):(this.u8(219),this.u32(n)),this.raw(t)}ext(e,t){let n=t.length,s={1:212,2:213,4:214,8:215,16:216};s[n]!==void 0?this.u8(s[n]):n<=255?(this.u8(199),this.u8(n)):n<=65535?(this.u8(200),this.u16(n)):(this.u8(201),this.u32(n)),this.u8(e&255),this.raw(t)}value(e){if(e==null)this.u8(192);else if(e===!0)this.u8(195);else if(e===!1)this.u8(194);else if(typeof e=="number")Number.isInteger(e)&&!Object.is(e,-0)?this.int(e):this.float64(e);else if(typeof e=="bigint")this.int(e);else if(e instanceof rr)this.float64(e.valueOf());else if(typeof e=="string")this.str(e);else if(e instanceof Uint8Array){let t=e.length;t<=255?(this.u8(196),this.u8(t)):t<=65535?(this.u8(197),this.u16(t)):(this.u8(198),this.u32(t)),this.raw(e)}else if(Jo(e))this.ext(Gh,qf(e));else if(Array.isArray(e)){let t=e.length;t<=15?this.u8(144|t):t<=65535?(this.u8(220),this.u16(t)):(this.u8(221),this.u32(t));for(let n of e)this.value(n)}else if(typeof e=="object"){let t=e,n=Vr(Object.keys(t).filter(r=>t[r]!==void 0)),s=n.length;s<=15?this.u8(128|s):s<=65535?(this.u8(222),this.u16(s)):(this.u8(223),this.u32(s));for(let r of n)this.str(r),this.value(t[r])}else throw new TypeError(`cannot encode a ${typeof e}`)}};var k_=new Set(["int8","uint8","int16","uint16","int32","uint32","int64","uint64","float16","float32","float64"]),Kf=new Set(["float32","float64"]),B_=new Set(["uint8","float32"]);function Hr(i){return i!==null&&typeof i=="object"&&!Array.isArray(i)&&!Jo(i)&&!(i instanceof Uint8Array)&&!(i instanceof Number)}function z_(i,e,t){let n=e.shape.length,s=r=>ve("wrong_type",`${t}: ${r}`);switch(i){case"any":return;case"any1":n<1&&s("an array of at least one dimension is needed");return;case"numeric1":k_.has(e.dtype)||s(`dtype ${e.dtype} is not numeric`),n!==1&&s(`${n}-d, 1-d needed`);return;case"float1":Kf.has(e.dtype)||s(`dtype ${e.dtype}, float32 or float64 needed`),n!==1&&s(`${n}-d, 1-d needed`);return;case"floatN3":case"floatN33":Kf.has(e.dtype)||s(`dtype ${e.dtype}, float32 or float64 needed`),n!==(i==="floatN3"?2:3)&&s(`${n}-d`),(e.shape[1]!==3||i==="floatN33"&&e.shape[2]!==3)&&ve("invalid_value",`${t}: trailing sizes ${e.shape.slice(1)}`);return;case"colour":B_.has(e.dtype)||s(`dtype ${e.dtype}, uint8 or float32 needed`),n!==2&&s(`${n}-d`),e.shape[1]!==4&&ve("invalid_value",`${t}: trailing size ${e.shape[1]}, 4 needed`);return}}function Jf(i,e,t){return Array.isArray(i)||ve("wrong_type",`${e}: a ${t} is an array of two numbers`),i.length!==2&&ve("invalid_value",`${e}: a ${t} of ${i.length} elements`),(!Zi(i[0])||!Zi(i[1]))&&ve("wrong_type",`${e}: a ${t} element that is not a number`),[us(i[0]),us(i[1])]}function or(i,e,t){if(typeof i=="string")switch(i){case"string":return typeof e!="string"&&ve("wrong_type",`${t} must be a string`),e;case"int":case"uint":case"uint1":{nl(e)||ve("wrong_type",`${t} must be an integer`);let n=i==="int"?null:i==="uint"?0:1;return n!==null&&e<n&&ve("invalid_value",`${t} below ${n}`),e}case"float":case"positive":{Zi(e)||ve("wrong_type",`${t} must be a number`);let n=us(e);return i==="positive"&&!(n>0)&&ve("invalid_value",`${t} must be above 0`),n}case"bool":return typeof e!="boolean"&&ve("wrong_type",`${t} must be a bool`),e;case"range":{let n=Jf(e,t,"range");return(!Number.isFinite(n[0])||!Number.isFinite(n[1])||n[0]>n[1])&&ve("invalid_value",`${t}: range [${n}] needs finite low <= high`),n}case"point":return Jf(e,t,"point");case"any":return e;case"map":return Hr(e)||ve("wrong_type",`${t} must be a map`),e}if("nd"in i)return Jo(e)||ve("wrong_type",`${t} must be an ndarray`),z_(i.nd,e,t),e;if("array"in i)return Array.isArray(e)||ve("wrong_type",`${t} must be an array`),e.map((n,s)=>or(i.array,n,`${t}[${s}]`));if("mapOf"in i){Hr(e)||ve("wrong_type",`${t} must be a map`);let n={};for(let[s,r]of Object.entries(e))jf(n,s,or(i.mapOf,r,`${t}.${s}`));return n}return"record"in i?ds(i.record,e,t):V_(i.variant,e,t)}function V_(i,e,t){Hr(e)||ve("wrong_type",`${t} must be a map`);let n=e.kind;n==null&&ve("missing_field",`${t}.kind is missing`),typeof n!="string"&&ve("wrong_type",`${t}.kind must be a string`);let s=Object.prototype.hasOwnProperty.call(i,n)?i[n]:void 0;return s||ve("invalid_value",`${t}: unknown kind ${JSON.stringify(n)}`),ds(s,e,t)}function jf(i,e,t){e==="__proto__"?Object.defineProperty(i,e,{value:t,enumerable:!0,writable:!0,configurable:!0}):i[e]=t}function ds(i,e,t){Hr(e)||ve("wrong_type",`${t} must be a map`);let n={};for(let[s,[r,o]]of Object.entries(i.fields)){let a=Object.prototype.hasOwnProperty.call(e,s),l=a?e[s]:void 0;if(!a){o&&ve("missing_field",`${t}.${s} is missing`);continue}if(l===null){if(!o)continue;r!=="any"&&ve("wrong_type",`${t}.${s} is nil`)}n[s]=or(r,l,`${t}.${s}`)}return i.check?.(n),n}function Yh(i,e){if(e===void 0)return;if(typeof i=="string")switch(i){case"float":case"positive":return hs(e);case"range":case"point":return[hs(e[0]),hs(e[1])];default:return e}if("nd"in i)return e;if("array"in i)return e.map(n=>Yh(i.array,n));if("mapOf"in i){let n={};for(let[s,r]of Object.entries(e))jf(n,s,Yh(i.mapOf,r));return n}if("record"in i)return Pi(i.record,e);let t=i.variant[e.kind];return t?Pi(t,e):e}function Pi(i,e){let t={};for(let[n,[s]]of Object.entries(i.fields))e[n]!==void 0&&e[n]!==null?t[n]=Yh(s,e[n]):e[n]===null&&s==="any"&&n in e&&(t[n]=null);return i.wire?.(e,t),t}function Gr(i,e){let t=new Set;for(let n of i)t.has(n)&&ve("invalid_value",`${e}: ${JSON.stringify(n)} twice`),t.add(n)}var ze="string",it=!1,Te=!0,si={array:"string"};function Zh(i,e,t){i!==void 0&&!e.includes(i)&&ve("invalid_value",`${t} ${JSON.stringify(i)} is not one of ${e.join(", ")}`)}var H_={name:"field",fields:{id:[ze,Te],values:[{nd:"any"},Te],dims:[si,Te],coords:[{mapOf:{nd:"numeric1"}},Te],unit:[ze,it],attrs:["map",Te]},check(i){G_(i.id,i.values,i.dims,i.coords)}};function G_(i,e,t,n){t.length!==e.shape.length&&ve("invalid_value",`field ${i}: ${t.length} dims for ${e.shape.length}-d values`),Gr(t,`field ${i} dims`);for(let[s,r]of Object.entries(n)){let o=t.indexOf(s);o<0&&ve("invalid_value",`field ${i}: coords for ${JSON.stringify(s)}, not one of its dims`),r.shape[0]!==e.shape[o]&&ve("invalid_value",`field ${i}: coords of ${s} hold ${r.shape[0]} entries, the axis ${e.shape[o]}`)}}var W_={name:"morphology geometry",fields:{kind:[ze,Te],id:[ze,Te],positions:[{nd:"floatN3"},Te],orientations:[{nd:"floatN33"},Te],radii:[{nd:"float1"},Te],lengths:[{nd:"float1"},Te],xlocs:[{nd:"float1"},Te],entity_ids:[si,Te],section_names:[si,Te],colors:[{nd:"colour"},it],labels:[si,it]},check(i){let e=i.entity_ids.length;for(let t of["positions","orientations","radii","lengths","xlocs","colors"])i[t]&&i[t].shape[0]!==e&&ve("invalid_value",`geometry ${i.id}: ${t} has ${i[t].shape[0]} entries for ${e} segments`);for(let t of["section_names","labels"])i[t]&&i[t].length!==e&&ve("invalid_value",`geometry ${i.id}: ${t} has ${i[t].length} entries for ${e} segments`)}},X_={name:"grid geometry",fields:{kind:[ze,Te],id:[ze,Te],dims:[si,Te],coords:[{mapOf:{nd:"numeric1"}},Te]},check(i){(i.dims.length!==2||i.dims[0]===i.dims[1])&&ve("invalid_value",`grid ${i.id}: two distinct dims needed`);let e=Object.keys(i.coords);(e.length!==2||!e.includes(i.dims[0])||!e.includes(i.dims[1]))&&ve("invalid_value",`grid ${i.id}: coords for exactly its two dims needed`)}},$_={morphology:W_,grid:X_},q_={name:"graph node",fields:{id:[ze,Te],label:[ze,it],field_id:[ze,it],position:["point",it]}},Y_={name:"graph edge",fields:{source:[ze,Te],target:[ze,Te],label:[ze,it],field_id:[ze,it]}},Qf={name:"camera",fields:{azimuth:["float",Te],elevation:["float",Te],distance:["positive",it]},check(i){Number.isFinite(i.azimuth)||ve("invalid_value",`camera azimuth ${i.azimuth} is not finite`),i.elevation>=-90&&i.elevation<=90||ve("invalid_value",`camera elevation ${i.elevation} is not in [-90, 90]`),i.distance!==void 0&&!Number.isFinite(i.distance)&&ve("invalid_value",`camera distance ${i.distance} is not finite`)}},Z_={kind:[ze,Te],id:[ze,Te],title:[ze,it],bindings:[{mapOf:ze},Te]};function K_(i,e){for(let t of Object.keys(i.bindings))(t==="id"||t==="kind"||t==="bindings")&&ve("invalid_value",`view ${i.id}: ${t} cannot be bound`),!Object.prototype.hasOwnProperty.call(e.fields,t)&&(i.kind==="line_plot"&&t.startsWith("selectors.")&&t.length>10||ve("invalid_value",`view ${i.id}: a binding for ${JSON.stringify(t)}, not a bindable property`))}function Wr(i,e,t){let n={name:i,fields:{...Z_,...e},check(s){t?.(s),K_(s,n)}};return n}var J_=["smooth","flat","none"],j_=["tick","dot"],Xr={morphology:Wr("morphology view",{geometry_id:[ze,Te],color_field_id:[ze,it],colormap:[ze,Te],color_limits:["range",it],camera:[{record:Qf},it]}),surface:Wr("surface view",{grid_id:[ze,Te],height_field_id:[ze,Te],color_field_id:[ze,it],colormap:[ze,Te],color_limits:["range",it],shading:[ze,Te],show_axes:["bool",Te],height_scale:["positive",it],camera:[{record:Qf},it]},i=>{Zh(i.shading,J_,"shading"),i.height_scale!==void 0&&!Number.isFinite(i.height_scale)&&ve("invalid_value",`view ${i.id}: height_scale ${i.height_scale} is not finite`)}),line_plot:Wr("line_plot view",{field_id:[ze,Te],x_dim:[ze,Te],series_dim:[ze,it],selectors:[{mapOf:"uint"},Te],series_labels:[si,it],x_label:[ze,it],y_label:[ze,it],x_unit:[ze,it],y_unit:[ze,it],rolling_window:["positive",it],y_limits:["range",it]},i=>{i.series_dim!==void 0&&i.series_dim===i.x_dim&&ve("invalid_value",`view ${i.id}: series_dim equals x_dim`)}),state_graph:Wr("state_graph view",{nodes:[{array:{record:q_}},Te],edges:[{array:{record:Y_}},Te],colormap:[ze,Te],color_limits:["range",it]},i=>{let e=i.nodes.map(n=>n.id);Gr(e,`view ${i.id} nodes`);let t=new Set(e);for(let n of i.edges)(!t.has(n.source)||!t.has(n.target))&&ve("invalid_value",`view ${i.id}: an edge ${n.source} -> ${n.target} between unknown nodes`)}),raster:Wr("raster view",{field_id:[ze,Te],event_dim:[ze,Te],unit_count:["uint1",it],marker:[ze,Te],time_label:[ze,it],time_unit:[ze,it],unit_label:[ze,it],rolling_window:["positive",it]},i=>Zh(i.marker,j_,"marker")),image:Wr("image view",{field_id:[ze,Te],x_dim:[ze,Te],y_dim:[ze,Te],colormap:[ze,Te],color_limits:["range",it],x_label:[ze,it],y_label:[ze,it],x_unit:[ze,it],y_unit:[ze,it],value_label:[ze,it],value_unit:[ze,it]},i=>{i.x_dim===i.y_dim&&ve("invalid_value",`view ${i.id}: y_dim equals x_dim`)})};var Q_={scalar:{name:"scalar spec",fields:{kind:[ze,Te],min:["float",Te],max:["float",Te],integer:["bool",Te],step:["positive",it]},check(i){i.min<i.max||ve("invalid_value",`scalar spec: min ${i.min} is not below max ${i.max}`)}},choice:{name:"choice spec",fields:{kind:[ze,Te],options:[si,Te]},check(i){i.options.length===0&&ve("invalid_value","choice spec without options"),Gr(i.options,"choice options")}},bool:{name:"bool spec",fields:{kind:[ze,Te]}},xy:{name:"xy spec",fields:{kind:[ze,Te],x_range:["range",Te],y_range:["range",Te]}}};function ey(i,e){switch(i.kind){case"scalar":{if(!Zi(e))return!1;let t=us(e);return i.min<=t&&t<=i.max?!i.integer||Number.isInteger(t)||nl(e):!1}case"choice":return typeof e=="string"&&i.options.includes(e);case"bool":return typeof e=="boolean";case"xy":{if(!Array.isArray(e)||e.length!==2||!Zi(e[0])||!Zi(e[1]))return!1;let[t,n]=[us(e[0]),us(e[1])];return i.x_range[0]<=t&&t<=i.x_range[1]&&i.y_range[0]<=n&&n<=i.y_range[1]}}return!1}function sl(i,e){if(i.kind!=="scalar")return e;let t=us(e);return i.integer?typeof e=="bigint"?e:Number.isSafeInteger(t)?t:Number.isInteger(t)?BigInt(t):t:t}var rl={name:"control",fields:{id:[ze,Te],label:[ze,Te],spec:[{variant:Q_},Te],value:["any",Te],send_to_session:["bool",Te]},check(i){ey(i.spec,i.value)||ve("invalid_value",`control ${i.id}: its value does not fit its spec`)}};function ol(i,e){if(i.kind!=="scalar")return e;let t=sl(i,e);return i.integer?t:hs(t)}var ty={name:"action",fields:{id:[ze,Te],label:[ze,Te],payload:["map",Te],shortcuts:[si,Te]}},ny={name:"operator",fields:{id:[ze,Te],kind:[ze,Te],inputs:[si,Te],output:[ze,it],params:["map",Te]}},iy=["view_3d","line_plot","controls","state_graph"],Kh={name:"panel",fields:{id:[ze,Te],kind:[ze,Te],title:[ze,it],view_ids:[si,Te],control_ids:[si,Te],action_ids:[si,Te]},check:i=>Zh(i.kind,iy,"panel kind")};function Jh(i,e){let t=i.map(s=>s.id);if(Gr(t,"panel ids"),e===void 0)return;e.length===0&&ve("invalid_value","a panel_grid without rows");let n=new Set(t);for(let s of e){s.length===0&&ve("invalid_value","an empty panel_grid row"),s.length!==e[0].length&&ve("invalid_value","panel_grid rows of unequal length");for(let r of s)n.has(r)||ve("invalid_value",`panel_grid names no panel ${JSON.stringify(r)}`)}}var jh={name:"layout",fields:{title:[ze,it],panels:[{array:{record:Kh}},Te],panel_grid:[{array:si},it]},check:i=>Jh(i.panels,i.panel_grid)},ep={name:"tick",fields:{index:["uint",Te],time:["float",it]}};function al(i,e,t,n){for(let s of i.view_ids??[])if(!e.has(s))return`view ${s}`;for(let s of i.control_ids??[])if(!t.has(s))return`control ${s}`;for(let s of i.action_ids??[])if(!n.has(s))return`action ${s}`;return null}function Qh(i,e,t){let n=s=>s!==void 0&&!e.has(s)?`field ${s}`:null;switch(i.kind){case"morphology":return t.get(i.geometry_id)!=="morphology"?`morphology geometry ${i.geometry_id}`:n(i.color_field_id);case"surface":return t.get(i.grid_id)!=="grid"?`grid geometry ${i.grid_id}`:n(i.height_field_id)??n(i.color_field_id);case"state_graph":for(let s of[...i.nodes,...i.edges]){let r=n(s.field_id);if(r)return r}return null;default:return n(i.field_id)}}function sy(i){return{name:"scene",fields:{fields:[{array:{record:H_}},Te],geometries:[{array:{variant:$_}},Te],views:[{array:{variant:i}},Te],operators:[{array:{record:ny}},Te],controls:[{array:{record:rl}},Te],actions:[{array:{record:ty}},Te],layout:[{record:jh},it],metadata:["map",Te],time_unit:[ze,it]},check:ry}}function ry(i){let e=s=>s.map(r=>r.id);for(let s of["fields","geometries","views","operators","controls","actions"])Gr(e(i[s]),`${s} ids`);let t=new Set(e(i.fields)),n=new Map(i.geometries.map(s=>[s.id,s.kind]));for(let s of i.views){let r=Qh(s,t,n);r&&ve("invalid_value",`view ${s.id} names a ${r} the scene lacks`)}for(let s of i.operators)for(let r of s.inputs)t.has(r)||ve("invalid_value",`operator ${s.id} reads a field ${r} the scene lacks`);if(i.layout){let s=new Set(e(i.views)),r=new Set(e(i.controls)),o=new Set(e(i.actions));for(let a of i.layout.panels){let l=al(a,s,r,o);l&&ve("invalid_value",`panel ${a.id} names a ${l} the scene lacks`)}}}var ll=sy(Xr);var oy={int8:[-128n,127n],uint8:[0n,255n],int16:[-32768n,32767n],uint16:[0n,65535n],int32:[-(2n**31n),2n**31n-1n],uint32:[0n,2n**32n-1n],int64:[-(2n**63n),2n**63n-1n],uint64:[0n,2n**64n-1n]},tp=new Set(["float16","float32","float64"]);function cl(i,e,t){if(e===t)return i;if(e==="bool"||t==="bool")return null;let n=i.length,s=zr(t,[n]).data;if(tp.has(t)){for(let l=0;l<n;l++){let c=Number(i[l]);t==="float16"?s[l]=ay(c):s[l]=c}return s}let[r,o]=oy[t],a=t==="int64"||t==="uint64";for(let l=0;l<n;l++){let c=i[l],h;if(typeof c=="bigint")h=c;else if(tp.has(e)){if(!Number.isFinite(c)||!Number.isInteger(c))return null;h=BigInt(c)}else h=BigInt(c);if(h<r||h>o)return null;s[l]=a?h:Number(h)}return s}function ay(i){let e=Wh(i),t=e&32768?-1:1,n=e>>10&31,s=e&1023;return n===0?t*s*2**-24:n===31?s?NaN:t*(1/0):t*(1+s/1024)*2**(n-15)}function np(i,e){let t=cl(i.data,i.dtype,e);return t===null?null:t===i.data?i:zr(e,i.shape.slice(),t)}function ip(i,e,t){let n=Math.max(0,e-i),s=new Float64Array(n);for(let r=0;r<n;r++)s[r]=i+r;return cl(s,"float64",t)}var ly={morphology:"view_3d",surface:"view_3d",line_plot:"line_plot",state_graph:"state_graph",raster:"line_plot",image:"line_plot"};function eu(i){let e=i.views.map(n=>{let s={id:`panel:${n.id}`,kind:ly[n.kind]??"line_plot",view_ids:[n.id],control_ids:[],action_ids:[]};return n.title!==void 0&&(s.title=n.title),s});(i.controls.length||i.actions.length)&&e.push({id:"panel:controls",kind:"controls",title:"Controls",view_ids:[],control_ids:i.controls.map(n=>n.id),action_ids:i.actions.map(n=>n.id)});let t={panels:e};return typeof i.metadata.title=="string"&&(t.title=i.metadata.title),t}var sp=64*1024*1024;function $r(){return{scene:!1,layout:!1,fields:new Set,views:new Set,controls:new Set,actions:new Set,operators:new Set,panels:new Set,stateKeys:new Set,metadata:!1,status:null,errors:[],grown:new Map}}function fl(i,e){e.scene&&(i.grown.clear(),i.fields.clear());for(let t of e.fields){let n=e.grown.get(t),s=i.grown.get(t);!n||i.fields.has(t)&&!s||s&&s.dim!==n.dim?i.grown.delete(t):i.grown.set(t,s?{dim:n.dim,appended:s.appended+n.appended,trimmed:s.trimmed+n.trimmed}:n)}i.scene||=e.scene,i.layout||=e.layout,i.metadata||=e.metadata;for(let t of["fields","views","controls","actions","operators","panels","stateKeys"])for(let n of e[t])i[t].add(n);return e.status&&(i.status=e.status),i.errors.push(...e.errors),i}function tu(i,e){if(i===e)return!0;try{let t=jo(i),n=jo(e);return t.length===n.length&&t.every((s,r)=>s===n[r])}catch{return!1}}function hl(i,e){let t=!1;for(let[n,s]of Object.entries(e)){let r=Object.prototype.hasOwnProperty.call(i,n);s===null?r&&(delete i[n],t=!0):(!r||!tu(i[n],s))&&(n==="__proto__"?Object.defineProperty(i,n,{value:s,enumerable:!0,writable:!0,configurable:!0}):i[n]=s,t=!0)}return t}var ul=class extends Error{};function ri(i){throw new ul(i)}var dl=class{scene=null;frontendState=new Map;status=null;error=null;fields=new Map;views=new Map;controls=new Map;operators=new Map;resolved=new Map;fieldStates=new Map;noted=new Set;derived={panels:[]};get layout(){return this.scene?.layout??this.derived}field(e){let t=this.fieldStates.get(e);if(!t){let n=this.fields.get(e);if(!n)throw new Error(`no field ${e}`);let{id:s,values:r,dims:o,coords:a,...l}=n;t={id:e,dtype:r.dtype,dims:o,values:r,coords:a,decl:l},this.fieldStates.set(e,t)}return t}hasField(e){return this.fields.has(e)}view(e){let t=this.views.get(e);if(!t)throw new Error(`no view ${e}`);return t}control(e){let t=this.controls.get(e);if(!t)throw new Error(`no control ${e}`);return t}resolvedView(e){let t=this.resolved.get(e);if(!t)throw new Error(`no view ${e}`);return t}apply(e){let t=$r();switch(e.kind){case"scene_ready":this.sceneReady(e.scene,t);break;case"field_replace":this.guard(t,e.kind,e.field_id,()=>this.fieldReplace(e,t));break;case"field_append":this.guard(t,e.kind,e.field_id,()=>this.fieldAppend(e,t));break;case"scene_patch":this.scenePatch(e,t);break;case"panel_patch":this.guard(t,e.kind,e.panel_id,()=>this.panelPatch(e,t));break;case"layout_replace":this.guard(t,e.kind,null,()=>this.layoutReplace(e,t));break;case"state_patch":for(let[n,s]of Object.entries(e.updates))this.setKey(n,s,t);this.resolveAll(t);break;case"status":{let{tick_end:n,...s}=e;this.status=s,t.status=s;break}case"error":{let{tick_end:n,...s}=e;this.error=s,t.errors.push({source:"error",code:s.code??null,message:s.message});break}default:break}return t}setFrontendState(e,t){let n=$r();return this.setKey(e,t,n),this.resolveAll(n),n}note(e,t,n,s,r){let o=`${t}\0${n}\0${s??""}\0${s===null?0:1}`;this.noted.has(o)||(this.noted.add(o),e.errors.push({source:"note",code:t,update:n,target:s,message:r}))}guard(e,t,n,s){if(!this.scene)return this.note(e,"unknown_id",t,n,`${t} before any scene`);try{s()}catch(r){if(r instanceof ul)this.note(e,"does_not_fit",t,n,r.message);else if(r instanceof Qo)this.note(e,"unknown_id",t,n,r.message);else throw r}}sceneReady(e,t){for(let n of e.controls)n.value=sl(n.spec,n.value);this.scene=e,this.fields=new Map(e.fields.map(n=>[n.id,n])),this.views=new Map(e.views.map(n=>[n.id,n])),this.controls=new Map(e.controls.map(n=>[n.id,n])),this.operators=new Map(e.operators.map(n=>[n.id,n])),this.fieldStates.clear(),this.noted.clear();for(let n of this.frontendState.keys())t.stateKeys.add(n);this.frontendState.clear(),this.derived=e.layout?{panels:[]}:eu(e),this.resolved.clear();for(let n of e.views)this.resolved.set(n.id,this.resolve(n));t.scene=t.layout=t.metadata=!0}knownField(e){let t=this.fields.get(e);if(!t)throw new Qo(`no field ${JSON.stringify(e)} in the scene`);return t}fieldReplace(e,t){let n=this.knownField(e.field_id),s=e.values;s.shape.length!==n.dims.length&&ri(`field ${n.id}: ${s.shape.length}-d values for ${n.dims.length} dims`);let r={};if(e.coords)for(let[o,a]of Object.entries(e.coords)){let l=n.dims.indexOf(o);l<0&&ri(`field ${n.id}: coords for ${o}, not one of its dims`),a.shape[0]!==s.shape[l]&&ri(`field ${n.id}: coords of ${o} do not fit its axis`),r[o]=a}else for(let[o,a]of Object.entries(n.coords))a.shape[0]===s.shape[n.dims.indexOf(o)]&&(r[o]=a);n.values=s,n.coords=r,e.attrs_update&&hl(n.attrs,e.attrs_update),this.fieldStates.delete(n.id),t.fields.add(n.id)}fieldAppend(e,t){let n=this.knownField(e.field_id),s=n.values,r=n.dims.indexOf(e.append_dim);r<0&&ri(`field ${n.id} has no dim ${e.append_dim}`);let o=e.values;o.shape.length!==s.shape.length&&ri(`field ${n.id}: ${o.shape.length}-d values for a ${s.shape.length}-d field`);for(let I=0;I<s.shape.length;I++)I!==r&&o.shape[I]!==s.shape[I]&&ri(`field ${n.id}: appended values of shape ${o.shape}, the field ${s.shape}`);let a=o.shape[r],l=e.coord_values;l.shape[0]!==a&&ri(`field ${n.id}: ${l.shape[0]} coord_values for ${a} entries`);let c=np(o,s.dtype);c||ri(`field ${n.id}: values do not convert to ${s.dtype}`);let h=s.shape[r],d=h+a,u=e.max_length!==void 0?Math.min(d,Number(e.max_length)):d,m=d-u,g=n.coords[e.append_dim],S=g?g.dtype:l.dtype,p=g?cl(l.data,l.dtype,g.dtype):l.data;p||ri(`field ${n.id}: coord_values do not convert to ${S}`);let f=Math.max(0,h-m),v;g?v=g.data.subarray(h-f):(f>sp&&ri(`field ${n.id}: ${f} implicit coordinates, over ${sp}`),v=ip(h-f,h,S),v||ri(`field ${n.id}: the implicit coordinates 0..${h-1} do not fit ${S}`));let R=u-f,x=zr(S,[u]);x.data.set(v,0),x.data.set(p.subarray(a-R),f);let T=s.shape.slice();T[r]=u;let A=il(s.shape.slice(0,r)),_=il(s.shape.slice(r+1)),w=zr(s.dtype,T);if(A>0&&_>0)for(let I=0;I<A;I++){let L=I*u*_;w.data.set(s.data.subarray((I*h+h-f)*_,(I*h+h)*_),L),w.data.set(c.data.subarray((I*a+a-R)*_,(I*a+a)*_),L+f*_)}n.values=w,n.coords={...n.coords,[e.append_dim]:x},e.attrs_update&&hl(n.attrs,e.attrs_update),this.fieldStates.delete(n.id),t.fields.add(n.id);let O={dim:e.append_dim,appended:R,trimmed:Math.min(h,m)};t.grown.set(n.id,O)}scenePatch(e,t){if(!this.scene)return this.note(t,"unknown_id","scene_patch",null,"scene_patch before any scene");let n=this.scene,s=new Set(this.fields.keys()),r=new Map(n.geometries.map(a=>[a.id,a.kind])),o=n.layout?null:JSON.stringify(this.derived);for(let a of Vr(Object.keys(e.view_updates))){let l=this.views.get(a);if(!l){this.note(t,"unknown_id","scene_patch",a,`no view ${a}`);continue}let c=Xr[l.kind],h=this.patched(l,e.view_updates[a],c.fields,a,t);if(!h)continue;let d;try{d=ds(c,h,`view ${a}`)}catch(g){if(!(g instanceof Yi))throw g;this.note(t,"does_not_fit","scene_patch",a,g.message);continue}let u=Qh(d,s,r);if(u){this.note(t,"does_not_fit","scene_patch",a,`view ${a} names a ${u} the scene lacks`);continue}let m=n.views.indexOf(l);n.views[m]=d,this.views.set(a,d),this.resolved.set(a,this.resolve(d)),t.views.add(a)}for(let a of Vr(Object.keys(e.operator_updates))){let l=this.operators.get(a);if(!l){this.note(t,"unknown_id","scene_patch",a,`no operator ${a}`);continue}hl(l.params,e.operator_updates[a])&&t.operators.add(a)}for(let a of Vr(Object.keys(e.control_updates))){let l=this.controls.get(a);if(!l){this.note(t,"unknown_id","scene_patch",a,`no control ${a}`);continue}let c=this.patched(l,e.control_updates[a],rl.fields,a,t);if(!c)continue;let h;try{h=ds(rl,c,`control ${a}`)}catch(d){if(!(d instanceof Yi))throw d;this.note(t,"does_not_fit","scene_patch",a,d.message);continue}h.value=sl(h.spec,h.value),n.controls[n.controls.indexOf(l)]=h,this.controls.set(a,h),t.controls.add(a)}hl(n.metadata,e.metadata_updates)&&(t.metadata=!0),o!==null&&(this.derived=eu(n),JSON.stringify(this.derived)!==o&&(t.layout=!0))}patched(e,t,n,s,r){let o={...e};for(let a of Vr(Object.keys(t))){if(a==="id"||a==="kind"||!Object.prototype.hasOwnProperty.call(n,a)){this.note(r,"unknown_property","scene_patch",`${s}.${a}`,`${s} has no property ${a}`);continue}t[a]===null?delete o[a]:o[a]=t[a]}return o}panelPatch(e,t){let n=this.scene,s=this.layout,r=s.panels.find(c=>c.id===e.panel_id);if(!r)throw new Qo(`no panel ${e.panel_id} in the layout`);let o=al(e,new Set(this.views.keys()),new Set(this.controls.keys()),new Set(n.actions.map(c=>c.id)));o&&ri(`panel ${e.panel_id} would name a ${o} the scene lacks`);let a={...r};for(let c of["view_ids","control_ids","action_ids"])e[c]!==void 0&&(a[c]=e[c]);e.title!==void 0&&(e.title===""?delete a.title:a.title=e.title);let l={...s,panels:s.panels.map(c=>c===r?a:c)};n.layout=l,t.panels.add(e.panel_id)}layoutReplace(e,t){let n=this.scene,s=new Set(this.views.keys()),r=new Set(this.controls.keys()),o=new Set(n.actions.map(l=>l.id));for(let l of e.panels){let c=al(l,s,r,o);c&&ri(`panel ${l.id} names a ${c} the scene lacks`)}let a={panels:e.panels};this.layout.title!==void 0&&(a.title=this.layout.title),e.panel_grid!==void 0&&(a.panel_grid=e.panel_grid),n.layout=a,t.layout=!0}setKey(e,t,n){let s=this.frontendState.has(e);t==null?s&&(this.frontendState.delete(e),n.stateKeys.add(e)):(!s||!tu(this.frontendState.get(e),t))&&(this.frontendState.set(e,t),n.stateKeys.add(e))}resolveAll(e){if(!(!this.scene||e.stateKeys.size===0))for(let t of this.scene.views){if(Object.keys(t.bindings).length===0)continue;let n=this.resolve(t);tu(n,this.resolved.get(t.id))||e.views.add(t.id),this.resolved.set(t.id,n)}}resolve(e){let t=Xr[e.kind],n={...e},s=[];for(let[r,o]of Object.entries(e.bindings)){if(r.startsWith("selectors.")&&!Object.prototype.hasOwnProperty.call(t.fields,r)){s.push([r.slice(10),o]);continue}if(this.frontendState.has(o))try{let a=or(t.fields[r][0],this.frontendState.get(o),r);ds(t,{...e,[r]:a},`view ${e.id}`),n[r]=a}catch(a){if(!(a instanceof Yi))throw a}}if(s.length){n.selectors={...n.selectors};for(let[r,o]of s){let a=this.frontendState.get(o);(typeof a=="number"&&Number.isInteger(a)&&a>=0&&!Object.is(a,-0)||typeof a=="bigint"&&a>=0n)&&(n.selectors[r]=a)}}return n}},Qo=class extends Error{};var ht="string",_n=!1,qe=!0,ea={array:"string"},fs=[{record:ep},_n],rp=["reset","set_control","invoke_action","key_pressed","entity_clicked","stop_session"],op=["scene_ready","field_replace","field_append","scene_patch","panel_patch","layout_replace","state_patch","status","error"],cy=["run_control","control_request","access","run_state"],hy=new Set(["hello",...rp,...op]),nu=new Set([...hy,...cy]),iu=new Set([...rp,"run_control"]),ap=new Set(op);function ta(i,e){return t=>{t[i]!==void 0&&!e.includes(t[i])&&ve("invalid_value",`${i} ${JSON.stringify(t[i])} is not one of ${e.join(", ")}`)}}var uy=/^[0-9a-f]{32}$/,dy={name:"hello",fields:{kind:[ht,qe],protocol:[ht,qe],major:["uint",qe],minor:["uint",qe],role:[ht,qe],implementation:[ht,qe],capabilities:[ea,qe]},check(i){i.protocol!=="scenewire"&&ve("invalid_value",`protocol ${JSON.stringify(i.protocol)}, not "scenewire"`),ta("role",["client","server"])(i)}},lp={name:"hello",fields:{access:[ht,_n],run:[ht,_n]},check(i){ta("access",["control","observe"])(i),i.run!==void 0&&!uy.test(i.run)&&ve("invalid_value","run is not 32 lowercase hex digits")}},na={hello:dy,reset:{name:"reset",fields:{kind:[ht,qe]}},stop_session:{name:"stop_session",fields:{kind:[ht,qe]}},set_control:{name:"set_control",fields:{kind:[ht,qe],control_id:[ht,qe],value:["any",qe]}},invoke_action:{name:"invoke_action",fields:{kind:[ht,qe],action_id:[ht,qe],payload:["map",qe]}},key_pressed:{name:"key_pressed",fields:{kind:[ht,qe],key:[ht,qe]}},entity_clicked:{name:"entity_clicked",fields:{kind:[ht,qe],entity_id:[ht,qe],view_id:[ht,_n],segment:["uint",_n]}},control_request:{name:"control_request",fields:{kind:[ht,qe],want:["bool",qe]}},run_control:{name:"run_control",fields:{kind:[ht,qe],action:[ht,qe],steps:["int",_n],ticks_per_s:["float",_n]},check(i){ta("action",["pause","resume","step","speed"])(i),i.steps!==void 0&&(i.action!=="step"||i.steps<1||i.steps>1e6)&&ve("invalid_value","steps out of place or outside 1..1000000"),i.ticks_per_s!==void 0&&(i.action!=="speed"||!Number.isFinite(i.ticks_per_s)||!(i.ticks_per_s>0))&&ve("invalid_value","ticks_per_s out of place, not finite or not above 0")}},scene_ready:{name:"scene_ready",fields:{kind:[ht,qe],scene:[{record:ll},qe],tick_end:fs}},field_replace:{name:"field_replace",fields:{kind:[ht,qe],field_id:[ht,qe],values:[{nd:"any"},qe],coords:[{mapOf:{nd:"numeric1"}},_n],attrs_update:["map",_n],tick_end:fs}},field_append:{name:"field_append",fields:{kind:[ht,qe],field_id:[ht,qe],append_dim:[ht,qe],values:[{nd:"any1"},qe],coord_values:[{nd:"numeric1"},qe],max_length:["uint1",_n],attrs_update:["map",_n],tick_end:fs}},scene_patch:{name:"scene_patch",fields:{kind:[ht,qe],view_updates:[{mapOf:"map"},qe],operator_updates:[{mapOf:"map"},qe],control_updates:[{mapOf:"map"},qe],metadata_updates:["map",qe],tick_end:fs}},panel_patch:{name:"panel_patch",fields:{kind:[ht,qe],panel_id:[ht,qe],control_ids:[ea,_n],action_ids:[ea,_n],view_ids:[ea,_n],title:[ht,_n],tick_end:fs}},layout_replace:{name:"layout_replace",fields:{kind:[ht,qe],panels:[{array:{record:Kh}},qe],panel_grid:[{array:ea},_n],tick_end:fs},check:i=>Jh(i.panels,i.panel_grid)},state_patch:{name:"state_patch",fields:{kind:[ht,qe],updates:["map",qe],tick_end:fs}},status:{name:"status",fields:{kind:[ht,qe],message:[ht,qe],timeout_ms:["uint",_n],tick_end:fs}},error:{name:"error",fields:{kind:[ht,qe],message:[ht,qe],code:[ht,_n],tick_end:fs}},access:{name:"access",fields:{kind:[ht,qe],access:[ht,qe],waiting:["bool",qe],clients:["uint1",qe]},check(i){ta("access",["control","observe"])(i),i.access==="control"&&i.waiting&&ve("invalid_value","a controller's request cannot wait")}},run_state:{name:"run_state",fields:{kind:[ht,qe],state:[ht,qe],ticks_per_s:["positive",_n]},check:ta("state",["running","paused","stopped"])}};function su(i){Hr(i)||ve("bad_envelope","the message is not a map"),Object.prototype.hasOwnProperty.call(i,"kind")||ve("bad_envelope","the message has no kind");let e=i.kind;typeof e!="string"&&ve("bad_envelope","kind is not a string"),nu.has(e)||ve("unknown_kind",`unknown message kind ${JSON.stringify(e)}`);let t=ds(na[e],i,e);return e==="hello"&&typeof t.minor=="number"&&t.minor>=1&&Object.assign(t,ds(lp,i,"hello")),t}function ru(i,e){return su(Zf(i,e))}function ou(i){let e=na[i.kind];if(!e)throw new Error(`unknown message kind ${i.kind}`);let t=Pi(e,i);return i.kind==="hello"&&Object.assign(t,Pi(lp,i)),t}function au(i){return jo(ou(i))}function fy(i){let e=Pi(ll,i);return e.controls.forEach((t,n)=>{t.value=ol(i.controls[n].spec,i.controls[n].value)}),e}function cp(i){let e={};if(i.scene)for(let t of i.scene.views)e[t.id]=Pi(Xr[t.kind],i.resolvedView(t.id));return{scene:i.scene?fy(i.scene):null,layout:Pi(jh,i.layout),frontend_state:Object.fromEntries(i.frontendState),views:e,status:i.status?Pi(na.status,i.status):null,error:i.error?Pi(na.error,i.error):null}}var pl=class{constructor(e=16384,t=134217728){this.maxUpdates=e;this.maxBytes=t}maxUpdates;maxBytes;held=[];heldBytes=0;ticking=!1;lastTick=null;push(e,t){let n=e.tick_end,s={apply:[],closed:null,overLimit:null},r=e.kind==="status"||e.kind==="error";if(!this.ticking&&!n)return s.apply.push(e),s;if(n)return s.apply=r?[e,...this.held]:[...this.held,e],this.held=[],this.heldBytes=0,this.ticking=!0,this.lastTick=s.closed=n,s;if(r)return s.apply.push(e),s;if(this.held.push(e),this.heldBytes+=t,this.held.length>this.maxUpdates||this.heldBytes>this.maxBytes){let o=this.lastTick?`after tick ${this.lastTick.index}`:"the first tick";s.overLimit=`a tick over this client's limit: ${o} held ${this.held.length} updates, ${this.heldBytes} bytes (limit ${this.maxUpdates} updates, ${this.maxBytes} bytes); it is not applied`,this.held=[],this.heldBytes=0}return s}reset(){let e=this.held.length;return this.held=[],this.heldBytes=0,this.ticking=!1,e}};var Ii={NORMAL:1e3,GOING_AWAY:1001,PROTOCOL_ERROR:1002,UNSUPPORTED_DATA:1003,ABNORMAL:1006,POLICY:1008,TOO_BIG:1009,INTERNAL:1011,BUSY:4e3,VERSION:4001,HELLO_TIMEOUT:4002,AUTH:4003},py={1e3:"the session ended",1001:"the server shut down",1002:"protocol error",1003:"a text frame (unsupported data)",1006:"the connection was lost (no close frame: the server died, or refused this page's origin)",1008:"policy violation",1009:"a message too big",1011:"the server could not go on",4e3:"busy: another client holds the run",4001:"version mismatch",4002:"no hello in time",4003:"refused: the token is missing or wrong"};function lu(i){return py[i]??(i>=4004&&i<=4999?"a close code of a later scenewire version":`close code ${i}`)}function hp(i){return i!==Ii.NORMAL&&!(i>=4e3&&i<=4003)}var up="scenewire.v1",cu=1,my=1,hu=1e4,ml=class{constructor(e={}){this.opts=e;this.minor=e.minor??my}opts;phase="idle";serverHello=null;errorBeforeHello=null;access=null;runState=null;ticks=new pl;minor;get serverMinor(){return Number(this.serverHello?.minor??0)}get is11(){return this.minor>=1&&this.serverMinor>=1}hello(){if(this.phase!=="idle")throw new Error("hello already sent");this.phase="hello_sent";let e={kind:"hello",protocol:"scenewire",major:cu,minor:this.minor,role:"client",implementation:this.opts.implementation??"scenewire-web/0.1.0",capabilities:[]};return this.minor>=1&&this.opts.access&&(e.access=this.opts.access),au(e)}receiveText(){return[this.close(Ii.UNSUPPORTED_DATA,"a text frame: scenewire sends binary frames only")]}receive(e){if(this.phase==="closed")return[];let t=this.opts.maxFrameBytes??67108864;return e.length>t?[this.close(Ii.TOO_BIG,`a frame of ${e.length} bytes, over this client's limit of ${t}`)]:this.phase==="open"?this.afterHello(e):this.beforeHello(e)}beforeHello(e){let t;try{t=ru(e,{maxFrameBytes:this.opts.maxFrameBytes})}catch(s){if(!(s instanceof Yi))throw s;return[this.close(Ii.PROTOCOL_ERROR,`the server's first frame does not decode: ${s.message}`)]}if(t.kind==="error")return this.errorBeforeHello=t,[{type:"report",code:t.code??"error",message:t.message}];if(t.kind!=="hello")return[this.close(Ii.PROTOCOL_ERROR,`the first message must be a hello, got ${t.kind}`)];if(t.major!==cu)return[this.close(Ii.VERSION,`this client speaks scenewire ${cu}.${this.minor}; the server speaks ${t.major}.${t.minor}`)];if(t.role!=="server")return[this.close(Ii.PROTOCOL_ERROR,`the server's hello says role ${t.role}`)];this.serverHello=t,this.phase="open";let n=[{type:"hello",hello:t}];return this.is11&&t.access&&(this.access={access:t.access,waiting:!1,clients:this.access?.clients??1}),n}afterHello(e){let t;try{t=ru(e,{maxFrameBytes:this.opts.maxFrameBytes})}catch(o){if(!(o instanceof Yi))throw o;return[{type:"report",code:o.code,message:`a frame was dropped: ${o.message}`}]}let n=t.kind;if(n==="hello"||iu.has(n)||n==="control_request")return[{type:"report",code:"unexpected_message",message:`the server sent a ${n}; dropped`}];if(n==="access"||n==="run_state")return this.is11?n==="access"?(this.access={access:t.access,waiting:t.waiting,clients:Number(t.clients)},[{type:"access",...this.access}]):(this.runState={state:t.state,...t.ticks_per_s!==void 0?{ticks_per_s:t.ticks_per_s}:{}},[{type:"run_state",...this.runState}]):[{type:"report",code:"unexpected_message",message:`a ${n} message from a server whose hello says minor 0; dropped`}];if(!ap.has(n))return[{type:"report",code:"unknown_kind",message:`unknown kind ${n}`}];let s=this.ticks.push(t,e.length),r=[];return s.apply.length&&r.push({type:"apply",updates:s.apply,tick:s.closed}),s.overLimit&&(r.push({type:"report",code:"limit_exceeded",message:s.overLimit}),r.push(this.close(Ii.TOO_BIG,"a tick over this client's limit"))),r}send(e){if(this.phase!=="open")throw new Error(`cannot send ${String(e.kind)} before the server's hello`);let t=String(e.kind);if(!nu.has(t)||!(iu.has(t)||t==="control_request"))throw new Error(`${t} is not a command`);if((t==="run_control"||t==="control_request")&&!this.is11)throw new Error(`${t} needs a 1.1 server (its hello says minor ${this.serverMinor})`);let n=su(ou(e));return au(n)}closed(e,t){this.phase="closed",this.ticks.reset();let n=t||(this.errorBeforeHello?String(this.errorBeforeHello.message):"");return{type:"close",code:e,reason:n}}helloTimedOut(){return this.phase==="hello_sent"?this.close(Ii.HELLO_TIMEOUT,`no server hello within ${hu/1e3} s`):null}leave(){return this.close(Ii.NORMAL,"the viewer was closed")}close(e,t){return this.phase="closed",this.ticks.reset(),{type:"close",code:e,reason:t}}};var gy=50;function _y(i){try{let e=new URL(i);return e.searchParams.has("token")&&e.searchParams.set("token","\u2026"),e.toString()}catch{return i.replace(/token=[^&#]*/g,"token=\u2026")}}var gl=class{constructor(e,t){this.state=e;this.opts=t;this.access=t.access,this.status={phase:"connecting",url:_y(t.url),serverImplementation:null,serverMinor:null,run:null,sameRun:null,access:null,runState:null,tick:null,close:null,reports:[],reconnecting:!1}}state;opts;status;conn;ws=null;changeListeners=new Set;statusListeners=new Set;helloTimer=null;retryTimer=null;backoffMs=250;access;left=!1;connect(){let e=this.opts.WebSocket??globalThis.WebSocket;this.conn=new ml({access:this.access,implementation:this.opts.implementation}),this.update({phase:"connecting",close:null,reconnecting:!1});let t=new e(this.opts.url,up);t.binaryType="arraybuffer",this.ws=t,t.onopen=()=>{t.send(this.conn.hello()),this.helloTimer=setTimeout(()=>{let n=this.conn.helloTimedOut();n&&this.handle([n])},hu)},t.onmessage=n=>{t===this.ws&&this.handle(typeof n.data=="string"?this.conn.receiveText():this.conn.receive(new Uint8Array(n.data)))},t.onclose=n=>{t===this.ws&&(this.ws=null,this.clearHelloTimer(),this.ended(this.conn.closed(n.code,n.reason)))}}clearHelloTimer(){this.helloTimer!==null&&clearTimeout(this.helloTimer),this.helloTimer=null}handle(e){for(let t of e)switch(t.type){case"hello":{this.clearHelloTimer(),this.backoffMs=250;let n=t.hello.run??null,s=this.status.run!==null&&n!==null?n===this.status.run:null;this.update({phase:"open",serverImplementation:String(t.hello.implementation),serverMinor:Number(t.hello.minor),run:n,sameRun:s,access:this.conn.access,runState:null});break}case"apply":{let n=$r();for(let s of t.updates)fl(n,this.state.apply(s));t.tick&&this.update({tick:{index:Number(t.tick.index),...t.tick.time!==void 0?{time:t.tick.time}:{}}});for(let s of this.changeListeners)s(n);break}case"access":(this.access!==void 0||t.access==="control")&&(this.access=t.access),this.update({access:{access:t.access,waiting:t.waiting,clients:t.clients}});break;case"run_state":this.update({runState:{state:t.state,...t.ticks_per_s!==void 0?{ticks_per_s:t.ticks_per_s}:{}}});break;case"report":this.update({reports:[...this.status.reports,{code:t.code,message:t.message}].slice(-gy)});break;case"close":if(this.ws){let n=this.ws;this.ws=null,this.clearHelloTimer(),n.close(dp(t.code),yy(dp(t.code)===t.code?t.reason:`${lu(t.code)}: ${t.reason}`,123))}this.ended(t);break}}ended(e){let t=!this.left&&this.opts.reconnect!==!1&&hp(e.code);this.update({phase:"closed",close:{code:e.code,reason:e.reason,meaning:lu(e.code)},reconnecting:t}),t&&(this.retryTimer=setTimeout(()=>{this.retryTimer=null,this.left||this.connect()},this.backoffMs),this.backoffMs=Math.min(this.backoffMs*2,5e3))}update(e){this.status={...this.status,...e};for(let t of this.statusListeners)t(this.status)}send=e=>{if(!this.ws||this.conn.phase!=="open")throw new Error(`not connected: ${String(e.kind)} not sent`);if(e.kind==="control_request"&&(this.access=e.want?"control":"observe"),e.kind==="set_control"&&Zi(e.value)){let t=this.state.scene?.controls.find(n=>n.id===e.control_id);t?.spec.kind==="scalar"&&(e={...e,value:ol(t.spec,e.value)})}this.ws.send(this.conn.send(e))};onChanges(e){return this.changeListeners.add(e),()=>this.changeListeners.delete(e)}onStatus(e){return this.statusListeners.add(e),()=>this.statusListeners.delete(e)}setFrontendState(e,t){let n=this.state.setFrontendState(e,t);for(let s of this.changeListeners)s(n)}leave(){this.left=!0,this.retryTimer!==null&&clearTimeout(this.retryTimer),this.ws&&this.handle([this.conn.leave()])}};function dp(i){return i===1e3||i>=3e3&&i<=4999?i:1e3}function yy(i,e){let t=new TextEncoder;if(t.encode(i).length<=e)return i;let n="";for(let s of i){if(t.encode(n+s).length>e)break;n+=s}return n}var _l={viridis:[[0,.267,.0049,.3294],[.0588,.2819,.0897,.4124],[.1137,.2809,.1608,.4729],[.1647,.268,.2235,.512],[.2235,.2431,.2921,.5385],[.3569,.1806,.43,.5573],[.5059,.1265,.5706,.5498],[.5608,.1201,.6222,.5349],[.6039,.1373,.6623,.5156],[.6667,.208,.7187,.4729],[.7373,.3359,.777,.402],[.8157,.516,.8312,.2943],[.9333,.8249,.8847,.1062],[.9647,.9063,.8949,.0981],[1,.9932,.9062,.1439]],magma:[[0,.0015,5e-4,.0139],[.0471,.0248,.0207,.1007],[.1098,.0929,.0599,.2392],[.1843,.2049,.0629,.4115],[.2118,.2522,.0594,.4532],[.2392,.2977,.0661,.4782],[.3176,.4208,.1129,.5052],[.4196,.5818,.1716,.5028],[.5059,.7228,.2172,.4733],[.5961,.8633,.2837,.4124],[.6392,.9177,.3355,.3799],[.6863,.9585,.4113,.36],[.7216,.9767,.4762,.3645],[.7608,.9885,.5504,.3884],[.8118,.9958,.6463,.4414],[.8667,.9972,.748,.5169],[1,.9871,.9914,.7495]],inferno:[[0,.0015,5e-4,.0139],[.0353,.0166,.0131,.0803],[.0667,.0469,.0303,.1502],[.1137,.1105,.0474,.2629],[.1647,.1973,.0384,.3675],[.2157,.2843,.0439,.4166],[.2863,.3977,.0833,.4332],[.3529,.5035,.1216,.4234],[.4196,.6093,.1595,.3936],[.4863,.7124,.2037,.3444],[.5608,.8173,.271,.2704],[.6196,.8863,.3426,.203],[.6784,.9387,.4301,.1304],[.7529,.9784,.5579,.0349],[.7882,.9865,.6231,.0278],[.8353,.9862,.7132,.1039],[.8941,.968,.8285,.25],[.9255,.9532,.8889,.3514],[.9569,.9469,.9433,.475],[.9765,.9579,.971,.5563],[1,.9884,.9984,.6449]],plasma:[[0,.0504,.0298,.528],[.0431,.1564,.0207,.5741],[.1255,.2999,.0096,.6316],[.1882,.3994,9e-4,.6561],[.2471,.4891,.0101,.6585],[.2784,.535,.0312,.6502],[.3451,.626,.1033,.6113],[.4314,.7277,.2006,.5353],[.5255,.8197,.3068,.4483],[.6706,.9308,.4779,.3227],[.7922,.9863,.641,.2179],[.8902,.9912,.7905,.1494],[.9255,.9812,.8483,.1423],[.9804,.9517,.9417,.1529],[1,.94,.9752,.1313]],cividis:[[0,0,.1351,.3048],[.0824,0,.191,.4411],[.0902,.0036,.1959,.4416],[.1098,.069,.2094,.4389],[.1333,.1176,.2259,.4343],[.2039,.2134,.2753,.4245],[.3294,.3387,.3622,.4281],[.4941,.4816,.4796,.4698],[.5804,.563,.5437,.4705],[.702,.6839,.6388,.4443],[.8039,.7901,.7238,.3974],[.9098,.9056,.8183,.3129],[.949,.9502,.8549,.2651],[.9843,.9922,.8884,.2055],[1,.9957,.9093,.2178]],coolwarm:[[0,.2298,.2987,.7537],[.0627,.3042,.4069,.8453],[.1255,.3837,.5102,.9178],[.1882,.4677,.6056,.9685],[.251,.5543,.6901,.9955],[.3137,.6408,.7608,.9978],[.3765,.724,.8149,.9757],[.4392,.8006,.8504,.93],[.502,.8674,.8644,.8626],[.5608,.9227,.8286,.7771],[.6235,.9582,.7712,.6803],[.6863,.9699,.6958,.5813],[.749,.9583,.6043,.4833],[.8431,.8995,.4407,.3441],[.9373,.7959,.2418,.2208],[.9686,.7527,.1576,.1843],[1,.7057,.0156,.1502]],grays:[[0,0,0,0],[1,1,1,1]],hot:[[0,.0416,0,0],[.3651,1,0,0],[.746,1,1,0],[1,1,1,1]]};var xy="viridis",vy=[1,0,1,1],uu=[.8,.8,.8,1],FA=Object.keys(_l),fp=new Set;function ps(i){if(typeof i=="string"&&i in _l)return i;let e=String(i);return fp.has(e)||(fp.add(e),console.warn(`scenewire: unknown colour map ${JSON.stringify(e)}, drawn as viridis (\xA78.13)`)),xy}function yl(i,e){let t=_l[ps(i)];if(!(e>t[0][0]))return[t[0][1],t[0][2],t[0][3]];let n=t[t.length-1];if(e>=n[0])return[n[1],n[2],n[3]];let s=1;for(;t[s][0]<e;)s++;let r=t[s-1],o=t[s],a=(e-r[0])/(o[0]-r[0]);return[r[1]+a*(o[1]-r[1]),r[2]+a*(o[2]-r[2]),r[3]+a*(o[3]-r[3])]}function du(i,e,t){if(Number.isNaN(i))return NaN;if(!(t>e))return .5;let n=(i-e)/(t-e);return n<0?0:n>1?1:n}function pp(i,e,t){let n=du(i,t[0],t[1]);return Number.isNaN(n)?[...vy]:[...yl(e,n),1]}function Us(i,e=256){let t=new Uint8Array(e*4);for(let n=0;n<e;n++){let s=yl(i,n/(e-1));t[4*n]=Math.round(s[0]*255),t[4*n+1]=Math.round(s[1]*255),t[4*n+2]=Math.round(s[2]*255),t[4*n+3]=255}return t}function fu(i){return`rgb(${Math.round(i[0]*255)}, ${Math.round(i[1]*255)}, ${Math.round(i[2]*255)})`}function mp(i){return i instanceof BigInt64Array||i instanceof BigUint64Array}function _t(i,e){return mp(i)?Number(i[e]):i[e]}function Sy(i){let e=1/0,t=-1/0;for(let n of i){if(!n)continue;let s=n.data;if(mp(s))for(let r=0;r<s.length;r++){let o=Number(s[r]);o<e&&(e=o),o>t&&(t=o)}else{for(let r=0;r<s.length;r++){let o=s[r];o<e&&(e=o),o>t&&(t=o)}if(e===-1/0||t===1/0){e=1/0,t=-1/0;for(let r=0;r<s.length;r++){let o=s[r];Number.isFinite(o)&&(o<e&&(e=o),o>t&&(t=o))}}}}return e<=t?[e,t]:[0,1]}function Fs(i,e){return Array.isArray(i)&&i.length===2&&Number.isFinite(i[0])&&Number.isFinite(i[1])&&i[0]<=i[1]?[Number(i[0]),Number(i[1])]:Sy(e)}function ia(i,e,t=5){if(!(e>i)||!Number.isFinite(e-i))return[i];let n=(e-i)/t,s=10**Math.floor(Math.log10(n)),r=[1,2,5,10].map(a=>a*s).find(a=>a>=n)??n,o=[];for(let a=Math.ceil(i/r)*r;a<=e+r*1e-9;a+=r)o.push(Math.abs(a)<r*1e-9?0:a);return o}function sa(i){return Number(i.toPrecision(6)).toString()}function Kn(i,e){if(typeof e!="string")return null;try{return i.field(e)??null}catch{return null}}function ar(i){let e=new Array(i.length).fill(1);for(let t=i.length-2;t>=0;t--)e[t]=e[t+1]*i[t+1];return e}function gp(i,e,t){let n=i.shape;if(n.length===0||n[0]!==e)throw new Error(`the colour field has ${n.length?n[0]:0} entries along its first axis, the geometry ${e}`);if(i.data instanceof Uint8Array&&i.dtype,n.slice(1).some(l=>l===0))return t.fill(NaN);let s=ar(n),r=0;for(let l=1;l<n.length;l++)r+=(n[l]-1)*s[l];let o=s[0]??1,a=i.data;if(a instanceof Float32Array&&o===1&&r===0)return t.set(a.subarray(0,e)),t;for(let l=0;l<e;l++)t[l]=_t(a,r+l*o);return t}var Zn=class{root=document.createElement("div");title=document.createElement("div");body=document.createElement("div");why=document.createElement("div");constructor(e,t){this.root.className=`sw-view sw-view-${e}`,this.root.dataset.viewId=t,this.title.className="sw-view-title",this.body.className="sw-view-body",this.why.className="sw-view-why",this.why.hidden=!0,this.root.append(this.title,this.body,this.why)}setTitle(e){let t=typeof e=="string"?e:"";this.title.textContent=t,this.title.hidden=!t}say(e){this.why.textContent=e??"",this.why.hidden=!e}},Ki=class{root=document.createElement("div");canvas=document.createElement("canvas");labels=document.createElement("div");key="";constructor(){this.root.className="sw-colorbar",this.labels.className="sw-colorbar-labels",this.canvas.width=1,this.canvas.height=256,this.root.append(this.canvas,this.labels)}show(e,t,n){let s=JSON.stringify([e,t,n]);if(s===this.key)return;this.key=s;let r=this.canvas.getContext("2d"),o=r.createImageData(1,256);for(let d=0;d<256;d++){let u=yl(e,(255-d)/255);o.data.set([Math.round(u[0]*255),Math.round(u[1]*255),Math.round(u[2]*255),255],4*d)}r.putImageData(o,0,0),this.labels.replaceChildren();let[a,l]=t,c=l>a?ia(a,l,6):[a],h=(d,u,m)=>{let g=document.createElement("span");g.className=m,g.textContent=u,g.style.top=`${l>a?100*(l-d)/(l-a):50}%`,this.labels.append(g)};for(let d of c)h(d,sa(d),"sw-colorbar-tick");n&&h((a+l)/2,n,"sw-colorbar-unit"),this.root.hidden=!1}hide(){this.root.hidden=!0,this.key=""}};var qr=class{constructor(e,t,n,s){this.viewId=t;this.state=n;this.send=s;this.frame=new Zn(e,t)}viewId;state;send;frame;host=document.createElement("div");canvas=document.createElement("canvas");resizeObserver=null;raf=0;extras(){return{className:"sw-plot-host sw-canvas2d",elements:[]}}build(e){e.append(this.frame.root);let{className:t,elements:n}=this.extras();this.host.className=t,this.host.append(this.canvas,...n),this.frame.body.append(this.host),this.resizeObserver=new ResizeObserver(()=>this.requestDraw()),this.resizeObserver.observe(this.host),this.requestDraw()}apply(e){let t=this.state.resolvedView(this.viewId);(e.scene||e.views.has(this.viewId)||e.fields.has(t.field_id)||e.stateKeys.size)&&this.requestDraw()}close(){cancelAnimationFrame(this.raf),this.resizeObserver?.disconnect(),this.frame.root.remove()}requestDraw(){this.raf||(this.raf=requestAnimationFrame(()=>{this.raf=0,this.draw()}))}};var Yr={left:58,right:16,top:10,bottom:42};function xl(i,e){let t=window.devicePixelRatio||1,n=Math.max(1,e.clientWidth),s=Math.max(1,e.clientHeight);(i.width!==Math.round(n*t)||i.height!==Math.round(s*t))&&(i.width=Math.round(n*t),i.height=Math.round(s*t),i.style.width=`${n}px`,i.style.height=`${s}px`);let r=i.getContext("2d");return r.setTransform(t,0,0,t,0,0),r}function vl(i,e,t=0){return{left:Yr.left,top:Yr.top,width:Math.max(10,i-Yr.left-Yr.right-t),height:Math.max(10,e-Yr.top-Yr.bottom)}}function Zr(i,e,t,n,s,r){i.save(),i.strokeStyle="#222",i.fillStyle="#222",i.lineWidth=1,i.font="11px sans-serif",i.beginPath(),i.moveTo(e.left+.5,e.top),i.lineTo(e.left+.5,e.top+e.height+.5),i.lineTo(e.left+e.width,e.top+e.height+.5),i.stroke();let o=l=>e.left+(l-t[0])/(t[1]-t[0])*e.width,a=l=>e.top+e.height-(l-n[0])/(n[1]-n[0])*e.height;i.textAlign="center",i.textBaseline="top";for(let l of ia(t[0],t[1],Math.max(2,Math.floor(e.width/80)))){let c=Math.round(o(l))+.5;i.beginPath(),i.moveTo(c,e.top+e.height),i.lineTo(c,e.top+e.height+5),i.stroke(),i.fillText(sa(l),c,e.top+e.height+7)}i.textAlign="right",i.textBaseline="middle";for(let l of ia(n[0],n[1],Math.max(2,Math.floor(e.height/50)))){let c=Math.round(a(l))+.5;i.beginPath(),i.moveTo(e.left-5,c),i.lineTo(e.left,c),i.stroke(),i.fillText(sa(l),e.left-7,c)}i.textAlign="center",i.textBaseline="bottom",s&&i.fillText(s,e.left+e.width/2,e.top+e.height+40),r&&(i.translate(14,e.top+e.height/2),i.rotate(-Math.PI/2),i.textBaseline="middle",i.fillText(r,0,0)),i.restore()}function lr(i,e){let t=typeof i=="string"?i:"",n=typeof e=="string"?e:"";return t&&n?`${t} (${n})`:t||(n?`(${n})`:"")}function _p(i,e){let t=i&&!Array.isArray(i)?i.data:null,n=t?_t(t,0):0,s=t?_t(t,e-1):e-1,r=e>1?(s-n)/(e-1):1;return[n-r/2,s+r/2]}var pu=class extends qr{pixels=document.createElement("canvas");colorBar=new Ki;box={left:0,top:0,width:0,height:0};constructor(e,t,n){super("image",e,t,n)}extras(){return{className:"sw-plot-host sw-canvas2d sw-with-colorbar",elements:[this.colorBar.root]}}draw(){let e=this.state.resolvedView(this.viewId);this.frame.setTitle(e.title);let t=xl(this.canvas,this.host),n=this.host.clientWidth,s=this.host.clientHeight;t.clearRect(0,0,n,s);let r=vl(n,s,70);this.box=r;let o=lr(e.x_label,e.x_unit),a=lr(e.y_label,e.y_unit),l=Kn(this.state,e.field_id),c=null,h=l?l.dims.indexOf(e.x_dim):-1,d=l?l.dims.indexOf(e.y_dim):-1;if(l?(l.dims.length!==2||h<0||d<0)&&(c=`the field ${l.id} has dims ${JSON.stringify(l.dims)}, not ${e.x_dim} and ${e.y_dim}`):c=`no field ${JSON.stringify(e.field_id)}`,c||!l){this.frame.say(c),this.colorBar.hide(),Zr(t,r,[0,1],[0,1],o,a);return}this.frame.say(null);let u=l.values.shape[h],m=l.values.shape[d],g=ar(l.values.shape),S=ps(e.colormap),p=Fs(e.color_limits,[l.values]),f=Us(S);this.pixels.width=Math.max(1,u),this.pixels.height=Math.max(1,m);let v=this.pixels.getContext("2d"),R=v.createImageData(this.pixels.width,this.pixels.height),x=l.values.data;for(let w=0;w<m;w++)for(let O=0;O<u;O++){let I=_t(x,O*g[h]+w*g[d]),L=du(I,p[0],p[1]),k=4*((m-1-w)*u+O);if(Number.isNaN(L)){R.data[k]=255,R.data[k+1]=0,R.data[k+2]=255,R.data[k+3]=255;continue}let z=L*255,N=Math.min(254,Math.floor(z)),H=z-N;for(let $=0;$<3;$++)R.data[k+$]=Math.round((1-H)*f[4*N+$]+H*f[4*N+4+$]);R.data[k+3]=255}v.putImageData(R,0,0);let T=_p(l.coords[e.x_dim],u),A=_p(l.coords[e.y_dim],m);u&&m&&(t.imageSmoothingEnabled=!1,t.drawImage(this.pixels,r.left,r.top,r.width,r.height)),Zr(t,r,T,A,o,a);let _=typeof e.value_unit=="string"?e.value_unit:typeof l.decl?.unit=="string"?l.decl.unit:null;this.colorBar.show(S,p,lr(e.value_label,_)||null)}};function yp(i,e,t){return new pu(i,e,t)}var by="uplot",My="u-hz",wy="u-vt",Ey="u-title",Ay="u-wrap",Ty="u-under",Ry="u-over",Cy="u-axis",ur="u-off",Py="u-select",Iy="u-cursor-x",Ly="u-cursor-y",Ny="u-cursor-pt",Dy="u-legend",Oy="u-live",Uy="u-inline",Fy="u-series",ky="u-marker",xp="u-label",By="u-value",oa="width",aa="height";var vp="bottom",Kr="left",mu="right",Lu="#000",Sp=Lu+"0",gu="mousemove",bp="mousedown",_u="mouseup",Mp="mouseenter",wp="mouseleave",Ep="dblclick",zy="resize",Vy="scroll",Ap="change",El="dppxchange",Nu="--",io=typeof window<"u",bu=io?document:null,jr=io?window:null,Hy=io?navigator:null,Ct,Sl;function Mu(){let i=devicePixelRatio;Ct!=i&&(Ct=i,Sl&&Eu(Ap,Sl,Mu),Sl=matchMedia(`(min-resolution: ${Ct-.001}dppx) and (max-resolution: ${Ct+.001}dppx)`),dr(Ap,Sl,Mu),jr.dispatchEvent(new CustomEvent(El)))}function oi(i,e){if(e!=null){let t=i.classList;!t.contains(e)&&t.add(e)}}function wu(i,e){let t=i.classList;t.contains(e)&&t.remove(e)}function $t(i,e,t){i.style[e]=t+"px"}function Li(i,e,t,n){let s=bu.createElement(i);return e!=null&&oi(s,e),t?.insertBefore(s,n),s}function xi(i,e){return Li("div",i,e)}var Tp=new WeakMap;function Ji(i,e,t,n,s){let r="translate("+e+"px,"+t+"px)",o=Tp.get(i);r!=o&&(i.style.transform=r,Tp.set(i,r),e<0||t<0||e>n||t>s?oi(i,ur):wu(i,ur))}var Rp=new WeakMap;function Cp(i,e,t){let n=e+t,s=Rp.get(i);n!=s&&(Rp.set(i,n),i.style.background=e,i.style.borderColor=t)}var Pp=new WeakMap;function Ip(i,e,t,n){let s=e+""+t,r=Pp.get(i);s!=r&&(Pp.set(i,s),i.style.height=t+"px",i.style.width=e+"px",i.style.marginLeft=n?-e/2+"px":0,i.style.marginTop=n?-t/2+"px":0)}var Du={passive:!0},Gy={...Du,capture:!0};function dr(i,e,t,n){e.addEventListener(i,t,n?Gy:Du)}function Eu(i,e,t,n){e.removeEventListener(i,t,Du)}io&&Mu();function Ni(i,e,t,n){let s;t=t||0,n=n||e.length-1;let r=n<=2147483647;for(;n-t>1;)s=r?t+n>>1:ai((t+n)/2),e[s]<i?t=s:n=s;return i-e[t]<=e[n]-i?t:n}function rm(i){return(t,n,s)=>{let r=-1,o=-1;for(let a=n;a<=s;a++)if(i(t[a])){r=a;break}for(let a=s;a>=n;a--)if(i(t[a])){o=a;break}return[r,o]}}var om=i=>i!=null,am=i=>i!=null&&i>0,Rl=rm(om),Wy=rm(am);function Xy(i,e,t,n=0,s=!1){let r=s?Wy:Rl,o=s?am:om;[e,t]=r(i,e,t);let a=i[e],l=i[e];if(e>-1)if(n==1)a=i[e],l=i[t];else if(n==-1)a=i[t],l=i[e];else for(let c=e;c<=t;c++){let h=i[c];o(h)&&(h<a?a=h:h>l&&(l=h))}return[a??Bt,l??-Bt]}function Cl(i,e,t,n){let s=Dp(i),r=Dp(e);i==e&&(s==-1?(i*=t,e/=t):(i/=t,e*=t));let o=t==10?ms:lm,a=s==1?ai:vi,l=r==1?vi:ai,c=a(o(xn(i))),h=l(o(xn(e))),d=Qr(t,c),u=Qr(t,h);return t==10&&(c<0&&(d=zt(d,-c)),h<0&&(u=zt(u,-h))),n||t==2?(i=d*s,e=u*r):(i=dm(i,d),e=Pl(e,u)),[i,e]}function Ou(i,e,t,n){let s=Cl(i,e,t,n);return i==0&&(s[0]=0),e==0&&(s[1]=0),s}var Uu=.1,Lp={mode:3,pad:Uu},ca={pad:0,soft:null,mode:0},$y={min:ca,max:ca};function Al(i,e,t,n){return Il(t)?Np(i,e,t):(ca.pad=t,ca.soft=n?0:null,ca.mode=n?3:0,Np(i,e,$y))}function Tt(i,e){return i??e}function qy(i,e,t){for(e=Tt(e,0),t=Tt(t,i.length-1);e<=t;){if(i[e]!=null)return!0;e++}return!1}function Np(i,e,t){let n=t.min,s=t.max,r=Tt(n.pad,0),o=Tt(s.pad,0),a=Tt(n.hard,-Bt),l=Tt(s.hard,Bt),c=Tt(n.soft,Bt),h=Tt(s.soft,-Bt),d=Tt(n.mode,0),u=Tt(s.mode,0),m=e-i,g=ms(m),S=Xn(xn(i),xn(e)),p=ms(S),f=xn(p-g);(m<1e-24||f>10)&&(m=0,(i==0||e==0)&&(m=1e-24,d==2&&c!=Bt&&(r=0),u==2&&h!=-Bt&&(o=0)));let v=m||S||1e3,R=ms(v),x=Qr(10,ai(R)),T=v*(m==0?i==0?.1:1:r),A=zt(dm(i-T,x/10),24),_=i>=c&&(d==1||d==3&&A<=c||d==2&&A>=c)?c:Bt,w=Xn(a,A<_&&i>=_?_:Di(_,A)),O=v*(m==0?e==0?.1:1:o),I=zt(Pl(e+O,x/10),24),L=e<=h&&(u==1||u==3&&I>=h||u==2&&I<=h)?h:-Bt,k=Di(l,I>L&&e<=L?L:Xn(L,I));return w==k&&w==0&&(k=100),[w,k]}var Yy=new Intl.NumberFormat(io?Hy.language:"en-US"),Fu=i=>Yy.format(i),li=Math,wl=li.PI,xn=li.abs,ai=li.floor,yn=li.round,vi=li.ceil,Di=li.min,Xn=li.max,Qr=li.pow,Dp=li.sign,ms=li.log10,lm=li.log2,Zy=(i,e=1)=>li.sinh(i)*e,yu=(i,e=1)=>li.asinh(i/e),Bt=1/0;function Op(i){return(ms((i^i>>31)-(i>>31))|0)+1}function Au(i,e,t){return Di(Xn(i,e),t)}function cm(i){return typeof i=="function"}function St(i){return cm(i)?i:()=>i}var Ky=()=>{},hm=i=>i,um=(i,e)=>e,Jy=i=>null,Up=i=>!0,Fp=(i,e)=>i==e,jy=/\.\d*?(?=9{6,}|0{6,})/gm,fr=i=>{if(pm(i)||Bs.has(i))return i;let e=`${i}`,t=e.match(jy);if(t==null)return i;let n=t[0].length-1;if(e.indexOf("e-")!=-1){let[s,r]=e.split("e");return+`${fr(s)}e${r}`}return zt(i,n)};function cr(i,e){return fr(zt(fr(i/e))*e)}function Pl(i,e){return fr(vi(fr(i/e))*e)}function dm(i,e){return fr(ai(fr(i/e))*e)}function zt(i,e=0){if(pm(i))return i;let t=10**e,n=i*t*(1+Number.EPSILON);return yn(n)/t}var Bs=new Map;function fm(i){return((""+i).split(".")[1]||"").length}function ua(i,e,t,n){let s=[],r=n.map(fm);for(let o=e;o<t;o++){let a=xn(o),l=zt(Qr(i,o),a);for(let c=0;c<n.length;c++){let h=i==10?+`${n[c]}e${o}`:n[c]*l,d=(o>=0?0:a)+(o>=r[c]?0:r[c]),u=i==10?h:zt(h,d);s.push(u),Bs.set(u,d)}}return s}var ha={},ku=[],eo=[null,null],ks=Array.isArray,pm=Number.isInteger,Qy=i=>i===void 0;function kp(i){return typeof i=="string"}function Il(i){let e=!1;if(i!=null){let t=i.constructor;e=t==null||t==Object}return e}function ex(i){return i!=null&&typeof i=="object"}var tx=Object.getPrototypeOf(Uint8Array),mm="__proto__";function to(i,e=Il){let t;if(ks(i)){let n=i.find(s=>s!=null);if(ks(n)||e(n)){t=Array(i.length);for(let s=0;s<i.length;s++)t[s]=to(i[s],e)}else t=i.slice()}else if(i instanceof tx)t=i.slice();else if(e(i)){t={};for(let n in i)n!=mm&&(t[n]=to(i[n],e))}else t=i;return t}function dn(i){let e=arguments;for(let t=1;t<e.length;t++){let n=e[t];for(let s in n)s!=mm&&(Il(i[s])?dn(i[s],to(n[s])):i[s]=to(n[s]))}return i}var nx=0,ix=1,sx=2;function rx(i,e,t){for(let n=0,s,r=-1;n<e.length;n++){let o=e[n];if(o>r){for(s=o-1;s>=0&&i[s]==null;)i[s--]=null;for(s=o+1;s<t&&i[s]==null;)i[r=s++]=null}}}function ox(i,e){if(cx(i)){let o=i[0].slice();for(let a=1;a<i.length;a++)o.push(...i[a].slice(1));return hx(o[0])||(o=lx(o)),o}let t=new Set;for(let o=0;o<i.length;o++){let l=i[o][0],c=l.length;for(let h=0;h<c;h++)t.add(l[h])}let n=[Array.from(t).sort((o,a)=>o-a)],s=n[0].length,r=new Map;for(let o=0;o<s;o++)r.set(n[0][o],o);for(let o=0;o<i.length;o++){let a=i[o],l=a[0];for(let c=1;c<a.length;c++){let h=a[c],d=Array(s).fill(void 0),u=e?e[o][c]:ix,m=[];for(let g=0;g<h.length;g++){let S=h[g],p=r.get(l[g]);S===null?u!=nx&&(d[p]=S,u==sx&&m.push(p)):d[p]=S}rx(d,m,s),n.push(d)}}return n}var ax=typeof queueMicrotask>"u"?i=>Promise.resolve().then(i):queueMicrotask;function lx(i){let e=i[0],t=e.length,n=Array(t);for(let r=0;r<n.length;r++)n[r]=r;n.sort((r,o)=>e[r]-e[o]);let s=[];for(let r=0;r<i.length;r++){let o=i[r],a=Array(t);for(let l=0;l<t;l++)a[l]=o[n[l]];s.push(a)}return s}function cx(i){let e=i[0][0],t=e.length;for(let n=1;n<i.length;n++){let s=i[n][0];if(s.length!=t)return!1;if(s!=e){for(let r=0;r<t;r++)if(s[r]!=e[r])return!1}}return!0}function hx(i,e=100){let t=i.length;if(t<=1)return!0;let n=0,s=t-1;for(;n<=s&&i[n]==null;)n++;for(;s>=n&&i[s]==null;)s--;if(s<=n)return!0;let r=Xn(1,ai((s-n+1)/e));for(let o=i[n],a=n+r;a<=s;a+=r){let l=i[a];if(l!=null){if(l<=o)return!1;o=l}}return!0}var gm=["January","February","March","April","May","June","July","August","September","October","November","December"],_m=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function ym(i){return i.slice(0,3)}var ux=_m.map(ym),dx=gm.map(ym),fx={MMMM:gm,MMM:dx,WWWW:_m,WWW:ux};function ra(i){return(i<10?"0":"")+i}function px(i){return(i<10?"00":i<100?"0":"")+i}var mx={YYYY:i=>i.getFullYear(),YY:i=>(i.getFullYear()+"").slice(2),MMMM:(i,e)=>e.MMMM[i.getMonth()],MMM:(i,e)=>e.MMM[i.getMonth()],MM:i=>ra(i.getMonth()+1),M:i=>i.getMonth()+1,DD:i=>ra(i.getDate()),D:i=>i.getDate(),WWWW:(i,e)=>e.WWWW[i.getDay()],WWW:(i,e)=>e.WWW[i.getDay()],HH:i=>ra(i.getHours()),H:i=>i.getHours(),h:i=>{let e=i.getHours();return e==0?12:e>12?e-12:e},AA:i=>i.getHours()>=12?"PM":"AM",aa:i=>i.getHours()>=12?"pm":"am",a:i=>i.getHours()>=12?"p":"a",mm:i=>ra(i.getMinutes()),m:i=>i.getMinutes(),ss:i=>ra(i.getSeconds()),s:i=>i.getSeconds(),fff:i=>px(i.getMilliseconds())};function Bu(i,e){e=e||fx;let t=[],n=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=n.exec(i);)t.push(s[0][0]=="{"?mx[s[1]]:s[0]);return r=>{let o="";for(let a=0;a<t.length;a++)o+=typeof t[a]=="string"?t[a]:t[a](r,e);return o}}var gx=new Intl.DateTimeFormat().resolvedOptions().timeZone;function _x(i,e){let t;return e=="UTC"||e=="Etc/UTC"?t=new Date(+i+i.getTimezoneOffset()*6e4):e==gx?t=i:(t=new Date(i.toLocaleString("en-US",{timeZone:e})),t.setMilliseconds(i.getMilliseconds())),t}var xm=i=>i%1==0,Tl=[1,2,2.5,5],yx=ua(10,-32,0,Tl),vm=ua(10,0,32,Tl),xx=vm.filter(xm),hr=yx.concat(vm),zu=`
`,Sm="{YYYY}",Bp=zu+Sm,bm="{M}/{D}",la=zu+bm,bl=la+"/{YY}",Mm="{aa}",vx="{h}:{mm}",Jr=vx+Mm,zp=zu+Jr,Vp=":{ss}",It=null;function wm(i){let e=i*1e3,t=e*60,n=t*60,s=n*24,r=s*30,o=s*365,l=(i==1?ua(10,0,3,Tl).filter(xm):ua(10,-3,0,Tl)).concat([e,e*5,e*10,e*15,e*30,t,t*5,t*10,t*15,t*30,n,n*2,n*3,n*4,n*6,n*8,n*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,r,r*2,r*3,r*4,r*6,o,o*2,o*5,o*10,o*25,o*50,o*100]),c=[[o,Sm,It,It,It,It,It,It,1],[s*28,"{MMM}",Bp,It,It,It,It,It,1],[s,bm,Bp,It,It,It,It,It,1],[n,"{h}"+Mm,bl,It,la,It,It,It,1],[t,Jr,bl,It,la,It,It,It,1],[e,Vp,bl+" "+Jr,It,la+" "+Jr,It,zp,It,1],[i,Vp+".{fff}",bl+" "+Jr,It,la+" "+Jr,It,zp,It,1]];function h(d){return(u,m,g,S,p,f)=>{let v=[],R=p>=o,x=p>=r&&p<o,T=d(g),A=zt(T*i,3),_=xu(T.getFullYear(),R?0:T.getMonth(),x||R?1:T.getDate()),w=zt(_*i,3);if(x||R){let O=x?p/r:0,I=R?p/o:0,L=A==w?A:zt(xu(_.getFullYear()+I,_.getMonth()+O,1)*i,3),k=new Date(yn(L/i)),z=k.getFullYear(),N=k.getMonth();for(let H=0;L<=S;H++){let $=xu(z+I*H,N+O*H,1),G=$-d(zt($*i,3));L=zt((+$+G)*i,3),L<=S&&v.push(L)}}else{let O=p>=s?s:p,I=ai(g)-ai(A),L=w+I+Pl(A-w,O);v.push(L);let k=d(L),z=k.getHours()+k.getMinutes()/t+k.getSeconds()/n,N=p/n,H=u.axes[m]._space,$=f/H;for(;L=zt(L+p,i==1?0:3),!(L>S);)if(N>1){let G=ai(zt(z+N,6))%24,j=d(L).getHours()-G;j>1&&(j=-1),L-=j*n,z=(z+N)%24;let ie=v[v.length-1];zt((L-ie)/p,3)*$>=.7&&v.push(L)}else v.push(L)}return v}}return[l,c,h]}var[Sx,bx,Mx]=wm(1),[wx,Ex,Ax]=wm(.001);ua(2,-53,53,[1]);function Hp(i,e){return i.map(t=>t.map((n,s)=>s==0||s==8||n==null?n:e(s==1||t[8]==0?n:t[1]+n)))}function Gp(i,e){return(t,n,s,r,o)=>{let a=e.find(g=>o>=g[0])||e[e.length-1],l,c,h,d,u,m;return n.map(g=>{let S=i(g),p=S.getFullYear(),f=S.getMonth(),v=S.getDate(),R=S.getHours(),x=S.getMinutes(),T=S.getSeconds(),A=p!=l&&a[2]||f!=c&&a[3]||v!=h&&a[4]||R!=d&&a[5]||x!=u&&a[6]||T!=m&&a[7]||a[1];return l=p,c=f,h=v,d=R,u=x,m=T,A(S)})}}function Tx(i,e){let t=Bu(e);return(n,s,r,o,a)=>s.map(l=>t(i(l)))}function xu(i,e,t){return new Date(i,e,t)}function Wp(i,e){return e(i)}var Rx="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Xp(i,e){return(t,n,s,r)=>r==null?Nu:e(i(n))}function Cx(i,e){let t=i.series[e];return t.width?t.stroke(i,e):t.points.width?t.points.stroke(i,e):null}function Px(i,e){return i.series[e].fill(i,e)}var Ix={show:!0,live:!0,isolate:!1,mount:Ky,markers:{show:!0,width:2,stroke:Cx,fill:Px,dash:"solid"},idx:null,idxs:null,values:[]};function Lx(i,e){let t=i.cursor.points,n=xi(),s=t.size(i,e);$t(n,oa,s),$t(n,aa,s);let r=s/-2;$t(n,"marginLeft",r),$t(n,"marginTop",r);let o=t.width(i,e,s);return o&&$t(n,"borderWidth",o),n}function Nx(i,e){let t=i.series[e].points;return t._fill||t._stroke}function Dx(i,e){let t=i.series[e].points;return t._stroke||t._fill}function Ox(i,e){return i.series[e].points.size}var vu=[0,0];function Ux(i,e,t){return vu[0]=e,vu[1]=t,vu}function Ml(i,e,t,n=!0){return s=>{s.button==0&&(!n||s.target==e)&&t(s)}}function Su(i,e,t,n=!0){return s=>{(!n||s.target==e)&&t(s)}}var Fx={show:!0,x:!0,y:!0,lock:!1,move:Ux,points:{one:!1,show:Lx,size:Ox,width:0,stroke:Dx,fill:Nx},bind:{mousedown:Ml,mouseup:Ml,click:Ml,dblclick:Ml,mousemove:Su,mouseleave:Su,mouseenter:Su},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(i,e)=>{e.stopPropagation(),e.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(i,e,t,n,s)=>n-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Em={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Vu=dn({},Em,{filter:um}),Am=dn({},Vu,{size:10}),Tm=dn({},Em,{show:!1}),Hu='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Rm="bold "+Hu,Cm=1.5,$p={show:!0,scale:"x",stroke:Lu,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Rm,side:2,grid:Vu,ticks:Am,border:Tm,font:Hu,lineGap:Cm,rotate:0},kx="Value",Bx="Time",qp={show:!0,scale:"x",auto:!1,sorted:1,min:Bt,max:-Bt,idxs:[]};function zx(i,e,t,n,s){return e.map(r=>r==null?"":Fu(r))}function Vx(i,e,t,n,s,r,o){let a=[],l=Bs.get(s)||0;t=o?t:zt(Pl(t,s),l);for(let c=t;c<=n;c=zt(c+s,l))a.push(Object.is(c,-0)?0:c);return a}function Tu(i,e,t,n,s,r,o){let a=[],l=i.scales[i.axes[e].scale].log,c=l==10?ms:lm,h=ai(c(t));s=Qr(l,h),l==10&&(s=hr[Ni(s,hr)]);let d=t,u=s*l;l==10&&(u=hr[Ni(u,hr)]);do a.push(d),d=d+s,l==10&&!Bs.has(d)&&(d=zt(d,Bs.get(s))),d>=u&&(s=d,u=s*l,l==10&&(u=hr[Ni(u,hr)]));while(d<=n);return a}function Hx(i,e,t,n,s,r,o){let l=i.scales[i.axes[e].scale].asinh,c=n>l?Tu(i,e,Xn(l,t),n,s):[l],h=n>=0&&t<=0?[0]:[];return(t<-l?Tu(i,e,Xn(l,-n),-t,s):[l]).reverse().map(u=>-u).concat(h,c)}var Pm=/./,Gx=/[12357]/,Wx=/[125]/,Yp=/1/,Ru=(i,e,t,n)=>i.map((s,r)=>e==4&&s==0||r%n==0&&t.test(s.toExponential()[s<0?1:0])?s:null);function Xx(i,e,t,n,s){let r=i.axes[t],o=r.scale,a=i.scales[o],l=i.valToPos,c=r._space,h=l(10,o),d=l(9,o)-h>=c?Pm:l(7,o)-h>=c?Gx:l(5,o)-h>=c?Wx:Yp;if(d==Yp){let u=xn(l(1,o)-h);if(u<c)return Ru(e.slice().reverse(),a.distr,d,vi(c/u)).reverse()}return Ru(e,a.distr,d,1)}function $x(i,e,t,n,s){let r=i.axes[t],o=r.scale,a=r._space,l=i.valToPos,c=xn(l(1,o)-l(2,o));return c<a?Ru(e.slice().reverse(),3,Pm,vi(a/c)).reverse():e}function qx(i,e,t,n){return n==null?Nu:e==null?"":Fu(e)}var Zp={show:!0,scale:"y",stroke:Lu,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Rm,side:3,grid:Vu,ticks:Am,border:Tm,font:Hu,lineGap:Cm,rotate:0};function Yx(i,e){let t=3+(i||1)*2;return zt(t*e,3)}function Zx(i,e){let{scale:t,idxs:n}=i.series[0],s=i._data[0],r=i.valToPos(s[n[0]],t,!0),o=i.valToPos(s[n[1]],t,!0),a=xn(o-r),l=i.series[e],c=a/(l.points.space*Ct);return n[1]-n[0]<=c}var Kp={scale:null,auto:!0,sorted:0,min:Bt,max:-Bt},Im=(i,e,t,n,s)=>s,Jp={show:!0,auto:!0,sorted:0,gaps:Im,alpha:1,facets:[dn({},Kp,{scale:"x"}),dn({},Kp,{scale:"y"})]},jp={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Im,alpha:1,points:{show:Zx,filter:null},values:null,min:Bt,max:-Bt,idxs:[],path:null,clip:null};function Kx(i,e,t,n,s){return t/10}var Lm={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Jx=dn({},Lm,{time:!1,ori:1}),Qp={};function Nm(i,e){let t=Qp[i];return t||(t={key:i,plots:[],sub(n){t.plots.push(n)},unsub(n){t.plots=t.plots.filter(s=>s!=n)},pub(n,s,r,o,a,l,c){for(let h=0;h<t.plots.length;h++)t.plots[h]!=s&&t.plots[h].pub(n,s,r,o,a,l,c)}},i!=null&&(Qp[i]=t)),t}var no=1,Cu=2;function pr(i,e,t){let n=i.mode,s=i.series[e],r=n==2?i._data[e]:i._data,o=i.scales,a=i.bbox,l=r[0],c=n==2?r[1]:r[e],h=n==2?o[s.facets[0].scale]:o[i.series[0].scale],d=n==2?o[s.facets[1].scale]:o[s.scale],u=a.left,m=a.top,g=a.width,S=a.height,p=i.valToPosH,f=i.valToPosV;return h.ori==0?t(s,l,c,h,d,p,f,u,m,g,S,Nl,so,Ol,Om,Fm):t(s,l,c,h,d,f,p,m,u,S,g,Dl,ro,Xu,Um,km)}function Gu(i,e){let t=0,n=0,s=Tt(i.bands,ku);for(let r=0;r<s.length;r++){let o=s[r];o.series[0]==e?t=o.dir:o.series[1]==e&&(o.dir==1?n|=1:n|=2)}return[t,n==1?-1:n==2?1:n==3?2:0]}function jx(i,e,t,n,s){let r=i.mode,o=i.series[e],a=r==2?o.facets[1].scale:o.scale,l=i.scales[a];return s==-1?l.min:s==1?l.max:l.distr==3?l.dir==1?l.min:l.max:0}function gs(i,e,t,n,s,r){return pr(i,e,(o,a,l,c,h,d,u,m,g,S,p)=>{let f=o.pxRound,v=c.dir*(c.ori==0?1:-1),R=c.ori==0?so:ro,x,T;v==1?(x=t,T=n):(x=n,T=t);let A=f(d(a[x],c,S,m)),_=f(u(l[x],h,p,g)),w=f(d(a[T],c,S,m)),O=f(u(r==1?h.max:h.min,h,p,g)),I=new Path2D(s);return R(I,w,O),R(I,A,O),R(I,A,_),I})}function Ll(i,e,t,n,s,r){let o=null;if(i.length>0){o=new Path2D;let a=e==0?Ol:Xu,l=t;for(let d=0;d<i.length;d++){let u=i[d];if(u[1]>u[0]){let m=u[0]-l;m>0&&a(o,l,n,m,n+r),l=u[1]}}let c=t+s-l,h=10;c>0&&a(o,l,n-h/2,c,n+r+h)}return o}function Qx(i,e,t){let n=i[i.length-1];n&&n[0]==e?n[1]=t:i.push([e,t])}function Wu(i,e,t,n,s,r,o){let a=[],l=i.length;for(let c=s==1?t:n;c>=t&&c<=n;c+=s)if(e[c]===null){let d=c,u=c;if(s==1)for(;++c<=n&&e[c]===null;)u=c;else for(;--c>=t&&e[c]===null;)u=c;let m=r(i[d]),g=u==d?m:r(i[u]),S=d-s;m=o<=0&&S>=0&&S<l?r(i[S]):m;let f=u+s;g=o>=0&&f>=0&&f<l?r(i[f]):g,g>=m&&a.push([m,g])}return a}function em(i){return i==0?hm:i==1?yn:e=>cr(e,i)}function Dm(i){let e=i==0?Nl:Dl,t=i==0?(s,r,o,a,l,c)=>{s.arcTo(r,o,a,l,c)}:(s,r,o,a,l,c)=>{s.arcTo(o,r,l,a,c)},n=i==0?(s,r,o,a,l)=>{s.rect(r,o,a,l)}:(s,r,o,a,l)=>{s.rect(o,r,l,a)};return(s,r,o,a,l,c=0,h=0)=>{c==0&&h==0?n(s,r,o,a,l):(c=Di(c,a/2,l/2),h=Di(h,a/2,l/2),e(s,r+c,o),t(s,r+a,o,r+a,o+l,c),t(s,r+a,o+l,r,o+l,h),t(s,r,o+l,r,o,h),t(s,r,o,r+a,o,c),s.closePath())}}var Nl=(i,e,t)=>{i.moveTo(e,t)},Dl=(i,e,t)=>{i.moveTo(t,e)},so=(i,e,t)=>{i.lineTo(e,t)},ro=(i,e,t)=>{i.lineTo(t,e)},Ol=Dm(0),Xu=Dm(1),Om=(i,e,t,n,s,r)=>{i.arc(e,t,n,s,r)},Um=(i,e,t,n,s,r)=>{i.arc(t,e,n,s,r)},Fm=(i,e,t,n,s,r,o)=>{i.bezierCurveTo(e,t,n,s,r,o)},km=(i,e,t,n,s,r,o)=>{i.bezierCurveTo(t,e,s,n,o,r)};function Bm(i){return(e,t,n,s,r)=>pr(e,t,(o,a,l,c,h,d,u,m,g,S,p)=>{let{pxRound:f,points:v}=o,R,x;c.ori==0?(R=Nl,x=Om):(R=Dl,x=Um);let T=zt(v.width*Ct,3),A=(v.size-v.width)/2*Ct,_=zt(A*2,3),w=new Path2D,O=new Path2D,{left:I,top:L,width:k,height:z}=e.bbox;Ol(O,I-_,L-_,k+_*2,z+_*2);let N=H=>{if(l[H]!=null){let $=f(d(a[H],c,S,m)),G=f(u(l[H],h,p,g));R(w,$+A,G),x(w,$,G,A,0,wl*2)}};if(r)r.forEach(N);else for(let H=n;H<=s;H++)N(H);return{stroke:T>0?w:null,fill:w,clip:O,flags:no|Cu}})}function zm(i){return(e,t,n,s,r,o)=>{n!=s&&(r!=n&&o!=n&&i(e,t,n),r!=s&&o!=s&&i(e,t,s),i(e,t,o))}}var ev=zm(so),tv=zm(ro);function Vm(i){let e=Tt(i?.alignGaps,0);return(t,n,s,r)=>pr(t,n,(o,a,l,c,h,d,u,m,g,S,p)=>{[s,r]=Rl(l,s,r);let f=o.pxRound,v=z=>f(d(z,c,S,m)),R=z=>f(u(z,h,p,g)),x,T;c.ori==0?(x=so,T=ev):(x=ro,T=tv);let A=c.dir*(c.ori==0?1:-1),_={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:no},w=_.stroke,O=!1;if(r-s>=S*4){let z=he=>t.posToVal(he,c.key,!0),N=null,H=null,$,G,le,K=v(a[A==1?s:r]),j=v(a[s]),ie=v(a[r]),ue=z(A==1?j+1:ie-1);for(let he=A==1?s:r;he>=s&&he<=r;he+=A){let Q=a[he],_e=(A==1?Q<ue:Q>ue)?K:v(Q),Re=l[he];_e==K?Re!=null?(G=Re,N==null?(x(w,_e,R(G)),$=N=H=G):G<N?N=G:G>H&&(H=G)):Re===null&&(O=!0):(N!=null&&T(w,K,R(N),R(H),R($),R(G)),Re!=null?(G=Re,x(w,_e,R(G)),N=H=$=G):(N=H=null,Re===null&&(O=!0)),K=_e,ue=z(K+A))}N!=null&&N!=H&&le!=K&&T(w,K,R(N),R(H),R($),R(G))}else for(let z=A==1?s:r;z>=s&&z<=r;z+=A){let N=l[z];N===null?O=!0:N!=null&&x(w,v(a[z]),R(N))}let[L,k]=Gu(t,n);if(o.fill!=null||L!=0){let z=_.fill=new Path2D(w),N=o.fillTo(t,n,o.min,o.max,L),H=R(N),$=v(a[s]),G=v(a[r]);A==-1&&([G,$]=[$,G]),x(z,G,H),x(z,$,H)}if(!o.spanGaps){let z=[];O&&z.push(...Wu(a,l,s,r,A,v,e)),_.gaps=z=o.gaps(t,n,s,r,z),_.clip=Ll(z,c.ori,m,g,S,p)}return k!=0&&(_.band=k==2?[gs(t,n,s,r,w,-1),gs(t,n,s,r,w,1)]:gs(t,n,s,r,w,k)),_})}function nv(i){let e=Tt(i.align,1),t=Tt(i.ascDesc,!1),n=Tt(i.alignGaps,0),s=Tt(i.extend,!1);return(r,o,a,l)=>pr(r,o,(c,h,d,u,m,g,S,p,f,v,R)=>{[a,l]=Rl(d,a,l);let x=c.pxRound,{left:T,width:A}=r.bbox,_=j=>x(g(j,u,v,p)),w=j=>x(S(j,m,R,f)),O=u.ori==0?so:ro,I={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:no},L=I.stroke,k=u.dir*(u.ori==0?1:-1),z=w(d[k==1?a:l]),N=_(h[k==1?a:l]),H=N,$=N;s&&e==-1&&($=T,O(L,$,z)),O(L,N,z);for(let j=k==1?a:l;j>=a&&j<=l;j+=k){let ie=d[j];if(ie==null)continue;let ue=_(h[j]),he=w(ie);e==1?O(L,ue,z):O(L,H,he),O(L,ue,he),z=he,H=ue}let G=H;s&&e==1&&(G=T+A,O(L,G,z));let[le,K]=Gu(r,o);if(c.fill!=null||le!=0){let j=I.fill=new Path2D(L),ie=c.fillTo(r,o,c.min,c.max,le),ue=w(ie);O(j,G,ue),O(j,$,ue)}if(!c.spanGaps){let j=[];j.push(...Wu(h,d,a,l,k,_,n));let ie=c.width*Ct/2,ue=t||e==1?ie:-ie,he=t||e==-1?-ie:ie;j.forEach(Q=>{Q[0]+=ue,Q[1]+=he}),I.gaps=j=c.gaps(r,o,a,l,j),I.clip=Ll(j,u.ori,p,f,v,R)}return K!=0&&(I.band=K==2?[gs(r,o,a,l,L,-1),gs(r,o,a,l,L,1)]:gs(r,o,a,l,L,K)),I})}function tm(i,e,t,n,s,r,o=Bt){if(i.length>1){let a=null;for(let l=0,c=1/0;l<i.length;l++)if(e[l]!==void 0){if(a!=null){let h=xn(i[l]-i[a]);h<c&&(c=h,o=xn(t(i[l],n,s,r)-t(i[a],n,s,r)))}a=l}}return o}function iv(i){i=i||ha;let e=Tt(i.size,[.6,Bt,1]),t=i.align||0,n=i.gap||0,s=i.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let r=St(s),o=1-e[0],a=Tt(e[1],Bt),l=Tt(e[2],1),c=Tt(i.disp,ha),h=Tt(i.each,m=>{}),{fill:d,stroke:u}=c;return(m,g,S,p)=>pr(m,g,(f,v,R,x,T,A,_,w,O,I,L)=>{let k=f.pxRound,z=t,N=n*Ct,H=a*Ct,$=l*Ct,G,le;x.ori==0?[G,le]=r(m,g):[le,G]=r(m,g);let K=x.dir*(x.ori==0?1:-1),j=x.ori==0?Ol:Xu,ie=x.ori==0?h:(Pe,Ze,lt,Me,kt,He,Ye)=>{h(Pe,Ze,lt,kt,Me,Ye,He)},ue=Tt(m.bands,ku).find(Pe=>Pe.series[0]==g),he=ue!=null?ue.dir:0,Q=f.fillTo(m,g,f.min,f.max,he),pe=k(_(Q,T,L,O)),_e,Re,be,Xe=I,at=k(f.width*Ct),Ge=!1,pt=null,ut=null,rt=null,Yt=null;d!=null&&(at==0||u!=null)&&(Ge=!0,pt=d.values(m,g,S,p),ut=new Map,new Set(pt).forEach(Pe=>{Pe!=null&&ut.set(Pe,new Path2D)}),at>0&&(rt=u.values(m,g,S,p),Yt=new Map,new Set(rt).forEach(Pe=>{Pe!=null&&Yt.set(Pe,new Path2D)})));let{x0:Vt,size:on}=c;if(Vt!=null&&on!=null){z=1,v=Vt.values(m,g,S,p),Vt.unit==2&&(v=v.map(lt=>m.posToVal(w+lt*I,x.key,!0)));let Pe=on.values(m,g,S,p);on.unit==2?Re=Pe[0]*I:Re=A(Pe[0],x,I,w)-A(0,x,I,w),Xe=tm(v,R,A,x,I,w,Xe),be=Xe-Re+N}else Xe=tm(v,R,A,x,I,w,Xe),be=Xe*o+N,Re=Xe-be;be<1&&(be=0),at>=Re/2&&(at=0),be<5&&(k=hm);let Ut=be>0,Mn=Xe-be-(Ut?at:0);Re=k(Au(Mn,$,H)),_e=(z==0?Re/2:z==K?0:Re)-z*K*((z==0?N/2:0)+(Ut?at/2:0));let wt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},mn=Ge?null:new Path2D,jt=null;if(ue!=null)jt=m.data[ue.series[1]];else{let{y0:Pe,y1:Ze}=c;Pe!=null&&Ze!=null&&(R=Ze.values(m,g,S,p),jt=Pe.values(m,g,S,p))}let an=G*Re,F=le*Re;for(let Pe=K==1?S:p;Pe>=S&&Pe<=p;Pe+=K){let Ze=R[Pe];if(Ze==null)continue;if(jt!=null){let W=jt[Pe]??0;if(Ze-W==0)continue;pe=_(W,T,L,O)}let lt=x.distr!=2||c!=null?v[Pe]:Pe,Me=A(lt,x,I,w),kt=_(Tt(Ze,Q),T,L,O),He=k(Me-_e),Ye=k(Xn(kt,pe)),C=k(Di(kt,pe)),b=Ye-C;if(Ze!=null){let W=Ze<0?F:an,ce=Ze<0?an:F;Ge?(at>0&&rt[Pe]!=null&&j(Yt.get(rt[Pe]),He,C+ai(at/2),Re,Xn(0,b-at),W,ce),pt[Pe]!=null&&j(ut.get(pt[Pe]),He,C+ai(at/2),Re,Xn(0,b-at),W,ce)):j(mn,He,C+ai(at/2),Re,Xn(0,b-at),W,ce),ie(m,g,Pe,He-at/2,C,Re+at,b)}}return at>0?wt.stroke=Ge?Yt:mn:Ge||(wt._fill=f.width==0?f._fill:f._stroke??f._fill,wt.width=0),wt.fill=Ge?ut:mn,wt})}function sv(i,e){let t=Tt(e?.alignGaps,0);return(n,s,r,o)=>pr(n,s,(a,l,c,h,d,u,m,g,S,p,f)=>{[r,o]=Rl(c,r,o);let v=a.pxRound,R=G=>v(u(G,h,p,g)),x=G=>v(m(G,d,f,S)),T,A,_;h.ori==0?(T=Nl,_=so,A=Fm):(T=Dl,_=ro,A=km);let w=h.dir*(h.ori==0?1:-1),O=R(l[w==1?r:o]),I=O,L=[],k=[];for(let G=w==1?r:o;G>=r&&G<=o;G+=w)if(c[G]!=null){let K=l[G],j=R(K);L.push(I=j),k.push(x(c[G]))}let z={stroke:i(L,k,T,_,A,v),fill:null,clip:null,band:null,gaps:null,flags:no},N=z.stroke,[H,$]=Gu(n,s);if(a.fill!=null||H!=0){let G=z.fill=new Path2D(N),le=a.fillTo(n,s,a.min,a.max,H),K=x(le);_(G,I,K),_(G,O,K)}if(!a.spanGaps){let G=[];G.push(...Wu(l,c,r,o,w,R,t)),z.gaps=G=a.gaps(n,s,r,o,G),z.clip=Ll(G,h.ori,g,S,p,f)}return $!=0&&(z.band=$==2?[gs(n,s,r,o,N,-1),gs(n,s,r,o,N,1)]:gs(n,s,r,o,N,$)),z})}function rv(i){return sv(ov,i)}function ov(i,e,t,n,s,r){let o=i.length;if(o<2)return null;let a=new Path2D;if(t(a,i[0],e[0]),o==2)n(a,i[1],e[1]);else{let l=Array(o),c=Array(o-1),h=Array(o-1),d=Array(o-1);for(let u=0;u<o-1;u++)h[u]=e[u+1]-e[u],d[u]=i[u+1]-i[u],c[u]=h[u]/d[u];l[0]=c[0];for(let u=1;u<o-1;u++)c[u]===0||c[u-1]===0||c[u-1]>0!=c[u]>0?l[u]=0:(l[u]=3*(d[u-1]+d[u])/((2*d[u]+d[u-1])/c[u-1]+(d[u]+2*d[u-1])/c[u]),isFinite(l[u])||(l[u]=0));l[o-1]=c[o-2];for(let u=0;u<o-1;u++)s(a,i[u]+d[u]/3,e[u]+l[u]*d[u]/3,i[u+1]-d[u]/3,e[u+1]-l[u+1]*d[u]/3,i[u+1],e[u+1])}return a}var Pu=new Set;function nm(){for(let i of Pu)i.syncRect(!0)}io&&(dr(zy,jr,nm),dr(Vy,jr,nm,!0),dr(El,jr,()=>{Ln.pxRatio=Ct}));var av=Vm(),lv=Bm();function im(i,e,t,n){return(n?[i[0],i[1]].concat(i.slice(2)):[i[0]].concat(i.slice(1))).map((r,o)=>Iu(r,o,e,t))}function cv(i,e){return i.map((t,n)=>n==0?{}:dn({},e,t))}function Iu(i,e,t,n){return dn({},e==0?t:n,i)}function Hm(i,e,t){return e==null?eo:[e,t]}var hv=Hm;function uv(i,e,t){return e==null?eo:Al(e,t,Uu,!0)}function Gm(i,e,t,n){return e==null?eo:Cl(e,t,i.scales[n].log,!1)}var dv=Gm;function Wm(i,e,t,n){return e==null?eo:Ou(e,t,i.scales[n].log,!1)}var fv=Wm;function pv(i,e,t,n,s){let r=Xn(Op(i),Op(e)),o=e-i,a=Ni(s/n*o,t);do{let l=t[a],c=n*l/o;if(c>=s&&r+(l<5?Bs.get(l):0)<=17)return[l,c]}while(++a<t.length);return[0,0]}function sm(i){let e,t;return i=i.replace(/(\d+)px/,(n,s)=>(e=yn((t=+s)*Ct))+"px"),[i,e,t]}function mv(i){i.show&&[i.font,i.labelFont].forEach(e=>{let t=zt(e[2]*Ct,1);e[0]=e[0].replace(/[0-9.]+px/,t+"px"),e[1]=t})}function Ln(i,e,t){let n={mode:Tt(i.mode,1)},s=n.mode;function r(y,M,P,D){let V=M.valToPct(y);return D+P*(M.dir==-1?1-V:V)}function o(y,M,P,D){let V=M.valToPct(y);return D+P*(M.dir==-1?V:1-V)}function a(y,M,P,D){return M.ori==0?r(y,M,P,D):o(y,M,P,D)}n.valToPosH=r,n.valToPosV=o;let l=!1;n.status=0;let c=n.root=xi(by);if(i.id!=null&&(c.id=i.id),oi(c,i.class),i.title){let y=xi(Ey,c);y.textContent=i.title}let h=Li("canvas"),d=n.ctx=h.getContext("2d"),u=xi(Ay,c);dr("click",u,y=>{y.target===g&&(Gt!=Or||Zt!=Ur)&&In.click(n,y)},!0);let m=n.under=xi(Ty,u);u.appendChild(h);let g=n.over=xi(Ry,u);i=to(i);let S=+Tt(i.pxAlign,1),p=em(S);(i.plugins||[]).forEach(y=>{y.opts&&(i=y.opts(n,i)||i)});let f=i.ms||.001,v=n.series=s==1?im(i.series||[],qp,jp,!1):cv(i.series||[null],Jp),R=n.axes=im(i.axes||[],$p,Zp,!0),x=n.scales={},T=n.bands=i.bands||[];T.forEach(y=>{y.fill=St(y.fill||null),y.dir=Tt(y.dir,-1)});let A=s==2?v[1].facets[0].scale:v[0].scale,_={axes:ls,series:gt},w=(i.drawOrder||["axes","series"]).map(y=>_[y]);function O(y){let M=y.distr==3?P=>ms(P>0?P:y.clamp(n,P,y.min,y.max,y.key)):y.distr==4?P=>yu(P,y.asinh):y.distr==100?P=>y.fwd(P):P=>P;return P=>{let D=M(P),{_min:V,_max:Z}=y,oe=Z-V;return(D-V)/oe}}function I(y){let M=x[y];if(M==null){let P=(i.scales||ha)[y]||ha;if(P.from!=null){I(P.from);let D=dn({},x[P.from],P,{key:y});D.valToPct=O(D),x[y]=D}else{M=x[y]=dn({},y==A?Lm:Jx,P),M.key=y;let D=M.time,V=M.range,Z=ks(V);if((y!=A||s==2&&!D)&&(Z&&(V[0]==null||V[1]==null)&&(V={min:V[0]==null?Lp:{mode:1,hard:V[0],soft:V[0]},max:V[1]==null?Lp:{mode:1,hard:V[1],soft:V[1]}},Z=!1),!Z&&Il(V))){let oe=V;V=(de,xe,De)=>xe==null?eo:Al(xe,De,oe)}M.range=St(V||(D?hv:y==A?M.distr==3?dv:M.distr==4?fv:Hm:M.distr==3?Gm:M.distr==4?Wm:uv)),M.auto=St(Z?!1:M.auto),M.clamp=St(M.clamp||Kx),M._min=M._max=null,M.valToPct=O(M)}}}I("x"),I("y"),s==1&&v.forEach(y=>{I(y.scale)}),R.forEach(y=>{I(y.scale)});for(let y in i.scales)I(y);let L=x[A],k=L.distr,z,N;L.ori==0?(oi(c,My),z=r,N=o):(oi(c,wy),z=o,N=r);let H={};for(let y in x){let M=x[y];(M.min!=null||M.max!=null)&&(H[y]={min:M.min,max:M.max},M.min=M.max=null)}let $=i.tzDate||(y=>new Date(yn(y/f))),G=i.fmtDate||Bu,le=f==1?Mx($):Ax($),K=Gp($,Hp(f==1?bx:Ex,G)),j=Xp($,Wp(Rx,G)),ie=[],ue=n.legend=dn({},Ix,i.legend),he=n.cursor=dn({},Fx,{drag:{y:s==2}},i.cursor),Q=ue.show,pe=he.show,_e=ue.markers;ue.idxs=ie,_e.width=St(_e.width),_e.dash=St(_e.dash),_e.stroke=St(_e.stroke),_e.fill=St(_e.fill);let Re,be,Xe,at=[],Ge=[],pt,ut=!1,rt={};if(ue.live){let y=v[1]?v[1].values:null;ut=y!=null,pt=ut?y(n,1,0):{_:0};for(let M in pt)rt[M]=Nu}if(Q)if(Re=Li("table",Dy,c),Xe=Li("tbody",null,Re),ue.mount(n,Re),ut){be=Li("thead",null,Re,Xe);let y=Li("tr",null,be);Li("th",null,y);for(var Yt in pt)Li("th",xp,y).textContent=Yt}else oi(Re,Uy),ue.live&&oi(Re,Oy);let Vt={show:!0},on={show:!1};function Ut(y,M){if(M==0&&(ut||!ue.live||s==2))return eo;let P=[],D=Li("tr",Fy,Xe,Xe.childNodes[M]);oi(D,y.class),y.show||oi(D,ur);let V=Li("th",null,D);if(_e.show){let de=xi(ky,V);if(M>0){let xe=_e.width(n,M);xe&&(de.style.border=xe+"px "+_e.dash(n,M)+" "+_e.stroke(n,M)),de.style.background=_e.fill(n,M)}}let Z=xi(xp,V);y.label instanceof HTMLElement?Z.appendChild(y.label):Z.textContent=y.label,M>0&&(_e.show||(Z.style.color=y.width>0?_e.stroke(n,M):_e.fill(n,M)),wt("click",V,de=>{if(he._lock)return;Qe(de);let xe=v.indexOf(y);if((de.ctrlKey||de.metaKey)!=ue.isolate){let De=v.some((Oe,Fe)=>Fe>0&&Fe!=xe&&Oe.show);v.forEach((Oe,Fe)=>{Fe>0&&Wi(Fe,De?Fe==xe?Vt:on:Vt,!0,un.setSeries)})}else Wi(xe,{show:!y.show},!0,un.setSeries)},!1),et&&wt(Mp,V,de=>{he._lock||(Qe(de),Wi(v.indexOf(y),kr,!0,un.setSeries))},!1));for(var oe in pt){let de=Li("td",By,D);de.textContent="--",P.push(de)}return[D,P]}let Mn=new Map;function wt(y,M,P,D=!0){let V=Mn.get(M)||{},Z=he.bind[y](n,M,P,D);Z&&(dr(y,M,V[y]=Z),Mn.set(M,V))}function mn(y,M,P){let D=Mn.get(M)||{};for(let V in D)(y==null||V==y)&&(Eu(V,M,D[V]),delete D[V]);y==null&&Mn.delete(M)}let jt=0,an=0,F=0,Pe=0,Ze=0,lt=0,Me=Ze,kt=lt,He=F,Ye=Pe,C=0,b=0,W=0,ce=0;n.bbox={};let re=!1,ge=!1,ye=!1,ee=!1,ne=!1,fe=!1;function U(y,M,P){(P||y!=n.width||M!=n.height)&&se(y,M),dt(!1),ye=!0,ge=!0,On()}function se(y,M){n.width=jt=F=y,n.height=an=Pe=M,Ze=lt=0,Se(),We();let P=n.bbox;C=P.left=cr(Ze*Ct,.5),b=P.top=cr(lt*Ct,.5),W=P.width=cr(F*Ct,.5),ce=P.height=cr(Pe*Ct,.5)}let te=3;function we(){let y=!1,M=0;for(;!y;){M++;let P=Lr(M),D=Gi(M);y=M==te||P&&D,y||(se(n.width,n.height),ge=!0)}}function me({width:y,height:M}){U(y,M)}n.setSize=me;function Se(){let y=!1,M=!1,P=!1,D=!1;R.forEach((V,Z)=>{if(V.show&&V._show){let{side:oe,_size:de}=V,xe=oe%2,De=V.label!=null?V.labelSize:0,Oe=de+De;Oe>0&&(xe?(F-=Oe,oe==3?(Ze+=Oe,D=!0):P=!0):(Pe-=Oe,oe==0?(lt+=Oe,y=!0):M=!0))}}),Vi[0]=y,Vi[1]=P,Vi[2]=M,Vi[3]=D,F-=Ti[1]+Ti[3],Ze+=Ti[3],Pe-=Ti[2]+Ti[0],lt+=Ti[0]}function We(){let y=Ze+F,M=lt+Pe,P=Ze,D=lt;function V(Z,oe){switch(Z){case 1:return y+=oe,y-oe;case 2:return M+=oe,M-oe;case 3:return P-=oe,P+oe;case 0:return D-=oe,D+oe}}R.forEach((Z,oe)=>{if(Z.show&&Z._show){let de=Z.side;Z._pos=V(de,Z._size),Z.label!=null&&(Z._lpos=V(de,Z.labelSize))}})}if(he.dataIdx==null){let y=he.hover,M=y.skip=new Set(y.skip??[]);M.add(void 0);let P=y.prox=St(y.prox),D=y.bias??=0;he.dataIdx=(V,Z,oe,de)=>{if(Z==0)return oe;let xe=oe,De=P(V,Z,oe,de)??Bt,Oe=De>=0&&De<Bt,Fe=L.ori==0?F:Pe,ot=he.left,Rt=e[0],At=e[Z];if(M.has(At[oe])){xe=null;let xt=null,je=null,$e;if(D==0||D==-1)for($e=oe;xt==null&&$e-- >0;)M.has(At[$e])||(xt=$e);if(D==0||D==1)for($e=oe;je==null&&$e++<At.length;)M.has(At[$e])||(je=$e);if(xt!=null||je!=null)if(Oe){let Xt=xt==null?-1/0:z(Rt[xt],L,Fe,0),tn=je==null?1/0:z(Rt[je],L,Fe,0),Tn=ot-Xt,Ft=tn-ot;Tn<=Ft?Tn<=De&&(xe=xt):Ft<=De&&(xe=je)}else xe=je==null?xt:xt==null?je:oe-xt<=je-oe?xt:je}else Oe&&xn(ot-z(Rt[oe],L,Fe,0))>De&&(xe=null);return xe}}let Qe=y=>{he.event=y};he.idxs=ie,he._lock=!1;let ae=he.points;ae.show=St(ae.show),ae.size=St(ae.size),ae.stroke=St(ae.stroke),ae.width=St(ae.width),ae.fill=St(ae.fill);let ke=n.focus=dn({},i.focus||{alpha:.3},he.focus),et=ke.prox>=0,Ce=et&&ae.one,ct=[],Ht=[],zn=[];function Ho(y,M){let P=ae.show(n,M);if(P instanceof HTMLElement)return oi(P,Ny),oi(P,y.class),Ji(P,-10,-10,F,Pe),g.insertBefore(P,ct[M]),P}function Cr(y,M){if(s==1||M>0){let P=s==1&&x[y.scale].time,D=y.value;y.value=P?kp(D)?Xp($,Wp(D,G)):D||j:D||qx,y.label=y.label||(P?Bx:kx)}if(Ce||M>0){y.width=y.width==null?1:y.width,y.paths=y.paths||av||Jy,y.fillTo=St(y.fillTo||jx),y.pxAlign=+Tt(y.pxAlign,S),y.pxRound=em(y.pxAlign),y.stroke=St(y.stroke||null),y.fill=St(y.fill||null),y._stroke=y._fill=y._paths=y._focus=null;let P=Yx(Xn(1,y.width),1),D=y.points=dn({},{size:P,width:Xn(1,P*.2),stroke:y.stroke,space:P*2,paths:lv,_stroke:null,_fill:null},y.points);D.show=St(D.show),D.filter=St(D.filter),D.fill=St(D.fill),D.stroke=St(D.stroke),D.paths=St(D.paths),D.pxAlign=y.pxAlign}if(Q){let P=Ut(y,M);at.splice(M,0,P[0]),Ge.splice(M,0,P[1]),ue.values.push(null)}if(pe){ie.splice(M,0,null);let P=null;Ce?M==0&&(P=Ho(y,M)):M>0&&(P=Ho(y,M)),ct.splice(M,0,P),Ht.splice(M,0,0),zn.splice(M,0,0)}An("addSeries",M)}function Lh(y,M){M=M??v.length,y=s==1?Iu(y,M,qp,jp):Iu(y,M,{},Jp),v.splice(M,0,y),Cr(v[M],M)}n.addSeries=Lh;function ja(y){if(v.splice(y,1),Q){ue.values.splice(y,1),Ge.splice(y,1);let M=at.splice(y,1)[0];mn(null,M.firstChild),M.remove()}pe&&(ie.splice(y,1),ct.splice(y,1)[0].remove(),Ht.splice(y,1),zn.splice(y,1)),An("delSeries",y)}n.delSeries=ja;let Vi=[!1,!1,!1,!1];function rs(y,M){if(y._show=y.show,y.show){let P=y.side%2,D=x[y.scale];D==null&&(y.scale=P?v[1].scale:A,D=x[y.scale]);let V=D.time;y.size=St(y.size),y.space=St(y.space),y.rotate=St(y.rotate),ks(y.incrs)&&y.incrs.forEach(oe=>{!Bs.has(oe)&&Bs.set(oe,fm(oe))}),y.incrs=St(y.incrs||(D.distr==2?xx:V?f==1?Sx:wx:hr)),y.splits=St(y.splits||(V&&D.distr==1?le:D.distr==3?Tu:D.distr==4?Hx:Vx)),y.stroke=St(y.stroke),y.grid.stroke=St(y.grid.stroke),y.ticks.stroke=St(y.ticks.stroke),y.border.stroke=St(y.border.stroke);let Z=y.values;y.values=ks(Z)&&!ks(Z[0])?St(Z):V?ks(Z)?Gp($,Hp(Z,G)):kp(Z)?Tx($,Z):Z||K:Z||zx,y.filter=St(y.filter||(D.distr>=3&&D.log==10?Xx:D.distr==3&&D.log==2?$x:um)),y.font=sm(y.font),y.labelFont=sm(y.labelFont),y._size=y.size(n,null,M,0),y._space=y._rotate=y._incrs=y._found=y._splits=y._values=null,y._size>0&&(Vi[M]=!0,y._el=xi(Cy,u))}}function os(y,M,P,D){let[V,Z,oe,de]=P,xe=M%2,De=0;return xe==0&&(de||Z)&&(De=M==0&&!V||M==2&&!oe?yn($p.size/3):0),xe==1&&(V||oe)&&(De=M==1&&!Z||M==3&&!de?yn(Zp.size/2):0),De}let Go=n.padding=(i.padding||[os,os,os,os]).map(y=>St(Tt(y,os))),Ti=n._padding=Go.map((y,M)=>y(n,M,Vi,0)),Qt,sn=null,rn=null,Hi=s==1?v[0].idxs:null,ei=null,Ps=!1;function Wo(y,M){if(e=y??[],n.data=n._data=e,s==2){Qt=0;for(let P=1;P<v.length;P++)Qt+=e[P][0].length}else{e.length==0&&(n.data=n._data=e=[[]]),ei=e[0],Qt=ei.length;let P=e;if(k==2){P=e.slice();let D=P[0]=Array(Qt);for(let V=0;V<Qt;V++)D[V]=V}n._data=e=P}if(dt(!0),An("setData"),k==2&&(ye=!0),M!==!1){let P=L;P.auto(n,Ps)?Xo():Ns(A,P.min,P.max),ee=ee||he.left>=0,fe=!0,On()}}n.setData=Wo;function Xo(){Ps=!0;let y,M;s==1&&(Qt>0?(sn=Hi[0]=0,rn=Hi[1]=Qt-1,y=e[0][sn],M=e[0][rn],k==2?(y=sn,M=rn):y==M&&(k==3?[y,M]=Cl(y,y,L.log,!1):k==4?[y,M]=Ou(y,y,L.log,!1):L.time?M=y+yn(86400/f):[y,M]=Al(y,M,Uu,!0))):(sn=Hi[0]=y=null,rn=Hi[1]=M=null)),Ns(A,y,M)}let Pr,Is,Ir,E,B,J,q,Y,Ee,Ie;function Ae(y,M,P,D,V,Z){y??=Sp,P??=ku,D??="butt",V??=Sp,Z??="round",y!=Pr&&(d.strokeStyle=Pr=y),V!=Is&&(d.fillStyle=Is=V),M!=Ir&&(d.lineWidth=Ir=M),Z!=B&&(d.lineJoin=B=Z),D!=J&&(d.lineCap=J=D),P!=E&&d.setLineDash(E=P)}function Le(y,M,P,D){M!=Is&&(d.fillStyle=Is=M),y!=q&&(d.font=q=y),P!=Y&&(d.textAlign=Y=P),D!=Ee&&(d.textBaseline=Ee=D)}function Ve(y,M,P,D,V=0){if(D.length>0&&y.auto(n,Ps)&&(M==null||M.min==null)){let Z=Tt(sn,0),oe=Tt(rn,D.length-1),de=P.min==null?Xy(D,Z,oe,V,y.distr==3):[P.min,P.max];y.min=Di(y.min,P.min=de[0]),y.max=Xn(y.max,P.max=de[1])}}let nt={min:null,max:null};function mt(){for(let D in x){let V=x[D];H[D]==null&&(V.min==null||H[A]!=null&&V.auto(n,Ps))&&(H[D]=nt)}for(let D in x){let V=x[D];H[D]==null&&V.from!=null&&H[V.from]!=null&&(H[D]=nt)}H[A]!=null&&dt(!0);let y={};for(let D in H){let V=H[D];if(V!=null){let Z=y[D]=to(x[D],ex);if(V.min!=null)dn(Z,V);else if(D!=A||s==2)if(Qt==0&&Z.from==null){let oe=Z.range(n,null,null,D);Z.min=oe[0],Z.max=oe[1]}else Z.min=Bt,Z.max=-Bt}}if(Qt>0){v.forEach((D,V)=>{if(s==1){let Z=D.scale,oe=H[Z];if(oe==null)return;let de=y[Z];if(V==0){let xe=de.range(n,de.min,de.max,Z);de.min=xe[0],de.max=xe[1],sn=Ni(de.min,e[0]),rn=Ni(de.max,e[0]),rn-sn>1&&(e[0][sn]<de.min&&sn++,e[0][rn]>de.max&&rn--),D.min=ei[sn],D.max=ei[rn]}else D.show&&D.auto&&Ve(de,oe,D,e[V],D.sorted);D.idxs[0]=sn,D.idxs[1]=rn}else if(V>0&&D.show&&D.auto){let[Z,oe]=D.facets,de=Z.scale,xe=oe.scale,[De,Oe]=e[V],Fe=y[de],ot=y[xe];Fe!=null&&Ve(Fe,H[de],Z,De,Z.sorted),ot!=null&&Ve(ot,H[xe],oe,Oe,oe.sorted),D.min=oe.min,D.max=oe.max}});for(let D in y){let V=y[D],Z=H[D];if(V.from==null&&(Z==null||Z.min==null)){let oe=V.range(n,V.min==Bt?null:V.min,V.max==-Bt?null:V.max,D);V.min=oe[0],V.max=oe[1]}}}for(let D in y){let V=y[D];if(V.from!=null){let Z=y[V.from];if(Z.min==null)V.min=V.max=null;else{let oe=V.range(n,Z.min,Z.max,D);V.min=oe[0],V.max=oe[1]}}}let M={},P=!1;for(let D in y){let V=y[D],Z=x[D];if(Z.min!=V.min||Z.max!=V.max){Z.min=V.min,Z.max=V.max;let oe=Z.distr;Z._min=oe==3?ms(Z.min):oe==4?yu(Z.min,Z.asinh):oe==100?Z.fwd(Z.min):Z.min,Z._max=oe==3?ms(Z.max):oe==4?yu(Z.max,Z.asinh):oe==100?Z.fwd(Z.max):Z.max,M[D]=P=!0}}if(P){v.forEach((D,V)=>{s==2?V>0&&M.y&&(D._paths=null):M[D.scale]&&(D._paths=null)});for(let D in M)ye=!0,An("setScale",D);pe&&he.left>=0&&(ee=fe=!0)}for(let D in H)H[D]=null}function Be(y){let M=Au(sn-1,0,Qt-1),P=Au(rn+1,0,Qt-1);for(;y[M]==null&&M>0;)M--;for(;y[P]==null&&P<Qt-1;)P++;return[M,P]}function gt(){if(Qt>0){let y=v.some(M=>M._focus)&&Ie!=ke.alpha;y&&(d.globalAlpha=Ie=ke.alpha),v.forEach((M,P)=>{if(P>0&&M.show&&(Kt(P,!1),Kt(P,!0),M._paths==null)){let D=Ie;Ie!=M.alpha&&(d.globalAlpha=Ie=M.alpha);let V=s==2?[0,e[P][0].length-1]:Be(e[P]);M._paths=M.paths(n,P,V[0],V[1]),Ie!=D&&(d.globalAlpha=Ie=D)}}),v.forEach((M,P)=>{if(P>0&&M.show){let D=Ie;Ie!=M.alpha&&(d.globalAlpha=Ie=M.alpha),M._paths!=null&&Nt(P,!1);{let V=M._paths!=null?M._paths.gaps:null,Z=M.points.show(n,P,sn,rn,V),oe=M.points.filter(n,P,Z,V);(Z||oe)&&(M.points._paths=M.points.paths(n,P,sn,rn,oe),Nt(P,!0))}Ie!=D&&(d.globalAlpha=Ie=D),An("drawSeries",P)}}),y&&(d.globalAlpha=Ie=1)}}function Kt(y,M){let P=M?v[y].points:v[y];P._stroke=P.stroke(n,y),P._fill=P.fill(n,y)}function Nt(y,M){let P=M?v[y].points:v[y],{stroke:D,fill:V,clip:Z,flags:oe,_stroke:de=P._stroke,_fill:xe=P._fill,_width:De=P.width}=P._paths;De=zt(De*Ct,3);let Oe=null,Fe=De%2/2;M&&xe==null&&(xe=De>0?"#fff":de);let ot=P.pxAlign==1&&Fe>0;if(ot&&d.translate(Fe,Fe),!M){let Rt=C-De/2,At=b-De/2,xt=W+De,je=ce+De;Oe=new Path2D,Oe.rect(Rt,At,xt,je)}M?Ue(de,De,P.dash,P.cap,xe,D,V,oe,Z):Dt(y,de,De,P.dash,P.cap,xe,D,V,oe,Oe,Z),ot&&d.translate(-Fe,-Fe)}function Dt(y,M,P,D,V,Z,oe,de,xe,De,Oe){let Fe=!1;xe!=0&&T.forEach((ot,Rt)=>{if(ot.series[0]==y){let At=v[ot.series[1]],xt=e[ot.series[1]],je=(At._paths||ha).band;ks(je)&&(je=ot.dir==1?je[0]:je[1]);let $e,Xt=null;At.show&&je&&qy(xt,sn,rn)?(Xt=ot.fill(n,Rt)||Z,$e=At._paths.clip):je=null,Ue(M,P,D,V,Xt,oe,de,xe,De,Oe,$e,je),Fe=!0}}),Fe||Ue(M,P,D,V,Z,oe,de,xe,De,Oe)}let gn=no|Cu;function Ue(y,M,P,D,V,Z,oe,de,xe,De,Oe,Fe){Ae(y,M,P,D,V),(xe||De||Fe)&&(d.save(),xe&&d.clip(xe),De&&d.clip(De)),Fe?(de&gn)==gn?(d.clip(Fe),Oe&&d.clip(Oe),vt(V,oe),ln(y,Z,M)):de&Cu?(vt(V,oe),d.clip(Fe),ln(y,Z,M)):de&no&&(d.save(),d.clip(Fe),Oe&&d.clip(Oe),vt(V,oe),d.restore(),ln(y,Z,M)):(vt(V,oe),ln(y,Z,M)),(xe||De||Fe)&&d.restore()}function ln(y,M,P){P>0&&(M instanceof Map?M.forEach((D,V)=>{d.strokeStyle=Pr=V,d.stroke(D)}):M!=null&&y&&d.stroke(M))}function vt(y,M){M instanceof Map?M.forEach((P,D)=>{d.fillStyle=Is=D,d.fill(P)}):M!=null&&y&&d.fill(M)}function as(y,M,P,D){let V=R[y],Z;if(D<=0)Z=[0,0];else{let oe=V._space=V.space(n,y,M,P,D),de=V._incrs=V.incrs(n,y,M,P,D,oe);Z=pv(M,P,de,D,oe)}return V._found=Z}function cn(y,M,P,D,V,Z,oe,de,xe,De){let Oe=oe%2/2;S==1&&d.translate(Oe,Oe),Ae(de,oe,xe,De,de),d.beginPath();let Fe,ot,Rt,At,xt=V+(D==0||D==3?-Z:Z);P==0?(ot=V,At=xt):(Fe=V,Rt=xt);for(let je=0;je<y.length;je++)M[je]!=null&&(P==0?Fe=Rt=y[je]:ot=At=y[je],d.moveTo(Fe,ot),d.lineTo(Rt,At));d.stroke(),S==1&&d.translate(-Oe,-Oe)}function Lr(y){let M=!0;return R.forEach((P,D)=>{if(!P.show)return;let V=x[P.scale];if(V.min==null){P._show&&(M=!1,P._show=!1,dt(!1));return}else P._show||(M=!1,P._show=!0,dt(!1));let Z=P.side,oe=Z%2,{min:de,max:xe}=V,[De,Oe]=as(D,de,xe,oe==0?F:Pe);if(Oe==0)return;let Fe=V.distr==2,ot=P._splits=P.splits(n,D,de,xe,De,Oe,Fe),Rt=V.distr==2?ot.map($e=>ei[$e]):ot,At=V.distr==2?ei[ot[1]]-ei[ot[0]]:De,xt=P._values=P.values(n,P.filter(n,Rt,D,Oe,At),D,Oe,At);P._rotate=Z==2?P.rotate(n,xt,D,Oe):0;let je=P._size;P._size=vi(P.size(n,xt,D,y)),je!=null&&P._size!=je&&(M=!1)}),M}function Gi(y){let M=!0;return Go.forEach((P,D)=>{let V=P(n,D,Vi,y);V!=Ti[D]&&(M=!1),Ti[D]=V}),M}function ls(){for(let y=0;y<R.length;y++){let M=R[y];if(!M.show||!M._show)continue;let P=M.side,D=P%2,V,Z,oe=M.stroke(n,y),de=P==0||P==3?-1:1,[xe,De]=M._found;if(M.label!=null){let Gn=M.labelGap*de,ii=yn((M._lpos+Gn)*Ct);Le(M.labelFont[0],oe,"center",P==2?"top":vp),d.save(),D==1?(V=Z=0,d.translate(ii,yn(b+ce/2)),d.rotate((P==3?-wl:wl)/2)):(V=yn(C+W/2),Z=ii);let sr=cm(M.label)?M.label(n,y,xe,De):M.label;d.fillText(sr,V,Z),d.restore()}if(De==0)continue;let Oe=x[M.scale],Fe=D==0?W:ce,ot=D==0?C:b,Rt=M._splits,At=Oe.distr==2?Rt.map(Gn=>ei[Gn]):Rt,xt=Oe.distr==2?ei[Rt[1]]-ei[Rt[0]]:xe,je=M.ticks,$e=M.border,Xt=je.show?je.size:0,tn=yn(Xt*Ct),Tn=yn((M.alignTo==2?M._size-Xt-M.gap:M.gap)*Ct),Ft=M._rotate*-wl/180,nn=p(M._pos*Ct),ti=(tn+Tn)*de,Hn=nn+ti;Z=D==0?Hn:0,V=D==1?Hn:0;let _i=M.font[0],Ri=M.align==1?Kr:M.align==2?mu:Ft>0?Kr:Ft<0?mu:D==0?"center":P==3?mu:Kr,$i=Ft||D==1?"middle":P==2?"top":vp;Le(_i,oe,Ri,$i);let ni=M.font[1]*M.lineGap,yi=Rt.map(Gn=>p(a(Gn,Oe,Fe,ot))),Ci=M._values;for(let Gn=0;Gn<Ci.length;Gn++){let ii=Ci[Gn];if(ii!=null){D==0?V=yi[Gn]:Z=yi[Gn],ii=""+ii;let sr=ii.indexOf(`
`)==-1?[ii]:ii.split(/\n/gm);for(let Wn=0;Wn<sr.length;Wn++){let Hf=sr[Wn];Ft?(d.save(),d.translate(V,Z+Wn*ni),d.rotate(Ft),d.fillText(Hf,0,0),d.restore()):d.fillText(Hf,V,Z+Wn*ni)}}}je.show&&cn(yi,je.filter(n,At,y,De,xt),D,P,nn,tn,zt(je.width*Ct,3),je.stroke(n,y),je.dash,je.cap);let qi=M.grid;qi.show&&cn(yi,qi.filter(n,At,y,De,xt),D,D==0?2:1,D==0?b:C,D==0?ce:W,zt(qi.width*Ct,3),qi.stroke(n,y),qi.dash,qi.cap),$e.show&&cn([nn],[1],D==0?1:0,D==0?1:2,D==1?b:C,D==1?ce:W,zt($e.width*Ct,3),$e.stroke(n,y),$e.dash,$e.cap)}An("drawAxes")}function dt(y){v.forEach((M,P)=>{P>0&&(M._paths=null,y&&(s==1?(M.min=null,M.max=null):M.facets.forEach(D=>{D.min=null,D.max=null})))})}let en=!1,Vn=!1,Ot=[];function hn(){Vn=!1;for(let y=0;y<Ot.length;y++)An(...Ot[y]);Ot.length=0}function On(){en||(ax(wf),en=!0)}function Qa(y,M=!1){en=!0,Vn=M,y(n),wf(),M&&Ot.length>0&&queueMicrotask(hn)}n.batch=Qa;function wf(){if(re&&(mt(),re=!1),ye&&(we(),ye=!1),ge){if($t(m,Kr,Ze),$t(m,"top",lt),$t(m,oa,F),$t(m,aa,Pe),$t(g,Kr,Ze),$t(g,"top",lt),$t(g,oa,F),$t(g,aa,Pe),$t(u,oa,jt),$t(u,aa,an),h.width=yn(jt*Ct),h.height=yn(an*Ct),R.forEach(({_el:y,_show:M,_size:P,_pos:D,side:V})=>{if(y!=null)if(M){let Z=V===3||V===0?P:0,oe=V%2==1;$t(y,oe?"left":"top",D-Z),$t(y,oe?"width":"height",P),$t(y,oe?"top":"left",oe?lt:Ze),$t(y,oe?"height":"width",oe?Pe:F),wu(y,ur)}else oi(y,ur)}),Pr=Is=Ir=B=J=q=Y=Ee=E=null,Ie=1,Yo(!0),Ze!=Me||lt!=kt||F!=He||Pe!=Ye){dt(!1);let y=F/He,M=Pe/Ye;if(pe&&!ee&&he.left>=0){he.left*=y,he.top*=M,Nr&&Ji(Nr,yn(he.left),0,F,Pe),Dr&&Ji(Dr,0,yn(he.top),F,Pe);for(let P=0;P<ct.length;P++){let D=ct[P];D!=null&&(Ht[P]*=y,zn[P]*=M,Ji(D,vi(Ht[P]),vi(zn[P]),F,Pe))}}if(Wt.show&&!ne&&Wt.left>=0&&Wt.width>0){Wt.left*=y,Wt.width*=y,Wt.top*=M,Wt.height*=M;for(let P in kh)$t(Fr,P,Wt[P])}Me=Ze,kt=lt,He=F,Ye=Pe}An("setSize"),ge=!1}jt>0&&an>0&&(d.clearRect(0,0,h.width,h.height),An("drawClear"),w.forEach(y=>y()),An("draw")),Wt.show&&ne&&(el(Wt),ne=!1),pe&&ee&&(ir(null,!0,!1),ee=!1),ue.show&&ue.live&&fe&&(Uh(),fe=!1),l||(l=!0,n.status=1,An("ready")),Ps=!1,en=!1}n.redraw=(y,M)=>{ye=M||!1,y!==!1?Ns(A,L.min,L.max):On()};function Nh(y,M){let P=x[y];if(P.from==null){if(Qt==0){let D=P.range(n,M.min,M.max,y);M.min=D[0],M.max=D[1]}if(M.min>M.max){let D=M.min;M.min=M.max,M.max=D}if(Qt>1&&M.min!=null&&M.max!=null&&M.max-M.min<1e-16)return;y==A&&P.distr==2&&Qt>0&&(M.min=Ni(M.min,e[0]),M.max=Ni(M.max,e[0]),M.min==M.max&&M.max++),H[y]=M,re=!0,On()}}n.setScale=Nh;let Dh,Oh,Nr,Dr,Ef,Af,Or,Ur,Tf,Rf,Gt,Zt,Ls=!1,In=he.drag,wn=In.x,En=In.y;pe&&(he.x&&(Dh=xi(Iy,g)),he.y&&(Oh=xi(Ly,g)),L.ori==0?(Nr=Dh,Dr=Oh):(Nr=Oh,Dr=Dh),Gt=he.left,Zt=he.top);let Wt=n.select=dn({show:!0,over:!0,left:0,width:0,top:0,height:0},i.select),Fr=Wt.show?xi(Py,Wt.over?g:m):null;function el(y,M){if(Wt.show){for(let P in y)Wt[P]=y[P],P in kh&&$t(Fr,P,y[P]);M!==!1&&An("setSelect")}}n.setSelect=el;function __(y){if(v[y].show)Q&&wu(at[y],ur);else if(Q&&oi(at[y],ur),pe){let P=Ce?ct[0]:ct[y];P!=null&&Ji(P,-10,-10,F,Pe)}}function Ns(y,M,P){Nh(y,{min:M,max:P})}function Wi(y,M,P,D){M.focus!=null&&b_(y),M.show!=null&&v.forEach((V,Z)=>{Z>0&&(y==Z||y==null)&&(V.show=M.show,__(Z),s==2?(Ns(V.facets[0].scale,null,null),Ns(V.facets[1].scale,null,null)):Ns(V.scale,null,null),On())}),P!==!1&&An("setSeries",y,M),D&&Zo("setSeries",n,y,M)}n.setSeries=Wi;function y_(y,M){dn(T[y],M)}function x_(y,M){y.fill=St(y.fill||null),y.dir=Tt(y.dir,-1),M=M??T.length,T.splice(M,0,y)}function v_(y){y==null?T.length=0:T.splice(y,1)}n.addBand=x_,n.setBand=y_,n.delBand=v_;function S_(y,M){v[y].alpha=M,pe&&ct[y]!=null&&(ct[y].style.opacity=M),Q&&at[y]&&(at[y].style.opacity=M)}let cs,Ds,nr,kr={focus:!0};function b_(y){if(y!=nr){let M=y==null,P=ke.alpha!=1;v.forEach((D,V)=>{if(s==1||V>0){let Z=M||V==0||V==y;D._focus=M?null:Z,P&&S_(V,Z?1:ke.alpha)}}),nr=y,P&&On()}}Q&&et&&wt(wp,Re,y=>{he._lock||(Qe(y),nr!=null&&Wi(null,kr,!0,un.setSeries))});function Xi(y,M,P){let D=x[M];P&&(y=y/Ct-(D.ori==1?lt:Ze));let V=F;D.ori==1&&(V=Pe,y=V-y),D.dir==-1&&(y=V-y);let Z=D._min,oe=D._max,de=y/V,xe=Z+(oe-Z)*de,De=D.distr;return De==3?Qr(10,xe):De==4?Zy(xe,D.asinh):De==100?D.bwd(xe):xe}function M_(y,M){let P=Xi(y,A,M);return Ni(P,e[0],sn,rn)}n.valToIdx=y=>Ni(y,e[0]),n.posToIdx=M_,n.posToVal=Xi,n.valToPos=(y,M,P)=>x[M].ori==0?r(y,x[M],P?W:F,P?C:0):o(y,x[M],P?ce:Pe,P?b:0),n.setCursor=(y,M,P)=>{Gt=y.left,Zt=y.top,ir(null,M,P)};function Cf(y,M){$t(Fr,Kr,Wt.left=y),$t(Fr,oa,Wt.width=M)}function Pf(y,M){$t(Fr,"top",Wt.top=y),$t(Fr,aa,Wt.height=M)}let $o=L.ori==0?Cf:Pf,qo=L.ori==1?Cf:Pf;function w_(){if(Q&&ue.live)for(let y=s==2?1:0;y<v.length;y++){if(y==0&&ut)continue;let M=ue.values[y],P=0;for(let D in M)Ge[y][P++].firstChild.nodeValue=M[D]}}function Uh(y,M){if(y!=null&&(y.idxs?y.idxs.forEach((P,D)=>{ie[D]=P}):Qy(y.idx)||ie.fill(y.idx),ue.idx=ie[0]),Q&&ue.live){for(let P=0;P<v.length;P++)(P>0||s==1&&!ut)&&E_(P,ie[P]);w_()}fe=!1,M!==!1&&An("setLegend")}n.setLegend=Uh;function E_(y,M){let P=v[y],D=y==0&&k==2?ei:e[y],V;ut?V=P.values(n,y,M)??rt:(V=P.value(n,M==null?null:D[M],y,M),V=V==null?rt:{_:V}),ue.values[y]=V}function ir(y,M,P){Tf=Gt,Rf=Zt,[Gt,Zt]=he.move(n,Gt,Zt),he.left=Gt,he.top=Zt,pe&&(Nr&&Ji(Nr,yn(Gt),0,F,Pe),Dr&&Ji(Dr,0,yn(Zt),F,Pe));let D,V=sn>rn;cs=Bt,Ds=null;let Z=L.ori==0?F:Pe,oe=L.ori==1?F:Pe;if(Gt<0||Qt==0||V){D=he.idx=null;for(let de=0;de<v.length;de++){let xe=ct[de];xe!=null&&Ji(xe,-10,-10,F,Pe)}et&&Wi(null,kr,!0,y==null&&un.setSeries),ue.live&&(ie.fill(D),fe=!0)}else{let de,xe,De;s==1&&(de=L.ori==0?Gt:Zt,xe=Xi(de,A),D=he.idx=Ni(xe,e[0],sn,rn),De=z(e[0][D],L,Z,0));let Oe=-10,Fe=-10,ot=0,Rt=0,At=!0,xt="",je="";for(let $e=s==2?1:0;$e<v.length;$e++){let Xt=v[$e],tn=ie[$e],Tn=tn==null?null:s==1?e[$e][tn]:e[$e][1][tn],Ft=he.dataIdx(n,$e,D,xe),nn=Ft==null?null:s==1?e[$e][Ft]:e[$e][1][Ft];if(fe=fe||nn!=Tn||Ft!=tn,ie[$e]=Ft,$e>0&&Xt.show){let ti=Ft==null?-10:Ft==D?De:z(s==1?e[0][Ft]:e[$e][0][Ft],L,Z,0),Hn=nn==null?-10:N(nn,s==1?x[Xt.scale]:x[Xt.facets[1].scale],oe,0);if(et&&nn!=null){let _i=L.ori==1?Gt:Zt,Ri=xn(ke.dist(n,$e,Ft,Hn,_i));if(Ri<cs){let $i=ke.bias;if($i!=0){let ni=Xi(_i,Xt.scale),yi=nn>=0?1:-1,Ci=ni>=0?1:-1;Ci==yi&&(Ci==1?$i==1?nn>=ni:nn<=ni:$i==1?nn<=ni:nn>=ni)&&(cs=Ri,Ds=$e)}else cs=Ri,Ds=$e}}if(fe||Ce){let _i,Ri;L.ori==0?(_i=ti,Ri=Hn):(_i=Hn,Ri=ti);let $i,ni,yi,Ci,qi,Gn,ii=!0,sr=ae.bbox;if(sr!=null){ii=!1;let Wn=sr(n,$e);yi=Wn.left,Ci=Wn.top,$i=Wn.width,ni=Wn.height}else yi=_i,Ci=Ri,$i=ni=ae.size(n,$e);if(Gn=ae.fill(n,$e),qi=ae.stroke(n,$e),Ce)$e==Ds&&cs<=ke.prox&&(Oe=yi,Fe=Ci,ot=$i,Rt=ni,At=ii,xt=Gn,je=qi);else{let Wn=ct[$e];Wn!=null&&(Ht[$e]=yi,zn[$e]=Ci,Ip(Wn,$i,ni,ii),Cp(Wn,Gn,qi),Ji(Wn,vi(yi),vi(Ci),F,Pe))}}}}if(Ce){let $e=ke.prox,Xt=nr==null?cs<=$e:cs>$e||Ds!=nr;if(fe||Xt){let tn=ct[0];tn!=null&&(Ht[0]=Oe,zn[0]=Fe,Ip(tn,ot,Rt,At),Cp(tn,xt,je),Ji(tn,vi(Oe),vi(Fe),F,Pe))}}}if(Wt.show&&Ls)if(y!=null){let[de,xe]=un.scales,[De,Oe]=un.match,[Fe,ot]=y.cursor.sync.scales,Rt=y.cursor.drag;if(wn=Rt._x,En=Rt._y,wn||En){let{left:At,top:xt,width:je,height:$e}=y.select,Xt=y.scales[Fe].ori,tn=y.posToVal,Tn,Ft,nn,ti,Hn,_i=de!=null&&De(de,Fe),Ri=xe!=null&&Oe(xe,ot);_i&&wn?(Xt==0?(Tn=At,Ft=je):(Tn=xt,Ft=$e),nn=x[de],ti=z(tn(Tn,Fe),nn,Z,0),Hn=z(tn(Tn+Ft,Fe),nn,Z,0),$o(Di(ti,Hn),xn(Hn-ti))):$o(0,Z),Ri&&En?(Xt==1?(Tn=At,Ft=je):(Tn=xt,Ft=$e),nn=x[xe],ti=N(tn(Tn,ot),nn,oe,0),Hn=N(tn(Tn+Ft,ot),nn,oe,0),qo(Di(ti,Hn),xn(Hn-ti))):qo(0,oe)}else Bh()}else{let de=xn(Tf-Ef),xe=xn(Rf-Af);if(L.ori==1){let ot=de;de=xe,xe=ot}wn=In.x&&de>=In.dist,En=In.y&&xe>=In.dist;let De=In.uni;De!=null?wn&&En&&(wn=de>=De,En=xe>=De,!wn&&!En&&(xe>de?En=!0:wn=!0)):In.x&&In.y&&(wn||En)&&(wn=En=!0);let Oe,Fe;wn&&(L.ori==0?(Oe=Or,Fe=Gt):(Oe=Ur,Fe=Zt),$o(Di(Oe,Fe),xn(Fe-Oe)),En||qo(0,oe)),En&&(L.ori==1?(Oe=Or,Fe=Gt):(Oe=Ur,Fe=Zt),qo(Di(Oe,Fe),xn(Fe-Oe)),wn||$o(0,Z)),!wn&&!En&&($o(0,0),qo(0,0))}if(In._x=wn,In._y=En,y==null){if(P){if(Vf!=null){let[de,xe]=un.scales;un.values[0]=de!=null?Xi(L.ori==0?Gt:Zt,de):null,un.values[1]=xe!=null?Xi(L.ori==1?Gt:Zt,xe):null}Zo(gu,n,Gt,Zt,F,Pe,D)}if(et){let de=P&&un.setSeries,xe=ke.prox;nr==null?cs<=xe&&Wi(Ds,kr,!0,de):cs>xe?Wi(null,kr,!0,de):Ds!=nr&&Wi(Ds,kr,!0,de)}}fe&&(ue.idx=D,Uh()),M!==!1&&An("setCursor")}let Os=null;Object.defineProperty(n,"rect",{get(){return Os==null&&Yo(!1),Os}});function Yo(y=!1){y?Os=null:(Os=g.getBoundingClientRect(),An("syncRect",Os))}function If(y,M,P,D,V,Z,oe){he._lock||Ls&&y!=null&&y.movementX==0&&y.movementY==0||(Fh(y,M,P,D,V,Z,oe,!1,y!=null),y!=null?ir(null,!0,!0):ir(M,!0,!1))}function Fh(y,M,P,D,V,Z,oe,de,xe){if(Os==null&&Yo(!1),Qe(y),y!=null)P=y.clientX-Os.left,D=y.clientY-Os.top;else{if(P<0||D<0){Gt=-10,Zt=-10;return}let[De,Oe]=un.scales,Fe=M.cursor.sync,[ot,Rt]=Fe.values,[At,xt]=Fe.scales,[je,$e]=un.match,Xt=M.axes[0].side%2==1,tn=L.ori==0?F:Pe,Tn=L.ori==1?F:Pe,Ft=Xt?Z:V,nn=Xt?V:Z,ti=Xt?D:P,Hn=Xt?P:D;if(At!=null?P=je(De,At)?a(ot,x[De],tn,0):-10:P=tn*(ti/Ft),xt!=null?D=$e(Oe,xt)?a(Rt,x[Oe],Tn,0):-10:D=Tn*(Hn/nn),L.ori==1){let _i=P;P=D,D=_i}}xe&&(M==null||M.cursor.event.type==gu)&&((P<=1||P>=F-1)&&(P=cr(P,F)),(D<=1||D>=Pe-1)&&(D=cr(D,Pe))),de?(Ef=P,Af=D,[Or,Ur]=he.move(n,P,D)):(Gt=P,Zt=D)}let kh={width:0,height:0,left:0,top:0};function Bh(){el(kh,!1)}let Lf,Nf,Df,Of;function Uf(y,M,P,D,V,Z,oe){Ls=!0,wn=En=In._x=In._y=!1,Fh(y,M,P,D,V,Z,oe,!0,!1),y!=null&&(wt(_u,bu,Ff,!1),Zo(bp,n,Or,Ur,F,Pe,null));let{left:de,top:xe,width:De,height:Oe}=Wt;Lf=de,Nf=xe,Df=De,Of=Oe}function Ff(y,M,P,D,V,Z,oe){Ls=In._x=In._y=!1,Fh(y,M,P,D,V,Z,oe,!1,!0);let{left:de,top:xe,width:De,height:Oe}=Wt,Fe=De>0||Oe>0,ot=Lf!=de||Nf!=xe||Df!=De||Of!=Oe;if(Fe&&ot&&el(Wt),In.setScale&&Fe&&ot){let Rt=de,At=De,xt=xe,je=Oe;if(L.ori==1&&(Rt=xe,At=Oe,xt=de,je=De),wn&&Ns(A,Xi(Rt,A),Xi(Rt+At,A)),En)for(let $e in x){let Xt=x[$e];$e!=A&&Xt.from==null&&Xt.min!=Bt&&Ns($e,Xi(xt+je,$e),Xi(xt,$e))}Bh()}else he.lock&&(he._lock=!he._lock,ir(M,!0,y!=null));y!=null&&(mn(_u,bu),Zo(_u,n,Gt,Zt,F,Pe,null))}function A_(y,M,P,D,V,Z,oe){if(he._lock)return;Qe(y);let de=Ls;if(Ls){let xe=!0,De=!0,Oe=10,Fe,ot;L.ori==0?(Fe=wn,ot=En):(Fe=En,ot=wn),Fe&&ot&&(xe=Gt<=Oe||Gt>=F-Oe,De=Zt<=Oe||Zt>=Pe-Oe),Fe&&xe&&(Gt=Gt<Or?0:F),ot&&De&&(Zt=Zt<Ur?0:Pe),ir(null,!0,!0),Ls=!1}Gt=-10,Zt=-10,ie.fill(null),ir(null,!0,!0),de&&(Ls=de)}function kf(y,M,P,D,V,Z,oe){he._lock||(Qe(y),Xo(),Bh(),y!=null&&Zo(Ep,n,Gt,Zt,F,Pe,null))}function Bf(){R.forEach(mv),U(n.width,n.height,!0)}dr(El,jr,Bf);let Br={};Br.mousedown=Uf,Br.mousemove=If,Br.mouseup=Ff,Br.dblclick=kf,Br.setSeries=(y,M,P,D)=>{let V=un.match[2];P=V(n,M,P),P!=-1&&Wi(P,D,!0,!1)},pe&&(wt(bp,g,Uf),wt(gu,g,If),wt(Mp,g,y=>{Qe(y),Yo(!1)}),wt(wp,g,A_),wt(Ep,g,kf),Pu.add(n),n.syncRect=Yo);let tl=n.hooks=i.hooks||{};function An(y,M,P){Vn?Ot.push([y,M,P]):y in tl&&tl[y].forEach(D=>{D.call(null,n,M,P)})}(i.plugins||[]).forEach(y=>{for(let M in y.hooks)tl[M]=(tl[M]||[]).concat(y.hooks[M])});let zf=(y,M,P)=>P,un=dn({key:null,setSeries:!1,filters:{pub:Up,sub:Up},scales:[A,v[1]?v[1].scale:null],match:[Fp,Fp,zf],values:[null,null]},he.sync);un.match.length==2&&un.match.push(zf),he.sync=un;let Vf=un.key,zh=Nm(Vf);function Zo(y,M,P,D,V,Z,oe){un.filters.pub(y,M,P,D,V,Z,oe)&&zh.pub(y,M,P,D,V,Z,oe)}zh.sub(n);function T_(y,M,P,D,V,Z,oe){un.filters.sub(y,M,P,D,V,Z,oe)&&Br[y](null,M,P,D,V,Z,oe)}n.pub=T_;function R_(){zh.unsub(n),Pu.delete(n),Mn.clear(),Eu(El,jr,Bf),c.remove(),Re?.remove(),An("destroy")}n.destroy=R_;function Vh(){An("init",i,e),Wo(e||i.data,!1),H[A]?Nh(A,H[A]):Xo(),ne=Wt.show&&(Wt.width>0||Wt.height>0),ee=fe=!0,U(i.width,i.height)}return v.forEach(Cr),R.forEach(rs),t?t instanceof HTMLElement?(t.appendChild(c),Vh()):t(n,Vh):Vh(),n}Ln.assign=dn;Ln.fmtNum=Fu;Ln.rangeNum=Al;Ln.rangeLog=Cl;Ln.rangeAsinh=Ou;Ln.orient=pr;Ln.pxRatio=Ct;Ln.join=ox;Ln.fmtDate=Bu,Ln.tzDate=_x;Ln.sync=Nm;{Ln.addGap=Qx,Ln.clipGaps=Ll;let i=Ln.paths={points:Bm};i.linear=Vm,i.stepped=nv,i.bars=iv,i.spline=rv}function Ul(i,e,t=i.length){let n=0,s=t;for(;n<s;){let r=n+s>>>1;i[r]<e?n=r+1:s=r}return n}function Xm(i,e,t,n,s,r){let o=new Int32Array(r+1),a=(s-n)/r,l=e;for(let c=0;c<r;c++){let h=n+c*a,d=l,u=t;for(;d<u;){let m=d+u>>>1;i[m]<h?d=m+1:u=m}o[c]=c===0?e:d,l=o[c]}return o[r]=t,o}function $m(i,e,t,n,s){let r=0,o=n.length-1;for(let a=0;a<o;a++){let l=n[a],c=n[a+1];if(l===c)continue;let h=NaN,d=NaN,u=-1,m=-1;for(let g=l;g<c;g++){let S=i[e+g*t];S===S&&((u<0||S<h)&&(h=S,u=g),(m<0||S>d)&&(d=S,m=g))}u<0?(s[r++]=null,s[r++]=null):u<=m?(s[r++]=h,s[r++]=d):(s[r++]=d,s[r++]=h)}s.length=r}function qm(i,e,t){let n=i.length-1,s=(t-e)/n,r=[];for(let o=0;o<n;o++)i[o]!==i[o+1]&&r.push(e+(o+.25)*s,e+(o+.75)*s);return r}var Ym=["#1f77b4","#ff7f0e","#2ca02c","#d62728","#9467bd","#8c564b","#e377c2","#7f7f7f","#bcbd22","#17becf"];function gv(i,e,t){let n=(a,l)=>{if(a!==l)return[a,l];let c=a===0?1:.05*Math.abs(a);return[a-c,l+c]};if(Array.isArray(i)&&i.length===2&&Number.isFinite(i[0])&&Number.isFinite(i[1]))return n(Number(i[0]),Number(i[1]));if(!(e<=t))return[0,1];let[s,r]=n(e,t),o=.04*(r-s);return[s-o,r+o]}function _v(i,e){let t=e.dims,n=e.values.shape,s=t.indexOf(i.x_dim);if(s<0)return`the field ${e.id} has no dim ${JSON.stringify(i.x_dim)}`;let r=typeof i.series_dim=="string"?t.indexOf(i.series_dim):-1;if(typeof i.series_dim=="string"&&r<0)return`the field ${e.id} has no dim ${JSON.stringify(i.series_dim)}`;let o=ar(n),a=0,l=i.selectors??{};for(let p=0;p<t.length;p++){if(p===s||p===r)continue;let f=l[t[p]],v=typeof f=="number"&&Number.isInteger(f)&&f>=0?f:0;if(v>=n[p])return{x:[],n:0,data:[],series:[]};a+=v*o[p]}let c=n[s],h=e.coords[i.x_dim],d;if(h&&!Array.isArray(h)&&h.data.length===c&&!(h.data instanceof BigInt64Array||h.data instanceof BigUint64Array))d=h.data;else{let p=new Float64Array(c);for(let f=0;f<c;f++)p[f]=h&&!Array.isArray(h)?_t(h.data,f):f;d=p}let u=r>=0?n[r]:1,m=Array.isArray(i.series_labels)?i.series_labels:[],g=[];for(let p=0;p<u;p++){let f=typeof m[p]=="string"?m[p]:r>=0?`${i.series_dim}[${p}]`:e.id;g.push({label:f,base:a+(r>=0?p*o[r]:0),stride:o[s]})}let S=e.values.data;return(e.values.data instanceof BigInt64Array||e.values.data instanceof BigUint64Array)&&(S=Float64Array.from(e.values.data,Number)),{x:d,n:c,data:S,series:g}}function Zm(i,e){let t=typeof i=="string"?i:"",n=typeof e=="string"?e:"";return t&&n?`${t} (${n})`:t||(n?`(${n})`:"")}var $u=class{constructor(e,t,n){this.viewId=e;this.state=t;this.send=n;this.frame=new Zn("line_plot",e)}viewId;state;send;frame;plot=null;signature="";resizeObserver=null;host=document.createElement("div");outs=[];yRange=[0,1];drawnPoints=0;build(e){e.append(this.frame.root),this.host.className="sw-plot-host",this.frame.body.append(this.host),this.resizeObserver=new ResizeObserver(()=>{this.plot&&(this.plot.setSize(this.size()),this.refresh(!1))}),this.resizeObserver.observe(this.host),this.refresh(!0)}apply(e){let t=this.state.resolvedView(this.viewId);(e.scene||e.views.has(this.viewId)||e.fields.has(t.field_id)||e.stateKeys.size>0)&&this.refresh(e.scene||e.views.has(this.viewId))}close(){this.resizeObserver?.disconnect(),this.plot?.destroy(),this.frame.root.remove()}size(){return{width:Math.max(100,this.host.clientWidth),height:Math.max(80,this.host.clientHeight-30)}}refresh(e=!1){let t=this.state.resolvedView(this.viewId);this.frame.setTitle(t.title);let n=Kn(this.state,t.field_id),s=n?_v(t,n):`no field ${JSON.stringify(t.field_id)}`;if(typeof s=="string"){this.frame.say(s),this.setPlot([],[[]],[0,1],t,e);return}this.frame.say(null);let{x:r,n:o}=s,a=0,l=t.rolling_window;o&&typeof l=="number"&&l>0&&Number.isFinite(l)&&(a=Ul(r,r[o-1]-l,o));let c=o?r[a]:0,h=o?r[o-1]:1,d=this.plot?this.plot.bbox.width/(window.devicePixelRatio||1):this.size().width,u=Math.max(16,Math.round(d)),m,g=[],S=1/0,p=-1/0;if(o-a<=2*u||!(h>c))m=Array.from({length:o-a},(f,v)=>r[a+v]),s.series.forEach((f,v)=>{let R=this.outs[v]??=[];R.length=o-a;for(let x=a;x<o;x++){let T=s.data[f.base+x*f.stride];R[x-a]=Number.isNaN(T)?null:T,Number.isFinite(T)&&(T<S&&(S=T),T>p&&(p=T))}g.push(R)});else{let f=Xm(r,a,o,c,h+(h-c)*1e-9,u);m=qm(f,c,h),s.series.forEach((v,R)=>{let x=this.outs[R]??=[];$m(s.data,v.base,v.stride,f,x);for(let T of x)T!==null&&Number.isFinite(T)&&(T<S&&(S=T),T>p&&(p=T));g.push(x)})}this.drawnPoints=m.length,this.yRange=gv(t.y_limits,S,p),this.setPlot(s.series.map(f=>f.label),[m,...g],this.yRange,t,e,o?[c,h]:null)}setPlot(e,t,n,s,r,o=null){let a=JSON.stringify([e,s.x_label,s.y_label,s.x_unit,s.y_unit]);if(!this.plot||r||a!==this.signature){this.plot?.destroy(),this.signature=a;let l={...this.size(),scales:{x:{time:!1,range:(c,h,d)=>{let u=this.xr;return u&&u[1]>u[0]?[u[0],u[1]]:[h,d]}},y:{range:()=>this.yRange}},axes:[{label:Zm(s.x_label,s.x_unit),stroke:"#222",grid:{stroke:"#e6e6e6"}},{label:Zm(s.y_label,s.y_unit),stroke:"#222",grid:{stroke:"#e6e6e6"}}],series:[{},...e.map((c,h)=>({label:c,stroke:Ym[h%Ym.length],width:1.5,spanGaps:!1,points:{show:!1}}))],legend:{show:e.length>0&&e.length<=20,live:!1},cursor:{drag:{x:!1,y:!1}}};this.xr=o,this.plot=new Ln(l,t,this.host),this.plot.root.classList.add("sw-uplot"),e.length&&this.refresh(!1);return}this.xr=o,this.plot.setData(t,!0)}xr=null};function Km(i,e,t){return new $u(i,e,t)}var js={LEFT:0,MIDDLE:1,RIGHT:2,ROTATE:0,DOLLY:1,PAN:2},Qs={ROTATE:0,PAN:1,DOLLY_PAN:2,DOLLY_ROTATE:3},Mg=0,xd=1,wg=2;var ka=1,Eg=2,No=3,er=0,Dn=1,Ei=2,wr=0,Do=1,vd=2,Sd=3,bd=4,Ag=5;var Er=100,Tg=101,Rg=102,Cg=103,Pg=104,Ig=200,Lg=201,Ng=202,Dg=203,Md=204,wd=205,Og=206,Ug=207,Fg=208,kg=209,Bg=210,zg=211,Vg=212,Hg=213,Gg=214,oc=0,ac=1,lc=2,bo=3,cc=4,hc=5,uc=6,dc=7,Ed=0,Wg=1,Xg=2,ns=0,Ad=1,Td=2,Rd=3,Cd=4,Pd=5,Id=6,Ld=7;var Nd=300,Ar=301,Oo=302,Oc=303,Uc=304,fc=1e3,Qi=1001,pc=1002,Pn=1003,$g=1004;var Ba=1005;var pn=1006,Fc=1007;var As=1008;var mi=1009,Dd=1010,Od=1011,Uo=1012,kc=1013,Bi=1014,Ai=1015,zi=1016,Bc=1017,zc=1018,Tr=1020,Ud=35902,Fd=35899,kd=1021,Bd=1022,Yn=1023,Ms=1026,Ts=1027,Vc=1028,Hc=1029,tr=1030,Gc=1031;var Wc=1033,za=33776,Va=33777,Ha=33778,Ga=33779,Xc=35840,$c=35841,qc=35842,Yc=35843,Zc=36196,Kc=37492,Jc=37496,jc=37488,Qc=37489,Wa=37490,eh=37491,th=37808,nh=37809,ih=37810,sh=37811,rh=37812,oh=37813,ah=37814,lh=37815,ch=37816,hh=37817,uh=37818,dh=37819,fh=37820,ph=37821,mh=36492,gh=36494,_h=36495,yh=36283,xh=36284,Xa=36285,vh=36286;var Sa=2300,mc=2301,sc=2302,dd=2303,fd=2400,pd=2401,md=2402;var qg=3200;var zd=0,Yg=1,Rs="",ui="srgb",es="srgb-linear",ba="linear",Lt="srgb";var rc=7680;var Zg=519,Kg=512,Jg=513,jg=514,Vd=515,Qg=516,e0=517,Hd=518,Gd=519,t0=35044,Wd=35048;var Cs="300 es",bi=2e3,Ma=2001;function yv(i){for(let e=i.length-1;e>=0;--e)if(i[e]>=65535)return!0;return!1}function xv(i){return ArrayBuffer.isView(i)&&!(i instanceof DataView)}function wa(i){return document.createElementNS("http://www.w3.org/1999/xhtml",i)}function n0(){let i=wa("canvas");return i.style.display="block",i}var Jm={},Mo=null;function Xd(...i){let e="THREE."+i.shift();Mo?Mo("log",e,...i):console.log(e,...i)}function i0(i){let e=i[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=i[1];t&&t.isStackTrace?i[0]+=" "+t.getLocation():i[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return i}function Ke(...i){i=i0(i);let e="THREE."+i.shift();if(Mo)Mo("warn",e,...i);else{let t=i[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...i)}}function tt(...i){i=i0(i);let e="THREE."+i.shift();if(Mo)Mo("error",e,...i);else{let t=i[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...i)}}function ya(...i){let e=i.join(" ");e in Jm||(Jm[e]=!0,Ke(...i))}function s0(i,e,t){return new Promise(function(n,s){function r(){switch(i.clientWaitSync(e,i.SYNC_FLUSH_COMMANDS_BIT,0)){case i.WAIT_FAILED:s();break;case i.TIMEOUT_EXPIRED:setTimeout(r,t);break;default:n()}}setTimeout(r,t)})}var r0={[oc]:oc,[lc]:uc,[cc]:cc,[bo]:hc,[ac]:ac,[uc]:lc,[dc]:dc,[hc]:bo},ki=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let n=this._listeners;n[e]===void 0&&(n[e]=[]),n[e].indexOf(t)===-1&&n[e].push(t)}hasEventListener(e,t){let n=this._listeners;return n===void 0?!1:n[e]!==void 0&&n[e].indexOf(t)!==-1}removeEventListener(e,t){let n=this._listeners;if(n===void 0)return;let s=n[e];if(s!==void 0){let r=s.indexOf(t);r!==-1&&s.splice(r,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let n=t[e.type];if(n!==void 0){e.target=this;let s=n.slice(0);for(let r=0,o=s.length;r<o;r++)s[r].call(this,e);e.target=null}}},Un=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"],jm=1234567,xa=Math.PI/180,wo=180/Math.PI;function Fo(){let i=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,n=Math.random()*4294967295|0;return(Un[i&255]+Un[i>>8&255]+Un[i>>16&255]+Un[i>>24&255]+"-"+Un[e&255]+Un[e>>8&255]+"-"+Un[e>>16&15|64]+Un[e>>24&255]+"-"+Un[t&63|128]+Un[t>>8&255]+"-"+Un[t>>16&255]+Un[t>>24&255]+Un[n&255]+Un[n>>8&255]+Un[n>>16&255]+Un[n>>24&255]).toLowerCase()}function yt(i,e,t){return Math.max(e,Math.min(t,i))}function $d(i,e){return(i%e+e)%e}function vv(i,e,t,n,s){return n+(i-e)*(s-n)/(t-e)}function Sv(i,e,t){return i!==e?(t-i)/(e-i):0}function va(i,e,t){return(1-t)*i+t*e}function bv(i,e,t,n){return va(i,e,1-Math.exp(-t*n))}function Mv(i,e=1){return e-Math.abs($d(i,e*2)-e)}function wv(i,e,t){return i<=e?0:i>=t?1:(i=(i-e)/(t-e),i*i*(3-2*i))}function Ev(i,e,t){return i<=e?0:i>=t?1:(i=(i-e)/(t-e),i*i*i*(i*(i*6-15)+10))}function Av(i,e){return i+Math.floor(Math.random()*(e-i+1))}function Tv(i,e){return i+Math.random()*(e-i)}function Rv(i){return i*(.5-Math.random())}function Cv(i){i!==void 0&&(jm=i);let e=jm+=1831565813;return e=Math.imul(e^e>>>15,e|1),e^=e+Math.imul(e^e>>>7,e|61),((e^e>>>14)>>>0)/4294967296}function Pv(i){return i*xa}function Iv(i){return i*wo}function Lv(i){return i>0&&Number.isInteger(i)&&2**Math.round(Math.log2(i))===i}function Nv(i){return Math.pow(2,Math.ceil(Math.log(i)/Math.LN2))}function qd(i){return Math.pow(2,Math.floor(Math.log(i)/Math.LN2))}function Dv(i,e,t,n,s){let r=Math.cos,o=Math.sin,a=r(t/2),l=o(t/2),c=r((e+n)/2),h=o((e+n)/2),d=r((e-n)/2),u=o((e-n)/2),m=r((n-e)/2),g=o((n-e)/2);switch(s){case"XYX":i.set(a*h,l*d,l*u,a*c);break;case"YZY":i.set(l*u,a*h,l*d,a*c);break;case"ZXZ":i.set(l*d,l*u,a*h,a*c);break;case"XZX":i.set(a*h,l*g,l*m,a*c);break;case"YXY":i.set(l*m,a*h,l*g,a*c);break;case"ZYZ":i.set(l*g,l*m,a*h,a*c);break;default:Ke("MathUtils: .setQuaternionFromProperEuler() encountered an unknown order: "+s)}}function Yd(i){switch(i.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function o0(i,e){if(e.constructor===Float32Array)return i;let t=Yd(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(i/t,-1)}function a0(i,e){if(e.constructor===Float32Array)return i;let t=Yd(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(i*t)}var Zd={DEG2RAD:xa,RAD2DEG:wo,generateUUID:Fo,clamp:yt,euclideanModulo:$d,mapLinear:vv,inverseLerp:Sv,lerp:va,damp:bv,pingpong:Mv,smoothstep:wv,smootherstep:Ev,randInt:Av,randFloat:Tv,randFloatSpread:Rv,seededRandom:Cv,degToRad:Pv,radToDeg:Iv,isPowerOfTwo:Lv,ceilPowerOfTwo:Nv,floorPowerOfTwo:qd,setQuaternionFromProperEuler:Dv,normalize:a0,denormalize:o0},Je=class{static{this.prototype.isVector2=!0}constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,n=this.y,s=e.elements;return this.x=s[0]*t+s[3]*n+s[6],this.y=s[1]*t+s[4]*n+s[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=yt(this.x,e.x,t.x),this.y=yt(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=yt(this.x,e,t),this.y=yt(this.y,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(yt(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos(yt(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y;return t*t+n*n}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let n=Math.cos(t),s=Math.sin(t),r=this.x-e.x,o=this.y-e.y;return this.x=r*n-o*s+e.x,this.y=r*s+o*n+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}},fi=class{constructor(e=0,t=0,n=0,s=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=n,this._w=s}static slerpFlat(e,t,n,s,r,o,a){let l=n[s+0],c=n[s+1],h=n[s+2],d=n[s+3],u=r[o+0],m=r[o+1],g=r[o+2],S=r[o+3];if(d!==S||l!==u||c!==m||h!==g){let p=l*u+c*m+h*g+d*S;p<0&&(u=-u,m=-m,g=-g,S=-S,p=-p);let f=1-a;if(p<.9995){let v=Math.acos(p),R=Math.sin(v);f=Math.sin(f*v)/R,a=Math.sin(a*v)/R,l=l*f+u*a,c=c*f+m*a,h=h*f+g*a,d=d*f+S*a}else{l=l*f+u*a,c=c*f+m*a,h=h*f+g*a,d=d*f+S*a;let v=1/Math.sqrt(l*l+c*c+h*h+d*d);l*=v,c*=v,h*=v,d*=v}}e[t]=l,e[t+1]=c,e[t+2]=h,e[t+3]=d}static multiplyQuaternionsFlat(e,t,n,s,r,o){let a=n[s],l=n[s+1],c=n[s+2],h=n[s+3],d=r[o],u=r[o+1],m=r[o+2],g=r[o+3];return e[t]=a*g+h*d+l*m-c*u,e[t+1]=l*g+h*u+c*d-a*m,e[t+2]=c*g+h*m+a*u-l*d,e[t+3]=h*g-a*d-l*u-c*m,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,n,s){return this._x=e,this._y=t,this._z=n,this._w=s,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let n=e._x,s=e._y,r=e._z,o=e._order,a=Math.cos,l=Math.sin,c=a(n/2),h=a(s/2),d=a(r/2),u=l(n/2),m=l(s/2),g=l(r/2);switch(o){case"XYZ":this._x=u*h*d+c*m*g,this._y=c*m*d-u*h*g,this._z=c*h*g+u*m*d,this._w=c*h*d-u*m*g;break;case"YXZ":this._x=u*h*d+c*m*g,this._y=c*m*d-u*h*g,this._z=c*h*g-u*m*d,this._w=c*h*d+u*m*g;break;case"ZXY":this._x=u*h*d-c*m*g,this._y=c*m*d+u*h*g,this._z=c*h*g+u*m*d,this._w=c*h*d-u*m*g;break;case"ZYX":this._x=u*h*d-c*m*g,this._y=c*m*d+u*h*g,this._z=c*h*g-u*m*d,this._w=c*h*d+u*m*g;break;case"YZX":this._x=u*h*d+c*m*g,this._y=c*m*d+u*h*g,this._z=c*h*g-u*m*d,this._w=c*h*d-u*m*g;break;case"XZY":this._x=u*h*d-c*m*g,this._y=c*m*d-u*h*g,this._z=c*h*g+u*m*d,this._w=c*h*d+u*m*g;break;default:Ke("Quaternion: .setFromEuler() encountered an unknown order: "+o)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let n=t/2,s=Math.sin(n);return this._x=e.x*s,this._y=e.y*s,this._z=e.z*s,this._w=Math.cos(n),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,n=t[0],s=t[4],r=t[8],o=t[1],a=t[5],l=t[9],c=t[2],h=t[6],d=t[10],u=n+a+d;if(u>0){let m=.5/Math.sqrt(u+1);this._w=.25/m,this._x=(h-l)*m,this._y=(r-c)*m,this._z=(o-s)*m}else if(n>a&&n>d){let m=2*Math.sqrt(1+n-a-d);this._w=(h-l)/m,this._x=.25*m,this._y=(s+o)/m,this._z=(r+c)/m}else if(a>d){let m=2*Math.sqrt(1+a-n-d);this._w=(r-c)/m,this._x=(s+o)/m,this._y=.25*m,this._z=(l+h)/m}else{let m=2*Math.sqrt(1+d-n-a);this._w=(o-s)/m,this._x=(r+c)/m,this._y=(l+h)/m,this._z=.25*m}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let n=e.dot(t)+1;return n<1e-8?(n=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=n):(this._x=0,this._y=-e.z,this._z=e.y,this._w=n)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=n),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs(yt(this.dot(e),-1,1)))}rotateTowards(e,t){let n=this.angleTo(e);if(n===0)return this;let s=Math.min(1,t/n);return this.slerp(e,s),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let n=e._x,s=e._y,r=e._z,o=e._w,a=t._x,l=t._y,c=t._z,h=t._w;return this._x=n*h+o*a+s*c-r*l,this._y=s*h+o*l+r*a-n*c,this._z=r*h+o*c+n*l-s*a,this._w=o*h-n*a-s*l-r*c,this._onChangeCallback(),this}slerp(e,t){let n=e._x,s=e._y,r=e._z,o=e._w,a=this.dot(e);a<0&&(n=-n,s=-s,r=-r,o=-o,a=-a);let l=1-t;if(a<.9995){let c=Math.acos(a),h=Math.sin(c);l=Math.sin(l*c)/h,t=Math.sin(t*c)/h,this._x=this._x*l+n*t,this._y=this._y*l+s*t,this._z=this._z*l+r*t,this._w=this._w*l+o*t,this._onChangeCallback()}else this._x=this._x*l+n*t,this._y=this._y*l+s*t,this._z=this._z*l+r*t,this._w=this._w*l+o*t,this.normalize();return this}slerpQuaternions(e,t,n){return this.copy(e).slerp(t,n)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),n=Math.random(),s=Math.sqrt(1-n),r=Math.sqrt(n);return this.set(s*Math.sin(e),s*Math.cos(e),r*Math.sin(t),r*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},X=class{static{this.prototype.isVector3=!0}constructor(e=0,t=0,n=0){this.x=e,this.y=t,this.z=n}set(e,t,n){return n===void 0&&(n=this.z),this.x=e,this.y=t,this.z=n,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(Qm.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(Qm.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,n=this.y,s=this.z,r=e.elements;return this.x=r[0]*t+r[3]*n+r[6]*s,this.y=r[1]*t+r[4]*n+r[7]*s,this.z=r[2]*t+r[5]*n+r[8]*s,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,n=this.y,s=this.z,r=e.elements,o=1/(r[3]*t+r[7]*n+r[11]*s+r[15]);return this.x=(r[0]*t+r[4]*n+r[8]*s+r[12])*o,this.y=(r[1]*t+r[5]*n+r[9]*s+r[13])*o,this.z=(r[2]*t+r[6]*n+r[10]*s+r[14])*o,this}applyQuaternion(e){let t=this.x,n=this.y,s=this.z,r=e.x,o=e.y,a=e.z,l=e.w,c=2*(o*s-a*n),h=2*(a*t-r*s),d=2*(r*n-o*t);return this.x=t+l*c+o*d-a*h,this.y=n+l*h+a*c-r*d,this.z=s+l*d+r*h-o*c,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,n=this.y,s=this.z,r=e.elements;return this.x=r[0]*t+r[4]*n+r[8]*s,this.y=r[1]*t+r[5]*n+r[9]*s,this.z=r[2]*t+r[6]*n+r[10]*s,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=yt(this.x,e.x,t.x),this.y=yt(this.y,e.y,t.y),this.z=yt(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=yt(this.x,e,t),this.y=yt(this.y,e,t),this.z=yt(this.z,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(yt(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let n=e.x,s=e.y,r=e.z,o=t.x,a=t.y,l=t.z;return this.x=s*l-r*a,this.y=r*o-n*l,this.z=n*a-s*o,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let n=e.dot(this)/t;return this.copy(e).multiplyScalar(n)}projectOnPlane(e){return qu.copy(this).projectOnVector(e),this.sub(qu)}reflect(e){return this.sub(qu.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos(yt(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y,s=this.z-e.z;return t*t+n*n+s*s}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,n){let s=Math.sin(t)*e;return this.x=s*Math.sin(n),this.y=Math.cos(t)*e,this.z=s*Math.cos(n),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,n){return this.x=e*Math.sin(t),this.y=n,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),n=this.setFromMatrixColumn(e,1).length(),s=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=n,this.z=s,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,n=Math.sqrt(1-t*t);return this.x=n*Math.cos(e),this.y=t,this.z=n*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}},qu=new X,Qm=new fi,st=class{static{this.prototype.isMatrix3=!0}constructor(e,t,n,s,r,o,a,l,c){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,n,s,r,o,a,l,c)}set(e,t,n,s,r,o,a,l,c){let h=this.elements;return h[0]=e,h[1]=s,h[2]=a,h[3]=t,h[4]=r,h[5]=l,h[6]=n,h[7]=o,h[8]=c,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],this}extractBasis(e,t,n){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),n.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,s=t.elements,r=this.elements,o=n[0],a=n[3],l=n[6],c=n[1],h=n[4],d=n[7],u=n[2],m=n[5],g=n[8],S=s[0],p=s[3],f=s[6],v=s[1],R=s[4],x=s[7],T=s[2],A=s[5],_=s[8];return r[0]=o*S+a*v+l*T,r[3]=o*p+a*R+l*A,r[6]=o*f+a*x+l*_,r[1]=c*S+h*v+d*T,r[4]=c*p+h*R+d*A,r[7]=c*f+h*x+d*_,r[2]=u*S+m*v+g*T,r[5]=u*p+m*R+g*A,r[8]=u*f+m*x+g*_,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[1],s=e[2],r=e[3],o=e[4],a=e[5],l=e[6],c=e[7],h=e[8];return t*o*h-t*a*c-n*r*h+n*a*l+s*r*c-s*o*l}invert(){let e=this.elements,t=e[0],n=e[1],s=e[2],r=e[3],o=e[4],a=e[5],l=e[6],c=e[7],h=e[8],d=h*o-a*c,u=a*l-h*r,m=c*r-o*l,g=t*d+n*u+s*m;if(g===0)return this.set(0,0,0,0,0,0,0,0,0);let S=1/g;return e[0]=d*S,e[1]=(s*c-h*n)*S,e[2]=(a*n-s*o)*S,e[3]=u*S,e[4]=(h*t-s*l)*S,e[5]=(s*r-a*t)*S,e[6]=m*S,e[7]=(n*l-c*t)*S,e[8]=(o*t-n*r)*S,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,n,s,r,o,a){let l=Math.cos(r),c=Math.sin(r);return this.set(n*l,n*c,-n*(l*o+c*a)+o+e,-s*c,s*l,-s*(-c*o+l*a)+a+t,0,0,1),this}scale(e,t){return ya("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(Yu.makeScale(e,t)),this}rotate(e){return ya("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(Yu.makeRotation(-e)),this}translate(e,t){return ya("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(Yu.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,n,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,n=e.elements;for(let s=0;s<9;s++)if(t[s]!==n[s])return!1;return!0}fromArray(e,t=0){for(let n=0;n<9;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e}clone(){return new this.constructor().fromArray(this.elements)}},Yu=new st,eg=new st().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),tg=new st().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function Ov(){let i={enabled:!0,workingColorSpace:es,spaces:{},convert:function(s,r,o){return this.enabled===!1||r===o||!r||!o||(this.spaces[r].transfer===Lt&&(s.r=bs(s.r),s.g=bs(s.g),s.b=bs(s.b)),this.spaces[r].primaries!==this.spaces[o].primaries&&(s.applyMatrix3(this.spaces[r].toXYZ),s.applyMatrix3(this.spaces[o].fromXYZ)),this.spaces[o].transfer===Lt&&(s.r=So(s.r),s.g=So(s.g),s.b=So(s.b))),s},workingToColorSpace:function(s,r){return this.convert(s,this.workingColorSpace,r)},colorSpaceToWorking:function(s,r){return this.convert(s,r,this.workingColorSpace)},getPrimaries:function(s){return this.spaces[s].primaries},getTransfer:function(s){return s===Rs?ba:this.spaces[s].transfer},getToneMappingMode:function(s){return this.spaces[s].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(s,r=this.workingColorSpace){return s.fromArray(this.spaces[r].luminanceCoefficients)},define:function(s){Object.assign(this.spaces,s)},_getMatrix:function(s,r,o){return s.copy(this.spaces[o].fromXYZ).multiply(this.spaces[r].toXYZ)},_getDrawingBufferColorSpace:function(s){return this.spaces[s].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(s=this.workingColorSpace){return this.spaces[s].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],n=[.3127,.329];return i.define({[es]:{primaries:e,whitePoint:n,transfer:ba,toXYZ:eg,fromXYZ:tg,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:ui},outputColorSpaceConfig:{drawingBufferColorSpace:ui}},[ui]:{primaries:e,whitePoint:n,transfer:Lt,toXYZ:eg,fromXYZ:tg,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:ui}}}),i}var bt=Ov();function bs(i){return i<.04045?i*.0773993808:Math.pow(i*.9478672986+.0521327014,2.4)}function So(i){return i<.0031308?i*12.92:1.055*Math.pow(i,.41666)-.055}var oo,gc=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let n;if(e instanceof HTMLCanvasElement)n=e;else{oo===void 0&&(oo=wa("canvas")),oo.width=e.width,oo.height=e.height;let s=oo.getContext("2d");e instanceof ImageData?s.putImageData(e,0,0):s.drawImage(e,0,0,e.width,e.height),n=oo}return n.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=wa("canvas");t.width=e.width,t.height=e.height;let n=t.getContext("2d");n.drawImage(e,0,0,e.width,e.height);let s=n.getImageData(0,0,e.width,e.height),r=s.data;for(let o=0;o<r.length;o++)r[o]=bs(r[o]/255)*255;return n.putImageData(s,0,0),t}else if(e.data){let t=e.data.slice(0);for(let n=0;n<t.length;n++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[n]=Math.floor(bs(t[n]/255)*255):t[n]=bs(t[n]);return{data:t,width:e.width,height:e.height}}else return Ke("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},Uv=0,Eo=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:Uv++}),this.uuid=Fo(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let n={uuid:this.uuid,url:""},s=this.data;if(s!==null){let r;if(Array.isArray(s)){r=[];for(let o=0,a=s.length;o<a;o++)s[o].isDataTexture?r.push(Zu(s[o].image)):r.push(Zu(s[o]))}else r=Zu(s);n.url=r}return t||(e.images[this.uuid]=n),n}};function Zu(i){return typeof HTMLImageElement<"u"&&i instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&i instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&i instanceof ImageBitmap?gc.getDataURL(i):i.data?{data:Array.from(i.data),width:i.width,height:i.height,type:i.data.constructor.name}:(Ke("Texture: Unable to serialize Texture."),{})}var Fv=0,Ku=new X,jn=class i extends ki{constructor(e=i.DEFAULT_IMAGE,t=i.DEFAULT_MAPPING,n=Qi,s=Qi,r=pn,o=As,a=Yn,l=mi,c=i.DEFAULT_ANISOTROPY,h=Rs){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:Fv++}),this.uuid=Fo(),this.name="",this.source=new Eo(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=n,this.wrapT=s,this.magFilter=r,this.minFilter=o,this.anisotropy=c,this.format=a,this.internalFormat=null,this.type=l,this.offset=new Je(0,0),this.repeat=new Je(1,1),this.center=new Je(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new st,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=h,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(Ku).x}get height(){return this.source.getSize(Ku).y}get depth(){return this.source.getSize(Ku).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let n=e[t];if(n===void 0){Ke(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let s=this[t];if(s===void 0){Ke(`Texture.setValues(): property '${t}' does not exist.`);continue}s&&n&&s.isVector2&&n.isVector2||s&&n&&s.isVector3&&n.isVector3||s&&n&&s.isMatrix3&&n.isMatrix3?s.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let n={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(n.userData=this.userData),t||(e.textures[this.uuid]=n),n}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==Nd)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case fc:e.x=e.x-Math.floor(e.x);break;case Qi:e.x=e.x<0?0:1;break;case pc:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case fc:e.y=e.y-Math.floor(e.y);break;case Qi:e.y=e.y<0?0:1;break;case pc:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};jn.DEFAULT_IMAGE=null;jn.DEFAULT_MAPPING=Nd;jn.DEFAULT_ANISOTROPY=1;var Jt=class{static{this.prototype.isVector4=!0}constructor(e=0,t=0,n=0,s=1){this.x=e,this.y=t,this.z=n,this.w=s}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,n,s){return this.x=e,this.y=t,this.z=n,this.w=s,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,n=this.y,s=this.z,r=this.w,o=e.elements;return this.x=o[0]*t+o[4]*n+o[8]*s+o[12]*r,this.y=o[1]*t+o[5]*n+o[9]*s+o[13]*r,this.z=o[2]*t+o[6]*n+o[10]*s+o[14]*r,this.w=o[3]*t+o[7]*n+o[11]*s+o[15]*r,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,n,s,r,l=e.elements,c=l[0],h=l[4],d=l[8],u=l[1],m=l[5],g=l[9],S=l[2],p=l[6],f=l[10];if(Math.abs(h-u)<.01&&Math.abs(d-S)<.01&&Math.abs(g-p)<.01){if(Math.abs(h+u)<.1&&Math.abs(d+S)<.1&&Math.abs(g+p)<.1&&Math.abs(c+m+f-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let R=(c+1)/2,x=(m+1)/2,T=(f+1)/2,A=(h+u)/4,_=(d+S)/4,w=(g+p)/4;return R>x&&R>T?R<.01?(n=0,s=.707106781,r=.707106781):(n=Math.sqrt(R),s=A/n,r=_/n):x>T?x<.01?(n=.707106781,s=0,r=.707106781):(s=Math.sqrt(x),n=A/s,r=w/s):T<.01?(n=.707106781,s=.707106781,r=0):(r=Math.sqrt(T),n=_/r,s=w/r),this.set(n,s,r,t),this}let v=Math.sqrt((p-g)*(p-g)+(d-S)*(d-S)+(u-h)*(u-h));return Math.abs(v)<.001&&(v=1),this.x=(p-g)/v,this.y=(d-S)/v,this.z=(u-h)/v,this.w=Math.acos((c+m+f-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=yt(this.x,e.x,t.x),this.y=yt(this.y,e.y,t.y),this.z=yt(this.z,e.z,t.z),this.w=yt(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=yt(this.x,e,t),this.y=yt(this.y,e,t),this.z=yt(this.z,e,t),this.w=yt(this.w,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(yt(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this.w=e.w+(t.w-e.w)*n,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}},_c=class extends ki{constructor(e=1,t=1,n={}){super(),n=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:pn,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},n),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=n.depth,this.scissor=new Jt(0,0,e,t),this.scissorTest=!1,this.viewport=new Jt(0,0,e,t),this.textures=[];let s=n.count;for(let r=0;r<s;r++)this.textures[r]=new jn({width:e,height:t,depth:n.depth}),this.textures[r].isRenderTargetTexture=!0,this.textures[r].renderTarget=this;this._setTextureOptions(n),this.depthBuffer=n.depthBuffer,this.stencilBuffer=n.stencilBuffer,this.resolveColorBuffer=n.resolveColorBuffer,this.resolveDepthBuffer=n.resolveDepthBuffer,this.resolveStencilBuffer=n.resolveStencilBuffer,this.storeMultisampledColorBuffer=n.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=n.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=n.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=n.depthTexture,this.samples=n.samples,this.multiview=n.multiview,this.useArrayDepthTexture=n.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:pn,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let n=0;n<this.textures.length;n++)this.textures[n].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,n=1){if(this.width!==e||this.height!==t||this.depth!==n){this.width=e,this.height=t,this.depth=n;for(let s=0,r=this.textures.length;s<r;s++)this.textures[s].image.width=e,this.textures[s].image.height=t,this.textures[s].image.depth=n,this.textures[s].isData3DTexture!==!0&&(this.textures[s].isArrayTexture=this.textures[s].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,n=e.textures.length;t<n;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let s=Object.assign({},e.textures[t].image);this.textures[t].source=new Eo(s)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},$n=class extends _c{constructor(e=1,t=1,n={}){super(e,t,n),this.isWebGLRenderTarget=!0}},Ea=class extends jn{constructor(e=null,t=1,n=1,s=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:n,depth:s},this.magFilter=Pn,this.minFilter=Pn,this.wrapR=Qi,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var yc=class extends jn{constructor(e=null,t=1,n=1,s=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:n,depth:s},this.magFilter=Pn,this.minFilter=Pn,this.wrapR=Qi,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var Et=class i{static{this.prototype.isMatrix4=!0}constructor(e,t,n,s,r,o,a,l,c,h,d,u,m,g,S,p){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,n,s,r,o,a,l,c,h,d,u,m,g,S,p)}set(e,t,n,s,r,o,a,l,c,h,d,u,m,g,S,p){let f=this.elements;return f[0]=e,f[4]=t,f[8]=n,f[12]=s,f[1]=r,f[5]=o,f[9]=a,f[13]=l,f[2]=c,f[6]=h,f[10]=d,f[14]=u,f[3]=m,f[7]=g,f[11]=S,f[15]=p,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new i().fromArray(this.elements)}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],t[9]=n[9],t[10]=n[10],t[11]=n[11],t[12]=n[12],t[13]=n[13],t[14]=n[14],t[15]=n[15],this}copyPosition(e){let t=this.elements,n=e.elements;return t[12]=n[12],t[13]=n[13],t[14]=n[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,n){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),n.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),n.setFromMatrixColumn(this,2),this)}makeBasis(e,t,n){return this.set(e.x,t.x,n.x,0,e.y,t.y,n.y,0,e.z,t.z,n.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,n=e.elements,s=1/ao.setFromMatrixColumn(e,0).length(),r=1/ao.setFromMatrixColumn(e,1).length(),o=1/ao.setFromMatrixColumn(e,2).length();return t[0]=n[0]*s,t[1]=n[1]*s,t[2]=n[2]*s,t[3]=0,t[4]=n[4]*r,t[5]=n[5]*r,t[6]=n[6]*r,t[7]=0,t[8]=n[8]*o,t[9]=n[9]*o,t[10]=n[10]*o,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,n=e.x,s=e.y,r=e.z,o=Math.cos(n),a=Math.sin(n),l=Math.cos(s),c=Math.sin(s),h=Math.cos(r),d=Math.sin(r);if(e.order==="XYZ"){let u=o*h,m=o*d,g=a*h,S=a*d;t[0]=l*h,t[4]=-l*d,t[8]=c,t[1]=m+g*c,t[5]=u-S*c,t[9]=-a*l,t[2]=S-u*c,t[6]=g+m*c,t[10]=o*l}else if(e.order==="YXZ"){let u=l*h,m=l*d,g=c*h,S=c*d;t[0]=u+S*a,t[4]=g*a-m,t[8]=o*c,t[1]=o*d,t[5]=o*h,t[9]=-a,t[2]=m*a-g,t[6]=S+u*a,t[10]=o*l}else if(e.order==="ZXY"){let u=l*h,m=l*d,g=c*h,S=c*d;t[0]=u-S*a,t[4]=-o*d,t[8]=g+m*a,t[1]=m+g*a,t[5]=o*h,t[9]=S-u*a,t[2]=-o*c,t[6]=a,t[10]=o*l}else if(e.order==="ZYX"){let u=o*h,m=o*d,g=a*h,S=a*d;t[0]=l*h,t[4]=g*c-m,t[8]=u*c+S,t[1]=l*d,t[5]=S*c+u,t[9]=m*c-g,t[2]=-c,t[6]=a*l,t[10]=o*l}else if(e.order==="YZX"){let u=o*l,m=o*c,g=a*l,S=a*c;t[0]=l*h,t[4]=S-u*d,t[8]=g*d+m,t[1]=d,t[5]=o*h,t[9]=-a*h,t[2]=-c*h,t[6]=m*d+g,t[10]=u-S*d}else if(e.order==="XZY"){let u=o*l,m=o*c,g=a*l,S=a*c;t[0]=l*h,t[4]=-d,t[8]=c*h,t[1]=u*d+S,t[5]=o*h,t[9]=m*d-g,t[2]=g*d-m,t[6]=a*h,t[10]=S*d+u}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(kv,e,Bv)}lookAt(e,t,n){let s=this.elements;return ci.subVectors(e,t),ci.lengthSq()===0&&(ci.z=1),ci.normalize(),zs.crossVectors(n,ci),zs.lengthSq()===0&&(Math.abs(n.z)===1?ci.x+=1e-4:ci.z+=1e-4,ci.normalize(),zs.crossVectors(n,ci)),zs.normalize(),Fl.crossVectors(ci,zs),s[0]=zs.x,s[4]=Fl.x,s[8]=ci.x,s[1]=zs.y,s[5]=Fl.y,s[9]=ci.y,s[2]=zs.z,s[6]=Fl.z,s[10]=ci.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,s=t.elements,r=this.elements,o=n[0],a=n[4],l=n[8],c=n[12],h=n[1],d=n[5],u=n[9],m=n[13],g=n[2],S=n[6],p=n[10],f=n[14],v=n[3],R=n[7],x=n[11],T=n[15],A=s[0],_=s[4],w=s[8],O=s[12],I=s[1],L=s[5],k=s[9],z=s[13],N=s[2],H=s[6],$=s[10],G=s[14],le=s[3],K=s[7],j=s[11],ie=s[15];return r[0]=o*A+a*I+l*N+c*le,r[4]=o*_+a*L+l*H+c*K,r[8]=o*w+a*k+l*$+c*j,r[12]=o*O+a*z+l*G+c*ie,r[1]=h*A+d*I+u*N+m*le,r[5]=h*_+d*L+u*H+m*K,r[9]=h*w+d*k+u*$+m*j,r[13]=h*O+d*z+u*G+m*ie,r[2]=g*A+S*I+p*N+f*le,r[6]=g*_+S*L+p*H+f*K,r[10]=g*w+S*k+p*$+f*j,r[14]=g*O+S*z+p*G+f*ie,r[3]=v*A+R*I+x*N+T*le,r[7]=v*_+R*L+x*H+T*K,r[11]=v*w+R*k+x*$+T*j,r[15]=v*O+R*z+x*G+T*ie,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[4],s=e[8],r=e[12],o=e[1],a=e[5],l=e[9],c=e[13],h=e[2],d=e[6],u=e[10],m=e[14],g=e[3],S=e[7],p=e[11],f=e[15],v=l*m-c*u,R=a*m-c*d,x=a*u-l*d,T=o*m-c*h,A=o*u-l*h,_=o*d-a*h;return t*(S*v-p*R+f*x)-n*(g*v-p*T+f*A)+s*(g*R-S*T+f*_)-r*(g*x-S*A+p*_)}determinantAffine(){let e=this.elements,t=e[0],n=e[4],s=e[8],r=e[1],o=e[5],a=e[9],l=e[2],c=e[6],h=e[10];return t*(o*h-a*c)-n*(r*h-a*l)+s*(r*c-o*l)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,n){let s=this.elements;return e.isVector3?(s[12]=e.x,s[13]=e.y,s[14]=e.z):(s[12]=e,s[13]=t,s[14]=n),this}invert(){let e=this.elements,t=e[0],n=e[1],s=e[2],r=e[3],o=e[4],a=e[5],l=e[6],c=e[7],h=e[8],d=e[9],u=e[10],m=e[11],g=e[12],S=e[13],p=e[14],f=e[15],v=t*a-n*o,R=t*l-s*o,x=t*c-r*o,T=n*l-s*a,A=n*c-r*a,_=s*c-r*l,w=h*S-d*g,O=h*p-u*g,I=h*f-m*g,L=d*p-u*S,k=d*f-m*S,z=u*f-m*p,N=v*z-R*k+x*L+T*I-A*O+_*w;if(N===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let H=1/N;return e[0]=(a*z-l*k+c*L)*H,e[1]=(s*k-n*z-r*L)*H,e[2]=(S*_-p*A+f*T)*H,e[3]=(u*A-d*_-m*T)*H,e[4]=(l*I-o*z-c*O)*H,e[5]=(t*z-s*I+r*O)*H,e[6]=(p*x-g*_-f*R)*H,e[7]=(h*_-u*x+m*R)*H,e[8]=(o*k-a*I+c*w)*H,e[9]=(n*I-t*k-r*w)*H,e[10]=(g*A-S*x+f*v)*H,e[11]=(d*x-h*A-m*v)*H,e[12]=(a*O-o*L-l*w)*H,e[13]=(t*L-n*O+s*w)*H,e[14]=(S*R-g*T-p*v)*H,e[15]=(h*T-d*R+u*v)*H,this}scale(e){let t=this.elements,n=e.x,s=e.y,r=e.z;return t[0]*=n,t[4]*=s,t[8]*=r,t[1]*=n,t[5]*=s,t[9]*=r,t[2]*=n,t[6]*=s,t[10]*=r,t[3]*=n,t[7]*=s,t[11]*=r,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],n=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],s=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,n,s))}makeTranslation(e,t,n){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,n,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),n=Math.sin(e);return this.set(1,0,0,0,0,t,-n,0,0,n,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,0,n,0,0,1,0,0,-n,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,0,n,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let n=Math.cos(t),s=Math.sin(t),r=1-n,o=e.x,a=e.y,l=e.z,c=r*o,h=r*a;return this.set(c*o+n,c*a-s*l,c*l+s*a,0,c*a+s*l,h*a+n,h*l-s*o,0,c*l-s*a,h*l+s*o,r*l*l+n,0,0,0,0,1),this}makeScale(e,t,n){return this.set(e,0,0,0,0,t,0,0,0,0,n,0,0,0,0,1),this}makeShear(e,t,n,s,r,o){return this.set(1,n,r,0,e,1,o,0,t,s,1,0,0,0,0,1),this}compose(e,t,n){let s=this.elements,r=t._x,o=t._y,a=t._z,l=t._w,c=r+r,h=o+o,d=a+a,u=r*c,m=r*h,g=r*d,S=o*h,p=o*d,f=a*d,v=l*c,R=l*h,x=l*d,T=n.x,A=n.y,_=n.z;return s[0]=(1-(S+f))*T,s[1]=(m+x)*T,s[2]=(g-R)*T,s[3]=0,s[4]=(m-x)*A,s[5]=(1-(u+f))*A,s[6]=(p+v)*A,s[7]=0,s[8]=(g+R)*_,s[9]=(p-v)*_,s[10]=(1-(u+S))*_,s[11]=0,s[12]=e.x,s[13]=e.y,s[14]=e.z,s[15]=1,this}decompose(e,t,n){let s=this.elements;e.x=s[12],e.y=s[13],e.z=s[14];let r=this.determinantAffine();if(r===0)return n.set(1,1,1),t.identity(),this;let o=ao.set(s[0],s[1],s[2]).length(),a=ao.set(s[4],s[5],s[6]).length(),l=ao.set(s[8],s[9],s[10]).length();r<0&&(o=-o),Oi.copy(this);let c=1/o,h=1/a,d=1/l;return Oi.elements[0]*=c,Oi.elements[1]*=c,Oi.elements[2]*=c,Oi.elements[4]*=h,Oi.elements[5]*=h,Oi.elements[6]*=h,Oi.elements[8]*=d,Oi.elements[9]*=d,Oi.elements[10]*=d,t.setFromRotationMatrix(Oi),n.x=o,n.y=a,n.z=l,this}makePerspective(e,t,n,s,r,o,a=bi,l=!1){let c=this.elements,h=2*r/(t-e),d=2*r/(n-s),u=(t+e)/(t-e),m=(n+s)/(n-s),g,S;if(l)g=r/(o-r),S=o*r/(o-r);else if(a===bi)g=-(o+r)/(o-r),S=-2*o*r/(o-r);else if(a===Ma)g=-o/(o-r),S=-o*r/(o-r);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+a);return c[0]=h,c[4]=0,c[8]=u,c[12]=0,c[1]=0,c[5]=d,c[9]=m,c[13]=0,c[2]=0,c[6]=0,c[10]=g,c[14]=S,c[3]=0,c[7]=0,c[11]=-1,c[15]=0,this}makeOrthographic(e,t,n,s,r,o,a=bi,l=!1){let c=this.elements,h=2/(t-e),d=2/(n-s),u=-(t+e)/(t-e),m=-(n+s)/(n-s),g,S;if(l)g=1/(o-r),S=o/(o-r);else if(a===bi)g=-2/(o-r),S=-(o+r)/(o-r);else if(a===Ma)g=-1/(o-r),S=-r/(o-r);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+a);return c[0]=h,c[4]=0,c[8]=0,c[12]=u,c[1]=0,c[5]=d,c[9]=0,c[13]=m,c[2]=0,c[6]=0,c[10]=g,c[14]=S,c[3]=0,c[7]=0,c[11]=0,c[15]=1,this}equals(e){let t=this.elements,n=e.elements;for(let s=0;s<16;s++)if(t[s]!==n[s])return!1;return!0}fromArray(e,t=0){for(let n=0;n<16;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e[t+9]=n[9],e[t+10]=n[10],e[t+11]=n[11],e[t+12]=n[12],e[t+13]=n[13],e[t+14]=n[14],e[t+15]=n[15],e}},ao=new X,Oi=new Et,kv=new X(0,0,0),Bv=new X(1,1,1),zs=new X,Fl=new X,ci=new X,ng=new Et,ig=new fi,$s=class i{constructor(e=0,t=0,n=0,s=i.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=n,this._order=s}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,n,s=this._order){return this._x=e,this._y=t,this._z=n,this._order=s,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,n=!0){let s=e.elements,r=s[0],o=s[4],a=s[8],l=s[1],c=s[5],h=s[9],d=s[2],u=s[6],m=s[10];switch(t){case"XYZ":this._y=Math.asin(yt(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(-h,m),this._z=Math.atan2(-o,r)):(this._x=Math.atan2(u,c),this._z=0);break;case"YXZ":this._x=Math.asin(-yt(h,-1,1)),Math.abs(h)<.9999999?(this._y=Math.atan2(a,m),this._z=Math.atan2(l,c)):(this._y=Math.atan2(-d,r),this._z=0);break;case"ZXY":this._x=Math.asin(yt(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(-d,m),this._z=Math.atan2(-o,c)):(this._y=0,this._z=Math.atan2(l,r));break;case"ZYX":this._y=Math.asin(-yt(d,-1,1)),Math.abs(d)<.9999999?(this._x=Math.atan2(u,m),this._z=Math.atan2(l,r)):(this._x=0,this._z=Math.atan2(-o,c));break;case"YZX":this._z=Math.asin(yt(l,-1,1)),Math.abs(l)<.9999999?(this._x=Math.atan2(-h,c),this._y=Math.atan2(-d,r)):(this._x=0,this._y=Math.atan2(a,m));break;case"XZY":this._z=Math.asin(-yt(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(u,c),this._y=Math.atan2(a,r)):(this._x=Math.atan2(-h,m),this._y=0);break;default:Ke("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,n===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,n){return ng.makeRotationFromQuaternion(e),this.setFromRotationMatrix(ng,t,n)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return ig.setFromEuler(this),this.setFromQuaternion(ig,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};$s.DEFAULT_ORDER="XYZ";var Ao=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},zv=0,sg=new X,lo=new fi,_s=new Et,kl=new X,da=new X,Vv=new X,Hv=new fi,rg=new X(1,0,0),og=new X(0,1,0),ag=new X(0,0,1),lg={type:"added"},Gv={type:"removed"},co={type:"childadded",child:null},Ju={type:"childremoved",child:null},Mi=class i extends ki{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:zv++}),this.uuid=Fo(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=i.DEFAULT_UP.clone();let e=new X,t=new $s,n=new fi,s=new X(1,1,1);function r(){n.setFromEuler(t,!1)}function o(){t.setFromQuaternion(n,void 0,!1)}t._onChange(r),n._onChange(o),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:n},scale:{configurable:!0,enumerable:!0,value:s},modelViewMatrix:{value:new Et},normalMatrix:{value:new st}}),this.matrix=new Et,this.matrixWorld=new Et,this.matrixAutoUpdate=i.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=i.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new Ao,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return lo.setFromAxisAngle(e,t),this.quaternion.multiply(lo),this}rotateOnWorldAxis(e,t){return lo.setFromAxisAngle(e,t),this.quaternion.premultiply(lo),this}rotateX(e){return this.rotateOnAxis(rg,e)}rotateY(e){return this.rotateOnAxis(og,e)}rotateZ(e){return this.rotateOnAxis(ag,e)}translateOnAxis(e,t){return sg.copy(e).applyQuaternion(this.quaternion),this.position.add(sg.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(rg,e)}translateY(e){return this.translateOnAxis(og,e)}translateZ(e){return this.translateOnAxis(ag,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(_s.copy(this.matrixWorld).invert())}lookAt(e,t,n){e.isVector3?kl.copy(e):kl.set(e,t,n);let s=this.parent;this.updateWorldMatrix(!0,!1),da.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?_s.lookAt(da,kl,this.up):_s.lookAt(kl,da,this.up),this.quaternion.setFromRotationMatrix(_s),s&&(_s.extractRotation(s.matrixWorld),lo.setFromRotationMatrix(_s),this.quaternion.premultiply(lo.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(tt("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(lg),co.child=e,this.dispatchEvent(co),co.child=null):tt("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let n=0;n<arguments.length;n++)this.remove(arguments[n]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(Gv),Ju.child=e,this.dispatchEvent(Ju),Ju.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),_s.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),_s.multiply(e.parent.matrixWorld)),e.applyMatrix4(_s),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(lg),co.child=e,this.dispatchEvent(co),co.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let n=0,s=this.children.length;n<s;n++){let o=this.children[n].getObjectByProperty(e,t);if(o!==void 0)return o}}getObjectsByProperty(e,t,n=[]){this[e]===t&&n.push(this);let s=this.children;for(let r=0,o=s.length;r<o;r++)s[r].getObjectsByProperty(e,t,n);return n}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(da,e,Vv),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(da,Hv,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let n=0,s=t.length;n<s;n++)t[n].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let n=0,s=t.length;n<s;n++)t[n].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,n=e.y,s=e.z,r=this.matrix.elements;r[12]+=t-r[0]*t-r[4]*n-r[8]*s,r[13]+=n-r[1]*t-r[5]*n-r[9]*s,r[14]+=s-r[2]*t-r[6]*n-r[10]*s}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let n=0,s=t.length;n<s;n++)t[n].updateMatrixWorld(e)}updateWorldMatrix(e,t,n=!1){let s=this.parent;if(e===!0&&s!==null&&s.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||n)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,n=!0),t===!0){let r=this.children;for(let o=0,a=r.length;o<a;o++)r[o].updateWorldMatrix(!1,!0,n)}}toJSON(e){let t=e===void 0||typeof e=="string",n={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},n.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let s={};s.uuid=this.uuid,s.type=this.type,s.name=this.name,s.castShadow=this.castShadow,s.receiveShadow=this.receiveShadow,s.visible=this.visible,s.frustumCulled=this.frustumCulled,s.renderOrder=this.renderOrder,s.static=this.static,s.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(s.userData=this.userData),s.layers=this.layers.mask,s.matrix=this.matrix.toArray(),s.up=this.up.toArray(),this.pivot!==null&&(s.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(s.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(s.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(s.type="InstancedMesh",s.count=this.count,s.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(s.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(s.type="BatchedMesh",s.perObjectFrustumCulled=this.perObjectFrustumCulled,s.sortObjects=this.sortObjects,s.drawRanges=this._drawRanges,s.reservedRanges=this._reservedRanges,s.geometryInfo=this._geometryInfo.map(a=>({...a,boundingBox:a.boundingBox?a.boundingBox.toJSON():void 0,boundingSphere:a.boundingSphere?a.boundingSphere.toJSON():void 0})),s.instanceInfo=this._instanceInfo.map(a=>({...a})),s.availableInstanceIds=this._availableInstanceIds.slice(),s.availableGeometryIds=this._availableGeometryIds.slice(),s.nextIndexStart=this._nextIndexStart,s.nextVertexStart=this._nextVertexStart,s.geometryCount=this._geometryCount,s.maxInstanceCount=this._maxInstanceCount,s.maxVertexCount=this._maxVertexCount,s.maxIndexCount=this._maxIndexCount,s.geometryInitialized=this._geometryInitialized,s.matricesTexture=this._matricesTexture.toJSON(e),s.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(s.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(s.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(s.boundingBox=this.boundingBox.toJSON()));function r(a,l){return a[l.uuid]===void 0&&(a[l.uuid]=l.toJSON(e)),l.uuid}if(this.isScene)this.background&&(this.background.isColor?s.background=this.background.toJSON():this.background.isTexture&&(s.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(s.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){s.geometry=r(e.geometries,this.geometry);let a=this.geometry.parameters;if(a!==void 0&&a.shapes!==void 0){let l=a.shapes;if(Array.isArray(l))for(let c=0,h=l.length;c<h;c++){let d=l[c];r(e.shapes,d)}else r(e.shapes,l)}}if(this.isSkinnedMesh&&(s.bindMode=this.bindMode,s.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(r(e.skeletons,this.skeleton),s.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let a=[];for(let l=0,c=this.material.length;l<c;l++)a.push(r(e.materials,this.material[l]));s.material=a}else s.material=r(e.materials,this.material);if(this.children.length>0){s.children=[];for(let a=0;a<this.children.length;a++)s.children.push(this.children[a].toJSON(e).object)}if(this.animations.length>0){s.animations=[];for(let a=0;a<this.animations.length;a++){let l=this.animations[a];s.animations.push(r(e.animations,l))}}if(t){let a=o(e.geometries),l=o(e.materials),c=o(e.textures),h=o(e.images),d=o(e.shapes),u=o(e.skeletons),m=o(e.animations),g=o(e.nodes);a.length>0&&(n.geometries=a),l.length>0&&(n.materials=l),c.length>0&&(n.textures=c),h.length>0&&(n.images=h),d.length>0&&(n.shapes=d),u.length>0&&(n.skeletons=u),m.length>0&&(n.animations=m),g.length>0&&(n.nodes=g)}return n.object=s,n;function o(a){let l=[];for(let c in a){let h=a[c];delete h.metadata,l.push(h)}return l}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let n=0;n<e.children.length;n++){let s=e.children[n];this.add(s.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};Mi.DEFAULT_UP=new X(0,1,0);Mi.DEFAULT_MATRIX_AUTO_UPDATE=!0;Mi.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var xr=class extends Mi{constructor(){super(),this.isGroup=!0,this.type="Group"}},Wv={type:"move"},To=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new xr,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new xr,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new X,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new X),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new xr,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new X,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new X,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let n of e.hand.values())this._getHandJoint(t,n)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,n){let s=null,r=null,o=null,a=this._targetRay,l=this._grip,c=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(c&&e.hand){o=!0;for(let S of e.hand.values()){let p=t.getJointPose(S,n),f=this._getHandJoint(c,S);p!==null&&(f.matrix.fromArray(p.transform.matrix),f.matrix.decompose(f.position,f.quaternion,f.scale),f.matrixWorldNeedsUpdate=!0,f.jointRadius=p.radius),f.visible=p!==null}let h=c.joints["index-finger-tip"],d=c.joints["thumb-tip"],u=h.position.distanceTo(d.position),m=.02,g=.005;c.inputState.pinching&&u>m+g?(c.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!c.inputState.pinching&&u<=m-g&&(c.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else l!==null&&e.gripSpace&&(r=t.getPose(e.gripSpace,n),r!==null&&(l.matrix.fromArray(r.transform.matrix),l.matrix.decompose(l.position,l.quaternion,l.scale),l.matrixWorldNeedsUpdate=!0,r.linearVelocity?(l.hasLinearVelocity=!0,l.linearVelocity.copy(r.linearVelocity)):l.hasLinearVelocity=!1,r.angularVelocity?(l.hasAngularVelocity=!0,l.angularVelocity.copy(r.angularVelocity)):l.hasAngularVelocity=!1,l.eventsEnabled&&l.dispatchEvent({type:"gripUpdated",data:e,target:this})));a!==null&&(s=t.getPose(e.targetRaySpace,n),s===null&&r!==null&&(s=r),s!==null&&(a.matrix.fromArray(s.transform.matrix),a.matrix.decompose(a.position,a.quaternion,a.scale),a.matrixWorldNeedsUpdate=!0,s.linearVelocity?(a.hasLinearVelocity=!0,a.linearVelocity.copy(s.linearVelocity)):a.hasLinearVelocity=!1,s.angularVelocity?(a.hasAngularVelocity=!0,a.angularVelocity.copy(s.angularVelocity)):a.hasAngularVelocity=!1,this.dispatchEvent(Wv)))}return a!==null&&(a.visible=s!==null),l!==null&&(l.visible=r!==null),c!==null&&(c.visible=o!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let n=new xr;n.matrixAutoUpdate=!1,n.visible=!1,e.joints[t.jointName]=n,e.add(n)}return e.joints[t.jointName]}},l0={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},Vs={h:0,s:0,l:0},Bl={h:0,s:0,l:0};function ju(i,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?i+(e-i)*6*t:t<1/2?e:t<2/3?i+(e-i)*6*(2/3-t):i}var Mt=class{constructor(e,t,n){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,n)}set(e,t,n){if(t===void 0&&n===void 0){let s=e;s&&s.isColor?this.copy(s):typeof s=="number"?this.setHex(s):typeof s=="string"&&this.setStyle(s)}else this.setRGB(e,t,n);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=ui){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,bt.colorSpaceToWorking(this,t),this}setRGB(e,t,n,s=bt.workingColorSpace){return this.r=e,this.g=t,this.b=n,bt.colorSpaceToWorking(this,s),this}setHSL(e,t,n,s=bt.workingColorSpace){if(e=$d(e,1),t=yt(t,0,1),n=yt(n,0,1),t===0)this.r=this.g=this.b=n;else{let r=n<=.5?n*(1+t):n+t-n*t,o=2*n-r;this.r=ju(o,r,e+1/3),this.g=ju(o,r,e),this.b=ju(o,r,e-1/3)}return bt.colorSpaceToWorking(this,s),this}setStyle(e,t=ui){function n(r){r!==void 0&&parseFloat(r)<1&&Ke("Color: Alpha component of "+e+" will be ignored.")}let s;if(s=/^(\w+)\(([^\)]*)\)/.exec(e)){let r,o=s[1],a=s[2];switch(o){case"rgb":case"rgba":if(r=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setRGB(Math.min(255,parseInt(r[1],10))/255,Math.min(255,parseInt(r[2],10))/255,Math.min(255,parseInt(r[3],10))/255,t);if(r=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setRGB(Math.min(100,parseFloat(r[1]))/100,Math.min(100,parseFloat(r[2]))/100,Math.min(100,parseFloat(r[3]))/100,t);break;case"hsl":case"hsla":if(r=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setHSL(parseFloat(r[1])/360,parseFloat(r[2])/100,parseFloat(r[3])/100,t);break;default:Ke("Color: Unknown color model "+e)}}else if(s=/^\#([A-Fa-f\d]+)$/.exec(e)){let r=s[1],o=r.length;if(o===3)return this.setRGB(parseInt(r.charAt(0),16)/15,parseInt(r.charAt(1),16)/15,parseInt(r.charAt(2),16)/15,t);if(o===6)return this.setHex(parseInt(r,16),t);Ke("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=ui){let n=l0[e.toLowerCase()];return n!==void 0?this.setHex(n,t):Ke("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=bs(e.r),this.g=bs(e.g),this.b=bs(e.b),this}copyLinearToSRGB(e){return this.r=So(e.r),this.g=So(e.g),this.b=So(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=ui){return bt.workingToColorSpace(Fn.copy(this),e),Math.round(yt(Fn.r*255,0,255))*65536+Math.round(yt(Fn.g*255,0,255))*256+Math.round(yt(Fn.b*255,0,255))}getHexString(e=ui){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=bt.workingColorSpace){bt.workingToColorSpace(Fn.copy(this),t);let n=Fn.r,s=Fn.g,r=Fn.b,o=Math.max(n,s,r),a=Math.min(n,s,r),l,c,h=(a+o)/2;if(a===o)l=0,c=0;else{let d=o-a;switch(c=h<=.5?d/(o+a):d/(2-o-a),o){case n:l=(s-r)/d+(s<r?6:0);break;case s:l=(r-n)/d+2;break;case r:l=(n-s)/d+4;break}l/=6}return e.h=l,e.s=c,e.l=h,e}getRGB(e,t=bt.workingColorSpace){return bt.workingToColorSpace(Fn.copy(this),t),e.r=Fn.r,e.g=Fn.g,e.b=Fn.b,e}getStyle(e=ui){bt.workingToColorSpace(Fn.copy(this),e);let t=Fn.r,n=Fn.g,s=Fn.b;return e!==ui?`color(${e} ${t.toFixed(3)} ${n.toFixed(3)} ${s.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(n*255)},${Math.round(s*255)})`}offsetHSL(e,t,n){return this.getHSL(Vs),this.setHSL(Vs.h+e,Vs.s+t,Vs.l+n)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,n){return this.r=e.r+(t.r-e.r)*n,this.g=e.g+(t.g-e.g)*n,this.b=e.b+(t.b-e.b)*n,this}lerpHSL(e,t){this.getHSL(Vs),e.getHSL(Bl);let n=va(Vs.h,Bl.h,t),s=va(Vs.s,Bl.s,t),r=va(Vs.l,Bl.l,t);return this.setHSL(n,s,r),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,n=this.g,s=this.b,r=e.elements;return this.r=r[0]*t+r[3]*n+r[6]*s,this.g=r[1]*t+r[4]*n+r[7]*s,this.b=r[2]*t+r[5]*n+r[8]*s,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},Fn=new Mt;Mt.NAMES=l0;var vr=class extends Mi{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new $s,this.environmentIntensity=1,this.environmentRotation=new $s,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},Ui=new X,ys=new X,Qu=new X,xs=new X,ho=new X,uo=new X,cg=new X,ed=new X,td=new X,nd=new X,id=new Jt,sd=new Jt,rd=new Jt,Xs=class i{constructor(e=new X,t=new X,n=new X){this.a=e,this.b=t,this.c=n}static getNormal(e,t,n,s){s.subVectors(n,t),Ui.subVectors(e,t),s.cross(Ui);let r=s.lengthSq();return r>0?s.multiplyScalar(1/Math.sqrt(r)):s.set(0,0,0)}static getBarycoord(e,t,n,s,r){Ui.subVectors(s,t),ys.subVectors(n,t),Qu.subVectors(e,t);let o=Ui.dot(Ui),a=Ui.dot(ys),l=Ui.dot(Qu),c=ys.dot(ys),h=ys.dot(Qu),d=o*c-a*a;if(d===0)return r.set(0,0,0),null;let u=1/d,m=(c*l-a*h)*u,g=(o*h-a*l)*u;return r.set(1-m-g,g,m)}static containsPoint(e,t,n,s){return this.getBarycoord(e,t,n,s,xs)===null?!1:xs.x>=0&&xs.y>=0&&xs.x+xs.y<=1}static getInterpolation(e,t,n,s,r,o,a,l){return this.getBarycoord(e,t,n,s,xs)===null?(l.x=0,l.y=0,"z"in l&&(l.z=0),"w"in l&&(l.w=0),null):(l.setScalar(0),l.addScaledVector(r,xs.x),l.addScaledVector(o,xs.y),l.addScaledVector(a,xs.z),l)}static getInterpolatedAttribute(e,t,n,s,r,o){return id.setScalar(0),sd.setScalar(0),rd.setScalar(0),id.fromBufferAttribute(e,t),sd.fromBufferAttribute(e,n),rd.fromBufferAttribute(e,s),o.setScalar(0),o.addScaledVector(id,r.x),o.addScaledVector(sd,r.y),o.addScaledVector(rd,r.z),o}static isFrontFacing(e,t,n,s){return Ui.subVectors(n,t),ys.subVectors(e,t),Ui.cross(ys).dot(s)<0}set(e,t,n){return this.a.copy(e),this.b.copy(t),this.c.copy(n),this}setFromPointsAndIndices(e,t,n,s){return this.a.copy(e[t]),this.b.copy(e[n]),this.c.copy(e[s]),this}setFromAttributeAndIndices(e,t,n,s){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,n),this.c.fromBufferAttribute(e,s),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return Ui.subVectors(this.c,this.b),ys.subVectors(this.a,this.b),Ui.cross(ys).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return i.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return i.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,n,s,r){return i.getInterpolation(e,this.a,this.b,this.c,t,n,s,r)}containsPoint(e){return i.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return i.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let n=this.a,s=this.b,r=this.c,o,a;ho.subVectors(s,n),uo.subVectors(r,n),ed.subVectors(e,n);let l=ho.dot(ed),c=uo.dot(ed);if(l<=0&&c<=0)return t.copy(n);td.subVectors(e,s);let h=ho.dot(td),d=uo.dot(td);if(h>=0&&d<=h)return t.copy(s);let u=l*d-h*c;if(u<=0&&l>=0&&h<=0&&l-h>0)return o=l/(l-h),t.copy(n).addScaledVector(ho,o);nd.subVectors(e,r);let m=ho.dot(nd),g=uo.dot(nd);if(g>=0&&m<=g)return t.copy(r);let S=m*c-l*g;if(S<=0&&c>=0&&g<=0)return a=c/(c-g),t.copy(n).addScaledVector(uo,a);let p=h*g-m*d;if(p<=0&&d-h>=0&&m-g>=0)return cg.subVectors(r,s),a=(d-h)/(d-h+(m-g)),t.copy(s).addScaledVector(cg,a);let f=1/(p+S+u);return o=S*f,a=u*f,t.copy(n).addScaledVector(ho,o).addScaledVector(uo,a)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},ts=class{constructor(e=new X(1/0,1/0,1/0),t=new X(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t+=3)this.expandByPoint(Fi.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,n=e.count;t<n;t++)this.expandByPoint(Fi.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let n=Fi.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(n),this.max.copy(e).add(n),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let n=e.geometry;if(n!==void 0){let r=n.getAttribute("position");if(t===!0&&r!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let o=0,a=r.count;o<a;o++)e.isMesh===!0?e.getVertexPosition(o,Fi):Fi.fromBufferAttribute(r,o),Fi.applyMatrix4(e.matrixWorld),this.expandByPoint(Fi);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),zl.copy(e.boundingBox)):(n.boundingBox===null&&n.computeBoundingBox(),zl.copy(n.boundingBox)),zl.applyMatrix4(e.matrixWorld),this.union(zl)}let s=e.children;for(let r=0,o=s.length;r<o;r++)this.expandByObject(s[r],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,Fi),Fi.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,n;return e.normal.x>0?(t=e.normal.x*this.min.x,n=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,n=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,n+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,n+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,n+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,n+=e.normal.z*this.min.z),t<=-e.constant&&n>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(fa),Vl.subVectors(this.max,fa),fo.subVectors(e.a,fa),po.subVectors(e.b,fa),mo.subVectors(e.c,fa),Hs.subVectors(po,fo),Gs.subVectors(mo,po),mr.subVectors(fo,mo);let t=[0,-Hs.z,Hs.y,0,-Gs.z,Gs.y,0,-mr.z,mr.y,Hs.z,0,-Hs.x,Gs.z,0,-Gs.x,mr.z,0,-mr.x,-Hs.y,Hs.x,0,-Gs.y,Gs.x,0,-mr.y,mr.x,0];return!od(t,fo,po,mo,Vl)||(t=[1,0,0,0,1,0,0,0,1],!od(t,fo,po,mo,Vl))?!1:(Hl.crossVectors(Hs,Gs),t=[Hl.x,Hl.y,Hl.z],od(t,fo,po,mo,Vl))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,Fi).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(Fi).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(vs[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),vs[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),vs[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),vs[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),vs[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),vs[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),vs[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),vs[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(vs),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},vs=[new X,new X,new X,new X,new X,new X,new X,new X],Fi=new X,zl=new ts,fo=new X,po=new X,mo=new X,Hs=new X,Gs=new X,mr=new X,fa=new X,Vl=new X,Hl=new X,gr=new X;function od(i,e,t,n,s){for(let r=0,o=i.length-3;r<=o;r+=3){gr.fromArray(i,r);let a=s.x*Math.abs(gr.x)+s.y*Math.abs(gr.y)+s.z*Math.abs(gr.z),l=e.dot(gr),c=t.dot(gr),h=n.dot(gr);if(Math.max(-Math.max(l,c,h),Math.min(l,c,h))>a)return!1}return!0}var fn=new X,Gl=new Je,Xv=0,Jn=class extends ki{constructor(e,t,n=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:Xv++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=n,this.usage=t0,this.updateRanges=[],this.gpuType=Ai,this.version=0,this._normalizationScale=e!==void 0?Yd(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,n){e*=this.itemSize,n*=t.itemSize;for(let s=0,r=this.itemSize;s<r;s++)this.array[e+s]=t.array[n+s];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,n=this.count;t<n;t++)Gl.fromBufferAttribute(this,t),Gl.applyMatrix3(e),this.setXY(t,Gl.x,Gl.y);else if(this.itemSize===3)for(let t=0,n=this.count;t<n;t++)fn.fromBufferAttribute(this,t),fn.applyMatrix3(e),this.setXYZ(t,fn.x,fn.y,fn.z);return this}applyMatrix4(e){for(let t=0,n=this.count;t<n;t++)fn.fromBufferAttribute(this,t),fn.applyMatrix4(e),this.setXYZ(t,fn.x,fn.y,fn.z);return this}applyNormalMatrix(e){for(let t=0,n=this.count;t<n;t++)fn.fromBufferAttribute(this,t),fn.applyNormalMatrix(e),this.setXYZ(t,fn.x,fn.y,fn.z);return this}transformDirection(e){for(let t=0,n=this.count;t<n;t++)fn.fromBufferAttribute(this,t),fn.transformDirection(e),this.setXYZ(t,fn.x,fn.y,fn.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let n=this.array[e*this.itemSize+t];return this.normalized&&(n=this._denormalize(n)),n}setComponent(e,t,n){return this.normalized&&(n=this._normalize(n)),this.array[e*this.itemSize+t]=n,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,n){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n)),this.array[e+0]=t,this.array[e+1]=n,this}setXYZ(e,t,n,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=s,this}setXYZW(e,t,n,s,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),s=this._normalize(s),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=s,this.array[e+3]=r,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):o0(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):a0(e,this.array)}};var Aa=class extends Jn{constructor(e,t,n){super(new Uint16Array(e),t,n)}};var Ta=class extends Jn{constructor(e,t,n){super(new Uint32Array(e),t,n)}};var Cn=class extends Jn{constructor(e,t,n){super(new Float32Array(e),t,n)}},$v=new ts,pa=new X,ad=new X,qs=class{constructor(e=new X,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let n=this.center;t!==void 0?n.copy(t):$v.setFromPoints(e).getCenter(n);let s=0;for(let r=0,o=e.length;r<o;r++)s=Math.max(s,n.distanceToSquared(e[r]));return this.radius=Math.sqrt(s),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let n=this.center.distanceToSquared(e);return t.copy(e),n>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;pa.subVectors(e,this.center);let t=pa.lengthSq();if(t>this.radius*this.radius){let n=Math.sqrt(t),s=(n-this.radius)*.5;this.center.addScaledVector(pa,s/n),this.radius+=s}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(ad.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(pa.copy(e.center).add(ad)),this.expandByPoint(pa.copy(e.center).sub(ad))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},qv=0,Si=new Et,ld=new Mi,go=new X,hi=new ts,ma=new ts,Rn=new X,wi=class i extends ki{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:qv++}),this.uuid=Fo(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(yv(e)?Ta:Aa)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,n=0){this.groups.push({start:e,count:t,materialIndex:n})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let n=this.attributes.normal;if(n!==void 0){let r=new st().getNormalMatrix(e);n.applyNormalMatrix(r),n.needsUpdate=!0}let s=this.attributes.tangent;return s!==void 0&&(s.transformDirection(e),s.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return Si.makeRotationFromQuaternion(e),this.applyMatrix4(Si),this}rotateX(e){return Si.makeRotationX(e),this.applyMatrix4(Si),this}rotateY(e){return Si.makeRotationY(e),this.applyMatrix4(Si),this}rotateZ(e){return Si.makeRotationZ(e),this.applyMatrix4(Si),this}translate(e,t,n){return Si.makeTranslation(e,t,n),this.applyMatrix4(Si),this}scale(e,t,n){return Si.makeScale(e,t,n),this.applyMatrix4(Si),this}lookAt(e){return ld.lookAt(e),ld.updateMatrix(),this.applyMatrix4(ld.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(go).negate(),this.translate(go.x,go.y,go.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let n=[];for(let s=0,r=e.length;s<r;s++){let o=e[s];n.push(o.x,o.y,o.z||0)}this.setAttribute("position",new Cn(n,3))}else{let n=Math.min(e.length,t.count);for(let s=0;s<n;s++){let r=e[s];t.setXYZ(s,r.x,r.y,r.z||0)}e.length>t.count&&Ke("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new ts);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){tt("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new X(-1/0,-1/0,-1/0),new X(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let n=0,s=t.length;n<s;n++){let r=t[n];hi.setFromBufferAttribute(r),this.morphTargetsRelative?(Rn.addVectors(this.boundingBox.min,hi.min),this.boundingBox.expandByPoint(Rn),Rn.addVectors(this.boundingBox.max,hi.max),this.boundingBox.expandByPoint(Rn)):(this.boundingBox.expandByPoint(hi.min),this.boundingBox.expandByPoint(hi.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&tt('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new qs);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){tt("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new X,1/0);return}if(e){let n=this.boundingSphere.center;if(hi.setFromBufferAttribute(e),t)for(let r=0,o=t.length;r<o;r++){let a=t[r];ma.setFromBufferAttribute(a),this.morphTargetsRelative?(Rn.addVectors(hi.min,ma.min),hi.expandByPoint(Rn),Rn.addVectors(hi.max,ma.max),hi.expandByPoint(Rn)):(hi.expandByPoint(ma.min),hi.expandByPoint(ma.max))}hi.getCenter(n);let s=0;for(let r=0,o=e.count;r<o;r++)Rn.fromBufferAttribute(e,r),s=Math.max(s,n.distanceToSquared(Rn));if(t)for(let r=0,o=t.length;r<o;r++){let a=t[r],l=this.morphTargetsRelative;for(let c=0,h=a.count;c<h;c++)Rn.fromBufferAttribute(a,c),l&&(go.fromBufferAttribute(e,c),Rn.add(go)),s=Math.max(s,n.distanceToSquared(Rn))}this.boundingSphere.radius=Math.sqrt(s),isNaN(this.boundingSphere.radius)&&tt('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){tt("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let n=t.position,s=t.normal,r=t.uv,o=this.getAttribute("tangent");(o===void 0||o.count!==n.count)&&(o=new Jn(new Float32Array(4*n.count),4),this.setAttribute("tangent",o));let a=[],l=[],c=new Uint8Array(n.count);for(let O=0;O<n.count;O++)a[O]=new X,l[O]=new X;let h=new X,d=new X,u=new X,m=new Je,g=new Je,S=new Je,p=new X,f=new X;function v(O,I,L){c[O]=c[I]=c[L]=1,h.fromBufferAttribute(n,O),d.fromBufferAttribute(n,I),u.fromBufferAttribute(n,L),m.fromBufferAttribute(r,O),g.fromBufferAttribute(r,I),S.fromBufferAttribute(r,L),d.sub(h),u.sub(h),g.sub(m),S.sub(m);let k=1/(g.x*S.y-S.x*g.y);isFinite(k)&&(p.copy(d).multiplyScalar(S.y).addScaledVector(u,-g.y).multiplyScalar(k),f.copy(u).multiplyScalar(g.x).addScaledVector(d,-S.x).multiplyScalar(k),a[O].add(p),a[I].add(p),a[L].add(p),l[O].add(f),l[I].add(f),l[L].add(f))}let R=this.groups;R.length===0&&(R=[{start:0,count:e.count}]);for(let O=0,I=R.length;O<I;++O){let L=R[O],k=L.start,z=L.count;for(let N=k,H=k+z;N<H;N+=3)v(e.getX(N+0),e.getX(N+1),e.getX(N+2))}let x=new X,T=new X,A=new X,_=new X;function w(O){A.fromBufferAttribute(s,O),_.copy(A);let I=a[O];x.copy(I),x.sub(A.multiplyScalar(A.dot(I))).normalize(),T.crossVectors(_,I);let k=T.dot(l[O])<0?-1:1;o.setXYZW(O,x.x,x.y,x.z,k)}for(let O=0,I=n.count;O<I;++O)c[O]&&w(O);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let n=this.getAttribute("normal");if(n===void 0||n.count!==t.count)n=new Jn(new Float32Array(t.count*3),3),this.setAttribute("normal",n);else for(let u=0,m=n.count;u<m;u++)n.setXYZ(u,0,0,0);let s=new X,r=new X,o=new X,a=new X,l=new X,c=new X,h=new X,d=new X;if(e)for(let u=0,m=e.count;u<m;u+=3){let g=e.getX(u+0),S=e.getX(u+1),p=e.getX(u+2);s.fromBufferAttribute(t,g),r.fromBufferAttribute(t,S),o.fromBufferAttribute(t,p),h.subVectors(o,r),d.subVectors(s,r),h.cross(d),a.fromBufferAttribute(n,g),l.fromBufferAttribute(n,S),c.fromBufferAttribute(n,p),a.add(h),l.add(h),c.add(h),n.setXYZ(g,a.x,a.y,a.z),n.setXYZ(S,l.x,l.y,l.z),n.setXYZ(p,c.x,c.y,c.z)}else for(let u=0,m=t.count;u<m;u+=3)s.fromBufferAttribute(t,u+0),r.fromBufferAttribute(t,u+1),o.fromBufferAttribute(t,u+2),h.subVectors(o,r),d.subVectors(s,r),h.cross(d),n.setXYZ(u+0,h.x,h.y,h.z),n.setXYZ(u+1,h.x,h.y,h.z),n.setXYZ(u+2,h.x,h.y,h.z);this.normalizeNormals(),n.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,n=e.count;t<n;t++)Rn.fromBufferAttribute(e,t),Rn.normalize(),e.setXYZ(t,Rn.x,Rn.y,Rn.z)}toNonIndexed(){function e(a,l){let c=a.array,h=a.itemSize,d=a.normalized,u=new c.constructor(l.length*h),m=0,g=0;for(let S=0,p=l.length;S<p;S++){a.isInterleavedBufferAttribute?m=l[S]*a.data.stride+a.offset:m=l[S]*h;for(let f=0;f<h;f++)u[g++]=c[m++]}return new Jn(u,h,d)}if(this.index===null)return Ke("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new i,n=this.index.array,s=this.attributes;for(let a in s){let l=s[a],c=e(l,n);t.setAttribute(a,c)}let r=this.morphAttributes;for(let a in r){let l=[],c=r[a];for(let h=0,d=c.length;h<d;h++){let u=c[h],m=e(u,n);l.push(m)}t.morphAttributes[a]=l}t.morphTargetsRelative=this.morphTargetsRelative;let o=this.groups;for(let a=0,l=o.length;a<l;a++){let c=o[a];t.addGroup(c.start,c.count,c.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let l=this.parameters;for(let c in l)l[c]!==void 0&&(e[c]=l[c]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let n=this.attributes;for(let l in n){let c=n[l];e.data.attributes[l]=c.toJSON(e.data)}let s={},r=!1;for(let l in this.morphAttributes){let c=this.morphAttributes[l],h=[];for(let d=0,u=c.length;d<u;d++){let m=c[d];h.push(m.toJSON(e.data))}h.length>0&&(s[l]=h,r=!0)}r&&(e.data.morphAttributes=s,e.data.morphTargetsRelative=this.morphTargetsRelative);let o=this.groups;o.length>0&&(e.data.groups=JSON.parse(JSON.stringify(o)));let a=this.boundingSphere;return a!==null&&(e.data.boundingSphere=a.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let n=e.index;n!==null&&this.setIndex(n.clone());let s=e.attributes;for(let c in s){let h=s[c];this.setAttribute(c,h.clone(t))}let r=e.morphAttributes;for(let c in r){let h=[],d=r[c];for(let u=0,m=d.length;u<m;u++)h.push(d[u].clone(t));this.morphAttributes[c]=h}this.morphTargetsRelative=e.morphTargetsRelative;let o=e.groups;for(let c=0,h=o.length;c<h;c++){let d=o[c];this.addGroup(d.start,d.count,d.materialIndex)}let a=e.boundingBox;a!==null&&(this.boundingBox=a.clone());let l=e.boundingSphere;return l!==null&&(this.boundingSphere=l.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}};var cd=new X,Yv=new X,Zv=new st,di=class{constructor(e=new X(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,n,s){return this.normal.set(e,t,n),this.constant=s,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,n){let s=cd.subVectors(n,t).cross(Yv.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(s,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,n=!0){let s=e.delta(cd),r=this.normal.dot(s);if(r===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let o=-(e.start.dot(this.normal)+this.constant)/r;return n===!0&&(o<0||o>1)?null:t.copy(e.start).addScaledVector(s,o)}intersectsLine(e){let t=this.distanceToPoint(e.start),n=this.distanceToPoint(e.end);return t<0&&n>0||n<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let n=t||Zv.getNormalMatrix(e),s=this.coplanarPoint(cd).applyMatrix4(e),r=this.normal.applyMatrix3(n).normalize();return this.constant=-s.dot(r),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},Kv=0,Sr=class extends ki{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:Kv++}),this.uuid=Fo(),this.name="",this.type="Material",this.blending=Do,this.side=er,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=Md,this.blendDst=wd,this.blendEquation=Er,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new Mt(0,0,0),this.blendAlpha=0,this.depthFunc=bo,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=Zg,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=rc,this.stencilZFail=rc,this.stencilZPass=rc,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let n=e[t];if(n===void 0){Ke(`Material: parameter '${t}' has value of undefined.`);continue}let s=this[t];if(s===void 0){Ke(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}s&&s.isColor?s.set(n):s&&s.isVector2&&n&&n.isVector2||s&&s.isEuler&&n&&n.isEuler||s&&s.isVector3&&n&&n.isVector3?s.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let n={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};n.uuid=this.uuid,n.type=this.type,n.blending=this.blending,n.side=this.side,n.shadowSide=this.shadowSide,n.vertexColors=this.vertexColors,n.opacity=this.opacity,n.transparent=this.transparent,n.blendSrc=this.blendSrc,n.blendDst=this.blendDst,n.blendEquation=this.blendEquation,n.blendSrcAlpha=this.blendSrcAlpha,n.blendDstAlpha=this.blendDstAlpha,n.blendEquationAlpha=this.blendEquationAlpha,n.blendColor=this.blendColor.getHex(),n.blendAlpha=this.blendAlpha,n.depthFunc=this.depthFunc,n.depthTest=this.depthTest,n.depthWrite=this.depthWrite,n.colorWrite=this.colorWrite,n.clipIntersection=this.clipIntersection,n.clipShadows=this.clipShadows,n.stencilWriteMask=this.stencilWriteMask,n.stencilFunc=this.stencilFunc,n.stencilRef=this.stencilRef,n.stencilFuncMask=this.stencilFuncMask,n.stencilFail=this.stencilFail,n.stencilZFail=this.stencilZFail,n.stencilZPass=this.stencilZPass,n.stencilWrite=this.stencilWrite,n.polygonOffset=this.polygonOffset,n.polygonOffsetFactor=this.polygonOffsetFactor,n.polygonOffsetUnits=this.polygonOffsetUnits,n.dithering=this.dithering,n.alphaTest=this.alphaTest,n.alphaHash=this.alphaHash,n.alphaToCoverage=this.alphaToCoverage,n.premultipliedAlpha=this.premultipliedAlpha,n.forceSinglePass=this.forceSinglePass,n.allowOverride=this.allowOverride,n.visible=this.visible,n.toneMapped=this.toneMapped,n.name=this.name,this.color&&this.color.isColor&&(n.color=this.color.getHex()),this.roughness!==void 0&&(n.roughness=this.roughness),this.metalness!==void 0&&(n.metalness=this.metalness),this.sheen!==void 0&&(n.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(n.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(n.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(n.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(n.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(n.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(n.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(n.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(n.shininess=this.shininess),this.clearcoat!==void 0&&(n.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(n.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(n.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(n.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(n.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(n.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(n.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,n.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(n.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(n.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(n.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(n.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(n.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(n.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(n.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(n.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(n.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(n.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(n.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(n.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(n.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(n.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(n.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(n.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(n.lightMap=this.lightMap.toJSON(e).uuid,n.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(n.aoMap=this.aoMap.toJSON(e).uuid,n.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(n.bumpMap=this.bumpMap.toJSON(e).uuid,n.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(n.normalMap=this.normalMap.toJSON(e).uuid,n.normalMapType=this.normalMapType,n.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(n.displacementMap=this.displacementMap.toJSON(e).uuid,n.displacementScale=this.displacementScale,n.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(n.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(n.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(n.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(n.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(n.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(n.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(n.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(n.combine=this.combine)),this.envMapRotation!==void 0&&(n.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(n.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(n.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(n.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(n.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(n.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(n.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(n.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(n.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(n.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(n.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(n.size=this.size),this.sizeAttenuation!==void 0&&(n.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(n.clippingPlanes=this.clippingPlanes.map(r=>r.toJSON())),this.rotation!==void 0&&(n.rotation=this.rotation),this.depthPacking!==void 0&&(n.depthPacking=this.depthPacking),this.linewidth!==void 0&&(n.linewidth=this.linewidth),this.linecap!==void 0&&(n.linecap=this.linecap),this.linejoin!==void 0&&(n.linejoin=this.linejoin),this.dashSize!==void 0&&(n.dashSize=this.dashSize),this.gapSize!==void 0&&(n.gapSize=this.gapSize),this.scale!==void 0&&(n.scale=this.scale),this.wireframe!==void 0&&(n.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(n.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(n.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(n.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(n.flatShading=this.flatShading),this.fog!==void 0&&(n.fog=this.fog),Object.keys(this.userData).length>0&&(n.userData=this.userData);function s(r){let o=[];for(let a in r){let l=r[a];delete l.metadata,o.push(l)}return o}if(t){let r=s(e.textures),o=s(e.images);r.length>0&&(n.textures=r),o.length>0&&(n.images=o)}return n}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new Mt().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(n=>new di().fromJSON(n))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let n=e.normalScale;Array.isArray(n)===!1&&(n=[n,n]),this.normalScale=new Je().fromArray(n)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new Je().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,n=null;if(t!==null){let s=t.length;n=new Array(s);for(let r=0;r!==s;++r)n[r]=t[r].clone()}return this.clippingPlanes=n,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}};var Ss=new X,hd=new X,Wl=new X,Xl=new X,br=class{constructor(e=new X,t=new X(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,Ss)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let n=t.dot(this.direction);return n<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,n)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=Ss.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(Ss.copy(this.origin).addScaledVector(this.direction,t),Ss.distanceToSquared(e))}distanceSqToSegment(e,t,n,s){hd.copy(e).add(t).multiplyScalar(.5),Wl.copy(t).sub(e).normalize(),Xl.copy(this.origin).sub(hd);let r=e.distanceTo(t)*.5,o=-this.direction.dot(Wl),a=Xl.dot(this.direction),l=-Xl.dot(Wl),c=Xl.lengthSq(),h=Math.abs(1-o*o),d,u,m,g;if(h>0)if(d=o*l-a,u=o*a-l,g=r*h,d>=0)if(u>=-g)if(u<=g){let S=1/h;d*=S,u*=S,m=d*(d+o*u+2*a)+u*(o*d+u+2*l)+c}else u=r,d=Math.max(0,-(o*u+a)),m=-d*d+u*(u+2*l)+c;else u=-r,d=Math.max(0,-(o*u+a)),m=-d*d+u*(u+2*l)+c;else u<=-g?(d=Math.max(0,-(-o*r+a)),u=d>0?-r:Math.min(Math.max(-r,-l),r),m=-d*d+u*(u+2*l)+c):u<=g?(d=0,u=Math.min(Math.max(-r,-l),r),m=u*(u+2*l)+c):(d=Math.max(0,-(o*r+a)),u=d>0?r:Math.min(Math.max(-r,-l),r),m=-d*d+u*(u+2*l)+c);else u=o>0?-r:r,d=Math.max(0,-(o*u+a)),m=-d*d+u*(u+2*l)+c;return n&&n.copy(this.origin).addScaledVector(this.direction,d),s&&s.copy(hd).addScaledVector(Wl,u),m}intersectSphere(e,t){if(e.radius<0)return null;Ss.subVectors(e.center,this.origin);let n=Ss.dot(this.direction),s=Ss.dot(Ss)-n*n,r=e.radius*e.radius;if(s>r)return null;let o=Math.sqrt(r-s),a=n-o,l=n+o;return l<0?null:a<0?this.at(l,t):this.at(a,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let n=-(this.origin.dot(e.normal)+e.constant)/t;return n>=0?n:null}intersectPlane(e,t){let n=this.distanceToPlane(e);return n===null?null:this.at(n,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let n,s,r,o,a,l,c=1/this.direction.x,h=1/this.direction.y,d=1/this.direction.z,u=this.origin;return c>=0?(n=(e.min.x-u.x)*c,s=(e.max.x-u.x)*c):(n=(e.max.x-u.x)*c,s=(e.min.x-u.x)*c),h>=0?(r=(e.min.y-u.y)*h,o=(e.max.y-u.y)*h):(r=(e.max.y-u.y)*h,o=(e.min.y-u.y)*h),n>o||r>s||((r>n||isNaN(n))&&(n=r),(o<s||isNaN(s))&&(s=o),d>=0?(a=(e.min.z-u.z)*d,l=(e.max.z-u.z)*d):(a=(e.max.z-u.z)*d,l=(e.min.z-u.z)*d),n>l||a>s)||((a>n||n!==n)&&(n=a),(l<s||s!==s)&&(s=l),s<0)?null:this.at(n>=0?n:s,t)}intersectsBox(e){return this.intersectBox(e,Ss)!==null}intersectTriangle(e,t,n,s,r){let o=this.origin,a=this.direction,l=a.x,c=a.y,h=a.z,d=e.x-o.x,u=e.y-o.y,m=e.z-o.z,g=t.x-o.x,S=t.y-o.y,p=t.z-o.z,f=n.x-o.x,v=n.y-o.y,R=n.z-o.z,x=Math.abs(l),T=Math.abs(c),A=Math.abs(h),_,w,O,I,L,k,z,N,H,$,G,le;if(x>=T&&x>=A?(O=l,k=d,H=g,le=f,l>=0?(_=c,w=h,I=u,L=m,z=S,N=p,$=v,G=R):(_=h,w=c,I=m,L=u,z=p,N=S,$=R,G=v)):T>=A?(O=c,k=u,H=S,le=v,c>=0?(_=h,w=l,I=m,L=d,z=p,N=g,$=R,G=f):(_=l,w=h,I=d,L=m,z=g,N=p,$=f,G=R)):(O=h,k=m,H=p,le=R,h>=0?(_=l,w=c,I=d,L=u,z=g,N=S,$=f,G=v):(_=c,w=l,I=u,L=d,z=S,N=g,$=v,G=f)),O===0)return null;let K=_/O,j=w/O,ie=1/O,ue=I-K*k,he=L-j*k,Q=z-K*H,pe=N-j*H,_e=$-K*le,Re=G-j*le,be=_e*pe-Re*Q,Xe=ue*Re-he*_e,at=Q*he-pe*ue;if(s){if(be<0||Xe<0||at<0)return null}else if((be<0||Xe<0||at<0)&&(be>0||Xe>0||at>0))return null;let Ge=be+Xe+at;if(Ge===0)return null;let pt=ie*(be*k+Xe*H+at*le);return(Ge>0?pt<0:pt>0)?null:this.at(pt/Ge,r)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},Ro=class extends Sr{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new Mt(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new $s,this.combine=Ed,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},hg=new Et,_r=new br,$l=new qs,ug=new X,ql=new X,Yl=new X,Zl=new X,ud=new X,Kl=new X,dg=new X,Jl=new X,qn=class extends Mi{constructor(e=new wi,t=new Ro){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let s=t[n[0]];if(s!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=s.length;r<o;r++){let a=s[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=r}}}}getVertexPosition(e,t){let n=this.geometry,s=n.attributes.position,r=n.morphAttributes.position,o=n.morphTargetsRelative;t.fromBufferAttribute(s,e);let a=this.morphTargetInfluences;if(r&&a){Kl.set(0,0,0);for(let l=0,c=r.length;l<c;l++){let h=a[l],d=r[l];h!==0&&(ud.fromBufferAttribute(d,e),o?Kl.addScaledVector(ud,h):Kl.addScaledVector(ud.sub(t),h))}t.add(Kl)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,s=this.material,r=this.matrixWorld;s!==void 0&&(n.boundingSphere===null&&n.computeBoundingSphere(),$l.copy(n.boundingSphere),$l.applyMatrix4(r),_r.copy(e.ray).recast(e.near),!($l.containsPoint(_r.origin)===!1&&(_r.intersectSphere($l,ug)===null||_r.origin.distanceToSquared(ug)>(e.far-e.near)**2))&&(hg.copy(r).invert(),_r.copy(e.ray).applyMatrix4(hg),!(n.boundingBox!==null&&_r.intersectsBox(n.boundingBox)===!1)&&this._computeIntersections(e,t,_r)))}_computeIntersections(e,t,n){let s,r=this.geometry,o=this.material,a=r.index,l=r.attributes.position,c=r.attributes.uv,h=r.attributes.uv1,d=r.attributes.normal,u=r.groups,m=r.drawRange;if(a!==null)if(Array.isArray(o))for(let g=0,S=u.length;g<S;g++){let p=u[g],f=o[p.materialIndex],v=Math.max(p.start,m.start),R=Math.min(a.count,Math.min(p.start+p.count,m.start+m.count));for(let x=v,T=R;x<T;x+=3){let A=a.getX(x),_=a.getX(x+1),w=a.getX(x+2);s=jl(this,f,e,n,c,h,d,A,_,w),s&&(s.faceIndex=Math.floor(x/3),s.face.materialIndex=p.materialIndex,t.push(s))}}else{let g=Math.max(0,m.start),S=Math.min(a.count,m.start+m.count);for(let p=g,f=S;p<f;p+=3){let v=a.getX(p),R=a.getX(p+1),x=a.getX(p+2);s=jl(this,o,e,n,c,h,d,v,R,x),s&&(s.faceIndex=Math.floor(p/3),t.push(s))}}else if(l!==void 0)if(Array.isArray(o))for(let g=0,S=u.length;g<S;g++){let p=u[g],f=o[p.materialIndex],v=Math.max(p.start,m.start),R=Math.min(l.count,Math.min(p.start+p.count,m.start+m.count));for(let x=v,T=R;x<T;x+=3){let A=x,_=x+1,w=x+2;s=jl(this,f,e,n,c,h,d,A,_,w),s&&(s.faceIndex=Math.floor(x/3),s.face.materialIndex=p.materialIndex,t.push(s))}}else{let g=Math.max(0,m.start),S=Math.min(l.count,m.start+m.count);for(let p=g,f=S;p<f;p+=3){let v=p,R=p+1,x=p+2;s=jl(this,o,e,n,c,h,d,v,R,x),s&&(s.faceIndex=Math.floor(p/3),t.push(s))}}}};function Jv(i,e,t,n,s,r,o,a){let l;if(e.side===Dn?l=n.intersectTriangle(o,r,s,!0,a):l=n.intersectTriangle(s,r,o,e.side===er,a),l===null)return null;Jl.copy(a),Jl.applyMatrix4(i.matrixWorld);let c=t.ray.origin.distanceTo(Jl);return c<t.near||c>t.far?null:{distance:c,point:Jl.clone(),object:i}}function jl(i,e,t,n,s,r,o,a,l,c){i.getVertexPosition(a,ql),i.getVertexPosition(l,Yl),i.getVertexPosition(c,Zl);let h=Jv(i,e,t,n,ql,Yl,Zl,dg);if(h){let d=new X;Xs.getBarycoord(dg,ql,Yl,Zl,d),s&&(h.uv=Xs.getInterpolatedAttribute(s,a,l,c,d,new Je)),r&&(h.uv1=Xs.getInterpolatedAttribute(r,a,l,c,d,new Je)),o&&(h.normal=Xs.getInterpolatedAttribute(o,a,l,c,d,new X),h.normal.dot(n.direction)>0&&h.normal.multiplyScalar(-1));let u={a,b:l,c,normal:new X,materialIndex:0};Xs.getNormal(ql,Yl,Zl,u.normal),h.face=u,h.barycoord=d}return h}var ws=class extends jn{constructor(e=null,t=1,n=1,s,r,o,a,l,c=Pn,h=Pn,d,u){super(null,o,a,l,c,h,s,r,d,u),this.isDataTexture=!0,this.image={data:e,width:t,height:n},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var Ys=class extends Jn{constructor(e,t,n,s=1){super(e,t,n),this.isInstancedBufferAttribute=!0,this.meshPerAttribute=s}copy(e){return super.copy(e),this.meshPerAttribute=e.meshPerAttribute,this}toJSON(){let e=super.toJSON();return e.meshPerAttribute=this.meshPerAttribute,e.isInstancedBufferAttribute=!0,e}},_o=new Et,fg=new Et,Ql=[],pg=new ts,jv=new Et,ga=new qn,_a=new qs,Co=class extends qn{constructor(e,t,n){super(e,t),this.isInstancedMesh=!0,this.instanceMatrix=new Ys(new Float32Array(n*16),16),this.instanceColor=null,this.morphTexture=null,this.count=n,this.boundingBox=null,this.boundingSphere=null;for(let s=0;s<n;s++)this.setMatrixAt(s,jv)}computeBoundingBox(){let e=this.geometry,t=this.count;this.boundingBox===null&&(this.boundingBox=new ts),e.boundingBox===null&&e.computeBoundingBox(),this.boundingBox.makeEmpty();for(let n=0;n<t;n++)this.getMatrixAt(n,_o),pg.copy(e.boundingBox).applyMatrix4(_o),this.boundingBox.union(pg)}computeBoundingSphere(){let e=this.geometry,t=this.count;this.boundingSphere===null&&(this.boundingSphere=new qs),e.boundingSphere===null&&e.computeBoundingSphere(),this.boundingSphere.makeEmpty();for(let n=0;n<t;n++)this.getMatrixAt(n,_o),_a.copy(e.boundingSphere).applyMatrix4(_o),this.boundingSphere.union(_a)}copy(e,t){return super.copy(e,t),this.instanceMatrix.copy(e.instanceMatrix),this.morphTexture=e.morphTexture!==null?e.morphTexture.clone():null,this.instanceColor=e.instanceColor!==null?e.instanceColor.clone():null,this.count=e.count,this.boundingBox=e.boundingBox!==null?e.boundingBox.clone():null,this.boundingSphere=e.boundingSphere!==null?e.boundingSphere.clone():null,this}getColorAt(e,t){return this.instanceColor===null?t.setRGB(1,1,1):t.fromArray(this.instanceColor.array,e*3)}getMatrixAt(e,t){return t.fromArray(this.instanceMatrix.array,e*16)}getMorphAt(e,t){let n=t.morphTargetInfluences,s=this.morphTexture.source.data.data,r=n.length+1,o=e*r+1;for(let a=0;a<n.length;a++)n[a]=s[o+a]}raycast(e,t){let n=this.matrixWorld,s=this.count;if(ga.geometry=this.geometry,ga.material=this.material,ga.material!==void 0&&(this.boundingSphere===null&&this.computeBoundingSphere(),_a.copy(this.boundingSphere),_a.applyMatrix4(n),e.ray.intersectsSphere(_a)!==!1))for(let r=0;r<s;r++){this.getMatrixAt(r,_o),fg.multiplyMatrices(n,_o),ga.matrixWorld=fg,ga.raycast(e,Ql);for(let o=0,a=Ql.length;o<a;o++){let l=Ql[o];l.instanceId=r,l.object=this,t.push(l)}Ql.length=0}}setColorAt(e,t){return this.instanceColor===null&&(this.instanceColor=new Ys(new Float32Array(this.instanceMatrix.count*3).fill(1),3)),t.toArray(this.instanceColor.array,e*3),this}setMatrixAt(e,t){return t.toArray(this.instanceMatrix.array,e*16),this}setMorphAt(e,t){let n=t.morphTargetInfluences,s=n.length+1;this.morphTexture===null&&(this.morphTexture=new ws(new Float32Array(s*this.count),s,this.count,Vc,Ai));let r=this.morphTexture.source.data.data,o=0;for(let c=0;c<n.length;c++)o+=n[c];let a=this.geometry.morphTargetsRelative?1:1-o,l=s*e;return r[l]=a,r.set(n,l+1),this}updateMorphTargets(){}dispose(){super.dispose(),this.instanceMatrix.dispose(),this.instanceColor!==null&&this.instanceColor.dispose(),this.morphTexture!==null&&(this.morphTexture.dispose(),this.morphTexture=null)}},yr=new qs,Qv=new Je(.5,.5),ec=new X,Mr=class{constructor(e=new di,t=new di,n=new di,s=new di,r=new di,o=new di){this.planes=[e,t,n,s,r,o]}set(e,t,n,s,r,o){let a=this.planes;return a[0].copy(e),a[1].copy(t),a[2].copy(n),a[3].copy(s),a[4].copy(r),a[5].copy(o),this}copy(e){let t=this.planes;for(let n=0;n<6;n++)t[n].copy(e.planes[n]);return this}setFromProjectionMatrix(e,t=bi,n=!1){let s=this.planes,r=e.elements,o=r[0],a=r[1],l=r[2],c=r[3],h=r[4],d=r[5],u=r[6],m=r[7],g=r[8],S=r[9],p=r[10],f=r[11],v=r[12],R=r[13],x=r[14],T=r[15];if(s[0].setComponents(c-o,m-h,f-g,T-v).normalize(),s[1].setComponents(c+o,m+h,f+g,T+v).normalize(),s[2].setComponents(c+a,m+d,f+S,T+R).normalize(),s[3].setComponents(c-a,m-d,f-S,T-R).normalize(),n)s[4].setComponents(l,u,p,x).normalize(),s[5].setComponents(c-l,m-u,f-p,T-x).normalize();else if(s[4].setComponents(c-l,m-u,f-p,T-x).normalize(),t===bi)s[5].setComponents(c+l,m+u,f+p,T+x).normalize();else if(t===Ma)s[5].setComponents(l,u,p,x).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),yr.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),yr.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(yr)}intersectsSprite(e){yr.center.set(0,0,0);let t=Qv.distanceTo(e.center);return yr.radius=.7071067811865476+t,yr.applyMatrix4(e.matrixWorld),this.intersectsSphere(yr)}intersectsSphere(e){let t=this.planes,n=e.center,s=-e.radius;for(let r=0;r<6;r++)if(t[r].distanceToPoint(n)<s)return!1;return!0}intersectsBox(e){let t=this.planes;for(let n=0;n<6;n++){let s=t[n];if(ec.x=s.normal.x>0?e.max.x:e.min.x,ec.y=s.normal.y>0?e.max.y:e.min.y,ec.z=s.normal.z>0?e.max.z:e.min.z,s.distanceToPoint(ec)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let n=0;n<6;n++)if(t[n].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},mg=new Et,xc=class i{constructor(){this.coordinateSystem=bi,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,n=this._frustums;for(let s=0;s<t.length;s++){let r=t[s];mg.multiplyMatrices(r.projectionMatrix,r.matrixWorldInverse),n[s]===void 0&&(n[s]=new Mr),n[s].setFromProjectionMatrix(mg,r.coordinateSystem,r.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,n=e._frustums;for(let s=0;s<e._count;s++)t[s]===void 0&&(t[s]=new Mr),t[s].copy(n[s]);return this._count=e._count,this}clone(){return new i().copy(this)}};var Ra=class extends jn{constructor(e=[],t=Ar,n,s,r,o,a,l,c,h){super(e,t,n,s,r,o,a,l,c,h),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}};var Es=class extends jn{constructor(e,t,n=Bi,s,r,o,a=Pn,l=Pn,c,h=Ms,d=1){if(h!==Ms&&h!==Ts)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let u={width:e,height:t,depth:d};super(u,s,r,o,a,l,h,n,c),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new Eo(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},Ca=class extends Es{constructor(e,t=Bi,n=Ar,s,r,o=Pn,a=Pn,l,c=Ms){let h={width:e,height:e,depth:1},d=[h,h,h,h,h,h];super(e,e,t,n,s,r,o,a,l,c),this.image=d,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},Pa=class extends jn{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},Po=class i extends wi{constructor(e=1,t=1,n=1,s=1,r=1,o=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:n,widthSegments:s,heightSegments:r,depthSegments:o};let a=this;s=Math.floor(s),r=Math.floor(r),o=Math.floor(o);let l=[],c=[],h=[],d=[],u=0,m=0;g("z","y","x",-1,-1,n,t,e,o,r,0),g("z","y","x",1,-1,n,t,-e,o,r,1),g("x","z","y",1,1,e,n,t,s,o,2),g("x","z","y",1,-1,e,n,-t,s,o,3),g("x","y","z",1,-1,e,t,n,s,r,4),g("x","y","z",-1,-1,e,t,-n,s,r,5),this.setIndex(l),this.setAttribute("position",new Cn(c,3)),this.setAttribute("normal",new Cn(h,3)),this.setAttribute("uv",new Cn(d,2));function g(S,p,f,v,R,x,T,A,_,w,O){let I=x/_,L=T/w,k=x/2,z=T/2,N=A/2,H=_+1,$=w+1,G=0,le=0,K=new X;for(let j=0;j<$;j++){let ie=j*L-z;for(let ue=0;ue<H;ue++){let he=ue*I-k;K[S]=he*v,K[p]=ie*R,K[f]=N,c.push(K.x,K.y,K.z),K[S]=0,K[p]=0,K[f]=A>0?1:-1,h.push(K.x,K.y,K.z),d.push(ue/_),d.push(1-j/w),G+=1}}for(let j=0;j<w;j++)for(let ie=0;ie<_;ie++){let ue=u+ie+H*j,he=u+ie+H*(j+1),Q=u+(ie+1)+H*(j+1),pe=u+(ie+1)+H*j;l.push(ue,he,pe),l.push(he,Q,pe),le+=6}a.addGroup(m,le,O),m+=le,u+=G}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}};var Ia=class i extends wi{constructor(e=1,t=1,n=1,s=32,r=1,o=!1,a=0,l=Math.PI*2){super(),this.type="CylinderGeometry",this.parameters={radiusTop:e,radiusBottom:t,height:n,radialSegments:s,heightSegments:r,openEnded:o,thetaStart:a,thetaLength:l};let c=this;s=Math.floor(s),r=Math.floor(r);let h=[],d=[],u=[],m=[],g=0,S=[],p=n/2,f=0;v(),o===!1&&(e>0&&R(!0),t>0&&R(!1)),this.setIndex(h),this.setAttribute("position",new Cn(d,3)),this.setAttribute("normal",new Cn(u,3)),this.setAttribute("uv",new Cn(m,2));function v(){let x=new X,T=new X,A=0,_=(t-e)/n;for(let w=0;w<=r;w++){let O=[],I=w/r,L=I*(t-e)+e;for(let k=0;k<=s;k++){let z=k/s,N=z*l+a,H=Math.sin(N),$=Math.cos(N);T.x=L*H,T.y=-I*n+p,T.z=L*$,d.push(T.x,T.y,T.z),x.set(H,_,$).normalize(),u.push(x.x,x.y,x.z),m.push(z,1-I),O.push(g++)}S.push(O)}for(let w=0;w<s;w++)for(let O=0;O<r;O++){let I=S[O][w],L=S[O+1][w],k=S[O+1][w+1],z=S[O][w+1];(e>0||O!==0)&&(h.push(I,L,z),A+=3),(t>0||O!==r-1)&&(h.push(L,k,z),A+=3)}c.addGroup(f,A,0),f+=A}function R(x){let T=g,A=new Je,_=new X,w=0,O=x===!0?e:t,I=x===!0?1:-1;for(let k=1;k<=s;k++)d.push(0,p*I,0),u.push(0,I,0),m.push(.5,.5),g++;let L=g;for(let k=0;k<=s;k++){let N=k/s*l+a,H=Math.cos(N),$=Math.sin(N);_.x=O*$,_.y=p*I,_.z=O*H,d.push(_.x,_.y,_.z),u.push(0,I,0),A.x=H*.5+.5,A.y=$*.5*I+.5,m.push(A.x,A.y),g++}for(let k=0;k<s;k++){let z=T+k,N=L+k;x===!0?h.push(N,N+1,z):h.push(N+1,N,z),w+=3}c.addGroup(f,w,x===!0?1:2),f+=w}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.radiusTop,e.radiusBottom,e.height,e.radialSegments,e.heightSegments,e.openEnded,e.thetaStart,e.thetaLength)}};var La=class i extends wi{constructor(e=1,t=1,n=1,s=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:n,heightSegments:s};let r=e/2,o=t/2,a=Math.floor(n),l=Math.floor(s),c=a+1,h=l+1,d=e/a,u=t/l,m=[],g=[],S=[],p=[];for(let f=0;f<h;f++){let v=f*u-o;for(let R=0;R<c;R++){let x=R*d-r;g.push(x,-v,0),S.push(0,0,1),p.push(R/a),p.push(1-f/l)}}for(let f=0;f<l;f++)for(let v=0;v<a;v++){let R=v+c*f,x=v+c*(f+1),T=v+1+c*(f+1),A=v+1+c*f;m.push(R,x,A),m.push(x,T,A)}this.setIndex(m),this.setAttribute("position",new Cn(g,3)),this.setAttribute("normal",new Cn(S,3)),this.setAttribute("uv",new Cn(p,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.width,e.height,e.widthSegments,e.heightSegments)}};var Na=class i extends wi{constructor(e=1,t=32,n=16,s=0,r=Math.PI*2,o=0,a=Math.PI){super(),this.type="SphereGeometry",this.parameters={radius:e,widthSegments:t,heightSegments:n,phiStart:s,phiLength:r,thetaStart:o,thetaLength:a},t=Math.max(3,Math.floor(t)),n=Math.max(2,Math.floor(n));let l=Math.min(o+a,Math.PI),c=0,h=[],d=new X,u=new X,m=[],g=[],S=[],p=[];for(let f=0;f<=n;f++){let v=[],R=f/n,x=o+R*a,T=e*Math.cos(x),A=Math.sqrt(e*e-T*T),_=0;f===0&&o===0?_=.5/t:f===n&&l===Math.PI&&(_=-.5/t);for(let w=0;w<=t;w++){let O=w/t,I=s+O*r;d.x=-A*Math.cos(I),d.y=T,d.z=A*Math.sin(I),g.push(d.x,d.y,d.z),u.copy(d).normalize(),S.push(u.x,u.y,u.z),p.push(O+_,1-R),v.push(c++)}h.push(v)}for(let f=0;f<n;f++)for(let v=0;v<t;v++){let R=h[f][v+1],x=h[f][v],T=h[f+1][v],A=h[f+1][v+1];(f!==0||o>0)&&m.push(R,x,A),(f!==n-1||l<Math.PI)&&m.push(x,T,A)}this.setIndex(m),this.setAttribute("position",new Cn(g,3)),this.setAttribute("normal",new Cn(S,3)),this.setAttribute("uv",new Cn(p,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.radius,e.widthSegments,e.heightSegments,e.phiStart,e.phiLength,e.thetaStart,e.thetaLength)}};function Rr(i){let e={};for(let t in i){e[t]={};for(let n in i[t]){let s=i[t][n];if(gg(s))s.isRenderTargetTexture?(Ke("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][n]=null):e[t][n]=s.clone();else if(Array.isArray(s))if(gg(s[0])){let r=[];for(let o=0,a=s.length;o<a;o++)r[o]=s[o].clone();e[t][n]=r}else e[t][n]=s.slice();else e[t][n]=s}}return e}function Bn(i){let e={};for(let t=0;t<i.length;t++){let n=Rr(i[t]);for(let s in n)e[s]=n[s]}return e}function gg(i){return i&&(i.isColor||i.isMatrix3||i.isMatrix4||i.isVector2||i.isVector3||i.isVector4||i.isTexture||i.isQuaternion)}function eS(i){let e=[];for(let t=0;t<i.length;t++)e.push(i[t].clone());return e}function Kd(i){let e=i.getRenderTarget();return e===null?i.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:bt.workingColorSpace}var c0={clone:Rr,merge:Bn},tS=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,nS=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,kn=class extends Sr{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=tS,this.fragmentShader=nS,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=Rr(e.uniforms),this.uniformsGroups=eS(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let s in this.uniforms){let o=this.uniforms[s].value;o&&o.isTexture?t.uniforms[s]={type:"t",value:o.toJSON(e).uuid}:o&&o.isColor?t.uniforms[s]={type:"c",value:o.getHex()}:o&&o.isVector2?t.uniforms[s]={type:"v2",value:o.toArray()}:o&&o.isVector3?t.uniforms[s]={type:"v3",value:o.toArray()}:o&&o.isVector4?t.uniforms[s]={type:"v4",value:o.toArray()}:o&&o.isMatrix3?t.uniforms[s]={type:"m3",value:o.toArray()}:o&&o.isMatrix4?t.uniforms[s]={type:"m4",value:o.toArray()}:t.uniforms[s]={value:o}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let n={};for(let s in this.extensions)this.extensions[s]===!0&&(n[s]=!0);return Object.keys(n).length>0&&(t.extensions=n),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let n in e.uniforms){let s=e.uniforms[n];switch(this.uniforms[n]={},s.type){case"t":this.uniforms[n].value=t[s.value]||null;break;case"c":this.uniforms[n].value=new Mt().setHex(s.value);break;case"v2":this.uniforms[n].value=new Je().fromArray(s.value);break;case"v3":this.uniforms[n].value=new X().fromArray(s.value);break;case"v4":this.uniforms[n].value=new Jt().fromArray(s.value);break;case"m3":this.uniforms[n].value=new st().fromArray(s.value);break;case"m4":this.uniforms[n].value=new Et().fromArray(s.value);break;default:this.uniforms[n].value=s.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let n in e.extensions)this.extensions[n]=e.extensions[n];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},vc=class extends kn{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}};var Sc=class extends Sr{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=qg,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},bc=class extends Sr{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function yo(i,e){return!i||i.constructor===e?i:typeof e.BYTES_PER_ELEMENT=="number"?new e(i):Array.prototype.slice.call(i)}function tc(i){return i!==void 0&&i.inTangents!==void 0&&i.outTangents!==void 0}var Zs=class{constructor(e,t,n,s){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=s!==void 0?s:new t.constructor(n),this.sampleValues=t,this.valueSize=n,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,n=this._cachedIndex,s=t[n],r=t[n-1];n:{e:{let o;t:{i:if(!(e<s)){for(let a=n+2;;){if(s===void 0){if(e<r)break i;return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}if(n===a)break;if(r=s,s=t[++n],e<s)break e}o=t.length;break t}if(!(e>=r)){let a=t[1];e<a&&(n=2,r=a);for(let l=n-2;;){if(r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(n===l)break;if(s=r,r=t[--n-1],e>=r)break e}o=n,n=0;break t}break n}for(;n<o;){let a=n+o>>>1;e<t[a]?o=a:n=a+1}if(s=t[n],r=t[n-1],r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(s===void 0)return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}this._cachedIndex=n,this.intervalChanged_(n,r,s)}return this.interpolate_(n,r,e,s)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,n=this.sampleValues,s=this.valueSize,r=e*s;for(let o=0;o!==s;++o)t[o]=n[r+o];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},Mc=class extends Zs{constructor(e,t,n,s){super(e,t,n,s),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:fd,endingEnd:fd}}intervalChanged_(e,t,n){let s=this.parameterPositions,r=e-2,o=e+1,a=s[r],l=s[o];if(a===void 0)switch(this.getSettings_().endingStart){case pd:r=e,a=2*t-n;break;case md:r=s.length-2,a=t+s[r]-s[r+1];break;default:r=e,a=n}if(l===void 0)switch(this.getSettings_().endingEnd){case pd:o=e,l=2*n-t;break;case md:o=1,l=n+s[1]-s[0];break;default:o=e-1,l=t}let c=(n-t)*.5,h=this.valueSize;this._weightPrev=c/(t-a),this._weightNext=c/(l-n),this._offsetPrev=r*h,this._offsetNext=o*h}interpolate_(e,t,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,h=this._offsetPrev,d=this._offsetNext,u=this._weightPrev,m=this._weightNext,g=(n-t)/(s-t),S=g*g,p=S*g,f=-u*p+2*u*S-u*g,v=(1+u)*p+(-1.5-2*u)*S+(-.5+u)*g+1,R=(-1-m)*p+(1.5+m)*S+.5*g,x=m*p-m*S;for(let T=0;T!==a;++T)r[T]=f*o[h+T]+v*o[c+T]+R*o[l+T]+x*o[d+T];return r}},wc=class extends Zs{constructor(e,t,n,s){super(e,t,n,s)}interpolate_(e,t,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,h=(n-t)/(s-t),d=1-h;for(let u=0;u!==a;++u)r[u]=o[c+u]*d+o[l+u]*h;return r}},Ec=class extends Zs{constructor(e,t,n,s){super(e,t,n,s)}interpolate_(e){return this.copySampleValue_(e-1)}},Ac=class extends Zs{interpolate_(e,t,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,h=this.inTangents,d=this.outTangents;if(!h||!d){let g=(n-t)/(s-t),S=1-g;for(let p=0;p!==a;++p)r[p]=o[c+p]*S+o[l+p]*g;return r}let u=a*2,m=e-1;for(let g=0;g!==a;++g){let S=o[c+g],p=o[l+g],f=m*u+g*2,v=d[f],R=d[f+1],x=e*u+g*2,T=h[x],A=h[x+1],_=sS(n,t,v,T,s);r[g]=h0(_,S,R,A,p)}return r}};function h0(i,e,t,n,s){let r=1-i;return r*r*r*e+3*r*r*i*t+3*r*i*i*n+i*i*i*s}function iS(i,e,t,n,s){let r=1-i;return 3*r*r*(t-e)+6*r*i*(n-t)+3*i*i*(s-n)}function sS(i,e,t,n,s){let r=(i-e)/(s-e);for(let o=0;o<8;o++){let a=h0(r,e,t,n,s)-i;if(Math.abs(a)<1e-10)break;let l=iS(r,e,t,n,s);if(Math.abs(l)<1e-10)break;r=Math.max(0,Math.min(1,r-a/l))}return r}var pi=class{constructor(e,t,n,s){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=yo(t,this.TimeBufferType),this.values=yo(n,this.ValueBufferType),this.setInterpolation(s||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,n;if(t.toJSON!==this.toJSON)n=t.toJSON(e);else{n={name:e.name,times:yo(e.times,Array),values:yo(e.values,Array)};let s=e.getInterpolation();s!==e.DefaultInterpolation&&(n.interpolation=s),tc(e.settings)&&(n.settings={inTangents:yo(e.settings.inTangents,Array),outTangents:yo(e.settings.outTangents,Array)})}return n.type=e.ValueTypeName,n}InterpolantFactoryMethodDiscrete(e){return new Ec(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new wc(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new Mc(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new Ac(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case Sa:t=this.InterpolantFactoryMethodDiscrete;break;case mc:t=this.InterpolantFactoryMethodLinear;break;case sc:t=this.InterpolantFactoryMethodSmooth;break;case dd:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let n="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(n);return Ke("KeyframeTrack:",n),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return Sa;case this.InterpolantFactoryMethodLinear:return mc;case this.InterpolantFactoryMethodSmooth:return sc;case this.InterpolantFactoryMethodBezier:return dd}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let n=0,s=t.length;n!==s;++n)t[n]+=e;tc(this.settings)&&(_g(this.settings.inTangents,e),_g(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let n=0,s=t.length;n!==s;++n)t[n]*=e;tc(this.settings)&&(yg(this.settings.inTangents,e),yg(this.settings.outTangents,e))}return this}trim(e,t){let n=this.times,s=n.length,r=0,o=s-1;for(;r!==s&&n[r]<e;)++r;for(;o!==-1&&n[o]>t;)--o;if(++o,r!==0||o!==s){r>=o&&(o=Math.max(o,1),r=o-1);let a=this.getValueSize();this.times=n.slice(r,o),this.values=this.values.slice(r*a,o*a)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(tt("KeyframeTrack: Invalid value size in track.",this),e=!1);let n=this.times,s=this.values,r=n.length;r===0&&(tt("KeyframeTrack: Track is empty.",this),e=!1);let o=null;for(let a=0;a!==r;a++){let l=n[a];if(typeof l=="number"&&isNaN(l)){tt("KeyframeTrack: Time is not a valid number.",this,a,l),e=!1;break}if(o!==null&&o>l){tt("KeyframeTrack: Out of order keys.",this,a,l,o),e=!1;break}o=l}if(s!==void 0&&xv(s))for(let a=0,l=s.length;a!==l;++a){let c=s[a];if(isNaN(c)){tt("KeyframeTrack: Value is not a valid number.",this,a,c),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),n=this.getValueSize(),s=this.getInterpolation()===sc,r=e.length-1,o=1;for(let a=1;a<r;++a){let l=!1,c=e[a],h=e[a+1];if(c!==h&&(a!==1||c!==e[0]))if(s)l=!0;else{let d=a*n,u=d-n,m=d+n;for(let g=0;g!==n;++g){let S=t[d+g];if(S!==t[u+g]||S!==t[m+g]){l=!0;break}}}if(l){if(a!==o){e[o]=e[a];let d=a*n,u=o*n;for(let m=0;m!==n;++m)t[u+m]=t[d+m]}++o}}if(r>0){e[o]=e[r];for(let a=r*n,l=o*n,c=0;c!==n;++c)t[l+c]=t[a+c];++o}return o!==e.length?(this.times=e.slice(0,o),this.values=t.slice(0,o*n)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),n=this.constructor,s=new n(this.name,e,t);return s.createInterpolant=this.createInterpolant,tc(this.settings)&&(s.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),s}};function _g(i,e){for(let t=0,n=i.length;t!==n;t+=2)i[t]+=e}function yg(i,e){for(let t=0,n=i.length;t!==n;t+=2)i[t]*=e}pi.prototype.ValueTypeName="";pi.prototype.TimeBufferType=Float32Array;pi.prototype.ValueBufferType=Float32Array;pi.prototype.DefaultInterpolation=mc;var Ks=class extends pi{constructor(e,t,n){super(e,t,n)}};Ks.prototype.ValueTypeName="bool";Ks.prototype.ValueBufferType=Array;Ks.prototype.DefaultInterpolation=Sa;Ks.prototype.InterpolantFactoryMethodLinear=void 0;Ks.prototype.InterpolantFactoryMethodSmooth=void 0;var Tc=class extends pi{constructor(e,t,n,s){super(e,t,n,s)}};Tc.prototype.ValueTypeName="color";var Rc=class extends pi{constructor(e,t,n,s){super(e,t,n,s)}};Rc.prototype.ValueTypeName="number";var Cc=class extends Zs{constructor(e,t,n,s){super(e,t,n,s)}interpolate_(e,t,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=(n-t)/(s-t),c=e*a;for(let h=c+a;c!==h;c+=4)fi.slerpFlat(r,0,o,c-a,o,c,l);return r}},Da=class extends pi{constructor(e,t,n,s){super(e,t,n,s)}InterpolantFactoryMethodLinear(e){return new Cc(this.times,this.values,this.getValueSize(),e)}};Da.prototype.ValueTypeName="quaternion";Da.prototype.InterpolantFactoryMethodSmooth=void 0;var Js=class extends pi{constructor(e,t,n){super(e,t,n)}};Js.prototype.ValueTypeName="string";Js.prototype.ValueBufferType=Array;Js.prototype.DefaultInterpolation=Sa;Js.prototype.InterpolantFactoryMethodLinear=void 0;Js.prototype.InterpolantFactoryMethodSmooth=void 0;var Pc=class extends pi{constructor(e,t,n,s){super(e,t,n,s)}};Pc.prototype.ValueTypeName="vector";var Ic=class{constructor(e,t,n){let s=this,r=!1,o=0,a=0,l,c=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=n,this._abortController=null,this.itemStart=function(h){a++,r===!1&&s.onStart!==void 0&&s.onStart(h,o,a),r=!0},this.itemEnd=function(h){o++,s.onProgress!==void 0&&s.onProgress(h,o,a),o===a&&(r=!1,s.onLoad!==void 0&&s.onLoad())},this.itemError=function(h){s.onError!==void 0&&s.onError(h)},this.resolveURL=function(h){return h=h.normalize("NFC"),l?l(h):h},this.setURLModifier=function(h){return l=h,this},this.addHandler=function(h,d){return c.push(h,d),this},this.removeHandler=function(h){let d=c.indexOf(h);return d!==-1&&c.splice(d,2),this},this.getHandler=function(h){for(let d=0,u=c.length;d<u;d+=2){let m=c[d],g=c[d+1];if(m.global&&(m.lastIndex=0),m.test(h))return g}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},u0=new Ic,Lc=class{constructor(e){this.manager=e!==void 0?e:u0,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let n=this;return new Promise(function(s,r){n.load(e,s,t,r)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};Lc.DEFAULT_MATERIAL_NAME="__DEFAULT";var nc=new X,ic=new fi,ji=new X,Oa=class extends Mi{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new Et,this.projectionMatrix=new Et,this.projectionMatrixInverse=new Et,this.coordinateSystem=bi,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(nc,ic,ji),ji.x===1&&ji.y===1&&ji.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(nc,ic,ji.set(1,1,1)).invert()}updateWorldMatrix(e,t,n=!1){super.updateWorldMatrix(e,t,n),this.matrixWorld.decompose(nc,ic,ji),ji.x===1&&ji.y===1&&ji.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(nc,ic,ji.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},Ws=new X,xg=new Je,vg=new Je,Nn=class extends Oa{constructor(e=50,t=1,n=.1,s=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=n,this.far=s,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=wo*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(xa*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return wo*2*Math.atan(Math.tan(xa*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,n){Ws.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(Ws.x,Ws.y).multiplyScalar(-e/Ws.z),Ws.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),n.set(Ws.x,Ws.y).multiplyScalar(-e/Ws.z)}getViewSize(e,t){return this.getViewBounds(e,xg,vg),t.subVectors(vg,xg)}setViewOffset(e,t,n,s,r,o){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=s,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(xa*.5*this.fov)/this.zoom,n=2*t,s=this.aspect*n,r=-.5*s,o=this.view;if(this.view!==null&&this.view.enabled){let l=o.fullWidth,c=o.fullHeight;r+=o.offsetX*s/l,t-=o.offsetY*n/c,s*=o.width/l,n*=o.height/c}let a=this.filmOffset;a!==0&&(r+=e*a/this.getFilmWidth()),this.projectionMatrix.makePerspective(r,r+s,t,t-n,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}};var Nc=class extends Oa{constructor(e=-1,t=1,n=1,s=-1,r=.1,o=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=n,this.bottom=s,this.near=r,this.far=o,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,n,s,r,o){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=s,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),n=(this.right+this.left)/2,s=(this.top+this.bottom)/2,r=n-e,o=n+e,a=s+t,l=s-t;if(this.view!==null&&this.view.enabled){let c=(this.right-this.left)/this.view.fullWidth/this.zoom,h=(this.top-this.bottom)/this.view.fullHeight/this.zoom;r+=c*this.view.offsetX,o=r+c*this.view.width,a-=h*this.view.offsetY,l=a-h*this.view.height}this.projectionMatrix.makeOrthographic(r,o,a,l,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}};var xo=-90,vo=1,Io=class extends Mi{constructor(e,t,n){super(),this.type="CubeCamera",this.renderTarget=n,this.coordinateSystem=null,this.activeMipmapLevel=0;let s=new Nn(xo,vo,e,t);s.layers=this.layers,this.add(s);let r=new Nn(xo,vo,e,t);r.layers=this.layers,this.add(r);let o=new Nn(xo,vo,e,t);o.layers=this.layers,this.add(o);let a=new Nn(xo,vo,e,t);a.layers=this.layers,this.add(a);let l=new Nn(xo,vo,e,t);l.layers=this.layers,this.add(l);let c=new Nn(xo,vo,e,t);c.layers=this.layers,this.add(c)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[n,s,r,o,a,l]=t;for(let c of t)this.remove(c);if(e===bi)n.up.set(0,1,0),n.lookAt(1,0,0),s.up.set(0,1,0),s.lookAt(-1,0,0),r.up.set(0,0,-1),r.lookAt(0,1,0),o.up.set(0,0,1),o.lookAt(0,-1,0),a.up.set(0,1,0),a.lookAt(0,0,1),l.up.set(0,1,0),l.lookAt(0,0,-1);else if(e===Ma)n.up.set(0,-1,0),n.lookAt(-1,0,0),s.up.set(0,-1,0),s.lookAt(1,0,0),r.up.set(0,0,1),r.lookAt(0,1,0),o.up.set(0,0,-1),o.lookAt(0,-1,0),a.up.set(0,-1,0),a.lookAt(0,0,1),l.up.set(0,-1,0),l.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let c of t)this.add(c),c.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:n,activeMipmapLevel:s}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[r,o,a,l,c,h]=this.children,d=e.getRenderTarget(),u=e.getActiveCubeFace(),m=e.getActiveMipmapLevel(),g=e.xr.enabled;e.xr.enabled=!1;let S=n.texture.mipmapsAutoUpdate;n.texture.mipmapsAutoUpdate=!1;let p=!1;e.isWebGLRenderer===!0?p=e.state.buffers.depth.getReversed():p=e.reversedDepthBuffer,e.setRenderTarget(n,0,s),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,r),e.setRenderTarget(n,1,s),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(n,2,s),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(n,3,s),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),e.setRenderTarget(n,4,s),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),n.texture.mipmapsAutoUpdate=S,e.setRenderTarget(n,5,s),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,h),e.setRenderTarget(d,u,m),e.xr.enabled=g,n.texture.needsPMREMUpdate=!0}},Dc=class extends Nn{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var Jd="\\[\\]\\.:\\/",rS=new RegExp("["+Jd+"]","g"),jd="[^"+Jd+"]",oS="[^"+Jd.replace("\\.","")+"]",aS=/((?:WC+[\/:])*)/.source.replace("WC",jd),lS=/(WCOD+)?/.source.replace("WCOD",oS),cS=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",jd),hS=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",jd),uS=new RegExp("^"+aS+lS+cS+hS+"$"),dS=["material","materials","bones","map"],gd=class{constructor(e,t,n){let s=n||qt.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,s)}getValue(e,t){this.bind();let n=this._targetGroup.nCachedObjects_,s=this._bindings[n];s!==void 0&&s.getValue(e,t)}setValue(e,t){let n=this._bindings;for(let s=this._targetGroup.nCachedObjects_,r=n.length;s!==r;++s)n[s].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].unbind()}},qt=class i{constructor(e,t,n){this.path=t,this.parsedPath=n||i.parseTrackName(t),this.node=i.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,n){return e&&e.isAnimationObjectGroup?new i.Composite(e,t,n):new i(e,t,n)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(rS,"")}static parseTrackName(e){let t=uS.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let n={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},s=n.nodeName&&n.nodeName.lastIndexOf(".");if(s!==void 0&&s!==-1){let r=n.nodeName.substring(s+1);dS.indexOf(r)!==-1&&(n.nodeName=n.nodeName.substring(0,s),n.objectName=r)}if(n.propertyName===null||n.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return n}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let n=e.skeleton.getBoneByName(t);if(n!==void 0)return n}if(e.children){let n=function(r){for(let o=0;o<r.length;o++){let a=r[o];if(a.name===t||a.uuid===t)return a;let l=n(a.children);if(l)return l}return null},s=n(e.children);if(s)return s}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)e[t++]=n[s]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,n=t.objectName,s=t.propertyName,r=t.propertyIndex;if(e||(e=i.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){Ke("PropertyBinding: No target node found for track: "+this.path+".");return}if(n){let c=t.objectIndex;switch(n){case"materials":if(!e.material){tt("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){tt("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){tt("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let h=0;h<e.length;h++)if(e[h].name===c){c=h;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){tt("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){tt("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[n]===void 0){tt("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[n]}if(c!==void 0){if(e[c]===void 0){tt("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[c]}}let o=e[s];if(o===void 0){let c=t.nodeName;tt("PropertyBinding: Trying to update property for track: "+c+"."+s+" but it wasn't found.",e);return}let a=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?a=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(a=this.Versioning.MatrixWorldNeedsUpdate);let l=this.BindingType.Direct;if(r!==void 0){if(s==="morphTargetInfluences"){if(!e.geometry){tt("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){tt("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[r]!==void 0&&(r=e.morphTargetDictionary[r])}l=this.BindingType.ArrayElement,this.resolvedProperty=o,this.propertyIndex=r}else o.fromArray!==void 0&&o.toArray!==void 0?(l=this.BindingType.HasFromToArray,this.resolvedProperty=o):Array.isArray(o)?(l=this.BindingType.EntireArray,this.resolvedProperty=o):this.propertyName=s;this.getValue=this.GetterByBindingType[l],this.setValue=this.SetterByBindingTypeAndVersioning[l][a]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};qt.Composite=gd;qt.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};qt.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};qt.prototype.GetterByBindingType=[qt.prototype._getValue_direct,qt.prototype._getValue_array,qt.prototype._getValue_arrayElement,qt.prototype._getValue_toArray];qt.prototype.SetterByBindingTypeAndVersioning=[[qt.prototype._setValue_direct,qt.prototype._setValue_direct_setNeedsUpdate,qt.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[qt.prototype._setValue_array,qt.prototype._setValue_array_setNeedsUpdate,qt.prototype._setValue_array_setMatrixWorldNeedsUpdate],[qt.prototype._setValue_arrayElement,qt.prototype._setValue_arrayElement_setNeedsUpdate,qt.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[qt.prototype._setValue_fromArray,qt.prototype._setValue_fromArray_setNeedsUpdate,qt.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var iT=new Float32Array(1);var Sg=new Et,Ua=class{constructor(e,t,n=0,s=1/0){this.ray=new br(e,t),this.near=n,this.far=s,this.camera=null,this.layers=new Ao,this.params={Mesh:{},Line:{threshold:1},LOD:{},Points:{threshold:1},Sprite:{}}}set(e,t){this.ray.set(e,t)}setFromCamera(e,t){t.isPerspectiveCamera?(this.ray.origin.setFromMatrixPosition(t.matrixWorld),this.ray.direction.set(e.x,e.y,.5).unproject(t).sub(this.ray.origin).normalize(),this.camera=t):t.isOrthographicCamera?(this.ray.origin.set(e.x,e.y,t.projectionMatrix.elements[14]).unproject(t),this.ray.direction.set(0,0,-1).transformDirection(t.matrixWorld),this.camera=t):tt("Raycaster: Unsupported camera type: "+t.type)}setFromXRController(e){return Sg.identity().extractRotation(e.matrixWorld),this.ray.origin.setFromMatrixPosition(e.matrixWorld),this.ray.direction.set(0,0,-1).applyMatrix4(Sg),this}intersectObject(e,t=!0,n=[]){return _d(e,this,n,t),n.sort(bg),n}intersectObjects(e,t=!0,n=[]){for(let s=0,r=e.length;s<r;s++)_d(e[s],this,n,t);return n.sort(bg),n}};function bg(i,e){return i.distance-e.distance}function _d(i,e,t,n){let s=!0;if(i.layers.test(e.layers)&&i.raycast(e,t)===!1&&(s=!1),s===!0&&n===!0){let r=i.children;for(let o=0,a=r.length;o<a;o++)_d(r[o],e,t,!0)}}var Lo=class{constructor(e=1,t=0,n=0){this.radius=e,this.phi=t,this.theta=n}set(e,t,n){return this.radius=e,this.phi=t,this.theta=n,this}copy(e){return this.radius=e.radius,this.phi=e.phi,this.theta=e.theta,this}makeSafe(){return this.phi=yt(this.phi,1e-6,Math.PI-1e-6),this}setFromVector3(e){return this.setFromCartesianCoords(e.x,e.y,e.z)}setFromCartesianCoords(e,t,n){return this.radius=Math.sqrt(e*e+t*t+n*n),this.radius===0?(this.theta=0,this.phi=0):(this.theta=Math.atan2(e,n),this.phi=Math.acos(yt(t/this.radius,-1,1))),this}clone(){return new this.constructor().copy(this)}};var yd=class{static{this.prototype.isMatrix2=!0}constructor(e,t,n,s){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,n,s)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let n=0;n<4;n++)this.elements[n]=e[n+t];return this}set(e,t,n,s){let r=this.elements;return r[0]=e,r[2]=t,r[1]=n,r[3]=s,this}};var Fa=class extends ki{constructor(e,t=null){super(),this.object=e,this.domElement=t,this.enabled=!0,this.state=-1,this.keys={},this.mouseButtons={LEFT:null,MIDDLE:null,RIGHT:null},this.touches={ONE:null,TWO:null}}connect(e){this.domElement!==null&&this.disconnect(),this.domElement=e}disconnect(){}dispose(){}update(){}};function Qd(i,e,t,n){let s=fS(n);switch(t){case kd:return i*e;case Vc:return i*e/s.components*s.byteLength;case Hc:return i*e/s.components*s.byteLength;case tr:return i*e*2/s.components*s.byteLength;case Gc:return i*e*2/s.components*s.byteLength;case Bd:return i*e*3/s.components*s.byteLength;case Yn:return i*e*4/s.components*s.byteLength;case Wc:return i*e*4/s.components*s.byteLength;case za:case Va:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*8;case Ha:case Ga:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case $c:case Yc:return Math.max(i,16)*Math.max(e,8)/4;case Xc:case qc:return Math.max(i,8)*Math.max(e,8)/2;case Zc:case Kc:case jc:case Qc:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*8;case Jc:case Wa:case eh:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case th:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case nh:return Math.floor((i+4)/5)*Math.floor((e+3)/4)*16;case ih:return Math.floor((i+4)/5)*Math.floor((e+4)/5)*16;case sh:return Math.floor((i+5)/6)*Math.floor((e+4)/5)*16;case rh:return Math.floor((i+5)/6)*Math.floor((e+5)/6)*16;case oh:return Math.floor((i+7)/8)*Math.floor((e+4)/5)*16;case ah:return Math.floor((i+7)/8)*Math.floor((e+5)/6)*16;case lh:return Math.floor((i+7)/8)*Math.floor((e+7)/8)*16;case ch:return Math.floor((i+9)/10)*Math.floor((e+4)/5)*16;case hh:return Math.floor((i+9)/10)*Math.floor((e+5)/6)*16;case uh:return Math.floor((i+9)/10)*Math.floor((e+7)/8)*16;case dh:return Math.floor((i+9)/10)*Math.floor((e+9)/10)*16;case fh:return Math.floor((i+11)/12)*Math.floor((e+9)/10)*16;case ph:return Math.floor((i+11)/12)*Math.floor((e+11)/12)*16;case mh:case gh:case _h:return Math.ceil(i/4)*Math.ceil(e/4)*16;case yh:case xh:return Math.ceil(i/4)*Math.ceil(e/4)*8;case Xa:case vh:return Math.ceil(i/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function fS(i){switch(i){case mi:case Dd:return{byteLength:1,components:1};case Uo:case Od:case zi:return{byteLength:2,components:1};case Bc:case zc:return{byteLength:2,components:4};case Bi:case kc:case Ai:return{byteLength:4,components:1};case Ud:case Fd:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${i}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?Ke("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function N0(){let i=null,e=!1,t=null,n=null;function s(r,o){n=i.requestAnimationFrame(s),t(r,o)}return{start:function(){e!==!0&&t!==null&&i!==null&&(n=i.requestAnimationFrame(s),e=!0)},stop:function(){i!==null&&i.cancelAnimationFrame(n),e=!1},setAnimationLoop:function(r){t=r},setContext:function(r){i=r}}}function mS(i){let e=new WeakMap;function t(a,l){let c=a.array,h=a.usage,d=c.byteLength,u=i.createBuffer();i.bindBuffer(l,u),i.bufferData(l,c,h),a.onUploadCallback();let m;if(c instanceof Float32Array)m=i.FLOAT;else if(typeof Float16Array<"u"&&c instanceof Float16Array)m=i.HALF_FLOAT;else if(c instanceof Uint16Array)a.isFloat16BufferAttribute?m=i.HALF_FLOAT:m=i.UNSIGNED_SHORT;else if(c instanceof Int16Array)m=i.SHORT;else if(c instanceof Uint32Array)m=i.UNSIGNED_INT;else if(c instanceof Int32Array)m=i.INT;else if(c instanceof Int8Array)m=i.BYTE;else if(c instanceof Uint8Array)m=i.UNSIGNED_BYTE;else if(c instanceof Uint8ClampedArray)m=i.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+c);return{buffer:u,type:m,bytesPerElement:c.BYTES_PER_ELEMENT,version:a.version,size:d}}function n(a,l,c){let h=l.array,d=l.updateRanges;if(i.bindBuffer(c,a),d.length===0)i.bufferSubData(c,0,h);else{d.sort((m,g)=>m.start-g.start);let u=0;for(let m=1;m<d.length;m++){let g=d[u],S=d[m];S.start<=g.start+g.count+1?g.count=Math.max(g.count,S.start+S.count-g.start):(++u,d[u]=S)}d.length=u+1;for(let m=0,g=d.length;m<g;m++){let S=d[m];i.bufferSubData(c,S.start*h.BYTES_PER_ELEMENT,h,S.start,S.count)}l.clearUpdateRanges()}l.onUploadCallback()}function s(a){return a.isInterleavedBufferAttribute&&(a=a.data),e.get(a)}function r(a){a.isInterleavedBufferAttribute&&(a=a.data);let l=e.get(a);l&&(i.deleteBuffer(l.buffer),e.delete(a))}function o(a,l){if(a.isInterleavedBufferAttribute&&(a=a.data),a.isGLBufferAttribute){let h=e.get(a);(!h||h.version<a.version)&&e.set(a,{buffer:a.buffer,type:a.type,bytesPerElement:a.elementSize,version:a.version});return}let c=e.get(a);if(c===void 0)e.set(a,t(a,l));else if(c.version<a.version){if(c.size!==a.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");n(c.buffer,a,l),c.version=a.version}}return{get:s,remove:r,update:o}}var gS=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,_S=`#ifdef USE_ALPHAHASH
	const float ALPHA_HASH_SCALE = 0.05;
	float hash2D( vec2 value ) {
		return fract( 1.0e4 * sin( 17.0 * value.x + 0.1 * value.y ) * ( 0.1 + abs( sin( 13.0 * value.y + value.x ) ) ) );
	}
	float hash3D( vec3 value ) {
		return hash2D( vec2( hash2D( value.xy ), value.z ) );
	}
	float getAlphaHashThreshold( vec3 position ) {
		float maxDeriv = max(
			length( dFdx( position.xyz ) ),
			length( dFdy( position.xyz ) )
		);
		float pixScale = 1.0 / ( ALPHA_HASH_SCALE * maxDeriv );
		vec2 pixScales = vec2(
			exp2( floor( log2( pixScale ) ) ),
			exp2( ceil( log2( pixScale ) ) )
		);
		vec2 alpha = vec2(
			hash3D( floor( pixScales.x * position.xyz ) ),
			hash3D( floor( pixScales.y * position.xyz ) )
		);
		float lerpFactor = fract( log2( pixScale ) );
		float x = ( 1.0 - lerpFactor ) * alpha.x + lerpFactor * alpha.y;
		float a = min( lerpFactor, 1.0 - lerpFactor );
		vec3 cases = vec3(
			x * x / ( 2.0 * a * ( 1.0 - a ) ),
			( x - 0.5 * a ) / ( 1.0 - a ),
			1.0 - ( ( 1.0 - x ) * ( 1.0 - x ) / ( 2.0 * a * ( 1.0 - a ) ) )
		);
		float threshold = ( x < ( 1.0 - a ) )
			? ( ( x < a ) ? cases.x : cases.y )
			: cases.z;
		return clamp( threshold , 1.0e-6, 1.0 );
	}
#endif`,yS=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,xS=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,vS=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,SS=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,bS=`#ifdef USE_AOMAP
	float ambientOcclusion = ( texture2D( aoMap, vAoMapUv ).r - 1.0 ) * aoMapIntensity + 1.0;
	reflectedLight.indirectDiffuse *= ambientOcclusion;
	#if defined( USE_CLEARCOAT ) 
		clearcoatSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_SHEEN ) 
		sheenSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_ENVMAP ) && defined( STANDARD )
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		reflectedLight.indirectSpecular *= computeSpecularOcclusion( dotNV, ambientOcclusion, material.roughness );
	#endif
#endif`,MS=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,wS=`#ifdef USE_BATCHING
	#if ! defined( GL_ANGLE_multi_draw )
	#define gl_DrawID _gl_DrawID
	uniform int _gl_DrawID;
	#endif
	uniform highp sampler2D batchingTexture;
	uniform highp usampler2D batchingIdTexture;
	mat4 getBatchingMatrix( const in float i ) {
		int size = textureSize( batchingTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( batchingTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( batchingTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( batchingTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( batchingTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
	float getIndirectIndex( const in int i ) {
		int size = textureSize( batchingIdTexture, 0 ).x;
		int x = i % size;
		int y = i / size;
		return float( texelFetch( batchingIdTexture, ivec2( x, y ), 0 ).r );
	}
#endif
#ifdef USE_BATCHING_COLOR
	uniform sampler2D batchingColorTexture;
	vec4 getBatchingColor( const in float i ) {
		int size = textureSize( batchingColorTexture, 0 ).x;
		int j = int( i );
		int x = j % size;
		int y = j / size;
		return texelFetch( batchingColorTexture, ivec2( x, y ), 0 );
	}
#endif`,ES=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,AS=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,TS=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,RS=`float G_BlinnPhong_Implicit( ) {
	return 0.25;
}
float D_BlinnPhong( const in float shininess, const in float dotNH ) {
	return RECIPROCAL_PI * ( shininess * 0.5 + 1.0 ) * pow( dotNH, shininess );
}
vec3 BRDF_BlinnPhong( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 specularColor, const in float shininess ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( specularColor, 1.0, dotVH );
	float G = G_BlinnPhong_Implicit( );
	float D = D_BlinnPhong( shininess, dotNH );
	return F * ( G * D );
} // validated`,CS=`#ifdef USE_IRIDESCENCE
	const mat3 XYZ_TO_REC709 = mat3(
		 3.2404542, -0.9692660,  0.0556434,
		-1.5371385,  1.8760108, -0.2040259,
		-0.4985314,  0.0415560,  1.0572252
	);
	vec3 Fresnel0ToIor( vec3 fresnel0 ) {
		vec3 sqrtF0 = sqrt( fresnel0 );
		return ( vec3( 1.0 ) + sqrtF0 ) / ( vec3( 1.0 ) - sqrtF0 );
	}
	vec3 IorToFresnel0( vec3 transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - vec3( incidentIor ) ) / ( transmittedIor + vec3( incidentIor ) ) );
	}
	float IorToFresnel0( float transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - incidentIor ) / ( transmittedIor + incidentIor ));
	}
	vec3 evalSensitivity( float OPD, vec3 shift ) {
		float phase = 2.0 * PI * OPD * 1.0e-9;
		vec3 val = vec3( 5.4856e-13, 4.4201e-13, 5.2481e-13 );
		vec3 pos = vec3( 1.6810e+06, 1.7953e+06, 2.2084e+06 );
		vec3 var = vec3( 4.3278e+09, 9.3046e+09, 6.6121e+09 );
		vec3 xyz = val * sqrt( 2.0 * PI * var ) * cos( pos * phase + shift ) * exp( - pow2( phase ) * var );
		xyz.x += 9.7470e-14 * sqrt( 2.0 * PI * 4.5282e+09 ) * cos( 2.2399e+06 * phase + shift[ 0 ] ) * exp( - 4.5282e+09 * pow2( phase ) );
		xyz /= 1.0685e-7;
		vec3 rgb = XYZ_TO_REC709 * xyz;
		return rgb;
	}
	vec3 evalIridescence( float outsideIOR, float eta2, float cosTheta1, float thinFilmThickness, vec3 baseF0 ) {
		vec3 I;
		float iridescenceIOR = mix( outsideIOR, eta2, smoothstep( 0.0, 0.03, thinFilmThickness ) );
		float sinTheta2Sq = pow2( outsideIOR / iridescenceIOR ) * ( 1.0 - pow2( cosTheta1 ) );
		float cosTheta2Sq = 1.0 - sinTheta2Sq;
		if ( cosTheta2Sq < 0.0 ) {
			return vec3( 1.0 );
		}
		float cosTheta2 = sqrt( cosTheta2Sq );
		float R0 = IorToFresnel0( iridescenceIOR, outsideIOR );
		float R12 = F_Schlick( R0, 1.0, cosTheta1 );
		float T121 = 1.0 - R12;
		float phi12 = 0.0;
		if ( iridescenceIOR < outsideIOR ) phi12 = PI;
		float phi21 = PI - phi12;
		vec3 baseIOR = Fresnel0ToIor( clamp( baseF0, 0.0, 0.9999 ) );		vec3 R1 = IorToFresnel0( baseIOR, iridescenceIOR );
		vec3 R23 = F_Schlick( R1, 1.0, cosTheta2 );
		vec3 phi23 = vec3( 0.0 );
		if ( baseIOR[ 0 ] < iridescenceIOR ) phi23[ 0 ] = PI;
		if ( baseIOR[ 1 ] < iridescenceIOR ) phi23[ 1 ] = PI;
		if ( baseIOR[ 2 ] < iridescenceIOR ) phi23[ 2 ] = PI;
		float OPD = 2.0 * iridescenceIOR * thinFilmThickness * cosTheta2;
		vec3 phi = vec3( phi21 ) + phi23;
		vec3 R123 = clamp( R12 * R23, 1e-5, 0.9999 );
		vec3 r123 = sqrt( R123 );
		vec3 Rs = pow2( T121 ) * R23 / ( vec3( 1.0 ) - R123 );
		vec3 C0 = R12 + Rs;
		I = C0;
		vec3 Cm = Rs - T121;
		for ( int m = 1; m <= 2; ++ m ) {
			Cm *= r123;
			vec3 Sm = 2.0 * evalSensitivity( float( m ) * OPD, float( m ) * phi );
			I += Cm * Sm;
		}
		return max( I, vec3( 0.0 ) );
	}
#endif`,PS=`#ifdef USE_BUMPMAP
	uniform sampler2D bumpMap;
	uniform float bumpScale;
	vec2 dHdxy_fwd() {
		vec2 dSTdx = dFdx( vBumpMapUv );
		vec2 dSTdy = dFdy( vBumpMapUv );
		float Hll = bumpScale * texture2D( bumpMap, vBumpMapUv ).x;
		float dBx = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdx ).x - Hll;
		float dBy = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdy ).x - Hll;
		return vec2( dBx, dBy );
	}
	vec3 perturbNormalArb( vec3 surf_pos, vec3 surf_norm, vec2 dHdxy, float faceDirection ) {
		vec3 vSigmaX = normalize( dFdx( surf_pos.xyz ) );
		vec3 vSigmaY = normalize( dFdy( surf_pos.xyz ) );
		vec3 vN = surf_norm;
		vec3 R1 = cross( vSigmaY, vN );
		vec3 R2 = cross( vN, vSigmaX );
		float fDet = dot( vSigmaX, R1 ) * faceDirection;
		vec3 vGrad = sign( fDet ) * ( dHdxy.x * R1 + dHdxy.y * R2 );
		return normalize( abs( fDet ) * surf_norm - vGrad );
	}
#endif`,IS=`#if NUM_CLIPPING_PLANES > 0
	vec4 plane;
	#ifdef ALPHA_TO_COVERAGE
		float distanceToPlane, distanceGradient;
		float clipOpacity = 1.0;
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
			distanceGradient = fwidth( distanceToPlane ) / 2.0;
			clipOpacity *= smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			if ( clipOpacity == 0.0 ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			float unionClipOpacity = 1.0;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
				distanceGradient = fwidth( distanceToPlane ) / 2.0;
				unionClipOpacity *= 1.0 - smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			}
			#pragma unroll_loop_end
			clipOpacity *= 1.0 - unionClipOpacity;
		#endif
		diffuseColor.a *= clipOpacity;
		if ( diffuseColor.a == 0.0 ) discard;
	#else
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			if ( dot( vClipPosition, plane.xyz ) > plane.w ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			bool clipped = true;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				clipped = ( dot( vClipPosition, plane.xyz ) > plane.w ) && clipped;
			}
			#pragma unroll_loop_end
			if ( clipped ) discard;
		#endif
	#endif
#endif`,LS=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,NS=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,DS=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,OS=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,US=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,FS=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,kS=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	vColor = vec4( 1.0 );
#endif
#ifdef USE_COLOR_ALPHA
	vColor *= color;
#elif defined( USE_COLOR )
	vColor.rgb *= color;
#endif
#ifdef USE_INSTANCING_COLOR
	vColor.rgb *= instanceColor.rgb;
#endif
#ifdef USE_BATCHING_COLOR
	vColor *= getBatchingColor( getIndirectIndex( gl_DrawID ) );
#endif`,BS=`#define PI 3.141592653589793
#define PI2 6.283185307179586
#define PI_HALF 1.5707963267948966
#define RECIPROCAL_PI 0.3183098861837907
#define RECIPROCAL_PI2 0.15915494309189535
#define EPSILON 1e-6
#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
#define whiteComplement( a ) ( 1.0 - saturate( a ) )
float pow2( const in float x ) { return x*x; }
vec3 pow2( const in vec3 x ) { return x*x; }
float pow3( const in float x ) { return x*x*x; }
float pow4( const in float x ) { float x2 = x*x; return x2*x2; }
float max3( const in vec3 v ) { return max( max( v.x, v.y ), v.z ); }
float average( const in vec3 v ) { return dot( v, vec3( 0.3333333 ) ); }
highp float rand( const in vec2 uv ) {
	const highp float a = 12.9898, b = 78.233, c = 43758.5453;
	highp float dt = dot( uv.xy, vec2( a,b ) ), sn = mod( dt, PI );
	return fract( sin( sn ) * c );
}
#ifdef HIGH_PRECISION
	float precisionSafeLength( vec3 v ) { return length( v ); }
#else
	float precisionSafeLength( vec3 v ) {
		float maxComponent = max3( abs( v ) );
		return length( v / maxComponent ) * maxComponent;
	}
#endif
struct IncidentLight {
	vec3 color;
	vec3 direction;
	bool visible;
};
struct ReflectedLight {
	vec3 directDiffuse;
	vec3 directSpecular;
	vec3 indirectDiffuse;
	vec3 indirectSpecular;
};
#ifdef USE_ALPHAHASH
	varying vec3 vPosition;
#endif
vec3 transformDirection( in vec3 dir, in mat4 matrix ) {
	return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );
}
#define inverseTransformDirection transformDirectionByInverseViewMatrix
vec3 transformNormalByInverseViewMatrix( in vec3 normal, in mat4 viewMatrix ) {
	return normalize( ( vec4( normal, 0.0 ) * viewMatrix ).xyz );
}
vec3 transformDirectionByInverseViewMatrix( in vec3 dir, in mat4 viewMatrix ) {
	return normalize( ( vec4( dir, 0.0 ) * viewMatrix ).xyz );
}
bool isPerspectiveMatrix( mat4 m ) {
	return m[ 2 ][ 3 ] == - 1.0;
}
vec2 equirectUv( in vec3 dir ) {
	float u = atan( dir.z, dir.x ) * RECIPROCAL_PI2 + 0.5;
	float v = asin( clamp( dir.y, - 1.0, 1.0 ) ) * RECIPROCAL_PI + 0.5;
	return vec2( u, v );
}
vec3 BRDF_Lambert( const in vec3 diffuseColor ) {
	return RECIPROCAL_PI * diffuseColor;
}
vec3 F_Schlick( const in vec3 f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
}
float F_Schlick( const in float f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
} // validated`,zS=`vec3 transformedNormal = objectNormal;
#ifdef USE_TANGENT
	vec3 transformedTangent = objectTangent;
#endif
#ifdef USE_BATCHING
	mat3 bm = mat3( batchingMatrix );
	transformedNormal /= vec3( dot( bm[ 0 ], bm[ 0 ] ), dot( bm[ 1 ], bm[ 1 ] ), dot( bm[ 2 ], bm[ 2 ] ) );
	transformedNormal = bm * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = bm * transformedTangent;
	#endif
#endif
#ifdef USE_INSTANCING
	mat3 im = mat3( instanceMatrix );
	transformedNormal /= vec3( dot( im[ 0 ], im[ 0 ] ), dot( im[ 1 ], im[ 1 ] ), dot( im[ 2 ], im[ 2 ] ) );
	transformedNormal = im * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = im * transformedTangent;
	#endif
#endif
transformedNormal = normalMatrix * transformedNormal;
#ifdef FLIP_SIDED
	transformedNormal = - transformedNormal;
#endif
#ifdef USE_TANGENT
	transformedTangent = ( modelViewMatrix * vec4( transformedTangent, 0.0 ) ).xyz;
#endif`,VS=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,HS=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,GS=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,WS=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,XS="gl_FragColor = linearToOutputTexel( gl_FragColor );",$S=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,qS=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vec3 cameraToFrag;
		if ( isOrthographic ) {
			cameraToFrag = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToFrag = normalize( vWorldPosition - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vec3 reflectVec = reflect( cameraToFrag, worldNormal );
		#else
			vec3 reflectVec = refract( cameraToFrag, worldNormal, refractionRatio );
		#endif
	#else
		vec3 reflectVec = vReflect;
	#endif
	#ifdef ENVMAP_TYPE_CUBE
		vec4 envColor = textureCube( envMap, envMapRotation * reflectVec );
		#ifdef ENVMAP_BLENDING_MULTIPLY
			outgoingLight = mix( outgoingLight, outgoingLight * envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_MIX )
			outgoingLight = mix( outgoingLight, envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_ADD )
			outgoingLight += envColor.xyz * specularStrength * reflectivity;
		#endif
	#endif
#endif`,YS=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,ZS=`#ifdef USE_ENVMAP
	uniform float reflectivity;
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		varying vec3 vWorldPosition;
		uniform float refractionRatio;
	#else
		varying vec3 vReflect;
	#endif
#endif`,KS=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,JS=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vWorldPosition = worldPosition.xyz;
	#else
		vec3 cameraToVertex;
		if ( isOrthographic ) {
			cameraToVertex = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToVertex = normalize( worldPosition.xyz - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vReflect = reflect( cameraToVertex, worldNormal );
		#else
			vReflect = refract( cameraToVertex, worldNormal, refractionRatio );
		#endif
	#endif
#endif`,jS=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,QS=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,eb=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,tb=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,nb=`#ifdef USE_GRADIENTMAP
	uniform sampler2D gradientMap;
#endif
vec3 getGradientIrradiance( vec3 normal, vec3 lightDirection ) {
	float dotNL = dot( normal, lightDirection );
	vec2 coord = vec2( dotNL * 0.5 + 0.5, 0.0 );
	#ifdef USE_GRADIENTMAP
		return vec3( texture2D( gradientMap, coord ).r );
	#else
		vec2 fw = fwidth( coord ) * 0.5;
		return mix( vec3( 0.7 ), vec3( 1.0 ), smoothstep( 0.7 - fw.x, 0.7 + fw.x, coord.x ) );
	#endif
}`,ib=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,sb=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,rb=`varying vec3 vViewPosition;
struct LambertMaterial {
	vec3 diffuseColor;
	float specularStrength;
};
void RE_Direct_Lambert( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Lambert( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Lambert
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,ob=`uniform bool receiveShadow;
uniform vec3 ambientLightColor;
#if defined( USE_LIGHT_PROBES )
	uniform vec3 lightProbe[ 9 ];
#endif
vec3 shGetIrradianceAt( in vec3 normal, in vec3 shCoefficients[ 9 ] ) {
	float x = normal.x, y = normal.y, z = normal.z;
	vec3 result = shCoefficients[ 0 ] * 0.886227;
	result += shCoefficients[ 1 ] * 2.0 * 0.511664 * y;
	result += shCoefficients[ 2 ] * 2.0 * 0.511664 * z;
	result += shCoefficients[ 3 ] * 2.0 * 0.511664 * x;
	result += shCoefficients[ 4 ] * 2.0 * 0.429043 * x * y;
	result += shCoefficients[ 5 ] * 2.0 * 0.429043 * y * z;
	result += shCoefficients[ 6 ] * ( 0.743125 * z * z - 0.247708 );
	result += shCoefficients[ 7 ] * 2.0 * 0.429043 * x * z;
	result += shCoefficients[ 8 ] * 0.429043 * ( x * x - y * y );
	return result;
}
vec3 getLightProbeIrradiance( const in vec3 lightProbe[ 9 ], const in vec3 normal ) {
	vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec3 irradiance = shGetIrradianceAt( worldNormal, lightProbe );
	return irradiance;
}
vec3 getAmbientLightIrradiance( const in vec3 ambientLightColor ) {
	vec3 irradiance = ambientLightColor;
	return irradiance;
}
float getDistanceAttenuation( const in float lightDistance, const in float cutoffDistance, const in float decayExponent ) {
	float distanceFalloff = 1.0 / max( pow( lightDistance, decayExponent ), 0.01 );
	if ( cutoffDistance > 0.0 ) {
		distanceFalloff *= pow2( saturate( 1.0 - pow4( lightDistance / cutoffDistance ) ) );
	}
	return distanceFalloff;
}
float getSpotAttenuation( const in float coneCosine, const in float penumbraCosine, const in float angleCosine ) {
	return smoothstep( coneCosine, penumbraCosine, angleCosine );
}
#if NUM_SUN_LIGHTS > 0
	struct SunLight {
		vec3 direction;
		vec3 color;
	};
	uniform SunLight sunLights[ NUM_SUN_LIGHTS ];
	void getSunLightInfo( const in SunLight sunLight, out IncidentLight light ) {
		light.color = sunLight.color;
		light.direction = sunLight.direction;
		light.visible = true;
	}
#endif
#if NUM_DIR_LIGHTS > 0
	struct DirectionalLight {
		vec3 direction;
		vec3 color;
	};
	uniform DirectionalLight directionalLights[ NUM_DIR_LIGHTS ];
	void getDirectionalLightInfo( const in DirectionalLight directionalLight, out IncidentLight light ) {
		light.color = directionalLight.color;
		light.direction = directionalLight.direction;
		light.visible = true;
	}
#endif
#if NUM_POINT_LIGHTS > 0
	struct PointLight {
		vec3 position;
		vec3 color;
		float distance;
		float decay;
	};
	uniform PointLight pointLights[ NUM_POINT_LIGHTS ];
	void getPointLightInfo( const in PointLight pointLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = pointLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float lightDistance = length( lVector );
		light.color = pointLight.color;
		light.color *= getDistanceAttenuation( lightDistance, pointLight.distance, pointLight.decay );
		light.visible = ( light.color != vec3( 0.0 ) );
	}
#endif
#if NUM_SPOT_LIGHTS > 0
	struct SpotLight {
		vec3 position;
		vec3 direction;
		vec3 color;
		float distance;
		float decay;
		float coneCos;
		float penumbraCos;
	};
	uniform SpotLight spotLights[ NUM_SPOT_LIGHTS ];
	void getSpotLightInfo( const in SpotLight spotLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = spotLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float angleCos = dot( light.direction, spotLight.direction );
		float spotAttenuation = getSpotAttenuation( spotLight.coneCos, spotLight.penumbraCos, angleCos );
		if ( spotAttenuation > 0.0 ) {
			float lightDistance = length( lVector );
			light.color = spotLight.color * spotAttenuation;
			light.color *= getDistanceAttenuation( lightDistance, spotLight.distance, spotLight.decay );
			light.visible = ( light.color != vec3( 0.0 ) );
		} else {
			light.color = vec3( 0.0 );
			light.visible = false;
		}
	}
#endif
#if NUM_RECT_AREA_LIGHTS > 0
	struct RectAreaLight {
		vec3 color;
		vec3 position;
		vec3 halfWidth;
		vec3 halfHeight;
	};
	uniform sampler2D ltc_1;	uniform sampler2D ltc_2;
	uniform RectAreaLight rectAreaLights[ NUM_RECT_AREA_LIGHTS ];
#endif
#if NUM_HEMI_LIGHTS > 0
	struct HemisphereLight {
		vec3 direction;
		vec3 skyColor;
		vec3 groundColor;
	};
	uniform HemisphereLight hemisphereLights[ NUM_HEMI_LIGHTS ];
	vec3 getHemisphereLightIrradiance( const in HemisphereLight hemiLight, const in vec3 normal ) {
		float dotNL = dot( normal, hemiLight.direction );
		float hemiDiffuseWeight = 0.5 * dotNL + 0.5;
		vec3 irradiance = mix( hemiLight.groundColor, hemiLight.skyColor, hemiDiffuseWeight );
		return irradiance;
	}
#endif
#include <lightprobes_pars_fragment>`,ab=`#ifdef USE_ENVMAP
	vec3 getIBLIrradiance( const in vec3 normal ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * worldNormal, ENVMAP_MAX_LOD );
			return PI * envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	vec3 getIBLRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 reflectVec = reflect( - viewDir, normal );
			reflectVec = normalize( mix( reflectVec, normal, pow4( roughness ) ) );
			reflectVec = transformDirectionByInverseViewMatrix( reflectVec, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * reflectVec, roughnessToMip( roughness ) );
			return envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	#ifdef USE_RETROREFLECTION
		vec3 getIBLRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 retroVec = normalize( mix( viewDir, normal, pow4( roughness ) ) );
				retroVec = transformDirectionByInverseViewMatrix( retroVec, viewMatrix );
				vec4 envMapColor = textureLod( envMap, envMapRotation * retroVec, roughnessToMip( roughness ) );
				return envMapColor.rgb * envMapIntensity;
			#else
				return vec3( 0.0 );
			#endif
		}
	#endif
	#ifdef USE_ANISOTROPY
		vec3 getIBLAnisotropyRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 bentNormal = cross( bitangent, viewDir );
				bentNormal = normalize( cross( bentNormal, bitangent ) );
				bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
				return getIBLRadiance( viewDir, bentNormal, roughness );
			#else
				return vec3( 0.0 );
			#endif
		}
		#ifdef USE_RETROREFLECTION
			vec3 getIBLAnisotropyRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
				#ifdef ENVMAP_TYPE_PMREM
					vec3 bentNormal = cross( bitangent, viewDir );
					bentNormal = normalize( cross( bentNormal, bitangent ) );
					bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
					return getIBLRetroRadiance( viewDir, bentNormal, roughness );
				#else
					return vec3( 0.0 );
				#endif
			}
		#endif
	#endif
#endif`,lb=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,cb=`varying vec3 vViewPosition;
struct ToonMaterial {
	vec3 diffuseColor;
};
void RE_Direct_Toon( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 irradiance = getGradientIrradiance( geometryNormal, directLight.direction ) * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Toon( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Toon
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,hb=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,ub=`varying vec3 vViewPosition;
struct BlinnPhongMaterial {
	vec3 diffuseColor;
	vec3 specularColor;
	float specularShininess;
	float specularStrength;
};
void RE_Direct_BlinnPhong( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
	reflectedLight.directSpecular += irradiance * BRDF_BlinnPhong( directLight.direction, geometryViewDir, geometryNormal, material.specularColor, material.specularShininess ) * material.specularStrength;
}
void RE_IndirectDiffuse_BlinnPhong( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_BlinnPhong
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,db=`PhysicalMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.diffuseContribution = diffuseColor.rgb * ( 1.0 - metalnessFactor );
material.metalness = metalnessFactor;
vec3 dxy = max( abs( dFdx( nonPerturbedNormal ) ), abs( dFdy( nonPerturbedNormal ) ) );
float geometryRoughness = max( max( dxy.x, dxy.y ), dxy.z );
material.roughness = max( roughnessFactor, 0.045 );
material.roughness += geometryRoughness;
material.roughness = min( material.roughness, 1.0 );
#ifdef USE_DIFFUSE_ROUGHNESS
	float diffuseRoughnessFactor = diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		diffuseRoughnessFactor *= texture2D( diffuseRoughnessMap, vDiffuseRoughnessMapUv ).r;
	#endif
	material.diffuseRoughness = saturate( diffuseRoughnessFactor );
#endif
#ifdef IOR
	material.ior = ior;
	#ifdef USE_SPECULAR
		float specularIntensityFactor = specularIntensity;
		vec3 specularColorFactor = specularColor;
		#ifdef USE_SPECULAR_COLORMAP
			specularColorFactor *= texture2D( specularColorMap, vSpecularColorMapUv ).rgb;
		#endif
		#ifdef USE_SPECULAR_INTENSITYMAP
			specularIntensityFactor *= texture2D( specularIntensityMap, vSpecularIntensityMapUv ).a;
		#endif
		material.specularF90 = mix( specularIntensityFactor, 1.0, metalnessFactor );
	#else
		float specularIntensityFactor = 1.0;
		vec3 specularColorFactor = vec3( 1.0 );
		material.specularF90 = 1.0;
	#endif
	material.specularColor = min( pow2( ( material.ior - 1.0 ) / ( material.ior + 1.0 ) ) * specularColorFactor, vec3( 1.0 ) ) * specularIntensityFactor;
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
#else
	material.specularColor = vec3( 0.04 );
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
	material.specularF90 = 1.0;
#endif
#ifdef USE_CLEARCOAT
	material.clearcoat = clearcoat;
	material.clearcoatRoughness = clearcoatRoughness;
	material.clearcoatF0 = vec3( 0.04 );
	material.clearcoatF90 = 1.0;
	#ifdef USE_CLEARCOATMAP
		material.clearcoat *= texture2D( clearcoatMap, vClearcoatMapUv ).x;
	#endif
	#ifdef USE_CLEARCOAT_ROUGHNESSMAP
		material.clearcoatRoughness *= texture2D( clearcoatRoughnessMap, vClearcoatRoughnessMapUv ).y;
	#endif
	material.clearcoat = saturate( material.clearcoat );	material.clearcoatRoughness = max( material.clearcoatRoughness, 0.045 );
	material.clearcoatRoughness += geometryRoughness;
	material.clearcoatRoughness = min( material.clearcoatRoughness, 1.0 );
#endif
#ifdef USE_DISPERSION
	material.dispersion = dispersion;
#endif
#ifdef USE_RETROREFLECTION
	material.retroreflectivity = retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	material.iridescence = iridescence;
	material.iridescenceIOR = iridescenceIOR;
	#ifdef USE_IRIDESCENCEMAP
		material.iridescence *= texture2D( iridescenceMap, vIridescenceMapUv ).r;
	#endif
	#ifdef USE_IRIDESCENCE_THICKNESSMAP
		material.iridescenceThickness = (iridescenceThicknessMaximum - iridescenceThicknessMinimum) * texture2D( iridescenceThicknessMap, vIridescenceThicknessMapUv ).g + iridescenceThicknessMinimum;
	#else
		material.iridescenceThickness = iridescenceThicknessMaximum;
	#endif
#endif
#ifdef USE_SHEEN
	material.sheenColor = sheenColor;
	#ifdef USE_SHEEN_COLORMAP
		material.sheenColor *= texture2D( sheenColorMap, vSheenColorMapUv ).rgb;
	#endif
	material.sheenRoughness = clamp( sheenRoughness, 0.0001, 1.0 );
	#ifdef USE_SHEEN_ROUGHNESSMAP
		material.sheenRoughness *= texture2D( sheenRoughnessMap, vSheenRoughnessMapUv ).a;
	#endif
#endif
#ifdef USE_ANISOTROPY
	#ifdef USE_ANISOTROPYMAP
		mat2 anisotropyMat = mat2( anisotropyVector.x, anisotropyVector.y, - anisotropyVector.y, anisotropyVector.x );
		vec3 anisotropyPolar = texture2D( anisotropyMap, vAnisotropyMapUv ).rgb;
		vec2 anisotropyV = anisotropyMat * normalize( 2.0 * anisotropyPolar.rg - vec2( 1.0 ) ) * anisotropyPolar.b;
	#else
		vec2 anisotropyV = anisotropyVector;
	#endif
	material.anisotropy = length( anisotropyV );
	if( material.anisotropy == 0.0 ) {
		anisotropyV = vec2( 1.0, 0.0 );
	} else {
		anisotropyV /= material.anisotropy;
		material.anisotropy = saturate( material.anisotropy );
	}
	material.alphaT = mix( pow2( material.roughness ), 1.0, pow2( material.anisotropy ) );
	material.anisotropyT = tbn[ 0 ] * anisotropyV.x + tbn[ 1 ] * anisotropyV.y;
	material.anisotropyB = tbn[ 1 ] * anisotropyV.x - tbn[ 0 ] * anisotropyV.y;
#endif`,fb=`uniform sampler2D dfgLUT;
struct PhysicalMaterial {
	vec3 diffuseColor;
	vec3 diffuseContribution;
	vec3 specularColor;
	vec3 specularColorBlended;
	float roughness;
	float metalness;
	float specularF90;
	float dispersion;
	vec2 dfg;
	vec3 multiScatteringCompensation;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float diffuseRoughness;
	#endif
	#ifdef USE_RETROREFLECTION
		float retroreflectivity;
	#endif
	#ifdef USE_CLEARCOAT
		float clearcoat;
		float clearcoatRoughness;
		vec3 clearcoatF0;
		float clearcoatF90;
	#endif
	#ifdef USE_IRIDESCENCE
		float iridescence;
		float iridescenceIOR;
		float iridescenceThickness;
		vec3 iridescenceFresnel;
		vec3 iridescenceF0Dielectric;
		vec3 iridescenceF0Metallic;
	#endif
	#ifdef USE_SHEEN
		vec3 sheenColor;
		float sheenRoughness;
	#endif
	#ifdef IOR
		float ior;
	#endif
	#ifdef USE_TRANSMISSION
		float transmission;
		float transmissionAlpha;
		float thickness;
		float attenuationDistance;
		vec3 attenuationColor;
	#endif
	#ifdef USE_ANISOTROPY
		float anisotropy;
		float alphaT;
		vec3 anisotropyT;
		vec3 anisotropyB;
	#endif
};
vec3 clearcoatSpecularDirect = vec3( 0.0 );
vec3 clearcoatSpecularIndirect = vec3( 0.0 );
vec3 sheenSpecularDirect = vec3( 0.0 );
vec3 sheenSpecularIndirect = vec3(0.0 );
vec3 Schlick_to_F0( const in vec3 f, const in float f90, const in float dotVH ) {
    float x = clamp( 1.0 - dotVH, 0.0, 1.0 );
    float x2 = x * x;
    float x5 = clamp( x * x2 * x2, 0.0, 0.9999 );
    return ( f - vec3( f90 ) * x5 ) / ( 1.0 - x5 );
}
#ifdef USE_DIFFUSE_ROUGHNESS
	const float EON_EPSILON = 1e-7;
	float FON_DirectionalAlbedo( const in float mu, const in float roughness, const in float A ) {
		float muComp = 1.0 - mu;
		float gOverPi = muComp * ( 0.0571085289 + muComp * ( 0.491881867 + muComp * ( - 0.332181442 + muComp * 0.0714429953 ) ) );
		return A * ( 1.0 + roughness * gOverPi );
	}
	vec3 BRDF_EON( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 diffuseColor, const in float roughness ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return BRDF_Lambert( rho );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float s = dot( lightDir, viewDir ) - dotNL * dotNV;
		float sOverT = ( s > 0.0 ) ? s / max( max( dotNL, dotNV ), EON_EPSILON ) : s;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		vec3 singleScatter = rho * RECIPROCAL_PI * A * ( 1.0 + roughness * sOverT );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		float albedoV = FON_DirectionalAlbedo( dotNV, roughness, A );
		float albedoL = FON_DirectionalAlbedo( dotNL, roughness, A );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		vec3 multiScatter = rhoMultiScatter * RECIPROCAL_PI
			* max( EON_EPSILON, 1.0 - albedoV )
			* max( EON_EPSILON, 1.0 - albedoL )
			/ max( EON_EPSILON, 1.0 - averageAlbedo );
		return singleScatter + multiScatter;
	}
	vec3 EON_DirectionalAlbedo( const in vec3 diffuseColor, const in float roughness, const in float dotNV ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return rho;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		float directionalAlbedo = FON_DirectionalAlbedo( dotNV, roughness, A );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		return rho * directionalAlbedo + rhoMultiScatter * ( 1.0 - directionalAlbedo );
	}
#endif
float V_GGX_SmithCorrelated( const in float alpha, const in float dotNL, const in float dotNV ) {
	float a2 = pow2( alpha );
	float gv = dotNL * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNV ) );
	float gl = dotNV * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNL ) );
	return 0.5 / max( gv + gl, EPSILON );
}
float D_GGX( const in float alpha, const in float dotNH ) {
	float a2 = pow2( alpha );
	float denom = pow2( dotNH ) * ( a2 - 1.0 ) + 1.0;
	return RECIPROCAL_PI * a2 / pow2( denom );
}
#ifdef USE_ANISOTROPY
	float V_GGX_SmithCorrelated_Anisotropic( const in float alphaT, const in float alphaB, const in float dotTV, const in float dotBV, const in float dotTL, const in float dotBL, const in float dotNV, const in float dotNL ) {
		float gv = dotNL * length( vec3( alphaT * dotTV, alphaB * dotBV, dotNV ) );
		float gl = dotNV * length( vec3( alphaT * dotTL, alphaB * dotBL, dotNL ) );
		return 0.5 / max( gv + gl, EPSILON );
	}
	float D_GGX_Anisotropic( const in float alphaT, const in float alphaB, const in float dotNH, const in float dotTH, const in float dotBH ) {
		float a2 = alphaT * alphaB;
		highp vec3 v = vec3( alphaB * dotTH, alphaT * dotBH, a2 * dotNH );
		highp float v2 = dot( v, v );
		float w2 = a2 / v2;
		return RECIPROCAL_PI * a2 * pow2 ( w2 );
	}
#endif
#ifdef USE_CLEARCOAT
	vec3 BRDF_GGX_Clearcoat( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material) {
		vec3 f0 = material.clearcoatF0;
		float f90 = material.clearcoatF90;
		float roughness = max( material.clearcoatRoughness, 0.045 );
		float alpha = pow2( roughness );
		vec3 halfDir = normalize( lightDir + viewDir );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float dotNH = saturate( dot( normal, halfDir ) );
		float dotVH = saturate( dot( viewDir, halfDir ) );
		vec3 F = F_Schlick( f0, f90, dotVH );
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
		return F * ( V * D );
	}
#endif
vec3 BRDF_GGX( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material ) {
	vec3 f0 = material.specularColorBlended;
	float f90 = material.specularF90;
	float roughness = max( material.roughness, 0.045 );
	float alpha = pow2( roughness );
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( f0, f90, dotVH );
	#ifdef USE_IRIDESCENCE
		F = mix( F, material.iridescenceFresnel, material.iridescence );
	#endif
	#ifdef USE_ANISOTROPY
		float dotTL = dot( material.anisotropyT, lightDir );
		float dotTV = dot( material.anisotropyT, viewDir );
		float dotTH = dot( material.anisotropyT, halfDir );
		float dotBL = dot( material.anisotropyB, lightDir );
		float dotBV = dot( material.anisotropyB, viewDir );
		float dotBH = dot( material.anisotropyB, halfDir );
		float alphaT = max( material.alphaT, alpha );
		float V = V_GGX_SmithCorrelated_Anisotropic( alphaT, alpha, dotTV, dotBV, dotTL, dotBL, dotNV, dotNL );
		float D = D_GGX_Anisotropic( alphaT, alpha, dotNH, dotTH, dotBH );
	#else
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
	#endif
	return F * ( V * D );
}
vec2 LTC_Uv( const in vec3 N, const in vec3 V, const in float roughness ) {
	const float LUT_SIZE = 64.0;
	const float LUT_SCALE = ( LUT_SIZE - 1.0 ) / LUT_SIZE;
	const float LUT_BIAS = 0.5 / LUT_SIZE;
	float dotNV = saturate( dot( N, V ) );
	vec2 uv = vec2( roughness, sqrt( 1.0 - dotNV ) );
	uv = uv * LUT_SCALE + LUT_BIAS;
	return uv;
}
float LTC_ClippedSphereFormFactor( const in vec3 f ) {
	float l = length( f );
	return max( ( l * l + f.z ) / ( l + 1.0 ), 0.0 );
}
vec3 LTC_EdgeVectorFormFactor( const in vec3 v1, const in vec3 v2 ) {
	float x = dot( v1, v2 );
	float y = abs( x );
	float a = 0.8543985 + ( 0.4965155 + 0.0145206 * y ) * y;
	float b = 3.4175940 + ( 4.1616724 + y ) * y;
	float v = a / b;
	float theta_sintheta = ( x > 0.0 ) ? v : 0.5 * inversesqrt( max( 1.0 - x * x, 1e-7 ) ) - v;
	return cross( v1, v2 ) * theta_sintheta;
}
vec3 LTC_Evaluate( const in vec3 N, const in vec3 V, const in vec3 P, const in mat3 mInv, const in vec3 rectCoords[ 4 ] ) {
	vec3 v1 = rectCoords[ 1 ] - rectCoords[ 0 ];
	vec3 v2 = rectCoords[ 3 ] - rectCoords[ 0 ];
	vec3 lightNormal = cross( v1, v2 );
	if( dot( lightNormal, P - rectCoords[ 0 ] ) < 0.0 ) return vec3( 0.0 );
	vec3 T1, T2;
	T1 = normalize( V - N * dot( V, N ) );
	T2 = - cross( N, T1 );
	mat3 mat = mInv * transpose( mat3( T1, T2, N ) );
	vec3 coords[ 4 ];
	coords[ 0 ] = mat * ( rectCoords[ 0 ] - P );
	coords[ 1 ] = mat * ( rectCoords[ 1 ] - P );
	coords[ 2 ] = mat * ( rectCoords[ 2 ] - P );
	coords[ 3 ] = mat * ( rectCoords[ 3 ] - P );
	coords[ 0 ] = normalize( coords[ 0 ] );
	coords[ 1 ] = normalize( coords[ 1 ] );
	coords[ 2 ] = normalize( coords[ 2 ] );
	coords[ 3 ] = normalize( coords[ 3 ] );
	vec3 vectorFormFactor = vec3( 0.0 );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 0 ], coords[ 1 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 1 ], coords[ 2 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 2 ], coords[ 3 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 3 ], coords[ 0 ] );
	float result = LTC_ClippedSphereFormFactor( vectorFormFactor );
	return vec3( result );
}
#if defined( USE_SHEEN )
float D_Charlie( float roughness, float dotNH ) {
	float alpha = pow2( roughness );
	float invAlpha = 1.0 / alpha;
	float cos2h = dotNH * dotNH;
	float sin2h = max( 1.0 - cos2h, 0.0078125 );
	return ( 2.0 + invAlpha ) * pow( sin2h, invAlpha * 0.5 ) / ( 2.0 * PI );
}
float V_Neubelt( float dotNV, float dotNL ) {
	return saturate( 1.0 / ( 4.0 * ( dotNL + dotNV - dotNL * dotNV ) ) );
}
vec3 BRDF_Sheen( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, vec3 sheenColor, const in float sheenRoughness ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float D = D_Charlie( sheenRoughness, dotNH );
	float V = V_Neubelt( dotNV, dotNL );
	return sheenColor * ( D * V );
}
#endif
float IBLSheenBRDF( const in vec3 normal, const in vec3 viewDir, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	float r2 = roughness * roughness;
	float rInv = 1.0 / ( roughness + 0.1 );
	float a = -1.9362 + 1.0678 * roughness + 0.4573 * r2 - 0.8469 * rInv;
	float b = -0.6014 + 0.5538 * roughness - 0.4670 * r2 - 0.1255 * rInv;
	float DG = exp( a * dotNV + b );
	return saturate( DG );
}
vec3 EnvironmentBRDF( const in vec3 normal, const in vec3 viewDir, const in vec3 specularColor, const in float specularF90, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	vec2 fab = texture2D( dfgLUT, vec2( roughness, dotNV ) ).rg;
	return specularColor * fab.x + specularF90 * fab.y;
}
#ifdef USE_IRIDESCENCE
void computeMultiscatteringIridescence( const in vec2 fab, const in vec3 specularColor, const in float specularF90, const in float iridescence, const in vec3 iridescenceF0, inout vec3 singleScatter, inout vec3 multiScatter ) {
#else
void computeMultiscattering( const in vec2 fab, const in vec3 specularColor, const in float specularF90, inout vec3 singleScatter, inout vec3 multiScatter ) {
#endif
	#ifdef USE_IRIDESCENCE
		vec3 Fr = mix( specularColor, iridescenceF0, iridescence );
	#else
		vec3 Fr = specularColor;
	#endif
	vec3 FssEss = Fr * fab.x + specularF90 * fab.y;
	float Ess = fab.x + fab.y;
	float Ems = 1.0 - Ess;
	vec3 Favg = Fr + ( 1.0 - Fr ) * 0.047619;	vec3 Fms = FssEss * Favg / ( 1.0 - Ems * Favg );
	singleScatter += FssEss;
	multiScatter += Fms * Ems;
}
#if NUM_RECT_AREA_LIGHTS > 0
	void RE_Direct_RectArea_Physical( const in RectAreaLight rectAreaLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
		vec3 normal = geometryNormal;
		vec3 viewDir = geometryViewDir;
		vec3 position = geometryPosition;
		vec3 lightPos = rectAreaLight.position;
		vec3 halfWidth = rectAreaLight.halfWidth;
		vec3 halfHeight = rectAreaLight.halfHeight;
		vec3 lightColor = rectAreaLight.color;
		float roughness = material.roughness;
		vec3 rectCoords[ 4 ];
		rectCoords[ 0 ] = lightPos + halfWidth - halfHeight;		rectCoords[ 1 ] = lightPos - halfWidth - halfHeight;
		rectCoords[ 2 ] = lightPos - halfWidth + halfHeight;
		rectCoords[ 3 ] = lightPos + halfWidth + halfHeight;
		vec2 uv = LTC_Uv( normal, viewDir, roughness );
		vec4 t1 = texture2D( ltc_1, uv );
		vec4 t2 = texture2D( ltc_2, uv );
		mat3 mInv = mat3(
			vec3( t1.x, 0, t1.y ),
			vec3(    0, 1,    0 ),
			vec3( t1.z, 0, t1.w )
		);
		vec3 fresnel = ( material.specularColorBlended * t2.x + ( material.specularF90 - material.specularColorBlended ) * t2.y );
		reflectedLight.directSpecular += lightColor * fresnel * LTC_Evaluate( normal, viewDir, position, mInv, rectCoords );
		reflectedLight.directDiffuse += lightColor * material.diffuseContribution * LTC_Evaluate( normal, viewDir, position, mat3( 1.0 ), rectCoords );
		#ifdef USE_CLEARCOAT
			vec3 Ncc = geometryClearcoatNormal;
			vec2 uvClearcoat = LTC_Uv( Ncc, viewDir, material.clearcoatRoughness );
			vec4 t1Clearcoat = texture2D( ltc_1, uvClearcoat );
			vec4 t2Clearcoat = texture2D( ltc_2, uvClearcoat );
			mat3 mInvClearcoat = mat3(
				vec3( t1Clearcoat.x, 0, t1Clearcoat.y ),
				vec3(             0, 1,             0 ),
				vec3( t1Clearcoat.z, 0, t1Clearcoat.w )
			);
			vec3 fresnelClearcoat = material.clearcoatF0 * t2Clearcoat.x + ( material.clearcoatF90 - material.clearcoatF0 ) * t2Clearcoat.y;
			clearcoatSpecularDirect += lightColor * fresnelClearcoat * LTC_Evaluate( Ncc, viewDir, position, mInvClearcoat, rectCoords );
		#endif
	}
#endif
void RE_Direct_Physical( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	#ifdef USE_CLEARCOAT
		float dotNLcc = saturate( dot( geometryClearcoatNormal, directLight.direction ) );
		vec3 ccIrradiance = dotNLcc * directLight.color;
		clearcoatSpecularDirect += ccIrradiance * BRDF_GGX_Clearcoat( directLight.direction, geometryViewDir, geometryClearcoatNormal, material );
	#endif
	#ifdef USE_SHEEN
 
 		sheenSpecularDirect += irradiance * BRDF_Sheen( directLight.direction, geometryViewDir, geometryNormal, material.sheenColor, material.sheenRoughness );
 
 		float sheenAlbedoV = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
 		float sheenAlbedoL = IBLSheenBRDF( geometryNormal, directLight.direction, material.sheenRoughness );
 
 		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * max( sheenAlbedoV, sheenAlbedoL );
 
 		irradiance *= sheenEnergyComp;
 
 	#endif
	vec3 specularBRDF = BRDF_GGX( directLight.direction, geometryViewDir, geometryNormal, material );
	#ifdef USE_RETROREFLECTION
		vec3 retroViewDir = reflect( - geometryViewDir, geometryNormal );
		vec3 retroSpecularBRDF = BRDF_GGX( directLight.direction, retroViewDir, geometryNormal, material );
		specularBRDF = mix( specularBRDF, retroSpecularBRDF, saturate( material.retroreflectivity ) );
	#endif
	reflectedLight.directSpecular += irradiance * specularBRDF * material.multiScatteringCompensation;
	vec3 halfDir = normalize( directLight.direction + geometryViewDir );
	float dotVH = saturate( dot( geometryViewDir, halfDir ) );
	vec3 F = F_Schlick( material.specularColor, material.specularF90, dotVH );
	#ifdef USE_RETROREFLECTION
		vec3 retroHalfDir = normalize( directLight.direction + retroViewDir );
		float dotRetroVH = saturate( dot( retroViewDir, retroHalfDir ) );
		vec3 retroF = F_Schlick( material.specularColor, material.specularF90, dotRetroVH );
		F = mix( F, retroF, saturate( material.retroreflectivity ) );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		vec3 diffuseBRDF = BRDF_EON( directLight.direction, geometryViewDir, geometryNormal, material.diffuseColor, material.diffuseRoughness ) * ( 1.0 - material.metalness );
	#else
		vec3 diffuseBRDF = BRDF_Lambert( material.diffuseContribution );
	#endif
	reflectedLight.directDiffuse += irradiance * diffuseBRDF * ( 1.0 - F );
}
void RE_IndirectDiffuse_Physical( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 singleScattering = vec3( 0.0 );
	vec3 multiScattering = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScattering, multiScattering );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScattering, multiScattering );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuseAlbedo = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness );
		vec3 diffuse = irradiance * RECIPROCAL_PI * diffuseAlbedo * ( 1.0 - singleScattering - multiScattering );
	#else
		vec3 diffuse = irradiance * BRDF_Lambert( material.diffuseContribution ) * ( 1.0 - singleScattering - multiScattering );
	#endif
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		sheenSpecularIndirect += irradiance * material.sheenColor * sheenAlbedo * RECIPROCAL_PI;
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		diffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectDiffuse += diffuse;
}
void RE_IndirectSpecular_Physical( const in vec3 radiance, const in vec3 irradiance, const in vec3 clearcoatRadiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight) {
	#ifdef USE_CLEARCOAT
		clearcoatSpecularIndirect += clearcoatRadiance * EnvironmentBRDF( geometryClearcoatNormal, geometryViewDir, material.clearcoatF0, material.clearcoatF90, material.clearcoatRoughness );
	#endif
	#ifdef USE_SHEEN
		sheenSpecularIndirect += irradiance * material.sheenColor * IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness ) * RECIPROCAL_PI;
 	#endif
	vec3 singleScatteringDielectric = vec3( 0.0 );
	vec3 multiScatteringDielectric = vec3( 0.0 );
	vec3 singleScatteringMetallic = vec3( 0.0 );
	vec3 multiScatteringMetallic = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscatteringIridescence( material.dfg, material.diffuseColor, material.specularF90, material.iridescence, material.iridescenceF0Metallic, singleScatteringMetallic, multiScatteringMetallic );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscattering( material.dfg, material.diffuseColor, material.specularF90, singleScatteringMetallic, multiScatteringMetallic );
	#endif
	vec3 singleScattering = mix( singleScatteringDielectric, singleScatteringMetallic, material.metalness );
	vec3 multiScattering = mix( multiScatteringDielectric, multiScatteringMetallic, material.metalness );
	vec3 totalScatteringDielectric = singleScatteringDielectric + multiScatteringDielectric;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuse = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness ) * ( 1.0 - totalScatteringDielectric );
	#else
		vec3 diffuse = material.diffuseContribution * ( 1.0 - totalScatteringDielectric );
	#endif
	vec3 cosineWeightedIrradiance = irradiance * RECIPROCAL_PI;
	vec3 indirectSpecular = radiance * singleScattering;
	indirectSpecular += multiScattering * cosineWeightedIrradiance;
	vec3 indirectDiffuse = diffuse * cosineWeightedIrradiance;
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		indirectSpecular *= sheenEnergyComp;
		indirectDiffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectSpecular += indirectSpecular;
	reflectedLight.indirectDiffuse += indirectDiffuse;
}
#define RE_Direct				RE_Direct_Physical
#define RE_Direct_RectArea		RE_Direct_RectArea_Physical
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Physical
#define RE_IndirectSpecular		RE_IndirectSpecular_Physical
float computeSpecularOcclusion( const in float dotNV, const in float ambientOcclusion, const in float roughness ) {
	return saturate( pow( dotNV + ambientOcclusion, exp2( - 16.0 * roughness - 1.0 ) ) - 1.0 + ambientOcclusion );
}`,pb=`
vec3 geometryPosition = - vViewPosition;
vec3 geometryNormal = normal;
vec3 geometryViewDir = ( isOrthographic ) ? vec3( 0, 0, 1 ) : normalize( vViewPosition );
vec3 geometryClearcoatNormal = vec3( 0.0 );
#ifdef USE_CLEARCOAT
	geometryClearcoatNormal = clearcoatNormal;
#endif
#ifdef USE_IRIDESCENCE
	float dotNVi = saturate( dot( normal, geometryViewDir ) );
	if ( material.iridescenceThickness == 0.0 ) {
		material.iridescence = 0.0;
	} else {
		material.iridescence = saturate( material.iridescence );
	}
	if ( material.iridescence > 0.0 ) {
		vec3 iridescenceFresnelDielectric = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.specularColor );
		vec3 iridescenceFresnelMetallic = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.diffuseColor );
		material.iridescenceFresnel = mix( iridescenceFresnelDielectric, iridescenceFresnelMetallic, material.metalness );
		material.iridescenceF0Dielectric = Schlick_to_F0( iridescenceFresnelDielectric, 1.0, dotNVi );
		material.iridescenceF0Metallic = Schlick_to_F0( iridescenceFresnelMetallic, 1.0, dotNVi );
	}
#endif
#ifdef STANDARD
	float dotNVms = saturate( dot( geometryNormal, geometryViewDir ) );
	material.dfg = texture2D( dfgLUT, vec2( material.roughness, dotNVms ) ).rg;
	#if ( NUM_SUN_LIGHTS > 0 || NUM_DIR_LIGHTS > 0 || NUM_POINT_LIGHTS > 0 || NUM_SPOT_LIGHTS > 0 )
		float EssMs = material.dfg.x + material.dfg.y;
		material.multiScatteringCompensation = 1.0 + material.specularColorBlended * ( 1.0 / EssMs - 1.0 );
	#endif
#endif
IncidentLight directLight;
#if ( NUM_POINT_LIGHTS > 0 ) && defined( RE_Direct )
	PointLight pointLight;
	#if defined( USE_SHADOWMAP ) && NUM_POINT_LIGHT_SHADOWS > 0
	PointLightShadow pointLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHTS; i ++ ) {
		pointLight = pointLights[ i ];
		getPointLightInfo( pointLight, geometryPosition, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_POINT_LIGHT_SHADOWS ) && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
		pointLightShadow = pointLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getPointShadow( pointShadowMap[ i ], pointLightShadow.shadowMapSize, pointLightShadow.shadowIntensity, pointLightShadow.shadowBias, pointLightShadow.shadowRadius, vPointShadowCoord[ i ], pointLightShadow.shadowCameraNear, pointLightShadow.shadowCameraFar ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SPOT_LIGHTS > 0 ) && defined( RE_Direct )
	SpotLight spotLight;
	vec4 spotColor;
	vec3 spotLightCoord;
	bool inSpotLightMap;
	#if defined( USE_SHADOWMAP ) && NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHTS; i ++ ) {
		spotLight = spotLights[ i ];
		getSpotLightInfo( spotLight, geometryPosition, directLight );
		#if ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#define SPOT_LIGHT_MAP_INDEX UNROLLED_LOOP_INDEX
		#elif ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		#define SPOT_LIGHT_MAP_INDEX NUM_SPOT_LIGHT_MAPS
		#else
		#define SPOT_LIGHT_MAP_INDEX ( UNROLLED_LOOP_INDEX - NUM_SPOT_LIGHT_SHADOWS + NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#endif
		#if ( SPOT_LIGHT_MAP_INDEX < NUM_SPOT_LIGHT_MAPS )
			spotLightCoord = vSpotLightCoord[ i ].xyz / vSpotLightCoord[ i ].w;
			inSpotLightMap = all( lessThan( abs( spotLightCoord * 2. - 1. ), vec3( 1.0 ) ) );
			spotColor = texture2D( spotLightMap[ SPOT_LIGHT_MAP_INDEX ], spotLightCoord.xy );
			directLight.color = inSpotLightMap ? directLight.color * spotColor.rgb : directLight.color;
		#endif
		#undef SPOT_LIGHT_MAP_INDEX
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		spotLightShadow = spotLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( spotShadowMap[ i ], spotLightShadow.shadowMapSize, spotLightShadow.shadowIntensity, spotLightShadow.shadowBias, spotLightShadow.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SUN_LIGHTS > 0 ) && defined( RE_Direct )
	SunLight sunLight;
	#if defined( USE_SHADOWMAP ) && NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHTS; i ++ ) {
		sunLight = sunLights[ i ];
		getSunLightInfo( sunLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SUN_LIGHT_SHADOWS )
		sunLightShadow = sunLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getSunShadow( sunShadowMap[ i ], sunLightShadow, UNROLLED_LOOP_INDEX ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_DIR_LIGHTS > 0 ) && defined( RE_Direct )
	DirectionalLight directionalLight;
	#if defined( USE_SHADOWMAP ) && NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
		directionalLight = directionalLights[ i ];
		getDirectionalLightInfo( directionalLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_DIR_LIGHT_SHADOWS )
		directionalLightShadow = directionalLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( directionalShadowMap[ i ], directionalLightShadow.shadowMapSize, directionalLightShadow.shadowIntensity, directionalLightShadow.shadowBias, directionalLightShadow.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_RECT_AREA_LIGHTS > 0 ) && defined( RE_Direct_RectArea )
	RectAreaLight rectAreaLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_RECT_AREA_LIGHTS; i ++ ) {
		rectAreaLight = rectAreaLights[ i ];
		RE_Direct_RectArea( rectAreaLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if defined( RE_IndirectDiffuse )
	vec3 iblIrradiance = vec3( 0.0 );
	vec3 irradiance = getAmbientLightIrradiance( ambientLightColor );
	#if defined( USE_LIGHT_PROBES )
		irradiance += getLightProbeIrradiance( lightProbe, geometryNormal );
	#endif
	#if ( NUM_HEMI_LIGHTS > 0 )
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_HEMI_LIGHTS; i ++ ) {
			irradiance += getHemisphereLightIrradiance( hemisphereLights[ i ], geometryNormal );
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_LIGHT_PROBE_GRIDS > 0
		vec3 probeWorldPos = ( ( vec4( geometryPosition, 1.0 ) - viewMatrix[ 3 ] ) * viewMatrix ).xyz;
		vec3 probeWorldNormal = transformNormalByInverseViewMatrix( geometryNormal, viewMatrix );
		int probeGrid = - 1;
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( isInsideLightProbeGrid( probeWorldPos, probeWorldNormal, probesMin[ i ], probesMax[ i ], probesResolution[ i ] ) ) probeGrid = UNROLLED_LOOP_INDEX;
		}
		#pragma unroll_loop_end
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( probeGrid == UNROLLED_LOOP_INDEX ) irradiance += getLightProbeGridIrradiance( probesSH[ i ], probesMin[ i ], probesMax[ i ], probesResolution[ i ], probeWorldPos, probeWorldNormal );
		}
		#pragma unroll_loop_end
	#endif
#endif
#if defined( RE_IndirectSpecular )
	vec3 radiance = vec3( 0.0 );
	vec3 clearcoatRadiance = vec3( 0.0 );
#endif`,mb=`#if defined( RE_IndirectDiffuse )
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		vec3 lightMapIrradiance = lightMapTexel.rgb * lightMapIntensity;
		irradiance += lightMapIrradiance;
	#endif
	#if defined( USE_ENVMAP ) && defined( ENVMAP_TYPE_PMREM )
		#if defined( STANDARD ) || defined( LAMBERT ) || defined( PHONG )
			iblIrradiance += getIBLIrradiance( geometryNormal );
		#endif
	#endif
#endif
#if defined( USE_ENVMAP ) && defined( RE_IndirectSpecular )
	#ifdef USE_ANISOTROPY
		vec3 iblRadiance = getIBLAnisotropyRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
	#else
		vec3 iblRadiance = getIBLRadiance( geometryViewDir, geometryNormal, material.roughness );
	#endif
	#ifdef USE_RETROREFLECTION
		#ifdef USE_ANISOTROPY
			vec3 retroIBLRadiance = getIBLAnisotropyRetroRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
		#else
			vec3 retroIBLRadiance = getIBLRetroRadiance( geometryViewDir, geometryNormal, material.roughness );
		#endif
		iblRadiance = mix( iblRadiance, retroIBLRadiance, saturate( material.retroreflectivity ) );
	#endif
	radiance += iblRadiance;
	#ifdef USE_CLEARCOAT
		clearcoatRadiance += getIBLRadiance( geometryViewDir, geometryClearcoatNormal, material.clearcoatRoughness );
	#endif
#endif`,gb=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,_b=`#if NUM_LIGHT_PROBE_GRIDS > 0
uniform highp sampler3D probesSH[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMin[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMax[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesResolution[ NUM_LIGHT_PROBE_GRIDS ];
bool isInsideLightProbeGrid( vec3 worldPos, vec3 worldNormal, vec3 probesMin, vec3 probesMax, vec3 probesResolution ) {
	vec3 spacing = ( probesMax - probesMin ) / probesResolution;
	vec3 samplePos = worldPos + worldNormal * spacing * 0.5;
	vec3 margin = spacing * 0.01;
	return all( greaterThanEqual( samplePos, probesMin - margin ) ) && all( lessThanEqual( samplePos, probesMax + margin ) );
}
vec3 getLightProbeGridIrradiance( highp sampler3D probesSH, vec3 probesMin, vec3 probesMax, vec3 probesResolution, vec3 worldPos, vec3 worldNormal ) {
	vec3 res = probesResolution;
	vec3 gridRange = probesMax - probesMin;
	vec3 probeSpacing = gridRange / res;
	vec3 samplePos = worldPos + worldNormal * probeSpacing * 0.5;
	vec3 uvw = clamp( ( samplePos - probesMin ) / gridRange, 0.5 / res, 1.0 - 0.5 / res );
	float nz          = res.z;
	float paddedSlices = nz + 2.0;
	float atlasDepth  = 7.0 * paddedSlices;
	float uvZBase     = uvw.z * nz + 1.0;
	vec4 s0 = texture( probesSH, vec3( uvw.xy, ( uvZBase                       ) / atlasDepth ) );
	vec4 s1 = texture( probesSH, vec3( uvw.xy, ( uvZBase +       paddedSlices   ) / atlasDepth ) );
	vec4 s2 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 2.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s3 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 3.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s4 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 4.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s5 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 5.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s6 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 6.0 * paddedSlices   ) / atlasDepth ) );
	vec3 c0 = s0.xyz;
	vec3 c1 = vec3( s0.w, s1.xy );
	vec3 c2 = vec3( s1.zw, s2.x );
	vec3 c3 = s2.yzw;
	vec3 c4 = s3.xyz;
	vec3 c5 = vec3( s3.w, s4.xy );
	vec3 c6 = vec3( s4.zw, s5.x );
	vec3 c7 = s5.yzw;
	vec3 c8 = s6.xyz;
	float x = worldNormal.x, y = worldNormal.y, z = worldNormal.z;
	vec3 result = c0 * 0.886227;
	result += c1 * 2.0 * 0.511664 * y;
	result += c2 * 2.0 * 0.511664 * z;
	result += c3 * 2.0 * 0.511664 * x;
	result += c4 * 2.0 * 0.429043 * x * y;
	result += c5 * 2.0 * 0.429043 * y * z;
	result += c6 * ( 0.743125 * z * z - 0.247708 );
	result += c7 * 2.0 * 0.429043 * x * z;
	result += c8 * 0.429043 * ( x * x - y * y );
	return max( result, vec3( 0.0 ) );
}
#endif`,yb=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,xb=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,vb=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,Sb=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,bb=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,Mb=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,wb=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
	#if defined( USE_POINTS_UV )
		vec2 uv = vUv;
	#else
		vec2 uv = ( uvTransform * vec3( gl_PointCoord.x, 1.0 - gl_PointCoord.y, 1 ) ).xy;
	#endif
#endif
#ifdef USE_MAP
	diffuseColor *= texture2D( map, uv );
#endif
#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, uv ).g;
#endif`,Eb=`#if defined( USE_POINTS_UV )
	varying vec2 vUv;
#else
	#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
		uniform mat3 uvTransform;
	#endif
#endif
#ifdef USE_MAP
	uniform sampler2D map;
#endif
#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,Ab=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,Tb=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,Rb=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,Cb=`#if defined( USE_MORPHCOLORS )
	#if defined( USE_COLOR_ALPHA )
		vColor *= morphTargetBaseInfluence;
	#elif defined( USE_COLOR )
		vColor.rgb *= morphTargetBaseInfluence;
	#endif
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		#if defined( USE_COLOR_ALPHA )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor += getMorph( gl_VertexID, i, 2 ) * morphTargetInfluences[ i ];
		#elif defined( USE_COLOR )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor.rgb += getMorph( gl_VertexID, i, 2 ).rgb * morphTargetInfluences[ i ];
		#endif
	}
#endif`,Pb=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,Ib=`#ifdef USE_MORPHTARGETS
	#ifndef USE_INSTANCING_MORPH
		uniform float morphTargetBaseInfluence;
		uniform float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	#endif
	uniform sampler2DArray morphTargetsTexture;
	uniform ivec2 morphTargetsTextureSize;
	vec4 getMorph( const in int vertexIndex, const in int morphTargetIndex, const in int offset ) {
		int texelIndex = vertexIndex * MORPHTARGETS_TEXTURE_STRIDE + offset;
		int y = texelIndex / morphTargetsTextureSize.x;
		int x = texelIndex - y * morphTargetsTextureSize.x;
		ivec3 morphUV = ivec3( x, y, morphTargetIndex );
		return texelFetch( morphTargetsTexture, morphUV, 0 );
	}
#endif`,Lb=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,Nb=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
#ifdef FLAT_SHADED
	vec3 fdx = dFdx( vViewPosition );
	vec3 fdy = dFdy( vViewPosition );
	vec3 normal = normalize( cross( fdx, fdy ) );
#else
	vec3 normal = normalize( vNormal );
	#ifdef DOUBLE_SIDED
		normal *= faceDirection;
	#endif
#endif
#if defined( USE_NORMALMAP_TANGENTSPACE ) || defined( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY )
	#ifdef USE_TANGENT
		mat3 tbn = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn = getTangentFrame( - vViewPosition, normal,
		#if defined( USE_NORMALMAP )
			vNormalMapUv
		#elif defined( USE_CLEARCOAT_NORMALMAP )
			vClearcoatNormalMapUv
		#else
			vUv
		#endif
		);
	#endif
	#ifdef DOUBLE_SIDED
		tbn[0] *= faceDirection;
		tbn[1] *= faceDirection;
	#endif
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	#ifdef USE_TANGENT
		mat3 tbn2 = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn2 = getTangentFrame( - vViewPosition, normal, vClearcoatNormalMapUv );
	#endif
	#ifdef DOUBLE_SIDED
		tbn2[0] *= faceDirection;
		tbn2[1] *= faceDirection;
	#endif
#endif
vec3 nonPerturbedNormal = normal;`,Db=`#ifdef USE_NORMALMAP_OBJECTSPACE
	normal = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#ifdef FLIP_SIDED
		normal = - normal;
	#endif
	#ifdef DOUBLE_SIDED
		normal = normal * faceDirection;
	#endif
	normal = normalize( normalMatrix * normal );
#elif defined( USE_NORMALMAP_TANGENTSPACE )
	vec3 mapN = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#if defined( USE_PACKED_NORMALMAP )
		mapN = vec3( mapN.xy, sqrt( saturate( 1.0 - dot( mapN.xy, mapN.xy ) ) ) );
	#endif
	mapN.xy *= normalScale;
	normal = normalize( tbn * mapN );
#elif defined( USE_BUMPMAP )
	normal = perturbNormalArb( - vViewPosition, normal, dHdxy_fwd(), faceDirection );
#endif`,Ob=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,Ub=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,Fb=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,kb=`#ifdef USE_NORMALMAP
	uniform sampler2D normalMap;
	uniform vec2 normalScale;
#endif
#ifdef USE_NORMALMAP_OBJECTSPACE
	uniform mat3 normalMatrix;
#endif
#if ! defined ( USE_TANGENT ) && ( defined ( USE_NORMALMAP_TANGENTSPACE ) || defined ( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY ) )
	mat3 getTangentFrame( vec3 eye_pos, vec3 surf_norm, vec2 uv ) {
		vec3 q0 = dFdx( eye_pos.xyz );
		vec3 q1 = dFdy( eye_pos.xyz );
		vec2 st0 = dFdx( uv.st );
		vec2 st1 = dFdy( uv.st );
		vec3 N = surf_norm;
		vec3 q1perp = cross( q1, N );
		vec3 q0perp = cross( N, q0 );
		vec3 T = q1perp * st0.x + q0perp * st1.x;
		vec3 B = q1perp * st0.y + q0perp * st1.y;
		float det = max( dot( T, T ), dot( B, B ) );
		float scale = ( det == 0.0 ) ? 0.0 : inversesqrt( det );
		return mat3( T * scale, B * scale, N );
	}
#endif`,Bb=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,zb=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,Vb=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,Hb=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,Gb=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,Wb=`vec3 packNormalToRGB( const in vec3 normal ) {
	return normalize( normal ) * 0.5 + 0.5;
}
vec3 unpackRGBToNormal( const in vec3 rgb ) {
	return 2.0 * rgb.xyz - 1.0;
}
const float PackUpscale = 256. / 255.;const float UnpackDownscale = 255. / 256.;const float ShiftRight8 = 1. / 256.;
const float Inv255 = 1. / 255.;
const vec4 PackFactors = vec4( 1.0, 256.0, 256.0 * 256.0, 256.0 * 256.0 * 256.0 );
const vec2 UnpackFactors2 = vec2( UnpackDownscale, 1.0 / PackFactors.g );
const vec3 UnpackFactors3 = vec3( UnpackDownscale / PackFactors.rg, 1.0 / PackFactors.b );
const vec4 UnpackFactors4 = vec4( UnpackDownscale / PackFactors.rgb, 1.0 / PackFactors.a );
vec4 packDepthToRGBA( const in float v ) {
	if( v <= 0.0 )
		return vec4( 0., 0., 0., 0. );
	if( v >= 1.0 )
		return vec4( 1., 1., 1., 1. );
	float vuf;
	float af = modf( v * PackFactors.a, vuf );
	float bf = modf( vuf * ShiftRight8, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec4( vuf * Inv255, gf * PackUpscale, bf * PackUpscale, af );
}
vec3 packDepthToRGB( const in float v ) {
	if( v <= 0.0 )
		return vec3( 0., 0., 0. );
	if( v >= 1.0 )
		return vec3( 1., 1., 1. );
	float vuf;
	float bf = modf( v * PackFactors.b, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec3( vuf * Inv255, gf * PackUpscale, bf );
}
vec2 packDepthToRG( const in float v ) {
	if( v <= 0.0 )
		return vec2( 0., 0. );
	if( v >= 1.0 )
		return vec2( 1., 1. );
	float vuf;
	float gf = modf( v * 256., vuf );
	return vec2( vuf * Inv255, gf );
}
float unpackRGBAToDepth( const in vec4 v ) {
	return dot( v, UnpackFactors4 );
}
float unpackRGBToDepth( const in vec3 v ) {
	return dot( v, UnpackFactors3 );
}
float unpackRGToDepth( const in vec2 v ) {
	return v.r * UnpackFactors2.r + v.g * UnpackFactors2.g;
}
vec4 pack2HalfToRGBA( const in vec2 v ) {
	vec4 r = vec4( v.x, fract( v.x * 255.0 ), v.y, fract( v.y * 255.0 ) );
	return vec4( r.x - r.y / 255.0, r.y, r.z - r.w / 255.0, r.w );
}
vec2 unpackRGBATo2Half( const in vec4 v ) {
	return vec2( v.x + ( v.y / 255.0 ), v.z + ( v.w / 255.0 ) );
}
float viewZToOrthographicDepth( const in float viewZ, const in float near, const in float far ) {
	return ( viewZ + near ) / ( near - far );
}
float orthographicDepthToViewZ( const in float depth, const in float near, const in float far ) {
	#ifdef USE_REVERSED_DEPTH_BUFFER
	
		return depth * ( far - near ) - far;
	#else
		return depth * ( near - far ) - near;
	#endif
}
float viewZToPerspectiveDepth( const in float viewZ, const in float near, const in float far ) {
	return ( ( near + viewZ ) * far ) / ( ( far - near ) * viewZ );
}
float perspectiveDepthToViewZ( const in float depth, const in float near, const in float far ) {
	
	#ifdef USE_REVERSED_DEPTH_BUFFER
		return ( near * far ) / ( ( near - far ) * depth - near );
	#else
		return ( near * far ) / ( ( far - near ) * depth - far );
	#endif
}`,Xb=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,$b=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,qb=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,Yb=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,Zb=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,Kb=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,Jb=`#if NUM_SPOT_LIGHT_COORDS > 0
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#if NUM_SPOT_LIGHT_MAPS > 0
	uniform sampler2D spotLightMap[ NUM_SPOT_LIGHT_MAPS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		#define SUN_LIGHT_CASCADES 2
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#else
			uniform sampler2D sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#endif
		uniform mat4 sunShadowMatrix[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		uniform vec4 sunShadowCascade[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
		struct SunLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SunLightShadow sunLightShadows[ NUM_SUN_LIGHT_SHADOWS ];
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#else
			uniform sampler2D directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#endif
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#else
			uniform sampler2D spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#endif
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform samplerCubeShadow pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#elif defined( SHADOWMAP_TYPE_BASIC )
			uniform samplerCube pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#endif
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float interleavedGradientNoise( vec2 position ) {
			return fract( 52.9829189 * fract( dot( position, vec2( 0.06711056, 0.00583715 ) ) ) );
		}
		vec2 vogelDiskSample( int sampleIndex, int samplesCount, float phi ) {
			const float goldenAngle = 2.399963229728653;
			float r = sqrt( ( float( sampleIndex ) + 0.5 ) / float( samplesCount ) );
			float theta = float( sampleIndex ) * goldenAngle + phi;
			return vec2( cos( theta ), sin( theta ) ) * r;
		}
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float getShadow( sampler2DShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 texelSize = vec2( 1.0 ) / shadowMapSize;
				vec2 radius = shadowRadius * texelSize;
				float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
				shadow = (
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 0, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 1, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 2, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 3, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 4, 5, phi ) * radius, shadowCoord.z ) )
				) * 0.2;
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#elif defined( SHADOWMAP_TYPE_VSM )
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 distribution = texture2D( shadowMap, shadowCoord.xy ).rg;
				float mean = distribution.x;
				float variance = distribution.y * distribution.y;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					float hard_shadow = step( mean, shadowCoord.z );
				#else
					float hard_shadow = step( shadowCoord.z, mean );
				#endif
				
				if ( hard_shadow == 1.0 ) {
					shadow = 1.0;
				} else {
					variance = max( variance, 0.0000001 );
					float d = shadowCoord.z - mean;
					float p_max = variance / ( variance + d * d );
					p_max = clamp( ( p_max - 0.3 ) / 0.65, 0.0, 1.0 );
					shadow = max( hard_shadow, p_max );
				}
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#else
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				float depth = texture2D( shadowMap, shadowCoord.xy ).r;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					shadow = step( depth, shadowCoord.z );
				#else
					shadow = step( shadowCoord.z, depth );
				#endif
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#endif
	#if NUM_SUN_LIGHT_SHADOWS > 0
		float getSunShadow(
			#if defined( SHADOWMAP_TYPE_PCF )
				sampler2DShadow shadowMap,
			#else
				sampler2D shadowMap,
			#endif
			SunLightShadow sunLightShadow,
			int shadowIndex
		) {
			vec4 shadowWorldPosition = vec4( vSunShadowWorldPosition.xyz + vSunShadowWorldNormal * sunLightShadow.shadowNormalBias, 1.0 );
			float viewDepth = vSunShadowWorldPosition.w;
			int cascadeOffset = shadowIndex * SUN_LIGHT_CASCADES;
			float shadow = 1.0;
			for ( int i = SUN_LIGHT_CASCADES - 1; i >= 0; i -- ) {
				vec4 cascade = sunShadowCascade[ cascadeOffset + i ];
				if ( viewDepth >= cascade.x && viewDepth < cascade.y ) {
					float cascadeShadow = getShadow(
						shadowMap,
						sunLightShadow.shadowMapSize,
						sunLightShadow.shadowIntensity,
						sunLightShadow.shadowBias,
						sunLightShadow.shadowRadius,
						sunShadowMatrix[ cascadeOffset + i ] * shadowWorldPosition
					);
					shadow = mix( cascadeShadow, shadow, smoothstep( cascade.z, cascade.y, viewDepth ) );
				}
			}
			return shadow;
		}
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
	#if defined( SHADOWMAP_TYPE_PCF )
	float getPointShadow( samplerCubeShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 bd3D = normalize( lightToPosition );
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float lightDistance = length( lightToPosition );
			float depthRange = shadowCameraFar - shadowCameraNear;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				float depthA = - shadowCameraNear / depthRange - shadowBias;
				float depthB = shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#else
				float depthA = shadowCameraFar / depthRange + shadowBias;
				float depthB = - shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#endif
			float texelSize = shadowRadius / shadowMapSize.x;
			vec3 absDir = abs( bd3D );
			vec3 tangent = absDir.x > absDir.z ? vec3( 0.0, 1.0, 0.0 ) : vec3( 1.0, 0.0, 0.0 );
			tangent = normalize( cross( bd3D, tangent ) );
			vec3 bitangent = cross( bd3D, tangent );
			float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
			shadow = 0.0;
			for ( int i = 0; i < 5; i ++ ) {
				vec2 offset = vogelDiskSample( i, 5, phi );
				vec3 direction = bd3D + ( tangent * offset.x + bitangent * offset.y ) * texelSize;
				vec3 absDirection = abs( direction );
				float dp = depthA + depthB / max( max( absDirection.x, absDirection.y ), absDirection.z );
				shadow += texture( shadowMap, vec4( direction, dp ) );
			}
			shadow *= 0.2;
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#elif defined( SHADOWMAP_TYPE_BASIC )
	float getPointShadow( samplerCube shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float dp = ( shadowCameraFar * ( viewSpaceZ - shadowCameraNear ) ) / ( viewSpaceZ * ( shadowCameraFar - shadowCameraNear ) );
			dp += shadowBias;
			vec3 bd3D = normalize( lightToPosition );
			float depth = textureCube( shadowMap, bd3D ).r;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				depth = 1.0 - depth;
			#endif
			shadow = step( dp, depth );
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#endif
	#endif
#endif`,jb=`#if NUM_SPOT_LIGHT_COORDS > 0
	uniform mat4 spotLightMatrix[ NUM_SPOT_LIGHT_COORDS ];
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		uniform mat4 directionalShadowMatrix[ NUM_DIR_LIGHT_SHADOWS ];
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		uniform mat4 pointShadowMatrix[ NUM_POINT_LIGHT_SHADOWS ];
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
#endif`,Qb=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
	#ifdef HAS_NORMAL
		vec3 shadowWorldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
	#else
		vec3 shadowWorldNormal = vec3( 0.0 );
	#endif
	vec4 shadowWorldPosition;
#endif
#if defined( USE_SHADOWMAP )
	#if NUM_SUN_LIGHT_SHADOWS > 0
		vSunShadowWorldPosition = vec4( worldPosition.xyz, - mvPosition.z );
		vSunShadowWorldNormal = shadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * directionalLightShadows[ i ].shadowNormalBias, 0 );
			vDirectionalShadowCoord[ i ] = directionalShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * pointLightShadows[ i ].shadowNormalBias, 0 );
			vPointShadowCoord[ i ] = pointShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
#endif
#if NUM_SPOT_LIGHT_COORDS > 0
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_COORDS; i ++ ) {
		shadowWorldPosition = worldPosition;
		#if ( defined( USE_SHADOWMAP ) && UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
			shadowWorldPosition.xyz += shadowWorldNormal * spotLightShadows[ i ].shadowNormalBias;
		#endif
		vSpotLightCoord[ i ] = spotLightMatrix[ i ] * shadowWorldPosition;
	}
	#pragma unroll_loop_end
#endif`,eM=`float getShadowMask() {
	float shadow = 1.0;
	#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHT_SHADOWS; i ++ ) {
		sunLight = sunLightShadows[ i ];
		shadow *= receiveShadow ? getSunShadow( sunShadowMap[ i ], sunLight, UNROLLED_LOOP_INDEX ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
		directionalLight = directionalLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( directionalShadowMap[ i ], directionalLight.shadowMapSize, directionalLight.shadowIntensity, directionalLight.shadowBias, directionalLight.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_SHADOWS; i ++ ) {
		spotLight = spotLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( spotShadowMap[ i ], spotLight.shadowMapSize, spotLight.shadowIntensity, spotLight.shadowBias, spotLight.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0 && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
	PointLightShadow pointLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
		pointLight = pointLightShadows[ i ];
		shadow *= receiveShadow ? getPointShadow( pointShadowMap[ i ], pointLight.shadowMapSize, pointLight.shadowIntensity, pointLight.shadowBias, pointLight.shadowRadius, vPointShadowCoord[ i ], pointLight.shadowCameraNear, pointLight.shadowCameraFar ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#endif
	return shadow;
}`,tM=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,nM=`#ifdef USE_SKINNING
	uniform mat4 bindMatrix;
	uniform mat4 bindMatrixInverse;
	uniform highp sampler2D boneTexture;
	mat4 getBoneMatrix( const in float i ) {
		int size = textureSize( boneTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( boneTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( boneTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( boneTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( boneTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
#endif`,iM=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,sM=`#ifdef USE_SKINNING
	mat4 skinMatrix = mat4( 0.0 );
	skinMatrix += skinWeight.x * boneMatX;
	skinMatrix += skinWeight.y * boneMatY;
	skinMatrix += skinWeight.z * boneMatZ;
	skinMatrix += skinWeight.w * boneMatW;
	skinMatrix = bindMatrixInverse * skinMatrix * bindMatrix;
	objectNormal = vec4( skinMatrix * vec4( objectNormal, 0.0 ) ).xyz;
	#ifdef USE_TANGENT
		objectTangent = vec4( skinMatrix * vec4( objectTangent, 0.0 ) ).xyz;
	#endif
#endif`,rM=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,oM=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,aM=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,lM=`#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
uniform float toneMappingExposure;
vec3 LinearToneMapping( vec3 color ) {
	return saturate( toneMappingExposure * color );
}
vec3 ReinhardToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	return saturate( color / ( vec3( 1.0 ) + color ) );
}
vec3 CineonToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	color = max( vec3( 0.0 ), color - 0.004 );
	return pow( ( color * ( 6.2 * color + 0.5 ) ) / ( color * ( 6.2 * color + 1.7 ) + 0.06 ), vec3( 2.2 ) );
}
vec3 RRTAndODTFit( vec3 v ) {
	vec3 a = v * ( v + 0.0245786 ) - 0.000090537;
	vec3 b = v * ( 0.983729 * v + 0.4329510 ) + 0.238081;
	return a / b;
}
vec3 ACESFilmicToneMapping( vec3 color ) {
	const mat3 ACESInputMat = mat3(
		vec3( 0.59719, 0.07600, 0.02840 ),		vec3( 0.35458, 0.90834, 0.13383 ),
		vec3( 0.04823, 0.01566, 0.83777 )
	);
	const mat3 ACESOutputMat = mat3(
		vec3(  1.60475, -0.10208, -0.00327 ),		vec3( -0.53108,  1.10813, -0.07276 ),
		vec3( -0.07367, -0.00605,  1.07602 )
	);
	color *= toneMappingExposure / 0.6;
	color = ACESInputMat * color;
	color = RRTAndODTFit( color );
	color = ACESOutputMat * color;
	return saturate( color );
}
const mat3 LINEAR_REC2020_TO_LINEAR_SRGB = mat3(
	vec3( 1.6605, - 0.1246, - 0.0182 ),
	vec3( - 0.5876, 1.1329, - 0.1006 ),
	vec3( - 0.0728, - 0.0083, 1.1187 )
);
const mat3 LINEAR_SRGB_TO_LINEAR_REC2020 = mat3(
	vec3( 0.6274, 0.0691, 0.0164 ),
	vec3( 0.3293, 0.9195, 0.0880 ),
	vec3( 0.0433, 0.0113, 0.8956 )
);
vec3 agxDefaultContrastApprox( vec3 x ) {
	vec3 x2 = x * x;
	vec3 x4 = x2 * x2;
	return + 15.5 * x4 * x2
		- 40.14 * x4 * x
		+ 31.96 * x4
		- 6.868 * x2 * x
		+ 0.4298 * x2
		+ 0.1191 * x
		- 0.00232;
}
vec3 AgXToneMapping( vec3 color ) {
	const mat3 AgXInsetMatrix = mat3(
		vec3( 0.856627153315983, 0.137318972929847, 0.11189821299995 ),
		vec3( 0.0951212405381588, 0.761241990602591, 0.0767994186031903 ),
		vec3( 0.0482516061458583, 0.101439036467562, 0.811302368396859 )
	);
	const mat3 AgXOutsetMatrix = mat3(
		vec3( 1.1271005818144368, - 0.1413297634984383, - 0.14132976349843826 ),
		vec3( - 0.11060664309660323, 1.157823702216272, - 0.11060664309660294 ),
		vec3( - 0.016493938717834573, - 0.016493938717834257, 1.2519364065950405 )
	);
	const float AgxMinEv = - 12.47393;	const float AgxMaxEv = 4.026069;
	color *= toneMappingExposure;
	color = LINEAR_SRGB_TO_LINEAR_REC2020 * color;
	color = AgXInsetMatrix * color;
	color = max( color, 1e-10 );	color = log2( color );
	color = ( color - AgxMinEv ) / ( AgxMaxEv - AgxMinEv );
	color = clamp( color, 0.0, 1.0 );
	color = agxDefaultContrastApprox( color );
	color = AgXOutsetMatrix * color;
	color = pow( max( vec3( 0.0 ), color ), vec3( 2.2 ) );
	color = LINEAR_REC2020_TO_LINEAR_SRGB * color;
	color = clamp( color, 0.0, 1.0 );
	return color;
}
vec3 NeutralToneMapping( vec3 color ) {
	const float StartCompression = 0.8 - 0.04;
	const float Desaturation = 0.15;
	color *= toneMappingExposure;
	float x = min( color.r, min( color.g, color.b ) );
	float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
	color -= offset;
	float peak = max( color.r, max( color.g, color.b ) );
	if ( peak < StartCompression ) return color;
	float d = 1. - StartCompression;
	float newPeak = 1. - d * d / ( peak + d - StartCompression );
	color *= newPeak / peak;
	float g = 1. - 1. / ( Desaturation * ( peak - newPeak ) + 1. );
	return mix( color, vec3( newPeak ), g );
}
vec3 CustomToneMapping( vec3 color ) { return color; }`,cM=`#ifdef USE_TRANSMISSION
	material.transmission = transmission;
	material.transmissionAlpha = 1.0;
	material.thickness = thickness;
	material.attenuationDistance = attenuationDistance;
	material.attenuationColor = attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		material.transmission *= texture2D( transmissionMap, vTransmissionMapUv ).r;
	#endif
	#ifdef USE_THICKNESSMAP
		material.thickness *= texture2D( thicknessMap, vThicknessMapUv ).g;
	#endif
	vec3 pos = vWorldPosition;
	vec3 v = normalize( cameraPosition - pos );
	vec3 n = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec4 transmitted = getIBLVolumeRefraction(
		n, v, material.roughness, material.diffuseContribution, material.specularColorBlended, material.specularF90,
		pos, modelMatrix, viewMatrix, projectionMatrix, material.dispersion, material.ior, material.thickness,
		material.attenuationColor, material.attenuationDistance );
	material.transmissionAlpha = mix( material.transmissionAlpha, transmitted.a, material.transmission );
	totalDiffuse = mix( totalDiffuse, transmitted.rgb, material.transmission );
#endif`,hM=`#ifdef USE_TRANSMISSION
	uniform float transmission;
	uniform float thickness;
	uniform float attenuationDistance;
	uniform vec3 attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		uniform sampler2D transmissionMap;
	#endif
	#ifdef USE_THICKNESSMAP
		uniform sampler2D thicknessMap;
	#endif
	uniform vec2 transmissionSamplerSize;
	uniform sampler2D transmissionSamplerMap;
	uniform mat4 modelMatrix;
	uniform mat4 projectionMatrix;
	varying vec3 vWorldPosition;
	float w0( float a ) {
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - a + 3.0 ) - 3.0 ) + 1.0 );
	}
	float w1( float a ) {
		return ( 1.0 / 6.0 ) * ( a *  a * ( 3.0 * a - 6.0 ) + 4.0 );
	}
	float w2( float a ){
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - 3.0 * a + 3.0 ) + 3.0 ) + 1.0 );
	}
	float w3( float a ) {
		return ( 1.0 / 6.0 ) * ( a * a * a );
	}
	float g0( float a ) {
		return w0( a ) + w1( a );
	}
	float g1( float a ) {
		return w2( a ) + w3( a );
	}
	float h0( float a ) {
		return - 1.0 + w1( a ) / ( w0( a ) + w1( a ) );
	}
	float h1( float a ) {
		return 1.0 + w3( a ) / ( w2( a ) + w3( a ) );
	}
	vec4 bicubic( sampler2D tex, vec2 uv, vec4 texelSize, float lod ) {
		uv = uv * texelSize.zw + 0.5;
		vec2 iuv = floor( uv );
		vec2 fuv = fract( uv );
		float g0x = g0( fuv.x );
		float g1x = g1( fuv.x );
		float h0x = h0( fuv.x );
		float h1x = h1( fuv.x );
		float h0y = h0( fuv.y );
		float h1y = h1( fuv.y );
		vec2 p0 = ( vec2( iuv.x + h0x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p1 = ( vec2( iuv.x + h1x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p2 = ( vec2( iuv.x + h0x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		vec2 p3 = ( vec2( iuv.x + h1x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		return g0( fuv.y ) * ( g0x * textureLod( tex, p0, lod ) + g1x * textureLod( tex, p1, lod ) ) +
			g1( fuv.y ) * ( g0x * textureLod( tex, p2, lod ) + g1x * textureLod( tex, p3, lod ) );
	}
	vec4 textureBicubic( sampler2D sampler, vec2 uv, float lod ) {
		vec2 fLodSize = vec2( textureSize( sampler, int( lod ) ) );
		vec2 cLodSize = vec2( textureSize( sampler, int( lod + 1.0 ) ) );
		vec2 fLodSizeInv = 1.0 / fLodSize;
		vec2 cLodSizeInv = 1.0 / cLodSize;
		vec4 fSample = bicubic( sampler, uv, vec4( fLodSizeInv, fLodSize ), floor( lod ) );
		vec4 cSample = bicubic( sampler, uv, vec4( cLodSizeInv, cLodSize ), ceil( lod ) );
		return mix( fSample, cSample, fract( lod ) );
	}
	vec3 getVolumeTransmissionRay( const in vec3 n, const in vec3 v, const in float thickness, const in float ior, const in mat4 modelMatrix ) {
		vec3 refractionVector = refract( - v, normalize( n ), 1.0 / ior );
		vec3 modelScale;
		modelScale.x = length( vec3( modelMatrix[ 0 ].xyz ) );
		modelScale.y = length( vec3( modelMatrix[ 1 ].xyz ) );
		modelScale.z = length( vec3( modelMatrix[ 2 ].xyz ) );
		return normalize( refractionVector ) * thickness * modelScale;
	}
	float applyIorToRoughness( const in float roughness, const in float ior ) {
		return roughness * clamp( ior * 2.0 - 2.0, 0.0, 1.0 );
	}
	vec4 getTransmissionSample( const in vec2 fragCoord, const in float roughness, const in float ior ) {
		float lod = log2( transmissionSamplerSize.x ) * applyIorToRoughness( roughness, ior );
		return textureBicubic( transmissionSamplerMap, fragCoord.xy, lod );
	}
	vec3 volumeAttenuation( const in float transmissionDistance, const in vec3 attenuationColor, const in float attenuationDistance ) {
		if ( isinf( attenuationDistance ) ) {
			return vec3( 1.0 );
		} else {
			vec3 attenuationCoefficient = -log( attenuationColor ) / attenuationDistance;
			vec3 transmittance = exp( - attenuationCoefficient * transmissionDistance );			return transmittance;
		}
	}
	vec4 getIBLVolumeRefraction( const in vec3 n, const in vec3 v, const in float roughness, const in vec3 diffuseColor,
		const in vec3 specularColor, const in float specularF90, const in vec3 position, const in mat4 modelMatrix,
		const in mat4 viewMatrix, const in mat4 projMatrix, const in float dispersion, const in float ior, const in float thickness,
		const in vec3 attenuationColor, const in float attenuationDistance ) {
		vec4 transmittedLight;
		vec3 transmittance;
		#ifdef USE_DISPERSION
			float halfSpread = ( ior - 1.0 ) * 0.025 * dispersion;
			vec3 iors = vec3( ior - halfSpread, ior, ior + halfSpread );
			for ( int i = 0; i < 3; i ++ ) {
				vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, iors[ i ], modelMatrix );
				vec3 refractedRayExit = position + transmissionRay;
				vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
				vec2 refractionCoords = ndcPos.xy / ndcPos.w;
				refractionCoords += 1.0;
				refractionCoords /= 2.0;
				vec4 transmissionSample = getTransmissionSample( refractionCoords, roughness, iors[ i ] );
				transmittedLight[ i ] = transmissionSample[ i ];
				transmittedLight.a += transmissionSample.a;
				transmittance[ i ] = diffuseColor[ i ] * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance )[ i ];
			}
			transmittedLight.a /= 3.0;
		#else
			vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, ior, modelMatrix );
			vec3 refractedRayExit = position + transmissionRay;
			vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
			vec2 refractionCoords = ndcPos.xy / ndcPos.w;
			refractionCoords += 1.0;
			refractionCoords /= 2.0;
			transmittedLight = getTransmissionSample( refractionCoords, roughness, ior );
			transmittance = diffuseColor * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance );
		#endif
		vec3 attenuatedColor = transmittance * transmittedLight.rgb;
		vec3 F = EnvironmentBRDF( n, v, specularColor, specularF90, roughness );
		float transmittanceFactor = ( transmittance.r + transmittance.g + transmittance.b ) / 3.0;
		return vec4( ( 1.0 - F ) * attenuatedColor, 1.0 - ( 1.0 - transmittedLight.a ) * transmittanceFactor );
	}
#endif`,uM=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_SPECULARMAP
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,dM=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	uniform mat3 mapTransform;
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	uniform mat3 alphaMapTransform;
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	uniform mat3 lightMapTransform;
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	uniform mat3 aoMapTransform;
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	uniform mat3 bumpMapTransform;
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	uniform mat3 normalMapTransform;
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_DISPLACEMENTMAP
	uniform mat3 displacementMapTransform;
	varying vec2 vDisplacementMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	uniform mat3 emissiveMapTransform;
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	uniform mat3 metalnessMapTransform;
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	uniform mat3 roughnessMapTransform;
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	uniform mat3 diffuseRoughnessMapTransform;
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	uniform mat3 anisotropyMapTransform;
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	uniform mat3 clearcoatMapTransform;
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform mat3 clearcoatNormalMapTransform;
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform mat3 clearcoatRoughnessMapTransform;
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	uniform mat3 sheenColorMapTransform;
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	uniform mat3 sheenRoughnessMapTransform;
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	uniform mat3 iridescenceMapTransform;
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform mat3 iridescenceThicknessMapTransform;
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SPECULARMAP
	uniform mat3 specularMapTransform;
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	uniform mat3 specularColorMapTransform;
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	uniform mat3 specularIntensityMapTransform;
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,fM=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	vUv = vec3( uv, 1 ).xy;
#endif
#ifdef USE_MAP
	vMapUv = ( mapTransform * vec3( MAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ALPHAMAP
	vAlphaMapUv = ( alphaMapTransform * vec3( ALPHAMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_LIGHTMAP
	vLightMapUv = ( lightMapTransform * vec3( LIGHTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_AOMAP
	vAoMapUv = ( aoMapTransform * vec3( AOMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_BUMPMAP
	vBumpMapUv = ( bumpMapTransform * vec3( BUMPMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_NORMALMAP
	vNormalMapUv = ( normalMapTransform * vec3( NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DISPLACEMENTMAP
	vDisplacementMapUv = ( displacementMapTransform * vec3( DISPLACEMENTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_EMISSIVEMAP
	vEmissiveMapUv = ( emissiveMapTransform * vec3( EMISSIVEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_METALNESSMAP
	vMetalnessMapUv = ( metalnessMapTransform * vec3( METALNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ROUGHNESSMAP
	vRoughnessMapUv = ( roughnessMapTransform * vec3( ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	vDiffuseRoughnessMapUv = ( diffuseRoughnessMapTransform * vec3( DIFFUSE_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ANISOTROPYMAP
	vAnisotropyMapUv = ( anisotropyMapTransform * vec3( ANISOTROPYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOATMAP
	vClearcoatMapUv = ( clearcoatMapTransform * vec3( CLEARCOATMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	vClearcoatNormalMapUv = ( clearcoatNormalMapTransform * vec3( CLEARCOAT_NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	vClearcoatRoughnessMapUv = ( clearcoatRoughnessMapTransform * vec3( CLEARCOAT_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCEMAP
	vIridescenceMapUv = ( iridescenceMapTransform * vec3( IRIDESCENCEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	vIridescenceThicknessMapUv = ( iridescenceThicknessMapTransform * vec3( IRIDESCENCE_THICKNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_COLORMAP
	vSheenColorMapUv = ( sheenColorMapTransform * vec3( SHEEN_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	vSheenRoughnessMapUv = ( sheenRoughnessMapTransform * vec3( SHEEN_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULARMAP
	vSpecularMapUv = ( specularMapTransform * vec3( SPECULARMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_COLORMAP
	vSpecularColorMapUv = ( specularColorMapTransform * vec3( SPECULAR_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	vSpecularIntensityMapUv = ( specularIntensityMapTransform * vec3( SPECULAR_INTENSITYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_TRANSMISSIONMAP
	vTransmissionMapUv = ( transmissionMapTransform * vec3( TRANSMISSIONMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_THICKNESSMAP
	vThicknessMapUv = ( thicknessMapTransform * vec3( THICKNESSMAP_UV, 1 ) ).xy;
#endif`,pM=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,mM=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,gM=`uniform sampler2D t2D;
uniform float backgroundIntensity;
varying vec2 vUv;
void main() {
	vec4 texColor = texture2D( t2D, vUv );
	#ifdef DECODE_VIDEO_TEXTURE
		texColor = vec4( mix( pow( texColor.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), texColor.rgb * 0.0773993808, vec3( lessThanEqual( texColor.rgb, vec3( 0.04045 ) ) ) ), texColor.w );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,_M=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,yM=`uniform float backgroundBlurriness;
uniform float backgroundIntensity;
uniform mat3 backgroundRotation;
varying vec3 vWorldDirection;
#include <envmap_common_pars_fragment>
void main() {
	#ifdef ENVMAP_TYPE_PMREM
		vec4 texColor = textureLod( envMap, backgroundRotation * vWorldDirection, roughnessToMip( backgroundBlurriness ) );
	#else
		vec4 texColor = textureCube( envMap, backgroundRotation * vWorldDirection );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,xM=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,vM=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,SM=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
varying vec2 vHighPrecisionZW;
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vHighPrecisionZW = gl_Position.zw;
}`,bM=`#if DEPTH_PACKING == 3200
	uniform float opacity;
#endif
#include <common>
#include <packing>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
varying vec2 vHighPrecisionZW;
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#if DEPTH_PACKING == 3200
		diffuseColor.a = opacity;
	#endif
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <logdepthbuf_fragment>
	#ifdef USE_REVERSED_DEPTH_BUFFER
		float fragCoordZ = vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ];
	#else
		float fragCoordZ = 0.5 * vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ] + 0.5;
	#endif
	#if DEPTH_PACKING == 3200
		gl_FragColor = vec4( vec3( 1.0 - fragCoordZ ), opacity );
	#elif DEPTH_PACKING == 3201
		gl_FragColor = packDepthToRGBA( fragCoordZ );
	#elif DEPTH_PACKING == 3202
		gl_FragColor = vec4( packDepthToRGB( fragCoordZ ), 1.0 );
	#elif DEPTH_PACKING == 3203
		gl_FragColor = vec4( packDepthToRG( fragCoordZ ), 0.0, 1.0 );
	#endif
}`,MM=`#define DISTANCE
varying vec3 vWorldPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <worldpos_vertex>
	#include <clipping_planes_vertex>
	vWorldPosition = worldPosition.xyz;
}`,wM=`#define DISTANCE
uniform vec3 referencePosition;
uniform float nearDistance;
uniform float farDistance;
varying vec3 vWorldPosition;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	float dist = length( vWorldPosition - referencePosition );
	dist = ( dist - nearDistance ) / ( farDistance - nearDistance );
	dist = saturate( dist );
	gl_FragColor = vec4( dist, 0.0, 0.0, 1.0 );
}`,EM=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,AM=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,TM=`uniform float scale;
attribute float lineDistance;
varying float vLineDistance;
#include <common>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	vLineDistance = scale * lineDistance;
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,RM=`uniform vec3 diffuse;
uniform float opacity;
uniform float dashSize;
uniform float totalSize;
varying float vLineDistance;
#include <common>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	if ( mod( vLineDistance, totalSize ) > dashSize ) {
		discard;
	}
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,CM=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#if defined ( USE_ENVMAP ) || defined ( USE_SKINNING )
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinbase_vertex>
		#include <skinnormal_vertex>
		#include <defaultnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <fog_vertex>
}`,PM=`uniform vec3 diffuse;
uniform float opacity;
#ifndef FLAT_SHADED
	varying vec3 vNormal;
#endif
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <fog_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		reflectedLight.indirectDiffuse += lightMapTexel.rgb * lightMapIntensity * RECIPROCAL_PI;
	#else
		reflectedLight.indirectDiffuse += vec3( 1.0 );
	#endif
	#include <aomap_fragment>
	reflectedLight.indirectDiffuse *= diffuseColor.rgb;
	vec3 outgoingLight = reflectedLight.indirectDiffuse;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,IM=`#define LAMBERT
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,LM=`#define LAMBERT
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_lambert_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_lambert_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,NM=`#define MATCAP
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <displacementmap_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
	vViewPosition = - mvPosition.xyz;
}`,DM=`#define MATCAP
uniform vec3 diffuse;
uniform float opacity;
uniform sampler2D matcap;
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	vec3 viewDir = normalize( vViewPosition );
	vec3 x = normalize( vec3( viewDir.z, 0.0, - viewDir.x ) );
	vec3 y = cross( viewDir, x );
	vec2 uv = vec2( dot( x, normal ), dot( y, normal ) ) * 0.495 + 0.5;
	#ifdef USE_MATCAP
		vec4 matcapColor = texture2D( matcap, uv );
	#else
		vec4 matcapColor = vec4( vec3( mix( 0.2, 0.8, uv.y ) ), 1.0 );
	#endif
	vec3 outgoingLight = diffuseColor.rgb * matcapColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,OM=`#define NORMAL
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	vViewPosition = - mvPosition.xyz;
#endif
}`,UM=`#define NORMAL
uniform float opacity;
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <uv_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 0.0, 0.0, 0.0, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	gl_FragColor = vec4( normalize( normal ) * 0.5 + 0.5, diffuseColor.a );
	#ifdef OPAQUE
		gl_FragColor.a = 1.0;
	#endif
}`,FM=`#define PHONG
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,kM=`#define PHONG
uniform vec3 diffuse;
uniform vec3 emissive;
uniform vec3 specular;
uniform float shininess;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_phong_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_phong_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + reflectedLight.directSpecular + reflectedLight.indirectSpecular + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,BM=`#define STANDARD
varying vec3 vViewPosition;
#ifdef USE_TRANSMISSION
	varying vec3 vWorldPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
#ifdef USE_TRANSMISSION
	vWorldPosition = worldPosition.xyz;
#endif
}`,zM=`#define STANDARD
#ifdef PHYSICAL
	#define IOR
	#define USE_SPECULAR
#endif
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float roughness;
uniform float metalness;
uniform float opacity;
#ifdef IOR
	uniform float ior;
#endif
#ifdef USE_SPECULAR
	uniform float specularIntensity;
	uniform vec3 specularColor;
	#ifdef USE_SPECULAR_COLORMAP
		uniform sampler2D specularColorMap;
	#endif
	#ifdef USE_SPECULAR_INTENSITYMAP
		uniform sampler2D specularIntensityMap;
	#endif
#endif
#ifdef USE_CLEARCOAT
	uniform float clearcoat;
	uniform float clearcoatRoughness;
#endif
#ifdef USE_DIFFUSE_ROUGHNESS
	uniform float diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		uniform sampler2D diffuseRoughnessMap;
	#endif
#endif
#ifdef USE_DISPERSION
	uniform float dispersion;
#endif
#ifdef USE_RETROREFLECTION
	uniform float retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	uniform float iridescence;
	uniform float iridescenceIOR;
	uniform float iridescenceThicknessMinimum;
	uniform float iridescenceThicknessMaximum;
#endif
#ifdef USE_SHEEN
	uniform vec3 sheenColor;
	uniform float sheenRoughness;
	#ifdef USE_SHEEN_COLORMAP
		uniform sampler2D sheenColorMap;
	#endif
	#ifdef USE_SHEEN_ROUGHNESSMAP
		uniform sampler2D sheenRoughnessMap;
	#endif
#endif
#ifdef USE_ANISOTROPY
	uniform vec2 anisotropyVector;
	#ifdef USE_ANISOTROPYMAP
		uniform sampler2D anisotropyMap;
	#endif
#endif
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <iridescence_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_physical_pars_fragment>
#include <transmission_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <clearcoat_pars_fragment>
#include <iridescence_pars_fragment>
#include <roughnessmap_pars_fragment>
#include <metalnessmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <roughnessmap_fragment>
	#include <metalnessmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <clearcoat_normal_fragment_begin>
	#include <clearcoat_normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_physical_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 totalDiffuse = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse;
	vec3 totalSpecular = reflectedLight.directSpecular + reflectedLight.indirectSpecular;
	#include <transmission_fragment>
	vec3 outgoingLight = totalDiffuse + totalSpecular + totalEmissiveRadiance;
	#ifdef USE_SHEEN
 
		outgoingLight = outgoingLight + sheenSpecularDirect + sheenSpecularIndirect;
 
 	#endif
	#ifdef USE_CLEARCOAT
		float dotNVcc = saturate( dot( geometryClearcoatNormal, geometryViewDir ) );
		vec3 Fcc = F_Schlick( material.clearcoatF0, material.clearcoatF90, dotNVcc );
		outgoingLight = outgoingLight * ( 1.0 - material.clearcoat * Fcc ) + ( clearcoatSpecularDirect + clearcoatSpecularIndirect ) * material.clearcoat;
	#endif
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,VM=`#define TOON
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,HM=`#define TOON
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <gradientmap_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_toon_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_toon_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,GM=`uniform float size;
uniform float scale;
#include <common>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
#ifdef USE_POINTS_UV
	varying vec2 vUv;
	uniform mat3 uvTransform;
#endif
void main() {
	#ifdef USE_POINTS_UV
		vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	#endif
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	gl_PointSize = size;
	#ifdef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) gl_PointSize *= ( scale / - mvPosition.z );
	#endif
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <fog_vertex>
}`,WM=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <color_pars_fragment>
#include <map_particle_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_particle_fragment>
	#include <color_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,XM=`#include <common>
#include <batching_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <shadowmap_pars_vertex>
void main() {
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,$M=`uniform vec3 color;
uniform float opacity;
#include <common>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <logdepthbuf_pars_fragment>
#include <shadowmap_pars_fragment>
#include <shadowmask_pars_fragment>
void main() {
	#include <logdepthbuf_fragment>
	gl_FragColor = vec4( color, opacity * ( 1.0 - getShadowMask() ) );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,qM=`uniform float rotation;
uniform vec2 center;
#include <common>
#include <uv_pars_vertex>
#include <fog_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	vec4 mvPosition = modelViewMatrix[ 3 ];
	vec2 scale = vec2( length( modelMatrix[ 0 ].xyz ), length( modelMatrix[ 1 ].xyz ) );
	#ifndef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) scale *= - mvPosition.z;
	#endif
	vec2 alignedPosition = ( position.xy - ( center - vec2( 0.5 ) ) ) * scale;
	vec2 rotatedPosition;
	rotatedPosition.x = cos( rotation ) * alignedPosition.x - sin( rotation ) * alignedPosition.y;
	rotatedPosition.y = sin( rotation ) * alignedPosition.x + cos( rotation ) * alignedPosition.y;
	mvPosition.xy += rotatedPosition;
	gl_Position = projectionMatrix * mvPosition;
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,YM=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
}`,ft={alphahash_fragment:gS,alphahash_pars_fragment:_S,alphamap_fragment:yS,alphamap_pars_fragment:xS,alphatest_fragment:vS,alphatest_pars_fragment:SS,aomap_fragment:bS,aomap_pars_fragment:MS,batching_pars_vertex:wS,batching_vertex:ES,begin_vertex:AS,beginnormal_vertex:TS,bsdfs:RS,iridescence_fragment:CS,bumpmap_pars_fragment:PS,clipping_planes_fragment:IS,clipping_planes_pars_fragment:LS,clipping_planes_pars_vertex:NS,clipping_planes_vertex:DS,color_fragment:OS,color_pars_fragment:US,color_pars_vertex:FS,color_vertex:kS,common:BS,defaultnormal_vertex:zS,displacementmap_pars_vertex:VS,displacementmap_vertex:HS,emissivemap_fragment:GS,emissivemap_pars_fragment:WS,colorspace_fragment:XS,colorspace_pars_fragment:$S,envmap_fragment:qS,envmap_common_pars_fragment:YS,envmap_pars_fragment:ZS,envmap_pars_vertex:KS,envmap_physical_pars_fragment:ab,envmap_vertex:JS,fog_vertex:jS,fog_pars_vertex:QS,fog_fragment:eb,fog_pars_fragment:tb,gradientmap_pars_fragment:nb,lightmap_pars_fragment:ib,lights_lambert_fragment:sb,lights_lambert_pars_fragment:rb,lights_pars_begin:ob,lights_toon_fragment:lb,lights_toon_pars_fragment:cb,lights_phong_fragment:hb,lights_phong_pars_fragment:ub,lights_physical_fragment:db,lights_physical_pars_fragment:fb,lights_fragment_begin:pb,lights_fragment_maps:mb,lights_fragment_end:gb,lightprobes_pars_fragment:_b,logdepthbuf_fragment:yb,logdepthbuf_pars_fragment:xb,logdepthbuf_pars_vertex:vb,logdepthbuf_vertex:Sb,map_fragment:bb,map_pars_fragment:Mb,map_particle_fragment:wb,map_particle_pars_fragment:Eb,metalnessmap_fragment:Ab,metalnessmap_pars_fragment:Tb,morphinstance_vertex:Rb,morphcolor_vertex:Cb,morphnormal_vertex:Pb,morphtarget_pars_vertex:Ib,morphtarget_vertex:Lb,normal_fragment_begin:Nb,normal_fragment_maps:Db,normal_pars_fragment:Ob,normal_pars_vertex:Ub,normal_vertex:Fb,normalmap_pars_fragment:kb,clearcoat_normal_fragment_begin:Bb,clearcoat_normal_fragment_maps:zb,clearcoat_pars_fragment:Vb,iridescence_pars_fragment:Hb,opaque_fragment:Gb,packing:Wb,premultiplied_alpha_fragment:Xb,project_vertex:$b,dithering_fragment:qb,dithering_pars_fragment:Yb,roughnessmap_fragment:Zb,roughnessmap_pars_fragment:Kb,shadowmap_pars_fragment:Jb,shadowmap_pars_vertex:jb,shadowmap_vertex:Qb,shadowmask_pars_fragment:eM,skinbase_vertex:tM,skinning_pars_vertex:nM,skinning_vertex:iM,skinnormal_vertex:sM,specularmap_fragment:rM,specularmap_pars_fragment:oM,tonemapping_fragment:aM,tonemapping_pars_fragment:lM,transmission_fragment:cM,transmission_pars_fragment:hM,uv_pars_fragment:uM,uv_pars_vertex:dM,uv_vertex:fM,worldpos_vertex:pM,background_vert:mM,background_frag:gM,backgroundCube_vert:_M,backgroundCube_frag:yM,cube_vert:xM,cube_frag:vM,depth_vert:SM,depth_frag:bM,distance_vert:MM,distance_frag:wM,equirect_vert:EM,equirect_frag:AM,linedashed_vert:TM,linedashed_frag:RM,meshbasic_vert:CM,meshbasic_frag:PM,meshlambert_vert:IM,meshlambert_frag:LM,meshmatcap_vert:NM,meshmatcap_frag:DM,meshnormal_vert:OM,meshnormal_frag:UM,meshphong_vert:FM,meshphong_frag:kM,meshphysical_vert:BM,meshphysical_frag:zM,meshtoon_vert:VM,meshtoon_frag:HM,points_vert:GM,points_frag:WM,shadow_vert:XM,shadow_frag:$M,sprite_vert:qM,sprite_frag:YM},Ne={common:{diffuse:{value:new Mt(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new st},alphaMap:{value:null},alphaMapTransform:{value:new st},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new st}},envmap:{envMap:{value:null},envMapRotation:{value:new st},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new st}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new st}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new st},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new st},normalScale:{value:new Je(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new st},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new st}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new st}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new st}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new Mt(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new Mt(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new st},alphaTest:{value:0},uvTransform:{value:new st}},sprite:{diffuse:{value:new Mt(16777215)},opacity:{value:1},center:{value:new Je(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new st},alphaMap:{value:null},alphaMapTransform:{value:new st},alphaTest:{value:0}}},ss={basic:{uniforms:Bn([Ne.common,Ne.specularmap,Ne.envmap,Ne.aomap,Ne.lightmap,Ne.fog]),vertexShader:ft.meshbasic_vert,fragmentShader:ft.meshbasic_frag},lambert:{uniforms:Bn([Ne.common,Ne.specularmap,Ne.envmap,Ne.aomap,Ne.lightmap,Ne.emissivemap,Ne.bumpmap,Ne.normalmap,Ne.displacementmap,Ne.fog,Ne.lights,{emissive:{value:new Mt(0)},envMapIntensity:{value:1}}]),vertexShader:ft.meshlambert_vert,fragmentShader:ft.meshlambert_frag},phong:{uniforms:Bn([Ne.common,Ne.specularmap,Ne.envmap,Ne.aomap,Ne.lightmap,Ne.emissivemap,Ne.bumpmap,Ne.normalmap,Ne.displacementmap,Ne.fog,Ne.lights,{emissive:{value:new Mt(0)},specular:{value:new Mt(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:ft.meshphong_vert,fragmentShader:ft.meshphong_frag},standard:{uniforms:Bn([Ne.common,Ne.envmap,Ne.aomap,Ne.lightmap,Ne.emissivemap,Ne.bumpmap,Ne.normalmap,Ne.displacementmap,Ne.roughnessmap,Ne.metalnessmap,Ne.fog,Ne.lights,{emissive:{value:new Mt(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:ft.meshphysical_vert,fragmentShader:ft.meshphysical_frag},toon:{uniforms:Bn([Ne.common,Ne.aomap,Ne.lightmap,Ne.emissivemap,Ne.bumpmap,Ne.normalmap,Ne.displacementmap,Ne.gradientmap,Ne.fog,Ne.lights,{emissive:{value:new Mt(0)}}]),vertexShader:ft.meshtoon_vert,fragmentShader:ft.meshtoon_frag},matcap:{uniforms:Bn([Ne.common,Ne.bumpmap,Ne.normalmap,Ne.displacementmap,Ne.fog,{matcap:{value:null}}]),vertexShader:ft.meshmatcap_vert,fragmentShader:ft.meshmatcap_frag},points:{uniforms:Bn([Ne.points,Ne.fog]),vertexShader:ft.points_vert,fragmentShader:ft.points_frag},dashed:{uniforms:Bn([Ne.common,Ne.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:ft.linedashed_vert,fragmentShader:ft.linedashed_frag},depth:{uniforms:Bn([Ne.common,Ne.displacementmap]),vertexShader:ft.depth_vert,fragmentShader:ft.depth_frag},normal:{uniforms:Bn([Ne.common,Ne.bumpmap,Ne.normalmap,Ne.displacementmap,{opacity:{value:1}}]),vertexShader:ft.meshnormal_vert,fragmentShader:ft.meshnormal_frag},sprite:{uniforms:Bn([Ne.sprite,Ne.fog]),vertexShader:ft.sprite_vert,fragmentShader:ft.sprite_frag},background:{uniforms:{uvTransform:{value:new st},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:ft.background_vert,fragmentShader:ft.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new st}},vertexShader:ft.backgroundCube_vert,fragmentShader:ft.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:ft.cube_vert,fragmentShader:ft.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:ft.equirect_vert,fragmentShader:ft.equirect_frag},distance:{uniforms:Bn([Ne.common,Ne.displacementmap,{referencePosition:{value:new X},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:ft.distance_vert,fragmentShader:ft.distance_frag},shadow:{uniforms:Bn([Ne.lights,Ne.fog,{color:{value:new Mt(0)},opacity:{value:1}}]),vertexShader:ft.shadow_vert,fragmentShader:ft.shadow_frag}};ss.physical={uniforms:Bn([ss.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new st},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new st},clearcoatNormalScale:{value:new Je(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new st},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new st},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new st},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new st},sheen:{value:0},sheenColor:{value:new Mt(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new st},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new st},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new st},transmissionSamplerSize:{value:new Je},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new st},attenuationDistance:{value:0},attenuationColor:{value:new Mt(0)},specularColor:{value:new Mt(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new st},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new st},anisotropyVector:{value:new Je},anisotropyMap:{value:null},anisotropyMapTransform:{value:new st}}]),vertexShader:ft.meshphysical_vert,fragmentShader:ft.meshphysical_frag};var Sh={r:0,b:0,g:0},ZM=new Et,D0=new st;D0.set(-1,0,0,0,1,0,0,0,1);function KM(i,e,t,n,s,r){let o=new Mt(0),a=s===!0?0:1,l,c,h=null,d=0,u=null;function m(v){let R=v.isScene===!0?v.background:null;if(R&&R.isTexture){let x=v.backgroundBlurriness>0;R=e.get(R,x)}return R}function g(v){let R=!1,x=m(v);x===null?p(o,a):x&&x.isColor&&(p(x,1),R=!0);let T=i.xr.getEnvironmentBlendMode();T==="additive"?t.buffers.color.setClear(0,0,0,1,r):T==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,r),(i.autoClear||R)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),i.clear(i.autoClearColor,i.autoClearDepth,i.autoClearStencil))}function S(v,R){let x=m(R);x&&x.isCubeTexture?(c===void 0&&(c=new qn(new Po(1,1,1),new kn({name:"BackgroundCubeMaterial",uniforms:Rr(ss.backgroundCube.uniforms),vertexShader:ss.backgroundCube.vertexShader,fragmentShader:ss.backgroundCube.fragmentShader,side:Dn,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),c.geometry.deleteAttribute("uv"),c.onBeforeRender=function(T,A,_){this.matrixWorld.copyPosition(_.matrixWorld)},Object.defineProperty(c.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),n.update(c)),c.material.uniforms.envMap.value=x,c.material.uniforms.backgroundBlurriness.value=R.backgroundBlurriness,c.material.uniforms.backgroundIntensity.value=R.backgroundIntensity,c.material.uniforms.backgroundRotation.value.setFromMatrix4(ZM.makeRotationFromEuler(R.backgroundRotation)).transpose(),x.isRenderTargetTexture===!1&&c.material.uniforms.backgroundRotation.value.premultiply(D0),c.material.toneMapped=bt.getTransfer(x.colorSpace)!==Lt,(h!==x||d!==x.version||u!==i.toneMapping)&&(c.material.needsUpdate=!0,h=x,d=x.version,u=i.toneMapping),c.layers.enableAll(),v.unshift(c,c.geometry,c.material,0,0,null)):x&&x.isTexture&&(l===void 0&&(l=new qn(new La(2,2),new kn({name:"BackgroundMaterial",uniforms:Rr(ss.background.uniforms),vertexShader:ss.background.vertexShader,fragmentShader:ss.background.fragmentShader,side:er,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),Object.defineProperty(l.material,"map",{get:function(){return this.uniforms.t2D.value}}),n.update(l)),l.material.uniforms.t2D.value=x,l.material.uniforms.backgroundIntensity.value=R.backgroundIntensity,l.material.toneMapped=bt.getTransfer(x.colorSpace)!==Lt,x.matrixAutoUpdate===!0&&x.updateMatrix(),l.material.uniforms.uvTransform.value.copy(x.matrix),(h!==x||d!==x.version||u!==i.toneMapping)&&(l.material.needsUpdate=!0,h=x,d=x.version,u=i.toneMapping),l.layers.enableAll(),v.unshift(l,l.geometry,l.material,0,0,null))}function p(v,R){v.getRGB(Sh,Kd(i)),t.buffers.color.setClear(Sh.r,Sh.g,Sh.b,R,r)}function f(){c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0),l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0)}return{getClearColor:function(){return o},setClearColor:function(v,R=1){o.set(v),a=R,p(o,a)},getClearAlpha:function(){return a},setClearAlpha:function(v){a=v,p(o,a)},render:g,addToRenderList:S,dispose:f}}function JM(i,e){let t=i.getParameter(i.MAX_VERTEX_ATTRIBS),n={},s=u(null),r=s,o=!1;function a(L,k,z,N,H){let $=!1,G=d(L,N,z,k);r!==G&&(r=G,c(r.object)),$=m(L,N,z,H),$&&g(L,N,z,H),H!==null&&e.update(H,i.ELEMENT_ARRAY_BUFFER),($||o)&&(o=!1,x(L,k,z,N),H!==null&&i.bindBuffer(i.ELEMENT_ARRAY_BUFFER,e.get(H).buffer))}function l(){return i.createVertexArray()}function c(L){return i.bindVertexArray(L)}function h(L){return i.deleteVertexArray(L)}function d(L,k,z,N){let H=N.wireframe===!0,$=n[k.id];$===void 0&&($={},n[k.id]=$);let G=L.isInstancedMesh===!0?L.id:0,le=$[G];le===void 0&&(le={},$[G]=le);let K=le[z.id];K===void 0&&(K={},le[z.id]=K);let j=K[H];return j===void 0&&(j=u(l()),K[H]=j),j}function u(L){let k=[],z=[],N=[];for(let H=0;H<t;H++)k[H]=0,z[H]=0,N[H]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:k,enabledAttributes:z,attributeDivisors:N,object:L,attributes:{},index:null}}function m(L,k,z,N){let H=r.attributes,$=k.attributes,G=0,le=z.getAttributes();for(let K in le)if(le[K].location>=0){let ie=H[K],ue=$[K];if(ue===void 0&&(K==="instanceMatrix"&&L.instanceMatrix&&(ue=L.instanceMatrix),K==="instanceColor"&&L.instanceColor&&(ue=L.instanceColor)),ie===void 0||ie.attribute!==ue||ue&&ie.data!==ue.data)return!0;G++}return r.attributesNum!==G||r.index!==N}function g(L,k,z,N){let H={},$=k.attributes,G=0,le=z.getAttributes();for(let K in le)if(le[K].location>=0){let ie=$[K];ie===void 0&&(K==="instanceMatrix"&&L.instanceMatrix&&(ie=L.instanceMatrix),K==="instanceColor"&&L.instanceColor&&(ie=L.instanceColor));let ue={};ue.attribute=ie,ie&&ie.data&&(ue.data=ie.data),H[K]=ue,G++}r.attributes=H,r.attributesNum=G,r.index=N}function S(){let L=r.newAttributes;for(let k=0,z=L.length;k<z;k++)L[k]=0}function p(L){f(L,0)}function f(L,k){let z=r.newAttributes,N=r.enabledAttributes,H=r.attributeDivisors;z[L]=1,N[L]===0&&(i.enableVertexAttribArray(L),N[L]=1),H[L]!==k&&(i.vertexAttribDivisor(L,k),H[L]=k)}function v(){let L=r.newAttributes,k=r.enabledAttributes;for(let z=0,N=k.length;z<N;z++)k[z]!==L[z]&&(i.disableVertexAttribArray(z),k[z]=0)}function R(L,k,z,N,H,$,G){G===!0?i.vertexAttribIPointer(L,k,z,H,$):i.vertexAttribPointer(L,k,z,N,H,$)}function x(L,k,z,N){S();let H=N.attributes,$=z.getAttributes(),G=k.defaultAttributeValues;for(let le in $){let K=$[le];if(K.location>=0){let j=H[le];if(j===void 0&&(le==="instanceMatrix"&&L.instanceMatrix&&(j=L.instanceMatrix),le==="instanceColor"&&L.instanceColor&&(j=L.instanceColor)),j!==void 0){let ie=j.normalized,ue=j.itemSize,he=e.get(j);if(he===void 0)continue;let Q=he.buffer,pe=he.type,_e=he.bytesPerElement,Re=pe===i.INT||pe===i.UNSIGNED_INT||j.gpuType===kc;if(j.isInterleavedBufferAttribute){let be=j.data,Xe=be.isInterleavedBuffer===!0?be.stride:be.itemSize,at=j.offset;if(be.isInstancedInterleavedBuffer||be.isInstancedBufferAttribute){for(let Ge=0;Ge<K.locationSize;Ge++)f(K.location+Ge,be.meshPerAttribute);L.isInstancedMesh!==!0&&N._maxInstanceCount===void 0&&(N._maxInstanceCount=be.meshPerAttribute*be.count)}else for(let Ge=0;Ge<K.locationSize;Ge++)p(K.location+Ge);i.bindBuffer(i.ARRAY_BUFFER,Q);for(let Ge=0;Ge<K.locationSize;Ge++)R(K.location+Ge,ue/K.locationSize,pe,ie,Xe*_e,(at+ue/K.locationSize*Ge)*_e,Re)}else{if(j.isInstancedBufferAttribute){for(let be=0;be<K.locationSize;be++)f(K.location+be,j.meshPerAttribute);L.isInstancedMesh!==!0&&N._maxInstanceCount===void 0&&(N._maxInstanceCount=j.meshPerAttribute*j.count)}else for(let be=0;be<K.locationSize;be++)p(K.location+be);i.bindBuffer(i.ARRAY_BUFFER,Q);for(let be=0;be<K.locationSize;be++)R(K.location+be,ue/K.locationSize,pe,ie,ue*_e,ue/K.locationSize*be*_e,Re)}}else if(G!==void 0){let ie=G[le];if(ie!==void 0)switch(ie.length){case 2:i.vertexAttrib2fv(K.location,ie);break;case 3:i.vertexAttrib3fv(K.location,ie);break;case 4:i.vertexAttrib4fv(K.location,ie);break;default:i.vertexAttrib1fv(K.location,ie)}}}}v()}function T(){O();for(let L in n){let k=n[L];for(let z in k){let N=k[z];for(let H in N){let $=N[H];for(let G in $)h($[G].object),delete $[G];delete N[H]}}delete n[L]}}function A(L){if(n[L.id]===void 0)return;let k=n[L.id];for(let z in k){let N=k[z];for(let H in N){let $=N[H];for(let G in $)h($[G].object),delete $[G];delete N[H]}}delete n[L.id]}function _(L){for(let k in n){let z=n[k];for(let N in z){let H=z[N];if(H[L.id]===void 0)continue;let $=H[L.id];for(let G in $)h($[G].object),delete $[G];delete H[L.id]}}}function w(L){for(let k in n){let z=n[k],N=L.isInstancedMesh===!0?L.id:0,H=z[N];if(H!==void 0){for(let $ in H){let G=H[$];for(let le in G)h(G[le].object),delete G[le];delete H[$]}delete z[N],Object.keys(z).length===0&&delete n[k]}}}function O(){I(),o=!0,r!==s&&(r=s,c(r.object))}function I(){s.geometry=null,s.program=null,s.wireframe=!1}return{setup:a,reset:O,resetDefaultState:I,dispose:T,releaseStatesOfGeometry:A,releaseStatesOfObject:w,releaseStatesOfProgram:_,initAttributes:S,enableAttribute:p,disableUnusedAttributes:v}}function jM(i,e,t){let n;function s(l){n=l}function r(l,c){i.drawArrays(n,l,c),t.update(c,n,1)}function o(l,c,h){h!==0&&(i.drawArraysInstanced(n,l,c,h),t.update(c,n,h))}function a(l,c,h){if(h===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(n,l,0,c,0,h);let u=0;for(let m=0;m<h;m++)u+=c[m];t.update(u,n,1)}this.setMode=s,this.render=r,this.renderInstances=o,this.renderMultiDraw=a}function QM(i,e,t,n){let s;function r(){if(s!==void 0)return s;if(e.has("EXT_texture_filter_anisotropic")===!0){let _=e.get("EXT_texture_filter_anisotropic");s=i.getParameter(_.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else s=0;return s}function o(_){return!(_!==Yn&&n.convert(_)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_FORMAT))}function a(_){let w=_===zi&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(_!==mi&&_!==Ai&&!w&&n.convert(_)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_TYPE))}function l(_){if(_==="highp"){if(i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.HIGH_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.HIGH_FLOAT).precision>0)return"highp";_="mediump"}return _==="mediump"&&i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.MEDIUM_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let c=t.precision!==void 0?t.precision:"highp",h=l(c);h!==c&&(Ke("WebGLRenderer:",c,"not supported, using",h,"instead."),c=h);let d=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),u=t.logarithmicDepthBuffer===!0&&d===!1;t.reversedDepthBuffer===!0&&d===!1&&Ke("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&d===!0&&Ke("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let m=i.getParameter(i.MAX_TEXTURE_IMAGE_UNITS),g=i.getParameter(i.MAX_VERTEX_TEXTURE_IMAGE_UNITS),S=i.getParameter(i.MAX_TEXTURE_SIZE),p=i.getParameter(i.MAX_CUBE_MAP_TEXTURE_SIZE),f=i.getParameter(i.MAX_VERTEX_ATTRIBS),v=i.getParameter(i.MAX_VERTEX_UNIFORM_VECTORS),R=i.getParameter(i.MAX_VARYING_VECTORS),x=i.getParameter(i.MAX_FRAGMENT_UNIFORM_VECTORS),T=i.getParameter(i.MAX_SAMPLES),A=i.getParameter(i.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:r,getMaxPrecision:l,textureFormatReadable:o,textureTypeReadable:a,precision:c,logarithmicDepthBuffer:u,reversedDepthBuffer:d,maxTextures:m,maxVertexTextures:g,maxTextureSize:S,maxCubemapSize:p,maxAttributes:f,maxVertexUniforms:v,maxVaryings:R,maxFragmentUniforms:x,maxSamples:T,samples:A}}function ew(i){let e=this,t=null,n=0,s=!1,r=!1,o=new di,a=new st,l={value:null,needsUpdate:!1};this.uniform=l,this.numPlanes=0,this.numIntersection=0,this.init=function(d,u){let m=d.length!==0||u||n!==0||s;return s=u,n=d.length,m},this.beginShadows=function(){r=!0,h(null)},this.endShadows=function(){r=!1},this.setGlobalState=function(d,u){t=h(d,u,0)},this.setState=function(d,u,m){let g=d.clippingPlanes,S=d.clipIntersection,p=d.clipShadows,f=i.get(d);if(!s||g===null||g.length===0||r&&!p)r?h(null):c();else{let v=r?0:n,R=v*4,x=f.clippingState||null;l.value=x,x=h(g,u,R,m);for(let T=0;T!==R;++T)x[T]=t[T];f.clippingState=x,this.numIntersection=S?this.numPlanes:0,this.numPlanes+=v}};function c(){l.value!==t&&(l.value=t,l.needsUpdate=n>0),e.numPlanes=n,e.numIntersection=0}function h(d,u,m,g){let S=d!==null?d.length:0,p=null;if(S!==0){if(p=l.value,g!==!0||p===null){let f=m+S*4,v=u.matrixWorldInverse;a.getNormalMatrix(v),(p===null||p.length<f)&&(p=new Float32Array(f));for(let R=0,x=m;R!==S;++R,x+=4)o.copy(d[R]).applyMatrix4(v,a),o.normal.toArray(p,x),p[x+3]=o.constant}l.value=p,l.needsUpdate=!0}return e.numPlanes=S,e.numIntersection=0,p}}var Ya=class extends $n{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let n={width:e,height:e,depth:1},s=[n,n,n,n,n,n];this.texture=new Ra(s),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let n={uniforms:{tEquirect:{value:null}},vertexShader:`

				varying vec3 vWorldDirection;

				vec3 transformDirection( in vec3 dir, in mat4 matrix ) {

					return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );

				}

				void main() {

					vWorldDirection = transformDirection( position, modelMatrix );

					#include <begin_vertex>
					#include <project_vertex>

				}
			`,fragmentShader:`

				uniform sampler2D tEquirect;

				varying vec3 vWorldDirection;

				#include <common>

				void main() {

					vec3 direction = normalize( vWorldDirection );

					vec2 sampleUV = equirectUv( direction );

					gl_FragColor = texture2D( tEquirect, sampleUV );

				}
			`},s=new Po(5,5,5),r=new kn({name:"CubemapFromEquirect",uniforms:Rr(n.uniforms),vertexShader:n.vertexShader,fragmentShader:n.fragmentShader,side:Dn,blending:wr});r.uniforms.tEquirect.value=t;let o=new qn(s,r),a=t.minFilter;return t.minFilter===As&&(t.minFilter=pn),new Io(1,10,this).update(e,o),t.minFilter=a,o.geometry.dispose(),o.material.dispose(),this}clear(e,t=!0,n=!0,s=!0){let r=e.getRenderTarget();for(let o=0;o<6;o++)e.setRenderTarget(this,o),e.clear(t,n,s);e.setRenderTarget(r)}},d0=256,tw=3,nw=20,O0=256,U0=16,iw=3,sw=new X,rw=new Mt,Mh=class i{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new Io(1,10,null),this._boxMesh=new qn(new Po(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,n=.1,s=100,r={}){let{size:o=256,position:a=sw}=r,l=this._renderer;this._setSize(o);let c=this._allocateTarget(),h=this._getSourceTarget(!0);t>0&&(h.texture.mipmapsAutoUpdate=!1);let d=l.autoClear,u=l.autoClearColor,m=l.autoClearDepth,g=l.autoClearStencil,S=e.background;l.autoClear=!0,l.autoClearColor=!0,l.autoClearDepth=!0,l.autoClearStencil=!0,S===null&&(e.background=l.getClearColor(rw));let p=new Io(n,s,h);return p.position.copy(a),p.update(l,e),l.autoClear=d,l.autoClearColor=u,l.autoClearDepth=m,l.autoClearStencil=g,e.background=S,t>0&&(h.texture.mipmapsAutoUpdate=!0,this._blur(c,t)),this._applyPMREM(c),c}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=m0(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=p0(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(d0,qd(e))}_fromTexture(e,t){e.mapping===Ar||e.mapping===Oo?this._setSize(e.image.length===0?d0:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let n=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(n),n}_allocateTarget(){let e=this._cubeSize,t=f0(e,!1,!1),n=Math.log2(e)-tw;for(let s=0;s<=n;s++)t.texture.mipmaps.push({width:e>>s,height:e>>s});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,n=this._sourceTarget;return(n===null||n.width!==t||e&&n.depthBuffer===!1)&&(n!==null&&n.dispose(),this._sourceTarget=f0(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,n){let s=this._boxMesh,r=this._cubeCamera;s.material=n,r.renderTarget=e,r.activeMipmapLevel=t;let o=e.width>>t;e.viewport.set(0,0,o,o),r.update(this._renderer,s),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===Ar||e.mapping===Oo?(this._cubemapMaterial===null&&(this._cubemapMaterial=m0()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=p0()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=ow(),this._integrationMaterial=aw());let t=this._cubeSize,n=e.texture.mipmaps.length-1,s=this._ggxMaterial.uniforms;s.envMap.value=this._sourceTarget.texture;let r=this._integrationMaterial.uniforms;r.envMap.value=this._sourceTarget.texture,r.sourceLod.value=Math.log2(t/U0);for(let o=0;o<=n;o++){let a=i.lodToRoughness(o,n);if(o>n-iw)r.roughness.value=a,this._renderCube(e,o,this._integrationMaterial);else{let l=a>0?Math.log2(t)+.5*Math.log2(6/(O0*Math.pow(a,4)))+.5:0;s.roughness.value=a,s.lodBias.value=l,this._renderCube(e,o,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=lw());let n=this._blurMaterial,s=n.uniforms,r=this._sourceTarget;s.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,s.envMap.value=r.texture,this._renderCube(e,0,n),s.envMap.value=e.texture,this._renderCube(r,0,n)}};function f0(i,e,t){return new Ya(i,{minFilter:As,generateMipmaps:e,type:zi,colorSpace:es,depthBuffer:t})}function Za(i,e,t){return new kn({name:i,uniforms:e,vertexShader:ft.cube_vert,fragmentShader:t,side:Dn,blending:wr,depthTest:!1,depthWrite:!1})}function ow(){return Za("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${O0}u

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float lodBias;

		#include <common>

		// Van der Corput radical inverse
		float radicalInverse_VdC( uint bits ) {

			bits = ( bits << 16u ) | ( bits >> 16u );
			bits = ( ( bits & 0x55555555u ) << 1u ) | ( ( bits & 0xAAAAAAAAu ) >> 1u );
			bits = ( ( bits & 0x33333333u ) << 2u ) | ( ( bits & 0xCCCCCCCCu ) >> 2u );
			bits = ( ( bits & 0x0F0F0F0Fu ) << 4u ) | ( ( bits & 0xF0F0F0F0u ) >> 4u );
			bits = ( ( bits & 0x00FF00FFu ) << 8u ) | ( ( bits & 0xFF00FF00u ) >> 8u );
			return float( bits ) * 2.3283064365386963e-10; // / 0x100000000

		}

		// Hammersley sequence
		vec2 hammersley( uint i, uint N ) {

			return vec2( float( i ) / float( N ), radicalInverse_VdC( i ) );

		}

		void main() {

			vec3 N = normalize( vWorldDirection );

			// For very low roughness, just sample the environment directly
			if ( roughness < 0.001 ) {

				gl_FragColor = vec4( textureLod( envMap, N, 0.0 ).rgb, 1.0 );
				return;

			}

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			// Tangent space basis for VNDF sampling
			vec3 up = abs( N.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, N ) );
			vec3 bitangent = cross( N, tangent );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			for ( uint i = 0u; i < GGX_SAMPLES; i ++ ) {

				vec2 Xi = hammersley( i, GGX_SAMPLES );

				// With V = N, sample the reflected direction directly.
				float invQ = 1.0 / ( 1.0 - Xi.x + alpha2 * Xi.x );
				float NdotL = ( 1.0 - Xi.x - alpha2 * Xi.x ) * invQ;

				if ( NdotL > 0.0 ) {

					float phi = 2.0 * PI * Xi.y;
					float sinTheta = 2.0 * alpha * sqrt( Xi.x * ( 1.0 - Xi.x ) ) * invQ;
					vec3 L = N * NdotL + ( tangent * cos( phi ) + bitangent * sin( phi ) ) * sinTheta;

					// Match the source mip to the sample's solid angle. The terms
					// independent of the sample are precomputed in lodBias.
					float d = alpha2 * invQ;
					float lod = max( log2( d ) + lodBias, 0.0 );

					// Weight by NdotL for the split-sum approximation
					prefilteredColor += textureLod( envMap, L, lod ).rgb * NdotL;
					totalWeight += NdotL;

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function aw(){return Za("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:U0}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float sourceLod;
		uniform int sourceSize;

		void main() {

			vec3 N = normalize( vWorldDirection );

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			float texelSize = 2.0 / float( sourceSize );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			// Pair opposite texels: only the one in N's hemisphere contributes.
			for ( int face = 0; face < 3; face ++ ) {

				for ( int y = 0; y < sourceSize; y ++ ) {

					for ( int x = 0; x < sourceSize; x ++ ) {

						vec2 uv = ( vec2( x, y ) + 0.5 ) * texelSize - 1.0;
						vec3 texelDirection = face == 0 ? vec3( 1.0, uv ) : ( face == 1 ? vec3( uv.x, 1.0, uv.y ) : vec3( uv, 1.0 ) );

						float invDistance = inversesqrt( 1.0 + dot( uv, uv ) );
						float NdotL = dot( N, texelDirection );
						texelDirection *= NdotL < 0.0 ? - 1.0 : 1.0;
						NdotL = abs( NdotL ) * invDistance;

						// With V = N, NdotH squared is ( 1 + NdotL ) / 2. Common factors
						// in the GGX distribution and texel solid angle cancel when normalized.
						float d = 1.0 + alpha2 + ( alpha2 - 1.0 ) * NdotL;
						float weight = NdotL * invDistance * invDistance * invDistance / ( d * d );

						prefilteredColor += textureLod( envMap, texelDirection, sourceLod ).rgb * weight;
						totalWeight += weight;

					}

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function lw(){return Za("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${nw}
		#define GOLDEN_ANGLE 2.39996322973

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float sigma;

		#include <common>

		void main() {

			vec3 outputDirection = normalize( vWorldDirection );

			vec3 up = abs( outputDirection.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, outputDirection ) );
			vec3 bitangent = cross( outputDirection, tangent );

			// Truncate the kernel at three standard deviations or at the antipode.
			float thetaMax = min( 3.0 * sigma, PI );
			float truncation = 1.0 - exp( - 0.5 * thetaMax * thetaMax / ( sigma * sigma ) );

			vec3 accumColor = vec3( 0.0 );
			float accumWeight = 0.0;

			for ( int i = 0; i < SAMPLES; i ++ ) {

				// Stratified inverse-CDF sampling of the Gaussian, placed on a golden-angle spiral.
				float stratum = ( float( i ) + 0.5 ) / float( SAMPLES );
				float theta = sigma * sqrt( - 2.0 * log( 1.0 - stratum * truncation ) );
				float phi = float( i ) * GOLDEN_ANGLE;

				vec3 offset = cos( phi ) * tangent + sin( phi ) * bitangent;
				vec3 sampleDirection = cos( theta ) * outputDirection + sin( theta ) * offset;

				// Correct the planar sample density to solid angle.
				float weight = sin( theta ) / theta;

				accumColor += weight * textureLod( envMap, sampleDirection, 0.0 ).rgb;
				accumWeight += weight;

			}

			gl_FragColor = vec4( accumColor / accumWeight, 1.0 );

		}
	`)}function p0(){return Za("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

		varying vec3 vWorldDirection;

		uniform sampler2D envMap;

		#include <common>

		void main() {

			// Average four subpixel samples to preserve small, bright features.
			vec3 direction = normalize( vWorldDirection );
			vec3 dx = dFdx( direction ) * 0.25;
			vec3 dy = dFdy( direction ) * 0.25;

			vec3 color = textureLod( envMap, equirectUv( normalize( direction - dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction - dx + dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx + dy ) ), 0.0 ).rgb;
			gl_FragColor = vec4( color * 0.25, 1.0 );

		}
	`)}function m0(){return Za("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function cw(i){let e=new WeakMap,t=new WeakMap,n=null;function s(u,m=!1){return u==null?null:m?o(u):r(u)}function r(u){if(u&&u.isTexture){let m=u.mapping;if(m===Oc||m===Uc)if(e.has(u)){let g=e.get(u).texture;return a(g,u.mapping)}else{let g=u.image;if(g&&g.height>0){let S=new Ya(g.height);return S.fromEquirectangularTexture(i,u),e.set(u,S),u.addEventListener("dispose",c),a(S.texture,u.mapping)}else return null}}return u}function o(u){if(u&&u.isTexture&&u.isPMREMTexture!==!0){let m=u.mapping,g=m===Oc||m===Uc,S=m===Ar||m===Oo;if(g||S){let p=t.get(u),f=p!==void 0?p.texture.pmremVersion:0;if(u.isRenderTargetTexture&&u.pmremVersion!==f)return n===null&&(n=new Mh(i)),p=g?n.fromEquirectangular(u,p):n.fromCubemap(u,p),p.texture.pmremVersion=u.pmremVersion,t.set(u,p),p.texture;if(p!==void 0)return p.texture;{let v=u.image;return g&&v&&v.height>0||S&&v&&l(v)?(n===null&&(n=new Mh(i)),p=g?n.fromEquirectangular(u):n.fromCubemap(u),p.texture.pmremVersion=u.pmremVersion,t.set(u,p),u.addEventListener("dispose",h),p.texture):null}}}return u}function a(u,m){return m===Oc?u.mapping=Ar:m===Uc&&(u.mapping=Oo),u}function l(u){let m=0,g=6;for(let S=0;S<g;S++)u[S]!==void 0&&m++;return m===g}function c(u){let m=u.target;m.removeEventListener("dispose",c);let g=e.get(m);g!==void 0&&(e.delete(m),g.dispose())}function h(u){let m=u.target;m.removeEventListener("dispose",h);let g=t.get(m);g!==void 0&&(t.delete(m),g.dispose())}function d(){e=new WeakMap,t=new WeakMap,n!==null&&(n.dispose(),n=null)}return{get:s,dispose:d}}function hw(i){let e={};function t(n){if(e[n]!==void 0)return e[n];let s=i.getExtension(n);return e[n]=s,s}return{has:function(n){return t(n)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(n){let s=t(n);return s===null&&ya("WebGLRenderer: "+n+" extension not supported."),s}}}function uw(i,e,t,n){let s={},r=new WeakMap,o=new FinalizationRegistry(g=>delete s[g]);function a(g){l(g.target)}function l(g){g.index!==null&&e.remove(g.index);for(let p in g.attributes)e.remove(g.attributes[p]);g.removeEventListener("dispose",a),delete s[g.id],o.unregister(g);let S=r.get(g);S&&(e.remove(S),r.delete(g)),n.releaseStatesOfGeometry(g),g.isInstancedBufferGeometry===!0&&delete g._maxInstanceCount,t.memory.geometries--}function c(g,S){return s[S.id]!==void 0||(S.addEventListener("dispose",a),s[S.id]=new WeakRef(S),o.register(S,S.id,S),t.memory.geometries++),S}function h(g){let S=g.attributes;for(let p in S)e.update(S[p],i.ARRAY_BUFFER)}function d(g){let S=g.index,p=g.attributes.position,f=0;if(p===void 0)return;let v=S!==null?S.array.length:p.array.length/3-1,R=p.count>=65535?Ta:Aa,x=new R(Math.ceil(v/3)*6,1),T=x.array;if(S!==null){let _=S.array;f=S.version;for(let w=0,O=0;w<v;w+=3){let I=_[w+0],L=_[w+1],k=_[w+2];T[O++]=I,T[O++]=L,T[O++]=L,T[O++]=k,T[O++]=k,T[O++]=I}}else{f=p.version;for(let _=0,w=0;_<v;_+=3){let O=_+0,I=_+1,L=_+2;T[w++]=O,T[w++]=I,T[w++]=I,T[w++]=L,T[w++]=L,T[w++]=O}}x.version=f;let A=r.get(g);A&&e.remove(A),r.set(g,x)}function u(g){let S=r.get(g);if(S){let p=g.index;p!==null&&S.version<p.version&&d(g)}else d(g);return r.get(g)}function m(){for(let g in s){let S=s[g].deref();S!==void 0&&l(S)}}return{get:c,update:h,getWireframeAttribute:u,dispose:m}}function dw(i,e,t){let n;function s(d){n=d}let r,o;function a(d){r=d.type,o=d.bytesPerElement}function l(d,u){i.drawElements(n,u,r,d*o),t.update(u,n,1)}function c(d,u,m){m!==0&&(i.drawElementsInstanced(n,u,r,d*o,m),t.update(u,n,m))}function h(d,u,m){if(m===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(n,u,0,r,d,0,m);let S=0;for(let p=0;p<m;p++)S+=u[p];t.update(S,n,1)}this.setMode=s,this.setIndex=a,this.render=l,this.renderInstances=c,this.renderMultiDraw=h}function fw(i){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function n(r,o,a){switch(t.calls++,o){case i.TRIANGLES:t.triangles+=a*(r/3);break;case i.LINES:t.lines+=a*(r/2);break;case i.LINE_STRIP:t.lines+=a*(r-1);break;case i.LINE_LOOP:t.lines+=a*r;break;case i.POINTS:t.points+=a*r;break;default:tt("WebGLInfo: Unknown draw mode:",o);break}}function s(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:s,update:n}}function pw(i,e,t){let n=new WeakMap,s=new Jt;function r(o,a,l){let c=o.morphTargetInfluences,h=a.morphAttributes.position||a.morphAttributes.normal||a.morphAttributes.color,d=h!==void 0?h.length:0,u=n.get(a);if(u===void 0||u.count!==d){let O=function(){_.dispose(),n.delete(a),a.removeEventListener("dispose",O)};u!==void 0&&u.texture.dispose();let m=a.morphAttributes.position!==void 0,g=a.morphAttributes.normal!==void 0,S=a.morphAttributes.color!==void 0,p=a.morphAttributes.position||[],f=a.morphAttributes.normal||[],v=a.morphAttributes.color||[],R=0;m===!0&&(R=1),g===!0&&(R=2),S===!0&&(R=3);let x=a.attributes.position.count*R,T=1;x>e.maxTextureSize&&(T=Math.ceil(x/e.maxTextureSize),x=e.maxTextureSize);let A=new Float32Array(x*T*4*d),_=new Ea(A,x,T,d);_.type=Ai,_.needsUpdate=!0;let w=R*4;for(let I=0;I<d;I++){let L=p[I],k=f[I],z=v[I],N=x*T*4*I;for(let H=0;H<L.count;H++){let $=H*w;m===!0&&(s.fromBufferAttribute(L,H),A[N+$+0]=s.x,A[N+$+1]=s.y,A[N+$+2]=s.z,A[N+$+3]=0),g===!0&&(s.fromBufferAttribute(k,H),A[N+$+4]=s.x,A[N+$+5]=s.y,A[N+$+6]=s.z,A[N+$+7]=0),S===!0&&(s.fromBufferAttribute(z,H),A[N+$+8]=s.x,A[N+$+9]=s.y,A[N+$+10]=s.z,A[N+$+11]=z.itemSize===4?s.w:1)}}u={count:d,texture:_,size:new Je(x,T)},n.set(a,u),a.addEventListener("dispose",O)}if(o.isInstancedMesh===!0&&o.morphTexture!==null)l.getUniforms().setValue(i,"morphTexture",o.morphTexture,t);else{let m=0;for(let S=0;S<c.length;S++)m+=c[S];let g=a.morphTargetsRelative?1:1-m;l.getUniforms().setValue(i,"morphTargetBaseInfluence",g),l.getUniforms().setValue(i,"morphTargetInfluences",c)}l.getUniforms().setValue(i,"morphTargetsTexture",u.texture,t),l.getUniforms().setValue(i,"morphTargetsTextureSize",u.size)}return{update:r}}function mw(i,e,t,n,s){let r=new WeakMap;function o(c){let h=s.render.frame,d=c.geometry,u=e.get(c,d);if(r.get(u)!==h&&(e.update(u),r.set(u,h)),c.isInstancedMesh&&(c.hasEventListener("dispose",l)===!1&&c.addEventListener("dispose",l),r.get(c)!==h&&(t.update(c.instanceMatrix,i.ARRAY_BUFFER),c.instanceColor!==null&&t.update(c.instanceColor,i.ARRAY_BUFFER),r.set(c,h))),c.isSkinnedMesh){let m=c.skeleton;r.get(m)!==h&&(m.update(),r.set(m,h))}return u}function a(){r=new WeakMap}function l(c){let h=c.target;h.removeEventListener("dispose",l),n.releaseStatesOfObject(h),t.remove(h.instanceMatrix),h.instanceColor!==null&&t.remove(h.instanceColor)}return{update:o,dispose:a}}var gw={[Ad]:"LINEAR_TONE_MAPPING",[Td]:"REINHARD_TONE_MAPPING",[Rd]:"CINEON_TONE_MAPPING",[Cd]:"ACES_FILMIC_TONE_MAPPING",[Id]:"AGX_TONE_MAPPING",[Ld]:"NEUTRAL_TONE_MAPPING",[Pd]:"CUSTOM_TONE_MAPPING"};function _w(i,e,t,n,s,r){let o=new $n(e,t,{type:i,depthBuffer:s,stencilBuffer:r,samples:n?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),a=null,l=null,c=null,h=new wi;h.setAttribute("position",new Cn([-1,3,0,-1,-1,0,3,-1,0],3)),h.setAttribute("uv",new Cn([0,2,0,0,2,0],2));let d=new vc({uniforms:{tDiffuse:{value:null}},vertexShader:`
			precision highp float;

			uniform mat4 modelViewMatrix;
			uniform mat4 projectionMatrix;

			attribute vec3 position;
			attribute vec2 uv;

			varying vec2 vUv;

			void main() {
				vUv = uv;
				gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
			}`,fragmentShader:`
			precision highp float;

			uniform sampler2D tDiffuse;

			varying vec2 vUv;

			#include <tonemapping_pars_fragment>
			#include <colorspace_pars_fragment>

			void main() {
				gl_FragColor = texture2D( tDiffuse, vUv );

				#ifdef LINEAR_TONE_MAPPING
					gl_FragColor.rgb = LinearToneMapping( gl_FragColor.rgb );
				#elif defined( REINHARD_TONE_MAPPING )
					gl_FragColor.rgb = ReinhardToneMapping( gl_FragColor.rgb );
				#elif defined( CINEON_TONE_MAPPING )
					gl_FragColor.rgb = CineonToneMapping( gl_FragColor.rgb );
				#elif defined( ACES_FILMIC_TONE_MAPPING )
					gl_FragColor.rgb = ACESFilmicToneMapping( gl_FragColor.rgb );
				#elif defined( AGX_TONE_MAPPING )
					gl_FragColor.rgb = AgXToneMapping( gl_FragColor.rgb );
				#elif defined( NEUTRAL_TONE_MAPPING )
					gl_FragColor.rgb = NeutralToneMapping( gl_FragColor.rgb );
				#elif defined( CUSTOM_TONE_MAPPING )
					gl_FragColor.rgb = CustomToneMapping( gl_FragColor.rgb );
				#endif

				#ifdef SRGB_TRANSFER
					gl_FragColor = sRGBTransferOETF( gl_FragColor );
				#endif
			}`,depthTest:!1,depthWrite:!1}),u=new qn(h,d),m=new Nc(-1,1,1,-1,0,1),g=null,S=null,p=!1,f,v=null,R=[],x=!1;this.setSize=function(T,A){o.setSize(T,A),a!==null&&a.setSize(T,A),l!==null&&l.setSize(T,A);for(let _=0;_<R.length;_++){let w=R[_];w.setSize&&w.setSize(T,A)}},this.setEffects=function(T){R=T,x=R.length>0&&R[0].isRenderPass===!0;let A=o.width,_=o.height;R.length>0&&a===null&&(a=new $n(A,_,{type:zi,depthBuffer:!1,stencilBuffer:!1}),l=new $n(A,_,{type:zi,depthBuffer:!1,stencilBuffer:!1}));let w=s===!0&&R.some(O=>O.needsDepthTexture===!0);w!==(o.depthTexture!==null)&&(w===!0&&c===null&&(c=new Es(A,_),r===!0&&(c.format=Ts,c.type=Tr)),o.dispose(),o.depthTexture=w?c:null,o.resolveDepthBuffer=w,o.storeMultisampledDepthBuffer=w);for(let O=0;O<R.length;O++){let I=R[O];I.setSize&&I.setSize(A,_),w&&I.needsDepthTexture===!0&&I.setDepthTexture&&I.setDepthTexture(c)}},this.begin=function(T,A){if(p||T.toneMapping===ns&&R.length===0)return!1;if(v=A,A!==null){let _=A.width,w=A.height;(o.width!==_||o.height!==w)&&this.setSize(_,w)}return x===!1&&T.setRenderTarget(o),f=T.toneMapping,T.toneMapping=ns,!0},this.hasRenderPass=function(){return x},this.end=function(T,A){T.toneMapping=f,p=!0;let _=o,w=a;for(let O=0;O<R.length;O++){let I=R[O];I.enabled!==!1&&(I.render(T,w,_,A),I.needsSwap!==!1&&(_=w,w=w===a?l:a))}if(g!==T.outputColorSpace||S!==T.toneMapping){g=T.outputColorSpace,S=T.toneMapping,d.defines={},bt.getTransfer(g)===Lt&&(d.defines.SRGB_TRANSFER="");let O=gw[S];O&&(d.defines[O]=""),d.needsUpdate=!0}d.uniforms.tDiffuse.value=_.texture,T.setRenderTarget(v),T.render(u,m),v=null,p=!1},this.isCompositing=function(){return p},this.dispose=function(){o.dispose(),a!==null&&a.dispose(),l!==null&&l.dispose(),h.dispose(),d.dispose()}}var F0=new jn,k0=new Es(1,1),B0=new Ca(1),z0=new Ea,V0=new yc,H0=new Ra,g0=[],_0=[],y0=new Float32Array(16),x0=new Float32Array(9),v0=new Float32Array(4);function zo(i,e,t){let n=i[0];if(n<=0||n>0)return i;let s=e*t,r=g0[s];if(r===void 0&&(r=new Float32Array(s),g0[s]=r),e!==0){n.toArray(r,0);for(let o=1,a=0;o!==e;++o)a+=t,i[o].toArray(r,a)}return r}function vn(i,e){if(i.length!==e.length)return!1;for(let t=0,n=i.length;t<n;t++)if(i[t]!==e[t])return!1;return!0}function Sn(i,e){for(let t=0,n=e.length;t<n;t++)i[t]=e[t]}function wh(i,e){let t=_0[e];t===void 0&&(t=new Int32Array(e),_0[e]=t);for(let n=0;n!==e;++n)t[n]=i.allocateTextureUnit();return t}function yw(i,e){let t=this.cache;t[0]!==e&&(i.uniform1f(this.addr,e),t[0]=e)}function xw(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(vn(t,e))return;i.uniform2fv(this.addr,e),Sn(t,e)}}function vw(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(i.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(vn(t,e))return;i.uniform3fv(this.addr,e),Sn(t,e)}}function Sw(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(vn(t,e))return;i.uniform4fv(this.addr,e),Sn(t,e)}}function bw(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(vn(t,e))return;i.uniformMatrix2fv(this.addr,!1,e),Sn(t,e)}else{if(vn(t,n))return;v0.set(n),i.uniformMatrix2fv(this.addr,!1,v0),Sn(t,n)}}function Mw(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(vn(t,e))return;i.uniformMatrix3fv(this.addr,!1,e),Sn(t,e)}else{if(vn(t,n))return;x0.set(n),i.uniformMatrix3fv(this.addr,!1,x0),Sn(t,n)}}function ww(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(vn(t,e))return;i.uniformMatrix4fv(this.addr,!1,e),Sn(t,e)}else{if(vn(t,n))return;y0.set(n),i.uniformMatrix4fv(this.addr,!1,y0),Sn(t,n)}}function Ew(i,e){let t=this.cache;t[0]!==e&&(i.uniform1i(this.addr,e),t[0]=e)}function Aw(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(vn(t,e))return;i.uniform2iv(this.addr,e),Sn(t,e)}}function Tw(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(vn(t,e))return;i.uniform3iv(this.addr,e),Sn(t,e)}}function Rw(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(vn(t,e))return;i.uniform4iv(this.addr,e),Sn(t,e)}}function Cw(i,e){let t=this.cache;t[0]!==e&&(i.uniform1ui(this.addr,e),t[0]=e)}function Pw(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(vn(t,e))return;i.uniform2uiv(this.addr,e),Sn(t,e)}}function Iw(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(vn(t,e))return;i.uniform3uiv(this.addr,e),Sn(t,e)}}function Lw(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(vn(t,e))return;i.uniform4uiv(this.addr,e),Sn(t,e)}}function Eh(i){return i.version===0&&(i.compareFunction=Gd,i.needsUpdate=!0),i}function Nw(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s);let r;this.type===i.SAMPLER_2D_SHADOW?r=Eh(k0):r=F0,t.setTexture2D(e||r,s)}function Dw(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s),t.setTexture3D(e||V0,s)}function Ow(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s);let r;this.type===i.SAMPLER_CUBE_SHADOW?r=Eh(B0):r=H0,t.setTextureCube(e||r,s)}function Uw(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s),t.setTexture2DArray(e||z0,s)}function Fw(i){switch(i){case 5126:return yw;case 35664:return xw;case 35665:return vw;case 35666:return Sw;case 35674:return bw;case 35675:return Mw;case 35676:return ww;case 5124:case 35670:return Ew;case 35667:case 35671:return Aw;case 35668:case 35672:return Tw;case 35669:case 35673:return Rw;case 5125:return Cw;case 36294:return Pw;case 36295:return Iw;case 36296:return Lw;case 35678:case 36198:case 36298:case 36306:case 35682:return Nw;case 35679:case 36299:case 36307:return Dw;case 35680:case 36300:case 36308:case 36293:return Ow;case 36289:case 36303:case 36311:case 36292:return Uw}}function kw(i,e){i.uniform1fv(this.addr,e)}function Bw(i,e){let t=zo(e,this.size,2);i.uniform2fv(this.addr,t)}function zw(i,e){let t=zo(e,this.size,3);i.uniform3fv(this.addr,t)}function Vw(i,e){let t=zo(e,this.size,4);i.uniform4fv(this.addr,t)}function Hw(i,e){let t=zo(e,this.size,4);i.uniformMatrix2fv(this.addr,!1,t)}function Gw(i,e){let t=zo(e,this.size,9);i.uniformMatrix3fv(this.addr,!1,t)}function Ww(i,e){let t=zo(e,this.size,16);i.uniformMatrix4fv(this.addr,!1,t)}function Xw(i,e){i.uniform1iv(this.addr,e)}function $w(i,e){i.uniform2iv(this.addr,e)}function qw(i,e){i.uniform3iv(this.addr,e)}function Yw(i,e){i.uniform4iv(this.addr,e)}function Zw(i,e){i.uniform1uiv(this.addr,e)}function Kw(i,e){i.uniform2uiv(this.addr,e)}function Jw(i,e){i.uniform3uiv(this.addr,e)}function jw(i,e){i.uniform4uiv(this.addr,e)}function Qw(i,e,t){let n=this.cache,s=e.length,r=wh(t,s);vn(n,r)||(i.uniform1iv(this.addr,r),Sn(n,r));let o;this.type===i.SAMPLER_2D_SHADOW?o=Eh(k0):o=F0;for(let a=0;a!==s;++a)t.setTexture2D(e[a]||o,r[a])}function e1(i,e,t){let n=this.cache,s=e.length,r=wh(t,s);vn(n,r)||(i.uniform1iv(this.addr,r),Sn(n,r));for(let o=0;o!==s;++o)t.setTexture3D(e[o]||V0,r[o])}function t1(i,e,t){let n=this.cache,s=e.length,r=wh(t,s);vn(n,r)||(i.uniform1iv(this.addr,r),Sn(n,r));let o;this.type===i.SAMPLER_CUBE_SHADOW?o=Eh(B0):o=H0;for(let a=0;a!==s;++a)t.setTextureCube(e[a]||o,r[a])}function n1(i,e,t){let n=this.cache,s=e.length,r=wh(t,s);vn(n,r)||(i.uniform1iv(this.addr,r),Sn(n,r));for(let o=0;o!==s;++o)t.setTexture2DArray(e[o]||z0,r[o])}function i1(i){switch(i){case 5126:return kw;case 35664:return Bw;case 35665:return zw;case 35666:return Vw;case 35674:return Hw;case 35675:return Gw;case 35676:return Ww;case 5124:case 35670:return Xw;case 35667:case 35671:return $w;case 35668:case 35672:return qw;case 35669:case 35673:return Yw;case 5125:return Zw;case 36294:return Kw;case 36295:return Jw;case 36296:return jw;case 35678:case 36198:case 36298:case 36306:case 35682:return Qw;case 35679:case 36299:case 36307:return e1;case 35680:case 36300:case 36308:case 36293:return t1;case 36289:case 36303:case 36311:case 36292:return n1}}var nf=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.setValue=Fw(t.type)}},sf=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=i1(t.type)}},rf=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,n){let s=this.seq;for(let r=0,o=s.length;r!==o;++r){let a=s[r];a.setValue(e,t[a.id],n)}}},ef=/(\w+)(\])?(\[|\.)?/g;function S0(i,e){i.seq.push(e),i.map[e.id]=e}function s1(i,e,t){let n=i.name,s=n.length;for(ef.lastIndex=0;;){let r=ef.exec(n),o=ef.lastIndex,a=r[1],l=r[2]==="]",c=r[3];if(l&&(a=a|0),c===void 0||c==="["&&o+2===s){S0(t,c===void 0?new nf(a,i,e):new sf(a,i,e));break}else{let d=t.map[a];d===void 0&&(d=new rf(a),S0(t,d)),t=d}}}var ko=class{constructor(e,t){this.seq=[],this.map={};let n=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let o=0;o<n;++o){let a=e.getActiveUniform(t,o),l=e.getUniformLocation(t,a.name);s1(a,l,this)}let s=[],r=[];for(let o of this.seq)o.type===e.SAMPLER_2D_SHADOW||o.type===e.SAMPLER_CUBE_SHADOW||o.type===e.SAMPLER_2D_ARRAY_SHADOW?s.push(o):r.push(o);s.length>0&&(this.seq=s.concat(r))}setValue(e,t,n,s){let r=this.map[t];r!==void 0&&r.setValue(e,n,s)}setOptional(e,t,n){let s=t[n];s!==void 0&&this.setValue(e,n,s)}static upload(e,t,n,s){for(let r=0,o=t.length;r!==o;++r){let a=t[r],l=n[a.id];l.needsUpdate!==!1&&a.setValue(e,l.value,s)}}static seqWithValue(e,t){let n=[];for(let s=0,r=e.length;s!==r;++s){let o=e[s];o.id in t&&n.push(o)}return n}};function b0(i,e,t){let n=i.createShader(e);return i.shaderSource(n,t),i.compileShader(n),n}var r1=37297,o1=0;function a1(i,e){let t=i.split(`
`),n=[],s=Math.max(e-6,0),r=Math.min(e+6,t.length);for(let o=s;o<r;o++){let a=o+1;n.push(`${a===e?">":" "} ${a}: ${t[o]}`)}return n.join(`
`)}var M0=new st;function l1(i){bt._getMatrix(M0,bt.workingColorSpace,i);let e=`mat3( ${M0.elements.map(t=>t.toFixed(4))} )`;switch(bt.getTransfer(i)){case ba:return[e,"LinearTransferOETF"];case Lt:return[e,"sRGBTransferOETF"];default:return Ke("WebGLProgram: Unsupported color space: ",i),[e,"LinearTransferOETF"]}}function w0(i,e,t){let n=i.getShaderParameter(e,i.COMPILE_STATUS),r=(i.getShaderInfoLog(e)||"").trim();if(n&&r==="")return"";let o=/ERROR: 0:(\d+)/.exec(r);if(o){let a=parseInt(o[1]);return t.toUpperCase()+`

`+r+`

`+a1(i.getShaderSource(e),a)}else return r}function c1(i,e){let t=l1(e);return[`vec4 ${i}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var h1={[Ad]:"Linear",[Td]:"Reinhard",[Rd]:"Cineon",[Cd]:"ACESFilmic",[Id]:"AgX",[Ld]:"Neutral",[Pd]:"Custom"};function u1(i,e){let t=h1[e];return t===void 0?(Ke("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+i+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+i+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var bh=new X;function d1(){bt.getLuminanceCoefficients(bh);let i=bh.x.toFixed(4),e=bh.y.toFixed(4),t=bh.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${i}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function f1(i){return[i.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",i.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(qa).join(`
`)}function p1(i){let e=[];for(let t in i){let n=i[t];n!==!1&&e.push("#define "+t+" "+n)}return e.join(`
`)}function m1(i,e){let t={},n=i.getProgramParameter(e,i.ACTIVE_ATTRIBUTES);for(let s=0;s<n;s++){let r=i.getActiveAttrib(e,s),o=r.name,a=1;r.type===i.FLOAT_MAT2&&(a=2),r.type===i.FLOAT_MAT3&&(a=3),r.type===i.FLOAT_MAT4&&(a=4),t[o]={type:r.type,location:i.getAttribLocation(e,o),locationSize:a}}return t}function qa(i){return i!==""}function E0(i,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return i.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function A0(i,e){return i.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var g1=/^[ \t]*#include +<([\w\d./]+)>/gm;function of(i){return i.replace(g1,_1)}function _1(i,e){let t=ft[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return of(t)}var y1=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function T0(i){return i.replace(y1,x1)}function x1(i,e,t,n){let s="";for(let r=parseInt(e);r<parseInt(t);r++)s+=n.replace(/\[\s*i\s*\]/g,"[ "+r+" ]").replace(/UNROLLED_LOOP_INDEX/g,r);return s}function R0(i){let e=`precision ${i.precision} float;
	precision ${i.precision} int;
	precision ${i.precision} sampler2D;
	precision ${i.precision} samplerCube;
	precision ${i.precision} sampler3D;
	precision ${i.precision} sampler2DArray;
	precision ${i.precision} sampler2DShadow;
	precision ${i.precision} samplerCubeShadow;
	precision ${i.precision} sampler2DArrayShadow;
	precision ${i.precision} isampler2D;
	precision ${i.precision} isampler3D;
	precision ${i.precision} isamplerCube;
	precision ${i.precision} isampler2DArray;
	precision ${i.precision} usampler2D;
	precision ${i.precision} usampler3D;
	precision ${i.precision} usamplerCube;
	precision ${i.precision} usampler2DArray;
	`;return i.precision==="highp"?e+=`
#define HIGH_PRECISION`:i.precision==="mediump"?e+=`
#define MEDIUM_PRECISION`:i.precision==="lowp"&&(e+=`
#define LOW_PRECISION`),e}var v1={[ka]:"SHADOWMAP_TYPE_PCF",[No]:"SHADOWMAP_TYPE_VSM"};function S1(i){return v1[i.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var b1={[Oo]:"ENVMAP_MODE_REFRACTION"};function M1(i){return i.envMap===!1?"ENVMAP_MODE_REFLECTION":b1[i.envMapMode]||"ENVMAP_MODE_REFLECTION"}var w1={[Ed]:"ENVMAP_BLENDING_MULTIPLY",[Wg]:"ENVMAP_BLENDING_MIX",[Xg]:"ENVMAP_BLENDING_ADD"};function E1(i){return i.envMap===!1?"ENVMAP_BLENDING_NONE":w1[i.combine]||"ENVMAP_BLENDING_NONE"}function A1(i,e,t,n){let s=i.getContext(),r=t.defines,o=t.vertexShader,a=t.fragmentShader,l=S1(t),c=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",h=M1(t),d=E1(t),u=f1(t),m=p1(r),g=s.createProgram(),S,p,f=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(S=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,m].filter(qa).join(`
`),S.length>0&&(S+=`
`),p=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,m].filter(qa).join(`
`),p.length>0&&(p+=`
`)):(S=[R0(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,m,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+h:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(qa).join(`
`),p=[R0(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,m,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+c:"",t.envMap?"#define "+h:"",t.envMap?"#define "+d:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==ns?"#define TONE_MAPPING":"",t.toneMapping!==ns?ft.tonemapping_pars_fragment:"",t.toneMapping!==ns?u1("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",ft.colorspace_pars_fragment,c1("linearToOutputTexel",t.outputColorSpace),d1(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(qa).join(`
`)),o=of(o),o=E0(o,t),o=A0(o,t),a=of(a),a=E0(a,t),a=A0(a,t),o=T0(o),a=T0(a),t.isRawShaderMaterial!==!0&&(f=`#version 300 es
`,S=[u,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+S,p=["#define varying in",t.glslVersion===Cs?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===Cs?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+p);let v=f+S+o,R=f+p+a,x=b0(s,s.VERTEX_SHADER,v),T=b0(s,s.FRAGMENT_SHADER,R);s.attachShader(g,x),s.attachShader(g,T),t.index0AttributeName!==void 0?s.bindAttribLocation(g,0,t.index0AttributeName):t.hasPositionAttribute===!0&&s.bindAttribLocation(g,0,"position"),s.linkProgram(g);function A(I){if(i.debug.checkShaderErrors){let L=s.getProgramInfoLog(g)||"",k=s.getShaderInfoLog(x)||"",z=s.getShaderInfoLog(T)||"",N=L.trim(),H=k.trim(),$=z.trim(),G=!0,le=!0;if(s.getProgramParameter(g,s.LINK_STATUS)===!1)if(G=!1,typeof i.debug.onShaderError=="function")i.debug.onShaderError(s,g,x,T);else{let K=w0(s,x,"vertex"),j=w0(s,T,"fragment");tt("WebGLProgram: Shader Error "+s.getError()+" - VALIDATE_STATUS "+s.getProgramParameter(g,s.VALIDATE_STATUS)+`

Material Name: `+I.name+`
Material Type: `+I.type+`

Program Info Log: `+N+`
`+K+`
`+j)}else N!==""?Ke("WebGLProgram: Program Info Log:",N):(H===""||$==="")&&(le=!1);le&&(I.diagnostics={runnable:G,programLog:N,vertexShader:{log:H,prefix:S},fragmentShader:{log:$,prefix:p}})}s.deleteShader(x),s.deleteShader(T),_=new ko(s,g),w=m1(s,g)}let _;this.getUniforms=function(){return _===void 0&&A(this),_};let w;this.getAttributes=function(){return w===void 0&&A(this),w};let O=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return O===!1&&(O=s.getProgramParameter(g,r1)),O},this.destroy=function(){n.releaseStatesOfProgram(this),s.deleteProgram(g),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=o1++,this.cacheKey=e,this.usedTimes=1,this.program=g,this.vertexShader=x,this.fragmentShader=T,this}var T1=0,af=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,n){let s=this._getShaderCacheForMaterial(e);return s.has(t)===!1&&(s.add(t),t.usedTimes++),s.has(n)===!1&&(s.add(n),n.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let n of t)n.usedTimes--,n.usedTimes===0&&this.shaderCache.delete(n.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,n=t.get(e);return n===void 0&&(n=new Set,t.set(e,n)),n}_getShaderStage(e){let t=this.shaderCache,n=t.get(e);return n===void 0&&(n=new lf(e),t.set(e,n)),n}},lf=class{constructor(e){this.id=T1++,this.code=e,this.usedTimes=0}};function R1(i){return i===tr||i===Wa||i===Xa}function C1(i,e,t,n,s,r){let o=new Ao,a=new af,l=new Set,c=[],h=new Map,d=n.logarithmicDepthBuffer,u={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function m(_){return l.add(_),_===0?"uv":`uv${_}`}function g(_,w,O,I,L,k){let z=I.fog,N=L.geometry,H=_.isMeshStandardMaterial||_.isMeshLambertMaterial||_.isMeshPhongMaterial?I.environment:null,$=_.isMeshStandardMaterial||_.isMeshLambertMaterial&&!_.envMap||_.isMeshPhongMaterial&&!_.envMap,G=e.get(_.envMap||H,$),le=u[_.type],K=n.precision;_.precision!==null&&(K=n.getMaxPrecision(_.precision),K!==_.precision&&Ke("WebGLProgram.getParameters:",_.precision,"not supported, using",K,"instead."));let j=N.morphAttributes.position||N.morphAttributes.normal||N.morphAttributes.color,ie=j!==void 0?j.length:0,ue=0;N.morphAttributes.position!==void 0&&(ue=1),N.morphAttributes.normal!==void 0&&(ue=2),N.morphAttributes.color!==void 0&&(ue=3);let he,Q,pe,_e;if(le){let Ce=ss[le];he=Ce.vertexShader,Q=Ce.fragmentShader}else{he=_.vertexShader,Q=_.fragmentShader;let Ce=a.getVertexShaderStage(_),ct=a.getFragmentShaderStage(_);a.update(_,Ce,ct),pe=Ce.id,_e=ct.id}let Re=i.getRenderTarget(),be=i.state.buffers.depth.getReversed(),Xe=L.isInstancedMesh===!0,at=L.isBatchedMesh===!0,Ge=!!_.map,pt=!!_.matcap,ut=!!G,rt=ut&&G.isPMREMTexture===!0,Yt=!!_.aoMap,Vt=!!_.lightMap,on=!!_.bumpMap&&_.wireframe===!1,Ut=!!_.normalMap,Mn=!!_.displacementMap,wt=!!_.emissiveMap,mn=!!_.metalnessMap,jt=!!_.roughnessMap,an=_.anisotropy>0,F=_.clearcoat>0,Pe=_.diffuseRoughness>0,Ze=_.dispersion>0,lt=_.retroreflectivity>0,Me=_.iridescence>0,kt=_.sheen>0,He=_.transmission>0,Ye=an&&!!_.anisotropyMap,C=F&&!!_.clearcoatMap,b=F&&!!_.clearcoatNormalMap,W=F&&!!_.clearcoatRoughnessMap,ce=Pe&&!!_.diffuseRoughnessMap,re=Me&&!!_.iridescenceMap,ge=Me&&!!_.iridescenceThicknessMap,ye=kt&&!!_.sheenColorMap,ee=kt&&!!_.sheenRoughnessMap,ne=!!_.specularMap,fe=!!_.specularColorMap,U=!!_.specularIntensityMap,se=He&&!!_.transmissionMap,te=He&&!!_.thicknessMap,we=!!_.gradientMap,me=!!_.alphaMap,Se=_.alphaTest>0,We=!!_.alphaHash,Qe=!!_.extensions,ae=ns;_.toneMapped&&(Re===null||Re.isXRRenderTarget===!0)&&(ae=i.toneMapping);let ke=rt?G.isCompressedCubeTexture?G.image[0].mipmaps:G.mipmaps:null,et={shaderID:le,shaderType:_.type,shaderName:_.name,vertexShader:he,fragmentShader:Q,defines:_.defines,customVertexShaderID:pe,customFragmentShaderID:_e,isRawShaderMaterial:_.isRawShaderMaterial===!0,glslVersion:_.glslVersion,precision:K,batching:at,batchingColor:at&&L._colorsTexture!==null,instancing:Xe,instancingColor:Xe&&L.instanceColor!==null,instancingMorph:Xe&&L.morphTexture!==null,outputColorSpace:Re===null?i.outputColorSpace:Re.isXRRenderTarget===!0?Re.texture.colorSpace:bt.workingColorSpace,alphaToCoverage:!!_.alphaToCoverage,map:Ge,matcap:pt,envMap:ut,envMapMode:ut&&G.mapping,envMapPMREM:rt,envMapMaxLod:rt?ke.length-1:null,envMapSize:rt?ke[0].width:null,aoMap:Yt,lightMap:Vt,bumpMap:on,normalMap:Ut,displacementMap:Mn,emissiveMap:wt,normalMapObjectSpace:Ut&&_.normalMapType===Yg,normalMapTangentSpace:Ut&&_.normalMapType===zd,packedNormalMap:Ut&&_.normalMapType===zd&&R1(_.normalMap.format),metalnessMap:mn,roughnessMap:jt,anisotropy:an,anisotropyMap:Ye,clearcoat:F,clearcoatMap:C,clearcoatNormalMap:b,clearcoatRoughnessMap:W,diffuseRoughness:Pe,diffuseRoughnessMap:ce,dispersion:Ze,retroreflection:lt,iridescence:Me,iridescenceMap:re,iridescenceThicknessMap:ge,sheen:kt,sheenColorMap:ye,sheenRoughnessMap:ee,specularMap:ne,specularColorMap:fe,specularIntensityMap:U,transmission:He,transmissionMap:se,thicknessMap:te,gradientMap:we,opaque:_.transparent===!1&&_.blending===Do&&_.alphaToCoverage===!1,alphaMap:me,alphaTest:Se,alphaHash:We,combine:_.combine,mapUv:Ge&&m(_.map.channel),aoMapUv:Yt&&m(_.aoMap.channel),lightMapUv:Vt&&m(_.lightMap.channel),bumpMapUv:on&&m(_.bumpMap.channel),normalMapUv:Ut&&m(_.normalMap.channel),displacementMapUv:Mn&&m(_.displacementMap.channel),emissiveMapUv:wt&&m(_.emissiveMap.channel),metalnessMapUv:mn&&m(_.metalnessMap.channel),roughnessMapUv:jt&&m(_.roughnessMap.channel),anisotropyMapUv:Ye&&m(_.anisotropyMap.channel),clearcoatMapUv:C&&m(_.clearcoatMap.channel),clearcoatNormalMapUv:b&&m(_.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:W&&m(_.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:ce&&m(_.diffuseRoughnessMap.channel),iridescenceMapUv:re&&m(_.iridescenceMap.channel),iridescenceThicknessMapUv:ge&&m(_.iridescenceThicknessMap.channel),sheenColorMapUv:ye&&m(_.sheenColorMap.channel),sheenRoughnessMapUv:ee&&m(_.sheenRoughnessMap.channel),specularMapUv:ne&&m(_.specularMap.channel),specularColorMapUv:fe&&m(_.specularColorMap.channel),specularIntensityMapUv:U&&m(_.specularIntensityMap.channel),transmissionMapUv:se&&m(_.transmissionMap.channel),thicknessMapUv:te&&m(_.thicknessMap.channel),alphaMapUv:me&&m(_.alphaMap.channel),vertexTangents:!!N.attributes.tangent&&(Ut||an),vertexNormals:!!N.attributes.normal,vertexColors:_.vertexColors,vertexAlphas:_.vertexColors===!0&&!!N.attributes.color&&N.attributes.color.itemSize===4,pointsUvs:L.isPoints===!0&&!!N.attributes.uv&&(Ge||me),fog:!!z,useFog:_.fog===!0,fogExp2:!!z&&z.isFogExp2,flatShading:_.wireframe===!1&&(_.flatShading===!0||N.attributes.normal===void 0&&Ut===!1&&(_.isMeshLambertMaterial||_.isMeshPhongMaterial||_.isMeshStandardMaterial||_.isMeshPhysicalMaterial)),sizeAttenuation:_.sizeAttenuation===!0,logarithmicDepthBuffer:d,reversedDepthBuffer:be,skinning:L.isSkinnedMesh===!0,hasPositionAttribute:N.attributes.position!==void 0,morphTargets:N.morphAttributes.position!==void 0,morphNormals:N.morphAttributes.normal!==void 0,morphColors:N.morphAttributes.color!==void 0,morphTargetsCount:ie,morphTextureStride:ue,numSunLights:w.sun.length,numDirLights:w.directional.length,numPointLights:w.point.length,numSpotLights:w.spot.length,numSpotLightMaps:w.spotLightMap.length,numRectAreaLights:w.rectArea.length,numHemiLights:w.hemi.length,numSunLightShadows:w.sunShadowMap.length,numDirLightShadows:w.directionalShadowMap.length,numPointLightShadows:w.pointShadowMap.length,numSpotLightShadows:w.spotShadowMap.length,numSpotLightShadowsWithMaps:w.numSpotLightShadowsWithMaps,numLightProbes:w.numLightProbes,numLightProbeGrids:k.filter(Ce=>Ce.texture!==null).length,numClippingPlanes:r.numPlanes,numClipIntersection:r.numIntersection,dithering:_.dithering,shadowMapEnabled:i.shadowMap.enabled&&O.length>0,shadowMapType:i.shadowMap.type,toneMapping:ae,decodeVideoTexture:Ge&&_.map.isVideoTexture===!0&&bt.getTransfer(_.map.colorSpace)===Lt,decodeVideoTextureEmissive:wt&&_.emissiveMap.isVideoTexture===!0&&bt.getTransfer(_.emissiveMap.colorSpace)===Lt,premultipliedAlpha:_.premultipliedAlpha,doubleSided:_.side===Ei,flipSided:_.side===Dn,useDepthPacking:_.depthPacking>=0,depthPacking:_.depthPacking||0,index0AttributeName:_.index0AttributeName,extensionClipCullDistance:Qe&&_.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(Qe&&_.extensions.multiDraw===!0||at)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:_.customProgramCacheKey()};return et.vertexUv1s=l.has(1),et.vertexUv2s=l.has(2),et.vertexUv3s=l.has(3),l.clear(),et}function S(_){let w=[];if(_.shaderID?w.push(_.shaderID):(w.push(_.customVertexShaderID),w.push(_.customFragmentShaderID)),_.defines!==void 0)for(let O in _.defines)w.push(O),w.push(_.defines[O]);return _.isRawShaderMaterial===!1&&(p(w,_),f(w,_),w.push(i.outputColorSpace)),w.push(_.customProgramCacheKey),w.join()}function p(_,w){_.push(w.precision),_.push(w.outputColorSpace),_.push(w.envMapMode),_.push(w.envMapPMREM),_.push(w.envMapMaxLod),_.push(w.envMapSize),_.push(w.mapUv),_.push(w.alphaMapUv),_.push(w.lightMapUv),_.push(w.aoMapUv),_.push(w.bumpMapUv),_.push(w.normalMapUv),_.push(w.displacementMapUv),_.push(w.emissiveMapUv),_.push(w.metalnessMapUv),_.push(w.roughnessMapUv),_.push(w.anisotropyMapUv),_.push(w.clearcoatMapUv),_.push(w.clearcoatNormalMapUv),_.push(w.clearcoatRoughnessMapUv),_.push(w.diffuseRoughnessMapUv),_.push(w.iridescenceMapUv),_.push(w.iridescenceThicknessMapUv),_.push(w.sheenColorMapUv),_.push(w.sheenRoughnessMapUv),_.push(w.specularMapUv),_.push(w.specularColorMapUv),_.push(w.specularIntensityMapUv),_.push(w.transmissionMapUv),_.push(w.thicknessMapUv),_.push(w.combine),_.push(w.fogExp2),_.push(w.sizeAttenuation),_.push(w.morphTargetsCount),_.push(w.numSunLights),_.push(w.numDirLights),_.push(w.numPointLights),_.push(w.numSpotLights),_.push(w.numSpotLightMaps),_.push(w.numHemiLights),_.push(w.numRectAreaLights),_.push(w.numSunLightShadows),_.push(w.numDirLightShadows),_.push(w.numPointLightShadows),_.push(w.numSpotLightShadows),_.push(w.numSpotLightShadowsWithMaps),_.push(w.numLightProbes),_.push(w.numLightProbeGrids),_.push(w.shadowMapType),_.push(w.toneMapping),_.push(w.numClippingPlanes),_.push(w.numClipIntersection),_.push(w.depthPacking)}function f(_,w){o.disableAll(),w.instancing&&o.enable(0),w.instancingColor&&o.enable(1),w.instancingMorph&&o.enable(2),w.matcap&&o.enable(3),w.envMap&&o.enable(4),w.normalMapObjectSpace&&o.enable(5),w.normalMapTangentSpace&&o.enable(6),w.clearcoat&&o.enable(7),w.iridescence&&o.enable(8),w.alphaTest&&o.enable(9),w.vertexColors&&o.enable(10),w.vertexAlphas&&o.enable(11),w.vertexUv1s&&o.enable(12),w.vertexUv2s&&o.enable(13),w.vertexUv3s&&o.enable(14),w.vertexTangents&&o.enable(15),w.anisotropy&&o.enable(16),w.alphaHash&&o.enable(17),w.batching&&o.enable(18),w.dispersion&&o.enable(19),w.retroreflection&&o.enable(24),w.diffuseRoughness&&o.enable(25),w.batchingColor&&o.enable(20),w.gradientMap&&o.enable(21),w.packedNormalMap&&o.enable(22),w.vertexNormals&&o.enable(23),_.push(o.mask),o.disableAll(),w.fog&&o.enable(0),w.useFog&&o.enable(1),w.flatShading&&o.enable(2),w.logarithmicDepthBuffer&&o.enable(3),w.reversedDepthBuffer&&o.enable(4),w.skinning&&o.enable(5),w.morphTargets&&o.enable(6),w.morphNormals&&o.enable(7),w.morphColors&&o.enable(8),w.premultipliedAlpha&&o.enable(9),w.shadowMapEnabled&&o.enable(10),w.doubleSided&&o.enable(11),w.flipSided&&o.enable(12),w.useDepthPacking&&o.enable(13),w.dithering&&o.enable(14),w.transmission&&o.enable(15),w.sheen&&o.enable(16),w.opaque&&o.enable(17),w.pointsUvs&&o.enable(18),w.decodeVideoTexture&&o.enable(19),w.decodeVideoTextureEmissive&&o.enable(20),w.alphaToCoverage&&o.enable(21),w.numLightProbeGrids>0&&o.enable(22),w.hasPositionAttribute&&o.enable(23),_.push(o.mask)}function v(_){let w=u[_.type],O;if(w){let I=ss[w];O=c0.clone(I.uniforms)}else O=_.uniforms;return O}function R(_,w){let O=h.get(w);return O!==void 0?++O.usedTimes:(O=new A1(i,w,_,s),c.push(O),h.set(w,O)),O}function x(_){if(--_.usedTimes===0){let w=c.indexOf(_);c[w]=c[c.length-1],c.pop(),h.delete(_.cacheKey),_.destroy()}}function T(_){a.remove(_)}function A(){a.dispose()}return{getParameters:g,getProgramCacheKey:S,getUniforms:v,acquireProgram:R,releaseProgram:x,releaseShaderCache:T,programs:c,dispose:A}}function P1(){let i=new WeakMap;function e(o){return i.has(o)}function t(o){let a=i.get(o);return a===void 0&&(a={},i.set(o,a)),a}function n(o){i.delete(o)}function s(o,a,l){i.get(o)[a]=l}function r(){i=new WeakMap}return{has:e,get:t,remove:n,update:s,dispose:r}}function I1(i,e){return i.groupOrder!==e.groupOrder?i.groupOrder-e.groupOrder:i.renderOrder!==e.renderOrder?i.renderOrder-e.renderOrder:i.material.id!==e.material.id?i.material.id-e.material.id:i.materialVariant!==e.materialVariant?i.materialVariant-e.materialVariant:i.z!==e.z?i.z-e.z:i.id-e.id}function C0(i,e){return i.groupOrder!==e.groupOrder?i.groupOrder-e.groupOrder:i.renderOrder!==e.renderOrder?i.renderOrder-e.renderOrder:i.z!==e.z?e.z-i.z:i.id-e.id}function P0(){let i=[],e=0,t=[],n=[],s=[];function r(){e=0,t.length=0,n.length=0,s.length=0}function o(u){let m=0;return u.isInstancedMesh&&(m+=2),u.isSkinnedMesh&&(m+=1),m}function a(u,m,g,S,p,f){let v=i[e];return v===void 0?(v={id:u.id,object:u,geometry:m,material:g,materialVariant:o(u),groupOrder:S,renderOrder:u.renderOrder,z:p,group:f},i[e]=v):(v.id=u.id,v.object=u,v.geometry=m,v.material=g,v.materialVariant=o(u),v.groupOrder=S,v.renderOrder=u.renderOrder,v.z=p,v.group=f),e++,v}function l(u,m,g,S,p,f,v){v.reversedDepth===!0&&(p=-p);let R=a(u,m,g,S,p,f);g.transmission>0?n.push(R):g.transparent===!0?s.push(R):t.push(R)}function c(u,m,g,S,p,f){let v=a(u,m,g,S,p,f);g.transmission>0?n.unshift(v):g.transparent===!0?s.unshift(v):t.unshift(v)}function h(u,m){t.length>1&&t.sort(u||I1),n.length>1&&n.sort(m||C0),s.length>1&&s.sort(m||C0)}function d(){for(let u=e,m=i.length;u<m;u++){let g=i[u];if(g.id===null)break;g.id=null,g.object=null,g.geometry=null,g.material=null,g.group=null}}return{opaque:t,transmissive:n,transparent:s,init:r,push:l,unshift:c,finish:d,sort:h}}function L1(){let i=new WeakMap;function e(n,s){let r=i.get(n),o;return r===void 0?(o=new P0,i.set(n,[o])):s>=r.length?(o=new P0,r.push(o)):o=r[s],o}function t(){i=new WeakMap}return{get:e,dispose:t}}function N1(){let i={};return{get:function(e){if(i[e.id]!==void 0)return i[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new X,color:new Mt};break;case"SpotLight":t={position:new X,direction:new X,color:new Mt,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new X,color:new Mt,distance:0,decay:0};break;case"HemisphereLight":t={direction:new X,skyColor:new Mt,groundColor:new Mt};break;case"RectAreaLight":t={color:new Mt,position:new X,halfWidth:new X,halfHeight:new X};break}return i[e.id]=t,t}}}function D1(){let i={};return{get:function(e){if(i[e.id]!==void 0)return i[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Je};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Je};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Je,shadowCameraNear:1,shadowCameraFar:1e3};break}return i[e.id]=t,t}}}var O1=0;function U1(i,e){return(e.castShadow?2:0)-(i.castShadow?2:0)+(e.map?1:0)-(i.map?1:0)}function F1(i){let e=new N1,t=D1(),n={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let c=0;c<9;c++)n.probe.push(new X);let s=new X,r=new Et,o=new Et;function a(c){let h=0,d=0,u=0;for(let k=0;k<9;k++)n.probe[k].set(0,0,0);let m=0,g=0,S=0,p=0,f=0,v=0,R=0,x=0,T=0,A=0,_=0,w=0,O=0,I=0;c.sort(U1);for(let k=0,z=c.length;k<z;k++){let N=c[k],H=N.color,$=N.intensity,G=N.distance,le=null;if(N.shadow&&N.shadow.map&&(N.shadow.map.texture.format===tr?le=N.shadow.map.texture:le=N.shadow.map.depthTexture||N.shadow.map.texture),N.isAmbientLight)h+=H.r*$,d+=H.g*$,u+=H.b*$;else if(N.isLightProbe){for(let K=0;K<9;K++)n.probe[K].addScaledVector(N.sh.coefficients[K],$);I++}else if(N.isSunLight){let K=e.get(N);if(K.color.copy(N.color).multiplyScalar(N.intensity),N.castShadow){let j=N.shadow,ie=t.get(N);ie.shadowIntensity=j.intensity,ie.shadowBias=j.bias,ie.shadowNormalBias=j.normalBias,ie.shadowRadius=j.radius,ie.shadowMapSize.copy(j.mapSize).multiply(j.getFrameExtents()),n.sunShadow[g]=ie,n.sunShadowMap[g]=le;let ue=j.getViewportCount();for(let he=0;he<ue;he++)n.sunShadowMatrix[S+he]=j.getMatrix(he),n.sunShadowCascade[S+he]=j._cascadeData[he];S+=ue,g++}n.sun[m]=K,m++}else if(N.isDirectionalLight){let K=e.get(N);if(K.color.copy(N.color).multiplyScalar(N.intensity),N.castShadow){let j=N.shadow,ie=t.get(N);ie.shadowIntensity=j.intensity,ie.shadowBias=j.bias,ie.shadowNormalBias=j.normalBias,ie.shadowRadius=j.radius,ie.shadowMapSize=j.mapSize,n.directionalShadow[p]=ie,n.directionalShadowMap[p]=le,n.directionalShadowMatrix[p]=N.shadow.matrix,T++}n.directional[p]=K,p++}else if(N.isSpotLight){let K=e.get(N);K.position.setFromMatrixPosition(N.matrixWorld),K.color.copy(H).multiplyScalar($),K.distance=G,K.coneCos=Math.cos(N.angle),K.penumbraCos=Math.cos(N.angle*(1-N.penumbra)),K.decay=N.decay,n.spot[v]=K;let j=N.shadow;if(N.map&&(n.spotLightMap[w]=N.map,w++,j.updateMatrices(N),N.castShadow&&O++),n.spotLightMatrix[v]=j.matrix,N.castShadow){let ie=t.get(N);ie.shadowIntensity=j.intensity,ie.shadowBias=j.bias,ie.shadowNormalBias=j.normalBias,ie.shadowRadius=j.radius,ie.shadowMapSize=j.mapSize,n.spotShadow[v]=ie,n.spotShadowMap[v]=le,_++}v++}else if(N.isRectAreaLight){let K=e.get(N);K.color.copy(H).multiplyScalar($),K.halfWidth.set(N.width*.5,0,0),K.halfHeight.set(0,N.height*.5,0),n.rectArea[R]=K,R++}else if(N.isPointLight){let K=e.get(N);if(K.color.copy(N.color).multiplyScalar(N.intensity),K.distance=N.distance,K.decay=N.decay,N.castShadow){let j=N.shadow,ie=t.get(N);ie.shadowIntensity=j.intensity,ie.shadowBias=j.bias,ie.shadowNormalBias=j.normalBias,ie.shadowRadius=j.radius,ie.shadowMapSize=j.mapSize,ie.shadowCameraNear=j.camera.near,ie.shadowCameraFar=j.camera.far,n.pointShadow[f]=ie,n.pointShadowMap[f]=le,n.pointShadowMatrix[f]=N.shadow.matrix,A++}n.point[f]=K,f++}else if(N.isHemisphereLight){let K=e.get(N);K.skyColor.copy(N.color).multiplyScalar($),K.groundColor.copy(N.groundColor).multiplyScalar($),n.hemi[x]=K,x++}}R>0&&(i.has("OES_texture_float_linear")===!0?(n.rectAreaLTC1=Ne.LTC_FLOAT_1,n.rectAreaLTC2=Ne.LTC_FLOAT_2):(n.rectAreaLTC1=Ne.LTC_HALF_1,n.rectAreaLTC2=Ne.LTC_HALF_2)),n.ambient[0]=h,n.ambient[1]=d,n.ambient[2]=u;let L=n.hash;(L.sunLength!==m||L.directionalLength!==p||L.pointLength!==f||L.spotLength!==v||L.rectAreaLength!==R||L.hemiLength!==x||L.numSunShadows!==g||L.numDirectionalShadows!==T||L.numPointShadows!==A||L.numSpotShadows!==_||L.numSpotMaps!==w||L.numLightProbes!==I)&&(n.sun.length=m,n.directional.length=p,n.spot.length=v,n.rectArea.length=R,n.point.length=f,n.hemi.length=x,n.sunShadow.length=g,n.sunShadowMap.length=g,n.sunShadowMatrix.length=S,n.sunShadowCascade.length=S,n.directionalShadow.length=T,n.directionalShadowMap.length=T,n.directionalShadowMatrix.length=T,n.pointShadow.length=A,n.pointShadowMap.length=A,n.pointShadowMatrix.length=A,n.spotShadow.length=_,n.spotShadowMap.length=_,n.spotLightMatrix.length=_+w-O,n.spotLightMap.length=w,n.numSpotLightShadowsWithMaps=O,n.numLightProbes=I,L.sunLength=m,L.directionalLength=p,L.pointLength=f,L.spotLength=v,L.rectAreaLength=R,L.hemiLength=x,L.numSunShadows=g,L.numDirectionalShadows=T,L.numPointShadows=A,L.numSpotShadows=_,L.numSpotMaps=w,L.numLightProbes=I,n.version=O1++)}function l(c,h){let d=0,u=0,m=0,g=0,S=0,p=0,f=h.matrixWorldInverse;for(let v=0,R=c.length;v<R;v++){let x=c[v];if(x.isSunLight){let T=n.sun[d];T.direction.setFromMatrixPosition(x.matrixWorld),T.direction.transformDirection(f),d++}else if(x.isDirectionalLight){let T=n.directional[u];T.direction.setFromMatrixPosition(x.matrixWorld),s.setFromMatrixPosition(x.target.matrixWorld),T.direction.sub(s),T.direction.transformDirection(f),u++}else if(x.isSpotLight){let T=n.spot[g];T.position.setFromMatrixPosition(x.matrixWorld),T.position.applyMatrix4(f),T.direction.setFromMatrixPosition(x.matrixWorld),s.setFromMatrixPosition(x.target.matrixWorld),T.direction.sub(s),T.direction.transformDirection(f),g++}else if(x.isRectAreaLight){let T=n.rectArea[S];T.position.setFromMatrixPosition(x.matrixWorld),T.position.applyMatrix4(f),o.identity(),r.copy(x.matrixWorld),r.premultiply(f),o.extractRotation(r),T.halfWidth.set(x.width*.5,0,0),T.halfHeight.set(0,x.height*.5,0),T.halfWidth.applyMatrix4(o),T.halfHeight.applyMatrix4(o),S++}else if(x.isPointLight){let T=n.point[m];T.position.setFromMatrixPosition(x.matrixWorld),T.position.applyMatrix4(f),m++}else if(x.isHemisphereLight){let T=n.hemi[p];T.direction.setFromMatrixPosition(x.matrixWorld),T.direction.transformDirection(f),p++}}}return{setup:a,setupView:l,state:n}}function I0(i){let e=new F1(i),t=[],n=[],s=[];function r(d){h.camera=d,t.length=0,n.length=0,s.length=0}function o(d){d.isLightProbeGrid?s.push(d):t.push(d)}function a(d){n.push(d)}function l(){e.setup(t),s.sort((d,u)=>d.priority-u.priority||d.id-u.id)}function c(d){e.setupView(t,d)}let h={lightsArray:t,shadowsArray:n,lightProbeGridArray:s,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:r,state:h,setupLights:l,setupLightsView:c,pushLight:o,pushShadow:a}}function k1(i){let e=new WeakMap;function t(s,r=0){let o=e.get(s),a;return o===void 0?(a=new I0(i),e.set(s,[a])):r>=o.length?(a=new I0(i),o.push(a)):a=o[r],a}function n(){e=new WeakMap}return{get:t,dispose:n}}var B1=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,z1=`uniform sampler2D shadow_pass;
uniform vec2 resolution;
uniform float radius;
void main() {
	const float samples = float( VSM_SAMPLES );
	float mean = 0.0;
	float squared_mean = 0.0;
	float uvStride = samples <= 1.0 ? 0.0 : 2.0 / ( samples - 1.0 );
	float uvStart = samples <= 1.0 ? 0.0 : - 1.0;
	for ( float i = 0.0; i < samples; i ++ ) {
		float uvOffset = uvStart + i * uvStride;
		#ifdef HORIZONTAL_PASS
			vec2 distribution = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( uvOffset, 0.0 ) * radius ) / resolution ).rg;
			mean += distribution.x;
			squared_mean += distribution.y * distribution.y + distribution.x * distribution.x;
		#else
			float depth = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( 0.0, uvOffset ) * radius ) / resolution ).r;
			mean += depth;
			squared_mean += depth * depth;
		#endif
	}
	mean = mean / samples;
	squared_mean = squared_mean / samples;
	float std_dev = sqrt( max( 0.0, squared_mean - mean * mean ) );
	gl_FragColor = vec4( mean, std_dev, 0.0, 1.0 );
}`,V1=[new X(1,0,0),new X(-1,0,0),new X(0,1,0),new X(0,-1,0),new X(0,0,1),new X(0,0,-1)],H1=[new X(0,-1,0),new X(0,-1,0),new X(0,0,1),new X(0,0,-1),new X(0,-1,0),new X(0,-1,0)],L0=new Et,$a=new X,tf=new X;function G1(i,e,t){let n=new Mr,s=new Je,r=new Je,o=new Jt,a=new Sc,l=new bc,c={},h=t.maxTextureSize,d={[er]:Dn,[Dn]:er,[Ei]:Ei},u=new kn({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new Je},radius:{value:4}},vertexShader:B1,fragmentShader:z1}),m=u.clone();m.defines.HORIZONTAL_PASS=1;let g=new wi;g.setAttribute("position",new Jn(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let S=new qn(g,u),p=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=ka;let f=this.type;this.render=function(A,_,w){if(p.enabled===!1||p.autoUpdate===!1&&p.needsUpdate===!1||A.length===0)return;this.type===Eg&&(Ke("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=ka);let O=i.getRenderTarget(),I=i.getActiveCubeFace(),L=i.getActiveMipmapLevel(),k=i.state;k.setBlending(wr),k.buffers.depth.getReversed()===!0?k.buffers.color.setClear(0,0,0,0):k.buffers.color.setClear(1,1,1,1),k.buffers.depth.setTest(!0),k.setScissorTest(!1);let z=f!==this.type;z&&_.traverse(function(N){N.material&&(Array.isArray(N.material)?N.material.forEach(H=>H.needsUpdate=!0):N.material.needsUpdate=!0)});for(let N=0,H=A.length;N<H;N++){let $=A[N],G=$.shadow;if(G===void 0){Ke("WebGLShadowMap:",$,"has no shadow.");continue}if(G.autoUpdate===!1&&G.needsUpdate===!1)continue;s.copy(G.mapSize);let le=G.getFrameExtents();s.multiply(le),r.copy(G.mapSize),(s.x>h||s.y>h)&&(s.x>h&&(r.x=Math.floor(h/le.x),s.x=r.x*le.x,G.mapSize.x=r.x),s.y>h&&(r.y=Math.floor(h/le.y),s.y=r.y*le.y,G.mapSize.y=r.y));let K=i.state.buffers.depth.getReversed();if(G.camera._reversedDepth=K,G.map===null||z===!0){if(G.map!==null&&(G.map.depthTexture!==null&&(G.map.depthTexture.dispose(),G.map.depthTexture=null),G.map.dispose()),this.type===No){if($.isPointLight){Ke("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}G.map=new $n(s.x,s.y,{format:tr,type:zi,minFilter:pn,magFilter:pn,generateMipmaps:!1}),G.map.texture.name=$.name+".shadowMap",G.map.depthTexture=new Es(s.x,s.y,Ai),G.map.depthTexture.name=$.name+".shadowMapDepth",G.map.depthTexture.format=Ms,G.map.depthTexture.compareFunction=null,G.map.depthTexture.minFilter=Pn,G.map.depthTexture.magFilter=Pn}else $.isPointLight?(G.map=new Ya(s.x),G.map.depthTexture=new Ca(s.x,Bi)):(G.map=new $n(s.x,s.y),G.map.depthTexture=new Es(s.x,s.y,Bi)),G.map.depthTexture.name=$.name+".shadowMap",G.map.depthTexture.format=Ms,this.type===ka?(G.map.depthTexture.compareFunction=K?Hd:Vd,G.map.depthTexture.minFilter=pn,G.map.depthTexture.magFilter=pn):(G.map.depthTexture.compareFunction=null,G.map.depthTexture.minFilter=Pn,G.map.depthTexture.magFilter=Pn);G.camera.updateProjectionMatrix()}G.map.isWebGLCubeRenderTarget!==!0&&(G.map.width!==s.x||G.map.height!==s.y)&&G.map.setSize(s.x,s.y);let j=G.map.isWebGLCubeRenderTarget?6:G.getViewportCount();$.isPointLight!==!0&&G.updateMatrices($,w);let ie=(G.camera.layers.mask&4294967294)!==0?G.camera.layers:w.layers;for(let ue=0;ue<j;ue++){let he=G.getCamera(ue);if($.isPointLight){let Q=G.camera,pe=G.matrix,_e=$.distance||Q.far;_e!==Q.far&&(Q.far=_e,Q.updateProjectionMatrix()),$a.setFromMatrixPosition($.matrixWorld),Q.position.copy($a),tf.copy(Q.position),tf.add(V1[ue]),Q.up.copy(H1[ue]),Q.lookAt(tf),Q.updateMatrixWorld(),pe.makeTranslation(-$a.x,-$a.y,-$a.z),L0.multiplyMatrices(Q.projectionMatrix,Q.matrixWorldInverse),G._frustum.setFromProjectionMatrix(L0,Q.coordinateSystem,Q.reversedDepth)}if(G.map.isWebGLCubeRenderTarget)i.setRenderTarget(G.map,ue),i.clear();else{ue===0&&(i.setRenderTarget(G.map),i.clear());let Q=G.getViewport(ue);o.set(r.x*Q.x,r.y*Q.y,r.x*Q.z,r.y*Q.w),k.viewport(o)}n=G.getFrustum(ue),x(_,w,he,$,ie,this.type)}G.isPointLightShadow!==!0&&this.type===No&&v(G,w),G.needsUpdate=!1}f=this.type,p.needsUpdate=!1,i.setRenderTarget(O,I,L)};function v(A,_){let w=e.update(S);u.defines.VSM_SAMPLES!==A.blurSamples&&(u.defines.VSM_SAMPLES=A.blurSamples,m.defines.VSM_SAMPLES=A.blurSamples,u.needsUpdate=!0,m.needsUpdate=!0),A.mapPass===null?A.mapPass=new $n(s.x,s.y,{format:tr,type:zi}):(A.mapPass.width!==A.map.width||A.mapPass.height!==A.map.height)&&A.mapPass.setSize(A.map.width,A.map.height),u.uniforms.shadow_pass.value=A.map.depthTexture,u.uniforms.resolution.value.set(A.map.width,A.map.height),u.uniforms.radius.value=A.radius,i.setRenderTarget(A.mapPass),i.clear(),i.renderBufferDirect(_,null,w,u,S,null),m.uniforms.shadow_pass.value=A.mapPass.texture,m.uniforms.resolution.value.set(A.map.width,A.map.height),m.uniforms.radius.value=A.radius,i.setRenderTarget(A.map),i.clear(),i.renderBufferDirect(_,null,w,m,S,null)}function R(A,_,w,O){let I=null,L=w.isPointLight===!0?A.customDistanceMaterial:A.customDepthMaterial;if(L!==void 0)I=L;else if(I=w.isPointLight===!0?l:a,i.localClippingEnabled&&_.clipShadows===!0&&Array.isArray(_.clippingPlanes)&&_.clippingPlanes.length!==0||_.displacementMap&&_.displacementScale!==0||_.alphaMap&&_.alphaTest>0||_.map&&_.alphaTest>0||_.alphaToCoverage===!0){let k=I.uuid,z=_.uuid,N=c[k];N===void 0&&(N={},c[k]=N);let H=N[z];H===void 0&&(H=I.clone(),N[z]=H,_.addEventListener("dispose",T)),I=H}if(I.visible=_.visible,I.wireframe=_.wireframe,O===No?I.side=_.shadowSide!==null?_.shadowSide:_.side:I.side=_.shadowSide!==null?_.shadowSide:d[_.side],I.alphaMap=_.alphaMap,I.alphaTest=_.alphaToCoverage===!0?.5:_.alphaTest,I.map=_.map,I.clipShadows=_.clipShadows,I.clippingPlanes=_.clippingPlanes,I.clipIntersection=_.clipIntersection,I.displacementMap=_.displacementMap,I.displacementScale=_.displacementScale,I.displacementBias=_.displacementBias,I.wireframeLinewidth=_.wireframeLinewidth,I.linewidth=_.linewidth,w.isPointLight===!0&&I.isMeshDistanceMaterial===!0){let k=i.properties.get(I);k.light=w}return I}function x(A,_,w,O,I,L){if(A.visible===!1)return;if(A.layers.test(I)&&(A.isMesh||A.isLine||A.isPoints)&&(A.castShadow||A.receiveShadow&&L===No)&&(!A.frustumCulled||A.intersectsFrustum(n))){A.modelViewMatrix.multiplyMatrices(w.matrixWorldInverse,A.matrixWorld);let N=e.update(A),H=A.material;if(Array.isArray(H)){let $=N.groups;for(let G=0,le=$.length;G<le;G++){let K=$[G],j=H[K.materialIndex];if(j&&j.visible){let ie=R(A,j,O,L);A.onBeforeShadow(i,A,_,w,N,ie,K),i.renderBufferDirect(w,null,N,ie,A,K),A.onAfterShadow(i,A,_,w,N,ie,K)}}}else if(H.visible){let $=R(A,H,O,L);A.onBeforeShadow(i,A,_,w,N,$,null),i.renderBufferDirect(w,null,N,$,A,null),A.onAfterShadow(i,A,_,w,N,$,null)}}let z=A.children;for(let N=0,H=z.length;N<H;N++)x(z[N],_,w,O,I,L)}function T(A){A.target.removeEventListener("dispose",T);for(let w in c){let O=c[w],I=A.target.uuid;I in O&&(O[I].dispose(),delete O[I])}}}function W1(i,e){function t(){let U=!1,se=new Jt,te=null,we=new Jt(0,0,0,0);return{setMask:function(me){te!==me&&!U&&(i.colorMask(me,me,me,me),te=me)},setLocked:function(me){U=me},setClear:function(me,Se,We,Qe,ae){ae===!0&&(me*=Qe,Se*=Qe,We*=Qe),se.set(me,Se,We,Qe),we.equals(se)===!1&&(i.clearColor(me,Se,We,Qe),we.copy(se))},reset:function(){U=!1,te=null,we.set(-1,0,0,0)}}}function n(){let U=!1,se=!1,te=null,we=null,me=null;return{setReversed:function(Se){if(se!==Se){let We=e.get("EXT_clip_control");Se?We.clipControlEXT(We.LOWER_LEFT_EXT,We.ZERO_TO_ONE_EXT):We.clipControlEXT(We.LOWER_LEFT_EXT,We.NEGATIVE_ONE_TO_ONE_EXT),se=Se;let Qe=me;me=null,this.setClear(Qe)}},getReversed:function(){return se},setTest:function(Se){Se?be(i.DEPTH_TEST):Xe(i.DEPTH_TEST)},setMask:function(Se){te!==Se&&!U&&(i.depthMask(Se),te=Se)},setFunc:function(Se){if(se&&(Se=r0[Se]),we!==Se){switch(Se){case oc:i.depthFunc(i.NEVER);break;case ac:i.depthFunc(i.ALWAYS);break;case lc:i.depthFunc(i.LESS);break;case bo:i.depthFunc(i.LEQUAL);break;case cc:i.depthFunc(i.EQUAL);break;case hc:i.depthFunc(i.GEQUAL);break;case uc:i.depthFunc(i.GREATER);break;case dc:i.depthFunc(i.NOTEQUAL);break;default:i.depthFunc(i.LEQUAL)}we=Se}},setLocked:function(Se){U=Se},setClear:function(Se){me!==Se&&(me=Se,se&&(Se=1-Se),i.clearDepth(Se))},reset:function(){U=!1,te=null,we=null,me=null,se=!1}}}function s(){let U=!1,se=null,te=null,we=null,me=null,Se=null,We=null,Qe=null,ae=null;return{setTest:function(ke){U||(ke?be(i.STENCIL_TEST):Xe(i.STENCIL_TEST))},setMask:function(ke){se!==ke&&!U&&(i.stencilMask(ke),se=ke)},setFunc:function(ke,et,Ce){(te!==ke||we!==et||me!==Ce)&&(i.stencilFunc(ke,et,Ce),te=ke,we=et,me=Ce)},setOp:function(ke,et,Ce){(Se!==ke||We!==et||Qe!==Ce)&&(i.stencilOp(ke,et,Ce),Se=ke,We=et,Qe=Ce)},setLocked:function(ke){U=ke},setClear:function(ke){ae!==ke&&(i.clearStencil(ke),ae=ke)},reset:function(){U=!1,se=null,te=null,we=null,me=null,Se=null,We=null,Qe=null,ae=null}}}let r=new t,o=new n,a=new s,l={},c=new WeakMap,h={},d={},u={},m=new WeakMap,g=[],S=null,p=!1,f=null,v=null,R=null,x=null,T=null,A=null,_=null,w=new Mt(0,0,0),O=0,I=!1,L=null,k=null,z=null,N=null,H=null,$=i.getParameter(i.MAX_COMBINED_TEXTURE_IMAGE_UNITS),G=!1,le=0,K=i.getParameter(i.VERSION);K.indexOf("WebGL")!==-1?(le=parseFloat(/^WebGL (\d)/.exec(K)[1]),G=le>=1):K.indexOf("OpenGL ES")!==-1&&(le=parseFloat(/^OpenGL ES (\d)/.exec(K)[1]),G=le>=2);let j=null,ie={},ue=i.getParameter(i.SCISSOR_BOX),he=i.getParameter(i.VIEWPORT),Q=new Jt().fromArray(ue),pe=new Jt().fromArray(he);function _e(U,se,te,we){let me=new Uint8Array(4),Se=i.createTexture();i.bindTexture(U,Se),i.texParameteri(U,i.TEXTURE_MIN_FILTER,i.NEAREST),i.texParameteri(U,i.TEXTURE_MAG_FILTER,i.NEAREST);for(let We=0;We<te;We++)U===i.TEXTURE_3D||U===i.TEXTURE_2D_ARRAY?i.texImage3D(se,0,i.RGBA,1,1,we,0,i.RGBA,i.UNSIGNED_BYTE,me):i.texImage2D(se+We,0,i.RGBA,1,1,0,i.RGBA,i.UNSIGNED_BYTE,me);return Se}let Re={};Re[i.TEXTURE_2D]=_e(i.TEXTURE_2D,i.TEXTURE_2D,1),Re[i.TEXTURE_CUBE_MAP]=_e(i.TEXTURE_CUBE_MAP,i.TEXTURE_CUBE_MAP_POSITIVE_X,6),Re[i.TEXTURE_2D_ARRAY]=_e(i.TEXTURE_2D_ARRAY,i.TEXTURE_2D_ARRAY,1,1),Re[i.TEXTURE_3D]=_e(i.TEXTURE_3D,i.TEXTURE_3D,1,1),r.setClear(0,0,0,1),o.setClear(1),a.setClear(0),be(i.DEPTH_TEST),o.setFunc(bo),on(!1),Ut(xd),be(i.CULL_FACE),Yt(wr);function be(U){h[U]!==!0&&(i.enable(U),h[U]=!0)}function Xe(U){h[U]!==!1&&(i.disable(U),h[U]=!1)}function at(U,se){return u[U]!==se?(i.bindFramebuffer(U,se),u[U]=se,U===i.DRAW_FRAMEBUFFER&&(u[i.FRAMEBUFFER]=se),U===i.FRAMEBUFFER&&(u[i.DRAW_FRAMEBUFFER]=se),!0):!1}function Ge(U,se){let te=g,we=!1;if(U){te=m.get(se),te===void 0&&(te=[],m.set(se,te));let me=U.textures;if(te.length!==me.length||te[0]!==i.COLOR_ATTACHMENT0){for(let Se=0,We=me.length;Se<We;Se++)te[Se]=i.COLOR_ATTACHMENT0+Se;te.length=me.length,we=!0}}else te[0]!==i.BACK&&(te[0]=i.BACK,we=!0);we&&i.drawBuffers(te)}function pt(U){return S!==U?(i.useProgram(U),S=U,!0):!1}let ut={[Er]:i.FUNC_ADD,[Tg]:i.FUNC_SUBTRACT,[Rg]:i.FUNC_REVERSE_SUBTRACT};ut[Cg]=i.MIN,ut[Pg]=i.MAX;let rt={[Ig]:i.ZERO,[Lg]:i.ONE,[Ng]:i.SRC_COLOR,[Md]:i.SRC_ALPHA,[Bg]:i.SRC_ALPHA_SATURATE,[Fg]:i.DST_COLOR,[Og]:i.DST_ALPHA,[Dg]:i.ONE_MINUS_SRC_COLOR,[wd]:i.ONE_MINUS_SRC_ALPHA,[kg]:i.ONE_MINUS_DST_COLOR,[Ug]:i.ONE_MINUS_DST_ALPHA,[zg]:i.CONSTANT_COLOR,[Vg]:i.ONE_MINUS_CONSTANT_COLOR,[Hg]:i.CONSTANT_ALPHA,[Gg]:i.ONE_MINUS_CONSTANT_ALPHA};function Yt(U,se,te,we,me,Se,We,Qe,ae,ke){if(U===wr){p===!0&&(Xe(i.BLEND),p=!1);return}if(p===!1&&(be(i.BLEND),p=!0),U!==Ag){if(U!==f||ke!==I){if((v!==Er||T!==Er)&&(i.blendEquation(i.FUNC_ADD),v=Er,T=Er),ke)switch(U){case Do:i.blendFuncSeparate(i.ONE,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case vd:i.blendFunc(i.ONE,i.ONE);break;case Sd:i.blendFuncSeparate(i.ZERO,i.ONE_MINUS_SRC_COLOR,i.ZERO,i.ONE);break;case bd:i.blendFuncSeparate(i.DST_COLOR,i.ONE_MINUS_SRC_ALPHA,i.ZERO,i.ONE);break;default:tt("WebGLState: Invalid blending: ",U);break}else switch(U){case Do:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case vd:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE,i.ONE,i.ONE);break;case Sd:tt("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case bd:tt("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:tt("WebGLState: Invalid blending: ",U);break}R=null,x=null,A=null,_=null,w.set(0,0,0),O=0,f=U,I=ke}return}me=me||se,Se=Se||te,We=We||we,(se!==v||me!==T)&&(i.blendEquationSeparate(ut[se],ut[me]),v=se,T=me),(te!==R||we!==x||Se!==A||We!==_)&&(i.blendFuncSeparate(rt[te],rt[we],rt[Se],rt[We]),R=te,x=we,A=Se,_=We),(Qe.equals(w)===!1||ae!==O)&&(i.blendColor(Qe.r,Qe.g,Qe.b,ae),w.copy(Qe),O=ae),f=U,I=!1}function Vt(U,se){U.side===Ei?Xe(i.CULL_FACE):be(i.CULL_FACE);let te=U.side===Dn;se&&(te=!te),on(te),U.blending===Do&&U.transparent===!1?Yt(wr):Yt(U.blending,U.blendEquation,U.blendSrc,U.blendDst,U.blendEquationAlpha,U.blendSrcAlpha,U.blendDstAlpha,U.blendColor,U.blendAlpha,U.premultipliedAlpha),o.setFunc(U.depthFunc),o.setTest(U.depthTest),o.setMask(U.depthWrite),r.setMask(U.colorWrite);let we=U.stencilWrite;a.setTest(we),we&&(a.setMask(U.stencilWriteMask),a.setFunc(U.stencilFunc,U.stencilRef,U.stencilFuncMask),a.setOp(U.stencilFail,U.stencilZFail,U.stencilZPass)),wt(U.polygonOffset,U.polygonOffsetFactor,U.polygonOffsetUnits),U.alphaToCoverage===!0?be(i.SAMPLE_ALPHA_TO_COVERAGE):Xe(i.SAMPLE_ALPHA_TO_COVERAGE)}function on(U){L!==U&&(U?i.frontFace(i.CW):i.frontFace(i.CCW),L=U)}function Ut(U){U!==Mg?(be(i.CULL_FACE),U!==k&&(U===xd?i.cullFace(i.BACK):U===wg?i.cullFace(i.FRONT):i.cullFace(i.FRONT_AND_BACK))):Xe(i.CULL_FACE),k=U}function Mn(U){U!==z&&(G&&i.lineWidth(U),z=U)}function wt(U,se,te){U?(be(i.POLYGON_OFFSET_FILL),(N!==se||H!==te)&&(N=se,H=te,o.getReversed()&&(se=-se,te=-te),i.polygonOffset(se,te))):Xe(i.POLYGON_OFFSET_FILL)}function mn(U){U?be(i.SCISSOR_TEST):Xe(i.SCISSOR_TEST)}function jt(U){U===void 0&&(U=i.TEXTURE0+$-1),j!==U&&(i.activeTexture(U),j=U)}function an(U,se,te){te===void 0&&(j===null?te=i.TEXTURE0+$-1:te=j);let we=ie[te];we===void 0&&(we={type:void 0,texture:void 0},ie[te]=we),(we.type!==U||we.texture!==se)&&(j!==te&&(i.activeTexture(te),j=te),i.bindTexture(U,se||Re[U]),we.type=U,we.texture=se)}function F(){let U=ie[j];U!==void 0&&U.type!==void 0&&(i.bindTexture(U.type,null),U.type=void 0,U.texture=void 0)}function Pe(){try{i.compressedTexImage2D(...arguments)}catch(U){tt("WebGLState:",U)}}function Ze(){try{i.compressedTexImage3D(...arguments)}catch(U){tt("WebGLState:",U)}}function lt(){try{i.texSubImage2D(...arguments)}catch(U){tt("WebGLState:",U)}}function Me(){try{i.texSubImage3D(...arguments)}catch(U){tt("WebGLState:",U)}}function kt(){try{i.compressedTexSubImage2D(...arguments)}catch(U){tt("WebGLState:",U)}}function He(){try{i.compressedTexSubImage3D(...arguments)}catch(U){tt("WebGLState:",U)}}function Ye(){try{i.texStorage2D(...arguments)}catch(U){tt("WebGLState:",U)}}function C(){try{i.texStorage3D(...arguments)}catch(U){tt("WebGLState:",U)}}function b(){try{i.texImage2D(...arguments)}catch(U){tt("WebGLState:",U)}}function W(){try{i.texImage3D(...arguments)}catch(U){tt("WebGLState:",U)}}function ce(U){return d[U]!==void 0?d[U]:i.getParameter(U)}function re(U,se){d[U]!==se&&(i.pixelStorei(U,se),d[U]=se)}function ge(U){Q.equals(U)===!1&&(i.scissor(U.x,U.y,U.z,U.w),Q.copy(U))}function ye(U){pe.equals(U)===!1&&(i.viewport(U.x,U.y,U.z,U.w),pe.copy(U))}function ee(U,se){let te=c.get(se);te===void 0&&(te=new WeakMap,c.set(se,te));let we=te.get(U);we===void 0&&(we=i.getUniformBlockIndex(se,U.name),i.uniformBlockBinding(se,we,we),te.set(U,we))}function ne(U,se,te){let me=c.get(se).get(U);l[me]!==te&&(i.bindBufferBase(i.UNIFORM_BUFFER,me,te),l[me]=te)}function fe(){i.disable(i.BLEND),i.disable(i.CULL_FACE),i.disable(i.DEPTH_TEST),i.disable(i.POLYGON_OFFSET_FILL),i.disable(i.SCISSOR_TEST),i.disable(i.STENCIL_TEST),i.disable(i.SAMPLE_ALPHA_TO_COVERAGE),i.blendEquation(i.FUNC_ADD),i.blendFunc(i.ONE,i.ZERO),i.blendFuncSeparate(i.ONE,i.ZERO,i.ONE,i.ZERO),i.blendColor(0,0,0,0),i.colorMask(!0,!0,!0,!0),i.clearColor(0,0,0,0),i.depthMask(!0),i.depthFunc(i.LESS),o.setReversed(!1),i.clearDepth(1),i.stencilMask(4294967295),i.stencilFunc(i.ALWAYS,0,4294967295),i.stencilOp(i.KEEP,i.KEEP,i.KEEP),i.clearStencil(0),i.cullFace(i.BACK),i.frontFace(i.CCW),i.polygonOffset(0,0),i.activeTexture(i.TEXTURE0),i.bindFramebuffer(i.FRAMEBUFFER,null),i.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),i.bindFramebuffer(i.READ_FRAMEBUFFER,null),i.useProgram(null),i.lineWidth(1),i.scissor(0,0,i.canvas.width,i.canvas.height),i.viewport(0,0,i.canvas.width,i.canvas.height),i.pixelStorei(i.PACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,!1),i.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),i.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,i.BROWSER_DEFAULT_WEBGL),i.pixelStorei(i.PACK_ROW_LENGTH,0),i.pixelStorei(i.PACK_SKIP_PIXELS,0),i.pixelStorei(i.PACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_ROW_LENGTH,0),i.pixelStorei(i.UNPACK_IMAGE_HEIGHT,0),i.pixelStorei(i.UNPACK_SKIP_PIXELS,0),i.pixelStorei(i.UNPACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_SKIP_IMAGES,0),h={},d={},j=null,ie={},u={},l={},m=new WeakMap,g=[],S=null,p=!1,f=null,v=null,R=null,x=null,T=null,A=null,_=null,w=new Mt(0,0,0),O=0,I=!1,L=null,k=null,z=null,N=null,H=null,Q.set(0,0,i.canvas.width,i.canvas.height),pe.set(0,0,i.canvas.width,i.canvas.height),r.reset(),o.reset(),a.reset()}return{buffers:{color:r,depth:o,stencil:a},enable:be,disable:Xe,bindFramebuffer:at,drawBuffers:Ge,useProgram:pt,setBlending:Yt,setMaterial:Vt,setFlipSided:on,setCullFace:Ut,setLineWidth:Mn,setPolygonOffset:wt,setScissorTest:mn,activeTexture:jt,bindTexture:an,unbindTexture:F,compressedTexImage2D:Pe,compressedTexImage3D:Ze,texImage2D:b,texImage3D:W,pixelStorei:re,getParameter:ce,updateUBOMapping:ee,uniformBlockBinding:ne,texStorage2D:Ye,texStorage3D:C,texSubImage2D:lt,texSubImage3D:Me,compressedTexSubImage2D:kt,compressedTexSubImage3D:He,scissor:ge,viewport:ye,reset:fe}}function X1(i,e,t,n,s,r,o){let a=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,l=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),c=new Je,h=new WeakMap,d=new Set,u,m=new WeakMap,g=new Set,S=new FinalizationRegistry(C=>g.delete(C)),p=!1;try{p=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function f(C,b){return p?new OffscreenCanvas(C,b):wa("canvas")}function v(C,b,W){let ce=1,re=Ye(C);if((re.width>W||re.height>W)&&(ce=W/Math.max(re.width,re.height)),ce<1)if(typeof HTMLImageElement<"u"&&C instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&C instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&C instanceof ImageBitmap||typeof VideoFrame<"u"&&C instanceof VideoFrame){let ge=Math.floor(ce*re.width),ye=Math.floor(ce*re.height);u===void 0&&(u=f(ge,ye));let ee=b?f(ge,ye):u;return ee.width=ge,ee.height=ye,ee.getContext("2d").drawImage(C,0,0,ge,ye),Ke("WebGLRenderer: Texture has been resized from ("+re.width+"x"+re.height+") to ("+ge+"x"+ye+")."),ee}else return"data"in C&&Ke("WebGLRenderer: Image in DataTexture is too big ("+re.width+"x"+re.height+")."),C;return C}function R(C){return C.generateMipmaps}function x(C){i.generateMipmap(C)}function T(C){return C.isWebGLCubeRenderTarget?i.TEXTURE_CUBE_MAP:C.isWebGL3DRenderTarget?i.TEXTURE_3D:C.isWebGLArrayRenderTarget||C.isCompressedArrayTexture?i.TEXTURE_2D_ARRAY:i.TEXTURE_2D}function A(C,b,W,ce,re,ge=!1){if(C!==null){if(i[C]!==void 0)return i[C];Ke("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+C+"'")}let ye;ce&&(ye=e.get("EXT_texture_norm16"),ye||Ke("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let ee=b;if(b===i.RED&&(W===i.FLOAT&&(ee=i.R32F),W===i.HALF_FLOAT&&(ee=i.R16F),W===i.UNSIGNED_BYTE&&(ee=i.R8),W===i.UNSIGNED_SHORT&&ye&&(ee=ye.R16_EXT),W===i.SHORT&&ye&&(ee=ye.R16_SNORM_EXT)),b===i.RED_INTEGER&&(W===i.UNSIGNED_BYTE&&(ee=i.R8UI),W===i.UNSIGNED_SHORT&&(ee=i.R16UI),W===i.UNSIGNED_INT&&(ee=i.R32UI),W===i.BYTE&&(ee=i.R8I),W===i.SHORT&&(ee=i.R16I),W===i.INT&&(ee=i.R32I)),b===i.RG&&(W===i.FLOAT&&(ee=i.RG32F),W===i.HALF_FLOAT&&(ee=i.RG16F),W===i.UNSIGNED_BYTE&&(ee=i.RG8),W===i.UNSIGNED_SHORT&&ye&&(ee=ye.RG16_EXT),W===i.SHORT&&ye&&(ee=ye.RG16_SNORM_EXT)),b===i.RG_INTEGER&&(W===i.UNSIGNED_BYTE&&(ee=i.RG8UI),W===i.UNSIGNED_SHORT&&(ee=i.RG16UI),W===i.UNSIGNED_INT&&(ee=i.RG32UI),W===i.BYTE&&(ee=i.RG8I),W===i.SHORT&&(ee=i.RG16I),W===i.INT&&(ee=i.RG32I)),b===i.RGB_INTEGER&&(W===i.UNSIGNED_BYTE&&(ee=i.RGB8UI),W===i.UNSIGNED_SHORT&&(ee=i.RGB16UI),W===i.UNSIGNED_INT&&(ee=i.RGB32UI),W===i.BYTE&&(ee=i.RGB8I),W===i.SHORT&&(ee=i.RGB16I),W===i.INT&&(ee=i.RGB32I)),b===i.RGBA_INTEGER&&(W===i.UNSIGNED_BYTE&&(ee=i.RGBA8UI),W===i.UNSIGNED_SHORT&&(ee=i.RGBA16UI),W===i.UNSIGNED_INT&&(ee=i.RGBA32UI),W===i.BYTE&&(ee=i.RGBA8I),W===i.SHORT&&(ee=i.RGBA16I),W===i.INT&&(ee=i.RGBA32I)),b===i.RGB&&(W===i.UNSIGNED_SHORT&&ye&&(ee=ye.RGB16_EXT),W===i.SHORT&&ye&&(ee=ye.RGB16_SNORM_EXT),W===i.UNSIGNED_INT_5_9_9_9_REV&&(ee=i.RGB9_E5),W===i.UNSIGNED_INT_10F_11F_11F_REV&&(ee=i.R11F_G11F_B10F)),b===i.RGBA){let ne=ge?ba:bt.getTransfer(re);W===i.FLOAT&&(ee=i.RGBA32F),W===i.HALF_FLOAT&&(ee=i.RGBA16F),W===i.UNSIGNED_BYTE&&(ee=ne===Lt?i.SRGB8_ALPHA8:i.RGBA8),W===i.UNSIGNED_SHORT&&ye&&(ee=ye.RGBA16_EXT),W===i.SHORT&&ye&&(ee=ye.RGBA16_SNORM_EXT),W===i.UNSIGNED_SHORT_4_4_4_4&&(ee=i.RGBA4),W===i.UNSIGNED_SHORT_5_5_5_1&&(ee=i.RGB5_A1)}return(ee===i.R16F||ee===i.R32F||ee===i.RG16F||ee===i.RG32F||ee===i.RGBA16F||ee===i.RGBA32F)&&e.get("EXT_color_buffer_float"),ee}function _(C,b){let W;return C?b===null||b===Bi||b===Tr?W=i.DEPTH24_STENCIL8:b===Ai?W=i.DEPTH32F_STENCIL8:b===Uo&&(W=i.DEPTH24_STENCIL8,Ke("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):b===null||b===Bi||b===Tr?W=i.DEPTH_COMPONENT24:b===Ai?W=i.DEPTH_COMPONENT32F:b===Uo&&(W=i.DEPTH_COMPONENT16),W}function w(C,b){return R(C)===!0||C.isFramebufferTexture&&C.minFilter!==Pn&&C.minFilter!==pn?Math.log2(Math.max(b.width,b.height))+1:C.mipmaps.length>0?C.mipmaps.length:C.isCompressedTexture&&Array.isArray(C.image)?b.mipmaps.length:1}function O(C){let b=new WeakRef(C);n.get(C).__ref=b,g.add(b),S.register(C,b,b)}function I(C){let b=n.get(C).__ref;b!==void 0&&(g.delete(b),S.unregister(b))}function L(C){z(C.target)}function k(C){N(C.target)}function z(C){C.removeEventListener("dispose",L),I(C),$(C),C.isVideoTexture&&h.delete(C),C.isHTMLTexture&&d.delete(C)}function N(C){C.removeEventListener("dispose",k),I(C),le(C)}function H(){for(let C of g){let b=C.deref();b!==void 0&&(b.isRenderTarget===!0?N(b):z(b))}g.clear(),d.clear()}function $(C){let b=n.get(C);if(b.__webglInit===void 0)return;let W=C.source,ce=m.get(W);if(ce){let re=ce[b.__cacheKey];re.usedTimes--,re.usedTimes===0&&G(C),Object.keys(ce).length===0&&m.delete(W)}n.remove(C)}function G(C){let b=n.get(C);i.deleteTexture(b.__webglTexture);let W=C.source,ce=m.get(W);delete ce[b.__cacheKey],o.memory.textures--}function le(C){let b=n.get(C);b.__depthDisposeCallback&&b.__depthDisposeCallback();let W=C.depthTexture;if(W&&W.renderTarget===C&&z(W),C.isWebGLCubeRenderTarget)for(let re=0;re<6;re++){if(Array.isArray(b.__webglFramebuffer[re]))for(let ge=0;ge<b.__webglFramebuffer[re].length;ge++)i.deleteFramebuffer(b.__webglFramebuffer[re][ge]);else i.deleteFramebuffer(b.__webglFramebuffer[re]);b.__webglDepthbuffer&&i.deleteRenderbuffer(b.__webglDepthbuffer[re])}else{if(Array.isArray(b.__webglFramebuffer))for(let re=0;re<b.__webglFramebuffer.length;re++)i.deleteFramebuffer(b.__webglFramebuffer[re]);else i.deleteFramebuffer(b.__webglFramebuffer);if(b.__webglDepthbuffer&&i.deleteRenderbuffer(b.__webglDepthbuffer),b.__webglMultisampledFramebuffer&&i.deleteFramebuffer(b.__webglMultisampledFramebuffer),b.__webglColorRenderbuffer)for(let re=0;re<b.__webglColorRenderbuffer.length;re++)b.__webglColorRenderbuffer[re]&&i.deleteRenderbuffer(b.__webglColorRenderbuffer[re]);b.__webglDepthRenderbuffer&&i.deleteRenderbuffer(b.__webglDepthRenderbuffer)}let ce=C.textures;for(let re=0,ge=ce.length;re<ge;re++){let ye=n.get(ce[re]);ye.__webglTexture&&(i.deleteTexture(ye.__webglTexture),o.memory.textures--),n.remove(ce[re])}n.remove(C)}let K=0;function j(){K=0}function ie(){return K}function ue(C){K=C}function he(){let C=K;return C>=s.maxTextures&&Ke("WebGLTextures: Trying to use "+(C+1)+" texture units while this GPU supports only "+s.maxTextures),K+=1,C}function Q(C){let b=[];return b.push(C.wrapS),b.push(C.wrapT),b.push(C.wrapR||0),b.push(C.magFilter),b.push(C.minFilter),b.push(C.anisotropy),b.push(C.internalFormat),b.push(C.format),b.push(C.type),b.push(C.generateMipmaps),b.push(C.mipmapsAutoUpdate),b.push(C.premultiplyAlpha),b.push(C.flipY),b.push(C.unpackAlignment),b.push(C.colorSpace),b.join()}function pe(C,b){let W=n.get(C);if(C.isVideoTexture&&kt(C),C.isRenderTargetTexture===!1&&C.isExternalTexture!==!0&&C.version>0&&W.__version!==C.version){let ce=C.image;if(ce===null)Ke("WebGLRenderer: Texture marked for update but no image data found.");else if(ce.complete===!1)Ke("WebGLRenderer: Texture marked for update but image is incomplete");else{Vt(W,C,b);return}}else C.isExternalTexture&&(W.__webglTexture=C.sourceTexture?C.sourceTexture:null);t.bindTexture(i.TEXTURE_2D,W.__webglTexture,i.TEXTURE0+b)}function _e(C,b){let W=n.get(C);if(C.isRenderTargetTexture===!1&&C.version>0&&W.__version!==C.version){Vt(W,C,b);return}else C.isExternalTexture&&(W.__webglTexture=C.sourceTexture?C.sourceTexture:null);t.bindTexture(i.TEXTURE_2D_ARRAY,W.__webglTexture,i.TEXTURE0+b)}function Re(C,b){let W=n.get(C);if(C.isRenderTargetTexture===!1&&C.version>0&&W.__version!==C.version){Vt(W,C,b);return}t.bindTexture(i.TEXTURE_3D,W.__webglTexture,i.TEXTURE0+b)}function be(C,b){let W=n.get(C);if(C.version>0&&W.__version!==C.version){on(W,C,b);return}t.bindTexture(i.TEXTURE_CUBE_MAP,W.__webglTexture,i.TEXTURE0+b)}let Xe={[fc]:i.REPEAT,[Qi]:i.CLAMP_TO_EDGE,[pc]:i.MIRRORED_REPEAT},at={[Pn]:i.NEAREST,[$g]:i.NEAREST_MIPMAP_NEAREST,[Ba]:i.NEAREST_MIPMAP_LINEAR,[pn]:i.LINEAR,[Fc]:i.LINEAR_MIPMAP_NEAREST,[As]:i.LINEAR_MIPMAP_LINEAR},Ge={[Kg]:i.NEVER,[Gd]:i.ALWAYS,[Jg]:i.LESS,[Vd]:i.LEQUAL,[jg]:i.EQUAL,[Hd]:i.GEQUAL,[Qg]:i.GREATER,[e0]:i.NOTEQUAL};function pt(C,b){if(b.type===Ai&&e.has("OES_texture_float_linear")===!1&&(b.magFilter===pn||b.magFilter===Fc||b.magFilter===Ba||b.magFilter===As||b.minFilter===pn||b.minFilter===Fc||b.minFilter===Ba||b.minFilter===As)&&Ke("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),i.texParameteri(C,i.TEXTURE_WRAP_S,Xe[b.wrapS]),i.texParameteri(C,i.TEXTURE_WRAP_T,Xe[b.wrapT]),(C===i.TEXTURE_3D||C===i.TEXTURE_2D_ARRAY)&&i.texParameteri(C,i.TEXTURE_WRAP_R,Xe[b.wrapR]),i.texParameteri(C,i.TEXTURE_MAG_FILTER,at[b.magFilter]),i.texParameteri(C,i.TEXTURE_MIN_FILTER,at[b.minFilter]),b.compareFunction&&(i.texParameteri(C,i.TEXTURE_COMPARE_MODE,i.COMPARE_REF_TO_TEXTURE),i.texParameteri(C,i.TEXTURE_COMPARE_FUNC,Ge[b.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(b.magFilter===Pn||b.minFilter!==Ba&&b.minFilter!==As||b.type===Ai&&e.has("OES_texture_float_linear")===!1)return;if(b.anisotropy>1||n.get(b).__currentAnisotropy){let W=e.get("EXT_texture_filter_anisotropic");i.texParameterf(C,W.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(b.anisotropy,s.getMaxAnisotropy())),n.get(b).__currentAnisotropy=b.anisotropy}}}function ut(C,b){let W=!1;C.__webglInit===void 0&&(C.__webglInit=!0,b.addEventListener("dispose",L),O(b));let ce=b.source,re=m.get(ce);re===void 0&&(re={},m.set(ce,re));let ge=Q(b);if(ge!==C.__cacheKey){re[ge]===void 0&&(re[ge]={texture:i.createTexture(),usedTimes:0},o.memory.textures++,W=!0),re[ge].usedTimes++;let ye=re[C.__cacheKey];ye!==void 0&&(re[C.__cacheKey].usedTimes--,ye.usedTimes===0&&G(b)),C.__cacheKey=ge,C.__webglTexture=re[ge].texture}return W}function rt(C,b,W){return Math.floor(Math.floor(C/W)/b)}function Yt(C,b,W,ce){let ge=C.updateRanges;if(ge.length===0)t.texSubImage2D(i.TEXTURE_2D,0,0,0,b.width,b.height,W,ce,b.data);else{ge.sort((U,se)=>U.start-se.start);let ye=0;for(let U=1;U<ge.length;U++){let se=ge[ye],te=ge[U],we=se.start+se.count,me=rt(te.start,b.width,4),Se=rt(se.start,b.width,4);te.start<=we+1&&me===Se&&rt(te.start+te.count-1,b.width,4)===me?se.count=Math.max(se.count,te.start+te.count-se.start):(++ye,ge[ye]=te)}ge.length=ye+1;let ee=t.getParameter(i.UNPACK_ROW_LENGTH),ne=t.getParameter(i.UNPACK_SKIP_PIXELS),fe=t.getParameter(i.UNPACK_SKIP_ROWS);t.pixelStorei(i.UNPACK_ROW_LENGTH,b.width);for(let U=0,se=ge.length;U<se;U++){let te=ge[U],we=Math.floor(te.start/4),me=Math.ceil(te.count/4),Se=we%b.width,We=Math.floor(we/b.width),Qe=me,ae=1;t.pixelStorei(i.UNPACK_SKIP_PIXELS,Se),t.pixelStorei(i.UNPACK_SKIP_ROWS,We),t.texSubImage2D(i.TEXTURE_2D,0,Se,We,Qe,ae,W,ce,b.data)}C.clearUpdateRanges(),t.pixelStorei(i.UNPACK_ROW_LENGTH,ee),t.pixelStorei(i.UNPACK_SKIP_PIXELS,ne),t.pixelStorei(i.UNPACK_SKIP_ROWS,fe)}}function Vt(C,b,W){let ce=i.TEXTURE_2D;(b.isDataArrayTexture||b.isCompressedArrayTexture)&&(ce=i.TEXTURE_2D_ARRAY),b.isData3DTexture&&(ce=i.TEXTURE_3D);let re=ut(C,b),ge=b.source;t.bindTexture(ce,C.__webglTexture,i.TEXTURE0+W);let ye=n.get(ge);if(ge.version!==ye.__version||re===!0){if(t.activeTexture(i.TEXTURE0+W),(typeof ImageBitmap<"u"&&b.image instanceof ImageBitmap)===!1){let ae=bt.getPrimaries(bt.workingColorSpace),ke=b.colorSpace===Rs?null:bt.getPrimaries(b.colorSpace),et=b.colorSpace===Rs||ae===ke?i.NONE:i.BROWSER_DEFAULT_WEBGL;t.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,b.flipY),t.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,b.premultiplyAlpha),t.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,et)}t.pixelStorei(i.UNPACK_ALIGNMENT,b.unpackAlignment);let ne=v(b.image,!1,s.maxTextureSize);ne=He(b,ne);let fe=r.convert(b.format,b.colorSpace),U=r.convert(b.type),se=A(b.internalFormat,fe,U,b.normalized,b.colorSpace,b.isVideoTexture);pt(ce,b);let te,we=b.mipmaps,me=b.isVideoTexture!==!0,Se=ye.__version===void 0||re===!0,We=ge.dataReady,Qe=w(b,ne);if(b.isDepthTexture)se=_(b.format===Ts,b.type),Se&&(me?t.texStorage2D(i.TEXTURE_2D,1,se,ne.width,ne.height):t.texImage2D(i.TEXTURE_2D,0,se,ne.width,ne.height,0,fe,U,null));else if(b.isDataTexture)if(we.length>0){me&&Se&&t.texStorage2D(i.TEXTURE_2D,Qe,se,we[0].width,we[0].height);for(let ae=0,ke=we.length;ae<ke;ae++)te=we[ae],me?We&&t.texSubImage2D(i.TEXTURE_2D,ae,0,0,te.width,te.height,fe,U,te.data):t.texImage2D(i.TEXTURE_2D,ae,se,te.width,te.height,0,fe,U,te.data);b.generateMipmaps=!1}else me?(Se&&t.texStorage2D(i.TEXTURE_2D,Qe,se,ne.width,ne.height),We&&Yt(b,ne,fe,U)):t.texImage2D(i.TEXTURE_2D,0,se,ne.width,ne.height,0,fe,U,ne.data);else if(b.isCompressedTexture)if(b.isCompressedArrayTexture){me&&Se&&t.texStorage3D(i.TEXTURE_2D_ARRAY,Qe,se,we[0].width,we[0].height,ne.depth);for(let ae=0,ke=we.length;ae<ke;ae++)if(te=we[ae],b.format!==Yn)if(fe!==null)if(me){if(We)if(b.layerUpdates.size>0){let et=Qd(te.width,te.height,b.format,b.type);for(let Ce of b.layerUpdates){let ct=te.data.subarray(Ce*et/te.data.BYTES_PER_ELEMENT,(Ce+1)*et/te.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,ae,0,0,Ce,te.width,te.height,1,fe,ct)}}else t.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,ae,0,0,0,te.width,te.height,ne.depth,fe,te.data)}else t.compressedTexImage3D(i.TEXTURE_2D_ARRAY,ae,se,te.width,te.height,ne.depth,0,te.data,0,0);else Ke("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else me?We&&t.texSubImage3D(i.TEXTURE_2D_ARRAY,ae,0,0,0,te.width,te.height,ne.depth,fe,U,te.data):t.texImage3D(i.TEXTURE_2D_ARRAY,ae,se,te.width,te.height,ne.depth,0,fe,U,te.data);b.layerUpdates.size>0&&b.clearLayerUpdates()}else{me&&Se&&t.texStorage2D(i.TEXTURE_2D,Qe,se,we[0].width,we[0].height);for(let ae=0,ke=we.length;ae<ke;ae++)te=we[ae],b.format!==Yn?fe!==null?me?We&&t.compressedTexSubImage2D(i.TEXTURE_2D,ae,0,0,te.width,te.height,fe,te.data):t.compressedTexImage2D(i.TEXTURE_2D,ae,se,te.width,te.height,0,te.data):Ke("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):me?We&&t.texSubImage2D(i.TEXTURE_2D,ae,0,0,te.width,te.height,fe,U,te.data):t.texImage2D(i.TEXTURE_2D,ae,se,te.width,te.height,0,fe,U,te.data)}else if(b.isDataArrayTexture)if(me){if(Se&&t.texStorage3D(i.TEXTURE_2D_ARRAY,Qe,se,ne.width,ne.height,ne.depth),We)if(b.layerUpdates.size>0){let ae=Qd(ne.width,ne.height,b.format,b.type);for(let ke of b.layerUpdates){let et=ne.data.subarray(ke*ae/ne.data.BYTES_PER_ELEMENT,(ke+1)*ae/ne.data.BYTES_PER_ELEMENT);t.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,ke,ne.width,ne.height,1,fe,U,et)}b.clearLayerUpdates()}else t.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,0,ne.width,ne.height,ne.depth,fe,U,ne.data)}else t.texImage3D(i.TEXTURE_2D_ARRAY,0,se,ne.width,ne.height,ne.depth,0,fe,U,ne.data);else if(b.isData3DTexture)me?(Se&&t.texStorage3D(i.TEXTURE_3D,Qe,se,ne.width,ne.height,ne.depth),We&&t.texSubImage3D(i.TEXTURE_3D,0,0,0,0,ne.width,ne.height,ne.depth,fe,U,ne.data)):t.texImage3D(i.TEXTURE_3D,0,se,ne.width,ne.height,ne.depth,0,fe,U,ne.data);else if(b.isFramebufferTexture){if(Se)if(me)t.texStorage2D(i.TEXTURE_2D,Qe,se,ne.width,ne.height);else{let ae=ne.width,ke=ne.height;for(let et=0;et<Qe;et++)t.texImage2D(i.TEXTURE_2D,et,se,ae,ke,0,fe,U,null),ae>>=1,ke>>=1}}else if(b.isHTMLTexture){if("texElementImage2D"in i){let ae=i.canvas;if(ae.hasAttribute("layoutsubtree")||ae.setAttribute("layoutsubtree","true"),ne.parentNode!==ae){ae.appendChild(ne),d.add(b),ae.onpaint=ke=>{let et=ke.changedElements;for(let Ce of d)et.includes(Ce.image)&&(Ce.needsUpdate=!0)},ae.requestPaint();return}if(i.texElementImage2D.length===3)i.texElementImage2D(i.TEXTURE_2D,i.RGBA8,ne);else{let et=i.RGBA,Ce=i.RGBA,ct=i.UNSIGNED_BYTE;i.texElementImage2D(i.TEXTURE_2D,0,et,Ce,ct,ne)}i.texParameteri(i.TEXTURE_2D,i.TEXTURE_MIN_FILTER,i.LINEAR),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_S,i.CLAMP_TO_EDGE),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_T,i.CLAMP_TO_EDGE)}}else if(we.length>0){if(me&&Se){let ae=Ye(we[0]);t.texStorage2D(i.TEXTURE_2D,Qe,se,ae.width,ae.height)}for(let ae=0,ke=we.length;ae<ke;ae++)te=we[ae],me?We&&t.texSubImage2D(i.TEXTURE_2D,ae,0,0,fe,U,te):t.texImage2D(i.TEXTURE_2D,ae,se,fe,U,te);b.generateMipmaps=!1}else if(me){if(Se){let ae=Ye(ne);t.texStorage2D(i.TEXTURE_2D,Qe,se,ae.width,ae.height)}We&&t.texSubImage2D(i.TEXTURE_2D,0,0,0,fe,U,ne)}else t.texImage2D(i.TEXTURE_2D,0,se,fe,U,ne);R(b)&&b.mipmapsAutoUpdate===!0&&x(ce),ye.__version=ge.version,b.onUpdate&&b.onUpdate(b)}C.__version=b.version}function on(C,b,W){if(b.image.length!==6)return;let ce=ut(C,b),re=b.source;t.bindTexture(i.TEXTURE_CUBE_MAP,C.__webglTexture,i.TEXTURE0+W);let ge=n.get(re);if(re.version!==ge.__version||ce===!0){t.activeTexture(i.TEXTURE0+W);let ye=bt.getPrimaries(bt.workingColorSpace),ee=b.colorSpace===Rs?null:bt.getPrimaries(b.colorSpace),ne=b.colorSpace===Rs||ye===ee?i.NONE:i.BROWSER_DEFAULT_WEBGL;t.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,b.flipY),t.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,b.premultiplyAlpha),t.pixelStorei(i.UNPACK_ALIGNMENT,b.unpackAlignment),t.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,ne);let fe=b.isCompressedTexture||b.image[0].isCompressedTexture,U=b.image[0]&&b.image[0].isDataTexture,se=[];for(let Ce=0;Ce<6;Ce++)!fe&&!U?se[Ce]=v(b.image[Ce],!0,s.maxCubemapSize):se[Ce]=U?b.image[Ce].image:b.image[Ce],se[Ce]=He(b,se[Ce]);let te=se[0],we=r.convert(b.format,b.colorSpace),me=r.convert(b.type),Se=A(b.internalFormat,we,me,b.normalized,b.colorSpace),We=b.isVideoTexture!==!0,Qe=ge.__version===void 0||ce===!0,ae=re.dataReady,ke=w(b,te);pt(i.TEXTURE_CUBE_MAP,b);let et;if(b.isDepthTexture){if(Se=_(b.format===Ts,b.type),Qe)if(We)t.texStorage2D(i.TEXTURE_CUBE_MAP,1,Se,te.width,te.height);else for(let Ce=0;Ce<6;Ce++)t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Ce,0,Se,te.width,te.height,0,we,me,null)}else if(fe){We&&Qe&&t.texStorage2D(i.TEXTURE_CUBE_MAP,ke,Se,te.width,te.height);for(let Ce=0;Ce<6;Ce++){et=se[Ce].mipmaps;for(let ct=0;ct<et.length;ct++){let Ht=et[ct];b.format!==Yn?we!==null?We?ae&&t.compressedTexSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Ce,ct,0,0,Ht.width,Ht.height,we,Ht.data):t.compressedTexImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Ce,ct,Se,Ht.width,Ht.height,0,Ht.data):Ke("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):We?ae&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Ce,ct,0,0,Ht.width,Ht.height,we,me,Ht.data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Ce,ct,Se,Ht.width,Ht.height,0,we,me,Ht.data)}}}else{if(et=b.mipmaps,We&&Qe){et.length>0&&ke++;let Ce=Ye(se[0]);t.texStorage2D(i.TEXTURE_CUBE_MAP,ke,Se,Ce.width,Ce.height)}for(let Ce=0;Ce<6;Ce++)if(U){We?ae&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Ce,0,0,0,se[Ce].width,se[Ce].height,we,me,se[Ce].data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Ce,0,Se,se[Ce].width,se[Ce].height,0,we,me,se[Ce].data);for(let ct=0;ct<et.length;ct++){let zn=et[ct].image[Ce].image;We?ae&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Ce,ct+1,0,0,zn.width,zn.height,we,me,zn.data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Ce,ct+1,Se,zn.width,zn.height,0,we,me,zn.data)}}else{We?ae&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Ce,0,0,0,we,me,se[Ce]):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Ce,0,Se,we,me,se[Ce]);for(let ct=0;ct<et.length;ct++){let Ht=et[ct];We?ae&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Ce,ct+1,0,0,we,me,Ht.image[Ce]):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Ce,ct+1,Se,we,me,Ht.image[Ce])}}}R(b)&&b.mipmapsAutoUpdate===!0&&x(i.TEXTURE_CUBE_MAP),ge.__version=re.version,b.onUpdate&&b.onUpdate(b)}C.__version=b.version}function Ut(C,b,W,ce,re,ge){let ye=r.convert(W.format,W.colorSpace),ee=r.convert(W.type),ne=A(W.internalFormat,ye,ee,W.normalized,W.colorSpace),fe=n.get(b),U=n.get(W);if(U.__renderTarget=b,!fe.__hasExternalTextures){let se=Math.max(1,b.width>>ge),te=Math.max(1,b.height>>ge);re===i.TEXTURE_3D||re===i.TEXTURE_2D_ARRAY?t.texImage3D(re,ge,ne,se,te,b.depth,0,ye,ee,null):t.texImage2D(re,ge,ne,se,te,0,ye,ee,null)}t.bindFramebuffer(i.FRAMEBUFFER,C),Me(b)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,ce,re,U.__webglTexture,0,lt(b)):(re===i.TEXTURE_2D||re>=i.TEXTURE_CUBE_MAP_POSITIVE_X&&re<=i.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&i.framebufferTexture2D(i.FRAMEBUFFER,ce,re,U.__webglTexture,ge),t.bindFramebuffer(i.FRAMEBUFFER,null)}function Mn(C,b,W){if(i.bindRenderbuffer(i.RENDERBUFFER,C),b.depthBuffer){let ce=b.depthTexture,re=ce&&ce.isDepthTexture?ce.type:null,ge=_(b.stencilBuffer,re),ye=b.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;Me(b)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,lt(b),ge,b.width,b.height):W?i.renderbufferStorageMultisample(i.RENDERBUFFER,lt(b),ge,b.width,b.height):i.renderbufferStorage(i.RENDERBUFFER,ge,b.width,b.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,ye,i.RENDERBUFFER,C)}else{let ce=b.textures;for(let re=0;re<ce.length;re++){let ge=ce[re],ye=r.convert(ge.format,ge.colorSpace),ee=r.convert(ge.type),ne=A(ge.internalFormat,ye,ee,ge.normalized,ge.colorSpace);Me(b)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,lt(b),ne,b.width,b.height):W?i.renderbufferStorageMultisample(i.RENDERBUFFER,lt(b),ne,b.width,b.height):i.renderbufferStorage(i.RENDERBUFFER,ne,b.width,b.height)}}i.bindRenderbuffer(i.RENDERBUFFER,null)}function wt(C,b,W){let ce=b.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(i.FRAMEBUFFER,C),!(b.depthTexture&&b.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let re=n.get(b.depthTexture);re.__renderTarget=b;let ge=ce?b.depthTexture.image[0]:b.depthTexture.image;(!re.__webglTexture||ge.width!==b.width||ge.height!==b.height)&&(ge.width=b.width,ge.height=b.height,b.depthTexture.needsUpdate=!0),ce?be(b.depthTexture,0):pe(b.depthTexture,0);let ye=re.__webglTexture,ee=lt(b),ne=ce?i.TEXTURE_CUBE_MAP_POSITIVE_X+W:i.TEXTURE_2D,fe=b.depthTexture.format===Ts?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;if(b.depthTexture.format===Ms)Me(b)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,fe,ne,ye,0,ee):i.framebufferTexture2D(i.FRAMEBUFFER,fe,ne,ye,0);else if(b.depthTexture.format===Ts)Me(b)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,fe,ne,ye,0,ee):i.framebufferTexture2D(i.FRAMEBUFFER,fe,ne,ye,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function mn(C){let b=n.get(C),W=C.isWebGLCubeRenderTarget===!0;if(b.__boundDepthTexture!==C.depthTexture){let ce=C.depthTexture;if(b.__depthDisposeCallback&&b.__depthDisposeCallback(),ce){let re=()=>{delete b.__boundDepthTexture,delete b.__depthDisposeCallback,ce.removeEventListener("dispose",re)};ce.addEventListener("dispose",re),b.__depthDisposeCallback=re}b.__boundDepthTexture=ce}if(C.depthTexture&&!b.__autoAllocateDepthBuffer)if(W)for(let ce=0;ce<6;ce++)wt(b.__webglFramebuffer[ce],C,ce);else C.texture.mipmaps.length>0?wt(b.__webglFramebuffer[0],C,0):wt(b.__webglFramebuffer,C,0);else if(W){b.__webglDepthbuffer=[];for(let ce=0;ce<6;ce++)if(t.bindFramebuffer(i.FRAMEBUFFER,b.__webglFramebuffer[ce]),b.__webglDepthbuffer[ce]===void 0)b.__webglDepthbuffer[ce]=i.createRenderbuffer(),Mn(b.__webglDepthbuffer[ce],C,!1);else{let re=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,ge=b.__webglDepthbuffer[ce];i.bindRenderbuffer(i.RENDERBUFFER,ge),i.framebufferRenderbuffer(i.FRAMEBUFFER,re,i.RENDERBUFFER,ge)}}else if(C.texture.mipmaps.length>0?t.bindFramebuffer(i.FRAMEBUFFER,b.__webglFramebuffer[0]):t.bindFramebuffer(i.FRAMEBUFFER,b.__webglFramebuffer),b.__webglDepthbuffer===void 0)b.__webglDepthbuffer=i.createRenderbuffer(),Mn(b.__webglDepthbuffer,C,!1);else{let re=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,ge=b.__webglDepthbuffer;i.bindRenderbuffer(i.RENDERBUFFER,ge),i.framebufferRenderbuffer(i.FRAMEBUFFER,re,i.RENDERBUFFER,ge)}t.bindFramebuffer(i.FRAMEBUFFER,null)}function jt(C,b,W){let ce=n.get(C);b!==void 0&&Ut(ce.__webglFramebuffer,C,C.texture,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,0),W!==void 0&&mn(C)}function an(C){let b=C.texture,W=n.get(C),ce=n.get(b);C.addEventListener("dispose",k),O(C);let re=C.textures,ge=C.isWebGLCubeRenderTarget===!0,ye=re.length>1;if(ye||(ce.__webglTexture===void 0&&(ce.__webglTexture=i.createTexture()),ce.__version=b.version,o.memory.textures++),ge){W.__webglFramebuffer=[];for(let ee=0;ee<6;ee++)if(b.mipmaps.length>0){W.__webglFramebuffer[ee]=[];for(let ne=0;ne<b.mipmaps.length;ne++)W.__webglFramebuffer[ee][ne]=i.createFramebuffer()}else W.__webglFramebuffer[ee]=i.createFramebuffer()}else{if(b.mipmaps.length>0){W.__webglFramebuffer=[];for(let ee=0;ee<b.mipmaps.length;ee++)W.__webglFramebuffer[ee]=i.createFramebuffer()}else W.__webglFramebuffer=i.createFramebuffer();if(ye)for(let ee=0,ne=re.length;ee<ne;ee++){let fe=n.get(re[ee]);fe.__webglTexture===void 0&&(fe.__webglTexture=i.createTexture(),o.memory.textures++)}if(C.samples>0&&Me(C)===!1){W.__webglMultisampledFramebuffer=i.createFramebuffer(),W.__webglColorRenderbuffer=[],t.bindFramebuffer(i.FRAMEBUFFER,W.__webglMultisampledFramebuffer);for(let ee=0;ee<re.length;ee++){let ne=re[ee];W.__webglColorRenderbuffer[ee]=i.createRenderbuffer(),i.bindRenderbuffer(i.RENDERBUFFER,W.__webglColorRenderbuffer[ee]);let fe=r.convert(ne.format,ne.colorSpace),U=r.convert(ne.type),se=A(ne.internalFormat,fe,U,ne.normalized,ne.colorSpace,C.isXRRenderTarget===!0),te=lt(C);i.renderbufferStorageMultisample(i.RENDERBUFFER,te,se,C.width,C.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+ee,i.RENDERBUFFER,W.__webglColorRenderbuffer[ee])}i.bindRenderbuffer(i.RENDERBUFFER,null),C.depthBuffer&&(W.__webglDepthRenderbuffer=i.createRenderbuffer(),Mn(W.__webglDepthRenderbuffer,C,!0)),t.bindFramebuffer(i.FRAMEBUFFER,null)}}if(ge){t.bindTexture(i.TEXTURE_CUBE_MAP,ce.__webglTexture),pt(i.TEXTURE_CUBE_MAP,b);for(let ee=0;ee<6;ee++)if(b.mipmaps.length>0)for(let ne=0;ne<b.mipmaps.length;ne++)Ut(W.__webglFramebuffer[ee][ne],C,b,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+ee,ne);else Ut(W.__webglFramebuffer[ee],C,b,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+ee,0);R(b)?x(i.TEXTURE_CUBE_MAP):b.mipmaps.length>0&&i.texParameteri(i.TEXTURE_CUBE_MAP,i.TEXTURE_MAX_LEVEL,b.mipmaps.length-1),t.unbindTexture()}else if(ye){for(let ee=0,ne=re.length;ee<ne;ee++){let fe=re[ee],U=n.get(fe),se=i.TEXTURE_2D;(C.isWebGL3DRenderTarget||C.isWebGLArrayRenderTarget)&&(se=C.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),t.bindTexture(se,U.__webglTexture),pt(se,fe),Ut(W.__webglFramebuffer,C,fe,i.COLOR_ATTACHMENT0+ee,se,0),R(fe)&&x(se)}t.unbindTexture()}else{let ee=i.TEXTURE_2D;if((C.isWebGL3DRenderTarget||C.isWebGLArrayRenderTarget)&&(ee=C.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),t.bindTexture(ee,ce.__webglTexture),pt(ee,b),b.mipmaps.length>0)for(let ne=0;ne<b.mipmaps.length;ne++)Ut(W.__webglFramebuffer[ne],C,b,i.COLOR_ATTACHMENT0,ee,ne);else Ut(W.__webglFramebuffer,C,b,i.COLOR_ATTACHMENT0,ee,0);R(b)?x(ee):b.mipmaps.length>0&&i.texParameteri(ee,i.TEXTURE_MAX_LEVEL,b.mipmaps.length-1),t.unbindTexture()}C.depthBuffer&&mn(C)}function F(C){let b=C.textures;for(let W=0,ce=b.length;W<ce;W++){let re=b[W];if(R(re)&&re.mipmapsAutoUpdate===!0){let ge=T(C),ye=n.get(re).__webglTexture;t.bindTexture(ge,ye),x(ge),t.unbindTexture()}}}let Pe=[];function Ze(C){if(C.samples>0){if(Me(C)===!1){let b=C.textures,W=C.width,ce=C.height,re=i.COLOR_BUFFER_BIT,ge=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,ye=n.get(C),ee=b.length>1;if(ee)for(let fe=0;fe<b.length;fe++)t.bindFramebuffer(i.FRAMEBUFFER,ye.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+fe,i.RENDERBUFFER,null),t.bindFramebuffer(i.FRAMEBUFFER,ye.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+fe,i.TEXTURE_2D,null,0);t.bindFramebuffer(i.READ_FRAMEBUFFER,ye.__webglMultisampledFramebuffer),C.texture.mipmaps.length>0?t.bindFramebuffer(i.DRAW_FRAMEBUFFER,ye.__webglFramebuffer[0]):t.bindFramebuffer(i.DRAW_FRAMEBUFFER,ye.__webglFramebuffer);for(let fe=0;fe<b.length;fe++){if(C.resolveDepthBuffer&&(C.depthBuffer&&(re|=i.DEPTH_BUFFER_BIT),C.stencilBuffer&&C.resolveStencilBuffer&&(re|=i.STENCIL_BUFFER_BIT)),ee){i.framebufferRenderbuffer(i.READ_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.RENDERBUFFER,ye.__webglColorRenderbuffer[fe]);let U=n.get(b[fe]).__webglTexture;i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,U,0)}i.blitFramebuffer(0,0,W,ce,0,0,W,ce,re,i.NEAREST),l===!0&&(Pe.length=0,Pe.push(i.COLOR_ATTACHMENT0+fe),C.depthBuffer&&C.storeMultisampledDepthBuffer===!1&&Pe.push(ge),i.invalidateFramebuffer(i.READ_FRAMEBUFFER,Pe))}if(t.bindFramebuffer(i.READ_FRAMEBUFFER,null),t.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),ee)for(let fe=0;fe<b.length;fe++){t.bindFramebuffer(i.FRAMEBUFFER,ye.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+fe,i.RENDERBUFFER,ye.__webglColorRenderbuffer[fe]);let U=n.get(b[fe]).__webglTexture;t.bindFramebuffer(i.FRAMEBUFFER,ye.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+fe,i.TEXTURE_2D,U,0)}t.bindFramebuffer(i.DRAW_FRAMEBUFFER,ye.__webglMultisampledFramebuffer)}else if(C.depthBuffer&&C.storeMultisampledDepthBuffer===!1&&l){let b=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;i.invalidateFramebuffer(i.DRAW_FRAMEBUFFER,[b])}}}function lt(C){return Math.min(s.maxSamples,C.samples)}function Me(C){let b=n.get(C);return C.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&b.__useRenderToTexture!==!1}function kt(C){let b=o.render.frame;h.get(C)!==b&&(h.set(C,b),C.update())}function He(C,b){let W=C.colorSpace,ce=C.format,re=C.type;return C.isCompressedTexture===!0||C.isVideoTexture===!0||W!==es&&W!==Rs&&(bt.getTransfer(W)===Lt?(ce!==Yn||re!==mi)&&Ke("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):tt("WebGLTextures: Unsupported texture color space:",W)),b}function Ye(C){return typeof HTMLImageElement<"u"&&C instanceof HTMLImageElement?(c.width=C.naturalWidth||C.width,c.height=C.naturalHeight||C.height):typeof VideoFrame<"u"&&C instanceof VideoFrame?(c.width=C.displayWidth,c.height=C.displayHeight):(c.width=C.width,c.height=C.height),c}this.allocateTextureUnit=he,this.resetTextureUnits=j,this.getTextureUnits=ie,this.setTextureUnits=ue,this.setTexture2D=pe,this.setTexture2DArray=_e,this.setTexture3D=Re,this.setTextureCube=be,this.rebindTextures=jt,this.setupRenderTarget=an,this.updateRenderTargetMipmap=F,this.updateMultisampleRenderTarget=Ze,this.setupDepthRenderbuffer=mn,this.setupFrameBufferTexture=Ut,this.useMultisampledRTT=Me,this.dispose=H}function $1(i,e){function t(n,s=Rs){let r,o=bt.getTransfer(s);if(n===mi)return i.UNSIGNED_BYTE;if(n===Bc)return i.UNSIGNED_SHORT_4_4_4_4;if(n===zc)return i.UNSIGNED_SHORT_5_5_5_1;if(n===Ud)return i.UNSIGNED_INT_5_9_9_9_REV;if(n===Fd)return i.UNSIGNED_INT_10F_11F_11F_REV;if(n===Dd)return i.BYTE;if(n===Od)return i.SHORT;if(n===Uo)return i.UNSIGNED_SHORT;if(n===kc)return i.INT;if(n===Bi)return i.UNSIGNED_INT;if(n===Ai)return i.FLOAT;if(n===zi)return i.HALF_FLOAT;if(n===kd)return i.ALPHA;if(n===Bd)return i.RGB;if(n===Yn)return i.RGBA;if(n===Ms)return i.DEPTH_COMPONENT;if(n===Ts)return i.DEPTH_STENCIL;if(n===Vc)return i.RED;if(n===Hc)return i.RED_INTEGER;if(n===tr)return i.RG;if(n===Gc)return i.RG_INTEGER;if(n===Wc)return i.RGBA_INTEGER;if(n===za||n===Va||n===Ha||n===Ga)if(o===Lt)if(r=e.get("WEBGL_compressed_texture_s3tc_srgb"),r!==null){if(n===za)return r.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(n===Va)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(n===Ha)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(n===Ga)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(r=e.get("WEBGL_compressed_texture_s3tc"),r!==null){if(n===za)return r.COMPRESSED_RGB_S3TC_DXT1_EXT;if(n===Va)return r.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(n===Ha)return r.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(n===Ga)return r.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(n===Xc||n===$c||n===qc||n===Yc)if(r=e.get("WEBGL_compressed_texture_pvrtc"),r!==null){if(n===Xc)return r.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(n===$c)return r.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(n===qc)return r.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(n===Yc)return r.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(n===Zc||n===Kc||n===Jc||n===jc||n===Qc||n===Wa||n===eh)if(r=e.get("WEBGL_compressed_texture_etc"),r!==null){if(n===Zc||n===Kc)return o===Lt?r.COMPRESSED_SRGB8_ETC2:r.COMPRESSED_RGB8_ETC2;if(n===Jc)return o===Lt?r.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:r.COMPRESSED_RGBA8_ETC2_EAC;if(n===jc)return r.COMPRESSED_R11_EAC;if(n===Qc)return r.COMPRESSED_SIGNED_R11_EAC;if(n===Wa)return r.COMPRESSED_RG11_EAC;if(n===eh)return r.COMPRESSED_SIGNED_RG11_EAC}else return null;if(n===th||n===nh||n===ih||n===sh||n===rh||n===oh||n===ah||n===lh||n===ch||n===hh||n===uh||n===dh||n===fh||n===ph)if(r=e.get("WEBGL_compressed_texture_astc"),r!==null){if(n===th)return o===Lt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:r.COMPRESSED_RGBA_ASTC_4x4_KHR;if(n===nh)return o===Lt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:r.COMPRESSED_RGBA_ASTC_5x4_KHR;if(n===ih)return o===Lt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:r.COMPRESSED_RGBA_ASTC_5x5_KHR;if(n===sh)return o===Lt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:r.COMPRESSED_RGBA_ASTC_6x5_KHR;if(n===rh)return o===Lt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:r.COMPRESSED_RGBA_ASTC_6x6_KHR;if(n===oh)return o===Lt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:r.COMPRESSED_RGBA_ASTC_8x5_KHR;if(n===ah)return o===Lt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:r.COMPRESSED_RGBA_ASTC_8x6_KHR;if(n===lh)return o===Lt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:r.COMPRESSED_RGBA_ASTC_8x8_KHR;if(n===ch)return o===Lt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:r.COMPRESSED_RGBA_ASTC_10x5_KHR;if(n===hh)return o===Lt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:r.COMPRESSED_RGBA_ASTC_10x6_KHR;if(n===uh)return o===Lt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:r.COMPRESSED_RGBA_ASTC_10x8_KHR;if(n===dh)return o===Lt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:r.COMPRESSED_RGBA_ASTC_10x10_KHR;if(n===fh)return o===Lt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:r.COMPRESSED_RGBA_ASTC_12x10_KHR;if(n===ph)return o===Lt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:r.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(n===mh||n===gh||n===_h)if(r=e.get("EXT_texture_compression_bptc"),r!==null){if(n===mh)return o===Lt?r.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:r.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(n===gh)return r.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(n===_h)return r.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(n===yh||n===xh||n===Xa||n===vh)if(r=e.get("EXT_texture_compression_rgtc"),r!==null){if(n===yh)return r.COMPRESSED_RED_RGTC1_EXT;if(n===xh)return r.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(n===Xa)return r.COMPRESSED_RED_GREEN_RGTC2_EXT;if(n===vh)return r.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return n===Tr?i.UNSIGNED_INT_24_8:i[n]!==void 0?i[n]:null}return{convert:t}}var q1=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,Y1=`
uniform sampler2DArray depthColor;
uniform float depthWidth;
uniform float depthHeight;

void main() {

	vec2 coord = vec2( gl_FragCoord.x / depthWidth, gl_FragCoord.y / depthHeight );

	if ( coord.x >= 1.0 ) {

		gl_FragDepth = texture( depthColor, vec3( coord.x - 1.0, coord.y, 1 ) ).r;

	} else {

		gl_FragDepth = texture( depthColor, vec3( coord.x, coord.y, 0 ) ).r;

	}

}`,cf=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let n=new Pa(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=n}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,n=new kn({vertexShader:q1,fragmentShader:Y1,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new qn(new La(20,20),n)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},hf=class extends ki{constructor(e,t){super();let n=this,s=null,r=1,o=null,a="local-floor",l=1,c=null,h=null,d=null,u=null,m=null,g=null,S=typeof XRWebGLBinding<"u",p=new cf,f={},v=t.getContextAttributes(),R=null,x=null,T=[],A=[],_=new Je,w=null,O=null,I=new Nn;I.viewport=new Jt;let L=new Nn;L.viewport=new Jt;let k=[I,L],z=new Dc,N=null,H=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(Q){let pe=T[Q];return pe===void 0&&(pe=new To,T[Q]=pe),pe.getTargetRaySpace()},this.getControllerGrip=function(Q){let pe=T[Q];return pe===void 0&&(pe=new To,T[Q]=pe),pe.getGripSpace()},this.getHand=function(Q){let pe=T[Q];return pe===void 0&&(pe=new To,T[Q]=pe),pe.getHandSpace()};function $(Q){let pe=A.indexOf(Q.inputSource);if(pe===-1)return;let _e=T[pe];_e!==void 0&&(_e.update(Q.inputSource,Q.frame,c||o),_e.dispatchEvent({type:Q.type,data:Q.inputSource}))}function G(){s.removeEventListener("select",$),s.removeEventListener("selectstart",$),s.removeEventListener("selectend",$),s.removeEventListener("squeeze",$),s.removeEventListener("squeezestart",$),s.removeEventListener("squeezeend",$),s.removeEventListener("end",G),s.removeEventListener("inputsourceschange",le);for(let Q=0;Q<T.length;Q++){let pe=A[Q];pe!==null&&(A[Q]=null,T[Q].disconnect(pe))}N=null,H=null,p.reset();for(let Q in f)delete f[Q];if(e.setRenderTarget(R),m=null,u=null,d=null,s=null,x=null,he.stop(),n.isPresenting=!1,e.setPixelRatio(w),e.setSize(_.width,_.height,!1),O!==null){let Q=O.camera;Q.fov=O.fov,Q.zoom=O.zoom,Q.updateProjectionMatrix(),O=null}n.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(Q){r=Q,n.isPresenting===!0&&Ke("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(Q){a=Q,n.isPresenting===!0&&Ke("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return c||o},this.setReferenceSpace=function(Q){c=Q},this.getBaseLayer=function(){return u!==null?u:m},this.getBinding=function(){return d===null&&S&&(d=new XRWebGLBinding(s,t)),d},this.getFrame=function(){return g},this.getSession=function(){return s},this.setSession=async function(Q){if(s=Q,s!==null){if(R=e.getRenderTarget(),s.addEventListener("select",$),s.addEventListener("selectstart",$),s.addEventListener("selectend",$),s.addEventListener("squeeze",$),s.addEventListener("squeezestart",$),s.addEventListener("squeezeend",$),s.addEventListener("end",G),s.addEventListener("inputsourceschange",le),v.xrCompatible!==!0&&await t.makeXRCompatible(),w=e.getPixelRatio(),e.getSize(_),S&&"createProjectionLayer"in XRWebGLBinding.prototype){let _e=null,Re=null,be=null;v.depth&&(be=v.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,_e=v.stencil?Ts:Ms,Re=v.stencil?Tr:Bi);let Xe={colorFormat:t.RGBA8,depthFormat:be,scaleFactor:r};d=this.getBinding(),u=d.createProjectionLayer(Xe),s.updateRenderState({layers:[u]}),e.setPixelRatio(1),e.setSize(u.textureWidth,u.textureHeight,!1),x=new $n(u.textureWidth,u.textureHeight,{format:Yn,type:mi,depthTexture:new Es(u.textureWidth,u.textureHeight,Re,void 0,void 0,void 0,void 0,void 0,void 0,_e),stencilBuffer:v.stencil,colorSpace:e.outputColorSpace,samples:v.antialias?4:0,resolveDepthBuffer:u.ignoreDepthValues===!1,resolveStencilBuffer:u.ignoreDepthValues===!1,storeMultisampledDepthBuffer:u.ignoreDepthValues===!1,storeMultisampledStencilBuffer:u.ignoreDepthValues===!1})}else{let _e={antialias:v.antialias,alpha:!0,depth:v.depth,stencil:v.stencil,framebufferScaleFactor:r};m=new XRWebGLLayer(s,t,_e),s.updateRenderState({baseLayer:m}),e.setPixelRatio(1),e.setSize(m.framebufferWidth,m.framebufferHeight,!1),x=new $n(m.framebufferWidth,m.framebufferHeight,{format:Yn,type:mi,colorSpace:e.outputColorSpace,stencilBuffer:v.stencil,resolveDepthBuffer:m.ignoreDepthValues===!1,resolveStencilBuffer:m.ignoreDepthValues===!1,storeMultisampledDepthBuffer:m.ignoreDepthValues===!1,storeMultisampledStencilBuffer:m.ignoreDepthValues===!1})}x.isXRRenderTarget=!0,this.setFoveation(l),c=null,o=await s.requestReferenceSpace(a),he.setContext(s),he.start(),n.isPresenting=!0,n.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(s!==null)return s.environmentBlendMode},this.getDepthTexture=function(){return p.getDepthTexture()};function le(Q){for(let pe=0;pe<Q.removed.length;pe++){let _e=Q.removed[pe],Re=A.indexOf(_e);Re>=0&&(A[Re]=null,T[Re].disconnect(_e))}for(let pe=0;pe<Q.added.length;pe++){let _e=Q.added[pe],Re=A.indexOf(_e);if(Re===-1){for(let Xe=0;Xe<T.length;Xe++)if(Xe>=A.length){A.push(_e),Re=Xe;break}else if(A[Xe]===null){A[Xe]=_e,Re=Xe;break}if(Re===-1)break}let be=T[Re];be&&be.connect(_e)}}function K(Q,pe){pe===null?Q.matrixWorld.copy(Q.matrix):Q.matrixWorld.multiplyMatrices(pe.matrixWorld,Q.matrix),Q.matrixWorldInverse.copy(Q.matrixWorld).invert()}this.updateCamera=function(Q){if(s===null)return;let pe=Q.near,_e=Q.far;p.texture!==null&&(p.depthNear>0&&(pe=p.depthNear),p.depthFar>0&&(_e=p.depthFar)),z.near=L.near=I.near=pe,z.far=L.far=I.far=_e,(N!==z.near||H!==z.far)&&(s.updateRenderState({depthNear:z.near,depthFar:z.far}),N=z.near,H=z.far),z.layers.mask=Q.layers.mask|6,I.layers.mask=z.layers.mask&-5,L.layers.mask=z.layers.mask&-3;let Re=Q.parent,be=z.cameras;K(z,Re);for(let Xe=0;Xe<be.length;Xe++)K(be[Xe],Re);z.projectionMatrix.copy(I.projectionMatrix),z.projectionMatrixInverse.copy(I.projectionMatrixInverse),O===null&&Q.isPerspectiveCamera&&(O={camera:Q,fov:Q.fov,zoom:Q.zoom}),j(Q,z,Re)};function j(Q,pe,_e){_e===null?Q.matrix.copy(pe.matrixWorld):(Q.matrix.copy(_e.matrixWorld),Q.matrix.invert(),Q.matrix.multiply(pe.matrixWorld)),Q.matrix.decompose(Q.position,Q.quaternion,Q.scale),Q.updateMatrixWorld(!0),Q.projectionMatrix.copy(pe.projectionMatrix),Q.projectionMatrixInverse.copy(pe.projectionMatrixInverse),Q.isPerspectiveCamera&&(Q.fov=wo*2*Math.atan(1/Q.projectionMatrix.elements[5]),Q.zoom=1)}this.getCamera=function(){return z},this.getFoveation=function(){if(!(u===null&&m===null))return l},this.setFoveation=function(Q){l=Q,u!==null&&(u.fixedFoveation=Q),m!==null&&m.fixedFoveation!==void 0&&(m.fixedFoveation=Q)},this.hasDepthSensing=function(){return p.texture!==null},this.getDepthSensingMesh=function(){return p.getMesh(z)},this.getCameraTexture=function(Q){return f[Q]};let ie=null;function ue(Q,pe){if(h=pe.getViewerPose(c||o),g=pe,h!==null){let _e=h.views;m!==null&&(e.setRenderTargetFramebuffer(x,m.framebuffer),e.setRenderTarget(x));let Re=!1;_e.length!==z.cameras.length&&(z.cameras.length=0,Re=!0);for(let Ge=0;Ge<_e.length;Ge++){let pt=_e[Ge],ut=null;if(m!==null)ut=m.getViewport(pt);else{let Yt=d.getViewSubImage(u,pt);ut=Yt.viewport,Ge===0&&(e.setRenderTargetTextures(x,Yt.colorTexture,Yt.depthStencilTexture),e.setRenderTarget(x))}let rt=k[Ge];rt===void 0&&(rt=new Nn,rt.layers.enable(Ge),rt.viewport=new Jt,k[Ge]=rt),rt.matrix.fromArray(pt.transform.matrix),rt.matrix.decompose(rt.position,rt.quaternion,rt.scale),rt.projectionMatrix.fromArray(pt.projectionMatrix),rt.projectionMatrixInverse.copy(rt.projectionMatrix).invert(),rt.viewport.set(ut.x,ut.y,ut.width,ut.height),Ge===0&&(z.matrix.copy(rt.matrix),z.matrix.decompose(z.position,z.quaternion,z.scale)),Re===!0&&z.cameras.push(rt)}let be=s.enabledFeatures;if(be&&be.includes("depth-sensing")&&s.depthUsage=="gpu-optimized"&&S){d=n.getBinding();let Ge=d.getDepthInformation(_e[0]);Ge&&Ge.isValid&&Ge.texture&&p.init(Ge,s.renderState)}if(be&&be.includes("camera-access")&&S){e.state.unbindTexture(),d=n.getBinding();for(let Ge=0;Ge<_e.length;Ge++){let pt=_e[Ge].camera;if(pt){let ut=f[pt];ut||(ut=new Pa,f[pt]=ut);let rt=d.getCameraImage(pt);ut.sourceTexture=rt}}}}for(let _e=0;_e<T.length;_e++){let Re=A[_e],be=T[_e];Re!==null&&be!==void 0&&be.update(Re,pe,c||o)}ie&&ie(Q,pe),pe.detectedPlanes&&n.dispatchEvent({type:"planesdetected",data:pe}),g=null}let he=new N0;he.setAnimationLoop(ue),this.setAnimationLoop=function(Q){ie=Q},this.dispose=function(){}}},Z1=new Et,G0=new st;G0.set(-1,0,0,0,1,0,0,0,1);function K1(i,e){function t(p,f){p.matrixAutoUpdate===!0&&p.updateMatrix(),f.value.copy(p.matrix)}function n(p,f){f.color.getRGB(p.fogColor.value,Kd(i)),f.isFog?(p.fogNear.value=f.near,p.fogFar.value=f.far):f.isFogExp2&&(p.fogDensity.value=f.density)}function s(p,f,v,R,x){f.isNodeMaterial?f.uniformsNeedUpdate=!1:f.isMeshBasicMaterial?r(p,f):f.isMeshLambertMaterial?(r(p,f),f.envMap&&(p.envMapIntensity.value=f.envMapIntensity)):f.isMeshToonMaterial?(r(p,f),d(p,f)):f.isMeshPhongMaterial?(r(p,f),h(p,f),f.envMap&&(p.envMapIntensity.value=f.envMapIntensity)):f.isMeshStandardMaterial?(r(p,f),u(p,f),f.isMeshPhysicalMaterial&&m(p,f,x)):f.isMeshMatcapMaterial?(r(p,f),g(p,f)):f.isMeshDepthMaterial?r(p,f):f.isMeshDistanceMaterial?(r(p,f),S(p,f)):f.isMeshNormalMaterial?r(p,f):f.isLineBasicMaterial?(o(p,f),f.isLineDashedMaterial&&a(p,f)):f.isPointsMaterial?l(p,f,v,R):f.isSpriteMaterial?c(p,f):f.isShadowMaterial?(p.color.value.copy(f.color),p.opacity.value=f.opacity):f.isShaderMaterial&&(f.uniformsNeedUpdate=!1)}function r(p,f){p.opacity.value=f.opacity,f.color&&p.diffuse.value.copy(f.color),f.emissive&&p.emissive.value.copy(f.emissive).multiplyScalar(f.emissiveIntensity),f.map&&(p.map.value=f.map,t(f.map,p.mapTransform)),f.alphaMap&&(p.alphaMap.value=f.alphaMap,t(f.alphaMap,p.alphaMapTransform)),f.bumpMap&&(p.bumpMap.value=f.bumpMap,t(f.bumpMap,p.bumpMapTransform),p.bumpScale.value=f.bumpScale,f.side===Dn&&(p.bumpScale.value*=-1)),f.normalMap&&(p.normalMap.value=f.normalMap,t(f.normalMap,p.normalMapTransform),p.normalScale.value.copy(f.normalScale),f.side===Dn&&p.normalScale.value.negate()),f.displacementMap&&(p.displacementMap.value=f.displacementMap,t(f.displacementMap,p.displacementMapTransform),p.displacementScale.value=f.displacementScale,p.displacementBias.value=f.displacementBias),f.emissiveMap&&(p.emissiveMap.value=f.emissiveMap,t(f.emissiveMap,p.emissiveMapTransform)),f.specularMap&&(p.specularMap.value=f.specularMap,t(f.specularMap,p.specularMapTransform)),f.alphaTest>0&&(p.alphaTest.value=f.alphaTest);let v=e.get(f),R=v.envMap,x=v.envMapRotation;R&&(p.envMap.value=R,p.envMapRotation.value.setFromMatrix4(Z1.makeRotationFromEuler(x)).transpose(),R.isCubeTexture&&R.isRenderTargetTexture===!1&&p.envMapRotation.value.premultiply(G0),p.reflectivity.value=f.reflectivity,p.ior.value=f.ior,p.refractionRatio.value=f.refractionRatio),f.lightMap&&(p.lightMap.value=f.lightMap,p.lightMapIntensity.value=f.lightMapIntensity,t(f.lightMap,p.lightMapTransform)),f.aoMap&&(p.aoMap.value=f.aoMap,p.aoMapIntensity.value=f.aoMapIntensity,t(f.aoMap,p.aoMapTransform))}function o(p,f){p.diffuse.value.copy(f.color),p.opacity.value=f.opacity,f.map&&(p.map.value=f.map,t(f.map,p.mapTransform))}function a(p,f){p.dashSize.value=f.dashSize,p.totalSize.value=f.dashSize+f.gapSize,p.scale.value=f.scale}function l(p,f,v,R){p.diffuse.value.copy(f.color),p.opacity.value=f.opacity,p.size.value=f.size*v,p.scale.value=R*.5,f.map&&(p.map.value=f.map,t(f.map,p.uvTransform)),f.alphaMap&&(p.alphaMap.value=f.alphaMap,t(f.alphaMap,p.alphaMapTransform)),f.alphaTest>0&&(p.alphaTest.value=f.alphaTest)}function c(p,f){p.diffuse.value.copy(f.color),p.opacity.value=f.opacity,p.rotation.value=f.rotation,f.map&&(p.map.value=f.map,t(f.map,p.mapTransform)),f.alphaMap&&(p.alphaMap.value=f.alphaMap,t(f.alphaMap,p.alphaMapTransform)),f.alphaTest>0&&(p.alphaTest.value=f.alphaTest)}function h(p,f){p.specular.value.copy(f.specular),p.shininess.value=Math.max(f.shininess,1e-4)}function d(p,f){f.gradientMap&&(p.gradientMap.value=f.gradientMap)}function u(p,f){p.metalness.value=f.metalness,f.metalnessMap&&(p.metalnessMap.value=f.metalnessMap,t(f.metalnessMap,p.metalnessMapTransform)),p.roughness.value=f.roughness,f.roughnessMap&&(p.roughnessMap.value=f.roughnessMap,t(f.roughnessMap,p.roughnessMapTransform)),f.envMap&&(p.envMapIntensity.value=f.envMapIntensity)}function m(p,f,v){p.ior.value=f.ior,f.diffuseRoughness>0&&(p.diffuseRoughness.value=f.diffuseRoughness,f.diffuseRoughnessMap&&(p.diffuseRoughnessMap.value=f.diffuseRoughnessMap,t(f.diffuseRoughnessMap,p.diffuseRoughnessMapTransform))),f.sheen>0&&(p.sheenColor.value.copy(f.sheenColor).multiplyScalar(f.sheen),p.sheenRoughness.value=f.sheenRoughness,f.sheenColorMap&&(p.sheenColorMap.value=f.sheenColorMap,t(f.sheenColorMap,p.sheenColorMapTransform)),f.sheenRoughnessMap&&(p.sheenRoughnessMap.value=f.sheenRoughnessMap,t(f.sheenRoughnessMap,p.sheenRoughnessMapTransform))),f.clearcoat>0&&(p.clearcoat.value=f.clearcoat,p.clearcoatRoughness.value=f.clearcoatRoughness,f.clearcoatMap&&(p.clearcoatMap.value=f.clearcoatMap,t(f.clearcoatMap,p.clearcoatMapTransform)),f.clearcoatRoughnessMap&&(p.clearcoatRoughnessMap.value=f.clearcoatRoughnessMap,t(f.clearcoatRoughnessMap,p.clearcoatRoughnessMapTransform)),f.clearcoatNormalMap&&(p.clearcoatNormalMap.value=f.clearcoatNormalMap,t(f.clearcoatNormalMap,p.clearcoatNormalMapTransform),p.clearcoatNormalScale.value.copy(f.clearcoatNormalScale),f.side===Dn&&p.clearcoatNormalScale.value.negate())),f.dispersion>0&&(p.dispersion.value=f.dispersion),f.retroreflectivity>0&&(p.retroreflectivity.value=f.retroreflectivity),f.iridescence>0&&(p.iridescence.value=f.iridescence,p.iridescenceIOR.value=f.iridescenceIOR,p.iridescenceThicknessMinimum.value=f.iridescenceThicknessMinimum,p.iridescenceThicknessMaximum.value=f.iridescenceThicknessMaximum,f.iridescenceMap&&(p.iridescenceMap.value=f.iridescenceMap,t(f.iridescenceMap,p.iridescenceMapTransform)),f.iridescenceThicknessMap&&(p.iridescenceThicknessMap.value=f.iridescenceThicknessMap,t(f.iridescenceThicknessMap,p.iridescenceThicknessMapTransform))),f.transmission>0&&(p.transmission.value=f.transmission,p.transmissionSamplerMap.value=v.texture,p.transmissionSamplerSize.value.set(v.width,v.height),f.transmissionMap&&(p.transmissionMap.value=f.transmissionMap,t(f.transmissionMap,p.transmissionMapTransform)),p.thickness.value=f.thickness,f.thicknessMap&&(p.thicknessMap.value=f.thicknessMap,t(f.thicknessMap,p.thicknessMapTransform)),p.attenuationDistance.value=f.attenuationDistance,p.attenuationColor.value.copy(f.attenuationColor)),f.anisotropy>0&&(p.anisotropyVector.value.set(f.anisotropy*Math.cos(f.anisotropyRotation),f.anisotropy*Math.sin(f.anisotropyRotation)),f.anisotropyMap&&(p.anisotropyMap.value=f.anisotropyMap,t(f.anisotropyMap,p.anisotropyMapTransform))),p.specularIntensity.value=f.specularIntensity,p.specularColor.value.copy(f.specularColor),f.specularColorMap&&(p.specularColorMap.value=f.specularColorMap,t(f.specularColorMap,p.specularColorMapTransform)),f.specularIntensityMap&&(p.specularIntensityMap.value=f.specularIntensityMap,t(f.specularIntensityMap,p.specularIntensityMapTransform))}function g(p,f){f.matcap&&(p.matcap.value=f.matcap)}function S(p,f){let v=e.get(f).light;p.referencePosition.value.setFromMatrixPosition(v.matrixWorld),p.nearDistance.value=v.shadow.camera.near,p.farDistance.value=v.shadow.camera.far}return{refreshFogUniforms:n,refreshMaterialUniforms:s}}function J1(i,e,t,n){let s={},r={};function o(v,R){let x=R.program;n.uniformBlockBinding(v,x,s[v.id])}function a(v,R){let x=s[v.id];x===void 0&&(g(v),x=l(v),s[v.id]=x,v.addEventListener("dispose",p));let T=R.program;n.updateUBOMapping(v,T);let A=e.render.frame;r[v.id]!==A&&(c(v),r[v.id]=A)}function l(v){let R=i.createBuffer(),x=v.__size,T=v.usage;return i.bindBuffer(i.UNIFORM_BUFFER,R),i.bufferData(i.UNIFORM_BUFFER,x,T),i.bindBuffer(i.UNIFORM_BUFFER,null),R}function c(v){let R=s[v.id],x=v.uniforms,T=v.__cache;i.bindBuffer(i.UNIFORM_BUFFER,R);for(let A=0,_=x.length;A<_;A++){let w=x[A];if(Array.isArray(w))for(let O=0,I=w.length;O<I;O++)h(w[O],A,O,T);else h(w,A,0,T)}i.bindBuffer(i.UNIFORM_BUFFER,null)}function h(v,R,x,T){if(u(v,R,x,T)===!0){let A=v.__offset,_=v.value;if(Array.isArray(_)){let w=0;for(let O=0;O<_.length;O++){let I=_[O],L=S(I,!0);d(I,v.__data,w),w+=L.storage/Float32Array.BYTES_PER_ELEMENT}}else d(_,v.__data,0);i.bufferSubData(i.UNIFORM_BUFFER,A,v.__data)}}function d(v,R,x){typeof v=="number"||typeof v=="boolean"?R[x]=v:v.isMatrix3?(R[x]=v.elements[0],R[x+1]=v.elements[1],R[x+2]=v.elements[2],R[x+3]=0,R[x+4]=v.elements[3],R[x+5]=v.elements[4],R[x+6]=v.elements[5],R[x+7]=0,R[x+8]=v.elements[6],R[x+9]=v.elements[7],R[x+10]=v.elements[8],R[x+11]=0):ArrayBuffer.isView(v)?R.set(v.subarray(0,R.length-x),x):v.toArray(R,x)}function u(v,R,x,T){let A=v.value,_=R+"_"+x;if(Array.isArray(A)){T[_]===void 0&&(T[_]=[]);let w=T[_],O=!1;for(let I=0;I<A.length;I++)m(A[I],w,I)===!0&&(O=!0);return O}return m(A,T,_)}function m(v,R,x){if(R[x]===void 0)return typeof v=="number"||typeof v=="boolean"?R[x]=v:ArrayBuffer.isView(v)?R[x]=v.slice():R[x]=v.clone(),!0;{let T=R[x];if(typeof v=="number"||typeof v=="boolean"){if(T!==v)return R[x]=v,!0}else{if(ArrayBuffer.isView(v))return!0;if(T.equals(v)===!1)return T.copy(v),!0}}return!1}function g(v){let R=v.uniforms,x=0,T=16;for(let _=0,w=R.length;_<w;_++){let O=Array.isArray(R[_])?R[_]:[R[_]];for(let I=0,L=O.length;I<L;I++){let k=O[I],z=Array.isArray(k.value)?k.value:[k.value],N=Array.isArray(R[_])||Array.isArray(k.value),H=x;for(let G=0,le=z.length;G<le;G++){let K=z[G],j=S(K,N),ie=x%T,ue=ie%j.boundary,he=ie+ue;x+=ue,he!==0&&T-he<j.storage&&(x+=T-he),G===0&&(H=x),x+=j.storage}let $=k.type==="int"?Int32Array:k.type==="uint"?Uint32Array:Float32Array;k.__data=new $((x-H)/Float32Array.BYTES_PER_ELEMENT),k.__offset=H}}let A=x%T;return A>0&&(x+=T-A),v.__size=x,v.__cache={},this}function S(v,R){let x={boundary:0,storage:0};return typeof v=="number"||typeof v=="boolean"?(x.boundary=4,x.storage=4):v.isVector2?(x.boundary=8,x.storage=8):v.isVector3||v.isColor?(x.boundary=16,x.storage=12):v.isVector4?(x.boundary=16,x.storage=16):v.isMatrix3?(x.boundary=16,x.storage=48):v.isMatrix4?(x.boundary=16,x.storage=64):v.isTexture?Ke("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(v)?(x.boundary=16,x.storage=v.byteLength):Ke("WebGLRenderer: Unsupported uniform value type.",v),R===!0&&(x.boundary=16,x.storage=Math.ceil(x.storage/16)*16),x}function p(v){let R=v.target;R.removeEventListener("dispose",p),i.deleteBuffer(s[R.id]),delete s[R.id],delete r[R.id]}function f(){for(let v in s)i.deleteBuffer(s[v]);s={},r={}}return{bind:o,update:a,dispose:f}}var j1=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),is=null;function Q1(){return is===null&&(is=new ws(j1,16,16,tr,zi),is.name="DFG_LUT",is.minFilter=pn,is.magFilter=pn,is.wrapS=Qi,is.wrapT=Qi,is.generateMipmaps=!1,is.needsUpdate=!0),is}var Bo=class{constructor(e={}){let{canvas:t=n0(),context:n=null,depth:s=!0,stencil:r=!1,alpha:o=!1,antialias:a=!1,premultipliedAlpha:l=!0,preserveDrawingBuffer:c=!1,powerPreference:h="default",failIfMajorPerformanceCaveat:d=!1,reversedDepthBuffer:u=!1,outputBufferType:m=mi}=e;this.isWebGLRenderer=!0;let g;if(n!==null){if(typeof WebGLRenderingContext<"u"&&n instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");g=n.getContextAttributes().alpha}else g=o;let S=m,p=new Set([Wc,Gc,Hc]),f=new Set([mi,Bi,Uo,Tr,Bc,zc]),v=new Uint32Array(4),R=new Int32Array(4),x={textures:[],min:[],max:[],resolution:[]},T=null,A=null,_=[],w=[],O=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=ns,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let I=this,L=!1,k=null,z=null,N=null,H=null;this._outputColorSpace=ui;let $=0,G=0,le=null,K=-1,j=null,ie=new Jt,ue=new Jt,he=null,Q=new Mt(0),pe=0,_e=t.width,Re=t.height,be=1,Xe=null,at=null,Ge=new Jt(0,0,_e,Re),pt=new Jt(0,0,_e,Re),ut=!1,rt=new Mr,Yt=new xc,Vt=!1,on=!1,Ut=new Et,Mn=new X,wt=new Jt,mn={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},jt=!1;function an(){return le===null?be:1}let F=n;function Pe(E,B){return t.getContext(E,B)}let Ze,lt,Me,kt,He,Ye,C,b,W,ce,re,ge,ye,ee,ne,fe,U,se,te,we,me,Se,We;try{let E={alpha:!0,depth:s,stencil:r,antialias:a,premultipliedAlpha:l,preserveDrawingBuffer:c,powerPreference:h,failIfMajorPerformanceCaveat:d};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",ke,!1),t.addEventListener("webglcontextrestored",et,!1),t.addEventListener("webglcontextcreationerror",Ce,!1),F===null){let B="webgl2";if(F=Pe(B,E),F===null)throw Pe(B)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}Qe()}catch(E){throw t.removeEventListener("webglcontextlost",ke,!1),t.removeEventListener("webglcontextrestored",et,!1),t.removeEventListener("webglcontextcreationerror",Ce,!1),tt("WebGLRenderer: "+E.message),E}function Qe(){Ze=new hw(F),Ze.init(),me=new $1(F,Ze),lt=new QM(F,Ze,e,me),Me=new W1(F,Ze),lt.reversedDepthBuffer&&u&&Me.buffers.depth.setReversed(!0),z=F.createFramebuffer(),N=F.createFramebuffer(),H=F.createFramebuffer(),kt=new fw(F),He=new P1,Ye=new X1(F,Ze,Me,He,lt,me,kt),C=new cw(I),b=new mS(F),Se=new JM(F,b),W=new uw(F,b,kt,Se),ce=new mw(F,W,b,Se,kt),se=new pw(F,lt,Ye),ne=new ew(He),re=new C1(I,C,Ze,lt,Se,ne),ge=new K1(I,He),ye=new L1,ee=new k1(Ze),U=new KM(I,C,Me,ce,g,l),fe=new G1(I,ce,lt),We=new J1(F,kt,lt,Me),te=new jM(F,Ze,kt),we=new dw(F,Ze,kt),kt.programs=re.programs,I.capabilities=lt,I.extensions=Ze,I.properties=He,I.renderLists=ye,I.shadowMap=fe,I.state=Me,I.info=kt}S!==mi&&(O=new _w(S,t.width,t.height,a,s,r));let ae=new hf(I,F);this.xr=ae,this.getContext=function(){return F},this.getContextAttributes=function(){return F.getContextAttributes()},this.forceContextLoss=function(){let E=Ze.get("WEBGL_lose_context");E&&E.loseContext()},this.forceContextRestore=function(){let E=Ze.get("WEBGL_lose_context");E&&E.restoreContext()},this.getPixelRatio=function(){return be},this.setPixelRatio=function(E){E!==void 0&&(be=E,this.setSize(_e,Re,!1))},this.getSize=function(E){return E.set(_e,Re)},this.setSize=function(E,B,J=!0){if(ae.isPresenting){Ke("WebGLRenderer: Can't change size while VR device is presenting.");return}_e=E,Re=B,t.width=Math.floor(E*be),t.height=Math.floor(B*be),J===!0&&(t.style.width=E+"px",t.style.height=B+"px"),O!==null&&O.setSize(t.width,t.height),this.setViewport(0,0,E,B)},this.getDrawingBufferSize=function(E){return E.set(_e*be,Re*be).floor()},this.setDrawingBufferSize=function(E,B,J){_e=E,Re=B,be=J,t.width=Math.floor(E*J),t.height=Math.floor(B*J),this.setViewport(0,0,E,B)},this.setEffects=function(E){if(S===mi){tt("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(E){for(let B=0;B<E.length;B++)if(E[B].isOutputPass===!0){Ke("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}O.setEffects(E||[])},this.getCurrentViewport=function(E){return E.copy(ie)},this.getViewport=function(E){return E.copy(Ge)},this.setViewport=function(E,B,J,q){E.isVector4?Ge.set(E.x,E.y,E.z,E.w):Ge.set(E,B,J,q),Me.viewport(ie.copy(Ge).multiplyScalar(an()).round())},this.getScissor=function(E){return E.copy(pt)},this.setScissor=function(E,B,J,q){E.isVector4?pt.set(E.x,E.y,E.z,E.w):pt.set(E,B,J,q),Me.scissor(ue.copy(pt).multiplyScalar(an()).round())},this.getScissorTest=function(){return ut},this.setScissorTest=function(E){Me.setScissorTest(ut=E)},this.setOpaqueSort=function(E){Xe=E},this.setTransparentSort=function(E){at=E},this.getClearColor=function(E){return E.copy(U.getClearColor())},this.setClearColor=function(){U.setClearColor(...arguments)},this.getClearAlpha=function(){return U.getClearAlpha()},this.setClearAlpha=function(){U.setClearAlpha(...arguments)},this.clear=function(E=!0,B=!0,J=!0){let q=0;if(E){let Y=!1;if(le!==null){let Ee=le.texture.format;Y=p.has(Ee)}if(Y){let Ee=le.texture.type,Ie=f.has(Ee),Ae=U.getClearColor(),Le=U.getClearAlpha(),Ve=Ae.r,nt=Ae.g,mt=Ae.b;Ie?(v[0]=Ve,v[1]=nt,v[2]=mt,v[3]=Le,F.clearBufferuiv(F.COLOR,0,v)):(R[0]=Ve,R[1]=nt,R[2]=mt,R[3]=Le,F.clearBufferiv(F.COLOR,0,R))}else q|=F.COLOR_BUFFER_BIT}B&&(q|=F.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),J&&(q|=F.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),q!==0&&F.clear(q)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(E){E.setRenderer(this),k=E},this.dispose=function(){t.removeEventListener("webglcontextlost",ke,!1),t.removeEventListener("webglcontextrestored",et,!1),t.removeEventListener("webglcontextcreationerror",Ce,!1),U.dispose(),ye.dispose(),ee.dispose(),Ye.dispose(),He.dispose(),C.dispose(),ce.dispose(),W.dispose(),Se.dispose(),We.dispose(),re.dispose(),ae.dispose(),ae.removeEventListener("sessionstart",ja),ae.removeEventListener("sessionend",Vi),rs.stop()};function ke(E){E.preventDefault(),Xd("WebGLRenderer: Context Lost."),L=!0}function et(){Xd("WebGLRenderer: Context Restored."),L=!1;let E=kt.autoReset,B=fe.enabled,J=fe.autoUpdate,q=fe.needsUpdate,Y=fe.type;Qe(),kt.autoReset=E,fe.enabled=B,fe.autoUpdate=J,fe.needsUpdate=q,fe.type=Y}function Ce(E){tt("WebGLRenderer: A WebGL context could not be created. Reason: ",E.statusMessage)}function ct(E){let B=E.target;B.removeEventListener("dispose",ct),Ht(B)}function Ht(E){zn(E),He.remove(E)}function zn(E){let B=He.get(E).programs;B!==void 0&&(B.forEach(function(J){re.releaseProgram(J)}),E.isShaderMaterial&&re.releaseShaderCache(E))}this.renderBufferDirect=function(E,B,J,q,Y,Ee){B===null&&(B=mn);let Ie=Y.isMesh&&Y.matrixWorld.determinantAffine()<0,Ae=Xo(E,B,J,q,Y);Me.setMaterial(q,Ie);let Le=J.index,Ve=1;if(q.wireframe===!0){if(Le=W.getWireframeAttribute(J),Le===void 0)return;Ve=2}let nt=J.drawRange,mt=J.attributes.position,Be=nt.start*Ve,gt=(nt.start+nt.count)*Ve;Ee!==null&&(Be=Math.max(Be,Ee.start*Ve),gt=Math.min(gt,(Ee.start+Ee.count)*Ve)),Le!==null?(Be=Math.max(Be,0),gt=Math.min(gt,Le.count)):mt!=null&&(Be=Math.max(Be,0),gt=Math.min(gt,mt.count));let Kt=gt-Be;if(Kt<0||Kt===1/0)return;Se.setup(Y,q,Ae,J,Le);let Nt,Dt=te;if(Le!==null&&(Nt=b.get(Le),Dt=we,Dt.setIndex(Nt)),Y.isMesh)q.wireframe===!0?(Me.setLineWidth(q.wireframeLinewidth*an()),Dt.setMode(F.LINES)):Dt.setMode(F.TRIANGLES);else if(Y.isLine){let gn=q.linewidth;gn===void 0&&(gn=1),Me.setLineWidth(gn*an()),Y.isLineSegments?Dt.setMode(F.LINES):Y.isLineLoop?Dt.setMode(F.LINE_LOOP):Dt.setMode(F.LINE_STRIP)}else Y.isPoints?Dt.setMode(F.POINTS):Y.isSprite&&Dt.setMode(F.TRIANGLES);if(Y.isBatchedMesh)if(Ze.get("WEBGL_multi_draw"))Dt.renderMultiDraw(Y._multiDrawStarts,Y._multiDrawCounts,Y._multiDrawCount);else{let gn=Y._multiDrawStarts,Ue=Y._multiDrawCounts,ln=Y._multiDrawCount,vt=Le?b.get(Le).bytesPerElement:1,as=He.get(q).currentProgram.getUniforms();for(let cn=0;cn<ln;cn++)as.setValue(F,"_gl_DrawID",cn),Dt.render(gn[cn]/vt,Ue[cn])}else if(Y.isInstancedMesh)Dt.renderInstances(Be,Kt,Y.count);else if(J.isInstancedBufferGeometry){let gn=J._maxInstanceCount!==void 0?J._maxInstanceCount:1/0,Ue=Math.min(J.instanceCount,gn);Dt.renderInstances(Be,Kt,Ue)}else Dt.render(Be,Kt)};function Ho(E,B,J,q){k!==null&&E.isNodeMaterial&&k.setObject(q,E),Vt===!0&&ne.setState(E,J,!1),E.transparent===!0&&E.side===Ei&&E.forceSinglePass===!1?(E.side=Dn,E.needsUpdate=!0,Hi(E,B,q),E.side=er,E.needsUpdate=!0,Hi(E,B,q),E.side=Ei):Hi(E,B,q)}this.compile=function(E,B,J=null){J===null&&(J=E),k!==null&&k.renderStart(E,B,J),A=ee.get(J),A.init(B),w.push(A),J.traverseVisible(function(Y){Y.isLight&&Y.layers.test(B.layers)&&(A.pushLight(Y),Y.castShadow&&A.pushShadow(Y))}),E!==J&&E.traverseVisible(function(Y){Y.isLight&&Y.layers.test(B.layers)&&(A.pushLight(Y),Y.castShadow&&A.pushShadow(Y))}),A.setupLights(),k!==null&&k.updateLights(A.state.lightsArray),on=this.localClippingEnabled,Vt=ne.init(this.clippingPlanes,on),Vt===!0&&ne.setGlobalState(this.clippingPlanes,B),k!==null&&fe.render(A.state.shadowsArray,J,B);let q=new Set;return E.traverse(function(Y){if(!(Y.isMesh||Y.isPoints||Y.isLine||Y.isSprite))return;let Ee=Y.material;if(Ee)if(Array.isArray(Ee))for(let Ie=0;Ie<Ee.length;Ie++){let Ae=Ee[Ie];Ho(Ae,J,B,Y),q.add(Ae)}else Ho(Ee,J,B,Y),q.add(Ee)}),A=w.pop(),k!==null&&k.renderEnd(),q},this.compileAsync=function(E,B,J=null){let q=this.compile(E,B,J);return new Promise(Y=>{function Ee(){if(q.forEach(function(Ie){let Le=He.get(Ie).currentProgram;(Le===void 0||Le.isReady())&&q.delete(Ie)}),q.size===0){Y(E);return}setTimeout(Ee,10)}Ze.get("KHR_parallel_shader_compile")!==null?Ee():setTimeout(Ee,10)})};let Cr=null;function Lh(E){Cr&&Cr(E)}function ja(){rs.stop()}function Vi(){rs.start()}let rs=new N0;rs.setAnimationLoop(Lh),typeof self<"u"&&rs.setContext(self),this.setAnimationLoop=function(E){Cr=E,ae.setAnimationLoop(E),E===null?rs.stop():rs.start()},ae.addEventListener("sessionstart",ja),ae.addEventListener("sessionend",Vi),this.render=function(E,B){if(B!==void 0&&B.isCamera!==!0){tt("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(L===!0)return;k!==null&&k.renderStart(E,B);let J=ae.enabled===!0&&ae.isPresenting===!0,q=O!==null&&(le===null||J)&&O.begin(I,le);if(E.matrixWorldAutoUpdate===!0&&E.updateMatrixWorld(),B.parent===null&&B.matrixWorldAutoUpdate===!0&&B.updateMatrixWorld(),ae.enabled===!0&&ae.isPresenting===!0&&(O===null||O.isCompositing()===!1)&&(ae.cameraAutoUpdate===!0&&ae.updateCamera(B),B=ae.getCamera()),E.isScene===!0&&E.onBeforeRender(I,E,B,le),A=ee.get(E,w.length),A.init(B),A.state.textureUnits=Ye.getTextureUnits(),w.push(A),Ut.multiplyMatrices(B.projectionMatrix,B.matrixWorldInverse),B.isArrayCamera?Yt.setFromArrayCamera(B):rt.setFromProjectionMatrix(Ut,bi,B.reversedDepth),on=this.localClippingEnabled,Vt=ne.init(this.clippingPlanes,on),T=ye.get(E,_.length),T.init(),_.push(T),this.info.render.frame++,ae.enabled===!0&&ae.isPresenting===!0){let Ie=I.xr.getDepthSensingMesh();Ie!==null&&os(Ie,B,-1/0,I.sortObjects)}os(E,B,0,I.sortObjects),T.finish(),k!==null&&k.updateLights(A.state.lightsArray),I.sortObjects===!0&&T.sort(Xe,at),jt=ae.enabled===!1||ae.isPresenting===!1||ae.hasDepthSensing()===!1,jt&&U.addToRenderList(T,E),this.info.autoReset===!0&&this.info.reset(),Vt===!0&&ne.beginShadows();let Y=A.state.shadowsArray;if(fe.render(Y,E,B),Vt===!0&&ne.endShadows(),(q&&O.hasRenderPass())===!1){let Ie=T.opaque,Ae=T.transmissive;if(A.setupLights(),B.isArrayCamera){let Le=B.cameras;if(Ae.length>0)for(let Ve=0,nt=Le.length;Ve<nt;Ve++){let mt=Le[Ve];Ti(Ie,Ae,E,mt)}jt&&U.render(E);for(let Ve=0,nt=Le.length;Ve<nt;Ve++){let mt=Le[Ve];Go(T,E,mt,mt.viewport)}}else Ae.length>0&&Ti(Ie,Ae,E,B),jt&&U.render(E),Go(T,E,B)}le!==null&&G===0&&(Ye.updateMultisampleRenderTarget(le),Ye.updateRenderTargetMipmap(le)),q&&O.end(I),E.isScene===!0&&E.onAfterRender(I,E,B),Se.resetDefaultState(),K=-1,j=null,w.pop(),w.length>0?(A=w[w.length-1],Ye.setTextureUnits(A.state.textureUnits),Vt===!0&&ne.setGlobalState(I.clippingPlanes,A.state.camera)):A=null,_.pop(),_.length>0?T=_[_.length-1]:T=null,k!==null&&k.renderEnd()};function os(E,B,J,q){if(E.visible===!1)return;if(E.layers.test(B.layers)){if(E.isGroup)J=E.renderOrder;else if(E.isLOD)E.autoUpdate===!0&&E.update(B);else if(E.isLight)A.pushLight(E),E.castShadow&&A.pushShadow(E);else if(E.isSprite){let Ie=B.isArrayCamera?Yt:rt;if(!E.frustumCulled||E.intersectsFrustum(Ie)){q&&wt.setFromMatrixPosition(E.matrixWorld).applyMatrix4(Ut);let Ae=ce.update(E),Le=E.material;Le.visible&&T.push(E,Ae,Le,J,wt.z,null,B)}}else if(E.isMesh||E.isLine||E.isPoints){let Ie=B.isArrayCamera?Yt:rt;if(!E.frustumCulled||E.intersectsFrustum(Ie)){let Ae=ce.update(E),Le=E.material;if(q&&(E.boundingSphere!==void 0?(E.boundingSphere===null&&E.computeBoundingSphere(),wt.copy(E.boundingSphere.center)):(Ae.boundingSphere===null&&Ae.computeBoundingSphere(),wt.copy(Ae.boundingSphere.center)),wt.applyMatrix4(E.matrixWorld).applyMatrix4(Ut)),Array.isArray(Le)){let Ve=Ae.groups;for(let nt=0,mt=Ve.length;nt<mt;nt++){let Be=Ve[nt],gt=Le[Be.materialIndex];gt&&gt.visible&&T.push(E,Ae,gt,J,wt.z,Be,B)}}else Le.visible&&T.push(E,Ae,Le,J,wt.z,null,B)}}}let Ee=E.children;for(let Ie=0,Ae=Ee.length;Ie<Ae;Ie++)os(Ee[Ie],B,J,q)}function Go(E,B,J,q){let{opaque:Y,transmissive:Ee,transparent:Ie}=E;A.setupLightsView(J),Vt===!0&&ne.setGlobalState(I.clippingPlanes,J),q&&Me.viewport(ie.copy(q)),Y.length>0&&Qt(Y,B,J),Ee.length>0&&Qt(Ee,B,J),Ie.length>0&&Qt(Ie,B,J),Me.buffers.depth.setTest(!0),Me.buffers.depth.setMask(!0),Me.buffers.color.setMask(!0),Me.setPolygonOffset(!1)}function Ti(E,B,J,q){if((J.isScene===!0?J.overrideMaterial:null)!==null)return;if(A.state.transmissionRenderTarget[q.id]===void 0){let Be=Ze.has("EXT_color_buffer_half_float")||Ze.has("EXT_color_buffer_float");A.state.transmissionRenderTarget[q.id]=new $n(1,1,{generateMipmaps:!0,type:Be?zi:mi,minFilter:As,samples:Math.max(4,lt.samples),stencilBuffer:r,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:bt.workingColorSpace})}let Ee=A.state.transmissionRenderTarget[q.id],Ie=q.viewport||ie;Ee.setSize(Ie.z*I.transmissionResolutionScale,Ie.w*I.transmissionResolutionScale);let Ae=I.getRenderTarget(),Le=I.getActiveCubeFace(),Ve=I.getActiveMipmapLevel();I.setRenderTarget(Ee),I.getClearColor(Q),pe=I.getClearAlpha(),pe<1&&I.setClearColor(16777215,.5),I.clear(),jt&&U.render(J);let nt=I.toneMapping;I.toneMapping=ns;let mt=q.viewport;if(q.viewport!==void 0&&(q.viewport=void 0),A.setupLightsView(q),Vt===!0&&ne.setGlobalState(I.clippingPlanes,q),Qt(E,J,q),Ye.updateMultisampleRenderTarget(Ee),Ye.updateRenderTargetMipmap(Ee),Ze.has("WEBGL_multisampled_render_to_texture")===!1){let Be=!1;for(let gt=0,Kt=B.length;gt<Kt;gt++){let Nt=B[gt],{object:Dt,geometry:gn,material:Ue,group:ln}=Nt;if(Ue.side===Ei&&Dt.layers.test(q.layers)){let vt=Ue.side;Ue.side=Dn,Ue.needsUpdate=!0,sn(Dt,J,q,gn,Ue,ln),Ue.side=vt,Ue.needsUpdate=!0,Be=!0}}Be===!0&&(Ye.updateMultisampleRenderTarget(Ee),Ye.updateRenderTargetMipmap(Ee))}I.setRenderTarget(Ae,Le,Ve),I.setClearColor(Q,pe),mt!==void 0&&(q.viewport=mt),I.toneMapping=nt}function Qt(E,B,J){let q=B.isScene===!0?B.overrideMaterial:null;for(let Y=0,Ee=E.length;Y<Ee;Y++){let Ie=E[Y],{object:Ae,geometry:Le,group:Ve}=Ie,nt=Ie.material;nt.allowOverride===!0&&q!==null&&(nt=q),Ae.layers.test(J.layers)&&sn(Ae,B,J,Le,nt,Ve)}}function sn(E,B,J,q,Y,Ee){k!==null&&Y.isNodeMaterial&&k.setObject(E,Y),E.onBeforeRender(I,B,J,q,Y,Ee),E.modelViewMatrix.multiplyMatrices(J.matrixWorldInverse,E.matrixWorld),E.normalMatrix.getNormalMatrix(E.modelViewMatrix),Y.onBeforeRender(I,B,J,q,E,Ee),Y.transparent===!0&&Y.side===Ei&&Y.forceSinglePass===!1?(Y.side=Dn,Y.needsUpdate=!0,I.renderBufferDirect(J,B,q,Y,E,Ee),Y.side=er,Y.needsUpdate=!0,I.renderBufferDirect(J,B,q,Y,E,Ee),Y.side=Ei):I.renderBufferDirect(J,B,q,Y,E,Ee),E.onAfterRender(I,B,J,q,Y,Ee)}function rn(E){let B=0;for(let J of E)J.texture!==null&&B++;return B}function Hi(E,B,J){B.isScene!==!0&&(B=mn);let q=He.get(E),Y=A.state.lights,Ee=A.state.shadowsArray,Ie=Y.state.version,Ae=re.getParameters(E,Y.state,Ee,B,J,A.state.lightProbeGridArray),Le=re.getProgramCacheKey(Ae),Ve=q.programs;q.environment=E.isMeshStandardMaterial||E.isMeshLambertMaterial||E.isMeshPhongMaterial?B.environment:null,q.fog=B.fog;let nt=E.isMeshStandardMaterial||E.isMeshLambertMaterial&&!E.envMap||E.isMeshPhongMaterial&&!E.envMap;q.envMap=C.get(E.envMap||q.environment,nt),q.envMapRotation=q.environment!==null&&E.envMap===null?B.environmentRotation:E.envMapRotation,Ve===void 0&&(E.addEventListener("dispose",ct),Ve=new Map,q.programs=Ve,q.programVariants=new Map);let mt=Ve.get(Le);if(mt!==void 0){if(q.currentProgram===mt&&q.lightsStateVersion===Ie)return Wo(E,Ae),mt}else Ae.uniforms=re.getUniforms(E),k!==null&&E.isNodeMaterial&&k.build(E,J,Ae),E.onBeforeCompile(Ae,I),mt=re.acquireProgram(Ae,Le),Ve.set(Le,mt),q.uniforms=Ae.uniforms;let Be=q.uniforms;return(!E.isShaderMaterial&&!E.isRawShaderMaterial||E.clipping===!0)&&(Be.clippingPlanes=ne.uniform),Wo(E,Ae),q.needsLights=Is(E),q.lightsStateVersion=Ie,q.needsLights&&(Be.ambientLightColor.value=Y.state.ambient,Be.lightProbe.value=Y.state.probe,Be.sunLights.value=Y.state.sun,Be.sunLightShadows.value=Y.state.sunShadow,Be.directionalLights.value=Y.state.directional,Be.directionalLightShadows.value=Y.state.directionalShadow,Be.spotLights.value=Y.state.spot,Be.spotLightShadows.value=Y.state.spotShadow,Be.rectAreaLights.value=Y.state.rectArea,Be.ltc_1.value=Y.state.rectAreaLTC1,Be.ltc_2.value=Y.state.rectAreaLTC2,Be.pointLights.value=Y.state.point,Be.pointLightShadows.value=Y.state.pointShadow,Be.hemisphereLights.value=Y.state.hemi,Be.sunShadowMatrix.value=Y.state.sunShadowMatrix,Be.sunShadowCascade.value=Y.state.sunShadowCascade,Be.directionalShadowMatrix.value=Y.state.directionalShadowMatrix,Be.spotLightMatrix.value=Y.state.spotLightMatrix,Be.spotLightMap.value=Y.state.spotLightMap,Be.pointShadowMatrix.value=Y.state.pointShadowMatrix),q.numLightProbeGrids=rn(A.state.lightProbeGridArray),q.currentProgram=mt,q.uniformsList=null,mt}function ei(E,B,J,q,Y){let Ee=He.get(E),Ie=Ee.currentProgram.id+","+q+","+Y,Ae=Ee.programVariants.get(Ie);return Ae===void 0?(Ae=Hi(E,B,J),Ee.programVariants.set(Ie,Ae)):(Ee.currentProgram=Ae,Ee.uniformsList=null,Ee.outputColorSpace=q,Ee.toneMapping=Y),Ae}function Ps(E){if(E.uniformsList===null){let B=E.currentProgram.getUniforms();E.uniformsList=ko.seqWithValue(B.seq,E.uniforms)}return E.uniformsList}function Wo(E,B){let J=He.get(E);J.outputColorSpace=B.outputColorSpace,J.batching=B.batching,J.batchingColor=B.batchingColor,J.instancing=B.instancing,J.instancingColor=B.instancingColor,J.instancingMorph=B.instancingMorph,J.skinning=B.skinning,J.morphTargets=B.morphTargets,J.morphNormals=B.morphNormals,J.morphColors=B.morphColors,J.morphTargetsCount=B.morphTargetsCount,J.numClippingPlanes=B.numClippingPlanes,J.numIntersection=B.numClipIntersection,J.vertexAlphas=B.vertexAlphas,J.vertexTangents=B.vertexTangents,J.toneMapping=B.toneMapping}function Xo(E,B,J,q,Y){B.isScene!==!0&&(B=mn),Ye.resetTextureUnits();let Ee=B.fog,Ie=q.isMeshStandardMaterial||q.isMeshLambertMaterial||q.isMeshPhongMaterial?B.environment:null,Ae=le===null?I.outputColorSpace:le.isXRRenderTarget===!0?le.texture.colorSpace:bt.workingColorSpace,Le=q.isMeshStandardMaterial||q.isMeshLambertMaterial&&!q.envMap||q.isMeshPhongMaterial&&!q.envMap,Ve=C.get(q.envMap||Ie,Le),nt=q.vertexColors===!0&&!!J.attributes.color&&J.attributes.color.itemSize===4,mt=!!J.attributes.tangent&&(!!q.normalMap||q.anisotropy>0),Be=!!J.morphAttributes.position,gt=!!J.morphAttributes.normal,Kt=!!J.morphAttributes.color,Nt=ns;q.toneMapped&&(le===null||le.isXRRenderTarget===!0)&&(Nt=I.toneMapping);let Dt=J.morphAttributes.position||J.morphAttributes.normal||J.morphAttributes.color,gn=Dt!==void 0?Dt.length:0,Ue=He.get(q),ln=A.state.lights;if(Vt===!0&&(on===!0||E!==j)){let Ot=E===j&&q.id===K;ne.setState(q,E,Ot)}let vt=!1,as=!1;q.version===Ue.__version?Ue.needsLights&&Ue.lightsStateVersion!==ln.state.version||Y.isBatchedMesh&&Ue.batching===!1||!Y.isBatchedMesh&&Ue.batching===!0||Y.isBatchedMesh&&Ue.batchingColor===!0&&Y._colorsTexture===null||Y.isBatchedMesh&&Ue.batchingColor===!1&&Y._colorsTexture!==null||Y.isInstancedMesh&&Ue.instancing===!1||!Y.isInstancedMesh&&Ue.instancing===!0||Y.isSkinnedMesh&&Ue.skinning===!1||!Y.isSkinnedMesh&&Ue.skinning===!0||Y.isInstancedMesh&&Ue.instancingColor===!0&&Y.instanceColor===null||Y.isInstancedMesh&&Ue.instancingColor===!1&&Y.instanceColor!==null||Y.isInstancedMesh&&Ue.instancingMorph===!0&&Y.morphTexture===null||Y.isInstancedMesh&&Ue.instancingMorph===!1&&Y.morphTexture!==null||Ue.envMap!==Ve||q.fog===!0&&Ue.fog!==Ee||Ue.numClippingPlanes!==void 0&&(Ue.numClippingPlanes!==ne.numPlanes||Ue.numIntersection!==ne.numIntersection)||Ue.vertexAlphas!==nt||Ue.vertexTangents!==mt||Ue.morphTargets!==Be||Ue.morphNormals!==gt||Ue.morphColors!==Kt||Ue.morphTargetsCount!==gn||Ue.numLightProbeGrids!==rn(A.state.lightProbeGridArray)?vt=!0:(Ue.outputColorSpace!==Ae||Ue.toneMapping!==Nt)&&(as=!0):(vt=!0,Ue.__version=q.version);let cn=Ue.currentProgram;(vt===!0||as===!0)&&(cn=as===!0?ei(q,B,Y,Ae,Nt):Hi(q,B,Y),k&&q.isNodeMaterial&&k.onUpdateProgram(q,cn,Ue));let Lr=!1,Gi=!1,ls=!1,dt=cn.getUniforms(),en=Ue.uniforms;if(Me.useProgram(cn.program)&&(Lr=!0,Gi=!0,ls=!0),q.id!==K&&(K=q.id,Gi=!0),Lr||j!==E){Me.buffers.depth.getReversed()&&E.reversedDepth!==!0&&(E._reversedDepth=!0,E.updateProjectionMatrix()),dt.setValue(F,"projectionMatrix",E.projectionMatrix),dt.setValue(F,"viewMatrix",E.matrixWorldInverse);let hn=dt.map.cameraPosition;hn!==void 0&&hn.setValue(F,Mn.setFromMatrixPosition(E.matrixWorld)),lt.logarithmicDepthBuffer&&dt.setValue(F,"logDepthBufFC",2/(Math.log(E.far+1)/Math.LN2)),(q.isMeshPhongMaterial||q.isMeshToonMaterial||q.isMeshLambertMaterial||q.isMeshBasicMaterial||q.isMeshStandardMaterial||q.isShaderMaterial)&&dt.setValue(F,"isOrthographic",E.isOrthographicCamera===!0),j!==E&&(j=E,Gi=!0,ls=!0)}if(Ue.needsLights&&(ln.state.sunShadowMap.length>0&&dt.setValue(F,"sunShadowMap",ln.state.sunShadowMap,Ye),ln.state.directionalShadowMap.length>0&&dt.setValue(F,"directionalShadowMap",ln.state.directionalShadowMap,Ye),ln.state.spotShadowMap.length>0&&dt.setValue(F,"spotShadowMap",ln.state.spotShadowMap,Ye),ln.state.pointShadowMap.length>0&&dt.setValue(F,"pointShadowMap",ln.state.pointShadowMap,Ye)),Y.isSkinnedMesh){dt.setOptional(F,Y,"bindMatrix"),dt.setOptional(F,Y,"bindMatrixInverse");let Ot=Y.skeleton;Ot&&(Ot.boneTexture===null&&Ot.computeBoneTexture(),dt.setValue(F,"boneTexture",Ot.boneTexture,Ye))}Y.isBatchedMesh&&(dt.setOptional(F,Y,"batchingTexture"),dt.setValue(F,"batchingTexture",Y._matricesTexture,Ye),dt.setOptional(F,Y,"batchingIdTexture"),dt.setValue(F,"batchingIdTexture",Y._indirectTexture,Ye),dt.setOptional(F,Y,"batchingColorTexture"),Y._colorsTexture!==null&&dt.setValue(F,"batchingColorTexture",Y._colorsTexture,Ye));let Vn=J.morphAttributes;if((Vn.position!==void 0||Vn.normal!==void 0||Vn.color!==void 0)&&se.update(Y,J,cn),(Gi||Ue.receiveShadow!==Y.receiveShadow)&&(Ue.receiveShadow=Y.receiveShadow,dt.setValue(F,"receiveShadow",Y.receiveShadow)),(q.isMeshStandardMaterial||q.isMeshLambertMaterial||q.isMeshPhongMaterial)&&q.envMap===null&&B.environment!==null&&(en.envMapIntensity.value=B.environmentIntensity),en.dfgLUT!==void 0&&(en.dfgLUT.value=Q1()),Gi){if(dt.setValue(F,"toneMappingExposure",I.toneMappingExposure),Ue.needsLights&&Pr(en,ls),Ee&&q.fog===!0&&ge.refreshFogUniforms(en,Ee),ge.refreshMaterialUniforms(en,q,be,Re,A.state.transmissionRenderTarget[E.id]),Ue.needsLights&&Ue.numLightProbeGrids>0){let Ot=x,hn=0;for(let On of A.state.lightProbeGridArray)On.texture!==null&&(Ot.textures[hn]=On.texture,Ot.min[hn]=On.boundingBox.min,Ot.max[hn]=On.boundingBox.max,Ot.resolution[hn]=On.resolution,hn++);for(let On in Ot)Ot[On].length=hn;en.probesSH.value=Ot.textures,en.probesMin.value=Ot.min,en.probesMax.value=Ot.max,en.probesResolution.value=Ot.resolution}ko.upload(F,Ps(Ue),en,Ye)}if(q.isShaderMaterial&&q.uniformsNeedUpdate===!0&&(ko.upload(F,Ps(Ue),en,Ye),q.uniformsNeedUpdate=!1),q.isSpriteMaterial&&dt.setValue(F,"center",Y.center),dt.setValue(F,"modelViewMatrix",Y.modelViewMatrix),dt.setValue(F,"normalMatrix",Y.normalMatrix),dt.setValue(F,"modelMatrix",Y.matrixWorld),q.uniformsGroups!==void 0){let Ot=q.uniformsGroups;for(let hn=0,On=Ot.length;hn<On;hn++){let Qa=Ot[hn];We.update(Qa,cn),We.bind(Qa,cn)}}return cn}function Pr(E,B){E.ambientLightColor.needsUpdate=B,E.lightProbe.needsUpdate=B,E.sunLights.needsUpdate=B,E.sunLightShadows.needsUpdate=B,E.directionalLights.needsUpdate=B,E.directionalLightShadows.needsUpdate=B,E.pointLights.needsUpdate=B,E.pointLightShadows.needsUpdate=B,E.spotLights.needsUpdate=B,E.spotLightShadows.needsUpdate=B,E.rectAreaLights.needsUpdate=B,E.hemisphereLights.needsUpdate=B}function Is(E){return E.isMeshLambertMaterial||E.isMeshToonMaterial||E.isMeshPhongMaterial||E.isMeshStandardMaterial||E.isShadowMaterial||E.isShaderMaterial&&E.lights===!0}this.getActiveCubeFace=function(){return $},this.getActiveMipmapLevel=function(){return G},this.getRenderTarget=function(){return le},this.setRenderTargetTextures=function(E,B,J){let q=He.get(E);q.__autoAllocateDepthBuffer=E.resolveDepthBuffer===!1,q.__autoAllocateDepthBuffer===!1&&(q.__useRenderToTexture=!1),He.get(E.texture).__webglTexture=B,He.get(E.depthTexture).__webglTexture=q.__autoAllocateDepthBuffer?void 0:J,q.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(E,B){let J=He.get(E);J.__webglFramebuffer=B,J.__useDefaultFramebuffer=B===void 0},this.setRenderTarget=function(E,B=0,J=0){le=E,$=B,G=J;let q=null,Y=!1,Ee=!1;if(E){let Ae=He.get(E);if(Ae.__useDefaultFramebuffer!==void 0){Me.bindFramebuffer(F.FRAMEBUFFER,Ae.__webglFramebuffer),ie.copy(E.viewport),ue.copy(E.scissor),he=E.scissorTest,Me.viewport(ie),Me.scissor(ue),Me.setScissorTest(he),K=-1;return}else if(Ae.__webglFramebuffer===void 0)Ye.setupRenderTarget(E);else if(Ae.__hasExternalTextures)Ye.rebindTextures(E,He.get(E.texture).__webglTexture,He.get(E.depthTexture).__webglTexture);else if(E.depthBuffer){let nt=E.depthTexture;if(Ae.__boundDepthTexture!==nt){if(nt!==null&&He.has(nt)&&(E.width!==nt.image.width||E.height!==nt.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Ye.setupDepthRenderbuffer(E)}}let Le=E.texture;(Le.isData3DTexture||Le.isDataArrayTexture||Le.isCompressedArrayTexture)&&(Ee=!0);let Ve=He.get(E).__webglFramebuffer;E.isWebGLCubeRenderTarget?(Array.isArray(Ve[B])?q=Ve[B][J]:q=Ve[B],Y=!0):E.samples>0&&Ye.useMultisampledRTT(E)===!1?q=He.get(E).__webglMultisampledFramebuffer:Array.isArray(Ve)?q=Ve[J]:q=Ve,ie.copy(E.viewport),ue.copy(E.scissor),he=E.scissorTest}else ie.copy(Ge).multiplyScalar(be).floor(),ue.copy(pt).multiplyScalar(be).floor(),he=ut;if(J!==0&&(q=z),Me.bindFramebuffer(F.FRAMEBUFFER,q)&&Me.drawBuffers(E,q),Me.viewport(ie),Me.scissor(ue),Me.setScissorTest(he),Y){let Ae=He.get(E.texture);F.framebufferTexture2D(F.FRAMEBUFFER,F.COLOR_ATTACHMENT0,F.TEXTURE_CUBE_MAP_POSITIVE_X+B,Ae.__webglTexture,J)}else if(Ee){let Ae=B;for(let Le=0;Le<E.textures.length;Le++){let Ve=He.get(E.textures[Le]);F.framebufferTextureLayer(F.FRAMEBUFFER,F.COLOR_ATTACHMENT0+Le,Ve.__webglTexture,J,Ae)}}else if(E!==null&&J!==0){let Ae=He.get(E.texture);F.framebufferTexture2D(F.FRAMEBUFFER,F.COLOR_ATTACHMENT0,F.TEXTURE_2D,Ae.__webglTexture,J)}K=-1};function Ir(E){let B=He.get(E);return(B.__readFormat!==E.format||B.__readType!==E.type)&&(B.__readFormat=E.format,B.__readType=E.type,B.__formatReadable=lt.textureFormatReadable(E.format),B.__typeReadable=lt.textureTypeReadable(E.type)),B}this.readRenderTargetPixels=function(E,B,J,q,Y,Ee,Ie,Ae=0){if(!(E&&E.isWebGLRenderTarget)){tt("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let Le=He.get(E).__webglFramebuffer;if(E.isWebGLCubeRenderTarget&&Ie!==void 0&&(Le=Le[Ie],Array.isArray(Le)&&(Le=Le[0])),Le){Me.bindFramebuffer(F.FRAMEBUFFER,Le);try{let Ve=E.textures[Ae],nt=Ve.format,mt=Ve.type;E.textures.length>1&&F.readBuffer(F.COLOR_ATTACHMENT0+Ae);let Be=Ir(Ve);if(Be.__formatReadable===!1){tt("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Be.__typeReadable===!1){tt("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}B>=0&&B<=E.width-q&&J>=0&&J<=E.height-Y&&F.readPixels(B,J,q,Y,me.convert(nt),me.convert(mt),Ee)}finally{let Ve=le!==null?He.get(le).__webglFramebuffer:null;Me.bindFramebuffer(F.FRAMEBUFFER,Ve)}}},this.readRenderTargetPixelsAsync=async function(E,B,J,q,Y,Ee,Ie,Ae=0){if(!(E&&E.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let Le=He.get(E).__webglFramebuffer;if(E.isWebGLCubeRenderTarget&&Ie!==void 0&&(Le=Le[Ie],Array.isArray(Le)&&(Le=Le[0])),Le)if(B>=0&&B<=E.width-q&&J>=0&&J<=E.height-Y){Me.bindFramebuffer(F.FRAMEBUFFER,Le);let Ve=E.textures[Ae],nt=Ve.format,mt=Ve.type;E.textures.length>1&&F.readBuffer(F.COLOR_ATTACHMENT0+Ae);let Be=Ir(Ve);if(Be.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Be.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let gt=F.createBuffer();F.bindBuffer(F.PIXEL_PACK_BUFFER,gt),F.bufferData(F.PIXEL_PACK_BUFFER,Ee.byteLength,F.STREAM_READ),F.readPixels(B,J,q,Y,me.convert(nt),me.convert(mt),0),F.bindBuffer(F.PIXEL_PACK_BUFFER,null);let Kt=le!==null?He.get(le).__webglFramebuffer:null;Me.bindFramebuffer(F.FRAMEBUFFER,Kt);let Nt=F.fenceSync(F.SYNC_GPU_COMMANDS_COMPLETE,0);return F.flush(),await s0(F,Nt,4),F.bindBuffer(F.PIXEL_PACK_BUFFER,gt),F.getBufferSubData(F.PIXEL_PACK_BUFFER,0,Ee),F.bindBuffer(F.PIXEL_PACK_BUFFER,null),F.deleteBuffer(gt),F.deleteSync(Nt),Ee}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(E,B=null,J=0){let q=Math.pow(2,-J),Y=Math.floor(E.image.width*q),Ee=Math.floor(E.image.height*q),Ie=B!==null?B.x:0,Ae=B!==null?B.y:0;Ye.setTexture2D(E,0),F.copyTexSubImage2D(F.TEXTURE_2D,J,0,0,Ie,Ae,Y,Ee),Me.unbindTexture()},this.copyTextureToTexture=function(E,B,J=null,q=null,Y=0,Ee=0){let Ie,Ae,Le,Ve,nt,mt,Be,gt,Kt,Nt=E.isCompressedTexture?E.mipmaps[Ee]:E.image;if(J!==null)Ie=J.max.x-J.min.x,Ae=J.max.y-J.min.y,Le=J.isBox3?J.max.z-J.min.z:1,Ve=J.min.x,nt=J.min.y,mt=J.isBox3?J.min.z:0;else{let dt=Math.pow(2,-Y);Ie=Math.floor(Nt.width*dt),Ae=Math.floor(Nt.height*dt),E.isDataArrayTexture?Le=Nt.depth:E.isData3DTexture?Le=Math.floor(Nt.depth*dt):Le=1,Ve=0,nt=0,mt=0}q!==null?(Be=q.x,gt=q.y,Kt=q.z):(Be=0,gt=0,Kt=0);let Dt=me.convert(B.format),gn=me.convert(B.type),Ue;B.isData3DTexture?(Ye.setTexture3D(B,0),Ue=F.TEXTURE_3D):B.isDataArrayTexture||B.isCompressedArrayTexture?(Ye.setTexture2DArray(B,0),Ue=F.TEXTURE_2D_ARRAY):(Ye.setTexture2D(B,0),Ue=F.TEXTURE_2D),Me.activeTexture(F.TEXTURE0),Me.pixelStorei(F.UNPACK_FLIP_Y_WEBGL,B.flipY),Me.pixelStorei(F.UNPACK_PREMULTIPLY_ALPHA_WEBGL,B.premultiplyAlpha),Me.pixelStorei(F.UNPACK_ALIGNMENT,B.unpackAlignment);let ln=Me.getParameter(F.UNPACK_ROW_LENGTH),vt=Me.getParameter(F.UNPACK_IMAGE_HEIGHT),as=Me.getParameter(F.UNPACK_SKIP_PIXELS),cn=Me.getParameter(F.UNPACK_SKIP_ROWS),Lr=Me.getParameter(F.UNPACK_SKIP_IMAGES);Me.pixelStorei(F.UNPACK_ROW_LENGTH,Nt.width),Me.pixelStorei(F.UNPACK_IMAGE_HEIGHT,Nt.height),Me.pixelStorei(F.UNPACK_SKIP_PIXELS,Ve),Me.pixelStorei(F.UNPACK_SKIP_ROWS,nt),Me.pixelStorei(F.UNPACK_SKIP_IMAGES,mt);let Gi=E.isDataArrayTexture||E.isData3DTexture,ls=B.isDataArrayTexture||B.isData3DTexture;if(E.isDepthTexture){let dt=He.get(E),en=He.get(B),Vn=He.get(dt.__renderTarget),Ot=He.get(en.__renderTarget);Me.bindFramebuffer(F.READ_FRAMEBUFFER,Vn.__webglFramebuffer),Me.bindFramebuffer(F.DRAW_FRAMEBUFFER,Ot.__webglFramebuffer);for(let hn=0;hn<Le;hn++)Gi&&(F.framebufferTextureLayer(F.READ_FRAMEBUFFER,F.COLOR_ATTACHMENT0,He.get(E).__webglTexture,Y,mt+hn),F.framebufferTextureLayer(F.DRAW_FRAMEBUFFER,F.COLOR_ATTACHMENT0,He.get(B).__webglTexture,Ee,Kt+hn)),F.blitFramebuffer(Ve,nt,Ve+Ie,nt+Ae,Be,gt,Be+Ie,gt+Ae,F.DEPTH_BUFFER_BIT,F.NEAREST);Me.bindFramebuffer(F.READ_FRAMEBUFFER,null),Me.bindFramebuffer(F.DRAW_FRAMEBUFFER,null)}else if(Y!==0||E.isRenderTargetTexture||He.has(E)){let dt=He.get(E),en=He.get(B);Me.bindFramebuffer(F.READ_FRAMEBUFFER,N),Me.bindFramebuffer(F.DRAW_FRAMEBUFFER,H);for(let Vn=0;Vn<Le;Vn++)Gi?F.framebufferTextureLayer(F.READ_FRAMEBUFFER,F.COLOR_ATTACHMENT0,dt.__webglTexture,Y,mt+Vn):F.framebufferTexture2D(F.READ_FRAMEBUFFER,F.COLOR_ATTACHMENT0,F.TEXTURE_2D,dt.__webglTexture,Y),ls?F.framebufferTextureLayer(F.DRAW_FRAMEBUFFER,F.COLOR_ATTACHMENT0,en.__webglTexture,Ee,Kt+Vn):F.framebufferTexture2D(F.DRAW_FRAMEBUFFER,F.COLOR_ATTACHMENT0,F.TEXTURE_2D,en.__webglTexture,Ee),Y!==0?F.blitFramebuffer(Ve,nt,Ve+Ie,nt+Ae,Be,gt,Be+Ie,gt+Ae,F.COLOR_BUFFER_BIT,F.NEAREST):ls?F.copyTexSubImage3D(Ue,Ee,Be,gt,Kt+Vn,Ve,nt,Ie,Ae):F.copyTexSubImage2D(Ue,Ee,Be,gt,Ve,nt,Ie,Ae);Me.bindFramebuffer(F.READ_FRAMEBUFFER,null),Me.bindFramebuffer(F.DRAW_FRAMEBUFFER,null)}else ls?E.isDataTexture||E.isData3DTexture?F.texSubImage3D(Ue,Ee,Be,gt,Kt,Ie,Ae,Le,Dt,gn,Nt.data):B.isCompressedArrayTexture?F.compressedTexSubImage3D(Ue,Ee,Be,gt,Kt,Ie,Ae,Le,Dt,Nt.data):F.texSubImage3D(Ue,Ee,Be,gt,Kt,Ie,Ae,Le,Dt,gn,Nt):E.isDataTexture?F.texSubImage2D(F.TEXTURE_2D,Ee,Be,gt,Ie,Ae,Dt,gn,Nt.data):E.isCompressedTexture?F.compressedTexSubImage2D(F.TEXTURE_2D,Ee,Be,gt,Nt.width,Nt.height,Dt,Nt.data):F.texSubImage2D(F.TEXTURE_2D,Ee,Be,gt,Ie,Ae,Dt,gn,Nt);Me.pixelStorei(F.UNPACK_ROW_LENGTH,ln),Me.pixelStorei(F.UNPACK_IMAGE_HEIGHT,vt),Me.pixelStorei(F.UNPACK_SKIP_PIXELS,as),Me.pixelStorei(F.UNPACK_SKIP_ROWS,cn),Me.pixelStorei(F.UNPACK_SKIP_IMAGES,Lr),Ee===0&&B.generateMipmaps===!0&&B.mipmapsAutoUpdate===!0&&F.generateMipmap(Ue),Me.unbindTexture()},this.initRenderTarget=function(E){He.get(E).__webglFramebuffer===void 0&&Ye.setupRenderTarget(E)},this.initTexture=function(E){E.isCubeTexture?Ye.setTextureCube(E,0):E.isData3DTexture?Ye.setTexture3D(E,0):E.isDataArrayTexture||E.isCompressedArrayTexture?Ye.setTexture2DArray(E,0):Ye.setTexture2D(E,0),Me.unbindTexture()},this.resetState=function(){$=0,G=0,le=null,Me.reset(),Se.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return bi}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=bt._getDrawingBufferColorSpace(e),t.unpackColorSpace=bt._getUnpackColorSpace()}};var W0={type:"change"},ff={type:"start"},$0={type:"end"},Ah=new br,X0=new di,eE=Math.cos(70*Zd.DEG2RAD),bn=new X,Qn=2*Math.PI,Pt={NONE:-1,ROTATE:0,DOLLY:1,PAN:2,TOUCH_ROTATE:3,TOUCH_PAN:4,TOUCH_DOLLY_PAN:5,TOUCH_DOLLY_ROTATE:6},df=1e-6,Vo=class extends Fa{constructor(e,t=null){super(e,t),this.state=Pt.NONE,this.target=new X,this.cursor=new X,this.minDistance=0,this.maxDistance=1/0,this.minZoom=0,this.maxZoom=1/0,this.minTargetRadius=0,this.maxTargetRadius=1/0,this.minPolarAngle=0,this.maxPolarAngle=Math.PI,this.minAzimuthAngle=-1/0,this.maxAzimuthAngle=1/0,this.enableDamping=!1,this.dampingFactor=.05,this.enableZoom=!0,this.zoomSpeed=1,this.enableRotate=!0,this.rotateSpeed=1,this.keyRotateSpeed=1,this.enablePan=!0,this.panSpeed=1,this.screenSpacePanning=!0,this.keyPanSpeed=7,this.zoomToCursor=!1,this.autoRotate=!1,this.autoRotateSpeed=2,this.keys={LEFT:"ArrowLeft",UP:"ArrowUp",RIGHT:"ArrowRight",BOTTOM:"ArrowDown"},this.mouseButtons={LEFT:js.ROTATE,MIDDLE:js.DOLLY,RIGHT:js.PAN},this.touches={ONE:Qs.ROTATE,TWO:Qs.DOLLY_PAN},this.target0=this.target.clone(),this.position0=this.object.position.clone(),this.zoom0=this.object.zoom,this._cursorStyle="auto",this._domElementKeyEvents=null,this._lastPosition=new X,this._lastQuaternion=new fi,this._lastTargetPosition=new X,this._quat=new fi().setFromUnitVectors(e.up,new X(0,1,0)),this._quatInverse=this._quat.clone().invert(),this._spherical=new Lo,this._sphericalDelta=new Lo,this._scale=1,this._panOffset=new X,this._rotateStart=new Je,this._rotateEnd=new Je,this._rotateDelta=new Je,this._panStart=new Je,this._panEnd=new Je,this._panDelta=new Je,this._dollyStart=new Je,this._dollyEnd=new Je,this._dollyDelta=new Je,this._dollyDirection=new X,this._mouse=new Je,this._performCursorZoom=!1,this._pointers=[],this._pointerPositions={},this._controlActive=!1,this._onPointerMove=nE.bind(this),this._onPointerDown=tE.bind(this),this._onPointerUp=iE.bind(this),this._onContextMenu=hE.bind(this),this._onMouseWheel=oE.bind(this),this._onKeyDown=aE.bind(this),this._onTouchStart=lE.bind(this),this._onTouchMove=cE.bind(this),this._onMouseDown=sE.bind(this),this._onMouseMove=rE.bind(this),this._interceptControlDown=uE.bind(this),this._interceptControlUp=dE.bind(this),this.domElement!==null&&this.connect(this.domElement),this.update()}set cursorStyle(e){this._cursorStyle=e,e==="grab"?this.domElement.style.cursor="grab":this.domElement.style.cursor="auto"}get cursorStyle(){return this._cursorStyle}connect(e){super.connect(e),this.domElement.addEventListener("pointerdown",this._onPointerDown),this.domElement.addEventListener("pointercancel",this._onPointerUp),this.domElement.addEventListener("contextmenu",this._onContextMenu),this.domElement.addEventListener("wheel",this._onMouseWheel,{passive:!1}),this.domElement.ownerDocument.addEventListener("keydown",this._interceptControlDown,{passive:!0,capture:!0}),this.domElement.style.touchAction="none"}disconnect(){this.state=Pt.NONE,this.domElement.removeEventListener("pointerdown",this._onPointerDown),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.domElement.removeEventListener("pointercancel",this._onPointerUp),this.domElement.removeEventListener("wheel",this._onMouseWheel),this.domElement.removeEventListener("contextmenu",this._onContextMenu),this.stopListenToKeyEvents(),this.domElement.ownerDocument.removeEventListener("keydown",this._interceptControlDown,{capture:!0}),this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{capture:!0}),this._controlActive=!1,this._pointers.length=0,this._pointerPositions={},this.domElement.style.touchAction="",this.domElement.style.cursor="auto"}dispose(){this.disconnect()}getPolarAngle(){return this._spherical.phi}getAzimuthalAngle(){return this._spherical.theta}getDistance(){return this.object.position.distanceTo(this.target)}listenToKeyEvents(e){e.addEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=e}stopListenToKeyEvents(){this._domElementKeyEvents!==null&&(this._domElementKeyEvents.removeEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=null)}saveState(){this.target0.copy(this.target),this.position0.copy(this.object.position),this.zoom0=this.object.zoom}reset(){this.target.copy(this.target0),this.object.position.copy(this.position0),this.object.zoom=this.zoom0,this.object.updateProjectionMatrix(),this.dispatchEvent(W0),this.update(),this.state=Pt.NONE}pan(e,t){this._pan(e,t),this.update()}dollyIn(e){this._dollyIn(e),this.update()}dollyOut(e){this._dollyOut(e),this.update()}rotateLeft(e){this._rotateLeft(e),this.update()}rotateUp(e){this._rotateUp(e),this.update()}update(e=null){let t=this.object.position;bn.copy(t).sub(this.target),bn.applyQuaternion(this._quat),this._spherical.setFromVector3(bn),this.autoRotate&&this.state===Pt.NONE&&this._rotateLeft(this._getAutoRotationAngle(e)),this.enableDamping?(this._spherical.theta+=this._sphericalDelta.theta*this.dampingFactor,this._spherical.phi+=this._sphericalDelta.phi*this.dampingFactor):(this._spherical.theta+=this._sphericalDelta.theta,this._spherical.phi+=this._sphericalDelta.phi);let n=this.minAzimuthAngle,s=this.maxAzimuthAngle;isFinite(n)&&isFinite(s)&&(n<-Math.PI?n+=Qn:n>Math.PI&&(n-=Qn),s<-Math.PI?s+=Qn:s>Math.PI&&(s-=Qn),n<=s?this._spherical.theta=Math.max(n,Math.min(s,this._spherical.theta)):this._spherical.theta=this._spherical.theta>(n+s)/2?Math.max(n,this._spherical.theta):Math.min(s,this._spherical.theta)),this._spherical.phi=Math.max(this.minPolarAngle,Math.min(this.maxPolarAngle,this._spherical.phi)),this._spherical.makeSafe(),this.enableDamping===!0?this.target.addScaledVector(this._panOffset,this.dampingFactor):this.target.add(this._panOffset),this.target.sub(this.cursor),this.target.clampLength(this.minTargetRadius,this.maxTargetRadius),this.target.add(this.cursor);let r=!1;if(this.zoomToCursor&&this._performCursorZoom||this.object.isOrthographicCamera)this._spherical.radius=this._clampDistance(this._spherical.radius);else{let o=this._spherical.radius;this._spherical.radius=this._clampDistance(this._spherical.radius*this._scale),r=o!=this._spherical.radius}if(bn.setFromSpherical(this._spherical),bn.applyQuaternion(this._quatInverse),t.copy(this.target).add(bn),this.object.lookAt(this.target),this.enableDamping===!0?(this._sphericalDelta.theta*=1-this.dampingFactor,this._sphericalDelta.phi*=1-this.dampingFactor,this._panOffset.multiplyScalar(1-this.dampingFactor)):(this._sphericalDelta.set(0,0,0),this._panOffset.set(0,0,0)),this.zoomToCursor&&this._performCursorZoom){let o=null;if(this.object.isPerspectiveCamera){let a=bn.length();o=this._clampDistance(a*this._scale);let l=a-o;this.object.position.addScaledVector(this._dollyDirection,l),this.object.updateMatrixWorld(),r=!!l}else if(this.object.isOrthographicCamera){let a=new X(this._mouse.x,this._mouse.y,0);a.unproject(this.object);let l=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),this.object.updateProjectionMatrix(),r=l!==this.object.zoom;let c=new X(this._mouse.x,this._mouse.y,0);c.unproject(this.object),this.object.position.sub(c).add(a),this.object.updateMatrixWorld(),o=bn.length()}else console.warn("WARNING: OrbitControls.js encountered an unknown camera type - zoom to cursor disabled."),this.zoomToCursor=!1;o!==null&&(this.screenSpacePanning?this.target.set(0,0,-1).transformDirection(this.object.matrix).multiplyScalar(o).add(this.object.position):(Ah.origin.copy(this.object.position),Ah.direction.set(0,0,-1).transformDirection(this.object.matrix),Math.abs(this.object.up.dot(Ah.direction))<eE?this.object.lookAt(this.target):(X0.setFromNormalAndCoplanarPoint(this.object.up,this.target),Ah.intersectPlane(X0,this.target))))}else if(this.object.isOrthographicCamera){let o=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),o!==this.object.zoom&&(this.object.updateProjectionMatrix(),r=!0)}return this._scale=1,this._performCursorZoom=!1,r||this._lastPosition.distanceToSquared(this.object.position)>df||8*(1-this._lastQuaternion.dot(this.object.quaternion))>df||this._lastTargetPosition.distanceToSquared(this.target)>df?(this.dispatchEvent(W0),this._lastPosition.copy(this.object.position),this._lastQuaternion.copy(this.object.quaternion),this._lastTargetPosition.copy(this.target),!0):!1}_getAutoRotationAngle(e){return e!==null?Qn/60*this.autoRotateSpeed*e:Qn/60/60*this.autoRotateSpeed}_getZoomScale(e){let t=Math.abs(e*.01);return Math.pow(.95,this.zoomSpeed*t)}_rotateLeft(e){this._sphericalDelta.theta-=e}_rotateUp(e){this._sphericalDelta.phi-=e}_panLeft(e,t){bn.setFromMatrixColumn(t,0),bn.multiplyScalar(-e),this._panOffset.add(bn)}_panUp(e,t){this.screenSpacePanning===!0?bn.setFromMatrixColumn(t,1):(bn.setFromMatrixColumn(t,0),bn.crossVectors(this.object.up,bn)),bn.multiplyScalar(e),this._panOffset.add(bn)}_pan(e,t){let n=this.domElement;if(this.object.isPerspectiveCamera){let s=this.object.position;bn.copy(s).sub(this.target);let r=bn.length();r*=Math.tan(this.object.fov/2*Math.PI/180),this._panLeft(2*e*r/n.clientHeight,this.object.matrix),this._panUp(2*t*r/n.clientHeight,this.object.matrix)}else this.object.isOrthographicCamera?(this._panLeft(e*(this.object.right-this.object.left)/this.object.zoom/n.clientWidth,this.object.matrix),this._panUp(t*(this.object.top-this.object.bottom)/this.object.zoom/n.clientHeight,this.object.matrix)):(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - pan disabled."),this.enablePan=!1)}_dollyOut(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale/=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_dollyIn(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale*=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_updateZoomParameters(e,t){if(!this.zoomToCursor)return;this._performCursorZoom=!0;let n=this.domElement.getBoundingClientRect(),s=e-n.left,r=t-n.top,o=n.width,a=n.height;this._mouse.x=s/o*2-1,this._mouse.y=-(r/a)*2+1,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()}_clampDistance(e){return Math.max(this.minDistance,Math.min(this.maxDistance,e))}_handleMouseDownRotate(e){this._rotateStart.set(e.clientX,e.clientY)}_handleMouseDownDolly(e){this._updateZoomParameters(e.clientX,e.clientY),this._dollyStart.set(e.clientX,e.clientY)}_handleMouseDownPan(e){this._panStart.set(e.clientX,e.clientY)}_handleMouseMoveRotate(e){this._rotateEnd.set(e.clientX,e.clientY),this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(Qn*this._rotateDelta.x/t.clientHeight),this._rotateUp(Qn*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd),this.update()}_handleMouseMoveDolly(e){this._dollyEnd.set(e.clientX,e.clientY),this._dollyDelta.subVectors(this._dollyEnd,this._dollyStart),this._dollyDelta.y>0?this._dollyOut(this._getZoomScale(this._dollyDelta.y)):this._dollyDelta.y<0&&this._dollyIn(this._getZoomScale(this._dollyDelta.y)),this._dollyStart.copy(this._dollyEnd),this.zoomToCursor&&(this._performCursorZoom=!0,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()),this.update()}_handleMouseMovePan(e){this._panEnd.set(e.clientX,e.clientY),this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd),this.update()}_handleMouseWheel(e){this._updateZoomParameters(e.clientX,e.clientY),e.deltaY<0?this._dollyIn(this._getZoomScale(e.deltaY)):e.deltaY>0&&this._dollyOut(this._getZoomScale(e.deltaY)),this.update()}_handleKeyDown(e){let t=!1;switch(e.code){case this.keys.UP:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(Qn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,this.keyPanSpeed),t=!0;break;case this.keys.BOTTOM:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(-Qn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,-this.keyPanSpeed),t=!0;break;case this.keys.LEFT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(Qn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(this.keyPanSpeed,0),t=!0;break;case this.keys.RIGHT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(-Qn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(-this.keyPanSpeed,0),t=!0;break}t&&(e.preventDefault(),this.update())}_handleTouchStartRotate(e){if(this._pointers.length===1)this._rotateStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),n=.5*(e.pageX+t.x),s=.5*(e.pageY+t.y);this._rotateStart.set(n,s)}}_handleTouchStartPan(e){if(this._pointers.length===1)this._panStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),n=.5*(e.pageX+t.x),s=.5*(e.pageY+t.y);this._panStart.set(n,s)}}_handleTouchStartDolly(e){let t=this._getSecondPointerPosition(e),n=e.pageX-t.x,s=e.pageY-t.y,r=Math.sqrt(n*n+s*s);this._dollyStart.set(0,r)}_handleTouchStartDollyPan(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enablePan&&this._handleTouchStartPan(e)}_handleTouchStartDollyRotate(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enableRotate&&this._handleTouchStartRotate(e)}_handleTouchMoveRotate(e){if(this._pointers.length==1)this._rotateEnd.set(e.pageX,e.pageY);else{let n=this._getSecondPointerPosition(e),s=.5*(e.pageX+n.x),r=.5*(e.pageY+n.y);this._rotateEnd.set(s,r)}this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(Qn*this._rotateDelta.x/t.clientHeight),this._rotateUp(Qn*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd)}_handleTouchMovePan(e){if(this._pointers.length===1)this._panEnd.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),n=.5*(e.pageX+t.x),s=.5*(e.pageY+t.y);this._panEnd.set(n,s)}this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd)}_handleTouchMoveDolly(e){let t=this._getSecondPointerPosition(e),n=e.pageX-t.x,s=e.pageY-t.y,r=Math.sqrt(n*n+s*s);this._dollyEnd.set(0,r),this._dollyDelta.set(0,Math.pow(this._dollyEnd.y/this._dollyStart.y,this.zoomSpeed)),this._dollyOut(this._dollyDelta.y),this._dollyStart.copy(this._dollyEnd);let o=(e.pageX+t.x)*.5,a=(e.pageY+t.y)*.5;this._updateZoomParameters(o,a)}_handleTouchMoveDollyPan(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enablePan&&this._handleTouchMovePan(e)}_handleTouchMoveDollyRotate(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enableRotate&&this._handleTouchMoveRotate(e)}_addPointer(e){this._pointers.push(e.pointerId)}_removePointer(e){delete this._pointerPositions[e.pointerId];for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId){this._pointers.splice(t,1);return}}_isTrackingPointer(e){for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId)return!0;return!1}_trackPointer(e){let t=this._pointerPositions[e.pointerId];t===void 0&&(t=new Je,this._pointerPositions[e.pointerId]=t),t.set(e.pageX,e.pageY)}_getSecondPointerPosition(e){let t=e.pointerId===this._pointers[0]?this._pointers[1]:this._pointers[0];return this._pointerPositions[t]}_customWheelEvent(e){let t=e.deltaMode,n={clientX:e.clientX,clientY:e.clientY,deltaY:e.deltaY};switch(t){case 1:n.deltaY*=16;break;case 2:n.deltaY*=100;break}return e.ctrlKey&&!this._controlActive&&(n.deltaY*=10),n}};function tE(i){this.enabled!==!1&&(this._pointers.length===0&&(this.domElement.setPointerCapture(i.pointerId),this.domElement.ownerDocument.addEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.addEventListener("pointerup",this._onPointerUp)),!this._isTrackingPointer(i)&&(this._addPointer(i),i.pointerType==="touch"?this._onTouchStart(i):this._onMouseDown(i),this._cursorStyle==="grab"&&(this.domElement.style.cursor="grabbing")))}function nE(i){this.enabled!==!1&&(i.pointerType==="touch"?this._onTouchMove(i):this._onMouseMove(i))}function iE(i){switch(this._removePointer(i),this._pointers.length){case 0:this.domElement.releasePointerCapture(i.pointerId),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.dispatchEvent($0),this.state=Pt.NONE,this._cursorStyle==="grab"&&(this.domElement.style.cursor="grab");break;case 1:let e=this._pointers[0],t=this._pointerPositions[e];this._onTouchStart({pointerId:e,pageX:t.x,pageY:t.y});break}}function sE(i){let e;switch(i.button){case 0:e=this.mouseButtons.LEFT;break;case 1:e=this.mouseButtons.MIDDLE;break;case 2:e=this.mouseButtons.RIGHT;break;default:e=-1}switch(e){case js.DOLLY:if(this.enableZoom===!1)return;this._handleMouseDownDolly(i),this.state=Pt.DOLLY;break;case js.ROTATE:if(i.ctrlKey||i.metaKey||i.shiftKey){if(this.enablePan===!1)return;this._handleMouseDownPan(i),this.state=Pt.PAN}else{if(this.enableRotate===!1)return;this._handleMouseDownRotate(i),this.state=Pt.ROTATE}break;case js.PAN:if(i.ctrlKey||i.metaKey||i.shiftKey){if(this.enableRotate===!1)return;this._handleMouseDownRotate(i),this.state=Pt.ROTATE}else{if(this.enablePan===!1)return;this._handleMouseDownPan(i),this.state=Pt.PAN}break;default:this.state=Pt.NONE}this.state!==Pt.NONE&&this.dispatchEvent(ff)}function rE(i){switch(this.state){case Pt.ROTATE:if(this.enableRotate===!1)return;this._handleMouseMoveRotate(i);break;case Pt.DOLLY:if(this.enableZoom===!1)return;this._handleMouseMoveDolly(i);break;case Pt.PAN:if(this.enablePan===!1)return;this._handleMouseMovePan(i);break}}function oE(i){this.enabled===!1||this.enableZoom===!1||this.state!==Pt.NONE||(i.preventDefault(),this.dispatchEvent(ff),this._handleMouseWheel(this._customWheelEvent(i)),this.dispatchEvent($0))}function aE(i){this.enabled!==!1&&this._handleKeyDown(i)}function lE(i){switch(this._trackPointer(i),this._pointers.length){case 1:switch(this.touches.ONE){case Qs.ROTATE:if(this.enableRotate===!1){this.state=Pt.NONE;break}this._handleTouchStartRotate(i),this.state=Pt.TOUCH_ROTATE;break;case Qs.PAN:if(this.enablePan===!1){this.state=Pt.NONE;break}this._handleTouchStartPan(i),this.state=Pt.TOUCH_PAN;break;default:this.state=Pt.NONE}break;case 2:switch(this.touches.TWO){case Qs.DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchStartDollyPan(i),this.state=Pt.TOUCH_DOLLY_PAN;break;case Qs.DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchStartDollyRotate(i),this.state=Pt.TOUCH_DOLLY_ROTATE;break;default:this.state=Pt.NONE}break;default:this.state=Pt.NONE}this.state!==Pt.NONE&&this.dispatchEvent(ff)}function cE(i){switch(this._trackPointer(i),this.state){case Pt.TOUCH_ROTATE:if(this.enableRotate===!1)return;this._handleTouchMoveRotate(i),this.update();break;case Pt.TOUCH_PAN:if(this.enablePan===!1)return;this._handleTouchMovePan(i),this.update();break;case Pt.TOUCH_DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchMoveDollyPan(i),this.update();break;case Pt.TOUCH_DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchMoveDollyRotate(i),this.update();break;default:this.state=Pt.NONE}}function hE(i){this.enabled!==!1&&i.preventDefault()}function uE(i){i.key==="Control"&&(this._controlActive=!0,this.domElement.ownerDocument.addEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function dE(i){i.key==="Control"&&(this._controlActive=!1,this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function Th(i){let e=i.camera;return e&&typeof e.azimuth=="number"&&typeof e.elevation=="number"?e:null}function Rh(i,e,t,n){let s=e.azimuth*Math.PI/180,r=e.elevation*Math.PI/180,o=new X(Math.cos(r)*Math.sin(s),Math.sin(r),Math.cos(r)*Math.cos(s)),a=Math.tan(i.fov*Math.PI/360),l=Math.max(n,.001)/Math.min(a,a*i.aspect)*1.05,c=e.distance??l;if(i.position.copy(t).addScaledVector(o,c),Math.abs(e.elevation)>=89.999){let h=e.elevation>0?-1:1;i.up.set(h*Math.sin(s),0,h*Math.cos(s))}else i.up.set(0,1,0);i.near=Math.max(c/1e3,.001),i.far=c*100+n*2,i.lookAt(t),i.updateProjectionMatrix()}var mf=1119259;function gf(i){return new Mt().setRGB((i>>16&255)/255,(i>>8&255)/255,(i&255)/255,es)}var fE=4,Ka="selection",q0=1.5,Z0=1,pE=`
in float iValue;
in vec4 iColor;
out float vValue;
out vec4 vColor;
out vec3 vNormal;
out vec3 vView;
uniform float pixelScale; // CSS pixels per scene unit at unit distance from the eye
vec3 widened(vec3 p) {
  // a radius of at least MIN_RADIUS_PX, as the Qt window draws: thin dendrites do not vanish between pixels
  vec4 centre = viewMatrix * modelMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0);
  float radius = length(instanceMatrix[0].xyz);
  float px = radius * pixelScale / max(-centre.z, 1e-6);
  float k = max(1.0, ${Z0.toFixed(2)} / max(px, 1e-6));
  return vec3(p.x * k, p.y, p.z * k);
}
void main() {
  vValue = iValue;
  vColor = iColor;
  vec4 world = modelMatrix * instanceMatrix * vec4(widened(position), 1.0);
  vec4 view = viewMatrix * world;
  vView = -view.xyz;
  mat3 nm = mat3(instanceMatrix);
  vNormal = normalize(mat3(viewMatrix) * normalize(nm * normal));
  gl_Position = projectionMatrix * view;
}`,mE=`
precision highp float;
uniform sampler2D lut;
uniform vec2 limits;
uniform int mode; // 0: colour map of iValue, 1: iColor
in float vValue;
in vec4 vColor;
in vec3 vNormal;
in vec3 vView;
out vec4 outColor;
void main() {
  vec3 base;
  if (mode == 1) {
    base = vColor.rgb;
  } else if (isnan(vValue) || !(vValue <= 0.0 || vValue > 0.0)) {
    base = vec3(1.0, 0.0, 1.0);
  } else {
    float t = limits.y > limits.x ? clamp((vValue - limits.x) / (limits.y - limits.x), 0.0, 1.0) : 0.5;
    base = texture(lut, vec2((t * 255.0 + 0.5) / 256.0, 0.5)).rgb;
  }
  // lit from the eye: a surface facing the camera shows the colour map's colour exactly
  float facing = abs(dot(normalize(vNormal), normalize(vView)));
  outColor = vec4(base * (0.45 + 0.55 * facing), 1.0);
}`,Y0=`
uniform float pixelScale;
flat out int vId;
vec3 widened(vec3 p) {
  vec4 centre = viewMatrix * modelMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0);
  float radius = length(instanceMatrix[0].xyz);
  float px = radius * pixelScale / max(-centre.z, 1e-6);
  float k = max(1.0, ${Z0.toFixed(2)} / max(px, 1e-6));
  return vec3(p.x * k, p.y, p.z * k);
}
void main() {
  vId = gl_InstanceID + 1;
  gl_Position = projectionMatrix * viewMatrix * modelMatrix * instanceMatrix * vec4(widened(position), 1.0);
}`,gE=`
precision highp float;
flat in int vId;
out vec4 outColor;
void main() {
  outColor = vec4(float(vId & 255), float((vId >> 8) & 255), float((vId >> 16) & 255), 255.0) / 255.0;
}`,_E=`
precision highp float;
out vec4 outColor;
void main() { outColor = vec4(1.0); }`;function yE(i){if(!(i>0)||!Number.isFinite(i))return 0;let e=10**Math.floor(Math.log10(i));for(let t of[5,2,1])if(t*e<=i*(1+1e-9))return t*e;return e}function xE(i){return i>=1e3?`${i/1e3} mm`:`${Number(i.toPrecision(6))} \xB5m`}var pf=class{constructor(e,t,n,s){this.viewId=e;this.state=t;this.send=n;this.ctx=s;this.frame=new Zn("morphology",e),this.lut=new ws(Us("viridis"),256,1,Yn),this.lut.magFilter=pn,this.lut.minFilter=pn,this.lut.needsUpdate=!0,this.material=new kn({glslVersion:Cs,vertexShader:pE,fragmentShader:mE,uniforms:{lut:{value:this.lut},limits:{value:new Je(0,1)},mode:{value:0},pixelScale:this.pixelScale}}),this.pickMaterial=new kn({glslVersion:Cs,vertexShader:Y0,fragmentShader:gE,uniforms:{pixelScale:this.pixelScale}}),this.outlineMaterial=new kn({glslVersion:Cs,vertexShader:Y0.replace("flat out int vId;","flat out int vId; // unused"),fragmentShader:_E,side:Dn,uniforms:{pixelScale:this.pixelScale}}),this.scene.background=gf(mf)}viewId;state;send;ctx;frame;renderer=null;scene=new vr;camera=new Nn(40,1,.1,1e7);controls=null;mesh=null;material;pickMaterial;lut;lutName="";values=new Float32Array(0);valueAttr=null;colorAttr=null;geometryRecord=null;geometryId="";n=0;colorBar=new Ki;hover=document.createElement("div");scaleBar=document.createElement("div");scaleLine=document.createElement("div");scaleText=document.createElement("div");canvasHost=document.createElement("div");center=new X;framed=!1;dirty=!0;raf=0;press=null;hoverAt=null;resizeObserver=null;pickTarget=new $n(1,1);uploads=0;selected=null;outline=null;outlineMaterial;segmentsOf=new Map;pixelScale={value:1};build(e){e.append(this.frame.root);let t=this.canvasHost;t.className="sw-canvas-host sw-dark",this.frame.body.append(t),this.renderer=new Bo({antialias:!0,preserveDrawingBuffer:!0}),this.renderer.setPixelRatio(window.devicePixelRatio||1),this.renderer.outputColorSpace=es;let n=this.renderer.domElement;n.className="sw-gl",t.append(n),this.hover.className="sw-hover",this.hover.hidden=!0,this.scaleBar.className="sw-scalebar",this.scaleLine.className="sw-scalebar-line",this.scaleText.className="sw-scalebar-text",this.scaleBar.append(this.scaleText,this.scaleLine),this.colorBar.root.classList.add("sw-colorbar-overlay"),t.append(this.hover,this.scaleBar,this.colorBar.root),this.controls=new Vo(this.camera,n),this.controls.addEventListener("change",()=>{this.framed=!0,this.requestDraw()}),n.addEventListener("pointerdown",s=>{this.press=[s.clientX,s.clientY]}),n.addEventListener("pointerup",s=>this.onRelease(s)),n.addEventListener("pointermove",s=>{this.hoverAt=this.local(s),this.requestDraw()}),n.addEventListener("pointerleave",()=>{this.hoverAt=null,this.hover.hidden=!0}),n.tabIndex=0,n.addEventListener("keydown",s=>{s.key==="Home"&&(this.framed=!1,this.frameCell(),this.requestDraw(),s.stopPropagation())}),this.resizeObserver=new ResizeObserver(()=>this.resize()),this.resizeObserver.observe(t),this.rebuild(),this.resize()}apply(e){e.stateKeys.has(Ka)&&this.showSelection();let t=this.state.resolvedView(this.viewId);e.scene||e.views.has(this.viewId)||this.geometryId!==t.geometry_id?this.rebuild():typeof t.color_field_id=="string"&&(e.fields.has(t.color_field_id)||e.stateKeys.size)?this.recolor():e.stateKeys.size&&this.recolor()}close(){cancelAnimationFrame(this.raf),this.resizeObserver?.disconnect(),this.controls?.dispose(),this.mesh?.geometry.dispose(),this.material.dispose(),this.pickMaterial.dispose(),this.lut.dispose(),this.pickTarget.dispose(),this.renderer?.dispose(),this.frame.root.remove()}findGeometry(e){return(this.state.scene?.geometries??[]).find(n=>n.id===e&&n.kind==="morphology")??null}rebuild(){let e=this.state.resolvedView(this.viewId);this.frame.setTitle(e.title);let t=this.findGeometry(e.geometry_id);if(this.geometryId=String(e.geometry_id),t!==this.geometryRecord){if(this.geometryRecord=t,this.mesh&&(this.scene.remove(this.mesh),this.mesh.geometry.dispose(),this.mesh=null),this.n=0,!t){this.frame.say(`no morphology geometry ${JSON.stringify(e.geometry_id)}`),this.requestDraw();return}let n=t.entity_ids.length;this.n=n;let s=new Ia(1,1,1,10,1,!1),r=new Co(s,this.material,n),o=t.positions.data,a=t.orientations.data,l=t.radii.data,c=t.lengths.data,h=new Et,d=new Et().makeRotationX(Math.PI/2),u=new Et,m=new Et,g=new X(1/0,1/0,1/0),S=new X(-1/0,-1/0,-1/0);for(let p=0;p<n;p++){let f=_t(l,p),v=_t(c,p),R=9*p;m.set(_t(a,R),_t(a,R+1),_t(a,R+2),_t(o,3*p),_t(a,R+3),_t(a,R+4),_t(a,R+5),_t(o,3*p+1),_t(a,R+6),_t(a,R+7),_t(a,R+8),_t(o,3*p+2),0,0,0,1),u.makeScale(f,v,f),h.multiplyMatrices(m,d).multiply(u),r.setMatrixAt(p,h);let x=v/2+f;for(let T=0;T<3;T++){let A=_t(o,3*p+T);g.setComponent(T,Math.min(g.getComponent(T),A-x)),S.setComponent(T,Math.max(S.getComponent(T),A+x))}}r.instanceMatrix.needsUpdate=!0,this.segmentsOf=new Map,t.entity_ids.forEach((p,f)=>{let v=this.segmentsOf.get(p);v?v.push(f):this.segmentsOf.set(p,[f])}),this.values=new Float32Array(n),this.valueAttr=new Ys(this.values,1),this.valueAttr.setUsage(Wd),s.setAttribute("iValue",this.valueAttr),this.colorAttr=new Ys(this.geometryColors(t,n),4),s.setAttribute("iColor",this.colorAttr),r.frustumCulled=!1,this.mesh=r,this.scene.add(r),this.bounds=n?[g,S]:[new X(-1,-1,-1),new X(1,1,1)],this.framed=!1,this.frameCell(),this.showSelection()}this.recolor()}bounds=[new X(-1,-1,-1),new X(1,1,1)];geometryColors(e,t){let n=new Float32Array(4*t),s=e.colors;if(s&&s.data&&s.data.length===4*t){let r=s.dtype==="uint8"?.00392156862745098:1;for(let o=0;o<4*t;o++)n[o]=_t(s.data,o)*r}else for(let r=0;r<t;r++)n.set(uu,4*r);return n}frameCell(){if(this.framed)return;let[e,t]=this.bounds;this.center.addVectors(e,t).multiplyScalar(.5);let n=Math.max(t.x-e.x,.001),s=Math.max(t.y-e.y,.001),r=t.z-e.z,o=Math.tan(this.camera.fov*Math.PI/360),a=Math.max(s/2/o,n/2/(o*this.camera.aspect))*1.08+r/2,l=Th(this.state.resolvedView(this.viewId));l?Rh(this.camera,l,this.center,e.distanceTo(t)/2):(this.camera.position.set(this.center.x,this.center.y,this.center.z+a),this.camera.near=Math.max(a/1e3,.001),this.camera.far=a*100+r,this.camera.up.set(0,1,0),this.camera.lookAt(this.center),this.camera.updateProjectionMatrix()),this.controls&&(this.controls.target.copy(this.center),this.controls.update()),this.framed=!1}recolor(){let e=this.state.resolvedView(this.viewId),t=this.material.uniforms;if(!this.mesh||!this.valueAttr)return;let n=e.color_field_id,s=typeof n=="string"?Kn(this.state,n):null;if(typeof n!="string")t.mode.value=1,this.colorBar.hide(),this.frame.say(null);else if(s){try{gp(s.values,this.n,this.values)}catch(l){t.mode.value=1;let c=this.colorAttr.array;for(let h=0;h<this.n;h++)c.set(uu,4*h);this.colorAttr.needsUpdate=!0,this.colorBar.hide(),this.frame.say(`drawn grey: ${l.message}`),this.requestDraw();return}this.frame.say(null),t.mode.value=0;let r=ps(e.colormap);r!==this.lutName&&(this.lutName=r,this.lut.image.data.set(Us(r)),this.lut.needsUpdate=!0);let o=Fs(e.color_limits,[s.values]);t.limits.value.set(o[0],o[1]),this.valueAttr.needsUpdate=!0,this.uploads++;let a=typeof s.decl?.unit=="string"?s.decl.unit:null;this.colorBar.show(r,o,a)}else{t.mode.value=1,this.colorAttr.array.fill(.8);for(let r=3;r<this.colorAttr.array.length;r+=4)this.colorAttr.array[r]=1;this.colorAttr.needsUpdate=!0,this.colorBar.hide(),this.frame.say(`no colour field ${JSON.stringify(n)}`)}this.requestDraw()}requestDraw(){this.dirty=!0,this.raf||(this.raf=requestAnimationFrame(()=>{this.raf=0,this.draw()}))}draw(){this.renderer&&(this.dirty=!1,this.renderer.render(this.scene,this.camera),this.updateScaleBar(),this.hoverAt&&this.updateHover(this.hoverAt))}resize(){if(!this.renderer)return;let e=Math.max(1,this.canvasHost.clientWidth),t=Math.max(1,this.canvasHost.clientHeight);this.renderer.setSize(e,t,!1),this.camera.aspect=e/t,this.camera.updateProjectionMatrix(),this.pixelScale.value=t/(2*Math.tan(this.camera.fov*Math.PI/360)),this.framed||this.frameCell(),this.requestDraw()}updateScaleBar(){let e=this.canvasHost.clientHeight,t=this.canvasHost.clientWidth,n=this.camera.position.distanceTo(this.controls?.target??this.center),s=e/(2*n*Math.tan(this.camera.fov*Math.PI/360)),r=yE(.25*t/s);if(!this.n||!(r>0)){this.scaleBar.hidden=!0;return}this.scaleBar.hidden=!1,this.scaleLine.style.width=`${Math.round(r*s)}px`,this.scaleText.textContent=xE(r)}local(e){let t=e.target.getBoundingClientRect();return[e.clientX-t.left,e.clientY-t.top]}pick(e,t){if(!this.renderer||!this.mesh)return null;let n=this.canvasHost.clientWidth,s=this.canvasHost.clientHeight;if(e<0||t<0||e>=n||t>=s)return null;let r=this.camera;r.setViewOffset(n,s,Math.floor(e),Math.floor(t),1,1),this.mesh.material=this.pickMaterial;let o=this.scene.background;this.scene.background=null;let a=this.renderer;a.setRenderTarget(this.pickTarget),a.setClearColor(0,0),a.clear(),a.render(this.scene,r);let l=new Uint8Array(4);a.readRenderTargetPixels(this.pickTarget,0,0,1,1,l),a.setRenderTarget(null),this.scene.background=o,this.mesh.material=this.material,r.clearViewOffset();let c=l[0]+(l[1]<<8)+(l[2]<<16);return c>0&&c<=this.n?c-1:null}segmentLabel(e){let t=this.geometryRecord;return Array.isArray(t.labels)&&typeof t.labels[e]=="string"?t.labels[e]:`${t.section_names[e]}(${Number(_t(t.xlocs.data,e).toPrecision(3))})`}updateHover([e,t]){let n=this.pick(e,t);if(n===null){this.hover.hidden=!0;return}this.hover.textContent=this.segmentLabel(n),this.hover.style.left=`${e+12}px`,this.hover.style.top=`${t+12}px`,this.hover.hidden=!1}onRelease(e){let t=this.press;if(this.press=null,!t||Math.hypot(e.clientX-t[0],e.clientY-t[1])>fE)return;let[n,s]=this.local(e);this.clickAt(n,s)}clickAt(e,t){let n=this.pick(e,t);if(n===null||!this.geometryRecord)return this.state.frontendState.get(Ka)!==void 0&&this.ctx?.setLocalState({[Ka]:null}),null;let s=this.geometryRecord.entity_ids[n];return this.send({kind:"entity_clicked",entity_id:s,view_id:this.viewId,segment:n}),this.ctx?this.ctx.setLocalState({[Ka]:s}):(this.selected=s,this.showSelection()),n}showSelection(){let e=this.state.frontendState.get(Ka);(this.ctx||e!==void 0)&&(this.selected=typeof e=="string"?e:null),this.outline&&(this.scene.remove(this.outline),this.outline.dispose(),this.outline=null);let t=this.selected!==null?this.segmentsOf.get(this.selected):void 0;if(t&&this.mesh){let n=new Co(this.mesh.geometry,this.outlineMaterial,t.length),s=new Et,r=new Et().makeScale(q0,1.02,q0);t.forEach((o,a)=>{this.mesh.getMatrixAt(o,s),n.setMatrixAt(a,s.multiply(r))}),n.frustumCulled=!1,this.outline=n,this.scene.add(n)}this.requestDraw()}segmentPixel(e){let t=this.geometryRecord,n=new X(_t(t.positions.data,3*e),_t(t.positions.data,3*e+1),_t(t.positions.data,3*e+2));return n.project(this.camera),[(n.x+1)/2*this.canvasHost.clientWidth,(1-n.y)/2*this.canvasHost.clientHeight]}};function K0(i,e,t,n){return new pf(i,e,t,n)}var Ch=2e5,_f=class extends qr{xRange=[0,1];drawn=0;constructor(e,t,n){super("raster",e,t,n)}draw(){let e=this.state.resolvedView(this.viewId);this.frame.setTitle(e.title);let t=xl(this.canvas,this.host),n=this.host.clientWidth,s=this.host.clientHeight;t.clearRect(0,0,n,s);let r=Kn(this.state,e.field_id),o=vl(n,s),a=lr(e.time_label,e.time_unit),l=lr(e.unit_label,null),c=null;if(r?r.dims.length!==1||r.dims[0]!==e.event_dim?c=`the field ${r.id} is not 1-D along ${JSON.stringify(e.event_dim)}`:/int/.test(r.values.dtype)||(c=`the field ${r.id} holds ${r.values.dtype}, not unit indices`):c=`no field ${JSON.stringify(e.field_id)}`,c||!r){this.frame.say(c),Zr(t,o,[0,1],[0,1],a,l);return}let h=r.values.shape[0],d=r.coords[e.event_dim],u=d&&!Array.isArray(d)?d.data:Float64Array.from({length:h},(k,z)=>z),m=e.rolling_window,g=typeof m=="number"&&m>0&&Number.isFinite(m),S=h?u[0]:0,p=h?u[h-1]:1,f=h&&g?Ul(u,p-m,h):0,v=g?Math.max(S,p-m):S,R=g?v+m:p;R>v||(v-=.5,R+=.5);let x=.02*(R-v);this.xRange=[v-x,R+x];let T=0;h-f>Ch&&(T=h-f-Ch,f=h-Ch);let A=typeof e.unit_count=="number"?e.unit_count-1:0;if(typeof e.unit_count!="number")for(let k=f;k<h;k++)A=Math.max(A,_t(r.values.data,k));let _=[-.5,A+.5];this.frame.say(T?`${T} older events in the window not drawn (the newest ${Ch} are)`:null),Zr(t,o,this.xRange,_,a,l);let w=k=>o.left+(k-this.xRange[0])/(this.xRange[1]-this.xRange[0])*o.width,O=k=>o.top+o.height-(k-_[0])/(_[1]-_[0])*o.height,I=Math.max(1,Math.min(6,.4*o.height/(A+1)));t.fillStyle="#1f3a5f";let L=e.marker==="dot";for(let k=f;k<h;k++){let z=w(u[k]),N=O(_t(r.values.data,k));L?t.fillRect(z-1.5,N-1.5,3,3):t.fillRect(Math.round(z)-.5,N-I,1.2,2*I)}this.drawn=h-f}};function J0(i,e,t){return new _f(i,e,t)}var j0="http://www.w3.org/2000/svg",Q0="rgb(200, 204, 210)",yf=class{constructor(e,t,n,s){this.viewId=e;this.state=t;this.send=n;this.ctx=s;this.frame=new Zn("state_graph",e)}viewId;state;send;ctx;frame;host=document.createElement("div");svg=document.createElementNS(j0,"svg");colorBar=new Ki;build(e){e.append(this.frame.root),this.host.className="sw-plot-host sw-graph sw-with-colorbar",this.svg.setAttribute("class","sw-graph-svg"),this.host.append(this.svg,this.colorBar.root),this.frame.body.append(this.host),this.draw()}apply(e){let t=this.state.resolvedView(this.viewId),n=new Set([...t.nodes??[],...t.edges??[]].map(s=>s.field_id).filter(s=>typeof s=="string"));(e.scene||e.views.has(this.viewId)||e.stateKeys.size||[...n].some(s=>e.fields.has(s)))&&this.draw()}close(){this.frame.root.remove()}value(e){let t=Kn(this.state,e);return!t||t.values.data.length===0?null:_t(t.values.data,t.values.data.length-1)}draw(){let e=this.state.resolvedView(this.viewId);this.frame.setTitle(e.title);let t=e.nodes??[],n=e.edges??[],s=ps(e.colormap),r=[...t,...n].map(x=>x.field_id).filter(x=>typeof x=="string"),o=Fs(e.color_limits,r.map(x=>Kn(this.state,x)?.values)),a=x=>{if(typeof x!="string")return Q0;let T=this.value(x);return T===null?Q0:fu(pp(T,s,o))},l=new Map;t.forEach((x,T)=>{let A=x.position;l.set(x.id,Array.isArray(A)&&A.length===2?[Number(A[0]),-Number(A[1])]:[Math.cos(2*Math.PI*T/t.length),Math.sin(2*Math.PI*T/t.length)])});let c=[...l.values()].map(x=>x[0]),h=[...l.values()].map(x=>x[1]),d=Math.min(...c,0),u=Math.max(...c,0),m=Math.min(...h,0),g=Math.max(...h,0),p=.09*Math.max(u-d,g-m,1e-9)+1e-9;this.svg.setAttribute("viewBox",`${d-2*p} ${m-2*p} ${u-d+4*p} ${g-m+4*p}`),this.svg.replaceChildren();let f=(x,T)=>{let A=document.createElementNS(j0,x);for(let[_,w]of Object.entries(T))A.setAttribute(_,String(w));return A},v=f("defs",{}),R=f("marker",{id:`arrow-${this.viewId}`,viewBox:"0 0 10 10",refX:10,refY:5,markerWidth:6,markerHeight:6,orient:"auto-start-reverse"});R.append(f("path",{d:"M 0 0 L 10 5 L 0 10 z",fill:"#555"})),v.append(R),this.svg.append(v);for(let x of n){let T=l.get(x.source),A=l.get(x.target);if(!T||!A)continue;let _=A[0]-T[0],w=A[1]-T[1],O=Math.hypot(_,w)||1,I=f("line",{x1:T[0]+_/O*p,y1:T[1]+w/O*p,x2:A[0]-_/O*p,y2:A[1]-w/O*p,stroke:typeof x.field_id=="string"?a(x.field_id):"#555","stroke-width":p*.12,"marker-end":`url(#arrow-${this.viewId})`});if(this.svg.append(I),typeof x.label=="string"){let L=f("text",{x:(T[0]+A[0])/2,y:(T[1]+A[1])/2-p*.25,"font-size":p*.5,"text-anchor":"middle",fill:"#333"});L.textContent=x.label,this.svg.append(L)}}for(let x of t){let[T,A]=l.get(x.id),_=f("g",{class:"sw-node","data-node":x.id}),w=a(x.field_id),O=this.state.frontendState.get("selection")===x.id;_.append(f("circle",{cx:T,cy:A,r:p,fill:w,stroke:O?"#e8590c":"#333","stroke-width":p*(O?.14:.06)}));let I=w.match(/\d+/g)?.map(Number)??[200,200,200],L=.299*I[0]+.587*I[1]+.114*I[2]<128,k=f("text",{x:T,y:A+p*.18,"font-size":p*.5,"text-anchor":"middle",fill:L?"#fff":"#111"});k.textContent=typeof x.label=="string"?x.label:x.id,_.append(k),_.addEventListener("click",()=>{this.send({kind:"entity_clicked",entity_id:x.id,view_id:this.viewId}),this.ctx?.setLocalState({selection:x.id})}),this.svg.append(_)}r.length?this.colorBar.show(s,o,null):this.colorBar.hide()}};function e_(i,e,t,n){return new yf(i,e,t,n)}var vE=`
in float value;
out float vValue;
out vec3 vNormal;
out vec3 vView;
void main() {
  vValue = value;
  vec4 view = modelViewMatrix * vec4(position, 1.0);
  vView = -view.xyz;
  vNormal = normalMatrix * normal;
  gl_Position = projectionMatrix * view;
}`,SE=`
precision highp float;
uniform sampler2D lut;
uniform vec2 limits;
uniform int shading; // 0 smooth, 1 flat, 2 none
in float vValue;
in vec3 vNormal;
in vec3 vView;
out vec4 outColor;
void main() {
  vec3 base;
  if (isnan(vValue) || !(vValue <= 0.0 || vValue > 0.0)) base = vec3(1.0, 0.0, 1.0);
  else {
    float t = limits.y > limits.x ? clamp((vValue - limits.x) / (limits.y - limits.x), 0.0, 1.0) : 0.5;
    base = texture(lut, vec2((t * 255.0 + 0.5) / 256.0, 0.5)).rgb;
  }
  float light = 1.0;
  if (shading != 2) {
    vec3 n = shading == 1 ? normalize(cross(dFdx(vView), dFdy(vView))) : normalize(vNormal);
    light = 0.45 + 0.55 * abs(dot(n, normalize(vView)));
  }
  outColor = vec4(base * light, 1.0);
}`;function t_(i,e,t,n,s){let r=i.dims.indexOf(e),o=i.dims.indexOf(t);if(r<0||o<0)return`the field ${i.id} lacks the grid's dims ${e}, ${t}`;let a=i.values.shape;if(a[r]!==n||a[o]!==s)return`the field ${i.id} has shape ${JSON.stringify(a)}, the grid ${n}x${s}`;if(a.some((d,u)=>u!==r&&u!==o&&d===0))return()=>NaN;let l=ar(a),c=0;a.forEach((d,u)=>{u!==r&&u!==o&&(c+=(d-1)*l[u])});let h=i.values.data;return(d,u)=>_t(h,c+d*l[r]+u*l[o])}var xf=class{constructor(e,t,n,s){this.viewId=e;this.state=t;this.send=n;this.ctx=s;this.frame=new Zn("surface",e),this.lut.magFilter=this.lut.minFilter=pn,this.lut.needsUpdate=!0,this.material=new kn({glslVersion:Cs,vertexShader:vE,fragmentShader:SE,side:Ei,uniforms:{lut:{value:this.lut},limits:{value:new Je(0,1)},shading:{value:0}}}),this.scene.background=gf(mf),this.marker.visible=!1,this.scene.add(this.marker)}viewId;state;send;ctx;frame;renderer=null;scene=new vr;camera=new Nn(40,1,.01,1e7);controls=null;mesh=null;marker=new qn(new Na(1,16,8),new Ro({color:16777215}));lut=new ws(Us("viridis"),256,1,Yn);material;colorBar=new Ki;host=document.createElement("div");resizeObserver=null;raf=0;grid=null;press=null;framed=!1;span=1;build(e){e.append(this.frame.root),this.host.className="sw-canvas-host sw-dark",this.frame.body.append(this.host),this.renderer=new Bo({antialias:!0,preserveDrawingBuffer:!0}),this.renderer.outputColorSpace=es,this.renderer.setPixelRatio(window.devicePixelRatio||1);let t=this.renderer.domElement;t.className="sw-gl",this.host.append(t),this.colorBar.root.classList.add("sw-colorbar-overlay"),this.host.append(this.colorBar.root),this.controls=new Vo(this.camera,t),this.controls.addEventListener("change",()=>{this.framed=!0,this.requestDraw()}),t.addEventListener("pointerdown",n=>{this.press=[n.clientX,n.clientY]}),t.addEventListener("pointerup",n=>{let s=this.press;if(this.press=null,!s||Math.hypot(n.clientX-s[0],n.clientY-s[1])>4)return;let r=t.getBoundingClientRect();this.clickAt(n.clientX-r.left,n.clientY-r.top)}),this.resizeObserver=new ResizeObserver(()=>this.resize()),this.resizeObserver.observe(this.host),this.rebuild(),this.resize()}apply(e){let t=this.state.resolvedView(this.viewId);(e.scene||e.views.has(this.viewId)||e.fields.has(t.height_field_id)||e.fields.has(t.color_field_id)||e.stateKeys.size)&&this.rebuild()}close(){cancelAnimationFrame(this.raf),this.resizeObserver?.disconnect(),this.controls?.dispose(),this.mesh?.geometry.dispose(),this.material.dispose(),this.renderer?.dispose(),this.frame.root.remove()}rebuild(){let e=this.state.resolvedView(this.viewId);this.frame.setTitle(e.title);let t=(this.state.scene?.geometries??[]).find(_=>_.id===e.grid_id&&_.kind==="grid"),n=_=>{this.frame.say(_),this.mesh&&(this.mesh.visible=!1),this.colorBar.hide(),this.requestDraw()};if(!t)return n(`no grid geometry ${JSON.stringify(e.grid_id)}`);let[s,r]=t.dims,o=t.coords[s],a=t.coords[r],l=o.shape[0],c=a.shape[0],h=Kn(this.state,e.height_field_id),d=typeof e.color_field_id=="string"?e.color_field_id:e.height_field_id,u=Kn(this.state,d);if(!h)return n(`no height field ${JSON.stringify(e.height_field_id)}`);if(!u)return n(`no colour field ${JSON.stringify(d)}`);let m=t_(h,s,r,l,c);if(typeof m=="string")return n(m);let g=typeof e.height_scale=="number"&&e.height_scale>0?e.height_scale:1,S=t_(u,s,r,l,c);if(typeof S=="string")return n(S);this.frame.say(null),this.grid={rowDim:s,colDim:r,rows:o,cols:a};let p=this.mesh?.geometry;(!p||p.getAttribute("position").count!==l*c)&&(this.mesh&&(this.scene.remove(this.mesh),p?.dispose()),p=new wi,p.setAttribute("position",new Jn(new Float32Array(3*l*c),3)),p.setAttribute("value",new Jn(new Float32Array(l*c),1)),this.mesh=new qn(p,this.material),this.scene.add(this.mesh),this.framed=!1);let f=p.getAttribute("position").array,v=p.getAttribute("value").array,R=[];for(let _=0;_<l;_++)for(let w=0;w<c;w++){let O=_*c+w;f[3*O]=_t(a.data,w),f[3*O+1]=m(_,w)*g,f[3*O+2]=_t(o.data,_),v[O]=S(_,w),_+1<l&&w+1<c&&R.push(O,O+c,O+1,O+1,O+c,O+c+1)}let x=[];for(let _=0;_<R.length;_+=3)Number.isFinite(f[3*R[_]+1])&&Number.isFinite(f[3*R[_+1]+1])&&Number.isFinite(f[3*R[_+2]+1])&&x.push(R[_],R[_+1],R[_+2]);p.setIndex(x),p.getAttribute("position").needsUpdate=!0,p.getAttribute("value").needsUpdate=!0,p.computeVertexNormals(),p.computeBoundingBox(),p.computeBoundingSphere(),this.mesh.visible=!0,this.material.uniforms.shading.value=e.shading==="flat"?1:e.shading==="none"?2:0;let T=ps(e.colormap);this.lut.image.data.set(Us(T)),this.lut.needsUpdate=!0;let A=Fs(e.color_limits,[u.values]);this.material.uniforms.limits.value.set(A[0],A[1]),this.colorBar.show(T,A,typeof u.decl?.unit=="string"?u.decl.unit:null),this.updateMarker(l,c),this.framed||this.frameGrid(),this.requestDraw()}frameGrid(){let e=this.mesh?.geometry.boundingBox;if(!e||e.isEmpty())return;let t=e.getCenter(new X),n=e.getSize(new X);this.span=Math.max(n.x,n.z,n.y,1e-6);let s=Math.tan(this.camera.fov*Math.PI/360),r=Math.max(n.z/2/s,n.x/2/(s*this.camera.aspect))*1.15+n.y/2,o=Th(this.state.resolvedView(this.viewId));o?Rh(this.camera,o,t,n.length()/2):(this.camera.position.set(t.x,t.y+r*.82,t.z+r*.57),this.camera.near=r/1e3,this.camera.far=r*100,this.camera.lookAt(t),this.camera.updateProjectionMatrix()),this.controls&&(this.controls.target.copy(t),this.controls.update()),this.framed=!1}updateMarker(e,t){let n=this.state.frontendState,s=this.grid,r=s?n.get(`${this.viewId}.${s.rowDim}`):void 0,o=s?n.get(`${this.viewId}.${s.colDim}`):void 0,a=Number.isInteger(r)&&Number.isInteger(o)&&r>=0&&r<e&&o>=0&&o<t;if(this.marker.visible=!!a&&!!this.mesh,a&&this.mesh){let l=this.mesh.geometry.getAttribute("position"),c=r*t+o;this.marker.position.set(l.getX(c),l.getY(c),l.getZ(c)),this.marker.scale.setScalar(this.span*.012)}}clickAt(e,t){if(!this.mesh||!this.grid||!this.mesh.visible)return null;let n=this.host.clientWidth,s=this.host.clientHeight,r=new Ua;r.setFromCamera(new Je(e/n*2-1,1-t/s*2),this.camera);let o=r.intersectObject(this.mesh,!1)[0];if(!o||!o.face)return null;let a=this.mesh.geometry.getAttribute("position"),l=-1,c=1/0;for(let m of[o.face.a,o.face.b,o.face.c]){let g=o.point.distanceToSquared(new X(a.getX(m),a.getY(m),a.getZ(m)));g<c&&(c=g,l=m)}let h=this.grid.cols.shape[0],d=Math.floor(l/h),u=l%h;return this.ctx?.setLocalState({[`${this.viewId}.${this.grid.rowDim}`]:d,[`${this.viewId}.${this.grid.colDim}`]:u}),[d,u]}pointPixel(e,t){if(!this.mesh||!this.grid)return null;let n=this.mesh.geometry.getAttribute("position"),s=e*this.grid.cols.shape[0]+t,r=new X(n.getX(s),n.getY(s),n.getZ(s)).project(this.camera);return[(r.x+1)/2*this.host.clientWidth,(1-r.y)/2*this.host.clientHeight]}requestDraw(){this.raf||(this.raf=requestAnimationFrame(()=>{this.raf=0,this.draw()}))}draw(){this.renderer?.render(this.scene,this.camera)}resize(){if(!this.renderer)return;let e=Math.max(1,this.host.clientWidth),t=Math.max(1,this.host.clientHeight);this.renderer.setSize(e,t,!1),this.camera.aspect=e/t,this.camera.updateProjectionMatrix(),this.requestDraw()}};function n_(i,e,t,n){return new xf(i,e,t,n)}var bE={morphology:K0,surface:n_,line_plot:Km,state_graph:e_,raster:J0,image:yp},vf=class{frame;constructor(e,t){this.frame=new Zn("unknown",e),this.frame.say(`this viewer cannot draw a view of kind ${JSON.stringify(t)}`)}build(e){e.append(this.frame.root)}apply(e){}close(){this.frame.root.remove()}},i_=(i,e,t,n)=>{let s=String(e.view(i)?.kind),r=bE[s];return r?r(i,e,t,n):new vf(i,s)};function ME(i,e){let t=i&&Number.isFinite(i)?i:e/1e3;return Math.max(0,Math.min(6,t>0?-Math.floor(Math.log10(t)):3))}function wE(i,e){return Number.isFinite(e)&&e>=i.min&&e<=i.max&&(!i.integer||Number.isInteger(e))}var Ph=class{constructor(e,t,n,s){this.panel=e;this.state=t;this.send=n;this.onError=s;this.root.className="sw-controls"}panel;state;send;onError;root=document.createElement("div");editors=new Map;buttons=[];enabled=!0;build(){this.root.replaceChildren(),this.editors.clear(),this.buttons.length=0;let e=document.createElement("div");e.className="sw-controls-grid";for(let n of this.panel.control_ids??[]){let s;try{s=this.state.control(n)}catch{continue}if(!s)continue;let r=this.editor(s);this.editors.set(n,r),e.append(r.row)}this.root.append(e);let t=this.state.scene?.actions??[];for(let n of this.panel.action_ids??[]){let s=t.find(a=>a.id===n);if(!s)continue;let r=document.createElement("button");r.className="sw-action",r.dataset.actionId=n;let o=(s.shortcuts??[]).filter(a=>typeof a=="string");r.textContent=o.length?`${s.label}  [${o.join(", ")}]`:String(s.label),r.addEventListener("click",()=>this.send({kind:"invoke_action",action_id:n,payload:s.payload??{}})),this.buttons.push(r),this.root.append(r)}this.setEnabled(this.enabled)}update(e){for(let t of e){let n=this.editors.get(t);if(n)try{n.show(this.state.control(t).value)}catch{}}}setEnabled(e){this.enabled=e;for(let t of this.editors.values())t.setEnabled(e);for(let t of this.buttons)t.disabled=!e;this.root.title=e?"":"Read-only: this viewer observes the run; take control in the status bar to steer."}changed(e,t){e.send_to_session&&this.send({kind:"set_control",control_id:e.id,value:t})}editor(e){let t=document.createElement("div");t.className="sw-control",t.dataset.controlId=e.id;let n=document.createElement("label");n.className="sw-control-label",n.textContent=String(e.label),t.append(n);let s=e.spec??{};switch(s.kind){case"scalar":return this.scalar(e,s,t);case"bool":{let r=document.createElement("input");return r.type="checkbox",r.checked=e.value===!0,r.addEventListener("change",()=>this.changed(e,r.checked)),t.append(r),{row:t,show:o=>{r.checked=o===!0},setEnabled:o=>{r.disabled=!o}}}case"choice":{let r=document.createElement("select");for(let o of s.options??[]){let a=document.createElement("option");a.value=a.textContent=String(o),r.append(a)}return r.value=String(e.value),r.addEventListener("change",()=>this.changed(e,r.value)),t.append(r),{row:t,show:o=>{r.value=String(o)},setEnabled:o=>{r.disabled=!o}}}case"xy":{let r=[0,1].map(a=>{let l=document.createElement("input");l.type="number";let c=a===0?s.x_range:s.y_range;return l.min=String(c[0]),l.max=String(c[1]),l.step="any",l.value=String(Array.isArray(e.value)?e.value[a]:0),l}),o=()=>{let a=r.map(c=>Number(c.value));a.every((c,h)=>{let d=h===0?s.x_range:s.y_range;return Number.isFinite(c)&&c>=d[0]&&c<=d[1]})?this.changed(e,a):this.onError(`${e.label}: [${a.join(", ")}] is outside its ranges`)};return r.forEach(a=>{a.addEventListener("change",o),t.append(a)}),{row:t,show:a=>{Array.isArray(a)&&r.forEach((l,c)=>{l.value=String(a[c])})},setEnabled:a=>r.forEach(l=>{l.disabled=!a})}}default:{let r=document.createElement("span");return r.textContent=JSON.stringify(e.value),t.append(r),{row:t,show:o=>{r.textContent=JSON.stringify(o)},setEnabled:()=>{}}}}}scalar(e,t,n){let s=t.max-t.min,r=Number.isFinite(s),o=typeof t.step=="number"&&t.step>0?t.step:t.integer?1:void 0,a=document.createElement("input");a.type="number",a.className="sw-number",Number.isFinite(t.min)&&(a.min=String(t.min)),Number.isFinite(t.max)&&(a.max=String(t.max)),a.step=o?String(o):"any";let l=ME(o,r?s:1),c=g=>t.integer?String(Math.round(g)):g.toFixed(l),h=null;r&&(h=document.createElement("input"),h.type="range",h.className="sw-slider",h.min=String(t.min),h.max=String(t.max),h.step=String(o||s/1e3),n.append(h)),n.append(a);let d=e.value,u=g=>{typeof g=="number"&&(d=g,a.value=c(g),h&&(h.value=String(g)))};u(e.value);let m=g=>{let S=t.integer?Math.round(g):g;if(o&&r&&(S=t.min+Math.round((S-t.min)/o)*o),t.integer||(S=Number(S.toPrecision(12))),!wE(t,S)){this.onError(`${e.label}: ${g} is not a value it takes`),u(d);return}u(S),this.changed(e,S)};return h?.addEventListener("input",()=>{a.value=c(Number(h.value))}),h?.addEventListener("change",()=>m(Number(h.value))),a.addEventListener("change",()=>m(Number(a.value))),{row:n,show:u,setEnabled:g=>{a.disabled=!g,h&&(h.disabled=!g)}}}};var Sf={" ":"Space",Enter:"Enter",Escape:"Escape",Tab:"Tab",Backspace:"Backspace",Delete:"Delete",Insert:"Insert",Home:"Home",End:"End",PageUp:"PageUp",PageDown:"PageDown",ArrowLeft:"Left",ArrowRight:"Right",ArrowUp:"Up",ArrowDown:"Down"};for(let i=1;i<=12;i++)Sf[`F${i}`]=`F${i}`;function s_(i){let e,t=i.shiftKey;if(i.key in Sf)e=Sf[i.key];else if([...i.key].length===1){let n=i.key.toLowerCase()!==i.key.toUpperCase();e=n?i.key.toLowerCase():i.key,t=t&&n}else return null;return(i.ctrlKey?"Ctrl+":"")+(i.altKey?"Alt+":"")+(t?"Shift+":"")+e}function EE(i){let e=new Map;i.forEach((n,s)=>n.forEach((r,o)=>{let a=e.get(r);a?(a[0]=Math.min(a[0],s),a[1]=Math.min(a[1],o),a[2]=Math.max(a[2],s),a[3]=Math.max(a[3],o)):e.set(r,[s,o,s,o])}));let t=new Map;for(let[n,[s,r,o,a]]of e)t.set(n,[s,r,o-s+1,a-r+1]);return t}function AE(i){let e=i.filter(o=>o.kind!=="controls").map(o=>o.id),t=i.filter(o=>o.kind==="controls").map(o=>o.id),n=e.length<=3?1:2,s=Math.max(1,Math.ceil(e.length/n)),r=new Map;return e.forEach((o,a)=>r.set(o,[Math.floor(a/n),a%n,1,1])),e.length&&n===2&&e.length%2&&r.set(e[e.length-1],[s-1,0,1,2]),t.forEach((o,a)=>r.set(o,[t.length>1?a:0,n,t.length===1?s:1,1])),r}function r_(i,e){let t=new Map;for(let[r,[o,,a]]of i){for(let l=o;l<o+a;l++)t.has(l)||t.set(l,new Set);a===1&&t.get(o).add(e.get(r)??"")}let n=Math.max(0,...[...t.keys()].map(r=>r+1)),s=Array.from({length:n},(r,o)=>{let a=t.get(o);return a&&a.size===1&&a.has("controls")?0:1});return s.some(r=>r)?s:s.map(()=>1)}function o_(i,e){let t=new Map;for(let[s,[,r,,o]]of i)for(let a=r;a<r+o;a++)t.has(a)||t.set(a,new Set),t.get(a).add(e.get(s)??"");let n=Math.max(0,...[...t.keys()].map(s=>s+1));return Array.from({length:n},(s,r)=>{let o=t.get(r);return o&&o.size===1&&o.has("controls")?0:1})}function a_(i){let e=i?.panels??[];return Array.isArray(i?.panel_grid)&&i.panel_grid.length?EE(i.panel_grid):AE(e)}function bf(i){return i.map(e=>e?"minmax(0, 1fr)":"auto").join(" ")}function Ja(i){let e=String(i??"");return e.length>16384&&(e=`${e.slice(0,16384)}\u2026 (${e.length} characters, cut)`),e.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,t=>{let n=t.charCodeAt(0);return t===`
`?"\\n":t==="\r"?"\\r":t==="	"?"\\t":n<=255?`\\x${n.toString(16).padStart(2,"0")}`:`\\u${n.toString(16).padStart(4,"0")}`})}function gi(i,e,t=""){let n=document.createElement(i);return n.className=e,t&&(n.textContent=t),n}var Ih=class{root=gi("div","sw-status");role=gi("div","sw-role");roleTag=gi("span","sw-role-tag");roleButton=gi("button","sw-role-button");message=gi("div","sw-status-message");errorBox=gi("div","sw-error");errorText=gi("span","sw-error-text");dismiss=gi("button","sw-error-dismiss","\u2715");runButtons=gi("div","sw-run-buttons");pauseButton=gi("button","sw-run-pause","Pause");stepButton=gi("button","sw-run-step","Step");run=gi("div","sw-run");clock=gi("div","sw-clock");errors=[];errorCount=0;clear=null;constructor(){this.role.append(this.roleTag,this.roleButton),this.role.hidden=!0,this.errorBox.append(this.errorText,this.dismiss),this.errorBox.hidden=!0,this.dismiss.title="Dismiss",this.dismiss.addEventListener("click",()=>this.dismissErrors()),this.pauseButton.title="Pause or resume the run (Space)",this.stepButton.title="Advance the run one tick, then wait paused (.)",this.runButtons.append(this.pauseButton,this.stepButton),this.runButtons.hidden=!0,this.run.hidden=!0,this.clock.hidden=!0,this.clock.title="simulation time of the last tick shown",this.root.append(this.role,this.message,this.errorBox,this.runButtons,this.run,this.clock)}showStatus(e,t){let n=Ja(e);this.message.textContent=n,this.message.title=n,this.clear&&clearTimeout(this.clear),this.clear=null,typeof t=="number"&&t>0&&(this.clear=setTimeout(()=>{this.message.textContent=""},t))}showError(e){let t=Ja(e);this.errors.push(t),this.errors.splice(0,Math.max(0,this.errors.length-100)),this.errorCount++,this.errorText.textContent=this.errorCount===1?t:`${t}  (${this.errorCount} errors)`,this.errorBox.title=this.errors.slice(-20).join(`
`),this.errorBox.hidden=!1}dismissErrors(){this.errors=[],this.errorCount=0,this.errorText.textContent="",this.errorBox.hidden=!0}showTick(e,t){if(!e){this.clock.hidden=!0;return}this.clock.textContent=typeof e.time=="number"?`t = ${Number(e.time.toPrecision(6))}${t?` ${t}`:""}`:`tick ${e.index}`,this.clock.title=`simulation time of the last tick shown (tick ${e.index})`,this.clock.hidden=!1}showRun(e){if(this.pauseButton.textContent=e?.state==="paused"?"Resume":"Pause",!e||e.state==="running"&&(e.ticks_per_s===void 0||e.ticks_per_s===1/0)){this.run.hidden=!0;return}let t=e.state==="running"?[]:[e.state];typeof e.ticks_per_s=="number"&&Number.isFinite(e.ticks_per_s)&&t.push(`\u2264 ${Number(e.ticks_per_s.toPrecision(6))} ticks/s`),this.run.textContent=t.join(" \xB7 "),this.run.hidden=!1}showAccess(e,t,n){let s=n===1?"1 viewer":`${n} viewers`,r=e==="control"?"control":t?"waiting":"observe";this.role.dataset.state=r,this.roleTag.textContent=r==="control"?`Controlling${n>1?` \xB7 ${s}`:""}`:r==="waiting"?"Observing \xB7 waiting for control":`Observing \xB7 ${s}`,this.roleButton.textContent=r==="control"?"Give up control":r==="waiting"?"Cancel request":"Take control",this.role.hidden=!1}};var l_='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';var RE=`
.sw-app { position: absolute; inset: 0; display: flex; flex-direction: column; background: #efefef;
  font: 13px/1.35 "DejaVu Sans", "Segoe UI", system-ui, sans-serif; color: #1b1b1b; }
.sw-banner { background: #fde2e1; color: #8e0000; border-bottom: 1px solid #c62828; padding: 6px 10px; }
.sw-grid { flex: 1; display: grid; gap: 6px; padding: 4px 6px; min-height: 0; }
.sw-waiting { margin: auto; color: #555; font-size: 15px; }
.sw-panel { display: flex; flex-direction: column; min-width: 0; min-height: 0; }
.sw-panel-title { font-size: 12px; padding: 0 0 2px 0; min-height: 16px; }
.sw-panel-body { flex: 1; display: flex; flex-direction: column; gap: 4px; min-height: 0; border: 1px solid #c8c8c8;
  border-radius: 2px; background: #e8e8e8; padding: 5px; }
.sw-panel-controls .sw-panel-body { flex: 0 0 auto; }
.sw-view-slot { flex: 1; display: flex; min-height: 0; min-width: 0; }
.sw-view { flex: 1; display: flex; flex-direction: column; min-width: 0; min-height: 0; }
.sw-view-title { text-align: center; font-size: 14px; padding: 2px; background: #fff; }
.sw-view-body { flex: 1; position: relative; min-height: 120px; background: #fff; }
.sw-view-why { color: #8a4b00; background: #fff3d6; padding: 2px 6px; font-size: 12px; }
.sw-canvas-host { position: absolute; inset: 0; overflow: hidden; }
.sw-dark { background: #11141b; }
.sw-gl { display: block; width: 100%; height: 100%; outline: none; }
.sw-hover { position: absolute; pointer-events: none; color: #fff; font-size: 12px; background: rgba(0,0,0,0.45);
  padding: 1px 4px; border-radius: 2px; white-space: nowrap; }
.sw-scalebar { position: absolute; right: 92px; bottom: 14px; display: flex; flex-direction: column; align-items: center;
  color: #d9dee6; font-size: 11px; pointer-events: none; }
.sw-scalebar-line { height: 2px; background: #d9dee6; margin-top: 2px; }
.sw-colorbar { position: relative; width: 70px; display: flex; }
.sw-colorbar canvas { width: 14px; height: 100%; display: block; }
.sw-colorbar-labels { position: relative; flex: 1; font-size: 11px; }
.sw-colorbar-labels span { position: absolute; left: 4px; transform: translateY(-50%); white-space: nowrap; }
.sw-colorbar-labels .sw-colorbar-unit { left: 30px; writing-mode: vertical-rl; transform: translateY(-50%) rotate(180deg); }
.sw-colorbar-overlay { position: absolute; right: 8px; top: 10px; bottom: 10px; color: #d9dee6; }
.sw-with-colorbar .sw-colorbar { position: absolute; right: 0; top: 10px; bottom: 42px; color: #222; }
.sw-plot-host { position: absolute; inset: 0; overflow: hidden; padding: 4px; }
.sw-canvas2d canvas:first-child { display: block; }
.sw-graph-svg { position: absolute; left: 0; top: 0; bottom: 0; right: 76px; width: calc(100% - 76px); height: 100%; }
.sw-node { cursor: pointer; }
.sw-node text { pointer-events: none; user-select: none; }
.sw-uplot { font-size: 12px; }
.sw-uplot .u-legend { font-size: 12px; }
.sw-controls { display: flex; flex-direction: column; gap: 4px; }
.sw-controls-grid { display: grid; grid-template-columns: auto 1fr auto; gap: 4px 8px; align-items: center; }
.sw-control { display: contents; }
.sw-control-label { grid-column: 1; }
.sw-control > :nth-child(2):last-child { grid-column: 2 / span 2; justify-self: start; }
.sw-slider { width: 100%; min-width: 120px; }
.sw-number { width: 80px; }
.sw-action { padding: 3px 8px; background: #f6f6f6; border: 1px solid #b5b5b5; border-radius: 3px; }
.sw-action:hover:not(:disabled) { background: #fff; }
.sw-status { display: flex; align-items: center; gap: 10px; padding: 3px 8px; min-height: 24px; border-top: 1px solid #d4d4d4; }
.sw-status-message { flex: 1; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.sw-error { flex: 2; display: flex; align-items: center; gap: 4px; background: #fde2e1; border: 1px solid #c62828;
  border-radius: 3px; padding: 1px 2px 1px 6px; color: #8e0000; }
.sw-error-text { flex: 1; white-space: pre-wrap; word-break: break-word; }
.sw-error-dismiss { border: none; background: transparent; color: #8e0000; cursor: pointer; }
.sw-run { color: #8a4b00; font-weight: bold; }
.sw-run-buttons button { margin-left: 2px; }
.sw-clock { color: #333; min-width: 9em; text-align: right; font-variant-numeric: tabular-nums; }
.sw-role { display: flex; gap: 6px; align-items: center; }
.sw-role-tag { padding: 1px 6px; border-radius: 3px; border: 1px solid; }
.sw-role[data-state=control] .sw-role-tag { background: #e3f4e4; border-color: #2e7d32; color: #1b5e20; }
.sw-role[data-state=observe] .sw-role-tag { background: #e6eef8; border-color: #3d6fa8; color: #1f4470; }
.sw-role[data-state=waiting] .sw-role-tag { background: #fff3d6; border-color: #b7791f; color: #7a4d0b; }
[hidden] { display: none !important; }
`,c_=new WeakSet;function h_(i){if(c_.has(i))return;c_.add(i);let e=i.createElement("style");e.textContent=l_+RE,i.head.append(e)}var u_="Space",CE=".";function PE(i){if(!i)return null;if(typeof i.time_unit=="string")return i.time_unit;if(typeof i.metadata?.time_unit=="string")return i.metadata.time_unit;let e=new Set;for(let t of i.views??[])t.kind==="raster"&&typeof t.time_unit=="string"&&e.add(t.time_unit),t.kind==="line_plot"&&typeof t.x_unit=="string"&&/time|^t$/i.test(String(t.x_dim))&&e.add(t.x_unit);return e.size===1?[...e][0]:null}function IE(){return{scene:!1,layout:!1,fields:new Set,views:new Set,controls:new Set,actions:new Set,operators:new Set,panels:new Set,stateKeys:new Set,metadata:!1,status:null,errors:[],grown:new Map}}var Mf=class{constructor(e,t,n){this.state=t;this.connection=n;h_(e.ownerDocument),this.root=document.createElement("div"),this.root.className="sw-app",this.grid.className="sw-grid",this.waiting.className="sw-waiting",this.waiting.textContent="Waiting for the scene\u2026",this.banner.className="sw-banner",this.banner.hidden=!0,this.root.append(this.banner,this.grid,this.status.root),e.append(this.root),this.ctx={setLocalState:s=>this.setLocalState(s)},this.status.pauseButton.addEventListener("click",()=>this.togglePause()),this.status.stepButton.addEventListener("click",()=>this.send({kind:"run_control",action:"step",steps:1})),this.status.roleButton.addEventListener("click",()=>this.connection.send({kind:"control_request",want:this.status.role.dataset.state==="observe"})),this.unsubscribe.push(n.onChanges(s=>this.apply(s))),this.unsubscribe.push(n.onEvent(s=>this.event(s))),e.ownerDocument.addEventListener("keydown",this.onKey),this.status.runButtons.hidden=!((n.minor??0)>=1),this.rebuild()}state;connection;root;views=new Map;status=new Ih;controls=[];access="control";grid=document.createElement("div");waiting=document.createElement("div");banner=document.createElement("div");runState=null;lastTick=null;unsubscribe=[];ctx;onKey=e=>this.key(e);send=e=>{this.access==="control"&&this.connection.send(e)};close(){this.unsubscribe.forEach(e=>e()),this.root.ownerDocument.removeEventListener("keydown",this.onKey);for(let e of this.views.values())e.close();this.views.clear(),this.root.remove()}rebuild(){for(let o of this.views.values())o.close();if(this.views.clear(),this.controls.length=0,this.grid.replaceChildren(),!this.state.scene){this.grid.append(this.waiting),this.grid.style.gridTemplate="";return}let t=this.state.layout??{panels:[]};typeof t.title=="string"&&(this.root.ownerDocument.title=`${Ja(t.title)} \xB7 scenewire`);let n=t.panels??[],s=a_(t),r=new Map(n.map(o=>[o.id,o.kind]));this.grid.style.gridTemplateRows=bf(r_(s,r)),this.grid.style.gridTemplateColumns=bf(o_(s,r));for(let o of n){let a=s.get(o.id);if(!a)continue;let l=document.createElement("section");l.className=`sw-panel sw-panel-${o.kind}`,l.dataset.panelId=o.id,l.style.gridArea=`${a[0]+1} / ${a[1]+1} / span ${a[2]} / span ${a[3]}`;let c=document.createElement("div");c.className="sw-panel-title",c.textContent=typeof o.title=="string"?o.title:"";let h=document.createElement("div");if(h.className="sw-panel-body",l.append(c,h),this.grid.append(l),o.kind==="controls"){let d=new Ph(o,this.state,this.send,u=>this.status.showError(u));d.build(),d.setEnabled(this.access==="control"),h.append(d.root),this.controls.push(d)}else for(let d of o.view_ids??[]){let u=i_(d,this.state,this.send,this.ctx),m=document.createElement("div");m.className="sw-view-slot",h.append(m),u.build(m),this.views.set(d,u)}}}apply(e){if(e.scene||e.layout||e.panels.size||e.actions.size)this.rebuild();else{for(let t of this.views.values())try{t.apply(e)}catch(n){this.status.showError(`drawing failed: ${n.message}`)}if(e.controls.size)for(let t of this.controls)t.update(e.controls)}e.status&&this.status.showStatus(e.status.message,e.status.timeout_ms);for(let t of e.errors)this.status.showError(t.message)}event(e){switch(e.kind){case"open":this.banner.hidden=!0,this.status.runButtons.hidden=!(e.minor>=1),e.access&&this.setAccess(e.access);break;case"tick":this.lastTick=e.tick,this.status.showTick(e.tick,PE(this.state.scene));break;case"access":this.setAccess(e.access),this.status.showAccess(e.access,e.waiting,e.clients);break;case"run_state":this.runState=e,this.status.showRun(e);break;case"closed":{let t=e.reason?`: ${e.reason}`:"",n=e.meaning?`: ${e.meaning}`:"",s=e.code===1e3?`The session ended${t}`:`Disconnected${n} (close code ${e.code})${t}`;this.banner.textContent=Ja(s),this.banner.hidden=!1,this.status.showError(s),this.status.runButtons.hidden=!0;break}case"local_error":this.status.showError(e.message);break}}setAccess(e){this.access=e;for(let t of this.controls)t.setEnabled(e==="control");this.status.runButtons.classList.toggle("sw-disabled",e!=="control"),this.status.pauseButton.disabled=this.status.stepButton.disabled=e!=="control"}togglePause(){this.send({kind:"run_control",action:this.runState?.state==="paused"?"resume":"pause"})}key(e){let t=e.target;if(t&&(t.tagName==="INPUT"||t.tagName==="SELECT"||t.tagName==="TEXTAREA"||t.isContentEditable)||e.repeat)return;let n=s_(e);if(!n||n==="Home")return;let s=(this.state.scene?.actions??[]).find(r=>Array.isArray(r.shortcuts)&&r.shortcuts.includes(n));s?this.send({kind:"invoke_action",action_id:s.id,payload:s.payload??{}}):(n===u_||n===CE)&&(this.connection.minor??0)>=1?n===u_?this.togglePause():this.send({kind:"run_control",action:"step",steps:1}):this.send({kind:"key_pressed",key:n}),n==="Space"&&e.preventDefault()}setLocalState(e){let t=this.state.frontendState,n=IE();for(let[s,r]of Object.entries(e))r==null?t.delete(s):t.set(s,r),n.stateKeys.add(s);this.apply(n)}};function d_(i,e,t){return new Mf(i,e,t)}var f_=50;function p_(i){let e=new Set,t=s=>{for(let r of e)r(s)},n=i.status;return i.onStatus(s=>{for(let r of DE(n,s))t(r);n=s}),{send:s=>{try{i.send(s)}catch(r){t({kind:"local_error",message:`${String(s.kind)} was not sent: ${r instanceof Error?r.message:String(r)}`})}},onChanges:s=>LE(i,s),onEvent:s=>(e.add(s),()=>e.delete(s)),get minor(){return i.status.serverMinor}}}function LE(i,e,t=NE){let n=null,s=!0,r=()=>{let a=n;n=null,a&&s&&e(a)},o=i.onChanges(a=>{n===null&&(n=$r(),t(r)),fl(n,a),n.errors.length>f_&&n.errors.splice(0,n.errors.length-f_)});return()=>{s=!1,n=null,o()}}function NE(i){typeof requestAnimationFrame=="function"?requestAnimationFrame(i):setTimeout(i,0)}function DE(i,e){let t=[];e.phase==="open"&&i.phase!=="open"&&t.push({kind:"open",minor:e.serverMinor??0,implementation:e.serverImplementation??void 0,run:e.run??void 0,access:e.access?.access}),e.access&&e.access!==i.access&&t.push({kind:"access",...e.access}),e.runState&&e.runState!==i.runState&&t.push({kind:"run_state",...e.runState}),e.tick&&e.tick!==i.tick&&t.push({kind:"tick",tick:e.tick});for(let n of e.reports.slice(i.reports.length))t.push({kind:"local_error",message:`${n.code}: ${n.message}`});return e.phase==="closed"&&e.close&&(i.phase!=="closed"||i.close!==e.close)&&t.push({kind:"closed",code:e.close.code,reason:e.close.reason,meaning:e.close.meaning}),t}function m_(i){let e=new URLSearchParams(i.hash.replace(/^#/,"")).get("token")??new URLSearchParams(i.search).get("token");return`${i.protocol==="https:"?"wss:":"ws:"}//${i.host}/${e?`?token=${encodeURIComponent(e)}`:""}`}var g_=document.getElementById("app");if(g_){let i=new dl,e=new URLSearchParams(location.search).get("access")==="observe",t=new gl(i,{url:m_(location),access:e?"observe":void 0}),n=d_(g_,i,p_(t)),s=null,r=null;t.onStatus(o=>{r===null&&o.phase==="open"&&(r=performance.now())}),t.onChanges(()=>{s===null&&i.scene&&i.scene.fields.length>0&&(s=performance.now())}),window.__scenewire={state:i,connection:t,app:n,summary:()=>({phase:t.status.phase,tick:t.status.tick,close:t.status.close,reports:t.status.reports,server:t.status.serverImplementation,serverMinor:t.status.serverMinor,run:t.status.run,access:t.status.access,runState:t.status.runState,fields:i.scene?Object.fromEntries(i.scene.fields.map(o=>[o.id,o.values.shape])):null,views:i.scene?i.scene.views.map(o=>o.id):null,status:i.status?.message??null,firstSceneMs:s,helloMs:r,error:i.error?.message??null}),wire:()=>cp(i)},addEventListener("pagehide",()=>t.leave()),t.connect()}
