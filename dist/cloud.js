import { createRequire as __saejobCreateRequire } from 'node:module'; const require = __saejobCreateRequire(import.meta.url);
import {
  DEFAULT_SET,
  MASK,
  OWNER_TAG,
  PROTECTED_LABEL,
  SECRET_NAME,
  clearedParams,
  configMapRequest,
  configMapStaleReason,
  createRequest,
  deleteRequest,
  describedParams,
  divergence,
  divergenceText,
  fingerprints,
  hasChanges,
  identityKey,
  isProtected,
  liveTags,
  locationOf,
  markRenames,
  namespaceRegion,
  normaliseParam,
  ownershipOf,
  placeKey,
  planJob,
  plannedRequests,
  pushAll,
  redactDeep,
  redactRequest,
  resetParams,
  resolveReferences,
  staleReason,
  suspendRequest,
  tagRequest,
  tagRequests,
  toDiagnostic,
  updateRequest,
  valueAt
} from "./chunks/chunk-44UIRYPC.js";
import {
  CHANGE_ORDER_FAILED,
  CHANGE_ORDER_PAUSED,
  CHANGE_ORDER_RUNNING,
  CHANGE_ORDER_STATUS,
  CHANGE_ORDER_SUCCEEDED,
  DOCUMENTED_SUSPEND_POLARITY,
  LAST_CHANGE_ORDER_STATE,
  MAX_PAGE_SIZE,
  MAX_TAGGED_RESOURCES,
  SUB_STATUS_BATCH_FAILED,
  __commonJS,
  __require,
  __toESM,
  operation,
  suspendParam
} from "./chunks/chunk-UXUSF2HI.js";

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m = s * 60;
    var h = m * 60;
    var d = h * 24;
    var w = d * 7;
    var y = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y;
        case "weeks":
        case "week":
        case "w":
          return n * w;
        case "days":
        case "day":
        case "d":
          return n * d;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return Math.round(ms / d) + "d";
      }
      if (msAbs >= h) {
        return Math.round(ms / h) + "h";
      }
      if (msAbs >= m) {
        return Math.round(ms / m) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms / s) + "s";
      }
      return ms + "ms";
    }
    function fmtLong(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return plural(ms, msAbs, d, "day");
      }
      if (msAbs >= h) {
        return plural(ms, msAbs, h, "hour");
      }
      if (msAbs >= m) {
        return plural(ms, msAbs, m, "minute");
      }
      if (msAbs >= s) {
        return plural(ms, msAbs, s, "second");
      }
      return ms + " ms";
    }
    function plural(ms, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/httpx/node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/httpx/node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self2 = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms = curr - (prevTime || curr);
          self2.diff = ms;
          self2.prev = prevTime;
          self2.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self2, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self2, args);
          const logFn = self2.log || createDebug.log;
          logFn.apply(self2, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v) => {
            enableOverride = v;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns of split) {
          if (ns[0] === "-") {
            createDebug.skips.push(ns.slice(1));
          } else {
            createDebug.names.push(ns);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns of createDebug.names) {
          if (matchesTemplate(name, ns)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/httpx/node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/httpx/node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r;
      try {
        r = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r && typeof process !== "undefined" && "env" in process) {
        r = process.env.DEBUG;
      }
      return r;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/has-flag/index.js
var require_has_flag = __commonJS({
  "node_modules/has-flag/index.js"(exports, module) {
    "use strict";
    module.exports = (flag, argv = process.argv) => {
      const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
      const position = argv.indexOf(prefix + flag);
      const terminatorPosition = argv.indexOf("--");
      return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
    };
  }
});

// node_modules/supports-color/index.js
var require_supports_color = __commonJS({
  "node_modules/supports-color/index.js"(exports, module) {
    "use strict";
    var os = __require("os");
    var tty = __require("tty");
    var hasFlag = require_has_flag();
    var { env } = process;
    var forceColor;
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
      forceColor = 0;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      forceColor = 1;
    }
    if ("FORCE_COLOR" in env) {
      if (env.FORCE_COLOR === "true") {
        forceColor = 1;
      } else if (env.FORCE_COLOR === "false") {
        forceColor = 0;
      } else {
        forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
      }
    }
    function translateLevel(level) {
      if (level === 0) {
        return false;
      }
      return {
        level,
        hasBasic: true,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function supportsColor(haveStream, streamIsTTY) {
      if (forceColor === 0) {
        return 0;
      }
      if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
        return 3;
      }
      if (hasFlag("color=256")) {
        return 2;
      }
      if (haveStream && !streamIsTTY && forceColor === void 0) {
        return 0;
      }
      const min = forceColor || 0;
      if (env.TERM === "dumb") {
        return min;
      }
      if (process.platform === "win32") {
        const osRelease = os.release().split(".");
        if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
          return Number(osRelease[2]) >= 14931 ? 3 : 2;
        }
        return 1;
      }
      if ("CI" in env) {
        if (["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI", "GITHUB_ACTIONS", "BUILDKITE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
          return 1;
        }
        return min;
      }
      if ("TEAMCITY_VERSION" in env) {
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
      }
      if (env.COLORTERM === "truecolor") {
        return 3;
      }
      if ("TERM_PROGRAM" in env) {
        const version = parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env.TERM_PROGRAM) {
          case "iTerm.app":
            return version >= 3 ? 3 : 2;
          case "Apple_Terminal":
            return 2;
        }
      }
      if (/-256(color)?$/i.test(env.TERM)) {
        return 2;
      }
      if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
        return 1;
      }
      if ("COLORTERM" in env) {
        return 1;
      }
      return min;
    }
    function getSupportLevel(stream) {
      const level = supportsColor(stream, stream && stream.isTTY);
      return translateLevel(level);
    }
    module.exports = {
      supportsColor: getSupportLevel,
      stdout: translateLevel(supportsColor(true, tty.isatty(1))),
      stderr: translateLevel(supportsColor(true, tty.isatty(2)))
    };
  }
});

// node_modules/httpx/node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/httpx/node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = require_supports_color();
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_, k) => {
        return k.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c = this.color;
        const colorCode = "\x1B[3" + (c < 8 ? c : "8;5;" + c);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts);
    };
  }
});

// node_modules/httpx/node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/httpx/node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/httpx/lib/index.js
var require_lib = __commonJS({
  "node_modules/httpx/lib/index.js"(exports) {
    "use strict";
    var zlib = __require("zlib");
    var http2 = __require("http");
    var https2 = __require("https");
    var parse = __require("url").parse;
    var format = __require("url").format;
    var debugBody = require_src()("httpx:body");
    var debugHeader = require_src()("httpx:header");
    var httpAgent = new http2.Agent({ keepAlive: true });
    var httpsAgent = new https2.Agent({ keepAlive: true });
    var TIMEOUT = 3e3;
    var READ_TIMER = /* @__PURE__ */ Symbol("TIMER::READ_TIMER");
    var READ_TIME_OUT = /* @__PURE__ */ Symbol("TIMER::READ_TIME_OUT");
    var READ_TIMER_START_AT = /* @__PURE__ */ Symbol("TIMER::READ_TIMER_START_AT");
    function decompress(response) {
      switch (response.headers["content-encoding"]) {
        // or, just use zlib.createUnzip() to handle both cases
        case "gzip":
          return response.pipe(zlib.createGunzip());
        case "deflate":
          return response.pipe(zlib.createInflate());
        default:
          return response;
      }
    }
    var append = function(err, name, message) {
      err.name = name + err.name;
      err.message = `${message}. ${err.message}`;
      return err;
    };
    var isNumber = function(num) {
      return num !== null && !isNaN(num);
    };
    exports.request = function(url, opts) {
      opts || (opts = {});
      const parsed = typeof url === "string" ? parse(url) : url;
      let readTimeout, connectTimeout;
      if (isNumber(opts.readTimeout) || isNumber(opts.connectTimeout)) {
        readTimeout = isNumber(opts.readTimeout) ? Number(opts.readTimeout) : TIMEOUT;
        connectTimeout = isNumber(opts.connectTimeout) ? Number(opts.connectTimeout) : TIMEOUT;
      } else if (isNumber(opts.timeout)) {
        readTimeout = connectTimeout = Number(opts.timeout);
      } else {
        readTimeout = connectTimeout = TIMEOUT;
      }
      const isHttps = parsed.protocol === "https:";
      const method = (opts.method || "GET").toUpperCase();
      const defaultAgent = isHttps ? httpsAgent : httpAgent;
      const agent = opts.agent || defaultAgent;
      var options = {
        host: parsed.hostname || "localhost",
        path: parsed.path || "/",
        method,
        port: parsed.port || (parsed.protocol === "https:" ? 443 : 80),
        agent,
        headers: opts.headers || {},
        // ssl config
        key: opts.key || "",
        cert: opts.cert || "",
        ca: opts.ca || "",
        // connect timerout
        timeout: connectTimeout
      };
      if (isHttps && typeof opts.rejectUnauthorized !== "undefined") {
        options.rejectUnauthorized = opts.rejectUnauthorized;
      }
      if (opts.compression) {
        options.headers["accept-encoding"] = "gzip,deflate";
      }
      const httplib = isHttps ? https2 : http2;
      if (typeof opts.beforeRequest === "function") {
        options = opts.beforeRequest(options);
      }
      return new Promise((resolve, reject) => {
        const request = httplib.request(options);
        const body = opts.data;
        var fulfilled = (response) => {
          if (debugHeader.enabled) {
            const requestHeaders = response.req._header;
            requestHeaders.split("\r\n").forEach((line) => {
              debugHeader("> %s", line);
            });
            debugHeader("< HTTP/%s %s %s", response.httpVersion, response.statusCode, response.statusMessage);
            Object.keys(response.headers).forEach((key) => {
              debugHeader("< %s: %s", key, response.headers[key]);
            });
          }
          resolve(response);
        };
        var rejected = (err) => {
          err.message += `${method} ${format(parsed)} failed.`;
          if (request.socket && request.socket[READ_TIMER]) {
            clearTimeout(request.socket[READ_TIMER]);
          }
          reject(err);
        };
        var abort = (err) => {
          request.abort();
          rejected(err);
        };
        const startResponseTimer = function(socket) {
          const timer = setTimeout(() => {
            if (socket[READ_TIMER]) {
              clearTimeout(socket[READ_TIMER]);
              socket[READ_TIMER] = null;
            }
            var err = new Error();
            var message = `ReadTimeout(${readTimeout})`;
            abort(append(err, "RequestTimeout", message));
          }, readTimeout);
          socket[READ_TIME_OUT] = readTimeout;
          socket[READ_TIMER] = timer;
          socket[READ_TIMER_START_AT] = Date.now();
          timer.unref();
        };
        if (!body || "string" === typeof body || body instanceof Buffer) {
          if (debugBody.enabled) {
            if (!body) {
              debugBody("<no request body>");
            } else if ("string" === typeof body) {
              debugBody(body);
            } else {
              debugBody(`Buffer <ignored>, Buffer length: ${body.length}`);
            }
          }
          request.end(body);
        } else if ("function" === typeof body.pipe) {
          body.pipe(request);
          if (debugBody.enabled) {
            debugBody("<request body is a stream>");
          }
          body.once("error", (err) => {
            abort(append(err, "HttpX", "Stream occor error"));
          });
        }
        request.on("timeout", () => {
          var err = new Error();
          err.name = "RequestTimeoutError";
          err.message = `ConnectTimeout: Connect ${url} failed.`;
          request.destroy();
          reject(err);
        });
        request.on("response", fulfilled);
        request.on("error", rejected);
        request.once("socket", function(socket) {
          if (socket.readyState === "opening") {
            socket.once("connect", function() {
              startResponseTimer(socket);
            });
          } else {
            startResponseTimer(socket);
          }
        });
      });
    };
    exports.read = function(response, encoding) {
      const readable = decompress(response);
      return new Promise((resolve, reject) => {
        const socket = response.socket || response.client;
        const makeReadTimeoutError = () => {
          const req = response.req;
          var err = new Error();
          err.name = "RequestTimeoutError";
          err.message = `ReadTimeout: ${socket[READ_TIME_OUT]}. ${req.method} ${req.path} failed.`;
          return err;
        };
        let readTimer;
        const oldReadTimer = socket[READ_TIMER];
        if (!oldReadTimer) {
          reject(makeReadTimeoutError());
          return;
        }
        const remainTime = socket[READ_TIME_OUT] - (Date.now() - socket[READ_TIMER_START_AT]);
        clearTimeout(oldReadTimer);
        if (remainTime <= 0) {
          reject(makeReadTimeoutError());
          return;
        }
        readTimer = setTimeout(function() {
          reject(makeReadTimeoutError());
        }, remainTime);
        var onError, onData, onEnd;
        var cleanup = function() {
          readable.removeListener("error", onError);
          readable.removeListener("data", onData);
          readable.removeListener("end", onEnd);
          if (readTimer) {
            clearTimeout(readTimer);
          }
        };
        const bufs = [];
        var size = 0;
        onData = function(buf) {
          bufs.push(buf);
          size += buf.length;
        };
        onError = function(err) {
          cleanup();
          reject(err);
        };
        onEnd = function() {
          cleanup();
          var buff = Buffer.concat(bufs, size);
          debugBody("");
          if (encoding) {
            const result = buff.toString(encoding);
            debugBody(result);
            return resolve(result);
          }
          if (debugBody.enabled) {
            debugBody(buff.toString());
          }
          resolve(buff);
        };
        readable.on("error", onError);
        readable.on("data", onData);
        readable.on("end", onEnd);
      });
    };
    function readyToRead(readable) {
      return new Promise((resolve, reject) => {
        var onReadable, onEnd, onError;
        var cleanup = function() {
          readable.removeListener("error", onError);
          readable.removeListener("end", onEnd);
          readable.removeListener("readable", onReadable);
        };
        onReadable = function() {
          cleanup();
          resolve(false);
        };
        onEnd = function() {
          cleanup();
          resolve(true);
        };
        onError = function(err) {
          cleanup();
          reject(err);
        };
        readable.once("readable", onReadable);
        readable.once("end", onEnd);
        readable.once("error", onError);
      });
    }
    var Event = class {
      constructor(id, event, data, retry) {
        this.id = id;
        this.event = event;
        this.data = data;
        this.retry = retry;
      }
    };
    exports.Event = Event;
    var DATA_PREFIX = "data:";
    var EVENT_PREFIX = "event:";
    var ID_PREFIX = "id:";
    var RETRY_PREFIX = "retry:";
    function isDigitsOnly(str) {
      for (let i = 0; i < str.length; i++) {
        const c = str.charAt(i);
        if (c < "0" || c > "9") {
          return false;
        }
      }
      return str.length > 0;
    }
    function tryGetEvents(head, chunk) {
      const all = head + chunk;
      let start = 0;
      const events = [];
      for (let i = 0; i < all.length - 1; i++) {
        const c = all[i];
        const c2 = all[i + 1];
        if (c === "\n" && c2 === "\n") {
          const part = all.substring(start, i);
          const lines = part.split("\n");
          const event = new Event();
          lines.forEach((line) => {
            if (line.startsWith(DATA_PREFIX)) {
              event.data = line.substring(DATA_PREFIX.length).trim();
            } else if (line.startsWith(EVENT_PREFIX)) {
              event.event = line.substring(EVENT_PREFIX.length).trim();
            } else if (line.startsWith(ID_PREFIX)) {
              event.id = line.substring(ID_PREFIX.length).trim();
            } else if (line.startsWith(RETRY_PREFIX)) {
              const retry = line.substring(RETRY_PREFIX.length).trim();
              if (isDigitsOnly(retry)) {
                event.retry = parseInt(retry, 10);
              }
            } else if (line.startsWith(":")) {
            }
          });
          events.push(event);
          start = i + 2;
        }
      }
      const rest = all.substring(start);
      return [events, rest];
    }
    exports.readAsSSE = async function* (response) {
      const readable = decompress(response);
      const socket = response.socket || response.client;
      clearTimeout(socket[READ_TIMER]);
      let rest = "";
      while (true) {
        const ended = await readyToRead(readable);
        if (ended) {
          return;
        }
        let chunk;
        while (null !== (chunk = readable.read())) {
          const [events, remain] = tryGetEvents(rest, chunk.toString());
          rest = remain;
          if (events && events.length > 0) {
            for (const event of events) {
              yield event;
            }
          }
        }
      }
    };
  }
});

// node_modules/@alicloud/pop-core/node_modules/kitx/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/@alicloud/pop-core/node_modules/kitx/lib/index.js"(exports) {
    "use strict";
    var fs = __require("fs");
    var os = __require("os");
    var crypto2 = __require("crypto");
    exports.loadJSONSync = function(filename) {
      var content = fs.readFileSync(filename, "utf8");
      if (content.charCodeAt(0) === 65279) {
        content = content.slice(1);
      }
      try {
        return JSON.parse(content);
      } catch (err) {
        err.message = filename + ": " + err.message;
        throw err;
      }
    };
    exports.encode = function(str, encoding) {
      if (typeof str !== "string") {
        str = "" + str;
      }
      return new Buffer(str, encoding);
    };
    exports.makeHasher = function(algorithm) {
      return function(data, encoding) {
        var shasum = crypto2.createHash(algorithm);
        shasum.update(data);
        return shasum.digest(encoding);
      };
    };
    exports.createHash = exports.makeHasher;
    exports.md5 = exports.makeHasher("md5");
    exports.createHmac = function(algorithm) {
      return function(data, key, encoding) {
        return crypto2.createHmac(algorithm, key).update(data).digest(encoding);
      };
    };
    exports.sha1 = exports.createHmac("sha1");
    exports.random = function(min, max) {
      return Math.floor(min + Math.random() * (max - min));
    };
    exports.makeNonce = (function() {
      var counter = 0;
      var last;
      const machine = os.hostname();
      const pid = process.pid;
      return function() {
        var val = Math.floor(Math.random() * 1e12);
        if (val === last) {
          counter++;
        } else {
          counter = 0;
        }
        last = val;
        var uid = `${machine}${pid}${val}${counter}`;
        return exports.md5(uid, "hex");
      };
    })();
    exports.pad2 = function(num) {
      if (num < 10) {
        return "0" + num;
      }
      return "" + num;
    };
    exports.pad3 = function(num) {
      if (num < 10) {
        return "00" + num;
      } else if (num < 100) {
        return "0" + num;
      }
      return "" + num;
    };
    exports.getYYYYMMDD = function(date) {
      var YYYY = date.getFullYear();
      var MM = exports.pad2(date.getMonth() + 1);
      var DD = exports.pad2(date.getDate());
      return "" + YYYY + MM + DD;
    };
    exports.sleep = function(ms) {
      return new Promise((resolve) => {
        setTimeout(resolve, ms);
      });
    };
    exports.getIPv4 = function() {
      var interfaces = os.networkInterfaces();
      var keys = Object.keys(interfaces);
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        var addresses = interfaces[key];
        for (var j = 0; j < addresses.length; j++) {
          var item = addresses[j];
          if (!item.internal && item.family === "IPv4") {
            return item.address;
          }
        }
      }
      return "";
    };
    exports.getMac = function() {
      var interfaces = os.networkInterfaces();
      var keys = Object.keys(interfaces);
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        var addresses = interfaces[key];
        for (var j = 0; j < addresses.length; j++) {
          var item = addresses[j];
          if (!item.internal && item.family === "IPv4") {
            return item.mac;
          }
        }
      }
      return "00:00:00:00:00:00";
    };
  }
});

// node_modules/bignumber.js/bignumber.js
var require_bignumber = __commonJS({
  "node_modules/bignumber.js/bignumber.js"(exports, module) {
    (function(globalObject) {
      "use strict";
      var BigNumber, isNumeric = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i, mathceil = Math.ceil, mathfloor = Math.floor, bignumberError = "[BigNumber Error] ", tooManyDigits = bignumberError + "Number primitive has more than 15 significant digits: ", BASE = 1e14, LOG_BASE = 14, MAX_SAFE_INTEGER = 9007199254740991, POWS_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13], SQRT_BASE = 1e7, MAX = 1e9;
      function clone(configObject) {
        var div, convertBase, parseNumeric, P = BigNumber2.prototype = { constructor: BigNumber2, toString: null, valueOf: null }, ONE = new BigNumber2(1), DECIMAL_PLACES = 20, ROUNDING_MODE = 4, TO_EXP_NEG = -7, TO_EXP_POS = 21, MIN_EXP = -1e7, MAX_EXP = 1e7, CRYPTO = false, MODULO_MODE = 1, POW_PRECISION = 0, FORMAT = {
          prefix: "",
          groupSize: 3,
          secondaryGroupSize: 0,
          groupSeparator: ",",
          decimalSeparator: ".",
          fractionGroupSize: 0,
          fractionGroupSeparator: "\xA0",
          // non-breaking space
          suffix: ""
        }, ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz", alphabetHasNormalDecimalDigits = true;
        function BigNumber2(v, b) {
          var alphabet, c, caseChanged, e, i, isNum, len, str, x = this;
          if (!(x instanceof BigNumber2)) return new BigNumber2(v, b);
          if (b == null) {
            if (v && v._isBigNumber === true) {
              x.s = v.s;
              if (!v.c || v.e > MAX_EXP) {
                x.c = x.e = null;
              } else if (v.e < MIN_EXP) {
                x.c = [x.e = 0];
              } else {
                x.e = v.e;
                x.c = v.c.slice();
              }
              return;
            }
            if ((isNum = typeof v == "number") && v * 0 == 0) {
              x.s = 1 / v < 0 ? (v = -v, -1) : 1;
              if (v === ~~v) {
                for (e = 0, i = v; i >= 10; i /= 10, e++) ;
                if (e > MAX_EXP) {
                  x.c = x.e = null;
                } else {
                  x.e = e;
                  x.c = [v];
                }
                return;
              }
              str = String(v);
            } else {
              if (!isNumeric.test(str = String(v))) return parseNumeric(x, str, isNum);
              x.s = str.charCodeAt(0) == 45 ? (str = str.slice(1), -1) : 1;
            }
            if ((e = str.indexOf(".")) > -1) str = str.replace(".", "");
            if ((i = str.search(/e/i)) > 0) {
              if (e < 0) e = i;
              e += +str.slice(i + 1);
              str = str.substring(0, i);
            } else if (e < 0) {
              e = str.length;
            }
          } else {
            intCheck(b, 2, ALPHABET.length, "Base");
            if (b == 10 && alphabetHasNormalDecimalDigits) {
              x = new BigNumber2(v);
              return round(x, DECIMAL_PLACES + x.e + 1, ROUNDING_MODE);
            }
            str = String(v);
            if (isNum = typeof v == "number") {
              if (v * 0 != 0) return parseNumeric(x, str, isNum, b);
              x.s = 1 / v < 0 ? (str = str.slice(1), -1) : 1;
              if (BigNumber2.DEBUG && str.replace(/^0\.0*|\./, "").length > 15) {
                throw Error(tooManyDigits + v);
              }
            } else {
              x.s = str.charCodeAt(0) === 45 ? (str = str.slice(1), -1) : 1;
            }
            alphabet = ALPHABET.slice(0, b);
            e = i = 0;
            for (len = str.length; i < len; i++) {
              if (alphabet.indexOf(c = str.charAt(i)) < 0) {
                if (c == ".") {
                  if (i > e) {
                    e = len;
                    continue;
                  }
                } else if (!caseChanged) {
                  if (str == str.toUpperCase() && (str = str.toLowerCase()) || str == str.toLowerCase() && (str = str.toUpperCase())) {
                    caseChanged = true;
                    i = -1;
                    e = 0;
                    continue;
                  }
                }
                return parseNumeric(x, String(v), isNum, b);
              }
            }
            isNum = false;
            str = convertBase(str, b, 10, x.s);
            if ((e = str.indexOf(".")) > -1) str = str.replace(".", "");
            else e = str.length;
          }
          for (i = 0; str.charCodeAt(i) === 48; i++) ;
          for (len = str.length; str.charCodeAt(--len) === 48; ) ;
          if (str = str.slice(i, ++len)) {
            len -= i;
            if (isNum && BigNumber2.DEBUG && len > 15 && (v > MAX_SAFE_INTEGER || v !== mathfloor(v))) {
              throw Error(tooManyDigits + x.s * v);
            }
            if ((e = e - i - 1) > MAX_EXP) {
              x.c = x.e = null;
            } else if (e < MIN_EXP) {
              x.c = [x.e = 0];
            } else {
              x.e = e;
              x.c = [];
              i = (e + 1) % LOG_BASE;
              if (e < 0) i += LOG_BASE;
              if (i < len) {
                if (i) x.c.push(+str.slice(0, i));
                for (len -= LOG_BASE; i < len; ) {
                  x.c.push(+str.slice(i, i += LOG_BASE));
                }
                i = LOG_BASE - (str = str.slice(i)).length;
              } else {
                i -= len;
              }
              for (; i--; str += "0") ;
              x.c.push(+str);
            }
          } else {
            x.c = [x.e = 0];
          }
        }
        BigNumber2.clone = clone;
        BigNumber2.ROUND_UP = 0;
        BigNumber2.ROUND_DOWN = 1;
        BigNumber2.ROUND_CEIL = 2;
        BigNumber2.ROUND_FLOOR = 3;
        BigNumber2.ROUND_HALF_UP = 4;
        BigNumber2.ROUND_HALF_DOWN = 5;
        BigNumber2.ROUND_HALF_EVEN = 6;
        BigNumber2.ROUND_HALF_CEIL = 7;
        BigNumber2.ROUND_HALF_FLOOR = 8;
        BigNumber2.EUCLID = 9;
        BigNumber2.config = BigNumber2.set = function(obj) {
          var p, v;
          if (obj != null) {
            if (typeof obj == "object") {
              if (obj.hasOwnProperty(p = "DECIMAL_PLACES")) {
                v = obj[p];
                intCheck(v, 0, MAX, p);
                DECIMAL_PLACES = v;
              }
              if (obj.hasOwnProperty(p = "ROUNDING_MODE")) {
                v = obj[p];
                intCheck(v, 0, 8, p);
                ROUNDING_MODE = v;
              }
              if (obj.hasOwnProperty(p = "EXPONENTIAL_AT")) {
                v = obj[p];
                if (v && v.pop) {
                  intCheck(v[0], -MAX, 0, p);
                  intCheck(v[1], 0, MAX, p);
                  TO_EXP_NEG = v[0];
                  TO_EXP_POS = v[1];
                } else {
                  intCheck(v, -MAX, MAX, p);
                  TO_EXP_NEG = -(TO_EXP_POS = v < 0 ? -v : v);
                }
              }
              if (obj.hasOwnProperty(p = "RANGE")) {
                v = obj[p];
                if (v && v.pop) {
                  intCheck(v[0], -MAX, -1, p);
                  intCheck(v[1], 1, MAX, p);
                  MIN_EXP = v[0];
                  MAX_EXP = v[1];
                } else {
                  intCheck(v, -MAX, MAX, p);
                  if (v) {
                    MIN_EXP = -(MAX_EXP = v < 0 ? -v : v);
                  } else {
                    throw Error(bignumberError + p + " cannot be zero: " + v);
                  }
                }
              }
              if (obj.hasOwnProperty(p = "CRYPTO")) {
                v = obj[p];
                if (v === !!v) {
                  if (v) {
                    if (typeof crypto != "undefined" && crypto && (crypto.getRandomValues || crypto.randomBytes)) {
                      CRYPTO = v;
                    } else {
                      CRYPTO = !v;
                      throw Error(bignumberError + "crypto unavailable");
                    }
                  } else {
                    CRYPTO = v;
                  }
                } else {
                  throw Error(bignumberError + p + " not true or false: " + v);
                }
              }
              if (obj.hasOwnProperty(p = "MODULO_MODE")) {
                v = obj[p];
                intCheck(v, 0, 9, p);
                MODULO_MODE = v;
              }
              if (obj.hasOwnProperty(p = "POW_PRECISION")) {
                v = obj[p];
                intCheck(v, 0, MAX, p);
                POW_PRECISION = v;
              }
              if (obj.hasOwnProperty(p = "FORMAT")) {
                v = obj[p];
                if (typeof v == "object") FORMAT = v;
                else throw Error(bignumberError + p + " not an object: " + v);
              }
              if (obj.hasOwnProperty(p = "ALPHABET")) {
                v = obj[p];
                if (typeof v == "string" && !/^.?$|[+\-.\s]|(.).*\1/.test(v)) {
                  alphabetHasNormalDecimalDigits = v.slice(0, 10) == "0123456789";
                  ALPHABET = v;
                } else {
                  throw Error(bignumberError + p + " invalid: " + v);
                }
              }
            } else {
              throw Error(bignumberError + "Object expected: " + obj);
            }
          }
          return {
            DECIMAL_PLACES,
            ROUNDING_MODE,
            EXPONENTIAL_AT: [TO_EXP_NEG, TO_EXP_POS],
            RANGE: [MIN_EXP, MAX_EXP],
            CRYPTO,
            MODULO_MODE,
            POW_PRECISION,
            FORMAT,
            ALPHABET
          };
        };
        BigNumber2.isBigNumber = function(v) {
          if (!v || v._isBigNumber !== true) return false;
          if (!BigNumber2.DEBUG) return true;
          var i, n, c = v.c, e = v.e, s = v.s;
          out: if ({}.toString.call(c) == "[object Array]") {
            if ((s === 1 || s === -1) && e >= -MAX && e <= MAX && e === mathfloor(e)) {
              if (c[0] === 0) {
                if (e === 0 && c.length === 1) return true;
                break out;
              }
              i = (e + 1) % LOG_BASE;
              if (i < 1) i += LOG_BASE;
              if (String(c[0]).length == i) {
                for (i = 0; i < c.length; i++) {
                  n = c[i];
                  if (n < 0 || n >= BASE || n !== mathfloor(n)) break out;
                }
                if (n !== 0) return true;
              }
            }
          } else if (c === null && e === null && (s === null || s === 1 || s === -1)) {
            return true;
          }
          throw Error(bignumberError + "Invalid BigNumber: " + v);
        };
        BigNumber2.maximum = BigNumber2.max = function() {
          return maxOrMin(arguments, -1);
        };
        BigNumber2.minimum = BigNumber2.min = function() {
          return maxOrMin(arguments, 1);
        };
        BigNumber2.random = (function() {
          var pow2_53 = 9007199254740992;
          var random53bitInt = Math.random() * pow2_53 & 2097151 ? function() {
            return mathfloor(Math.random() * pow2_53);
          } : function() {
            return (Math.random() * 1073741824 | 0) * 8388608 + (Math.random() * 8388608 | 0);
          };
          return function(dp) {
            var a, b, e, k, v, i = 0, c = [], rand = new BigNumber2(ONE);
            if (dp == null) dp = DECIMAL_PLACES;
            else intCheck(dp, 0, MAX);
            k = mathceil(dp / LOG_BASE);
            if (CRYPTO) {
              if (crypto.getRandomValues) {
                a = crypto.getRandomValues(new Uint32Array(k *= 2));
                for (; i < k; ) {
                  v = a[i] * 131072 + (a[i + 1] >>> 11);
                  if (v >= 9e15) {
                    b = crypto.getRandomValues(new Uint32Array(2));
                    a[i] = b[0];
                    a[i + 1] = b[1];
                  } else {
                    c.push(v % 1e14);
                    i += 2;
                  }
                }
                i = k / 2;
              } else if (crypto.randomBytes) {
                a = crypto.randomBytes(k *= 7);
                for (; i < k; ) {
                  v = (a[i] & 31) * 281474976710656 + a[i + 1] * 1099511627776 + a[i + 2] * 4294967296 + a[i + 3] * 16777216 + (a[i + 4] << 16) + (a[i + 5] << 8) + a[i + 6];
                  if (v >= 9e15) {
                    crypto.randomBytes(7).copy(a, i);
                  } else {
                    c.push(v % 1e14);
                    i += 7;
                  }
                }
                i = k / 7;
              } else {
                CRYPTO = false;
                throw Error(bignumberError + "crypto unavailable");
              }
            }
            if (!CRYPTO) {
              for (; i < k; ) {
                v = random53bitInt();
                if (v < 9e15) c[i++] = v % 1e14;
              }
            }
            k = c[--i];
            dp %= LOG_BASE;
            if (k && dp) {
              v = POWS_TEN[LOG_BASE - dp];
              c[i] = mathfloor(k / v) * v;
            }
            for (; c[i] === 0; c.pop(), i--) ;
            if (i < 0) {
              c = [e = 0];
            } else {
              for (e = -1; c[0] === 0; c.splice(0, 1), e -= LOG_BASE) ;
              for (i = 1, v = c[0]; v >= 10; v /= 10, i++) ;
              if (i < LOG_BASE) e -= LOG_BASE - i;
            }
            rand.e = e;
            rand.c = c;
            return rand;
          };
        })();
        BigNumber2.sum = function() {
          var i = 1, args = arguments, sum = new BigNumber2(args[0]);
          for (; i < args.length; ) sum = sum.plus(args[i++]);
          return sum;
        };
        convertBase = /* @__PURE__ */ (function() {
          var decimal = "0123456789";
          function toBaseOut(str, baseIn, baseOut, alphabet) {
            var j, arr = [0], arrL, i = 0, len = str.length;
            for (; i < len; ) {
              for (arrL = arr.length; arrL--; arr[arrL] *= baseIn) ;
              arr[0] += alphabet.indexOf(str.charAt(i++));
              for (j = 0; j < arr.length; j++) {
                if (arr[j] > baseOut - 1) {
                  if (arr[j + 1] == null) arr[j + 1] = 0;
                  arr[j + 1] += arr[j] / baseOut | 0;
                  arr[j] %= baseOut;
                }
              }
            }
            return arr.reverse();
          }
          return function(str, baseIn, baseOut, sign, callerIsToString) {
            var alphabet, d, e, k, r, x, xc, y, i = str.indexOf("."), dp = DECIMAL_PLACES, rm = ROUNDING_MODE;
            if (i >= 0) {
              k = POW_PRECISION;
              POW_PRECISION = 0;
              str = str.replace(".", "");
              y = new BigNumber2(baseIn);
              x = y.pow(str.length - i);
              POW_PRECISION = k;
              y.c = toBaseOut(
                toFixedPoint(coeffToString(x.c), x.e, "0"),
                10,
                baseOut,
                decimal
              );
              y.e = y.c.length;
            }
            xc = toBaseOut(str, baseIn, baseOut, callerIsToString ? (alphabet = ALPHABET, decimal) : (alphabet = decimal, ALPHABET));
            e = k = xc.length;
            for (; xc[--k] == 0; xc.pop()) ;
            if (!xc[0]) return alphabet.charAt(0);
            if (i < 0) {
              --e;
            } else {
              x.c = xc;
              x.e = e;
              x.s = sign;
              x = div(x, y, dp, rm, baseOut);
              xc = x.c;
              r = x.r;
              e = x.e;
            }
            d = e + dp + 1;
            i = xc[d];
            k = baseOut / 2;
            r = r || d < 0 || xc[d + 1] != null;
            r = rm < 4 ? (i != null || r) && (rm == 0 || rm == (x.s < 0 ? 3 : 2)) : i > k || i == k && (rm == 4 || r || rm == 6 && xc[d - 1] & 1 || rm == (x.s < 0 ? 8 : 7));
            if (d < 1 || !xc[0]) {
              str = r ? toFixedPoint(alphabet.charAt(1), -dp, alphabet.charAt(0)) : alphabet.charAt(0);
            } else {
              xc.length = d;
              if (r) {
                for (--baseOut; ++xc[--d] > baseOut; ) {
                  xc[d] = 0;
                  if (!d) {
                    ++e;
                    xc = [1].concat(xc);
                  }
                }
              }
              for (k = xc.length; !xc[--k]; ) ;
              for (i = 0, str = ""; i <= k; str += alphabet.charAt(xc[i++])) ;
              str = toFixedPoint(str, e, alphabet.charAt(0));
            }
            return str;
          };
        })();
        div = /* @__PURE__ */ (function() {
          function multiply(x, k, base) {
            var m, temp, xlo, xhi, carry = 0, i = x.length, klo = k % SQRT_BASE, khi = k / SQRT_BASE | 0;
            for (x = x.slice(); i--; ) {
              xlo = x[i] % SQRT_BASE;
              xhi = x[i] / SQRT_BASE | 0;
              m = khi * xlo + xhi * klo;
              temp = klo * xlo + m % SQRT_BASE * SQRT_BASE + carry;
              carry = (temp / base | 0) + (m / SQRT_BASE | 0) + khi * xhi;
              x[i] = temp % base;
            }
            if (carry) x = [carry].concat(x);
            return x;
          }
          function compare2(a, b, aL, bL) {
            var i, cmp;
            if (aL != bL) {
              cmp = aL > bL ? 1 : -1;
            } else {
              for (i = cmp = 0; i < aL; i++) {
                if (a[i] != b[i]) {
                  cmp = a[i] > b[i] ? 1 : -1;
                  break;
                }
              }
            }
            return cmp;
          }
          function subtract(a, b, aL, base) {
            var i = 0;
            for (; aL--; ) {
              a[aL] -= i;
              i = a[aL] < b[aL] ? 1 : 0;
              a[aL] = i * base + a[aL] - b[aL];
            }
            for (; !a[0] && a.length > 1; a.splice(0, 1)) ;
          }
          return function(x, y, dp, rm, base) {
            var cmp, e, i, more, n, prod, prodL, q, qc, rem, remL, rem0, xi, xL, yc0, yL, yz, s = x.s == y.s ? 1 : -1, xc = x.c, yc = y.c;
            if (!xc || !xc[0] || !yc || !yc[0]) {
              return new BigNumber2(
                // Return NaN if either NaN, or both Infinity or 0.
                !x.s || !y.s || (xc ? yc && xc[0] == yc[0] : !yc) ? NaN : (
                  // Return ±0 if x is ±0 or y is ±Infinity, or return ±Infinity as y is ±0.
                  xc && xc[0] == 0 || !yc ? s * 0 : s / 0
                )
              );
            }
            q = new BigNumber2(s);
            qc = q.c = [];
            e = x.e - y.e;
            s = dp + e + 1;
            if (!base) {
              base = BASE;
              e = bitFloor(x.e / LOG_BASE) - bitFloor(y.e / LOG_BASE);
              s = s / LOG_BASE | 0;
            }
            for (i = 0; yc[i] == (xc[i] || 0); i++) ;
            if (yc[i] > (xc[i] || 0)) e--;
            if (s < 0) {
              qc.push(1);
              more = true;
            } else {
              xL = xc.length;
              yL = yc.length;
              i = 0;
              s += 2;
              n = mathfloor(base / (yc[0] + 1));
              if (n > 1) {
                yc = multiply(yc, n, base);
                xc = multiply(xc, n, base);
                yL = yc.length;
                xL = xc.length;
              }
              xi = yL;
              rem = xc.slice(0, yL);
              remL = rem.length;
              for (; remL < yL; rem[remL++] = 0) ;
              yz = yc.slice();
              yz = [0].concat(yz);
              yc0 = yc[0];
              if (yc[1] >= base / 2) yc0++;
              do {
                n = 0;
                cmp = compare2(yc, rem, yL, remL);
                if (cmp < 0) {
                  rem0 = rem[0];
                  if (yL != remL) rem0 = rem0 * base + (rem[1] || 0);
                  n = mathfloor(rem0 / yc0);
                  if (n > 1) {
                    if (n >= base) n = base - 1;
                    prod = multiply(yc, n, base);
                    prodL = prod.length;
                    remL = rem.length;
                    while (compare2(prod, rem, prodL, remL) == 1) {
                      n--;
                      subtract(prod, yL < prodL ? yz : yc, prodL, base);
                      prodL = prod.length;
                      cmp = 1;
                    }
                  } else {
                    if (n == 0) {
                      cmp = n = 1;
                    }
                    prod = yc.slice();
                    prodL = prod.length;
                  }
                  if (prodL < remL) prod = [0].concat(prod);
                  subtract(rem, prod, remL, base);
                  remL = rem.length;
                  if (cmp == -1) {
                    while (compare2(yc, rem, yL, remL) < 1) {
                      n++;
                      subtract(rem, yL < remL ? yz : yc, remL, base);
                      remL = rem.length;
                    }
                  }
                } else if (cmp === 0) {
                  n++;
                  rem = [0];
                }
                qc[i++] = n;
                if (rem[0]) {
                  rem[remL++] = xc[xi] || 0;
                } else {
                  rem = [xc[xi]];
                  remL = 1;
                }
              } while ((xi++ < xL || rem[0] != null) && s--);
              more = rem[0] != null;
              if (!qc[0]) qc.splice(0, 1);
            }
            if (base == BASE) {
              for (i = 1, s = qc[0]; s >= 10; s /= 10, i++) ;
              round(q, dp + (q.e = i + e * LOG_BASE - 1) + 1, rm, more);
            } else {
              q.e = e;
              q.r = +more;
            }
            return q;
          };
        })();
        function format(n, i, rm, id) {
          var c0, e, ne, len, str;
          if (rm == null) rm = ROUNDING_MODE;
          else intCheck(rm, 0, 8);
          if (!n.c) return n.toString();
          c0 = n.c[0];
          ne = n.e;
          if (i == null) {
            str = coeffToString(n.c);
            str = id == 1 || id == 2 && (ne <= TO_EXP_NEG || ne >= TO_EXP_POS) ? toExponential(str, ne) : toFixedPoint(str, ne, "0");
          } else {
            n = round(new BigNumber2(n), i, rm);
            e = n.e;
            str = coeffToString(n.c);
            len = str.length;
            if (id == 1 || id == 2 && (i <= e || e <= TO_EXP_NEG)) {
              for (; len < i; str += "0", len++) ;
              str = toExponential(str, e);
            } else {
              i -= ne + (id === 2 && e > ne);
              str = toFixedPoint(str, e, "0");
              if (e + 1 > len) {
                if (--i > 0) for (str += "."; i--; str += "0") ;
              } else {
                i += e - len;
                if (i > 0) {
                  if (e + 1 == len) str += ".";
                  for (; i--; str += "0") ;
                }
              }
            }
          }
          return n.s < 0 && c0 ? "-" + str : str;
        }
        function maxOrMin(args, n) {
          var k, y, i = 1, x = new BigNumber2(args[0]);
          for (; i < args.length; i++) {
            y = new BigNumber2(args[i]);
            if (!y.s || (k = compare(x, y)) === n || k === 0 && x.s === n) {
              x = y;
            }
          }
          return x;
        }
        function normalise(n, c, e) {
          var i = 1, j = c.length;
          for (; !c[--j]; c.pop()) ;
          for (j = c[0]; j >= 10; j /= 10, i++) ;
          if ((e = i + e * LOG_BASE - 1) > MAX_EXP) {
            n.c = n.e = null;
          } else if (e < MIN_EXP) {
            n.c = [n.e = 0];
          } else {
            n.e = e;
            n.c = c;
          }
          return n;
        }
        parseNumeric = /* @__PURE__ */ (function() {
          var basePrefix = /^(-?)0([xbo])(?=\w[\w.]*$)/i, dotAfter = /^([^.]+)\.$/, dotBefore = /^\.([^.]+)$/, isInfinityOrNaN = /^-?(Infinity|NaN)$/, whitespaceOrPlus = /^\s*\+(?=[\w.])|^\s+|\s+$/g;
          return function(x, str, isNum, b) {
            var base, s = isNum ? str : str.replace(whitespaceOrPlus, "");
            if (isInfinityOrNaN.test(s)) {
              x.s = isNaN(s) ? null : s < 0 ? -1 : 1;
            } else {
              if (!isNum) {
                s = s.replace(basePrefix, function(m, p1, p2) {
                  base = (p2 = p2.toLowerCase()) == "x" ? 16 : p2 == "b" ? 2 : 8;
                  return !b || b == base ? p1 : m;
                });
                if (b) {
                  base = b;
                  s = s.replace(dotAfter, "$1").replace(dotBefore, "0.$1");
                }
                if (str != s) return new BigNumber2(s, base);
              }
              if (BigNumber2.DEBUG) {
                throw Error(bignumberError + "Not a" + (b ? " base " + b : "") + " number: " + str);
              }
              x.s = null;
            }
            x.c = x.e = null;
          };
        })();
        function round(x, sd, rm, r) {
          var d, i, j, k, n, ni, rd, xc = x.c, pows10 = POWS_TEN;
          if (xc) {
            out: {
              for (d = 1, k = xc[0]; k >= 10; k /= 10, d++) ;
              i = sd - d;
              if (i < 0) {
                i += LOG_BASE;
                j = sd;
                n = xc[ni = 0];
                rd = mathfloor(n / pows10[d - j - 1] % 10);
              } else {
                ni = mathceil((i + 1) / LOG_BASE);
                if (ni >= xc.length) {
                  if (r) {
                    for (; xc.length <= ni; xc.push(0)) ;
                    n = rd = 0;
                    d = 1;
                    i %= LOG_BASE;
                    j = i - LOG_BASE + 1;
                  } else {
                    break out;
                  }
                } else {
                  n = k = xc[ni];
                  for (d = 1; k >= 10; k /= 10, d++) ;
                  i %= LOG_BASE;
                  j = i - LOG_BASE + d;
                  rd = j < 0 ? 0 : mathfloor(n / pows10[d - j - 1] % 10);
                }
              }
              r = r || sd < 0 || // Are there any non-zero digits after the rounding digit?
              // The expression  n % pows10[d - j - 1]  returns all digits of n to the right
              // of the digit at j, e.g. if n is 908714 and j is 2, the expression gives 714.
              xc[ni + 1] != null || (j < 0 ? n : n % pows10[d - j - 1]);
              r = rm < 4 ? (rd || r) && (rm == 0 || rm == (x.s < 0 ? 3 : 2)) : rd > 5 || rd == 5 && (rm == 4 || r || rm == 6 && // Check whether the digit to the left of the rounding digit is odd.
              (i > 0 ? j > 0 ? n / pows10[d - j] : 0 : xc[ni - 1]) % 10 & 1 || rm == (x.s < 0 ? 8 : 7));
              if (sd < 1 || !xc[0]) {
                xc.length = 0;
                if (r) {
                  sd -= x.e + 1;
                  xc[0] = pows10[(LOG_BASE - sd % LOG_BASE) % LOG_BASE];
                  x.e = -sd || 0;
                } else {
                  xc[0] = x.e = 0;
                }
                return x;
              }
              if (i == 0) {
                xc.length = ni;
                k = 1;
                ni--;
              } else {
                xc.length = ni + 1;
                k = pows10[LOG_BASE - i];
                xc[ni] = j > 0 ? mathfloor(n / pows10[d - j] % pows10[j]) * k : 0;
              }
              if (r) {
                for (; ; ) {
                  if (ni == 0) {
                    for (i = 1, j = xc[0]; j >= 10; j /= 10, i++) ;
                    j = xc[0] += k;
                    for (k = 1; j >= 10; j /= 10, k++) ;
                    if (i != k) {
                      x.e++;
                      if (xc[0] == BASE) xc[0] = 1;
                    }
                    break;
                  } else {
                    xc[ni] += k;
                    if (xc[ni] != BASE) break;
                    xc[ni--] = 0;
                    k = 1;
                  }
                }
              }
              for (i = xc.length; xc[--i] === 0; xc.pop()) ;
            }
            if (x.e > MAX_EXP) {
              x.c = x.e = null;
            } else if (x.e < MIN_EXP) {
              x.c = [x.e = 0];
            }
          }
          return x;
        }
        function valueOf(n) {
          var str, e = n.e;
          if (e === null) return n.toString();
          str = coeffToString(n.c);
          str = e <= TO_EXP_NEG || e >= TO_EXP_POS ? toExponential(str, e) : toFixedPoint(str, e, "0");
          return n.s < 0 ? "-" + str : str;
        }
        P.absoluteValue = P.abs = function() {
          var x = new BigNumber2(this);
          if (x.s < 0) x.s = 1;
          return x;
        };
        P.comparedTo = function(y, b) {
          return compare(this, new BigNumber2(y, b));
        };
        P.decimalPlaces = P.dp = function(dp, rm) {
          var c, n, v, x = this;
          if (dp != null) {
            intCheck(dp, 0, MAX);
            if (rm == null) rm = ROUNDING_MODE;
            else intCheck(rm, 0, 8);
            return round(new BigNumber2(x), dp + x.e + 1, rm);
          }
          if (!(c = x.c)) return null;
          n = ((v = c.length - 1) - bitFloor(this.e / LOG_BASE)) * LOG_BASE;
          if (v = c[v]) for (; v % 10 == 0; v /= 10, n--) ;
          if (n < 0) n = 0;
          return n;
        };
        P.dividedBy = P.div = function(y, b) {
          return div(this, new BigNumber2(y, b), DECIMAL_PLACES, ROUNDING_MODE);
        };
        P.dividedToIntegerBy = P.idiv = function(y, b) {
          return div(this, new BigNumber2(y, b), 0, 1);
        };
        P.exponentiatedBy = P.pow = function(n, m) {
          var half, isModExp, i, k, more, nIsBig, nIsNeg, nIsOdd, y, x = this;
          n = new BigNumber2(n);
          if (n.c && !n.isInteger()) {
            throw Error(bignumberError + "Exponent not an integer: " + valueOf(n));
          }
          if (m != null) m = new BigNumber2(m);
          nIsBig = n.e > 14;
          if (!x.c || !x.c[0] || x.c[0] == 1 && !x.e && x.c.length == 1 || !n.c || !n.c[0]) {
            y = new BigNumber2(Math.pow(+valueOf(x), nIsBig ? n.s * (2 - isOdd(n)) : +valueOf(n)));
            return m ? y.mod(m) : y;
          }
          nIsNeg = n.s < 0;
          if (m) {
            if (m.c ? !m.c[0] : !m.s) return new BigNumber2(NaN);
            isModExp = !nIsNeg && x.isInteger() && m.isInteger();
            if (isModExp) x = x.mod(m);
          } else if (n.e > 9 && (x.e > 0 || x.e < -1 || (x.e == 0 ? x.c[0] > 1 || nIsBig && x.c[1] >= 24e7 : x.c[0] < 8e13 || nIsBig && x.c[0] <= 9999975e7))) {
            k = x.s < 0 && isOdd(n) ? -0 : 0;
            if (x.e > -1) k = 1 / k;
            return new BigNumber2(nIsNeg ? 1 / k : k);
          } else if (POW_PRECISION) {
            k = mathceil(POW_PRECISION / LOG_BASE + 2);
          }
          if (nIsBig) {
            half = new BigNumber2(0.5);
            if (nIsNeg) n.s = 1;
            nIsOdd = isOdd(n);
          } else {
            i = Math.abs(+valueOf(n));
            nIsOdd = i % 2;
          }
          y = new BigNumber2(ONE);
          for (; ; ) {
            if (nIsOdd) {
              y = y.times(x);
              if (!y.c) break;
              if (k) {
                if (y.c.length > k) y.c.length = k;
              } else if (isModExp) {
                y = y.mod(m);
              }
            }
            if (i) {
              i = mathfloor(i / 2);
              if (i === 0) break;
              nIsOdd = i % 2;
            } else {
              n = n.times(half);
              round(n, n.e + 1, 1);
              if (n.e > 14) {
                nIsOdd = isOdd(n);
              } else {
                i = +valueOf(n);
                if (i === 0) break;
                nIsOdd = i % 2;
              }
            }
            x = x.times(x);
            if (k) {
              if (x.c && x.c.length > k) x.c.length = k;
            } else if (isModExp) {
              x = x.mod(m);
            }
          }
          if (isModExp) return y;
          if (nIsNeg) y = ONE.div(y);
          return m ? y.mod(m) : k ? round(y, POW_PRECISION, ROUNDING_MODE, more) : y;
        };
        P.integerValue = function(rm) {
          var n = new BigNumber2(this);
          if (rm == null) rm = ROUNDING_MODE;
          else intCheck(rm, 0, 8);
          return round(n, n.e + 1, rm);
        };
        P.isEqualTo = P.eq = function(y, b) {
          return compare(this, new BigNumber2(y, b)) === 0;
        };
        P.isFinite = function() {
          return !!this.c;
        };
        P.isGreaterThan = P.gt = function(y, b) {
          return compare(this, new BigNumber2(y, b)) > 0;
        };
        P.isGreaterThanOrEqualTo = P.gte = function(y, b) {
          return (b = compare(this, new BigNumber2(y, b))) === 1 || b === 0;
        };
        P.isInteger = function() {
          return !!this.c && bitFloor(this.e / LOG_BASE) > this.c.length - 2;
        };
        P.isLessThan = P.lt = function(y, b) {
          return compare(this, new BigNumber2(y, b)) < 0;
        };
        P.isLessThanOrEqualTo = P.lte = function(y, b) {
          return (b = compare(this, new BigNumber2(y, b))) === -1 || b === 0;
        };
        P.isNaN = function() {
          return !this.s;
        };
        P.isNegative = function() {
          return this.s < 0;
        };
        P.isPositive = function() {
          return this.s > 0;
        };
        P.isZero = function() {
          return !!this.c && this.c[0] == 0;
        };
        P.minus = function(y, b) {
          var i, j, t, xLTy, x = this, a = x.s;
          y = new BigNumber2(y, b);
          b = y.s;
          if (!a || !b) return new BigNumber2(NaN);
          if (a != b) {
            y.s = -b;
            return x.plus(y);
          }
          var xe = x.e / LOG_BASE, ye = y.e / LOG_BASE, xc = x.c, yc = y.c;
          if (!xe || !ye) {
            if (!xc || !yc) return xc ? (y.s = -b, y) : new BigNumber2(yc ? x : NaN);
            if (!xc[0] || !yc[0]) {
              return yc[0] ? (y.s = -b, y) : new BigNumber2(xc[0] ? x : (
                // IEEE 754 (2008) 6.3: n - n = -0 when rounding to -Infinity
                ROUNDING_MODE == 3 ? -0 : 0
              ));
            }
          }
          xe = bitFloor(xe);
          ye = bitFloor(ye);
          xc = xc.slice();
          if (a = xe - ye) {
            if (xLTy = a < 0) {
              a = -a;
              t = xc;
            } else {
              ye = xe;
              t = yc;
            }
            t.reverse();
            for (b = a; b--; t.push(0)) ;
            t.reverse();
          } else {
            j = (xLTy = (a = xc.length) < (b = yc.length)) ? a : b;
            for (a = b = 0; b < j; b++) {
              if (xc[b] != yc[b]) {
                xLTy = xc[b] < yc[b];
                break;
              }
            }
          }
          if (xLTy) {
            t = xc;
            xc = yc;
            yc = t;
            y.s = -y.s;
          }
          b = (j = yc.length) - (i = xc.length);
          if (b > 0) for (; b--; xc[i++] = 0) ;
          b = BASE - 1;
          for (; j > a; ) {
            if (xc[--j] < yc[j]) {
              for (i = j; i && !xc[--i]; xc[i] = b) ;
              --xc[i];
              xc[j] += BASE;
            }
            xc[j] -= yc[j];
          }
          for (; xc[0] == 0; xc.splice(0, 1), --ye) ;
          if (!xc[0]) {
            y.s = ROUNDING_MODE == 3 ? -1 : 1;
            y.c = [y.e = 0];
            return y;
          }
          return normalise(y, xc, ye);
        };
        P.modulo = P.mod = function(y, b) {
          var q, s, x = this;
          y = new BigNumber2(y, b);
          if (!x.c || !y.s || y.c && !y.c[0]) {
            return new BigNumber2(NaN);
          } else if (!y.c || x.c && !x.c[0]) {
            return new BigNumber2(x);
          }
          if (MODULO_MODE == 9) {
            s = y.s;
            y.s = 1;
            q = div(x, y, 0, 3);
            y.s = s;
            q.s *= s;
          } else {
            q = div(x, y, 0, MODULO_MODE);
          }
          y = x.minus(q.times(y));
          if (!y.c[0] && MODULO_MODE == 1) y.s = x.s;
          return y;
        };
        P.multipliedBy = P.times = function(y, b) {
          var c, e, i, j, k, m, xcL, xlo, xhi, ycL, ylo, yhi, zc, base, sqrtBase, x = this, xc = x.c, yc = (y = new BigNumber2(y, b)).c;
          if (!xc || !yc || !xc[0] || !yc[0]) {
            if (!x.s || !y.s || xc && !xc[0] && !yc || yc && !yc[0] && !xc) {
              y.c = y.e = y.s = null;
            } else {
              y.s *= x.s;
              if (!xc || !yc) {
                y.c = y.e = null;
              } else {
                y.c = [0];
                y.e = 0;
              }
            }
            return y;
          }
          e = bitFloor(x.e / LOG_BASE) + bitFloor(y.e / LOG_BASE);
          y.s *= x.s;
          xcL = xc.length;
          ycL = yc.length;
          if (xcL < ycL) {
            zc = xc;
            xc = yc;
            yc = zc;
            i = xcL;
            xcL = ycL;
            ycL = i;
          }
          for (i = xcL + ycL, zc = []; i--; zc.push(0)) ;
          base = BASE;
          sqrtBase = SQRT_BASE;
          for (i = ycL; --i >= 0; ) {
            c = 0;
            ylo = yc[i] % sqrtBase;
            yhi = yc[i] / sqrtBase | 0;
            for (k = xcL, j = i + k; j > i; ) {
              xlo = xc[--k] % sqrtBase;
              xhi = xc[k] / sqrtBase | 0;
              m = yhi * xlo + xhi * ylo;
              xlo = ylo * xlo + m % sqrtBase * sqrtBase + zc[j] + c;
              c = (xlo / base | 0) + (m / sqrtBase | 0) + yhi * xhi;
              zc[j--] = xlo % base;
            }
            zc[j] = c;
          }
          if (c) {
            ++e;
          } else {
            zc.splice(0, 1);
          }
          return normalise(y, zc, e);
        };
        P.negated = function() {
          var x = new BigNumber2(this);
          x.s = -x.s || null;
          return x;
        };
        P.plus = function(y, b) {
          var t, x = this, a = x.s;
          y = new BigNumber2(y, b);
          b = y.s;
          if (!a || !b) return new BigNumber2(NaN);
          if (a != b) {
            y.s = -b;
            return x.minus(y);
          }
          var xe = x.e / LOG_BASE, ye = y.e / LOG_BASE, xc = x.c, yc = y.c;
          if (!xe || !ye) {
            if (!xc || !yc) return new BigNumber2(a / 0);
            if (!xc[0] || !yc[0]) return yc[0] ? y : new BigNumber2(xc[0] ? x : a * 0);
          }
          xe = bitFloor(xe);
          ye = bitFloor(ye);
          xc = xc.slice();
          if (a = xe - ye) {
            if (a > 0) {
              ye = xe;
              t = yc;
            } else {
              a = -a;
              t = xc;
            }
            t.reverse();
            for (; a--; t.push(0)) ;
            t.reverse();
          }
          a = xc.length;
          b = yc.length;
          if (a - b < 0) {
            t = yc;
            yc = xc;
            xc = t;
            b = a;
          }
          for (a = 0; b; ) {
            a = (xc[--b] = xc[b] + yc[b] + a) / BASE | 0;
            xc[b] = BASE === xc[b] ? 0 : xc[b] % BASE;
          }
          if (a) {
            xc = [a].concat(xc);
            ++ye;
          }
          return normalise(y, xc, ye);
        };
        P.precision = P.sd = function(sd, rm) {
          var c, n, v, x = this;
          if (sd != null && sd !== !!sd) {
            intCheck(sd, 1, MAX);
            if (rm == null) rm = ROUNDING_MODE;
            else intCheck(rm, 0, 8);
            return round(new BigNumber2(x), sd, rm);
          }
          if (!(c = x.c)) return null;
          v = c.length - 1;
          n = v * LOG_BASE + 1;
          if (v = c[v]) {
            for (; v % 10 == 0; v /= 10, n--) ;
            for (v = c[0]; v >= 10; v /= 10, n++) ;
          }
          if (sd && x.e + 1 > n) n = x.e + 1;
          return n;
        };
        P.shiftedBy = function(k) {
          intCheck(k, -MAX_SAFE_INTEGER, MAX_SAFE_INTEGER);
          return this.times("1e" + k);
        };
        P.squareRoot = P.sqrt = function() {
          var m, n, r, rep, t, x = this, c = x.c, s = x.s, e = x.e, dp = DECIMAL_PLACES + 4, half = new BigNumber2("0.5");
          if (s !== 1 || !c || !c[0]) {
            return new BigNumber2(!s || s < 0 && (!c || c[0]) ? NaN : c ? x : 1 / 0);
          }
          s = Math.sqrt(+valueOf(x));
          if (s == 0 || s == 1 / 0) {
            n = coeffToString(c);
            if ((n.length + e) % 2 == 0) n += "0";
            s = Math.sqrt(+n);
            e = bitFloor((e + 1) / 2) - (e < 0 || e % 2);
            if (s == 1 / 0) {
              n = "5e" + e;
            } else {
              n = s.toExponential();
              n = n.slice(0, n.indexOf("e") + 1) + e;
            }
            r = new BigNumber2(n);
          } else {
            r = new BigNumber2(s + "");
          }
          if (r.c[0]) {
            e = r.e;
            s = e + dp;
            if (s < 3) s = 0;
            for (; ; ) {
              t = r;
              r = half.times(t.plus(div(x, t, dp, 1)));
              if (coeffToString(t.c).slice(0, s) === (n = coeffToString(r.c)).slice(0, s)) {
                if (r.e < e) --s;
                n = n.slice(s - 3, s + 1);
                if (n == "9999" || !rep && n == "4999") {
                  if (!rep) {
                    round(t, t.e + DECIMAL_PLACES + 2, 0);
                    if (t.times(t).eq(x)) {
                      r = t;
                      break;
                    }
                  }
                  dp += 4;
                  s += 4;
                  rep = 1;
                } else {
                  if (!+n || !+n.slice(1) && n.charAt(0) == "5") {
                    round(r, r.e + DECIMAL_PLACES + 2, 1);
                    m = !r.times(r).eq(x);
                  }
                  break;
                }
              }
            }
          }
          return round(r, r.e + DECIMAL_PLACES + 1, ROUNDING_MODE, m);
        };
        P.toExponential = function(dp, rm) {
          if (dp != null) {
            intCheck(dp, 0, MAX);
            dp++;
          }
          return format(this, dp, rm, 1);
        };
        P.toFixed = function(dp, rm) {
          if (dp != null) {
            intCheck(dp, 0, MAX);
            dp = dp + this.e + 1;
          }
          return format(this, dp, rm);
        };
        P.toFormat = function(dp, rm, format2) {
          var str, x = this;
          if (format2 == null) {
            if (dp != null && rm && typeof rm == "object") {
              format2 = rm;
              rm = null;
            } else if (dp && typeof dp == "object") {
              format2 = dp;
              dp = rm = null;
            } else {
              format2 = FORMAT;
            }
          } else if (typeof format2 != "object") {
            throw Error(bignumberError + "Argument not an object: " + format2);
          }
          str = x.toFixed(dp, rm);
          if (x.c) {
            var i, arr = str.split("."), g1 = +format2.groupSize, g2 = +format2.secondaryGroupSize, groupSeparator = format2.groupSeparator || "", intPart = arr[0], fractionPart = arr[1], isNeg = x.s < 0, intDigits = isNeg ? intPart.slice(1) : intPart, len = intDigits.length;
            if (g2) {
              i = g1;
              g1 = g2;
              g2 = i;
              len -= i;
            }
            if (g1 > 0 && len > 0) {
              i = len % g1 || g1;
              intPart = intDigits.substr(0, i);
              for (; i < len; i += g1) intPart += groupSeparator + intDigits.substr(i, g1);
              if (g2 > 0) intPart += groupSeparator + intDigits.slice(i);
              if (isNeg) intPart = "-" + intPart;
            }
            str = fractionPart ? intPart + (format2.decimalSeparator || "") + ((g2 = +format2.fractionGroupSize) ? fractionPart.replace(
              new RegExp("\\d{" + g2 + "}\\B", "g"),
              "$&" + (format2.fractionGroupSeparator || "")
            ) : fractionPart) : intPart;
          }
          return (format2.prefix || "") + str + (format2.suffix || "");
        };
        P.toFraction = function(md) {
          var d, d0, d1, d2, e, exp, n, n0, n1, q, r, s, x = this, xc = x.c;
          if (md != null) {
            n = new BigNumber2(md);
            if (!n.isInteger() && (n.c || n.s !== 1) || n.lt(ONE)) {
              throw Error(bignumberError + "Argument " + (n.isInteger() ? "out of range: " : "not an integer: ") + valueOf(n));
            }
          }
          if (!xc) return new BigNumber2(x);
          d = new BigNumber2(ONE);
          n1 = d0 = new BigNumber2(ONE);
          d1 = n0 = new BigNumber2(ONE);
          s = coeffToString(xc);
          e = d.e = s.length - x.e - 1;
          d.c[0] = POWS_TEN[(exp = e % LOG_BASE) < 0 ? LOG_BASE + exp : exp];
          md = !md || n.comparedTo(d) > 0 ? e > 0 ? d : n1 : n;
          exp = MAX_EXP;
          MAX_EXP = 1 / 0;
          n = new BigNumber2(s);
          n0.c[0] = 0;
          for (; ; ) {
            q = div(n, d, 0, 1);
            d2 = d0.plus(q.times(d1));
            if (d2.comparedTo(md) == 1) break;
            d0 = d1;
            d1 = d2;
            n1 = n0.plus(q.times(d2 = n1));
            n0 = d2;
            d = n.minus(q.times(d2 = d));
            n = d2;
          }
          d2 = div(md.minus(d0), d1, 0, 1);
          n0 = n0.plus(d2.times(n1));
          d0 = d0.plus(d2.times(d1));
          n0.s = n1.s = x.s;
          e = e * 2;
          r = div(n1, d1, e, ROUNDING_MODE).minus(x).abs().comparedTo(
            div(n0, d0, e, ROUNDING_MODE).minus(x).abs()
          ) < 1 ? [n1, d1] : [n0, d0];
          MAX_EXP = exp;
          return r;
        };
        P.toNumber = function() {
          return +valueOf(this);
        };
        P.toPrecision = function(sd, rm) {
          if (sd != null) intCheck(sd, 1, MAX);
          return format(this, sd, rm, 2);
        };
        P.toString = function(b) {
          var str, n = this, s = n.s, e = n.e;
          if (e === null) {
            if (s) {
              str = "Infinity";
              if (s < 0) str = "-" + str;
            } else {
              str = "NaN";
            }
          } else {
            if (b == null) {
              str = e <= TO_EXP_NEG || e >= TO_EXP_POS ? toExponential(coeffToString(n.c), e) : toFixedPoint(coeffToString(n.c), e, "0");
            } else if (b === 10 && alphabetHasNormalDecimalDigits) {
              n = round(new BigNumber2(n), DECIMAL_PLACES + e + 1, ROUNDING_MODE);
              str = toFixedPoint(coeffToString(n.c), n.e, "0");
            } else {
              intCheck(b, 2, ALPHABET.length, "Base");
              str = convertBase(toFixedPoint(coeffToString(n.c), e, "0"), 10, b, s, true);
            }
            if (s < 0 && n.c[0]) str = "-" + str;
          }
          return str;
        };
        P.valueOf = P.toJSON = function() {
          return valueOf(this);
        };
        P._isBigNumber = true;
        if (configObject != null) BigNumber2.set(configObject);
        return BigNumber2;
      }
      function bitFloor(n) {
        var i = n | 0;
        return n > 0 || n === i ? i : i - 1;
      }
      function coeffToString(a) {
        var s, z, i = 1, j = a.length, r = a[0] + "";
        for (; i < j; ) {
          s = a[i++] + "";
          z = LOG_BASE - s.length;
          for (; z--; s = "0" + s) ;
          r += s;
        }
        for (j = r.length; r.charCodeAt(--j) === 48; ) ;
        return r.slice(0, j + 1 || 1);
      }
      function compare(x, y) {
        var a, b, xc = x.c, yc = y.c, i = x.s, j = y.s, k = x.e, l = y.e;
        if (!i || !j) return null;
        a = xc && !xc[0];
        b = yc && !yc[0];
        if (a || b) return a ? b ? 0 : -j : i;
        if (i != j) return i;
        a = i < 0;
        b = k == l;
        if (!xc || !yc) return b ? 0 : !xc ^ a ? 1 : -1;
        if (!b) return k > l ^ a ? 1 : -1;
        j = (k = xc.length) < (l = yc.length) ? k : l;
        for (i = 0; i < j; i++) if (xc[i] != yc[i]) return xc[i] > yc[i] ^ a ? 1 : -1;
        return k == l ? 0 : k > l ^ a ? 1 : -1;
      }
      function intCheck(n, min, max, name) {
        if (n < min || n > max || n !== mathfloor(n)) {
          throw Error(bignumberError + (name || "Argument") + (typeof n == "number" ? n < min || n > max ? " out of range: " : " not an integer: " : " not a primitive number: ") + String(n));
        }
      }
      function isOdd(n) {
        var k = n.c.length - 1;
        return bitFloor(n.e / LOG_BASE) == k && n.c[k] % 2 != 0;
      }
      function toExponential(str, e) {
        return (str.length > 1 ? str.charAt(0) + "." + str.slice(1) : str) + (e < 0 ? "e" : "e+") + e;
      }
      function toFixedPoint(str, e, z) {
        var len, zs;
        if (e < 0) {
          for (zs = z + "."; ++e; zs += z) ;
          str = zs + str;
        } else {
          len = str.length;
          if (++e > len) {
            for (zs = z, e -= len; --e; zs += z) ;
            str += zs;
          } else if (e < len) {
            str = str.slice(0, e) + "." + str.slice(e);
          }
        }
        return str;
      }
      BigNumber = clone();
      BigNumber["default"] = BigNumber.BigNumber = BigNumber;
      if (typeof define == "function" && define.amd) {
        define(function() {
          return BigNumber;
        });
      } else if (typeof module != "undefined" && module.exports) {
        module.exports = BigNumber;
      } else {
        if (!globalObject) {
          globalObject = typeof self != "undefined" && self ? self : window;
        }
        globalObject.BigNumber = BigNumber;
      }
    })(exports);
  }
});

// node_modules/json-bigint/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/json-bigint/lib/stringify.js"(exports, module) {
    var BigNumber = require_bignumber();
    var JSON2 = module.exports;
    (function() {
      "use strict";
      function f(n) {
        return n < 10 ? "0" + n : n;
      }
      var cx = /[\u0000\u00ad\u0600-\u0604\u070f\u17b4\u17b5\u200c-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ufff0-\uffff]/g, escapable = /[\\\"\x00-\x1f\x7f-\x9f\u00ad\u0600-\u0604\u070f\u17b4\u17b5\u200c-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ufff0-\uffff]/g, gap, indent, meta = {
        // table of character substitutions
        "\b": "\\b",
        "	": "\\t",
        "\n": "\\n",
        "\f": "\\f",
        "\r": "\\r",
        '"': '\\"',
        "\\": "\\\\"
      }, rep;
      function quote(string) {
        escapable.lastIndex = 0;
        return escapable.test(string) ? '"' + string.replace(escapable, function(a) {
          var c = meta[a];
          return typeof c === "string" ? c : "\\u" + ("0000" + a.charCodeAt(0).toString(16)).slice(-4);
        }) + '"' : '"' + string + '"';
      }
      function str(key, holder) {
        var i, k, v, length, mind = gap, partial, value = holder[key], isBigNumber = value != null && (value instanceof BigNumber || BigNumber.isBigNumber(value));
        if (value && typeof value === "object" && typeof value.toJSON === "function") {
          value = value.toJSON(key);
        }
        if (typeof rep === "function") {
          value = rep.call(holder, key, value);
        }
        switch (typeof value) {
          case "string":
            if (isBigNumber) {
              return value;
            } else {
              return quote(value);
            }
          case "number":
            return isFinite(value) ? String(value) : "null";
          case "boolean":
          case "null":
          case "bigint":
            return String(value);
          // If the type is 'object', we might be dealing with an object or an array or
          // null.
          case "object":
            if (!value) {
              return "null";
            }
            gap += indent;
            partial = [];
            if (Object.prototype.toString.apply(value) === "[object Array]") {
              length = value.length;
              for (i = 0; i < length; i += 1) {
                partial[i] = str(i, value) || "null";
              }
              v = partial.length === 0 ? "[]" : gap ? "[\n" + gap + partial.join(",\n" + gap) + "\n" + mind + "]" : "[" + partial.join(",") + "]";
              gap = mind;
              return v;
            }
            if (rep && typeof rep === "object") {
              length = rep.length;
              for (i = 0; i < length; i += 1) {
                if (typeof rep[i] === "string") {
                  k = rep[i];
                  v = str(k, value);
                  if (v) {
                    partial.push(quote(k) + (gap ? ": " : ":") + v);
                  }
                }
              }
            } else {
              Object.keys(value).forEach(function(k2) {
                var v2 = str(k2, value);
                if (v2) {
                  partial.push(quote(k2) + (gap ? ": " : ":") + v2);
                }
              });
            }
            v = partial.length === 0 ? "{}" : gap ? "{\n" + gap + partial.join(",\n" + gap) + "\n" + mind + "}" : "{" + partial.join(",") + "}";
            gap = mind;
            return v;
        }
      }
      if (typeof JSON2.stringify !== "function") {
        JSON2.stringify = function(value, replacer, space) {
          var i;
          gap = "";
          indent = "";
          if (typeof space === "number") {
            for (i = 0; i < space; i += 1) {
              indent += " ";
            }
          } else if (typeof space === "string") {
            indent = space;
          }
          rep = replacer;
          if (replacer && typeof replacer !== "function" && (typeof replacer !== "object" || typeof replacer.length !== "number")) {
            throw new Error("JSON.stringify");
          }
          return str("", { "": value });
        };
      }
    })();
  }
});

// node_modules/json-bigint/lib/parse.js
var require_parse = __commonJS({
  "node_modules/json-bigint/lib/parse.js"(exports, module) {
    var BigNumber = null;
    var suspectProtoRx = /(?:_|\\u005[Ff])(?:_|\\u005[Ff])(?:p|\\u0070)(?:r|\\u0072)(?:o|\\u006[Ff])(?:t|\\u0074)(?:o|\\u006[Ff])(?:_|\\u005[Ff])(?:_|\\u005[Ff])/;
    var suspectConstructorRx = /(?:c|\\u0063)(?:o|\\u006[Ff])(?:n|\\u006[Ee])(?:s|\\u0073)(?:t|\\u0074)(?:r|\\u0072)(?:u|\\u0075)(?:c|\\u0063)(?:t|\\u0074)(?:o|\\u006[Ff])(?:r|\\u0072)/;
    var json_parse = function(options) {
      "use strict";
      var _options = {
        strict: false,
        // not being strict means do not generate syntax errors for "duplicate key"
        storeAsString: false,
        // toggles whether the values should be stored as BigNumber (default) or a string
        alwaysParseAsBig: false,
        // toggles whether all numbers should be Big
        useNativeBigInt: false,
        // toggles whether to use native BigInt instead of bignumber.js
        protoAction: "error",
        constructorAction: "error"
      };
      if (options !== void 0 && options !== null) {
        if (options.strict === true) {
          _options.strict = true;
        }
        if (options.storeAsString === true) {
          _options.storeAsString = true;
        }
        _options.alwaysParseAsBig = options.alwaysParseAsBig === true ? options.alwaysParseAsBig : false;
        _options.useNativeBigInt = options.useNativeBigInt === true ? options.useNativeBigInt : false;
        if (typeof options.constructorAction !== "undefined") {
          if (options.constructorAction === "error" || options.constructorAction === "ignore" || options.constructorAction === "preserve") {
            _options.constructorAction = options.constructorAction;
          } else {
            throw new Error(
              `Incorrect value for constructorAction option, must be "error", "ignore" or undefined but passed ${options.constructorAction}`
            );
          }
        }
        if (typeof options.protoAction !== "undefined") {
          if (options.protoAction === "error" || options.protoAction === "ignore" || options.protoAction === "preserve") {
            _options.protoAction = options.protoAction;
          } else {
            throw new Error(
              `Incorrect value for protoAction option, must be "error", "ignore" or undefined but passed ${options.protoAction}`
            );
          }
        }
      }
      var at, ch, escapee = {
        '"': '"',
        "\\": "\\",
        "/": "/",
        b: "\b",
        f: "\f",
        n: "\n",
        r: "\r",
        t: "	"
      }, text, error = function(m) {
        throw {
          name: "SyntaxError",
          message: m,
          at,
          text
        };
      }, next = function(c) {
        if (c && c !== ch) {
          error("Expected '" + c + "' instead of '" + ch + "'");
        }
        ch = text.charAt(at);
        at += 1;
        return ch;
      }, number = function() {
        var number2, string2 = "";
        if (ch === "-") {
          string2 = "-";
          next("-");
        }
        while (ch >= "0" && ch <= "9") {
          string2 += ch;
          next();
        }
        if (ch === ".") {
          string2 += ".";
          while (next() && ch >= "0" && ch <= "9") {
            string2 += ch;
          }
        }
        if (ch === "e" || ch === "E") {
          string2 += ch;
          next();
          if (ch === "-" || ch === "+") {
            string2 += ch;
            next();
          }
          while (ch >= "0" && ch <= "9") {
            string2 += ch;
            next();
          }
        }
        number2 = +string2;
        if (!isFinite(number2)) {
          error("Bad number");
        } else {
          if (BigNumber == null) BigNumber = require_bignumber();
          if (string2.length > 15)
            return _options.storeAsString ? string2 : _options.useNativeBigInt ? BigInt(string2) : new BigNumber(string2);
          else
            return !_options.alwaysParseAsBig ? number2 : _options.useNativeBigInt ? BigInt(number2) : new BigNumber(number2);
        }
      }, string = function() {
        var hex, i, string2 = "", uffff;
        if (ch === '"') {
          var startAt = at;
          while (next()) {
            if (ch === '"') {
              if (at - 1 > startAt) string2 += text.substring(startAt, at - 1);
              next();
              return string2;
            }
            if (ch === "\\") {
              if (at - 1 > startAt) string2 += text.substring(startAt, at - 1);
              next();
              if (ch === "u") {
                uffff = 0;
                for (i = 0; i < 4; i += 1) {
                  hex = parseInt(next(), 16);
                  if (!isFinite(hex)) {
                    break;
                  }
                  uffff = uffff * 16 + hex;
                }
                string2 += String.fromCharCode(uffff);
              } else if (typeof escapee[ch] === "string") {
                string2 += escapee[ch];
              } else {
                break;
              }
              startAt = at;
            }
          }
        }
        error("Bad string");
      }, white = function() {
        while (ch && ch <= " ") {
          next();
        }
      }, word = function() {
        switch (ch) {
          case "t":
            next("t");
            next("r");
            next("u");
            next("e");
            return true;
          case "f":
            next("f");
            next("a");
            next("l");
            next("s");
            next("e");
            return false;
          case "n":
            next("n");
            next("u");
            next("l");
            next("l");
            return null;
        }
        error("Unexpected '" + ch + "'");
      }, value, array = function() {
        var array2 = [];
        if (ch === "[") {
          next("[");
          white();
          if (ch === "]") {
            next("]");
            return array2;
          }
          while (ch) {
            array2.push(value());
            white();
            if (ch === "]") {
              next("]");
              return array2;
            }
            next(",");
            white();
          }
        }
        error("Bad array");
      }, object = function() {
        var key, object2 = /* @__PURE__ */ Object.create(null);
        if (ch === "{") {
          next("{");
          white();
          if (ch === "}") {
            next("}");
            return object2;
          }
          while (ch) {
            key = string();
            white();
            next(":");
            if (_options.strict === true && Object.hasOwnProperty.call(object2, key)) {
              error('Duplicate key "' + key + '"');
            }
            if (suspectProtoRx.test(key) === true) {
              if (_options.protoAction === "error") {
                error("Object contains forbidden prototype property");
              } else if (_options.protoAction === "ignore") {
                value();
              } else {
                object2[key] = value();
              }
            } else if (suspectConstructorRx.test(key) === true) {
              if (_options.constructorAction === "error") {
                error("Object contains forbidden constructor property");
              } else if (_options.constructorAction === "ignore") {
                value();
              } else {
                object2[key] = value();
              }
            } else {
              object2[key] = value();
            }
            white();
            if (ch === "}") {
              next("}");
              return object2;
            }
            next(",");
            white();
          }
        }
        error("Bad object");
      };
      value = function() {
        white();
        switch (ch) {
          case "{":
            return object();
          case "[":
            return array();
          case '"':
            return string();
          case "-":
            return number();
          default:
            return ch >= "0" && ch <= "9" ? number() : word();
        }
      };
      return function(source, reviver) {
        var result;
        text = source + "";
        at = 0;
        ch = " ";
        result = value();
        white();
        if (ch) {
          error("Syntax error");
        }
        return typeof reviver === "function" ? (function walk(holder, key) {
          var k, v, value2 = holder[key];
          if (value2 && typeof value2 === "object") {
            Object.keys(value2).forEach(function(k2) {
              v = walk(value2, k2);
              if (v !== void 0) {
                value2[k2] = v;
              } else {
                delete value2[k2];
              }
            });
          }
          return reviver.call(holder, key, value2);
        })({ "": result }, "") : result;
      };
    };
    module.exports = json_parse;
  }
});

// node_modules/json-bigint/index.js
var require_json_bigint = __commonJS({
  "node_modules/json-bigint/index.js"(exports, module) {
    var json_stringify = require_stringify().stringify;
    var json_parse = require_parse();
    module.exports = function(options) {
      return {
        parse: json_parse(options),
        stringify: json_stringify
      };
    };
    module.exports.parse = json_parse();
    module.exports.stringify = json_stringify;
  }
});

// node_modules/@alicloud/pop-core/package.json
var require_package = __commonJS({
  "node_modules/@alicloud/pop-core/package.json"(exports, module) {
    module.exports = {
      name: "@alicloud/pop-core",
      version: "1.8.0",
      description: "AliCloud POP SDK core",
      main: "index.js",
      types: "lib/rpc.d.ts",
      scripts: {
        lint: "eslint --fix lib test",
        test: "mocha -R spec test/*.test.js",
        "test-cov": "nyc -r=html -r=text -r=lcov mocha -t 3000 -R spec test/*.test.js",
        "test-integration": "mocha -R spec test/*.integration.js",
        ci: "npm run lint && npm run test-cov"
      },
      keywords: [
        "Aliyun",
        "AliCloud",
        "OpenAPI",
        "POP",
        "SDK",
        "Core"
      ],
      author: "Jackson Tian",
      license: "MIT",
      dependencies: {
        debug: "^3.1.0",
        httpx: "^2.1.2",
        "json-bigint": "^1.0.0",
        kitx: "^1.2.1",
        xml2js: "^0.5.0"
      },
      files: [
        "lib",
        "index.js"
      ],
      devDependencies: {
        eslint: "^6.6.0",
        "expect.js": "^0.3.1",
        mocha: "^4",
        muk: "^0.5.3",
        nyc: "^12.0.2",
        rewire: "^4.0.1"
      },
      directories: {
        test: "test"
      },
      engines: {
        node: ">=8.0.0"
      },
      repository: {
        type: "git",
        url: "git+https://github.com/aliyun/openapi-core-nodejs-sdk.git"
      },
      bugs: {
        url: "https://github.com/aliyun/openapi-core-nodejs-sdk/issues"
      },
      homepage: "https://github.com/aliyun/openapi-core-nodejs-sdk#readme"
    };
  }
});

// node_modules/@alicloud/pop-core/lib/helper.js
var require_helper = __commonJS({
  "node_modules/@alicloud/pop-core/lib/helper.js"(exports) {
    "use strict";
    var os = __require("os");
    var pkg = require_package();
    exports.DEFAULT_UA = `AlibabaCloud (${os.platform()}; ${os.arch()}) Node.js/${process.version} Core/${pkg.version}`;
    exports.DEFAULT_CLIENT = `Node.js(${process.version}), ${pkg.name}: ${pkg.version}`;
  }
});

// node_modules/@alicloud/pop-core/lib/rpc.js
var require_rpc = __commonJS({
  "node_modules/@alicloud/pop-core/lib/rpc.js"(exports, module) {
    "use strict";
    var assert = __require("assert");
    var httpx = require_lib();
    var kitx = require_lib2();
    var JSON2 = require_json_bigint();
    var helper = require_helper();
    function firstLetterUpper(str) {
      return str.slice(0, 1).toUpperCase() + str.slice(1);
    }
    function formatParams(params) {
      var keys = Object.keys(params);
      var newParams = {};
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        newParams[firstLetterUpper(key)] = params[key];
      }
      return newParams;
    }
    function timestamp() {
      var date = /* @__PURE__ */ new Date();
      var YYYY = date.getUTCFullYear();
      var MM = kitx.pad2(date.getUTCMonth() + 1);
      var DD = kitx.pad2(date.getUTCDate());
      var HH = kitx.pad2(date.getUTCHours());
      var mm = kitx.pad2(date.getUTCMinutes());
      var ss = kitx.pad2(date.getUTCSeconds());
      return `${YYYY}-${MM}-${DD}T${HH}:${mm}:${ss}Z`;
    }
    function encode(str) {
      var result = encodeURIComponent(str);
      return result.replace(/!/g, "%21").replace(/'/g, "%27").replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/\*/g, "%2A");
    }
    function replaceRepeatList(target, key, repeat) {
      for (var i = 0; i < repeat.length; i++) {
        var item = repeat[i];
        if (Array.isArray(item)) {
          replaceRepeatList(target, `${key}.${i + 1}`, item);
        } else if (item && typeof item === "object") {
          const keys = Object.keys(item);
          for (var j = 0; j < keys.length; j++) {
            if (Array.isArray(item[keys[j]])) {
              replaceRepeatList(target, `${key}.${i + 1}.${keys[j]}`, item[keys[j]]);
            } else {
              target[`${key}.${i + 1}.${keys[j]}`] = item[keys[j]];
            }
          }
        } else {
          target[`${key}.${i + 1}`] = item;
        }
      }
    }
    function flatParams(params) {
      var target = {};
      var keys = Object.keys(params);
      for (let i = 0; i < keys.length; i++) {
        var key = keys[i];
        var value = params[key];
        if (Array.isArray(value)) {
          replaceRepeatList(target, key, value);
        } else {
          target[key] = value;
        }
      }
      return target;
    }
    function normalize(params) {
      var list = [];
      var flated = flatParams(params);
      var keys = Object.keys(flated).sort();
      for (let i = 0; i < keys.length; i++) {
        var key = keys[i];
        var value = flated[key];
        list.push([encode(key), encode(value)]);
      }
      return list;
    }
    function canonicalize(normalized) {
      var fields = [];
      for (var i = 0; i < normalized.length; i++) {
        var [key, value] = normalized[i];
        fields.push(key + "=" + value);
      }
      return fields.join("&");
    }
    var RPCClient = class {
      constructor(config, verbose) {
        assert(config, 'must pass "config"');
        assert(config.endpoint, 'must pass "config.endpoint"');
        if (!config.endpoint.startsWith("https://") && !config.endpoint.startsWith("http://")) {
          throw new Error(`"config.endpoint" must starts with 'https://' or 'http://'.`);
        }
        assert(config.apiVersion, 'must pass "config.apiVersion"');
        if (config.credentialsProvider) {
          if (typeof config.credentialsProvider.getCredentials !== "function") {
            throw new Error(`must pass "config.credentialsProvider" with function "getCredentials()"`);
          }
          this.credentialsProvider = config.credentialsProvider;
        } else {
          assert(config.accessKeyId, 'must pass "config.accessKeyId"');
          var accessKeySecret = config.secretAccessKey || config.accessKeySecret;
          assert(accessKeySecret, 'must pass "config.accessKeySecret"');
          this.accessKeyId = config.accessKeyId;
          this.accessKeySecret = accessKeySecret;
          this.securityToken = config.securityToken;
          this.credentialsProvider = {
            getCredentials: async () => {
              return {
                accessKeyId: config.accessKeyId,
                accessKeySecret,
                securityToken: config.securityToken
              };
            }
          };
        }
        if (config.endpoint.endsWith("/")) {
          config.endpoint = config.endpoint.slice(0, -1);
        }
        this.endpoint = config.endpoint;
        this.apiVersion = config.apiVersion;
        this.verbose = verbose === true;
        this.codes = /* @__PURE__ */ new Set([200, "200", "OK", "Success", "success"]);
        if (config.codes) {
          for (var elem of config.codes) {
            this.codes.add(elem);
          }
        }
        this.opts = config.opts || {};
        var httpModule = this.endpoint.startsWith("https://") ? __require("https") : __require("http");
        this.keepAliveAgent = new httpModule.Agent({
          keepAlive: true,
          keepAliveMsecs: 3e3
        });
      }
      async request(action, params = {}, opts = {}) {
        const credentials = await this.credentialsProvider.getCredentials();
        opts = Object.assign({
          headers: {
            "x-sdk-client": helper.DEFAULT_CLIENT,
            "user-agent": helper.DEFAULT_UA,
            "x-acs-action": action,
            "x-acs-version": this.apiVersion
          }
        }, this.opts, opts);
        if (opts.formatAction !== false) {
          action = firstLetterUpper(action);
        }
        if (opts.formatParams !== false) {
          params = formatParams(params);
        }
        const defaultParams = {
          Format: "JSON",
          Timestamp: timestamp(),
          Version: this.apiVersion
        };
        if (credentials && credentials.accessKeyId && credentials.accessKeySecret) {
          defaultParams.SignatureMethod = "HMAC-SHA1";
          defaultParams.SignatureVersion = "1.0";
          defaultParams.SignatureNonce = kitx.makeNonce();
          defaultParams.AccessKeyId = credentials.accessKeyId;
          if (credentials.securityToken) {
            defaultParams.SecurityToken = credentials.securityToken;
          }
        }
        params = Object.assign({ Action: action }, defaultParams, params);
        const method = (opts.method || "GET").toUpperCase();
        const normalized = normalize(params);
        if (credentials && credentials.accessKeyId && credentials.accessKeySecret) {
          const canonicalized = canonicalize(normalized);
          const stringToSign = `${method}&${encode("/")}&${encode(canonicalized)}`;
          const key = credentials.accessKeySecret + "&";
          const signature = kitx.sha1(stringToSign, key, "base64");
          normalized.push(["Signature", encode(signature)]);
        }
        const url = opts.method === "POST" ? `${this.endpoint}/` : `${this.endpoint}/?${canonicalize(normalized)}`;
        const entry = {
          url,
          request: null,
          response: null
        };
        if (opts && !opts.agent) {
          opts.agent = this.keepAliveAgent;
        }
        if (opts.method === "POST") {
          opts.headers = opts.headers || {};
          opts.headers["content-type"] = "application/x-www-form-urlencoded";
          opts.data = canonicalize(normalized);
        }
        const response = await httpx.request(url, opts);
        entry.request = {
          headers: response.req.getHeaders ? response.req.getHeaders() : response.req._headers
        };
        entry.response = {
          statusCode: response.statusCode,
          headers: response.headers
        };
        const buffer = await httpx.read(response);
        const json = JSON2.parse(buffer);
        if (json.Code && !this.codes.has(json.Code)) {
          const err = new Error(`${json.Message}, URL: ${url}`);
          err.name = json.Code + "Error";
          err.data = json;
          err.code = json.Code;
          err.url = url;
          err.entry = entry;
          throw err;
        }
        if (this.verbose) {
          return [json, entry];
        }
        return json;
      }
      _buildParams() {
        const defaultParams = {
          Format: "JSON",
          SignatureMethod: "HMAC-SHA1",
          SignatureNonce: kitx.makeNonce(),
          SignatureVersion: "1.0",
          Timestamp: timestamp(),
          AccessKeyId: this.accessKeyId,
          Version: this.apiVersion
        };
        if (this.securityToken) {
          defaultParams.SecurityToken = this.securityToken;
        }
        return defaultParams;
      }
    };
    module.exports = RPCClient;
  }
});

// node_modules/xml2js/lib/defaults.js
var require_defaults = __commonJS({
  "node_modules/xml2js/lib/defaults.js"(exports) {
    (function() {
      exports.defaults = {
        "0.1": {
          explicitCharkey: false,
          trim: true,
          normalize: true,
          normalizeTags: false,
          attrkey: "@",
          charkey: "#",
          explicitArray: false,
          ignoreAttrs: false,
          mergeAttrs: false,
          explicitRoot: false,
          validator: null,
          xmlns: false,
          explicitChildren: false,
          childkey: "@@",
          charsAsChildren: false,
          includeWhiteChars: false,
          async: false,
          strict: true,
          attrNameProcessors: null,
          attrValueProcessors: null,
          tagNameProcessors: null,
          valueProcessors: null,
          emptyTag: ""
        },
        "0.2": {
          explicitCharkey: false,
          trim: false,
          normalize: false,
          normalizeTags: false,
          attrkey: "$",
          charkey: "_",
          explicitArray: true,
          ignoreAttrs: false,
          mergeAttrs: false,
          explicitRoot: true,
          validator: null,
          xmlns: false,
          explicitChildren: false,
          preserveChildrenOrder: false,
          childkey: "$$",
          charsAsChildren: false,
          includeWhiteChars: false,
          async: false,
          strict: true,
          attrNameProcessors: null,
          attrValueProcessors: null,
          tagNameProcessors: null,
          valueProcessors: null,
          rootName: "root",
          xmldec: {
            "version": "1.0",
            "encoding": "UTF-8",
            "standalone": true
          },
          doctype: null,
          renderOpts: {
            "pretty": true,
            "indent": "  ",
            "newline": "\n"
          },
          headless: false,
          chunkSize: 1e4,
          emptyTag: "",
          cdata: false
        }
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/Utility.js
var require_Utility = __commonJS({
  "node_modules/xmlbuilder/lib/Utility.js"(exports, module) {
    (function() {
      var assign, getValue, isArray, isEmpty, isFunction, isObject, isPlainObject, slice = [].slice, hasProp = {}.hasOwnProperty;
      assign = function() {
        var i, key, len, source, sources, target;
        target = arguments[0], sources = 2 <= arguments.length ? slice.call(arguments, 1) : [];
        if (isFunction(Object.assign)) {
          Object.assign.apply(null, arguments);
        } else {
          for (i = 0, len = sources.length; i < len; i++) {
            source = sources[i];
            if (source != null) {
              for (key in source) {
                if (!hasProp.call(source, key)) continue;
                target[key] = source[key];
              }
            }
          }
        }
        return target;
      };
      isFunction = function(val) {
        return !!val && Object.prototype.toString.call(val) === "[object Function]";
      };
      isObject = function(val) {
        var ref;
        return !!val && ((ref = typeof val) === "function" || ref === "object");
      };
      isArray = function(val) {
        if (isFunction(Array.isArray)) {
          return Array.isArray(val);
        } else {
          return Object.prototype.toString.call(val) === "[object Array]";
        }
      };
      isEmpty = function(val) {
        var key;
        if (isArray(val)) {
          return !val.length;
        } else {
          for (key in val) {
            if (!hasProp.call(val, key)) continue;
            return false;
          }
          return true;
        }
      };
      isPlainObject = function(val) {
        var ctor, proto;
        return isObject(val) && (proto = Object.getPrototypeOf(val)) && (ctor = proto.constructor) && typeof ctor === "function" && ctor instanceof ctor && Function.prototype.toString.call(ctor) === Function.prototype.toString.call(Object);
      };
      getValue = function(obj) {
        if (isFunction(obj.valueOf)) {
          return obj.valueOf();
        } else {
          return obj;
        }
      };
      module.exports.assign = assign;
      module.exports.isFunction = isFunction;
      module.exports.isObject = isObject;
      module.exports.isArray = isArray;
      module.exports.isEmpty = isEmpty;
      module.exports.isPlainObject = isPlainObject;
      module.exports.getValue = getValue;
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDOMImplementation.js
var require_XMLDOMImplementation = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDOMImplementation.js"(exports, module) {
    (function() {
      var XMLDOMImplementation;
      module.exports = XMLDOMImplementation = (function() {
        function XMLDOMImplementation2() {
        }
        XMLDOMImplementation2.prototype.hasFeature = function(feature, version) {
          return true;
        };
        XMLDOMImplementation2.prototype.createDocumentType = function(qualifiedName, publicId, systemId) {
          throw new Error("This DOM method is not implemented.");
        };
        XMLDOMImplementation2.prototype.createDocument = function(namespaceURI, qualifiedName, doctype) {
          throw new Error("This DOM method is not implemented.");
        };
        XMLDOMImplementation2.prototype.createHTMLDocument = function(title) {
          throw new Error("This DOM method is not implemented.");
        };
        XMLDOMImplementation2.prototype.getFeature = function(feature, version) {
          throw new Error("This DOM method is not implemented.");
        };
        return XMLDOMImplementation2;
      })();
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDOMErrorHandler.js
var require_XMLDOMErrorHandler = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDOMErrorHandler.js"(exports, module) {
    (function() {
      var XMLDOMErrorHandler;
      module.exports = XMLDOMErrorHandler = (function() {
        function XMLDOMErrorHandler2() {
        }
        XMLDOMErrorHandler2.prototype.handleError = function(error) {
          throw new Error(error);
        };
        return XMLDOMErrorHandler2;
      })();
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDOMStringList.js
var require_XMLDOMStringList = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDOMStringList.js"(exports, module) {
    (function() {
      var XMLDOMStringList;
      module.exports = XMLDOMStringList = (function() {
        function XMLDOMStringList2(arr) {
          this.arr = arr || [];
        }
        Object.defineProperty(XMLDOMStringList2.prototype, "length", {
          get: function() {
            return this.arr.length;
          }
        });
        XMLDOMStringList2.prototype.item = function(index) {
          return this.arr[index] || null;
        };
        XMLDOMStringList2.prototype.contains = function(str) {
          return this.arr.indexOf(str) !== -1;
        };
        return XMLDOMStringList2;
      })();
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDOMConfiguration.js
var require_XMLDOMConfiguration = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDOMConfiguration.js"(exports, module) {
    (function() {
      var XMLDOMConfiguration, XMLDOMErrorHandler, XMLDOMStringList;
      XMLDOMErrorHandler = require_XMLDOMErrorHandler();
      XMLDOMStringList = require_XMLDOMStringList();
      module.exports = XMLDOMConfiguration = (function() {
        function XMLDOMConfiguration2() {
          var clonedSelf;
          this.defaultParams = {
            "canonical-form": false,
            "cdata-sections": false,
            "comments": false,
            "datatype-normalization": false,
            "element-content-whitespace": true,
            "entities": true,
            "error-handler": new XMLDOMErrorHandler(),
            "infoset": true,
            "validate-if-schema": false,
            "namespaces": true,
            "namespace-declarations": true,
            "normalize-characters": false,
            "schema-location": "",
            "schema-type": "",
            "split-cdata-sections": true,
            "validate": false,
            "well-formed": true
          };
          this.params = clonedSelf = Object.create(this.defaultParams);
        }
        Object.defineProperty(XMLDOMConfiguration2.prototype, "parameterNames", {
          get: function() {
            return new XMLDOMStringList(Object.keys(this.defaultParams));
          }
        });
        XMLDOMConfiguration2.prototype.getParameter = function(name) {
          if (this.params.hasOwnProperty(name)) {
            return this.params[name];
          } else {
            return null;
          }
        };
        XMLDOMConfiguration2.prototype.canSetParameter = function(name, value) {
          return true;
        };
        XMLDOMConfiguration2.prototype.setParameter = function(name, value) {
          if (value != null) {
            return this.params[name] = value;
          } else {
            return delete this.params[name];
          }
        };
        return XMLDOMConfiguration2;
      })();
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/NodeType.js
var require_NodeType = __commonJS({
  "node_modules/xmlbuilder/lib/NodeType.js"(exports, module) {
    (function() {
      module.exports = {
        Element: 1,
        Attribute: 2,
        Text: 3,
        CData: 4,
        EntityReference: 5,
        EntityDeclaration: 6,
        ProcessingInstruction: 7,
        Comment: 8,
        Document: 9,
        DocType: 10,
        DocumentFragment: 11,
        NotationDeclaration: 12,
        Declaration: 201,
        Raw: 202,
        AttributeDeclaration: 203,
        ElementDeclaration: 204,
        Dummy: 205
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLAttribute.js
var require_XMLAttribute = __commonJS({
  "node_modules/xmlbuilder/lib/XMLAttribute.js"(exports, module) {
    (function() {
      var NodeType, XMLAttribute, XMLNode;
      NodeType = require_NodeType();
      XMLNode = require_XMLNode();
      module.exports = XMLAttribute = (function() {
        function XMLAttribute2(parent, name, value) {
          this.parent = parent;
          if (this.parent) {
            this.options = this.parent.options;
            this.stringify = this.parent.stringify;
          }
          if (name == null) {
            throw new Error("Missing attribute name. " + this.debugInfo(name));
          }
          this.name = this.stringify.name(name);
          this.value = this.stringify.attValue(value);
          this.type = NodeType.Attribute;
          this.isId = false;
          this.schemaTypeInfo = null;
        }
        Object.defineProperty(XMLAttribute2.prototype, "nodeType", {
          get: function() {
            return this.type;
          }
        });
        Object.defineProperty(XMLAttribute2.prototype, "ownerElement", {
          get: function() {
            return this.parent;
          }
        });
        Object.defineProperty(XMLAttribute2.prototype, "textContent", {
          get: function() {
            return this.value;
          },
          set: function(value) {
            return this.value = value || "";
          }
        });
        Object.defineProperty(XMLAttribute2.prototype, "namespaceURI", {
          get: function() {
            return "";
          }
        });
        Object.defineProperty(XMLAttribute2.prototype, "prefix", {
          get: function() {
            return "";
          }
        });
        Object.defineProperty(XMLAttribute2.prototype, "localName", {
          get: function() {
            return this.name;
          }
        });
        Object.defineProperty(XMLAttribute2.prototype, "specified", {
          get: function() {
            return true;
          }
        });
        XMLAttribute2.prototype.clone = function() {
          return Object.create(this);
        };
        XMLAttribute2.prototype.toString = function(options) {
          return this.options.writer.attribute(this, this.options.writer.filterOptions(options));
        };
        XMLAttribute2.prototype.debugInfo = function(name) {
          name = name || this.name;
          if (name == null) {
            return "parent: <" + this.parent.name + ">";
          } else {
            return "attribute: {" + name + "}, parent: <" + this.parent.name + ">";
          }
        };
        XMLAttribute2.prototype.isEqualNode = function(node) {
          if (node.namespaceURI !== this.namespaceURI) {
            return false;
          }
          if (node.prefix !== this.prefix) {
            return false;
          }
          if (node.localName !== this.localName) {
            return false;
          }
          if (node.value !== this.value) {
            return false;
          }
          return true;
        };
        return XMLAttribute2;
      })();
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLNamedNodeMap.js
var require_XMLNamedNodeMap = __commonJS({
  "node_modules/xmlbuilder/lib/XMLNamedNodeMap.js"(exports, module) {
    (function() {
      var XMLNamedNodeMap;
      module.exports = XMLNamedNodeMap = (function() {
        function XMLNamedNodeMap2(nodes) {
          this.nodes = nodes;
        }
        Object.defineProperty(XMLNamedNodeMap2.prototype, "length", {
          get: function() {
            return Object.keys(this.nodes).length || 0;
          }
        });
        XMLNamedNodeMap2.prototype.clone = function() {
          return this.nodes = null;
        };
        XMLNamedNodeMap2.prototype.getNamedItem = function(name) {
          return this.nodes[name];
        };
        XMLNamedNodeMap2.prototype.setNamedItem = function(node) {
          var oldNode;
          oldNode = this.nodes[node.nodeName];
          this.nodes[node.nodeName] = node;
          return oldNode || null;
        };
        XMLNamedNodeMap2.prototype.removeNamedItem = function(name) {
          var oldNode;
          oldNode = this.nodes[name];
          delete this.nodes[name];
          return oldNode || null;
        };
        XMLNamedNodeMap2.prototype.item = function(index) {
          return this.nodes[Object.keys(this.nodes)[index]] || null;
        };
        XMLNamedNodeMap2.prototype.getNamedItemNS = function(namespaceURI, localName) {
          throw new Error("This DOM method is not implemented.");
        };
        XMLNamedNodeMap2.prototype.setNamedItemNS = function(node) {
          throw new Error("This DOM method is not implemented.");
        };
        XMLNamedNodeMap2.prototype.removeNamedItemNS = function(namespaceURI, localName) {
          throw new Error("This DOM method is not implemented.");
        };
        return XMLNamedNodeMap2;
      })();
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLElement.js
var require_XMLElement = __commonJS({
  "node_modules/xmlbuilder/lib/XMLElement.js"(exports, module) {
    (function() {
      var NodeType, XMLAttribute, XMLElement, XMLNamedNodeMap, XMLNode, getValue, isFunction, isObject, ref, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      ref = require_Utility(), isObject = ref.isObject, isFunction = ref.isFunction, getValue = ref.getValue;
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      XMLAttribute = require_XMLAttribute();
      XMLNamedNodeMap = require_XMLNamedNodeMap();
      module.exports = XMLElement = (function(superClass) {
        extend(XMLElement2, superClass);
        function XMLElement2(parent, name, attributes) {
          var child, j, len, ref1;
          XMLElement2.__super__.constructor.call(this, parent);
          if (name == null) {
            throw new Error("Missing element name. " + this.debugInfo());
          }
          this.name = this.stringify.name(name);
          this.type = NodeType.Element;
          this.attribs = {};
          this.schemaTypeInfo = null;
          if (attributes != null) {
            this.attribute(attributes);
          }
          if (parent.type === NodeType.Document) {
            this.isRoot = true;
            this.documentObject = parent;
            parent.rootObject = this;
            if (parent.children) {
              ref1 = parent.children;
              for (j = 0, len = ref1.length; j < len; j++) {
                child = ref1[j];
                if (child.type === NodeType.DocType) {
                  child.name = this.name;
                  break;
                }
              }
            }
          }
        }
        Object.defineProperty(XMLElement2.prototype, "tagName", {
          get: function() {
            return this.name;
          }
        });
        Object.defineProperty(XMLElement2.prototype, "namespaceURI", {
          get: function() {
            return "";
          }
        });
        Object.defineProperty(XMLElement2.prototype, "prefix", {
          get: function() {
            return "";
          }
        });
        Object.defineProperty(XMLElement2.prototype, "localName", {
          get: function() {
            return this.name;
          }
        });
        Object.defineProperty(XMLElement2.prototype, "id", {
          get: function() {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
        });
        Object.defineProperty(XMLElement2.prototype, "className", {
          get: function() {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
        });
        Object.defineProperty(XMLElement2.prototype, "classList", {
          get: function() {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
        });
        Object.defineProperty(XMLElement2.prototype, "attributes", {
          get: function() {
            if (!this.attributeMap || !this.attributeMap.nodes) {
              this.attributeMap = new XMLNamedNodeMap(this.attribs);
            }
            return this.attributeMap;
          }
        });
        XMLElement2.prototype.clone = function() {
          var att, attName, clonedSelf, ref1;
          clonedSelf = Object.create(this);
          if (clonedSelf.isRoot) {
            clonedSelf.documentObject = null;
          }
          clonedSelf.attribs = {};
          ref1 = this.attribs;
          for (attName in ref1) {
            if (!hasProp.call(ref1, attName)) continue;
            att = ref1[attName];
            clonedSelf.attribs[attName] = att.clone();
          }
          clonedSelf.children = [];
          this.children.forEach(function(child) {
            var clonedChild;
            clonedChild = child.clone();
            clonedChild.parent = clonedSelf;
            return clonedSelf.children.push(clonedChild);
          });
          return clonedSelf;
        };
        XMLElement2.prototype.attribute = function(name, value) {
          var attName, attValue;
          if (name != null) {
            name = getValue(name);
          }
          if (isObject(name)) {
            for (attName in name) {
              if (!hasProp.call(name, attName)) continue;
              attValue = name[attName];
              this.attribute(attName, attValue);
            }
          } else {
            if (isFunction(value)) {
              value = value.apply();
            }
            if (this.options.keepNullAttributes && value == null) {
              this.attribs[name] = new XMLAttribute(this, name, "");
            } else if (value != null) {
              this.attribs[name] = new XMLAttribute(this, name, value);
            }
          }
          return this;
        };
        XMLElement2.prototype.removeAttribute = function(name) {
          var attName, j, len;
          if (name == null) {
            throw new Error("Missing attribute name. " + this.debugInfo());
          }
          name = getValue(name);
          if (Array.isArray(name)) {
            for (j = 0, len = name.length; j < len; j++) {
              attName = name[j];
              delete this.attribs[attName];
            }
          } else {
            delete this.attribs[name];
          }
          return this;
        };
        XMLElement2.prototype.toString = function(options) {
          return this.options.writer.element(this, this.options.writer.filterOptions(options));
        };
        XMLElement2.prototype.att = function(name, value) {
          return this.attribute(name, value);
        };
        XMLElement2.prototype.a = function(name, value) {
          return this.attribute(name, value);
        };
        XMLElement2.prototype.getAttribute = function(name) {
          if (this.attribs.hasOwnProperty(name)) {
            return this.attribs[name].value;
          } else {
            return null;
          }
        };
        XMLElement2.prototype.setAttribute = function(name, value) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.getAttributeNode = function(name) {
          if (this.attribs.hasOwnProperty(name)) {
            return this.attribs[name];
          } else {
            return null;
          }
        };
        XMLElement2.prototype.setAttributeNode = function(newAttr) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.removeAttributeNode = function(oldAttr) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.getElementsByTagName = function(name) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.getAttributeNS = function(namespaceURI, localName) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.setAttributeNS = function(namespaceURI, qualifiedName, value) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.removeAttributeNS = function(namespaceURI, localName) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.getAttributeNodeNS = function(namespaceURI, localName) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.setAttributeNodeNS = function(newAttr) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.getElementsByTagNameNS = function(namespaceURI, localName) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.hasAttribute = function(name) {
          return this.attribs.hasOwnProperty(name);
        };
        XMLElement2.prototype.hasAttributeNS = function(namespaceURI, localName) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.setIdAttribute = function(name, isId) {
          if (this.attribs.hasOwnProperty(name)) {
            return this.attribs[name].isId;
          } else {
            return isId;
          }
        };
        XMLElement2.prototype.setIdAttributeNS = function(namespaceURI, localName, isId) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.setIdAttributeNode = function(idAttr, isId) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.getElementsByTagName = function(tagname) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.getElementsByTagNameNS = function(namespaceURI, localName) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.getElementsByClassName = function(classNames) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLElement2.prototype.isEqualNode = function(node) {
          var i, j, ref1;
          if (!XMLElement2.__super__.isEqualNode.apply(this, arguments).isEqualNode(node)) {
            return false;
          }
          if (node.namespaceURI !== this.namespaceURI) {
            return false;
          }
          if (node.prefix !== this.prefix) {
            return false;
          }
          if (node.localName !== this.localName) {
            return false;
          }
          if (node.attribs.length !== this.attribs.length) {
            return false;
          }
          for (i = j = 0, ref1 = this.attribs.length - 1; 0 <= ref1 ? j <= ref1 : j >= ref1; i = 0 <= ref1 ? ++j : --j) {
            if (!this.attribs[i].isEqualNode(node.attribs[i])) {
              return false;
            }
          }
          return true;
        };
        return XMLElement2;
      })(XMLNode);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLCharacterData.js
var require_XMLCharacterData = __commonJS({
  "node_modules/xmlbuilder/lib/XMLCharacterData.js"(exports, module) {
    (function() {
      var XMLCharacterData, XMLNode, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      XMLNode = require_XMLNode();
      module.exports = XMLCharacterData = (function(superClass) {
        extend(XMLCharacterData2, superClass);
        function XMLCharacterData2(parent) {
          XMLCharacterData2.__super__.constructor.call(this, parent);
          this.value = "";
        }
        Object.defineProperty(XMLCharacterData2.prototype, "data", {
          get: function() {
            return this.value;
          },
          set: function(value) {
            return this.value = value || "";
          }
        });
        Object.defineProperty(XMLCharacterData2.prototype, "length", {
          get: function() {
            return this.value.length;
          }
        });
        Object.defineProperty(XMLCharacterData2.prototype, "textContent", {
          get: function() {
            return this.value;
          },
          set: function(value) {
            return this.value = value || "";
          }
        });
        XMLCharacterData2.prototype.clone = function() {
          return Object.create(this);
        };
        XMLCharacterData2.prototype.substringData = function(offset, count) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLCharacterData2.prototype.appendData = function(arg) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLCharacterData2.prototype.insertData = function(offset, arg) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLCharacterData2.prototype.deleteData = function(offset, count) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLCharacterData2.prototype.replaceData = function(offset, count, arg) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLCharacterData2.prototype.isEqualNode = function(node) {
          if (!XMLCharacterData2.__super__.isEqualNode.apply(this, arguments).isEqualNode(node)) {
            return false;
          }
          if (node.data !== this.data) {
            return false;
          }
          return true;
        };
        return XMLCharacterData2;
      })(XMLNode);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLCData.js
var require_XMLCData = __commonJS({
  "node_modules/xmlbuilder/lib/XMLCData.js"(exports, module) {
    (function() {
      var NodeType, XMLCData, XMLCharacterData, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      NodeType = require_NodeType();
      XMLCharacterData = require_XMLCharacterData();
      module.exports = XMLCData = (function(superClass) {
        extend(XMLCData2, superClass);
        function XMLCData2(parent, text) {
          XMLCData2.__super__.constructor.call(this, parent);
          if (text == null) {
            throw new Error("Missing CDATA text. " + this.debugInfo());
          }
          this.name = "#cdata-section";
          this.type = NodeType.CData;
          this.value = this.stringify.cdata(text);
        }
        XMLCData2.prototype.clone = function() {
          return Object.create(this);
        };
        XMLCData2.prototype.toString = function(options) {
          return this.options.writer.cdata(this, this.options.writer.filterOptions(options));
        };
        return XMLCData2;
      })(XMLCharacterData);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLComment.js
var require_XMLComment = __commonJS({
  "node_modules/xmlbuilder/lib/XMLComment.js"(exports, module) {
    (function() {
      var NodeType, XMLCharacterData, XMLComment, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      NodeType = require_NodeType();
      XMLCharacterData = require_XMLCharacterData();
      module.exports = XMLComment = (function(superClass) {
        extend(XMLComment2, superClass);
        function XMLComment2(parent, text) {
          XMLComment2.__super__.constructor.call(this, parent);
          if (text == null) {
            throw new Error("Missing comment text. " + this.debugInfo());
          }
          this.name = "#comment";
          this.type = NodeType.Comment;
          this.value = this.stringify.comment(text);
        }
        XMLComment2.prototype.clone = function() {
          return Object.create(this);
        };
        XMLComment2.prototype.toString = function(options) {
          return this.options.writer.comment(this, this.options.writer.filterOptions(options));
        };
        return XMLComment2;
      })(XMLCharacterData);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDeclaration.js
var require_XMLDeclaration = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDeclaration.js"(exports, module) {
    (function() {
      var NodeType, XMLDeclaration, XMLNode, isObject, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      isObject = require_Utility().isObject;
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      module.exports = XMLDeclaration = (function(superClass) {
        extend(XMLDeclaration2, superClass);
        function XMLDeclaration2(parent, version, encoding, standalone) {
          var ref;
          XMLDeclaration2.__super__.constructor.call(this, parent);
          if (isObject(version)) {
            ref = version, version = ref.version, encoding = ref.encoding, standalone = ref.standalone;
          }
          if (!version) {
            version = "1.0";
          }
          this.type = NodeType.Declaration;
          this.version = this.stringify.xmlVersion(version);
          if (encoding != null) {
            this.encoding = this.stringify.xmlEncoding(encoding);
          }
          if (standalone != null) {
            this.standalone = this.stringify.xmlStandalone(standalone);
          }
        }
        XMLDeclaration2.prototype.toString = function(options) {
          return this.options.writer.declaration(this, this.options.writer.filterOptions(options));
        };
        return XMLDeclaration2;
      })(XMLNode);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDTDAttList.js
var require_XMLDTDAttList = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDTDAttList.js"(exports, module) {
    (function() {
      var NodeType, XMLDTDAttList, XMLNode, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      module.exports = XMLDTDAttList = (function(superClass) {
        extend(XMLDTDAttList2, superClass);
        function XMLDTDAttList2(parent, elementName, attributeName, attributeType, defaultValueType, defaultValue) {
          XMLDTDAttList2.__super__.constructor.call(this, parent);
          if (elementName == null) {
            throw new Error("Missing DTD element name. " + this.debugInfo());
          }
          if (attributeName == null) {
            throw new Error("Missing DTD attribute name. " + this.debugInfo(elementName));
          }
          if (!attributeType) {
            throw new Error("Missing DTD attribute type. " + this.debugInfo(elementName));
          }
          if (!defaultValueType) {
            throw new Error("Missing DTD attribute default. " + this.debugInfo(elementName));
          }
          if (defaultValueType.indexOf("#") !== 0) {
            defaultValueType = "#" + defaultValueType;
          }
          if (!defaultValueType.match(/^(#REQUIRED|#IMPLIED|#FIXED|#DEFAULT)$/)) {
            throw new Error("Invalid default value type; expected: #REQUIRED, #IMPLIED, #FIXED or #DEFAULT. " + this.debugInfo(elementName));
          }
          if (defaultValue && !defaultValueType.match(/^(#FIXED|#DEFAULT)$/)) {
            throw new Error("Default value only applies to #FIXED or #DEFAULT. " + this.debugInfo(elementName));
          }
          this.elementName = this.stringify.name(elementName);
          this.type = NodeType.AttributeDeclaration;
          this.attributeName = this.stringify.name(attributeName);
          this.attributeType = this.stringify.dtdAttType(attributeType);
          if (defaultValue) {
            this.defaultValue = this.stringify.dtdAttDefault(defaultValue);
          }
          this.defaultValueType = defaultValueType;
        }
        XMLDTDAttList2.prototype.toString = function(options) {
          return this.options.writer.dtdAttList(this, this.options.writer.filterOptions(options));
        };
        return XMLDTDAttList2;
      })(XMLNode);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDTDEntity.js
var require_XMLDTDEntity = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDTDEntity.js"(exports, module) {
    (function() {
      var NodeType, XMLDTDEntity, XMLNode, isObject, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      isObject = require_Utility().isObject;
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      module.exports = XMLDTDEntity = (function(superClass) {
        extend(XMLDTDEntity2, superClass);
        function XMLDTDEntity2(parent, pe, name, value) {
          XMLDTDEntity2.__super__.constructor.call(this, parent);
          if (name == null) {
            throw new Error("Missing DTD entity name. " + this.debugInfo(name));
          }
          if (value == null) {
            throw new Error("Missing DTD entity value. " + this.debugInfo(name));
          }
          this.pe = !!pe;
          this.name = this.stringify.name(name);
          this.type = NodeType.EntityDeclaration;
          if (!isObject(value)) {
            this.value = this.stringify.dtdEntityValue(value);
            this.internal = true;
          } else {
            if (!value.pubID && !value.sysID) {
              throw new Error("Public and/or system identifiers are required for an external entity. " + this.debugInfo(name));
            }
            if (value.pubID && !value.sysID) {
              throw new Error("System identifier is required for a public external entity. " + this.debugInfo(name));
            }
            this.internal = false;
            if (value.pubID != null) {
              this.pubID = this.stringify.dtdPubID(value.pubID);
            }
            if (value.sysID != null) {
              this.sysID = this.stringify.dtdSysID(value.sysID);
            }
            if (value.nData != null) {
              this.nData = this.stringify.dtdNData(value.nData);
            }
            if (this.pe && this.nData) {
              throw new Error("Notation declaration is not allowed in a parameter entity. " + this.debugInfo(name));
            }
          }
        }
        Object.defineProperty(XMLDTDEntity2.prototype, "publicId", {
          get: function() {
            return this.pubID;
          }
        });
        Object.defineProperty(XMLDTDEntity2.prototype, "systemId", {
          get: function() {
            return this.sysID;
          }
        });
        Object.defineProperty(XMLDTDEntity2.prototype, "notationName", {
          get: function() {
            return this.nData || null;
          }
        });
        Object.defineProperty(XMLDTDEntity2.prototype, "inputEncoding", {
          get: function() {
            return null;
          }
        });
        Object.defineProperty(XMLDTDEntity2.prototype, "xmlEncoding", {
          get: function() {
            return null;
          }
        });
        Object.defineProperty(XMLDTDEntity2.prototype, "xmlVersion", {
          get: function() {
            return null;
          }
        });
        XMLDTDEntity2.prototype.toString = function(options) {
          return this.options.writer.dtdEntity(this, this.options.writer.filterOptions(options));
        };
        return XMLDTDEntity2;
      })(XMLNode);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDTDElement.js
var require_XMLDTDElement = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDTDElement.js"(exports, module) {
    (function() {
      var NodeType, XMLDTDElement, XMLNode, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      module.exports = XMLDTDElement = (function(superClass) {
        extend(XMLDTDElement2, superClass);
        function XMLDTDElement2(parent, name, value) {
          XMLDTDElement2.__super__.constructor.call(this, parent);
          if (name == null) {
            throw new Error("Missing DTD element name. " + this.debugInfo());
          }
          if (!value) {
            value = "(#PCDATA)";
          }
          if (Array.isArray(value)) {
            value = "(" + value.join(",") + ")";
          }
          this.name = this.stringify.name(name);
          this.type = NodeType.ElementDeclaration;
          this.value = this.stringify.dtdElementValue(value);
        }
        XMLDTDElement2.prototype.toString = function(options) {
          return this.options.writer.dtdElement(this, this.options.writer.filterOptions(options));
        };
        return XMLDTDElement2;
      })(XMLNode);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDTDNotation.js
var require_XMLDTDNotation = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDTDNotation.js"(exports, module) {
    (function() {
      var NodeType, XMLDTDNotation, XMLNode, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      module.exports = XMLDTDNotation = (function(superClass) {
        extend(XMLDTDNotation2, superClass);
        function XMLDTDNotation2(parent, name, value) {
          XMLDTDNotation2.__super__.constructor.call(this, parent);
          if (name == null) {
            throw new Error("Missing DTD notation name. " + this.debugInfo(name));
          }
          if (!value.pubID && !value.sysID) {
            throw new Error("Public or system identifiers are required for an external entity. " + this.debugInfo(name));
          }
          this.name = this.stringify.name(name);
          this.type = NodeType.NotationDeclaration;
          if (value.pubID != null) {
            this.pubID = this.stringify.dtdPubID(value.pubID);
          }
          if (value.sysID != null) {
            this.sysID = this.stringify.dtdSysID(value.sysID);
          }
        }
        Object.defineProperty(XMLDTDNotation2.prototype, "publicId", {
          get: function() {
            return this.pubID;
          }
        });
        Object.defineProperty(XMLDTDNotation2.prototype, "systemId", {
          get: function() {
            return this.sysID;
          }
        });
        XMLDTDNotation2.prototype.toString = function(options) {
          return this.options.writer.dtdNotation(this, this.options.writer.filterOptions(options));
        };
        return XMLDTDNotation2;
      })(XMLNode);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDocType.js
var require_XMLDocType = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDocType.js"(exports, module) {
    (function() {
      var NodeType, XMLDTDAttList, XMLDTDElement, XMLDTDEntity, XMLDTDNotation, XMLDocType, XMLNamedNodeMap, XMLNode, isObject, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      isObject = require_Utility().isObject;
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      XMLDTDAttList = require_XMLDTDAttList();
      XMLDTDEntity = require_XMLDTDEntity();
      XMLDTDElement = require_XMLDTDElement();
      XMLDTDNotation = require_XMLDTDNotation();
      XMLNamedNodeMap = require_XMLNamedNodeMap();
      module.exports = XMLDocType = (function(superClass) {
        extend(XMLDocType2, superClass);
        function XMLDocType2(parent, pubID, sysID) {
          var child, i, len, ref, ref1, ref2;
          XMLDocType2.__super__.constructor.call(this, parent);
          this.type = NodeType.DocType;
          if (parent.children) {
            ref = parent.children;
            for (i = 0, len = ref.length; i < len; i++) {
              child = ref[i];
              if (child.type === NodeType.Element) {
                this.name = child.name;
                break;
              }
            }
          }
          this.documentObject = parent;
          if (isObject(pubID)) {
            ref1 = pubID, pubID = ref1.pubID, sysID = ref1.sysID;
          }
          if (sysID == null) {
            ref2 = [pubID, sysID], sysID = ref2[0], pubID = ref2[1];
          }
          if (pubID != null) {
            this.pubID = this.stringify.dtdPubID(pubID);
          }
          if (sysID != null) {
            this.sysID = this.stringify.dtdSysID(sysID);
          }
        }
        Object.defineProperty(XMLDocType2.prototype, "entities", {
          get: function() {
            var child, i, len, nodes, ref;
            nodes = {};
            ref = this.children;
            for (i = 0, len = ref.length; i < len; i++) {
              child = ref[i];
              if (child.type === NodeType.EntityDeclaration && !child.pe) {
                nodes[child.name] = child;
              }
            }
            return new XMLNamedNodeMap(nodes);
          }
        });
        Object.defineProperty(XMLDocType2.prototype, "notations", {
          get: function() {
            var child, i, len, nodes, ref;
            nodes = {};
            ref = this.children;
            for (i = 0, len = ref.length; i < len; i++) {
              child = ref[i];
              if (child.type === NodeType.NotationDeclaration) {
                nodes[child.name] = child;
              }
            }
            return new XMLNamedNodeMap(nodes);
          }
        });
        Object.defineProperty(XMLDocType2.prototype, "publicId", {
          get: function() {
            return this.pubID;
          }
        });
        Object.defineProperty(XMLDocType2.prototype, "systemId", {
          get: function() {
            return this.sysID;
          }
        });
        Object.defineProperty(XMLDocType2.prototype, "internalSubset", {
          get: function() {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
        });
        XMLDocType2.prototype.element = function(name, value) {
          var child;
          child = new XMLDTDElement(this, name, value);
          this.children.push(child);
          return this;
        };
        XMLDocType2.prototype.attList = function(elementName, attributeName, attributeType, defaultValueType, defaultValue) {
          var child;
          child = new XMLDTDAttList(this, elementName, attributeName, attributeType, defaultValueType, defaultValue);
          this.children.push(child);
          return this;
        };
        XMLDocType2.prototype.entity = function(name, value) {
          var child;
          child = new XMLDTDEntity(this, false, name, value);
          this.children.push(child);
          return this;
        };
        XMLDocType2.prototype.pEntity = function(name, value) {
          var child;
          child = new XMLDTDEntity(this, true, name, value);
          this.children.push(child);
          return this;
        };
        XMLDocType2.prototype.notation = function(name, value) {
          var child;
          child = new XMLDTDNotation(this, name, value);
          this.children.push(child);
          return this;
        };
        XMLDocType2.prototype.toString = function(options) {
          return this.options.writer.docType(this, this.options.writer.filterOptions(options));
        };
        XMLDocType2.prototype.ele = function(name, value) {
          return this.element(name, value);
        };
        XMLDocType2.prototype.att = function(elementName, attributeName, attributeType, defaultValueType, defaultValue) {
          return this.attList(elementName, attributeName, attributeType, defaultValueType, defaultValue);
        };
        XMLDocType2.prototype.ent = function(name, value) {
          return this.entity(name, value);
        };
        XMLDocType2.prototype.pent = function(name, value) {
          return this.pEntity(name, value);
        };
        XMLDocType2.prototype.not = function(name, value) {
          return this.notation(name, value);
        };
        XMLDocType2.prototype.up = function() {
          return this.root() || this.documentObject;
        };
        XMLDocType2.prototype.isEqualNode = function(node) {
          if (!XMLDocType2.__super__.isEqualNode.apply(this, arguments).isEqualNode(node)) {
            return false;
          }
          if (node.name !== this.name) {
            return false;
          }
          if (node.publicId !== this.publicId) {
            return false;
          }
          if (node.systemId !== this.systemId) {
            return false;
          }
          return true;
        };
        return XMLDocType2;
      })(XMLNode);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLRaw.js
var require_XMLRaw = __commonJS({
  "node_modules/xmlbuilder/lib/XMLRaw.js"(exports, module) {
    (function() {
      var NodeType, XMLNode, XMLRaw, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      NodeType = require_NodeType();
      XMLNode = require_XMLNode();
      module.exports = XMLRaw = (function(superClass) {
        extend(XMLRaw2, superClass);
        function XMLRaw2(parent, text) {
          XMLRaw2.__super__.constructor.call(this, parent);
          if (text == null) {
            throw new Error("Missing raw text. " + this.debugInfo());
          }
          this.type = NodeType.Raw;
          this.value = this.stringify.raw(text);
        }
        XMLRaw2.prototype.clone = function() {
          return Object.create(this);
        };
        XMLRaw2.prototype.toString = function(options) {
          return this.options.writer.raw(this, this.options.writer.filterOptions(options));
        };
        return XMLRaw2;
      })(XMLNode);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLText.js
var require_XMLText = __commonJS({
  "node_modules/xmlbuilder/lib/XMLText.js"(exports, module) {
    (function() {
      var NodeType, XMLCharacterData, XMLText, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      NodeType = require_NodeType();
      XMLCharacterData = require_XMLCharacterData();
      module.exports = XMLText = (function(superClass) {
        extend(XMLText2, superClass);
        function XMLText2(parent, text) {
          XMLText2.__super__.constructor.call(this, parent);
          if (text == null) {
            throw new Error("Missing element text. " + this.debugInfo());
          }
          this.name = "#text";
          this.type = NodeType.Text;
          this.value = this.stringify.text(text);
        }
        Object.defineProperty(XMLText2.prototype, "isElementContentWhitespace", {
          get: function() {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
        });
        Object.defineProperty(XMLText2.prototype, "wholeText", {
          get: function() {
            var next, prev, str;
            str = "";
            prev = this.previousSibling;
            while (prev) {
              str = prev.data + str;
              prev = prev.previousSibling;
            }
            str += this.data;
            next = this.nextSibling;
            while (next) {
              str = str + next.data;
              next = next.nextSibling;
            }
            return str;
          }
        });
        XMLText2.prototype.clone = function() {
          return Object.create(this);
        };
        XMLText2.prototype.toString = function(options) {
          return this.options.writer.text(this, this.options.writer.filterOptions(options));
        };
        XMLText2.prototype.splitText = function(offset) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLText2.prototype.replaceWholeText = function(content) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        return XMLText2;
      })(XMLCharacterData);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLProcessingInstruction.js
var require_XMLProcessingInstruction = __commonJS({
  "node_modules/xmlbuilder/lib/XMLProcessingInstruction.js"(exports, module) {
    (function() {
      var NodeType, XMLCharacterData, XMLProcessingInstruction, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      NodeType = require_NodeType();
      XMLCharacterData = require_XMLCharacterData();
      module.exports = XMLProcessingInstruction = (function(superClass) {
        extend(XMLProcessingInstruction2, superClass);
        function XMLProcessingInstruction2(parent, target, value) {
          XMLProcessingInstruction2.__super__.constructor.call(this, parent);
          if (target == null) {
            throw new Error("Missing instruction target. " + this.debugInfo());
          }
          this.type = NodeType.ProcessingInstruction;
          this.target = this.stringify.insTarget(target);
          this.name = this.target;
          if (value) {
            this.value = this.stringify.insValue(value);
          }
        }
        XMLProcessingInstruction2.prototype.clone = function() {
          return Object.create(this);
        };
        XMLProcessingInstruction2.prototype.toString = function(options) {
          return this.options.writer.processingInstruction(this, this.options.writer.filterOptions(options));
        };
        XMLProcessingInstruction2.prototype.isEqualNode = function(node) {
          if (!XMLProcessingInstruction2.__super__.isEqualNode.apply(this, arguments).isEqualNode(node)) {
            return false;
          }
          if (node.target !== this.target) {
            return false;
          }
          return true;
        };
        return XMLProcessingInstruction2;
      })(XMLCharacterData);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDummy.js
var require_XMLDummy = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDummy.js"(exports, module) {
    (function() {
      var NodeType, XMLDummy, XMLNode, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      module.exports = XMLDummy = (function(superClass) {
        extend(XMLDummy2, superClass);
        function XMLDummy2(parent) {
          XMLDummy2.__super__.constructor.call(this, parent);
          this.type = NodeType.Dummy;
        }
        XMLDummy2.prototype.clone = function() {
          return Object.create(this);
        };
        XMLDummy2.prototype.toString = function(options) {
          return "";
        };
        return XMLDummy2;
      })(XMLNode);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLNodeList.js
var require_XMLNodeList = __commonJS({
  "node_modules/xmlbuilder/lib/XMLNodeList.js"(exports, module) {
    (function() {
      var XMLNodeList;
      module.exports = XMLNodeList = (function() {
        function XMLNodeList2(nodes) {
          this.nodes = nodes;
        }
        Object.defineProperty(XMLNodeList2.prototype, "length", {
          get: function() {
            return this.nodes.length || 0;
          }
        });
        XMLNodeList2.prototype.clone = function() {
          return this.nodes = null;
        };
        XMLNodeList2.prototype.item = function(index) {
          return this.nodes[index] || null;
        };
        return XMLNodeList2;
      })();
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/DocumentPosition.js
var require_DocumentPosition = __commonJS({
  "node_modules/xmlbuilder/lib/DocumentPosition.js"(exports, module) {
    (function() {
      module.exports = {
        Disconnected: 1,
        Preceding: 2,
        Following: 4,
        Contains: 8,
        ContainedBy: 16,
        ImplementationSpecific: 32
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLNode.js
var require_XMLNode = __commonJS({
  "node_modules/xmlbuilder/lib/XMLNode.js"(exports, module) {
    (function() {
      var DocumentPosition, NodeType, XMLCData, XMLComment, XMLDeclaration, XMLDocType, XMLDummy, XMLElement, XMLNamedNodeMap, XMLNode, XMLNodeList, XMLProcessingInstruction, XMLRaw, XMLText, getValue, isEmpty, isFunction, isObject, ref1, hasProp = {}.hasOwnProperty;
      ref1 = require_Utility(), isObject = ref1.isObject, isFunction = ref1.isFunction, isEmpty = ref1.isEmpty, getValue = ref1.getValue;
      XMLElement = null;
      XMLCData = null;
      XMLComment = null;
      XMLDeclaration = null;
      XMLDocType = null;
      XMLRaw = null;
      XMLText = null;
      XMLProcessingInstruction = null;
      XMLDummy = null;
      NodeType = null;
      XMLNodeList = null;
      XMLNamedNodeMap = null;
      DocumentPosition = null;
      module.exports = XMLNode = (function() {
        function XMLNode2(parent1) {
          this.parent = parent1;
          if (this.parent) {
            this.options = this.parent.options;
            this.stringify = this.parent.stringify;
          }
          this.value = null;
          this.children = [];
          this.baseURI = null;
          if (!XMLElement) {
            XMLElement = require_XMLElement();
            XMLCData = require_XMLCData();
            XMLComment = require_XMLComment();
            XMLDeclaration = require_XMLDeclaration();
            XMLDocType = require_XMLDocType();
            XMLRaw = require_XMLRaw();
            XMLText = require_XMLText();
            XMLProcessingInstruction = require_XMLProcessingInstruction();
            XMLDummy = require_XMLDummy();
            NodeType = require_NodeType();
            XMLNodeList = require_XMLNodeList();
            XMLNamedNodeMap = require_XMLNamedNodeMap();
            DocumentPosition = require_DocumentPosition();
          }
        }
        Object.defineProperty(XMLNode2.prototype, "nodeName", {
          get: function() {
            return this.name;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "nodeType", {
          get: function() {
            return this.type;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "nodeValue", {
          get: function() {
            return this.value;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "parentNode", {
          get: function() {
            return this.parent;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "childNodes", {
          get: function() {
            if (!this.childNodeList || !this.childNodeList.nodes) {
              this.childNodeList = new XMLNodeList(this.children);
            }
            return this.childNodeList;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "firstChild", {
          get: function() {
            return this.children[0] || null;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "lastChild", {
          get: function() {
            return this.children[this.children.length - 1] || null;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "previousSibling", {
          get: function() {
            var i;
            i = this.parent.children.indexOf(this);
            return this.parent.children[i - 1] || null;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "nextSibling", {
          get: function() {
            var i;
            i = this.parent.children.indexOf(this);
            return this.parent.children[i + 1] || null;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "ownerDocument", {
          get: function() {
            return this.document() || null;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "textContent", {
          get: function() {
            var child, j, len, ref2, str;
            if (this.nodeType === NodeType.Element || this.nodeType === NodeType.DocumentFragment) {
              str = "";
              ref2 = this.children;
              for (j = 0, len = ref2.length; j < len; j++) {
                child = ref2[j];
                if (child.textContent) {
                  str += child.textContent;
                }
              }
              return str;
            } else {
              return null;
            }
          },
          set: function(value) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
        });
        XMLNode2.prototype.setParent = function(parent) {
          var child, j, len, ref2, results;
          this.parent = parent;
          if (parent) {
            this.options = parent.options;
            this.stringify = parent.stringify;
          }
          ref2 = this.children;
          results = [];
          for (j = 0, len = ref2.length; j < len; j++) {
            child = ref2[j];
            results.push(child.setParent(this));
          }
          return results;
        };
        XMLNode2.prototype.element = function(name, attributes, text) {
          var childNode, item, j, k, key, lastChild, len, len1, ref2, ref3, val;
          lastChild = null;
          if (attributes === null && text == null) {
            ref2 = [{}, null], attributes = ref2[0], text = ref2[1];
          }
          if (attributes == null) {
            attributes = {};
          }
          attributes = getValue(attributes);
          if (!isObject(attributes)) {
            ref3 = [attributes, text], text = ref3[0], attributes = ref3[1];
          }
          if (name != null) {
            name = getValue(name);
          }
          if (Array.isArray(name)) {
            for (j = 0, len = name.length; j < len; j++) {
              item = name[j];
              lastChild = this.element(item);
            }
          } else if (isFunction(name)) {
            lastChild = this.element(name.apply());
          } else if (isObject(name)) {
            for (key in name) {
              if (!hasProp.call(name, key)) continue;
              val = name[key];
              if (isFunction(val)) {
                val = val.apply();
              }
              if (!this.options.ignoreDecorators && this.stringify.convertAttKey && key.indexOf(this.stringify.convertAttKey) === 0) {
                lastChild = this.attribute(key.substr(this.stringify.convertAttKey.length), val);
              } else if (!this.options.separateArrayItems && Array.isArray(val) && isEmpty(val)) {
                lastChild = this.dummy();
              } else if (isObject(val) && isEmpty(val)) {
                lastChild = this.element(key);
              } else if (!this.options.keepNullNodes && val == null) {
                lastChild = this.dummy();
              } else if (!this.options.separateArrayItems && Array.isArray(val)) {
                for (k = 0, len1 = val.length; k < len1; k++) {
                  item = val[k];
                  childNode = {};
                  childNode[key] = item;
                  lastChild = this.element(childNode);
                }
              } else if (isObject(val)) {
                if (!this.options.ignoreDecorators && this.stringify.convertTextKey && key.indexOf(this.stringify.convertTextKey) === 0) {
                  lastChild = this.element(val);
                } else {
                  lastChild = this.element(key);
                  lastChild.element(val);
                }
              } else {
                lastChild = this.element(key, val);
              }
            }
          } else if (!this.options.keepNullNodes && text === null) {
            lastChild = this.dummy();
          } else {
            if (!this.options.ignoreDecorators && this.stringify.convertTextKey && name.indexOf(this.stringify.convertTextKey) === 0) {
              lastChild = this.text(text);
            } else if (!this.options.ignoreDecorators && this.stringify.convertCDataKey && name.indexOf(this.stringify.convertCDataKey) === 0) {
              lastChild = this.cdata(text);
            } else if (!this.options.ignoreDecorators && this.stringify.convertCommentKey && name.indexOf(this.stringify.convertCommentKey) === 0) {
              lastChild = this.comment(text);
            } else if (!this.options.ignoreDecorators && this.stringify.convertRawKey && name.indexOf(this.stringify.convertRawKey) === 0) {
              lastChild = this.raw(text);
            } else if (!this.options.ignoreDecorators && this.stringify.convertPIKey && name.indexOf(this.stringify.convertPIKey) === 0) {
              lastChild = this.instruction(name.substr(this.stringify.convertPIKey.length), text);
            } else {
              lastChild = this.node(name, attributes, text);
            }
          }
          if (lastChild == null) {
            throw new Error("Could not create any elements with: " + name + ". " + this.debugInfo());
          }
          return lastChild;
        };
        XMLNode2.prototype.insertBefore = function(name, attributes, text) {
          var child, i, newChild, refChild, removed;
          if (name != null ? name.type : void 0) {
            newChild = name;
            refChild = attributes;
            newChild.setParent(this);
            if (refChild) {
              i = children.indexOf(refChild);
              removed = children.splice(i);
              children.push(newChild);
              Array.prototype.push.apply(children, removed);
            } else {
              children.push(newChild);
            }
            return newChild;
          } else {
            if (this.isRoot) {
              throw new Error("Cannot insert elements at root level. " + this.debugInfo(name));
            }
            i = this.parent.children.indexOf(this);
            removed = this.parent.children.splice(i);
            child = this.parent.element(name, attributes, text);
            Array.prototype.push.apply(this.parent.children, removed);
            return child;
          }
        };
        XMLNode2.prototype.insertAfter = function(name, attributes, text) {
          var child, i, removed;
          if (this.isRoot) {
            throw new Error("Cannot insert elements at root level. " + this.debugInfo(name));
          }
          i = this.parent.children.indexOf(this);
          removed = this.parent.children.splice(i + 1);
          child = this.parent.element(name, attributes, text);
          Array.prototype.push.apply(this.parent.children, removed);
          return child;
        };
        XMLNode2.prototype.remove = function() {
          var i, ref2;
          if (this.isRoot) {
            throw new Error("Cannot remove the root element. " + this.debugInfo());
          }
          i = this.parent.children.indexOf(this);
          [].splice.apply(this.parent.children, [i, i - i + 1].concat(ref2 = [])), ref2;
          return this.parent;
        };
        XMLNode2.prototype.node = function(name, attributes, text) {
          var child, ref2;
          if (name != null) {
            name = getValue(name);
          }
          attributes || (attributes = {});
          attributes = getValue(attributes);
          if (!isObject(attributes)) {
            ref2 = [attributes, text], text = ref2[0], attributes = ref2[1];
          }
          child = new XMLElement(this, name, attributes);
          if (text != null) {
            child.text(text);
          }
          this.children.push(child);
          return child;
        };
        XMLNode2.prototype.text = function(value) {
          var child;
          if (isObject(value)) {
            this.element(value);
          }
          child = new XMLText(this, value);
          this.children.push(child);
          return this;
        };
        XMLNode2.prototype.cdata = function(value) {
          var child;
          child = new XMLCData(this, value);
          this.children.push(child);
          return this;
        };
        XMLNode2.prototype.comment = function(value) {
          var child;
          child = new XMLComment(this, value);
          this.children.push(child);
          return this;
        };
        XMLNode2.prototype.commentBefore = function(value) {
          var child, i, removed;
          i = this.parent.children.indexOf(this);
          removed = this.parent.children.splice(i);
          child = this.parent.comment(value);
          Array.prototype.push.apply(this.parent.children, removed);
          return this;
        };
        XMLNode2.prototype.commentAfter = function(value) {
          var child, i, removed;
          i = this.parent.children.indexOf(this);
          removed = this.parent.children.splice(i + 1);
          child = this.parent.comment(value);
          Array.prototype.push.apply(this.parent.children, removed);
          return this;
        };
        XMLNode2.prototype.raw = function(value) {
          var child;
          child = new XMLRaw(this, value);
          this.children.push(child);
          return this;
        };
        XMLNode2.prototype.dummy = function() {
          var child;
          child = new XMLDummy(this);
          return child;
        };
        XMLNode2.prototype.instruction = function(target, value) {
          var insTarget, insValue, instruction, j, len;
          if (target != null) {
            target = getValue(target);
          }
          if (value != null) {
            value = getValue(value);
          }
          if (Array.isArray(target)) {
            for (j = 0, len = target.length; j < len; j++) {
              insTarget = target[j];
              this.instruction(insTarget);
            }
          } else if (isObject(target)) {
            for (insTarget in target) {
              if (!hasProp.call(target, insTarget)) continue;
              insValue = target[insTarget];
              this.instruction(insTarget, insValue);
            }
          } else {
            if (isFunction(value)) {
              value = value.apply();
            }
            instruction = new XMLProcessingInstruction(this, target, value);
            this.children.push(instruction);
          }
          return this;
        };
        XMLNode2.prototype.instructionBefore = function(target, value) {
          var child, i, removed;
          i = this.parent.children.indexOf(this);
          removed = this.parent.children.splice(i);
          child = this.parent.instruction(target, value);
          Array.prototype.push.apply(this.parent.children, removed);
          return this;
        };
        XMLNode2.prototype.instructionAfter = function(target, value) {
          var child, i, removed;
          i = this.parent.children.indexOf(this);
          removed = this.parent.children.splice(i + 1);
          child = this.parent.instruction(target, value);
          Array.prototype.push.apply(this.parent.children, removed);
          return this;
        };
        XMLNode2.prototype.declaration = function(version, encoding, standalone) {
          var doc, xmldec;
          doc = this.document();
          xmldec = new XMLDeclaration(doc, version, encoding, standalone);
          if (doc.children.length === 0) {
            doc.children.unshift(xmldec);
          } else if (doc.children[0].type === NodeType.Declaration) {
            doc.children[0] = xmldec;
          } else {
            doc.children.unshift(xmldec);
          }
          return doc.root() || doc;
        };
        XMLNode2.prototype.dtd = function(pubID, sysID) {
          var child, doc, doctype, i, j, k, len, len1, ref2, ref3;
          doc = this.document();
          doctype = new XMLDocType(doc, pubID, sysID);
          ref2 = doc.children;
          for (i = j = 0, len = ref2.length; j < len; i = ++j) {
            child = ref2[i];
            if (child.type === NodeType.DocType) {
              doc.children[i] = doctype;
              return doctype;
            }
          }
          ref3 = doc.children;
          for (i = k = 0, len1 = ref3.length; k < len1; i = ++k) {
            child = ref3[i];
            if (child.isRoot) {
              doc.children.splice(i, 0, doctype);
              return doctype;
            }
          }
          doc.children.push(doctype);
          return doctype;
        };
        XMLNode2.prototype.up = function() {
          if (this.isRoot) {
            throw new Error("The root node has no parent. Use doc() if you need to get the document object.");
          }
          return this.parent;
        };
        XMLNode2.prototype.root = function() {
          var node;
          node = this;
          while (node) {
            if (node.type === NodeType.Document) {
              return node.rootObject;
            } else if (node.isRoot) {
              return node;
            } else {
              node = node.parent;
            }
          }
        };
        XMLNode2.prototype.document = function() {
          var node;
          node = this;
          while (node) {
            if (node.type === NodeType.Document) {
              return node;
            } else {
              node = node.parent;
            }
          }
        };
        XMLNode2.prototype.end = function(options) {
          return this.document().end(options);
        };
        XMLNode2.prototype.prev = function() {
          var i;
          i = this.parent.children.indexOf(this);
          if (i < 1) {
            throw new Error("Already at the first node. " + this.debugInfo());
          }
          return this.parent.children[i - 1];
        };
        XMLNode2.prototype.next = function() {
          var i;
          i = this.parent.children.indexOf(this);
          if (i === -1 || i === this.parent.children.length - 1) {
            throw new Error("Already at the last node. " + this.debugInfo());
          }
          return this.parent.children[i + 1];
        };
        XMLNode2.prototype.importDocument = function(doc) {
          var clonedRoot;
          clonedRoot = doc.root().clone();
          clonedRoot.parent = this;
          clonedRoot.isRoot = false;
          this.children.push(clonedRoot);
          return this;
        };
        XMLNode2.prototype.debugInfo = function(name) {
          var ref2, ref3;
          name = name || this.name;
          if (name == null && !((ref2 = this.parent) != null ? ref2.name : void 0)) {
            return "";
          } else if (name == null) {
            return "parent: <" + this.parent.name + ">";
          } else if (!((ref3 = this.parent) != null ? ref3.name : void 0)) {
            return "node: <" + name + ">";
          } else {
            return "node: <" + name + ">, parent: <" + this.parent.name + ">";
          }
        };
        XMLNode2.prototype.ele = function(name, attributes, text) {
          return this.element(name, attributes, text);
        };
        XMLNode2.prototype.nod = function(name, attributes, text) {
          return this.node(name, attributes, text);
        };
        XMLNode2.prototype.txt = function(value) {
          return this.text(value);
        };
        XMLNode2.prototype.dat = function(value) {
          return this.cdata(value);
        };
        XMLNode2.prototype.com = function(value) {
          return this.comment(value);
        };
        XMLNode2.prototype.ins = function(target, value) {
          return this.instruction(target, value);
        };
        XMLNode2.prototype.doc = function() {
          return this.document();
        };
        XMLNode2.prototype.dec = function(version, encoding, standalone) {
          return this.declaration(version, encoding, standalone);
        };
        XMLNode2.prototype.e = function(name, attributes, text) {
          return this.element(name, attributes, text);
        };
        XMLNode2.prototype.n = function(name, attributes, text) {
          return this.node(name, attributes, text);
        };
        XMLNode2.prototype.t = function(value) {
          return this.text(value);
        };
        XMLNode2.prototype.d = function(value) {
          return this.cdata(value);
        };
        XMLNode2.prototype.c = function(value) {
          return this.comment(value);
        };
        XMLNode2.prototype.r = function(value) {
          return this.raw(value);
        };
        XMLNode2.prototype.i = function(target, value) {
          return this.instruction(target, value);
        };
        XMLNode2.prototype.u = function() {
          return this.up();
        };
        XMLNode2.prototype.importXMLBuilder = function(doc) {
          return this.importDocument(doc);
        };
        XMLNode2.prototype.replaceChild = function(newChild, oldChild) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLNode2.prototype.removeChild = function(oldChild) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLNode2.prototype.appendChild = function(newChild) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLNode2.prototype.hasChildNodes = function() {
          return this.children.length !== 0;
        };
        XMLNode2.prototype.cloneNode = function(deep) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLNode2.prototype.normalize = function() {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLNode2.prototype.isSupported = function(feature, version) {
          return true;
        };
        XMLNode2.prototype.hasAttributes = function() {
          return this.attribs.length !== 0;
        };
        XMLNode2.prototype.compareDocumentPosition = function(other) {
          var ref, res;
          ref = this;
          if (ref === other) {
            return 0;
          } else if (this.document() !== other.document()) {
            res = DocumentPosition.Disconnected | DocumentPosition.ImplementationSpecific;
            if (Math.random() < 0.5) {
              res |= DocumentPosition.Preceding;
            } else {
              res |= DocumentPosition.Following;
            }
            return res;
          } else if (ref.isAncestor(other)) {
            return DocumentPosition.Contains | DocumentPosition.Preceding;
          } else if (ref.isDescendant(other)) {
            return DocumentPosition.Contains | DocumentPosition.Following;
          } else if (ref.isPreceding(other)) {
            return DocumentPosition.Preceding;
          } else {
            return DocumentPosition.Following;
          }
        };
        XMLNode2.prototype.isSameNode = function(other) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLNode2.prototype.lookupPrefix = function(namespaceURI) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLNode2.prototype.isDefaultNamespace = function(namespaceURI) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLNode2.prototype.lookupNamespaceURI = function(prefix) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLNode2.prototype.isEqualNode = function(node) {
          var i, j, ref2;
          if (node.nodeType !== this.nodeType) {
            return false;
          }
          if (node.children.length !== this.children.length) {
            return false;
          }
          for (i = j = 0, ref2 = this.children.length - 1; 0 <= ref2 ? j <= ref2 : j >= ref2; i = 0 <= ref2 ? ++j : --j) {
            if (!this.children[i].isEqualNode(node.children[i])) {
              return false;
            }
          }
          return true;
        };
        XMLNode2.prototype.getFeature = function(feature, version) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLNode2.prototype.setUserData = function(key, data, handler) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLNode2.prototype.getUserData = function(key) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLNode2.prototype.contains = function(other) {
          if (!other) {
            return false;
          }
          return other === this || this.isDescendant(other);
        };
        XMLNode2.prototype.isDescendant = function(node) {
          var child, isDescendantChild, j, len, ref2;
          ref2 = this.children;
          for (j = 0, len = ref2.length; j < len; j++) {
            child = ref2[j];
            if (node === child) {
              return true;
            }
            isDescendantChild = child.isDescendant(node);
            if (isDescendantChild) {
              return true;
            }
          }
          return false;
        };
        XMLNode2.prototype.isAncestor = function(node) {
          return node.isDescendant(this);
        };
        XMLNode2.prototype.isPreceding = function(node) {
          var nodePos, thisPos;
          nodePos = this.treePosition(node);
          thisPos = this.treePosition(this);
          if (nodePos === -1 || thisPos === -1) {
            return false;
          } else {
            return nodePos < thisPos;
          }
        };
        XMLNode2.prototype.isFollowing = function(node) {
          var nodePos, thisPos;
          nodePos = this.treePosition(node);
          thisPos = this.treePosition(this);
          if (nodePos === -1 || thisPos === -1) {
            return false;
          } else {
            return nodePos > thisPos;
          }
        };
        XMLNode2.prototype.treePosition = function(node) {
          var found, pos;
          pos = 0;
          found = false;
          this.foreachTreeNode(this.document(), function(childNode) {
            pos++;
            if (!found && childNode === node) {
              return found = true;
            }
          });
          if (found) {
            return pos;
          } else {
            return -1;
          }
        };
        XMLNode2.prototype.foreachTreeNode = function(node, func) {
          var child, j, len, ref2, res;
          node || (node = this.document());
          ref2 = node.children;
          for (j = 0, len = ref2.length; j < len; j++) {
            child = ref2[j];
            if (res = func(child)) {
              return res;
            } else {
              res = this.foreachTreeNode(child, func);
              if (res) {
                return res;
              }
            }
          }
        };
        return XMLNode2;
      })();
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLStringifier.js
var require_XMLStringifier = __commonJS({
  "node_modules/xmlbuilder/lib/XMLStringifier.js"(exports, module) {
    (function() {
      var XMLStringifier, bind = function(fn, me) {
        return function() {
          return fn.apply(me, arguments);
        };
      }, hasProp = {}.hasOwnProperty;
      module.exports = XMLStringifier = (function() {
        function XMLStringifier2(options) {
          this.assertLegalName = bind(this.assertLegalName, this);
          this.assertLegalChar = bind(this.assertLegalChar, this);
          var key, ref, value;
          options || (options = {});
          this.options = options;
          if (!this.options.version) {
            this.options.version = "1.0";
          }
          ref = options.stringify || {};
          for (key in ref) {
            if (!hasProp.call(ref, key)) continue;
            value = ref[key];
            this[key] = value;
          }
        }
        XMLStringifier2.prototype.name = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          return this.assertLegalName("" + val || "");
        };
        XMLStringifier2.prototype.text = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          return this.assertLegalChar(this.textEscape("" + val || ""));
        };
        XMLStringifier2.prototype.cdata = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          val = "" + val || "";
          val = val.replace("]]>", "]]]]><![CDATA[>");
          return this.assertLegalChar(val);
        };
        XMLStringifier2.prototype.comment = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          val = "" + val || "";
          if (val.match(/--/)) {
            throw new Error("Comment text cannot contain double-hypen: " + val);
          }
          return this.assertLegalChar(val);
        };
        XMLStringifier2.prototype.raw = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          return "" + val || "";
        };
        XMLStringifier2.prototype.attValue = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          return this.assertLegalChar(this.attEscape(val = "" + val || ""));
        };
        XMLStringifier2.prototype.insTarget = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          return this.assertLegalChar("" + val || "");
        };
        XMLStringifier2.prototype.insValue = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          val = "" + val || "";
          if (val.match(/\?>/)) {
            throw new Error("Invalid processing instruction value: " + val);
          }
          return this.assertLegalChar(val);
        };
        XMLStringifier2.prototype.xmlVersion = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          val = "" + val || "";
          if (!val.match(/1\.[0-9]+/)) {
            throw new Error("Invalid version number: " + val);
          }
          return val;
        };
        XMLStringifier2.prototype.xmlEncoding = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          val = "" + val || "";
          if (!val.match(/^[A-Za-z](?:[A-Za-z0-9._-])*$/)) {
            throw new Error("Invalid encoding: " + val);
          }
          return this.assertLegalChar(val);
        };
        XMLStringifier2.prototype.xmlStandalone = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          if (val) {
            return "yes";
          } else {
            return "no";
          }
        };
        XMLStringifier2.prototype.dtdPubID = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          return this.assertLegalChar("" + val || "");
        };
        XMLStringifier2.prototype.dtdSysID = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          return this.assertLegalChar("" + val || "");
        };
        XMLStringifier2.prototype.dtdElementValue = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          return this.assertLegalChar("" + val || "");
        };
        XMLStringifier2.prototype.dtdAttType = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          return this.assertLegalChar("" + val || "");
        };
        XMLStringifier2.prototype.dtdAttDefault = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          return this.assertLegalChar("" + val || "");
        };
        XMLStringifier2.prototype.dtdEntityValue = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          return this.assertLegalChar("" + val || "");
        };
        XMLStringifier2.prototype.dtdNData = function(val) {
          if (this.options.noValidation) {
            return val;
          }
          return this.assertLegalChar("" + val || "");
        };
        XMLStringifier2.prototype.convertAttKey = "@";
        XMLStringifier2.prototype.convertPIKey = "?";
        XMLStringifier2.prototype.convertTextKey = "#text";
        XMLStringifier2.prototype.convertCDataKey = "#cdata";
        XMLStringifier2.prototype.convertCommentKey = "#comment";
        XMLStringifier2.prototype.convertRawKey = "#raw";
        XMLStringifier2.prototype.assertLegalChar = function(str) {
          var regex, res;
          if (this.options.noValidation) {
            return str;
          }
          regex = "";
          if (this.options.version === "1.0") {
            regex = /[\0-\x08\x0B\f\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
            if (res = str.match(regex)) {
              throw new Error("Invalid character in string: " + str + " at index " + res.index);
            }
          } else if (this.options.version === "1.1") {
            regex = /[\0\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
            if (res = str.match(regex)) {
              throw new Error("Invalid character in string: " + str + " at index " + res.index);
            }
          }
          return str;
        };
        XMLStringifier2.prototype.assertLegalName = function(str) {
          var regex;
          if (this.options.noValidation) {
            return str;
          }
          this.assertLegalChar(str);
          regex = /^([:A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]|[\uD800-\uDB7F][\uDC00-\uDFFF])([\x2D\.0-:A-Z_a-z\xB7\xC0-\xD6\xD8-\xF6\xF8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]|[\uD800-\uDB7F][\uDC00-\uDFFF])*$/;
          if (!str.match(regex)) {
            throw new Error("Invalid character in name");
          }
          return str;
        };
        XMLStringifier2.prototype.textEscape = function(str) {
          var ampregex;
          if (this.options.noValidation) {
            return str;
          }
          ampregex = this.options.noDoubleEncoding ? /(?!&\S+;)&/g : /&/g;
          return str.replace(ampregex, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#xD;");
        };
        XMLStringifier2.prototype.attEscape = function(str) {
          var ampregex;
          if (this.options.noValidation) {
            return str;
          }
          ampregex = this.options.noDoubleEncoding ? /(?!&\S+;)&/g : /&/g;
          return str.replace(ampregex, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/\t/g, "&#x9;").replace(/\n/g, "&#xA;").replace(/\r/g, "&#xD;");
        };
        return XMLStringifier2;
      })();
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/WriterState.js
var require_WriterState = __commonJS({
  "node_modules/xmlbuilder/lib/WriterState.js"(exports, module) {
    (function() {
      module.exports = {
        None: 0,
        OpenTag: 1,
        InsideTag: 2,
        CloseTag: 3
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLWriterBase.js
var require_XMLWriterBase = __commonJS({
  "node_modules/xmlbuilder/lib/XMLWriterBase.js"(exports, module) {
    (function() {
      var NodeType, WriterState, XMLCData, XMLComment, XMLDTDAttList, XMLDTDElement, XMLDTDEntity, XMLDTDNotation, XMLDeclaration, XMLDocType, XMLDummy, XMLElement, XMLProcessingInstruction, XMLRaw, XMLText, XMLWriterBase, assign, hasProp = {}.hasOwnProperty;
      assign = require_Utility().assign;
      NodeType = require_NodeType();
      XMLDeclaration = require_XMLDeclaration();
      XMLDocType = require_XMLDocType();
      XMLCData = require_XMLCData();
      XMLComment = require_XMLComment();
      XMLElement = require_XMLElement();
      XMLRaw = require_XMLRaw();
      XMLText = require_XMLText();
      XMLProcessingInstruction = require_XMLProcessingInstruction();
      XMLDummy = require_XMLDummy();
      XMLDTDAttList = require_XMLDTDAttList();
      XMLDTDElement = require_XMLDTDElement();
      XMLDTDEntity = require_XMLDTDEntity();
      XMLDTDNotation = require_XMLDTDNotation();
      WriterState = require_WriterState();
      module.exports = XMLWriterBase = (function() {
        function XMLWriterBase2(options) {
          var key, ref, value;
          options || (options = {});
          this.options = options;
          ref = options.writer || {};
          for (key in ref) {
            if (!hasProp.call(ref, key)) continue;
            value = ref[key];
            this["_" + key] = this[key];
            this[key] = value;
          }
        }
        XMLWriterBase2.prototype.filterOptions = function(options) {
          var filteredOptions, ref, ref1, ref2, ref3, ref4, ref5, ref6;
          options || (options = {});
          options = assign({}, this.options, options);
          filteredOptions = {
            writer: this
          };
          filteredOptions.pretty = options.pretty || false;
          filteredOptions.allowEmpty = options.allowEmpty || false;
          filteredOptions.indent = (ref = options.indent) != null ? ref : "  ";
          filteredOptions.newline = (ref1 = options.newline) != null ? ref1 : "\n";
          filteredOptions.offset = (ref2 = options.offset) != null ? ref2 : 0;
          filteredOptions.dontPrettyTextNodes = (ref3 = (ref4 = options.dontPrettyTextNodes) != null ? ref4 : options.dontprettytextnodes) != null ? ref3 : 0;
          filteredOptions.spaceBeforeSlash = (ref5 = (ref6 = options.spaceBeforeSlash) != null ? ref6 : options.spacebeforeslash) != null ? ref5 : "";
          if (filteredOptions.spaceBeforeSlash === true) {
            filteredOptions.spaceBeforeSlash = " ";
          }
          filteredOptions.suppressPrettyCount = 0;
          filteredOptions.user = {};
          filteredOptions.state = WriterState.None;
          return filteredOptions;
        };
        XMLWriterBase2.prototype.indent = function(node, options, level) {
          var indentLevel;
          if (!options.pretty || options.suppressPrettyCount) {
            return "";
          } else if (options.pretty) {
            indentLevel = (level || 0) + options.offset + 1;
            if (indentLevel > 0) {
              return new Array(indentLevel).join(options.indent);
            }
          }
          return "";
        };
        XMLWriterBase2.prototype.endline = function(node, options, level) {
          if (!options.pretty || options.suppressPrettyCount) {
            return "";
          } else {
            return options.newline;
          }
        };
        XMLWriterBase2.prototype.attribute = function(att, options, level) {
          var r;
          this.openAttribute(att, options, level);
          r = " " + att.name + '="' + att.value + '"';
          this.closeAttribute(att, options, level);
          return r;
        };
        XMLWriterBase2.prototype.cdata = function(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<![CDATA[";
          options.state = WriterState.InsideTag;
          r += node.value;
          options.state = WriterState.CloseTag;
          r += "]]>" + this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        };
        XMLWriterBase2.prototype.comment = function(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<!-- ";
          options.state = WriterState.InsideTag;
          r += node.value;
          options.state = WriterState.CloseTag;
          r += " -->" + this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        };
        XMLWriterBase2.prototype.declaration = function(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<?xml";
          options.state = WriterState.InsideTag;
          r += ' version="' + node.version + '"';
          if (node.encoding != null) {
            r += ' encoding="' + node.encoding + '"';
          }
          if (node.standalone != null) {
            r += ' standalone="' + node.standalone + '"';
          }
          options.state = WriterState.CloseTag;
          r += options.spaceBeforeSlash + "?>";
          r += this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        };
        XMLWriterBase2.prototype.docType = function(node, options, level) {
          var child, i, len, r, ref;
          level || (level = 0);
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level);
          r += "<!DOCTYPE " + node.root().name;
          if (node.pubID && node.sysID) {
            r += ' PUBLIC "' + node.pubID + '" "' + node.sysID + '"';
          } else if (node.sysID) {
            r += ' SYSTEM "' + node.sysID + '"';
          }
          if (node.children.length > 0) {
            r += " [";
            r += this.endline(node, options, level);
            options.state = WriterState.InsideTag;
            ref = node.children;
            for (i = 0, len = ref.length; i < len; i++) {
              child = ref[i];
              r += this.writeChildNode(child, options, level + 1);
            }
            options.state = WriterState.CloseTag;
            r += "]";
          }
          options.state = WriterState.CloseTag;
          r += options.spaceBeforeSlash + ">";
          r += this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        };
        XMLWriterBase2.prototype.element = function(node, options, level) {
          var att, child, childNodeCount, firstChildNode, i, j, len, len1, name, prettySuppressed, r, ref, ref1, ref2;
          level || (level = 0);
          prettySuppressed = false;
          r = "";
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r += this.indent(node, options, level) + "<" + node.name;
          ref = node.attribs;
          for (name in ref) {
            if (!hasProp.call(ref, name)) continue;
            att = ref[name];
            r += this.attribute(att, options, level);
          }
          childNodeCount = node.children.length;
          firstChildNode = childNodeCount === 0 ? null : node.children[0];
          if (childNodeCount === 0 || node.children.every(function(e) {
            return (e.type === NodeType.Text || e.type === NodeType.Raw) && e.value === "";
          })) {
            if (options.allowEmpty) {
              r += ">";
              options.state = WriterState.CloseTag;
              r += "</" + node.name + ">" + this.endline(node, options, level);
            } else {
              options.state = WriterState.CloseTag;
              r += options.spaceBeforeSlash + "/>" + this.endline(node, options, level);
            }
          } else if (options.pretty && childNodeCount === 1 && (firstChildNode.type === NodeType.Text || firstChildNode.type === NodeType.Raw) && firstChildNode.value != null) {
            r += ">";
            options.state = WriterState.InsideTag;
            options.suppressPrettyCount++;
            prettySuppressed = true;
            r += this.writeChildNode(firstChildNode, options, level + 1);
            options.suppressPrettyCount--;
            prettySuppressed = false;
            options.state = WriterState.CloseTag;
            r += "</" + node.name + ">" + this.endline(node, options, level);
          } else {
            if (options.dontPrettyTextNodes) {
              ref1 = node.children;
              for (i = 0, len = ref1.length; i < len; i++) {
                child = ref1[i];
                if ((child.type === NodeType.Text || child.type === NodeType.Raw) && child.value != null) {
                  options.suppressPrettyCount++;
                  prettySuppressed = true;
                  break;
                }
              }
            }
            r += ">" + this.endline(node, options, level);
            options.state = WriterState.InsideTag;
            ref2 = node.children;
            for (j = 0, len1 = ref2.length; j < len1; j++) {
              child = ref2[j];
              r += this.writeChildNode(child, options, level + 1);
            }
            options.state = WriterState.CloseTag;
            r += this.indent(node, options, level) + "</" + node.name + ">";
            if (prettySuppressed) {
              options.suppressPrettyCount--;
            }
            r += this.endline(node, options, level);
            options.state = WriterState.None;
          }
          this.closeNode(node, options, level);
          return r;
        };
        XMLWriterBase2.prototype.writeChildNode = function(node, options, level) {
          switch (node.type) {
            case NodeType.CData:
              return this.cdata(node, options, level);
            case NodeType.Comment:
              return this.comment(node, options, level);
            case NodeType.Element:
              return this.element(node, options, level);
            case NodeType.Raw:
              return this.raw(node, options, level);
            case NodeType.Text:
              return this.text(node, options, level);
            case NodeType.ProcessingInstruction:
              return this.processingInstruction(node, options, level);
            case NodeType.Dummy:
              return "";
            case NodeType.Declaration:
              return this.declaration(node, options, level);
            case NodeType.DocType:
              return this.docType(node, options, level);
            case NodeType.AttributeDeclaration:
              return this.dtdAttList(node, options, level);
            case NodeType.ElementDeclaration:
              return this.dtdElement(node, options, level);
            case NodeType.EntityDeclaration:
              return this.dtdEntity(node, options, level);
            case NodeType.NotationDeclaration:
              return this.dtdNotation(node, options, level);
            default:
              throw new Error("Unknown XML node type: " + node.constructor.name);
          }
        };
        XMLWriterBase2.prototype.processingInstruction = function(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<?";
          options.state = WriterState.InsideTag;
          r += node.target;
          if (node.value) {
            r += " " + node.value;
          }
          options.state = WriterState.CloseTag;
          r += options.spaceBeforeSlash + "?>";
          r += this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        };
        XMLWriterBase2.prototype.raw = function(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level);
          options.state = WriterState.InsideTag;
          r += node.value;
          options.state = WriterState.CloseTag;
          r += this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        };
        XMLWriterBase2.prototype.text = function(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level);
          options.state = WriterState.InsideTag;
          r += node.value;
          options.state = WriterState.CloseTag;
          r += this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        };
        XMLWriterBase2.prototype.dtdAttList = function(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<!ATTLIST";
          options.state = WriterState.InsideTag;
          r += " " + node.elementName + " " + node.attributeName + " " + node.attributeType;
          if (node.defaultValueType !== "#DEFAULT") {
            r += " " + node.defaultValueType;
          }
          if (node.defaultValue) {
            r += ' "' + node.defaultValue + '"';
          }
          options.state = WriterState.CloseTag;
          r += options.spaceBeforeSlash + ">" + this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        };
        XMLWriterBase2.prototype.dtdElement = function(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<!ELEMENT";
          options.state = WriterState.InsideTag;
          r += " " + node.name + " " + node.value;
          options.state = WriterState.CloseTag;
          r += options.spaceBeforeSlash + ">" + this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        };
        XMLWriterBase2.prototype.dtdEntity = function(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<!ENTITY";
          options.state = WriterState.InsideTag;
          if (node.pe) {
            r += " %";
          }
          r += " " + node.name;
          if (node.value) {
            r += ' "' + node.value + '"';
          } else {
            if (node.pubID && node.sysID) {
              r += ' PUBLIC "' + node.pubID + '" "' + node.sysID + '"';
            } else if (node.sysID) {
              r += ' SYSTEM "' + node.sysID + '"';
            }
            if (node.nData) {
              r += " NDATA " + node.nData;
            }
          }
          options.state = WriterState.CloseTag;
          r += options.spaceBeforeSlash + ">" + this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        };
        XMLWriterBase2.prototype.dtdNotation = function(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<!NOTATION";
          options.state = WriterState.InsideTag;
          r += " " + node.name;
          if (node.pubID && node.sysID) {
            r += ' PUBLIC "' + node.pubID + '" "' + node.sysID + '"';
          } else if (node.pubID) {
            r += ' PUBLIC "' + node.pubID + '"';
          } else if (node.sysID) {
            r += ' SYSTEM "' + node.sysID + '"';
          }
          options.state = WriterState.CloseTag;
          r += options.spaceBeforeSlash + ">" + this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        };
        XMLWriterBase2.prototype.openNode = function(node, options, level) {
        };
        XMLWriterBase2.prototype.closeNode = function(node, options, level) {
        };
        XMLWriterBase2.prototype.openAttribute = function(att, options, level) {
        };
        XMLWriterBase2.prototype.closeAttribute = function(att, options, level) {
        };
        return XMLWriterBase2;
      })();
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLStringWriter.js
var require_XMLStringWriter = __commonJS({
  "node_modules/xmlbuilder/lib/XMLStringWriter.js"(exports, module) {
    (function() {
      var XMLStringWriter, XMLWriterBase, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      XMLWriterBase = require_XMLWriterBase();
      module.exports = XMLStringWriter = (function(superClass) {
        extend(XMLStringWriter2, superClass);
        function XMLStringWriter2(options) {
          XMLStringWriter2.__super__.constructor.call(this, options);
        }
        XMLStringWriter2.prototype.document = function(doc, options) {
          var child, i, len, r, ref;
          options = this.filterOptions(options);
          r = "";
          ref = doc.children;
          for (i = 0, len = ref.length; i < len; i++) {
            child = ref[i];
            r += this.writeChildNode(child, options, 0);
          }
          if (options.pretty && r.slice(-options.newline.length) === options.newline) {
            r = r.slice(0, -options.newline.length);
          }
          return r;
        };
        return XMLStringWriter2;
      })(XMLWriterBase);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDocument.js
var require_XMLDocument = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDocument.js"(exports, module) {
    (function() {
      var NodeType, XMLDOMConfiguration, XMLDOMImplementation, XMLDocument, XMLNode, XMLStringWriter, XMLStringifier, isPlainObject, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      isPlainObject = require_Utility().isPlainObject;
      XMLDOMImplementation = require_XMLDOMImplementation();
      XMLDOMConfiguration = require_XMLDOMConfiguration();
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      XMLStringifier = require_XMLStringifier();
      XMLStringWriter = require_XMLStringWriter();
      module.exports = XMLDocument = (function(superClass) {
        extend(XMLDocument2, superClass);
        function XMLDocument2(options) {
          XMLDocument2.__super__.constructor.call(this, null);
          this.name = "#document";
          this.type = NodeType.Document;
          this.documentURI = null;
          this.domConfig = new XMLDOMConfiguration();
          options || (options = {});
          if (!options.writer) {
            options.writer = new XMLStringWriter();
          }
          this.options = options;
          this.stringify = new XMLStringifier(options);
        }
        Object.defineProperty(XMLDocument2.prototype, "implementation", {
          value: new XMLDOMImplementation()
        });
        Object.defineProperty(XMLDocument2.prototype, "doctype", {
          get: function() {
            var child, i, len, ref;
            ref = this.children;
            for (i = 0, len = ref.length; i < len; i++) {
              child = ref[i];
              if (child.type === NodeType.DocType) {
                return child;
              }
            }
            return null;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "documentElement", {
          get: function() {
            return this.rootObject || null;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "inputEncoding", {
          get: function() {
            return null;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "strictErrorChecking", {
          get: function() {
            return false;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "xmlEncoding", {
          get: function() {
            if (this.children.length !== 0 && this.children[0].type === NodeType.Declaration) {
              return this.children[0].encoding;
            } else {
              return null;
            }
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "xmlStandalone", {
          get: function() {
            if (this.children.length !== 0 && this.children[0].type === NodeType.Declaration) {
              return this.children[0].standalone === "yes";
            } else {
              return false;
            }
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "xmlVersion", {
          get: function() {
            if (this.children.length !== 0 && this.children[0].type === NodeType.Declaration) {
              return this.children[0].version;
            } else {
              return "1.0";
            }
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "URL", {
          get: function() {
            return this.documentURI;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "origin", {
          get: function() {
            return null;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "compatMode", {
          get: function() {
            return null;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "characterSet", {
          get: function() {
            return null;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "contentType", {
          get: function() {
            return null;
          }
        });
        XMLDocument2.prototype.end = function(writer) {
          var writerOptions;
          writerOptions = {};
          if (!writer) {
            writer = this.options.writer;
          } else if (isPlainObject(writer)) {
            writerOptions = writer;
            writer = this.options.writer;
          }
          return writer.document(this, writer.filterOptions(writerOptions));
        };
        XMLDocument2.prototype.toString = function(options) {
          return this.options.writer.document(this, this.options.writer.filterOptions(options));
        };
        XMLDocument2.prototype.createElement = function(tagName) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.createDocumentFragment = function() {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.createTextNode = function(data) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.createComment = function(data) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.createCDATASection = function(data) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.createProcessingInstruction = function(target, data) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.createAttribute = function(name) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.createEntityReference = function(name) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.getElementsByTagName = function(tagname) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.importNode = function(importedNode, deep) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.createElementNS = function(namespaceURI, qualifiedName) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.createAttributeNS = function(namespaceURI, qualifiedName) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.getElementsByTagNameNS = function(namespaceURI, localName) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.getElementById = function(elementId) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.adoptNode = function(source) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.normalizeDocument = function() {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.renameNode = function(node, namespaceURI, qualifiedName) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.getElementsByClassName = function(classNames) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.createEvent = function(eventInterface) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.createRange = function() {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.createNodeIterator = function(root, whatToShow, filter) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        XMLDocument2.prototype.createTreeWalker = function(root, whatToShow, filter) {
          throw new Error("This DOM method is not implemented." + this.debugInfo());
        };
        return XMLDocument2;
      })(XMLNode);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDocumentCB.js
var require_XMLDocumentCB = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDocumentCB.js"(exports, module) {
    (function() {
      var NodeType, WriterState, XMLAttribute, XMLCData, XMLComment, XMLDTDAttList, XMLDTDElement, XMLDTDEntity, XMLDTDNotation, XMLDeclaration, XMLDocType, XMLDocument, XMLDocumentCB, XMLElement, XMLProcessingInstruction, XMLRaw, XMLStringWriter, XMLStringifier, XMLText, getValue, isFunction, isObject, isPlainObject, ref, hasProp = {}.hasOwnProperty;
      ref = require_Utility(), isObject = ref.isObject, isFunction = ref.isFunction, isPlainObject = ref.isPlainObject, getValue = ref.getValue;
      NodeType = require_NodeType();
      XMLDocument = require_XMLDocument();
      XMLElement = require_XMLElement();
      XMLCData = require_XMLCData();
      XMLComment = require_XMLComment();
      XMLRaw = require_XMLRaw();
      XMLText = require_XMLText();
      XMLProcessingInstruction = require_XMLProcessingInstruction();
      XMLDeclaration = require_XMLDeclaration();
      XMLDocType = require_XMLDocType();
      XMLDTDAttList = require_XMLDTDAttList();
      XMLDTDEntity = require_XMLDTDEntity();
      XMLDTDElement = require_XMLDTDElement();
      XMLDTDNotation = require_XMLDTDNotation();
      XMLAttribute = require_XMLAttribute();
      XMLStringifier = require_XMLStringifier();
      XMLStringWriter = require_XMLStringWriter();
      WriterState = require_WriterState();
      module.exports = XMLDocumentCB = (function() {
        function XMLDocumentCB2(options, onData, onEnd) {
          var writerOptions;
          this.name = "?xml";
          this.type = NodeType.Document;
          options || (options = {});
          writerOptions = {};
          if (!options.writer) {
            options.writer = new XMLStringWriter();
          } else if (isPlainObject(options.writer)) {
            writerOptions = options.writer;
            options.writer = new XMLStringWriter();
          }
          this.options = options;
          this.writer = options.writer;
          this.writerOptions = this.writer.filterOptions(writerOptions);
          this.stringify = new XMLStringifier(options);
          this.onDataCallback = onData || function() {
          };
          this.onEndCallback = onEnd || function() {
          };
          this.currentNode = null;
          this.currentLevel = -1;
          this.openTags = {};
          this.documentStarted = false;
          this.documentCompleted = false;
          this.root = null;
        }
        XMLDocumentCB2.prototype.createChildNode = function(node) {
          var att, attName, attributes, child, i, len, ref1, ref2;
          switch (node.type) {
            case NodeType.CData:
              this.cdata(node.value);
              break;
            case NodeType.Comment:
              this.comment(node.value);
              break;
            case NodeType.Element:
              attributes = {};
              ref1 = node.attribs;
              for (attName in ref1) {
                if (!hasProp.call(ref1, attName)) continue;
                att = ref1[attName];
                attributes[attName] = att.value;
              }
              this.node(node.name, attributes);
              break;
            case NodeType.Dummy:
              this.dummy();
              break;
            case NodeType.Raw:
              this.raw(node.value);
              break;
            case NodeType.Text:
              this.text(node.value);
              break;
            case NodeType.ProcessingInstruction:
              this.instruction(node.target, node.value);
              break;
            default:
              throw new Error("This XML node type is not supported in a JS object: " + node.constructor.name);
          }
          ref2 = node.children;
          for (i = 0, len = ref2.length; i < len; i++) {
            child = ref2[i];
            this.createChildNode(child);
            if (child.type === NodeType.Element) {
              this.up();
            }
          }
          return this;
        };
        XMLDocumentCB2.prototype.dummy = function() {
          return this;
        };
        XMLDocumentCB2.prototype.node = function(name, attributes, text) {
          var ref1;
          if (name == null) {
            throw new Error("Missing node name.");
          }
          if (this.root && this.currentLevel === -1) {
            throw new Error("Document can only have one root node. " + this.debugInfo(name));
          }
          this.openCurrent();
          name = getValue(name);
          if (attributes == null) {
            attributes = {};
          }
          attributes = getValue(attributes);
          if (!isObject(attributes)) {
            ref1 = [attributes, text], text = ref1[0], attributes = ref1[1];
          }
          this.currentNode = new XMLElement(this, name, attributes);
          this.currentNode.children = false;
          this.currentLevel++;
          this.openTags[this.currentLevel] = this.currentNode;
          if (text != null) {
            this.text(text);
          }
          return this;
        };
        XMLDocumentCB2.prototype.element = function(name, attributes, text) {
          var child, i, len, oldValidationFlag, ref1, root;
          if (this.currentNode && this.currentNode.type === NodeType.DocType) {
            this.dtdElement.apply(this, arguments);
          } else {
            if (Array.isArray(name) || isObject(name) || isFunction(name)) {
              oldValidationFlag = this.options.noValidation;
              this.options.noValidation = true;
              root = new XMLDocument(this.options).element("TEMP_ROOT");
              root.element(name);
              this.options.noValidation = oldValidationFlag;
              ref1 = root.children;
              for (i = 0, len = ref1.length; i < len; i++) {
                child = ref1[i];
                this.createChildNode(child);
                if (child.type === NodeType.Element) {
                  this.up();
                }
              }
            } else {
              this.node(name, attributes, text);
            }
          }
          return this;
        };
        XMLDocumentCB2.prototype.attribute = function(name, value) {
          var attName, attValue;
          if (!this.currentNode || this.currentNode.children) {
            throw new Error("att() can only be used immediately after an ele() call in callback mode. " + this.debugInfo(name));
          }
          if (name != null) {
            name = getValue(name);
          }
          if (isObject(name)) {
            for (attName in name) {
              if (!hasProp.call(name, attName)) continue;
              attValue = name[attName];
              this.attribute(attName, attValue);
            }
          } else {
            if (isFunction(value)) {
              value = value.apply();
            }
            if (this.options.keepNullAttributes && value == null) {
              this.currentNode.attribs[name] = new XMLAttribute(this, name, "");
            } else if (value != null) {
              this.currentNode.attribs[name] = new XMLAttribute(this, name, value);
            }
          }
          return this;
        };
        XMLDocumentCB2.prototype.text = function(value) {
          var node;
          this.openCurrent();
          node = new XMLText(this, value);
          this.onData(this.writer.text(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        };
        XMLDocumentCB2.prototype.cdata = function(value) {
          var node;
          this.openCurrent();
          node = new XMLCData(this, value);
          this.onData(this.writer.cdata(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        };
        XMLDocumentCB2.prototype.comment = function(value) {
          var node;
          this.openCurrent();
          node = new XMLComment(this, value);
          this.onData(this.writer.comment(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        };
        XMLDocumentCB2.prototype.raw = function(value) {
          var node;
          this.openCurrent();
          node = new XMLRaw(this, value);
          this.onData(this.writer.raw(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        };
        XMLDocumentCB2.prototype.instruction = function(target, value) {
          var i, insTarget, insValue, len, node;
          this.openCurrent();
          if (target != null) {
            target = getValue(target);
          }
          if (value != null) {
            value = getValue(value);
          }
          if (Array.isArray(target)) {
            for (i = 0, len = target.length; i < len; i++) {
              insTarget = target[i];
              this.instruction(insTarget);
            }
          } else if (isObject(target)) {
            for (insTarget in target) {
              if (!hasProp.call(target, insTarget)) continue;
              insValue = target[insTarget];
              this.instruction(insTarget, insValue);
            }
          } else {
            if (isFunction(value)) {
              value = value.apply();
            }
            node = new XMLProcessingInstruction(this, target, value);
            this.onData(this.writer.processingInstruction(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          }
          return this;
        };
        XMLDocumentCB2.prototype.declaration = function(version, encoding, standalone) {
          var node;
          this.openCurrent();
          if (this.documentStarted) {
            throw new Error("declaration() must be the first node.");
          }
          node = new XMLDeclaration(this, version, encoding, standalone);
          this.onData(this.writer.declaration(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        };
        XMLDocumentCB2.prototype.doctype = function(root, pubID, sysID) {
          this.openCurrent();
          if (root == null) {
            throw new Error("Missing root node name.");
          }
          if (this.root) {
            throw new Error("dtd() must come before the root node.");
          }
          this.currentNode = new XMLDocType(this, pubID, sysID);
          this.currentNode.rootNodeName = root;
          this.currentNode.children = false;
          this.currentLevel++;
          this.openTags[this.currentLevel] = this.currentNode;
          return this;
        };
        XMLDocumentCB2.prototype.dtdElement = function(name, value) {
          var node;
          this.openCurrent();
          node = new XMLDTDElement(this, name, value);
          this.onData(this.writer.dtdElement(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        };
        XMLDocumentCB2.prototype.attList = function(elementName, attributeName, attributeType, defaultValueType, defaultValue) {
          var node;
          this.openCurrent();
          node = new XMLDTDAttList(this, elementName, attributeName, attributeType, defaultValueType, defaultValue);
          this.onData(this.writer.dtdAttList(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        };
        XMLDocumentCB2.prototype.entity = function(name, value) {
          var node;
          this.openCurrent();
          node = new XMLDTDEntity(this, false, name, value);
          this.onData(this.writer.dtdEntity(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        };
        XMLDocumentCB2.prototype.pEntity = function(name, value) {
          var node;
          this.openCurrent();
          node = new XMLDTDEntity(this, true, name, value);
          this.onData(this.writer.dtdEntity(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        };
        XMLDocumentCB2.prototype.notation = function(name, value) {
          var node;
          this.openCurrent();
          node = new XMLDTDNotation(this, name, value);
          this.onData(this.writer.dtdNotation(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        };
        XMLDocumentCB2.prototype.up = function() {
          if (this.currentLevel < 0) {
            throw new Error("The document node has no parent.");
          }
          if (this.currentNode) {
            if (this.currentNode.children) {
              this.closeNode(this.currentNode);
            } else {
              this.openNode(this.currentNode);
            }
            this.currentNode = null;
          } else {
            this.closeNode(this.openTags[this.currentLevel]);
          }
          delete this.openTags[this.currentLevel];
          this.currentLevel--;
          return this;
        };
        XMLDocumentCB2.prototype.end = function() {
          while (this.currentLevel >= 0) {
            this.up();
          }
          return this.onEnd();
        };
        XMLDocumentCB2.prototype.openCurrent = function() {
          if (this.currentNode) {
            this.currentNode.children = true;
            return this.openNode(this.currentNode);
          }
        };
        XMLDocumentCB2.prototype.openNode = function(node) {
          var att, chunk, name, ref1;
          if (!node.isOpen) {
            if (!this.root && this.currentLevel === 0 && node.type === NodeType.Element) {
              this.root = node;
            }
            chunk = "";
            if (node.type === NodeType.Element) {
              this.writerOptions.state = WriterState.OpenTag;
              chunk = this.writer.indent(node, this.writerOptions, this.currentLevel) + "<" + node.name;
              ref1 = node.attribs;
              for (name in ref1) {
                if (!hasProp.call(ref1, name)) continue;
                att = ref1[name];
                chunk += this.writer.attribute(att, this.writerOptions, this.currentLevel);
              }
              chunk += (node.children ? ">" : "/>") + this.writer.endline(node, this.writerOptions, this.currentLevel);
              this.writerOptions.state = WriterState.InsideTag;
            } else {
              this.writerOptions.state = WriterState.OpenTag;
              chunk = this.writer.indent(node, this.writerOptions, this.currentLevel) + "<!DOCTYPE " + node.rootNodeName;
              if (node.pubID && node.sysID) {
                chunk += ' PUBLIC "' + node.pubID + '" "' + node.sysID + '"';
              } else if (node.sysID) {
                chunk += ' SYSTEM "' + node.sysID + '"';
              }
              if (node.children) {
                chunk += " [";
                this.writerOptions.state = WriterState.InsideTag;
              } else {
                this.writerOptions.state = WriterState.CloseTag;
                chunk += ">";
              }
              chunk += this.writer.endline(node, this.writerOptions, this.currentLevel);
            }
            this.onData(chunk, this.currentLevel);
            return node.isOpen = true;
          }
        };
        XMLDocumentCB2.prototype.closeNode = function(node) {
          var chunk;
          if (!node.isClosed) {
            chunk = "";
            this.writerOptions.state = WriterState.CloseTag;
            if (node.type === NodeType.Element) {
              chunk = this.writer.indent(node, this.writerOptions, this.currentLevel) + "</" + node.name + ">" + this.writer.endline(node, this.writerOptions, this.currentLevel);
            } else {
              chunk = this.writer.indent(node, this.writerOptions, this.currentLevel) + "]>" + this.writer.endline(node, this.writerOptions, this.currentLevel);
            }
            this.writerOptions.state = WriterState.None;
            this.onData(chunk, this.currentLevel);
            return node.isClosed = true;
          }
        };
        XMLDocumentCB2.prototype.onData = function(chunk, level) {
          this.documentStarted = true;
          return this.onDataCallback(chunk, level + 1);
        };
        XMLDocumentCB2.prototype.onEnd = function() {
          this.documentCompleted = true;
          return this.onEndCallback();
        };
        XMLDocumentCB2.prototype.debugInfo = function(name) {
          if (name == null) {
            return "";
          } else {
            return "node: <" + name + ">";
          }
        };
        XMLDocumentCB2.prototype.ele = function() {
          return this.element.apply(this, arguments);
        };
        XMLDocumentCB2.prototype.nod = function(name, attributes, text) {
          return this.node(name, attributes, text);
        };
        XMLDocumentCB2.prototype.txt = function(value) {
          return this.text(value);
        };
        XMLDocumentCB2.prototype.dat = function(value) {
          return this.cdata(value);
        };
        XMLDocumentCB2.prototype.com = function(value) {
          return this.comment(value);
        };
        XMLDocumentCB2.prototype.ins = function(target, value) {
          return this.instruction(target, value);
        };
        XMLDocumentCB2.prototype.dec = function(version, encoding, standalone) {
          return this.declaration(version, encoding, standalone);
        };
        XMLDocumentCB2.prototype.dtd = function(root, pubID, sysID) {
          return this.doctype(root, pubID, sysID);
        };
        XMLDocumentCB2.prototype.e = function(name, attributes, text) {
          return this.element(name, attributes, text);
        };
        XMLDocumentCB2.prototype.n = function(name, attributes, text) {
          return this.node(name, attributes, text);
        };
        XMLDocumentCB2.prototype.t = function(value) {
          return this.text(value);
        };
        XMLDocumentCB2.prototype.d = function(value) {
          return this.cdata(value);
        };
        XMLDocumentCB2.prototype.c = function(value) {
          return this.comment(value);
        };
        XMLDocumentCB2.prototype.r = function(value) {
          return this.raw(value);
        };
        XMLDocumentCB2.prototype.i = function(target, value) {
          return this.instruction(target, value);
        };
        XMLDocumentCB2.prototype.att = function() {
          if (this.currentNode && this.currentNode.type === NodeType.DocType) {
            return this.attList.apply(this, arguments);
          } else {
            return this.attribute.apply(this, arguments);
          }
        };
        XMLDocumentCB2.prototype.a = function() {
          if (this.currentNode && this.currentNode.type === NodeType.DocType) {
            return this.attList.apply(this, arguments);
          } else {
            return this.attribute.apply(this, arguments);
          }
        };
        XMLDocumentCB2.prototype.ent = function(name, value) {
          return this.entity(name, value);
        };
        XMLDocumentCB2.prototype.pent = function(name, value) {
          return this.pEntity(name, value);
        };
        XMLDocumentCB2.prototype.not = function(name, value) {
          return this.notation(name, value);
        };
        return XMLDocumentCB2;
      })();
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLStreamWriter.js
var require_XMLStreamWriter = __commonJS({
  "node_modules/xmlbuilder/lib/XMLStreamWriter.js"(exports, module) {
    (function() {
      var NodeType, WriterState, XMLStreamWriter, XMLWriterBase, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      NodeType = require_NodeType();
      XMLWriterBase = require_XMLWriterBase();
      WriterState = require_WriterState();
      module.exports = XMLStreamWriter = (function(superClass) {
        extend(XMLStreamWriter2, superClass);
        function XMLStreamWriter2(stream, options) {
          this.stream = stream;
          XMLStreamWriter2.__super__.constructor.call(this, options);
        }
        XMLStreamWriter2.prototype.endline = function(node, options, level) {
          if (node.isLastRootNode && options.state === WriterState.CloseTag) {
            return "";
          } else {
            return XMLStreamWriter2.__super__.endline.call(this, node, options, level);
          }
        };
        XMLStreamWriter2.prototype.document = function(doc, options) {
          var child, i, j, k, len, len1, ref, ref1, results;
          ref = doc.children;
          for (i = j = 0, len = ref.length; j < len; i = ++j) {
            child = ref[i];
            child.isLastRootNode = i === doc.children.length - 1;
          }
          options = this.filterOptions(options);
          ref1 = doc.children;
          results = [];
          for (k = 0, len1 = ref1.length; k < len1; k++) {
            child = ref1[k];
            results.push(this.writeChildNode(child, options, 0));
          }
          return results;
        };
        XMLStreamWriter2.prototype.attribute = function(att, options, level) {
          return this.stream.write(XMLStreamWriter2.__super__.attribute.call(this, att, options, level));
        };
        XMLStreamWriter2.prototype.cdata = function(node, options, level) {
          return this.stream.write(XMLStreamWriter2.__super__.cdata.call(this, node, options, level));
        };
        XMLStreamWriter2.prototype.comment = function(node, options, level) {
          return this.stream.write(XMLStreamWriter2.__super__.comment.call(this, node, options, level));
        };
        XMLStreamWriter2.prototype.declaration = function(node, options, level) {
          return this.stream.write(XMLStreamWriter2.__super__.declaration.call(this, node, options, level));
        };
        XMLStreamWriter2.prototype.docType = function(node, options, level) {
          var child, j, len, ref;
          level || (level = 0);
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          this.stream.write(this.indent(node, options, level));
          this.stream.write("<!DOCTYPE " + node.root().name);
          if (node.pubID && node.sysID) {
            this.stream.write(' PUBLIC "' + node.pubID + '" "' + node.sysID + '"');
          } else if (node.sysID) {
            this.stream.write(' SYSTEM "' + node.sysID + '"');
          }
          if (node.children.length > 0) {
            this.stream.write(" [");
            this.stream.write(this.endline(node, options, level));
            options.state = WriterState.InsideTag;
            ref = node.children;
            for (j = 0, len = ref.length; j < len; j++) {
              child = ref[j];
              this.writeChildNode(child, options, level + 1);
            }
            options.state = WriterState.CloseTag;
            this.stream.write("]");
          }
          options.state = WriterState.CloseTag;
          this.stream.write(options.spaceBeforeSlash + ">");
          this.stream.write(this.endline(node, options, level));
          options.state = WriterState.None;
          return this.closeNode(node, options, level);
        };
        XMLStreamWriter2.prototype.element = function(node, options, level) {
          var att, child, childNodeCount, firstChildNode, j, len, name, prettySuppressed, ref, ref1;
          level || (level = 0);
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          this.stream.write(this.indent(node, options, level) + "<" + node.name);
          ref = node.attribs;
          for (name in ref) {
            if (!hasProp.call(ref, name)) continue;
            att = ref[name];
            this.attribute(att, options, level);
          }
          childNodeCount = node.children.length;
          firstChildNode = childNodeCount === 0 ? null : node.children[0];
          if (childNodeCount === 0 || node.children.every(function(e) {
            return (e.type === NodeType.Text || e.type === NodeType.Raw) && e.value === "";
          })) {
            if (options.allowEmpty) {
              this.stream.write(">");
              options.state = WriterState.CloseTag;
              this.stream.write("</" + node.name + ">");
            } else {
              options.state = WriterState.CloseTag;
              this.stream.write(options.spaceBeforeSlash + "/>");
            }
          } else if (options.pretty && childNodeCount === 1 && (firstChildNode.type === NodeType.Text || firstChildNode.type === NodeType.Raw) && firstChildNode.value != null) {
            this.stream.write(">");
            options.state = WriterState.InsideTag;
            options.suppressPrettyCount++;
            prettySuppressed = true;
            this.writeChildNode(firstChildNode, options, level + 1);
            options.suppressPrettyCount--;
            prettySuppressed = false;
            options.state = WriterState.CloseTag;
            this.stream.write("</" + node.name + ">");
          } else {
            this.stream.write(">" + this.endline(node, options, level));
            options.state = WriterState.InsideTag;
            ref1 = node.children;
            for (j = 0, len = ref1.length; j < len; j++) {
              child = ref1[j];
              this.writeChildNode(child, options, level + 1);
            }
            options.state = WriterState.CloseTag;
            this.stream.write(this.indent(node, options, level) + "</" + node.name + ">");
          }
          this.stream.write(this.endline(node, options, level));
          options.state = WriterState.None;
          return this.closeNode(node, options, level);
        };
        XMLStreamWriter2.prototype.processingInstruction = function(node, options, level) {
          return this.stream.write(XMLStreamWriter2.__super__.processingInstruction.call(this, node, options, level));
        };
        XMLStreamWriter2.prototype.raw = function(node, options, level) {
          return this.stream.write(XMLStreamWriter2.__super__.raw.call(this, node, options, level));
        };
        XMLStreamWriter2.prototype.text = function(node, options, level) {
          return this.stream.write(XMLStreamWriter2.__super__.text.call(this, node, options, level));
        };
        XMLStreamWriter2.prototype.dtdAttList = function(node, options, level) {
          return this.stream.write(XMLStreamWriter2.__super__.dtdAttList.call(this, node, options, level));
        };
        XMLStreamWriter2.prototype.dtdElement = function(node, options, level) {
          return this.stream.write(XMLStreamWriter2.__super__.dtdElement.call(this, node, options, level));
        };
        XMLStreamWriter2.prototype.dtdEntity = function(node, options, level) {
          return this.stream.write(XMLStreamWriter2.__super__.dtdEntity.call(this, node, options, level));
        };
        XMLStreamWriter2.prototype.dtdNotation = function(node, options, level) {
          return this.stream.write(XMLStreamWriter2.__super__.dtdNotation.call(this, node, options, level));
        };
        return XMLStreamWriter2;
      })(XMLWriterBase);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/index.js
var require_lib3 = __commonJS({
  "node_modules/xmlbuilder/lib/index.js"(exports, module) {
    (function() {
      var NodeType, WriterState, XMLDOMImplementation, XMLDocument, XMLDocumentCB, XMLStreamWriter, XMLStringWriter, assign, isFunction, ref;
      ref = require_Utility(), assign = ref.assign, isFunction = ref.isFunction;
      XMLDOMImplementation = require_XMLDOMImplementation();
      XMLDocument = require_XMLDocument();
      XMLDocumentCB = require_XMLDocumentCB();
      XMLStringWriter = require_XMLStringWriter();
      XMLStreamWriter = require_XMLStreamWriter();
      NodeType = require_NodeType();
      WriterState = require_WriterState();
      module.exports.create = function(name, xmldec, doctype, options) {
        var doc, root;
        if (name == null) {
          throw new Error("Root element needs a name.");
        }
        options = assign({}, xmldec, doctype, options);
        doc = new XMLDocument(options);
        root = doc.element(name);
        if (!options.headless) {
          doc.declaration(options);
          if (options.pubID != null || options.sysID != null) {
            doc.dtd(options);
          }
        }
        return root;
      };
      module.exports.begin = function(options, onData, onEnd) {
        var ref1;
        if (isFunction(options)) {
          ref1 = [options, onData], onData = ref1[0], onEnd = ref1[1];
          options = {};
        }
        if (onData) {
          return new XMLDocumentCB(options, onData, onEnd);
        } else {
          return new XMLDocument(options);
        }
      };
      module.exports.stringWriter = function(options) {
        return new XMLStringWriter(options);
      };
      module.exports.streamWriter = function(stream, options) {
        return new XMLStreamWriter(stream, options);
      };
      module.exports.implementation = new XMLDOMImplementation();
      module.exports.nodeType = NodeType;
      module.exports.writerState = WriterState;
    }).call(exports);
  }
});

// node_modules/xml2js/lib/builder.js
var require_builder = __commonJS({
  "node_modules/xml2js/lib/builder.js"(exports) {
    (function() {
      "use strict";
      var builder, defaults, escapeCDATA, requiresCDATA, wrapCDATA, hasProp = {}.hasOwnProperty;
      builder = require_lib3();
      defaults = require_defaults().defaults;
      requiresCDATA = function(entry) {
        return typeof entry === "string" && (entry.indexOf("&") >= 0 || entry.indexOf(">") >= 0 || entry.indexOf("<") >= 0);
      };
      wrapCDATA = function(entry) {
        return "<![CDATA[" + escapeCDATA(entry) + "]]>";
      };
      escapeCDATA = function(entry) {
        return entry.replace("]]>", "]]]]><![CDATA[>");
      };
      exports.Builder = (function() {
        function Builder(opts) {
          var key, ref, value;
          this.options = {};
          ref = defaults["0.2"];
          for (key in ref) {
            if (!hasProp.call(ref, key)) continue;
            value = ref[key];
            this.options[key] = value;
          }
          for (key in opts) {
            if (!hasProp.call(opts, key)) continue;
            value = opts[key];
            this.options[key] = value;
          }
        }
        Builder.prototype.buildObject = function(rootObj) {
          var attrkey, charkey, render, rootElement, rootName;
          attrkey = this.options.attrkey;
          charkey = this.options.charkey;
          if (Object.keys(rootObj).length === 1 && this.options.rootName === defaults["0.2"].rootName) {
            rootName = Object.keys(rootObj)[0];
            rootObj = rootObj[rootName];
          } else {
            rootName = this.options.rootName;
          }
          render = /* @__PURE__ */ (function(_this) {
            return function(element, obj) {
              var attr, child, entry, index, key, value;
              if (typeof obj !== "object") {
                if (_this.options.cdata && requiresCDATA(obj)) {
                  element.raw(wrapCDATA(obj));
                } else {
                  element.txt(obj);
                }
              } else if (Array.isArray(obj)) {
                for (index in obj) {
                  if (!hasProp.call(obj, index)) continue;
                  child = obj[index];
                  for (key in child) {
                    entry = child[key];
                    element = render(element.ele(key), entry).up();
                  }
                }
              } else {
                for (key in obj) {
                  if (!hasProp.call(obj, key)) continue;
                  child = obj[key];
                  if (key === attrkey) {
                    if (typeof child === "object") {
                      for (attr in child) {
                        value = child[attr];
                        element = element.att(attr, value);
                      }
                    }
                  } else if (key === charkey) {
                    if (_this.options.cdata && requiresCDATA(child)) {
                      element = element.raw(wrapCDATA(child));
                    } else {
                      element = element.txt(child);
                    }
                  } else if (Array.isArray(child)) {
                    for (index in child) {
                      if (!hasProp.call(child, index)) continue;
                      entry = child[index];
                      if (typeof entry === "string") {
                        if (_this.options.cdata && requiresCDATA(entry)) {
                          element = element.ele(key).raw(wrapCDATA(entry)).up();
                        } else {
                          element = element.ele(key, entry).up();
                        }
                      } else {
                        element = render(element.ele(key), entry).up();
                      }
                    }
                  } else if (typeof child === "object") {
                    element = render(element.ele(key), child).up();
                  } else {
                    if (typeof child === "string" && _this.options.cdata && requiresCDATA(child)) {
                      element = element.ele(key).raw(wrapCDATA(child)).up();
                    } else {
                      if (child == null) {
                        child = "";
                      }
                      element = element.ele(key, child.toString()).up();
                    }
                  }
                }
              }
              return element;
            };
          })(this);
          rootElement = builder.create(rootName, this.options.xmldec, this.options.doctype, {
            headless: this.options.headless,
            allowSurrogateChars: this.options.allowSurrogateChars
          });
          return render(rootElement, rootObj).end(this.options.renderOpts);
        };
        return Builder;
      })();
    }).call(exports);
  }
});

// node_modules/sax/lib/sax.js
var require_sax = __commonJS({
  "node_modules/sax/lib/sax.js"(exports) {
    (function(sax) {
      sax.parser = function(strict, opt) {
        return new SAXParser(strict, opt);
      };
      sax.SAXParser = SAXParser;
      sax.SAXStream = SAXStream;
      sax.createStream = createStream;
      sax.MAX_BUFFER_LENGTH = 64 * 1024;
      var buffers = [
        "comment",
        "sgmlDecl",
        "textNode",
        "tagName",
        "doctype",
        "procInstName",
        "procInstBody",
        "entity",
        "attribName",
        "attribValue",
        "cdata",
        "script"
      ];
      sax.EVENTS = [
        "text",
        "processinginstruction",
        "sgmldeclaration",
        "doctype",
        "comment",
        "opentagstart",
        "attribute",
        "opentag",
        "closetag",
        "opencdata",
        "cdata",
        "closecdata",
        "error",
        "end",
        "ready",
        "script",
        "opennamespace",
        "closenamespace"
      ];
      function SAXParser(strict, opt) {
        if (!(this instanceof SAXParser)) {
          return new SAXParser(strict, opt);
        }
        var parser = this;
        clearBuffers(parser);
        parser.q = parser.c = "";
        parser.bufferCheckPosition = sax.MAX_BUFFER_LENGTH;
        parser.encoding = null;
        parser.opt = opt || {};
        parser.opt.lowercase = parser.opt.lowercase || parser.opt.lowercasetags;
        parser.looseCase = parser.opt.lowercase ? "toLowerCase" : "toUpperCase";
        parser.opt.maxEntityCount = parser.opt.maxEntityCount || 512;
        parser.opt.maxEntityDepth = parser.opt.maxEntityDepth || 4;
        parser.entityCount = parser.entityDepth = 0;
        parser.tags = [];
        parser.closed = parser.closedRoot = parser.sawRoot = false;
        parser.tag = parser.error = null;
        parser.strict = !!strict;
        parser.noscript = !!(strict || parser.opt.noscript);
        parser.state = S.BEGIN;
        parser.strictEntities = parser.opt.strictEntities;
        parser.ENTITIES = parser.strictEntities ? Object.create(sax.XML_ENTITIES) : Object.create(sax.ENTITIES);
        parser.attribList = [];
        if (parser.opt.xmlns) {
          parser.ns = Object.create(rootNS);
        }
        if (parser.opt.unquotedAttributeValues === void 0) {
          parser.opt.unquotedAttributeValues = !strict;
        }
        parser.trackPosition = parser.opt.position !== false;
        if (parser.trackPosition) {
          parser.position = parser.line = parser.column = 0;
        }
        emit(parser, "onready");
      }
      if (!Object.create) {
        Object.create = function(o) {
          function F() {
          }
          F.prototype = o;
          var newf = new F();
          return newf;
        };
      }
      if (!Object.keys) {
        Object.keys = function(o) {
          var a = [];
          for (var i in o) if (o.hasOwnProperty(i)) a.push(i);
          return a;
        };
      }
      function checkBufferLength(parser) {
        var maxAllowed = Math.max(sax.MAX_BUFFER_LENGTH, 10);
        var maxActual = 0;
        for (var i = 0, l = buffers.length; i < l; i++) {
          var len = parser[buffers[i]].length;
          if (len > maxAllowed) {
            switch (buffers[i]) {
              case "textNode":
                closeText(parser);
                break;
              case "cdata":
                emitNode(parser, "oncdata", parser.cdata);
                parser.cdata = "";
                break;
              case "script":
                emitNode(parser, "onscript", parser.script);
                parser.script = "";
                break;
              default:
                error(parser, "Max buffer length exceeded: " + buffers[i]);
            }
          }
          maxActual = Math.max(maxActual, len);
        }
        var m = sax.MAX_BUFFER_LENGTH - maxActual;
        parser.bufferCheckPosition = m + parser.position;
      }
      function clearBuffers(parser) {
        for (var i = 0, l = buffers.length; i < l; i++) {
          parser[buffers[i]] = "";
        }
      }
      function flushBuffers(parser) {
        closeText(parser);
        if (parser.cdata !== "") {
          emitNode(parser, "oncdata", parser.cdata);
          parser.cdata = "";
        }
        if (parser.script !== "") {
          emitNode(parser, "onscript", parser.script);
          parser.script = "";
        }
      }
      SAXParser.prototype = {
        end: function() {
          end(this);
        },
        write,
        resume: function() {
          this.error = null;
          return this;
        },
        close: function() {
          return this.write(null);
        },
        flush: function() {
          flushBuffers(this);
        }
      };
      var Stream;
      try {
        Stream = __require("stream").Stream;
      } catch (ex) {
        Stream = function() {
        };
      }
      if (!Stream) Stream = function() {
      };
      var streamWraps = sax.EVENTS.filter(function(ev) {
        return ev !== "error" && ev !== "end";
      });
      function createStream(strict, opt) {
        return new SAXStream(strict, opt);
      }
      function determineBufferEncoding(data, isEnd) {
        if (data.length >= 2) {
          if (data[0] === 255 && data[1] === 254) {
            return "utf-16le";
          }
          if (data[0] === 254 && data[1] === 255) {
            return "utf-16be";
          }
        }
        if (data.length >= 3 && data[0] === 239 && data[1] === 187 && data[2] === 191) {
          return "utf8";
        }
        if (data.length >= 4) {
          if (data[0] === 60 && data[1] === 0 && data[2] === 63 && data[3] === 0) {
            return "utf-16le";
          }
          if (data[0] === 0 && data[1] === 60 && data[2] === 0 && data[3] === 63) {
            return "utf-16be";
          }
          return "utf8";
        }
        return isEnd ? "utf8" : null;
      }
      function SAXStream(strict, opt) {
        if (!(this instanceof SAXStream)) {
          return new SAXStream(strict, opt);
        }
        Stream.apply(this);
        this._parser = new SAXParser(strict, opt);
        this.writable = true;
        this.readable = true;
        var me = this;
        this._parser.onend = function() {
          me.emit("end");
        };
        this._parser.onerror = function(er) {
          me.emit("error", er);
          me._parser.error = null;
        };
        this._decoder = null;
        this._decoderBuffer = null;
        streamWraps.forEach(function(ev) {
          Object.defineProperty(me, "on" + ev, {
            get: function() {
              return me._parser["on" + ev];
            },
            set: function(h) {
              if (!h) {
                me.removeAllListeners(ev);
                me._parser["on" + ev] = h;
                return h;
              }
              me.on(ev, h);
            },
            enumerable: true,
            configurable: false
          });
        });
      }
      SAXStream.prototype = Object.create(Stream.prototype, {
        constructor: {
          value: SAXStream
        }
      });
      SAXStream.prototype._decodeBuffer = function(data, isEnd) {
        if (this._decoderBuffer) {
          data = Buffer.concat([this._decoderBuffer, data]);
          this._decoderBuffer = null;
        }
        if (!this._decoder) {
          var encoding = determineBufferEncoding(data, isEnd);
          if (!encoding) {
            this._decoderBuffer = data;
            return "";
          }
          this._parser.encoding = encoding;
          this._decoder = new TextDecoder(encoding);
        }
        return this._decoder.decode(data, { stream: !isEnd });
      };
      SAXStream.prototype.write = function(data) {
        if (typeof Buffer === "function" && typeof Buffer.isBuffer === "function" && Buffer.isBuffer(data)) {
          data = this._decodeBuffer(data, false);
        } else if (this._decoderBuffer) {
          var remaining = this._decodeBuffer(Buffer.alloc(0), true);
          if (remaining) {
            this._parser.write(remaining);
            this.emit("data", remaining);
          }
        }
        this._parser.write(data.toString());
        this.emit("data", data);
        return true;
      };
      SAXStream.prototype.end = function(chunk) {
        if (chunk && chunk.length) {
          this.write(chunk);
        }
        if (this._decoderBuffer) {
          var finalChunk = this._decodeBuffer(Buffer.alloc(0), true);
          if (finalChunk) {
            this._parser.write(finalChunk);
            this.emit("data", finalChunk);
          }
        } else if (this._decoder) {
          var remaining = this._decoder.decode();
          if (remaining) {
            this._parser.write(remaining);
            this.emit("data", remaining);
          }
        }
        this._parser.end();
        return true;
      };
      SAXStream.prototype.on = function(ev, handler) {
        var me = this;
        if (!me._parser["on" + ev] && streamWraps.indexOf(ev) !== -1) {
          me._parser["on" + ev] = function() {
            var args = arguments.length === 1 ? [arguments[0]] : Array.apply(null, arguments);
            args.splice(0, 0, ev);
            me.emit.apply(me, args);
          };
        }
        return Stream.prototype.on.call(me, ev, handler);
      };
      var CDATAre = /^\[CDATA\[$/i;
      var DOCTYPEre = /^DOCTYPE$/i;
      var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
      var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
      var rootNS = { xml: XML_NAMESPACE, xmlns: XMLNS_NAMESPACE };
      var nameStart = /[:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
      var nameBody = /[:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u00B7\u0300-\u036F\u203F-\u2040.\d-]/;
      var entityStart = /[#:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
      var entityBody = /[#:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u00B7\u0300-\u036F\u203F-\u2040.\d-]/;
      function isWhitespace(c) {
        return c === " " || c === "\n" || c === "\r" || c === "	";
      }
      function isQuote(c) {
        return c === '"' || c === "'";
      }
      function isAttribEnd(c) {
        return c === ">" || isWhitespace(c);
      }
      function isMatch(regex, c) {
        return regex.test(c);
      }
      function notMatch(regex, c) {
        return !isMatch(regex, c);
      }
      var S = 0;
      sax.STATE = {
        BEGIN: S++,
        // leading byte order mark or whitespace
        BEGIN_WHITESPACE: S++,
        // leading whitespace
        TEXT: S++,
        // general stuff
        TEXT_ENTITY: S++,
        // &amp and such.
        OPEN_WAKA: S++,
        // <
        SGML_DECL: S++,
        // <!BLARG
        SGML_DECL_QUOTED: S++,
        // <!BLARG foo "bar
        DOCTYPE: S++,
        // <!DOCTYPE
        DOCTYPE_QUOTED: S++,
        // <!DOCTYPE "//blah
        DOCTYPE_DTD: S++,
        // <!DOCTYPE "//blah" [ ...
        DOCTYPE_DTD_QUOTED: S++,
        // <!DOCTYPE "//blah" [ "foo
        COMMENT_STARTING: S++,
        // <!-
        COMMENT: S++,
        // <!--
        COMMENT_ENDING: S++,
        // <!-- blah -
        COMMENT_ENDED: S++,
        // <!-- blah --
        CDATA: S++,
        // <![CDATA[ something
        CDATA_ENDING: S++,
        // ]
        CDATA_ENDING_2: S++,
        // ]]
        PROC_INST: S++,
        // <?hi
        PROC_INST_BODY: S++,
        // <?hi there
        PROC_INST_ENDING: S++,
        // <?hi "there" ?
        OPEN_TAG: S++,
        // <strong
        OPEN_TAG_SLASH: S++,
        // <strong /
        ATTRIB: S++,
        // <a
        ATTRIB_NAME: S++,
        // <a foo
        ATTRIB_NAME_SAW_WHITE: S++,
        // <a foo _
        ATTRIB_VALUE: S++,
        // <a foo=
        ATTRIB_VALUE_QUOTED: S++,
        // <a foo="bar
        ATTRIB_VALUE_CLOSED: S++,
        // <a foo="bar"
        ATTRIB_VALUE_UNQUOTED: S++,
        // <a foo=bar
        ATTRIB_VALUE_ENTITY_Q: S++,
        // <foo bar="&quot;"
        ATTRIB_VALUE_ENTITY_U: S++,
        // <foo bar=&quot
        CLOSE_TAG: S++,
        // </a
        CLOSE_TAG_SAW_WHITE: S++,
        // </a   >
        SCRIPT: S++,
        // <script> ...
        SCRIPT_ENDING: S++
        // <script> ... <
      };
      sax.XML_ENTITIES = Object.assign(/* @__PURE__ */ Object.create(null), {
        amp: "&",
        gt: ">",
        lt: "<",
        quot: '"',
        apos: "'"
      });
      sax.ENTITIES = Object.assign(/* @__PURE__ */ Object.create(null), {
        amp: "&",
        gt: ">",
        lt: "<",
        quot: '"',
        apos: "'",
        AElig: 198,
        Aacute: 193,
        Acirc: 194,
        Agrave: 192,
        Aring: 197,
        Atilde: 195,
        Auml: 196,
        Ccedil: 199,
        ETH: 208,
        Eacute: 201,
        Ecirc: 202,
        Egrave: 200,
        Euml: 203,
        Iacute: 205,
        Icirc: 206,
        Igrave: 204,
        Iuml: 207,
        Ntilde: 209,
        Oacute: 211,
        Ocirc: 212,
        Ograve: 210,
        Oslash: 216,
        Otilde: 213,
        Ouml: 214,
        THORN: 222,
        Uacute: 218,
        Ucirc: 219,
        Ugrave: 217,
        Uuml: 220,
        Yacute: 221,
        aacute: 225,
        acirc: 226,
        aelig: 230,
        agrave: 224,
        aring: 229,
        atilde: 227,
        auml: 228,
        ccedil: 231,
        eacute: 233,
        ecirc: 234,
        egrave: 232,
        eth: 240,
        euml: 235,
        iacute: 237,
        icirc: 238,
        igrave: 236,
        iuml: 239,
        ntilde: 241,
        oacute: 243,
        ocirc: 244,
        ograve: 242,
        oslash: 248,
        otilde: 245,
        ouml: 246,
        szlig: 223,
        thorn: 254,
        uacute: 250,
        ucirc: 251,
        ugrave: 249,
        uuml: 252,
        yacute: 253,
        yuml: 255,
        copy: 169,
        reg: 174,
        nbsp: 160,
        iexcl: 161,
        cent: 162,
        pound: 163,
        curren: 164,
        yen: 165,
        brvbar: 166,
        sect: 167,
        uml: 168,
        ordf: 170,
        laquo: 171,
        not: 172,
        shy: 173,
        macr: 175,
        deg: 176,
        plusmn: 177,
        sup1: 185,
        sup2: 178,
        sup3: 179,
        acute: 180,
        micro: 181,
        para: 182,
        middot: 183,
        cedil: 184,
        ordm: 186,
        raquo: 187,
        frac14: 188,
        frac12: 189,
        frac34: 190,
        iquest: 191,
        times: 215,
        divide: 247,
        OElig: 338,
        oelig: 339,
        Scaron: 352,
        scaron: 353,
        Yuml: 376,
        fnof: 402,
        circ: 710,
        tilde: 732,
        Alpha: 913,
        Beta: 914,
        Gamma: 915,
        Delta: 916,
        Epsilon: 917,
        Zeta: 918,
        Eta: 919,
        Theta: 920,
        Iota: 921,
        Kappa: 922,
        Lambda: 923,
        Mu: 924,
        Nu: 925,
        Xi: 926,
        Omicron: 927,
        Pi: 928,
        Rho: 929,
        Sigma: 931,
        Tau: 932,
        Upsilon: 933,
        Phi: 934,
        Chi: 935,
        Psi: 936,
        Omega: 937,
        alpha: 945,
        beta: 946,
        gamma: 947,
        delta: 948,
        epsilon: 949,
        zeta: 950,
        eta: 951,
        theta: 952,
        iota: 953,
        kappa: 954,
        lambda: 955,
        mu: 956,
        nu: 957,
        xi: 958,
        omicron: 959,
        pi: 960,
        rho: 961,
        sigmaf: 962,
        sigma: 963,
        tau: 964,
        upsilon: 965,
        phi: 966,
        chi: 967,
        psi: 968,
        omega: 969,
        thetasym: 977,
        upsih: 978,
        piv: 982,
        ensp: 8194,
        emsp: 8195,
        thinsp: 8201,
        zwnj: 8204,
        zwj: 8205,
        lrm: 8206,
        rlm: 8207,
        ndash: 8211,
        mdash: 8212,
        lsquo: 8216,
        rsquo: 8217,
        sbquo: 8218,
        ldquo: 8220,
        rdquo: 8221,
        bdquo: 8222,
        dagger: 8224,
        Dagger: 8225,
        bull: 8226,
        hellip: 8230,
        permil: 8240,
        prime: 8242,
        Prime: 8243,
        lsaquo: 8249,
        rsaquo: 8250,
        oline: 8254,
        frasl: 8260,
        euro: 8364,
        image: 8465,
        weierp: 8472,
        real: 8476,
        trade: 8482,
        alefsym: 8501,
        larr: 8592,
        uarr: 8593,
        rarr: 8594,
        darr: 8595,
        harr: 8596,
        crarr: 8629,
        lArr: 8656,
        uArr: 8657,
        rArr: 8658,
        dArr: 8659,
        hArr: 8660,
        forall: 8704,
        part: 8706,
        exist: 8707,
        empty: 8709,
        nabla: 8711,
        isin: 8712,
        notin: 8713,
        ni: 8715,
        prod: 8719,
        sum: 8721,
        minus: 8722,
        lowast: 8727,
        radic: 8730,
        prop: 8733,
        infin: 8734,
        ang: 8736,
        and: 8743,
        or: 8744,
        cap: 8745,
        cup: 8746,
        int: 8747,
        there4: 8756,
        sim: 8764,
        cong: 8773,
        asymp: 8776,
        ne: 8800,
        equiv: 8801,
        le: 8804,
        ge: 8805,
        sub: 8834,
        sup: 8835,
        nsub: 8836,
        sube: 8838,
        supe: 8839,
        oplus: 8853,
        otimes: 8855,
        perp: 8869,
        sdot: 8901,
        lceil: 8968,
        rceil: 8969,
        lfloor: 8970,
        rfloor: 8971,
        lang: 9001,
        rang: 9002,
        loz: 9674,
        spades: 9824,
        clubs: 9827,
        hearts: 9829,
        diams: 9830
      });
      Object.keys(sax.ENTITIES).forEach(function(key) {
        var e = sax.ENTITIES[key];
        var s2 = typeof e === "number" ? String.fromCharCode(e) : e;
        sax.ENTITIES[key] = s2;
      });
      for (var s in sax.STATE) {
        sax.STATE[sax.STATE[s]] = s;
      }
      S = sax.STATE;
      function emit(parser, event, data) {
        parser[event] && parser[event](data);
      }
      function getDeclaredEncoding(body) {
        var match = body && body.match(/(?:^|\s)encoding\s*=\s*(['"])([^'"]+)\1/i);
        return match ? match[2] : null;
      }
      function normalizeEncodingName(encoding) {
        if (!encoding) {
          return null;
        }
        return encoding.toLowerCase().replace(/[^a-z0-9]/g, "");
      }
      function encodingsMatch(detectedEncoding, declaredEncoding) {
        const detected = normalizeEncodingName(detectedEncoding);
        const declared = normalizeEncodingName(declaredEncoding);
        if (!detected || !declared) {
          return true;
        }
        if (declared === "utf16") {
          return detected === "utf16le" || detected === "utf16be";
        }
        return detected === declared;
      }
      function validateXmlDeclarationEncoding(parser, data) {
        if (!parser.strict || !parser.encoding || !data || data.name !== "xml") {
          return;
        }
        var declaredEncoding = getDeclaredEncoding(data.body);
        if (declaredEncoding && !encodingsMatch(parser.encoding, declaredEncoding)) {
          strictFail(
            parser,
            "XML declaration encoding " + declaredEncoding + " does not match detected stream encoding " + parser.encoding.toUpperCase()
          );
        }
      }
      function emitNode(parser, nodeType, data) {
        if (parser.textNode) closeText(parser);
        emit(parser, nodeType, data);
      }
      function closeText(parser) {
        parser.textNode = textopts(parser.opt, parser.textNode);
        if (parser.textNode) emit(parser, "ontext", parser.textNode);
        parser.textNode = "";
      }
      function textopts(opt, text) {
        if (opt.trim) text = text.trim();
        if (opt.normalize) text = text.replace(/\s+/g, " ");
        return text;
      }
      function error(parser, er) {
        closeText(parser);
        if (parser.trackPosition) {
          er += "\nLine: " + parser.line + "\nColumn: " + parser.column + "\nChar: " + parser.c;
        }
        er = new Error(er);
        parser.error = er;
        emit(parser, "onerror", er);
        return parser;
      }
      function end(parser) {
        if (parser.sawRoot && !parser.closedRoot)
          strictFail(parser, "Unclosed root tag");
        if (parser.state !== S.BEGIN && parser.state !== S.BEGIN_WHITESPACE && parser.state !== S.TEXT) {
          error(parser, "Unexpected end");
        }
        closeText(parser);
        parser.c = "";
        parser.closed = true;
        emit(parser, "onend");
        SAXParser.call(parser, parser.strict, parser.opt);
        return parser;
      }
      function strictFail(parser, message) {
        if (typeof parser !== "object" || !(parser instanceof SAXParser)) {
          throw new Error("bad call to strictFail");
        }
        if (parser.strict) {
          error(parser, message);
        }
      }
      function newTag(parser) {
        if (!parser.strict) parser.tagName = parser.tagName[parser.looseCase]();
        var parent = parser.tags[parser.tags.length - 1] || parser;
        var tag = parser.tag = { name: parser.tagName, attributes: {} };
        if (parser.opt.xmlns) {
          tag.ns = parent.ns;
        }
        parser.attribList.length = 0;
        emitNode(parser, "onopentagstart", tag);
      }
      function qname(name, attribute) {
        var i = name.indexOf(":");
        var qualName = i < 0 ? ["", name] : name.split(":");
        var prefix = qualName[0];
        var local = qualName[1];
        if (attribute && name === "xmlns") {
          prefix = "xmlns";
          local = "";
        }
        return { prefix, local };
      }
      function attrib(parser) {
        if (!parser.strict) {
          parser.attribName = parser.attribName[parser.looseCase]();
        }
        if (parser.attribList.indexOf(parser.attribName) !== -1 || parser.tag.attributes.hasOwnProperty(parser.attribName)) {
          parser.attribName = parser.attribValue = "";
          return;
        }
        if (parser.opt.xmlns) {
          var qn = qname(parser.attribName, true);
          var prefix = qn.prefix;
          var local = qn.local;
          if (prefix === "xmlns") {
            if (local === "xml" && parser.attribValue !== XML_NAMESPACE) {
              strictFail(
                parser,
                "xml: prefix must be bound to " + XML_NAMESPACE + "\nActual: " + parser.attribValue
              );
            } else if (local === "xmlns" && parser.attribValue !== XMLNS_NAMESPACE) {
              strictFail(
                parser,
                "xmlns: prefix must be bound to " + XMLNS_NAMESPACE + "\nActual: " + parser.attribValue
              );
            } else {
              var tag = parser.tag;
              var parent = parser.tags[parser.tags.length - 1] || parser;
              if (tag.ns === parent.ns) {
                tag.ns = Object.create(parent.ns);
              }
              tag.ns[local] = parser.attribValue;
            }
          }
          parser.attribList.push([parser.attribName, parser.attribValue]);
        } else {
          parser.tag.attributes[parser.attribName] = parser.attribValue;
          emitNode(parser, "onattribute", {
            name: parser.attribName,
            value: parser.attribValue
          });
        }
        parser.attribName = parser.attribValue = "";
      }
      function openTag(parser, selfClosing) {
        if (parser.opt.xmlns) {
          var tag = parser.tag;
          var qn = qname(parser.tagName);
          tag.prefix = qn.prefix;
          tag.local = qn.local;
          tag.uri = tag.ns[qn.prefix] || "";
          if (tag.prefix && !tag.uri) {
            strictFail(
              parser,
              "Unbound namespace prefix: " + JSON.stringify(parser.tagName)
            );
            tag.uri = qn.prefix;
          }
          var parent = parser.tags[parser.tags.length - 1] || parser;
          if (tag.ns && parent.ns !== tag.ns) {
            Object.keys(tag.ns).forEach(function(p) {
              emitNode(parser, "onopennamespace", {
                prefix: p,
                uri: tag.ns[p]
              });
            });
          }
          for (var i = 0, l = parser.attribList.length; i < l; i++) {
            var nv = parser.attribList[i];
            var name = nv[0];
            var value = nv[1];
            var qualName = qname(name, true);
            var prefix = qualName.prefix;
            var local = qualName.local;
            var uri = prefix === "" ? "" : tag.ns[prefix] || "";
            var a = {
              name,
              value,
              prefix,
              local,
              uri
            };
            if (prefix && prefix !== "xmlns" && !uri) {
              strictFail(
                parser,
                "Unbound namespace prefix: " + JSON.stringify(prefix)
              );
              a.uri = prefix;
            }
            parser.tag.attributes[name] = a;
            emitNode(parser, "onattribute", a);
          }
          parser.attribList.length = 0;
        }
        parser.tag.isSelfClosing = !!selfClosing;
        parser.sawRoot = true;
        parser.tags.push(parser.tag);
        emitNode(parser, "onopentag", parser.tag);
        if (!selfClosing) {
          if (!parser.noscript && parser.tagName.toLowerCase() === "script") {
            parser.state = S.SCRIPT;
          } else {
            parser.state = S.TEXT;
          }
          parser.tag = null;
          parser.tagName = "";
        }
        parser.attribName = parser.attribValue = "";
        parser.attribList.length = 0;
      }
      function closeTag(parser) {
        if (!parser.tagName) {
          strictFail(parser, "Weird empty close tag.");
          parser.textNode += "</>";
          parser.state = S.TEXT;
          return;
        }
        if (parser.script) {
          if (parser.tagName !== "script") {
            parser.script += "</" + parser.tagName + ">";
            parser.tagName = "";
            parser.state = S.SCRIPT;
            return;
          }
          emitNode(parser, "onscript", parser.script);
          parser.script = "";
        }
        var t = parser.tags.length;
        var tagName = parser.tagName;
        if (!parser.strict) {
          tagName = tagName[parser.looseCase]();
        }
        var closeTo = tagName;
        while (t--) {
          var close = parser.tags[t];
          if (close.name !== closeTo) {
            strictFail(parser, "Unexpected close tag");
          } else {
            break;
          }
        }
        if (t < 0) {
          strictFail(parser, "Unmatched closing tag: " + parser.tagName);
          parser.textNode += "</" + parser.tagName + ">";
          parser.state = S.TEXT;
          return;
        }
        parser.tagName = tagName;
        var s2 = parser.tags.length;
        while (s2-- > t) {
          var tag = parser.tag = parser.tags.pop();
          parser.tagName = parser.tag.name;
          emitNode(parser, "onclosetag", parser.tagName);
          var x = {};
          for (var i in tag.ns) {
            x[i] = tag.ns[i];
          }
          var parent = parser.tags[parser.tags.length - 1] || parser;
          if (parser.opt.xmlns && tag.ns !== parent.ns) {
            Object.keys(tag.ns).forEach(function(p) {
              var n = tag.ns[p];
              emitNode(parser, "onclosenamespace", { prefix: p, uri: n });
            });
          }
        }
        if (t === 0) parser.closedRoot = true;
        parser.tagName = parser.attribValue = parser.attribName = "";
        parser.attribList.length = 0;
        parser.state = S.TEXT;
      }
      function parseEntity(parser) {
        var entity = parser.entity;
        var entityLC = entity.toLowerCase();
        var num;
        var numStr = "";
        if (parser.ENTITIES[entity]) {
          return parser.ENTITIES[entity];
        }
        if (parser.ENTITIES[entityLC]) {
          return parser.ENTITIES[entityLC];
        }
        entity = entityLC;
        if (entity.charAt(0) === "#") {
          if (entity.charAt(1) === "x") {
            entity = entity.slice(2);
            num = parseInt(entity, 16);
            numStr = num.toString(16);
          } else {
            entity = entity.slice(1);
            num = parseInt(entity, 10);
            numStr = num.toString(10);
          }
        }
        entity = entity.replace(/^0+/, "");
        if (isNaN(num) || numStr.toLowerCase() !== entity || num < 0 || num > 1114111 || !isXmlChar(num)) {
          strictFail(parser, "Invalid character entity");
          return "&" + parser.entity + ";";
        }
        return String.fromCodePoint(num);
      }
      function isXmlChar(num) {
        return num === 9 || num === 10 || num === 13 || num >= 32 && num <= 55295 || num >= 57344 && num <= 65533 || num >= 65536 && num <= 1114111;
      }
      function beginWhiteSpace(parser, c) {
        if (c === "<") {
          parser.state = S.OPEN_WAKA;
          parser.startTagPosition = parser.position;
        } else if (!isWhitespace(c)) {
          strictFail(parser, "Non-whitespace before first tag.");
          parser.textNode = c;
          parser.state = S.TEXT;
        }
      }
      function charAt(chunk, i) {
        var result = "";
        if (i < chunk.length) {
          result = chunk.charAt(i);
        }
        return result;
      }
      function write(chunk) {
        var parser = this;
        if (this.error) {
          throw this.error;
        }
        if (parser.closed) {
          return error(
            parser,
            "Cannot write after close. Assign an onready handler."
          );
        }
        if (chunk === null) {
          return end(parser);
        }
        if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        var i = 0;
        var c = "";
        while (true) {
          c = charAt(chunk, i++);
          parser.c = c;
          if (!c) {
            break;
          }
          if (parser.trackPosition) {
            parser.position++;
            if (c === "\n") {
              parser.line++;
              parser.column = 0;
            } else {
              parser.column++;
            }
          }
          switch (parser.state) {
            case S.BEGIN:
              parser.state = S.BEGIN_WHITESPACE;
              if (c === "\uFEFF") {
                continue;
              }
              beginWhiteSpace(parser, c);
              continue;
            case S.BEGIN_WHITESPACE:
              beginWhiteSpace(parser, c);
              continue;
            case S.TEXT:
              if (parser.sawRoot && !parser.closedRoot) {
                var starti = i - 1;
                while (c && c !== "<" && c !== "&") {
                  c = charAt(chunk, i++);
                  if (c && parser.trackPosition) {
                    parser.position++;
                    if (c === "\n") {
                      parser.line++;
                      parser.column = 0;
                    } else {
                      parser.column++;
                    }
                  }
                }
                parser.textNode += chunk.substring(starti, i - 1);
              }
              if (c === "<" && !(parser.sawRoot && parser.closedRoot && !parser.strict)) {
                parser.state = S.OPEN_WAKA;
                parser.startTagPosition = parser.position;
              } else {
                if (!isWhitespace(c) && (!parser.sawRoot || parser.closedRoot)) {
                  strictFail(parser, "Text data outside of root node.");
                }
                if (c === "&") {
                  parser.state = S.TEXT_ENTITY;
                } else {
                  parser.textNode += c;
                }
              }
              continue;
            case S.SCRIPT:
              if (c === "<") {
                parser.state = S.SCRIPT_ENDING;
              } else {
                parser.script += c;
              }
              continue;
            case S.SCRIPT_ENDING:
              if (c === "/") {
                parser.state = S.CLOSE_TAG;
              } else {
                parser.script += "<" + c;
                parser.state = S.SCRIPT;
              }
              continue;
            case S.OPEN_WAKA:
              if (c === "!") {
                parser.state = S.SGML_DECL;
                parser.sgmlDecl = "";
              } else if (isWhitespace(c)) {
              } else if (isMatch(nameStart, c)) {
                parser.state = S.OPEN_TAG;
                parser.tagName = c;
              } else if (c === "/") {
                parser.state = S.CLOSE_TAG;
                parser.tagName = "";
              } else if (c === "?") {
                parser.state = S.PROC_INST;
                parser.procInstName = parser.procInstBody = "";
              } else {
                strictFail(parser, "Unencoded <");
                if (parser.startTagPosition + 1 < parser.position) {
                  var pad = parser.position - parser.startTagPosition;
                  c = new Array(pad).join(" ") + c;
                }
                parser.textNode += "<" + c;
                parser.state = S.TEXT;
              }
              continue;
            case S.SGML_DECL:
              if (parser.sgmlDecl + c === "--") {
                parser.state = S.COMMENT;
                parser.comment = "";
                parser.sgmlDecl = "";
                continue;
              }
              if (parser.doctype && parser.doctype !== true && parser.sgmlDecl) {
                parser.state = S.DOCTYPE_DTD;
                parser.doctype += "<!" + parser.sgmlDecl + c;
                parser.sgmlDecl = "";
              } else if (CDATAre.test(parser.sgmlDecl + c)) {
                emitNode(parser, "onopencdata");
                parser.state = S.CDATA;
                parser.sgmlDecl = "";
                parser.cdata = "";
              } else if (DOCTYPEre.test(parser.sgmlDecl + c)) {
                parser.state = S.DOCTYPE;
                if (parser.doctype || parser.sawRoot) {
                  strictFail(
                    parser,
                    "Inappropriately located doctype declaration"
                  );
                }
                parser.doctype = "";
                parser.sgmlDecl = "";
              } else if (c === ">") {
                emitNode(parser, "onsgmldeclaration", parser.sgmlDecl);
                parser.sgmlDecl = "";
                parser.state = S.TEXT;
              } else if (isQuote(c)) {
                parser.state = S.SGML_DECL_QUOTED;
                parser.sgmlDecl += c;
              } else {
                parser.sgmlDecl += c;
              }
              continue;
            case S.SGML_DECL_QUOTED:
              if (c === parser.q) {
                parser.state = S.SGML_DECL;
                parser.q = "";
              }
              parser.sgmlDecl += c;
              continue;
            case S.DOCTYPE:
              if (c === ">") {
                parser.state = S.TEXT;
                emitNode(parser, "ondoctype", parser.doctype);
                parser.doctype = true;
              } else {
                parser.doctype += c;
                if (c === "[") {
                  parser.state = S.DOCTYPE_DTD;
                } else if (isQuote(c)) {
                  parser.state = S.DOCTYPE_QUOTED;
                  parser.q = c;
                }
              }
              continue;
            case S.DOCTYPE_QUOTED:
              parser.doctype += c;
              if (c === parser.q) {
                parser.q = "";
                parser.state = S.DOCTYPE;
              }
              continue;
            case S.DOCTYPE_DTD:
              if (c === "]") {
                parser.doctype += c;
                parser.state = S.DOCTYPE;
              } else if (c === "<") {
                parser.state = S.OPEN_WAKA;
                parser.startTagPosition = parser.position;
              } else if (isQuote(c)) {
                parser.doctype += c;
                parser.state = S.DOCTYPE_DTD_QUOTED;
                parser.q = c;
              } else {
                parser.doctype += c;
              }
              continue;
            case S.DOCTYPE_DTD_QUOTED:
              parser.doctype += c;
              if (c === parser.q) {
                parser.state = S.DOCTYPE_DTD;
                parser.q = "";
              }
              continue;
            case S.COMMENT:
              if (c === "-") {
                parser.state = S.COMMENT_ENDING;
              } else {
                parser.comment += c;
              }
              continue;
            case S.COMMENT_ENDING:
              if (c === "-") {
                parser.state = S.COMMENT_ENDED;
                parser.comment = textopts(parser.opt, parser.comment);
                if (parser.comment) {
                  emitNode(parser, "oncomment", parser.comment);
                }
                parser.comment = "";
              } else {
                parser.comment += "-" + c;
                parser.state = S.COMMENT;
              }
              continue;
            case S.COMMENT_ENDED:
              if (c !== ">") {
                strictFail(parser, "Malformed comment");
                parser.comment += "--" + c;
                parser.state = S.COMMENT;
              } else if (parser.doctype && parser.doctype !== true) {
                parser.state = S.DOCTYPE_DTD;
              } else {
                parser.state = S.TEXT;
              }
              continue;
            case S.CDATA:
              var starti = i - 1;
              while (c && c !== "]") {
                c = charAt(chunk, i++);
                if (c && parser.trackPosition) {
                  parser.position++;
                  if (c === "\n") {
                    parser.line++;
                    parser.column = 0;
                  } else {
                    parser.column++;
                  }
                }
              }
              parser.cdata += chunk.substring(starti, i - 1);
              if (c === "]") {
                parser.state = S.CDATA_ENDING;
              }
              continue;
            case S.CDATA_ENDING:
              if (c === "]") {
                parser.state = S.CDATA_ENDING_2;
              } else {
                parser.cdata += "]" + c;
                parser.state = S.CDATA;
              }
              continue;
            case S.CDATA_ENDING_2:
              if (c === ">") {
                if (parser.cdata) {
                  emitNode(parser, "oncdata", parser.cdata);
                }
                emitNode(parser, "onclosecdata");
                parser.cdata = "";
                parser.state = S.TEXT;
              } else if (c === "]") {
                parser.cdata += "]";
              } else {
                parser.cdata += "]]" + c;
                parser.state = S.CDATA;
              }
              continue;
            case S.PROC_INST:
              if (c === "?") {
                parser.state = S.PROC_INST_ENDING;
              } else if (isWhitespace(c)) {
                parser.state = S.PROC_INST_BODY;
              } else {
                parser.procInstName += c;
              }
              continue;
            case S.PROC_INST_BODY:
              if (!parser.procInstBody && isWhitespace(c)) {
                continue;
              } else if (c === "?") {
                parser.state = S.PROC_INST_ENDING;
              } else {
                parser.procInstBody += c;
              }
              continue;
            case S.PROC_INST_ENDING:
              if (c === ">") {
                const procInstEndData = {
                  name: parser.procInstName,
                  body: parser.procInstBody
                };
                validateXmlDeclarationEncoding(parser, procInstEndData);
                emitNode(parser, "onprocessinginstruction", procInstEndData);
                parser.procInstName = parser.procInstBody = "";
                parser.state = S.TEXT;
              } else {
                parser.procInstBody += "?" + c;
                parser.state = S.PROC_INST_BODY;
              }
              continue;
            case S.OPEN_TAG:
              if (isMatch(nameBody, c)) {
                parser.tagName += c;
              } else {
                newTag(parser);
                if (c === ">") {
                  openTag(parser);
                } else if (c === "/") {
                  parser.state = S.OPEN_TAG_SLASH;
                } else {
                  if (!isWhitespace(c)) {
                    strictFail(parser, "Invalid character in tag name");
                  }
                  parser.state = S.ATTRIB;
                }
              }
              continue;
            case S.OPEN_TAG_SLASH:
              if (c === ">") {
                openTag(parser, true);
                closeTag(parser);
              } else {
                strictFail(
                  parser,
                  "Forward-slash in opening tag not followed by >"
                );
                parser.state = S.ATTRIB;
              }
              continue;
            case S.ATTRIB:
              if (isWhitespace(c)) {
                continue;
              } else if (c === ">") {
                openTag(parser);
              } else if (c === "/") {
                parser.state = S.OPEN_TAG_SLASH;
              } else if (isMatch(nameStart, c)) {
                parser.attribName = c;
                parser.attribValue = "";
                parser.state = S.ATTRIB_NAME;
              } else {
                strictFail(parser, "Invalid attribute name");
              }
              continue;
            case S.ATTRIB_NAME:
              if (c === "=") {
                parser.state = S.ATTRIB_VALUE;
              } else if (c === ">") {
                strictFail(parser, "Attribute without value");
                parser.attribValue = parser.attribName;
                attrib(parser);
                openTag(parser);
              } else if (isWhitespace(c)) {
                parser.state = S.ATTRIB_NAME_SAW_WHITE;
              } else if (isMatch(nameBody, c)) {
                parser.attribName += c;
              } else {
                strictFail(parser, "Invalid attribute name");
              }
              continue;
            case S.ATTRIB_NAME_SAW_WHITE:
              if (c === "=") {
                parser.state = S.ATTRIB_VALUE;
              } else if (isWhitespace(c)) {
                continue;
              } else {
                strictFail(parser, "Attribute without value");
                parser.tag.attributes[parser.attribName] = "";
                parser.attribValue = "";
                emitNode(parser, "onattribute", {
                  name: parser.attribName,
                  value: ""
                });
                parser.attribName = "";
                if (c === ">") {
                  openTag(parser);
                } else if (isMatch(nameStart, c)) {
                  parser.attribName = c;
                  parser.state = S.ATTRIB_NAME;
                } else {
                  strictFail(parser, "Invalid attribute name");
                  parser.state = S.ATTRIB;
                }
              }
              continue;
            case S.ATTRIB_VALUE:
              if (isWhitespace(c)) {
                continue;
              } else if (isQuote(c)) {
                parser.q = c;
                parser.state = S.ATTRIB_VALUE_QUOTED;
              } else {
                if (!parser.opt.unquotedAttributeValues) {
                  error(parser, "Unquoted attribute value");
                }
                parser.state = S.ATTRIB_VALUE_UNQUOTED;
                parser.attribValue = c;
              }
              continue;
            case S.ATTRIB_VALUE_QUOTED:
              if (c !== parser.q) {
                if (c === "&") {
                  parser.state = S.ATTRIB_VALUE_ENTITY_Q;
                } else {
                  parser.attribValue += c;
                }
                continue;
              }
              attrib(parser);
              parser.q = "";
              parser.state = S.ATTRIB_VALUE_CLOSED;
              continue;
            case S.ATTRIB_VALUE_CLOSED:
              if (isWhitespace(c)) {
                parser.state = S.ATTRIB;
              } else if (c === ">") {
                openTag(parser);
              } else if (c === "/") {
                parser.state = S.OPEN_TAG_SLASH;
              } else if (isMatch(nameStart, c)) {
                strictFail(parser, "No whitespace between attributes");
                parser.attribName = c;
                parser.attribValue = "";
                parser.state = S.ATTRIB_NAME;
              } else {
                strictFail(parser, "Invalid attribute name");
              }
              continue;
            case S.ATTRIB_VALUE_UNQUOTED:
              if (!isAttribEnd(c)) {
                if (c === "&") {
                  parser.state = S.ATTRIB_VALUE_ENTITY_U;
                } else {
                  parser.attribValue += c;
                }
                continue;
              }
              attrib(parser);
              if (c === ">") {
                openTag(parser);
              } else {
                parser.state = S.ATTRIB;
              }
              continue;
            case S.CLOSE_TAG:
              if (!parser.tagName) {
                if (isWhitespace(c)) {
                  continue;
                } else if (notMatch(nameStart, c)) {
                  if (parser.script) {
                    parser.script += "</" + c;
                    parser.state = S.SCRIPT;
                  } else {
                    strictFail(parser, "Invalid tagname in closing tag.");
                  }
                } else {
                  parser.tagName = c;
                }
              } else if (c === ">") {
                closeTag(parser);
              } else if (isMatch(nameBody, c)) {
                parser.tagName += c;
              } else if (parser.script) {
                parser.script += "</" + parser.tagName + c;
                parser.tagName = "";
                parser.state = S.SCRIPT;
              } else {
                if (!isWhitespace(c)) {
                  strictFail(parser, "Invalid tagname in closing tag");
                }
                parser.state = S.CLOSE_TAG_SAW_WHITE;
              }
              continue;
            case S.CLOSE_TAG_SAW_WHITE:
              if (isWhitespace(c)) {
                continue;
              }
              if (c === ">") {
                closeTag(parser);
              } else {
                strictFail(parser, "Invalid characters in closing tag");
              }
              continue;
            case S.TEXT_ENTITY:
            case S.ATTRIB_VALUE_ENTITY_Q:
            case S.ATTRIB_VALUE_ENTITY_U:
              var returnState;
              var buffer;
              switch (parser.state) {
                case S.TEXT_ENTITY:
                  returnState = S.TEXT;
                  buffer = "textNode";
                  break;
                case S.ATTRIB_VALUE_ENTITY_Q:
                  returnState = S.ATTRIB_VALUE_QUOTED;
                  buffer = "attribValue";
                  break;
                case S.ATTRIB_VALUE_ENTITY_U:
                  returnState = S.ATTRIB_VALUE_UNQUOTED;
                  buffer = "attribValue";
                  break;
              }
              if (c === ";") {
                var parsedEntity = parseEntity(parser);
                if (parser.opt.unparsedEntities && !Object.values(sax.XML_ENTITIES).includes(parsedEntity)) {
                  if ((parser.entityCount += 1) > parser.opt.maxEntityCount) {
                    error(
                      parser,
                      "Parsed entity count exceeds max entity count"
                    );
                  }
                  if ((parser.entityDepth += 1) > parser.opt.maxEntityDepth) {
                    error(
                      parser,
                      "Parsed entity depth exceeds max entity depth"
                    );
                  }
                  parser.entity = "";
                  parser.state = returnState;
                  parser.write(parsedEntity);
                  parser.entityDepth -= 1;
                } else {
                  parser[buffer] += parsedEntity;
                  parser.entity = "";
                  parser.state = returnState;
                }
              } else if (isMatch(parser.entity.length ? entityBody : entityStart, c)) {
                parser.entity += c;
              } else {
                strictFail(parser, "Invalid character in entity name");
                parser[buffer] += "&" + parser.entity + c;
                parser.entity = "";
                parser.state = returnState;
              }
              continue;
            default: {
              throw new Error(parser, "Unknown state: " + parser.state);
            }
          }
        }
        if (parser.position >= parser.bufferCheckPosition) {
          checkBufferLength(parser);
        }
        return parser;
      }
      if (!String.fromCodePoint) {
        ;
        (function() {
          var stringFromCharCode = String.fromCharCode;
          var floor = Math.floor;
          var fromCodePoint = function() {
            var MAX_SIZE = 16384;
            var codeUnits = [];
            var highSurrogate;
            var lowSurrogate;
            var index = -1;
            var length = arguments.length;
            if (!length) {
              return "";
            }
            var result = "";
            while (++index < length) {
              var codePoint = Number(arguments[index]);
              if (!isFinite(codePoint) || // `NaN`, `+Infinity`, or `-Infinity`
              codePoint < 0 || // not a valid Unicode code point
              codePoint > 1114111 || // not a valid Unicode code point
              floor(codePoint) !== codePoint) {
                throw RangeError("Invalid code point: " + codePoint);
              }
              if (codePoint <= 65535) {
                codeUnits.push(codePoint);
              } else {
                codePoint -= 65536;
                highSurrogate = (codePoint >> 10) + 55296;
                lowSurrogate = codePoint % 1024 + 56320;
                codeUnits.push(highSurrogate, lowSurrogate);
              }
              if (index + 1 === length || codeUnits.length > MAX_SIZE) {
                result += stringFromCharCode.apply(null, codeUnits);
                codeUnits.length = 0;
              }
            }
            return result;
          };
          if (Object.defineProperty) {
            Object.defineProperty(String, "fromCodePoint", {
              value: fromCodePoint,
              configurable: true,
              writable: true
            });
          } else {
            String.fromCodePoint = fromCodePoint;
          }
        })();
      }
    })(typeof exports === "undefined" ? exports.sax = {} : exports);
  }
});

// node_modules/xml2js/lib/bom.js
var require_bom = __commonJS({
  "node_modules/xml2js/lib/bom.js"(exports) {
    (function() {
      "use strict";
      exports.stripBOM = function(str) {
        if (str[0] === "\uFEFF") {
          return str.substring(1);
        } else {
          return str;
        }
      };
    }).call(exports);
  }
});

// node_modules/xml2js/lib/processors.js
var require_processors = __commonJS({
  "node_modules/xml2js/lib/processors.js"(exports) {
    (function() {
      "use strict";
      var prefixMatch;
      prefixMatch = new RegExp(/(?!xmlns)^.*:/);
      exports.normalize = function(str) {
        return str.toLowerCase();
      };
      exports.firstCharLowerCase = function(str) {
        return str.charAt(0).toLowerCase() + str.slice(1);
      };
      exports.stripPrefix = function(str) {
        return str.replace(prefixMatch, "");
      };
      exports.parseNumbers = function(str) {
        if (!isNaN(str)) {
          str = str % 1 === 0 ? parseInt(str, 10) : parseFloat(str);
        }
        return str;
      };
      exports.parseBooleans = function(str) {
        if (/^(?:true|false)$/i.test(str)) {
          str = str.toLowerCase() === "true";
        }
        return str;
      };
    }).call(exports);
  }
});

// node_modules/xml2js/lib/parser.js
var require_parser = __commonJS({
  "node_modules/xml2js/lib/parser.js"(exports) {
    (function() {
      "use strict";
      var bom, defaults, events, isEmpty, processItem, processors, sax, setImmediate, bind = function(fn, me) {
        return function() {
          return fn.apply(me, arguments);
        };
      }, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      sax = require_sax();
      events = __require("events");
      bom = require_bom();
      processors = require_processors();
      setImmediate = __require("timers").setImmediate;
      defaults = require_defaults().defaults;
      isEmpty = function(thing) {
        return typeof thing === "object" && thing != null && Object.keys(thing).length === 0;
      };
      processItem = function(processors2, item, key) {
        var i, len, process2;
        for (i = 0, len = processors2.length; i < len; i++) {
          process2 = processors2[i];
          item = process2(item, key);
        }
        return item;
      };
      exports.Parser = (function(superClass) {
        extend(Parser, superClass);
        function Parser(opts) {
          this.parseStringPromise = bind(this.parseStringPromise, this);
          this.parseString = bind(this.parseString, this);
          this.reset = bind(this.reset, this);
          this.assignOrPush = bind(this.assignOrPush, this);
          this.processAsync = bind(this.processAsync, this);
          var key, ref, value;
          if (!(this instanceof exports.Parser)) {
            return new exports.Parser(opts);
          }
          this.options = {};
          ref = defaults["0.2"];
          for (key in ref) {
            if (!hasProp.call(ref, key)) continue;
            value = ref[key];
            this.options[key] = value;
          }
          for (key in opts) {
            if (!hasProp.call(opts, key)) continue;
            value = opts[key];
            this.options[key] = value;
          }
          if (this.options.xmlns) {
            this.options.xmlnskey = this.options.attrkey + "ns";
          }
          if (this.options.normalizeTags) {
            if (!this.options.tagNameProcessors) {
              this.options.tagNameProcessors = [];
            }
            this.options.tagNameProcessors.unshift(processors.normalize);
          }
          this.reset();
        }
        Parser.prototype.processAsync = function() {
          var chunk, err;
          try {
            if (this.remaining.length <= this.options.chunkSize) {
              chunk = this.remaining;
              this.remaining = "";
              this.saxParser = this.saxParser.write(chunk);
              return this.saxParser.close();
            } else {
              chunk = this.remaining.substr(0, this.options.chunkSize);
              this.remaining = this.remaining.substr(this.options.chunkSize, this.remaining.length);
              this.saxParser = this.saxParser.write(chunk);
              return setImmediate(this.processAsync);
            }
          } catch (error1) {
            err = error1;
            if (!this.saxParser.errThrown) {
              this.saxParser.errThrown = true;
              return this.emit(err);
            }
          }
        };
        Parser.prototype.assignOrPush = function(obj, key, newValue) {
          if (!(key in obj)) {
            if (!this.options.explicitArray) {
              return obj[key] = newValue;
            } else {
              return obj[key] = [newValue];
            }
          } else {
            if (!(obj[key] instanceof Array)) {
              obj[key] = [obj[key]];
            }
            return obj[key].push(newValue);
          }
        };
        Parser.prototype.reset = function() {
          var attrkey, charkey, ontext, stack;
          this.removeAllListeners();
          this.saxParser = sax.parser(this.options.strict, {
            trim: false,
            normalize: false,
            xmlns: this.options.xmlns
          });
          this.saxParser.errThrown = false;
          this.saxParser.onerror = /* @__PURE__ */ (function(_this) {
            return function(error) {
              _this.saxParser.resume();
              if (!_this.saxParser.errThrown) {
                _this.saxParser.errThrown = true;
                return _this.emit("error", error);
              }
            };
          })(this);
          this.saxParser.onend = /* @__PURE__ */ (function(_this) {
            return function() {
              if (!_this.saxParser.ended) {
                _this.saxParser.ended = true;
                return _this.emit("end", _this.resultObject);
              }
            };
          })(this);
          this.saxParser.ended = false;
          this.EXPLICIT_CHARKEY = this.options.explicitCharkey;
          this.resultObject = null;
          stack = [];
          attrkey = this.options.attrkey;
          charkey = this.options.charkey;
          this.saxParser.onopentag = /* @__PURE__ */ (function(_this) {
            return function(node) {
              var key, newValue, obj, processedKey, ref;
              obj = /* @__PURE__ */ Object.create(null);
              obj[charkey] = "";
              if (!_this.options.ignoreAttrs) {
                ref = node.attributes;
                for (key in ref) {
                  if (!hasProp.call(ref, key)) continue;
                  if (!(attrkey in obj) && !_this.options.mergeAttrs) {
                    obj[attrkey] = /* @__PURE__ */ Object.create(null);
                  }
                  newValue = _this.options.attrValueProcessors ? processItem(_this.options.attrValueProcessors, node.attributes[key], key) : node.attributes[key];
                  processedKey = _this.options.attrNameProcessors ? processItem(_this.options.attrNameProcessors, key) : key;
                  if (_this.options.mergeAttrs) {
                    _this.assignOrPush(obj, processedKey, newValue);
                  } else {
                    obj[attrkey][processedKey] = newValue;
                  }
                }
              }
              obj["#name"] = _this.options.tagNameProcessors ? processItem(_this.options.tagNameProcessors, node.name) : node.name;
              if (_this.options.xmlns) {
                obj[_this.options.xmlnskey] = {
                  uri: node.uri,
                  local: node.local
                };
              }
              return stack.push(obj);
            };
          })(this);
          this.saxParser.onclosetag = /* @__PURE__ */ (function(_this) {
            return function() {
              var cdata, emptyStr, key, node, nodeName, obj, objClone, old, s, xpath;
              obj = stack.pop();
              nodeName = obj["#name"];
              if (!_this.options.explicitChildren || !_this.options.preserveChildrenOrder) {
                delete obj["#name"];
              }
              if (obj.cdata === true) {
                cdata = obj.cdata;
                delete obj.cdata;
              }
              s = stack[stack.length - 1];
              if (obj[charkey].match(/^\s*$/) && !cdata) {
                emptyStr = obj[charkey];
                delete obj[charkey];
              } else {
                if (_this.options.trim) {
                  obj[charkey] = obj[charkey].trim();
                }
                if (_this.options.normalize) {
                  obj[charkey] = obj[charkey].replace(/\s{2,}/g, " ").trim();
                }
                obj[charkey] = _this.options.valueProcessors ? processItem(_this.options.valueProcessors, obj[charkey], nodeName) : obj[charkey];
                if (Object.keys(obj).length === 1 && charkey in obj && !_this.EXPLICIT_CHARKEY) {
                  obj = obj[charkey];
                }
              }
              if (isEmpty(obj)) {
                if (typeof _this.options.emptyTag === "function") {
                  obj = _this.options.emptyTag();
                } else {
                  obj = _this.options.emptyTag !== "" ? _this.options.emptyTag : emptyStr;
                }
              }
              if (_this.options.validator != null) {
                xpath = "/" + (function() {
                  var i, len, results;
                  results = [];
                  for (i = 0, len = stack.length; i < len; i++) {
                    node = stack[i];
                    results.push(node["#name"]);
                  }
                  return results;
                })().concat(nodeName).join("/");
                (function() {
                  var err;
                  try {
                    return obj = _this.options.validator(xpath, s && s[nodeName], obj);
                  } catch (error1) {
                    err = error1;
                    return _this.emit("error", err);
                  }
                })();
              }
              if (_this.options.explicitChildren && !_this.options.mergeAttrs && typeof obj === "object") {
                if (!_this.options.preserveChildrenOrder) {
                  node = /* @__PURE__ */ Object.create(null);
                  if (_this.options.attrkey in obj) {
                    node[_this.options.attrkey] = obj[_this.options.attrkey];
                    delete obj[_this.options.attrkey];
                  }
                  if (!_this.options.charsAsChildren && _this.options.charkey in obj) {
                    node[_this.options.charkey] = obj[_this.options.charkey];
                    delete obj[_this.options.charkey];
                  }
                  if (Object.getOwnPropertyNames(obj).length > 0) {
                    node[_this.options.childkey] = obj;
                  }
                  obj = node;
                } else if (s) {
                  s[_this.options.childkey] = s[_this.options.childkey] || [];
                  objClone = /* @__PURE__ */ Object.create(null);
                  for (key in obj) {
                    if (!hasProp.call(obj, key)) continue;
                    objClone[key] = obj[key];
                  }
                  s[_this.options.childkey].push(objClone);
                  delete obj["#name"];
                  if (Object.keys(obj).length === 1 && charkey in obj && !_this.EXPLICIT_CHARKEY) {
                    obj = obj[charkey];
                  }
                }
              }
              if (stack.length > 0) {
                return _this.assignOrPush(s, nodeName, obj);
              } else {
                if (_this.options.explicitRoot) {
                  old = obj;
                  obj = /* @__PURE__ */ Object.create(null);
                  obj[nodeName] = old;
                }
                _this.resultObject = obj;
                _this.saxParser.ended = true;
                return _this.emit("end", _this.resultObject);
              }
            };
          })(this);
          ontext = /* @__PURE__ */ (function(_this) {
            return function(text) {
              var charChild, s;
              s = stack[stack.length - 1];
              if (s) {
                s[charkey] += text;
                if (_this.options.explicitChildren && _this.options.preserveChildrenOrder && _this.options.charsAsChildren && (_this.options.includeWhiteChars || text.replace(/\\n/g, "").trim() !== "")) {
                  s[_this.options.childkey] = s[_this.options.childkey] || [];
                  charChild = {
                    "#name": "__text__"
                  };
                  charChild[charkey] = text;
                  if (_this.options.normalize) {
                    charChild[charkey] = charChild[charkey].replace(/\s{2,}/g, " ").trim();
                  }
                  s[_this.options.childkey].push(charChild);
                }
                return s;
              }
            };
          })(this);
          this.saxParser.ontext = ontext;
          return this.saxParser.oncdata = /* @__PURE__ */ (function(_this) {
            return function(text) {
              var s;
              s = ontext(text);
              if (s) {
                return s.cdata = true;
              }
            };
          })(this);
        };
        Parser.prototype.parseString = function(str, cb) {
          var err;
          if (cb != null && typeof cb === "function") {
            this.on("end", function(result) {
              this.reset();
              return cb(null, result);
            });
            this.on("error", function(err2) {
              this.reset();
              return cb(err2);
            });
          }
          try {
            str = str.toString();
            if (str.trim() === "") {
              this.emit("end", null);
              return true;
            }
            str = bom.stripBOM(str);
            if (this.options.async) {
              this.remaining = str;
              setImmediate(this.processAsync);
              return this.saxParser;
            }
            return this.saxParser.write(str).close();
          } catch (error1) {
            err = error1;
            if (!(this.saxParser.errThrown || this.saxParser.ended)) {
              this.emit("error", err);
              return this.saxParser.errThrown = true;
            } else if (this.saxParser.ended) {
              throw err;
            }
          }
        };
        Parser.prototype.parseStringPromise = function(str) {
          return new Promise(/* @__PURE__ */ (function(_this) {
            return function(resolve, reject) {
              return _this.parseString(str, function(err, value) {
                if (err) {
                  return reject(err);
                } else {
                  return resolve(value);
                }
              });
            };
          })(this));
        };
        return Parser;
      })(events);
      exports.parseString = function(str, a, b) {
        var cb, options, parser;
        if (b != null) {
          if (typeof b === "function") {
            cb = b;
          }
          if (typeof a === "object") {
            options = a;
          }
        } else {
          if (typeof a === "function") {
            cb = a;
          }
          options = {};
        }
        parser = new exports.Parser(options);
        return parser.parseString(str, cb);
      };
      exports.parseStringPromise = function(str, a) {
        var options, parser;
        if (typeof a === "object") {
          options = a;
        }
        parser = new exports.Parser(options);
        return parser.parseStringPromise(str);
      };
    }).call(exports);
  }
});

// node_modules/xml2js/lib/xml2js.js
var require_xml2js = __commonJS({
  "node_modules/xml2js/lib/xml2js.js"(exports) {
    (function() {
      "use strict";
      var builder, defaults, parser, processors, extend = function(child, parent) {
        for (var key in parent) {
          if (hasProp.call(parent, key)) child[key] = parent[key];
        }
        function ctor() {
          this.constructor = child;
        }
        ctor.prototype = parent.prototype;
        child.prototype = new ctor();
        child.__super__ = parent.prototype;
        return child;
      }, hasProp = {}.hasOwnProperty;
      defaults = require_defaults();
      builder = require_builder();
      parser = require_parser();
      processors = require_processors();
      exports.defaults = defaults.defaults;
      exports.processors = processors;
      exports.ValidationError = (function(superClass) {
        extend(ValidationError, superClass);
        function ValidationError(message) {
          this.message = message;
        }
        return ValidationError;
      })(Error);
      exports.Builder = builder.Builder;
      exports.Parser = parser.Parser;
      exports.parseString = parser.parseString;
      exports.parseStringPromise = parser.parseStringPromise;
    }).call(exports);
  }
});

// node_modules/debug/src/common.js
var require_common2 = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    "use strict";
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      Object.keys(env).forEach(function(key) {
        createDebug[key] = env[key];
      });
      createDebug.instances = [];
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        var hash = 0;
        for (var i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        var prevTime;
        function debug() {
          if (!debug.enabled) {
            return;
          }
          for (var _len = arguments.length, args = new Array(_len), _key = 0; _key < _len; _key++) {
            args[_key] = arguments[_key];
          }
          var self2 = debug;
          var curr = Number(/* @__PURE__ */ new Date());
          var ms = curr - (prevTime || curr);
          self2.diff = ms;
          self2.prev = prevTime;
          self2.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          var index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, function(match, format) {
            if (match === "%%") {
              return match;
            }
            index++;
            var formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              var val = args[index];
              match = formatter.call(self2, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self2, args);
          var logFn = self2.log || createDebug.log;
          logFn.apply(self2, args);
        }
        debug.namespace = namespace;
        debug.enabled = createDebug.enabled(namespace);
        debug.useColors = createDebug.useColors();
        debug.color = selectColor(namespace);
        debug.destroy = destroy;
        debug.extend = extend;
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        createDebug.instances.push(debug);
        return debug;
      }
      function destroy() {
        var index = createDebug.instances.indexOf(this);
        if (index !== -1) {
          createDebug.instances.splice(index, 1);
          return true;
        }
        return false;
      }
      function extend(namespace, delimiter) {
        return createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.names = [];
        createDebug.skips = [];
        var i;
        var split = (typeof namespaces === "string" ? namespaces : "").split(/[\s,]+/);
        var len = split.length;
        for (i = 0; i < len; i++) {
          if (!split[i]) {
            continue;
          }
          namespaces = split[i].replace(/\*/g, ".*?");
          if (namespaces[0] === "-") {
            createDebug.skips.push(new RegExp("^" + namespaces.substr(1) + "$"));
          } else {
            createDebug.names.push(new RegExp("^" + namespaces + "$"));
          }
        }
        for (i = 0; i < createDebug.instances.length; i++) {
          var instance = createDebug.instances[i];
          instance.enabled = createDebug.enabled(instance.namespace);
        }
      }
      function disable() {
        createDebug.enable("");
      }
      function enabled(name) {
        if (name[name.length - 1] === "*") {
          return true;
        }
        var i;
        var len;
        for (i = 0, len = createDebug.skips.length; i < len; i++) {
          if (createDebug.skips[i].test(name)) {
            return false;
          }
        }
        for (i = 0, len = createDebug.names.length; i < len; i++) {
          if (createDebug.names[i].test(name)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser2 = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    "use strict";
    function _typeof(obj) {
      if (typeof Symbol === "function" && typeof Symbol.iterator === "symbol") {
        _typeof = function _typeof2(obj2) {
          return typeof obj2;
        };
      } else {
        _typeof = function _typeof2(obj2) {
          return obj2 && typeof Symbol === "function" && obj2.constructor === Symbol && obj2 !== Symbol.prototype ? "symbol" : typeof obj2;
        };
      }
      return _typeof(obj);
    }
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.colors = ["#0000CC", "#0000FF", "#0033CC", "#0033FF", "#0066CC", "#0066FF", "#0099CC", "#0099FF", "#00CC00", "#00CC33", "#00CC66", "#00CC99", "#00CCCC", "#00CCFF", "#3300CC", "#3300FF", "#3333CC", "#3333FF", "#3366CC", "#3366FF", "#3399CC", "#3399FF", "#33CC00", "#33CC33", "#33CC66", "#33CC99", "#33CCCC", "#33CCFF", "#6600CC", "#6600FF", "#6633CC", "#6633FF", "#66CC00", "#66CC33", "#9900CC", "#9900FF", "#9933CC", "#9933FF", "#99CC00", "#99CC33", "#CC0000", "#CC0033", "#CC0066", "#CC0099", "#CC00CC", "#CC00FF", "#CC3300", "#CC3333", "#CC3366", "#CC3399", "#CC33CC", "#CC33FF", "#CC6600", "#CC6633", "#CC9900", "#CC9933", "#CCCC00", "#CCCC33", "#FF0000", "#FF0033", "#FF0066", "#FF0099", "#FF00CC", "#FF00FF", "#FF3300", "#FF3333", "#FF3366", "#FF3399", "#FF33CC", "#FF33FF", "#FF6600", "#FF6633", "#FF9900", "#FF9933", "#FFCC00", "#FFCC33"];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/) && parseInt(RegExp.$1, 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      var c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      var index = 0;
      var lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, function(match) {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c);
    }
    function log() {
      var _console;
      return (typeof console === "undefined" ? "undefined" : _typeof(console)) === "object" && console.log && (_console = console).log.apply(_console, arguments);
    }
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      var r;
      try {
        r = exports.storage.getItem("debug");
      } catch (error) {
      }
      if (!r && typeof process !== "undefined" && "env" in process) {
        r = process.env.DEBUG;
      }
      return r;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common2()(exports);
    var formatters = module.exports.formatters;
    formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node2 = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    "use strict";
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      supportsColor = require_supports_color();
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [20, 21, 26, 27, 32, 33, 38, 39, 40, 41, 42, 43, 44, 45, 56, 57, 62, 63, 68, 69, 74, 75, 76, 77, 78, 79, 80, 81, 92, 93, 98, 99, 112, 113, 128, 129, 134, 135, 148, 149, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 178, 179, 184, 185, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 214, 215, 220, 221];
      }
    } catch (error) {
    }
    var supportsColor;
    exports.inspectOpts = Object.keys(process.env).filter(function(key) {
      return /^debug_/i.test(key);
    }).reduce(function(obj, key) {
      var prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, function(_, k) {
        return k.toUpperCase();
      });
      var val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      var name = this.namespace, useColors2 = this.useColors;
      if (useColors2) {
        var c = this.color;
        var colorCode = "\x1B[3" + (c < 8 ? c : "8;5;" + c);
        var prefix = "  ".concat(colorCode, ";1m").concat(name, " \x1B[0m");
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log() {
      return process.stderr.write(util.format.apply(util, arguments) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      var keys = Object.keys(exports.inspectOpts);
      for (var i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common2()(exports);
    var formatters = module.exports.formatters;
    formatters.o = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts).split("\n").map(function(str) {
        return str.trim();
      }).join(" ");
    };
    formatters.O = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src2 = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    "use strict";
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser2();
    } else {
      module.exports = require_node2();
    }
  }
});

// node_modules/@alicloud/pop-core/lib/roa.js
var require_roa = __commonJS({
  "node_modules/@alicloud/pop-core/lib/roa.js"(exports, module) {
    "use strict";
    var assert = __require("assert");
    var url = __require("url");
    var querystring = __require("querystring");
    var kitx = require_lib2();
    var httpx = require_lib();
    var xml2js = require_xml2js();
    var JSON2 = require_json_bigint();
    var debug = require_src2()("roa");
    var helper = require_helper();
    function filter(value) {
      return value.replace(/[\t\n\r\f]/g, " ");
    }
    function keyLowerify(headers) {
      const keys = Object.keys(headers);
      const newHeaders = {};
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        newHeaders[key.toLowerCase()] = headers[key];
      }
      return newHeaders;
    }
    function getCanonicalizedHeaders(headers) {
      const prefix = "x-acs-";
      const keys = Object.keys(headers);
      const canonicalizedKeys = [];
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key.startsWith(prefix)) {
          canonicalizedKeys.push(key);
        }
      }
      canonicalizedKeys.sort();
      var result = "";
      for (let i = 0; i < canonicalizedKeys.length; i++) {
        const key = canonicalizedKeys[i];
        result += `${key}:${filter(headers[key]).trim()}
`;
      }
      return result;
    }
    function getCanonicalizedResource(uriPattern, query) {
      const keys = Object.keys(query).sort();
      if (keys.length === 0) {
        return uriPattern;
      }
      var result = [];
      for (var i = 0; i < keys.length; i++) {
        const key = keys[i];
        result.push(`${key}=${query[key]}`);
      }
      return `${uriPattern}?${result.join("&")}`;
    }
    function buildStringToSign(method, uriPattern, headers, query) {
      const accept = headers["accept"];
      const contentMD5 = headers["content-md5"] || "";
      const contentType = headers["content-type"] || "";
      const date = headers["date"] || "";
      const header = `${method}
${accept}
${contentMD5}
${contentType}
${date}
`;
      const canonicalizedHeaders = getCanonicalizedHeaders(headers);
      const canonicalizedResource = getCanonicalizedResource(uriPattern, query);
      return `${header}${canonicalizedHeaders}${canonicalizedResource}`;
    }
    function parseXML(xml) {
      const parser = new xml2js.Parser({
        // explicitArray: false
      });
      return new Promise((resolve, reject) => {
        parser.parseString(xml, (err, result) => {
          if (err) {
            return reject(err);
          }
          resolve(result);
        });
      });
    }
    var ACSError = class extends Error {
      constructor(err) {
        const message = err.Message[0];
        const code = err.Code[0];
        const hostid = err.HostId[0];
        const requestid = err.RequestId[0];
        super(`${message} hostid: ${hostid}, requestid: ${requestid}`);
        this.code = code;
      }
    };
    var ROAClient = class {
      constructor(config) {
        assert(config, 'must pass "config"');
        assert(config.endpoint, 'must pass "config.endpoint"');
        if (!config.endpoint.startsWith("https://") && !config.endpoint.startsWith("http://")) {
          throw new Error(`"config.endpoint" must starts with 'https://' or 'http://'.`);
        }
        assert(config.apiVersion, 'must pass "config.apiVersion"');
        if (config.credentialsProvider) {
          if (typeof config.credentialsProvider.getCredentials !== "function") {
            throw new Error(`must pass "config.credentialsProvider" with function "getCredentials()"`);
          }
          this.credentialsProvider = config.credentialsProvider;
        } else {
          assert(config.accessKeyId, 'must pass "config.accessKeyId"');
          assert(config.accessKeySecret, 'must pass "config.accessKeySecret"');
          this.accessKeyId = config.accessKeyId;
          this.accessKeySecret = config.accessKeySecret;
          this.securityToken = config.securityToken;
          this.credentialsProvider = {
            getCredentials: async () => {
              return {
                accessKeyId: config.accessKeyId,
                accessKeySecret: config.accessKeySecret,
                securityToken: config.securityToken
              };
            }
          };
        }
        this.endpoint = config.endpoint;
        this.apiVersion = config.apiVersion;
        this.host = url.parse(this.endpoint).hostname;
        this.opts = config.opts;
        var httpModule = this.endpoint.startsWith("https://") ? __require("https") : __require("http");
        this.keepAliveAgent = new httpModule.Agent({
          keepAlive: true,
          keepAliveMsecs: 3e3
        });
      }
      buildHeaders() {
        const now = /* @__PURE__ */ new Date();
        var defaultHeaders = {
          accept: "application/json",
          date: now.toGMTString(),
          host: this.host,
          "x-acs-signature-nonce": kitx.makeNonce(),
          "x-acs-signature-method": "HMAC-SHA1",
          "x-acs-signature-version": "1.0",
          "x-acs-version": this.apiVersion,
          "user-agent": helper.DEFAULT_UA,
          "x-sdk-client": helper.DEFAULT_CLIENT
        };
        if (this.securityToken) {
          defaultHeaders["x-acs-accesskey-id"] = this.accessKeyId;
          defaultHeaders["x-acs-security-token"] = this.securityToken;
        }
        return defaultHeaders;
      }
      signature(stringToSign) {
        const utf8Buff = Buffer.from(stringToSign, "utf8");
        return kitx.sha1(utf8Buff, this.accessKeySecret, "base64");
      }
      buildAuthorization(stringToSign) {
        return `acs ${this.accessKeyId}:${this.signature(stringToSign)}`;
      }
      async request(method, uriPattern, query = {}, body = "", headers = {}, opts = {}) {
        const credentials = await this.credentialsProvider.getCredentials();
        const now = /* @__PURE__ */ new Date();
        var defaultHeaders = {
          accept: "application/json",
          date: now.toGMTString(),
          host: this.host,
          "x-acs-signature-nonce": kitx.makeNonce(),
          "x-acs-version": this.apiVersion,
          "user-agent": helper.DEFAULT_UA,
          "x-sdk-client": helper.DEFAULT_CLIENT
        };
        if (credentials && credentials.accessKeyId && credentials.accessKeySecret) {
          defaultHeaders["x-acs-signature-method"] = "HMAC-SHA1";
          defaultHeaders["x-acs-signature-version"] = "1.0";
          if (credentials.securityToken) {
            defaultHeaders["x-acs-accesskey-id"] = credentials.accessKeyId;
            defaultHeaders["x-acs-security-token"] = credentials.securityToken;
          }
        }
        var mixHeaders = Object.assign(defaultHeaders, keyLowerify(headers));
        var postBody = null;
        postBody = Buffer.from(body, "utf8");
        mixHeaders["content-md5"] = kitx.md5(postBody, "base64");
        mixHeaders["content-length"] = postBody.length;
        var url2 = `${this.endpoint}${uriPattern}`;
        if (Object.keys(query).length) {
          url2 += `?${querystring.stringify(query)}`;
        }
        if (credentials && credentials.accessKeyId && credentials.accessKeySecret) {
          const stringToSign = buildStringToSign(method, uriPattern, mixHeaders, query);
          debug("stringToSign: %s", stringToSign);
          const utf8Buff = Buffer.from(stringToSign, "utf8");
          const signature = kitx.sha1(utf8Buff, credentials.accessKeySecret, "base64");
          mixHeaders["authorization"] = `acs ${credentials.accessKeyId}:${signature}`;
        }
        const options = Object.assign({
          method,
          agent: this.keepAliveAgent,
          headers: mixHeaders,
          data: postBody
        }, this.opts, opts);
        const response = await httpx.request(url2, options);
        const responseBody = await httpx.read(response, "utf8");
        if (opts.rawBody) {
          return responseBody;
        }
        const contentType = response.headers["content-type"] || "";
        if (contentType.startsWith("application/json")) {
          const statusCode = response.statusCode;
          if (statusCode === 204) {
            return responseBody;
          }
          var result;
          try {
            result = JSON2.parse(responseBody);
          } catch (err2) {
            err2.name = "FormatError";
            err2.message = "parse response to json error";
            err2.body = responseBody;
            throw err2;
          }
          if (statusCode >= 400) {
            const errorMessage = result.Message || result.errorMsg || "";
            const errorCode = result.Code || result.errorCode || "";
            const requestId = result.RequestId || "";
            var err = new Error(`code: ${statusCode}, ${errorMessage}, requestid: ${requestId}`);
            err.name = `${errorCode}Error`;
            err.statusCode = statusCode;
            err.result = result;
            err.code = errorCode;
            throw err;
          }
          return result;
        }
        if (contentType.startsWith("text/xml")) {
          const result2 = await parseXML(responseBody);
          if (result2.Error) {
            throw new ACSError(result2.Error);
          }
          return result2;
        }
        return responseBody;
      }
      put(path, query, body, headers, options) {
        return this.request("PUT", path, query, body, headers, options);
      }
      post(path, query, body, headers, options) {
        return this.request("POST", path, query, body, headers, options);
      }
      get(path, query, headers, options) {
        return this.request("GET", path, query, "", headers, options);
      }
      delete(path, query, headers, options) {
        return this.request("DELETE", path, query, "", headers, options);
      }
    };
    module.exports = ROAClient;
  }
});

// node_modules/@alicloud/pop-core/index.js
var require_pop_core = __commonJS({
  "node_modules/@alicloud/pop-core/index.js"(exports, module) {
    "use strict";
    module.exports = require_rpc();
    module.exports.ROAClient = require_roa();
    module.exports.RPCClient = require_rpc();
  }
});

// node_modules/@alicloud/tea-typescript/dist/tea.js
var require_tea = __commonJS({
  "node_modules/@alicloud/tea-typescript/dist/tea.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (b2.hasOwnProperty(p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      Object.defineProperty(o, k2, { enumerable: true, get: function() {
        return m[k];
      } });
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __awaiter = exports && exports.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve) {
          resolve(value);
        });
      }
      return new (P || (P = Promise))(function(resolve, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    var __generator = exports && exports.__generator || function(thisArg, body) {
      var _ = { label: 0, sent: function() {
        if (t[0] & 1) throw t[1];
        return t[1];
      }, trys: [], ops: [] }, f, y, t, g;
      return g = { next: verb(0), "throw": verb(1), "return": verb(2) }, typeof Symbol === "function" && (g[Symbol.iterator] = function() {
        return this;
      }), g;
      function verb(n) {
        return function(v) {
          return step([n, v]);
        };
      }
      function step(op) {
        if (f) throw new TypeError("Generator is already executing.");
        while (_) try {
          if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
          if (y = 0, t) op = [op[0] & 2, t.value];
          switch (op[0]) {
            case 0:
            case 1:
              t = op;
              break;
            case 4:
              _.label++;
              return { value: op[1], done: false };
            case 5:
              _.label++;
              y = op[1];
              op = [0];
              continue;
            case 7:
              op = _.ops.pop();
              _.trys.pop();
              continue;
            default:
              if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) {
                _ = 0;
                continue;
              }
              if (op[0] === 3 && (!t || op[1] > t[0] && op[1] < t[3])) {
                _.label = op[1];
                break;
              }
              if (op[0] === 6 && _.label < t[1]) {
                _.label = t[1];
                t = op;
                break;
              }
              if (t && _.label < t[2]) {
                _.label = t[2];
                _.ops.push(op);
                break;
              }
              if (t[2]) _.ops.pop();
              _.trys.pop();
              continue;
          }
          op = body.call(thisArg, _);
        } catch (e) {
          op = [6, e];
          y = 0;
        } finally {
          f = t = 0;
        }
        if (op[0] & 5) throw op[1];
        return { value: op[0] ? op[1] : void 0, done: true };
      }
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isRetryable = exports.retryError = exports.newUnretryableError = exports.getBackoffTime = exports.allowRetry = exports.sleep = exports.cast = exports.Model = exports.toMap = exports.newError = exports.doAction = exports.Response = exports.Request = exports.BytesReadable = void 0;
    var querystring = __importStar(__require("querystring"));
    var http_1 = __require("http");
    var https_1 = __require("https");
    var stream_1 = __require("stream");
    var httpx = __importStar(require_lib());
    var url_1 = __require("url");
    var BytesReadable = (
      /** @class */
      (function(_super) {
        __extends(BytesReadable2, _super);
        function BytesReadable2(value) {
          var _this = _super.call(this) || this;
          if (typeof value === "string") {
            _this.value = Buffer.from(value);
          } else if (Buffer.isBuffer(value)) {
            _this.value = value;
          }
          return _this;
        }
        BytesReadable2.prototype._read = function() {
          this.push(this.value);
          this.push(null);
        };
        return BytesReadable2;
      })(stream_1.Readable)
    );
    exports.BytesReadable = BytesReadable;
    var Request = (
      /** @class */
      /* @__PURE__ */ (function() {
        function Request2() {
          this.headers = {};
          this.query = {};
        }
        return Request2;
      })()
    );
    exports.Request = Request;
    var Response = (
      /** @class */
      (function() {
        function Response2(httpResponse) {
          this.statusCode = httpResponse.statusCode;
          this.statusMessage = httpResponse.statusMessage;
          this.headers = this.convertHeaders(httpResponse.headers);
          this.body = httpResponse;
        }
        Response2.prototype.convertHeaders = function(headers) {
          var results = {};
          var keys = Object.keys(headers);
          for (var index = 0; index < keys.length; index++) {
            var key = keys[index];
            results[key] = headers[key];
          }
          return results;
        };
        Response2.prototype.readBytes = function() {
          return __awaiter(this, void 0, void 0, function() {
            var buff;
            return __generator(this, function(_a) {
              switch (_a.label) {
                case 0:
                  return [4, httpx.read(this.body, "")];
                case 1:
                  buff = _a.sent();
                  return [2, buff];
              }
            });
          });
        };
        return Response2;
      })()
    );
    exports.Response = Response;
    function buildURL(request) {
      var url = request.protocol + "://" + request.headers["host"];
      if (request.port) {
        url += ":" + request.port;
      }
      url += "" + request.pathname;
      var urlInfo = url_1.parse(url);
      if (request.query && Object.keys(request.query).length > 0) {
        if (urlInfo.query) {
          url += "&" + querystring.stringify(request.query);
        } else {
          url += "?" + querystring.stringify(request.query);
        }
      }
      return url;
    }
    function isModelClass(t) {
      if (!t) {
        return false;
      }
      return typeof t.types === "function" && typeof t.names === "function";
    }
    function doAction(request, runtime) {
      if (runtime === void 0) {
        runtime = null;
      }
      return __awaiter(this, void 0, void 0, function() {
        var url, method, options, agentOptions, response;
        return __generator(this, function(_a) {
          switch (_a.label) {
            case 0:
              url = buildURL(request);
              method = (request.method || "GET").toUpperCase();
              options = {
                method,
                headers: request.headers
              };
              if (method !== "GET" && method !== "HEAD") {
                options.data = request.body;
              }
              if (runtime) {
                if (typeof runtime.timeout !== "undefined") {
                  options.timeout = Number(runtime.timeout);
                }
                if (typeof runtime.readTimeout !== "undefined") {
                  options.readTimeout = Number(runtime.readTimeout);
                }
                if (typeof runtime.connectTimeout !== "undefined") {
                  options.connectTimeout = Number(runtime.connectTimeout);
                }
                if (typeof runtime.ignoreSSL !== "undefined") {
                  options.rejectUnauthorized = !runtime.ignoreSSL;
                }
                if (typeof runtime.key !== "undefined") {
                  options.key = String(runtime.key);
                }
                if (typeof runtime.cert !== "undefined") {
                  options.cert = String(runtime.cert);
                }
                if (typeof runtime.ca !== "undefined") {
                  options.ca = String(runtime.ca);
                }
                agentOptions = {
                  keepAlive: true
                };
                if (typeof runtime.keepAlive !== "undefined") {
                  agentOptions.keepAlive = runtime.keepAlive;
                  if (request.protocol && request.protocol.toLowerCase() === "https") {
                    options.agent = new https_1.Agent(agentOptions);
                  } else {
                    options.agent = new http_1.Agent(agentOptions);
                  }
                }
              }
              return [4, httpx.request(url, options)];
            case 1:
              response = _a.sent();
              return [2, new Response(response)];
          }
        });
      });
    }
    exports.doAction = doAction;
    var ResponseError = (
      /** @class */
      (function(_super) {
        __extends(ResponseError2, _super);
        function ResponseError2(map) {
          var _this = _super.call(this, map.code + ": " + map.message) || this;
          _this.code = map.code;
          _this.data = map.data;
          _this.description = map.description;
          _this.accessDeniedDetail = map.accessDeniedDetail;
          if (_this.data && _this.data.statusCode) {
            _this.statusCode = Number(_this.data.statusCode);
          }
          return _this;
        }
        return ResponseError2;
      })(Error)
    );
    function newError(data) {
      return new ResponseError(data);
    }
    exports.newError = newError;
    function getValue(type, value) {
      if (typeof type === "string") {
        return value;
      }
      if (type.type === "array") {
        if (!Array.isArray(value)) {
          throw new Error("expect: array, actual: " + typeof value);
        }
        return value.map(function(item) {
          return getValue(type.itemType, item);
        });
      }
      if (typeof type === "function") {
        if (isModelClass(type)) {
          return new type(value);
        }
        return value;
      }
      return value;
    }
    function toMap(value) {
      if (value === void 0) {
        value = void 0;
      }
      if (typeof value === "undefined" || value == null) {
        return null;
      }
      if (value instanceof Model) {
        return value.toMap();
      }
      if (typeof value.toMap === "function") {
        return value.toMap();
      }
      if (Array.isArray(value)) {
        return value.map(function(item) {
          return toMap(item);
        });
      }
      return value;
    }
    exports.toMap = toMap;
    var Model = (
      /** @class */
      (function() {
        function Model2(map) {
          var _this = this;
          if (map == null) {
            return;
          }
          var clz = this.constructor;
          var names = clz.names();
          var types = clz.types();
          Object.keys(names).forEach((function(name) {
            var value = map[name];
            if (value === void 0 || value === null) {
              return;
            }
            var type = types[name];
            _this[name] = getValue(type, value);
          }));
        }
        Model2.prototype.toMap = function() {
          var _this = this;
          var map = {};
          var clz = this.constructor;
          var names = clz.names();
          Object.keys(names).forEach((function(name) {
            var originName = names[name];
            var value = _this[name];
            if (typeof value === "undefined" || value == null) {
              return;
            }
            map[originName] = toMap(value);
          }));
          return map;
        };
        return Model2;
      })()
    );
    exports.Model = Model;
    function cast(obj, t) {
      if (!obj) {
        throw new Error("can not cast to Map");
      }
      if (typeof obj !== "object") {
        throw new Error("can not cast to Map");
      }
      var map = obj;
      var clz = t.constructor;
      var names = clz.names();
      var types = clz.types();
      Object.keys(names).forEach(function(key) {
        var originName = names[key];
        var value = map[originName];
        var type = types[key];
        if (typeof value === "undefined" || value == null) {
          return;
        }
        if (typeof type === "string") {
          if (type === "Readable" || type === "map" || type === "Buffer" || type === "any" || typeof value === type) {
            t[key] = value;
            return;
          }
          if (type === "string" && (typeof value === "number" || typeof value === "boolean")) {
            t[key] = value.toString();
            return;
          }
          if (type === "boolean") {
            if (value === 1 || value === 0) {
              t[key] = !!value;
              return;
            }
            if (value === "true" || value === "false") {
              t[key] = value === "true";
              return;
            }
          }
          if (type === "number" && typeof value === "string") {
            if (value.match(/^\d*$/)) {
              t[key] = parseInt(value);
              return;
            }
            if (value.match(/^[\.\d]*$/)) {
              t[key] = parseFloat(value);
              return;
            }
          }
          throw new Error("type of " + key + " is mismatch, expect " + type + ", but " + typeof value);
        } else if (type.type === "map") {
          if (!(value instanceof Object)) {
            throw new Error("type of " + key + " is mismatch, expect object, but " + typeof value);
          }
          t[key] = value;
        } else if (type.type === "array") {
          if (!Array.isArray(value)) {
            throw new Error("type of " + key + " is mismatch, expect array, but " + typeof value);
          }
          if (typeof type.itemType === "function") {
            t[key] = value.map(function(d) {
              if (isModelClass(type.itemType)) {
                return cast(d, new type.itemType({}));
              }
              return d;
            });
          } else {
            t[key] = value;
          }
        } else if (typeof type === "function") {
          if (!(value instanceof Object)) {
            throw new Error("type of " + key + " is mismatch, expect object, but " + typeof value);
          }
          if (isModelClass(type)) {
            t[key] = cast(value, new type({}));
            return;
          }
          t[key] = value;
        } else {
        }
      });
      return t;
    }
    exports.cast = cast;
    function sleep2(ms) {
      return new Promise(function(resolve) {
        setTimeout(resolve, ms);
      });
    }
    exports.sleep = sleep2;
    function allowRetry(retry, retryTimes, startTime) {
      if (retryTimes === 0) {
        return true;
      }
      if (retry.retryable !== true) {
        return false;
      }
      if (retry.policy === "never") {
        return false;
      }
      if (retry.policy === "always") {
        return true;
      }
      if (retry.policy === "simple") {
        return retryTimes < retry["maxAttempts"];
      }
      if (retry.policy === "timeout") {
        return Date.now() - startTime < retry.timeout;
      }
      if (retry.maxAttempts && typeof retry.maxAttempts === "number") {
        return retry.maxAttempts >= retryTimes;
      }
      return false;
    }
    exports.allowRetry = allowRetry;
    function getBackoffTime(backoff, retryTimes) {
      if (retryTimes === 0) {
        return 0;
      }
      if (backoff.policy === "no") {
        return 0;
      }
      if (backoff.policy === "fixed") {
        return backoff.period;
      }
      if (backoff.policy === "random") {
        var min = backoff["minPeriod"];
        var max = backoff["maxPeriod"];
        return min + (max - min) * Math.random();
      }
      if (backoff.policy === "exponential") {
        var init = backoff.initial;
        var multiplier = backoff.multiplier;
        var time = init * Math.pow(1 + multiplier, retryTimes - 1);
        var max = backoff.max;
        return Math.min(time, max);
      }
      if (backoff.policy === "exponential_random") {
        var init = backoff.initial;
        var multiplier = backoff.multiplier;
        var time = init * Math.pow(1 + multiplier, retryTimes - 1);
        var max = backoff.max;
        return Math.min(time * (0.5 + Math.random()), max);
      }
      return 0;
    }
    exports.getBackoffTime = getBackoffTime;
    var UnretryableError = (
      /** @class */
      (function(_super) {
        __extends(UnretryableError2, _super);
        function UnretryableError2(message) {
          var _this = _super.call(this, message) || this;
          _this.name = "UnretryableError";
          return _this;
        }
        return UnretryableError2;
      })(Error)
    );
    function newUnretryableError(request) {
      var e = new UnretryableError("");
      e.data = {
        lastRequest: request
      };
      return e;
    }
    exports.newUnretryableError = newUnretryableError;
    var RetryError = (
      /** @class */
      (function(_super) {
        __extends(RetryError2, _super);
        function RetryError2(message) {
          var _this = _super.call(this, message) || this;
          _this.name = "RetryError";
          return _this;
        }
        return RetryError2;
      })(Error)
    );
    function retryError(request, response) {
      var e = new RetryError("");
      e.data = {
        request,
        response
      };
      return e;
    }
    exports.retryError = retryError;
    function isRetryable(err) {
      if (typeof err === "undefined" || err === null) {
        return false;
      }
      return err.name === "RetryError";
    }
    exports.isRetryable = isRetryable;
  }
});

// node_modules/@alicloud/credentials/dist/src/credential_model.js
var require_credential_model = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/credential_model.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var $tea = __importStar(require_tea());
    var CredentialModel = class extends $tea.Model {
      static names() {
        return {
          accessKeyId: "accessKeyId",
          accessKeySecret: "accessKeySecret",
          securityToken: "securityToken",
          bearerToken: "bearerToken",
          type: "type",
          providerName: "providerName"
        };
      }
      static types() {
        return {
          accessKeyId: "string",
          accessKeySecret: "string",
          securityToken: "string",
          bearerToken: "string",
          type: "string",
          providerName: "string"
        };
      }
      constructor(map) {
        super(map);
      }
    };
    exports.default = CredentialModel;
  }
});

// node_modules/@alicloud/credentials/dist/src/default_credential.js
var require_default_credential = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/default_credential.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var credential_model_1 = __importDefault(require_credential_model());
    var DefaultCredential = class {
      constructor(config) {
        this.accessKeyId = config.accessKeyId || "";
        this.accessKeySecret = config.accessKeySecret || "";
        this.securityToken = config.securityToken || "";
        this.bearerToken = config.bearerToken || "";
        this.type = config.type || "";
      }
      async getAccessKeyId() {
        return this.accessKeyId;
      }
      async getAccessKeySecret() {
        return this.accessKeySecret;
      }
      async getSecurityToken() {
        return this.securityToken;
      }
      getBearerToken() {
        return this.bearerToken;
      }
      getType() {
        return this.type;
      }
      async getCredential() {
        return new credential_model_1.default({
          accessKeyId: this.accessKeyId,
          accessKeySecret: this.accessKeySecret,
          securityToken: this.securityToken,
          bearerToken: this.bearerToken,
          type: this.type
        });
      }
    };
    exports.default = DefaultCredential;
  }
});

// node_modules/ini/ini.js
var require_ini = __commonJS({
  "node_modules/ini/ini.js"(exports) {
    exports.parse = exports.decode = decode;
    exports.stringify = exports.encode = encode;
    exports.safe = safe;
    exports.unsafe = unsafe;
    var eol = typeof process !== "undefined" && process.platform === "win32" ? "\r\n" : "\n";
    function encode(obj, opt) {
      var children2 = [];
      var out = "";
      if (typeof opt === "string") {
        opt = {
          section: opt,
          whitespace: false
        };
      } else {
        opt = opt || {};
        opt.whitespace = opt.whitespace === true;
      }
      var separator = opt.whitespace ? " = " : "=";
      Object.keys(obj).forEach(function(k, _, __) {
        var val = obj[k];
        if (val && Array.isArray(val)) {
          val.forEach(function(item) {
            out += safe(k + "[]") + separator + safe(item) + "\n";
          });
        } else if (val && typeof val === "object")
          children2.push(k);
        else
          out += safe(k) + separator + safe(val) + eol;
      });
      if (opt.section && out.length)
        out = "[" + safe(opt.section) + "]" + eol + out;
      children2.forEach(function(k, _, __) {
        var nk = dotSplit(k).join("\\.");
        var section = (opt.section ? opt.section + "." : "") + nk;
        var child = encode(obj[k], {
          section,
          whitespace: opt.whitespace
        });
        if (out.length && child.length)
          out += eol;
        out += child;
      });
      return out;
    }
    function dotSplit(str) {
      return str.replace(/\1/g, "LITERAL\\1LITERAL").replace(/\\\./g, "").split(/\./).map(function(part) {
        return part.replace(/\1/g, "\\.").replace(/\2LITERAL\\1LITERAL\2/g, "");
      });
    }
    function decode(str) {
      var out = {};
      var p = out;
      var section = null;
      var re = /^\[([^\]]*)\]$|^([^=]+)(=(.*))?$/i;
      var lines = str.split(/[\r\n]+/g);
      lines.forEach(function(line, _, __) {
        if (!line || line.match(/^\s*[;#]/))
          return;
        var match = line.match(re);
        if (!match)
          return;
        if (match[1] !== void 0) {
          section = unsafe(match[1]);
          if (section === "__proto__") {
            p = {};
            return;
          }
          p = out[section] = out[section] || {};
          return;
        }
        var key = unsafe(match[2]);
        if (key === "__proto__")
          return;
        var value = match[3] ? unsafe(match[4]) : true;
        switch (value) {
          case "true":
          case "false":
          case "null":
            value = JSON.parse(value);
        }
        if (key.length > 2 && key.slice(-2) === "[]") {
          key = key.substring(0, key.length - 2);
          if (key === "__proto__")
            return;
          if (!p[key])
            p[key] = [];
          else if (!Array.isArray(p[key]))
            p[key] = [p[key]];
        }
        if (Array.isArray(p[key]))
          p[key].push(value);
        else
          p[key] = value;
      });
      Object.keys(out).filter(function(k, _, __) {
        if (!out[k] || typeof out[k] !== "object" || Array.isArray(out[k]))
          return false;
        var parts = dotSplit(k);
        var p2 = out;
        var l = parts.pop();
        var nl = l.replace(/\\\./g, ".");
        parts.forEach(function(part, _2, __2) {
          if (part === "__proto__")
            return;
          if (!p2[part] || typeof p2[part] !== "object")
            p2[part] = {};
          p2 = p2[part];
        });
        if (p2 === out && nl === l)
          return false;
        p2[nl] = out[k];
        return true;
      }).forEach(function(del, _, __) {
        delete out[del];
      });
      return out;
    }
    function isQuoted(val) {
      return val.charAt(0) === '"' && val.slice(-1) === '"' || val.charAt(0) === "'" && val.slice(-1) === "'";
    }
    function safe(val) {
      return typeof val !== "string" || val.match(/[=\r\n]/) || val.match(/^\[/) || val.length > 1 && isQuoted(val) || val !== val.trim() ? JSON.stringify(val) : val.replace(/;/g, "\\;").replace(/#/g, "\\#");
    }
    function unsafe(val, doUnesc) {
      val = (val || "").trim();
      if (isQuoted(val)) {
        if (val.charAt(0) === "'")
          val = val.substr(1, val.length - 2);
        try {
          val = JSON.parse(val);
        } catch (_) {
        }
      } else {
        var esc = false;
        var unesc = "";
        for (var i = 0, l = val.length; i < l; i++) {
          var c = val.charAt(i);
          if (esc) {
            if ("\\;#".indexOf(c) !== -1)
              unesc += c;
            else
              unesc += "\\" + c;
            esc = false;
          } else if (";#".indexOf(c) !== -1)
            break;
          else if (c === "\\")
            esc = true;
          else
            unesc += c;
        }
        if (esc)
          unesc += "\\";
        return unesc.trim();
      }
      return val;
    }
  }
});

// node_modules/kitx/lib/index.js
var require_lib4 = __commonJS({
  "node_modules/kitx/lib/index.js"(exports) {
    "use strict";
    var fs = __require("fs");
    var os = __require("os");
    var crypto2 = __require("crypto");
    exports.loadJSONSync = function(filename) {
      var content = fs.readFileSync(filename, "utf8");
      if (content.charCodeAt(0) === 65279) {
        content = content.slice(1);
      }
      try {
        return JSON.parse(content);
      } catch (err) {
        err.message = filename + ": " + err.message;
        throw err;
      }
    };
    exports.encode = function(str, encoding) {
      if (typeof str !== "string") {
        str = "" + str;
      }
      return Buffer.from(str, encoding);
    };
    exports.makeHasher = function(algorithm) {
      return function(data, encoding) {
        var shasum = crypto2.createHash(algorithm);
        shasum.update(data);
        return shasum.digest(encoding);
      };
    };
    exports.createHash = exports.makeHasher;
    exports.md5 = exports.makeHasher("md5");
    exports.createHmac = function(algorithm) {
      return function(data, key, encoding) {
        return crypto2.createHmac(algorithm, key).update(data).digest(encoding);
      };
    };
    exports.sha1 = exports.createHmac("sha1");
    exports.random = function(min, max) {
      return Math.floor(min + Math.random() * (max - min));
    };
    exports.makeNonce = (function() {
      var counter = 0;
      var last;
      const machine = os.hostname();
      const pid = process.pid;
      return function() {
        var val = Math.floor(Math.random() * 1e12);
        if (val === last) {
          counter++;
        } else {
          counter = 0;
        }
        last = val;
        var uid = `${machine}${pid}${val}${counter}`;
        return exports.md5(uid, "hex");
      };
    })();
    exports.pad2 = function(num) {
      if (num < 10) {
        return "0" + num;
      }
      return "" + num;
    };
    exports.pad3 = function(num) {
      if (num < 10) {
        return "00" + num;
      } else if (num < 100) {
        return "0" + num;
      }
      return "" + num;
    };
    exports.getYYYYMMDD = function(date) {
      var YYYY = date.getFullYear();
      var MM = exports.pad2(date.getMonth() + 1);
      var DD = exports.pad2(date.getDate());
      return "" + YYYY + MM + DD;
    };
    exports.sleep = function(ms) {
      return new Promise((resolve) => {
        setTimeout(resolve, ms);
      });
    };
    exports.getIPv4 = function() {
      var interfaces = os.networkInterfaces();
      var keys = Object.keys(interfaces);
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        var addresses = interfaces[key];
        for (var j = 0; j < addresses.length; j++) {
          var item = addresses[j];
          if (!item.internal && item.family === "IPv4") {
            return item.address;
          }
        }
      }
      return "";
    };
    exports.getMac = function() {
      var interfaces = os.networkInterfaces();
      var keys = Object.keys(interfaces);
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        var addresses = interfaces[key];
        for (var j = 0; j < addresses.length; j++) {
          var item = addresses[j];
          if (!item.internal && item.family === "IPv4") {
            return item.mac;
          }
        }
      }
      return "00:00:00:00:00:00";
    };
    exports.readAll = function(readable) {
      return new Promise((resolve, reject) => {
        var onError, onData, onEnd;
        var cleanup = function(err) {
          readable.removeListener("error", onError);
          readable.removeListener("data", onData);
          readable.removeListener("end", onEnd);
        };
        var bufs = [];
        var size = 0;
        onData = function(buf) {
          bufs.push(buf);
          size += buf.length;
        };
        onError = function(err) {
          cleanup();
          reject(err);
        };
        onEnd = function() {
          cleanup();
          resolve(Buffer.concat(bufs, size));
        };
        readable.on("error", onError);
        readable.on("data", onData);
        readable.on("end", onEnd);
      });
    };
    var SimpleCryptoHelper = class {
      constructor(algorithm, key, iv) {
        this.algorithm = algorithm;
        this.key = key;
        this.iv = iv;
      }
      encrypt(data, inputEncoding, outputEncoding) {
        const cipher = crypto2.createCipheriv(this.algorithm, this.key, this.iv);
        let output = cipher.update(data, inputEncoding, outputEncoding);
        output += cipher.final(outputEncoding);
        return output;
      }
      decrypt(encrypted, inputEncoding, outputEncoding) {
        const decipher = crypto2.createDecipheriv(this.algorithm, this.key, this.iv);
        let output = decipher.update(encrypted, inputEncoding, outputEncoding);
        output += decipher.final(outputEncoding);
        return output;
      }
    };
    var helper = new SimpleCryptoHelper(
      "aes-192-cbc",
      Buffer.from("keykeykeykeykeykeykeykey"),
      // 24 bytes, 192 bits
      Buffer.from("abcdefghijklmnop")
      // 16 bytes
    );
    exports.encrypt = function(data, inputEncoding, outputEncoding) {
      return helper.encrypt(data, inputEncoding, outputEncoding);
    };
    exports.decrypt = function(encrypted, inputEncoding, outputEncoding) {
      return helper.decrypt(encrypted, inputEncoding, outputEncoding);
    };
  }
});

// node_modules/@alicloud/credentials/dist/src/util/utils.js
var require_utils = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/util/utils.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRandomInt = exports.loadIni = exports.parseFile = exports.timestamp = void 0;
    var ini = __importStar(require_ini());
    var kitx = __importStar(require_lib4());
    var fs_1 = __importDefault(__require("fs"));
    var util_1 = __require("util");
    var readFileAsync = (0, util_1.promisify)(fs_1.default.readFile);
    var accessAsync = (0, util_1.promisify)(fs_1.default.access);
    function timestamp(dateStr, timeChange) {
      let date = new Date(dateStr);
      if (!dateStr || isNaN(date.getTime())) {
        date = /* @__PURE__ */ new Date();
      }
      if (timeChange) {
        date.setTime(date.getTime() + timeChange);
      }
      const YYYY = date.getUTCFullYear();
      const MM = kitx.pad2(date.getUTCMonth() + 1);
      const DD = kitx.pad2(date.getUTCDate());
      const HH = kitx.pad2(date.getUTCHours());
      const mm = kitx.pad2(date.getUTCMinutes());
      const ss = kitx.pad2(date.getUTCSeconds());
      return `${YYYY}-${MM}-${DD}T${HH}:${mm}:${ss}Z`;
    }
    exports.timestamp = timestamp;
    function parseFile(file, ignoreErr = false) {
      try {
        fs_1.default.accessSync(file, fs_1.default.constants.R_OK);
      } catch (e) {
        if (ignoreErr) {
          return null;
        }
        throw new Error("Has no read permission to credentials file");
      }
      return ini.parse(fs_1.default.readFileSync(file, "utf-8"));
    }
    exports.parseFile = parseFile;
    async function loadIni(filePath) {
      await accessAsync(filePath, fs_1.default.constants.R_OK);
      const content = await readFileAsync(filePath, "utf-8");
      return ini.parse(content);
    }
    exports.loadIni = loadIni;
    function getRandomInt(max) {
      return Math.floor(Math.random() * (max + 1));
    }
    exports.getRandomInt = getRandomInt;
  }
});

// node_modules/@alicloud/credentials/dist/src/config.js
var require_config = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/config.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var $tea = __importStar(require_tea());
    var Config = class extends $tea.Model {
      static names() {
        return {
          accessKeyId: "accessKeyId",
          accessKeySecret: "accessKeySecret",
          securityToken: "securityToken",
          bearerToken: "bearerToken",
          durationSeconds: "durationSeconds",
          roleArn: "roleArn",
          policy: "policy",
          roleSessionExpiration: "roleSessionExpiration",
          roleSessionName: "roleSessionName",
          externalId: "externalId",
          stsEndpoint: "stsEndpoint",
          stsRegionId: "stsRegionId",
          enableVpc: "enableVpc",
          timeout: "readTimeout",
          connectTimeout: "connectTimeout",
          publicKeyId: "publicKeyId",
          privateKeyFile: "privateKeyFile",
          roleName: "roleName",
          enableIMDSv2: "enableIMDSv2",
          disableIMDSv1: "disableIMDSv1",
          asyncCredentialUpdateEnabled: "asyncCredentialUpdateEnabled",
          metadataTokenDuration: "metadataTokenDuration",
          credentialsURI: "credentialsURI",
          oidcProviderArn: "oidcProviderArn",
          oidcTokenFilePath: "oidcTokenFilePath",
          type: "type"
        };
      }
      static types() {
        return {
          accessKeyId: "string",
          accessKeySecret: "string",
          securityToken: "string",
          bearerToken: "string",
          durationSeconds: "number",
          roleArn: "string",
          policy: "string",
          roleSessionExpiration: "number",
          roleSessionName: "string",
          externalId: "string",
          stsEndpoint: "string",
          stsRegionId: "string",
          enableVpc: "string",
          timeout: "number",
          connectTimeout: "number",
          publicKeyId: "string",
          privateKeyFile: "string",
          roleName: "string",
          enableIMDSv2: "boolean",
          disableIMDSv1: "boolean",
          asyncCredentialUpdateEnabled: "boolean",
          metadataTokenDuration: "number",
          credentialsURI: "string",
          oidcProviderArn: "string",
          oidcTokenFilePath: "string",
          type: "string"
        };
      }
      constructor(config) {
        super(config);
      }
    };
    exports.default = Config;
  }
});

// node_modules/@alicloud/credentials/dist/src/session_credential.js
var require_session_credential = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/session_credential.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var default_credential_1 = __importDefault(require_default_credential());
    var utils = __importStar(require_utils());
    var config_1 = __importDefault(require_config());
    var credential_model_1 = __importDefault(require_credential_model());
    var SessionCredential = class extends default_credential_1.default {
      constructor(config) {
        const conf = new config_1.default({
          type: config.type,
          accessKeyId: config.accessKeyId,
          accessKeySecret: config.accessKeySecret,
          securityToken: config.securityToken
        });
        super(conf);
        this.sessionCredential = null;
        this.durationSeconds = config.durationSeconds || 3600;
      }
      async updateCredential() {
        throw new Error("need implemented in sub-class");
      }
      async ensureCredential() {
        const needUpdate = this.needUpdateCredential();
        if (needUpdate) {
          await this.updateCredential();
        }
      }
      async getAccessKeyId() {
        await this.ensureCredential();
        return this.sessionCredential.AccessKeyId;
      }
      async getAccessKeySecret() {
        await this.ensureCredential();
        return this.sessionCredential.AccessKeySecret;
      }
      async getSecurityToken() {
        await this.ensureCredential();
        return this.sessionCredential.SecurityToken;
      }
      needUpdateCredential() {
        if (!this.sessionCredential || !this.sessionCredential.Expiration || !this.sessionCredential.AccessKeyId || !this.sessionCredential.AccessKeySecret || !this.sessionCredential.SecurityToken) {
          return true;
        }
        const expireTime = utils.timestamp(/* @__PURE__ */ new Date(), this.durationSeconds * 0.05 * 1e3);
        if (this.sessionCredential.Expiration < expireTime) {
          return true;
        }
        return false;
      }
      async getCredential() {
        await this.ensureCredential();
        return new credential_model_1.default({
          accessKeyId: this.sessionCredential.AccessKeyId,
          accessKeySecret: this.sessionCredential.AccessKeySecret,
          securityToken: this.sessionCredential.SecurityToken,
          bearerToken: this.bearerToken,
          type: this.type
        });
      }
    };
    exports.default = SessionCredential;
  }
});

// node_modules/@alicloud/credentials/dist/package.json
var require_package2 = __commonJS({
  "node_modules/@alicloud/credentials/dist/package.json"(exports, module) {
    module.exports = {
      name: "@alicloud/credentials",
      version: "2.4.7",
      description: "alibaba cloud node.js sdk credentials",
      main: "dist/src/client.js",
      scripts: {
        prepublishOnly: "tsc",
        build: "tsc",
        lint: "eslint --fix ./src --ext .ts",
        test: "mocha -b -r ts-node/register test/**/*.test.ts test/*.test.ts --timeout 15000",
        "test-dev": "nyc -e .ts -r=html -r=text -r=lcov mocha -b -r ts-node/register",
        cov: "nyc -e .ts -r=html -r=text -r=lcov npm run test",
        ci: "npm run cov",
        integration: "mocha -b -r ts-node/register -R spec integration/*.test.ts",
        clean: "rm -rf coverage"
      },
      repository: {
        type: "git",
        url: "git+https://github.com/aliyun/nodejs-credentials.git"
      },
      keywords: [
        "alibaba cloud",
        "sdk",
        "credentials"
      ],
      author: "Alibaba Cloud SDK",
      license: "MIT",
      devDependencies: {
        "@types/debug": "^4.1.12",
        "@types/expect.js": "^0.3.29",
        "@types/ini": "^1.3.30",
        "@types/mocha": "^10.0.6",
        "@types/node": "^20.11.10",
        "@types/rewire": "^2.5.28",
        "@typescript-eslint/eslint-plugin": "^6.18.1",
        "@typescript-eslint/parser": "^6.18.1",
        eslint: "^8.56.0",
        "expect.js": "^0.3.1",
        mm: "^2.4.1",
        mocha: "^10.1.0",
        nyc: "^15.1.0",
        rewire: "^7.0.0",
        "ts-node": "^10.9.2",
        typescript: "^4.7.4"
      },
      dependencies: {
        "@alicloud/tea-typescript": "^1.8.0",
        httpx: "^2.3.3",
        ini: "^1.3.5",
        kitx: "^2.0.0"
      },
      bugs: {
        url: "https://github.com/aliyun/nodejs-credentials/issues"
      },
      homepage: "https://github.com/aliyun/nodejs-credentials#readme",
      files: [
        "src",
        "dist"
      ]
    };
  }
});

// node_modules/@alicloud/credentials/dist/src/util/helper.js
var require_helper2 = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/util/helper.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_CLIENT = exports.DEFAULT_UA = void 0;
    var os = __importStar(__require("os"));
    var package_json_1 = __importDefault(require_package2());
    exports.DEFAULT_UA = `AlibabaCloud (${os.platform()}; ${os.arch()}) Node.js/${process.version} Core/${package_json_1.default.version}`;
    exports.DEFAULT_CLIENT = `Node.js(${process.version}), ${package_json_1.default.name}: ${package_json_1.default.version}`;
  }
});

// node_modules/@alicloud/credentials/dist/src/util/http.js
var require_http = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/util/http.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.request = void 0;
    var httpx_1 = __importDefault(require_lib());
    var kitx = __importStar(require_lib4());
    var helper = __importStar(require_helper2());
    var utils = __importStar(require_utils());
    var STATUS_CODE = /* @__PURE__ */ new Set([200, "200", "OK", "Success"]);
    function firstLetterUpper(str) {
      return str.slice(0, 1).toUpperCase() + str.slice(1);
    }
    function formatParams(params) {
      const keys = Object.keys(params);
      const newParams = {};
      for (const key of keys) {
        newParams[firstLetterUpper(key)] = params[key];
      }
      return newParams;
    }
    function encode(str) {
      const result = encodeURIComponent(str);
      return result.replace(/!/g, "%21").replace(/'/g, "%27").replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/\*/g, "%2A");
    }
    function replaceRepeatList(target, key, repeat) {
      for (let i = 0; i < repeat.length; i++) {
        const item = repeat[i];
        if (item && typeof item === "object") {
          const keys = Object.keys(item);
          for (const itemKey of keys) {
            target[`${key}.${i + 1}.${itemKey}`] = item[itemKey];
          }
        } else {
          target[`${key}.${i + 1}`] = item;
        }
      }
    }
    function flatParams(params) {
      const target = {};
      const keys = Object.keys(params);
      for (const key of keys) {
        const value = params[key];
        if (Array.isArray(value)) {
          replaceRepeatList(target, key, value);
        } else {
          target[key] = value;
        }
      }
      return target;
    }
    function normalize(params) {
      const list = [];
      const flated = flatParams(params);
      const keys = Object.keys(flated).sort();
      for (const key of keys) {
        const value = flated[key];
        list.push([encode(key), encode(value)]);
      }
      return list;
    }
    function canonicalize(normalized) {
      const fields = [];
      for (const [key, value] of normalized) {
        fields.push(key + "=" + value);
      }
      return fields.join("&");
    }
    function _buildParams() {
      const defaultParams = {
        Format: "JSON",
        SignatureMethod: "HMAC-SHA1",
        SignatureNonce: kitx.makeNonce(),
        SignatureVersion: "1.0",
        Timestamp: utils.timestamp(),
        Version: "2015-04-01",
        RegionId: "cn-hangzhou"
      };
      return defaultParams;
    }
    async function request(host, params = {}, opts = {}, accessKeySecret) {
      let options = Object.assign({ headers: {
        "x-sdk-client": helper.DEFAULT_CLIENT,
        "user-agent": helper.DEFAULT_UA
      } }, opts);
      if (options.formatParams !== false) {
        params = formatParams(params);
      }
      params = Object.assign(Object.assign({}, _buildParams()), params);
      const method = (opts.method || "GET").toUpperCase();
      const normalized = normalize(params);
      if (!options.anonymous) {
        const canonicalized = canonicalize(normalized);
        const stringToSign = `${method}&${encode("/")}&${encode(canonicalized)}`;
        const key = accessKeySecret + "&";
        const signature = kitx.sha1(stringToSign, key, "base64");
        normalized.push(["Signature", encode(signature)]);
      }
      const url = opts.method === "POST" ? `${host}/` : `${host}/?${canonicalize(normalized)}`;
      if (opts.method === "POST") {
        opts.headers = opts.headers || {};
        opts.headers["content-type"] = "application/x-www-form-urlencoded";
        opts.data = canonicalize(normalized);
      }
      const response = await httpx_1.default.request(url, opts);
      const buffer = await httpx_1.default.read(response, "utf8");
      const json = JSON.parse(buffer);
      if (json.Code && !STATUS_CODE.has(json.Code)) {
        const err = new Error(`${json.Message}`);
        err.name = json.Code + "Error";
        err.data = json;
        err.code = json.Code;
        err.url = url;
        throw err;
      }
      return json;
    }
    exports.request = request;
  }
});

// node_modules/@alicloud/credentials/dist/src/rsa_key_pair_credential.js
var require_rsa_key_pair_credential = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/rsa_key_pair_credential.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __importDefault(__require("fs"));
    var session_credential_1 = __importDefault(require_session_credential());
    var utils = __importStar(require_utils());
    var http_1 = require_http();
    var config_1 = __importDefault(require_config());
    var SECURITY_CRED_URL = "http://100.100.100.200/latest/meta-data/ram/security-credentials/";
    var RsaKeyPairCredential = class extends session_credential_1.default {
      constructor(publicKeyId, privateKeyFile) {
        if (!publicKeyId) {
          throw new Error("Missing required publicKeyId option in config for rsa_key_pair");
        }
        if (!privateKeyFile) {
          throw new Error("Missing required privateKeyFile option in config for rsa_key_pair");
        }
        if (!fs_1.default.existsSync(privateKeyFile)) {
          throw new Error(`privateKeyFile ${privateKeyFile} cannot be empty`);
        }
        const conf = new config_1.default({
          type: "rsa_key_pair"
        });
        super(conf);
        this.privateKey = utils.parseFile(privateKeyFile);
        this.publicKeyId = publicKeyId;
      }
      async updateCredential() {
        const url = SECURITY_CRED_URL + this.roleName;
        const json = await (0, http_1.request)(url, {
          accessKeyId: this.publicKeyId,
          action: "GenerateSessionAccessKey",
          durationSeconds: 3600,
          signatureMethod: "SHA256withRSA",
          signatureType: "PRIVATEKEY"
        }, {}, this.privateKey);
        this.sessionCredential = json.Credentials;
      }
    };
    exports.default = RsaKeyPairCredential;
  }
});

// node_modules/@alicloud/credentials/dist/src/bearer_token_credential.js
var require_bearer_token_credential = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/bearer_token_credential.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var default_credential_1 = __importDefault(require_default_credential());
    var config_1 = __importDefault(require_config());
    var BearerTokenCredential = class extends default_credential_1.default {
      constructor(bearerToken) {
        if (!bearerToken) {
          throw new Error("Missing required bearerToken option in config for bearer");
        }
        const conf = new config_1.default({
          type: "bearer"
        });
        super(conf);
        this.bearerToken = bearerToken;
      }
    };
    exports.default = BearerTokenCredential;
  }
});

// node_modules/@alicloud/credentials/dist/src/credentials.js
var require_credentials = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/credentials.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CredentialsBuilder = void 0;
    var Credentials = class {
      constructor(builder) {
        this.accessKeyId = builder.accessKeyId;
        this.accessKeySecret = builder.accessKeySecret;
        this.securityToken = builder.securityToken;
        this.providerName = builder.providerName;
      }
      static builder() {
        return new CredentialsBuilder();
      }
    };
    exports.default = Credentials;
    var CredentialsBuilder = class {
      withAccessKeyId(value) {
        this.accessKeyId = value;
        return this;
      }
      withAccessKeySecret(value) {
        this.accessKeySecret = value;
        return this;
      }
      withSecurityToken(value) {
        this.securityToken = value;
        return this;
      }
      withProviderName(value) {
        this.providerName = value;
        return this;
      }
      build() {
        return new Credentials(this);
      }
    };
    exports.CredentialsBuilder = CredentialsBuilder;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/static_ak.js
var require_static_ak = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/static_ak.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.StaticAKCredentialsProviderBuilder = void 0;
    var credentials_1 = __importDefault(require_credentials());
    var StaticAKCredentialsProviderBuilder = class {
      withAccessKeyId(accessKeyId) {
        this.accessKeyId = accessKeyId;
        return this;
      }
      withAccessKeySecret(accessKeySecret) {
        this.accessKeySecret = accessKeySecret;
        return this;
      }
      build() {
        if (!this.accessKeyId) {
          this.accessKeyId = process.env["ALIBABA_CLOUD_ACCESS_KEY_ID"];
        }
        if (!this.accessKeyId) {
          throw new Error("the access key id is empty");
        }
        if (!this.accessKeySecret) {
          this.accessKeySecret = process.env["ALIBABA_CLOUD_ACCESS_KEY_SECRET"];
        }
        if (!this.accessKeySecret) {
          throw new Error("the access key secret is empty");
        }
        return new StaticAKCredentialsProvider(this);
      }
    };
    exports.StaticAKCredentialsProviderBuilder = StaticAKCredentialsProviderBuilder;
    var StaticAKCredentialsProvider = class {
      static builder() {
        return new StaticAKCredentialsProviderBuilder();
      }
      constructor(builder) {
        this.accessKeyId = builder.accessKeyId;
        this.accessKeySecret = builder.accessKeySecret;
      }
      getProviderName() {
        return "static_ak";
      }
      async getCredentials() {
        const credentials = credentials_1.default.builder().withAccessKeyId(this.accessKeyId).withAccessKeySecret(this.accessKeySecret).withProviderName("static_ak").build();
        return credentials;
      }
    };
    exports.default = StaticAKCredentialsProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/static_sts.js
var require_static_sts = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/static_sts.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.StaticSTSCredentialsProviderBuilder = void 0;
    var credentials_1 = __importDefault(require_credentials());
    var StaticSTSCredentialsProviderBuilder = class {
      withAccessKeyId(accessKeyId) {
        this.accessKeyId = accessKeyId;
        return this;
      }
      withAccessKeySecret(accessKeySecret) {
        this.accessKeySecret = accessKeySecret;
        return this;
      }
      withSecurityToken(securityToken) {
        this.securityToken = securityToken;
        return this;
      }
      build() {
        if (!this.accessKeyId) {
          this.accessKeyId = process.env["ALIBABA_CLOUD_ACCESS_KEY_ID"];
        }
        if (!this.accessKeyId) {
          throw new Error("the access key id is empty");
        }
        if (!this.accessKeySecret) {
          this.accessKeySecret = process.env["ALIBABA_CLOUD_ACCESS_KEY_SECRET"];
        }
        if (!this.accessKeySecret) {
          throw new Error("the access key secret is empty");
        }
        if (!this.securityToken) {
          this.securityToken = process.env["ALIBABA_CLOUD_SECURITY_TOKEN"];
        }
        if (!this.securityToken) {
          throw new Error("the security token is empty");
        }
        return new StaticSTSCredentialsProvider(this);
      }
    };
    exports.StaticSTSCredentialsProviderBuilder = StaticSTSCredentialsProviderBuilder;
    var StaticSTSCredentialsProvider = class {
      static builder() {
        return new StaticSTSCredentialsProviderBuilder();
      }
      constructor(builder) {
        this.accessKeyId = builder.accessKeyId;
        this.accessKeySecret = builder.accessKeySecret;
        this.securityToken = builder.securityToken;
      }
      getProviderName() {
        return "static_sts";
      }
      async getCredentials() {
        return credentials_1.default.builder().withAccessKeyId(this.accessKeyId).withAccessKeySecret(this.accessKeySecret).withSecurityToken(this.securityToken).withProviderName(this.getProviderName()).build();
      }
    };
    exports.default = StaticSTSCredentialsProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/http.js
var require_http2 = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/http.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.doRequest = exports.Response = exports.RequestBuilder = exports.Request = void 0;
    var httpx_1 = __importDefault(require_lib());
    var Request = class {
      static builder() {
        return new RequestBuilder();
      }
      constructor(builder) {
        this.method = builder.method;
        this.protocol = builder.protocol;
        this.host = builder.host;
        this.path = builder.path;
        this.queries = builder.queries;
        this.headers = builder.headers;
        this.bodyForm = builder.bodyForm;
        this.bodyBytes = builder.bodyBytes;
        this.url = builder.url;
        this.readTimeout = builder.readTimeout;
        this.connectTimeout = builder.connectTimeout;
      }
      toRequestURL() {
        if (this.url) {
          return this.url;
        }
        let url = `${this.protocol}://${this.host}${this.path}`;
        if (this.queries && Object.keys(this.queries).length > 0) {
          url += `?` + querystringify(this.queries);
        }
        return url;
      }
    };
    exports.Request = Request;
    var RequestBuilder = class {
      build() {
        if (!this.protocol) {
          this.protocol = "https";
        }
        if (!this.path) {
          this.path = "/";
        }
        if (!this.headers) {
          this.headers = {};
        }
        if (!this.queries) {
          this.queries = {};
        }
        return new Request(this);
      }
      withMethod(method) {
        this.method = method;
        return this;
      }
      withProtocol(protocol) {
        this.protocol = protocol;
        return this;
      }
      withHost(host) {
        this.host = host;
        return this;
      }
      withPath(path) {
        this.path = path;
        return this;
      }
      withQueries(queries) {
        this.queries = queries;
        return this;
      }
      withHeaders(headers) {
        this.headers = headers;
        return this;
      }
      withBodyForm(bodyForm) {
        this.bodyForm = bodyForm;
        return this;
      }
      withURL(url) {
        this.url = url;
        return this;
      }
      withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
      }
      withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
      }
    };
    exports.RequestBuilder = RequestBuilder;
    var Response = class {
      static builder() {
        return new ResponseBuilder();
      }
      constructor(builder) {
        this.statusCode = builder.statusCode;
        this.headers = builder.headers;
        this.body = builder.body;
      }
    };
    exports.Response = Response;
    var ResponseBuilder = class {
      withStatusCode(statusCode) {
        this.statusCode = statusCode;
        return this;
      }
      withHeaders(headers) {
        this.headers = headers;
        return this;
      }
      withBody(body) {
        this.body = body;
        return this;
      }
      constructor() {
        this.headers = {};
      }
      build() {
        return new Response(this);
      }
    };
    function querystringify(queries) {
      const fields = [];
      for (const [key, value] of Object.entries(queries)) {
        fields.push(key + "=" + encodeURIComponent(value));
      }
      return fields.join("&");
    }
    async function doRequest(req) {
      const url = req.toRequestURL();
      let body;
      if (req.bodyForm && Object.keys(req.bodyForm).length > 0) {
        body = querystringify(req.bodyForm);
        if (!req.headers["Content-Type"]) {
          req.headers["Content-Type"] = "application/x-www-form-urlencoded";
        }
      }
      const response = await httpx_1.default.request(url, {
        method: req.method,
        data: body,
        headers: req.headers,
        readTimeout: req.readTimeout,
        connectTimeout: req.connectTimeout
      });
      const responseBody = await httpx_1.default.read(response, "");
      return Response.builder().withStatusCode(response.statusCode).withHeaders(response.headers).withBody(responseBody).build();
    }
    exports.doRequest = doRequest;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/time.js
var require_time = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/time.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseUTC = void 0;
    function parseUTC(value) {
      if (!value) {
        throw new Error("invalid UTC format time string");
      }
      if (value.length === 20) {
        if (value[4] !== "-" || value[7] !== "-" || value[10] !== "T" || value[13] !== ":" || value[16] !== ":" || value[19] !== "Z") {
          throw new Error("invalid UTC format date string");
        }
      } else if (value.length === 24) {
        if (value[4] !== "-" || value[7] !== "-" || value[10] !== "T" || value[13] !== ":" || value[16] !== ":" || value[19] !== "." || value[23] !== "Z") {
          throw new Error("invalid UTC format date string");
        }
      } else {
        throw new Error("invalid UTC format time string");
      }
      const yearStr = value.slice(0, 4);
      const year = Number.parseInt(yearStr, 10);
      if (isNaN(year)) {
        throw new Error("invalid year string");
      }
      const monthStr = value.slice(5, 7);
      const month = Number.parseInt(monthStr, 10);
      if (isNaN(month)) {
        throw new Error("invalid month string");
      }
      if (month < 1 || month > 12) {
        throw new Error("invalid month value");
      }
      const dateStr = value.slice(8, 10);
      const date = Number.parseInt(dateStr, 10);
      if (isNaN(date)) {
        throw new Error("invalid date string");
      }
      if (date < 1 || date > 31) {
        throw new Error("invalid date value");
      }
      const hoursStr = value.slice(11, 13);
      const hours = Number.parseInt(hoursStr, 10);
      if (isNaN(hours)) {
        throw new Error("invalid hours string");
      }
      if (hours < 0 || hours > 24) {
        throw new Error("invalid hours value");
      }
      const minutesStr = value.slice(14, 16);
      const minutes = Number.parseInt(minutesStr, 10);
      if (isNaN(minutes)) {
        throw new Error("invalid minutes string");
      }
      if (minutes < 0 || minutes > 60) {
        throw new Error("invalid minutes value");
      }
      const secondsStr = value.slice(17, 19);
      const seconds = Number.parseInt(secondsStr, 10);
      if (isNaN(seconds)) {
        throw new Error("invalid seconds string");
      }
      if (seconds < 0 || seconds > 60) {
        throw new Error("invalid seconds value");
      }
      if (value.length === 24) {
        const msStr = value.slice(20, 23);
        const ms = Number.parseInt(msStr, 10);
        if (isNaN(ms)) {
          throw new Error("invalid ms string");
        }
        return Date.UTC(year, month - 1, date, hours, minutes, seconds, ms);
      }
      return Date.UTC(year, month - 1, date, hours, minutes, seconds);
    }
    exports.parseUTC = parseUTC;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/session.js
var require_session = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/session.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SessionCredentialProvider = exports.Session = exports.STALE_TIME = void 0;
    var time_1 = require_time();
    var utils_1 = require_utils();
    var credentials_1 = __importDefault(require_credentials());
    exports.STALE_TIME = 15 * 60;
    var Session2 = class {
      constructor(accessKeyId, accessKeySecret, securityToken, expiration) {
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
        this.securityToken = securityToken;
        this.expiration = expiration;
      }
    };
    exports.Session = Session2;
    var SessionCredentialProvider = class {
      constructor(staleTime = 0, prefetchTime = 0) {
        this.staleTime = staleTime || exports.STALE_TIME;
        if (prefetchTime) {
          this.prefetchTime = prefetchTime;
          this.prefetchTimestamp = Date.now() + prefetchTime * 1e3;
        }
        this.refreshFaliure = 0;
      }
      async getCredentials() {
        this.session = await this.getSession();
        return credentials_1.default.builder().withAccessKeyId(this.session.accessKeyId).withAccessKeySecret(this.session.accessKeySecret).withSecurityToken(this.session.securityToken).withProviderName(this.getProviderName()).build();
      }
      refreshTimestamp() {
        this.staleTimestamp = this.expirationTimestamp - this.staleTime;
        if (this.prefetchTimestamp) {
          this.prefetchTimestamp = (Date.now() + this.prefetchTime * 1e3) / 1e3;
        }
      }
      maxStaleFailureJitter() {
        const exponentialBackoffMillis = 1 << this.refreshFaliure - 1;
        return exponentialBackoffMillis > 10 ? exponentialBackoffMillis : 10;
      }
      jitterTime(time, jitterStart, jitterEnd) {
        const jitterRange = jitterEnd - jitterStart;
        const jitterAmount = Math.abs(Math.floor(Math.random() * jitterRange));
        return time + jitterStart + jitterAmount;
      }
      async refreshSession() {
        try {
          const session = await this.refresher();
          const now = Date.now() / 1e3;
          const oldSessionAvailable = this.staleTimestamp > now;
          const oldSession = this.session;
          this.expirationTimestamp = (0, time_1.parseUTC)(session.expiration) / 1e3;
          this.session = session;
          this.refreshFaliure = 0;
          this.refreshTimestamp();
          if (this.staleTimestamp > now) {
            return;
          }
          if (now < this.staleTimestamp + this.staleTime) {
            this.expirationTimestamp = now + this.staleTime;
          }
          if (now > this.staleTimestamp + this.staleTime) {
            if (oldSessionAvailable) {
              this.session = oldSession;
              this.expirationTimestamp = (0, time_1.parseUTC)(oldSession.expiration) / 1e3;
              this.refreshTimestamp();
              return;
            }
            const waitUntilNextRefresh = 50 + (0, utils_1.getRandomInt)(20);
            this.expirationTimestamp = now + waitUntilNextRefresh + this.staleTime;
          }
        } catch (err) {
          if (!this.session) {
            throw err;
          }
          const now = Date.now() / 1e3;
          if (now < this.staleTimestamp) {
            return;
          }
          this.refreshFaliure++;
          this.expirationTimestamp = this.jitterTime(now, 1, this.maxStaleFailureJitter()) + this.staleTime;
        }
      }
      async getSession() {
        if (this.needUpdateCredential() || this.shouldPrefetchCredential()) {
          await this.refreshSession();
          this.refreshTimestamp();
        }
        return this.session;
      }
      needUpdateCredential() {
        if (!this.session || !this.expirationTimestamp) {
          return true;
        }
        return Date.now() / 1e3 >= this.staleTimestamp;
      }
      shouldPrefetchCredential() {
        if (!this.prefetchTimestamp) {
          return false;
        }
        return this.expirationTimestamp - Date.now() / 1e3 <= this.prefetchTime;
      }
      getProviderName() {
        return "session";
      }
    };
    exports.SessionCredentialProvider = SessionCredentialProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/ram_role_arn.js
var require_ram_role_arn = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/ram_role_arn.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var kitx = __importStar(require_lib4());
    var debug_1 = __importDefault(require_src2());
    var utils = __importStar(require_utils());
    var http_1 = require_http2();
    var session_1 = require_session();
    var log = (0, debug_1.default)("sign");
    var RAMRoleARNCredentialsProviderBuilder = class {
      build() {
        if (!this.credentialsProvider) {
          throw new Error("must specify a previous credentials provider to asssume role");
        }
        if (!(this.roleArn = this.roleArn || process.env.ALIBABA_CLOUD_ROLE_ARN))
          throw new Error("the RoleArn is empty");
        if (!this.roleSessionName) {
          this.roleSessionName = process.env.ALIBABA_CLOUD_ROLE_SESSION_NAME || "credentials-nodejs-" + Date.now();
        }
        if (!this.stsRegionId) {
          this.stsRegionId = process.env.ALIBABA_CLOUD_STS_REGION;
        }
        if (!this.enableVpc) {
          this.enableVpc = process.env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED && process.env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED.toLowerCase() === "true" || false;
        }
        if (!this.durationSeconds) {
          this.durationSeconds = 3600;
        }
        if (this.durationSeconds < 900) {
          throw new Error("session duration should be in the range of 900s - max session duration");
        }
        if (!this.stsEndpoint) {
          if (this.stsRegionId) {
            if (this.enableVpc) {
              this.stsEndpoint = `sts-vpc.${this.stsRegionId}.aliyuncs.com`;
            } else {
              this.stsEndpoint = `sts.${this.stsRegionId}.aliyuncs.com`;
            }
          } else {
            this.stsEndpoint = "sts.aliyuncs.com";
          }
        }
        return new RAMRoleARNCredentialsProvider(this);
      }
      withCredentialsProvider(credentialsProvider) {
        this.credentialsProvider = credentialsProvider;
        return this;
      }
      withRoleArn(roleArn) {
        this.roleArn = roleArn;
        return this;
      }
      withStsRegionId(regionId) {
        this.stsRegionId = regionId;
        return this;
      }
      withStsEndpoint(endpoint) {
        this.stsEndpoint = endpoint;
        return this;
      }
      withRoleSessionName(roleSessionName) {
        this.roleSessionName = roleSessionName;
        return this;
      }
      withPolicy(policy) {
        this.policy = policy;
        return this;
      }
      withExternalId(externalId) {
        this.externalId = externalId;
        return this;
      }
      withDurationSeconds(durationSeconds) {
        this.durationSeconds = durationSeconds;
        return this;
      }
      withEnableVpc(enableVpc) {
        this.enableVpc = enableVpc;
        return this;
      }
      withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
      }
      withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
      }
    };
    function encode(str) {
      const result = encodeURIComponent(str);
      return result.replace(/!/g, "%21").replace(/'/g, "%27").replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/\*/g, "%2A");
    }
    var RAMRoleARNCredentialsProvider = class extends session_1.SessionCredentialProvider {
      static builder() {
        return new RAMRoleARNCredentialsProviderBuilder();
      }
      constructor(builder) {
        super(session_1.STALE_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsInternal;
        this.credentialsProvider = builder.credentialsProvider;
        this.stsEndpoint = builder.stsEndpoint;
        this.roleSessionName = builder.roleSessionName;
        this.policy = builder.policy;
        this.durationSeconds = builder.durationSeconds;
        this.roleArn = builder.roleArn;
        this.externalId = builder.externalId;
        this.readTimeout = builder.readTimeout;
        this.connectTimeout = builder.connectTimeout;
      }
      async getCredentialsInternal() {
        const credentials = await this.credentialsProvider.getCredentials();
        const method = "POST";
        const builder = http_1.Request.builder().withMethod(method).withProtocol("https").withHost(this.stsEndpoint).withReadTimeout(this.readTimeout || 1e4).withConnectTimeout(this.connectTimeout || 5e3);
        const queries = /* @__PURE__ */ Object.create(null);
        queries["Version"] = "2015-04-01";
        queries["Action"] = "AssumeRole";
        queries["Format"] = "JSON";
        queries["Timestamp"] = utils.timestamp();
        queries["SignatureMethod"] = "HMAC-SHA1";
        queries["SignatureVersion"] = "1.0";
        queries["SignatureNonce"] = kitx.makeNonce();
        queries["AccessKeyId"] = credentials.accessKeyId;
        if (credentials.securityToken) {
          queries["SecurityToken"] = credentials.securityToken;
        }
        const bodyForm = /* @__PURE__ */ Object.create(null);
        bodyForm["RoleArn"] = this.roleArn;
        if (this.policy) {
          bodyForm["Policy"] = this.policy;
        }
        if (this.externalId) {
          bodyForm["ExternalId"] = this.externalId;
        }
        bodyForm["RoleSessionName"] = this.roleSessionName;
        bodyForm["DurationSeconds"] = `${this.durationSeconds}`;
        builder.withBodyForm(bodyForm);
        const signParams = /* @__PURE__ */ Object.create(null);
        for (const [key, value] of Object.entries(queries)) {
          signParams[key] = value;
        }
        for (const [key, value] of Object.entries(bodyForm)) {
          signParams[key] = value;
        }
        const keys = Object.keys(signParams).sort();
        const stringToSign = `${method}&${encode("/")}&${encode(keys.map((key) => {
          return `${encode(key)}=${encode(signParams[key])}`;
        }).join("&"))}`;
        log("stringToSign[Client]:");
        log(stringToSign);
        const secret = credentials.accessKeySecret + "&";
        const signature = kitx.sha1(stringToSign, secret, "base64");
        queries["Signature"] = signature;
        builder.withQueries(queries);
        const headers = /* @__PURE__ */ Object.create(null);
        headers["Content-Type"] = "application/x-www-form-urlencoded";
        headers["x-acs-credentials-provider"] = credentials.providerName;
        builder.withHeaders(headers);
        const request = builder.build();
        const response = await this.doRequest(request);
        if (response.statusCode != 200) {
          if (response.headers["content-type"] && response.headers["content-type"].startsWith("application/json")) {
            const body = JSON.parse(response.body.toString("utf8"));
            const serverStringToSign = body.Message.slice("Specified signature is not matched with our calculation. server string to sign is:".length);
            log("stringToSign[Server]:");
            log(stringToSign);
            if (body.Code === "SignatureDoesNotMatch" && serverStringToSign === stringToSign) {
              throw new Error(`the access key secret is invalid`);
            }
          }
          throw new Error(`refresh session token failed: ${response.body.toString("utf8")}`);
        }
        let data;
        try {
          data = JSON.parse(response.body.toString("utf8"));
        } catch (ex) {
          throw new Error(`refresh RoleArn sts token err, unmarshal fail: ${response.body.toString("utf8")}`);
        }
        if (!data || !data.Credentials) {
          throw new Error(`refresh RoleArn sts token err, fail to get credentials`);
        }
        if (!data.Credentials.AccessKeyId || !data.Credentials.AccessKeySecret || !data.Credentials.SecurityToken) {
          throw new Error("refresh RoleArn sts token err, fail to get credentials");
        }
        const { AccessKeyId, AccessKeySecret, SecurityToken, Expiration } = data.Credentials;
        return new session_1.Session(AccessKeyId, AccessKeySecret, SecurityToken, Expiration);
      }
      getProviderName() {
        return `ram_role_arn/${this.credentialsProvider.getProviderName()}`;
      }
    };
    exports.default = RAMRoleARNCredentialsProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/oidc_role_arn.js
var require_oidc_role_arn = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/oidc_role_arn.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __require("fs");
    var util_1 = __require("util");
    var session_1 = require_session();
    var utils = __importStar(require_utils());
    var http_1 = require_http2();
    var readFileAsync = (0, util_1.promisify)(fs_1.readFile);
    var OIDCRoleArnCredentialsProviderBuilder = class {
      withOIDCProviderArn(oidcProviderArn) {
        this.oidcProviderArn = oidcProviderArn;
        return this;
      }
      withOIDCTokenFilePath(path) {
        this.oidcTokenFilePath = path;
        return this;
      }
      withRoleArn(roleArn) {
        this.roleArn = roleArn;
        return this;
      }
      withRoleSessionName(roleSessionName) {
        this.roleSessionName = roleSessionName;
        return this;
      }
      withDurationSeconds(durationSeconds) {
        this.durationSeconds = durationSeconds;
        return this;
      }
      withStsEndpoint(stsEndpoint) {
        this.stsEndpoint = stsEndpoint;
        return this;
      }
      withStsRegionId(regionId) {
        this.stsRegionId = regionId;
        return this;
      }
      withPolicy(policy) {
        this.policy = policy;
        return this;
      }
      withEnableVpc(enableVpc) {
        this.enableVpc = enableVpc;
        return this;
      }
      withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
      }
      withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
      }
      build() {
        if (!this.oidcProviderArn) {
          this.oidcProviderArn = process.env.ALIBABA_CLOUD_OIDC_PROVIDER_ARN;
        }
        if (!this.oidcTokenFilePath) {
          this.oidcTokenFilePath = process.env.ALIBABA_CLOUD_OIDC_TOKEN_FILE;
        }
        if (!this.roleSessionName) {
          this.roleSessionName = process.env.ALIBABA_CLOUD_ROLE_SESSION_NAME;
        }
        if (!this.durationSeconds) {
          this.durationSeconds = 3600;
        }
        if (!this.roleArn) {
          this.roleArn = process.env.ALIBABA_CLOUD_ROLE_ARN;
        }
        if (!this.roleArn) {
          throw new Error("roleArn does not exist and env ALIBABA_CLOUD_ROLE_ARN is null.");
        }
        if (!this.oidcProviderArn) {
          throw new Error("oidcProviderArn does not exist and env ALIBABA_CLOUD_OIDC_PROVIDER_ARN is null.");
        }
        if (!this.oidcTokenFilePath) {
          throw new Error("oidcTokenFilePath is not exists and env ALIBABA_CLOUD_OIDC_TOKEN_FILE is null.");
        }
        if (!this.roleSessionName) {
          this.roleSessionName = "credentials-nodejs-" + Date.now();
        }
        if (this.durationSeconds < 900) {
          throw new Error("session duration should be in the range of 900s - max session duration");
        }
        if (!this.stsRegionId) {
          this.stsRegionId = process.env.ALIBABA_CLOUD_STS_REGION;
        }
        if (!this.enableVpc) {
          this.enableVpc = process.env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED && process.env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED.toLowerCase() === "true" || false;
        }
        if (!this.stsEndpoint) {
          if (this.stsRegionId) {
            if (this.enableVpc) {
              this.stsEndpoint = `sts-vpc.${this.stsRegionId}.aliyuncs.com`;
            } else {
              this.stsEndpoint = `sts.${this.stsRegionId}.aliyuncs.com`;
            }
          } else {
            this.stsEndpoint = "sts.aliyuncs.com";
          }
        }
        return new OIDCRoleArnCredentialsProvider(this);
      }
    };
    var OIDCRoleArnCredentialsProvider = class extends session_1.SessionCredentialProvider {
      static builder() {
        return new OIDCRoleArnCredentialsProviderBuilder();
      }
      constructor(builder) {
        super(session_1.STALE_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsInternal;
        this.roleArn = builder.roleArn;
        this.oidcProviderArn = builder.oidcProviderArn;
        this.oidcTokenFilePath = builder.oidcTokenFilePath;
        this.policy = builder.policy;
        this.durationSeconds = builder.durationSeconds;
        this.roleSessionName = builder.roleSessionName;
        this.stsEndpoint = builder.stsEndpoint;
        this.readTimeout = builder.readTimeout;
        this.connectTimeout = builder.connectTimeout;
        this.doRequest = http_1.doRequest;
      }
      getProviderName() {
        return "oidc_role_arn";
      }
      async getCredentialsInternal() {
        const oidcToken = await readFileAsync(this.oidcTokenFilePath, "utf8");
        const builder = http_1.Request.builder().withMethod("POST").withProtocol("https").withHost(this.stsEndpoint).withReadTimeout(this.readTimeout || 1e4).withConnectTimeout(this.connectTimeout || 5e3);
        const queries = /* @__PURE__ */ Object.create(null);
        queries["Version"] = "2015-04-01";
        queries["Action"] = "AssumeRoleWithOIDC";
        queries["Format"] = "JSON";
        queries["Timestamp"] = utils.timestamp();
        builder.withQueries(queries);
        const bodyForm = /* @__PURE__ */ Object.create(null);
        bodyForm["OIDCProviderArn"] = this.oidcProviderArn;
        bodyForm["OIDCToken"] = oidcToken;
        bodyForm["RoleArn"] = this.roleArn;
        if (this.policy) {
          bodyForm["Policy"] = this.policy;
        }
        bodyForm["RoleSessionName"] = this.roleSessionName;
        bodyForm["DurationSeconds"] = `${this.durationSeconds}`;
        builder.withBodyForm(bodyForm);
        const headers = /* @__PURE__ */ Object.create(null);
        headers["Content-Type"] = "application/x-www-form-urlencoded";
        builder.withHeaders(headers);
        const request = builder.build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
          throw new Error(`get sts token failed with OIDC: ${response.body.toString("utf8")}`);
        }
        let data;
        try {
          data = JSON.parse(response.body.toString("utf8"));
        } catch (ex) {
          throw new Error(`get sts token failed with OIDC, unmarshal fail: ${response.body.toString("utf8")}`);
        }
        if (!data || !data.Credentials) {
          throw new Error(`get sts token failed with OIDC`);
        }
        const { AccessKeyId, AccessKeySecret, SecurityToken, Expiration } = data.Credentials;
        if (!AccessKeyId || !AccessKeySecret || !SecurityToken) {
          throw new Error("get sts token failed with OIDC");
        }
        return new session_1.Session(AccessKeyId, AccessKeySecret, SecurityToken, Expiration);
      }
    };
    exports.default = OIDCRoleArnCredentialsProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/ecs_ram_role.js
var require_ecs_ram_role = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/ecs_ram_role.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var http_1 = require_http2();
    var session_1 = require_session();
    var PREFETCH_TIME = 60 * 60;
    var defaultMetadataTokenDuration = 21600;
    var ECSRAMRoleCredentialsProvider = class extends session_1.SessionCredentialProvider {
      static builder() {
        return new ECSRAMRoleCredentialsProviderBuilder();
      }
      constructor(builder) {
        super(session_1.STALE_TIME, PREFETCH_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsInternal;
        this.roleName = builder.roleName;
        this.disableIMDSv1 = builder.disableIMDSv1;
        this.readTimeout = builder.readTimeout;
        this.connectTimeout = builder.connectTimeout;
        this.checker = null;
        this.shouldRefreshCred = false;
        if (builder.asyncCredentialUpdateEnabled) {
          this.checker = this.checkCredentialsUpdateAsynchronously();
        }
      }
      checkCredentialsUpdateAsynchronously() {
        return setTimeout(async () => {
          try {
            if (this.shouldRefreshCred) {
              await this.getCredentials();
            }
          } catch (err) {
            console.error("CheckCredentialsUpdateAsynchronously Error:", err);
          } finally {
            this.checker = this.checkCredentialsUpdateAsynchronously();
          }
        }, 1e3 * 60);
      }
      close() {
        if (this.checker != null) {
          clearTimeout(this.checker);
          this.checker = null;
        }
      }
      shouldFallbackToIMDSv1(metadataToken) {
        return metadataToken !== null && !this.disableIMDSv1;
      }
      async getMetadataToken() {
        const request = http_1.Request.builder().withMethod("PUT").withProtocol("http").withHost("100.100.100.200").withPath("/latest/api/token").withHeaders({
          "x-aliyun-ecs-metadata-token-ttl-seconds": `${defaultMetadataTokenDuration}`
        }).withReadTimeout(this.readTimeout || 1e3).withConnectTimeout(this.connectTimeout || 1e3).build();
        try {
          const response = await this.doRequest(request);
          if (response.statusCode !== 200) {
            throw new Error(`get metadata token failed with ${response.statusCode}`);
          }
          return response.body.toString("utf8");
        } catch (error) {
          if (this.disableIMDSv1) {
            throw error;
          }
          return null;
        }
      }
      async getRoleName() {
        const metadataToken = await this.getMetadataToken();
        try {
          return await this.doGetRoleName(metadataToken);
        } catch (error) {
          if (this.shouldFallbackToIMDSv1(metadataToken)) {
            return await this.doGetRoleName(null);
          }
          throw error;
        }
      }
      async doGetRoleName(metadataToken) {
        const builder = http_1.Request.builder().withMethod("GET").withProtocol("http").withHost("100.100.100.200").withPath("/latest/meta-data/ram/security-credentials/").withReadTimeout(this.readTimeout || 1e3).withConnectTimeout(this.connectTimeout || 1e3);
        if (metadataToken !== null) {
          builder.withHeaders({
            "x-aliyun-ecs-metadata-token": metadataToken
          });
        }
        const request = builder.build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
          throw new Error(`get role name failed: ${request.method} ${request.toRequestURL()} ${response.statusCode}`);
        }
        return response.body.toString().trim();
      }
      async getCredentialsInternal() {
        let roleName = this.roleName;
        if (!roleName) {
          roleName = await this.getRoleName();
        }
        const metadataToken = await this.getMetadataToken();
        try {
          return await this.doGetCredentials(roleName, metadataToken);
        } catch (error) {
          if (this.shouldFallbackToIMDSv1(metadataToken)) {
            return await this.doGetCredentials(roleName, null);
          }
          throw error;
        }
      }
      async doGetCredentials(roleName, metadataToken) {
        const builder = http_1.Request.builder().withMethod("GET").withProtocol("http").withHost("100.100.100.200").withPath(`/latest/meta-data/ram/security-credentials/${roleName}`).withReadTimeout(this.readTimeout || 1e3).withConnectTimeout(this.connectTimeout || 1e3);
        if (metadataToken !== null) {
          builder.withHeaders({
            "x-aliyun-ecs-metadata-token": metadataToken
          });
        }
        const request = builder.build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
          throw new Error(`get sts token failed, httpStatus: ${response.statusCode}, message = ${response.body.toString()}`);
        }
        let data;
        try {
          data = JSON.parse(response.body.toString());
        } catch (ex) {
          throw new Error(`get sts token failed, json parse failed: ${ex.message}`);
        }
        if (!data || !data.AccessKeyId || !data.AccessKeySecret || !data.SecurityToken) {
          throw new Error("get sts token failed");
        }
        if (data.Code !== "Success") {
          throw new Error("refresh Ecs sts token err, Code is not Success");
        }
        this.shouldRefreshCred = true;
        return new session_1.Session(data.AccessKeyId, data.AccessKeySecret, data.SecurityToken, data.Expiration);
      }
      getProviderName() {
        return "ecs_ram_role";
      }
    };
    exports.default = ECSRAMRoleCredentialsProvider;
    var ECSRAMRoleCredentialsProviderBuilder = class {
      constructor() {
        this.disableIMDSv1 = false;
        this.asyncCredentialUpdateEnabled = false;
      }
      withRoleName(roleName) {
        this.roleName = roleName;
        return this;
      }
      withDisableIMDSv1(disableIMDSv1) {
        this.disableIMDSv1 = disableIMDSv1;
        return this;
      }
      withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
      }
      withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
      }
      withAsyncCredentialUpdateEnabled(asyncCredentialUpdateEnabled) {
        this.asyncCredentialUpdateEnabled = asyncCredentialUpdateEnabled;
        return this;
      }
      build() {
        if (process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED && process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED.toLowerCase() === "true") {
          throw new Error("IMDS credentials is disabled");
        }
        if (!this.roleName) {
          this.roleName = process.env.ALIBABA_CLOUD_ECS_METADATA;
        }
        if (process.env.ALIBABA_CLOUD_IMDSV1_DISABLED && process.env.ALIBABA_CLOUD_IMDSV1_DISABLED.toLowerCase() === "true") {
          this.disableIMDSv1 = true;
        }
        return new ECSRAMRoleCredentialsProvider(this);
      }
    };
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/cloud_sso.js
var require_cloud_sso = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/cloud_sso.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var session_1 = require_session();
    var http_1 = require_http2();
    var CloudSSOCredentialsProviderBuilder = class {
      withSignInUrl(signInUrl) {
        this.signInUrl = signInUrl;
        return this;
      }
      withAccountId(accountId) {
        this.accountId = accountId;
        return this;
      }
      withAccessConfig(accessConfig) {
        this.accessConfig = accessConfig;
        return this;
      }
      withAccessToken(accessToken) {
        this.accessToken = accessToken;
        return this;
      }
      withAccessTokenExpire(accessTokenExpire) {
        this.accessTokenExpire = accessTokenExpire;
        return this;
      }
      withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
      }
      withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
      }
      build() {
        const now = Math.floor(Date.now() / 1e3);
        if (!this.accessToken || !this.accessTokenExpire || this.accessTokenExpire - now <= 0) {
          throw new Error("CloudSSO access token is empty or expired, please re-login with cli.");
        }
        if (!this.signInUrl || !this.accountId || !this.accessConfig) {
          throw new Error("CloudSSO sign in url, account id, and access config cannot be empty.");
        }
        return new CloudSSOCredentialsProvider(this);
      }
    };
    var CloudSSOCredentialsProvider = class extends session_1.SessionCredentialProvider {
      static builder() {
        return new CloudSSOCredentialsProviderBuilder();
      }
      constructor(builder) {
        super(session_1.STALE_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsInternal;
        this.signInUrl = builder.signInUrl;
        this.accountId = builder.accountId;
        this.accessConfig = builder.accessConfig;
        this.accessToken = builder.accessToken;
        this.accessTokenExpire = builder.accessTokenExpire;
        this.connectTimeout = builder.connectTimeout || 5e3;
        this.readTimeout = builder.readTimeout || 1e4;
        this.doRequest = http_1.doRequest;
      }
      getProviderName() {
        return "cloud_sso";
      }
      async getCredentialsInternal() {
        const url = new URL(this.signInUrl);
        const body = JSON.stringify({
          AccountId: this.accountId,
          AccessConfigurationId: this.accessConfig
        });
        const headers = {
          "Accept": "application/json",
          "Content-Type": "application/json",
          "Authorization": `Bearer ${this.accessToken}`
        };
        const request = http_1.Request.builder().withMethod("POST").withProtocol(url.protocol.replace(":", "")).withHost(url.host).withPath("/cloud-credentials").withHeaders(headers).withReadTimeout(this.readTimeout).withConnectTimeout(this.connectTimeout).build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
          throw new Error(`get session token from CloudSSO failed: ${response.body.toString("utf8")}`);
        }
        let data;
        try {
          data = JSON.parse(response.body.toString("utf8"));
        } catch (ex) {
          throw new Error(`get session token from CloudSSO failed, unmarshal fail: ${response.body.toString("utf8")}`);
        }
        if (!data || !data.CloudCredential) {
          throw new Error("get session token from CloudSSO failed, fail to get credentials");
        }
        const { AccessKeyId, AccessKeySecret, SecurityToken, Expiration } = data.CloudCredential;
        if (!AccessKeyId || !AccessKeySecret || !SecurityToken) {
          throw new Error("get session token from CloudSSO failed, fail to get credentials");
        }
        return new session_1.Session(AccessKeyId, AccessKeySecret, SecurityToken, Expiration);
      }
    };
    exports.default = CloudSSOCredentialsProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/oauth.js
var require_oauth = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/oauth.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var session_1 = require_session();
    var http_1 = require_http2();
    var utils = __importStar(require_utils());
    var OAuthCredentialsProviderBuilder = class {
      withClientId(clientId) {
        this.clientId = clientId;
        return this;
      }
      withSignInUrl(signInUrl) {
        this.signInUrl = signInUrl;
        return this;
      }
      withRefreshToken(refreshToken) {
        this.refreshToken = refreshToken;
        return this;
      }
      withAccessToken(accessToken) {
        this.accessToken = accessToken;
        return this;
      }
      withAccessTokenExpire(accessTokenExpire) {
        this.accessTokenExpire = accessTokenExpire;
        return this;
      }
      withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
      }
      withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
      }
      withTokenUpdateCallback(callback) {
        this.tokenUpdateCallback = callback;
        return this;
      }
      build() {
        if (!this.clientId) {
          throw new Error("the clientId is empty");
        }
        if (!this.signInUrl) {
          throw new Error("the url for sign-in is empty");
        }
        return new OAuthCredentialsProvider(this);
      }
    };
    var OAuthCredentialsProvider = class extends session_1.SessionCredentialProvider {
      static builder() {
        return new OAuthCredentialsProviderBuilder();
      }
      constructor(builder) {
        super(session_1.STALE_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsInternal;
        this.clientId = builder.clientId;
        this.signInUrl = builder.signInUrl;
        this.refreshToken = builder.refreshToken;
        this.accessToken = builder.accessToken;
        this.accessTokenExpire = builder.accessTokenExpire;
        this.connectTimeout = builder.connectTimeout || 5e3;
        this.readTimeout = builder.readTimeout || 1e4;
        this.tokenUpdateCallback = builder.tokenUpdateCallback;
        this.doRequest = http_1.doRequest;
      }
      getProviderName() {
        return "oauth";
      }
      async tryRefreshOAuthToken() {
        const url = new URL(this.signInUrl);
        const bodyForm = {
          "grant_type": "refresh_token",
          "refresh_token": this.refreshToken,
          "client_id": this.clientId,
          "Timestamp": utils.timestamp()
        };
        const headers = {
          "Content-Type": "application/x-www-form-urlencoded"
        };
        const request = http_1.Request.builder().withMethod("POST").withProtocol(url.protocol.replace(":", "")).withHost(url.host).withPath("/v1/token").withHeaders(headers).withBodyForm(bodyForm).withReadTimeout(this.readTimeout).withConnectTimeout(this.connectTimeout).build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
          throw new Error(`failed to refresh OAuth token, status code: ${response.statusCode}`);
        }
        let tokenResp;
        try {
          tokenResp = JSON.parse(response.body.toString("utf8"));
        } catch (ex) {
          throw new Error(`failed to refresh OAuth token, unmarshal fail: ${response.body.toString("utf8")}`);
        }
        if (!tokenResp || !tokenResp.access_token || !tokenResp.refresh_token) {
          throw new Error(`failed to refresh OAuth token: ${response.body.toString("utf8")}`);
        }
        this.accessToken = tokenResp.access_token;
        this.refreshToken = tokenResp.refresh_token;
        this.accessTokenExpire = Math.floor(Date.now() / 1e3) + (tokenResp.expires_in || 3600);
      }
      async getCredentialsInternal() {
        const now = Math.floor(Date.now() / 1e3);
        if (this.refreshToken && (!this.accessToken || !this.accessTokenExpire || this.accessTokenExpire - now <= 1200)) {
          await this.tryRefreshOAuthToken();
        }
        const url = new URL(this.signInUrl);
        const headers = {
          "Content-Type": "application/json",
          "Authorization": `Bearer ${this.accessToken}`
        };
        const request = http_1.Request.builder().withMethod("POST").withProtocol(url.protocol.replace(":", "")).withHost(url.host).withPath("/v1/exchange").withHeaders(headers).withReadTimeout(this.readTimeout).withConnectTimeout(this.connectTimeout).build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
          throw new Error(`get session token from OAuth failed: ${response.body.toString("utf8")}`);
        }
        let data;
        try {
          data = JSON.parse(response.body.toString("utf8"));
        } catch (ex) {
          throw new Error(`get session token from OAuth failed, unmarshal fail: ${response.body.toString("utf8")}`);
        }
        if (!data || !data.accessKeyId || !data.accessKeySecret || !data.securityToken) {
          throw new Error(`refresh session token from OAuth failed, fail to get credentials: ${response.body.toString("utf8")}`);
        }
        if (this.tokenUpdateCallback) {
          try {
            const stsExpire = data.expiration ? Math.floor(new Date(data.expiration).getTime() / 1e3) : 0;
            await this.tokenUpdateCallback(this.refreshToken, this.accessToken, data.accessKeyId, data.accessKeySecret, data.securityToken, this.accessTokenExpire, stsExpire);
          } catch (e) {
          }
        }
        return new session_1.Session(data.accessKeyId, data.accessKeySecret, data.securityToken, data.expiration);
      }
    };
    exports.default = OAuthCredentialsProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/utils/command.js
var require_command = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/utils/command.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitProcessCommand = void 0;
    function splitProcessCommand(command, windows = process.platform === "win32") {
      const input = (command || "").trim();
      if (!input) {
        throw new Error("process_command is empty");
      }
      const args = [];
      let current = "";
      let inSingle = false;
      let inDouble = false;
      let hasToken = false;
      const flush = () => {
        if (hasToken) {
          args.push(current);
          current = "";
          hasToken = false;
        }
      };
      for (let i = 0; i < input.length; i++) {
        const c = input[i];
        if (inSingle) {
          if (c === "'") {
            inSingle = false;
          } else {
            current += c;
          }
          continue;
        }
        if (inDouble) {
          if (c === '"') {
            inDouble = false;
            continue;
          }
          if (c === "\\" && i + 1 < input.length) {
            const next = input[i + 1];
            if (windows) {
              if (next === '"') {
                current += next;
                i++;
                continue;
              }
            } else if (next === "\n") {
              i++;
              continue;
            } else if (next === '"' || next === "\\" || next === "$" || next === "`") {
              current += next;
              i++;
              continue;
            }
          }
          current += c;
          continue;
        }
        if (c === "\\") {
          if (windows) {
            hasToken = true;
            current += c;
            continue;
          }
          if (i + 1 >= input.length) {
            throw new Error("invalid process_command: trailing backslash");
          }
          if (input[i + 1] === "\n") {
            i++;
            continue;
          }
          hasToken = true;
          current += input[++i];
          continue;
        }
        if (c === "'") {
          inSingle = true;
          hasToken = true;
          continue;
        }
        if (c === '"') {
          inDouble = true;
          hasToken = true;
          continue;
        }
        if (/\s/.test(c)) {
          flush();
          continue;
        }
        hasToken = true;
        current += c;
      }
      if (inSingle || inDouble) {
        throw new Error("invalid process_command: unclosed quote");
      }
      flush();
      if (args.length === 0 || args[0] === "") {
        throw new Error("process_command is empty");
      }
      return args;
    }
    exports.splitProcessCommand = splitProcessCommand;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/external.js
var require_external = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/external.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var child_process_1 = __require("child_process");
    var util_1 = __require("util");
    var credentials_1 = __importDefault(require_credentials());
    var command_1 = require_command();
    var execFileAsync = (0, util_1.promisify)(child_process_1.execFile);
    var EXPIRATION_SLOT_SECONDS = 180;
    var ExternalCredentialsProviderBuilder = class {
      withProcessCommand(processCommand) {
        this.processCommand = processCommand;
        return this;
      }
      withTimeout(timeout) {
        this.timeout = timeout;
        return this;
      }
      withCredentialUpdateCallback(callback) {
        this.credentialUpdateCallback = callback;
        return this;
      }
      build() {
        if (!this.processCommand) {
          throw new Error("process_command is empty");
        }
        return new ExternalCredentialsProvider(this);
      }
    };
    var ExternalCredentialsProvider = class {
      static builder() {
        return new ExternalCredentialsProviderBuilder();
      }
      constructor(builder) {
        this.expirationTimestamp = 0;
        this.processCommand = builder.processCommand;
        this.timeout = builder.timeout || 60 * 1e3;
        this.credentialUpdateCallback = builder.credentialUpdateCallback;
      }
      getProviderName() {
        return "external";
      }
      needUpdateCredential() {
        if (!this.session) {
          return true;
        }
        if (!this.expirationTimestamp) {
          return true;
        }
        return this.expirationTimestamp - Math.floor(Date.now() / 1e3) <= EXPIRATION_SLOT_SECONDS;
      }
      async getCredentialsInternal() {
        const args = (0, command_1.splitProcessCommand)(this.processCommand);
        let stdout;
        try {
          const result = await execFileAsync(args[0], args.slice(1), {
            timeout: this.timeout,
            env: process.env
          });
          stdout = result.stdout;
        } catch (ex) {
          throw new Error(`failed to execute external command: ${ex.message}`);
        }
        let data;
        try {
          data = JSON.parse(stdout);
        } catch (ex) {
          throw new Error(`failed to parse external command output: ${ex.message}`);
        }
        if (!data || !data.access_key_id || !data.access_key_secret) {
          throw new Error("invalid credential response: access_key_id or access_key_secret is empty");
        }
        if (data.mode === "StsToken" && !data.sts_token) {
          throw new Error("invalid StsToken credential response: sts_token is empty");
        }
        return data;
      }
      async getCredentials() {
        if (this.needUpdateCredential()) {
          const session = await this.getCredentialsInternal();
          this.session = session;
          this.expirationTimestamp = session.expiration ? Math.floor(new Date(session.expiration).getTime() / 1e3) : 0;
          if (Number.isNaN(this.expirationTimestamp)) {
            this.expirationTimestamp = 0;
          }
          if (this.credentialUpdateCallback) {
            try {
              await this.credentialUpdateCallback(session.access_key_id, session.access_key_secret, session.sts_token, this.expirationTimestamp);
            } catch (e) {
            }
          }
        }
        return credentials_1.default.builder().withAccessKeyId(this.session.access_key_id).withAccessKeySecret(this.session.access_key_secret).withSecurityToken(this.session.sts_token).withProviderName(this.getProviderName()).build();
      }
    };
    exports.default = ExternalCredentialsProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/cli_profile.js
var require_cli_profile = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/cli_profile.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getProfile = exports.getConfiguration = void 0;
    var fs_1 = __require("fs");
    var util_1 = __require("util");
    var path_1 = __importDefault(__require("path"));
    var os_1 = __importDefault(__require("os"));
    var credentials_1 = __importDefault(require_credentials());
    var static_ak_1 = __importDefault(require_static_ak());
    var static_sts_1 = __importDefault(require_static_sts());
    var ram_role_arn_1 = __importDefault(require_ram_role_arn());
    var oidc_role_arn_1 = __importDefault(require_oidc_role_arn());
    var ecs_ram_role_1 = __importDefault(require_ecs_ram_role());
    var cloud_sso_1 = __importDefault(require_cloud_sso());
    var oauth_1 = __importDefault(require_oauth());
    var external_1 = __importDefault(require_external());
    var readFileAsync = (0, util_1.promisify)(fs_1.readFile);
    var writeFileAsync = (0, util_1.promisify)(fs_1.writeFile);
    var OAUTH_BASE_URL_MAP = {
      "CN": "https://oauth.aliyun.com",
      "INTL": "https://oauth.alibabacloud.com"
    };
    var OAUTH_CLIENT_MAP = {
      "CN": "4038181954557748008",
      "INTL": "4103531455503354461"
    };
    var CLIProfileCredentialsProviderBuilder = class {
      build() {
        if (!this.profileName) {
          this.profileName = process.env.ALIBABA_CLOUD_PROFILE;
        }
        if (process.env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED && process.env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED.toLowerCase() === "true") {
          throw new Error("the CLI profile is disabled");
        }
        return new CLIProfileCredentialsProvider2(this);
      }
      withProfileName(profileName) {
        this.profileName = profileName;
        return this;
      }
    };
    async function getConfiguration(cfgPath) {
      let content;
      try {
        content = await readFileAsync(cfgPath, "utf8");
      } catch (ex) {
        throw new Error(`reading aliyun cli config from '${cfgPath}' failed.`);
      }
      let conf;
      try {
        conf = JSON.parse(content);
      } catch (ex) {
        throw new Error(`parse aliyun cli config from '${cfgPath}' failed: ${content}`);
      }
      if (!conf || !conf.profiles || conf.profiles.length === 0) {
        throw new Error(`no any configured profiles in '${cfgPath}'`);
      }
      return conf;
    }
    exports.getConfiguration = getConfiguration;
    function getProfile(conf, profileName) {
      for (const p of conf.profiles) {
        if (p.name === profileName) {
          return p;
        }
      }
      throw new Error(`unable to get profile with '${profileName}'`);
    }
    exports.getProfile = getProfile;
    var CLIProfileCredentialsProvider2 = class {
      static builder() {
        return new CLIProfileCredentialsProviderBuilder();
      }
      constructor(builder) {
        this.homedir = os_1.default.homedir();
        this.profileName = builder.profileName;
      }
      createOAuthTokenUpdateCallback(conf, profileName) {
        return async (refreshToken, accessToken, accessKeyId, accessKeySecret, securityToken, accessTokenExpire, stsExpire) => {
          try {
            const cfgPath = path_1.default.join(this.homedir, ".aliyun", "config.json");
            const content = await readFileAsync(cfgPath, "utf8");
            const config = JSON.parse(content);
            if (!config || !config.profiles)
              return;
            const oauthProfile = this.findOAuthProfile(config, profileName);
            if (!oauthProfile)
              return;
            oauthProfile.oauth_refresh_token = refreshToken;
            oauthProfile.oauth_access_token = accessToken;
            oauthProfile.oauth_access_token_expire = accessTokenExpire;
            oauthProfile.access_key_id = accessKeyId;
            oauthProfile.access_key_secret = accessKeySecret;
            oauthProfile.sts_token = securityToken;
            oauthProfile.sts_expiration = stsExpire;
            await writeFileAsync(cfgPath, JSON.stringify(config, null, 4), "utf8");
          } catch (e) {
          }
        };
      }
      findOAuthProfile(conf, profileName) {
        for (const p of conf.profiles) {
          if (p.name === profileName) {
            if (p.mode === "OAuth")
              return p;
            if (p.source_profile)
              return this.findOAuthProfile(conf, p.source_profile);
            return null;
          }
        }
        return null;
      }
      createExternalCredentialUpdateCallback(conf, profileName) {
        return async (accessKeyId, accessKeySecret, securityToken, expiration) => {
          try {
            const cfgPath = path_1.default.join(this.homedir, ".aliyun", "config.json");
            const content = await readFileAsync(cfgPath, "utf8");
            const config = JSON.parse(content);
            if (!config || !config.profiles)
              return;
            const externalProfile = this.findExternalProfile(config, profileName);
            if (!externalProfile)
              return;
            externalProfile.access_key_id = accessKeyId;
            externalProfile.access_key_secret = accessKeySecret;
            externalProfile.sts_token = securityToken;
            externalProfile.sts_expiration = expiration;
            await writeFileAsync(cfgPath, JSON.stringify(config, null, 4), "utf8");
          } catch (e) {
          }
        };
      }
      findExternalProfile(conf, profileName) {
        for (const p of conf.profiles) {
          if (p.name === profileName) {
            if (p.mode === "External")
              return p;
            if (p.source_profile)
              return this.findExternalProfile(conf, p.source_profile);
            return null;
          }
        }
        return null;
      }
      getCredentialsProvider(conf, profileName) {
        const p = getProfile(conf, profileName);
        switch (p.mode) {
          case "AK":
            return static_ak_1.default.builder().withAccessKeyId(p.access_key_id).withAccessKeySecret(p.access_key_secret).build();
          case "StsToken":
            return static_sts_1.default.builder().withAccessKeyId(p.access_key_id).withAccessKeySecret(p.access_key_secret).withSecurityToken(p.sts_token).build();
          case "RamRoleArn": {
            const previousProvider = static_ak_1.default.builder().withAccessKeyId(p.access_key_id).withAccessKeySecret(p.access_key_secret).build();
            return ram_role_arn_1.default.builder().withCredentialsProvider(previousProvider).withRoleArn(p.ram_role_arn).withRoleSessionName(p.ram_session_name).withDurationSeconds(p.expired_seconds).withStsRegionId(p.sts_region).withStsEndpoint(p.sts_endpoint).withEnableVpc(p.enable_vpc).build();
          }
          case "EcsRamRole":
            return ecs_ram_role_1.default.builder().withRoleName(p.ram_role_name).build();
          case "OIDC":
            return oidc_role_arn_1.default.builder().withOIDCTokenFilePath(p.oidc_token_file).withOIDCProviderArn(p.oidc_provider_arn).withRoleArn(p.ram_role_arn).withStsRegionId(p.sts_region).withDurationSeconds(p.expired_seconds).withRoleSessionName(p.ram_session_name).withDurationSeconds(p.duration_seconds).withEnableVpc(p.enable_vpc).build();
          case "ChainableRamRoleArn": {
            const previousProvider = this.getCredentialsProvider(conf, p.source_profile);
            return ram_role_arn_1.default.builder().withCredentialsProvider(previousProvider).withRoleArn(p.ram_role_arn).withRoleSessionName(p.ram_session_name).withDurationSeconds(p.expired_seconds).withStsRegionId(p.sts_region).build();
          }
          case "CloudSSO":
            return cloud_sso_1.default.builder().withSignInUrl(p.cloud_sso_sign_in_url).withAccountId(p.cloud_sso_account_id).withAccessConfig(p.cloud_sso_access_config).withAccessToken(p.access_token).withAccessTokenExpire(p.cloud_sso_access_token_expire).build();
          case "OAuth": {
            const siteType = (p.oauth_site_type || "").toUpperCase();
            const oauthSignInUrl = OAUTH_BASE_URL_MAP[siteType];
            if (!oauthSignInUrl) {
              throw new Error("invalid OAuth site type, support CN or INTL");
            }
            const oauthClientId = OAUTH_CLIENT_MAP[siteType];
            return oauth_1.default.builder().withSignInUrl(oauthSignInUrl).withClientId(oauthClientId).withRefreshToken(p.oauth_refresh_token).withAccessToken(p.oauth_access_token).withAccessTokenExpire(p.oauth_access_token_expire).withTokenUpdateCallback(this.createOAuthTokenUpdateCallback(conf, profileName)).build();
          }
          case "External":
            return external_1.default.builder().withProcessCommand(p.process_command).withCredentialUpdateCallback(this.createExternalCredentialUpdateCallback(conf, profileName)).build();
          default:
            throw new Error(`unsupported profile mode '${p.mode}'`);
        }
      }
      async getCredentials() {
        if (!this.innerProvider) {
          if (!this.homedir) {
            throw new Error("cannot found home dir");
          }
          const cfgPath = path_1.default.join(this.homedir, ".aliyun", "config.json");
          const conf = await getConfiguration(cfgPath);
          const profileName = this.profileName || conf.current;
          this.innerProvider = this.getCredentialsProvider(conf, profileName);
        }
        const credentials = await this.innerProvider.getCredentials();
        return credentials_1.default.builder().withAccessKeyId(credentials.accessKeyId).withAccessKeySecret(credentials.accessKeySecret).withSecurityToken(credentials.securityToken).withProviderName(`${this.getProviderName()}/${this.innerProvider.getProviderName()}`).build();
      }
      getProviderName() {
        return "cli_profile";
      }
    };
    exports.default = CLIProfileCredentialsProvider2;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/env.js
var require_env = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/env.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var credentials_1 = __importDefault(require_credentials());
    var EnvironmentVariableCredentialsProvider = class {
      static builder() {
        return new EnvironmentVariableCredentialsProviderBuilder();
      }
      async getCredentials() {
        const accessKeyId = process.env.ALIBABA_CLOUD_ACCESS_KEY_ID;
        if (!accessKeyId) {
          throw new Error("unable to get credentials from enviroment variables, Access key ID must be specified via environment variable (ALIBABA_CLOUD_ACCESS_KEY_ID)");
        }
        const accessKeySecret = process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
        if (!accessKeySecret) {
          throw new Error("unable to get credentials from enviroment variables, Access key secret must be specified via environment variable (ALIBABA_CLOUD_ACCESS_KEY_SECRET)");
        }
        const securityToken = process.env.ALIBABA_CLOUD_SECURITY_TOKEN;
        return credentials_1.default.builder().withAccessKeyId(accessKeyId).withAccessKeySecret(accessKeySecret).withSecurityToken(securityToken).withProviderName(this.getProviderName()).build();
      }
      getProviderName() {
        return "env";
      }
      constructor(builder) {
      }
    };
    exports.default = EnvironmentVariableCredentialsProvider;
    var EnvironmentVariableCredentialsProviderBuilder = class {
      build() {
        return new EnvironmentVariableCredentialsProvider(this);
      }
    };
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/uri.js
var require_uri = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.URICredentialsProviderBuilder = void 0;
    var session_1 = require_session();
    var http_1 = require_http2();
    var URICredentialsProvider = class extends session_1.SessionCredentialProvider {
      static builder() {
        return new URICredentialsProviderBuilder();
      }
      constructor(builder) {
        super(session_1.STALE_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsUri;
        this.credentialsURI = builder.credentialsURI;
        this.readTimeout = builder.readTimeout;
        this.connectTimeout = builder.connectTimeout;
      }
      getProviderName() {
        return "credential_uri";
      }
      async getCredentialsUri() {
        const builder = http_1.Request.builder().withMethod("GET").withURL(this.credentialsURI).withReadTimeout(this.readTimeout || 1e4).withConnectTimeout(this.connectTimeout || 5e3);
        const request = builder.build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
          throw new Error(`get sts token failed, httpStatus: ${response.statusCode}, message = ${response.body.toString("utf8")}.`);
        }
        let data;
        try {
          data = JSON.parse(response.body.toString("utf8"));
        } catch (ex) {
          throw new Error(`get sts token failed, json parse failed: ${ex.message}, result: ${response.body.toString("utf8")}.`);
        }
        if (!data || !data.AccessKeyId || !data.AccessKeySecret || !data.SecurityToken) {
          throw new Error(`error retrieving credentials from credentialsURI result: ${JSON.stringify(data)}.`);
        }
        return new session_1.Session(data.AccessKeyId, data.AccessKeySecret, data.SecurityToken, data.Expiration);
      }
    };
    exports.default = URICredentialsProvider;
    var URICredentialsProviderBuilder = class {
      withCredentialsURI(credentialsURI) {
        this.credentialsURI = credentialsURI;
        return this;
      }
      withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
      }
      withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
      }
      build() {
        if (!this.credentialsURI) {
          this.credentialsURI = process.env.ALIBABA_CLOUD_CREDENTIALS_URI;
        }
        return new URICredentialsProvider(this);
      }
    };
    exports.URICredentialsProviderBuilder = URICredentialsProviderBuilder;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/profile.js
var require_profile = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/profile.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var path_1 = __importDefault(__require("path"));
    var os_1 = __importDefault(__require("os"));
    var credentials_1 = __importDefault(require_credentials());
    var utils_1 = require_utils();
    var static_ak_1 = __importDefault(require_static_ak());
    var ecs_ram_role_1 = __importDefault(require_ecs_ram_role());
    var ram_role_arn_1 = __importDefault(require_ram_role_arn());
    var ProfileCredentialsProvider = class {
      async getCredentials() {
        if (!this.innerProvider) {
          let sharedCfgPath = process.env.ALIBABA_CLOUD_CREDENTIALS_FILE;
          if (!sharedCfgPath) {
            if (!this.homedir) {
              throw new Error("cannot found home dir");
            }
            sharedCfgPath = path_1.default.join(this.homedir, ".alibabacloud/credentials");
          }
          const ini = await (0, utils_1.loadIni)(sharedCfgPath);
          this.innerProvider = this.getCredentialsProvider(ini);
        }
        const credentials = await this.innerProvider.getCredentials();
        return credentials_1.default.builder().withAccessKeyId(credentials.accessKeyId).withAccessKeySecret(credentials.accessKeySecret).withSecurityToken(credentials.securityToken).withProviderName(`${this.getProviderName()}/${this.innerProvider.getProviderName()}`).build();
      }
      getCredentialsProvider(ini) {
        const config = ini[this.profileName] || {};
        if (!config.type) {
          throw new Error(`Can not find credential type for "${this.profileName}"`);
        }
        switch (config.type) {
          case "access_key":
            return static_ak_1.default.builder().withAccessKeyId(config.access_key_id).withAccessKeySecret(config.access_key_secret).build();
          case "ecs_ram_role":
            return ecs_ram_role_1.default.builder().withRoleName(config.role_name).build();
          case "ram_role_arn": {
            const previous = static_ak_1.default.builder().withAccessKeyId(config.access_key_id).withAccessKeySecret(config.access_key_secret).build();
            return ram_role_arn_1.default.builder().withCredentialsProvider(previous).withRoleArn(config.role_arn).withRoleSessionName(config.role_session_name).withPolicy(config.policy).build();
          }
          default:
            throw new Error("Invalid type option, support: access_key, ecs_ram_role, ram_role_arn");
        }
      }
      getProviderName() {
        return "profile";
      }
      static builder() {
        return new ProfileCredentialsProviderBuilder();
      }
      constructor(builder) {
        this.homedir = os_1.default.homedir();
        this.profileName = builder.profileName;
      }
    };
    exports.default = ProfileCredentialsProvider;
    var ProfileCredentialsProviderBuilder = class {
      withProfileName(profileName) {
        this.profileName = profileName;
        return this;
      }
      build() {
        if (!this.profileName) {
          this.profileName = process.env.ALIBABA_CLOUD_PROFILE || "default";
        }
        return new ProfileCredentialsProvider(this);
      }
    };
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/default.js
var require_default = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/default.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var credentials_1 = __importDefault(require_credentials());
    var cli_profile_1 = __importDefault(require_cli_profile());
    var ecs_ram_role_1 = __importDefault(require_ecs_ram_role());
    var env_1 = __importDefault(require_env());
    var oidc_role_arn_1 = __importDefault(require_oidc_role_arn());
    var uri_1 = __importDefault(require_uri());
    var profile_1 = __importDefault(require_profile());
    var DefaultCredentialsProvider2 = class {
      static builder() {
        return new DefaultCredentialsProviderBuilder();
      }
      constructor(builder) {
        this.providers = [];
        try {
          const envProvider = env_1.default.builder().build();
          this.providers.push(envProvider);
        } catch (ex) {
        }
        try {
          const oidcProvider = oidc_role_arn_1.default.builder().build();
          this.providers.push(oidcProvider);
        } catch (ex) {
        }
        try {
          const cliProfileProvider = cli_profile_1.default.builder().build();
          this.providers.push(cliProfileProvider);
        } catch (ex) {
        }
        try {
          const profileProvider = profile_1.default.builder().build();
          this.providers.push(profileProvider);
        } catch (ex) {
        }
        try {
          const ecsRamRoleProvider = ecs_ram_role_1.default.builder().withRoleName(process.env.ALIBABA_CLOUD_ECS_METADATA).build();
          this.providers.push(ecsRamRoleProvider);
        } catch (ex) {
        }
        try {
          const uriProvider = uri_1.default.builder().withCredentialsURI(process.env.ALIBABA_CLOUD_CREDENTIALS_URI).build();
          this.providers.push(uriProvider);
        } catch (ex) {
        }
      }
      async getCredentials() {
        if (this.lastUsedProvider) {
          const inner = await this.lastUsedProvider.getCredentials();
          return credentials_1.default.builder().withAccessKeyId(inner.accessKeyId).withAccessKeySecret(inner.accessKeySecret).withSecurityToken(inner.securityToken).withProviderName(`${this.getProviderName()}/${this.lastUsedProvider.getProviderName()}`).build();
        }
        const errors = [];
        for (const provider of this.providers) {
          this.lastUsedProvider = provider;
          let inner;
          try {
            inner = await provider.getCredentials();
          } catch (ex) {
            errors.push(ex);
            continue;
          }
          if (inner) {
            return credentials_1.default.builder().withAccessKeyId(inner.accessKeyId).withAccessKeySecret(inner.accessKeySecret).withSecurityToken(inner.securityToken).withProviderName(`${this.getProviderName()}/${this.lastUsedProvider.getProviderName()}`).build();
          }
        }
        throw new Error(`unable to get credentials from any of the providers in the chain: ${errors.map((e) => {
          return e.message;
        }).join(", ")}`);
      }
      getProviderName() {
        return "default";
      }
    };
    exports.default = DefaultCredentialsProvider2;
    var DefaultCredentialsProviderBuilder = class {
      build() {
        return new DefaultCredentialsProvider2(this);
      }
    };
  }
});

// node_modules/@alicloud/credentials/dist/src/client.js
var require_client = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/client.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CLIProfileCredentialsProvider = exports.ProfileCredentialsProvider = exports.EnvironmentVariableCredentialsProvider = exports.URICredentialsProvider = exports.ECSRAMRoleCredentialsProvider = exports.OIDCRoleArnCredentialsProvider = exports.RAMRoleARNCredentialsProvider = exports.StaticSTSCredentialsProvider = exports.StaticAKCredentialsProvider = exports.DefaultCredentialsProvider = exports.Config = exports.CredentialModel = void 0;
    var rsa_key_pair_credential_1 = __importDefault(require_rsa_key_pair_credential());
    var bearer_token_credential_1 = __importDefault(require_bearer_token_credential());
    var config_1 = __importDefault(require_config());
    exports.Config = config_1.default;
    var credential_model_1 = __importDefault(require_credential_model());
    exports.CredentialModel = credential_model_1.default;
    var static_ak_1 = __importDefault(require_static_ak());
    exports.StaticAKCredentialsProvider = static_ak_1.default;
    var static_sts_1 = __importDefault(require_static_sts());
    exports.StaticSTSCredentialsProvider = static_sts_1.default;
    var ram_role_arn_1 = __importDefault(require_ram_role_arn());
    exports.RAMRoleARNCredentialsProvider = ram_role_arn_1.default;
    var oidc_role_arn_1 = __importDefault(require_oidc_role_arn());
    exports.OIDCRoleArnCredentialsProvider = oidc_role_arn_1.default;
    var ecs_ram_role_1 = __importDefault(require_ecs_ram_role());
    exports.ECSRAMRoleCredentialsProvider = ecs_ram_role_1.default;
    var default_1 = __importDefault(require_default());
    exports.DefaultCredentialsProvider = default_1.default;
    var uri_1 = __importDefault(require_uri());
    exports.URICredentialsProvider = uri_1.default;
    var cli_profile_1 = __importDefault(require_cli_profile());
    exports.CLIProfileCredentialsProvider = cli_profile_1.default;
    var profile_1 = __importDefault(require_profile());
    exports.ProfileCredentialsProvider = profile_1.default;
    var env_1 = __importDefault(require_env());
    exports.EnvironmentVariableCredentialsProvider = env_1.default;
    var InnerCredentialsClient = class {
      constructor(type, provider) {
        this.type = type;
        this.provider = provider;
      }
      /**
       * @deprecated use getCredential() instead of
       * @returns the access key id of credentials
       */
      async getAccessKeyId() {
        const credentials = await this.provider.getCredentials();
        return credentials.accessKeyId;
      }
      /**
       * @deprecated use getCredential() instead of
       * @returns the access key secret of credentials
       */
      async getAccessKeySecret() {
        const credentials = await this.provider.getCredentials();
        return credentials.accessKeySecret;
      }
      /**
       * @deprecated use getCredential() instead of
       * @returns the security token of credentials
       */
      async getSecurityToken() {
        const credentials = await this.provider.getCredentials();
        return credentials.securityToken;
      }
      getBearerToken() {
        return;
      }
      getType() {
        return this.type;
      }
      async getCredential() {
        const credentials = await this.provider.getCredentials();
        return new credential_model_1.default({
          accessKeyId: credentials.accessKeyId,
          accessKeySecret: credentials.accessKeySecret,
          securityToken: credentials.securityToken,
          bearerToken: void 0,
          type: this.getType(),
          providerName: credentials.providerName
        });
      }
    };
    function isCredentialsProviderClass(t) {
      if (!t) {
        return false;
      }
      return typeof t.getCredentials === "function" && typeof t.getProviderName === "function";
    }
    var Credential = class {
      constructor(config = null, provider = null) {
        if (isCredentialsProviderClass(provider)) {
          this.load(null, provider);
        } else {
          this.load(config, null);
        }
      }
      /**
       * @deprecated Use getCredential() instead of
       */
      getAccessKeyId() {
        return this.credential.getAccessKeyId();
      }
      /**
       * @deprecated Use getCredential() instead of
       */
      getAccessKeySecret() {
        return this.credential.getAccessKeySecret();
      }
      /**
       * @deprecated Use getCredential() instead of
       */
      getSecurityToken() {
        return this.credential.getSecurityToken();
      }
      /**
       * @deprecated Use getCredential() instead of
       */
      getBearerToken() {
        return this.credential.getBearerToken();
      }
      /**
       * @deprecated Use getCredential() instead of
       */
      getType() {
        return this.credential.getType();
      }
      getCredential() {
        return this.credential.getCredential();
      }
      load(config, provider) {
        if (provider) {
          this.credential = new InnerCredentialsClient(provider.getProviderName(), provider);
          return;
        }
        if (!config) {
          this.credential = new InnerCredentialsClient("default", default_1.default.builder().build());
          return;
        }
        if (!config.type) {
          throw new Error("Missing required type option");
        }
        switch (config.type) {
          case "access_key":
            this.credential = new InnerCredentialsClient("access_key", static_ak_1.default.builder().withAccessKeyId(config.accessKeyId).withAccessKeySecret(config.accessKeySecret).build());
            break;
          case "sts":
            this.credential = new InnerCredentialsClient("sts", static_sts_1.default.builder().withAccessKeyId(config.accessKeyId).withAccessKeySecret(config.accessKeySecret).withSecurityToken(config.securityToken).build());
            break;
          case "ecs_ram_role":
            this.credential = new InnerCredentialsClient("ecs_ram_role", ecs_ram_role_1.default.builder().withRoleName(config.roleName).withDisableIMDSv1(config.disableIMDSv1).withAsyncCredentialUpdateEnabled(config.asyncCredentialUpdateEnabled).withReadTimeout(config.timeout).withConnectTimeout(config.connectTimeout).build());
            break;
          case "ram_role_arn":
            {
              let credentialsProvider;
              if (config.securityToken) {
                credentialsProvider = static_sts_1.default.builder().withAccessKeyId(config.accessKeyId).withAccessKeySecret(config.accessKeySecret).withSecurityToken(config.securityToken).build();
              } else {
                credentialsProvider = static_ak_1.default.builder().withAccessKeyId(config.accessKeyId).withAccessKeySecret(config.accessKeySecret).build();
              }
              this.credential = new InnerCredentialsClient("ram_role_arn", ram_role_arn_1.default.builder().withCredentialsProvider(credentialsProvider).withRoleArn(config.roleArn).withPolicy(config.policy).withDurationSeconds(config.roleSessionExpiration).withRoleSessionName(config.roleSessionName).withReadTimeout(config.timeout).withConnectTimeout(config.connectTimeout).withEnableVpc(config.enableVpc).withStsEndpoint(config.stsEndpoint).withStsRegionId(config.stsRegionId).withExternalId(config.externalId).build());
            }
            break;
          case "oidc_role_arn":
            this.credential = new InnerCredentialsClient("oidc_role_arn", oidc_role_arn_1.default.builder().withRoleArn(config.roleArn).withOIDCProviderArn(config.oidcProviderArn).withOIDCTokenFilePath(config.oidcTokenFilePath).withRoleSessionName(config.roleSessionName).withPolicy(config.policy).withDurationSeconds(config.roleSessionExpiration).withStsEndpoint(config.stsEndpoint).withStsRegionId(config.stsRegionId).withEnableVpc(config.enableVpc).withReadTimeout(config.timeout).withConnectTimeout(config.connectTimeout).build());
            break;
          case "rsa_key_pair":
            this.credential = new rsa_key_pair_credential_1.default(config.publicKeyId, config.privateKeyFile);
            break;
          case "bearer":
            this.credential = new bearer_token_credential_1.default(config.bearerToken);
            break;
          case "credentials_uri":
            this.credential = new InnerCredentialsClient("credentials_uri", uri_1.default.builder().withCredentialsURI(config.credentialsURI).withReadTimeout(config.timeout).withConnectTimeout(config.connectTimeout).build());
            break;
          default:
            throw new Error("Invalid type option, support: access_key, sts, ecs_ram_role, ram_role_arn, rsa_key_pair, credentials_uri");
        }
      }
    };
    exports.default = Credential;
  }
});

// src/sae/client.ts
var import_pop_core = __toESM(require_pop_core(), 1);

// src/sae/errors.ts
var DEADLINE = "DeadlineExceeded";
var INTERRUPTED = "Interrupted";
var SaeError = class extends Error {
  constructor(kind, code, message, status, requestId) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.status = status;
    this.requestId = requestId;
    this.name = "SaeError";
  }
  kind;
  code;
  status;
  requestId;
  /** What SAE's code means for the caller (the ERROR_CODES table), if it is one saejob knows. */
  get meaning() {
    return this.kind === "api" ? meaningOf(this.code) : void 0;
  }
  /** Worth trying again after a pause (sae-job-api.md, Errors). */
  get retryable() {
    if (this.code === DEADLINE || this.code === INTERRUPTED) return false;
    if (this.code === "ENOTFOUND" || this.code === "ResponseTooLarge") return false;
    if (this.kind === "network" || this.kind === "timeout") return true;
    if (this.kind !== "api") return false;
    const m = this.meaning;
    return (this.status ?? 0) >= 500 || m === "retry" || m === "throttle" || m === "conflict";
  }
  /**
   * Retried for as long as the run's --timeout allows rather than a count of
   * attempts: SAE's limit is calls a minute (a window longer than the
   * backoff), and a change order that blocks a write takes minutes.
   */
  get retryUntilDeadline() {
    const m = this.meaning;
    return m === "throttle" || m === "conflict";
  }
  /** The request may have been carried out although no answer says so. */
  get outcomeUnknown() {
    if (this.code === DEADLINE || this.code === INTERRUPTED) return false;
    return this.kind === "network" || this.kind === "timeout" || this.kind === "api" && (this.status ?? 0) >= 500;
  }
  get notFound() {
    return this.status === 404 || this.meaning === "not-found";
  }
  /** One line for people: code, message, request ID. */
  describe() {
    return `${this.code}: ${this.message}${this.requestId ? ` (RequestId ${this.requestId})` : ""}`;
  }
};
var ERROR_CODES = {
  Throttling: "throttle",
  "Throttling.User": "throttle",
  "Throttling.Api": "throttle",
  "Rejected.Throttling": "throttle",
  ServiceUnavailable: "retry",
  "System.Upgrading": "retry",
  InternalError: "retry",
  "Application.InvalidStatus": "retry",
  "Application.ChangerOrderRunning": "conflict",
  "InvalidAppId.NotFound": "not-found",
  "InvalidApplication.NotFound": "not-found",
  "InvalidNamespaceId.NotFound": "not-found",
  "InvalidChangeOrder.NotFound": "not-found"
};
function meaningOf(code) {
  return ERROR_CODES[code] ?? (/Throttling/i.test(code) ? "throttle" : void 0);
}
function answerCode(body, status) {
  const candidates = [body?.ErrorCode, body?.Code, body?.errorCode, body?.code].filter(
    (c) => typeof c === "string" && c !== ""
  );
  return candidates.find((c) => meaningOf(c)) ?? candidates.find((c) => !/^\d+$/.test(c)) ?? (status ? `HTTP${status}` : candidates[0] ?? "Unsuccessful");
}
var NETWORK_WORDS = {
  ECONNRESET: "the connection was reset",
  ECONNREFUSED: "the connection was refused",
  ENOTFOUND: "the host name does not resolve",
  EAI_AGAIN: "the host name could not be resolved just now",
  EPIPE: "the connection closed while sending",
  ECONNABORTED: "the connection was aborted",
  EHOSTUNREACH: "the host cannot be reached",
  ENETUNREACH: "the network cannot be reached",
  ETIMEDOUT: "the connection timed out",
  CERT_HAS_EXPIRED: "the endpoint's TLS certificate has expired"
};
function toSaeError(err) {
  if (err instanceof SaeError) return err;
  const e = err;
  if (typeof e?.statusCode === "number") {
    return new SaeError(
      "api",
      answerCode({ Code: e.code, ...e.result }, e.statusCode),
      e.result?.Message ?? `HTTP ${e.statusCode}`,
      e.statusCode,
      e.result?.RequestId
    );
  }
  if (e?.name === "FormatError") return malformedResponse("a body that is not JSON");
  const code = typeof e?.code === "string" && /^[A-Z0-9_]+$/.test(e.code) ? e.code : void 0;
  if (e?.name === "RequestTimeoutError" || /timeout/i.test(e?.name ?? "") || code === "ETIMEDOUT" || /Timeout/.test(e?.message ?? ""))
    return new SaeError("timeout", "RequestTimeout", "no answer in time");
  const host = code === "ENOTFOUND" ? err?.hostname : void 0;
  if (typeof host === "string" && /^[A-Za-z0-9.-]{1,253}$/.test(host))
    return new SaeError(
      "network",
      "ENOTFOUND",
      `the host name ${host} does not resolve (a typo in the region or --endpoint?)`
    );
  return new SaeError(
    "network",
    code ?? "NetworkError",
    code ? NETWORK_WORDS[code] ?? `network error ${code}` : "network error"
  );
}
function malformedResponse(what) {
  return new SaeError(
    "api",
    "MalformedResponse",
    `SAE's endpoint answered with ${what}, not SAE's JSON (a proxy or gateway error?)`,
    502
  );
}

// src/sae/retry.ts
var DEFAULT_RETRY = { attempts: 8, baseMs: 300, maxMs: 8e3 };
var sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
function backoffDelay(attempt, p) {
  const cap = Math.min(p.maxMs, p.baseMs * 2 ** attempt);
  return Math.round((p.random ?? Math.random)() * cap);
}
async function withRetry(fn, policy, shouldRetry = (e) => e.retryable, onRetry) {
  for (let attempt = 0, counted = 0; ; attempt++) {
    try {
      return await fn();
    } catch (raw) {
      const e = toSaeError(raw);
      if (!shouldRetry(e)) throw e;
      if (!policy.untilDeadline?.(e)) counted++;
      if (counted >= policy.attempts) throw e;
      const delay = backoffDelay(Math.min(attempt, 30), policy);
      onRetry?.(e, attempt + 1, delay);
      await (policy.sleep ?? sleep)(delay);
    }
  }
}

// src/sae/bounded-http.ts
import http from "node:http";
import https from "node:https";
var MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
var BOUNDS = /* @__PURE__ */ Symbol("saejob.callBounds");
function bounded(Base) {
  return class extends Base {
    addRequest(req, options) {
      const b = options[BOUNDS];
      if (b) {
        req.once("socket", (socket) => {
          let bytes = 0;
          const count = (chunk) => {
            bytes += chunk.length;
            if (bytes > b.maxBytes && !b.tooLarge) {
              b.tooLarge = true;
              req.destroy(new Error("response too large"));
            }
          };
          socket.on("data", count);
          req.once("close", () => socket.removeListener("data", count));
        });
      }
      Base.prototype.addRequest.call(this, req, options);
    }
  };
}
var BoundedHttpAgent = bounded(http.Agent);
var BoundedHttpsAgent = bounded(https.Agent);
function boundedAgent(endpoint) {
  return endpoint.startsWith("https:") ? new BoundedHttpsAgent({ keepAlive: true }) : new BoundedHttpAgent({ keepAlive: true });
}
function withBounds(bounds) {
  return (options) => ({ ...options, signal: bounds.signal, [BOUNDS]: bounds });
}

// src/sae/client.ts
var API_VERSION = "2019-05-06";
function regionEndpoint(region) {
  return `https://sae.${region}.aliyuncs.com`;
}
var SaeClient = class {
  constructor(options) {
    this.options = options;
    const { ROAClient } = import_pop_core.default;
    this.roa = new ROAClient({
      endpoint: options.endpoint,
      apiVersion: API_VERSION,
      credentialsProvider: options.credentials,
      opts: { timeout: options.timeoutMs ?? 15e3 }
    });
    this.roa.keepAliveAgent = boundedAgent(options.endpoint);
  }
  options;
  roa;
  calls = {};
  /**
   * One signed request, retried as its kind allows. Each parameter travels
   * where the contract puts it for this operation (query string or body): a
   * caller names parameters, never their placement. Resolves to the
   * response's Data.
   */
  async call(op, params = {}, opts = {}) {
    const { method, path, reqBodyType, params: contractParams } = operation(op);
    const q = {};
    const formEntries = {};
    for (const [name, value] of Object.entries(params)) {
      if (value === void 0) continue;
      const placement = contractParams[name]?.in;
      if (placement === void 0) throw new Error(`${op} takes no parameter ${name} (sae-contract.json)`);
      (placement === "body" ? formEntries : q)[name] = String(value);
    }
    const json = reqBodyType === "json" && Object.keys(formEntries).length > 0;
    const form = json ? JSON.stringify(formEntries) : new URLSearchParams(formEntries).toString();
    const send = async () => {
      const release = await this.options.slots?.acquire();
      try {
        return await sendOnce();
      } finally {
        release?.();
      }
    };
    const sendOnce = async () => {
      await this.options.pace?.turn();
      this.checkDeadline(op, opts.finishing);
      this.calls[op] = (this.calls[op] ?? 0) + 1;
      const timeout = this.requestTimeout();
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeout);
      timer.unref();
      const bounds = { signal: controller.signal, maxBytes: MAX_RESPONSE_BYTES };
      try {
        const opts2 = { timeout, beforeRequest: withBounds(bounds) };
        const headers = form ? { "content-type": json ? "application/json" : "application/x-www-form-urlencoded" } : {};
        const res = (method === "GET" || method === "DELETE") && !form ? await this.roa.request(method, path, q, "", {}, opts2) : await this.roa.request(method, path, q, form, headers, opts2);
        if (!res || typeof res !== "object")
          throw malformedResponse(
            typeof res === "string" && res.trim().startsWith("<") ? "an HTML page" : "something else"
          );
        const envelope = res;
        if (envelope.Success === false || envelope.Success === "false") {
          throw new SaeError(
            "api",
            answerCode(envelope, void 0),
            String(envelope.Message || `${op} answered Success: false`),
            400,
            envelope.RequestId
          );
        }
        return envelope.Data;
      } catch (err) {
        if (bounds.tooLarge)
          throw new SaeError(
            "network",
            "ResponseTooLarge",
            `${op}'s answer was larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB: not SAE's (a proxy?); the connection was closed`
          );
        if (controller.signal.aborted)
          throw new SaeError(
            "timeout",
            "RequestTimeout",
            `no complete answer to ${op} in time; the connection was closed`
          );
        const e = toSaeError(err);
        if (e.meaning === "throttle") this.options.pace?.throttled();
        throw e;
      } finally {
        clearTimeout(timer);
      }
    };
    const policy = this.options.retry ?? DEFAULT_RETRY;
    const deadline = this.options.deadline;
    return withRetry(
      send,
      // Throttling and a running change order are waited out until --timeout, not for a count of attempts.
      {
        ...policy,
        ...deadline !== void 0 ? { untilDeadline: (e) => e.retryUntilDeadline } : {},
        sleep: (ms) => (policy.sleep ?? this.options.stop?.sleep.bind(this.options.stop) ?? sleep)(
          Math.max(0, Math.min(ms, (deadline ?? Infinity) - Date.now()))
        )
      },
      (e) => e.retryable && (opts.retryUnknown !== false || !e.outcomeUnknown) || (opts.extraRetry?.(e) ?? false),
      (e, attempt, delay) => this.options.onRetry?.(
        op,
        e,
        attempt,
        delay,
        String(params.AppId ?? params.AppName ?? params.NamespaceId ?? params.ChangeOrderId ?? "") || void 0
      )
    );
  }
  /** The run's --timeout, as a time; every request and retry stays inside it. */
  checkDeadline(op, finishing = false) {
    if (this.options.stop?.stopped && !(finishing && this.options.stop.mayFinish()))
      throw new SaeError("timeout", INTERRUPTED, `interrupted before ${op} was sent`);
    if (this.options.deadline !== void 0 && Date.now() >= this.options.deadline)
      throw new SaeError("timeout", DEADLINE, `--timeout ran out before ${op} could be sent`);
  }
  requestTimeout() {
    const base = this.options.timeoutMs ?? 15e3;
    return this.options.deadline === void 0 ? base : Math.max(1, Math.min(base, this.options.deadline - Date.now()));
  }
  /** A compiled request (its query and body split is for display: the client places each parameter itself). */
  send(req, opts = {}) {
    return this.call(req.operation, { ...req.query, ...req.body }, opts);
  }
  totalCalls() {
    return Object.values(this.calls).reduce((a, b) => a + (b ?? 0), 0);
  }
};

// src/sae/live.ts
async function listTaggedJobs(client, key, value) {
  const out = [];
  for (let page = 1; ; page++) {
    const data = await client.call("ListJobs", {
      Workload: "job",
      Tags: JSON.stringify([{ key, value }]),
      CurrentPage: page,
      PageSize: MAX_PAGE_SIZE
    });
    const apps = data.Applications ?? [];
    pushAll(out, apps);
    if (apps.length < MAX_PAGE_SIZE || out.length >= (data.TotalSize ?? 0)) break;
  }
  return out.filter((j) => (j.Tags ?? []).some((t) => t.Key === key && t.Value === value));
}
async function listNamespaceJobs(client, namespace, appName, opts = {}) {
  const out = [];
  for (let page = 1; ; page++) {
    const data = await client.call(
      "ListJobs",
      { Workload: "job", NamespaceId: namespace, AppName: appName, CurrentPage: page, PageSize: MAX_PAGE_SIZE },
      opts
    );
    const apps = data.Applications ?? [];
    pushAll(out, apps);
    if (apps.length < MAX_PAGE_SIZE || out.length >= (data.TotalSize ?? 0)) break;
  }
  return out.filter((j) => j.NamespaceId === namespace && (appName === void 0 || j.AppName === appName));
}
async function newestChangeOrder(client, appId) {
  const page = (n) => client.call("ListChangeOrders", {
    AppId: appId,
    CurrentPage: n,
    PageSize: CHANGE_ORDER_PAGE,
    OrderBy: "createTime",
    Reverse: true
  });
  const newestOf = (list2) => [...list2].sort((a, b) => String(b.CreateTime ?? "").localeCompare(String(a.CreateTime ?? "")))[0];
  const first = await page(1);
  const list = first?.ChangeOrderList ?? [];
  const total = first?.TotalSize ?? list.length;
  const ascending = list.length > 1 && String(list[0].CreateTime ?? "") < String(list.at(-1).CreateTime ?? "");
  if (!ascending || total <= list.length) return newestOf(list);
  const last = await page(Math.ceil(total / CHANGE_ORDER_PAGE));
  return newestOf([...list, ...last?.ChangeOrderList ?? []]);
}
var CHANGE_ORDER_PAGE = 10;
async function lastChangeOrder(client, listed) {
  if (listed.LastChangeorderState === LAST_CHANGE_ORDER_STATE.succeeded) return void 0;
  if (listed.LastChangeorderState === LAST_CHANGE_ORDER_STATE.failed) return { state: "failed" };
  const newest = await newestChangeOrder(client, listed.AppId);
  if (!newest || Number(newest.Status) === CHANGE_ORDER_SUCCEEDED) return void 0;
  return {
    state: Number(newest.Status) in CHANGE_ORDER_FAILED ? "failed" : "running",
    changeOrderId: newest.ChangeOrderId
  };
}
async function describeLiveJob(client, appId, opts = {}) {
  const d = await client.call("DescribeJob", { AppId: appId }, opts);
  return {
    appId,
    params: describedParams(d),
    suspend: d.Suspend === true || d.Suspend === "true",
    tags: liveTags(d.Tags)
  };
}
var isHttpTriggered = (triggerConfig) => typeof triggerConfig === "string" && /"type"\s*:\s*"http"/.test(triggerConfig);
function webhookUrls(described) {
  const d = described ?? {};
  const list = (v) => Array.isArray(v) ? v.filter((u) => typeof u === "string" && u !== "") : [];
  return [
    ...list(d.PublicWebHookUrls).map((url) => ({ url, network: "public" })),
    ...list(d.VpcWebHookUrls).map((url) => ({ url, network: "VPC" }))
  ];
}

// src/pipeline/plan/scope.ts
var partName = (environment) => environment ? `environment ${environment}` : "the plain manifests (no environment)";
function runScope(pipeline, o) {
  const inRun = [
    ...pipeline.compiled.map((m) => ({
      region: m.job.region,
      namespace: m.job.namespace,
      name: m.job.name,
      environment: m.job.environment
    })),
    ...pipeline.configMaps.map((c) => ({
      region: c.configMap.region,
      namespace: c.configMap.namespace,
      name: c.configMap.name,
      environment: c.source.environment
    }))
  ];
  const places = /* @__PURE__ */ new Map();
  const conflicts = [];
  for (const m of inRun) {
    const had = places.get(placeKey(m));
    if (!had)
      places.set(placeKey(m), {
        region: m.region,
        namespace: m.namespace,
        ...m.environment ? { environment: m.environment } : {}
      });
    else if (had.environment !== m.environment)
      conflicts.push(
        `${m.namespace} (${m.region}) holds jobs of ${partName(had.environment)} and of ${partName(m.environment)}`
      );
  }
  for (const m of pipeline.outside) {
    if (!m.region) continue;
    const had = places.get(placeKey({ region: m.region, namespace: m.namespace }));
    if (had && had.environment !== m.environment)
      conflicts.push(
        `${m.namespace} (${m.region}) is also used by ${partName(m.environment)} (${m.file}), which this run leaves out`
      );
  }
  const named = /* @__PURE__ */ new Set([
    ...inRun.map(identityKey),
    ...pipeline.outside.flatMap(
      (m) => m.region ? [identityKey({ region: m.region, namespace: m.namespace, name: m.name })] : []
    )
  ]);
  const scope = {
    set: o.set,
    places: [...places.values()].sort((a, b) => placeKey(a).localeCompare(placeKey(b))),
    ...o.environment ? { environment: o.environment } : {},
    ...o.allEnvironments ? { allEnvironments: true } : {},
    named
  };
  if (conflicts.length)
    scope.conflict = `--prune cannot tell whose jobs are whose: ${[...new Set(conflicts)].join("; ")}. Give each environment its own namespace, or run without --prune (saejob delete removes a job by name)`;
  return scope;
}
var inScope = (scope, p) => scope.places.some((x) => x.region === p.region && x.namespace === p.namespace);
var environmentAt = (scope, p) => scope.places.find((x) => x.region === p.region && x.namespace === p.namespace)?.environment;

// src/sae/concurrency.ts
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
var Semaphore = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  active = 0;
  queue = [];
  async acquire() {
    if (this.active >= this.limit) await new Promise((go) => this.queue.push(go));
    else this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next) next();
      else this.active--;
    };
  }
};

// src/sae/pace.ts
var SAE_CALLS_PER_MINUTE = 60;
var REAL_CLOCK = { now: () => Date.now(), sleep };
var CallPace = class {
  constructor(perMinute = SAE_CALLS_PER_MINUTE, clock = REAL_CLOCK, onLimited) {
    this.perMinute = perMinute;
    this.clock = clock;
    this.onLimited = onLimited;
  }
  perMinute;
  clock;
  onLimited;
  nextSlot = 0;
  limited = false;
  /** When the run's last `perMinute` calls were sent (oldest first): SAE's window is a minute of them. */
  sent = [];
  /**
   * Wait for this call's turn: none until SAE has throttled the run; then
   * spaced at the rate, and never inside a full window — a call waits until
   * the oldest of the last `perMinute` calls is a minute old, so a run that
   * spent its minute at once waits for the window instead of being refused
   * once a second until it frees.
   */
  async turn() {
    const now = this.clock.now();
    let slot = now;
    if (this.limited) {
      const windowFree = this.sent.length >= this.perMinute ? this.sent[0] + 6e4 : now;
      slot = Math.max(now, this.nextSlot, windowFree);
      this.nextSlot = slot + 6e4 / this.perMinute;
    }
    this.sent.push(slot);
    if (this.sent.length > this.perMinute) this.sent.shift();
    if (slot > now) await this.clock.sleep(slot - now);
  }
  /** SAE said "too many": keep to the rate from now on. */
  throttled() {
    if (!this.limited) this.onLimited?.(this.perMinute);
    this.limited = true;
  }
  get isLimited() {
    return this.limited;
  }
};

// src/sae/stop.ts
var StopSignal = class {
  constructor(graceMs = STOP_GRACE_MS, now = Date.now) {
    this.graceMs = graceMs;
    this.now = now;
  }
  graceMs;
  now;
  stopped = false;
  /** When stop() was called (epoch ms), for the grace of a write's last step. */
  stoppedAt = 0;
  sleepers = /* @__PURE__ */ new Set();
  stop() {
    if (!this.stopped) this.stoppedAt = this.now();
    this.stopped = true;
    for (const wake of this.sleepers) wake();
    this.sleepers.clear();
  }
  /**
   * Whether a call that finishes a write already made (the ownership tag right
   * after CreateJob) may still go: always before a stop, and for a short
   * grace after one, so that a cancelled CI run leaves no job without its tag.
   */
  mayFinish() {
    return !this.stopped || this.now() - this.stoppedAt < this.graceMs;
  }
  /** Wait `ms`, or less when the run is stopped meanwhile. */
  sleep(ms) {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }
};
var STOP_GRACE_MS = 1e4;

// src/sae/wait.ts
var DEFAULT_TIMEOUT_MS = 6e5;
var DEFAULT_POLL_MS = 500;
function interpretStatus(status, errorMessage = "", subStatus = 0) {
  if (status === CHANGE_ORDER_SUCCEEDED) return { state: "succeeded" };
  if (subStatus === SUB_STATUS_BATCH_FAILED)
    return {
      state: "failed",
      status,
      message: `change order stopped: a batch failed${errorMessage ? `: ${errorMessage}` : ""} (roll it back or retry it in the SAE console)`
    };
  if (status in CHANGE_ORDER_FAILED)
    return {
      state: "failed",
      status,
      message: `change order ${CHANGE_ORDER_FAILED[status]}${errorMessage ? `: ${errorMessage}` : ""}`
    };
  if (status in CHANGE_ORDER_PAUSED) return { state: "paused", status, message: `change order ${CHANGE_ORDER_PAUSED[status]}` };
  if (CHANGE_ORDER_RUNNING.has(status)) return void 0;
  return { state: "failed", status, message: `change order has unknown status ${status}` };
}
async function pollUntil(read, settled, o) {
  const deadline = Date.now() + o.timeoutMs;
  let interval = o.intervalMs ?? DEFAULT_POLL_MS;
  for (; ; ) {
    const answer = settled(await read());
    if (answer !== void 0) return answer;
    if (Date.now() + interval > deadline || o.stop?.stopped) return void 0;
    await (o.stop ? o.stop.sleep(interval) : sleep(interval));
    if (o.stop?.stopped) return void 0;
    interval = Math.min(o.maxIntervalMs ?? 5e3, Math.round(interval * 1.5));
  }
}
async function poll(read, o) {
  const settled = ({ status, subStatus, message, outcome }) => {
    if (outcome) return outcome;
    o.onStatus?.(status);
    return interpretStatus(status, message, subStatus);
  };
  return await pollUntil(read, settled, o) ?? (o.stop?.stopped ? { state: "interrupted" } : { state: "timeout" });
}
function waitForChangeOrder(client, changeOrderId, o) {
  return poll(async () => {
    const d = await client.call("DescribeChangeOrder", {
      ChangeOrderId: changeOrderId
    });
    return { status: Number(d.Status), subStatus: Number(d.SubStatus ?? 0), message: d.ErrorMessage ?? "" };
  }, o);
}
function waitForJobChange(client, namespace, name, o) {
  return poll(async () => {
    const state = (await listNamespaceJobs(client, namespace, name))[0]?.LastChangeorderState;
    if (state === LAST_CHANGE_ORDER_STATE.succeeded) return { status: 2, outcome: { state: "succeeded" } };
    if (state === LAST_CHANGE_ORDER_STATE.failed)
      return {
        status: 3,
        outcome: {
          state: "failed",
          status: 3,
          message: "the job's last change order failed (from the job listing; see the SAE console for why)"
        }
      };
    return { status: 1 };
  }, o);
}
async function waitUntilGone(client, appId, o) {
  const gone = await pollUntil(
    async () => {
      try {
        await client.call("DescribeJob", { AppId: appId });
        return false;
      } catch (e) {
        if (e instanceof SaeError && e.notFound) return true;
        throw e;
      }
    },
    (g) => g ? true : void 0,
    o
  );
  return gone === true;
}

// src/sae/watch.ts
function endOf(e) {
  if (e instanceof SaeError && e.code === DEADLINE) return { state: "timeout" };
  if (e instanceof SaeError && e.code === INTERRUPTED) return { state: "interrupted" };
  return void 0;
}
var ChangeOrderWatcher = class {
  constructor(o = {}) {
    this.o = o;
    this.now = o.now ?? Date.now;
  }
  o;
  groups = /* @__PURE__ */ new Map();
  durations = [];
  now;
  /** Listings made, for the record (the bench counts calls by operation anyway). */
  listings = 0;
  /** The median duration of the change orders finished so far, or the first guess. */
  expectedMs() {
    if (!this.durations.length) return this.o.expectedMs ?? 3e3;
    const sorted = [...this.durations].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  }
  wait(client, region, namespace, appId, changeOrderId, opts) {
    const key = placeKey({ region, namespace });
    let group = this.groups.get(key);
    if (!group) {
      group = { client, namespace, waiters: /* @__PURE__ */ new Set(), running: false };
      this.groups.set(key, group);
    }
    const g = group;
    return new Promise((resolve) => {
      g.waiters.add({
        appId,
        changeOrderId,
        startedAt: this.now(),
        seenRunning: false,
        handedOver: false,
        opts,
        resolve
      });
      if (!g.running) void this.run(g);
    });
  }
  async run(g) {
    g.running = true;
    const minGap = this.o.minGapMs ?? 1e3;
    const pause = this.o.sleep ?? ((ms, stop) => stop ? stop.sleep(ms) : sleep(ms));
    let lastPoll = 0;
    try {
      while (g.waiters.size) {
        const listed = [...g.waiters].filter((w) => !w.handedOver);
        if (!listed.length) break;
        const expected = this.expectedMs();
        const next = Math.min(
          ...listed.map(
            (w) => w.seenRunning ? Math.max(w.startedAt + expected, lastPoll + (this.now() - w.startedAt) / 4) : w.startedAt + Math.min(expected / 3, minGap)
          )
        );
        const at = Math.max(next, lastPoll + minGap);
        const stop = listed[0].opts.stop;
        if (at > this.now()) await pause(at - this.now(), stop);
        for (const w of listed) {
          if (w.opts.stop?.stopped) this.finish(g, w, { state: "interrupted" });
          else if (this.now() - w.startedAt > w.opts.timeoutMs) this.finish(g, w, { state: "timeout" });
        }
        if (![...g.waiters].some((w) => !w.handedOver)) break;
        lastPoll = this.now();
        let jobs;
        try {
          this.listings++;
          jobs = await listNamespaceJobs(g.client, g.namespace);
        } catch (e) {
          const ended = endOf(e);
          for (const w of [...g.waiters]) if (!w.handedOver) ended ? this.finish(g, w, ended) : this.handOver(g, w);
          continue;
        }
        const byId = new Map(jobs.map((j) => [j.AppId, j]));
        for (const w of [...g.waiters]) {
          if (w.handedOver) continue;
          const state = byId.get(w.appId)?.LastChangeorderState;
          if (state === LAST_CHANGE_ORDER_STATE.succeeded && w.seenRunning) {
            this.durations.push(this.now() - w.startedAt);
            w.opts.onStatus?.(2);
            this.finish(g, w, interpretStatus(2));
          } else if (state === LAST_CHANGE_ORDER_STATE.succeeded || state === LAST_CHANGE_ORDER_STATE.failed || !byId.has(w.appId)) {
            this.handOver(g, w);
          } else {
            w.seenRunning = true;
            w.opts.onStatus?.(1);
            if (this.now() - w.startedAt > Math.max(3 * expected, this.o.handOverAfterMs ?? 6e4))
              this.handOver(g, w);
          }
        }
      }
    } finally {
      g.running = false;
      if ([...g.waiters].some((w) => !w.handedOver)) void this.run(g);
    }
  }
  handOver(g, w) {
    w.handedOver = true;
    const left = Math.max(0, w.opts.timeoutMs - (this.now() - w.startedAt));
    void waitForChangeOrder(g.client, w.changeOrderId, { ...w.opts, timeoutMs: left }).then((outcome) => {
      if (outcome.state === "succeeded") this.durations.push(this.now() - w.startedAt);
      this.finish(g, w, outcome);
    }).catch(
      (e) => this.finish(
        g,
        w,
        endOf(e) ?? (w.opts.stop?.stopped ? { state: "interrupted" } : {
          state: "failed",
          status: 0,
          message: `could not read change order ${w.changeOrderId}: ${e.message}`
        })
      )
    );
  }
  finish(g, w, outcome) {
    if (!g.waiters.delete(w)) return;
    w.resolve(outcome);
  }
};

// src/sae/tag-batch.ts
var TagBatcher = class {
  constructor(maxWaitMs = 2e3) {
    this.maxWaitMs = maxWaitMs;
  }
  maxWaitMs;
  batches = /* @__PURE__ */ new Map();
  /** Creates under way that may still join a batch. */
  creating = 0;
  /** Calls sent, for the record. */
  sent = 0;
  /** A create begins: its tags may join a batch soon. */
  creatingOne() {
    this.creating++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.creating--;
      this.flushIfComplete();
    };
  }
  /** Tag a new job with `tags`; resolves with the batch's size once TagResources succeeded. */
  tag(client, region, appId, tags, stopped) {
    const key = `${region}\0${JSON.stringify(Object.entries(tags).sort())}`;
    let b = this.batches.get(key);
    if (!b) {
      b = { client, region, tags: { ...tags }, members: [] };
      this.batches.set(key, b);
      const batch2 = b;
      b.timer = setTimeout(() => this.send(key, batch2), this.maxWaitMs);
      b.timer.unref();
    }
    const batch = b;
    const joined = new Promise((resolve, reject) => batch.members.push({ appId, resolve, reject }));
    if (stopped || batch.members.length >= MAX_TAGGED_RESOURCES) this.send(key, batch);
    return joined;
  }
  /** Every create under way has joined its batch (or failed): nothing more will come soon. */
  flushIfComplete() {
    if (this.creating <= 0) for (const [key, b] of this.batches) this.send(key, b);
  }
  send(key, b) {
    if (this.batches.get(key) !== b) return;
    this.batches.delete(key);
    clearTimeout(b.timer);
    this.sent++;
    const members = b.members;
    b.client.send(
      tagRequest(
        members.map((m) => m.appId),
        b.region,
        b.tags
      ),
      { finishing: true }
    ).then(
      () => {
        for (const m of members) m.resolve(members.length);
      },
      (e) => {
        for (const m of members) m.reject(e);
      }
    );
  }
};

// src/sae/session.ts
var Session = class {
  constructor(options) {
    this.options = options;
    this.pace = new CallPace(options.callsPerMinute, void 0, options.onPaced);
    this.watcher = new ChangeOrderWatcher(options.watcher);
    this.slots = new Semaphore(options.concurrency ?? 4);
  }
  options;
  clients = /* @__PURE__ */ new Map();
  pace;
  /** Set by SIGINT/SIGTERM: no new request, no more waiting. */
  stop = new StopSignal();
  /** What SuspendJob's parameter means, as far as this run has seen (see suspendParam). */
  suspendPolarity = DOCUMENTED_SUSPEND_POLARITY;
  /** A read-back has shown what SuspendJob's parameter means; until then SuspendJobs go one at a time. */
  suspendPolarityKnown = false;
  suspendLearning = new Semaphore(1);
  /** Change orders of this run, waited for together (watch.ts). */
  watcher;
  /** New jobs' tags, sent in batches (tag-batch.ts). */
  tags = new TagBatcher();
  /** --concurrency: requests in flight at once, across every client of the run. */
  slots;
  /** Job names by AppId, as listed: what a retry line names. */
  names = /* @__PURE__ */ new Map();
  /** A namespace's ConfigMaps and Secrets, listed once a run (until a write changes them). */
  listings = /* @__PURE__ */ new Map();
  listOnce(kind, region, namespace) {
    const key = `${kind}\0${region}\0${namespace}`;
    let l = this.listings.get(key);
    if (!l) {
      l = kind === "ConfigMaps" ? this.client(region).call("ListNamespacedConfigMaps", { NamespaceId: namespace }).then((d) => d?.ConfigMaps ?? []) : this.client(region).call("ListSecrets", { NamespaceId: namespace }).then((d) => d?.Secrets ?? []);
      l.catch(() => this.listings.delete(key));
      this.listings.set(key, l);
    }
    return l;
  }
  /** ListNamespacedConfigMaps, once for everyone who asks in this run. */
  configMapsOf(region, namespace) {
    return this.listOnce("ConfigMaps", region, namespace);
  }
  /** ListSecrets, once for everyone who asks in this run. */
  secretsOf(region, namespace) {
    return this.listOnce("Secrets", region, namespace);
  }
  /** After a ConfigMap write: the next ask lists the namespace again. */
  forgetConfigMaps(region, namespace) {
    this.listings.delete(`ConfigMaps\0${region}\0${namespace}`);
  }
  client(region) {
    const endpoint = this.options.endpoint ?? regionEndpoint(region);
    const key = `${endpoint}\0${region}`;
    let c = this.clients.get(key);
    if (!c) {
      const opts = {
        endpoint,
        credentials: this.options.credentials,
        pace: this.pace,
        onRetry: (op, e, a, d, about) => this.options.onRetry?.(region, op, e, a, d, about && (this.names.get(about) ?? about))
      };
      if (this.options.retry) opts.retry = this.options.retry;
      if (this.options.timeoutMs) opts.timeoutMs = this.options.timeoutMs;
      if (this.options.deadline !== void 0) opts.deadline = this.options.deadline;
      opts.stop = this.stop;
      opts.slots = this.slots;
      c = new SaeClient(opts);
      this.clients.set(key, c);
    }
    return c;
  }
  /** What is left of the run's --timeout (ms); `fallback` when there is no deadline. */
  remainingMs(fallback) {
    return this.options.deadline === void 0 ? fallback : Math.max(0, Math.min(fallback, this.options.deadline - Date.now()));
  }
  /** Calls made, by operation, across every client. */
  calls() {
    const out = {};
    for (const c of this.clients.values())
      for (const [k, v] of Object.entries(c.calls)) out[k] = (out[k] ?? 0) + (v ?? 0);
    return out;
  }
  /**
   * Find the live job of each item: one paged ListJobs per (region,
   * namespace), whatever the number of items. A failed listing is the
   * answer for every item of its namespace, not for the others.
   */
  async lookup(items, ref) {
    const groups = /* @__PURE__ */ new Map();
    for (const item of items) {
      const key = placeKey(ref(item));
      groups.set(key, [...groups.get(key) ?? [], item]);
    }
    const found = /* @__PURE__ */ new Map();
    if (items.length) await this.options.credentials.getCredentials();
    await mapLimit([...groups.values()], this.options.concurrency ?? 4, async (group) => {
      const { region, namespace } = ref(group[0]);
      try {
        const jobs = await listNamespaceJobs(this.client(region), namespace);
        for (const j of jobs) this.names.set(j.AppId, j.AppName);
        for (const item of group)
          found.set(
            item,
            jobs.find((j) => j.AppName === ref(item).name)
          );
      } catch (e) {
        for (const item of group) found.set(item, toSaeError(e));
      }
    });
    return found;
  }
  /**
   * The jobs of this set that prune would delete: inside the run's scope
   * (its namespaces), owned by its set, named by no manifest of the paths.
   * One tag-filtered ListJobs per region (paged), then one DescribeJob per
   * candidate (a saved plan fingerprints what it deletes). A job is keyed by
   * its own region (its namespace says it), not the region asked: one
   * --endpoint may answer for several. Any region that cannot be listed
   * makes the whole answer an error: prune never acts on a partial view.
   */
  async pruneCandidates(scope) {
    const out = [];
    try {
      for (const region of [...new Set(scope.places.map((p) => p.region))].sort()) {
        const client = this.client(region);
        for (const j of await listTaggedJobs(client, OWNER_TAG, scope.set)) {
          const own = { region: namespaceRegion(j.NamespaceId) ?? region, namespace: j.NamespaceId, name: j.AppName };
          if (own.region !== region || !inScope(scope, own) || scope.named.has(identityKey(own))) continue;
          const live = await describeLiveJob(client, j.AppId).catch((e) => {
            const err = toSaeError(e);
            if (err.notFound) return void 0;
            throw err;
          });
          if (!live) continue;
          const job = {
            name: j.AppName,
            namespace: j.NamespaceId,
            region,
            create: createRequest({}),
            params: {},
            secrets: [],
            secretEnvNames: []
          };
          const environment = environmentAt(scope, own);
          const p = {
            file: "(no manifest)",
            name: j.AppName,
            namespace: j.NamespaceId,
            region,
            ...environment ? { environment } : {},
            action: "delete",
            appId: j.AppId,
            changes: [],
            replaceReasons: [],
            job,
            live
          };
          if (isProtected(live.tags)) p.protected = true;
          out.push(p);
        }
      }
    } catch (e) {
      return toSaeError(e);
    }
    return out;
  }
  /** Plan every manifest; a manifest whose lookup fails is reported, not fatal to the others. */
  async plan(manifests, o = {}) {
    const found = await this.lookup(manifests, (m) => m.job);
    return mapLimit(manifests, this.options.concurrency ?? 4, async (m) => {
      const listed = found.get(m);
      if (listed instanceof SaeError) return { manifest: m, error: listed };
      try {
        const client = this.client(m.job.region);
        const live = listed ? await describeLiveJob(client, listed.AppId).catch((e) => {
          const err = toSaeError(e);
          if (err.notFound) return void 0;
          throw err;
        }) : void 0;
        if (live && listed) {
          const last = await lastChangeOrder(client, listed);
          if (last) live.lastChangeOrder = last;
        }
        return { manifest: m, planned: planJob(m.source.file, m.job, live, o) };
      } catch (e) {
        return { manifest: m, error: toSaeError(e) };
      }
    });
  }
};

// src/sae/credentials.ts
var import_credentials = __toESM(require_client(), 1);
import { statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
var MAX_CREDENTIALS_FILE_BYTES = 1024 * 1024;
function credentialFileProblem(env = process.env, home = homedir()) {
  const files = [
    env.ALIBABA_CLOUD_OIDC_TOKEN_FILE,
    env.ALIBABA_CLOUD_CREDENTIALS_FILE ?? (home ? join(home, ".alibabacloud", "credentials") : void 0),
    home ? join(home, ".aliyun", "config.json") : void 0
  ];
  for (const file of files) {
    if (!file) continue;
    let st;
    try {
      st = statSync(file);
    } catch {
      continue;
    }
    if (!st.isFile())
      return `${file} is not a regular file (a ${st.isFIFO() ? "FIFO" : st.isCharacterDevice() || st.isBlockDevice() ? "device" : st.isDirectory() ? "directory" : "special file"}): saejob does not let the credentials library read it`;
    if (st.size > MAX_CREDENTIALS_FILE_BYTES)
      return `${file} is larger than ${MAX_CREDENTIALS_FILE_BYTES / 1024 / 1024} MiB: not a credentials file`;
  }
  return void 0;
}
function checked(c) {
  const text = (v) => typeof v === "string" && v !== "";
  if (!c || !text(c.accessKeyId) || !text(c.accessKeySecret) || c.securityToken !== void 0 && c.securityToken !== null && c.securityToken !== "" && typeof c.securityToken !== "string") {
    throw new SaeError(
      "credentials",
      "InvalidCredentials",
      "the credentials found are not access keys: their AccessKey ID and secret (and any security token) must be text; check the profile or file they came from"
    );
  }
  return {
    accessKeyId: c.accessKeyId,
    accessKeySecret: c.accessKeySecret,
    securityToken: c.securityToken || void 0
  };
}
function credentialsChain(profile, env, o = {}) {
  const id = env?.ALIBABA_CLOUD_ACCESS_KEY_ID;
  const secret = env?.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
  if (!profile && id && secret)
    return staticCredentials({
      accessKeyId: id,
      accessKeySecret: secret,
      securityToken: env?.ALIBABA_CLOUD_SECURITY_TOKEN || void 0
    });
  let provider;
  let cached;
  return {
    getCredentials() {
      cached ??= (async () => {
        try {
          const problem = credentialFileProblem(o.libraryEnv, o.home);
          if (problem) throw new SaeError("credentials", "CredentialsFile", problem);
          provider ??= profile ? import_credentials.CLIProfileCredentialsProvider.builder().withProfileName(profile).build() : import_credentials.DefaultCredentialsProvider.builder().build();
          return checked(await withinDeadline(provider.getCredentials(), o.deadline));
        } catch (err) {
          cached = void 0;
          if (err instanceof SaeError) throw err;
          throw new SaeError(
            "credentials",
            "NoCredentials",
            `no Alibaba Cloud credentials${profile ? ` in aliyun CLI profile "${profile}"` : ""}: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, use an OIDC role in CI (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE), or --profile NAME (${providerMessage(err)})`
          );
        }
      })();
      return cached;
    }
  };
}
function providerMessage(err) {
  const first = String(err?.message ?? err).split("\n")[0];
  const cut = first.replace(/\s*[{[].*$/, " (file content not shown)");
  return cut.length > 300 ? `${cut.slice(0, 300)}\u2026` : cut;
}
function withinDeadline(p, deadline) {
  if (deadline === void 0) return p;
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(
        new SaeError(
          "credentials",
          "CredentialsTimeout",
          "the credentials chain gave no answer before --timeout (an ECS metadata or STS call that hangs?)"
        )
      ),
      Math.max(0, deadline - Date.now())
    );
    timer.unref();
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
function staticCredentials(c) {
  return { getCredentials: async () => c };
}

// src/sae/job-writes.ts
async function deleteJob(client, appId) {
  try {
    const d = await client.send(deleteRequest(appId));
    const verdict = typeof d === "string" ? parseJsonObject(d) : void 0;
    if (verdict && (verdict.success === false || verdict.code !== void 0 && Number(verdict.code) !== 200)) {
      throw new SaeError(
        "api",
        `DeleteJob.${String(verdict.code ?? "Refused")}`,
        String(verdict.msg || "SAE refused the deletion")
      );
    }
    return { alreadyGone: false };
  } catch (e) {
    if (e instanceof SaeError && e.notFound) return { alreadyGone: true };
    throw e;
  }
}
function parseJsonObject(text) {
  try {
    const v = JSON.parse(text);
    return v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
  } catch {
    return void 0;
  }
}
async function createJobSafely(client, p, retry, note, o = {}) {
  let uncertain = false;
  const lookUp = async () => (await listNamespaceJobs(client, p.namespace, p.name, { finishing: true }))[0];
  const found = async (existing, what) => {
    const refusal = await provenOurs(client, existing, p, o.set ?? DEFAULT_SET);
    if (refusal) throw new StepFailure(refusal, "refused");
    note(`the job exists (AppId ${existing.AppId}): ${what}`);
    return { AppId: existing.AppId };
  };
  for (let attempt = 0; ; attempt++) {
    try {
      const r = await client.send(createRequest(p.job.params), { retryUnknown: false });
      if (!r?.AppId) throw new SaeError("api", "MalformedResponse", "CreateJob answered without an AppId");
      return r;
    } catch (raw) {
      const e = toSaeError(raw);
      if (uncertain && !e.outcomeUnknown) {
        const existing2 = await lookUp();
        if (existing2) return found(existing2, "an earlier CreateJob went through");
        throw e;
      }
      if (!e.outcomeUnknown || attempt + 1 >= retry.attempts) throw e;
      uncertain = true;
      note(`CreateJob outcome unknown (${e.code}): looking the job up before trying again`);
      const existing = await lookUp();
      if (existing) return found(existing, "the lost CreateJob went through");
      await (retry.sleep ?? sleep)(backoffDelay(attempt, retry));
    }
  }
}
async function provenOurs(client, existing, p, set) {
  const owner = ownershipOf(liveTags(existing.Tags), set);
  const appeared = `a job named ${p.name} (AppId ${existing.AppId}) appeared while CreateJob's outcome was unknown`;
  if (owner.state === "other") return `${appeared}, owned by the set ${owner.set}: not this run's, left alone`;
  if (owner.state === "own") return void 0;
  const live = await describeLiveJob(client, existing.AppId, { finishing: true });
  const compared = planJob(p.file, p.job, { ...live, tags: void 0 }, { set });
  const differs = [...compared.replaceReasons, ...compared.changes].map((c) => c.param);
  if (!differs.length) return void 0;
  return `${appeared}, without a ${OWNER_TAG} tag and not as this run sent it (${differs.join(", ")} differ): someone else made it; left alone (apply --adopt takes it over once you have checked it)`;
}
async function settleDuplicates(session, results) {
  const made = results.filter(
    (r) => (r.outcome === "created" || r.outcome === "replaced" || r.outcome === "submitted" && (r.action === "create" || r.action === "replace")) && r.appId
  );
  const places = /* @__PURE__ */ new Map();
  for (const r of made) places.set(placeKey(r), [...places.get(placeKey(r)) ?? [], r]);
  for (const group of places.values()) {
    const { region, namespace } = group[0];
    const client = session.client(region);
    let listed;
    try {
      listed = await listNamespaceJobs(client, namespace, void 0, { finishing: true });
    } catch {
      continue;
    }
    for (const r of group) {
      const others = listed.filter((j) => j.AppName === r.name && j.AppId !== r.appId);
      if (!others.length) continue;
      try {
        await deleteJob(client, r.appId);
        r.steps.push(
          `another apply created ${r.name} at the same time (AppId ${others.map((o) => o.AppId).join(", ")}): DeleteJob sent for the one this run made (AppId ${r.appId})`
        );
        Object.assign(r, {
          outcome: "failed",
          error: `another apply created this job at the same time; this run deleted its own copy (AppId ${r.appId}) and left theirs (AppId ${others[0].AppId}): run saejob plan to see it`
        });
      } catch (e) {
        Object.assign(r, {
          outcome: "failed",
          error: `another apply created this job at the same time (AppId ${others[0].AppId}), and deleting this run's copy (AppId ${r.appId}) failed: ${toSaeError(e).describe()}`
        });
      }
    }
  }
}

// src/sae/suspend.ts
async function setSuspended(session, client, appId, paused, step, o) {
  const release = session.suspendPolarityKnown ? void 0 : await session.suspendLearning.acquire();
  try {
    await suspendOnce(session, client, appId, paused, step, o);
  } finally {
    release?.();
  }
}
async function suspendOnce(session, client, appId, paused, step, o) {
  const readBack = async (want) => {
    let interval = o.intervalMs ?? DEFAULT_POLL_MS;
    for (let read = 1; ; read++) {
      const d = await client.call("DescribeJob", { AppId: appId });
      const suspended = d?.Suspend === true || d?.Suspend === "true";
      if (suspended === want || read >= SUSPEND_READ_BACKS || session.remainingMs(interval + 1) <= interval)
        return { suspended, reads: read };
      await (session.stop.stopped ? Promise.resolve() : session.stop.sleep(interval));
      interval = Math.min(5e3, Math.round(interval * 1.5));
    }
  };
  const polarity = session.suspendPolarity;
  const flag = suspendParam(paused, polarity);
  await client.call("SuspendJob", { AppId: appId, Suspend: flag });
  const first = await readBack(paused);
  const state = (p) => p ? "suspended" : "running";
  if (first.suspended === paused) {
    session.suspendPolarityKnown = true;
    step(
      `SuspendJob sent: Suspend=${flag}; the job is ${state(paused)} (read back${first.reads > 1 ? ` after ${first.reads} reads` : ""})`
    );
    return;
  }
  if (first.reads < SUSPEND_READ_BACKS)
    throw new StepFailure(
      `SuspendJob sent: Suspend=${flag}, but the job still reads ${state(!paused)} and --timeout leaves no time to let it settle: run saejob plan later to see where it stands`
    );
  const other = polarity === "true-starts" ? "true-suspends" : "true-starts";
  session.suspendPolarity = other;
  session.suspendPolarityKnown = true;
  step(
    `SuspendJob sent: Suspend=${flag}, but after ${first.reads} reads the job is still ${state(!paused)}: SAE reads the flag the other way (its documentation says both); sending Suspend=${!flag} and using that meaning for the rest of this run`
  );
  await client.call("SuspendJob", { AppId: appId, Suspend: !flag });
  if ((await readBack(paused)).suspended !== paused)
    throw new StepFailure(`SuspendJob with Suspend=true and with Suspend=false both left the job ${state(!paused)}`);
  step(`the job is ${state(paused)} (read back)`);
}
var SUSPEND_READ_BACKS = 12;

// src/sae/apply-job.ts
var StepFailure = class extends Error {
  constructor(message, outcome = "failed") {
    super(message);
    this.outcome = outcome;
  }
  outcome;
};
var describeChanges = (p) => p.replaceReasons.map((c) => `${c.param} ${JSON.stringify(c.before) ?? "(unset)"} \u2192 ${JSON.stringify(c.after)}`).join(", ");
function waitSummary(w, changeOrder) {
  switch (w.state) {
    case "succeeded":
      return `change order ${changeOrder} succeeded`;
    case "timeout":
      return `stopped waiting for change order ${changeOrder} (--timeout); it goes on in SAE`;
    case "interrupted":
      return `stopped waiting for change order ${changeOrder} (interrupted); it goes on in SAE`;
    default:
      return `change order ${changeOrder}: ${w.message}`;
  }
}
var JobApplication = class {
  constructor(session, p, o) {
    this.session = session;
    this.p = p;
    this.o = o;
    this.client = session.client(p.region);
    this.retry = o.retry ?? DEFAULT_RETRY;
    this.result = { ...locationOf(p), action: p.action, outcome: "unchanged", steps: [] };
    if (p.appId) this.result.appId = p.appId;
    this.pollOptions = {
      timeoutMs: session.remainingMs(o.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      intervalMs: o.pollIntervalMs ?? DEFAULT_POLL_MS,
      stop: session.stop
    };
  }
  session;
  p;
  o;
  result;
  client;
  retry;
  pollOptions;
  /** Something was sent to SAE (an interruption then leaves work going on there). */
  sent = false;
  /** A CreateJob or UpdateJob was sent: what SAE took is read back. */
  wroteParams = false;
  async run() {
    const { p, result } = this;
    if (this.session.stop.stopped && p.action !== "unchanged") {
      result.outcome = "skipped";
      result.steps.push("nothing sent: apply was interrupted before this job");
      return result;
    }
    try {
      this.refuseWhatIsNotOurs();
      if (p.lastChangeOrder?.state === "running" && p.appId) {
        this.step(
          `the job's change order${p.lastChangeOrder.changeOrderId ? ` ${p.lastChangeOrder.changeOrderId}` : ""} is still running in SAE: waiting for it first`
        );
        await this.wait(p.lastChangeOrder.changeOrderId, p.appId, true);
      }
      await this.act();
      await this.finish();
    } catch (e) {
      if (e instanceof SaeError && e.code === INTERRUPTED) {
        result.outcome = this.sent ? "interrupted" : "skipped";
        result.error = this.sent ? "interrupted: what was sent goes on in SAE; nothing more was sent" : "nothing sent: apply was interrupted";
      } else {
        result.outcome = e instanceof StepFailure ? e.outcome : "failed";
        result.error = e instanceof SaeError ? e.describe() : e.message;
      }
    }
    return result;
  }
  /** Ownership first: a job of another set, or made in the console, is not this run's to change. */
  refuseWhatIsNotOurs() {
    const { p, o } = this;
    if (p.ownership?.state === "other" && p.action !== "unchanged")
      throw new StepFailure(
        `owned by the set ${p.ownership.set} (its ${OWNER_TAG} tag), not this one: saejob leaves it alone (run with --set ${p.ownership.set} to manage it from there)`,
        "refused"
      );
    if (p.ownership?.state === "unowned" && p.action !== "unchanged" && !o.adopt)
      throw new StepFailure(
        `not owned by saejob (no ${OWNER_TAG} tag: made in the console, or by an older saejob): apply --adopt takes it over, or saejob export --adopt`,
        "refused"
      );
    if (p.protected && (p.action === "replace" || p.action === "delete"))
      throw new StepFailure(
        `labelled ${PROTECTED_LABEL}: saejob does not ${p.action} it (remove the label first)`,
        "refused"
      );
  }
  async act() {
    const { p } = this;
    switch (p.action) {
      case "unchanged":
        return;
      case "wait":
        if (p.tagChanges?.length) await this.applyTags(p.appId, false);
        return;
      case "create":
        return this.create();
      case "update":
        return this.update();
      case "delete":
        return this.remove();
      case "replace":
        return this.replace();
    }
  }
  async update() {
    const { p } = this;
    if (!p.changes.length && p.lastChangeOrder?.state !== "failed") return this.applyTags(p.appId, false);
    const what = p.changes.length ? p.changes.map((c) => c.param).join(", ") : "the manifest's state again: the last change order failed";
    const r = await this.client.send(updateRequest(p.appId, { ...p.job.params, ...resetParams(p) }, clearedParams(p)));
    this.sent = true;
    this.wroteParams = true;
    if (!r?.ChangeOrderId)
      throw new StepFailure(
        `SAE accepted UpdateJob (${what}) but named no change order, so nothing says the change was made: run saejob plan to see the job as it is`
      );
    this.result.changeOrderId = r.ChangeOrderId;
    this.step(`UpdateJob sent (${what}): change order ${r.ChangeOrderId}`);
    await this.applyTags(p.appId, false);
    await this.wait(r.ChangeOrderId, p.appId);
  }
  /** DeleteJob (--prune), then until SAE no longer shows the job. */
  async remove() {
    const { p } = this;
    const { alreadyGone } = await deleteJob(this.client, p.appId);
    this.sent = true;
    this.step(
      alreadyGone ? `DeleteJob: AppId ${p.appId} was already gone` : `DeleteJob sent: AppId ${p.appId} (no manifest names it: --prune)`
    );
    if (!alreadyGone && !await this.gone(p.appId))
      throw new StepFailure("DeleteJob was accepted, but SAE still shows the job after --timeout");
  }
  async replace() {
    const { p } = this;
    if (!this.o.replace)
      throw new StepFailure(
        `create-only fields differ (${describeChanges(p)}): SAE cannot change them in place. Re-run with --replace to delete the job and create it again (its run history goes with it)`,
        "refused"
      );
    const { alreadyGone } = await deleteJob(this.client, p.appId);
    this.sent = true;
    this.step(alreadyGone ? `DeleteJob: AppId ${p.appId} was already gone` : `DeleteJob sent: AppId ${p.appId}`);
    if (!alreadyGone) {
      if (!await this.gone(p.appId)) {
        if (this.session.stop.stopped)
          throw new StepFailure(
            "interrupted after DeleteJob: the job was deleted and not created again; run saejob apply again",
            "interrupted"
          );
        throw new StepFailure(
          `the job was deleted, but SAE still shows it after --timeout, so it was not created again: run saejob apply again once it is gone`
        );
      }
      this.step(`AppId ${p.appId} is gone`);
    }
    await this.create();
  }
  gone(appId) {
    return waitUntilGone(this.client, appId, {
      ...this.pollOptions,
      timeoutMs: this.session.remainingMs(this.o.timeoutMs ?? DEFAULT_TIMEOUT_MS)
    });
  }
  async create() {
    const { p, session, result } = this;
    const leave = session.tags.creatingOne();
    let r;
    let tagged;
    try {
      r = await createJobSafely(this.client, p, this.retry, (m) => this.note(m), { set: this.o.set });
      this.sent = true;
      this.wroteParams = true;
      result.appId = r.AppId;
      if (r.ChangeOrderId) result.changeOrderId = r.ChangeOrderId;
      this.step(`CreateJob sent: AppId ${r.AppId}${r.ChangeOrderId ? `, change order ${r.ChangeOrderId}` : ""}`);
      tagged = session.tags.tag(this.client, p.region, r.AppId, p.tags ?? {}, session.stop.stopped);
      tagged.catch(() => {
      });
    } finally {
      leave();
    }
    try {
      await this.wait(r.ChangeOrderId, r.AppId);
    } finally {
      const size = await tagged;
      this.step(
        `TagResources sent: ${Object.keys(p.tags ?? {}).join(", ")}${size > 1 ? ` (one call for ${size} new jobs)` : ""}`
      );
    }
  }
  /**
   * Tags right after the write that makes or changes the job, before any wait: ownership is
   * recorded even when the wait fails. A new job gets every tag; an existing one the changes.
   */
  async applyTags(appId, created) {
    for (const r of tagRequests(this.p, created, appId)) {
      await this.client.send(r, { finishing: true });
      this.sent = true;
      this.step(
        `${r.operation} sent: ${r.operation === "TagResources" ? JSON.parse(String(r.body.Tags)).map((t) => t.key).join(", ") : JSON.parse(String(r.query.TagKeys)).join(", ")}`
      );
    }
  }
  /** What SAE took, then suspend or resume, then the outcome. */
  async finish() {
    const { p, o, result } = this;
    if (this.wroteParams && result.appId && o.wait !== false) await this.verify(result.appId);
    if (p.suspend && result.appId) {
      if (o.wait === false && result.changeOrderId) await this.wait(result.changeOrderId, result.appId, true);
      await setSuspended(this.session, this.client, result.appId, p.suspend.to, (m) => this.step(m), this.pollOptions);
      this.sent = true;
    }
    result.outcome = o.wait === false && p.action !== "unchanged" && p.action !== "wait" ? "submitted" : {
      create: "created",
      update: "updated",
      replace: "replaced",
      unchanged: "unchanged",
      wait: "unchanged",
      delete: "deleted"
    }[p.action];
  }
  /** Until the change order ends (found again if the answer that named it was lost); its end is a step. */
  async wait(changeOrderId, appId, always = false) {
    const { p, o, session, client } = this;
    if (o.wait === false && !always) return;
    const opts = {
      ...this.pollOptions,
      timeoutMs: session.remainingMs(o.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      // How it ends is the wait's step ("change order … succeeded"): not said twice.
      onStatus: (s) => s !== 2 && this.note(`change order ${CHANGE_ORDER_STATUS[s] ?? `status ${s}`}`)
    };
    let id = changeOrderId;
    if (!id) {
      id = (await newestChangeOrder(client, appId).catch(() => void 0))?.ChangeOrderId;
      if (id) this.step(`change order ${id} found with ListChangeOrders`);
    }
    const w = id ? await session.watcher.wait(client, p.region, p.namespace, appId, id, opts) : await waitForJobChange(client, p.namespace, p.name, opts);
    this.step(waitSummary(w, id ?? "(from the job listing)"));
    if (w.state === "failed") throw new StepFailure(w.message);
    if (w.state === "timeout") throw new StepFailure("timed out waiting for the change order");
    if (w.state === "interrupted")
      throw new StepFailure("interrupted while waiting: the change goes on in SAE", "interrupted");
    if (w.state === "paused") throw new StepFailure(w.message, "paused");
  }
  /** One DescribeJob: every field sent must read back; what SAE filled in is said; an HTTP job's URLs. */
  async verify(appId) {
    const { p, result } = this;
    const d = await this.client.call("DescribeJob", { AppId: appId });
    const urls = webhookUrls(d);
    if (urls.length && isHttpTriggered(p.job.params.TriggerConfig)) {
      result.webhookUrls = urls;
      this.step(`HTTP trigger: ${urls.map((u) => `${u.url} (${u.network})`).join(", ")}`);
    }
    const { kept, filled } = divergence(
      p,
      { appId, params: describedParams(d), suspend: false },
      { set: this.o.set ?? DEFAULT_SET }
    );
    for (const c of filled)
      this.step(
        `SAE filled in ${divergenceText(c, p.job).replace(": sent (unset), SAE has", " =")} although the manifest leaves it out: write it in the manifest, or the next plan shows it as a removal`
      );
    if (kept.length)
      throw new StepFailure(
        `SAE accepted the change but did not take ${kept.length === 1 ? "this field" : "these fields"} (read back with DescribeJob): ${kept.map((c) => divergenceText(c, p.job)).join("; ")}. The next plan shows the same change again`,
        "not-converged"
      );
  }
  /** A step done: recorded in the result, and told to the caller. */
  step(message) {
    this.result.steps.push(message);
    this.o.onEvent?.(this.p, message, "step");
  }
  /** How a wait or retry stands: told to the caller, for progress only. */
  note(message) {
    this.o.onEvent?.(this.p, message, "note");
  }
};

// src/sae/apply.ts
function applyJob(session, p, o = {}) {
  return new JobApplication(session, p, o).run();
}
async function applyPlan(session, plan, o = {}) {
  const results = await mapLimit(plan, Math.max(1, plan.length), (p) => applyJob(session, p, o));
  await settleDuplicates(session, results);
  return results;
}

// src/pipeline/plan/configmap.ts
var MARK = /\s*\[saejob-set: ([^\]]+)\]$/;
var ownerOfConfigMap = (description) => MARK.exec(description)?.[1];
var userDescription = (description) => description.replace(MARK, "");
var markedDescription = (description, set) => `${description ? `${description} ` : ""}[saejob-set: ${set}]`;
function planConfigMap(file, cm, live, set = "default") {
  const secret = (k) => cm.secretKeys.includes(k) || SECRET_NAME.test(k);
  const show = (k, v) => v !== void 0 && secret(k) ? MASK : v;
  const base = {
    file,
    name: cm.name,
    namespace: cm.namespace,
    region: cm.region,
    configMap: cm,
    ...cm.unknown?.length ? { unknown: cm.unknown.map((u) => `data.${u.key}`) } : {}
  };
  if (!live)
    return {
      ...base,
      action: "create",
      changes: Object.keys(cm.data).map((k) => ({ key: k, after: show(k, cm.data[k]) }))
    };
  const changes = [];
  const unknownKeys = new Set((cm.unknown ?? []).map((u) => u.key));
  for (const k of [.../* @__PURE__ */ new Set([...Object.keys(live.data), ...Object.keys(cm.data)])].sort()) {
    if (live.data[k] === cm.data[k]) continue;
    if (unknownKeys.has(k) && live.data[k] !== void 0) continue;
    const c = { key: k };
    if (live.data[k] !== void 0) c.before = show(k, live.data[k]);
    if (cm.data[k] !== void 0)
      c.after = cm.data[k] !== void 0 && secret(k) && live.data[k] !== void 0 ? `${MASK} (changed)` : show(k, cm.data[k]);
    changes.push(c);
  }
  if ((cm.description ?? "") !== userDescription(live.description))
    changes.push({ key: "(description)", before: userDescription(live.description), after: cm.description ?? "" });
  const owner = ownerOfConfigMap(live.description);
  if (owner !== set) changes.push({ key: "(ownership)", ...owner ? { before: owner } : {}, after: set });
  const planned = {
    ...base,
    action: changes.length ? "update" : "unchanged",
    id: live.id,
    changes,
    live
  };
  if (owner === void 0) planned.ownership = { state: "unowned" };
  else if (owner !== set) planned.ownership = { state: "other", set: owner };
  return planned;
}
function plannedConfigMapDelete(name, namespace, region, live) {
  return {
    file: "(no manifest)",
    name,
    namespace,
    region,
    action: "delete",
    id: live.id,
    changes: [],
    users: live.users,
    live,
    configMap: { name, namespace, region, data: {}, secretKeys: [] }
  };
}

// src/sae/configmaps.ts
async function planConfigMaps(session, items, o = {}) {
  const set = o.set ?? "default";
  const listing = async (region, namespace) => new Map(
    (await session.configMapsOf(region, namespace)).map((c) => [
      c.Name,
      {
        id: Number(c.ConfigMapId),
        description: c.Description ?? "",
        data: Object.fromEntries(
          Object.entries(c.Data ?? {}).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)])
        ),
        users: (c.RelateApps ?? []).map((a) => a.AppName)
      }
    ])
  );
  const out = [];
  for (const { source, configMap: cm } of items) {
    const p = planConfigMap(source.file, cm, (await listing(cm.region, cm.namespace)).get(cm.name), set);
    if (source.environment) p.environment = source.environment;
    out.push(p);
  }
  if (o.prune) {
    const defined = new Set(items.map(({ configMap: c }) => identityKey(c)));
    const places = new Map(
      [...items.map(({ configMap: c }) => ({ region: c.region, namespace: c.namespace })), ...o.namespaces ?? []].map(
        (x) => [placeKey(x), x]
      )
    );
    for (const { region, namespace } of places.values()) {
      for (const [name, live] of await listing(region, namespace)) {
        if (ownerOfConfigMap(live.description) !== set || defined.has(identityKey({ region, namespace, name })) || o.named?.has(identityKey({ region, namespace, name })))
          continue;
        out.push(plannedConfigMapDelete(name, namespace, region, live));
      }
    }
  }
  return out;
}
async function applyConfigMaps(session, planned, o = {}) {
  const results = [];
  for (const p of planned) {
    const r = {
      kind: "ConfigMap",
      ...locationOf(p),
      name: `ConfigMap ${p.name}`,
      action: p.action,
      outcome: "unchanged",
      steps: []
    };
    results.push(r);
    if (p.action === "unchanged") continue;
    if (p.ownership?.state === "other") {
      Object.assign(r, {
        outcome: "refused",
        error: `owned by the set ${p.ownership.set} (its description's mark), not this one: saejob leaves it alone`
      });
      continue;
    }
    if (p.ownership?.state === "unowned" && !o.adopt) {
      Object.assign(r, {
        outcome: "refused",
        error: "not managed by saejob (no [saejob-set: \u2026] mark in its description: made in the console?): apply --adopt takes it over"
      });
      continue;
    }
    const client = session.client(p.region);
    const data = JSON.stringify(p.configMap.data);
    const description = markedDescription(p.configMap.description, o.set ?? "default");
    try {
      if (p.action === "delete") {
        if (p.users?.length)
          throw new Error(`still used by ${p.users.join(", ")}: saejob does not delete it (SAE would refuse)`);
        await client.call("DeleteConfigMap", { ConfigMapId: p.id });
        session.forgetConfigMaps(p.region, p.namespace);
        r.steps.push(`DeleteConfigMap sent: ConfigMapId ${p.id} (no manifest defines it: --prune)`);
        r.outcome = "deleted";
      } else if (p.action === "create") {
        const d = await client.send(configMapRequest({ ...p.configMap, description }, true));
        p.id = Number(d.ConfigMapId);
        session.forgetConfigMaps(p.region, p.namespace);
        r.steps.push(`CreateConfigMap sent: ConfigMapId ${p.id}`);
        r.outcome = "created";
      } else {
        await client.call("UpdateConfigMap", { ConfigMapId: p.id, Description: description, Data: data });
        session.forgetConfigMaps(p.region, p.namespace);
        r.steps.push(
          `UpdateConfigMap sent (${p.changes.map((c) => c.key).join(", ")}): jobs see the new values from their next run`
        );
        r.outcome = "updated";
      }
    } catch (e) {
      if (e instanceof SaeError || !(e instanceof Error)) {
        r.outcome = "failed";
        r.error = toSaeError(e).describe();
      } else Object.assign(r, { outcome: "refused", error: e.message });
    }
  }
  return results;
}

// src/sae/references.ts
async function resolveNames(session, manifests, pending = /* @__PURE__ */ new Set()) {
  const needing = manifests.filter((m) => m.job.references?.length);
  const tables = /* @__PURE__ */ new Map();
  const tableFor = (region, namespace, kinds) => {
    const key = `${region}\0${namespace}\0${[...kinds].sort().join(",")}`;
    let t = tables.get(key);
    if (!t) {
      t = (async () => {
        const table = {};
        if (kinds.has("configmap"))
          table.configMaps = new Map(
            (await session.configMapsOf(region, namespace)).map((c) => [c.Name, Number(c.ConfigMapId)])
          );
        if (kinds.has("secret"))
          table.secrets = new Map(
            (await session.secretsOf(region, namespace)).map((x) => [x.SecretName, Number(x.SecretId)])
          );
        return table;
      })();
      tables.set(key, t);
    }
    return t;
  };
  const kindsByNamespace = /* @__PURE__ */ new Map();
  for (const m of needing) {
    const k = placeKey(m.job);
    const kinds = kindsByNamespace.get(k) ?? /* @__PURE__ */ new Set();
    for (const r of m.job.references) kinds.add(r.kind);
    kindsByNamespace.set(k, kinds);
  }
  const diagnostics = [];
  for (const m of needing) {
    const table = await tableFor(m.job.region, m.job.namespace, kindsByNamespace.get(placeKey(m.job)));
    const ready = m.job.references.filter(
      (ref) => !(ref.kind === "configmap" && pending.has(identityKey({ ...m.job, name: ref.name })))
    );
    const r = resolveReferences(m.job.params, ready, m.job.namespace, table);
    if ("unresolved" in r) {
      for (const u of r.unresolved)
        diagnostics.push(
          toDiagnostic(m.source, { path: u.reference.path, rule: "reference-unknown", message: u.message })
        );
      continue;
    }
    const missingKey = await missingKeys(session, m, ready);
    if (missingKey.length) {
      diagnostics.push(...missingKey);
      continue;
    }
    if (ready.length < m.job.references.length)
      m.job.references = m.job.references.filter((ref) => !ready.includes(ref));
    else delete m.job.references;
    m.job.params = r.params;
    m.job.create = createRequest(r.params);
  }
  return diagnostics;
}
async function missingKeys(session, m, refs) {
  const out = [];
  for (const ref of refs) {
    if (ref.kind !== "configmap" || ref.path.at(-2) === "configMapRef") continue;
    const keyPath = [...ref.path.slice(0, -1), "key"];
    const key = valueAt(m.source.value, keyPath);
    if (typeof key !== "string") continue;
    const cm = (await session.configMapsOf(m.job.region, m.job.namespace)).find((c) => c.Name === ref.name);
    if (!cm?.Data || key in cm.Data) continue;
    out.push(
      toDiagnostic(m.source, {
        path: keyPath,
        rule: "reference-unknown",
        saeCode: "NotFound.ConfigMapKey",
        message: `ConfigMap ${ref.name} has no key ${key}: its keys are ${Object.keys(cm.Data).join(", ") || "none"}`
      })
    );
  }
  return out;
}

// src/operations/plan.ts
var pendingConfigMaps = (planned) => new Set(planned.filter((c) => c.action === "create").map(identityKey));
function splitPlan(results, scope) {
  return {
    results,
    planned: results.flatMap((r) => r.planned ? [r.planned] : []),
    failures: results.filter((r) => r.error),
    scope
  };
}
async function planJobs(session, compiled, scope, o) {
  const outcome = splitPlan(await session.plan(compiled, { set: scope.set }), scope);
  if (!o.prune) return outcome;
  if (scope.conflict) {
    outcome.pruneError = scope.conflict;
    return outcome;
  }
  const candidates = await session.pruneCandidates(scope);
  if (candidates instanceof SaeError)
    outcome.pruneError = `--prune: the jobs of set ${scope.set} could not be listed (${candidates.describe()}), so nothing is pruned`;
  else {
    outcome.planned.push(...candidates);
    markRenames(outcome.planned);
  }
  return outcome;
}
function planScopeConfigMaps(session, pipeline, scope, o) {
  return planConfigMaps(session, pipeline.configMaps, {
    set: scope.set,
    prune: Boolean(o.prune) && !scope.conflict,
    namespaces: scope.places,
    named: scope.named
  });
}
async function planRun(session, pipeline, o) {
  const scope = runScope(pipeline, o);
  const configMaps = await planScopeConfigMaps(session, pipeline, scope, o);
  const diagnostics = await resolveNames(session, pipeline.compiled, pendingConfigMaps(configMaps));
  if (diagnostics.length) return { diagnostics };
  const plan = await planJobs(session, pipeline.compiled, scope, o);
  plan.configMaps = configMaps;
  return { plan };
}

// src/operations/saved-plan.ts
function savedPart(saved, environment) {
  if (environment === void 0) return {};
  if (saved.allEnvironments) return { part: environment };
  if (saved.environment === environment) return { part: environment };
  return {
    error: saved.environment ? `this plan was made for environment ${saved.environment}, not ${environment}: apply it without --environment, or plan ${environment}` : `this plan was made without environments: apply it without --environment`
  };
}
var inPart = (part, item) => part === void 0 || item.environment === part;
async function checkSavedPlan(session, saved, asPlanned, full, part) {
  const set = saved.set ?? DEFAULT_SET;
  const wanted = saved.jobs.filter((j) => inPart(part, j));
  const wantedKeys = new Set(wanted.map(identityKey));
  const scope = runScope(asPlanned, { set, environment: saved.environment, allEnvironments: saved.allEnvironments });
  const fresh = await planJobs(
    session,
    asPlanned.compiled.filter((m) => wantedKeys.has(identityKey(m.job))),
    scope,
    { prune: saved.prune }
  );
  if (fresh.pruneError)
    throw new SavedPlanError(`${fresh.pruneError}: the saved plan's deletes cannot be checked; nothing sent`);
  const byKey = new Map(fresh.planned.map((p) => [identityKey(p), p]));
  const withValues = new Map(full.map((m) => [identityKey(m.job), m]));
  const results = [];
  const accepted = [];
  const where = (s, p) => ({
    file: p?.file ?? s.file,
    name: s.name,
    namespace: s.namespace,
    region: s.region,
    ...s.environment ? { environment: s.environment } : {},
    action: s.action
  });
  for (const s of wanted) {
    if (fresh.failures.some((f) => identityKey(f.manifest.job) === identityKey(s))) continue;
    const p = byKey.get(identityKey(s));
    const why = staleReason(s, p, saved.salt);
    if (!why) {
      const m = withValues.get(identityKey(s));
      accepted.push(
        saved.unknownVariables?.length && p.action !== "delete" && m ? planJob(p.file, m.job, p.live, { set }) : p
      );
      continue;
    }
    const done = alreadyApplied(s, p, saved.salt);
    if (done)
      results.push({
        ...where(s, p),
        outcome: s.action === "delete" ? "deleted" : "unchanged",
        ...p?.appId ? { appId: p.appId } : {},
        steps: [done]
      });
    else results.push({ ...where(s, p), outcome: "refused", steps: [], error: why });
  }
  for (const m of full) {
    if (!inPart(part, m.job) || wantedKeys.has(identityKey(m.job))) continue;
    results.push({
      file: m.source.file,
      name: m.job.name,
      namespace: m.job.namespace,
      region: m.job.region,
      ...m.job.environment ? { environment: m.job.environment } : {},
      action: "unchanged",
      outcome: "not-in-plan",
      steps: ["not in the saved plan: left alone (plan again to include it)"]
    });
  }
  return {
    plan: { results: fresh.results, planned: accepted, failures: fresh.failures, scope },
    results,
    otherParts: saved.jobs.length - wanted.length
  };
}
function alreadyApplied(s, fresh, salt) {
  if (s.action === "unchanged") return void 0;
  if (s.action === "delete") return fresh ? void 0 : "already applied: the job this plan deletes is gone";
  if (fresh?.action !== "unchanged" || fingerprints(fresh, salt).manifest !== s.manifest) return void 0;
  return "already applied: the live job is what this plan makes it (nothing sent)";
}
var SavedPlanError = class extends Error {
};

// src/operations/apply.ts
async function planApply(session, pipeline, o) {
  const saved = o.saved;
  const scope = runScope(pipeline, o);
  const fresh = await planScopeConfigMaps(session, pipeline, scope, o);
  const { kept, refused } = saved ? savedConfigMaps(saved, fresh) : { kept: fresh, refused: [] };
  const pending = pendingConfigMaps(fresh);
  const diagnostics = await resolveNames(session, pipeline.compiled, pending);
  if (diagnostics.length) return { diagnostics };
  let plan;
  let savedResults = [];
  let otherParts = 0;
  if (saved) {
    let asPlanned = saved.asPlanned ?? pipeline;
    if (asPlanned !== pipeline && (await resolveNames(session, asPlanned.compiled, pending)).length)
      asPlanned = { ...pipeline, compiled: [] };
    const check = await checkSavedPlan(session, saved.plan, asPlanned, pipeline.compiled, saved.part);
    ({ plan, results: savedResults, otherParts } = check);
  } else plan = await planJobs(session, pipeline.compiled, scope, o);
  plan.configMaps = kept;
  const changing = hasChanges(plan.planned) || kept.some((c) => c.action !== "unchanged");
  return { plan: { plan, pending, refusedConfigMaps: refused, savedResults, otherParts, changing } };
}
function savedConfigMaps(saved, fresh) {
  const refused = [];
  const same = identityKey;
  const kept = fresh.filter((c) => {
    if (!inPart(saved.part, c)) return false;
    const was = saved.plan.configMaps?.find((s) => same(s) === same(c));
    const why = was ? configMapStaleReason(was, c, saved.plan.salt) : "not in the saved plan: left alone (plan again to include it)";
    if (why)
      refused.push({
        kind: "ConfigMap",
        file: c.file,
        name: `ConfigMap ${c.name}`,
        namespace: c.namespace,
        region: c.region,
        action: c.action,
        outcome: was ? "refused" : "not-in-plan",
        steps: was ? [] : [why],
        ...was ? { error: why } : {}
      });
    return !why;
  });
  for (const s of saved.plan.configMaps ?? [])
    if (inPart(saved.part, s) && !fresh.some((c) => same(c) === same(s)))
      refused.push({
        kind: "ConfigMap",
        file: "(no manifest)",
        name: `ConfigMap ${s.name}`,
        namespace: s.namespace,
        region: s.region,
        action: s.action,
        outcome: "refused",
        steps: [],
        error: "no manifest defines this ConfigMap any more: plan again"
      });
  return { kept, refused };
}
async function executeApply(session, pipeline, planned, o) {
  const { plan, pending } = planned;
  const configMaps = plan.configMaps ?? [];
  const stop = () => session.stop.stop();
  o.signal?.addEventListener("abort", stop, { once: true });
  if (o.signal?.aborted) stop();
  try {
    const configMapResults = await applyConfigMaps(session, configMaps, { set: o.set, adopt: Boolean(o.adopt) });
    let diagnostics = [];
    const stillPending = [];
    let jobs = plan.planned;
    if (pending.size) {
      diagnostics = await resolveNames(session, pipeline.compiled);
      const made = new Set(configMaps.filter((_2, i) => configMapResults[i]?.outcome === "created").map(identityKey));
      ({ jobs } = replanAfterConfigMaps(pipeline, plan.planned, pending, made, o.set, stillPending));
    }
    const { showSecrets, signal: _, ...applyOptions } = o;
    const results = await applyPlan(session, jobs, applyOptions);
    const secrets = showSecrets ? [] : [
      ...pipeline.compiled.flatMap((c) => c.job.secrets),
      ...configMaps.flatMap((c) => c.configMap.secretKeys.map((k) => c.configMap.data[k]).filter(Boolean))
    ];
    const all = redactDeep([...configMapResults, ...planned.refusedConfigMaps, ...results, ...stillPending], secrets);
    all.push(...planned.savedResults);
    for (const f of plan.failures)
      all.push({
        file: f.manifest.source.file,
        name: f.manifest.job.name,
        namespace: f.manifest.job.namespace,
        region: f.manifest.job.region,
        action: "unchanged",
        outcome: "failed",
        steps: [],
        error: `could not read the live job: ${f.error.describe()}`
      });
    return { results: all, diagnostics };
  } finally {
    o.signal?.removeEventListener("abort", stop);
  }
}
function replanAfterConfigMaps(pipeline, planned, pending, made, set, refused) {
  const byIdentity = new Map(pipeline.compiled.map((m) => [identityKey(m.job), m]));
  const jobs = [];
  for (const p of planned) {
    const m = byIdentity.get(identityKey(p));
    if (!m || p.action === "delete") jobs.push(p);
    else if (m.job.references) {
      const named = m.job.references.filter((r) => r.kind === "configmap");
      const missing = [
        ...new Set(
          named.filter(
            (r) => pending.has(identityKey({ ...m.job, name: r.name })) && !made.has(identityKey({ ...m.job, name: r.name }))
          ).map((r) => r.name)
        )
      ];
      refused.push({
        file: p.file,
        name: p.name,
        namespace: p.namespace,
        region: p.region,
        action: p.action,
        outcome: "refused",
        steps: [],
        error: `it names ConfigMap ${missing.join(", ") || m.job.references.map((r) => r.name).join(", ")}, which could not be created (above)`
      });
    } else jobs.push(planJob(p.file, m.job, p.live, { set }));
  }
  return { jobs };
}
function dryRunRequests(plan, o) {
  return plan.planned.filter((p) => plannedRequests(p).length || p.suspend).map((p) => ({
    name: p.name,
    requests: plannedRequests(p).map((r) => o.showSecrets ? r : redactRequest(r, p.job)),
    ...p.suspend ? {
      suspend: {
        request: suspendRequest(p.appId ?? "(the new job)", suspendParam(p.suspend.to, o.suspendPolarity)),
        paused: p.suspend.to
      }
    } : {}
  }));
}
export {
  API_VERSION,
  SaeClient,
  SaeError,
  SavedPlanError,
  Session,
  applyJob,
  applyPlan,
  checkSavedPlan,
  credentialsChain,
  describeLiveJob,
  describedParams,
  dryRunRequests,
  executeApply,
  listNamespaceJobs,
  normaliseParam,
  planApply,
  planJobs,
  planRun,
  planScopeConfigMaps,
  regionEndpoint,
  runScope,
  savedPart,
  staticCredentials
};
