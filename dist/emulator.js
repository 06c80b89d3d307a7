import { createRequire as __saejobCreateRequire } from 'node:module'; const require = __saejobCreateRequire(import.meta.url);
import {
  CHANGE_ORDER_FAILED,
  CHANGE_ORDER_RUNNING,
  CHANGE_ORDER_SUCCEEDED,
  CLEARING_VALUES,
  CREATE_ONLY_PARAMS,
  JOB_PARAMS,
  LAST_CHANGE_ORDER_STATE,
  MAX_PAGE_SIZE,
  MAX_TAGGED_RESOURCES,
  OPERATION_NAMES,
  RESERVED_TAG_PREFIXES,
  SUB_STATUS_BATCH_FAILED,
  TAG_RESOURCE_TYPE,
  describedShape,
  isSupportedSpec,
  operation,
  suspendParam
} from "./chunks/chunk-UXUSF2HI.js";

// src/emulator/server.ts
import { createServer } from "node:http";
import { randomUUID as randomUUID5 } from "node:crypto";
import { renameSync, writeFileSync, existsSync } from "node:fs";
import { parse as parseQuery2 } from "node:querystring";

// src/emulator/errors.ts
var ApiError = class extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
  status;
  code;
};
var notEmpty = (name) => new ApiError(400, "InvalidParameter.NotEmpty", `You must specify the parameter ${name}.`);
var obviously = (name, why = "") => new ApiError(
  400,
  "InvalidParameter.Obviously",
  `The specified parameter is invalid {${name}}${why ? `: ${why}` : "."}`
);

