import { describe, expect, it } from 'vitest';
import { buildXml, el, parseXml, type XmlElement, type XmlParseResult } from './xml';

const NS = 'urn:test';

function root(result: XmlParseResult): XmlElement {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.root;
}

function error(result: XmlParseResult) {
  if (result.ok) throw new Error('parsed, but should not have');
  return result.error;
}

/** Names, namespaces, attributes and text, without lines and paths. */
function shape(element: XmlElement): unknown {
  return {
    name: element.name,
    namespace: element.namespace,
    attributes: element.attributes,
    text: element.children.length ? undefined : element.text,
    children: element.children.map(shape),
  };
}

describe('parseXml', () => {
  it('reads a default-namespace and a prefixed document to the same tree', () => {
    const plain = root(
      parseXml(
        `<?xml version="1.0"?><Plan xmlns="${NS}" ID="p"><Nazev>A</Nazev><Nazev>B</Nazev></Plan>`,
      ),
    );
    const prefixed = root(
      parseXml(`<n:Plan xmlns:n="${NS}" ID="p"><n:Nazev>A</n:Nazev><n:Nazev>B</n:Nazev></n:Plan>`),
    );
    expect(shape(prefixed)).toEqual(shape(plain));
    expect(plain).toMatchObject({ name: 'Plan', namespace: NS, attributes: { ID: 'p' } });
    expect(plain.children.map((child) => child.text)).toEqual(['A', 'B']);
  });

  it('resolves prefixes per element and names namespaced attributes in Clark notation', () => {
    const tree = root(
      parseXml(
        `<a xmlns="${NS}" xmlns:x="urn:x" x:kind="k" plain="p"><x:b/><c xmlns="urn:other"/><d xmlns=""/></a>`,
      ),
    );
    expect(tree.attributes).toEqual({ '{urn:x}kind': 'k', plain: 'p' });
    expect(tree.children.map((child) => [child.name, child.namespace])).toEqual([
      ['b', 'urn:x'],
      ['c', 'urn:other'],
      ['d', ''],
    ]);
  });

  it('decodes the predefined entities and character references, keeps CDATA literal', () => {
    const tree = root(
      parseXml(
        `<a t="1 &amp; 2 &quot;q&quot; &#x41;&#66;"><b>&lt;tag&gt; &amp;amp; &apos;</b><c><![CDATA[<raw> &amp;]]></c></a>`,
      ),
    );
    expect(tree.attributes.t).toBe('1 & 2 "q" AB');
    expect(tree.children[0]!.text).toBe("<tag> &amp; '");
    expect(tree.children[1]!.text).toBe('<raw> &amp;');
  });

  it('normalises line ends and attribute whitespace as an XML processor must', () => {
    const tree = root(parseXml('<a v="x\ty\r\nz" w="a&#10;b">one\r\ntwo\rthree</a>'));
    expect(tree.attributes).toEqual({ v: 'x y z', w: 'a\nb' });
    expect(tree.text).toBe('one\ntwo\nthree');
  });

  it('gives each element its line and a path with positions among same-named siblings', () => {
    const tree = root(parseXml('<a>\n  <b/>\n  <b>\n    <c/>\n  </b>\n  <d/>\n</a>'));
    const [b1, b2, d] = tree.children;
    expect([tree.line, b1!.line, b2!.line, b2!.children[0]!.line, d!.line]).toEqual([
      1, 2, 3, 4, 6,
    ]);
    expect([tree.path, b1!.path, b2!.children[0]!.path, d!.path]).toEqual([
      '/a',
      '/a/b[1]',
      '/a/b[2]/c',
      '/a/d',
    ]);
  });

  it('accepts a byte-order mark, comments and processing instructions around the root', () => {
    const tree = root(
      parseXml('\uFEFF<?xml version="1.0"?>\n<!-- c --><?pi x?><a/>\n<!-- end -->\n'),
    );
    expect(tree.name).toBe('a');
  });

  it.each([
    ['an empty text', '  \n', 'empty'],
    ['plain text', 'toto není XML', 'notWellFormed'],
    ['an unclosed element', '<a><b></a>', 'notWellFormed'],
    ['two root elements', '<a/>\n<b/>', 'notWellFormed'],
    ['text after the root', '<a/>text', 'notWellFormed'],
    ['a bare ampersand', '<a>R & D</a>', 'notWellFormed'],
    ['a bare ampersand in an attribute', '<a t="R & D"/>', 'notWellFormed'],
    ['an undeclared entity', '<a>&nbsp;</a>', 'entity'],
    ['a reference to a forbidden character', '<a>&#0;</a>', 'invalidChar'],
    ['a control character', '<a>\u0001</a>', 'invalidChar'],
    ['an unbound element prefix', '<n:a/>', 'namespace'],
    ['an unbound attribute prefix', '<a n:x="1"/>', 'namespace'],
  ])('refuses %s', (_what, text, code) => {
    expect(error(parseXml(text)).code).toBe(code);
  });

  it('says where a syntax error is', () => {
    expect(error(parseXml('<a>\n  <b>\n</a>'))).toMatchObject({ code: 'notWellFormed', line: 3 });
    expect(error(parseXml('<a>\n\n  <b>&bogus;</b></a>'))).toMatchObject({
      code: 'entity',
      line: 3,
    });
  });

  it('refuses nesting deeper than allowed and text longer than allowed', () => {
    const deep = `${'<x>'.repeat(30)}${'</x>'.repeat(30)}`;
    expect(root(parseXml(deep, { maxDepth: 30 })).name).toBe('x');
    expect(error(parseXml(deep, { maxDepth: 29 })).code).toBe('tooDeep');
    expect(error(parseXml('<a>1234</a>', { maxLength: 10 })).code).toBe('tooLarge');
  });

  it('refuses a billion-laughs DOCTYPE at once, without expanding anything', () => {
    const levels = Array.from(
      { length: 10 },
      (_, n) => `<!ENTITY lol${n + 1} "${`&lol${n};`.repeat(10)}">`,
    );
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${levels.join('\n')}\n]>\n<lolz>&lol10;</lolz>`;
    const started = performance.now();
    const result = parseXml(bomb);
    expect(performance.now() - started).toBeLessThan(100);
    expect(error(result)).toMatchObject({ code: 'doctype', line: 2 });
  });

  it('refuses external entities and a DOCTYPE without an internal subset', () => {
    const external = `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>`;
    expect(error(parseXml(external)).code).toBe('doctype');
    expect(error(parseXml('<!DOCTYPE a SYSTEM "http://example.invalid/a.dtd"><a/>')).code).toBe(
      'doctype',
    );
    expect(error(parseXml('<a><!doctype b></a>')).code).toBe('doctype');
  });
});

describe('buildXml', () => {
  it('writes a declaration, indents, and skips absent optional children', () => {
    const xml = buildXml(
      el(
        'Plan',
        [el('Nazev', 'A'), null, false, el('Prazdny', ''), el('Skupina', [el('Kod', '1')])],
        {
          xmlns: NS,
        },
      ),
    );
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<Plan xmlns="${NS}">`,
        '  <Nazev>A</Nazev>',
        '  <Prazdny/>',
        '  <Skupina>',
        '    <Kod>1</Kod>',
        '  </Skupina>',
        '</Plan>',
        '',
      ].join('\n'),
    );
  });

  it('escapes text and attributes so that they read back exactly', () => {
    const text = `a & b < c > d "e" 'f' ]]> line\nnext\r\ttab`;
    const attribute = `x & y < z > "q" 'a'\nnew\tline\rcr`;
    const tree = root(parseXml(buildXml(el('a', text, { t: attribute }))));
    expect(tree.text).toBe(text);
    expect(tree.attributes.t).toBe(attribute);
  });

  it('refuses a character XML cannot carry', () => {
    expect(() => buildXml(el('a', 'bell\u0007'))).toThrow(TypeError);
    expect(() => buildXml(el('a', 'x', { t: '\u0000' }))).toThrow(TypeError);
  });
});
