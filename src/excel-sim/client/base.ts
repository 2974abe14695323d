import type { WorkbookEngine } from '../engine';
import { notImplemented, propertyNotLoaded, simError } from '../errors';
import type { SimRequestContext } from './context';

/**
 * Proxy objects as office.js has them
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model):
 * setting a property or calling a method queues an operation; `load` queues a
 * read; nothing reaches the workbook before `context.sync()`. Reading a property
 * that was not loaded throws PropertyNotLoaded.
 */

export const PARENT_IS_NULL = Symbol('parent is a null object');

/** Finds what a proxy stands for when an operation runs; null = does not exist. */
export type Locate<T> = (exec: Exec) => T | null | typeof PARENT_IS_NULL;

export interface Op {
  location: string;
  /** Bytes of this operation in the request body (its JSON). */
  bytes: number;
  trace?: string;
  run(exec: Exec): void;
}

/** One request being executed: resolution cache key, response size and results to apply on success. */
export class Exec {
  responseBytes = 0;
  readonly afterSuccess: (() => void)[] = [];

  constructor(
    readonly engine: WorkbookEngine,
    readonly requestId: number,
  ) {}

  respond(value: unknown): void {
    this.responseBytes += jsonBytes(value) + 1;
  }
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}

export interface LoadSpec {
  all: boolean;
  scalars: Set<string>;
  nav: Map<string, LoadSpec>;
}

function emptySpec(): LoadSpec {
  return { all: false, scalars: new Set(), nav: new Map() };
}

function addPath(spec: LoadSpec, path: string): void {
  const parts = path.split('/').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return;
  let cur = spec;
  for (let i = 0; i < parts.length - 1; i += 1) {
    let next = cur.nav.get(parts[i]);
    if (!next) {
      next = emptySpec();
      cur.nav.set(parts[i], next);
    }
    cur = next;
  }
  cur.scalars.add(parts[parts.length - 1]);
}

function addObject(spec: LoadSpec, obj: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(obj)) {
    if (v === true) spec.scalars.add(k);
    else if (v && typeof v === 'object') {
      const sub = spec.nav.get(k) ?? emptySpec();
      addObject(sub, v as Record<string, unknown>);
      spec.nav.set(k, sub);
    }
  }
}

/** load(): "a, b/c", ["a", "b/c"], { select, expand } or { a: true, b: { c: true } }; nothing = all scalars. */
export function parseLoadOption(option: unknown): LoadSpec {
  const spec = emptySpec();
  if (option === undefined || option === null || option === '') {
    spec.all = true;
    return spec;
  }
  if (typeof option === 'string') {
    option.split(',').forEach((p) => addPath(spec, p));
  } else if (Array.isArray(option)) {
    option.forEach((p) => addPath(spec, String(p)));
  } else if (typeof option === 'object') {
    const o = option as Record<string, unknown>;
    if ('select' in o || 'expand' in o) {
      const sel = o.select;
      if (typeof sel === 'string') sel.split(',').forEach((p) => addPath(spec, p));
      else if (Array.isArray(sel)) sel.forEach((p) => addPath(spec, String(p)));
      const exp = o.expand;
      const expands = typeof exp === 'string' ? exp.split(',') : Array.isArray(exp) ? exp.map(String) : [];
      for (const e of expands) {
        const name = e.trim();
        if (name && !spec.nav.has(name)) spec.nav.set(name, { all: true, scalars: new Set(), nav: new Map() });
      }
      if (sel === undefined && expands.length === 0) spec.all = true;
    } else {
      addObject(spec, o);
    }
  } else {
    throw simError('InvalidArgument', 'load', 'load option');
  }
  return spec;
}

export interface PropDef<T> {
  read?: (target: T, exec: Exec) => unknown;
  write?: (target: T, value: unknown, exec: Exec) => void;
  /** Left out of a parameter-less load() (as Excel leaves out heavy properties). */
  notInDefaultLoad?: boolean;
}

