/** The part of js-yaml 4 (which ships no types) that src/lib/content-source.ts uses. */
declare module 'js-yaml' {
  export interface Schema { readonly __schema: unique symbol }
  export const CORE_SCHEMA: Schema;
  export function load(text: string, options?: { schema?: Schema; filename?: string; json?: boolean }): unknown;
}
