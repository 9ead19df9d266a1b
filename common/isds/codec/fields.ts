import { el, type XmlElement, type XmlNode } from '../../nsesss/xml';
import { Children, InvalidMessage, type Sequence } from '../../erms/codec/reader';
import { decodeBase64, encodeBase64 } from './base64';
import { ISDS_NS, XSI_NS } from './types';

/**
 * Reading and writing the simple values of ISDS elements, with the three ways the
 * schema lets a value be missing told apart:
 * - `nillable` (minOccurs 1, nillable): always written, `xsi:nil="true"` for null;
 * - `optional` (minOccurs 0): left out for null (and read as null when nil, too);
 * - `required`: must be there with a value.
 * A reader throws InvalidMessage (→ `{ kind: 'invalid' }`) on what the schema refuses.
 */

const NIL = `{${XSI_NS}}nil`;
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/;
const DATE = /^-?\d{4,}-\d{2}-\d{2}(?:Z|[+-]\d{2}:\d{2})?$/;
const INTEGER = /^[+-]?\d+$/;

export function isNil(element: XmlElement): boolean {
  const value = element.attributes[NIL]?.trim();
  return value === 'true' || value === '1';
}

/** The text of a simple element, or null when it is nil (which then must be empty). */
function simpleValue(element: XmlElement): string | null {
  if (element.children.length > 0)
    throw new InvalidMessage(`${element.path}: a simple value was expected`);
  if (isNil(element)) {
    if (element.text.trim() !== '')
      throw new InvalidMessage(`${element.path}: xsi:nil with content`);
    return null;
  }
  return element.text;
}

export function boundedString(value: string, where: string, max: number | undefined): string {
  if (max !== undefined && value.length > max && Array.from(value).length > max)
    throw new InvalidMessage(`${where}: longer than ${max} characters`);
  return value;
}

function integer(value: string, where: string): number {
  const text = value.trim();
  const number = INTEGER.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(number)) throw new InvalidMessage(`${where}: not an xs:integer`);
  return number;
}

function boolean(value: string, where: string): boolean {
  const text = value.trim();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  throw new InvalidMessage(`${where}: not an xs:boolean`);
}

function dateTime(value: string, where: string): string {
  const text = value.trim();
  if (!DATE_TIME.test(text)) throw new InvalidMessage(`${where}: not an xs:dateTime`);
  return text;
}

function date(value: string, where: string): string {
  const text = value.trim();
  if (!DATE.test(text)) throw new InvalidMessage(`${where}: not an xs:date`);
  return text;
}

type Parse<T> = (value: string, where: string) => T;

/** Typed access to the children of one element (see the module comment). */
export class Fields {
  readonly c: Children;

  constructor(element: XmlElement, sequence: Sequence) {
    this.c = new Children(element, sequence, ISDS_NS);
  }

  get element(): XmlElement {
    return this.c.element;
  }

  private nillable<T>(name: string, parse: Parse<T>): T | null {
    const element = this.c.one(name);
    const value = simpleValue(element);
    return value === null ? null : parse(value, element.path);
  }

  private optional<T>(name: string, parse: Parse<T>): T | null {
    const element = this.c.opt(name);
    const value = element ? simpleValue(element) : null;
    return value === null || !element ? null : parse(value, element.path);
  }

  private required<T>(name: string, parse: Parse<T>): T {
    const element = this.c.one(name);
    const value = simpleValue(element);
    if (value === null) throw new InvalidMessage(`${element.path}: must not be nil`);
    return parse(value, element.path);
  }

  text(name: string, max?: number): string | null {
    return this.nillable(name, (value, where) => boundedString(value, where, max));
  }
  optText(name: string, max?: number): string | null {
    return this.optional(name, (value, where) => boundedString(value, where, max));
  }
  reqText(name: string, max?: number): string {
    return this.required(name, (value, where) => boundedString(value, where, max));
  }
  /** tIdDb: exactly 7 characters. */
  boxId(name: string): string | null {
    return this.nillable(name, boxId);
  }
  reqBoxId(name: string): string {
    return this.required(name, boxId);
  }
  int(name: string): number | null {
    return this.nillable(name, integer);
  }
  optInt(name: string): number | null {
    return this.optional(name, integer);
  }
  reqInt(name: string): number {
    return this.required(name, integer);
  }
  bool(name: string): boolean | null {
    return this.nillable(name, boolean);
  }
  optBool(name: string): boolean | null {
    return this.optional(name, boolean);
  }
  reqBool(name: string): boolean {
    return this.required(name, boolean);
  }
  time(name: string): string | null {
    return this.nillable(name, dateTime);
  }
  optTime(name: string): string | null {
    return this.optional(name, dateTime);
  }
  reqTime(name: string): string {
    return this.required(name, dateTime);
  }
  date(name: string): string | null {
    return this.nillable(name, date);
  }
  /** xs:base64Binary, null when nil or (for a timestamp that cannot be nil) empty. */
  bytes(name: string): Uint8Array | null {
    const value = this.nillable(name, decodeBase64);
    return value && value.length > 0 ? value : null;
  }
  optBytes(name: string): Uint8Array | null {
    return this.optional(name, decodeBase64);
  }
  reqBytes(name: string): Uint8Array {
    return this.required(name, decodeBase64);
  }
}