type PropTable<T> = Record<string, PropDef<T>>;

interface ClassWithProps<T> {
  prototype: SimClientObject<T>;
  _props?: PropTable<T>;
}

/** Gives a proxy class its scalar properties: getters that need load+sync, setters that queue a write. */
export function defineProps<T>(cls: ClassWithProps<T>, props: PropTable<T>): void {
  cls._props = props;
  for (const name of Object.keys(props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: SimClientObject<T>) {
        return this._get(name);
      },
      set(this: SimClientObject<T>, value: unknown) {
        this._set(name, value);
      },
    });
  }
}

/** Names tools and runtimes probe on any object (awaiting, printing, matching); they must not throw. */
const PROBES = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  'nodeName',
  'constructor',
  'inspect',
  'toString',
  'valueOf',
  'toLocaleString',
  'hasOwnProperty',
  'length',
  'jasmineToString',
  'sample',
  'props',
  'render',
]);

/**
 * Makes unimplemented Excel API members fail loudly ("ExcelSim does not implement
 * Range.getSpillingToRange") instead of reading as undefined.
 */
export function strict<O extends object>(obj: O, className: string): O {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol' || prop in target || PROBES.has(prop) || prop.startsWith('_') || prop.startsWith('@@') || prop.startsWith('$$')) {
        return Reflect.get(target, prop, receiver);
      }
      throw notImplemented(`${className}.${prop}`);
    },
    set(target, prop, value, receiver) {
      if (typeof prop === 'symbol' || prop in target || prop.startsWith('_')) return Reflect.set(target, prop, value, receiver);
      throw notImplemented(`${className}.${prop} (assignment)`);
    },
  });
}

export class SimClientObject<T> {
  _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined = undefined;
  private _cache: { requestId: number; value: T | null } | undefined = undefined;

  constructor(
    readonly context: SimRequestContext,
    readonly _locate: Locate<T>,
    readonly _path: string,
    readonly _nullable = false,
  ) {
    // "Office automatically loads [isNullObject] when context.sync is called."
    if (_nullable) {
      this.context._queue({
        location: `${this._className}.isNullObject`,
        bytes: jsonBytes({ instantiate: _path }),
        run: (exec) => {
          const t = this._resolve(exec);
          exec.respond({ isNull: t === null });
          exec.afterSuccess.push(() => {
            this._isNull = t === null;
          });
        },
      });
    }
    return strict(this, this._className);
  }

  get _className(): string {
    return 'ClientObject';
  }

  get _props(): PropTable<T> {
    return (this.constructor as ClassWithProps<T>)._props ?? {};
  }

