// The one table of SAE knowledge. Operations (method, path, how a body
// travels) and every parameter's type and placement come from
// sae-contract.json beside this file: extracted from the official
// TypeScript SDK's generated client and models for sae 2019-05-06, copied
// here unchanged. What the contract cannot say — which manifest field a job
// parameter comes from, which parameters hold JSON, how UpdateJob clears
// one, how DescribeJob spells it back — is written once, below. Every other
// list of SAE facts in saejob (the compiler's, the client's, the
// emulator's, the planner's) is derived from this module, and
// test/contract.test.ts checks this module against the contract.
export { CONTRACT, OPERATION_NAMES, operation, type Operation, type Shape } from './operations.js';
export {
  JOB_PARAM_NOTES,
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
} from './params.js';
export {
  MAX_PAGE_SIZE,
  CHANGE_ORDER_STATUS,
  CHANGE_ORDER_SUCCEEDED,
  CHANGE_ORDER_FAILED,
  CHANGE_ORDER_PAUSED,
  CHANGE_ORDER_RUNNING,
  SUB_STATUS_BATCH_FAILED,
  LAST_CHANGE_ORDER_STATE,
  RUN_STATES,
  EXEC_SUCCESS,
  TAG_RESOURCE_TYPE,
  MAX_TAGGED_RESOURCES,
  RESERVED_TAG_PREFIXES,
  isSystemTag,
  CONFIGMAP_ALL_PREFIX,
  type SuspendPolarity,
  DOCUMENTED_SUSPEND_POLARITY,
  suspendParam,
} from './states.js';