// src/emulator/signature.ts
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
var API_VERSION = "2019-05-06";
var MAX_SKEW_MS = 15 * 60 * 1e3;
function stringToSign(req) {
  const h = req.headers;
  const acs = Object.keys(h).filter((k) => k.startsWith("x-acs-")).sort().map((k) => `${k}:${(h[k] ?? "").replace(/[\t\n\r\f]/g, " ").trim()}
`).join("");
  const keys = Object.keys(req.query).sort();
  const resource = keys.length ? `${req.path}?${keys.map((k) => `${k}=${req.query[k]}`).join("&")}` : req.path;
  return `${req.method}
${h.accept ?? ""}
${h["content-md5"] ?? ""}
${h["content-type"] ?? ""}
${h.date ?? ""}
${acs}${resource}`;
}
function sign(text, secret) {
  return createHmac("sha1", secret).update(text, "utf8").digest("base64");
}
var NonceCache = class {
  constructor(notBefore = 0) {
    this.notBefore = notBefore;
  }
  notBefore;
  seen = /* @__PURE__ */ new Map();
  use(nonce, now, dated = now) {
    if (this.seen.size > 1e4) {
      for (const [n, until] of this.seen) if (now > until) this.seen.delete(n);
    }
    if (this.seen.has(nonce)) return false;
    this.seen.set(nonce, Math.max(now, dated) + MAX_SKEW_MS);
    return true;
  }
};
var incomplete = (detail) => ({
  status: 400,
  code: "IncompleteSignature",
  message: `The request signature does not conform to Aliyun standards: ${detail}.`
});
var mismatch = (detail = "Specified signature is not matched with our calculation.") => ({
  status: 400,
  code: "SignatureDoesNotMatch",
  message: detail
});
var sameText = (a, b) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};
function credentialFor(id, headers, credentials) {
  const cred = credentials.find((c) => c.accessKeyId === id);
  if (!cred) return { status: 404, code: "InvalidAccessKeyId.NotFound", message: "Specified access key is not found." };
  if (cred.securityToken !== void 0 && headers["x-acs-security-token"] !== cred.securityToken) {
    return {
      status: 400,
      code: "InvalidSecurityToken.MismatchWithAccessKey",
      message: "The security token does not match the access key."
    };
  }
  return cred;
}
function expired(stamp, now, notBefore = 0) {
  const at = stamp === void 0 ? Number.NaN : Date.parse(stamp);
  if (Number.isNaN(at) || Math.abs(now - at) > MAX_SKEW_MS)
    return {
      status: 400,
      code: "InvalidTimeStamp.Expired",
      message: `Specified time stamp or date value is expired: ${stamp} is more than 15 minutes from the server time.`
    };
  if (at < notBefore)
    return {
      status: 400,
      code: "InvalidTimeStamp.Expired",
      message: `Specified time stamp or date value is expired: ${stamp} is before this server started (a replayed request?).`
    };
  return void 0;
}
var datedAt = (stamp, now) => {
  const at = stamp === void 0 ? Number.NaN : Date.parse(stamp);
  return Number.isNaN(at) ? now : at;
};
function verifySignature(req, credentials, nonces, now = Date.now()) {
  const auth = req.headers.authorization ?? "";
  if (auth.startsWith("acs ")) return verifyRoaV1(req, credentials, nonces, now);
  if (auth.startsWith(`${V3_ALGORITHM} `)) return verifyV3(req, credentials, nonces, now);
  return incomplete(
    `missing Authorization "acs <AccessKeyId>:<Signature>" (ROA) or "${V3_ALGORITHM} Credential=\u2026,SignedHeaders=\u2026,Signature=\u2026" (V3)`
  );
}
function verifyRoaV1(req, credentials, nonces, now) {
  const h = req.headers;
  const m = /^acs ([^:]+):(.+)$/.exec(h.authorization);
  if (!m) return incomplete('the Authorization header must be "acs <AccessKeyId>:<Signature>"');
  if (h["x-acs-version"] !== API_VERSION)
    return {
      status: 400,
      code: "InvalidVersion",
      message: `Specified parameter Version is not valid: x-acs-version must be ${API_VERSION}.`
    };
  for (const name of ["date", "x-acs-signature-nonce"]) if (!h[name]) return incomplete(`missing header ${name}`);
  if (h["x-acs-signature-method"] !== "HMAC-SHA1" || h["x-acs-signature-version"] !== "1.0")
    return incomplete("signature method must be HMAC-SHA1, version 1.0");
  const old = expired(h.date, now, nonces.notBefore);
  if (old) return old;
  if (h["content-md5"] !== void 0 && h["content-md5"] !== createHash("md5").update(req.body).digest("base64"))
    return {
      status: 400,
      code: "InvalidContentMD5",
      message: "The Content-MD5 you specified does not match the body."
    };
  const cred = credentialFor(m[1], h, credentials);
  if (!("accessKeyId" in cred)) return cred;
  if (cred.securityToken !== void 0 && h["x-acs-accesskey-id"] !== void 0 && h["x-acs-accesskey-id"] !== cred.accessKeyId)
    return {
      status: 400,
      code: "InvalidSecurityToken.MismatchWithAccessKey",
      message: "The security token does not match the access key."
    };
  if (!sameText(sign(stringToSign(req), cred.accessKeySecret), m[2])) return mismatch();
  if (!nonces.use(h["x-acs-signature-nonce"], now, datedAt(h.date ?? h["x-acs-date"], now)))
    return { status: 400, code: "SignatureNonceUsed", message: "Specified signature nonce was used already." };
  return void 0;
}
var V3_ALGORITHM = "ACS3-HMAC-SHA256";
function encodeRfc3986(s) {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
var sha256Hex = (data) => createHash("sha256").update(data).digest("hex");
function canonicalRequestV3(req, signedHeaders, hashedPayload) {
  const query = Object.keys(req.query).sort().map((k) => `${encodeRfc3986(k)}=${encodeRfc3986(req.query[k])}`).join("&");
  const headers = signedHeaders.map((name) => `${name}:${(req.headers[name] ?? "").trim()}
`).join("");
  const uri = req.path.split("/").map((seg) => encodeRfc3986(decodeURIComponent(seg))).join("/");
  return `${req.method}
${uri}
${query}
${headers}
${signedHeaders.join(";")}
${hashedPayload}`;
}
function signV3(canonicalRequest, secret) {
  return createHmac("sha256", secret).update(`${V3_ALGORITHM}
${sha256Hex(canonicalRequest)}`).digest("hex");
}
var V3_REQUIRED_SIGNED = [
  "host",
  "x-acs-action",
  "x-acs-content-sha256",
  "x-acs-date",
  "x-acs-signature-nonce",
  "x-acs-version"
];
function verifyV3(req, credentials, nonces, now) {
  const h = req.headers;
  const fields = Object.fromEntries(
    h.authorization.slice(V3_ALGORITHM.length + 1).split(",").map((part) => part.trim().split("=", 2))
  );
  const { Credential: id, SignedHeaders: signed, Signature: signature } = fields;
  if (!id || !signed || !signature)
    return incomplete(
      `the Authorization header must be "${V3_ALGORITHM} Credential=<AccessKeyId>,SignedHeaders=<h1;h2;\u2026>,Signature=<hex>"`
    );
  const signedHeaders = signed.split(";");
  const sorted = [...signedHeaders].sort();
  if (signedHeaders.some((name, i) => name !== name.toLowerCase() || name !== sorted[i]))
    return incomplete("SignedHeaders must be lower-case names, sorted");
  for (const name of V3_REQUIRED_SIGNED) {
    if (!h[name]) return incomplete(`missing header ${name}`);
    if (!signedHeaders.includes(name)) return incomplete(`header ${name} must be signed (SignedHeaders)`);
  }
  if (h["x-acs-security-token"] !== void 0 && !signedHeaders.includes("x-acs-security-token"))
    return incomplete("header x-acs-security-token must be signed (SignedHeaders)");
  if (h["x-acs-version"] !== API_VERSION)
    return {
      status: 400,
      code: "InvalidVersion",
      message: `Specified parameter Version is not valid: x-acs-version must be ${API_VERSION}.`
    };
  const old = expired(h["x-acs-date"], now, nonces.notBefore);
  if (old) return old;
  if (!sameText(h["x-acs-content-sha256"], sha256Hex(req.body)))
    return mismatch("The x-acs-content-sha256 header does not match the SHA-256 of the request body.");
  const cred = credentialFor(id, h, credentials);
  if (!("accessKeyId" in cred)) return cred;
  if (!sameText(
    signV3(canonicalRequestV3(req, signedHeaders, h["x-acs-content-sha256"]), cred.accessKeySecret),
    signature
  ))
    return mismatch();
  if (!nonces.use(h["x-acs-signature-nonce"], now, datedAt(h.date ?? h["x-acs-date"], now)))
    return { status: 400, code: "SignatureNonceUsed", message: "Specified signature nonce was used already." };
  return void 0;
}

// src/emulator/store.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/emulator/resources/jobs.ts
import { randomUUID } from "node:crypto";

// src/emulator/checks.ts
import { isIP } from "node:net";
var PACKAGE_TYPES = /* @__PURE__ */ new Set([
  "Image",
  "FatJar",
  "War",
  "PythonZip",
  "PhpZip",
  ...["5_4", "5_5", "5_6", "7_0", "7_1", "7_2", "7_3"].flatMap((v) => [`IMAGE_PHP_${v}`, `IMAGE_PHP_${v}_ALPINE`])
]);
var jsonParams = (kind) => [...JOB_PARAMS.values()].filter((p) => p.json === kind).map((p) => p.name);
var JSON_LIST_PARAMS = jsonParams("list");
var JSON_OBJECT_PARAMS = jsonParams("object");
function parseJson(params, name) {
  const raw = params[name];
  if (raw === void 0 || raw === "") return void 0;
  try {
    return JSON.parse(raw);
  } catch {
    throw obviously(name, "it must be JSON");
  }
}
var list = (v) => Array.isArray(v) ? v : [];
function checkJobParams(p) {
  for (const name of JSON_LIST_PARAMS) {
    const v = parseJson(p, name);
    if (v !== void 0 && !Array.isArray(v)) throw obviously(name, "it must be a JSON list");
  }
  for (const name of JSON_OBJECT_PARAMS) {
    const v = parseJson(p, name);
    if (v !== void 0 && (typeof v !== "object" || Array.isArray(v) || v === null))
      throw obviously(name, "it must be a JSON object");
  }
  const type = p.PackageType;
  if (!PACKAGE_TYPES.has(type))
    throw new ApiError(400, "InvalidPackageType.NotFound", "The package type must be War, FatJar, or Image.");
  if ((type === "Image" || type.startsWith("IMAGE_PHP")) && !p.ImageUrl) throw notEmpty("ImageUrl");
  if (type === "FatJar" && !p.Jdk)
    throw new ApiError(400, "JarApplication.MissingJdk", "A FatJar application must contain JDK.");
  if (type === "War" && (!p.Jdk || !p.WebContainer))
    throw new ApiError(400, "WarApplication.MissingJdkWebcontainer", "A War application must contain JDK and Tomcat.");
  if (["FatJar", "War", "PythonZip"].includes(type)) {
    if (!p.PackageUrl) throw notEmpty("PackageUrl");
    if (!p.PackageVersion) throw notEmpty("PackageVersion");
  }
  if (p.Cpu !== void 0 || p.Memory !== void 0) {
    const cpu = Number(p.Cpu);
    const mem = Number(p.Memory);
    if (!isSupportedSpec(cpu, mem))
      throw new ApiError(
        400,
        "InvalidInstanceSpecification.Unsupported",
        `The instance specification is not supported: CPU [${p.Cpu}], memory [${p.Memory}].`
      );
  }
  if (p.Replicas !== void 0 && !/^[1-9][0-9]*$/.test(p.Replicas)) throw obviously("Replicas");
  for (const h of list(parseJson(p, "CustomHostAlias"))) {
    if (typeof h.ip !== "string" || isIP(h.ip) === 0 || typeof h.hostName !== "string" || !/^[A-Za-z0-9.-]+$/.test(h.hostName)) {
      throw new ApiError(
        400,
        "InvalidHostnameIp.Invalid",
        `The hostname and/or IP is invalid: Hostname [${String(h.hostName)}], IP [${String(h.ip)}].`
      );
    }
  }
  const mounts = [
    ...list(parseJson(p, "ConfigMapMountDesc")),
    ...list(parseJson(p, "MountDesc")),
    ...list(parseJson(p, "OssMountDescs")),
    ...list(parseJson(p, "NasConfigs"))
  ].map((m) => String(m.mountPath ?? "").replace(/\/+$/, "") || "/");
  const seen = /* @__PURE__ */ new Set();
  for (const mp of mounts) {
    if (seen.has(mp)) throw new ApiError(400, "MountConflict.ConfigMap", `Conflict detected for ConfigMap path ${mp}.`);
    seen.add(mp);
  }
  const sls = list(parseJson(p, "SlsConfigs"));
  if (sls.filter((s) => s.logType === "stdout").length > 1)
    throw new ApiError(400, "LogService.LogDirInvalid", "The log collection path is invalid.");
  const projects = /* @__PURE__ */ new Set();
  for (const s of sls) {
    const project = s.projectName;
    const store = s.logstoreName;
    if (project && !store)
      throw new ApiError(
        400,
        "Sls.Config.User.Defined.Missing.Logstore.Info",
        "The specified Config is invalid. Both Project and Logstore must be specified."
      );
    if (store && !project)
      throw new ApiError(
        400,
        "Sls.Config.User.Defined.Missing.Project.Info",
        "The specified Config is invalid. Both Project and Logstore must be specified."
      );
    if (project?.startsWith("sae-"))
      throw new ApiError(
        400,
        "Sls.Project.Name.Invalid",
        'The specified project name is invalid. The project name must not contain the prefix "sae-".'
      );
    if (store?.startsWith("sae-"))
      throw new ApiError(
        400,
        "Sls.Logstore.Name.Invalid",
        'The specified name of Logstore is invalid. The Logstore name must not contain the prefix "sae-".'
      );
    if (project) projects.add(project);
    const dir = String(s.logDir ?? "");
    if (dir && mounts.some((mp) => dir === mp || dir.startsWith(mp === "/" ? "/" : `${mp}/`))) {
      throw new ApiError(
        400,
        "VolumnPath.Conflict",
        "Conflict between log collection directory and persistent storage directory."
      );
    }
  }
  if (projects.size > 1)
    throw new ApiError(400, "Sls.Config.Mixed.Multi.Project", "The specified Config contains multiple projects.");
}

// src/emulator/records.ts
var finished = (status) => status === CHANGE_ORDER_SUCCEEDED || status in CHANGE_ORDER_FAILED;
var unixSeconds = (ms) => Math.floor(ms / 1e3);
var DELETE_JOB_DATA = '{"msg":"","code":200,"success":true}';
var DEFAULT_BEHAVIOUR = {
  changeOrderMs: 1500,
  changeOrderOutcome: "succeed",
  runMs: 2e3,
  failRuns: [],
  refuseRuns: [],
  deleteMs: 0,
  suspendPolarity: "true-starts",
  errorCodeField: "Code",
  fillDefaults: false,
  ignoreOnUpdate: [],
  suspendAfterReads: 0,
  autoConfigIgnoresNamespace: false,
  changeOrdersOldestFirst: false,
  maxQueryBytes: 0,
  allowDuplicateNames: false
};

// src/emulator/resources/tags.ts
function tagList(job) {
  return [
    { Key: "acs:sae:workload", Value: "job" },
    ...Object.entries(job.tags ?? {}).map(([Key, Value]) => ({ Key, Value }))
  ];
}
function parseJsonList(text, name) {
  try {
    const v = JSON.parse(text);
    if (Array.isArray(v)) return v;
  } catch {
  }
  throw new ApiError(400, "InvalidParameter", `${name} must be a JSON list.`);
}
function parseTags(text, name) {
  return parseJsonList(text, name).map((t) => {
    const o = t;
    if (typeof o?.key !== "string")
      throw new ApiError(400, "InvalidParameter", `${name}: each tag is {"key":\u2026,"value":\u2026}.`);
    return { key: o.key, value: o.value === void 0 || o.value === null ? "" : String(o.value) };
  });
}
function tagResources(s, p) {
  const jobs = taggedJobs(s, p);
  const tags = parseTags(p.Tags ?? "", "Tags");
  if (!tags.length) throw notEmpty("Tags");
  for (const t of tags) {
    if (!t.key || t.key.length > 128 || RESERVED_TAG_PREFIXES.some((x) => t.key.startsWith(x)))
      throw new ApiError(
        400,
        "InvalidParameter",
        `The tag key ${JSON.stringify(t.key)} is not valid: 1-128 characters, not starting with aliyun or acs:.`
      );
    if (t.value.length > 128)
      throw new ApiError(400, "InvalidParameter", `The value of tag ${t.key} is longer than 128 characters.`);
  }
  for (const j of jobs) {
    j.tags ??= {};
    for (const t of tags) j.tags[t.key] = t.value;
    if (Object.keys(j.tags).length > 20) throw new ApiError(400, "InvalidParameter", "A resource has at most 20 tags.");
  }
  return true;
}
function untagResources(s, p) {
  const jobs = taggedJobs(s, p);
  const keys = p.DeleteAll === "true" ? void 0 : parseJsonList(p.TagKeys ?? "", "TagKeys");
  if (keys === void 0 && p.DeleteAll !== "true") throw notEmpty("TagKeys");
  for (const j of jobs) {
    if (!j.tags) continue;
    for (const k of keys ?? Object.keys(j.tags)) delete j.tags[k];
  }
  return true;
}
function taggedJobs(s, p) {
  if (p.ResourceType !== TAG_RESOURCE_TYPE)
    throw new ApiError(400, "InvalidParameter", `ResourceType must be ${TAG_RESOURCE_TYPE}.`);
  const ids = parseJsonList(p.ResourceIds ?? "", "ResourceIds");
  if (!ids.length) throw notEmpty("ResourceIds");
  if (ids.length > MAX_TAGGED_RESOURCES)
    throw new ApiError(400, "InvalidParameter", `At most ${MAX_TAGGED_RESOURCES} ResourceIds a call.`);
  return ids.map((id) => s.liveJob(String(id)));
}

// src/emulator/resources/jobs.ts
var CO_TYPES = { CreateJob: "CoCreateApp", UpdateJob: "CoDeploy" };
function described(name, value) {
  const shape = describedShape(name);
  if (shape === "number") return Number(value);
  if (shape === "boolean") return value === "true";
  const param = JOB_PARAMS.get(name);
  if (Array.isArray(shape) && param?.described) {
    const keys = Object.entries(param.described);
    return JSON.parse(value).map(
      (item) => Object.fromEntries(keys.map(([req, res]) => [res, item[req]]))
    );
  }
  return value;
}
function withServerDefaults(params, regionId) {
  const out = { ...params };
  for (const p of JOB_PARAMS.values()) {
    const r = p.removal;
    if (r && "reset" in r && out[p.name] === void 0) out[p.name] = String(r.reset);
    if (p.readsBackAs && out[p.name] === p.readsBackAs.sent) out[p.name] = p.readsBackAs.read;
    if (p.serverDefaults && out[p.name])
      out[p.name] = JSON.stringify({ ...p.serverDefaults.values, ...JSON.parse(out[p.name]) });
  }
  const ns = (out.NamespaceId ?? regionId).replace(/[^a-z0-9]/g, "");
  out.VpcId ??= `vpc-${ns}`.slice(0, 24);
  out.VSwitchId ??= `vsw-${ns}`.slice(0, 24);
  out.SecurityGroupId ??= `sg-${ns}`.slice(0, 24);
  if (!out.ProgrammingLanguage) out.ProgrammingLanguage = "other";
  return out;
}
function seedJob(s, p, tags) {
  const { AppId, ChangeOrderId } = createJob(s, p);
  const co = s.changeOrders.get(ChangeOrderId);
  co.durationMs = 0;
  co.outcome = "succeed";
  if (tags) s.jobs.get(AppId).tags = { ...tags };
  return AppId;
}
function createJob(s, p) {
  for (const name of ["AppName", "PackageType", "Replicas", "Workload"]) if (!p[name]) throw notEmpty(name);
  if (p.Workload !== "job") throw obviously("Workload", "it must be job");
  if (!/^[A-Za-z][A-Za-z0-9-]{0,35}$/.test(p.AppName))
    throw obviously("AppName", "letters, digits and hyphens, starting with a letter, at most 36 characters");
  if ((p.AppDescription ?? "").length > 1024) throw obviously("AppDescription", "at most 1024 characters");
  const ns = s.namespaceOf(p);
  checkJobParams(p);
  s.checkConfigMaps(p);
  for (const j of s.options.behaviour.allowDuplicateNames ? [] : s.visibleJobs()) {
    if (j.params.NamespaceId === ns && j.params.AppName === p.AppName) {
      throw new ApiError(
        400,
        "Application.AlreadyExist",
        `An application named ${p.AppName} already exists in namespace ${ns}.`
      );
    }
  }
  const params = {
    ...p,
    NamespaceId: p.AutoConfig === "true" && s.options.behaviour.autoConfigIgnoresNamespace ? s.options.regionId : ns
  };
  if (params.AutoConfig === "true") {
    params.VpcId = "vpc-auto0000000000000000";
    params.VSwitchId = "vsw-auto0000000000000000";
    params.SecurityGroupId = "sg-auto00000000000000000";
  }
  const job = {
    AppId: randomUUID(),
    RegionId: ns.split(":")[0],
    params,
    Suspend: false,
    createdAt: s.now()
  };
  s.jobs.set(job.AppId, job);
  return { AppId: job.AppId, ChangeOrderId: s.newChangeOrder(job.AppId, CO_TYPES.CreateJob) };
}
function updateJob(s, p) {
  const job = s.liveJob(p.AppId);
  for (const name of CREATE_ONLY_PARAMS) if (p[name] !== void 0) throw obviously(name, "UpdateJob cannot change it");
  s.assertNoRunningChange(job.AppId);
  const next = { ...job.params };
  for (const [k, v] of Object.entries(p)) {
    if (k === "AppId" || s.options.behaviour.ignoreOnUpdate.includes(k)) continue;
    if (k in CLEARING_VALUES && (v === "" || v === "[]" || v === "{}")) delete next[k];
    else next[k] = v;
  }
  checkJobParams(next);
  s.checkConfigMaps(next);
  job.params = next;
  return { AppId: job.AppId, ChangeOrderId: s.newChangeOrder(job.AppId, CO_TYPES.UpdateJob) };
}
function deleteJob(s, p) {
  const job = s.job(p.AppId);
  if (job.deletedAt === void 0) {
    s.assertNoRunningChange(job.AppId);
    job.deletedAt = s.now();
    s.purgeDeleted();
  }
  return DELETE_JOB_DATA;
}
function suspendJob(s, p) {
  const job = s.liveJob(p.AppId);
  if (p.Suspend !== "true" && p.Suspend !== "false") throw notEmpty("Suspend");
  const flag = p.Suspend === "true";
  const to = suspendParam(true, s.options.behaviour.suspendPolarity) === flag;
  if (s.options.behaviour.suspendAfterReads > 0)
    job.pendingSuspend = { to, reads: s.options.behaviour.suspendAfterReads };
  else job.Suspend = to;
  return "success";
}
function describeJob(s, p) {
  const job = s.job(p.AppId);
  if (job.pendingSuspend && --job.pendingSuspend.reads <= 0) {
    job.Suspend = job.pendingSuspend.to;
    delete job.pendingSuspend;
  }
  const params = s.options.behaviour.fillDefaults ? withServerDefaults(job.params, s.options.regionId) : job.params;
  const data = { AppId: job.AppId, RegionId: job.RegionId };
  for (const [k, v] of Object.entries(params)) if (describedShape(k) !== void 0) data[k] = described(k, v);
  if (Array.isArray(data.ConfigMapMountDesc)) {
    for (const c of data.ConfigMapMountDesc)
      c.ConfigMapName = s.options.configMaps?.find((m) => m.ConfigMapId === Number(c.ConfigMapId))?.Name ?? `configmap-${String(c.ConfigMapId)}`;
  }
  if (params.MountDesc && !params.NasConfigs) {
    const mounts = JSON.parse(params.MountDesc);
    data.NasConfigs = JSON.stringify(
      mounts.map((m) => ({
        mountPath: m.mountPath,
        readOnly: false,
        nasId: params.NasId,
        mountDomain: params.MountHost,
        nasPath: m.nasPath
      }))
    );
  }
  if (params.SlsConfigs)
    data.SlsConfigs = JSON.stringify(
      JSON.parse(params.SlsConfigs).map((s2) => ({ logtailName: "", ...s2 }))
    );
  data.Suspend = job.Suspend;
  data.Tags = tagList(job);
  data.RefedAppIds = [];
  if (params.TriggerConfig && JSON.parse(params.TriggerConfig).type === "http") {
    data.PublicWebHookUrls = [`https://${job.AppId}.${job.RegionId}.sae-job.aliyuncs.com/trigger`];
    data.VpcWebHookUrls = [`https://${job.AppId}.${job.RegionId}-vpc.sae-job.aliyuncs.com/trigger`];
  }
  return data;
}
function listJobs(s, p) {
  const page = p.CurrentPage ? Number(p.CurrentPage) : 1;
  const size = p.PageSize ? Number(p.PageSize) : 10;
  if (!Number.isInteger(page) || page < 1) throw obviously("CurrentPage");
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw obviously("PageSize", `at most ${MAX_PAGE_SIZE}`);
  if (p.Workload && p.Workload !== "job") throw obviously("Workload");
  let jobs = s.visibleJobs().sort((a, b) => a.createdAt - b.createdAt || (a.AppId < b.AppId ? -1 : 1));
  if (p.NamespaceId) jobs = jobs.filter((j) => j.params.NamespaceId === p.NamespaceId);
  const nameFilter = p.AppName ?? (p.FieldType === "appName" ? p.FieldValue : void 0);
  if (nameFilter) jobs = jobs.filter((j) => j.params.AppName.includes(nameFilter));
  if (p.FieldType === "appIds" && p.FieldValue) jobs = jobs.filter((j) => p.FieldValue.split(",").includes(j.AppId));
  if (p.Tags) {
    const wanted = parseTags(p.Tags, "Tags");
    jobs = jobs.filter((j) => wanted.every((t) => j.tags?.[t.key] === t.value));
  }
  const slice = jobs.slice((page - 1) * size, page * size);
  return {
    Applications: slice.map((j) => {
      const last = s.lastRun(j.AppId);
      const st = last ? s.runStatus(last) : void 0;
      const co = s.lastChangeOrder(j.AppId);
      const coStatus = co && s.changeOrderStatus(co);
      const item = {
        AppId: j.AppId,
        AppName: j.params.AppName,
        AppDescription: j.params.AppDescription ?? "",
        NamespaceId: j.params.NamespaceId,
        RegionId: j.RegionId,
        ImageUrl: j.params.ImageUrl ?? "",
        Cpu: Number(j.params.Cpu ?? 0),
        Mem: Number(j.params.Memory ?? 0),
        Active: st?.Active ?? 0,
        Succeeded: st?.Succeeded ?? 0,
        Failed: st?.Failed ?? 0,
        LastJobState: st?.State ?? "0",
        Message: st?.Message ?? "",
        Suspend: j.Suspend,
        Tags: tagList(j),
        TriggerConfig: j.params.TriggerConfig ?? ""
      };
      if (st) item.LastStartTime = st.StartTime;
      if (st?.CompletionTime !== void 0) item.CompletionTime = st.CompletionTime;
      if (coStatus && finished(coStatus.Status))
        item.LastChangeorderState = coStatus.Status === CHANGE_ORDER_SUCCEEDED ? LAST_CHANGE_ORDER_STATE.succeeded : LAST_CHANGE_ORDER_STATE.failed;
      return item;
    }),
    CurrentPage: page,
    PageSize: size,
    TotalSize: jobs.length
  };
}

// src/emulator/resources/configmaps.ts
function listNamespacedConfigMaps(s, p) {
  const ns = p.NamespaceId;
  if (!ns) throw notEmpty("NamespaceId");
  return {
    ConfigMaps: (s.options.configMaps ?? []).filter((c) => c.NamespaceId === ns).map((c) => configMapView(s, c))
  };
}
function configMapView(s, c) {
  const users = s.visibleJobs().filter((j) => s.configMapRefs(j.params).some((r) => r.id === c.ConfigMapId));
  return {
    ConfigMapId: c.ConfigMapId,
    Name: c.Name,
    NamespaceId: c.NamespaceId,
    Description: c.Description ?? "",
    Data: c.Data ?? {},
    CreateTime: 0,
    UpdateTime: 0,
    RelateApps: users.map((j) => ({ AppId: j.AppId, AppName: j.params.AppName }))
  };
}
function createConfigMap(s, p) {
  if (!p.Name) throw notEmpty("Name");
  if (!p.NamespaceId) throw notEmpty("NamespaceId");
  if (!/^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$/.test(p.Name))
    throw new ApiError(
      400,
      "InvalidParameter",
      `The ConfigMap name ${p.Name} is not valid: lower-case letters, digits, - and ., at most 63.`
    );
  s.options.configMaps ??= [];
  if (s.options.configMaps.some((c) => c.NamespaceId === p.NamespaceId && c.Name === p.Name))
    throw new ApiError(400, "ConfigMap.Name.Exist", `A ConfigMap named ${p.Name} exists already in ${p.NamespaceId}.`);
  const id = Math.max(0, ...s.options.configMaps.map((c) => c.ConfigMapId)) + 1;
  s.options.configMaps.push({
    ConfigMapId: id,
    Name: p.Name,
    NamespaceId: p.NamespaceId,
    Description: p.Description ?? "",
    Data: s.configMapData(p.Data)
  });
  return { ConfigMapId: id };
}
function updateConfigMap(s, p) {
  const c = s.configMap(p.ConfigMapId);
  c.Data = s.configMapData(p.Data);
  if (p.Description !== void 0) c.Description = p.Description;
  return { ConfigMapId: String(c.ConfigMapId) };
}
function deleteConfigMap(s, p) {
  const c = s.configMap(p.ConfigMapId);
  const users = configMapView(s, c).RelateApps;
  if (users.length)
    throw new ApiError(
      400,
      "ConfigMap.InUse",
      `The ConfigMap ${c.Name} is used by ${users.map((u) => u.AppName).join(", ")}.`
    );
  s.options.configMaps = s.options.configMaps.filter((m) => m !== c);
  return { ConfigMapId: c.ConfigMapId };
}
function describeConfigMap(s, p) {
  return configMapView(s, s.configMap(p.ConfigMapId));
}

// src/emulator/store.ts
var Store = class {
  constructor(options) {
    this.options = options;
    this.now = options.now ?? Date.now;
  }
  options;
  jobs = /* @__PURE__ */ new Map();
  changeOrders = /* @__PURE__ */ new Map();
  runs = [];
  now;
  snapshot() {
    this.purgeDeleted();
    return {
      jobs: [...this.jobs.values()],
      changeOrders: [...this.changeOrders.values()],
      runs: this.runs,
      configMaps: this.options.configMaps ?? []
    };
  }
  restore(s) {
    this.jobs = new Map(s.jobs.map((j) => [j.AppId, j]));
    this.changeOrders = new Map(s.changeOrders.map((c) => [c.ChangeOrderId, c]));
    this.runs = s.runs;
    if (s.configMaps) this.options.configMaps = s.configMaps;
  }
  /** Jobs whose deletion has finished are gone. */
  purgeDeleted() {
    for (const [id, j] of this.jobs)
      if (j.deletedAt !== void 0 && this.now() - j.deletedAt >= this.options.behaviour.deleteMs)
        this.jobs.delete(id);
  }
  visibleJobs() {
    this.purgeDeleted();
    return [...this.jobs.values()];
  }
  job(appId) {
    if (!appId) throw notEmpty("AppId");
    this.purgeDeleted();
    const job = this.jobs.get(appId);
    if (!job) throw new ApiError(404, "InvalidAppId.NotFound", `The specified AppId does not exist: ${appId}.`);
    return job;
  }
  /** A job that is not being deleted: writes to one being deleted are refused. */
  liveJob(appId) {
    const job = this.job(appId);
    if (job.deletedAt !== void 0)
      throw new ApiError(400, "Application.InvalidStatus", "The application is being deleted.");
    return job;
  }
  changeOrderStatus(co) {
    const elapsed = this.now() - co.createdAt;
    const done = elapsed >= co.durationMs;
    if (co.outcome === "approval") return { Status: 11, SubStatus: 0, ErrorMessage: "" };
    if (!done) return { Status: elapsed < co.durationMs / 5 ? 0 : 1, SubStatus: 0, ErrorMessage: "" };
    if (co.outcome === "fail")
      return {
        Status: 3,
        SubStatus: 0,
        ErrorMessage: "Deployment failed: instance health check failed (emulated failure)."
      };
    if (co.outcome === "batch-failed")
      return {
        Status: 1,
        SubStatus: SUB_STATUS_BATCH_FAILED,
        ErrorMessage: "Batch 1 failed: instance health check failed (emulated failure). Roll back or retry in the SAE console."
      };
    if (co.outcome === "confirm") return { Status: 8, SubStatus: 0, ErrorMessage: "" };
    return { Status: 2, SubStatus: 0, ErrorMessage: "" };
  }
  assertNoRunningChange(appId) {
    for (const co of this.changeOrders.values()) {
      if (co.AppId === appId && CHANGE_ORDER_RUNNING.has(this.changeOrderStatus(co).Status)) {
        throw new ApiError(
          400,
          "Application.ChangerOrderRunning",
          "An application change process is in progress. Please try again later."
        );
      }
    }
  }
  newChangeOrder(appId, type) {
    const co = {
      ChangeOrderId: randomUUID2(),
      AppId: appId,
      CoType: type,
      createdAt: this.now(),
      durationMs: this.options.behaviour.changeOrderMs,
      outcome: this.options.behaviour.changeOrderOutcome
    };
    this.changeOrders.set(co.ChangeOrderId, co);
    return co.ChangeOrderId;
  }
  namespaceOf(p) {
    const ns = p.NamespaceId || this.options.regionId;
    if (/[A-Z]/.test(ns))
      throw new ApiError(
        400,
        "InvalidNamespace.WithUppercase",
        "This namespace does not support creating SAE apps because it contains uppercase letters."
      );
    if (!/^[a-z][a-z0-9-]*(:[a-z0-9][a-z0-9-]*)?$/.test(ns)) throw obviously("NamespaceId");
    if (this.options.namespaces && !this.options.namespaces.includes(ns) && ns !== this.options.regionId) {
      throw new ApiError(404, "InvalidNamespaceId.NotFound", "The specified NamespaceId does not exist.");
    }
    return ns;
  }
  /** The ConfigMap IDs a job's parameters reference, with the key (undefined: all keys). */
  configMapRefs(p) {
    const refs = [];
    for (const name of ["Envs", "ConfigMapMountDesc"]) {
      for (const e of JSON.parse(p[name] || "[]")) {
        if (e.configMapId !== void 0)
          refs.push({ id: Number(e.configMapId), key: e.key === "sae-sys-configmap-all" ? void 0 : e.key });
      }
    }
    return refs;
  }
  checkConfigMaps(p) {
    const known = this.options.configMaps;
    if (!known) return;
    for (const r of this.configMapRefs(p)) {
      const cm = known.find((c) => c.ConfigMapId === r.id);
      if (!cm) throw new ApiError(400, "NotFound.ConfigMap", `The ConfigMap object (ID: ${r.id}) does not exist.`);
      if (r.key !== void 0 && cm.Data && !(r.key in cm.Data))
        throw new ApiError(
          400,
          "NotFound.ConfigMapKey",
          `The key ${r.key} of ConfigMap object (ID: ${r.id}) does not exist.`
        );
    }
  }
  lastRun(appId) {
    return this.runs.filter((r) => r.AppId === appId).at(-1);
  }
  runStatus(run) {
    const done = this.now() - run.startedAt >= run.durationMs;
    const state = !done ? "3" : run.outcome === "succeed" ? "1" : "2";
    const status = {
      JobId: run.JobId,
      State: state,
      Active: done ? 0 : run.replicas,
      Succeeded: state === "1" ? run.replicas : 0,
      Failed: state === "2" ? run.replicas : 0,
      StartTime: unixSeconds(run.startedAt),
      Message: state === "2" ? "BackoffLimitExceeded: the job reached its retry limit (emulated failure)" : state === "1" ? "Succeeded" : "Running"
    };
    if (done) status.CompletionTime = unixSeconds(run.startedAt + run.durationMs);
    return status;
  }
  lastChangeOrder(appId) {
    return [...this.changeOrders.values()].filter((c) => c.AppId === appId).at(-1);
  }
  configMap(id) {
    if (!id) throw notEmpty("ConfigMapId");
    const c = (this.options.configMaps ?? []).find((m) => m.ConfigMapId === Number(id));
    if (!c) throw new ApiError(404, "NotFound.ConfigMap", `The ConfigMap ${id} does not exist.`);
    return c;
  }
  /** Data: a JSON string holding an object of string values (the body is JSON). */
  configMapData(text) {
    if (!text) throw notEmpty("Data");
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      throw new ApiError(400, "InvalidParameter", "Data must be a JSON object of strings.");
    }
    if (!data || typeof data !== "object" || Array.isArray(data))
      throw new ApiError(400, "InvalidParameter", "Data must be a JSON object of strings.");
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
  }
  // The operations tests and --seed drive directly (the server calls the resources' own functions).
  seedJob(p, tags) {
    return seedJob(this, p, tags);
  }
  createJob(p) {
    return createJob(this, p);
  }
  updateJob(p) {
    return updateJob(this, p);
  }
  deleteJob(p) {
    return deleteJob(this, p);
  }
  deleteConfigMap(p) {
    return deleteConfigMap(this, p);
  }
};

