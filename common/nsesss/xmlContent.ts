import { isCalendarDate } from '../domain/time';
import type { ValidationIssue } from '../domain/validation';
import { XSI_NAMESPACE } from './namespaces';
import type { XmlElement, XmlError } from './xml';

/**
 * Checks an `XmlElement` tree against the parts of an XML schema a reader relies on —
 * element order and counts of an `xs:sequence`, required attributes, simple values
 * (dates, integers, enumerations, lengths) — because at run time there is no xmllint,
 * and a reader must refuse what the schema refuses before it interprets anything.
 *
 * Issues are i18n keys under the reader's prefix (e.g. `filePlan.import.missingElement`),
 * so every import (plan, archive decision, …) words them in its own catalog.
 */

/** One particle of an `xs:sequence`: an element, or a choice between single elements. */
export interface ChildRule {
  name: string | ReadonlyArray<string>;
  /** Default 1. */
  min?: number;
  /** Default 1; `Infinity` for `maxOccurs="unbounded"`. */
  max?: number;
}

export interface ElementModel {
  children: ReadonlyArray<ChildRule>;
  /** Attributes the element may carry (`xsi:*` are always allowed). */
  attributes?: ReadonlyArray<{ name: string; required?: boolean }>;
}

/** Children of a checked element by name, in document order. */
export type ElementContent = ReadonlyMap<string, ReadonlyArray<XmlElement>>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const INTEGER = /^[+-]?\d+$/;
// xs:NCName per XML 1.0 (5th edition) NameStartChar / NameChar, without the colon.
const NAME_START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NCNAME = new RegExp(
  // The combining marks U+0300–U+036F are NameChars in their own right, not modifiers.
  // eslint-disable-next-line no-misleading-character-class
  `^[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$`,
  'u',
);

export function isNcName(value: string): boolean {
  return NCNAME.test(value);
}

export class XmlContentReader {
  readonly issues: ValidationIssue[] = [];

  constructor(
    /** i18n key prefix, e.g. `filePlan.import`. */
    readonly prefix: string,
    /** The namespace every checked element must be in. */
    readonly namespace: string,
  ) {}

  /** Records an issue about `element` (its path and line go along). */
  issue(key: string, element: XmlElement | null, params: Record<string, string | number> = {}) {
    this.issues.push({
      path: element?.path ?? '',
      message: `${this.prefix}.${key}`,
      params: element ? { line: element.line, ...params } : params,
    });
  }

  /** A failure of `parseXml`, as an issue under the same prefix. */
  syntaxIssue(error: XmlError): void {
    this.issues.push({
      path: '',
      message: `${this.prefix}.${error.code}`,
      params: { line: error.line, column: error.column },
    });
  }

  /**
   * Checks `element`'s attributes and children against `model`; null when they do not
   * fit (the issues say why), so the caller does not read a half-valid element.
   */
  content(element: XmlElement, model: ElementModel): ElementContent | null {
    const before = this.issues.length;
    this.checkAttributes(element, model.attributes ?? []);
    if (element.text.trim() !== '')
      this.issue('unexpectedText', element, { element: element.name });

    const found = new Map<string, XmlElement[]>();
    const rules = model.children;
    let ruleIndex = 0;
    let count = 0;
    const names = (rule: ChildRule) => (typeof rule.name === 'string' ? [rule.name] : rule.name);
    const missing = (rule: ChildRule, at: XmlElement) =>
      this.issue('missingElement', at, { element: names(rule).join(' | '), parent: element.name });

    for (const child of element.children) {
      if (child.namespace !== this.namespace) {
        this.issue('unexpectedElement', child, { element: child.name, parent: element.name });
        continue;
      }
      // The first particle from here on that can take this child; the ones skipped on
      // the way must have been satisfied. A child nothing takes is out of place and
      // leaves the position where it was, so one stray element is one issue.
      let target = ruleIndex;
      while (target < rules.length) {
        const rule = rules[target] as ChildRule;
        const used = target === ruleIndex ? count : 0;
        if (names(rule).includes(child.name) && used < (rule.max ?? 1)) break;
        target += 1;
      }
      if (target >= rules.length) {
        this.issue('unexpectedElement', child, { element: child.name, parent: element.name });
        continue;
      }
      for (let skipped = ruleIndex; skipped < target; skipped++) {
        const rule = rules[skipped] as ChildRule;
        if ((skipped === ruleIndex ? count : 0) < (rule.min ?? 1)) missing(rule, child);
      }
      if (target !== ruleIndex) count = 0;
      ruleIndex = target;
      count += 1;
      const list = found.get(child.name) ?? [];
      list.push(child);
      found.set(child.name, list);
    }
    for (; ruleIndex < rules.length; ruleIndex++, count = 0) {
      const rule = rules[ruleIndex] as ChildRule;
      if (count < (rule.min ?? 1)) missing(rule, element);
    }
    return this.issues.length === before ? found : null;
  }

