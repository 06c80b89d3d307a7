// Change orders: DescribeChangeOrder and ListChangeOrders (the orders
// themselves are made by the job writes, in store.ts).
import { ApiError, notEmpty } from '../errors.js';
import { finished, type ChangeOrderRecord, type Params } from '../records.js';
import type { Store } from '../store.js';

/** DescribeChangeOrder's CreateTime: `2020-12-17 21:06:45`. */
const changeOrderTime = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, '');

function changeOrderSummary(s: Store, co: ChangeOrderRecord) {
  const st = s.changeOrderStatus(co);
  return {
    st,
    common: {
      AppId: co.AppId,
      BatchCount: 1,
      BatchType: 'auto',
      ChangeOrderId: co.ChangeOrderId,
      CoType: co.CoType,
      CoTypeCode: co.CoType,
      CreateTime: changeOrderTime(co.createdAt),
      Description: '',
      Status: st.Status,
    },
  };
}

export function describeChangeOrder(s: Store, p: Params): Record<string, unknown> {
  if (!p.ChangeOrderId) throw notEmpty('ChangeOrderId');
  const co = s.changeOrders.get(p.ChangeOrderId);
  if (!co)
    throw new ApiError(
      400,
      'InvalidChangeOrder.NotFound',
      `The specified change order does not exist: ${p.ChangeOrderId}.`,
    );
  const { st, common } = changeOrderSummary(s, co);
  const pipeline = `${co.ChangeOrderId}-1`;
  return {
    ...common,
    AppName: s.jobs.get(co.AppId)?.params.AppName ?? '',
    ApprovalId: '',
    Auto: true,
    BatchWaitTime: 0,
    CurrentPipelineId: pipeline,
    ErrorMessage: st.ErrorMessage,
    Pipelines: [
      {
        BatchType: 0,
        ParallelCount: 1,
        PipelineId: pipeline,
        PipelineName: 'Batch 1',
        StartTime: co.createdAt,
        Status: st.Status,
        UpdateTime: s.now(),
      },
    ],
    SubStatus: st.SubStatus,
    SupportRollback: false,
  };
}

export function listChangeOrders(s: Store, p: Params): Record<string, unknown> {
  if (!p.AppId) throw notEmpty('AppId');
  const page = Number(p.CurrentPage ?? 1);
  const size = Number(p.PageSize ?? 10);
  let orders = [...s.changeOrders.values()].filter((c) => c.AppId === p.AppId);
  if (p.CoType) orders = orders.filter((c) => c.CoType === p.CoType);
  if (p.CoStatus) orders = orders.filter((c) => String(s.changeOrderStatus(c).Status) === p.CoStatus);
  // Newest first unless asked otherwise (OrderBy createTime, Reverse false: oldest first); or, played
  // the other way, oldest first whatever was asked (no default order is documented).
  const oldestFirst = s.options.behaviour.changeOrdersOldestFirst || p.Reverse === 'false';
  if (!oldestFirst) orders.reverse();
  return {
    ChangeOrderList: orders.slice((page - 1) * size, page * size).map((co) => {
      const { st, common } = changeOrderSummary(s, co);
      return {
        ...common,
        CreateUserId: 'emulator',
        FinishTime: finished(st.Status) ? changeOrderTime(co.createdAt + co.durationMs) : '',
        GroupId: '',
        Source: 'pop',
        UserId: 'emulator',
      };
    }),
    CurrentPage: page,
    PageSize: size,
    TotalSize: orders.length,
  };
}
