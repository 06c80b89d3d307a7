import { createRequire as __saejobCreateRequire } from 'node:module'; const require = __saejobCreateRequire(import.meta.url);
import {
  BOOLEAN_PARAMS,
  CLEARING_VALUES,
  CREATE_ONLY_PARAMS,
  INSTANCE_SPECS,
  JOB_PARAMS,
  JSON_PARAMS,
  NAS_FORMS,
  NUMBER_PARAMS,
  REQUEST_ONLY_PARAMS,
  SECRET_PARAMS,
  TAG_RESOURCE_TYPE,
  __commonJS,
  __toESM,
  cpuMillicores,
  isSupportedSpec,
  isSystemTag,
  manifestLabel,
  memoriesForCpu,
  memoryMegabytes,
  operation,
  removalOf
} from "./chunk-UXUSF2HI.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

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

// src/pipeline/region.ts
function namespaceRegion(namespace) {
  if (!namespace) return void 0;
  const i = namespace.indexOf(":");
  return i > 0 ? namespace.slice(0, i) : /^[a-z]{2,}-[a-z0-9]+(-[a-z0-9]+)*$/.test(namespace) ? namespace : void 0;
}
function resolveRegion(s) {
  return s.metadataRegion ?? namespaceRegion(s.namespace) ?? s.flag ?? s.env;
}
var SAE_REGIONS = [
  "cn-hangzhou",
  "cn-shanghai",
  "cn-beijing",
  "cn-zhangjiakou",
  "cn-wulanchabu",
  "cn-shenzhen",
  "cn-heyuan",
  "cn-guangzhou",
  "cn-chengdu",
  "cn-hongkong",
  "ap-southeast-1",
  "ap-northeast-1",
  "us-west-1",
  "us-east-1",
  "eu-central-1"
];

// src/generated/time-zones.ts
var TIME_ZONES = /* @__PURE__ */ new Set(["Africa/Abidjan", "Africa/Accra", "Africa/Addis_Ababa", "Africa/Algiers", "Africa/Asmera", "Africa/Bamako", "Africa/Bangui", "Africa/Banjul", "Africa/Bissau", "Africa/Blantyre", "Africa/Brazzaville", "Africa/Bujumbura", "Africa/Cairo", "Africa/Casablanca", "Africa/Ceuta", "Africa/Conakry", "Africa/Dakar", "Africa/Dar_es_Salaam", "Africa/Djibouti", "Africa/Douala", "Africa/El_Aaiun", "Africa/Freetown", "Africa/Gaborone", "Africa/Harare", "Africa/Johannesburg", "Africa/Juba", "Africa/Kampala", "Africa/Khartoum", "Africa/Kigali", "Africa/Kinshasa", "Africa/Lagos", "Africa/Libreville", "Africa/Lome", "Africa/Luanda", "Africa/Lubumbashi", "Africa/Lusaka", "Africa/Malabo", "Africa/Maputo", "Africa/Maseru", "Africa/Mbabane", "Africa/Mogadishu", "Africa/Monrovia", "Africa/Nairobi", "Africa/Ndjamena", "Africa/Niamey", "Africa/Nouakchott", "Africa/Ouagadougou", "Africa/Porto-Novo", "Africa/Sao_Tome", "Africa/Tripoli", "Africa/Tunis", "Africa/Windhoek", "America/Adak", "America/Anchorage", "America/Anguilla", "America/Antigua", "America/Araguaina", "America/Argentina/La_Rioja", "America/Argentina/Rio_Gallegos", "America/Argentina/Salta", "America/Argentina/San_Juan", "America/Argentina/San_Luis", "America/Argentina/Tucuman", "America/Argentina/Ushuaia", "America/Aruba", "America/Asuncion", "America/Bahia", "America/Bahia_Banderas", "America/Barbados", "America/Belem", "America/Belize", "America/Blanc-Sablon", "America/Boa_Vista", "America/Bogota", "America/Boise", "America/Buenos_Aires", "America/Cambridge_Bay", "America/Campo_Grande", "America/Cancun", "America/Caracas", "America/Catamarca", "America/Cayenne", "America/Cayman", "America/Chicago", "America/Chihuahua", "America/Ciudad_Juarez", "America/Coral_Harbour", "America/Cordoba", "America/Costa_Rica", "America/Coyhaique", "America/Creston", "America/Cuiaba", "America/Curacao", "America/Danmarkshavn", "America/Dawson", "America/Dawson_Creek", "America/Denver", "America/Detroit", "America/Dominica", "America/Edmonton", "America/Eirunepe", "America/El_Salvador", "America/Fort_Nelson", "America/Fortaleza", "America/Glace_Bay", "America/Godthab", "America/Goose_Bay", "America/Grand_Turk", "America/Grenada", "America/Guadeloupe", "America/Guatemala", "America/Guayaquil", "America/Guyana", "America/Halifax", "America/Havana", "America/Hermosillo", "America/Indiana/Knox", "America/Indiana/Marengo", "America/Indiana/Petersburg", "America/Indiana/Tell_City", "America/Indiana/Vevay", "America/Indiana/Vincennes", "America/Indiana/Winamac", "America/Indianapolis", "America/Inuvik", "America/Iqaluit", "America/Jamaica", "America/Jujuy", "America/Juneau", "America/Kentucky/Monticello", "America/Kralendijk", "America/La_Paz", "America/Lima", "America/Los_Angeles", "America/Louisville", "America/Lower_Princes", "America/Maceio", "America/Managua", "America/Manaus", "America/Marigot", "America/Martinique", "America/Matamoros", "America/Mazatlan", "America/Mendoza", "America/Menominee", "America/Merida", "America/Metlakatla", "America/Mexico_City", "America/Miquelon", "America/Moncton", "America/Monterrey", "America/Montevideo", "America/Montserrat", "America/Nassau", "America/New_York", "America/Nome", "America/Noronha", "America/North_Dakota/Beulah", "America/North_Dakota/Center", "America/North_Dakota/New_Salem", "America/Ojinaga", "America/Panama", "America/Paramaribo", "America/Phoenix", "America/Port-au-Prince", "America/Port_of_Spain", "America/Porto_Velho", "America/Puerto_Rico", "America/Punta_Arenas", "America/Rankin_Inlet", "America/Recife", "America/Regina", "America/Resolute", "America/Rio_Branco", "America/Santarem", "America/Santiago", "America/Santo_Domingo", "America/Sao_Paulo", "America/Scoresbysund", "America/Sitka", "America/St_Barthelemy", "America/St_Johns", "America/St_Kitts", "America/St_Lucia", "America/St_Thomas", "America/St_Vincent", "America/Swift_Current", "America/Tegucigalpa", "America/Thule", "America/Tijuana", "America/Toronto", "America/Tortola", "America/Vancouver", "America/Whitehorse", "America/Winnipeg", "America/Yakutat", "Antarctica/Casey", "Antarctica/Davis", "Antarctica/DumontDUrville", "Antarctica/Macquarie", "Antarctica/Mawson", "Antarctica/McMurdo", "Antarctica/Palmer", "Antarctica/Rothera", "Antarctica/Syowa", "Antarctica/Troll", "Antarctica/Vostok", "Arctic/Longyearbyen", "Asia/Aden", "Asia/Almaty", "Asia/Amman", "Asia/Anadyr", "Asia/Aqtau", "Asia/Aqtobe", "Asia/Ashgabat", "Asia/Atyrau", "Asia/Baghdad", "Asia/Bahrain", "Asia/Baku", "Asia/Bangkok", "Asia/Barnaul", "Asia/Beirut", "Asia/Bishkek", "Asia/Brunei", "Asia/Calcutta", "Asia/Chita", "Asia/Colombo", "Asia/Damascus", "Asia/Dhaka", "Asia/Dili", "Asia/Dubai", "Asia/Dushanbe", "Asia/Famagusta", "Asia/Gaza", "Asia/Hebron", "Asia/Hong_Kong", "Asia/Hovd", "Asia/Irkutsk", "Asia/Jakarta", "Asia/Jayapura", "Asia/Jerusalem", "Asia/Kabul", "Asia/Kamchatka", "Asia/Karachi", "Asia/Katmandu", "Asia/Khandyga", "Asia/Krasnoyarsk", "Asia/Kuala_Lumpur", "Asia/Kuching", "Asia/Kuwait", "Asia/Macau", "Asia/Magadan", "Asia/Makassar", "Asia/Manila", "Asia/Muscat", "Asia/Nicosia", "Asia/Novokuznetsk", "Asia/Novosibirsk", "Asia/Omsk", "Asia/Oral", "Asia/Phnom_Penh", "Asia/Pontianak", "Asia/Pyongyang", "Asia/Qatar", "Asia/Qostanay", "Asia/Qyzylorda", "Asia/Rangoon", "Asia/Riyadh", "Asia/Saigon", "Asia/Sakhalin", "Asia/Samarkand", "Asia/Seoul", "Asia/Shanghai", "Asia/Singapore", "Asia/Srednekolymsk", "Asia/Taipei", "Asia/Tashkent", "Asia/Tbilisi", "Asia/Tehran", "Asia/Thimphu", "Asia/Tokyo", "Asia/Tomsk", "Asia/Ulaanbaatar", "Asia/Urumqi", "Asia/Ust-Nera", "Asia/Vientiane", "Asia/Vladivostok", "Asia/Yakutsk", "Asia/Yekaterinburg", "Asia/Yerevan", "Atlantic/Azores", "Atlantic/Bermuda", "Atlantic/Canary", "Atlantic/Cape_Verde", "Atlantic/Faeroe", "Atlantic/Madeira", "Atlantic/Reykjavik", "Atlantic/South_Georgia", "Atlantic/St_Helena", "Atlantic/Stanley", "Australia/Adelaide", "Australia/Brisbane", "Australia/Broken_Hill", "Australia/Darwin", "Australia/Eucla", "Australia/Hobart", "Australia/Lindeman", "Australia/Lord_Howe", "Australia/Melbourne", "Australia/Perth", "Australia/Sydney", "Etc/GMT", "Etc/UTC", "Europe/Amsterdam", "Europe/Andorra", "Europe/Astrakhan", "Europe/Athens", "Europe/Belgrade", "Europe/Berlin", "Europe/Bratislava", "Europe/Brussels", "Europe/Bucharest", "Europe/Budapest", "Europe/Busingen", "Europe/Chisinau", "Europe/Copenhagen", "Europe/Dublin", "Europe/Gibraltar", "Europe/Guernsey", "Europe/Helsinki", "Europe/Isle_of_Man", "Europe/Istanbul", "Europe/Jersey", "Europe/Kaliningrad", "Europe/Kiev", "Europe/Kirov", "Europe/Lisbon", "Europe/Ljubljana", "Europe/London", "Europe/Luxembourg", "Europe/Madrid", "Europe/Malta", "Europe/Mariehamn", "Europe/Minsk", "Europe/Monaco", "Europe/Moscow", "Europe/Oslo", "Europe/Paris", "Europe/Podgorica", "Europe/Prague", "Europe/Riga", "Europe/Rome", "Europe/Samara", "Europe/San_Marino", "Europe/Sarajevo", "Europe/Saratov", "Europe/Simferopol", "Europe/Skopje", "Europe/Sofia", "Europe/Stockholm", "Europe/Tallinn", "Europe/Tirane", "Europe/Ulyanovsk", "Europe/Vaduz", "Europe/Vatican", "Europe/Vienna", "Europe/Vilnius", "Europe/Volgograd", "Europe/Warsaw", "Europe/Zagreb", "Europe/Zurich", "GMT", "Indian/Antananarivo", "Indian/Chagos", "Indian/Christmas", "Indian/Cocos", "Indian/Comoro", "Indian/Kerguelen", "Indian/Mahe", "Indian/Maldives", "Indian/Mauritius", "Indian/Mayotte", "Indian/Reunion", "Pacific/Apia", "Pacific/Auckland", "Pacific/Bougainville", "Pacific/Chatham", "Pacific/Easter", "Pacific/Efate", "Pacific/Enderbury", "Pacific/Fakaofo", "Pacific/Fiji", "Pacific/Funafuti", "Pacific/Galapagos", "Pacific/Gambier", "Pacific/Guadalcanal", "Pacific/Guam", "Pacific/Honolulu", "Pacific/Kiritimati", "Pacific/Kosrae", "Pacific/Kwajalein", "Pacific/Majuro", "Pacific/Marquesas", "Pacific/Midway", "Pacific/Nauru", "Pacific/Niue", "Pacific/Norfolk", "Pacific/Noumea", "Pacific/Pago_Pago", "Pacific/Palau", "Pacific/Pitcairn", "Pacific/Ponape", "Pacific/Port_Moresby", "Pacific/Rarotonga", "Pacific/Saipan", "Pacific/Tahiti", "Pacific/Tarawa", "Pacific/Tongatapu", "Pacific/Truk", "Pacific/Wake", "Pacific/Wallis", "UTC"]);

// src/pipeline/collections.ts
function pushAll(target, items) {
  for (const item of items) target.push(item);
  return target;
}
var isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function valueAt(value, path) {
  let cur = value;
  for (const seg of path)
    cur = cur !== null && typeof cur === "object" ? cur[seg] : void 0;
  return cur;
}

// src/pipeline/validate/rules/context.ts
var asObj = (v) => isRecord(v) ? v : {};
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
    return asArr(asObj(this.template.logs).sls).map((entry, i) => ({
      entry: asObj(entry),
      at: [...T, "logs", "sls", i],
      i
    }));
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
function walkStrings(v, path, visit3) {
  if (typeof v === "string") visit3(v, path);
  else if (Array.isArray(v)) v.forEach((x, i) => walkStrings(x, [...path, i], visit3));
  else if (isRecord(v)) for (const [k, x] of Object.entries(v)) walkStrings(x, [...path, k], visit3);
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

// src/pipeline/validate/rules/packages.ts
var PACKAGES_RULES = [
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
        report({
          path: [...T, "resources", "memory"],
          message: `${what}: memory must be one of ${[...INSTANCE_SPECS.keys()].join(", ")} MB; with cpu ${cpu} use memory ${fits.join(", ")}`
        });
      } else {
        report({
          path: [...T, "resources"],
          target: "key",
          message: `${what}: with cpu ${cpu} use memory ${fits.join(", ")}, or with memory ${mem} use cpu ${cpus.join(", ")}`
        });
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
        report({
          path: [...T, "package", "type"],
          saeCode: type === "War" ? "WarApplication.MissingJdkWebcontainer" : "JarApplication.MissingJdk",
          message: `a ${type} package needs spec.template.runtime.jdk (e.g. "Open JDK 8" or "Dragonwell 11")`
        });
      }
    }
  },
  {
    id: "package-web-container",
    saeCode: "WarApplication.MissingJdkWebcontainer",
    summary: "War sets `runtime.webContainer`",
    check({ template }, report) {
      if (str(asObj(template.package).type) === "War" && asObj(template.runtime).webContainer === void 0) {
        report({
          path: [...T, "package", "type"],
          message: "a War package needs spec.template.runtime.webContainer (apache-tomcat-7.0.91 or apache-tomcat-8.5.42)"
        });
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
        if (pkg[field] === void 0)
          report({
            path: [...T, "package"],
            message: `a ${type} package needs package.${field}${type.startsWith("IMAGE_PHP") ? " (the image to run)" : ""}`
          });
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
        for (const k of ["jdk", "webContainer", "edasContainerVersion"])
          if (runtime[k] !== void 0) unused([...T, "runtime", k], "for an image (the image brings its own runtime)");
      }
      if (t.jar !== void 0 && type !== "FatJar") unused([...T, "jar"], "unless package.type is FatJar");
      if ((t.war !== void 0 || t.tomcat !== void 0) && type !== "War")
        unused([...T, t.war !== void 0 ? "war" : "tomcat"], "unless package.type is War");
      if (type && !type.startsWith("IMAGE_PHP_")) {
        for (const k of ["acrInstanceId", "acrAssumeRoleArn", "pullSecretId", "pullSecretName", "acceleration"])
          if (asObj(t.package)[k] !== void 0)
            unused([...T, "package", k], "unless package.type is an IMAGE_PHP_* image");
      }
    }
  }
];

// src/pipeline/validate/rules/storage.ts
var STORAGE_RULES = [
  {
    id: "configmap-name-spelling",
    summary: "a ConfigMap is named with `name:` in env, envFrom and volumes alike (`configMapName:` is the old spelling, still read)",
    severity: "warning",
    check({ template: t }, report) {
      const old = (path, name) => report({
        path,
        severity: "warning",
        target: "key",
        message: `configMapName is the old spelling: write name: ${String(name)} (as envFrom's configMapRef does, and Kubernetes)`
      });
      asArr(t.env).forEach((entry, i) => {
        const ref = asObj(asObj(asObj(entry).valueFrom).configMapKeyRef);
        if (ref.configMapName !== void 0)
          old([...T, "env", i, "valueFrom", "configMapKeyRef", "configMapName"], ref.configMapName);
      });
      asArr(asObj(t.volumes).configMaps).forEach((entry, i) => {
        const c = asObj(entry);
        if (c.configMapName !== void 0) old([...T, "volumes", "configMaps", i, "configMapName"], c.configMapName);
      });
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
        if (stdoutAt !== void 0)
          report({
            path: [...at, "stdout"],
            target: "key",
            message: `only one log entry may collect stdout; sls[${stdoutAt}] already does`
          });
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
        if (str(e.project) !== void 0 && str(e.logstore) === void 0)
          report({
            path: [...at, "project"],
            target: "key",
            message: "a custom project needs a logstore too: add logstore"
          });
        if (str(e.logstore) !== void 0 && str(e.project) === void 0)
          report({
            path: [...at, "logstore"],
            target: "key",
            saeCode: "Sls.Config.User.Defined.Missing.Project.Info",
            message: "a custom logstore needs its project too: add project"
          });
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
        if (first && first.name !== proj)
          report({
            path: [...at, "project"],
            message: `all log entries must use one project; sls[${first.i}] uses ${first.name}`
          });
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
        if (str(e.project)?.startsWith("sae-"))
          report({
            path: [...at, "project"],
            message: 'project names starting with "sae-" are reserved for SAE; rename the project'
          });
        if (str(e.logstore)?.startsWith("sae-"))
          report({
            path: [...at, "logstore"],
            saeCode: "Sls.Logstore.Name.Invalid",
            message: 'logstore names starting with "sae-" are reserved for SAE; rename the logstore'
          });
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
        if (first < i)
          report({
            path: mnt.path,
            message: `mountPath ${mnt.mountPath} is already used by ${pathText(mounts[first].path)}: give each volume its own path`
          });
      });
    }
  },
  {
    id: "nas-one-form",
    summary: "`volumes.nas` and `volumes.nasMounts` are not used together",
    check({ template }, report) {
      const volumes = asObj(template.volumes);
      if (volumes.nas !== void 0 && volumes.nasMounts !== void 0) {
        report({
          path: [...T, "volumes", "nasMounts"],
          target: "key",
          message: "nas (NasId, MountHost, MountDesc) and nasMounts (NasConfigs) are two ways to mount NAS: move the nas mounts into nasMounts"
        });
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
        const hit = ctx.mounts.find(
          (mnt) => p === mnt.mountPath || p.startsWith(mnt.mountPath === "/" ? "/" : `${mnt.mountPath}/`)
        );
        if (hit)
          report({
            path: [...at, "path"],
            message: `log path ${logPath} lies inside the volume mounted at ${hit.mountPath} (${pathText(hit.path)}): collect logs from a path outside volumes`
          });
      }
    }
  }
];

// src/pipeline/envref.ts
var REF = /\$(\$)?\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$\$\{/g;
function expandEnvRefs(text, env) {
  const missing = [];
  const used = [];
  const value = text.replace(
    REF,
    (match, escaped, name, fallback) => {
      if (name === void 0 || escaped) return match.slice(1);
      const v = env[name];
      if (v === void 0) {
        if (fallback !== void 0) return fallback;
        missing.push(name);
        return match;
      }
      used.push(name);
      return v;
    }
  );
  return { value, missing, used };
}
function isWholeEnvRef(text) {
  return /^\$\{env:[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}$/.test(text);
}
var VAR_NAME = "[A-Za-z_][A-Za-z0-9_]*";
var VARIABLE_REF = new RegExp(`(?<!\\$)\\$\\{var:(${VAR_NAME})`);
var VAR_REF = new RegExp(`${VARIABLE_REF.source}(?::-([^}]*))?\\}`, "g");
var WHOLE_VAR_REF = new RegExp(`^\\$\\{var:(${VAR_NAME})(?::-([^}]*))?\\}$`);
var variableNames = (text) => [...text.matchAll(new RegExp(VARIABLE_REF.source, "g"))].map((m) => m[1]);
var SECRET_NAME = /SECRET|PASSW|PASSWD|PGPASS|_PASS$|^PASS$|PWD|TOKEN|PRIVATE|CREDENTIAL|(^|_)(API|ACCESS|ENCRYPTION|ENC|SIGNING|MASTER|LICENSE|HMAC|SSH|GPG|CRYPT|CIPHER|AES|JWT|SESSION|CLIENT|APP|SERVICE|DEPLOY|STRIPE|OPENAI)_?KEY$|^KEY$|APIKEY|API_KEY|ACCESS_KEY|AUTH|_PW$|CERT|PEM$|SIGNING|COOKIE|SALT$/i;
var isSecretEntry = (name, secret) => typeof secret === "boolean" ? secret : SECRET_NAME.test(name);
function badEnvRefs(text) {
  if (!text.includes("${")) return [];
  const out = [];
  for (const m of text.matchAll(
    /\$\$\{|\$\{env:[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}|\$\{var:[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}|\$\{[^}]{0,40}\}?/g
  )) {
    const t = m[0];
    if (t === "$${" || /^\$\{(env|var):[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}$/.test(t)) continue;
    const shown = JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}\u2026` : t);
    if (/^\$\{\s*env\s*:/.test(t)) {
      out.push(
        t.endsWith("}") ? `${shown} is not a valid reference: the variable name takes letters, digits and _ (e.g. \${env:DB_HOST})` : `${shown} is not closed: write \${env:NAME} with its closing }`
      );
    } else
      out.push(
        `${shown} is not a saejob reference: write \${env:NAME} for an environment variable, or $\${ for a literal "\${" (shell: $\${HOME})`
      );
  }
  return out;
}

// src/pipeline/validate/rules/env.ts
var ENV_RULES = [
  {
    id: "secret-literal",
    summary: "`volumes.oss.accessKeySecret` is an `${env:NAME}` reference",
    prevents: "a secret committed to git",
    check({ template }, report) {
      const secret = str(asObj(asObj(template.volumes).oss).accessKeySecret);
      if (secret !== void 0 && !isWholeEnvRef(secret)) {
        report({
          path: [...T, "volumes", "oss", "accessKeySecret"],
          message: "accessKeySecret must not be written in the manifest: use a reference such as ${env:OSS_AK_SECRET} and set that variable where saejob runs"
        });
      }
    }
  },
  {
    id: "env-secret-literal",
    summary: "an env entry whose name looks secret (`*PASSWORD*`, `*TOKEN*`, `PGPASS`, \u2026), or marked `secret: true`, takes its value from `${env:NAME}` (`secret: false` says the name only looks secret)",
    prevents: "a secret committed to git",
    severity: "warning",
    check({ template }, report) {
      asArr(template.env).forEach((entry, i) => {
        const e = asObj(entry);
        const name = str(e.name);
        if (name !== void 0 && isSecretEntry(name, e.secret) && e.value !== void 0 && !(typeof e.value === "string" && e.value.includes("${env:"))) {
          report({
            path: [...T, "env", i, "value"],
            severity: "warning",
            message: `${name} ${e.secret === true ? "is marked secret" : "looks like a secret"}, but its value is written in the file (and committed): use \${env:${name}} and set ${name} where saejob runs${e.secret === true ? "" : " (or write secret: false on the entry if it is not one)"}`
          });
        }
      });
    }
  },
  {
    id: "env-ref-syntax",
    summary: "every `${` is a whole `${env:NAME}` or the escape `$${` (`${env:X` without `}`, `${HOME}`, `${evn:X}` are errors); in command and args `${HOME}` is the shell's (a near miss of `${env:` and Kubernetes' `$(NAME)` are warnings)",
    prevents: "a typo sent to SAE as text",
    check({ manifest, options, template }, report) {
      const envNames = new Set(
        (Array.isArray(template.env) ? template.env : []).map((e) => asObj(e).name)
      );
      for (const field of ["command", "args"]) {
        const list2 = template[field];
        if (!Array.isArray(list2)) continue;
        list2.forEach((value, i) => {
          if (typeof value !== "string" || !value.includes("$(")) return;
          for (const m of value.matchAll(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g))
            if (envNames.has(m[1]))
              report({
                path: [...T, field, i],
                severity: "warning",
                message: `$(${m[1]}) is Kubernetes' way to put an env value in a command; SAE passes the command as written (a shell would run ${m[1]} as a command): inside sh -c write \${${m[1]}}, the shell's`
              });
        });
      }
      if (options.mayHoldReferences === false) return;
      walkStrings(manifest, [], (value, path) => {
        const shell = path[0] === "spec" && path[1] === "template" && (path[2] === "command" || path[2] === "args");
        for (const problem of badEnvRefs(value)) {
          if (!shell || !/is not a saejob reference/.test(problem)) report({ path, message: problem });
          else if (/"\$\{\s*(evn|nev|ven|vne|env|enb|var|vra|avr|rav)\s*[:;.]/i.test(problem))
            report({
              path,
              severity: "warning",
              message: `${problem.replace(/: write .*$/, "")}: in a command it is the shell's, but this looks like a saejob reference: write \${env:NAME} or \${var:NAME}`
            });
        }
      });
    }
  },
  {
    id: "args-without-command",
    summary: "`args` comes with `command`",
    check({ template }, report) {
      if (template.args !== void 0 && template.command === void 0)
        report({
          path: [...T, "args"],
          target: "key",
          message: "args needs command: SAE sends args after command[0] (set spec.template.command)"
        });
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
        if (seen.has(name))
          report({
            path: [...T, "env", i, "name"],
            message: `environment variable ${name} is already set by env[${seen.get(name)}]: keep one`
          });
        else seen.set(name, i);
      });
    }
  }
];

