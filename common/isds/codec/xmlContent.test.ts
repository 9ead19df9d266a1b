import { describe, expect, it } from 'vitest';
import { el, parseXml } from '../../nsesss/xml';
import { RawXml, xmlContentFragments, xmlContentText } from './xmlContent';

const V20 = 'http://isds.czechpoint.cz/v20';

describe('xmlContentFragments', () => {
  it('cuts the inner XML of each dmXMLContent, in document order, untouched', () => {
    const xml = `<r xmlns:p="${V20}"><p:dmFile><p:dmXMLContent><a>Petr <b>Svoboda</b> ml. &amp; syn<!-- x --><![CDATA[</p:dmXMLContent>]]></a></p:dmXMLContent></p:dmFile><p:dmFile><p:dmXMLContent/></p:dmFile><p:dmFile><p:dmXMLContent>Text1</p:dmXMLContent></p:dmFile></r>`;
    expect(parseXml(xml).ok).toBe(true);
    expect(xmlContentFragments(xml)).toEqual([
      '<a>Petr <b>Svoboda</b> ml. &amp; syn<!-- x --><![CDATA[</p:dmXMLContent>]]></a>',
      '',
      'Text1',
    ]);
  });

  it('adds the namespace bindings the content inherited from the envelope', () => {
    const xml = `<r xmlns:p="${V20}" xmlns:f="urn:form" xmlns="urn:default"><p:dmXMLContent><f:a x:y="1" xmlns:x="urn:x"><b/></f:a><c/></p:dmXMLContent></r>`;
    const [fragment] = xmlContentFragments(xml);
    expect(fragment).toBe(
      '<f:a xmlns:f="urn:form" xmlns="urn:default" x:y="1" xmlns:x="urn:x"><b/></f:a><c xmlns:f="urn:form" xmlns="urn:default"/>',
    );
    const standalone = parseXml(`<w>${fragment}</w>`);
    if (!standalone.ok) throw new Error(standalone.error.detail);
    expect(standalone.root.children.map((child) => [child.name, child.namespace])).toEqual([
      ['a', 'urn:form'],
      ['c', 'urn:default'],
    ]);
    expect(standalone.root.children[0]?.children[0]?.namespace).toBe('urn:default');
  });

  it('ignores dmXMLContent of other namespaces and nested inside content', () => {
    const xml = `<r xmlns:p="${V20}" xmlns:o="urn:other"><o:dmXMLContent>no</o:dmXMLContent><p:dmXMLContent><p:dmXMLContent>inner</p:dmXMLContent></p:dmXMLContent></r>`;
    expect(xmlContentFragments(xml)).toEqual([
      '<p:dmXMLContent xmlns:p="http://isds.czechpoint.cz/v20">inner</p:dmXMLContent>',
    ]);
  });
});

describe('xmlContentText and RawXml', () => {
  it('puts XML text back in place of its marker', () => {
    const raw = new RawXml();
    const text = xmlContentText(
      new TextEncoder().encode('\uFEFF<?xml version="1.0"?>\n<a>x &lt; y</a>\n'),
      'f.xml',
    );
    expect(text).toBe('<a>x &lt; y</a>');
    const xml = raw.build(el('r', [el('c', raw.raw(text))]));
    expect(xml).toContain('<c><a>x &lt; y</a></c>');
  });

  it('refuses content that is not UTF-8', () => {
    expect(() =>
      xmlContentText(Uint8Array.from([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]), 'f.xml'),
    ).toThrow(RangeError);
  });
});