  /**
   * The text of a simple-typed element (no child elements); null when it breaks the
   * rules. `nonEmpty` trims and refuses blank text — stricter than `xs:string`, for
   * values the application cannot do without (names, marks).
   */
  text(
    element: XmlElement,
    options: {
      maxLength?: number;
      nonEmpty?: boolean;
      attributes?: ElementModel['attributes'];
    } = {},
  ): string | null {
    const before = this.issues.length;
    this.checkAttributes(element, options.attributes ?? []);
    for (const child of element.children)
      this.issue('unexpectedElement', child, { element: child.name, parent: element.name });
    const value = options.nonEmpty ? element.text.trim() : element.text;
    if (options.nonEmpty && value === '')
      this.issue('emptyText', element, { element: element.name });
    if (options.maxLength !== undefined && [...element.text].length > options.maxLength)
      this.issue('tooLong', element, { element: element.name, max: options.maxLength });
    return this.issues.length === before ? value : null;
  }

  /** `tIdentifikator`: a value of at most 50 characters and its required `zdroj`. */
  identifier(element: XmlElement, nonEmpty = false): { value: string; source: string } | null {
    const value = this.text(element, {
      maxLength: 50,
      nonEmpty,
      attributes: [{ name: 'zdroj', required: true }],
    });
    const source = element.attributes.zdroj;
    return value === null || source === undefined ? null : { value, source };
  }

  /** `tDatum` (xs:date with an optional `datum` date-time): the day as YYYY-MM-DD. */
  date(element: XmlElement): string | null {
    const text = this.text(element, { attributes: [{ name: 'datum' }] });
    if (text === null) return null;
    const value = text.trim();
    const match = DATE.exec(value);
    const day = match ? value.slice(0, 10) : '';
    if (!match || !isCalendarDate(day)) {
      this.issue('invalidDate', element, { element: element.name, value });
      return null;
    }
    const exact = element.attributes.datum;
    if (exact !== undefined && !DATE_TIME.test(exact.trim())) {
      this.issue('invalidValue', element, { element: `${element.name}@datum`, value: exact });
      return null;
    }
    return day;
  }

  /** An `xs:integer`. */
  integer(element: XmlElement): number | null {
    const text = this.text(element);
    if (text === null) return null;
    const value = text.trim();
    if (!INTEGER.test(value)) {
      this.issue('invalidNumber', element, { element: element.name, value });
      return null;
    }
    return Number(value);
  }

  /** A value of a string enumeration (compared exactly: such types keep whitespace). */
  enumeration<T extends string>(element: XmlElement, allowed: ReadonlyArray<T>): T | null {
    const value = this.text(element);
    if (value === null) return null;
    if (!(allowed as ReadonlyArray<string>).includes(value)) {
      this.issue('invalidEnum', element, {
        element: element.name,
        value,
        allowed: allowed.join(', '),
      });
      return null;
    }
    return value as T;
  }

  /** An `xs:ID` attribute: present, an NCName, unique among `seen`. */
  id(element: XmlElement, seen: Set<string>): string | null {
    const value = element.attributes.ID;
    if (value === undefined) return null; // reported by content()
    const id = value.trim();
    if (!isNcName(id)) {
      this.issue('invalidId', element, { id: value });
      return null;
    }
    if (seen.has(id)) {
      this.issue('duplicateId', element, { id });
      return null;
    }
    seen.add(id);
    return id;
  }

  private checkAttributes(
    element: XmlElement,
    allowed: ReadonlyArray<{ name: string; required?: boolean }>,
  ) {
    for (const name of Object.keys(element.attributes)) {
      if (name.startsWith(`{${XSI_NAMESPACE}}`)) continue;
      if (!allowed.some((attribute) => attribute.name === name))
        this.issue('unexpectedAttribute', element, { element: element.name, attribute: name });
    }
    for (const attribute of allowed) {
      if (attribute.required && element.attributes[attribute.name] === undefined)
        this.issue('missingAttribute', element, {
          element: element.name,
          attribute: attribute.name,
        });
    }
  }
}
