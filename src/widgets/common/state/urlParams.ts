/**
 * The URL codec for widget parameters: one table of parameter specs per widget, read back by one function.
 * Every value that comes from a URL is untrusted: it is parsed, validated and clamped, and every change
 * made to it is reported as a notice so the widget can tell the reader ("the link asked for 10⁹ walkers…").
 */

export interface NumberParam {
  kind: 'number';
  min: number;
  max: number;
  default: number;
  integer?: boolean;
  /** The slider's step (in the value's own units; for `scale: 'log'`, the step of log10 of the value). */
  step?: number;
  /** Shown after the value, e.g. "K", "nm", "s". */
  unit?: string;
  /** 'log': the slider moves in equal ratios (sample sizes 10 … 100 000, step sizes 0.02 … 20); min must be > 0. */
  scale?: 'linear' | 'log';
}

export interface EnumParam<V extends string = string> {
  kind: 'enum';
  values: readonly V[];
  default: NoInfer<V>;
}

export type ParamSpec =
  | NumberParam
  | EnumParam
  | { kind: 'boolean'; default: boolean }
  | { kind: 'string'; maxLength: number; default: string };

export type ParamSpecs = Record<string, ParamSpec>;

/** A parameter's value type; enums give the union of their literal values (declare tables `as const`). */
export type ParamValue<S extends ParamSpec> = S extends { kind: 'number' }
  ? number
  : S extends { kind: 'boolean' }
    ? boolean
    : S extends { kind: 'enum'; values: readonly (infer V)[] }
      ? V
      : string;

export type ParamValues<S extends ParamSpecs> = { [K in keyof S]: ParamValue<S[K]> };

export interface ParamNotice {
  param: string;
  /** The raw text found in the URL (shortened for display). */
  raw: string;
  /** What is used instead. */
  used: string;
  /** 'unknown-control': a locked link (controlLocks.ts) names controls the widget does not have; they are ignored.
   * 'bad-entries': items of a list (e.g. graph edges) that could not be used (`raw` lists them) were dropped. */
  reason:
    | 'not-a-number'
    | 'below-minimum'
    | 'above-maximum'
    | 'not-an-option'
    | 'too-long'
    | 'not-boolean'
    | 'bad-entries'
    | 'unknown-control';
}

/** Largest raw URL value we even look at; longer text is rejected before parsing. */
const MAX_RAW_LENGTH = 2000;

function shorten(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 37)}…` : raw;
}

export function defaults<S extends ParamSpecs>(specs: S): ParamValues<S> {
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) values[name] = spec.default;
  return values as ParamValues<S>;
}

/** Clamp a number to a spec (used by sliders and by the URL decoder alike). Non-finite input gives the default. */
export function clampNumber(spec: NumberParam, value: number): number {
  if (!Number.isFinite(value)) return spec.default;
  const rounded = spec.integer ? Math.round(value) : value;
  return Math.min(spec.max, Math.max(spec.min, rounded));
}

function decodeOne(name: string, spec: ParamSpec, raw: string): { value: unknown; notice?: ParamNotice } {
  const notice = (used: unknown, reason: ParamNotice['reason']): ParamNotice => ({
    param: name,
    raw: shorten(raw),
    used: String(used),
    reason,
  });
  if (raw.length > MAX_RAW_LENGTH) return { value: spec.default, notice: notice(spec.default, 'too-long') };
  switch (spec.kind) {
    case 'number': {
      // Number('') is 0 and Number('0x10') is 16: accept only plain decimal notation.
      const parsed = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(raw) ? Number(raw) : Number.NaN;
      if (!Number.isFinite(parsed))
        return { value: spec.default, notice: notice(spec.default, 'not-a-number') };
      const value = clampNumber(spec, parsed);
      if (parsed < spec.min) return { value, notice: notice(value, 'below-minimum') };
      if (parsed > spec.max) return { value, notice: notice(value, 'above-maximum') };
      return { value };
    }
    case 'enum':
      return (spec.values as readonly string[]).includes(raw)
        ? { value: raw }
        : { value: spec.default, notice: notice(spec.default, 'not-an-option') };
    case 'boolean':
      if (raw === '1' || raw === 'true') return { value: true };
      if (raw === '0' || raw === 'false') return { value: false };
      return { value: spec.default, notice: notice(spec.default, 'not-boolean') };
    case 'string':
      return raw.length <= spec.maxLength
        ? { value: raw }
        : { value: spec.default, notice: notice(spec.default, 'too-long') };
  }
}

/**
 * Read a widget's parameters from URL search params. Keys are `<widgetId>.<param>`; missing keys take defaults.
 */
export function decodeParams<S extends ParamSpecs>(
  widgetId: string,
  specs: S,
  search: URLSearchParams,
): { values: ParamValues<S>; notices: ParamNotice[] } {
  const values: Record<string, unknown> = {};
  const notices: ParamNotice[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const raw = search.get(`${widgetId}.${name}`);
    if (raw === null) {
      values[name] = spec.default;
      continue;
    }
    const decoded = decodeOne(name, spec, raw);
    values[name] = decoded.value;
    if (decoded.notice) notices.push(decoded.notice);
  }
  return { values: values as ParamValues<S>, notices };
}

/** A widget's parameters as URL text, by parameter name (booleans as 1/0). */
export function encodeValues<S extends ParamSpecs>(specs: S, values: ParamValues<S>): Map<string, string> {
  const encoded = new Map<string, string>();
  for (const name of Object.keys(specs)) {
    const value = values[name as keyof S];
    encoded.set(name, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return encoded;
}

/** Write a widget's parameters into URL search params (other widgets' keys are kept). */
export function encodeParams<S extends ParamSpecs>(
  widgetId: string,
  specs: S,
  values: ParamValues<S>,
  search: URLSearchParams,
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [name, text] of encodeValues(specs, values)) next.set(`${widgetId}.${name}`, text);
  return next;
}
