/**
 * A small, strict XML reader for the manifest test (the project has no XML parser
 * dependency). It handles what an Office manifest uses: the XML declaration,
 * comments, elements, attributes, namespaces, text and the predefined/numeric
 * entities. DOCTYPE, CDATA and processing instructions other than the
 * declaration are rejected, and so is anything not well-formed.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  localName: string;
  /** Namespace URI resolved from xmlns declarations in scope (null when none). */
  namespace: string | null;
  attributes: Map<string, string>;
  children: XmlElement[];
  /** Concatenated direct text content (entities decoded), trimmed. */
  text: string;
  parent: XmlElement | null;
  line: number;
}

const PREDEFINED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export class XmlSyntaxError extends Error {}

function isNameChar(ch: string): boolean {
  return !(' \t\r\n/>=<"\''.includes(ch)) && ch !== '';
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}

function splitName(name: string): { prefix: string | null; local: string } {
  const colon = name.indexOf(':');
  return colon < 0 ? { prefix: null, local: name } : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

export function decodeEntities(raw: string, line: number): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '<') throw new XmlSyntaxError(`line ${line}: "<" is not allowed in text or attribute values`);
    if (ch !== '&') {
      out += ch;
      continue;
    }
    const end = raw.indexOf(';', i);
    if (end < 0) throw new XmlSyntaxError(`line ${line}: unterminated entity`);
    const entity = raw.slice(i + 1, end);
    if (entity.startsWith('#x')) out += String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    else if (entity.startsWith('#')) out += String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    else if (entity in PREDEFINED_ENTITIES) out += PREDEFINED_ENTITIES[entity];
    else throw new XmlSyntaxError(`line ${line}: unknown entity &${entity};`);
    i = end;
  }
  return out;
}

