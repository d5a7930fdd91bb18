import { XMLBuilder } from 'fast-xml-parser';

// fast-xml-parser's builder escapes &, <, >, " and ' in every value (processEntities); what XML 1.0 cannot carry
// at all (most C0 controls, U+FFFE/U+FFFF, lone surrogates) is taken out first, since no escape exists for it.
// Our free text is cleaned of controls when it comes in (shared/schemas/text.ts); this guards the rest.
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const builder = new XMLBuilder({ format: true, ignoreAttributes: false, suppressEmptyNode: false, suppressBooleanAttributes: false });

/** An element tree: objects are elements, arrays repeat their element, everything else is text. */
export type XmlTree = { [element: string]: XmlValue };
type XmlValue = string | number | boolean | undefined | XmlTree | XmlValue[];

function clean(value: XmlValue): XmlValue {
  if (typeof value === 'string') return value.replace(NOT_IN_XML, '');
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== undefined)
        .map(([key, inner]) => [key, clean(inner)])
    );
  return value;
}

/** A UTF-8 XML document with its declaration, as GeoReport v2 asks of every XML answer. */
export function xmlDocument(tree: XmlTree): string {
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' }, ...(clean(tree) as XmlTree) });
}
