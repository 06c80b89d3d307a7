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

// src/contract/sae-contract.json
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

// src/contract/operations.ts
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

// src/contract/params.ts
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
  VpcId: {
    field: "spec.network.vpcId",
    removal: { server: "CreateJob API page: the default is the VPC bound to the namespace" }
  },
  VSwitchId: {
    field: "spec.network.vSwitchId",
    removal: { server: "CreateJob API page: the default is the vSwitch bound to the namespace" }
  },
  SecurityGroupId: {
    field: "spec.network.securityGroupId",
    removal: { server: "SAE picks one with the namespace (SDK text: ignored with AutoConfig)" }
  },
  PackageType: { field: "spec.template.image / spec.template.package.type", label: "spec.template.package.type" },
  ImageUrl: { field: "spec.template.image.url (or package.url for IMAGE_PHP_*)", label: "spec.template.image.url" },
  PackageUrl: { field: "spec.template.package.url" },
  PackageVersion: { field: "spec.template.package.version" },
  AcrInstanceId: { field: "spec.template.image.acrInstanceId" },
  AcrAssumeRoleArn: { field: "spec.template.image.acrAssumeRoleArn" },
  ImagePullSecrets: { field: "spec.template.image.pullSecretId" },
  EnableImageAccl: { field: "spec.template.image.acceleration" },
  ProgrammingLanguage: {
    field: "spec.template.runtime.language",
    removal: { server: "DescribeJob documents java, php, python or other for every job" },
    readsBackAs: {
      sent: "shell",
      read: "other",
      source: "SDK text: CreateJob accepts shell, DescribeJob documents other"
    }
  },
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
    serverDefaults: {
      values: { port: 8080, contextPath: "/", maxThreads: 400, uriEncoding: "ISO-8859-1", useBodyEncodingForUri: true },
      source: "SDK text and CreateJob API page: the default of each TomcatConfig key"
    }
  },
  PhpConfig: { field: "spec.template.php.config" },
  PhpConfigLocation: { field: "spec.template.php.configLocation" },
  Php: {
    unsupported: "UpdateJob only (CreateJob has no such parameter) and undocumented: a job created by saejob could not carry it"
  },
  Cpu: { field: "spec.template.resources.cpu" },
  Memory: { field: "spec.template.resources.memory" },
  BestEffortType: { field: "spec.template.resources.bestEffortType" },
  Command: { field: "spec.template.command" },
  CommandArgs: {
    field: "spec.template.command + args",
    json: "list",
    clear: "[]",
    label: "spec.template.command[1:] + args"
  },
  Envs: { field: "spec.template.env, envFrom", json: "list", clear: "[]", key: ["name"] },
  CustomHostAlias: { field: "spec.template.hostAliases", json: "list", clear: "[]", key: ["hostName"] },
  PostStart: { field: "spec.template.lifecycle.postStart", json: "object", clear: "" },
  PreStop: { field: "spec.template.lifecycle.preStop", json: "object", clear: "" },
  TerminationGracePeriodSeconds: {
    field: "spec.template.terminationGracePeriodSeconds",
    removal: { reset: 30, source: "CreateJob API page: Default value: 30" }
  },
  Timezone: {
    field: "spec.template.timezone",
    removal: { reset: "Asia/Shanghai", source: "CreateJob API page: Default value: Asia/Shanghai" }
  },
  ConfigMapMountDesc: {
    field: "spec.template.volumes.configMaps",
    json: "list",
    clear: "[]",
    described: { configMapId: "ConfigMapId", key: "Key", mountPath: "MountPath" },
    key: ["mountPath"]
  },
  NasId: { field: "spec.template.volumes.nas.id", clear: "" },
  MountHost: { field: "spec.template.volumes.nas.mountHost", clear: "" },
  MountDesc: {
    field: "spec.template.volumes.nas.mounts",
    json: "list",
    clear: "",
    described: { mountPath: "MountPath", nasPath: "NasPath" },
    key: ["mountPath"]
  },
  NasConfigs: { field: "spec.template.volumes.nasMounts", json: "list", clear: "[]", key: ["mountPath"] },
  OssAkId: { field: "spec.template.volumes.oss.accessKeyId" },
  OssAkSecret: { field: "spec.template.volumes.oss.accessKeySecret", secret: true },
  OssMountDescs: {
    field: "spec.template.volumes.oss.mounts",
    json: "list",
    clear: "[]",
    described: { bucketName: "bucketName", bucketPath: "bucketPath", mountPath: "mountPath", readOnly: "readOnly" },
    key: ["mountPath"]
  },
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
    const p = {
      name,
      in: (c ?? u).in,
      type: (c ?? u).type,
      createOnly: !!c && !u,
      requestOnly: !!c && !(name in described.Data),
      ...JOB_PARAM_NOTES[name]
    };
    if (u) p.updateType = u.type;
    out.set(name, p);
  }
  return out;
}
var JOB_PARAMS = jobParams();
var select = (f) => new Set([...JOB_PARAMS.values()].filter(f).map((p) => p.name));
var CREATE_ONLY_PARAMS = select((p) => p.createOnly);
var JSON_PARAMS = select((p) => p.json !== void 0);
var NUMBER_PARAMS = select((p) => p.type === "number");
var BOOLEAN_PARAMS = select((p) => p.type === "boolean");
var REQUEST_ONLY_PARAMS = select((p) => p.requestOnly);
var SECRET_PARAMS = select((p) => p.secret === true);
var CLEARING_VALUES = Object.fromEntries(
  [...JOB_PARAMS.values()].filter((p) => p.clear !== void 0).map((p) => [p.name, p.clear])
);
function removalOf(param) {
  const p = JOB_PARAMS.get(param);
  if (!p || p.requestOnly || param === "AppName" || param === "NamespaceId" || param === "AppId" || !p.field)
    return { kind: "none" };
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
var NAS_FORMS = [["NasConfigs"], ["NasId", "MountHost", "MountDesc"]];

// src/contract/states.ts
var MAX_PAGE_SIZE = 200;
var CHANGE_ORDER_STATUS = {
  0: "preparing",
  1: "in progress",
  2: "succeeded",
  3: "failed",
  6: "terminated",
  8: "waiting for manual batch confirmation",
  9: "waiting for automatic batch confirmation",
  10: "system failure",
  11: "pending approval",
  12: "approved, pending execution"
};
var CHANGE_ORDER_SUCCEEDED = 2;
var CHANGE_ORDER_FAILED = {
  3: "failed",
  6: "was terminated",
  10: "failed (system failure)"
};
var CHANGE_ORDER_PAUSED = {
  8: "waits for a person to confirm the next batch in the SAE console",
  11: "waits for approval in SAE"
};
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
  cpuMillicores,
  memoryMegabytes,
  INSTANCE_SPECS,
  isSupportedSpec,
  memoriesForCpu,
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
  NAS_FORMS,
  MAX_PAGE_SIZE,
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