// src/emulator/routes.ts
import { randomUUID as randomUUID4 } from "node:crypto";

// src/emulator/resources/runs.ts
import { randomUUID as randomUUID3 } from "node:crypto";
function execJob(s, p) {
  const job = s.liveJob(p.AppId);
  if (p.EventId) {
    const previous = s.runs.find((r) => r.AppId === job.AppId && r.EventId === p.EventId);
    if (previous) return { Code: "200", Data: previous.JobId, Msg: "success", Success: "true" };
  }
  if (p.Replicas !== void 0 && !/^[1-9][0-9]*$/.test(p.Replicas)) throw obviously("Replicas");
  for (const name of ["Envs", "CommandArgs"]) {
    if (p[name]) {
      try {
        if (!Array.isArray(JSON.parse(p[name]))) throw new Error();
      } catch {
        throw obviously(name, "it must be a JSON list");
      }
    }
  }
  const b = s.options.behaviour;
  if (b.refuseRuns.includes(job.params.AppName))
    return { Code: "500", Data: "", Msg: "the job cannot be started now (emulated refusal)", Success: "false" };
  const run = {
    JobId: `manual-${randomUUID3().slice(0, 8)}`,
    AppId: job.AppId,
    startedAt: s.now(),
    durationMs: b.runMs,
    outcome: b.failRuns.includes(job.params.AppName) ? "fail" : "succeed",
    replicas: Number(p.Replicas ?? job.params.Replicas ?? 1)
  };
  if (p.EventId) run.EventId = p.EventId;
  s.runs.push(run);
  return { Code: "200", Data: run.JobId, Msg: "success", Success: "true" };
}
function describeJobStatus(s, p) {
  const job = s.job(p.AppId);
  if (!p.JobId) throw notEmpty("JobId");
  const run = s.runs.find((r) => r.AppId === job.AppId && r.JobId === p.JobId);
  if (!run) throw new ApiError(404, "InvalidJobId.NotFound", `The specified JobId does not exist: ${p.JobId}.`);
  return s.runStatus(run);
}
function describeJobHistory(s, p) {
  const job = s.job(p.AppId);
  const page = Number(p.CurrentPage ?? 1);
  const size = Number(p.PageSize ?? 10);
  let runs = s.runs.filter((r) => r.AppId === job.AppId).map((r) => s.runStatus(r)).reverse();
  if (p.State) runs = runs.filter((r) => r.State === p.State);
  return {
    Jobs: runs.slice((page - 1) * size, page * size),
    CurrentPage: page,
    PageSize: size,
    TotalSize: runs.length
  };
}

