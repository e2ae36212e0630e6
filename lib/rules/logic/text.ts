/**
 * `String(value)` that cannot throw: record data can shadow `toString` (`{"toString": 1}`), which makes JavaScript's
 * conversion throw; such a value reads like any other object.
 */
export function toText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