export function parseXml(source: string): XmlElement {
  let pos = 0;
  let line = 1;
  const stack: XmlElement[] = [];
  const namespaceScopes: Map<string, string>[] = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];
  let root: XmlElement | null = null;
  let pendingText = '';

  const advance = (count: number) => {
    for (let i = 0; i < count; i++) if (source[pos + i] === '\n') line++;
    pos += count;
  };
  const expect = (literal: string) => {
    if (!source.startsWith(literal, pos)) throw new XmlSyntaxError(`line ${line}: expected "${literal}"`);
    advance(literal.length);
  };
  const skipSpaces = () => {
    while (pos < source.length && isSpace(source[pos])) advance(1);
  };
  const readName = () => {
    const start = pos;
    while (pos < source.length && isNameChar(source[pos])) advance(1);
    if (pos === start) throw new XmlSyntaxError(`line ${line}: expected a name`);
    return source.slice(start, pos);
  };
  const lookupNamespace = (prefix: string | null): string | null => {
    const key = prefix ?? '';
    for (let i = namespaceScopes.length - 1; i >= 0; i--) {
      const uri = namespaceScopes[i].get(key);
      if (uri !== undefined) return uri === '' ? null : uri;
    }
    if (prefix !== null) throw new XmlSyntaxError(`line ${line}: undeclared namespace prefix "${prefix}"`);
    return null;
  };
  const flushText = () => {
    const current = stack[stack.length - 1];
    if (current) current.text = (current.text + decodeEntities(pendingText, line)).trim();
    else if (pendingText.trim() !== '') throw new XmlSyntaxError(`line ${line}: text outside the root element`);
    pendingText = '';
  };

  if (source.charCodeAt(0) === 0xfeff) advance(1);
  if (source.startsWith('<?xml', pos)) {
    const end = source.indexOf('?>', pos);
    if (end < 0) throw new XmlSyntaxError('unterminated XML declaration');
    advance(end + 2 - pos);
  }

  while (pos < source.length) {
    const ch = source[pos];
    if (ch !== '<') {
      pendingText += ch;
      advance(1);
      continue;
    }
    flushText();
    if (source.startsWith('<!--', pos)) {
      const end = source.indexOf('-->', pos + 4);
      if (end < 0) throw new XmlSyntaxError(`line ${line}: unterminated comment`);
      if (source.slice(pos + 4, end).includes('--')) throw new XmlSyntaxError(`line ${line}: "--" inside a comment`);
      advance(end + 3 - pos);
      continue;
    }
    if (source.startsWith('<!', pos) || source.startsWith('<?', pos)) {
      throw new XmlSyntaxError(`line ${line}: DOCTYPE, CDATA and processing instructions are not expected in a manifest`);
    }
    if (source.startsWith('</', pos)) {
      advance(2);
      const name = readName();
      skipSpaces();
      expect('>');
      const open = stack.pop();
      namespaceScopes.pop();
      if (!open || open.name !== name) {
        throw new XmlSyntaxError(`line ${line}: </${name}> does not close <${open ? open.name : '(nothing)'}>`);
      }
      continue;
    }

    advance(1);
    const elementLine = line;
    const name = readName();
    const attributes = new Map<string, string>();
    let selfClosing = false;
    for (;;) {
      const hadSpace = pos < source.length && isSpace(source[pos]);
      skipSpaces();
      if (source.startsWith('/>', pos)) {
        advance(2);
        selfClosing = true;
        break;
      }
      if (source[pos] === '>') {
        advance(1);
        break;
      }
      if (pos >= source.length) throw new XmlSyntaxError(`line ${line}: unterminated start tag <${name}>`);
      if (!hadSpace) throw new XmlSyntaxError(`line ${line}: attributes of <${name}> must be separated by spaces`);
      const attributeName = readName();
      skipSpaces();
      expect('=');
      skipSpaces();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") throw new XmlSyntaxError(`line ${line}: attribute value must be quoted`);
      advance(1);
      const end = source.indexOf(quote, pos);
      if (end < 0) throw new XmlSyntaxError(`line ${line}: unterminated attribute value`);
      const value = decodeEntities(source.slice(pos, end), line);
      advance(end + 1 - pos);
      if (attributes.has(attributeName)) throw new XmlSyntaxError(`line ${line}: duplicate attribute ${attributeName}`);
      attributes.set(attributeName, value);
    }

    const scope = new Map<string, string>();
    for (const [attributeName, value] of attributes) {
      if (attributeName === 'xmlns') scope.set('', value);
      else if (attributeName.startsWith('xmlns:')) scope.set(attributeName.slice(6), value);
    }
    namespaceScopes.push(scope);
    const { prefix, local } = splitName(name);
    const parent = stack[stack.length - 1] ?? null;
    const element: XmlElement = {
      name,
      localName: local,
      namespace: lookupNamespace(prefix),
      attributes,
      children: [],
      text: '',
      parent,
      line: elementLine,
    };
    if (parent) parent.children.push(element);
    else if (root) throw new XmlSyntaxError(`line ${line}: more than one root element`);
    else root = element;

    if (selfClosing) namespaceScopes.pop();
    else stack.push(element);
  }
  flushText();
  if (stack.length > 0) throw new XmlSyntaxError(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new XmlSyntaxError('no root element');
  return root;
}

/** Resolves a prefixed attribute value such as xsi:type="bt:Foo" to its local part. */
export function localPart(qualified: string | undefined): string | undefined {
  return qualified === undefined ? undefined : splitName(qualified).local;
}

export function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    yield child;
    yield* descendants(child);
  }
}

export function childrenNamed(element: XmlElement, localName: string): XmlElement[] {
  return element.children.filter((child) => child.localName === localName);
}

export function onlyChild(element: XmlElement, localName: string): XmlElement {
  const found = childrenNamed(element, localName);
  if (found.length !== 1) {
    throw new Error(`<${element.name}> (line ${element.line}) should have exactly one <${localName}>, has ${found.length}`);
  }
  return found[0];
}

export function pathOf(element: XmlElement): string {
  const parts: string[] = [];
  for (let current: XmlElement | null = element; current; current = current.parent) parts.unshift(current.localName);
  return parts.join('/');
}