// src/emulator/resources/change-orders.ts
var changeOrderTime = (ms) => new Date(ms).toISOString().replace("T", " ").replace(/\.\d{3}Z$/, "");
function changeOrderSummary(s, co) {
  const st = s.changeOrderStatus(co);
  return {
    st,
    common: {
      AppId: co.AppId,
      BatchCount: 1,
      BatchType: "auto",
      ChangeOrderId: co.ChangeOrderId,
      CoType: co.CoType,
      CoTypeCode: co.CoType,
      CreateTime: changeOrderTime(co.createdAt),
      Description: "",
      Status: st.Status
    }
  };
}
function describeChangeOrder(s, p) {
  if (!p.ChangeOrderId) throw notEmpty("ChangeOrderId");
  const co = s.changeOrders.get(p.ChangeOrderId);
  if (!co)
    throw new ApiError(
      400,
      "InvalidChangeOrder.NotFound",
      `The specified change order does not exist: ${p.ChangeOrderId}.`
    );
  const { st, common } = changeOrderSummary(s, co);
  const pipeline = `${co.ChangeOrderId}-1`;
  return {
    ...common,
    AppName: s.jobs.get(co.AppId)?.params.AppName ?? "",
    ApprovalId: "",
    Auto: true,
    BatchWaitTime: 0,
    CurrentPipelineId: pipeline,
    ErrorMessage: st.ErrorMessage,
    Pipelines: [
      {
        BatchType: 0,
        ParallelCount: 1,
        PipelineId: pipeline,
        PipelineName: "Batch 1",
        StartTime: co.createdAt,
        Status: st.Status,
        UpdateTime: s.now()
      }
    ],
    SubStatus: st.SubStatus,
    SupportRollback: false
  };
}
function listChangeOrders(s, p) {
  if (!p.AppId) throw notEmpty("AppId");
  const page = Number(p.CurrentPage ?? 1);
  const size = Number(p.PageSize ?? 10);
  let orders = [...s.changeOrders.values()].filter((c) => c.AppId === p.AppId);
  if (p.CoType) orders = orders.filter((c) => c.CoType === p.CoType);
  if (p.CoStatus) orders = orders.filter((c) => String(s.changeOrderStatus(c).Status) === p.CoStatus);
  const oldestFirst = s.options.behaviour.changeOrdersOldestFirst || p.Reverse === "false";
  if (!oldestFirst) orders.reverse();
  return {
    ChangeOrderList: orders.slice((page - 1) * size, page * size).map((co) => {
      const { st, common } = changeOrderSummary(s, co);
      return {
        ...common,
        CreateUserId: "emulator",
        FinishTime: finished(st.Status) ? changeOrderTime(co.createdAt + co.durationMs) : "",
        GroupId: "",
        Source: "pop",
        UserId: "emulator"
      };
    }),
    CurrentPage: page,
    PageSize: size,
    TotalSize: orders.length
  };
}

