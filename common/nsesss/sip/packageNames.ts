/**
 * Names inside a SIP package. The archive accepts package folders named with Latin
 * letters without diacritics, digits, `_` and `-` (at most 64 characters); component
 * files follow the same rule (plus the dot of an extension), so that `xlink:href`
 * needs no escaping and every file system and ZIP tool reads them alike.
 */

const FOLDER_MAX = 64;
const FILE_MAX = 100;

function ascii(value: string): string {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

function squeeze(value: string, allowed: RegExp): string {
  return ascii(value)
    .replace(allowed, '_')
    .replace(/_+/g, '_')
    .replace(/^[_.-]+|[_.-]+$/g, '');
}

/** Adds `-2`, `-3`, … (before the extension) until the name is free; case-insensitive. */
function unique(name: string, taken: Set<string>, max: number): string {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let attempt = 1; ; attempt++) {
    const suffix = attempt === 1 ? '' : `-${attempt}`;
    const candidate = `${stem.slice(0, max - suffix.length - extension.length)}${suffix}${extension}`;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

/** The folder of one entity in the package, from its identifier. */
export function packageFolderName(identifier: string, taken: Set<string>): string {
  const name = squeeze(identifier, /[^A-Za-z0-9_-]/g) || 'entita';
  return unique(name.slice(0, FOLDER_MAX), taken, FOLDER_MAX);
}

/** A component's file name in `komponenty/`, unique among the package's components. */
export function componentFileName(fullName: string, taken: Set<string>): string {
  // Only the last part of a path someone typed counts.
  const name = fullName.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? squeeze(name.slice(dot + 1), /[^A-Za-z0-9]/g).slice(0, 10) : '';
  const stem = squeeze(dot > 0 ? name.slice(0, dot) : name, /[^A-Za-z0-9_-]/g) || 'soubor';
  return unique(extension ? `${stem}.${extension}` : stem, taken, FILE_MAX);
}
