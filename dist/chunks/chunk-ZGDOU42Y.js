import { createRequire as __saejobCreateRequire } from 'node:module'; const require = __saejobCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/pipeline/diagnostics.ts
function formatFieldPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out;
}
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
var byPosition = (a, b) => a.line - b.line || a.col - b.col;
function sortDiagnostics(diagnostics) {
  const order = /* @__PURE__ */ new Map();
  for (const d of diagnostics) if (!order.has(d.file)) order.set(d.file, order.size);
  return [...diagnostics].sort((a, b) => order.get(a.file) - order.get(b.file) || byPosition(a, b));
}
function quoteValue(v, max = 60) {
  const text = typeof v === "string" ? v : String(v);
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}\u2026` : text);
}

// src/pipeline/cron.ts
var MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
var DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
var FIELDS = [
  { name: "minute", min: 0, max: 59, question: false },
  { name: "hour", min: 0, max: 23, question: false },
  { name: "day-of-month", min: 1, max: 31, question: true },
  { name: "month", min: 1, max: 12, names: MONTHS, question: false },
  { name: "day-of-week", min: 0, max: 7, names: DAYS, question: true }
];
function parseValue(text, field) {
  if (/^[0-9]+$/.test(text)) {
    const n = Number(text);
    return n < field.min || n > field.max ? `${field.name} value ${n} is out of range ${field.min}-${field.max}` : n;
  }
  const idx = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (idx >= 0) return field.names === MONTHS ? idx + 1 : idx;
  return `${field.name} has "${text}", which is not a number${field.names ? ` or a name such as ${field.names[0]}` : ""}`;
}
function checkField(text, field) {
  if (text === "?") return field.question ? void 0 : `"?" is allowed only in day-of-month or day-of-week, not in ${field.name}`;
  for (const part of text.split(",")) {
    if (part === "") return `${field.name} has an empty list item`;
    const [range, step, extra] = part.split("/");
    if (extra !== void 0) return `${field.name} has more than one "/" in "${part}"`;
    if (step !== void 0 && !/^[1-9][0-9]*$/.test(step)) return `${field.name} step "${step}" must be a positive number`;
    if (range === "*") continue;
    const bounds = range.split("-");
    if (bounds.length > 2) return `${field.name} range "${range}" has more than one "-"`;
    const values = bounds.map((b) => parseValue(b, field));
    const bad = values.find((v) => typeof v === "string");
    if (bad !== void 0) return bad;
    if (values.length === 2 && values[0] > values[1]) return `${field.name} range "${range}" goes backwards`;
  }
  return void 0;
}
function checkCron(expression) {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) {
    return `has ${fields.length} field${fields.length === 1 ? "" : "s"}; write 5: minute hour day-of-month month day-of-week (e.g. "0 1 * * ?")`;
  }
  for (let i = 0; i < 5; i++) {
    const problem = checkField(fields[i], FIELDS[i]);
    if (problem) return problem;
  }
  return neverFires(fields);
}
function expand(text, field) {
  const out = /* @__PURE__ */ new Set();
  if (text === "?") {
    for (let v = field.min; v <= field.max; v++) out.add(v);
    return out;
  }
  for (const part of text.split(",")) {
    const [range, step] = part.split("/");
    const [lo, hi] = range === "*" ? [field.min, field.max] : range.split("-").map((b) => parseValue(b, field));
    const end = hi ?? (step ? field.max : lo);
    for (let v = lo; v <= end; v += Number(step ?? 1)) out.add(v);
  }
  return out;
}
var MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function neverFires(fields) {
  if (fields[4] !== "*" && fields[4] !== "?") return void 0;
  const days = expand(fields[2], FIELDS[2]);
  const months = expand(fields[3], FIELDS[3]);
  for (const m of months) for (const d of days) if (d <= MONTH_DAYS[m - 1]) return void 0;
  return `never fires: no month it names (${fields[3]}) has the day ${fields[2]}; pick a day every such month has`;
}

// src/pipeline/envref.ts
var REF = /\$(\$)?\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$\$\{/g;
function expandEnvRefs(text, env) {
  const missing = [];
  const used = [];
  const value = text.replace(REF, (match, escaped, name, fallback) => {
    if (name === void 0 || escaped) return match.slice(1);
    const v = env[name];
    if (v === void 0) {
      if (fallback !== void 0) return fallback;
      missing.push(name);
      return match;
    }
    used.push(name);
    return v;
  });
  return { value, missing, used };
}
function isWholeEnvRef(text) {
  return /^\$\{env:[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}$/.test(text);
}
var VARIABLE_REF = /(?<!\$)\$\{var:([A-Za-z_][A-Za-z0-9_]*)/;
var SECRET_NAME = /SECRET|PASSW|PASSWD|PGPASS|_PASS$|^PASS$|PWD|TOKEN|PRIVATE|CREDENTIAL|_KEY$|APIKEY|API_KEY|ACCESS_KEY|AUTH|_PW$|CERT|PEM$|SIGNING|COOKIE|SALT$/i;
function badEnvRefs(text) {
  if (!text.includes("${")) return [];
  const out = [];
  for (const m of text.matchAll(/\$\$\{|\$\{env:[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}|\$\{var:[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}|\$\{[^}]{0,40}\}?/g)) {
    const t = m[0];
    if (t === "$${" || /^\$\{(env|var):[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}$/.test(t)) continue;
    const shown = JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}\u2026` : t);
    if (/^\$\{\s*env\s*:/.test(t)) {
      out.push(t.endsWith("}") ? `${shown} is not a valid reference: the variable name takes letters, digits and _ (e.g. \${env:DB_HOST})` : `${shown} is not closed: write \${env:NAME} with its closing }`);
    } else out.push(`${shown} is not a saejob reference: write \${env:NAME} for an environment variable, or $\${ for a literal "\${" (shell: $\${HOME})`);
  }
  return out;
}

// src/pipeline/quantity.ts
function cpuMillicores(value) {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : void 0;
  if (typeof value !== "string") return void 0;
  const milli = /^([0-9]+)m$/.exec(value);
  if (milli) return Number(milli[1]);
  if (/^[0-9]+(\.[0-9]+)?$/.test(value)) {
    const m = Math.round(Number(value) * 1e3);
    return m > 0 ? m : void 0;
  }
  return void 0;
}
function memoryMegabytes(value) {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : void 0;
  if (typeof value !== "string") return void 0;
  const q = /^([0-9]+)(Mi|Gi)$/.exec(value);
  if (!q) return void 0;
  const n = Number(q[1]) * (q[2] === "Gi" ? 1024 : 1);
  return n > 0 ? n : void 0;
}
var INSTANCE_SPECS = /* @__PURE__ */ new Map([
  [1024, [500, 1e3]],
  [2048, [500, 1e3, 2e3]],
  [4096, [1e3, 2e3, 4e3]],
  [8192, [2e3, 4e3, 8e3]],
  [12288, [12e3]],
  [16384, [4e3, 8e3, 16e3]],
  [24576, [12e3]],
  [32768, [16e3]],
  [65536, [8e3, 16e3, 32e3]],
  [131072, [32e3]]
]);
function isSupportedSpec(cpu, memory) {
  return INSTANCE_SPECS.get(memory)?.includes(cpu) ?? false;
}
function memoriesForCpu(cpu) {
  return [...INSTANCE_SPECS].filter(([, cpus]) => cpus.includes(cpu)).map(([mem]) => mem);
}

// src/pipeline/region.ts
function namespaceRegion(namespace) {
  if (!namespace) return void 0;
  const i = namespace.indexOf(":");
  return i > 0 ? namespace.slice(0, i) : /^[a-z]{2,}-[a-z0-9]+(-[a-z0-9]+)*$/.test(namespace) ? namespace : void 0;
}
function resolveRegion(s) {
  return s.metadataRegion ?? namespaceRegion(s.namespace) ?? s.flag ?? s.env;
}
var SAE_REGIONS = ["cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-zhangjiakou", "cn-wulanchabu", "cn-shenzhen", "cn-heyuan", "cn-guangzhou", "cn-chengdu", "cn-hongkong", "ap-southeast-1", "ap-northeast-1", "us-west-1", "us-east-1", "eu-central-1"];

// src/pipeline/suggest.ts
function editDistance(a, b) {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}
function nearest(word, candidates) {
  let best;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best !== void 0 && bestScore <= Math.max(2, Math.floor(best.length / 3)) ? best : void 0;
}