function boxId(value: string, where: string): string {
  const text = value.trim();
  if (text.length !== 7) throw new InvalidMessage(`${where}: a box ID has 7 characters`);
  return text;
}

/** An attribute as given, or null when absent or empty (ISDS writes dmFileGuid="" for none). */
export function optionalAttribute(element: XmlElement, name: string): string | null {
  const value = element.attributes[name];
  return value === undefined || value === '' ? null : value;
}

export function booleanAttribute(element: XmlElement, name: string): boolean | null {
  const value = element.attributes[name];
  return value === undefined ? null : boolean(value, `${element.path}/@${name}`);
}

export function integerAttribute(element: XmlElement, name: string): number | null {
  const value = element.attributes[name];
  return value === undefined ? null : integer(value, `${element.path}/@${name}`);
}

/* ------------------------------------------------------------------------ writing */

/** Cuts free text to `max` characters (code points, as XML Schema counts them). */
export function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const chars = Array.from(value);
  return chars.length <= max ? value : chars.slice(0, max).join('');
}

function checkedTime(value: string, what: string): string {
  if (!DATE_TIME.test(value)) throw new RangeError(`${what}: not an xs:dateTime: ${value}`);
  return value;
}

function checkedInteger(value: number, what: string): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what}: not an integer: ${value}`);
  return String(value);
}

function checkedBoxId(value: string, what: string): string {
  if (value.length !== 7) throw new RangeError(`${what}: a box ID has 7 characters: ${value}`);
  return value;
}

/** Writers of elements with one prefix (bound to `ISDS_NS` by an ancestor). */
export class Writer {
  constructor(readonly prefix: string) {}

  name(local: string): string {
    return `${this.prefix}:${local}`;
  }

  el(
    local: string,
    content?: string | ReadonlyArray<XmlNode | null | false | undefined>,
    attributes?: Readonly<Record<string, string>>,
  ): XmlNode {
    return el(this.name(local), content, attributes);
  }

  nil(local: string): XmlNode {
    return el(this.name(local), '', { 'xsi:nil': 'true' });
  }

  /** Nillable: null → xsi:nil. `max` cuts free text (never an identifier). */
  text(local: string, value: string | null | undefined, max?: number): XmlNode {
    if (value === null || value === undefined) return this.nil(local);
    return this.el(local, max === undefined ? value : cut(value, max));
  }
  optText(local: string, value: string | null | undefined, max?: number): XmlNode | null {
    return value === null || value === undefined ? null : this.text(local, value, max);
  }
  boxId(local: string, value: string | null | undefined): XmlNode {
    return value === null || value === undefined
      ? this.nil(local)
      : this.el(local, checkedBoxId(value, local));
  }
  int(local: string, value: number | null | undefined): XmlNode {
    return value === null || value === undefined
      ? this.nil(local)
      : this.el(local, checkedInteger(value, local));
  }
  optInt(local: string, value: number | null | undefined): XmlNode | null {
    return value === null || value === undefined ? null : this.int(local, value);
  }
  bool(local: string, value: boolean | null | undefined): XmlNode {
    return value === null || value === undefined
      ? this.nil(local)
      : this.el(local, value ? 'true' : 'false');
  }
  optBool(local: string, value: boolean | null | undefined): XmlNode | null {
    return value === null || value === undefined ? null : this.bool(local, value);
  }
  time(local: string, value: string | null | undefined): XmlNode {
    return value === null || value === undefined
      ? this.nil(local)
      : this.el(local, checkedTime(value, local));
  }
  optTime(local: string, value: string | null | undefined): XmlNode | null {
    return value === null || value === undefined ? null : this.time(local, value);
  }
  bytes(local: string, value: Uint8Array | null | undefined): XmlNode {
    return value === null || value === undefined
      ? this.nil(local)
      : this.el(local, encodeBase64(value));
  }
  optBytes(local: string, value: Uint8Array | null | undefined): XmlNode | null {
    return value === null || value === undefined ? null : this.el(local, encodeBase64(value));
  }
}