  /** Navigation properties usable in load paths ("format/font/bold"). */
  _navigation(_name: string): SimClientObject<unknown> | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._className, 'isNullObject');
    return this._isNull;
  }

  _resolve(exec: Exec): T | null {
    if (this._cache && this._cache.requestId === exec.requestId) return this._cache.value;
    const found = this._locate(exec);
    let value: T | null;
    if (found === PARENT_IS_NULL) value = null;
    else if (found === null) {
      if (!this._nullable) throw simError('ItemNotFound');
      value = null;
    } else value = found;
    this._cache = { requestId: exec.requestId, value };
    return value;
  }

  _get(name: string): unknown {
    if (this._isNull === true) return undefined;
    if (!this._loaded.has(name)) throw propertyNotLoaded(this._className, name);
    return this._loaded.get(name);
  }

  _set(name: string, value: unknown): void {
    const def = this._props[name];
    if (!def?.write) throw simError('CannotUpdateReadOnlyProperty', `${this._className}.${name}`, name);
    const write = def.write;
    this._queueOnTarget(`${this._className}.${name}`, { set: name, value }, (t, exec) => write(t, value, exec));
    this._loaded.set(name, value);
  }

  /** Queues an operation on what this proxy stands for; a null object ignores it. */
  _queueOnTarget(location: string, describe: Record<string, unknown>, run: (target: T, exec: Exec) => void): void {
    this.context._queue({
      location,
      bytes: jsonBytes({ path: this._path, ...describe }),
      run: (exec) => {
        const t = this._resolve(exec);
        if (t !== null) run(t, exec);
      },
    });
  }

  load(option?: unknown): this {
    const spec = parseLoadOption(option);
    this._checkSpec(spec);
    this.context._queue({
      location: `${this._className}.load`,
      bytes: jsonBytes({ path: this._path, load: option ?? null }),
      run: (exec) => this._runLoad(exec, spec),
    });
    return this;
  }

  _checkSpec(spec: LoadSpec): void {
    for (const name of spec.scalars) {
      if (!(name in this._props) && !this._navigation(name) && name !== 'isNullObject') throw notImplemented(`${this._className}.${name} (load)`);
    }
    for (const [name, sub] of spec.nav) {
      const child = this._navigation(name);
      if (!child) throw notImplemented(`${this._className}.${name} (load)`);
      child._checkSpec(sub);
    }
  }

  _runLoad(exec: Exec, spec: LoadSpec): void {
    const target = this._resolve(exec);
    if (target === null) {
      exec.respond(null);
      exec.afterSuccess.push(() => {
        this._isNull = true;
      });
      return;
    }
    const names = spec.all
      ? Object.entries(this._props).filter(([, d]) => d.read && !d.notInDefaultLoad).map(([n]) => n)
      : [...spec.scalars];
    const results: [string, unknown][] = [];
    for (const name of names) {
      const def = this._props[name];
      if (!def) {
        // "range.load('format')" loads the navigation object's scalars.
        const child = this._navigation(name);
        if (child) child._runLoad(exec, { all: true, scalars: new Set(), nav: new Map() });
        continue;
      }
      if (!def.read) throw simError('InvalidArgument', `${this._className}.${name}`, 'write-only property');
      const value = def.read(target, exec);
      exec.respond({ [name]: value });
      results.push([name, value]);
    }
    for (const [name, sub] of spec.nav) this._navigation(name)?._runLoad(exec, sub);
    exec.afterSuccess.push(() => {
      this._isNull = false;
      for (const [n, v] of results) this._loaded.set(n, v);
    });
  }

  /** set(): scalar properties in the class's order, then navigation objects. */
  set(properties: Record<string, unknown>, _options?: unknown): void {
    if (!properties || typeof properties !== 'object') throw simError('InvalidArgument', `${this._className}.set`);
    const input = properties instanceof SimClientObject ? (properties as SimClientObject<unknown>).toJSON() : properties;
    for (const key of Object.keys(input)) {
      if (!(key in this._props) && !this._navigation(key)) throw simError('InvalidArgument', `${this._className}.set`, `unknown property ${key}`);
    }
    for (const key of this._setOrder()) {
      if (key in input && input[key] !== undefined && this._props[key]?.write) this._set(key, input[key]);
    }
    for (const key of Object.keys(input)) {
      const child = this._navigation(key);
      if (child && input[key] !== undefined) child.set(input[key] as Record<string, unknown>);
    }
  }

  _setOrder(): string[] {
    return Object.keys(this._props);
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) out[k] = v;
    return out;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** OfficeExtension.ClientResult: `value` after sync. */
export class SimClientResult<V> {
  private _value: { v: V } | undefined;

  get value(): V {
    if (!this._value) throw simError('ValueNotLoaded', 'ClientResult.value');
    return this._value.v;
  }

  _resolveWith(v: V): void {
    this._value = { v };
  }
}

/** Checks that an argument proxy belongs to the same request context (office.js throws InvalidRequestContext). */
export function sameContext(owner: { context: SimRequestContext; _className: string }, arg: unknown): void {
  if (arg instanceof SimClientObject && arg.context !== owner.context) throw simError('InvalidRequestContext', `${owner._className}`);
}