// src/emulator/resources/secrets.ts
function listSecrets(s, p) {
  if (!p.NamespaceId) throw notEmpty("NamespaceId");
  return {
    Secrets: (s.options.secrets ?? []).filter((x) => x.NamespaceId === p.NamespaceId).map((x) => ({
      SecretId: x.SecretId,
      SecretName: x.SecretName,
      SecretType: x.SecretType ?? "kubernetes.io/dockerconfigjson",
      NamespaceId: x.NamespaceId,
      CreateTime: 0,
      UpdateTime: 0,
      RelateApps: []
    }))
  };
}

// src/emulator/routes.ts
var HANDLERS = {
  CreateJob: { write: true, handle: (s, p) => createJob(s, p) },
  UpdateJob: { write: true, handle: (s, p) => updateJob(s, p) },
  DeleteJob: { write: true, handle: (s, p) => deleteJob(s, p) },
  DescribeJob: { write: false, handle: (s, p) => describeJob(s, p) },
  ListJobs: { write: false, handle: (s, p) => listJobs(s, p) },
  ExecJob: { write: true, handle: (s, p) => execJob(s, p) },
  SuspendJob: { write: true, handle: (s, p) => suspendJob(s, p) },
  DescribeJobStatus: { write: false, handle: (s, p) => describeJobStatus(s, p) },
  DescribeJobHistory: { write: false, handle: (s, p) => describeJobHistory(s, p) },
  DescribeChangeOrder: { write: false, handle: (s, p) => describeChangeOrder(s, p) },
  ListChangeOrders: { write: false, handle: (s, p) => listChangeOrders(s, p) },
  ListNamespacedConfigMaps: { write: false, handle: (s, p) => listNamespacedConfigMaps(s, p) },
  CreateConfigMap: { write: true, handle: (s, p) => createConfigMap(s, p) },
  UpdateConfigMap: { write: true, handle: (s, p) => updateConfigMap(s, p) },
  DeleteConfigMap: { write: true, handle: (s, p) => deleteConfigMap(s, p) },
  DescribeConfigMap: { write: false, handle: (s, p) => describeConfigMap(s, p) },
  ListSecrets: { write: false, handle: (s, p) => listSecrets(s, p) },
  TagResources: { write: true, handle: (s, p) => tagResources(s, p) },
  UntagResources: { write: true, handle: (s, p) => untagResources(s, p) }
};
var ROUTES = new Map(
  OPERATION_NAMES.map((name) => {
    const { method, path } = operation(name);
    return [`${method} ${path}`, { operation: name, method, ...HANDLERS[name] }];
  })
);
var PATHS = new Map([...ROUTES.values()].map((r) => [operation(r.operation).path, r]));
var OPERATIONS = [...OPERATION_NAMES];
function contractViolation(op, query, body) {
  const known = operation(op).params;
  for (const [where, params] of [
    ["query", query],
    ["body", body]
  ]) {
    for (const [name, value] of Object.entries(params)) {
      const spec = known[name];
      if (!spec) return `${name} is not a parameter of ${op}`;
      if (spec.in !== where)
        return `${name} belongs in the ${spec.in === "body" ? "request body" : "query string"} of ${op}, not the ${where === "body" ? "body" : "query string"}`;
      if (spec.type === "number" && (value.trim() === "" || !Number.isFinite(Number(value))))
        return `${name} must be a number, not "${value.slice(0, 40)}"`;
      if (spec.type === "boolean" && value !== "true" && value !== "false")
        return `${name} must be true or false, not "${value.slice(0, 40)}"`;
    }
  }
  return void 0;
}
function envelopeOf(op, requestId, data) {
  const standard = {
    RequestId: requestId,
    Code: "200",
    Message: "success",
    TraceId: randomUUID4().replace(/-/g, ""),
    Success: true,
    Data: data
  };
  const envelope = {};
  for (const field of Object.keys(operation(op).response)) {
    if (field in standard) envelope[field] = standard[field];
    else if (data && typeof data === "object" && field in data)
      envelope[field] = data[field];
  }
  return envelope;
}