// src/pipeline/validate/cron.ts
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
  if (text === "?")
    return field.question ? void 0 : `"?" is allowed only in day-of-month or day-of-week, not in ${field.name}`;
  for (const part of text.split(",")) {
    if (part === "") return `${field.name} has an empty list item`;
    const [range, step, extra] = part.split("/");
    if (extra !== void 0) return `${field.name} has more than one "/" in "${part}"`;
    if (step !== void 0 && !/^[1-9][0-9]*$/.test(step))
      return `${field.name} step "${step}" must be a positive number`;
    if (range === "*") continue;
    const bounds = range.split("-");
    if (bounds.length > 2) return `${field.name} range "${range}" has more than one "-"`;
    const values = bounds.map((b) => parseValue(b, field));
    const bad = values.find((v) => typeof v === "string");
    if (bad !== void 0) return bad;
    if (values.length === 2 && values[0] > values[1])
      return `${field.name} range "${range}" goes backwards`;
  }
  return void 0;
}
var MACROS = {
  "@yearly": "0 0 1 1 ?",
  "@annually": "0 0 1 1 ?",
  "@monthly": "0 0 1 * ?",
  "@weekly": "0 0 ? * 0",
  "@daily": "0 0 * * ?",
  "@midnight": "0 0 * * ?",
  "@hourly": "0 * * * ?"
};
function checkCron(expression) {
  const macro = MACROS[expression.trim().toLowerCase()];
  if (macro) return `SAE's schedule takes five fields, not ${expression.trim()}: write "${macro}"`;
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

// src/pipeline/validate/rules/schedule.ts
var SCHEDULE_RULES = [
  {
    id: "cron",
    saeCode: "InvalidParameter.WithMessage",
    summary: "`trigger.schedule` has 5 valid fields; ranges per field; `?` only in day fields",
    check({ spec }, report) {
      const schedule = str(asObj(spec.trigger).schedule);
      const problem = schedule === void 0 ? void 0 : checkCron(schedule);
      if (problem)
        report({
          path: ["spec", "trigger", "schedule"],
          message: `cron expression ${quoteValue(schedule)}: ${problem}`
        });
    }
  },
  {
    id: "trigger-timezone",
    summary: "`trigger.timezone` only with `schedule`",
    check({ spec }, report) {
      const trigger = asObj(spec.trigger);
      if (trigger.http !== void 0 && trigger.timezone !== void 0 && trigger.schedule === void 0) {
        report({
          path: ["spec", "trigger", "timezone"],
          target: "key",
          message: "timezone applies to a schedule; an http trigger has none: remove it"
        });
      }
    }
  },
  {
    id: "timezone",
    summary: "`template.timezone` is an IANA zone",
    check({ template }, report) {
      const tz = str(template.timezone);
      if (tz !== void 0 && !isTimeZone(tz))
        report({
          path: [...T, "timezone"],
          message: `${quoteValue(tz)} is not an IANA time zone; use a name such as Asia/Shanghai or UTC`
        });
    }
  }
];

// src/pipeline/suggest.ts
function editDistance(a, b) {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(
        dp[j] + 1,
        dp[j - 1] + 1,
        prev + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1)
      );
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

// src/pipeline/validate/rules/place.ts
var PLACE_RULES = [
  {
    id: "unique-identity",
    summary: "(region, namespace, name) is unique across the manifests given",
    prevents: "a second job fighting the first"
  },
  {
    id: "host-alias-ip",
    saeCode: "InvalidHostnameIp.Invalid",
    summary: "`hostAliases[].ip` is IPv4 or IPv6 (host names are checked by the schema)",
    check({ template }, report) {
      asArr(template.hostAliases).forEach((h, i) => {
        const ip = str(asObj(h).ip);
        if (ip !== void 0 && !isIpAddress(ip))
          report({ path: [...T, "hostAliases", i, "ip"], message: `${quoteValue(ip)} is not an IPv4 or IPv6 address` });
      });
    }
  },
  {
    id: "network-auto-config",
    summary: "`autoConfig: true` is not combined with explicit network IDs",
    check({ spec }, report) {
      const net = asObj(spec.network);
      if (net.autoConfig !== true) return;
      for (const k of ["vpcId", "vSwitchId", "securityGroupId"]) {
        if (net[k] !== void 0)
          report({
            path: ["spec", "network", k],
            target: "key",
            message: `autoConfig: true lets SAE choose the network, so ${k} would be ignored: remove ${k} or autoConfig`
          });
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
        report({
          path: ["metadata", "namespace"],
          message: `namespace ${String(metadata.namespace)} belongs to region ${nsRegion}, but metadata.region is ${region}`
        });
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
      report({
        path: ["metadata", metadata.region !== void 0 ? "region" : "namespace"],
        message: `--region ${options.region} contradicts this manifest's region ${own}: drop --region or fix the manifest`
      });
    }
  },
  {
    id: "region-known",
    summary: "the region is one with a published SAE endpoint (a typo gets a did-you-mean)",
    severity: "warning",
    check({ metadata, options }, report) {
      const namespace = str(metadata.namespace);
      const region = resolveRegion({
        metadataRegion: str(metadata.region),
        namespace,
        flag: options.region,
        env: options.envRegion
      });
      if (region === void 0 || SAE_REGIONS.includes(region)) return;
      const guess = nearest(region, SAE_REGIONS);
      const at = metadata.region !== void 0 ? ["metadata", "region"] : ["metadata", "namespace"];
      report({
        path: at,
        severity: "warning",
        message: `region ${region} has no SAE endpoint saejob knows of${guess ? `: did you mean ${guess}?` : ""} (if SAE has opened it since, this warning can be ignored)`
      });
    }
  },
  {
    id: "region-unknown",
    summary: "the region can be told offline (`metadata.region`, `region:name` namespace, `--region`, `ALIBABA_CLOUD_REGION_ID`)",
    prevents: "a manifest that validates but cannot be planned",
    check({ metadata, options }, report) {
      const namespace = str(metadata.namespace);
      if (namespace === void 0 || !/^[a-z]/.test(namespace)) return;
      if (resolveRegion({ metadataRegion: str(metadata.region), namespace, flag: options.region, env: options.envRegion }))
        return;
      report({
        path: ["metadata", "namespace"],
        message: `cannot tell the region of namespace ${namespace}: write it as <region>:${namespace} (e.g. cn-beijing:${namespace}), or set metadata.region`
      });
    }
  }
];

// src/pipeline/identity.ts
var identityKey = (o) => `${o.region}\0${o.namespace}\0${o.name}`;
var placeKey = (o) => `${o.region}\0${o.namespace}`;

// src/pipeline/validate/rules.ts
var RULES = [
  ...PACKAGES_RULES,
  ...STORAGE_RULES,
  ...ENV_RULES,
  ...SCHEDULE_RULES,
  ...PLACE_RULES
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
function identityOf(manifest, options) {
  const md = asObj(asObj(manifest).metadata);
  const name = str(md.name);
  const namespace = str(md.namespace);
  if (name === void 0 || namespace === void 0) return void 0;
  const region = resolveRegion({ metadataRegion: str(md.region), namespace, flag: options.region, env: options.envRegion }) ?? "";
  return { id: identityKey({ region, namespace, name }), name, namespace, region };
}
function duplicateIdentityFinding(identity, first) {
  const { name, namespace, region } = identity;
  return {
    path: ["metadata", "name"],
    rule: "unique-identity",
    message: `${first} already defines job ${name} in namespace ${namespace}${region ? ` (${region})` : ""}: names must be unique per namespace`
  };
}

// src/generated/validate-job.js
var __dep0ns = __toESM(require_ucs2length(), 1);
var __dep1ns = __toESM(require_equal(), 1);
var __dep0 = typeof __dep0ns.default === "function" ? __dep0ns : __dep0ns.default;
var __dep1 = typeof __dep1ns.default === "function" ? __dep1ns : __dep1ns.default;
var validate_job_default = validate10;
var func2 = __dep0.default;
var pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9-]*$", "u");
var pattern1 = new RegExp("^[a-z][a-z0-9-]*(:[a-z0-9][a-z0-9-]*)?$", "u");
var pattern2 = new RegExp("^[a-z]{2,}(-[a-z0-9]+)+$", "u");
var pattern3 = new RegExp("^(?!aliyun)(?!acs:)(?!saejob-(?!protected$))(?!.*https?://)", "u");
var schema13 = { "type": "object", "additionalProperties": false, "required": ["replicas", "template"], "properties": { "replicas": { "type": "integer", "minimum": 1 }, "trigger": { "$ref": "#/definitions/Trigger" }, "concurrencyPolicy": { "enum": ["Allow", "Forbid", "Replace"] }, "timeoutSeconds": { "type": "integer", "minimum": 1 }, "backoffLimit": { "type": "integer", "minimum": 0 }, "shards": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": ["string", "integer"] } }, "refAppId": { "type": "string", "minLength": 1 }, "suspend": { "type": "boolean" }, "network": { "$ref": "#/definitions/Network" }, "template": { "$ref": "#/definitions/PodTemplate" } } };
var func11 = Object.prototype.hasOwnProperty;
var schema15 = { "type": "object", "additionalProperties": false, "properties": { "type": { "enum": ["HTTP", "HTTPS", "HTTP&HTTPS"] }, "methods": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"] } }, "ip": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "referer": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "securityConfig": { "enum": ["none", "ip", "referer"] } } };
var func0 = __dep1.default;
var pattern4 = new RegExp("^GMT[+-](1[0-4]|[0-9]):[0-5][0-9]$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schedule === void 0) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "schedule" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.http === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "http" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "schedule" || key0 === "timezone" || key0 === "http")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.schedule !== void 0) {
      let data0 = data.schedule;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data1 = data.timezone;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err6 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/pattern", keyword: "pattern", params: { pattern: "^GMT[+-](1[0-4]|[0-9]):[0-5][0-9]$" } };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.http !== void 0) {
      let data2 = data.http;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "type" || key1 === "methods" || key1 === "ip" || key1 === "referer" || key1 === "securityConfig")) {
            const err8 = { instancePath: instancePath + "/http", schemaPath: "#/definitions/HttpTrigger/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.type !== void 0) {
          let data3 = data2.type;
          if (!(data3 === "HTTP" || data3 === "HTTPS" || data3 === "HTTP&HTTPS")) {
            const err9 = { instancePath: instancePath + "/http/type", schemaPath: "#/definitions/HttpTrigger/properties/type/enum", keyword: "enum", params: { allowedValues: schema15.properties.type.enum } };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.methods !== void 0) {
          let data4 = data2.methods;
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err10 = { instancePath: instancePath + "/http/methods", schemaPath: "#/definitions/HttpTrigger/properties/methods/minItems", keyword: "minItems", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (!(data5 === "GET" || data5 === "POST" || data5 === "PUT" || data5 === "DELETE" || data5 === "HEAD" || data5 === "PATCH")) {
                const err11 = { instancePath: instancePath + "/http/methods/" + i0, schemaPath: "#/definitions/HttpTrigger/properties/methods/items/enum", keyword: "enum", params: { allowedValues: schema15.properties.methods.items.enum } };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            let i1 = data4.length;
            let j0;
            if (i1 > 1) {
              outer0: for (; i1--; ) {
                for (j0 = i1; j0--; ) {
                  if (func0(data4[i1], data4[j0])) {
                    const err12 = { instancePath: instancePath + "/http/methods", schemaPath: "#/definitions/HttpTrigger/properties/methods/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 } };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/http/methods", schemaPath: "#/definitions/HttpTrigger/properties/methods/type", keyword: "type", params: { type: "array" } };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.ip !== void 0) {
          let data6 = data2.ip;
          if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data7 = data6[i2];
              if (typeof data7 === "string") {
                if (func2(data7) < 1) {
                  const err14 = { instancePath: instancePath + "/http/ip/" + i2, schemaPath: "#/definitions/HttpTrigger/properties/ip/items/minLength", keyword: "minLength", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/http/ip/" + i2, schemaPath: "#/definitions/HttpTrigger/properties/ip/items/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/http/ip", schemaPath: "#/definitions/HttpTrigger/properties/ip/type", keyword: "type", params: { type: "array" } };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data2.referer !== void 0) {
          let data8 = data2.referer;
          if (Array.isArray(data8)) {
            const len2 = data8.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data9 = data8[i3];
              if (typeof data9 === "string") {
                if (func2(data9) < 1) {
                  const err17 = { instancePath: instancePath + "/http/referer/" + i3, schemaPath: "#/definitions/HttpTrigger/properties/referer/items/minLength", keyword: "minLength", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/http/referer/" + i3, schemaPath: "#/definitions/HttpTrigger/properties/referer/items/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/http/referer", schemaPath: "#/definitions/HttpTrigger/properties/referer/type", keyword: "type", params: { type: "array" } };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data2.securityConfig !== void 0) {
          let data10 = data2.securityConfig;
          if (!(data10 === "none" || data10 === "ip" || data10 === "referer")) {
            const err20 = { instancePath: instancePath + "/http/securityConfig", schemaPath: "#/definitions/HttpTrigger/properties/securityConfig/enum", keyword: "enum", params: { allowedValues: schema15.properties.securityConfig.enum } };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/http", schemaPath: "#/definitions/HttpTrigger/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var schema17 = { "type": "object", "additionalProperties": false, "required": ["resources"], "properties": { "image": { "$ref": "#/definitions/Image" }, "package": { "$ref": "#/definitions/Package" }, "runtime": { "$ref": "#/definitions/Runtime" }, "jar": { "type": "object", "additionalProperties": false, "properties": { "startOptions": { "type": "string" }, "startArgs": { "type": "string" } } }, "war": { "type": "object", "additionalProperties": false, "properties": { "startOptions": { "type": "string" } } }, "tomcat": { "$ref": "#/definitions/Tomcat" }, "php": { "type": "object", "additionalProperties": false, "properties": { "config": { "type": "string" }, "configLocation": { "type": "string", "pattern": "^/" } } }, "resources": { "$ref": "#/definitions/Resources" }, "command": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "args": { "type": "array", "items": { "type": "string" } }, "env": { "type": "array", "items": { "$ref": "#/definitions/EnvVar" } }, "envFrom": { "type": "array", "items": { "$ref": "#/definitions/EnvFromSource" } }, "hostAliases": { "type": "array", "items": { "$ref": "#/definitions/HostAlias" } }, "lifecycle": { "$ref": "#/definitions/Lifecycle" }, "terminationGracePeriodSeconds": { "type": "integer", "minimum": 1, "maximum": 300 }, "timezone": { "type": "string", "minLength": 1 }, "volumes": { "$ref": "#/definitions/Volumes" }, "logs": { "$ref": "#/definitions/Logs" } }, "oneOf": [{ "required": ["image"] }, { "required": ["package"] }] };
var schema18 = { "type": "object", "additionalProperties": false, "required": ["url"], "properties": { "url": { "type": "string", "minLength": 1, "pattern": "^[^\\s]+$" }, "acrInstanceId": { "type": "string", "pattern": "^cri-[A-Za-z0-9]+$" }, "acrAssumeRoleArn": { "type": "string", "pattern": "^acs:ram::[0-9]+:role/.+$" }, "pullSecretId": { "type": ["string", "integer"] }, "acceleration": { "type": "boolean" }, "pullSecretName": { "type": "string", "minLength": 1 } } };
var schema19 = { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "enum": ["FatJar", "War", "PythonZip", "PhpZip", "IMAGE_PHP_5_4", "IMAGE_PHP_5_4_ALPINE", "IMAGE_PHP_5_5", "IMAGE_PHP_5_5_ALPINE", "IMAGE_PHP_5_6", "IMAGE_PHP_5_6_ALPINE", "IMAGE_PHP_7_0", "IMAGE_PHP_7_0_ALPINE", "IMAGE_PHP_7_1", "IMAGE_PHP_7_1_ALPINE", "IMAGE_PHP_7_2", "IMAGE_PHP_7_2_ALPINE", "IMAGE_PHP_7_3", "IMAGE_PHP_7_3_ALPINE"] }, "url": { "type": "string", "minLength": 1, "pattern": "^[^\\s]+$" }, "version": { "type": ["string", "number"] }, "acrInstanceId": { "type": "string", "pattern": "^cri-[A-Za-z0-9]+$" }, "acrAssumeRoleArn": { "type": "string", "pattern": "^acs:ram::[0-9]+:role/.+$" }, "pullSecretId": { "type": ["string", "integer"] }, "pullSecretName": { "type": "string", "minLength": 1 }, "acceleration": { "type": "boolean" } } };
var schema20 = { "type": "object", "additionalProperties": false, "properties": { "language": { "enum": ["java", "php", "python", "shell"] }, "jdk": { "enum": ["Open JDK 8", "Open JDK 7", "Dragonwell 11", "Dragonwell 8", "openjdk-8u191-jdk-alpine3.9", "openjdk-7u201-jdk-alpine3.9"] }, "webContainer": { "enum": ["apache-tomcat-7.0.91", "apache-tomcat-8.5.42"] }, "edasContainerVersion": { "type": "string", "minLength": 1 }, "python": { "type": "string", "pattern": "^PYTHON [0-9]+(\\.[0-9]+)*$" }, "pythonModules": { "type": ["string", "array"], "items": { "type": "string", "minLength": 1 } } } };
var schema21 = { "type": "object", "additionalProperties": false, "properties": { "port": { "type": "integer", "minimum": 1025, "maximum": 65535 }, "contextPath": { "type": "string", "pattern": "^/" }, "maxThreads": { "type": "integer", "minimum": 1 }, "uriEncoding": { "enum": ["UTF-8", "ISO-8859-1", "GBK", "GB2312"] }, "useBodyEncodingForUri": { "type": "boolean" } } };
var schema22 = { "type": "object", "additionalProperties": false, "required": ["cpu", "memory"], "properties": { "cpu": { "type": ["integer", "string"], "minimum": 1, "pattern": "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$" }, "memory": { "type": ["integer", "string"], "minimum": 1, "pattern": "^[0-9]+(Mi|Gi)$" }, "bestEffortType": { "type": "string", "minLength": 1 } } };
var pattern8 = new RegExp("^[^\\s]+$", "u");
var pattern9 = new RegExp("^cri-[A-Za-z0-9]+$", "u");
var pattern10 = new RegExp("^acs:ram::[0-9]+:role/.+$", "u");
var pattern14 = new RegExp("^PYTHON [0-9]+(\\.[0-9]+)*$", "u");
var pattern15 = new RegExp("^/", "u");
var pattern17 = new RegExp("^([0-9]+m|[0-9]+(\\.[0-9]+)?)$", "u");
var pattern18 = new RegExp("^[0-9]+(Mi|Gi)$", "u");
var pattern22 = new RegExp("^(?=.{1,253}\\.?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[-0-9A-Za-z]{0,61}[0-9A-Za-z])?)*\\.?$", "u");
var schema23 = { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$" }, "value": { "type": ["string", "number", "boolean"] }, "secret": { "type": "boolean" }, "valueFrom": { "type": "object", "additionalProperties": false, "required": ["configMapKeyRef"], "properties": { "configMapKeyRef": { "type": "object", "additionalProperties": false, "required": ["key"], "properties": { "configMapId": { "$ref": "#/definitions/ConfigMapId" }, "key": { "type": "string", "minLength": 1 }, "name": { "type": "string", "pattern": "^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$" }, "configMapName": { "type": "string", "pattern": "^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$" } }, "oneOf": [{ "required": ["configMapId"] }, { "required": ["name"] }, { "required": ["configMapName"] }] } } } }, "oneOf": [{ "required": ["value"] }, { "required": ["valueFrom"] }] };
var pattern19 = new RegExp("^[A-Za-z_][A-Za-z0-9_.-]*$", "u");
var pattern20 = new RegExp("^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$", "u");
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.value === void 0) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "value" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.valueFrom === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "valueFrom" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "value" || key0 === "secret" || key0 === "valueFrom")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern19.test(data0)) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" } };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (typeof data1 !== "string" && !(typeof data1 == "number" && isFinite(data1)) && typeof data1 !== "boolean") {
        const err7 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: schema23.properties.value.type } };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.secret !== void 0) {
      if (typeof data.secret !== "boolean") {
        const err8 = { instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/type", keyword: "type", params: { type: "boolean" } };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.valueFrom !== void 0) {
      let data3 = data.valueFrom;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.configMapKeyRef === void 0) {
          const err9 = { instancePath: instancePath + "/valueFrom", schemaPath: "#/properties/valueFrom/required", keyword: "required", params: { missingProperty: "configMapKeyRef" } };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "configMapKeyRef")) {
            const err10 = { instancePath: instancePath + "/valueFrom", schemaPath: "#/properties/valueFrom/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.configMapKeyRef !== void 0) {
          let data4 = data3.configMapKeyRef;
          const _errs16 = errors;
          let valid3 = false;
          let passing1 = null;
          const _errs17 = errors;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.configMapId === void 0) {
              const err11 = { instancePath: instancePath + "/valueFrom/configMapKeyRef", schemaPath: "#/properties/valueFrom/properties/configMapKeyRef/oneOf/0/required", keyword: "required", params: { missingProperty: "configMapId" } };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          var _valid1 = _errs17 === errors;
          if (_valid1) {
            valid3 = true;
            passing1 = 0;
          }
          const _errs18 = errors;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.name === void 0) {
              const err12 = { instancePath: instancePath + "/valueFrom/configMapKeyRef", schemaPath: "#/properties/valueFrom/properties/configMapKeyRef/oneOf/1/required", keyword: "required", params: { missingProperty: "name" } };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          var _valid1 = _errs18 === errors;
          if (_valid1 && valid3) {
            valid3 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid3 = true;
              passing1 = 1;
            }
            const _errs19 = errors;
            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
              if (data4.configMapName === void 0) {
                const err13 = { instancePath: instancePath + "/valueFrom/configMapKeyRef", schemaPath: "#/properties/valueFrom/properties/configMapKeyRef/oneOf/2/required", keyword: "required", params: { missingProperty: "configMapName" } };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            var _valid1 = _errs19 === errors;
            if (_valid1 && valid3) {
              valid3 = false;
              passing1 = [passing1, 2];
            } else {
              if (_valid1) {
                valid3 = true;
                passing1 = 2;
              }
            }
          }
          if (!valid3) {
            const err14 = { instancePath: instancePath + "/valueFrom/configMapKeyRef", schemaPath: "#/properties/valueFrom/properties/configMapKeyRef/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 } };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          } else {
            errors = _errs16;
            if (vErrors !== null) {
              if (_errs16) {
                vErrors.length = _errs16;
              } else {
                vErrors = null;
              }
            }
          }
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.key === void 0) {
              const err15 = { instancePath: instancePath + "/valueFrom/configMapKeyRef", schemaPath: "#/properties/valueFrom/properties/configMapKeyRef/required", keyword: "required", params: { missingProperty: "key" } };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            for (const key2 in data4) {
              if (!(key2 === "configMapId" || key2 === "key" || key2 === "name" || key2 === "configMapName")) {
                const err16 = { instancePath: instancePath + "/valueFrom/configMapKeyRef", schemaPath: "#/properties/valueFrom/properties/configMapKeyRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 } };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data4.configMapId !== void 0) {
              let data5 = data4.configMapId;
              if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                const err17 = { instancePath: instancePath + "/valueFrom/configMapKeyRef/configMapId", schemaPath: "#/definitions/ConfigMapId/type", keyword: "type", params: { type: "integer" } };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              if (typeof data5 == "number" && isFinite(data5)) {
                if (data5 < 1 || isNaN(data5)) {
                  const err18 = { instancePath: instancePath + "/valueFrom/configMapKeyRef/configMapId", schemaPath: "#/definitions/ConfigMapId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
            }
            if (data4.key !== void 0) {
              let data6 = data4.key;
              if (typeof data6 === "string") {
                if (func2(data6) < 1) {
                  const err19 = { instancePath: instancePath + "/valueFrom/configMapKeyRef/key", schemaPath: "#/properties/valueFrom/properties/configMapKeyRef/properties/key/minLength", keyword: "minLength", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/valueFrom/configMapKeyRef/key", schemaPath: "#/properties/valueFrom/properties/configMapKeyRef/properties/key/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data4.name !== void 0) {
              let data7 = data4.name;
              if (typeof data7 === "string") {
                if (!pattern20.test(data7)) {
                  const err21 = { instancePath: instancePath + "/valueFrom/configMapKeyRef/name", schemaPath: "#/properties/valueFrom/properties/configMapKeyRef/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$" } };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/valueFrom/configMapKeyRef/name", schemaPath: "#/properties/valueFrom/properties/configMapKeyRef/properties/name/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data4.configMapName !== void 0) {
              let data8 = data4.configMapName;
              if (typeof data8 === "string") {
                if (!pattern20.test(data8)) {
                  const err23 = { instancePath: instancePath + "/valueFrom/configMapKeyRef/configMapName", schemaPath: "#/properties/valueFrom/properties/configMapKeyRef/properties/configMapName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$" } };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/valueFrom/configMapKeyRef/configMapName", schemaPath: "#/properties/valueFrom/properties/configMapKeyRef/properties/configMapName/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/valueFrom/configMapKeyRef", schemaPath: "#/properties/valueFrom/properties/configMapKeyRef/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/valueFrom", schemaPath: "#/properties/valueFrom/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.configMapRef === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "configMapRef" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "configMapRef")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.configMapRef !== void 0) {
      let data0 = data.configMapRef;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.name === void 0) {
          const err2 = { instancePath: instancePath + "/configMapRef", schemaPath: "#/properties/configMapRef/required", keyword: "required", params: { missingProperty: "name" } };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "configMapId" || key1 === "name")) {
            const err3 = { instancePath: instancePath + "/configMapRef", schemaPath: "#/properties/configMapRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.configMapId !== void 0) {
          let data1 = data0.configMapId;
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
            const err4 = { instancePath: instancePath + "/configMapRef/configMapId", schemaPath: "#/definitions/ConfigMapId/type", keyword: "type", params: { type: "integer" } };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 < 1 || isNaN(data1)) {
              const err5 = { instancePath: instancePath + "/configMapRef/configMapId", schemaPath: "#/definitions/ConfigMapId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        }
        if (data0.name !== void 0) {
          let data2 = data0.name;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err6 = { instancePath: instancePath + "/configMapRef/name", schemaPath: "#/properties/configMapRef/properties/name/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/configMapRef/name", schemaPath: "#/properties/configMapRef/properties/name/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/configMapRef", schemaPath: "#/properties/configMapRef/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "postStart" || key0 === "preStop")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.postStart !== void 0) {
      let data0 = data.postStart;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.exec === void 0) {
          const err1 = { instancePath: instancePath + "/postStart", schemaPath: "#/definitions/ExecAction/required", keyword: "required", params: { missingProperty: "exec" } };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "exec")) {
            const err2 = { instancePath: instancePath + "/postStart", schemaPath: "#/definitions/ExecAction/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.exec !== void 0) {
          let data1 = data0.exec;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.command === void 0) {
              const err3 = { instancePath: instancePath + "/postStart/exec", schemaPath: "#/definitions/ExecAction/properties/exec/required", keyword: "required", params: { missingProperty: "command" } };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            for (const key2 in data1) {
              if (!(key2 === "command")) {
                const err4 = { instancePath: instancePath + "/postStart/exec", schemaPath: "#/definitions/ExecAction/properties/exec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 } };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.command !== void 0) {
              let data2 = data1.command;
              if (Array.isArray(data2)) {
                if (data2.length < 1) {
                  const err5 = { instancePath: instancePath + "/postStart/exec/command", schemaPath: "#/definitions/ExecAction/properties/exec/properties/command/minItems", keyword: "minItems", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data2[i0] !== "string") {
                    const err6 = { instancePath: instancePath + "/postStart/exec/command/" + i0, schemaPath: "#/definitions/ExecAction/properties/exec/properties/command/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                }
              } else {
                const err7 = { instancePath: instancePath + "/postStart/exec/command", schemaPath: "#/definitions/ExecAction/properties/exec/properties/command/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/postStart/exec", schemaPath: "#/definitions/ExecAction/properties/exec/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/postStart", schemaPath: "#/definitions/ExecAction/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.preStop !== void 0) {
      let data4 = data.preStop;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.exec === void 0) {
          const err10 = { instancePath: instancePath + "/preStop", schemaPath: "#/definitions/ExecAction/required", keyword: "required", params: { missingProperty: "exec" } };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key3 in data4) {
          if (!(key3 === "exec")) {
            const err11 = { instancePath: instancePath + "/preStop", schemaPath: "#/definitions/ExecAction/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 } };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data4.exec !== void 0) {
          let data5 = data4.exec;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.command === void 0) {
              const err12 = { instancePath: instancePath + "/preStop/exec", schemaPath: "#/definitions/ExecAction/properties/exec/required", keyword: "required", params: { missingProperty: "command" } };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            for (const key4 in data5) {
              if (!(key4 === "command")) {
                const err13 = { instancePath: instancePath + "/preStop/exec", schemaPath: "#/definitions/ExecAction/properties/exec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 } };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data5.command !== void 0) {
              let data6 = data5.command;
              if (Array.isArray(data6)) {
                if (data6.length < 1) {
                  const err14 = { instancePath: instancePath + "/preStop/exec/command", schemaPath: "#/definitions/ExecAction/properties/exec/properties/command/minItems", keyword: "minItems", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                const len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data6[i1] !== "string") {
                    const err15 = { instancePath: instancePath + "/preStop/exec/command/" + i1, schemaPath: "#/definitions/ExecAction/properties/exec/properties/command/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/preStop/exec/command", schemaPath: "#/definitions/ExecAction/properties/exec/properties/command/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/preStop/exec", schemaPath: "#/definitions/ExecAction/properties/exec/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/preStop", schemaPath: "#/definitions/ExecAction/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
var pattern30 = new RegExp("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "configMaps" || key0 === "nas" || key0 === "nasMounts" || key0 === "oss")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.configMaps !== void 0) {
      let data0 = data.configMaps;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          const _errs6 = errors;
          let valid3 = false;
          let passing0 = null;
          const _errs7 = errors;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.configMapId === void 0) {
              const err1 = { instancePath: instancePath + "/configMaps/" + i0, schemaPath: "#/properties/configMaps/items/oneOf/0/required", keyword: "required", params: { missingProperty: "configMapId" } };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          var _valid0 = _errs7 === errors;
          if (_valid0) {
            valid3 = true;
            passing0 = 0;
          }
          const _errs8 = errors;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.name === void 0) {
              const err2 = { instancePath: instancePath + "/configMaps/" + i0, schemaPath: "#/properties/configMaps/items/oneOf/1/required", keyword: "required", params: { missingProperty: "name" } };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          var _valid0 = _errs8 === errors;
          if (_valid0 && valid3) {
            valid3 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid3 = true;
              passing0 = 1;
            }
            const _errs9 = errors;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              if (data1.configMapName === void 0) {
                const err3 = { instancePath: instancePath + "/configMaps/" + i0, schemaPath: "#/properties/configMaps/items/oneOf/2/required", keyword: "required", params: { missingProperty: "configMapName" } };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            var _valid0 = _errs9 === errors;
            if (_valid0 && valid3) {
              valid3 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid0) {
                valid3 = true;
                passing0 = 2;
              }
            }
          }
          if (!valid3) {
            const err4 = { instancePath: instancePath + "/configMaps/" + i0, schemaPath: "#/properties/configMaps/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          } else {
            errors = _errs6;
            if (vErrors !== null) {
              if (_errs6) {
                vErrors.length = _errs6;
              } else {
                vErrors = null;
              }
            }
          }
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.key === void 0) {
              const err5 = { instancePath: instancePath + "/configMaps/" + i0, schemaPath: "#/properties/configMaps/items/required", keyword: "required", params: { missingProperty: "key" } };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.mountPath === void 0) {
              const err6 = { instancePath: instancePath + "/configMaps/" + i0, schemaPath: "#/properties/configMaps/items/required", keyword: "required", params: { missingProperty: "mountPath" } };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === "configMapId" || key1 === "key" || key1 === "mountPath" || key1 === "name" || key1 === "configMapName")) {
                const err7 = { instancePath: instancePath + "/configMaps/" + i0, schemaPath: "#/properties/configMaps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.configMapId !== void 0) {
              let data2 = data1.configMapId;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                const err8 = { instancePath: instancePath + "/configMaps/" + i0 + "/configMapId", schemaPath: "#/definitions/ConfigMapId/type", keyword: "type", params: { type: "integer" } };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              if (typeof data2 == "number" && isFinite(data2)) {
                if (data2 < 1 || isNaN(data2)) {
                  const err9 = { instancePath: instancePath + "/configMaps/" + i0 + "/configMapId", schemaPath: "#/definitions/ConfigMapId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
            }
            if (data1.key !== void 0) {
              let data3 = data1.key;
              if (typeof data3 === "string") {
                if (func2(data3) < 1) {
                  const err10 = { instancePath: instancePath + "/configMaps/" + i0 + "/key", schemaPath: "#/properties/configMaps/items/properties/key/minLength", keyword: "minLength", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/configMaps/" + i0 + "/key", schemaPath: "#/properties/configMaps/items/properties/key/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data1.mountPath !== void 0) {
              let data4 = data1.mountPath;
              if (typeof data4 === "string") {
                if (!pattern15.test(data4)) {
                  const err12 = { instancePath: instancePath + "/configMaps/" + i0 + "/mountPath", schemaPath: "#/definitions/MountPath/pattern", keyword: "pattern", params: { pattern: "^/" } };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/configMaps/" + i0 + "/mountPath", schemaPath: "#/definitions/MountPath/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data1.name !== void 0) {
              let data5 = data1.name;
              if (typeof data5 === "string") {
                if (!pattern20.test(data5)) {
                  const err14 = { instancePath: instancePath + "/configMaps/" + i0 + "/name", schemaPath: "#/properties/configMaps/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$" } };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/configMaps/" + i0 + "/name", schemaPath: "#/properties/configMaps/items/properties/name/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data1.configMapName !== void 0) {
              let data6 = data1.configMapName;
              if (typeof data6 === "string") {
                if (!pattern20.test(data6)) {
                  const err16 = { instancePath: instancePath + "/configMaps/" + i0 + "/configMapName", schemaPath: "#/properties/configMaps/items/properties/configMapName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$" } };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/configMaps/" + i0 + "/configMapName", schemaPath: "#/properties/configMaps/items/properties/configMapName/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/configMaps/" + i0, schemaPath: "#/properties/configMaps/items/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/configMaps", schemaPath: "#/properties/configMaps/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.nas !== void 0) {
      let data7 = data.nas;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.id === void 0) {
          const err20 = { instancePath: instancePath + "/nas", schemaPath: "#/properties/nas/required", keyword: "required", params: { missingProperty: "id" } };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data7.mountHost === void 0) {
          const err21 = { instancePath: instancePath + "/nas", schemaPath: "#/properties/nas/required", keyword: "required", params: { missingProperty: "mountHost" } };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data7.mounts === void 0) {
          const err22 = { instancePath: instancePath + "/nas", schemaPath: "#/properties/nas/required", keyword: "required", params: { missingProperty: "mounts" } };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (!(key2 === "id" || key2 === "mountHost" || key2 === "mounts")) {
            const err23 = { instancePath: instancePath + "/nas", schemaPath: "#/properties/nas/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 } };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data7.id !== void 0) {
          let data8 = data7.id;
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err24 = { instancePath: instancePath + "/nas/id", schemaPath: "#/properties/nas/properties/id/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/nas/id", schemaPath: "#/properties/nas/properties/id/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data7.mountHost !== void 0) {
          let data9 = data7.mountHost;
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err26 = { instancePath: instancePath + "/nas/mountHost", schemaPath: "#/properties/nas/properties/mountHost/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/nas/mountHost", schemaPath: "#/properties/nas/properties/mountHost/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data7.mounts !== void 0) {
          let data10 = data7.mounts;
          if (Array.isArray(data10)) {
            if (data10.length < 1) {
              const err28 = { instancePath: instancePath + "/nas/mounts", schemaPath: "#/properties/nas/properties/mounts/minItems", keyword: "minItems", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            const len1 = data10.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data11 = data10[i1];
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.mountPath === void 0) {
                  const err29 = { instancePath: instancePath + "/nas/mounts/" + i1, schemaPath: "#/properties/nas/properties/mounts/items/required", keyword: "required", params: { missingProperty: "mountPath" } };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                if (data11.nasPath === void 0) {
                  const err30 = { instancePath: instancePath + "/nas/mounts/" + i1, schemaPath: "#/properties/nas/properties/mounts/items/required", keyword: "required", params: { missingProperty: "nasPath" } };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                for (const key3 in data11) {
                  if (!(key3 === "mountPath" || key3 === "nasPath")) {
                    const err31 = { instancePath: instancePath + "/nas/mounts/" + i1, schemaPath: "#/properties/nas/properties/mounts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 } };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data11.mountPath !== void 0) {
                  let data12 = data11.mountPath;
                  if (typeof data12 === "string") {
                    if (!pattern15.test(data12)) {
                      const err32 = { instancePath: instancePath + "/nas/mounts/" + i1 + "/mountPath", schemaPath: "#/definitions/MountPath/pattern", keyword: "pattern", params: { pattern: "^/" } };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/nas/mounts/" + i1 + "/mountPath", schemaPath: "#/definitions/MountPath/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data11.nasPath !== void 0) {
                  let data13 = data11.nasPath;
                  if (typeof data13 === "string") {
                    if (!pattern15.test(data13)) {
                      const err34 = { instancePath: instancePath + "/nas/mounts/" + i1 + "/nasPath", schemaPath: "#/properties/nas/properties/mounts/items/properties/nasPath/pattern", keyword: "pattern", params: { pattern: "^/" } };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/nas/mounts/" + i1 + "/nasPath", schemaPath: "#/properties/nas/properties/mounts/items/properties/nasPath/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
              } else {
                const err36 = { instancePath: instancePath + "/nas/mounts/" + i1, schemaPath: "#/properties/nas/properties/mounts/items/type", keyword: "type", params: { type: "object" } };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/nas/mounts", schemaPath: "#/properties/nas/properties/mounts/type", keyword: "type", params: { type: "array" } };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/nas", schemaPath: "#/properties/nas/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.nasMounts !== void 0) {
      let data14 = data.nasMounts;
      if (Array.isArray(data14)) {
        if (data14.length < 1) {
          const err39 = { instancePath: instancePath + "/nasMounts", schemaPath: "#/properties/nasMounts/minItems", keyword: "minItems", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        const len2 = data14.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data15 = data14[i2];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.id === void 0) {
              const err40 = { instancePath: instancePath + "/nasMounts/" + i2, schemaPath: "#/properties/nasMounts/items/required", keyword: "required", params: { missingProperty: "id" } };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data15.mountHost === void 0) {
              const err41 = { instancePath: instancePath + "/nasMounts/" + i2, schemaPath: "#/properties/nasMounts/items/required", keyword: "required", params: { missingProperty: "mountHost" } };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data15.nasPath === void 0) {
              const err42 = { instancePath: instancePath + "/nasMounts/" + i2, schemaPath: "#/properties/nasMounts/items/required", keyword: "required", params: { missingProperty: "nasPath" } };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data15.mountPath === void 0) {
              const err43 = { instancePath: instancePath + "/nasMounts/" + i2, schemaPath: "#/properties/nasMounts/items/required", keyword: "required", params: { missingProperty: "mountPath" } };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            for (const key4 in data15) {
              if (!(key4 === "id" || key4 === "mountHost" || key4 === "nasPath" || key4 === "mountPath" || key4 === "readOnly")) {
                const err44 = { instancePath: instancePath + "/nasMounts/" + i2, schemaPath: "#/properties/nasMounts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 } };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data15.id !== void 0) {
              let data16 = data15.id;
              if (typeof data16 === "string") {
                if (func2(data16) < 1) {
                  const err45 = { instancePath: instancePath + "/nasMounts/" + i2 + "/id", schemaPath: "#/properties/nasMounts/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = { instancePath: instancePath + "/nasMounts/" + i2 + "/id", schemaPath: "#/properties/nasMounts/items/properties/id/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data15.mountHost !== void 0) {
              let data17 = data15.mountHost;
              if (typeof data17 === "string") {
                if (func2(data17) < 1) {
                  const err47 = { instancePath: instancePath + "/nasMounts/" + i2 + "/mountHost", schemaPath: "#/properties/nasMounts/items/properties/mountHost/minLength", keyword: "minLength", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/nasMounts/" + i2 + "/mountHost", schemaPath: "#/properties/nasMounts/items/properties/mountHost/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data15.nasPath !== void 0) {
              let data18 = data15.nasPath;
              if (typeof data18 === "string") {
                if (!pattern15.test(data18)) {
                  const err49 = { instancePath: instancePath + "/nasMounts/" + i2 + "/nasPath", schemaPath: "#/properties/nasMounts/items/properties/nasPath/pattern", keyword: "pattern", params: { pattern: "^/" } };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/nasMounts/" + i2 + "/nasPath", schemaPath: "#/properties/nasMounts/items/properties/nasPath/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data15.mountPath !== void 0) {
              let data19 = data15.mountPath;
              if (typeof data19 === "string") {
                if (!pattern15.test(data19)) {
                  const err51 = { instancePath: instancePath + "/nasMounts/" + i2 + "/mountPath", schemaPath: "#/definitions/MountPath/pattern", keyword: "pattern", params: { pattern: "^/" } };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = { instancePath: instancePath + "/nasMounts/" + i2 + "/mountPath", schemaPath: "#/definitions/MountPath/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data15.readOnly !== void 0) {
              if (typeof data15.readOnly !== "boolean") {
                const err53 = { instancePath: instancePath + "/nasMounts/" + i2 + "/readOnly", schemaPath: "#/properties/nasMounts/items/properties/readOnly/type", keyword: "type", params: { type: "boolean" } };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/nasMounts/" + i2, schemaPath: "#/properties/nasMounts/items/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/nasMounts", schemaPath: "#/properties/nasMounts/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.oss !== void 0) {
      let data21 = data.oss;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.accessKeyId === void 0) {
          const err56 = { instancePath: instancePath + "/oss", schemaPath: "#/properties/oss/required", keyword: "required", params: { missingProperty: "accessKeyId" } };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        if (data21.accessKeySecret === void 0) {
          const err57 = { instancePath: instancePath + "/oss", schemaPath: "#/properties/oss/required", keyword: "required", params: { missingProperty: "accessKeySecret" } };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        if (data21.mounts === void 0) {
          const err58 = { instancePath: instancePath + "/oss", schemaPath: "#/properties/oss/required", keyword: "required", params: { missingProperty: "mounts" } };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        for (const key5 in data21) {
          if (!(key5 === "accessKeyId" || key5 === "accessKeySecret" || key5 === "mounts")) {
            const err59 = { instancePath: instancePath + "/oss", schemaPath: "#/properties/oss/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 } };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data21.accessKeyId !== void 0) {
          let data22 = data21.accessKeyId;
          if (typeof data22 === "string") {
            if (func2(data22) < 1) {
              const err60 = { instancePath: instancePath + "/oss/accessKeyId", schemaPath: "#/properties/oss/properties/accessKeyId/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          } else {
            const err61 = { instancePath: instancePath + "/oss/accessKeyId", schemaPath: "#/properties/oss/properties/accessKeyId/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data21.accessKeySecret !== void 0) {
          let data23 = data21.accessKeySecret;
          if (typeof data23 === "string") {
            if (func2(data23) < 1) {
              const err62 = { instancePath: instancePath + "/oss/accessKeySecret", schemaPath: "#/properties/oss/properties/accessKeySecret/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/oss/accessKeySecret", schemaPath: "#/properties/oss/properties/accessKeySecret/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data21.mounts !== void 0) {
          let data24 = data21.mounts;
          if (Array.isArray(data24)) {
            if (data24.length < 1) {
              const err64 = { instancePath: instancePath + "/oss/mounts", schemaPath: "#/properties/oss/properties/mounts/minItems", keyword: "minItems", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            const len3 = data24.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data25 = data24[i3];
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (data25.bucket === void 0) {
                  const err65 = { instancePath: instancePath + "/oss/mounts/" + i3, schemaPath: "#/properties/oss/properties/mounts/items/required", keyword: "required", params: { missingProperty: "bucket" } };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                if (data25.bucketPath === void 0) {
                  const err66 = { instancePath: instancePath + "/oss/mounts/" + i3, schemaPath: "#/properties/oss/properties/mounts/items/required", keyword: "required", params: { missingProperty: "bucketPath" } };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                if (data25.mountPath === void 0) {
                  const err67 = { instancePath: instancePath + "/oss/mounts/" + i3, schemaPath: "#/properties/oss/properties/mounts/items/required", keyword: "required", params: { missingProperty: "mountPath" } };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                for (const key6 in data25) {
                  if (!(key6 === "bucket" || key6 === "bucketPath" || key6 === "mountPath" || key6 === "readOnly")) {
                    const err68 = { instancePath: instancePath + "/oss/mounts/" + i3, schemaPath: "#/properties/oss/properties/mounts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 } };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data25.bucket !== void 0) {
                  let data26 = data25.bucket;
                  if (typeof data26 === "string") {
                    if (!pattern30.test(data26)) {
                      const err69 = { instancePath: instancePath + "/oss/mounts/" + i3 + "/bucket", schemaPath: "#/properties/oss/properties/mounts/items/properties/bucket/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$" } };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  } else {
                    const err70 = { instancePath: instancePath + "/oss/mounts/" + i3 + "/bucket", schemaPath: "#/properties/oss/properties/mounts/items/properties/bucket/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data25.bucketPath !== void 0) {
                  if (typeof data25.bucketPath !== "string") {
                    const err71 = { instancePath: instancePath + "/oss/mounts/" + i3 + "/bucketPath", schemaPath: "#/properties/oss/properties/mounts/items/properties/bucketPath/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                if (data25.mountPath !== void 0) {
                  let data28 = data25.mountPath;
                  if (typeof data28 === "string") {
                    if (!pattern15.test(data28)) {
                      const err72 = { instancePath: instancePath + "/oss/mounts/" + i3 + "/mountPath", schemaPath: "#/definitions/MountPath/pattern", keyword: "pattern", params: { pattern: "^/" } };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/oss/mounts/" + i3 + "/mountPath", schemaPath: "#/definitions/MountPath/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data25.readOnly !== void 0) {
                  if (typeof data25.readOnly !== "boolean") {
                    const err74 = { instancePath: instancePath + "/oss/mounts/" + i3 + "/readOnly", schemaPath: "#/properties/oss/properties/mounts/items/properties/readOnly/type", keyword: "type", params: { type: "boolean" } };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = { instancePath: instancePath + "/oss/mounts/" + i3, schemaPath: "#/properties/oss/properties/mounts/items/type", keyword: "type", params: { type: "object" } };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/oss/mounts", schemaPath: "#/properties/oss/properties/mounts/type", keyword: "type", params: { type: "array" } };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/oss", schemaPath: "#/properties/oss/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
  } else {
    const err78 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err78];
    } else {
      vErrors.push(err78);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "sls")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.sls !== void 0) {
      let data0 = data.sls;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err1 = { instancePath: instancePath + "/sls", schemaPath: "#/properties/sls/minItems", keyword: "minItems", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          const _errs7 = errors;
          let valid4 = false;
          let passing0 = null;
          const _errs8 = errors;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.stdout === void 0) {
              const err2 = { instancePath: instancePath + "/sls/" + i0, schemaPath: "#/definitions/SlsLog/oneOf/0/required", keyword: "required", params: { missingProperty: "stdout" } };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          var _valid0 = _errs8 === errors;
          if (_valid0) {
            valid4 = true;
            passing0 = 0;
          }
          const _errs9 = errors;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.path === void 0) {
              const err3 = { instancePath: instancePath + "/sls/" + i0, schemaPath: "#/definitions/SlsLog/oneOf/1/required", keyword: "required", params: { missingProperty: "path" } };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          var _valid0 = _errs9 === errors;
          if (_valid0 && valid4) {
            valid4 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid4 = true;
              passing0 = 1;
            }
          }
          if (!valid4) {
            const err4 = { instancePath: instancePath + "/sls/" + i0, schemaPath: "#/definitions/SlsLog/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          } else {
            errors = _errs7;
            if (vErrors !== null) {
              if (_errs7) {
                vErrors.length = _errs7;
              } else {
                vErrors = null;
              }
            }
          }
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key1 in data1) {
              if (!(key1 === "stdout" || key1 === "path" || key1 === "project" || key1 === "logstore" || key1 === "logtail")) {
                const err5 = { instancePath: instancePath + "/sls/" + i0, schemaPath: "#/definitions/SlsLog/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.stdout !== void 0) {
              if (true !== data1.stdout) {
                const err6 = { instancePath: instancePath + "/sls/" + i0 + "/stdout", schemaPath: "#/definitions/SlsLog/properties/stdout/const", keyword: "const", params: { allowedValue: true } };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.path !== void 0) {
              let data3 = data1.path;
              if (typeof data3 === "string") {
                if (!pattern15.test(data3)) {
                  const err7 = { instancePath: instancePath + "/sls/" + i0 + "/path", schemaPath: "#/definitions/SlsLog/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" } };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/sls/" + i0 + "/path", schemaPath: "#/definitions/SlsLog/properties/path/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.project !== void 0) {
              let data4 = data1.project;
              if (typeof data4 === "string") {
                if (func2(data4) < 1) {
                  const err9 = { instancePath: instancePath + "/sls/" + i0 + "/project", schemaPath: "#/definitions/SlsLog/properties/project/minLength", keyword: "minLength", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/sls/" + i0 + "/project", schemaPath: "#/definitions/SlsLog/properties/project/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data1.logstore !== void 0) {
              let data5 = data1.logstore;
              if (typeof data5 === "string") {
                if (func2(data5) < 1) {
                  const err11 = { instancePath: instancePath + "/sls/" + i0 + "/logstore", schemaPath: "#/definitions/SlsLog/properties/logstore/minLength", keyword: "minLength", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/sls/" + i0 + "/logstore", schemaPath: "#/definitions/SlsLog/properties/logstore/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data1.logtail !== void 0) {
              let data6 = data1.logtail;
              if (typeof data6 === "string") {
                if (func2(data6) < 1) {
                  const err13 = { instancePath: instancePath + "/sls/" + i0 + "/logtail", schemaPath: "#/definitions/SlsLog/properties/logtail/minLength", keyword: "minLength", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/sls/" + i0 + "/logtail", schemaPath: "#/definitions/SlsLog/properties/logtail/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/sls/" + i0, schemaPath: "#/definitions/SlsLog/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/sls", schemaPath: "#/properties/sls/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.image === void 0) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "image" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.package === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "package" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resources === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resources" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func11.call(schema17.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data0 = data.image;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.url === void 0) {
          const err5 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/Image/required", keyword: "required", params: { missingProperty: "url" } };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "url" || key1 === "acrInstanceId" || key1 === "acrAssumeRoleArn" || key1 === "pullSecretId" || key1 === "acceleration" || key1 === "pullSecretName")) {
            const err6 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/Image/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.url !== void 0) {
          let data1 = data0.url;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err7 = { instancePath: instancePath + "/image/url", schemaPath: "#/definitions/Image/properties/url/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern8.test(data1)) {
              const err8 = { instancePath: instancePath + "/image/url", schemaPath: "#/definitions/Image/properties/url/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+$" } };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/image/url", schemaPath: "#/definitions/Image/properties/url/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.acrInstanceId !== void 0) {
          let data2 = data0.acrInstanceId;
          if (typeof data2 === "string") {
            if (!pattern9.test(data2)) {
              const err10 = { instancePath: instancePath + "/image/acrInstanceId", schemaPath: "#/definitions/Image/properties/acrInstanceId/pattern", keyword: "pattern", params: { pattern: "^cri-[A-Za-z0-9]+$" } };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/image/acrInstanceId", schemaPath: "#/definitions/Image/properties/acrInstanceId/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.acrAssumeRoleArn !== void 0) {
          let data3 = data0.acrAssumeRoleArn;
          if (typeof data3 === "string") {
            if (!pattern10.test(data3)) {
              const err12 = { instancePath: instancePath + "/image/acrAssumeRoleArn", schemaPath: "#/definitions/Image/properties/acrAssumeRoleArn/pattern", keyword: "pattern", params: { pattern: "^acs:ram::[0-9]+:role/.+$" } };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/image/acrAssumeRoleArn", schemaPath: "#/definitions/Image/properties/acrAssumeRoleArn/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.pullSecretId !== void 0) {
          let data4 = data0.pullSecretId;
          if (typeof data4 !== "string" && !(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err14 = { instancePath: instancePath + "/image/pullSecretId", schemaPath: "#/definitions/Image/properties/pullSecretId/type", keyword: "type", params: { type: schema18.properties.pullSecretId.type } };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.acceleration !== void 0) {
          if (typeof data0.acceleration !== "boolean") {
            const err15 = { instancePath: instancePath + "/image/acceleration", schemaPath: "#/definitions/Image/properties/acceleration/type", keyword: "type", params: { type: "boolean" } };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.pullSecretName !== void 0) {
          let data6 = data0.pullSecretName;
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err16 = { instancePath: instancePath + "/image/pullSecretName", schemaPath: "#/definitions/Image/properties/pullSecretName/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/image/pullSecretName", schemaPath: "#/definitions/Image/properties/pullSecretName/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/Image/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.package !== void 0) {
      let data7 = data.package;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.type === void 0) {
          const err19 = { instancePath: instancePath + "/package", schemaPath: "#/definitions/Package/required", keyword: "required", params: { missingProperty: "type" } };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (!(key2 === "type" || key2 === "url" || key2 === "version" || key2 === "acrInstanceId" || key2 === "acrAssumeRoleArn" || key2 === "pullSecretId" || key2 === "pullSecretName" || key2 === "acceleration")) {
            const err20 = { instancePath: instancePath + "/package", schemaPath: "#/definitions/Package/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 } };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data7.type !== void 0) {
          let data8 = data7.type;
          if (!(data8 === "FatJar" || data8 === "War" || data8 === "PythonZip" || data8 === "PhpZip" || data8 === "IMAGE_PHP_5_4" || data8 === "IMAGE_PHP_5_4_ALPINE" || data8 === "IMAGE_PHP_5_5" || data8 === "IMAGE_PHP_5_5_ALPINE" || data8 === "IMAGE_PHP_5_6" || data8 === "IMAGE_PHP_5_6_ALPINE" || data8 === "IMAGE_PHP_7_0" || data8 === "IMAGE_PHP_7_0_ALPINE" || data8 === "IMAGE_PHP_7_1" || data8 === "IMAGE_PHP_7_1_ALPINE" || data8 === "IMAGE_PHP_7_2" || data8 === "IMAGE_PHP_7_2_ALPINE" || data8 === "IMAGE_PHP_7_3" || data8 === "IMAGE_PHP_7_3_ALPINE")) {
            const err21 = { instancePath: instancePath + "/package/type", schemaPath: "#/definitions/Package/properties/type/enum", keyword: "enum", params: { allowedValues: schema19.properties.type.enum } };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data7.url !== void 0) {
          let data9 = data7.url;
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err22 = { instancePath: instancePath + "/package/url", schemaPath: "#/definitions/Package/properties/url/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (!pattern8.test(data9)) {
              const err23 = { instancePath: instancePath + "/package/url", schemaPath: "#/definitions/Package/properties/url/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+$" } };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/package/url", schemaPath: "#/definitions/Package/properties/url/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data7.version !== void 0) {
          let data10 = data7.version;
          if (typeof data10 !== "string" && !(typeof data10 == "number" && isFinite(data10))) {
            const err25 = { instancePath: instancePath + "/package/version", schemaPath: "#/definitions/Package/properties/version/type", keyword: "type", params: { type: schema19.properties.version.type } };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data7.acrInstanceId !== void 0) {
          let data11 = data7.acrInstanceId;
          if (typeof data11 === "string") {
            if (!pattern9.test(data11)) {
              const err26 = { instancePath: instancePath + "/package/acrInstanceId", schemaPath: "#/definitions/Package/properties/acrInstanceId/pattern", keyword: "pattern", params: { pattern: "^cri-[A-Za-z0-9]+$" } };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/package/acrInstanceId", schemaPath: "#/definitions/Package/properties/acrInstanceId/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data7.acrAssumeRoleArn !== void 0) {
          let data12 = data7.acrAssumeRoleArn;
          if (typeof data12 === "string") {
            if (!pattern10.test(data12)) {
              const err28 = { instancePath: instancePath + "/package/acrAssumeRoleArn", schemaPath: "#/definitions/Package/properties/acrAssumeRoleArn/pattern", keyword: "pattern", params: { pattern: "^acs:ram::[0-9]+:role/.+$" } };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/package/acrAssumeRoleArn", schemaPath: "#/definitions/Package/properties/acrAssumeRoleArn/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data7.pullSecretId !== void 0) {
          let data13 = data7.pullSecretId;
          if (typeof data13 !== "string" && !(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err30 = { instancePath: instancePath + "/package/pullSecretId", schemaPath: "#/definitions/Package/properties/pullSecretId/type", keyword: "type", params: { type: schema19.properties.pullSecretId.type } };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data7.pullSecretName !== void 0) {
          let data14 = data7.pullSecretName;
          if (typeof data14 === "string") {
            if (func2(data14) < 1) {
              const err31 = { instancePath: instancePath + "/package/pullSecretName", schemaPath: "#/definitions/Package/properties/pullSecretName/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/package/pullSecretName", schemaPath: "#/definitions/Package/properties/pullSecretName/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data7.acceleration !== void 0) {
          if (typeof data7.acceleration !== "boolean") {
            const err33 = { instancePath: instancePath + "/package/acceleration", schemaPath: "#/definitions/Package/properties/acceleration/type", keyword: "type", params: { type: "boolean" } };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/package", schemaPath: "#/definitions/Package/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.runtime !== void 0) {
      let data16 = data.runtime;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key3 in data16) {
          if (!(key3 === "language" || key3 === "jdk" || key3 === "webContainer" || key3 === "edasContainerVersion" || key3 === "python" || key3 === "pythonModules")) {
            const err35 = { instancePath: instancePath + "/runtime", schemaPath: "#/definitions/Runtime/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 } };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data16.language !== void 0) {
          let data17 = data16.language;
          if (!(data17 === "java" || data17 === "php" || data17 === "python" || data17 === "shell")) {
            const err36 = { instancePath: instancePath + "/runtime/language", schemaPath: "#/definitions/Runtime/properties/language/enum", keyword: "enum", params: { allowedValues: schema20.properties.language.enum } };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data16.jdk !== void 0) {
          let data18 = data16.jdk;
          if (!(data18 === "Open JDK 8" || data18 === "Open JDK 7" || data18 === "Dragonwell 11" || data18 === "Dragonwell 8" || data18 === "openjdk-8u191-jdk-alpine3.9" || data18 === "openjdk-7u201-jdk-alpine3.9")) {
            const err37 = { instancePath: instancePath + "/runtime/jdk", schemaPath: "#/definitions/Runtime/properties/jdk/enum", keyword: "enum", params: { allowedValues: schema20.properties.jdk.enum } };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data16.webContainer !== void 0) {
          let data19 = data16.webContainer;
          if (!(data19 === "apache-tomcat-7.0.91" || data19 === "apache-tomcat-8.5.42")) {
            const err38 = { instancePath: instancePath + "/runtime/webContainer", schemaPath: "#/definitions/Runtime/properties/webContainer/enum", keyword: "enum", params: { allowedValues: schema20.properties.webContainer.enum } };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data16.edasContainerVersion !== void 0) {
          let data20 = data16.edasContainerVersion;
          if (typeof data20 === "string") {
            if (func2(data20) < 1) {
              const err39 = { instancePath: instancePath + "/runtime/edasContainerVersion", schemaPath: "#/definitions/Runtime/properties/edasContainerVersion/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = { instancePath: instancePath + "/runtime/edasContainerVersion", schemaPath: "#/definitions/Runtime/properties/edasContainerVersion/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data16.python !== void 0) {
          let data21 = data16.python;
          if (typeof data21 === "string") {
            if (!pattern14.test(data21)) {
              const err41 = { instancePath: instancePath + "/runtime/python", schemaPath: "#/definitions/Runtime/properties/python/pattern", keyword: "pattern", params: { pattern: "^PYTHON [0-9]+(\\.[0-9]+)*$" } };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/runtime/python", schemaPath: "#/definitions/Runtime/properties/python/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data16.pythonModules !== void 0) {
          let data22 = data16.pythonModules;
          if (typeof data22 !== "string" && !Array.isArray(data22)) {
            const err43 = { instancePath: instancePath + "/runtime/pythonModules", schemaPath: "#/definitions/Runtime/properties/pythonModules/type", keyword: "type", params: { type: schema20.properties.pythonModules.type } };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (Array.isArray(data22)) {
            const len0 = data22.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data23 = data22[i0];
              if (typeof data23 === "string") {
                if (func2(data23) < 1) {
                  const err44 = { instancePath: instancePath + "/runtime/pythonModules/" + i0, schemaPath: "#/definitions/Runtime/properties/pythonModules/items/minLength", keyword: "minLength", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = { instancePath: instancePath + "/runtime/pythonModules/" + i0, schemaPath: "#/definitions/Runtime/properties/pythonModules/items/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/runtime", schemaPath: "#/definitions/Runtime/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.jar !== void 0) {
      let data24 = data.jar;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        for (const key4 in data24) {
          if (!(key4 === "startOptions" || key4 === "startArgs")) {
            const err47 = { instancePath: instancePath + "/jar", schemaPath: "#/properties/jar/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 } };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data24.startOptions !== void 0) {
          if (typeof data24.startOptions !== "string") {
            const err48 = { instancePath: instancePath + "/jar/startOptions", schemaPath: "#/properties/jar/properties/startOptions/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data24.startArgs !== void 0) {
          if (typeof data24.startArgs !== "string") {
            const err49 = { instancePath: instancePath + "/jar/startArgs", schemaPath: "#/properties/jar/properties/startArgs/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/jar", schemaPath: "#/properties/jar/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.war !== void 0) {
      let data27 = data.war;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (const key5 in data27) {
          if (!(key5 === "startOptions")) {
            const err51 = { instancePath: instancePath + "/war", schemaPath: "#/properties/war/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 } };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data27.startOptions !== void 0) {
          if (typeof data27.startOptions !== "string") {
            const err52 = { instancePath: instancePath + "/war/startOptions", schemaPath: "#/properties/war/properties/startOptions/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/war", schemaPath: "#/properties/war/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.tomcat !== void 0) {
      let data29 = data.tomcat;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key6 in data29) {
          if (!(key6 === "port" || key6 === "contextPath" || key6 === "maxThreads" || key6 === "uriEncoding" || key6 === "useBodyEncodingForUri")) {
            const err54 = { instancePath: instancePath + "/tomcat", schemaPath: "#/definitions/Tomcat/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 } };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data29.port !== void 0) {
          let data30 = data29.port;
          if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
            const err55 = { instancePath: instancePath + "/tomcat/port", schemaPath: "#/definitions/Tomcat/properties/port/type", keyword: "type", params: { type: "integer" } };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          if (typeof data30 == "number" && isFinite(data30)) {
            if (data30 > 65535 || isNaN(data30)) {
              const err56 = { instancePath: instancePath + "/tomcat/port", schemaPath: "#/definitions/Tomcat/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 } };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data30 < 1025 || isNaN(data30)) {
              const err57 = { instancePath: instancePath + "/tomcat/port", schemaPath: "#/definitions/Tomcat/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1025 } };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
        }
        if (data29.contextPath !== void 0) {
          let data31 = data29.contextPath;
          if (typeof data31 === "string") {
            if (!pattern15.test(data31)) {
              const err58 = { instancePath: instancePath + "/tomcat/contextPath", schemaPath: "#/definitions/Tomcat/properties/contextPath/pattern", keyword: "pattern", params: { pattern: "^/" } };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/tomcat/contextPath", schemaPath: "#/definitions/Tomcat/properties/contextPath/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data29.maxThreads !== void 0) {
          let data32 = data29.maxThreads;
          if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
            const err60 = { instancePath: instancePath + "/tomcat/maxThreads", schemaPath: "#/definitions/Tomcat/properties/maxThreads/type", keyword: "type", params: { type: "integer" } };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (typeof data32 == "number" && isFinite(data32)) {
            if (data32 < 1 || isNaN(data32)) {
              const err61 = { instancePath: instancePath + "/tomcat/maxThreads", schemaPath: "#/definitions/Tomcat/properties/maxThreads/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          }
        }
        if (data29.uriEncoding !== void 0) {
          let data33 = data29.uriEncoding;
          if (!(data33 === "UTF-8" || data33 === "ISO-8859-1" || data33 === "GBK" || data33 === "GB2312")) {
            const err62 = { instancePath: instancePath + "/tomcat/uriEncoding", schemaPath: "#/definitions/Tomcat/properties/uriEncoding/enum", keyword: "enum", params: { allowedValues: schema21.properties.uriEncoding.enum } };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data29.useBodyEncodingForUri !== void 0) {
          if (typeof data29.useBodyEncodingForUri !== "boolean") {
            const err63 = { instancePath: instancePath + "/tomcat/useBodyEncodingForUri", schemaPath: "#/definitions/Tomcat/properties/useBodyEncodingForUri/type", keyword: "type", params: { type: "boolean" } };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/tomcat", schemaPath: "#/definitions/Tomcat/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.php !== void 0) {
      let data35 = data.php;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        for (const key7 in data35) {
          if (!(key7 === "config" || key7 === "configLocation")) {
            const err65 = { instancePath: instancePath + "/php", schemaPath: "#/properties/php/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 } };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data35.config !== void 0) {
          if (typeof data35.config !== "string") {
            const err66 = { instancePath: instancePath + "/php/config", schemaPath: "#/properties/php/properties/config/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data35.configLocation !== void 0) {
          let data37 = data35.configLocation;
          if (typeof data37 === "string") {
            if (!pattern15.test(data37)) {
              const err67 = { instancePath: instancePath + "/php/configLocation", schemaPath: "#/properties/php/properties/configLocation/pattern", keyword: "pattern", params: { pattern: "^/" } };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          } else {
            const err68 = { instancePath: instancePath + "/php/configLocation", schemaPath: "#/properties/php/properties/configLocation/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/php", schemaPath: "#/properties/php/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data38 = data.resources;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        if (data38.cpu === void 0) {
          const err70 = { instancePath: instancePath + "/resources", schemaPath: "#/definitions/Resources/required", keyword: "required", params: { missingProperty: "cpu" } };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        if (data38.memory === void 0) {
          const err71 = { instancePath: instancePath + "/resources", schemaPath: "#/definitions/Resources/required", keyword: "required", params: { missingProperty: "memory" } };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
        for (const key8 in data38) {
          if (!(key8 === "cpu" || key8 === "memory" || key8 === "bestEffortType")) {
            const err72 = { instancePath: instancePath + "/resources", schemaPath: "#/definitions/Resources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 } };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data38.cpu !== void 0) {
          let data39 = data38.cpu;
          if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)) && isFinite(data39)) && typeof data39 !== "string") {
            const err73 = { instancePath: instancePath + "/resources/cpu", schemaPath: "#/definitions/Resources/properties/cpu/type", keyword: "type", params: { type: schema22.properties.cpu.type } };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          if (typeof data39 == "number" && isFinite(data39)) {
            if (data39 < 1 || isNaN(data39)) {
              const err74 = { instancePath: instancePath + "/resources/cpu", schemaPath: "#/definitions/Resources/properties/cpu/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          }
          if (typeof data39 === "string") {
            if (!pattern17.test(data39)) {
              const err75 = { instancePath: instancePath + "/resources/cpu", schemaPath: "#/definitions/Resources/properties/cpu/pattern", keyword: "pattern", params: { pattern: "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$" } };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
        }
        if (data38.memory !== void 0) {
          let data40 = data38.memory;
          if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40)) && typeof data40 !== "string") {
            const err76 = { instancePath: instancePath + "/resources/memory", schemaPath: "#/definitions/Resources/properties/memory/type", keyword: "type", params: { type: schema22.properties.memory.type } };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
          if (typeof data40 == "number" && isFinite(data40)) {
            if (data40 < 1 || isNaN(data40)) {
              const err77 = { instancePath: instancePath + "/resources/memory", schemaPath: "#/definitions/Resources/properties/memory/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
          if (typeof data40 === "string") {
            if (!pattern18.test(data40)) {
              const err78 = { instancePath: instancePath + "/resources/memory", schemaPath: "#/definitions/Resources/properties/memory/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(Mi|Gi)$" } };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          }
        }
        if (data38.bestEffortType !== void 0) {
          let data41 = data38.bestEffortType;
          if (typeof data41 === "string") {
            if (func2(data41) < 1) {
              const err79 = { instancePath: instancePath + "/resources/bestEffortType", schemaPath: "#/definitions/Resources/properties/bestEffortType/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          } else {
            const err80 = { instancePath: instancePath + "/resources/bestEffortType", schemaPath: "#/definitions/Resources/properties/bestEffortType/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
      } else {
        const err81 = { instancePath: instancePath + "/resources", schemaPath: "#/definitions/Resources/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data42 = data.command;
      if (Array.isArray(data42)) {
        if (data42.length < 1) {
          const err82 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/minItems", keyword: "minItems", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        const len1 = data42.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data42[i1] !== "string") {
            const err83 = { instancePath: instancePath + "/command/" + i1, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
      } else {
        const err84 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.args !== void 0) {
      let data44 = data.args;
      if (Array.isArray(data44)) {
        const len2 = data44.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data44[i2] !== "string") {
            const err85 = { instancePath: instancePath + "/args/" + i2, schemaPath: "#/properties/args/items/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data46 = data.env;
      if (Array.isArray(data46)) {
        const len3 = data46.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate15(data46[i3], { instancePath: instancePath + "/env/" + i3, parentData: data46, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err87 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.envFrom !== void 0) {
      let data48 = data.envFrom;
      if (Array.isArray(data48)) {
        const len4 = data48.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate17(data48[i4], { instancePath: instancePath + "/envFrom/" + i4, parentData: data48, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err88 = { instancePath: instancePath + "/envFrom", schemaPath: "#/properties/envFrom/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
    }
    if (data.hostAliases !== void 0) {
      let data50 = data.hostAliases;
      if (Array.isArray(data50)) {
        const len5 = data50.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data51 = data50[i5];
          if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
            if (data51.ip === void 0) {
              const err89 = { instancePath: instancePath + "/hostAliases/" + i5, schemaPath: "#/definitions/HostAlias/required", keyword: "required", params: { missingProperty: "ip" } };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            if (data51.hostnames === void 0) {
              const err90 = { instancePath: instancePath + "/hostAliases/" + i5, schemaPath: "#/definitions/HostAlias/required", keyword: "required", params: { missingProperty: "hostnames" } };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
            for (const key9 in data51) {
              if (!(key9 === "ip" || key9 === "hostnames")) {
                const err91 = { instancePath: instancePath + "/hostAliases/" + i5, schemaPath: "#/definitions/HostAlias/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 } };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data51.ip !== void 0) {
              let data52 = data51.ip;
              if (typeof data52 === "string") {
                if (func2(data52) < 1) {
                  const err92 = { instancePath: instancePath + "/hostAliases/" + i5 + "/ip", schemaPath: "#/definitions/HostAlias/properties/ip/minLength", keyword: "minLength", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
              } else {
                const err93 = { instancePath: instancePath + "/hostAliases/" + i5 + "/ip", schemaPath: "#/definitions/HostAlias/properties/ip/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data51.hostnames !== void 0) {
              let data53 = data51.hostnames;
              if (Array.isArray(data53)) {
                if (data53.length < 1) {
                  const err94 = { instancePath: instancePath + "/hostAliases/" + i5 + "/hostnames", schemaPath: "#/definitions/HostAlias/properties/hostnames/minItems", keyword: "minItems", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
                const len6 = data53.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data54 = data53[i6];
                  if (typeof data54 === "string") {
                    if (!pattern22.test(data54)) {
                      const err95 = { instancePath: instancePath + "/hostAliases/" + i5 + "/hostnames/" + i6, schemaPath: "#/definitions/HostAlias/properties/hostnames/items/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,253}\\.?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[-0-9A-Za-z]{0,61}[0-9A-Za-z])?)*\\.?$" } };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  } else {
                    const err96 = { instancePath: instancePath + "/hostAliases/" + i5 + "/hostnames/" + i6, schemaPath: "#/definitions/HostAlias/properties/hostnames/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
              } else {
                const err97 = { instancePath: instancePath + "/hostAliases/" + i5 + "/hostnames", schemaPath: "#/definitions/HostAlias/properties/hostnames/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
          } else {
            const err98 = { instancePath: instancePath + "/hostAliases/" + i5, schemaPath: "#/definitions/HostAlias/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
      } else {
        const err99 = { instancePath: instancePath + "/hostAliases", schemaPath: "#/properties/hostAliases/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.lifecycle !== void 0) {
      if (!validate19(data.lifecycle, { instancePath: instancePath + "/lifecycle", parentData: data, parentDataProperty: "lifecycle", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.terminationGracePeriodSeconds !== void 0) {
      let data56 = data.terminationGracePeriodSeconds;
      if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)) && isFinite(data56))) {
        const err100 = { instancePath: instancePath + "/terminationGracePeriodSeconds", schemaPath: "#/properties/terminationGracePeriodSeconds/type", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
      if (typeof data56 == "number" && isFinite(data56)) {
        if (data56 > 300 || isNaN(data56)) {
          const err101 = { instancePath: instancePath + "/terminationGracePeriodSeconds", schemaPath: "#/properties/terminationGracePeriodSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 300 } };
          if (vErrors === null) {
            vErrors = [err101];
          } else {
            vErrors.push(err101);
          }
          errors++;
        }
        if (data56 < 1 || isNaN(data56)) {
          const err102 = { instancePath: instancePath + "/terminationGracePeriodSeconds", schemaPath: "#/properties/terminationGracePeriodSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
      }
    }
    if (data.timezone !== void 0) {
      let data57 = data.timezone;
      if (typeof data57 === "string") {
        if (func2(data57) < 1) {
          const err103 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err103];
          } else {
            vErrors.push(err103);
          }
          errors++;
        }
      } else {
        const err104 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
    }
    if (data.volumes !== void 0) {
      if (!validate21(data.volumes, { instancePath: instancePath + "/volumes", parentData: data, parentDataProperty: "volumes", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.logs !== void 0) {
      if (!validate23(data.logs, { instancePath: instancePath + "/logs", parentData: data, parentDataProperty: "logs", rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err105 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err105];
    } else {
      vErrors.push(err105);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var pattern5 = new RegExp("^vpc-[a-z0-9]+$", "u");
var pattern6 = new RegExp("^vsw-[a-z0-9]+$", "u");
var pattern7 = new RegExp("^sg-[a-z0-9]+$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.replicas === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "replicas" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.template === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "template" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func11.call(schema13.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.replicas !== void 0) {
      let data0 = data.replicas;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/type", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.trigger !== void 0) {
      if (!validate12(data.trigger, { instancePath: instancePath + "/trigger", parentData: data, parentDataProperty: "trigger", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.concurrencyPolicy !== void 0) {
      let data2 = data.concurrencyPolicy;
      if (!(data2 === "Allow" || data2 === "Forbid" || data2 === "Replace")) {
        const err5 = { instancePath: instancePath + "/concurrencyPolicy", schemaPath: "#/properties/concurrencyPolicy/enum", keyword: "enum", params: { allowedValues: schema13.properties.concurrencyPolicy.enum } };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.timeoutSeconds !== void 0) {
      let data3 = data.timeoutSeconds;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err6 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err7 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.backoffLimit !== void 0) {
      let data4 = data.backoffLimit;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err8 = { instancePath: instancePath + "/backoffLimit", schemaPath: "#/properties/backoffLimit/type", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err9 = { instancePath: instancePath + "/backoffLimit", schemaPath: "#/properties/backoffLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.shards !== void 0) {
      let data5 = data.shards;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err10 = { instancePath: instancePath + "/shards", schemaPath: "#/properties/shards/minItems", keyword: "minItems", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 !== "string" && !(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err11 = { instancePath: instancePath + "/shards/" + i0, schemaPath: "#/properties/shards/items/type", keyword: "type", params: { type: schema13.properties.shards.items.type } };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string" && !(typeof item0 == "number" && (!(item0 % 1) && !isNaN(item0)) && isFinite(item0))) {
              continue;
            }
            if (typeof item0 == "string") {
              item0 += "_";
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err12 = { instancePath: instancePath + "/shards", schemaPath: "#/properties/shards/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 } };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/shards", schemaPath: "#/properties/shards/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.refAppId !== void 0) {
      let data7 = data.refAppId;
      if (typeof data7 === "string") {
        if (func2(data7) < 1) {
          const err14 = { instancePath: instancePath + "/refAppId", schemaPath: "#/properties/refAppId/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/refAppId", schemaPath: "#/properties/refAppId/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.suspend !== void 0) {
      if (typeof data.suspend !== "boolean") {
        const err16 = { instancePath: instancePath + "/suspend", schemaPath: "#/properties/suspend/type", keyword: "type", params: { type: "boolean" } };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.network !== void 0) {
      let data9 = data.network;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key1 in data9) {
          if (!(key1 === "autoConfig" || key1 === "vpcId" || key1 === "vSwitchId" || key1 === "securityGroupId")) {
            const err17 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/Network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data9.autoConfig !== void 0) {
          if (typeof data9.autoConfig !== "boolean") {
            const err18 = { instancePath: instancePath + "/network/autoConfig", schemaPath: "#/definitions/Network/properties/autoConfig/type", keyword: "type", params: { type: "boolean" } };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data9.vpcId !== void 0) {
          let data11 = data9.vpcId;
          if (typeof data11 === "string") {
            if (!pattern5.test(data11)) {
              const err19 = { instancePath: instancePath + "/network/vpcId", schemaPath: "#/definitions/Network/properties/vpcId/pattern", keyword: "pattern", params: { pattern: "^vpc-[a-z0-9]+$" } };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/network/vpcId", schemaPath: "#/definitions/Network/properties/vpcId/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data9.vSwitchId !== void 0) {
          let data12 = data9.vSwitchId;
          if (typeof data12 === "string") {
            if (!pattern6.test(data12)) {
              const err21 = { instancePath: instancePath + "/network/vSwitchId", schemaPath: "#/definitions/Network/properties/vSwitchId/pattern", keyword: "pattern", params: { pattern: "^vsw-[a-z0-9]+$" } };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/network/vSwitchId", schemaPath: "#/definitions/Network/properties/vSwitchId/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data9.securityGroupId !== void 0) {
          let data13 = data9.securityGroupId;
          if (typeof data13 === "string") {
            if (!pattern7.test(data13)) {
              const err23 = { instancePath: instancePath + "/network/securityGroupId", schemaPath: "#/definitions/Network/properties/securityGroupId/pattern", keyword: "pattern", params: { pattern: "^sg-[a-z0-9]+$" } };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/network/securityGroupId", schemaPath: "#/definitions/Network/properties/securityGroupId/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/Network/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.template !== void 0) {
      if (!validate14(data.template, { instancePath: instancePath + "/template", parentData: data, parentDataProperty: "template", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if ("saejob/v1" !== data.apiVersion) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "saejob/v1" } };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("Job" !== data.kind) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Job" } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/definitions/Metadata/required", keyword: "required", params: { missingProperty: "name" } };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.namespace === void 0) {
          const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/definitions/Metadata/required", keyword: "required", params: { missingProperty: "namespace" } };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "namespace" || key1 === "description" || key1 === "region" || key1 === "labels")) {
            const err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/definitions/Metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func2(data3) > 36) {
              const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/definitions/Metadata/properties/name/maxLength", keyword: "maxLength", params: { limit: 36 } };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/definitions/Metadata/properties/name/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (!pattern0.test(data3)) {
              const err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/definitions/Metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9-]*$" } };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/definitions/Metadata/properties/name/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.namespace !== void 0) {
          let data4 = data2.namespace;
          if (typeof data4 === "string") {
            if (func2(data4) > 64) {
              const err14 = { instancePath: instancePath + "/metadata/namespace", schemaPath: "#/definitions/Metadata/properties/namespace/maxLength", keyword: "maxLength", params: { limit: 64 } };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (func2(data4) < 1) {
              const err15 = { instancePath: instancePath + "/metadata/namespace", schemaPath: "#/definitions/Metadata/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (!pattern1.test(data4)) {
              const err16 = { instancePath: instancePath + "/metadata/namespace", schemaPath: "#/definitions/Metadata/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*(:[a-z0-9][a-z0-9-]*)?$" } };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/metadata/namespace", schemaPath: "#/definitions/Metadata/properties/namespace/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data2.description !== void 0) {
          let data5 = data2.description;
          if (typeof data5 === "string") {
            if (func2(data5) > 1024) {
              const err18 = { instancePath: instancePath + "/metadata/description", schemaPath: "#/definitions/Metadata/properties/description/maxLength", keyword: "maxLength", params: { limit: 1024 } };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/metadata/description", schemaPath: "#/definitions/Metadata/properties/description/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data2.region !== void 0) {
          let data6 = data2.region;
          if (typeof data6 === "string") {
            if (!pattern2.test(data6)) {
              const err20 = { instancePath: instancePath + "/metadata/region", schemaPath: "#/definitions/Metadata/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2,}(-[a-z0-9]+)+$" } };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/metadata/region", schemaPath: "#/definitions/Metadata/properties/region/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data7 = data2.labels;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (Object.keys(data7).length > 20) {
              const err22 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/definitions/Metadata/properties/labels/maxProperties", keyword: "maxProperties", params: { limit: 20 } };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            for (const key2 in data7) {
              const _errs18 = errors;
              if (typeof key2 === "string") {
                if (func2(key2) > 128) {
                  const err23 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/definitions/Metadata/properties/labels/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                if (func2(key2) < 1) {
                  const err24 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/definitions/Metadata/properties/labels/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                if (!pattern3.test(key2)) {
                  const err25 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/definitions/Metadata/properties/labels/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?!aliyun)(?!acs:)(?!saejob-(?!protected$))(?!.*https?://)" }, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              var valid3 = _errs18 === errors;
              if (!valid3) {
                const err26 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/definitions/Metadata/properties/labels/propertyNames", keyword: "propertyNames", params: { propertyName: key2 } };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            for (const key3 in data7) {
              let data8 = data7[key3];
              if (typeof data8 === "string") {
                if (func2(data8) > 128) {
                  const err27 = { instancePath: instancePath + "/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Metadata/properties/labels/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 128 } };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (func2(data8) < 1) {
                  const err28 = { instancePath: instancePath + "/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Metadata/properties/labels/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/definitions/Metadata/properties/labels/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/metadata", schemaPath: "#/definitions/Metadata/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      if (!validate11(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
  const ctrl = callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visit_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = visit_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = visit_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
  const ctrl = await callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visitAsync_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = await visitAsync_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path) {
  if (typeof visitor === "function")
    return visitor(key, node, path);
  if (isMap(node))
    return visitor.Map?.(key, node, path);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path);
  if (isPair(node))
    return visitor.Pair?.(key, node, path);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path);
  return void 0;
}
function replaceNode(key, path, node) {
  const parent = path[path.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy = new _Directives(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2)
            return false;
        }
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error) {
        onError(String(error));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
          tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines.push(`%TAG ${handle} ${prefix}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root2) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root2, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error = new Error("Failed to resolve repeated object (this should not happen)");
          error.source = source;
          throw error;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || hasAnchor(node))
            nodes.push(node);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this)
        break;
      if (node.anchor === this.source)
        found = node;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count)
        count = c;
    }
    return count;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter((t) => t.tag === tagName);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema4, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema4.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema4[MAP] : Symbol.iterator in Object(value) ? schema4[SEQ] : schema4[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema4, path, value) {
  let v = value;
  for (let i = path.length - 1; i >= 0; --i) {
    const k = path[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema4,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema4) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema4,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema4) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema4)
      copy.schema = schema4;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema4) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path, value) {
    if (isEmptyPath(path))
      this.add(value);
    else {
      const [key, ...rest] = path;
      const node = this.get(key, true);
      if (isCollection(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.delete(key);
    const node = this.get(key, true);
    if (isCollection(node))
      return node.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    const [key, ...rest] = path;
    const node = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node) ? node.value : node;
    else
      return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.has(key);
    const node = this.get(key, true);
    return isCollection(node) ? node.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    const [key, ...rest] = path;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text.length <= endStep)
    return text;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text, i, indent.length);
      end = i + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text;
  if (onFold)
    onFold();
  let res = text.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text.length;
    if (fold === 0)
      res = `
${indent}${text.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text[fold]}\\`;
      res += `
${indent}${text.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text[++i];
    } else {
      do {
        ch = text[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text[start];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
function lineLengthOverLimit(str2, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str2.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str2[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json2 = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json2;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str2 = "";
  let start = 0;
  for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
    if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
      str2 += json2.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json2[i + 1]) {
        case "u":
          {
            str2 += json2.slice(start, i);
            const code = json2.substr(i + 2, 4);
            switch (code) {
              case "0000":
                str2 += "\\0";
                break;
              case "0007":
                str2 += "\\a";
                break;
              case "000b":
                str2 += "\\v";
                break;
              case "001b":
                str2 += "\\e";
                break;
              case "0085":
                str2 += "\\N";
                break;
              case "00a0":
                str2 += "\\_";
                break;
              case "2028":
                str2 += "\\L";
                break;
              case "2029":
                str2 += "\\P";
                break;
              default:
                if (code.substr(0, 2) === "00")
                  str2 += "\\x" + code.substr(2);
                else
                  str2 += json2.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
            i += 1;
          } else {
            str2 += json2.slice(start, i) + "\n\n";
            while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
              str2 += "\n";
              i += 2;
            }
            str2 += indent;
            if (json2[i + 2] === " ")
              str2 += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str2 = start ? str2 + json2.slice(start) : json2;
  return implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str2 = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj;
  if (isScalar(item)) {
    obj = item.value;
    let match = tags.filter((t) => t.identify?.(obj));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj = item;
    tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str2;
  return isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str2 = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str2 = `? ${str2}`;
    if (keyComment && !keyCommentDone) {
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str2;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
    str2 = `? ${str2}
${indent}:`;
  } else {
    str2 = `${str2}:`;
    if (keyComment)
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str2.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str2 += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str2 += lineComment(str2, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str2;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema4) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema4);
    if (isNode(value))
      value = value.clone(schema4);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str3 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str3 += lineComment(str3, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str3);
  }
  let str2;
  if (lines.length === 0) {
    str2 = flowChars.start + flowChars.end;
  } else {
    str2 = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line = lines[i];
      str2 += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment) {
    str2 += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str2;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str2 = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
    if (i < items.length - 1) {
      str2 += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str2 += ",";
      }
    }
    if (comment)
      str2 += lineComment(str2, itemIndent, commentString(comment));
    lines.push(str2);
    linesAtValue = lines.length;
  }
  const { start, end } = flowChars;
  if (lines.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str2 = start;
      for (const line of lines)
        str2 += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str2}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema4) {
    super(MAP, schema4);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema4, obj, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema4);
    const add = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map) {
      for (const [key, value] of obj)
        add(key, value);
    } else if (obj && typeof obj === "object") {
      for (const key of Object.keys(obj))
        add(key, obj[key]);
    }
    if (typeof schema4.sortMapEntries === "function") {
      map2.items.sort(schema4.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i === -1)
        this.items.push(_pair);
      else
        this.items.splice(i, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it?.value;
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema4, obj, ctx) => YAMLMap.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema4) {
    super(SEQ, schema4);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema4, obj, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema4);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof replacer === "function") {
          const key = obj instanceof Set ? it : String(i++);
          it = replacer.call(obj, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema4, obj, ctx) => YAMLSeq.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str2) => str2,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str2) => new Scalar(str2[0] === "t" || str2[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num = typeof value === "number" ? value : Number(value);
  if (!isFinite(num))
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str2) {
    const node = new Scalar(parseFloat(str2));
    const dot = str2.indexOf(".");
    if (dot !== -1 && str2[str2.length - 1] === "0")
      node.minFractionDigits = str2.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
  stringify: (node) => intStringify(node, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str2) => str2,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str2) => str2 === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str2) => parseFloat(str2),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str2, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
    return str2;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str2 = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str2.length);
      for (let i = 0; i < str2.length; ++i)
        buffer[i] = str2.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str2;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str2 = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str2.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str2.substr(o, lineWidth);
      }
      str2 = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema4, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema4);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema4, iterable, ctx) {
    const pairs2 = createPairs(schema4, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema4, iterable, ctx) => YAMLOMap.from(schema4, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str2) {
    const node = new Scalar(parseFloat(str2.replace(/_/g, "")));
    const dot = str2.indexOf(".");
    if (dot !== -1) {
      const f = str2.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str2, offset, radix, { intAsBigInt }) {
  const sign = str2[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str2 = str2.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str2 = `0b${str2}`;
        break;
      case 8:
        str2 = `0o${str2}`;
        break;
      case 16:
        str2 = `0x${str2}`;
        break;
    }
    const n2 = BigInt(str2);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str2, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str2 = value.toString(radix);
    return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema4) {
    super(schema4);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema4, iterable, ctx) {
    const { replacer } = ctx;
    const set2 = new this(schema4);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set2.items.push(createPair(value, null, ctx));
      }
    return set2;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema4, iterable, ctx) => YAMLSet.from(schema4, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str2, asBigInt) {
  const sign = str2[0];
  const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
  const num = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num = (n) => n;
  if (typeof value === "bigint")
    num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num(-1);
  }
  const _60 = num(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str2) => parseSexagesimal(str2, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str2) {
    const match = str2.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema4, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema4 === "string" && schema4 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge2);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer === "function" || Array.isArray(replacer)) {
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      _replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer = replacer.concat(asStr);
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node = createNode(value, tag, ctx);
    if (flow && isCollection(node))
      node.flow = true;
    setAnchors();
    return node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    if (isEmptyPath(path)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    if (isEmptyPath(path))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path) {
    if (isEmptyPath(path))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    if (isEmptyPath(path)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    if (typeof version === "number")
      version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json2,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code, message) {
    super();
    this.name = name;
    this.code = code;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLParseError", pos, code, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLWarning", pos, code, message);
  }
};
var prettifyError = (src, lc) => (error) => {
  if (error.pos[0] === -1)
    return;
  error.linePos = error.pos.map((pos) => lc.linePos(pos));
  const { line, col } = error.linePos[0];
  error.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "\u2026" + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80)
    lineStr = lineStr.substring(0, 79) + "\u2026";
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
    if (prev.length > 80)
      prev = prev.substring(0, 79) + "\u2026\n";
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count = 1;
    const end = error.linePos[1];
    if (end?.line === line && end.col > col) {
      count = Math.max(1, Math.min(end.col - col, 80 - ci));
    }
    const pointer = " ".repeat(ci) + "^".repeat(count);
    error.message += `:

${lineStr}
${pointer}
`;
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep + cb;
          sep = "";
          break;
        }
        case "newline":
          if (comment)
            sep += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep)
            for (const st of sep) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep === " ")
        sep = "\n";
      else if (!prevMoreIndented && sep === "\n")
        sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n")
        value += "\n";
      else
        sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error === -1)
        error = offset + i;
    }
  }
  if (error !== -1)
    onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) {
          const message = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split.length; i += 2)
    lines.push([split[i], split[i + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match[1].replace(trimEnd, "");
  let sep = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep === "\n")
        res += sep;
      else
        sep = "\n";
    } else {
      res += sep + lm;
      sep = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "\x85",
  // Unicode next line
  _: "\xA0",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema4, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema4[SCALAR];
  const matchWithTest = [];
  for (const tag of schema4.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema4.knownTags[tagName];
  if (kt && !kt.collection) {
    schema4.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema4[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema4 }, value, token, onError) {
  const tag = schema4.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema4[SCALAR];
  if (schema4.compat) {
    const compat = schema4.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema4[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node.anchor = anchor.source.substring(1);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        onError(token, "RESOURCE_EXHAUSTION", message);
      }
      break;
    default: {
      const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message);
      isSrcToken = false;
    }
  }
  node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment;
    else
      node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code, message, warning) => {
      const pos = getErrorPos(source);
      if (warning)
        this.warnings.push(new YAMLWarning(pos, code, message));
      else
        this.errors.push(new YAMLParseError(pos, code, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment;
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      for (let i = 0; i < this.errors.length; ++i)
        doc.errors.push(this.errors[i]);
      for (let i = 0; i < this.warnings.length; ++i)
        doc.warnings.push(this.warnings[i]);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error);
        else
          this.doc.errors.push(error);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path) => {
  let item = cst;
  for (const [field, index] of path) {
    const tok = item?.[field];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit2.parentCollection = (cst, path) => {
  const parent = visit2.itemAtPath(cst, path.slice(0, -1));
  const field = path[path.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path, item, visitor) {
  let ctrl = visitor(item, path);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM) {
      yield* this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === "%") {
      let dirEnd = line.length;
      let cs = line.indexOf("#");
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp = yield* this.pushSpaces(true);
      yield* this.pushCount(line.length - sp);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp;
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote = this.charAt(0);
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i2;
          indent = 0;
          break;
        case "\r": {
          const next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === " ")
      ch = this.buffer[++i];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i2 = nl - 1;
        let ch2 = this.buffer[i2];
        if (ch2 === "\r")
          ch2 = this.buffer[--i2];
        const lastChar = i2;
        while (ch2 === " ")
          ch2 = this.buffer[--i2];
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i]) {
      if (ch === ":") {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i += 1;
            ch = "\n";
            next = this.buffer[i + 1];
          } else
            end = i;
        }
        if (next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR2;
    yield* this.pushToIndex(end + 1, true);
    return inFlow ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i, allowEmpty) {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag();
          n += yield* this.pushSpaces(true);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar);
          n += yield* this.pushSpaces(true);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          const inFlow = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
            if (!inFlow)
              this.indentNext = this.indentValue + 1;
            else if (this.flowKey)
              this.flowKey = false;
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
    } else {
      let i = this.pos + 1;
      let ch = this.buffer[i];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
          ch = this.buffer[i += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i;
    }
    return n;
  }
  *pushUntil(test) {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch))
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, false);
  }
};

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
  constructor() {
    this.lineStarts = [];
    this.addNewLine = (offset) => this.lineStarts.push(offset);
    this.linePos = (offset) => {
      let low = 0;
      let high = this.lineStarts.length;
      while (low < high) {
        const mid = low + high >> 1;
        if (this.lineStarts[mid] < offset)
          low = mid + 1;
        else
          high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      const start = this.lineStarts[low - 1];
      return { line: low, col: offset - start + 1 };
    };
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list2, type) {
  for (let i = 0; i < list2.length; ++i)
    if (list2[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list2) {
  for (let i = 0; i < list2.length; ++i) {
    switch (list2[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            arrayPushArray(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          arrayPushArray(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      yield* this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error) {
    const token = error ?? this.stack.pop();
    if (!token) {
      const message = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep;
      if (scalar.end) {
        sep = scalar.end;
        sep.push(this.sourceToken);
        delete scalar.end;
      } else
        sep = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep = it.sep;
              sep.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep }]
              });
            } else if (start.length > 0) {
              it.sep = it.sep.concat(start, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({ start, key: fs, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs);
          } else {
            Object.assign(it, { key: fs, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent) {
              map2.items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs, sep: [] });
          else if (it.sep)
            this.stack.push(fs);
          else
            Object.assign(it, { key: fs, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep = fc.end.splice(1, fc.end.length);
        sep.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
      return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};

// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseAllDocuments(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  const docs = Array.from(composer.compose(parser.parse(source)));
  if (prettyErrors && lineCounter)
    for (const doc of docs) {
      doc.errors.forEach(prettifyError(source, lineCounter));
      doc.warnings.forEach(prettifyError(source, lineCounter));
    }
  if (docs.length > 0)
    return docs;
  return Object.assign([], { empty: true }, composer.streamInfo());
}

// src/pipeline/load/positions.ts
function locate(source, path, target = "value") {
  const noted = target === "key" ? source.facts?.oversizedAt?.(path) : void 0;
  if (noted) return noted;
  let node = source.doc.contents;
  let pair;
  let reached = 0;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(source.doc);
    if (isMap(node)) {
      const found = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!found) break;
      pair = found;
      node = found.value;
    } else if (isSeq(node) && typeof seg === "number" && seg < node.items.length) {
      pair = void 0;
      node = node.items[seg];
    } else break;
    reached++;
  }
  const complete = reached === path.length;
  const keyNode = target === "key" && complete && pair && isScalar(pair.key) ? pair.key : void 0;
  const at = keyNode ?? node ?? pair?.key ?? source.doc.contents;
  const range = at?.range ?? [0, 0, 0];
  const start = source.lineCounter.linePos(range[0]);
  const end = source.lineCounter.linePos(Math.max(range[1], range[0]));
  return { line: start.line, col: start.col, endLine: end.line, endCol: end.col };
}
function whereIs(source, path, target = "value") {
  const o = source.origin?.(path) ?? { source, path };
  return { file: o.source.file, ...locate(o.source, o.path, target) };
}

// src/pipeline/validate/configmap.ts
var CONFIGMAP_KIND = "ConfigMap";
var NAME = /^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$/;
var NAMESPACE = /^[a-z][a-z0-9-]*(:[a-z0-9][a-z0-9-]*)?$/;
var KEY = /^[-._a-zA-Z0-9]{1,253}$/;
var isConfigMapDoc = (value) => value?.kind === CONFIGMAP_KIND;
function checkConfigMapManifest(value) {
  const out = [];
  const bad = (path, message, target = "value") => out.push({ path: [...path], message, rule: "configmap/invalid", target });
  const v = value;
  if (v.apiVersion !== "saejob/v1") bad(["apiVersion"], "must be saejob/v1");
  for (const k of Object.keys(v))
    if (!["apiVersion", "kind", "metadata", "data"].includes(k))
      bad([k], `unknown field ${k} in a ConfigMap: allowed fields are apiVersion, kind, metadata, data`, "key");
  const md = v.metadata;
  if (!md || typeof md !== "object") bad([], "a ConfigMap needs metadata: name and namespace");
  else {
    if (typeof md.name !== "string" || !NAME.test(md.name))
      bad(["metadata", "name"], "a ConfigMap name is lower-case letters, digits, `-` and `.`, at most 63 characters");
    else if (!/^[a-z][a-z0-9]*$/.test(md.name))
      out.push({
        path: ["metadata", "name"],
        severity: "warning",
        rule: "configmap/name-reading",
        message: `${JSON.stringify(md.name)} relies on the console's reading of ConfigMap names (DNS-style); the SDK text allows only letters, digits and \`_\`, starting with a letter. Which the API enforces is not documented: a name of lower-case letters and digits (${JSON.stringify(md.name.replace(/[^a-z0-9]/g, ""))}) is safe under both`
      });
    if (typeof md.namespace !== "string" || !NAMESPACE.test(md.namespace))
      bad(["metadata", "namespace"], "must be an SAE namespace ID such as `cn-beijing:prod`");
    if (md.description !== void 0 && (typeof md.description !== "string" || md.description.length > 256))
      bad(["metadata", "description"], "a ConfigMap description is a string of at most 256 characters");
    if (md.region !== void 0 && typeof md.region !== "string")
      bad(["metadata", "region"], "must be a region ID such as `cn-beijing`");
    for (const k of Object.keys(md))
      if (!["name", "namespace", "description", "region"].includes(k))
        bad(
          ["metadata", k],
          `unknown field ${k} in a ConfigMap's metadata: allowed fields are name, namespace, description, region`,
          "key"
        );
  }
  if (!v.data || typeof v.data !== "object" || Array.isArray(v.data))
    bad(["data"], "data maps keys to values: LOG_LEVEL: info");
  else
    for (const [k, x] of Object.entries(v.data)) {
      if (!KEY.test(k))
        bad(["data", k], `a ConfigMap key is letters, digits, \`-\`, \`_\` and \`.\`, not ${JSON.stringify(k)}`, "key");
      if (typeof x !== "string") bad(["data", k], `a ConfigMap value is text: quote it (${JSON.stringify(String(x))})`);
    }
  return out;
}

// src/generated/job-schema.ts
var parsed;
function jobSchemaSource() {
  parsed ??= JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://saejob.dev/schema/job.schema.json","title":"SaeJob","description":"A saejob v1 manifest: one Alibaba Cloud Serverless App Engine (SAE) job template. See the README\'s manifest reference.","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"description":"Manifest format version. Always `saejob/v1`.","const":"saejob/v1"},"kind":{"description":"Manifest kind. Always `Job`.","const":"Job"},"metadata":{"$ref":"#/definitions/Metadata"},"spec":{"$ref":"#/definitions/JobSpec"}},"definitions":{"Metadata":{"title":"Metadata","description":"Identity of the job: (region, namespace, name) names one SAE job template.","type":"object","additionalProperties":false,"required":["name","namespace"],"properties":{"name":{"description":"Job template name (CreateJob `AppName`). Letters, digits and `-`, starting with a letter, at most 36 characters. Identity: changing it creates another job.","type":"string","minLength":1,"maxLength":36,"pattern":"^[A-Za-z][A-Za-z0-9-]*$","x-message":"must start with a letter and hold only letters, digits and `-` (SAE AppName)"},"namespace":{"description":"SAE namespace ID (CreateJob `NamespaceId`), e.g. `cn-beijing:prod`, or the region itself for the default namespace. Lower-case letters, digits, `-`, and one optional `:`. Create-only.","type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z][a-z0-9-]*(:[a-z0-9][a-z0-9-]*)?$","x-message":"must be lower-case letters, digits and `-`, starting with a letter, with at most one `:` (e.g. `cn-beijing:prod`)","x-sae-code":"InvalidNamespace.WithUppercase"},"description":{"description":"Job template description (CreateJob `AppDescription`), at most 1,024 characters.","type":"string","maxLength":1024},"region":{"description":"Region ID, e.g. `cn-beijing`. Defaults to the part of `namespace` before `:`, then `--region`, then `ALIBABA_CLOUD_REGION_ID`.","type":"string","pattern":"^[a-z]{2,}(-[a-z0-9]+)+$","x-message":"must be a region ID such as `cn-beijing` or `ap-southeast-1`"},"labels":{"description":"SAE tags on the job (TagResources), key \u2192 value. Keys 1\u2013128 characters, not starting with `aliyun` or `acs:` (SAE\'s own) nor `saejob-` (saejob\'s: `saejob-set` marks ownership); values 1\u2013128 characters; keys hold no `http://` or `https://` (the SDK text). The label `saejob-protected: \\"true\\"` makes saejob refuse to delete or replace the job.","type":"object","maxProperties":20,"propertyNames":{"minLength":1,"maxLength":128,"pattern":"^(?!aliyun)(?!acs:)(?!saejob-(?!protected$))(?!.*https?://)","x-message":"a label key is 1\u2013128 characters, does not start with `aliyun`, `acs:` or `saejob-` (but `saejob-protected`) and holds no `http://` or `https://`"},"additionalProperties":{"type":"string","minLength":1,"maxLength":128,"x-message":"a label value is a string of 1\u2013128 characters (quote numbers and booleans; SAE\'s tags take no empty value)"}}}},"JobSpec":{"title":"JobSpec","description":"What the job runs, when, and how.","type":"object","additionalProperties":false,"required":["replicas","template"],"properties":{"replicas":{"description":"Number of instances each run starts (CreateJob `Replicas`).","type":"integer","minimum":1},"trigger":{"$ref":"#/definitions/Trigger"},"concurrencyPolicy":{"description":"What happens when a run is due while the previous one still runs (CreateJob `ConcurrencyPolicy`): `Allow` runs both, `Forbid` skips the new run, `Replace` stops the old run.","enum":["Allow","Forbid","Replace"]},"timeoutSeconds":{"description":"Run timeout in seconds (CreateJob `Timeout`).","type":"integer","minimum":1},"backoffLimit":{"description":"How many times a failed run is retried (CreateJob `BackoffLimit`).","type":"integer","minimum":0},"shards":{"description":"Job sharding: one shard value per instance (CreateJob `Slice=true` and `SliceEnvs`, sent as the JSON list written here).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":["string","integer"]}},"refAppId":{"description":"ID of a job template this one references (CreateJob `RefAppId`).","type":"string","minLength":1},"suspend":{"description":"Pause the schedule. Not a CreateJob parameter: apply calls SuspendJob when the live state differs.","type":"boolean"},"network":{"$ref":"#/definitions/Network"},"template":{"$ref":"#/definitions/PodTemplate"}}},"Trigger":{"title":"Trigger","description":"When the job runs (CreateJob `TriggerConfig`): a cron `schedule`, or an `http` trigger. Set exactly one.","type":"object","additionalProperties":false,"properties":{"schedule":{"description":"Cron expression, 5 fields: minute hour day-of-month month day-of-week, e.g. `0 1 */1 * ?`. `?` only in day-of-month or day-of-week.","type":"string","minLength":1},"timezone":{"description":"Time zone of `schedule`, in `GMT+H:MM` / `GMT-H:MM` form. Default `GMT+8:00`.","type":"string","pattern":"^GMT[+-](1[0-4]|[0-9]):[0-5][0-9]$","x-message":"must look like `GMT+8:00` or `GMT-5:30`"},"http":{"$ref":"#/definitions/HttpTrigger"}},"oneOf":[{"required":["schedule"]},{"required":["http"]}]},"HttpTrigger":{"title":"HttpTrigger","description":"An HTTP trigger: the job runs when its webhook URL is called.","type":"object","additionalProperties":false,"properties":{"type":{"description":"Protocols accepted. Default `HTTPS`.","enum":["HTTP","HTTPS","HTTP&HTTPS"]},"methods":{"description":"HTTP methods accepted. Default `[GET]`.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["GET","POST","PUT","DELETE","HEAD","PATCH"]}},"ip":{"description":"Client IPs or CIDRs allowed when `securityConfig` is `ip`. Default `[]`.","type":"array","items":{"type":"string","minLength":1}},"referer":{"description":"Referers allowed when `securityConfig` is `referer`. Default `[]`.","type":"array","items":{"type":"string","minLength":1}},"securityConfig":{"description":"Access control: `none`, `ip` or `referer`. Default `none`.","enum":["none","ip","referer"]}}},"Network":{"title":"Network","description":"Where instances run. Every field is create-only. Omit to use the namespace\'s VPC.","type":"object","additionalProperties":false,"properties":{"autoConfig":{"description":"Let SAE configure the network (CreateJob `AutoConfig`). `true` may not be combined with vpcId / vSwitchId / securityGroupId.","type":"boolean"},"vpcId":{"description":"VPC ID (CreateJob `VpcId`).","type":"string","pattern":"^vpc-[a-z0-9]+$","x-message":"must be a VPC ID such as `vpc-bp1aevy8sofi8mh1q0000`"},"vSwitchId":{"description":"vSwitch ID in that VPC (CreateJob `VSwitchId`).","type":"string","pattern":"^vsw-[a-z0-9]+$","x-message":"must be a vSwitch ID such as `vsw-bp12mw1f8k3jgygk90000`"},"securityGroupId":{"description":"Security group ID (CreateJob `SecurityGroupId`).","type":"string","pattern":"^sg-[a-z0-9]+$","x-message":"must be a security group ID such as `sg-wz969ngg2e49q5i40000`"}}},"PodTemplate":{"title":"PodTemplate","description":"What each instance runs: an `image` or a `package`, resources, command, environment, volumes and logs.","type":"object","additionalProperties":false,"required":["resources"],"properties":{"image":{"$ref":"#/definitions/Image"},"package":{"$ref":"#/definitions/Package"},"runtime":{"$ref":"#/definitions/Runtime"},"jar":{"title":"JarOptions","description":"Start options of a FatJar: `java $startOptions -jar app.jar $startArgs`.","type":"object","additionalProperties":false,"properties":{"startOptions":{"description":"JVM options (CreateJob `JarStartOptions`), e.g. `-Xms1G -Xmx1G`.","type":"string"},"startArgs":{"description":"Program arguments (CreateJob `JarStartArgs`).","type":"string"}}},"war":{"title":"WarOptions","description":"Start options of a War.","type":"object","additionalProperties":false,"properties":{"startOptions":{"description":"Tomcat start command (CreateJob `WarStartOptions`).","type":"string"}}},"tomcat":{"$ref":"#/definitions/Tomcat"},"php":{"title":"PhpOptions","description":"PHP configuration file.","type":"object","additionalProperties":false,"properties":{"config":{"description":"Content of the PHP configuration file (CreateJob `PhpConfig`, sent in the form body).","type":"string"},"configLocation":{"description":"Where that file is mounted (CreateJob `PhpConfigLocation`), e.g. `/usr/local/etc/php/php.ini`.","type":"string","pattern":"^/","x-message":"must be an absolute path"}}},"resources":{"$ref":"#/definitions/Resources"},"command":{"description":"Start command (CreateJob `Command` = first item, `CommandArgs` = the rest followed by `args`).","type":"array","minItems":1,"items":{"type":"string"}},"args":{"description":"Arguments appended to `command` (into CommandArgs). Needs `command`.","type":"array","items":{"type":"string"}},"env":{"description":"Environment variables (CreateJob `Envs`). Names unique.","type":"array","items":{"$ref":"#/definitions/EnvVar"}},"envFrom":{"description":"Every key of a ConfigMap as environment variables (CreateJob `Envs`, `sae-sys-configmap-all-<name>`).","type":"array","items":{"$ref":"#/definitions/EnvFromSource"}},"hostAliases":{"description":"Extra /etc/hosts entries (CreateJob `CustomHostAlias`).","type":"array","items":{"$ref":"#/definitions/HostAlias"}},"lifecycle":{"$ref":"#/definitions/Lifecycle"},"terminationGracePeriodSeconds":{"description":"Seconds allowed for a graceful stop (CreateJob `TerminationGracePeriodSeconds`), 1\u2013300. SAE\'s default is 30.","type":"integer","minimum":1,"maximum":300},"timezone":{"description":"IANA time zone of the container (CreateJob `Timezone`), e.g. `Asia/Shanghai` (SAE\'s default).","type":"string","minLength":1},"volumes":{"$ref":"#/definitions/Volumes"},"logs":{"$ref":"#/definitions/Logs"}},"oneOf":[{"required":["image"]},{"required":["package"]}]},"Image":{"title":"Image","description":"Run a container image (CreateJob `PackageType=Image`).","type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"description":"Image reference (CreateJob `ImageUrl`), e.g. `registry.cn-beijing.aliyuncs.com/acme/report:1.4.2`.","type":"string","minLength":1,"pattern":"^[^\\\\s]+$","x-message":"must be an image reference without spaces"},"acrInstanceId":{"description":"Container Registry Enterprise Edition instance holding the image (CreateJob `AcrInstanceId`, form body), e.g. `cri-xxxxxx`.","type":"string","pattern":"^cri-[A-Za-z0-9]+$","x-message":"must be an ACR EE instance ID such as `cri-abc123`"},"acrAssumeRoleArn":{"description":"RAM role ARN for pulling across accounts (CreateJob `AcrAssumeRoleArn`).","type":"string","pattern":"^acs:ram::[0-9]+:role/.+$","x-message":"must be a RAM role ARN such as `acs:ram::123456789012:role/adminrole`"},"pullSecretId":{"description":"ID of the SAE Secret holding registry credentials (CreateJob `ImagePullSecrets`).","type":["string","integer"]},"acceleration":{"description":"Image acceleration (`EnableImageAccl`, form body). Listed in SAE\'s SDK metadata for CreateJob but not on the CreateJob page: leave unset unless you know your region supports it.","type":"boolean"},"pullSecretName":{"description":"Name of the SAE Secret holding registry credentials, resolved to its ID at plan (ListSecrets); instead of `pullSecretId`.","type":"string","minLength":1}}},"Package":{"title":"Package","description":"Run a code package instead of an image (CreateJob `PackageType`, `PackageUrl`, `PackageVersion`).","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"Package type (CreateJob `PackageType`). Create-only. For the `IMAGE_PHP_*` types, `url` is the image and is sent as `ImageUrl`.","enum":["FatJar","War","PythonZip","PhpZip","IMAGE_PHP_5_4","IMAGE_PHP_5_4_ALPINE","IMAGE_PHP_5_5","IMAGE_PHP_5_5_ALPINE","IMAGE_PHP_5_6","IMAGE_PHP_5_6_ALPINE","IMAGE_PHP_7_0","IMAGE_PHP_7_0_ALPINE","IMAGE_PHP_7_1","IMAGE_PHP_7_1_ALPINE","IMAGE_PHP_7_2","IMAGE_PHP_7_2_ALPINE","IMAGE_PHP_7_3","IMAGE_PHP_7_3_ALPINE"]},"url":{"description":"Where the package is (CreateJob `PackageUrl`), e.g. an OSS URL. Required for FatJar, War and PythonZip.","type":"string","minLength":1,"pattern":"^[^\\\\s]+$","x-message":"must be a URL without spaces"},"version":{"description":"Package version (CreateJob `PackageVersion`). Required for FatJar, War and PythonZip.","type":["string","number"]},"acrInstanceId":{"description":"Container Registry Enterprise Edition instance holding the image (CreateJob `AcrInstanceId`, form body), e.g. `cri-xxxxxx`. For the IMAGE_PHP_* package types only (their `url` is an image).","type":"string","pattern":"^cri-[A-Za-z0-9]+$","x-message":"must be an ACR EE instance ID such as `cri-abc123`"},"acrAssumeRoleArn":{"description":"RAM role ARN for pulling across accounts (CreateJob `AcrAssumeRoleArn`). For the IMAGE_PHP_* package types only (their `url` is an image).","type":"string","pattern":"^acs:ram::[0-9]+:role/.+$","x-message":"must be a RAM role ARN such as `acs:ram::123456789012:role/adminrole`"},"pullSecretId":{"description":"ID of the SAE Secret holding registry credentials (CreateJob `ImagePullSecrets`). For the IMAGE_PHP_* package types only (their `url` is an image).","type":["string","integer"]},"pullSecretName":{"description":"Name of the SAE Secret holding registry credentials, resolved to its ID at plan (ListSecrets); instead of `pullSecretId`. For the IMAGE_PHP_* package types only (their `url` is an image).","type":"string","minLength":1},"acceleration":{"description":"Image acceleration (`EnableImageAccl`, form body). Listed in SAE\'s SDK metadata for CreateJob but not on the CreateJob page: leave unset unless you know your region supports it. For the IMAGE_PHP_* package types only (their `url` is an image).","type":"boolean"}}},"Runtime":{"title":"Runtime","description":"Language runtime for packages.","type":"object","additionalProperties":false,"properties":{"language":{"description":"Programming language (CreateJob `ProgrammingLanguage`).","enum":["java","php","python","shell"]},"jdk":{"description":"JDK (CreateJob `Jdk`). Required for FatJar and War.","enum":["Open JDK 8","Open JDK 7","Dragonwell 11","Dragonwell 8","openjdk-8u191-jdk-alpine3.9","openjdk-7u201-jdk-alpine3.9"]},"webContainer":{"description":"Tomcat version (CreateJob `WebContainer`). Required for War.","enum":["apache-tomcat-7.0.91","apache-tomcat-8.5.42"]},"edasContainerVersion":{"description":"HSF container version (CreateJob `EdasContainerVersion`), e.g. `3.5.3`.","type":"string","minLength":1},"python":{"description":"Python environment (CreateJob `Python`), e.g. `PYTHON 3.9.15`.","type":"string","pattern":"^PYTHON [0-9]+(\\\\.[0-9]+)*$","x-message":"must look like `PYTHON 3.9.15`"},"pythonModules":{"description":"Extra Python requirements (CreateJob `PythonModules`): a string, or a list of requirement lines joined with newlines.","type":["string","array"],"items":{"type":"string","minLength":1}}}},"Tomcat":{"title":"Tomcat","description":"Tomcat settings for a War (CreateJob `TomcatConfig`).","type":"object","additionalProperties":false,"properties":{"port":{"description":"HTTP port, 1025\u201365535. SAE\'s default is 8080.","type":"integer","minimum":1025,"maximum":65535},"contextPath":{"description":"Context path. Default `/`.","type":"string","pattern":"^/","x-message":"must start with `/`"},"maxThreads":{"description":"Connection pool size. Default 400.","type":"integer","minimum":1},"uriEncoding":{"description":"URI encoding. Default `ISO-8859-1`.","enum":["UTF-8","ISO-8859-1","GBK","GB2312"]},"useBodyEncodingForUri":{"description":"Use the body\'s encoding for query parameters. Default true.","type":"boolean"}}},"Resources":{"title":"Resources","description":"CPU and memory of each instance. The pair must be one SAE supports (see the README\'s table). cpu and memory are create-only.","type":"object","additionalProperties":false,"required":["cpu","memory"],"properties":{"cpu":{"description":"CPU (CreateJob `Cpu`, millicores): an integer of millicores (`1000`), or a quantity: `\\"500m\\"`, `\\"1\\"`, `\\"0.5\\"` cores.","type":["integer","string"],"minimum":1,"pattern":"^([0-9]+m|[0-9]+(\\\\.[0-9]+)?)$","x-message":"must be millicores (`1000`, `\\"500m\\"`) or cores (`\\"1\\"`, `\\"0.5\\"`)"},"memory":{"description":"Memory (CreateJob `Memory`, MB): an integer of MB (`2048`), or a quantity: `\\"2048Mi\\"`, `\\"2Gi\\"`.","type":["integer","string"],"minimum":1,"pattern":"^[0-9]+(Mi|Gi)$","x-message":"must be MB (`2048`) or a quantity such as `\\"2048Mi\\"` or `\\"2Gi\\"`"},"bestEffortType":{"description":"Best-effort instance type (CreateJob/UpdateJob `BestEffortType`, 2025). SAE does not document its values: the text is sent as written. Unlike cpu and memory, it can be changed in place.","type":"string","minLength":1}}},"EnvVar":{"title":"EnvVar","description":"One environment variable: a `value`, or `valueFrom` a ConfigMap key.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Variable name.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","x-message":"must be a variable name: letters, digits, `_`, `.`, `-`, not starting with a digit"},"value":{"description":"Value. Numbers and booleans are sent as strings, as written: a number YAML would write differently (`1.50`, `0123`, `1e3`) must be quoted.","type":["string","number","boolean"]},"secret":{"description":"Whether the value is a secret, when its name says otherwise: `secret: true` masks it in every output (a `DSN` holding a password); `secret: false` shows an entry whose name only looks secret (`AUTH_MODE`). A value taken from a secret-named variable (`${env:DB_PASSWORD}`) stays masked either way.","type":"boolean"},"valueFrom":{"title":"EnvVarSource","description":"Take the value from a ConfigMap key.","type":"object","additionalProperties":false,"required":["configMapKeyRef"],"properties":{"configMapKeyRef":{"title":"ConfigMapKeyRef","description":"A key of an SAE ConfigMap, by `name` (resolved at plan) or `configMapId`.","type":"object","additionalProperties":false,"required":["key"],"properties":{"configMapId":{"$ref":"#/definitions/ConfigMapId"},"key":{"description":"Key in the ConfigMap.","type":"string","minLength":1},"name":{"description":"SAE ConfigMap name (Kubernetes\' spelling, as in `envFrom[].configMapRef.name`), resolved to its ID in the job\'s namespace when plan and apply run (one ListNamespacedConfigMaps a namespace): portable across namespaces and accounts, where IDs are not.","type":"string","pattern":"^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$","x-message":"must be a ConfigMap name: lower-case letters, digits, `-` and `.`, at most 63 characters"},"configMapName":{"description":"The old spelling of `name` (still read; a warning says to write `name`).","type":"string","pattern":"^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$","x-message":"must be a ConfigMap name: lower-case letters, digits, `-` and `.`, at most 63 characters","x-deprecated":"name"}},"oneOf":[{"required":["configMapId"]},{"required":["name"]},{"required":["configMapName"]}]}}}},"oneOf":[{"required":["value"]},{"required":["valueFrom"]}]},"EnvFromSource":{"title":"EnvFromSource","description":"Every key of one ConfigMap as environment variables.","type":"object","additionalProperties":false,"required":["configMapRef"],"properties":{"configMapRef":{"title":"ConfigMapRef","description":"The ConfigMap by name; `configMapId` may be given too (else it is resolved from the name at plan).","type":"object","additionalProperties":false,"required":["name"],"properties":{"configMapId":{"$ref":"#/definitions/ConfigMapId"},"name":{"description":"ConfigMap name.","type":"string","minLength":1}}}}},"ConfigMapId":{"description":"SAE ConfigMap ID (see ListNamespacedConfigMaps).","type":"integer","minimum":1},"HostAlias":{"title":"HostAlias","description":"Host names that resolve to one IP inside the container.","type":"object","additionalProperties":false,"required":["ip","hostnames"],"properties":{"ip":{"description":"IPv4 or IPv6 address.","type":"string","minLength":1},"hostnames":{"description":"DNS names that resolve to `ip`.","type":"array","minItems":1,"items":{"type":"string","pattern":"^(?=.{1,253}\\\\.?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\\\.[A-Za-z0-9](?:[-0-9A-Za-z]{0,61}[0-9A-Za-z])?)*\\\\.?$","x-message":"must be a host name: labels of letters, digits and `-`, separated by `.` (e.g. `db.internal`)"}}}},"ExecAction":{"title":"ExecAction","description":"A command run in the container.","type":"object","additionalProperties":false,"required":["exec"],"properties":{"exec":{"title":"ExecCommand","type":"object","description":"The command to run.","additionalProperties":false,"required":["command"],"properties":{"command":{"description":"Command and arguments, e.g. `[sh, -c, \\"echo hello\\"]`.","type":"array","minItems":1,"items":{"type":"string"}}}}}},"Lifecycle":{"title":"Lifecycle","description":"Hooks run after start and before stop.","type":"object","additionalProperties":false,"properties":{"postStart":{"$ref":"#/definitions/ExecAction","description":"Run right after the container starts (CreateJob `PostStart`)."},"preStop":{"$ref":"#/definitions/ExecAction","description":"Run before the container stops (CreateJob `PreStop`)."}}},"Volumes":{"title":"Volumes","description":"Storage mounted into the container. No two mounts may share a mountPath.","type":"object","additionalProperties":false,"properties":{"configMaps":{"description":"ConfigMap keys mounted as files (CreateJob `ConfigMapMountDesc`, form body).","type":"array","items":{"title":"ConfigMapMount","type":"object","description":"One ConfigMap key mounted as a file, the ConfigMap by `name` (resolved at plan) or `configMapId`. `key: sae-sys-configmap-all` mounts every key.","additionalProperties":false,"required":["key","mountPath"],"properties":{"configMapId":{"$ref":"#/definitions/ConfigMapId"},"key":{"description":"Key to mount, or `sae-sys-configmap-all` for all keys.","type":"string","minLength":1},"mountPath":{"$ref":"#/definitions/MountPath"},"name":{"description":"SAE ConfigMap name (Kubernetes\' spelling, as in `envFrom[].configMapRef.name`), resolved to its ID in the job\'s namespace when plan and apply run (one ListNamespacedConfigMaps a namespace): portable across namespaces and accounts, where IDs are not.","type":"string","pattern":"^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$","x-message":"must be a ConfigMap name: lower-case letters, digits, `-` and `.`, at most 63 characters"},"configMapName":{"description":"The old spelling of `name` (still read; a warning says to write `name`).","type":"string","pattern":"^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$","x-message":"must be a ConfigMap name: lower-case letters, digits, `-` and `.`, at most 63 characters","x-deprecated":"name"}},"oneOf":[{"required":["configMapId"]},{"required":["name"]},{"required":["configMapName"]}]}},"nas":{"title":"NasVolume","description":"An Apsara File Storage NAS file system (CreateJob `NasId`, `MountHost`, `MountDesc`).","type":"object","additionalProperties":false,"required":["id","mountHost","mounts"],"properties":{"id":{"description":"NAS file system ID (CreateJob `NasId`).","type":"string","minLength":1},"mountHost":{"description":"Mount target in the job\'s VPC (CreateJob `MountHost`).","type":"string","minLength":1},"mounts":{"description":"Directories of the file system mounted into the container (CreateJob `MountDesc`).","type":"array","minItems":1,"items":{"title":"NasMount","type":"object","description":"One NAS directory mounted at one path.","additionalProperties":false,"required":["mountPath","nasPath"],"properties":{"mountPath":{"$ref":"#/definitions/MountPath"},"nasPath":{"description":"Directory in the file system, e.g. `/`.","type":"string","pattern":"^/","x-message":"must be an absolute path such as `/` or `/data`"}}}}}},"nasMounts":{"description":"NAS file systems mounted into the container, one entry a mount (CreateJob `NasConfigs`, 2025): several file systems, each mount read-only or not. Use either this or `nas`, not both.","type":"array","minItems":1,"items":{"title":"NasConfigMount","type":"object","description":"One directory of a NAS file system mounted at one path.","additionalProperties":false,"required":["id","mountHost","nasPath","mountPath"],"properties":{"id":{"description":"NAS file system ID (`nasId`).","type":"string","minLength":1},"mountHost":{"description":"Mount target in the job\'s VPC (`mountDomain`).","type":"string","minLength":1},"nasPath":{"description":"Directory in the file system, e.g. `/`.","type":"string","pattern":"^/","x-message":"must be an absolute path such as `/` or `/data`"},"mountPath":{"$ref":"#/definitions/MountPath"},"readOnly":{"description":"Mount read-only (default false).","type":"boolean"}}}},"oss":{"title":"OssVolume","description":"OSS buckets mounted into the container (CreateJob `OssAkId`, `OssAkSecret`, `OssMountDescs`, all form body).","type":"object","additionalProperties":false,"required":["accessKeyId","accessKeySecret","mounts"],"properties":{"accessKeyId":{"description":"AccessKey ID for the buckets (CreateJob `OssAkId`). Usually `${env:OSS_AK_ID}`.","type":"string","minLength":1},"accessKeySecret":{"description":"AccessKey secret (CreateJob `OssAkSecret`). Must be an `${env:NAME}` reference: a literal secret in a committed file is an error.","type":"string","minLength":1,"x-secret":true},"mounts":{"description":"Buckets and paths mounted.","type":"array","minItems":1,"items":{"title":"OssMount","type":"object","description":"One bucket path mounted at one container path.","additionalProperties":false,"required":["bucket","bucketPath","mountPath"],"properties":{"bucket":{"description":"Bucket name.","type":"string","pattern":"^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$","x-message":"must be an OSS bucket name: 3\u201363 lower-case letters, digits and `-`"},"bucketPath":{"description":"Directory or object in the bucket.","type":"string"},"mountPath":{"$ref":"#/definitions/MountPath"},"readOnly":{"description":"Mount read-only. Default false.","type":"boolean"}}}}}}}},"MountPath":{"description":"Absolute path in the container.","type":"string","pattern":"^/","x-message":"must be an absolute path in the container, starting with `/`"},"Logs":{"title":"Logs","description":"Log collection.","type":"object","additionalProperties":false,"properties":{"sls":{"description":"Simple Log Service collection (CreateJob `SlsConfigs`). At most one `stdout` entry.","type":"array","minItems":1,"items":{"$ref":"#/definitions/SlsLog"}}}},"SlsLog":{"title":"SlsLog","description":"One log source: `stdout: true` or a file `path`. Omit project/logstore to let SAE create them.","type":"object","additionalProperties":false,"properties":{"stdout":{"description":"Collect the container\'s standard output.","const":true},"path":{"description":"Log file or directory to collect (`logDir`).","type":"string","pattern":"^/","x-message":"must be an absolute path"},"project":{"description":"Your own SLS project (`projectName`). Needs `logstore`; may not start with `sae-`.","type":"string","minLength":1},"logstore":{"description":"Your own Logstore (`logstoreName`). Needs `project`; may not start with `sae-`.","type":"string","minLength":1},"logtail":{"description":"Logtail configuration name (`logtailName`); a new one is made when omitted.","type":"string","minLength":1}},"oneOf":[{"required":["stdout"]},{"required":["path"]}]}}}');
  return parsed;
}

// src/pipeline/validate/schema-errors.ts
var root = () => jobSchemaSource();
function deref(node) {
  while (node?.$ref) node = root().definitions[node.$ref.replace("#/definitions/", "")];
  return node;
}
function schemaAt(path) {
  let node = deref(root());
  for (const seg of path) {
    if (!node) return void 0;
    node = typeof seg === "number" ? deref(node.items) : deref(node.properties?.[seg]);
  }
  return node;
}
var KUBERNETES_HABITS = {
  activeDeadlineSeconds: "is Kubernetes' name: saejob's is spec.timeoutSeconds (seconds a run may take)",
  parallelism: "is Kubernetes' name: SAE runs spec.replicas instances of each run at once",
  completions: "SAE has no completions count: a run is spec.replicas instances (spec.shards gives each a value)",
  imagePullSecrets: "is written spec.template.image.pullSecretName: NAME (or pullSecretId: ID), one Secret",
  timeZone: "is written spec.trigger.timezone, in SAE's form GMT+8:00 (a zone without daylight saving: Asia/Shanghai is GMT+8:00)",
  restartPolicy: "SAE has no restart policy: a failed run is retried up to spec.backoffLimit times",
  containers: "a job has one container: its image, command, args, env and resources go directly under spec.template",
  volumeMounts: "each volume says where it is mounted: spec.template.volumes.configMaps[].mountPath, volumes.nas.mounts[].mountPath, volumes.oss.mounts[].mountPath",
  annotations: "saejob has no annotations: metadata.labels become SAE tags, and a YAML comment (#) keeps a note",
  "resources.limits": "the instance size is resources: { cpu: 1000, memory: 2Gi } (SAE sells fixed sizes; Kubernetes' limits are that size)",
  "resources.requests": "the instance size is resources: { cpu: 1000, memory: 2Gi } (SAE sells fixed sizes, there are no separate requests)",
  "valueFrom.secretKeyRef": 'a secret comes from where saejob runs: value: "${env:NAME}" (masked in every output, never in git)',
  "configMapRef.configMapName": "envFrom takes the ConfigMap as configMapRef: { name: NAME }",
  jobTemplate: "saejob is not a CronJob wrapper: spec holds the job itself (spec.trigger.schedule for the schedule, spec.template for the container)"
};
var fieldHomes;
function homesOf(prop) {
  if (!fieldHomes) {
    fieldHomes = /* @__PURE__ */ new Map();
    const walk = (node, path, depth) => {
      node = deref(node);
      if (!node || depth > 6) return;
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        fieldHomes.set(key, [...fieldHomes.get(key) ?? [], path || "the top level"]);
        walk(child, path ? `${path}.${key}` : key, depth + 1);
      }
      if (node.items) walk(node.items, `${path}[]`, depth + 1);
    };
    walk(root(), "", 0);
  }
  return fieldHomes.get(prop)?.join(" or ");
}
function unknownFieldHint(path, prop) {
  const node = schemaAt(path);
  const allowed = Object.entries(node?.properties ?? {}).filter(([, p]) => !p["x-deprecated"]).map(([k]) => k);
  const parent = path.filter((x) => typeof x === "string").at(-1);
  const habit = KUBERNETES_HABITS[`${parent}.${prop}`] ?? KUBERNETES_HABITS[prop];
  if (habit) return habit;
  const guess = nearest(prop, allowed);
  if (guess) return `did you mean ${guess}?`;
  const home = homesOf(prop);
  return home ? `${prop} belongs under ${home}` : `allowed fields are ${allowed.join(", ")}`;
}
function decodePointer(pointer, value) {
  if (pointer === "") return [];
  const out = [];
  let cur = value;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const key = Array.isArray(cur) && /^[0-9]+$/.test(seg) ? Number(seg) : seg;
    out.push(key);
    cur = cur !== null && typeof cur === "object" ? cur[key] : void 0;
  }
  return out;
}
function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v)}`;
  return `${typeof v === "number" && Number.isInteger(v) ? "the integer" : `the ${typeof v}`} ${String(v)}`;
}
var TYPE_NAMES = {
  integer: "an integer",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  null: "null"
};
function list(values) {
  return values.map((v) => typeof v === "string" ? v : JSON.stringify(v)).join(", ");
}
function firstSentence(text) {
  if (!text) return "";
  const s = text.split(/(?<=\.)\s+(?=[A-Z])/)[0];
  return ` (${s.replace(/\.$/, "")})`;
}
function schemaFindings(errors, value) {
  const out = [];
  const oneOfAt = new Set(errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
  const wrongType = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const oneOfExplained = /* @__PURE__ */ new Set();
  for (const e of errors) {
    if (e.keyword !== "additionalProperties") continue;
    const path = decodePointer(e.instancePath, value);
    const hint = unknownFieldHint(path, String(e.params.additionalProperty));
    const keys = (schemaAt(path)?.oneOf ?? []).flatMap((b) => b.required ?? []);
    if (!hint.startsWith("allowed fields") && keys.some((k) => hint.includes(k))) oneOfExplained.add(e.instancePath);
  }
  const badNames = /* @__PURE__ */ new Set();
  for (const e of errors) {
    if (e.keyword !== "type" && wrongType.has(e.instancePath)) continue;
    if (e.keyword === "propertyNames") continue;
    if (e.propertyName !== void 0) {
      const at = decodePointer(e.instancePath, value);
      if (badNames.has(`${e.instancePath}/${e.propertyName}`)) continue;
      badNames.add(`${e.instancePath}/${e.propertyName}`);
      const rule = schemaAt(at)?.propertyNames?.["x-message"] ?? "is not an allowed key here";
      out.push({
        path: [...at, e.propertyName],
        target: "key",
        rule: "schema/propertyNames",
        message: `${rule}, not ${JSON.stringify(e.propertyName)}`
      });
      continue;
    }
    const path = decodePointer(e.instancePath, value);
    const here = valueAt(value, path);
    const node = schemaAt(path);
    const finding = (message, extra = {}) => {
      out.push({ path, message, rule: `schema/${e.keyword}`, ...extra });
    };
    switch (e.keyword) {
      case "required": {
        if (oneOfAt.has(e.instancePath) && /\/oneOf\/[0-9]+\/required$/.test(e.schemaPath)) break;
        const prop = String(e.params.missingProperty);
        const desc = deref(node?.properties?.[prop])?.description ?? node?.properties?.[prop]?.description;
        finding(`missing required field ${prop}${firstSentence(desc)}`, { field: [...path, prop], target: "key" });
        break;
      }
      case "additionalProperties": {
        const prop = String(e.params.additionalProperty);
        const where = path.length ? ` in ${path.filter((s) => typeof s === "string").join(".")}` : " at the top level";
        out.push({
          path: [...path, prop],
          target: "key",
          rule: "schema/additionalProperties",
          message: `unknown field ${prop}${where}: ${unknownFieldHint(path, prop)}`
        });
        break;
      }
      case "type": {
        const types = [].concat(e.params.type).flatMap((t) => t.split(","));
        const imageHabit = path.at(-1) === "image" && typeof here === "string" ? ` (Kubernetes' form: write image: { url: ${JSON.stringify(here)} })` : "";
        finding(
          `${node?.["x-message"] ?? `must be ${types.map((t) => TYPE_NAMES[t] ?? t).join(" or ")}`}, but it is ${describe(here)}${imageHabit}${path.at(-1) === "cpu" && typeof here === "number" && !Number.isInteger(here) ? ` (for ${here} cores write cpu: "${here}", quoted, or ${Math.round(here * 1e3)})` : ""}`
        );
        break;
      }
      case "const": {
        const allowed = e.params.allowedValue;
        finding(`must be ${JSON.stringify(allowed)}, but it is ${describe(here)}`);
        break;
      }
      case "enum": {
        const allowed = e.params.allowedValues ?? [];
        const guess = typeof here === "string" ? nearest(
          here,
          allowed.filter((a) => typeof a === "string")
        ) : void 0;
        finding(
          `${describe(here)} is not allowed: ${guess ? `did you mean ${JSON.stringify(guess)}? ` : ""}use one of ${list(allowed)}`
        );
        break;
      }
      case "pattern":
        finding(
          `${node?.["x-message"] ?? `must match the pattern ${String(e.params.pattern)}`}, but it is ${describe(here)}${kubernetesUnitHint(path, here)}`,
          node?.["x-sae-code"] ? { saeCode: node["x-sae-code"] } : {}
        );
        break;
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum": {
        const range = node?.minimum !== void 0 && node?.maximum !== void 0 ? `between ${node.minimum} and ${node.maximum}` : `${e.keyword === "minimum" ? "at least" : e.keyword === "maximum" ? "at most" : e.params.comparison} ${String(e.params.limit)}`;
        finding(`must be ${range}, but it is ${String(here)}`);
        break;
      }
      case "minLength":
        finding(
          e.params.limit === 1 ? "must not be empty" : `must be at least ${String(e.params.limit)} characters long`
        );
        break;
      case "maxLength":
        finding(
          `must be at most ${String(e.params.limit)} characters long, but it has ${typeof here === "string" ? here.length : "?"}`
        );
        break;
      case "minItems":
        finding(
          e.params.limit === 1 ? "must not be an empty list: remove the field or add an item" : `must have at least ${String(e.params.limit)} items`
        );
        break;
      case "maxItems":
        finding(`must have at most ${String(e.params.limit)} items`);
        break;
      case "uniqueItems":
        finding(`items ${String(e.params.j)} and ${String(e.params.i)} are the same: list each value once`);
        break;
      case "oneOf": {
        const branches = node?.oneOf ?? [];
        const keys = branches.flatMap((b) => b.required ?? []);
        if (keys.length === branches.length && keys.length > 0) {
          const obj = here ?? {};
          const present = keys.filter((k) => obj[k] !== void 0);
          const offered = keys.filter(
            (k) => !node?.properties?.[k]?.["x-deprecated"]
          );
          const either = (ks) => ks.length === 2 ? `${ks[0]} or ${ks[1]}` : ks.join(", ");
          const names = either(present.length > 1 ? present : offered);
          if (present.length === 0) {
            if (!oneOfExplained.has(e.instancePath)) finding(`set one of ${names}`, { target: "key" });
          } else
            out.push({
              path: [...path, present[1]],
              target: "key",
              rule: "schema/oneOf",
              message: `set only one of ${names}, not both`
            });
        } else finding("does not match any of the allowed forms");
        break;
      }
      default:
        finding(e.message ?? `fails ${e.keyword}`);
    }
  }
  return out;
}
function kubernetesUnitHint(path, value) {
  if (path.at(-1) !== "memory" || typeof value !== "string") return "";
  const m = /^(\d+(?:\.\d+)?)([KMGT])$/.exec(value.trim());
  return m ? ` (in Kubernetes ${value} is decimal, ${m[1]}\xD710^${{ K: 3, M: 6, G: 9, T: 12 }[m[2]]} bytes; for ${m[1]} ${m[2]}iB write "${m[1]}${m[2]}i")` : "";
}

// src/pipeline/limits.ts
var DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
var ALIAS_EXPANSION_FACTOR = 4;
var MAX_REQUEST_BYTES = 256 * 1024;
var MAX_QUERY_BYTES = 16 * 1024;
var MAX_COLLECTION_SIZE = 1e3;
var MAX_FINDINGS_PER_DOCUMENT = 50;
var MAX_DIAGNOSTICS_PER_FILE = 200;

// src/pipeline/validate/request-size.ts
var BODY_FIELDS = [
  /^spec\.template\.volumes\.(oss|configMaps)/,
  /^spec\.template\.php\.config$/,
  /^spec\.template\.image\.(acrInstanceId|acceleration)$/
];
function queryTooLong(value) {
  const strings = [];
  let total = 0;
  const walk = (v, path) => {
    if (typeof v === "string") {
      total += v.length;
      strings.push({ path, text: v });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(value?.spec, ["spec"]);
  if (total * 3 <= MAX_QUERY_BYTES) return void 0;
  const sized = strings.filter((s) => !BODY_FIELDS.some((re) => re.test(s.path.join(".")))).map((s) => ({ ...s, bytes: encodeURIComponent(s.text).length }));
  const bytes = sized.reduce((a, s) => a + s.bytes, 0);
  if (bytes <= MAX_QUERY_BYTES) return void 0;
  return queryFinding(sized, bytes);
}
function queryFinding(sized, bytes) {
  const largest = [...sized].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
  return {
    path: largest[0]?.path ?? ["spec"],
    rule: "request/too-long",
    message: `the request's query string would be about ${Math.ceil(bytes / 1024)} KiB, more than SAE's gateway is known to take (${MAX_QUERY_BYTES / 1024} KiB; Envs, command, args and the other JSON parameters travel in the query string). The largest: ${largest.map((l) => `${formatFieldPath(l.path)} (${l.bytes < 1024 ? `${l.bytes} bytes` : `${Math.ceil(l.bytes / 1024)} KiB`})`).join(", ")}. Put large values in a ConfigMap (envFrom or volumes.configMaps, sent in the body) or in the image`
  };
}

// src/pipeline/validate/validate.ts
function toDiagnostic(source, f) {
  const at = whereIs(source, f.path, f.target ?? "value");
  const d = {
    severity: f.severity ?? "error",
    file: at.file,
    line: at.line,
    col: at.col,
    endLine: at.endLine,
    endCol: at.endCol,
    field: formatFieldPath(f.field ?? f.path),
    message: f.message,
    rule: f.rule
  };
  if (f.saeCode) d.saeCode = f.saeCode;
  if (source.environment) d.environment = source.environment;
  return d;
}
function foreignDocument(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return void 0;
  const v = value;
  const HINT = "saejob reads apiVersion saejob/v1, kind Job; give it only your job manifests (in pre-commit, set files:)";
  if (typeof v.apiVersion === "string" && !v.apiVersion.startsWith("saejob/")) {
    return {
      path: ["apiVersion"],
      rule: "manifest/not-saejob",
      message: `this is not a saejob manifest (apiVersion ${v.apiVersion}${typeof v.kind === "string" ? `, kind ${v.kind}` : ""}): ${HINT}`
    };
  }
  if (v.apiVersion !== void 0 || v.kind !== void 0 || "metadata" in v || "spec" in v) return void 0;
  const keys = Object.keys(v);
  if (keys.length && !keys.some((k) => MANIFEST_KEYS.has(k))) {
    const shown = keys.slice(0, 4).join(", ") + (keys.length > 4 ? ", \u2026" : "");
    return {
      path: [],
      rule: "manifest/not-saejob",
      message: `this is not a saejob manifest (no apiVersion, kind, metadata or spec; its keys are ${shown}): ${HINT}`
    };
  }
  return void 0;
}
var MANIFEST_KEYS = /* @__PURE__ */ new Set(["apiVersion", "kind", "metadata", "spec"]);
function exactTextFindings(source) {
  const m = source.value;
  const t = m?.spec?.template;
  const out = [];
  const check = (v, path) => {
    if (typeof v !== "number" && typeof v !== "boolean") return;
    const at = path();
    const o = source.origin?.(at) ?? { source, path: at };
    if (o.source.facts?.exactScalars) return;
    const text = o.source.doc?.getIn(o.path, true)?.source;
    if (text === void 0 || text === String(v)) return;
    const what = typeof v === "number" ? `the number ${String(v)}` : `the boolean ${String(v)}`;
    const shown = quoteValue(text).slice(1, -1);
    out.push({
      path: at,
      rule: "exact-value",
      message: `YAML reads ${shown} as ${what.slice(0, 80)}, so SAE would get ${quoteValue(String(v))}: write it in quotes, "${shown}", to send it as written`
    });
  };
  check(t?.image?.pullSecretId, () => ["spec", "template", "image", "pullSecretId"]);
  check(t?.package?.version, () => ["spec", "template", "package", "version"]);
  const shards = m?.spec?.shards;
  if (Array.isArray(shards)) for (let i = 0; i < shards.length; i++) check(shards[i], () => ["spec", "shards", i]);
  const env = t?.env;
  if (Array.isArray(env))
    for (let i = 0; i < env.length; i++)
      check(env[i]?.value, () => ["spec", "template", "env", i, "value"]);
  return out;
}
function oversizedCollection(source) {
  const bound = source.facts?.sizeBound;
  if (bound !== void 0 && bound.separators <= MAX_COLLECTION_SIZE && bound.chars <= MAX_REQUEST_BYTES)
    return void 0;
  if (!sizeWalk(source.value, void 0, { text: 0 })) return void 0;
  return sizeWalk(source.value, [], { text: 0 });
}
function sizeWalk(v, path, budget) {
  if (typeof v === "string") {
    budget.text += v.length;
    if (budget.text <= MAX_REQUEST_BYTES) return void 0;
    return path ? {
      path,
      rule: "manifest/too-large",
      message: `this manifest holds more than ${MAX_REQUEST_BYTES / 1024} KiB of text, more than a job's request may carry: is a value repeated or generated?`
    } : true;
  }
  if (!v || typeof v !== "object") return void 0;
  const list2 = Array.isArray(v);
  const keys = list2 ? void 0 : Object.keys(v);
  const size = list2 ? v.length : keys.length;
  if (size > MAX_COLLECTION_SIZE) {
    return path ? {
      path,
      target: "key",
      rule: "manifest/too-large",
      message: `${list2 ? "this list holds" : "this mapping holds"} ${size} ${list2 ? "items" : "keys"}; a manifest's hold at most ${MAX_COLLECTION_SIZE}: is this the right file?`
    } : true;
  }
  for (let i = 0; i < size; i++) {
    const k = list2 ? i : keys[i];
    const found = sizeWalk(v[k], path && [...path, k], budget);
    if (found) return found;
  }
  return void 0;
}
function validateSource(source, options = {}) {
  const foreign = foreignDocument(source.value);
  if (foreign) return [toDiagnostic(source, foreign)];
  const oversized = oversizedCollection(source);
  if (oversized) return [toDiagnostic(source, oversized)];
  const tooLong = queryTooLong(source.value);
  if (tooLong) return [toDiagnostic(source, tooLong)];
  const findings = validate_job_default(source.value) ? [] : schemaFindings(validate_job_default.errors ?? [], source.value);
  pushAll(
    findings,
    checkManifestRules(source.value, {
      region: options.region,
      envRegion: options.envRegion,
      mayHoldReferences: source.facts?.mayHoldReferences
    })
  );
  pushAll(findings, exactTextFindings(source));
  return shownFindings(source, findings);
}
function withoutVariableFields(source, findings) {
  if (source.environment || !source.facts?.mayHoldReferences) return findings;
  return findings.filter((f) => {
    const v = valueAt(source.value, f.path);
    return !(typeof v === "string" && VARIABLE_REF.test(v));
  });
}
function shownFindings(source, all) {
  const findings = withoutVariableFields(source, all);
  const shown = findings.slice(0, MAX_FINDINGS_PER_DOCUMENT).map((f) => toDiagnostic(source, f));
  if (findings.length > MAX_FINDINGS_PER_DOCUMENT) {
    const next = toDiagnostic(source, findings[MAX_FINDINGS_PER_DOCUMENT]);
    shown.push({
      ...next,
      field: "",
      rule: "findings/truncated",
      message: `${findings.length - MAX_FINDINGS_PER_DOCUMENT} more problems in this document are not shown: fix the ones above first`
    });
  }
  return shown;
}
var ManifestValidator = class {
  constructor(options = {}) {
    this.options = options;
  }
  options;
  /** Identity → where it was first defined. */
  seen = /* @__PURE__ */ new Map();
  check(source) {
    if (isConfigMapDoc(source.value)) {
      const diagnostics2 = withoutVariableFields(source, checkConfigMapManifest(source.value)).map(
        (f) => toDiagnostic(source, f)
      );
      const md = source.value.metadata;
      const id = `configmap\0${String(md?.namespace)}\0${String(md?.name)}`;
      const first = this.seen.get(id);
      if (first !== void 0 && !diagnostics2.length)
        diagnostics2.push(
          toDiagnostic(source, {
            path: ["metadata", "name"],
            rule: "unique-identity",
            message: `ConfigMap ${String(md?.name)} in ${String(md?.namespace)} is defined twice (first in ${first})`
          })
        );
      else this.seen.set(id, source.file);
      return diagnostics2;
    }
    const diagnostics = validateSource(source, this.options);
    const identity = identityOf(source.value, this.options);
    if (identity) {
      const first = this.seen.get(identity.id);
      if (first !== void 0) diagnostics.push(toDiagnostic(source, duplicateIdentityFinding(identity, first)));
      else
        this.seen.set(
          identity.id,
          `${source.index > 0 ? `${source.file} (document ${source.index + 1})` : source.file}${source.environment ? ` in environment ${source.environment}` : ""}`
        );
    }
    return diagnostics;
  }
};
function validateManifests(loaded, options = {}) {
  const validator = new ManifestValidator(options);
  const diagnostics = [...loaded.diagnostics];
  const valid = [];
  const configMaps = [];
  for (const source of loaded.sources) {
    const own = validator.check(source);
    pushAll(diagnostics, own);
    if (hasErrors(own)) continue;
    if (isConfigMapDoc(source.value)) configMaps.push(source);
    else valid.push({ source, manifest: source.value });
  }
  return { diagnostics: sortDiagnostics(diagnostics), valid, configMaps };
}

// src/pipeline/compile/references.ts
var placeholder = (kind, name) => `<${kind === "configmap" ? "ConfigMap" : "Secret"} ${name}: resolved at plan>`;
function resolveReferences(params, references, namespace, table) {
  const unresolved = [];
  const out = { ...params };
  for (const r of references) {
    const ids = r.kind === "configmap" ? table.configMaps : table.secrets;
    const id = ids?.get(r.name);
    if (id === void 0) {
      const guess = ids ? nearest(r.name, [...ids.keys()]) : void 0;
      const what = r.kind === "configmap" ? "ConfigMap" : "Secret";
      unresolved.push({
        reference: r,
        message: `no ${what} named ${r.name} in namespace ${namespace}${guess ? `: did you mean ${guess}?` : ids?.size ? ` (it has ${[...ids.keys()].slice(0, 8).join(", ")})` : ` (it has none)`}`
      });
      continue;
    }
    const text = placeholder(r.kind, r.name);
    for (const [k, v] of Object.entries(out)) {
      if (typeof v !== "string" || !v.includes(text)) continue;
      out[k] = v === text ? String(id) : v.split(JSON.stringify(text)).join(String(id));
    }
  }
  return unresolved.length ? { unresolved } : { params: out };
}

// src/pipeline/compile/params.ts
var json = (v) => JSON.stringify(v);
function compact(o) {
  const out = {};
  for (const [k, v] of Object.entries(o)) if (v !== void 0) out[k] = v;
  return out;
}
function expandManifest(value, env, unknownSecrets = false) {
  const findings = [];
  const secrets = /* @__PURE__ */ new Set();
  const secretPaths = /* @__PURE__ */ new Set();
  const unknown = [];
  const walk = (v, path) => {
    if (typeof v === "string") {
      const r = expandEnvRefs(v, env);
      const secretField = path.at(-1) === "accessKeySecret";
      for (const name of r.missing) {
        if (unknownSecrets && (secretField || SECRET_NAME.test(name))) {
          unknown.push({ variable: name, path: path.join(".") });
          secretPaths.add(path.join("."));
          continue;
        }
        findings.push({
          path,
          rule: "env-unset",
          message: `environment variable ${name} is not set: set it where saejob runs (referenced as \${env:${name}}), or write $\${ for a literal "\${"`
        });
      }
      for (const name of r.used) {
        if (secretField || SECRET_NAME.test(name)) {
          secrets.add(env[name]);
          secretPaths.add(path.join("."));
        }
      }
      if (secretField && r.value !== "" && !r.missing.length) secrets.add(r.value);
      return r.value;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i]));
    if (v && typeof v === "object") {
      const out = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, [...path, k]);
      return out;
    }
    return v;
  };
  const expanded = walk(value, []);
  for (const s of [...secrets]) if (s.length === 0) secrets.delete(s);
  return { value: expanded, findings, secrets, secretPaths, unknown };
}
function triggerConfig(t) {
  if (t.schedule !== void 0) return json({ type: "time", config: t.schedule, timezone: t.timezone ?? "GMT+8:00" });
  if (t.http !== void 0) {
    const h = t.http;
    return json({
      type: "http",
      config: {
        type: h.type ?? "HTTPS",
        method: h.methods ?? ["GET"],
        ip: h.ip ?? [],
        referer: h.referer ?? [],
        securityConfig: h.securityConfig ?? "none"
      }
    });
  }
  return void 0;
}
function slsConfig(e) {
  return compact({
    logDir: e.stdout ? "" : e.path,
    logType: e.stdout ? "stdout" : void 0,
    projectName: e.project,
    logstoreName: e.logstore,
    logtailName: e.logtail
  });
}
var isImagePhp = (type) => type?.startsWith("IMAGE_PHP_") ?? false;
function manifestParams(m) {
  return paramsAndReferences(m).params;
}
function paramsAndReferences(m) {
  const references = [];
  const byName = (kind, name, path) => {
    references.push({ kind, name, path });
    return placeholder(kind, name);
  };
  const { metadata: md, spec } = m;
  const t = spec.template;
  const T2 = ["spec", "template"];
  const cmd = t.command ?? [];
  const env = [
    ...(t.env ?? []).map((e, i) => {
      if (!e.valueFrom) return { name: e.name, value: String(e.value) };
      const ref = e.valueFrom.configMapKeyRef;
      return {
        name: e.name,
        valueFrom: "configMapRef",
        configMapId: ref.configMapId ?? byName("configmap", ref.name ?? ref.configMapName, [
          ...T2,
          "env",
          i,
          "valueFrom",
          "configMapKeyRef",
          ref.name !== void 0 ? "name" : "configMapName"
        ]),
        key: ref.key
      };
    }),
    ...(t.envFrom ?? []).map((e, i) => ({
      name: `sae-sys-configmap-all-${e.configMapRef.name}`,
      valueFrom: "configMapRef",
      configMapId: e.configMapRef.configMapId ?? byName("configmap", e.configMapRef.name, [...T2, "envFrom", i, "configMapRef", "name"])
    }))
  ];
  const vol = t.volumes ?? {};
  const pkg = t.package;
  const registry = t.image ?? (isImagePhp(pkg?.type) ? pkg : void 0);
  const registryField = t.image ? "image" : "package";
  const tomcat = t.tomcat && compact({
    port: t.tomcat.port,
    contextPath: t.tomcat.contextPath,
    maxThreads: t.tomcat.maxThreads,
    uriEncoding: t.tomcat.uriEncoding,
    useBodyEncodingForUri: t.tomcat.useBodyEncodingForUri
  });
  const modules = t.runtime?.pythonModules;
  const params = compact({
    AppName: md.name,
    NamespaceId: md.namespace,
    AppDescription: md.description,
    Replicas: spec.replicas,
    TriggerConfig: spec.trigger && triggerConfig(spec.trigger),
    ConcurrencyPolicy: spec.concurrencyPolicy,
    Timeout: spec.timeoutSeconds,
    BackoffLimit: spec.backoffLimit,
    Slice: spec.shards ? true : void 0,
    SliceEnvs: spec.shards && json(spec.shards),
    RefAppId: spec.refAppId,
    AutoConfig: spec.network?.autoConfig,
    VpcId: spec.network?.vpcId,
    VSwitchId: spec.network?.vSwitchId,
    SecurityGroupId: spec.network?.securityGroupId,
    PackageType: t.image ? "Image" : pkg?.type,
    ImageUrl: t.image?.url ?? (isImagePhp(pkg?.type) ? pkg?.url : void 0),
    PackageUrl: isImagePhp(pkg?.type) ? void 0 : pkg?.url,
    PackageVersion: pkg?.version === void 0 ? void 0 : String(pkg.version),
    // An IMAGE_PHP_* package is an image: its registry settings are the package's (package.url is the image).
    AcrInstanceId: registry?.acrInstanceId,
    AcrAssumeRoleArn: registry?.acrAssumeRoleArn,
    ImagePullSecrets: registry?.pullSecretId !== void 0 ? String(registry.pullSecretId) : registry?.pullSecretName !== void 0 ? byName("secret", registry.pullSecretName, [...T2, registryField, "pullSecretName"]) : void 0,
    EnableImageAccl: registry?.acceleration,
    ProgrammingLanguage: t.runtime?.language,
    Jdk: t.runtime?.jdk,
    WebContainer: t.runtime?.webContainer,
    EdasContainerVersion: t.runtime?.edasContainerVersion,
    Python: t.runtime?.python,
    PythonModules: Array.isArray(modules) ? modules.join("\n") : modules,
    JarStartOptions: t.jar?.startOptions,
    JarStartArgs: t.jar?.startArgs,
    WarStartOptions: t.war?.startOptions,
    TomcatConfig: tomcat && json(tomcat),
    PhpConfig: t.php?.config,
    PhpConfigLocation: t.php?.configLocation,
    Cpu: cpuMillicores(t.resources.cpu),
    Memory: memoryMegabytes(t.resources.memory),
    BestEffortType: t.resources.bestEffortType,
    Command: cmd[0],
    CommandArgs: cmd.length > 1 || t.args?.length ? json([...cmd.slice(1), ...t.args ?? []]) : void 0,
    Envs: env.length ? json(env) : void 0,
    CustomHostAlias: t.hostAliases?.length ? json(t.hostAliases.flatMap((h) => h.hostnames.map((hostName) => ({ hostName, ip: h.ip })))) : void 0,
    PostStart: t.lifecycle?.postStart && json({ exec: { command: t.lifecycle.postStart.exec.command } }),
    PreStop: t.lifecycle?.preStop && json({ exec: { command: t.lifecycle.preStop.exec.command } }),
    TerminationGracePeriodSeconds: t.terminationGracePeriodSeconds,
    Timezone: t.timezone,
    ConfigMapMountDesc: vol.configMaps?.length ? json(
      vol.configMaps.map((c, i) => ({
        configMapId: c.configMapId ?? byName("configmap", c.name ?? c.configMapName, [
          ...T2,
          "volumes",
          "configMaps",
          i,
          c.name !== void 0 ? "name" : "configMapName"
        ]),
        key: c.key,
        mountPath: c.mountPath
      }))
    ) : void 0,
    NasId: vol.nas?.id,
    MountHost: vol.nas?.mountHost,
    MountDesc: vol.nas && json(vol.nas.mounts.map((n) => ({ mountPath: n.mountPath, nasPath: n.nasPath }))),
    NasConfigs: vol.nasMounts && json(
      vol.nasMounts.map((n) => ({
        mountPath: n.mountPath,
        readOnly: n.readOnly ?? false,
        nasId: n.id,
        mountDomain: n.mountHost,
        nasPath: n.nasPath
      }))
    ),
    OssAkId: vol.oss?.accessKeyId,
    OssAkSecret: vol.oss?.accessKeySecret,
    OssMountDescs: vol.oss && json(
      vol.oss.mounts.map((o) => ({
        bucketName: o.bucket,
        bucketPath: o.bucketPath,
        mountPath: o.mountPath,
        readOnly: o.readOnly ?? false
      }))
    ),
    SlsConfigs: t.logs?.sls && json(t.logs.sls.map(slsConfig)),
    Workload: "job"
  });
  return { params, references };
}

// src/pipeline/redact.ts
var MASK = "******";
var MIN_EMBEDDED_SECRET = 4;
function forms(secret) {
  const json1 = JSON.stringify(secret).slice(1, -1);
  const json2 = JSON.stringify(json1).slice(1, -1);
  const out = /* @__PURE__ */ new Set();
  for (const f of [secret, json1, json2]) {
    out.add(f);
    out.add(encodeURIComponent(f));
    out.add(new URLSearchParams({ v: f }).toString().slice(2));
  }
  return [...out].filter((s) => s.length > 0);
}
function redactText(text, secrets) {
  let out = text;
  const all = secrets.filter((s) => s.length >= MIN_EMBEDDED_SECRET).flatMap(forms).sort((a, b) => b.length - a.length);
  for (const form of all) if (out.includes(form)) out = out.split(form).join(MASK);
  return out;
}
function redactDeep(value, secrets) {
  if (secrets.length === 0) return value;
  const walk = (v) => {
    if (typeof v === "string") return redactText(v, secrets);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}
var isSecretEnvEntry = (name, names) => typeof name === "string" && ((names.secretEnvNames ?? []).includes(name) || SECRET_NAME.test(name) && !(names.shownEnvNames ?? []).includes(name));
function maskEnvEntries(entries, names) {
  if (!Array.isArray(entries)) return entries;
  return entries.map(
    (e) => e && typeof e === "object" && "value" in e && isSecretEnvEntry(e.name, names) ? { ...e, value: MASK } : e
  );
}
function redactParams(params, secrets, names) {
  const out = {};
  for (const [k, v] of Object.entries(params)) {
    if (SECRET_PARAMS.has(k) && v !== void 0 && v !== "") out[k] = MASK;
    else if (k === "Envs" && typeof v === "string") {
      try {
        out[k] = JSON.stringify(maskEnvEntries(JSON.parse(v), names));
      } catch {
        out[k] = v;
      }
    } else out[k] = v;
  }
  return redactDeep(out, secrets);
}
function redactRequest(req, job) {
  return {
    ...req,
    query: redactParams(req.query, job.secrets, job),
    body: redactParams(req.body, job.secrets, job)
  };
}

// src/pipeline/compile/requests.ts
function request(op, params) {
  const { method, path, params: known } = operation(op);
  const query = {};
  const body = {};
  for (const [k, v] of Object.entries(params)) {
    const spec = known[k];
    if (!spec) throw new Error(`internal error: ${k} is not a parameter of ${op}`);
    (spec.in === "body" ? body : query)[k] = spec.type === "string" && typeof v !== "string" ? String(v) : v;
  }
  return { operation: op, method, path, query, body };
}
function createRequest(params) {
  return request("CreateJob", params);
}
function updateRequest(appId, params, clear = []) {
  const p = { AppId: appId };
  for (const [k, v] of Object.entries(params)) if (!CREATE_ONLY_PARAMS.has(k)) p[k] = v;
  for (const k of clear) if (p[k] === void 0 && k in CLEARING_VALUES) p[k] = CLEARING_VALUES[k];
  return request("UpdateJob", p);
}
function deleteRequest(appId) {
  return request("DeleteJob", { AppId: appId });
}
function tagRequest(appId, region, tags) {
  return request("TagResources", {
    RegionId: region,
    ResourceType: TAG_RESOURCE_TYPE,
    ResourceIds: json(typeof appId === "string" ? [appId] : appId),
    Tags: json(Object.entries(tags).map(([key, value]) => ({ key, value })))
  });
}
function untagRequest(appId, region, keys) {
  return request("UntagResources", {
    RegionId: region,
    ResourceType: TAG_RESOURCE_TYPE,
    ResourceIds: json([appId]),
    TagKeys: json(keys)
  });
}
function suspendRequest(appId, suspend) {
  return request("SuspendJob", { AppId: appId, Suspend: suspend });
}
function configMapRequest(cm, showSecrets = false) {
  const data = Object.fromEntries(
    Object.entries(cm.data).map(([k, v]) => [k, !showSecrets && cm.secretKeys.includes(k) ? MASK : v])
  );
  return request("CreateConfigMap", {
    Name: cm.name,
    NamespaceId: cm.namespace,
    ...cm.description !== void 0 ? { Description: cm.description } : {},
    Data: JSON.stringify(data)
  });
}

// src/pipeline/compile/compile.ts
function compileJob(manifest, options = {}) {
  const env = options.env ?? {};
  const expanded = expandManifest(manifest, env, options.unknownSecrets);
  if (expanded.findings.length) return { findings: expanded.findings };
  const m = expanded.value;
  const region = resolveRegion({
    metadataRegion: m.metadata.region,
    namespace: m.metadata.namespace,
    flag: options.region,
    env: env.ALIBABA_CLOUD_REGION_ID
  });
  if (!region) {
    return {
      findings: [
        {
          path: ["metadata", "namespace"],
          rule: "region-unknown",
          message: "cannot tell the region: set metadata.region, --region or ALIBABA_CLOUD_REGION_ID"
        }
      ]
    };
  }
  const { params, references } = paramsAndReferences(m);
  const size = Object.entries(params).reduce((n, [k, v]) => n + k.length + String(v).length, 0);
  if (size > MAX_REQUEST_BYTES) {
    return {
      findings: [
        {
          path: ["metadata", "name"],
          rule: "request-size",
          message: `the CreateJob request would carry ${Math.round(size / 1024)} KiB of parameters; saejob sends at most ${MAX_REQUEST_BYTES / 1024} KiB (a job's settings are a few KB: is a value repeated or generated?)`
        }
      ]
    };
  }
  const secrets = new Set(expanded.secrets);
  if (typeof params.OssAkSecret === "string" && params.OssAkSecret && !expanded.unknown.some((u) => u.path.endsWith("accessKeySecret")))
    secrets.add(params.OssAkSecret);
  const secretEnvNames = /* @__PURE__ */ new Set();
  const shownEnvNames = /* @__PURE__ */ new Set();
  for (const [i, e] of (m.spec.template.env ?? []).entries()) {
    if (e.value === void 0) continue;
    const value = String(e.value);
    if (isSecretEntry(e.name, e.secret) || expanded.secretPaths.has(`spec.template.env.${i}.value`)) {
      secretEnvNames.add(e.name);
      if (value && !expanded.unknown.some((u) => u.path === `spec.template.env.${i}.value`)) secrets.add(value);
    } else if (e.secret === false) shownEnvNames.add(e.name);
  }
  const job = {
    name: m.metadata.name,
    namespace: m.metadata.namespace,
    region,
    create: createRequest(params),
    params,
    secrets: [...secrets],
    secretEnvNames: [...secretEnvNames],
    shownEnvNames: [...shownEnvNames]
  };
  const query = Object.entries(job.create.query).map(([k, v]) => ({
    path: [manifestLabel(k)],
    bytes: encodeURIComponent(k).length + encodeURIComponent(String(v)).length + 2
  }));
  const queryBytes = query.reduce((a, q) => a + q.bytes, 0);
  if (queryBytes > MAX_QUERY_BYTES)
    return { findings: [{ ...queryFinding(query, queryBytes), path: ["metadata", "name"] }] };
  if (m.spec.suspend !== void 0) job.suspend = m.spec.suspend;
  if (expanded.unknown.length) job.unknown = expanded.unknown;
  if (m.metadata.labels && Object.keys(m.metadata.labels).length) job.labels = { ...m.metadata.labels };
  if (references.length) {
    job.references = references;
    job.namedParams = job.params;
  }
  return { job, findings: [] };
}

// src/pipeline/plan/live-job.ts
function normaliseParam(name, value) {
  if (value === void 0 || value === null || value === "") return void 0;
  if (JSON_PARAMS.has(name) && typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return value;
    }
  }
  if (Array.isArray(value) && value.length === 0) return void 0;
  if (value && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0) return void 0;
  if (NUMBER_PARAMS.has(name)) return Number(value);
  if (BOOLEAN_PARAMS.has(name)) return value === true || value === "true";
  if (typeof value === "number" && JOB_PARAMS.get(name)?.type === "string") return String(value);
  return value;
}
function describedParams(d) {
  const out = {};
  for (const [k, v] of Object.entries(d)) {
    const param = JOB_PARAMS.get(k);
    if (!param || k === "AppId" || v === void 0 || v === null) continue;
    if (param.described && Array.isArray(v)) {
      const keys = Object.entries(param.described);
      out[k] = JSON.stringify(
        v.map((item) => Object.fromEntries(keys.map(([req, res]) => [req, item?.[res]])))
      );
    } else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = v;
  }
  return out;
}
function liveTags(tags) {
  const out = {};
  if (!Array.isArray(tags)) return out;
  for (const t of tags)
    if (typeof t?.Key === "string" && !isSystemTag(t.Key))
      out[t.Key] = t.Value === void 0 || t.Value === null ? "" : String(t.Value);
  return out;
}

// src/pipeline/plan/ownership.ts
var OWNER_TAG = "saejob-set";
var PROTECTED_LABEL = "saejob-protected";
var DEFAULT_SET = "default";
function ownershipOf(tags, set2) {
  const owner = tags?.[OWNER_TAG];
  if (owner === void 0) return { state: "unowned" };
  return owner === set2 ? { state: "own" } : { state: "other", set: owner };
}
var isProtected = (tags) => tags?.[PROTECTED_LABEL] === "true";
function desiredTags(labels, set2) {
  return { ...labels, [OWNER_TAG]: set2 };
}
function tagChanges(live, desired) {
  const out = [];
  for (const key of [.../* @__PURE__ */ new Set([...Object.keys(desired), ...Object.keys(live)])].sort()) {
    if (live[key] === desired[key]) continue;
    const c = { key };
    if (live[key] !== void 0) c.before = live[key];
    if (desired[key] !== void 0) c.after = desired[key];
    out.push(c);
  }
  return out;
}

// src/pipeline/plan/requests.ts
function clearedParams(p) {
  return p.changes.filter((c) => c.after === void 0).map((c) => c.param);
}
function resetParams(p) {
  const out = {};
  for (const c of p.changes) {
    const how = c.removal === "reset" ? removalOf(c.param) : void 0;
    if (how?.kind === "reset") out[c.param] = how.value;
  }
  return out;
}
function plannedRequests(p) {
  switch (p.action) {
    case "create":
      return [createRequest(p.job.params), ...tagRequests(p)];
    case "update":
      return [
        ...p.changes.length || p.lastChangeOrder?.state === "failed" ? [updateRequest(p.appId, { ...p.job.params, ...resetParams(p) }, clearedParams(p))] : [],
        ...tagRequests(p)
      ];
    case "replace":
      return [deleteRequest(p.appId), createRequest(p.job.params), ...tagRequests(p, true)];
    case "delete":
      return [deleteRequest(p.appId)];
    default:
      return [];
  }
}
function tagRequests(p, created = p.action === "create", appId = created ? "(the new job)" : p.appId) {
  const changes = created ? tagChanges({}, p.tags ?? {}) : p.tagChanges ?? [];
  const set2 = changes.filter((c) => c.after !== void 0);
  const unset = changes.filter((c) => c.after === void 0);
  return [
    ...set2.length ? [tagRequest(appId, p.region, Object.fromEntries(set2.map((c) => [c.key, c.after])))] : [],
    ...unset.length ? [
      untagRequest(
        appId,
        p.region,
        unset.map((c) => c.key)
      )
    ] : []
  ];
}

// src/pipeline/plan/compare.ts
import { isDeepStrictEqual } from "node:util";
var IDENTITY = /* @__PURE__ */ new Set(["AppName", "NamespaceId"]);
var NETWORK = ["VpcId", "VSwitchId", "SecurityGroupId"];
var unreadable = (v) => v === void 0 || typeof v === "string" && /^\**$/.test(v);
function notCompared(desired) {
  const skip = /* @__PURE__ */ new Set([...IDENTITY, ...REQUEST_ONLY_PARAMS]);
  if (desired.AutoConfig === true) for (const n of NETWORK) skip.add(n);
  const used = NAS_FORMS.find((form) => form.some((n) => desired[n] !== void 0));
  if (used) {
    for (const form of NAS_FORMS) if (form !== used) for (const n of form) skip.add(n);
  }
  return skip;
}
function planParams(file, job, live) {
  const base = {
    file,
    name: job.name,
    namespace: job.namespace,
    region: job.region,
    ...job.environment ? { environment: job.environment } : {},
    job,
    changes: [],
    replaceReasons: []
  };
  if (!live) {
    const planned2 = { ...base, action: "create" };
    const unknown = withoutUnknowns(job, { appId: "", params: {}, suspend: false }).fields;
    if (unknown.length) planned2.unknown = unknown;
    if (job.suspend) planned2.suspend = { from: false, to: true };
    return planned2;
  }
  const known = withoutUnknowns(job, live);
  const desired = known.params;
  const skip = notCompared(desired);
  for (const p of known.skip) skip.add(p);
  const changes = [];
  const replaceReasons = [];
  for (const param of /* @__PURE__ */ new Set([...Object.keys(desired), ...Object.keys(live.params)])) {
    if (skip.has(param)) continue;
    if (SECRET_PARAMS.has(param) && unreadable(live.params[param])) continue;
    const removed = desired[param] === void 0;
    const how = removed ? removalOf(param) : void 0;
    if (how?.kind === "none" || how?.kind === "server") continue;
    if (how?.kind === "follows" && !desired[how.param]) continue;
    const after = how?.kind === "reset" ? normaliseParam(param, how.value) : normaliseParam(param, desired[param]);
    const before = withoutServerDefaults(
      param,
      alignToDesired(normaliseParam(param, live.params[param]), after),
      after
    );
    if (isDeepStrictEqual(before, after) || removed && before === void 0) continue;
    if (CREATE_ONLY_PARAMS.has(param) || how?.kind === "replace" || how?.kind === "follows") {
      replaceReasons.push({ param, before, after, ...removed ? { removal: "replace" } : {} });
      continue;
    }
    changes.push({ param, before, after, ...how?.kind === "reset" ? { removal: "reset" } : {} });
  }
  const planned = {
    ...base,
    live,
    appId: live.appId,
    changes,
    replaceReasons,
    action: replaceReasons.length ? "replace" : changes.length ? "update" : "unchanged"
  };
  if (known.fields.length) planned.unknown = known.fields;
  if (live.lastChangeOrder) {
    planned.lastChangeOrder = live.lastChangeOrder;
    if (planned.action === "unchanged") planned.action = live.lastChangeOrder.state === "failed" ? "update" : "wait";
  }
  const paused = job.suspend ?? false;
  if (paused !== live.suspend) {
    planned.suspend = { from: live.suspend, to: paused };
    if (planned.action === "unchanged") planned.action = "update";
  }
  return planned;
}
function withoutUnknowns(job, live) {
  if (!job.unknown?.length) return { params: job.params, skip: [], fields: [] };
  const refs = job.unknown.map((u) => `\${env:${u.variable}}`);
  const holdsUnknown = (v) => typeof v === "string" && refs.some((r) => v.includes(r));
  const params = { ...job.params };
  const skip = [];
  const fields = [];
  for (const [param, value] of Object.entries(job.params)) {
    if (!holdsUnknown(value)) continue;
    const envs = param === "Envs" ? normaliseParam(param, value) : void 0;
    if (!Array.isArray(envs)) {
      skip.push(param);
      fields.push(manifestLabel(param));
      continue;
    }
    const liveEnvs = new Map(
      (normaliseParam(param, live.params[param]) ?? []).map(
        (e) => [e.name, e.value]
      )
    );
    params[param] = JSON.stringify(
      envs.map((e) => {
        if (!holdsUnknown(e.value)) return e;
        fields.push(`${manifestLabel(param)}[${e.name}].value`);
        return liveEnvs.has(e.name) ? { ...e, value: liveEnvs.get(e.name) } : e;
      })
    );
  }
  return { params, skip, fields };
}
function alignToDesired(live, desired) {
  if (Array.isArray(live) && Array.isArray(desired)) return live.map((v, i) => alignToDesired(v, desired[i]));
  if (live && desired && typeof live === "object" && typeof desired === "object" && !Array.isArray(live) && !Array.isArray(desired)) {
    const d = desired;
    const out = {};
    for (const [k, v] of Object.entries(live)) {
      if (!(k in d) && (v === null || v === "")) continue;
      out[k] = alignToDesired(v, d[k]);
    }
    return out;
  }
  if (typeof desired === "number" && typeof live === "string" && live.trim() !== "" && Number(live) === desired)
    return desired;
  if (typeof desired === "boolean" && (live === "true" || live === "false")) return live === "true";
  return live;
}
function withoutServerDefaults(param, live, desired) {
  const notes = JOB_PARAMS.get(param);
  if (notes?.readsBackAs && live === notes.readsBackAs.read && desired === notes.readsBackAs.sent) return desired;
  const defaults = notes?.serverDefaults?.values;
  if (!defaults || !live || typeof live !== "object" || Array.isArray(live)) return live;
  const want = desired && typeof desired === "object" ? desired : {};
  const kept = Object.entries(live).filter(
    ([k, v]) => k in want || !(k in defaults) || !isDeepStrictEqual(v, defaults[k])
  );
  return kept.length ? Object.fromEntries(kept) : void 0;
}
function divergence(p, live, o = {}) {
  const check = planJob(p.file, p.job, { ...live, tags: void 0, lastChangeOrder: void 0 }, o);
  const all = [...check.replaceReasons, ...check.changes];
  return {
    kept: all.filter((c) => p.job.params[c.param] !== void 0),
    filled: all.filter((c) => p.job.params[c.param] === void 0)
  };
}
function divergenceText(c, job) {
  const shown = (v) => {
    if (v === void 0) return "(unset)";
    if (SECRET_PARAMS.has(c.param)) return MASK;
    const text = JSON.stringify(redactDeep(c.param === "Envs" ? maskEnvEntries(v, job) : v, job.secrets));
    return text.length > 200 ? `${text.slice(0, 200)}\u2026` : text;
  };
  return `${manifestLabel(c.param)}: sent ${shown(c.after)}, SAE has ${shown(c.before)}`;
}

// src/pipeline/plan/plan.ts
var locationOf = (p) => ({
  file: p.file,
  name: p.name,
  namespace: p.namespace,
  region: p.region,
  ...p.environment ? { environment: p.environment } : {}
});
function planJob(file, job, live, o = {}) {
  const set2 = o.set ?? DEFAULT_SET;
  const planned = planParams(file, job, live);
  planned.tags = desiredTags(job.labels, set2);
  if (live && live.tags === void 0) return planned;
  const tags = tagChanges(live?.tags ?? {}, planned.tags);
  if (tags.length) {
    planned.tagChanges = tags;
    if (planned.action === "unchanged") planned.action = "update";
  }
  if (live) {
    const owner = ownershipOf(live.tags, set2);
    if (owner.state !== "own") planned.ownership = owner;
    if (isProtected(live.tags)) planned.protected = true;
  }
  return planned;
}
function summarise(plan) {
  const s = { create: 0, update: 0, replace: 0, wait: 0, unchanged: 0, delete: 0 };
  for (const p of plan) s[p.action]++;
  return s;
}
var hasChanges = (plan) => plan.some((p) => p.action !== "unchanged");
function markRenames(planned) {
  const deletes = planned.filter((p) => p.action === "delete" && p.live);
  for (const c of planned.filter((p) => p.action === "create")) {
    const d = deletes.find(
      (x) => !x.renamedTo && x.region === c.region && x.namespace === c.namespace && sameSpec(c, x)
    );
    if (!d) continue;
    c.renameOf = d.name;
    d.renamedTo = c.name;
  }
}
function sameSpec(create, deleted) {
  const check = planJob(create.file, create.job, { ...deleted.live, tags: void 0, lastChangeOrder: void 0 });
  return check.changes.length === 0 && check.replaceReasons.length === 0;
}

// src/pipeline/plan/plan-file.ts
import { createHash } from "node:crypto";
var PLAN_FILE_VERSION = 1;
function configMapFingerprints(p, salt) {
  const secrets = Object.values(p.configMap.data).filter(
    (_, i) => p.configMap.secretKeys.includes(Object.keys(p.configMap.data)[i])
  );
  const masked = (data) => redactDeep(
    Object.fromEntries(
      Object.entries(data).map(([k, v]) => [k, p.configMap.secretKeys.includes(k) || SECRET_NAME.test(k) ? MASK : v])
    ),
    secrets
  );
  return {
    // The manifest alone: what the plan's run did to the live ConfigMap is the live fingerprint's.
    manifest: digest(salt, {
      data: masked(p.configMap.data),
      description: p.configMap.description ?? null
    }),
    live: p.live ? digest(salt, { id: p.live.id, data: masked(p.live.data), description: p.live.description }) : "absent"
  };
}
function configMapStaleReason(saved, fresh, salt) {
  if (!fresh) return "no manifest defines this ConfigMap any more: plan again";
  const now = configMapFingerprints(fresh, salt);
  if (now.manifest !== saved.manifest)
    return "its manifest (or a value it takes from the environment) changed since the plan: plan again";
  if (fresh.action === "unchanged") return void 0;
  if (now.live !== saved.live)
    return saved.live === "absent" ? "it was created by someone else since the plan: plan again" : "the live ConfigMap changed since the plan: plan again";
  return void 0;
}
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v).sort().filter((k) => v[k] !== void 0).map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  return v === void 0 ? "null" : JSON.stringify(v);
}
var digest = (salt, v) => `sha256:${createHash("sha256").update(salt).update(canonical(v)).digest("hex")}`;
function maskedValue(param, v, job) {
  if (v === void 0) return void 0;
  if (SECRET_PARAMS.has(param)) return MASK;
  return redactDeep(param === "Envs" ? maskEnvEntries(v, job) : v, job.secrets);
}
var maskedChanges = (changes, job) => changes.map((c) => ({
  param: c.param,
  before: maskedValue(c.param, c.before, job) ?? null,
  after: maskedValue(c.param, c.after, job) ?? null
}));
function fingerprints(p, salt) {
  const masked = (params) => redactParams(params, p.job.secrets, p.job);
  return {
    manifest: digest(salt, {
      params: masked(p.job.namedParams ?? p.job.params),
      labels: p.job.labels ?? null,
      suspend: p.job.suspend ?? null
    }),
    live: p.live ? digest(salt, {
      appId: p.live.appId,
      params: masked(p.live.params),
      suspend: p.live.suspend,
      tags: p.live.tags ?? null
    }) : "absent",
    outcome: digest(salt, {
      action: p.action,
      appId: p.appId ?? null,
      changes: maskedChanges(p.changes, p.job),
      replaceReasons: maskedChanges(p.replaceReasons, p.job),
      suspend: p.suspend ?? null,
      lastChangeOrder: p.lastChangeOrder?.state ?? null,
      unknown: p.unknown ?? null,
      tags: p.tagChanges ?? null,
      ownership: p.ownership ?? null,
      protected: p.protected ?? null
    })
  };
}
function savePlan(planned, o) {
  return {
    saejobPlan: PLAN_FILE_VERSION,
    saejobVersion: o.saejobVersion,
    createdAt: o.createdAt,
    paths: o.paths,
    ...o.region ? { region: o.region } : {},
    ...o.set ? { set: o.set } : {},
    ...o.prune ? { prune: true } : {},
    ...o.environment ? { environment: o.environment } : {},
    ...o.allEnvironments ? { allEnvironments: true } : {},
    ...o.replace ? { replace: true } : {},
    ...o.adopt ? { adopt: true } : {},
    ...o.unknownVariables?.length ? { unknownVariables: o.unknownVariables } : {},
    salt: o.salt,
    jobs: planned.map((p) => ({
      file: p.file,
      name: p.name,
      namespace: p.namespace,
      region: p.region,
      action: p.action,
      ...p.environment ? { environment: p.environment } : {},
      ...p.appId ? { appId: p.appId } : {},
      ...fingerprints(p, o.salt),
      requests: plannedRequests(p).map((r) => redactRequest(r, p.job)),
      ...p.suspend ? { suspend: p.suspend } : {}
    })),
    ...o.configMaps?.length ? {
      configMaps: o.configMaps.map((c) => ({
        name: c.name,
        ...c.environment ? { environment: c.environment } : {},
        namespace: c.namespace,
        region: c.region,
        action: c.action,
        ...configMapFingerprints(c, o.salt)
      }))
    } : {}
  };
}
function readSavedPlan(text) {
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    return "not a saejob plan file (not JSON)";
  }
  const p = v;
  if (!p || typeof p !== "object" || !("saejobPlan" in p)) return 'not a saejob plan file (no "saejobPlan" field)';
  if (p.saejobPlan !== PLAN_FILE_VERSION)
    return `a plan file of format ${String(p.saejobPlan)}; this saejob reads format ${PLAN_FILE_VERSION}: plan again with this version`;
  const jobOk = (j) => j && typeof j.name === "string" && typeof j.namespace === "string" && typeof j.region === "string" && typeof j.manifest === "string" && typeof j.live === "string" && typeof j.outcome === "string";
  if (p.unknownVariables !== void 0 && (!Array.isArray(p.unknownVariables) || !p.unknownVariables.every((x) => typeof x === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(x))) || !Array.isArray(p.paths) || !p.paths.every((x) => typeof x === "string") || typeof p.salt !== "string" || !Array.isArray(p.jobs) || !p.jobs.every(jobOk))
    return "a damaged saejob plan file (paths, salt or jobs missing or malformed): plan again";
  return p;
}
function staleReason(saved, fresh, salt) {
  if (!fresh) return "no manifest names this job any more: plan again";
  const now = fingerprints(fresh, salt);
  if (now.manifest !== saved.manifest)
    return `its manifest (${fresh.file}) or a value it takes from the environment changed since the plan: plan again`;
  if (now.live !== saved.live)
    return saved.live === "absent" ? "the job was created by someone else since the plan: plan again" : now.live === "absent" ? "the job was deleted since the plan: plan again" : "the live job changed since the plan: plan again";
  if (now.outcome !== saved.outcome)
    return "what apply would do changed since the plan (the live job, or a secret's value compared with it): plan again";
  return void 0;
}

export {
  isMap,
  isScalar,
  isSeq,
  Schema,
  Document,
  YAMLParseError,
  Composer,
  LineCounter,
  Parser,
  parseAllDocuments,
  DEFAULT_MAX_FILE_BYTES,
  ALIAS_EXPANSION_FACTOR,
  MAX_COLLECTION_SIZE,
  MAX_DIAGNOSTICS_PER_FILE,
  pushAll,
  isRecord,
  valueAt,
  locate,
  expandEnvRefs,
  VARIABLE_REF,
  VAR_REF,
  WHOLE_VAR_REF,
  variableNames,
  SECRET_NAME,
  validate_job_default,
  formatFieldPath,
  hasErrors,
  byPosition,
  sortDiagnostics,
  namespaceRegion,
  resolveRegion,
  identityKey,
  placeKey,
  RULES,
  checkManifestRules,
  schemaFindings,
  toDiagnostic,
  validateSource,
  ManifestValidator,
  validateManifests,
  resolveReferences,
  manifestParams,
  MASK,
  MIN_EMBEDDED_SECRET,
  redactText,
  redactDeep,
  redactRequest,
  createRequest,
  updateRequest,
  deleteRequest,
  tagRequest,
  suspendRequest,
  configMapRequest,
  compileJob,
  OWNER_TAG,
  PROTECTED_LABEL,
  DEFAULT_SET,
  ownershipOf,
  isProtected,
  normaliseParam,
  describedParams,
  liveTags,
  divergence,
  divergenceText,
  clearedParams,
  resetParams,
  plannedRequests,
  tagRequests,
  locationOf,
  planJob,
  summarise,
  hasChanges,
  markRenames,
  configMapStaleReason,
  fingerprints,
  savePlan,
  readSavedPlan,
  staleReason
};