// src/generated/time-zones.ts
var TIME_ZONES = /* @__PURE__ */ new Set(["Africa/Abidjan", "Africa/Accra", "Africa/Addis_Ababa", "Africa/Algiers", "Africa/Asmera", "Africa/Bamako", "Africa/Bangui", "Africa/Banjul", "Africa/Bissau", "Africa/Blantyre", "Africa/Brazzaville", "Africa/Bujumbura", "Africa/Cairo", "Africa/Casablanca", "Africa/Ceuta", "Africa/Conakry", "Africa/Dakar", "Africa/Dar_es_Salaam", "Africa/Djibouti", "Africa/Douala", "Africa/El_Aaiun", "Africa/Freetown", "Africa/Gaborone", "Africa/Harare", "Africa/Johannesburg", "Africa/Juba", "Africa/Kampala", "Africa/Khartoum", "Africa/Kigali", "Africa/Kinshasa", "Africa/Lagos", "Africa/Libreville", "Africa/Lome", "Africa/Luanda", "Africa/Lubumbashi", "Africa/Lusaka", "Africa/Malabo", "Africa/Maputo", "Africa/Maseru", "Africa/Mbabane", "Africa/Mogadishu", "Africa/Monrovia", "Africa/Nairobi", "Africa/Ndjamena", "Africa/Niamey", "Africa/Nouakchott", "Africa/Ouagadougou", "Africa/Porto-Novo", "Africa/Sao_Tome", "Africa/Tripoli", "Africa/Tunis", "Africa/Windhoek", "America/Adak", "America/Anchorage", "America/Anguilla", "America/Antigua", "America/Araguaina", "America/Argentina/La_Rioja", "America/Argentina/Rio_Gallegos", "America/Argentina/Salta", "America/Argentina/San_Juan", "America/Argentina/San_Luis", "America/Argentina/Tucuman", "America/Argentina/Ushuaia", "America/Aruba", "America/Asuncion", "America/Bahia", "America/Bahia_Banderas", "America/Barbados", "America/Belem", "America/Belize", "America/Blanc-Sablon", "America/Boa_Vista", "America/Bogota", "America/Boise", "America/Buenos_Aires", "America/Cambridge_Bay", "America/Campo_Grande", "America/Cancun", "America/Caracas", "America/Catamarca", "America/Cayenne", "America/Cayman", "America/Chicago", "America/Chihuahua", "America/Ciudad_Juarez", "America/Coral_Harbour", "America/Cordoba", "America/Costa_Rica", "America/Coyhaique", "America/Creston", "America/Cuiaba", "America/Curacao", "America/Danmarkshavn", "America/Dawson", "America/Dawson_Creek", "America/Denver", "America/Detroit", "America/Dominica", "America/Edmonton", "America/Eirunepe", "America/El_Salvador", "America/Fort_Nelson", "America/Fortaleza", "America/Glace_Bay", "America/Godthab", "America/Goose_Bay", "America/Grand_Turk", "America/Grenada", "America/Guadeloupe", "America/Guatemala", "America/Guayaquil", "America/Guyana", "America/Halifax", "America/Havana", "America/Hermosillo", "America/Indiana/Knox", "America/Indiana/Marengo", "America/Indiana/Petersburg", "America/Indiana/Tell_City", "America/Indiana/Vevay", "America/Indiana/Vincennes", "America/Indiana/Winamac", "America/Indianapolis", "America/Inuvik", "America/Iqaluit", "America/Jamaica", "America/Jujuy", "America/Juneau", "America/Kentucky/Monticello", "America/Kralendijk", "America/La_Paz", "America/Lima", "America/Los_Angeles", "America/Louisville", "America/Lower_Princes", "America/Maceio", "America/Managua", "America/Manaus", "America/Marigot", "America/Martinique", "America/Matamoros", "America/Mazatlan", "America/Mendoza", "America/Menominee", "America/Merida", "America/Metlakatla", "America/Mexico_City", "America/Miquelon", "America/Moncton", "America/Monterrey", "America/Montevideo", "America/Montserrat", "America/Nassau", "America/New_York", "America/Nome", "America/Noronha", "America/North_Dakota/Beulah", "America/North_Dakota/Center", "America/North_Dakota/New_Salem", "America/Ojinaga", "America/Panama", "America/Paramaribo", "America/Phoenix", "America/Port-au-Prince", "America/Port_of_Spain", "America/Porto_Velho", "America/Puerto_Rico", "America/Punta_Arenas", "America/Rankin_Inlet", "America/Recife", "America/Regina", "America/Resolute", "America/Rio_Branco", "America/Santarem", "America/Santiago", "America/Santo_Domingo", "America/Sao_Paulo", "America/Scoresbysund", "America/Sitka", "America/St_Barthelemy", "America/St_Johns", "America/St_Kitts", "America/St_Lucia", "America/St_Thomas", "America/St_Vincent", "America/Swift_Current", "America/Tegucigalpa", "America/Thule", "America/Tijuana", "America/Toronto", "America/Tortola", "America/Vancouver", "America/Whitehorse", "America/Winnipeg", "America/Yakutat", "Antarctica/Casey", "Antarctica/Davis", "Antarctica/DumontDUrville", "Antarctica/Macquarie", "Antarctica/Mawson", "Antarctica/McMurdo", "Antarctica/Palmer", "Antarctica/Rothera", "Antarctica/Syowa", "Antarctica/Troll", "Antarctica/Vostok", "Arctic/Longyearbyen", "Asia/Aden", "Asia/Almaty", "Asia/Amman", "Asia/Anadyr", "Asia/Aqtau", "Asia/Aqtobe", "Asia/Ashgabat", "Asia/Atyrau", "Asia/Baghdad", "Asia/Bahrain", "Asia/Baku", "Asia/Bangkok", "Asia/Barnaul", "Asia/Beirut", "Asia/Bishkek", "Asia/Brunei", "Asia/Calcutta", "Asia/Chita", "Asia/Colombo", "Asia/Damascus", "Asia/Dhaka", "Asia/Dili", "Asia/Dubai", "Asia/Dushanbe", "Asia/Famagusta", "Asia/Gaza", "Asia/Hebron", "Asia/Hong_Kong", "Asia/Hovd", "Asia/Irkutsk", "Asia/Jakarta", "Asia/Jayapura", "Asia/Jerusalem", "Asia/Kabul", "Asia/Kamchatka", "Asia/Karachi", "Asia/Katmandu", "Asia/Khandyga", "Asia/Krasnoyarsk", "Asia/Kuala_Lumpur", "Asia/Kuching", "Asia/Kuwait", "Asia/Macau", "Asia/Magadan", "Asia/Makassar", "Asia/Manila", "Asia/Muscat", "Asia/Nicosia", "Asia/Novokuznetsk", "Asia/Novosibirsk", "Asia/Omsk", "Asia/Oral", "Asia/Phnom_Penh", "Asia/Pontianak", "Asia/Pyongyang", "Asia/Qatar", "Asia/Qostanay", "Asia/Qyzylorda", "Asia/Rangoon", "Asia/Riyadh", "Asia/Saigon", "Asia/Sakhalin", "Asia/Samarkand", "Asia/Seoul", "Asia/Shanghai", "Asia/Singapore", "Asia/Srednekolymsk", "Asia/Taipei", "Asia/Tashkent", "Asia/Tbilisi", "Asia/Tehran", "Asia/Thimphu", "Asia/Tokyo", "Asia/Tomsk", "Asia/Ulaanbaatar", "Asia/Urumqi", "Asia/Ust-Nera", "Asia/Vientiane", "Asia/Vladivostok", "Asia/Yakutsk", "Asia/Yekaterinburg", "Asia/Yerevan", "Atlantic/Azores", "Atlantic/Bermuda", "Atlantic/Canary", "Atlantic/Cape_Verde", "Atlantic/Faeroe", "Atlantic/Madeira", "Atlantic/Reykjavik", "Atlantic/South_Georgia", "Atlantic/St_Helena", "Atlantic/Stanley", "Australia/Adelaide", "Australia/Brisbane", "Australia/Broken_Hill", "Australia/Darwin", "Australia/Eucla", "Australia/Hobart", "Australia/Lindeman", "Australia/Lord_Howe", "Australia/Melbourne", "Australia/Perth", "Australia/Sydney", "Etc/GMT", "Etc/UTC", "Europe/Amsterdam", "Europe/Andorra", "Europe/Astrakhan", "Europe/Athens", "Europe/Belgrade", "Europe/Berlin", "Europe/Bratislava", "Europe/Brussels", "Europe/Bucharest", "Europe/Budapest", "Europe/Busingen", "Europe/Chisinau", "Europe/Copenhagen", "Europe/Dublin", "Europe/Gibraltar", "Europe/Guernsey", "Europe/Helsinki", "Europe/Isle_of_Man", "Europe/Istanbul", "Europe/Jersey", "Europe/Kaliningrad", "Europe/Kiev", "Europe/Kirov", "Europe/Lisbon", "Europe/Ljubljana", "Europe/London", "Europe/Luxembourg", "Europe/Madrid", "Europe/Malta", "Europe/Mariehamn", "Europe/Minsk", "Europe/Monaco", "Europe/Moscow", "Europe/Oslo", "Europe/Paris", "Europe/Podgorica", "Europe/Prague", "Europe/Riga", "Europe/Rome", "Europe/Samara", "Europe/San_Marino", "Europe/Sarajevo", "Europe/Saratov", "Europe/Simferopol", "Europe/Skopje", "Europe/Sofia", "Europe/Stockholm", "Europe/Tallinn", "Europe/Tirane", "Europe/Ulyanovsk", "Europe/Vaduz", "Europe/Vatican", "Europe/Vienna", "Europe/Vilnius", "Europe/Volgograd", "Europe/Warsaw", "Europe/Zagreb", "Europe/Zurich", "GMT", "Indian/Antananarivo", "Indian/Chagos", "Indian/Christmas", "Indian/Cocos", "Indian/Comoro", "Indian/Kerguelen", "Indian/Mahe", "Indian/Maldives", "Indian/Mauritius", "Indian/Mayotte", "Indian/Reunion", "Pacific/Apia", "Pacific/Auckland", "Pacific/Bougainville", "Pacific/Chatham", "Pacific/Easter", "Pacific/Efate", "Pacific/Enderbury", "Pacific/Fakaofo", "Pacific/Fiji", "Pacific/Funafuti", "Pacific/Galapagos", "Pacific/Gambier", "Pacific/Guadalcanal", "Pacific/Guam", "Pacific/Honolulu", "Pacific/Kiritimati", "Pacific/Kosrae", "Pacific/Kwajalein", "Pacific/Majuro", "Pacific/Marquesas", "Pacific/Midway", "Pacific/Nauru", "Pacific/Niue", "Pacific/Norfolk", "Pacific/Noumea", "Pacific/Pago_Pago", "Pacific/Palau", "Pacific/Pitcairn", "Pacific/Ponape", "Pacific/Port_Moresby", "Pacific/Rarotonga", "Pacific/Saipan", "Pacific/Tahiti", "Pacific/Tarawa", "Pacific/Tongatapu", "Pacific/Truk", "Pacific/Wake", "Pacific/Wallis", "UTC"]);

