// json-logic-js ships no types; this covers the part of its API the benchmark uses.
declare module 'json-logic-js' {
  interface JsonLogic {
    apply(logic: unknown, data?: unknown): unknown;
    add_operation(name: string, operation: (...args: never[]) => unknown): void;
    rm_operation(name: string): void;
    truthy(value: unknown): boolean;
  }
  const jsonLogic: JsonLogic;
  export default jsonLogic;
}