// src/emulator/http.ts
import { parse as parseQuery } from "node:querystring";
var MAX_BODY_BYTES = 1024 * 1024;
var BodyTooLarge = class extends Error {
};
function readBody(req) {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) return reject(new BodyTooLarge());
    const chunks = [];
    let size = 0;
    req.on("data", (c) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
function bodyParams(contentType, body) {
  if (body.length === 0) return {};
  if (contentType.startsWith("application/x-www-form-urlencoded")) return flat(parseQuery(body.toString("utf8")));
  if (contentType.startsWith("application/json")) {
    try {
      const o = JSON.parse(body.toString("utf8"));
      if (!o || typeof o !== "object" || Array.isArray(o)) return void 0;
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
    } catch {
      return void 0;
    }
  }
  return {};
}
function flat(q) {
  const out = {};
  for (const [k, v] of Object.entries(q)) if (v !== void 0) out[k] = Array.isArray(v) ? v[v.length - 1] : v;
  return out;
}
function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json;charset=utf-8",
    "content-length": Buffer.byteLength(text)
  });
  res.end(text);
}

// src/emulator/settings.ts
import { readFileSync } from "node:fs";
var SETTING_CHOICES = {
  changeOrderOutcome: ["succeed", "fail", "batch-failed", "approval", "confirm"],
  suspendPolarity: ["true-starts", "true-suspends"],
  errorCodeField: ["Code", "ErrorCode"]
};
function settingProblems(input, defaults) {
  const known = defaults;
  const out = [];
  for (const [k, v] of Object.entries(input)) {
    if (!(k in known)) {
      out.push(`unknown setting ${k} (known: ${Object.keys(known).join(", ")})`);
      continue;
    }
    const d = known[k];
    if (typeof d === "number" && !(typeof v === "number" && Number.isFinite(v) && v >= 0 && (!/Rate$/.test(k) || v <= 1)))
      out.push(`${k} takes a number${/Rate$/.test(k) ? " from 0 to 1" : " of at least 0"}, not ${JSON.stringify(v)}`);
    else if (typeof d === "boolean" && typeof v !== "boolean")
      out.push(`${k} takes true or false, not ${JSON.stringify(v)}`);
    else if (Array.isArray(d) && !(Array.isArray(v) && v.every((x) => typeof x === "string")))
      out.push(`${k} takes a list of names, not ${JSON.stringify(v)}`);
    else if (typeof d === "string" && !(typeof v === "string" && (!SETTING_CHOICES[k] || SETTING_CHOICES[k].includes(v))))
      out.push(`${k} takes ${SETTING_CHOICES[k]?.join(" | ") ?? "text"}, not ${JSON.stringify(v)}`);
    else if (d && typeof d === "object" && !Array.isArray(d) && (!v || typeof v !== "object" || Array.isArray(v)))
      out.push(`${k} takes an object, not ${JSON.stringify(v)}`);
  }
  return out;
}
function readState(path) {
  let value;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(
      `--state ${path}: not an emulator state file (${e instanceof SyntaxError ? "not JSON" : e.code ?? e.message}): move it away, or give another file`
    );
  }
  const s = value;
  const list2 = (x) => Array.isArray(x) && x.every((i) => i && typeof i === "object");
  if (!s || typeof s !== "object" || !list2(s.jobs) || !list2(s.changeOrders) || !list2(s.runs) || s.configMaps !== void 0 && !list2(s.configMaps) || !s.jobs.every((j) => typeof j.AppId === "string" && j.params && typeof j.params === "object"))
    throw new Error(
      `--state ${path}: not an emulator state file (it needs jobs, changeOrders and runs lists): move it away, or give another file`
    );
  return s;
}

