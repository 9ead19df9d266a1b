import type { XmlElement } from '../../nsesss/xml';

/**
 * Strict reading of the ermsAPI elements. A decoder walks the tree with `children()`,
 * naming the schema's xs:sequence of the element; what the schema does not allow there
 * (a foreign element, a wrong order, a missing or repeated element, a bad value) throws
 * `InvalidMessage`, which the public functions turn into `{ kind: 'invalid' }`.
 * Elements the schema allows but the model does not carry are skipped.
 */

export class InvalidMessage extends Error {}

export const ERMS_NS = 'http://www.mvcr.cz/nsesss/2023/api';

/**
 * One xs:sequence: each entry is an element name, or a list of names of the same rank
 * (an xs:choice, possibly repeated, whose members may interleave).
 */
export type Sequence = ReadonlyArray<string | ReadonlyArray<string>>;

export class Children {
  private readonly byName = new Map<string, XmlElement[]>();

  constructor(
    readonly element: XmlElement,
    sequence: Sequence,
    namespace: string = ERMS_NS,
  ) {
    const rank = new Map<string, number>();
    sequence.forEach((entry, index) => {
      for (const name of typeof entry === 'string' ? [entry] : entry) rank.set(name, index);
    });
    let last = -1;
    for (const child of element.children) {
      const at = rank.get(child.name);
      if (child.namespace !== namespace || at === undefined)
        throw new InvalidMessage(`${child.path}: element not allowed here`);
      if (at < last) throw new InvalidMessage(`${child.path}: element out of the schema's order`);
      last = at;
      const list = this.byName.get(child.name) ?? [];
      list.push(child);
      this.byName.set(child.name, list);
    }
  }

  /** Exactly one. */
  one(name: string): XmlElement {
    const found = this.byName.get(name) ?? [];
    if (found.length === 0) throw new InvalidMessage(`${this.element.path}: ${name} is missing`);
    if (found.length > 1) throw new InvalidMessage(`${found[1]?.path ?? name}: repeated`);
    return found[0] as XmlElement;
  }

  /** Zero or one. */
  opt(name: string): XmlElement | null {
    const found = this.byName.get(name) ?? [];
    if (found.length > 1) throw new InvalidMessage(`${found[1]?.path ?? name}: repeated`);
    return found[0] ?? null;
  }

  /** Any number, at least `min`. */
  many(name: string, min = 0): XmlElement[] {
    const found = this.byName.get(name) ?? [];
    if (found.length < min)
      throw new InvalidMessage(`${this.element.path}: at least ${min} × ${name} required`);
    return found;
  }

  has(name: string): boolean {
    return (this.byName.get(name)?.length ?? 0) > 0;
  }

  /** Text of exactly one simple element. */
  text(name: string): string {
    return textOf(this.one(name));
  }

  /** Text of an optional simple element, or null. */
  optText(name: string): string | null {
    const found = this.opt(name);
    return found ? textOf(found) : null;
  }
}

/** Character content of a simple-typed element (one with element children is refused). */
export function textOf(element: XmlElement): string {
  if (element.children.length > 0)
    throw new InvalidMessage(`${element.path}: a simple value was expected`);
  return element.text;
}

/** Text bounded by maxLength (and minLength), as the schema's string types are. */
export function boundedText(element: XmlElement, max: number, min = 0): string {
  const value = textOf(element);
  const length = Array.from(value).length;
  if (length > max || length < min)
    throw new InvalidMessage(`${element.path}: ${length} characters, allowed ${min}–${max}`);
  return value;
}

export function requiredAttribute(element: XmlElement, name: string): string {
  const value = element.attributes[name];
  if (value === undefined)
    throw new InvalidMessage(`${element.path}: attribute ${name} is missing`);
  return value;
}
