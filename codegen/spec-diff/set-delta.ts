import { listValues } from "./format-value.js";
import { deepEqual } from "./json-pointer.js";

/** What `after` has that `before` lacks (`plus`) and the reverse (`minus`); order is ignored. */
export function setDelta<T>(before: readonly T[], after: readonly T[]): { plus: T[]; minus: T[] } {
  const has = (list: readonly T[], v: T) => list.some((w) => deepEqual(v, w));
  return { plus: after.filter((v) => !has(before, v)), minus: before.filter((v) => !has(after, v)) };
}

/** `+client_closed −superseded` */
export function describeDelta(plus: readonly unknown[], minus: readonly unknown[]): string {
  return [...plus.map((v) => `+${listValues([v])}`), ...minus.map((v) => `−${listValues([v])}`)].join(" ");
}