// src/emulator/faults.ts
var NO_FAULTS = {
  throttleRate: 0,
  callsPerMinute: 0,
  rateWindowMs: 6e4,
  serverErrorRate: 0,
  serverErrorCount: 0,
  resetRate: 0,
  lostResponseRate: 0,
  latencyMs: 0,
  unavailable: [],
  replies: {},
  operations: [],
  seed: 1
};
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
var RateLimiter = class {
  calls = [];
  allow(limit, now, windowMs = 6e4) {
    if (limit <= 0) return true;
    while (this.calls.length && now - this.calls[0] >= windowMs) this.calls.shift();
    if (this.calls.length >= limit) return false;
    this.calls.push(now);
    return true;
  }
};
var throttled = () => new ApiError(400, "Throttling.User", "Request was denied due to user flow control.");
var unavailable = () => new ApiError(503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.");
async function injectedFault(faults, o, op) {
  const targeted = faults.operations.length === 0 || faults.operations.includes(op);
  if (faults.callsPerMinute > 0 && !o.limiter.allow(faults.callsPerMinute, o.now, faults.rateWindowMs))
    return { kind: "rateLimit", error: throttled() };
  if (targeted && faults.latencyMs > 0) await new Promise((ok) => setTimeout(ok, faults.latencyMs).unref());
  const reply = faults.replies[op];
  if (reply === "html" || reply === "unsuccessful") return { kind: reply };
  if (targeted && o.random() < faults.throttleRate) return { kind: "throttle", error: throttled() };
  if (faults.unavailable.includes(op)) return { kind: "unavailable", error: unavailable() };
  const countedError = targeted && faults.serverErrorCount > 0;
  if (countedError) faults.serverErrorCount--;
  if (countedError || targeted && o.random() < faults.serverErrorRate)
    return {
      kind: "serverError",
      error: o.random() < 0.5 ? unavailable() : new ApiError(500, "InternalError", "The request processing has failed due to some unknown error.")
    };
  if (targeted && o.random() < faults.resetRate) return { kind: "reset" };
  return void 0;
}

// src/emulator/admin.ts
function adminAllowed(ctx, req) {
  const m = /^Basic (.+)$/.exec(req.headers.authorization ?? "");
  if (!m) return false;
  const [id, ...rest] = Buffer.from(m[1], "base64").toString("utf8").split(":");
  return ctx.credentials.some((c) => c.accessKeyId === id && c.accessKeySecret === rest.join(":"));
}
async function adminEndpoint(ctx, req, res, path) {
  if (!adminAllowed(ctx, req)) {
    res.setHeader("www-authenticate", 'Basic realm="saejob emulator"');
    return send(res, 401, {
      Code: "Unauthorized",
      Message: "the admin endpoint takes the emulator's access key as HTTP Basic authentication (curl -u ID:SECRET)"
    });
  }
  const body = req.method === "POST" ? await readBody(req) : Buffer.alloc(0);
  let input = {};
  try {
    if (body.length) input = JSON.parse(body.toString("utf8"));
  } catch {
    return send(res, 400, { Code: "InvalidJson", Message: "the body must be a JSON object" });
  }
  switch (`${req.method} ${path}`) {
    case "GET /__emulator/counters":
      return send(res, 200, ctx.counters());
    case "POST /__emulator/counters/reset":
      return send(res, 200, ctx.resetCounters());
    case "GET /__emulator/faults":
      return send(res, 200, ctx.faults());
    case "POST /__emulator/faults": {
      const bad = settingProblems(input, NO_FAULTS);
      if (bad.length) return send(res, 400, { Code: "InvalidSetting", Message: bad.join("; ") });
      return send(res, 200, ctx.setFaults(input));
    }
    case "POST /__emulator/behaviour": {
      const bad = settingProblems(input, DEFAULT_BEHAVIOUR);
      if (bad.length) return send(res, 400, { Code: "InvalidSetting", Message: bad.join("; ") });
      return send(res, 200, ctx.setBehaviour(input));
    }
    case "GET /__emulator/state":
      return send(res, 200, ctx.state());
    default:
      return send(res, 404, { Code: "NotFound", Message: `no admin endpoint ${req.method} ${path}` });
  }
}

// src/emulator/server.ts
var DEFAULT_CREDENTIAL = { accessKeyId: "emulator-key", accessKeySecret: "emulator-secret" };
function emptyCounters() {
  return { requests: {}, writes: {}, faults: {}, errors: {} };
}
var bump = (m, k) => m[k] = (m[k] ?? 0) + 1;
async function startEmulator(options = {}) {
  const emulation = new Emulation(options);
  const server = createServer((req, res) => {
    emulation.handle(req, res).catch((err) => {
      if (res.headersSent) return;
      if (err instanceof BodyTooLarge) {
        res.setHeader("connection", "close");
        return emulation.sendError(
          res,
          new ApiError(413, "RequestEntityTooLarge", `The request body is larger than ${MAX_BODY_BYTES} bytes.`),
          "too-large"
        );
      }
      emulation.sendError(res, new ApiError(500, "InternalError", `emulator fault: ${err.message}`), "internal");
    });
  });
  server.keepAliveTimeout = 5e3;
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => ok());
  });
  const port = server.address().port;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    port,
    store: emulation.store,
    counters: () => structuredClone(emulation.counters),
    resetCounters: () => void (emulation.counters = emptyCounters()),
    setFaults: (f) => emulation.setFaults(f),
    setBehaviour: (b) => emulation.setBehaviour(b),
    close: () => new Promise((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    })
  };
}
var Emulation = class {
  constructor(options) {
    this.options = options;
    this.behaviour = { ...DEFAULT_BEHAVIOUR, ...options.behaviour };
    this.store = new Store({
      regionId: options.regionId ?? "cn-hangzhou",
      namespaces: options.namespaces,
      configMaps: options.configMaps,
      secrets: options.secrets,
      now: options.now,
      behaviour: this.behaviour
    });
    this.credentials = options.credentials ?? [DEFAULT_CREDENTIAL];
    this.faults = { ...NO_FAULTS, ...options.faults };
    this.random = seededRandom(this.faults.seed);
    this.nonces = new NonceCache(options.statePath ? Math.floor(Date.now() / 1e3) * 1e3 : 0);
    if (options.statePath && existsSync(options.statePath)) this.store.restore(readState(options.statePath));
    this.admin = {
      credentials: this.credentials,
      counters: () => this.counters,
      resetCounters: () => this.counters = emptyCounters(),
      faults: () => this.faults,
      setFaults: (f) => this.setFaults(f),
      setBehaviour: (b) => this.setBehaviour(b),
      state: () => this.store.snapshot()
    };
  }
  options;
  store;
  behaviour;
  counters = emptyCounters();
  faults;
  random;
  credentials;
  nonces;
  limiter = new RateLimiter();
  admin;
  setFaults(f) {
    this.faults = { ...this.faults, ...f };
    if (f.seed !== void 0) this.random = seededRandom(f.seed);
    return this.faults;
  }
  setBehaviour(b) {
    Object.assign(this.behaviour, b);
    return this.behaviour;
  }
  /** The route and the size are checked before the body is read: nobody can make the emulator buffer what it will refuse. */
  async handle(req, res) {
    const { behaviour } = this;
    const requestId = randomUUID5().toUpperCase();
    const [path = "/", rawQuery = ""] = (req.url ?? "/").split("?", 2);
    if (path.startsWith("/__emulator/")) return adminEndpoint(this.admin, req, res, path);
    const r = ROUTES.get(`${req.method} ${path}`);
    if (!r) {
      const other = PATHS.get(path);
      if (other) bump(this.counters.requests, other.operation);
      const message = other ? `${other.operation} is ${other.method} ${path}, not ${req.method}.` : `Specified api is not found, please check your url and method: ${req.method} ${path}`;
      res.setHeader("connection", "close");
      return this.sendError(res, new ApiError(404, "InvalidAction.NotFound", message), requestId);
    }
    if (behaviour.maxQueryBytes > 0 && rawQuery.length > behaviour.maxQueryBytes) {
      bump(this.counters.requests, r.operation);
      res.writeHead(414, { "content-type": "text/html", connection: "close" });
      return void res.end("<html><body><h1>414 Request-URI Too Large</h1></body></html>");
    }
    const body = await readBody(req);
    bump(this.counters.requests, r.operation);
    const query = flat(parseQuery2(rawQuery));
    const headers = flat(req.headers);
    const bad = verifySignature(
      { method: r.method, path, query, headers, body },
      this.credentials,
      this.nonces,
      Date.now()
    );
    if (bad) return this.sendError(res, new ApiError(bad.status, bad.code, bad.message), requestId);
    if (await this.faulted(r, req, res, requestId)) return;
    const form = bodyParams(headers["content-type"] ?? "", body);
    if (form === void 0)
      return this.sendError(
        res,
        new ApiError(400, "InvalidParameter", "The request body is not valid for its content-type."),
        requestId
      );
    const violation = contractViolation(r.operation, query, form);
    if (violation)
      return this.sendError(
        res,
        new ApiError(400, "InvalidParameter", `${violation} (the official SDK's contract)`),
        requestId
      );
    return this.answer(r, req, res, requestId, query, form);
  }
  /** An injected fault answered, or false: faults in the order they happen on the way in. */
  async faulted(r, req, res, requestId) {
    const fault = await injectedFault(
      this.faults,
      { random: this.random, limiter: this.limiter, now: Date.now() },
      r.operation
    );
    if (!fault) return false;
    bump(this.counters.faults, fault.kind);
    if (fault.kind === "html") {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html><body><h1>502 Bad Gateway</h1></body></html>");
    } else if (fault.kind === "unsuccessful")
      send(res, 200, {
        RequestId: requestId,
        Code: "Unsuccessful",
        Message: "the operation did not succeed (emulated)",
        Success: false
      });
    else if ("error" in fault) this.sendError(res, fault.error, requestId);
    else {
      this.options.log?.(`${(/* @__PURE__ */ new Date()).toISOString()} ${r.operation} \u2192 connection reset (injected)`);
      reset(req);
    }
    return true;
  }
  /** The operation run on the account, and its answer in the contract's envelope (or, a fault, lost after the write). */
  answer(r, req, res, requestId, query, form) {
    const { faults, options } = this;
    let data;
    try {
      options.onRequest?.(r.operation, query, form);
      data = r.handle(this.store, { ...query, ...form });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.sendError(res, e, requestId);
      return;
    }
    if (faults.replies[r.operation] === "no-change-order" && data && typeof data === "object")
      delete data.ChangeOrderId;
    if (r.write) {
      bump(this.counters.writes, r.operation);
      this.persist();
      const targeted = faults.operations.length === 0 || faults.operations.includes(r.operation);
      if (targeted && this.random() < faults.lostResponseRate) {
        bump(this.counters.faults, "lostResponse");
        options.log?.(`${(/* @__PURE__ */ new Date()).toISOString()} ${r.operation} \u2192 committed, response dropped (injected)`);
        reset(req);
        return;
      }
    }
    options.log?.(`${(/* @__PURE__ */ new Date()).toISOString()} ${r.operation} \u2192 200`);
    send(res, 200, envelopeOf(r.operation, requestId, data));
  }
  /** The state file, never half-written (a temporary file renamed), for its owner's eyes only (OSS secrets). */
  persist() {
    const statePath = this.options.statePath;
    if (!statePath) return;
    const tmp = `${statePath}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.store.snapshot()), { mode: 384 });
    renameSync(tmp, statePath);
  }
  sendError(res, e, requestId) {
    bump(this.counters.errors, e.code);
    this.options.log?.(
      `${(/* @__PURE__ */ new Date()).toISOString()} ${res.req.method} ${(res.req.url ?? "").split("?")[0]} \u2192 ${e.status} ${e.code}`
    );
    const code = this.behaviour.errorCodeField === "ErrorCode" ? { Code: String(e.status), ErrorCode: e.code } : { Code: e.code };
    send(res, e.status, {
      RequestId: requestId,
      HostId: "sae.emulator.local",
      ...code,
      Message: e.message,
      Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(e.code)}`
    });
  }
};
var reset = (req) => req.socket.destroy();
export {
  DEFAULT_CREDENTIAL,
  OPERATIONS,
  startEmulator
};