// src/pipeline/rules.ts
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var asObj = (v) => isObj(v) ? v : {};
var asArr = (v) => Array.isArray(v) ? v : [];
var str = (v) => typeof v === "string" ? v : void 0;
var SCRIPT_PACKAGES = /* @__PURE__ */ new Set(["FatJar", "War", "PythonZip"]);
var T = ["spec", "template"];
var RuleContext = class {
  constructor(manifest, options) {
    this.manifest = manifest;
    this.options = options;
    this.metadata = asObj(manifest.metadata);
    this.spec = asObj(manifest.spec);
    this.template = asObj(this.spec.template);
  }
  manifest;
  options;
  metadata;
  spec;
  template;
  mountList;
  /** The log entries (`logs.sls[]`), each with its path, for the SLS rules. */
  get sls() {
    return asArr(asObj(this.template.logs).sls).map((entry, i) => ({ entry: asObj(entry), at: [...T, "logs", "sls", i], i }));
  }
  /** Every volume's mountPath, normalised (for mount-conflict and log-path-in-volume). */
  get mounts() {
    if (this.mountList) return this.mountList;
    const volumes = asObj(this.template.volumes);
    const mounts = [];
    const add = (path, v) => {
      const mp = str(asObj(v).mountPath);
      if (mp?.startsWith("/")) mounts.push({ path: [...path, "mountPath"], mountPath: normalisePath(mp) });
    };
    asArr(volumes.configMaps).forEach((v, i) => add([...T, "volumes", "configMaps", i], v));
    asArr(asObj(volumes.nas).mounts).forEach((v, i) => add([...T, "volumes", "nas", "mounts", i], v));
    asArr(asObj(volumes.oss).mounts).forEach((v, i) => add([...T, "volumes", "oss", "mounts", i], v));
    asArr(volumes.nasMounts).forEach((v, i) => add([...T, "volumes", "nasMounts", i], v));
    return this.mountList = mounts;
  }
};
var RULES = [
  {
    id: "cpu-memory",
    saeCode: "InvalidInstanceSpecification.Unsupported",
    summary: "(cpu, memory) is a size SAE sells (table below)",
    check({ template }, report) {
      const res = asObj(template.resources);
      const cpu = cpuMillicores(res.cpu);
      const mem = memoryMegabytes(res.memory);
      if (cpu === void 0 || mem === void 0 || isSupportedSpec(cpu, mem)) return;
      const fits = memoriesForCpu(cpu);
      const cpus = INSTANCE_SPECS.get(mem) ?? [];
      const what = `cpu ${cpu} millicores with memory ${mem} MB is not an instance size SAE supports`;
      if (!fits.length) {
        const hint = typeof res.cpu === "number" && res.cpu < 100 ? `a plain number is millicores: for ${res.cpu} core${res.cpu === 1 ? "" : "s"} write cpu: "${res.cpu}" or ${res.cpu * 1e3}` : `cpu must be one of ${[...new Set([...INSTANCE_SPECS.values()].flat())].sort((a, b) => a - b).join(", ")} millicores`;
        report({ path: [...T, "resources", "cpu"], message: `${what}: ${hint}` });
      } else if (!cpus.length) {
        report({ path: [...T, "resources", "memory"], message: `${what}: memory must be one of ${[...INSTANCE_SPECS.keys()].join(", ")} MB; with cpu ${cpu} use memory ${fits.join(", ")}` });
      } else {
        report({ path: [...T, "resources"], target: "key", message: `${what}: with cpu ${cpu} use memory ${fits.join(", ")}, or with memory ${mem} use cpu ${cpus.join(", ")}` });
      }
    }
  },
  {
    id: "package-jdk",
    saeCode: "JarApplication.MissingJdk",
    summary: "FatJar and War set `runtime.jdk`",
    check({ template }, report) {
      const type = str(asObj(template.package).type);
      if ((type === "FatJar" || type === "War") && asObj(template.runtime).jdk === void 0) {
        report({ path: [...T, "package", "type"], saeCode: type === "War" ? "WarApplication.MissingJdkWebcontainer" : "JarApplication.MissingJdk", message: `a ${type} package needs spec.template.runtime.jdk (e.g. "Open JDK 8" or "Dragonwell 11")` });
      }
    }
  },
  {
    id: "package-web-container",
    saeCode: "WarApplication.MissingJdkWebcontainer",
    summary: "War sets `runtime.webContainer`",
    check({ template }, report) {
      if (str(asObj(template.package).type) === "War" && asObj(template.runtime).webContainer === void 0) {
        report({ path: [...T, "package", "type"], message: "a War package needs spec.template.runtime.webContainer (apache-tomcat-7.0.91 or apache-tomcat-8.5.42)" });
      }
    }
  },
  {
    id: "package-url-version",
    saeCode: "InvalidParameter.NotEmpty",
    summary: "FatJar, War, PythonZip set `package.url` and `package.version`; PhpZip and `IMAGE_PHP_*` set `package.url`",
    check({ template }, report) {
      const pkg = asObj(template.package);
      const type = str(pkg.type);
      if (type === void 0) return;
      for (const field of SCRIPT_PACKAGES.has(type) ? ["url", "version"] : ["url"]) {
        if (pkg[field] === void 0) report({ path: [...T, "package"], message: `a ${type} package needs package.${field}${type.startsWith("IMAGE_PHP") ? " (the image to run)" : ""}` });
      }
    }
  },
  {
    id: "unused-setting",
    summary: "settings the package type ignores (e.g. `runtime.jdk` with an image)",
    severity: "warning",
    check({ template: t }, report) {
      const type = str(asObj(t.package).type);
      const runtime = asObj(t.runtime);
      const unused = (path, why) => report({ path, severity: "warning", target: "key", message: `${path.at(-1)} is ignored ${why}; remove it` });
      if (t.image !== void 0) {
        for (const k of ["jdk", "webContainer", "edasContainerVersion"]) if (runtime[k] !== void 0) unused([...T, "runtime", k], "for an image (the image brings its own runtime)");
      }
      if (t.jar !== void 0 && type !== "FatJar") unused([...T, "jar"], "unless package.type is FatJar");
      if ((t.war !== void 0 || t.tomcat !== void 0) && type !== "War") unused([...T, t.war !== void 0 ? "war" : "tomcat"], "unless package.type is War");
    }
  },
  {
    id: "sls-single-stdout",
    saeCode: "LogService.LogDirInvalid",
    summary: "at most one stdout log",
    check({ sls }, report) {
      let stdoutAt;
      for (const { entry, at, i } of sls) {
        if (entry.stdout !== true) continue;
        if (stdoutAt !== void 0) report({ path: [...at, "stdout"], target: "key", message: `only one log entry may collect stdout; sls[${stdoutAt}] already does` });
        else stdoutAt = i;
      }
    }
  },
  {
    id: "sls-project-logstore",
    saeCode: "Sls.Config.User.Defined.Missing.Logstore.Info",
    summary: "a custom project has a logstore and vice versa",
    prevents: "`Sls.Config.User.Defined.Missing.*`",
    check({ sls }, report) {
      for (const { entry: e, at } of sls) {
        if (str(e.project) !== void 0 && str(e.logstore) === void 0) report({ path: [...at, "project"], target: "key", message: "a custom project needs a logstore too: add logstore" });
        if (str(e.logstore) !== void 0 && str(e.project) === void 0) report({ path: [...at, "logstore"], target: "key", saeCode: "Sls.Config.User.Defined.Missing.Project.Info", message: "a custom logstore needs its project too: add project" });
      }
    }
  },
  {
    id: "sls-single-project",
    saeCode: "Sls.Config.Mixed.Multi.Project",
    summary: "all custom log entries use one project",
    check({ sls }, report) {
      let first;
      for (const { entry, at, i } of sls) {
        const proj = str(entry.project);
        if (proj === void 0) continue;
        if (first && first.name !== proj) report({ path: [...at, "project"], message: `all log entries must use one project; sls[${first.i}] uses ${first.name}` });
        first ??= { name: proj, i };
      }
    }
  },
  {
    id: "sls-reserved-prefix",
    saeCode: "Sls.Project.Name.Invalid",
    summary: "project and logstore names do not start with `sae-`",
    prevents: "`Sls.Project.Name.Invalid`, `Sls.Logstore.Name.Invalid`",
    check({ sls }, report) {
      for (const { entry: e, at } of sls) {
        if (str(e.project)?.startsWith("sae-")) report({ path: [...at, "project"], message: 'project names starting with "sae-" are reserved for SAE; rename the project' });
        if (str(e.logstore)?.startsWith("sae-")) report({ path: [...at, "logstore"], saeCode: "Sls.Logstore.Name.Invalid", message: 'logstore names starting with "sae-" are reserved for SAE; rename the logstore' });
      }
    }
  },
  {
    id: "mount-conflict",
    saeCode: "MountConflict.ConfigMap",
    summary: "no two volumes share a mountPath",
    check({ mounts }, report) {
      mounts.forEach((mnt, i) => {
        const first = mounts.findIndex((o) => o.mountPath === mnt.mountPath);
        if (first < i) report({ path: mnt.path, message: `mountPath ${mnt.mountPath} is already used by ${pathText(mounts[first].path)}: give each volume its own path` });
      });
    }
  },
  {
    id: "nas-one-form",
    summary: "`volumes.nas` and `volumes.nasMounts` are not used together",
    check({ template }, report) {
      const volumes = asObj(template.volumes);
      if (volumes.nas !== void 0 && volumes.nasMounts !== void 0) {
        report({ path: [...T, "volumes", "nasMounts"], target: "key", message: "nas (NasId, MountHost, MountDesc) and nasMounts (NasConfigs) are two ways to mount NAS: move the nas mounts into nasMounts" });
      }
    }
  },
  {
    id: "log-path-in-volume",
    saeCode: "VolumnPath.Conflict",
    summary: "no log path lies inside a volume",
    check(ctx, report) {
      for (const { entry, at } of ctx.sls) {
        const logPath = str(entry.path);
        if (logPath === void 0 || !logPath.startsWith("/")) continue;
        const p = normalisePath(logPath);
        const hit = ctx.mounts.find((mnt) => p === mnt.mountPath || p.startsWith(mnt.mountPath === "/" ? "/" : `${mnt.mountPath}/`));
        if (hit) report({ path: [...at, "path"], message: `log path ${logPath} lies inside the volume mounted at ${hit.mountPath} (${pathText(hit.path)}): collect logs from a path outside volumes` });
      }
    }
  },
  {
    id: "secret-literal",
    summary: "`volumes.oss.accessKeySecret` is an `${env:NAME}` reference",
    prevents: "a secret committed to git",
    check({ template }, report) {
      const secret = str(asObj(asObj(template.volumes).oss).accessKeySecret);
      if (secret !== void 0 && !isWholeEnvRef(secret)) {
        report({ path: [...T, "volumes", "oss", "accessKeySecret"], message: "accessKeySecret must not be written in the manifest: use a reference such as ${env:OSS_AK_SECRET} and set that variable where saejob runs" });
      }
    }
  },
  {
    id: "env-secret-literal",
    summary: "an env entry whose name looks secret (`*PASSWORD*`, `*TOKEN*`, `PGPASS`, \u2026) takes its value from `${env:NAME}`",
    prevents: "a secret committed to git",
    severity: "warning",
    check({ template }, report) {
      asArr(template.env).forEach((entry, i) => {
        const e = asObj(entry);
        const name = str(e.name);
        if (name !== void 0 && SECRET_NAME.test(name) && e.value !== void 0 && !(typeof e.value === "string" && e.value.includes("${env:"))) {
          report({ path: [...T, "env", i, "value"], severity: "warning", message: `${name} looks like a secret, but its value is written in the file (and committed): use \${env:${name}} and set ${name} where saejob runs` });
        }
      });
    }
  },
  {
    id: "env-ref-syntax",
    summary: "every `${` is a whole `${env:NAME}` or the escape `$${` (`${env:X` without `}`, `${HOME}`, `${evn:X}` are errors)",
    prevents: "a typo sent to SAE as text",
    check({ manifest, options }, report) {
      if (options.mayHoldReferences === false) return;
      walkStrings(manifest, [], (value, path) => {
        for (const problem of badEnvRefs(value)) report({ path, message: problem });
      });
    }
  },
  { id: "unique-identity", summary: "(region, namespace, name) is unique across the manifests given", prevents: "a second job fighting the first" },
  {
    id: "cron",
    saeCode: "InvalidParameter.WithMessage",
    summary: "`trigger.schedule` has 5 valid fields; ranges per field; `?` only in day fields",
    check({ spec }, report) {
      const schedule = str(asObj(spec.trigger).schedule);
      const problem = schedule === void 0 ? void 0 : checkCron(schedule);
      if (problem) report({ path: ["spec", "trigger", "schedule"], message: `cron expression ${quoteValue(schedule)}: ${problem}` });
    }
  },
  {
    id: "trigger-timezone",
    summary: "`trigger.timezone` only with `schedule`",
    check({ spec }, report) {
      const trigger = asObj(spec.trigger);
      if (trigger.http !== void 0 && trigger.timezone !== void 0 && trigger.schedule === void 0) {
        report({ path: ["spec", "trigger", "timezone"], target: "key", message: "timezone applies to a schedule; an http trigger has none: remove it" });
      }
    }
  },
  {
    id: "args-without-command",
    summary: "`args` comes with `command`",
    check({ template }, report) {
      if (template.args !== void 0 && template.command === void 0) report({ path: [...T, "args"], target: "key", message: "args needs command: SAE sends args after command[0] (set spec.template.command)" });
    }
  },
  {
    id: "exact-value",
    summary: "a number or boolean that YAML would write differently (`1.10`, `01234`, `0x1F`, `1e3`, `True`) in a field sent as text (env values, `package.version`, `image.pullSecretId`, `shards`) is quoted",
    prevents: "SAE getting `1.1` for `1.10`"
    // Needs the source text: the validator runs it (exactTextFindings).
  },
  {
    id: "env-unique",
    summary: "environment variable names are unique",
    check({ template }, report) {
      const seen = /* @__PURE__ */ new Map();
      asArr(template.env).forEach((e, i) => {
        const name = str(asObj(e).name);
        if (name === void 0) return;
        if (seen.has(name)) report({ path: [...T, "env", i, "name"], message: `environment variable ${name} is already set by env[${seen.get(name)}]: keep one` });
        else seen.set(name, i);
      });
    }
  },
  {
    id: "host-alias-ip",
    saeCode: "InvalidHostnameIp.Invalid",
    summary: "`hostAliases[].ip` is IPv4 or IPv6 (host names are checked by the schema)",
    check({ template }, report) {
      asArr(template.hostAliases).forEach((h, i) => {
        const ip = str(asObj(h).ip);
        if (ip !== void 0 && !isIpAddress(ip)) report({ path: [...T, "hostAliases", i, "ip"], message: `${quoteValue(ip)} is not an IPv4 or IPv6 address` });
      });
    }
  },
  {
    id: "timezone",
    summary: "`template.timezone` is an IANA zone",
    check({ template }, report) {
      const tz = str(template.timezone);
      if (tz !== void 0 && !isTimeZone(tz)) report({ path: [...T, "timezone"], message: `${quoteValue(tz)} is not an IANA time zone; use a name such as Asia/Shanghai or UTC` });
    }
  },
  {
    id: "network-auto-config",
    summary: "`autoConfig: true` is not combined with explicit network IDs",
    check({ spec }, report) {
      const net = asObj(spec.network);
      if (net.autoConfig !== true) return;
      for (const k of ["vpcId", "vSwitchId", "securityGroupId"]) {
        if (net[k] !== void 0) report({ path: ["spec", "network", k], target: "key", message: `autoConfig: true lets SAE choose the network, so ${k} would be ignored: remove ${k} or autoConfig` });
      }
    }
  },
  {
    id: "network-auto-config-namespace",
    summary: "`autoConfig: true` only in the region's default namespace",
    check({ metadata, spec }, report) {
      const net = asObj(spec.network);
      const namespace = str(metadata.namespace);
      if (net.autoConfig !== true || namespace === void 0 || !namespace.includes(":")) return;
      const region = namespace.slice(0, namespace.indexOf(":"));
      report({
        path: ["spec", "network", "autoConfig"],
        message: `with autoConfig: true SAE ignores the namespace (the SDK says so) and puts the job in the region's default namespace ${region}, not ${namespace}: set metadata.namespace: ${region}, or give the network (vpcId, vSwitchId, securityGroupId) instead of autoConfig`
      });
    }
  },
  {
    id: "namespace-region",
    saeCode: "InvalidNamespaceId.NotFound",
    summary: "the namespace belongs to `metadata.region`",
    check({ metadata }, report) {
      const region = str(metadata.region);
      const nsRegion = namespaceRegion(str(metadata.namespace));
      if (region !== void 0 && nsRegion !== void 0 && region !== nsRegion) {
        report({ path: ["metadata", "namespace"], message: `namespace ${String(metadata.namespace)} belongs to region ${nsRegion}, but metadata.region is ${region}` });
      }
    }
  },
  {
    id: "region-mismatch",
    summary: "`--region` does not contradict the manifest",
    check({ metadata, options }, report) {
      if (options.region === void 0) return;
      const own = str(metadata.region) ?? namespaceRegion(str(metadata.namespace));
      if (own === void 0 || own === options.region) return;
      report({ path: ["metadata", metadata.region !== void 0 ? "region" : "namespace"], message: `--region ${options.region} contradicts this manifest's region ${own}: drop --region or fix the manifest` });
    }
  },
  {
    id: "region-known",
    summary: "the region is one with a published SAE endpoint (a typo gets a did-you-mean)",
    severity: "warning",
    check({ metadata, options }, report) {
      const namespace = str(metadata.namespace);
      const region = resolveRegion({ metadataRegion: str(metadata.region), namespace, flag: options.region, env: options.envRegion });
      if (region === void 0 || SAE_REGIONS.includes(region)) return;
      const guess = nearest(region, SAE_REGIONS);
      const at = metadata.region !== void 0 ? ["metadata", "region"] : ["metadata", "namespace"];
      report({ path: at, severity: "warning", message: `region ${region} has no SAE endpoint saejob knows of${guess ? `: did you mean ${guess}?` : ""} (if SAE has opened it since, this warning can be ignored)` });
    }
  },
  {
    id: "region-unknown",
    summary: "the region can be told offline (`metadata.region`, `region:name` namespace, `--region`, `ALIBABA_CLOUD_REGION_ID`)",
    prevents: "a manifest that validates but cannot be planned",
    check({ metadata, options }, report) {
      const namespace = str(metadata.namespace);
      if (namespace === void 0 || !/^[a-z]/.test(namespace)) return;
      if (resolveRegion({ metadataRegion: str(metadata.region), namespace, flag: options.region, env: options.envRegion })) return;
      report({ path: ["metadata", "namespace"], message: `cannot tell the region of namespace ${namespace}: write it as <region>:${namespace} (e.g. cn-beijing:${namespace}), or set metadata.region` });
    }
  }
];
function checkManifestRules(manifest, options = {}) {
  const out = [];
  const ctx = new RuleContext(asObj(manifest), options);
  for (const r of RULES) {
    if (!r.check) continue;
    r.check(ctx, (f) => {
      const finding = { ...f, rule: r.id };
      const code = f.saeCode ?? r.saeCode;
      if (code) finding.saeCode = code;
      out.push(finding);
    });
  }
  return out;
}
function walkStrings(v, path, visit) {
  if (typeof v === "string") visit(v, path);
  else if (Array.isArray(v)) v.forEach((x, i) => walkStrings(x, [...path, i], visit));
  else if (isObj(v)) for (const [k, x] of Object.entries(v)) walkStrings(x, [...path, k], visit);
}
function identityOf(manifest, options) {
  const md = asObj(asObj(manifest).metadata);
  const name = str(md.name);
  const namespace = str(md.namespace);
  if (name === void 0 || namespace === void 0) return void 0;
  const region = resolveRegion({ metadataRegion: str(md.region), namespace, flag: options.region, env: options.envRegion }) ?? "";
  return { id: `${region}\0${namespace}\0${name}`, name, namespace, region };
}
function duplicateIdentityFinding(identity, first) {
  const { name, namespace, region } = identity;
  return { path: ["metadata", "name"], rule: "unique-identity", message: `${first} already defines job ${name} in namespace ${namespace}${region ? ` (${region})` : ""}: names must be unique per namespace` };
}
function normalisePath(p) {
  const trimmed = p.replace(/\/+/g, "/").replace(/\/$/, "");
  return trimmed === "" ? "/" : trimmed;
}
function pathText(path) {
  return path.map((s) => typeof s === "number" ? `[${s}]` : `.${s}`).join("").replace(/^\./, "");
}
var IPV4 = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/;
function isIpAddress(ip) {
  if (IPV4.test(ip)) return true;
  if (!ip.includes(":") || /[^0-9a-fA-F:.]/.test(ip)) return false;
  try {
    new URL(`http://[${ip}]/`);
    return true;
  } catch {
    return false;
  }
}
function isTimeZone(tz) {
  if (TIME_ZONES.has(tz)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

// src/sae/sae-contract.json
var sae_contract_default = {
  source: "official TypeScript SDK for sae 2019-05-06 (generated request/response models and client)",
  operations: {
    CreateJob: {
      method: "POST",
      path: "/pop/v1/sam/job/createJob",
      reqBodyType: "formData",
      params: {
        AcrAssumeRoleArn: {
          type: "string",
          in: "query"
        },
        AcrInstanceId: {
          type: "string",
          in: "body",
          required: "conditional"
        },
        AppDescription: {
          type: "string",
          in: "query"
        },
        AppName: {
          type: "string",
          in: "query",
          required: true
        },
        AutoConfig: {
          type: "boolean",
          in: "query"
        },
        BackoffLimit: {
          type: "number",
          in: "query"
        },
        BestEffortType: {
          type: "string",
          in: "query"
        },
        Command: {
          type: "string",
          in: "query"
        },
        CommandArgs: {
          type: "string",
          in: "query"
        },
        ConcurrencyPolicy: {
          type: "string",
          in: "query"
        },
        ConfigMapMountDesc: {
          type: "string",
          in: "body"
        },
        Cpu: {
          type: "number",
          in: "query"
        },
        CustomHostAlias: {
          type: "string",
          in: "query"
        },
        EdasContainerVersion: {
          type: "string",
          in: "query"
        },
        EnableImageAccl: {
          type: "boolean",
          in: "body"
        },
        Envs: {
          type: "string",
          in: "query"
        },
        ImagePullSecrets: {
          type: "string",
          in: "query"
        },
        ImageUrl: {
          type: "string",
          in: "query",
          required: "conditional"
        },
        JarStartArgs: {
          type: "string",
          in: "query"
        },
        JarStartOptions: {
          type: "string",
          in: "query"
        },
        Jdk: {
          type: "string",
          in: "query"
        },
        Memory: {
          type: "number",
          in: "query"
        },
        MountDesc: {
          type: "string",
          in: "query"
        },
        MountHost: {
          type: "string",
          in: "query"
        },
        NamespaceId: {
          type: "string",
          in: "query"
        },
        NasConfigs: {
          type: "string",
          in: "query"
        },
        NasId: {
          type: "string",
          in: "query"
        },
        OssAkId: {
          type: "string",
          in: "body"
        },
        OssAkSecret: {
          type: "string",
          in: "body"
        },
        OssMountDescs: {
          type: "string",
          in: "body"
        },
        PackageType: {
          type: "string",
          in: "query",
          required: true
        },
        PackageUrl: {
          type: "string",
          in: "query",
          required: "conditional"
        },
        PackageVersion: {
          type: "string",
          in: "query",
          required: "conditional"
        },
        PhpConfig: {
          type: "string",
          in: "body"
        },
        PhpConfigLocation: {
          type: "string",
          in: "query"
        },
        PostStart: {
          type: "string",
          in: "query"
        },
        PreStop: {
          type: "string",
          in: "query"
        },
        ProgrammingLanguage: {
          type: "string",
          in: "query"
        },
        Python: {
          type: "string",
          in: "query"
        },
        PythonModules: {
          type: "string",
          in: "query"
        },
        RefAppId: {
          type: "string",
          in: "query"
        },
        Replicas: {
          type: "number",
          in: "query",
          required: true
        },
        SecurityGroupId: {
          type: "string",
          in: "query"
        },
        Slice: {
          type: "boolean",
          in: "query"
        },
        SliceEnvs: {
          type: "string",
          in: "query"
        },
        SlsConfigs: {
          type: "string",
          in: "query"
        },
        TerminationGracePeriodSeconds: {
          type: "number",
          in: "query"
        },
        Timeout: {
          type: "number",
          in: "query"
        },
        Timezone: {
          type: "string",
          in: "query"
        },
        TomcatConfig: {
          type: "string",
          in: "query"
        },
        TriggerConfig: {
          type: "string",
          in: "query"
        },
        VSwitchId: {
          type: "string",
          in: "query"
        },
        VpcId: {
          type: "string",
          in: "query"
        },
        WarStartOptions: {
          type: "string",
          in: "query"
        },
        WebContainer: {
          type: "string",
          in: "query"
        },
        Workload: {
          type: "string",
          in: "query",
          required: true
        }
      },
      response: {
        Code: "string",
        Data: {
          AppId: "string",
          ChangeOrderId: "string"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    UpdateJob: {
      method: "POST",
      path: "/pop/v1/sam/job/updateJob",
      reqBodyType: "formData",
      params: {
        AcrAssumeRoleArn: {
          type: "string",
          in: "query"
        },
        AcrInstanceId: {
          type: "string",
          in: "body"
        },
        AppId: {
          type: "string",
          in: "query",
          required: true
        },
        BackoffLimit: {
          type: "number",
          in: "query"
        },
        BestEffortType: {
          type: "string",
          in: "query"
        },
        Command: {
          type: "string",
          in: "query"
        },
        CommandArgs: {
          type: "string",
          in: "query"
        },
        ConcurrencyPolicy: {
          type: "string",
          in: "query"
        },
        ConfigMapMountDesc: {
          type: "string",
          in: "body"
        },
        CustomHostAlias: {
          type: "string",
          in: "query"
        },
        EdasContainerVersion: {
          type: "string",
          in: "query"
        },
        EnableImageAccl: {
          type: "boolean",
          in: "body"
        },
        Envs: {
          type: "string",
          in: "query"
        },
        ImagePullSecrets: {
          type: "string",
          in: "query"
        },
        ImageUrl: {
          type: "string",
          in: "query"
        },
        JarStartArgs: {
          type: "string",
          in: "query"
        },
        JarStartOptions: {
          type: "string",
          in: "query"
        },
        Jdk: {
          type: "string",
          in: "query"
        },
        MountDesc: {
          type: "string",
          in: "query"
        },
        MountHost: {
          type: "string",
          in: "query"
        },
        NasConfigs: {
          type: "string",
          in: "query"
        },
        NasId: {
          type: "string",
          in: "query"
        },
        OssAkId: {
          type: "string",
          in: "body"
        },
        OssAkSecret: {
          type: "string",
          in: "body"
        },
        OssMountDescs: {
          type: "string",
          in: "body"
        },
        PackageUrl: {
          type: "string",
          in: "query"
        },
        PackageVersion: {
          type: "string",
          in: "query"
        },
        Php: {
          type: "string",
          in: "body"
        },
        PhpConfig: {
          type: "string",
          in: "body"
        },
        PhpConfigLocation: {
          type: "string",
          in: "query"
        },
        PostStart: {
          type: "string",
          in: "query"
        },
        PreStop: {
          type: "string",
          in: "query"
        },
        ProgrammingLanguage: {
          type: "string",
          in: "query"
        },
        Python: {
          type: "string",
          in: "query"
        },
        PythonModules: {
          type: "string",
          in: "query"
        },
        RefAppId: {
          type: "string",
          in: "query"
        },
        Replicas: {
          type: "string",
          in: "query"
        },
        Slice: {
          type: "boolean",
          in: "query"
        },
        SliceEnvs: {
          type: "string",
          in: "query"
        },
        SlsConfigs: {
          type: "string",
          in: "query"
        },
        TerminationGracePeriodSeconds: {
          type: "number",
          in: "query"
        },
        Timeout: {
          type: "number",
          in: "query"
        },
        Timezone: {
          type: "string",
          in: "query"
        },
        TomcatConfig: {
          type: "string",
          in: "query"
        },
        TriggerConfig: {
          type: "string",
          in: "query"
        },
        WarStartOptions: {
          type: "string",
          in: "query"
        },
        WebContainer: {
          type: "string",
          in: "query"
        }
      },
      response: {
        Code: "string",
        Data: {
          AppId: "string",
          ChangeOrderId: "string"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    DeleteJob: {
      method: "DELETE",
      path: "/pop/v1/sam/job/deleteJob",
      reqBodyType: "json",
      params: {
        AppId: {
          type: "string",
          in: "query",
          required: true
        }
      },
      response: {
        Code: "string",
        Data: "string",
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    DescribeJob: {
      method: "GET",
      path: "/pop/v1/sam/job/describeJob",
      reqBodyType: "json",
      params: {
        AppId: {
          type: "string",
          in: "query",
          required: true
        },
        JobId: {
          type: "string",
          in: "query"
        }
      },
      response: {
        Code: "string",
        Data: {
          AcrAssumeRoleArn: "string",
          AcrInstanceId: "string",
          AppDescription: "string",
          AppId: "string",
          AppName: "string",
          BackoffLimit: "number",
          BestEffortType: "string",
          Command: "string",
          CommandArgs: "string",
          ConcurrencyPolicy: "string",
          ConfigMapMountDesc: [
            {
              ConfigMapId: "number",
              ConfigMapName: "string",
              Key: "string",
              MountPath: "string"
            }
          ],
          Cpu: "number",
          CustomHostAlias: "string",
          EdasContainerVersion: "string",
          Envs: "string",
          ImagePullSecrets: "string",
          ImageUrl: "string",
          JarStartArgs: "string",
          JarStartOptions: "string",
          Jdk: "string",
          Memory: "number",
          MountDesc: [
            {
              MountPath: "string",
              NasPath: "string"
            }
          ],
          MountHost: "string",
          NamespaceId: "string",
          NasConfigs: "string",
          NasId: "string",
          OssAkId: "string",
          OssAkSecret: "string",
          OssMountDescs: [
            {
              bucketName: "string",
              bucketPath: "string",
              mountPath: "string",
              readOnly: "boolean"
            }
          ],
          PackageType: "string",
          PackageUrl: "string",
          PackageVersion: "string",
          PhpConfig: "string",
          PhpConfigLocation: "string",
          PostStart: "string",
          PreStop: "string",
          ProgrammingLanguage: "string",
          PublicWebHookUrls: [
            "string"
          ],
          Python: "string",
          PythonModules: "string",
          RefAppId: "string",
          RefedAppIds: [
            "string"
          ],
          RegionId: "string",
          Replicas: "number",
          SecurityGroupId: "string",
          Slice: "boolean",
          SliceEnvs: "string",
          SlsConfigs: "string",
          Suspend: "boolean",
          Tags: [
            {
              Key: "string",
              Value: "string"
            }
          ],
          TerminationGracePeriodSeconds: "number",
          Timeout: "number",
          Timezone: "string",
          TomcatConfig: "string",
          TriggerConfig: "string",
          VSwitchId: "string",
          VpcId: "string",
          VpcWebHookUrls: [
            "string"
          ],
          WarStartOptions: "string",
          WebContainer: "string"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    ListJobs: {
      method: "GET",
      path: "/pop/v1/sam/job/listJobs",
      reqBodyType: "json",
      params: {
        AppName: {
          type: "string",
          in: "query"
        },
        CurrentPage: {
          type: "number",
          in: "query"
        },
        FieldType: {
          type: "string",
          in: "query"
        },
        FieldValue: {
          type: "string",
          in: "query"
        },
        NamespaceId: {
          type: "string",
          in: "query"
        },
        OrderBy: {
          type: "string",
          in: "query"
        },
        PageSize: {
          type: "number",
          in: "query"
        },
        Reverse: {
          type: "boolean",
          in: "query"
        },
        Tags: {
          type: "string",
          in: "query"
        },
        Workload: {
          type: "string",
          in: "query"
        }
      },
      response: {
        Code: "string",
        CurrentPage: "number",
        Data: {
          Applications: [
            {
              Active: "number",
              AppDescription: "string",
              AppId: "string",
              AppName: "string",
              CompletionTime: "number",
              Cpu: "number",
              Failed: "number",
              ImageUrl: "string",
              LastChangeorderState: "string",
              LastJobState: "string",
              LastStartTime: "number",
              Mem: "number",
              Message: "string",
              NamespaceId: "string",
              RegionId: "string",
              Succeeded: "number",
              Suspend: "boolean",
              Tags: [
                {
                  Key: "string",
                  Value: "string"
                }
              ],
              TriggerConfig: "string"
            }
          ],
          CurrentPage: "number",
          PageSize: "number",
          TotalSize: "number"
        },
        ErrorCode: "string",
        Message: "string",
        PageSize: "number",
        RequestId: "string",
        Success: "boolean",
        TotalSize: "number"
      }
    },
    ExecJob: {
      method: "GET",
      path: "/pop/v1/sam/job/execJob",
      reqBodyType: "json",
      params: {
        AppId: {
          type: "string",
          in: "query",
          required: true
        },
        Command: {
          type: "string",
          in: "query"
        },
        CommandArgs: {
          type: "string",
          in: "query"
        },
        Envs: {
          type: "string",
          in: "query"
        },
        EventId: {
          type: "string",
          in: "query"
        },
        JarStartArgs: {
          type: "string",
          in: "query"
        },
        JarStartOptions: {
          type: "string",
          in: "query"
        },
        Replicas: {
          type: "string",
          in: "query"
        },
        Time: {
          type: "string",
          in: "query"
        },
        WarStartOptions: {
          type: "string",
          in: "query"
        }
      },
      response: {
        Code: "string",
        Data: {
          Code: "string",
          Data: "string",
          Msg: "string",
          Success: "string"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    SuspendJob: {
      method: "GET",
      path: "/pop/v1/sam/job/suspendJob",
      reqBodyType: "json",
      params: {
        AppId: {
          type: "string",
          in: "query",
          required: true
        },
        Suspend: {
          type: "boolean",
          in: "query",
          required: true
        }
      },
      response: {
        Code: "string",
        Data: "string",
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    DescribeJobStatus: {
      method: "GET",
      path: "/pop/v1/sam/job/describeJobStatus",
      reqBodyType: "json",
      params: {
        AppId: {
          type: "string",
          in: "query",
          required: true
        },
        JobId: {
          type: "string",
          in: "query"
        }
      },
      response: {
        Code: "string",
        Data: {
          Active: "number",
          CompletionTime: "number",
          Failed: "number",
          JobId: "string",
          Message: "string",
          StartTime: "number",
          State: "string",
          Succeeded: "number"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    DescribeJobHistory: {
      method: "GET",
      path: "/pop/v1/sam/job/describeJobHistory",
      reqBodyType: "json",
      params: {
        AppId: {
          type: "string",
          in: "query",
          required: true
        },
        CurrentPage: {
          type: "number",
          in: "query"
        },
        PageSize: {
          type: "number",
          in: "query"
        },
        State: {
          type: "string",
          in: "query"
        }
      },
      response: {
        Code: "string",
        Data: {
          CurrentPage: "number",
          Jobs: [
            {
              Active: "number",
              CompletionTime: "number",
              Failed: "number",
              JobId: "string",
              Message: "string",
              StartTime: "number",
              State: "string",
              Succeeded: "number"
            }
          ],
          PageSize: "number",
          TotalSize: "number"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    DeleteHistoryJob: {
      method: "DELETE",
      path: "/pop/v1/sam/job/deleteHistoryJob",
      reqBodyType: "json",
      params: {
        AppId: {
          type: "string",
          in: "query",
          required: true
        },
        JobId: {
          type: "string",
          in: "query",
          required: true
        }
      },
      response: {
        Code: "string",
        Data: "string",
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    DescribeChangeOrder: {
      method: "GET",
      path: "/pop/v1/sam/changeorder/DescribeChangeOrder",
      reqBodyType: "json",
      params: {
        ChangeOrderId: {
          type: "string",
          in: "query",
          required: true
        }
      },
      response: {
        Code: "string",
        Data: {
          AppId: "string",
          AppName: "string",
          ApplicationEnableGreyTagRoute: "boolean",
          ApplicationUpdateStrategy: "string",
          ApprovalId: "string",
          Auto: "boolean",
          BatchCount: "number",
          BatchType: "string",
          BatchWaitTime: "number",
          ChangeOrderId: "string",
          CoType: "string",
          CoTypeCode: "string",
          CreateTime: "string",
          CurrentPipelineId: "string",
          Description: "string",
          ErrorMessage: "string",
          Pipelines: [
            {
              BatchType: "number",
              ParallelCount: "number",
              PipelineId: "string",
              PipelineName: "string",
              StartTime: "number",
              Status: "number",
              UpdateTime: "number"
            }
          ],
          Status: "number",
          SubStatus: "number",
          SupportRollback: "boolean"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    ListChangeOrders: {
      method: "GET",
      path: "/pop/v1/sam/changeorder/ListChangeOrders",
      reqBodyType: "json",
      params: {
        AppId: {
          type: "string",
          in: "query",
          required: true
        },
        CoStatus: {
          type: "string",
          in: "query"
        },
        CoType: {
          type: "string",
          in: "query"
        },
        CurrentPage: {
          type: "number",
          in: "query"
        },
        Key: {
          type: "string",
          in: "query"
        },
        OrderBy: {
          type: "string",
          in: "query"
        },
        PageSize: {
          type: "number",
          in: "query"
        },
        Reverse: {
          type: "boolean",
          in: "query"
        }
      },
      response: {
        Code: "string",
        Data: {
          ChangeOrderList: [
            {
              AppId: "string",
              BatchCount: "number",
              BatchType: "string",
              ChangeOrderId: "string",
              CoType: "string",
              CoTypeCode: "string",
              CreateTime: "string",
              CreateUserId: "string",
              Description: "string",
              FinishTime: "string",
              GroupId: "string",
              Source: "string",
              Status: "number",
              UserId: "string"
            }
          ],
          CurrentPage: "number",
          PageSize: "number",
          TotalSize: "number"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    AbortChangeOrder: {
      method: "PUT",
      path: "/pop/v1/sam/changeorder/AbortChangeOrder",
      reqBodyType: "json",
      params: {
        ChangeOrderId: {
          type: "string",
          in: "query",
          required: true
        },
        Rollback: {
          type: "boolean",
          in: "query"
        }
      },
      response: {
        Code: "string",
        Data: {
          ChangeOrderId: "string"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    ConfirmPipelineBatch: {
      method: "GET",
      path: "/pop/v1/sam/changeorder/ConfirmPipelineBatch",
      reqBodyType: "json",
      params: {
        Confirm: {
          type: "boolean",
          in: "query",
          required: true
        },
        PipelineId: {
          type: "string",
          in: "query",
          required: true
        }
      },
      response: {
        Code: "string",
        Data: {
          PipelineId: "string"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    ListNamespacedConfigMaps: {
      method: "GET",
      path: "/pop/v1/sam/configmap/listNamespacedConfigMaps",
      reqBodyType: "json",
      params: {
        NamespaceId: {
          type: "string",
          in: "query",
          required: true
        }
      },
      response: {
        Code: "string",
        Data: {
          ConfigMaps: [
            {
              ConfigMapId: "number",
              CreateTime: "number",
              Data: {
                "<key>": "any"
              },
              Description: "string",
              Name: "string",
              NamespaceId: "string",
              RelateApps: [
                {
                  AppId: "string",
                  AppName: "string"
                }
              ],
              UpdateTime: "number"
            }
          ]
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    CreateConfigMap: {
      method: "POST",
      path: "/pop/v1/sam/configmap/configMap",
      reqBodyType: "json",
      params: {
        Data: {
          type: "string",
          in: "body",
          required: true
        },
        Description: {
          type: "string",
          in: "query"
        },
        Name: {
          type: "string",
          in: "query",
          required: true
        },
        NamespaceId: {
          type: "string",
          in: "query",
          required: true
        }
      },
      response: {
        Code: "string",
        Data: {
          ConfigMapId: "number"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    UpdateConfigMap: {
      method: "PUT",
      path: "/pop/v1/sam/configmap/configMap",
      reqBodyType: "json",
      params: {
        ConfigMapId: {
          type: "number",
          in: "query",
          required: true
        },
        Data: {
          type: "string",
          in: "body",
          required: true
        },
        Description: {
          type: "string",
          in: "query"
        }
      },
      response: {
        Code: "string",
        Data: {
          ConfigMapId: "string"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    DeleteConfigMap: {
      method: "DELETE",
      path: "/pop/v1/sam/configmap/configMap",
      reqBodyType: "json",
      params: {
        ConfigMapId: {
          type: "number",
          in: "query",
          required: true
        }
      },
      response: {
        Code: "string",
        Data: {
          ConfigMapId: "number"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    DescribeConfigMap: {
      method: "GET",
      path: "/pop/v1/sam/configmap/configMap",
      reqBodyType: "json",
      params: {
        ConfigMapId: {
          type: "number",
          in: "query",
          required: true
        }
      },
      response: {
        Code: "string",
        Data: {
          ConfigMapId: "number",
          CreateTime: "number",
          Data: {
            "<key>": "any"
          },
          Description: "string",
          Name: "string",
          NamespaceId: "string",
          RelateApps: [
            {
              AppId: "string",
              AppName: "string"
            }
          ],
          UpdateTime: "number"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    ListSecrets: {
      method: "GET",
      path: "/pop/v1/sam/secret/secrets",
      reqBodyType: "json",
      params: {
        NamespaceId: {
          type: "string",
          in: "query",
          required: true
        }
      },
      response: {
        Code: "string",
        Data: {
          Secrets: [
            {
              CreateTime: "number",
              NamespaceId: "string",
              RelateApps: [
                {
                  AppId: "string",
                  AppName: "string"
                }
              ],
              SecretId: "number",
              SecretName: "string",
              SecretType: "string",
              UpdateTime: "number"
            }
          ]
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    DescribeSecret: {
      method: "GET",
      path: "/pop/v1/sam/secret/secret",
      reqBodyType: "json",
      params: {
        NamespaceId: {
          type: "string",
          in: "query",
          required: true
        },
        SecretId: {
          type: "number",
          in: "query",
          required: true
        }
      },
      response: {
        Code: "string",
        Data: {
          CreateTime: "number",
          NamespaceId: "string",
          RelateApps: [
            {
              AppId: "string",
              AppName: "string"
            }
          ],
          SecretData: {
            "<key>": "string"
          },
          SecretId: "number",
          SecretName: "string",
          SecretType: "string",
          UpdateTime: "number"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    TagResources: {
      method: "POST",
      path: "/tags",
      reqBodyType: "formData",
      params: {
        RegionId: {
          type: "string",
          in: "body"
        },
        ResourceIds: {
          type: "string",
          in: "body",
          required: true
        },
        ResourceType: {
          type: "string",
          in: "body",
          required: true
        },
        Tags: {
          type: "string",
          in: "body"
        }
      },
      response: {
        Code: "string",
        Data: "boolean",
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    UntagResources: {
      method: "DELETE",
      path: "/tags",
      reqBodyType: "json",
      params: {
        DeleteAll: {
          type: "boolean",
          in: "query"
        },
        RegionId: {
          type: "string",
          in: "query",
          required: true
        },
        ResourceIds: {
          type: "string",
          in: "query",
          required: true
        },
        ResourceType: {
          type: "string",
          in: "query",
          required: true
        },
        TagKeys: {
          type: "string",
          in: "query"
        }
      },
      response: {
        Code: "string",
        Data: "boolean",
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    ListTagResources: {
      method: "GET",
      path: "/tags",
      reqBodyType: "json",
      params: {
        NextToken: {
          type: "string",
          in: "query"
        },
        RegionId: {
          type: "string",
          in: "query",
          required: true
        },
        ResourceIds: {
          type: "string",
          in: "query"
        },
        ResourceType: {
          type: "string",
          in: "query",
          required: true
        },
        Tags: {
          type: "string",
          in: "query"
        }
      },
      response: {
        Code: "string",
        Data: {
          NextToken: "string",
          TagResources: [
            {
              ResourceId: "string",
              ResourceType: "string",
              TagKey: "string",
              TagValue: "string"
            }
          ]
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    DescribeNamespaceList: {
      method: "GET",
      path: "/pop/v1/sam/namespace/describeNamespaceList",
      reqBodyType: "json",
      params: {
        ContainCustom: {
          type: "boolean",
          in: "query"
        },
        HybridCloudExclude: {
          type: "boolean",
          in: "query"
        }
      },
      response: {
        Code: "string",
        Data: [
          {
            AgentInstall: "string",
            Current: "boolean",
            Custom: "boolean",
            HybridCloudEnable: "boolean",
            NameSpaceShortId: "string",
            NamespaceId: "string",
            NamespaceName: "string",
            RegionId: "string",
            SecurityGroupId: "string",
            VSwitchId: "string",
            VpcId: "string"
          }
        ],
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    },
    DescribeNamespace: {
      method: "GET",
      path: "/pop/v1/paas/namespace",
      reqBodyType: "json",
      params: {
        NameSpaceShortId: {
          type: "string",
          in: "query"
        },
        NamespaceId: {
          type: "string",
          in: "query"
        }
      },
      response: {
        Code: "string",
        Data: {
          EnableMicroRegistration: "boolean",
          NameSpaceShortId: "string",
          NamespaceDescription: "string",
          NamespaceId: "string",
          NamespaceName: "string",
          RegionId: "string"
        },
        ErrorCode: "string",
        Message: "string",
        RequestId: "string",
        Success: "boolean",
        TraceId: "string"
      }
    }
  }
};

// src/sae/api.ts
var CONTRACT = sae_contract_default;
var OPERATION_NAMES = [
  "CreateJob",
  "UpdateJob",
  "DeleteJob",
  "DescribeJob",
  "ListJobs",
  "ExecJob",
  "SuspendJob",
  "DescribeJobStatus",
  "DescribeJobHistory",
  "DescribeChangeOrder",
  "ListChangeOrders",
  "ListNamespacedConfigMaps",
  "CreateConfigMap",
  "UpdateConfigMap",
  "DeleteConfigMap",
  "DescribeConfigMap",
  "ListSecrets",
  "TagResources",
  "UntagResources"
];
function operation(name) {
  return CONTRACT.operations[name];
}
var JOB_PARAM_NOTES = {
  AppName: { field: "metadata.name" },
  NamespaceId: { field: "metadata.namespace" },
  AppDescription: { field: "metadata.description" },
  Replicas: { field: "spec.replicas" },
  TriggerConfig: { field: "spec.trigger", json: "object" },
  ConcurrencyPolicy: { field: "spec.concurrencyPolicy" },
  Timeout: { field: "spec.timeoutSeconds" },
  BackoffLimit: { field: "spec.backoffLimit" },
  Slice: { field: "spec.shards", removal: { reset: false, source: "SDK text: Slice takes false" } },
  SliceEnvs: { field: "spec.shards", json: "list", removal: { follows: "Slice" } },
  RefAppId: { field: "spec.refAppId" },
  AutoConfig: { field: "spec.network.autoConfig" },
  VpcId: { field: "spec.network.vpcId", removal: { server: "CreateJob API page: the default is the VPC bound to the namespace" } },
  VSwitchId: { field: "spec.network.vSwitchId", removal: { server: "CreateJob API page: the default is the vSwitch bound to the namespace" } },
  SecurityGroupId: { field: "spec.network.securityGroupId", removal: { server: "SAE picks one with the namespace (SDK text: ignored with AutoConfig)" } },
  PackageType: { field: "spec.template.image / spec.template.package.type", label: "spec.template.package.type" },
  ImageUrl: { field: "spec.template.image.url (or package.url for IMAGE_PHP_*)", label: "spec.template.image.url" },
  PackageUrl: { field: "spec.template.package.url" },
  PackageVersion: { field: "spec.template.package.version" },
  AcrInstanceId: { field: "spec.template.image.acrInstanceId" },
  AcrAssumeRoleArn: { field: "spec.template.image.acrAssumeRoleArn" },
  ImagePullSecrets: { field: "spec.template.image.pullSecretId" },
  EnableImageAccl: { field: "spec.template.image.acceleration" },
  ProgrammingLanguage: { field: "spec.template.runtime.language", removal: { server: "DescribeJob documents java, php, python or other for every job" }, readsBackAs: { sent: "shell", read: "other", source: "SDK text: CreateJob accepts shell, DescribeJob documents other" } },
  Jdk: { field: "spec.template.runtime.jdk" },
  WebContainer: { field: "spec.template.runtime.webContainer" },
  EdasContainerVersion: { field: "spec.template.runtime.edasContainerVersion" },
  Python: { field: "spec.template.runtime.python" },
  PythonModules: { field: "spec.template.runtime.pythonModules" },
  JarStartOptions: { field: "spec.template.jar.startOptions" },
  JarStartArgs: { field: "spec.template.jar.startArgs" },
  WarStartOptions: { field: "spec.template.war.startOptions" },
  TomcatConfig: {
    field: "spec.template.tomcat",
    json: "object",
    clear: "",
    serverDefaults: { values: { port: 8080, contextPath: "/", maxThreads: 400, uriEncoding: "ISO-8859-1", useBodyEncodingForUri: true }, source: "SDK text and CreateJob API page: the default of each TomcatConfig key" }
  },
  PhpConfig: { field: "spec.template.php.config" },
  PhpConfigLocation: { field: "spec.template.php.configLocation" },
  Php: { unsupported: "UpdateJob only (CreateJob has no such parameter) and undocumented: a job created by saejob could not carry it" },
  Cpu: { field: "spec.template.resources.cpu" },
  Memory: { field: "spec.template.resources.memory" },
  BestEffortType: { field: "spec.template.resources.bestEffortType" },
  Command: { field: "spec.template.command" },
  CommandArgs: { field: "spec.template.command + args", json: "list", clear: "[]", label: "spec.template.command[1:] + args" },
  Envs: { field: "spec.template.env, envFrom", json: "list", clear: "[]", key: ["name"] },
  CustomHostAlias: { field: "spec.template.hostAliases", json: "list", clear: "[]", key: ["hostName"] },
  PostStart: { field: "spec.template.lifecycle.postStart", json: "object", clear: "" },
  PreStop: { field: "spec.template.lifecycle.preStop", json: "object", clear: "" },
  TerminationGracePeriodSeconds: { field: "spec.template.terminationGracePeriodSeconds", removal: { reset: 30, source: "CreateJob API page: Default value: 30" } },
  Timezone: { field: "spec.template.timezone", removal: { reset: "Asia/Shanghai", source: "CreateJob API page: Default value: Asia/Shanghai" } },
  ConfigMapMountDesc: { field: "spec.template.volumes.configMaps", json: "list", clear: "[]", described: { configMapId: "ConfigMapId", key: "Key", mountPath: "MountPath" }, key: ["mountPath"] },
  NasId: { field: "spec.template.volumes.nas.id", clear: "" },
  MountHost: { field: "spec.template.volumes.nas.mountHost", clear: "" },
  MountDesc: { field: "spec.template.volumes.nas.mounts", json: "list", clear: "", described: { mountPath: "MountPath", nasPath: "NasPath" }, key: ["mountPath"] },
  NasConfigs: { field: "spec.template.volumes.nasMounts", json: "list", clear: "[]", key: ["mountPath"] },
  OssAkId: { field: "spec.template.volumes.oss.accessKeyId" },
  OssAkSecret: { field: "spec.template.volumes.oss.accessKeySecret", secret: true },
  OssMountDescs: { field: "spec.template.volumes.oss.mounts", json: "list", clear: "[]", described: { bucketName: "bucketName", bucketPath: "bucketPath", mountPath: "mountPath", readOnly: "readOnly" }, key: ["mountPath"] },
  SlsConfigs: { field: "spec.template.logs.sls", json: "list", clear: "", key: ["logDir", "logType"] },
  Workload: { field: '(always "job")' },
  AppId: { field: "(the live job: UpdateJob only)" }
};
function jobParams() {
  const create = operation("CreateJob").params;
  const update = operation("UpdateJob").params;
  const described = operation("DescribeJob").response;
  const out = /* @__PURE__ */ new Map();
  for (const name of /* @__PURE__ */ new Set([...Object.keys(create), ...Object.keys(update)])) {
    const c = create[name];
    const u = update[name];
    const p = { name, in: (c ?? u).in, type: (c ?? u).type, createOnly: !!c && !u, requestOnly: !!c && !(name in described.Data), ...JOB_PARAM_NOTES[name] };
    if (u) p.updateType = u.type;
    out.set(name, p);
  }
  return out;
}
var JOB_PARAMS = jobParams();
var select = (f) => new Set([...JOB_PARAMS.values()].filter(f).map((p) => p.name));
var BODY_PARAMS = select((p) => p.in === "body");
var CREATE_ONLY_PARAMS = select((p) => p.createOnly);
var JSON_PARAMS = select((p) => p.json !== void 0);
var NUMBER_PARAMS = select((p) => p.type === "number");
var BOOLEAN_PARAMS = select((p) => p.type === "boolean");
var REQUEST_ONLY_PARAMS = select((p) => p.requestOnly);
var SECRET_PARAMS = select((p) => p.secret === true);
var CLEARING_VALUES = Object.fromEntries([...JOB_PARAMS.values()].filter((p) => p.clear !== void 0).map((p) => [p.name, p.clear]));
function removalOf(param) {
  const p = JOB_PARAMS.get(param);
  if (!p || p.requestOnly || param === "AppName" || param === "NamespaceId" || param === "AppId" || !p.field) return { kind: "none" };
  if (p.clear !== void 0) return { kind: "clear", value: p.clear };
  const r = p.removal;
  if (r && "reset" in r) return { kind: "reset", value: r.reset };
  if (r && "server" in r) return { kind: "server" };
  if (r && "follows" in r) return { kind: "follows", param: r.follows };
  return { kind: "replace" };
}
function manifestLabel(param) {
  const p = JOB_PARAMS.get(param);
  return p?.label ?? (p?.field && /^(metadata|spec)\.[\w.]+/.exec(p.field)?.[0]) ?? param;
}
function describedShape(field) {
  return operation("DescribeJob").response.Data[field];
}
var MAX_PAGE_SIZE = 200;
var NAS_FORMS = [["NasConfigs"], ["NasId", "MountHost", "MountDesc"]];
var CHANGE_ORDER_STATUS = { 0: "preparing", 1: "in progress", 2: "succeeded", 3: "failed", 6: "terminated", 8: "waiting for manual batch confirmation", 9: "waiting for automatic batch confirmation", 10: "system failure", 11: "pending approval", 12: "approved, pending execution" };
var CHANGE_ORDER_SUCCEEDED = 2;
var CHANGE_ORDER_FAILED = { 3: "failed", 6: "was terminated", 10: "failed (system failure)" };
var CHANGE_ORDER_PAUSED = { 8: "waits for a person to confirm the next batch in the SAE console", 11: "waits for approval in SAE" };
var CHANGE_ORDER_RUNNING = /* @__PURE__ */ new Set([0, 1, 9, 12]);
var SUB_STATUS_BATCH_FAILED = 1;
var LAST_CHANGE_ORDER_STATE = { succeeded: "1", failed: "0" };
var TAG_RESOURCE_TYPE = "application";
var MAX_TAGGED_RESOURCES = 50;
var RESERVED_TAG_PREFIXES = ["aliyun", "acs:"];
var isSystemTag = (key) => RESERVED_TAG_PREFIXES.some((p) => key.startsWith(p));
var CONFIGMAP_ALL_PREFIX = "sae-sys-configmap-all-";
var DOCUMENTED_SUSPEND_POLARITY = "true-starts";
function suspendParam(paused, polarity) {
  return polarity === "true-suspends" ? paused : !paused;
}

export {
  __require,
  __commonJS,
  __toESM,
  formatFieldPath,
  hasErrors,
  byPosition,
  sortDiagnostics,
  quoteValue,
  expandEnvRefs,
  VARIABLE_REF,
  SECRET_NAME,
  namespaceRegion,
  resolveRegion,
  cpuMillicores,
  memoryMegabytes,
  isSupportedSpec,
  nearest,
  RULES,
  checkManifestRules,
  identityOf,
  duplicateIdentityFinding,
  isIpAddress,
  OPERATION_NAMES,
  operation,
  JOB_PARAMS,
  CREATE_ONLY_PARAMS,
  JSON_PARAMS,
  NUMBER_PARAMS,
  BOOLEAN_PARAMS,
  REQUEST_ONLY_PARAMS,
  SECRET_PARAMS,
  CLEARING_VALUES,
  removalOf,
  manifestLabel,
  describedShape,
  MAX_PAGE_SIZE,
  NAS_FORMS,
  CHANGE_ORDER_STATUS,
  CHANGE_ORDER_SUCCEEDED,
  CHANGE_ORDER_FAILED,
  CHANGE_ORDER_PAUSED,
  CHANGE_ORDER_RUNNING,
  SUB_STATUS_BATCH_FAILED,
  LAST_CHANGE_ORDER_STATE,
  TAG_RESOURCE_TYPE,
  MAX_TAGGED_RESOURCES,
  RESERVED_TAG_PREFIXES,
  isSystemTag,
  CONFIGMAP_ALL_PREFIX,
  DOCUMENTED_SUSPEND_POLARITY,
  suspendParam
};
