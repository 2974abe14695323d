/**
 * Offline checks of manifest.xml against the documented structure of an Office
 * Add-in XML manifest (TaskPaneApp + VersionOverrides 1.0): element order (the XSD
 * sequences, see learn.microsoft.com "How to find the proper order of manifest
 * elements"), ids, string limits (OfficeAppBasicTypesV1_0.xsd: ShortString ≤ 125,
 * LongString ≤ 250, ReferenceId ≤ 32), icon sizes, URLs, and that every URL is
 * served by the webpack build. `office-addin-manifest validate` needs an online
 * service and no npm package ships the XSDs, hence this test.
 */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { REQUIRED_EXCEL_API } from '../../src/taskpane/hostStatus';
import { checkPngPixelData, readPngHeader } from './png';
import {
  XmlSyntaxError,
  childrenNamed,
  descendants,
  localPart,
  onlyChild,
  parseXml,
  pathOf,
  type XmlElement,
} from './xml';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST_PATH = path.join(ROOT, 'manifest.xml');
const XMLLINT = '/usr/bin/xmllint';
const BASE_URL = 'https://localhost:3000/';
const NS = {
  officeApp: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  basicTypes: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  versionOverrides: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
const REFERENCE_ID_MAX = 32;
const GUID = /^(urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const CULTURE_NAME = /^[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?$|^[a-zA-Z]{2,3}(-[a-zA-Z]{2,3})?$/;

/** Child order of each parent: [name, required, repeatable]. */
type Sequence = ReadonlyArray<readonly [string, boolean, boolean]>;
const SEQUENCES: Record<string, Sequence> = {
  OfficeApp: [
    ['Id', true, false],
    ['AlternateId', false, false],
    ['Version', true, false],
    ['ProviderName', true, false],
    ['DefaultLocale', true, false],
    ['DisplayName', true, false],
    ['Description', true, false],
    ['IconUrl', true, false],
    ['HighResolutionIconUrl', true, false],
    ['SupportUrl', true, false],
    ['AppDomains', false, false],
    ['Hosts', true, false],
    ['Requirements', true, false],
    ['DefaultSettings', true, false],
    ['Permissions', true, false],
    ['Dictionary', false, false],
    ['VersionOverrides', true, false],
    ['ExtendedOverrides', false, false],
  ],
  VersionOverrides: [
    ['Description', false, false],
    ['Requirements', false, false],
    ['Hosts', true, false],
    ['Resources', true, false],
    ['WebApplicationInfo', false, false],
    ['EquivalentAddins', false, false],
    ['VersionOverrides', false, false],
  ],
  DesktopFormFactor: [
    ['GetStarted', false, false],
    ['FunctionFile', false, false],
    ['ExtensionPoint', true, true],
  ],
  GetStarted: [
    ['Title', true, false],
    ['Description', true, false],
    ['LearnMoreUrl', true, false],
  ],
  ExtensionPoint: [
    ['OfficeTab', false, true],
    ['CustomTab', false, true],
  ],
  OfficeTab: [['Group', true, true]],
  Group: [
    ['Label', true, false],
    ['Icon', true, false],
    ['Control', true, true],
  ],
  Control: [
    ['Label', true, false],
    ['Supertip', true, false],
    ['Icon', true, false],
    ['Action', true, false],
  ],
  Supertip: [
    ['Title', true, false],
    ['Description', true, false],
  ],
  Action: [
    ['TaskpaneId', false, false],
    ['SourceLocation', true, false],
    ['Title', false, false],
  ],
  Icon: [['Image', true, true]],
  Resources: [
    ['Images', false, false],
    ['Urls', false, false],
    ['ShortStrings', false, false],
    ['LongStrings', false, false],
  ],
};

/** Which resource list a resid may point into, by referencing element. */
const RESID_KIND: Record<string, string> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

function checkSequence(element: XmlElement, sequence: Sequence): string[] {
  const problems: string[] = [];
  let lastIndex = -1;
  const seen = new Set<string>();
  for (const child of element.children) {
    const index = sequence.findIndex(([name]) => name === child.localName);
    if (index < 0) {
      problems.push(`${pathOf(child)} (line ${child.line}) is not a valid child of <${element.localName}>`);
      continue;
    }
    if (index < lastIndex) {
      problems.push(`${pathOf(child)} (line ${child.line}) is out of order: it must come before <${sequence[lastIndex][0]}>`);
    }
    if (seen.has(child.localName) && !sequence[index][2]) {
      problems.push(`${pathOf(child)} (line ${child.line}) may appear only once`);
    }
    seen.add(child.localName);
    lastIndex = Math.max(lastIndex, index);
  }
  for (const [name, required] of sequence) {
    if (required && !seen.has(name)) problems.push(`${pathOf(element)} (line ${element.line}) lacks required <${name}>`);
  }
  return problems;
}

function localeOverrides(element: XmlElement): Map<string, string> {
  const overrides = new Map<string, string>();
  for (const override of childrenNamed(element, 'Override')) {
    const locale = override.attributes.get('Locale') ?? '';
    if (overrides.has(locale.toLowerCase())) throw new Error(`${pathOf(element)}: two overrides for ${locale}`);
    overrides.set(locale.toLowerCase(), override.attributes.get('Value') ?? '');
  }
  return overrides;
}

/** Characters as Office counts them (code points, so 预算公开助手 is 6). */
function length(text: string): number {
  return [...text].length;
}

function urlToDistPath(url: string): string {
  expect(url.startsWith(BASE_URL)).toBe(true);
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

interface WebpackConfigLike {
  plugins: object[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const createWebpackConfig: (env: object, argv: { mode: string }) => Promise<WebpackConfigLike> = require(
  path.join(ROOT, 'webpack.config.js'),
);

/** Paths the production build emits, derived from the webpack config (HTML pages + copied folders). */
async function isServedByBuild(): Promise<(distPath: string) => boolean> {
  const config = await createWebpackConfig({}, { mode: 'production' });
  const htmlFiles = new Set<string>();
  const copied: { from: string; to: string }[] = [];
  for (const plugin of config.plugins) {
    const name = plugin.constructor.name;
    if (name === 'HtmlWebpackPlugin') {
      htmlFiles.add((plugin as { userOptions: { filename: string } }).userOptions.filename);
    } else if (name === 'CopyPlugin') {
      for (const pattern of (plugin as { patterns: { from: string; to: string }[] }).patterns) copied.push(pattern);
    }
  }
  expect(htmlFiles.size).toBeGreaterThan(0);
  expect(copied.length).toBeGreaterThan(0);
  return (distPath) =>
    htmlFiles.has(distPath) ||
    copied.some(
      ({ from, to }) => distPath.startsWith(`${to}/`) && existsSync(path.join(from, distPath.slice(to.length + 1))),
    );
}

const source = readFileSync(MANIFEST_PATH, 'utf8');
const manifest = parseXml(source);
const versionOverrides = onlyChild(manifest, 'VersionOverrides');
const resources = onlyChild(versionOverrides, 'Resources');
const defaultLocale = onlyChild(manifest, 'DefaultLocale').text;

describe('XML reader used by this test', () => {
  test('rejects what is not well-formed', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlSyntaxError);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate attribute/);
    expect(() => parseXml('<a>&nbsp;</a>')).toThrow(/unknown entity/);
    expect(() => parseXml('<p:a/>')).toThrow(/undeclared namespace prefix/);
    expect(() => parseXml('<a/><b/>')).toThrow(/more than one root/);
  });

  test('reads namespaces, attributes and entities', () => {
    const root = parseXml('<r xmlns="urn:d" xmlns:q="urn:q"><q:c v="a&amp;b">x &lt; y</q:c></r>');
    const child = root.children[0];
    expect(root.namespace).toBe('urn:d');
    expect(child.localName).toBe('c');
    expect(child.namespace).toBe('urn:q');
    expect(child.attributes.get('v')).toBe('a&b');
    expect(child.text).toBe('x < y');
  });
});

describe('manifest.xml', () => {
  const hasXmllint = existsSync(XMLLINT);
  (hasXmllint ? test : test.skip)('is well-formed according to xmllint', () => {
    const result = spawnSync(XMLLINT, ['--noout', MANIFEST_PATH], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test('is a TaskPaneApp in the 1.1 manifest namespace', () => {
    expect(manifest.localName).toBe('OfficeApp');
    expect(manifest.namespace).toBe(NS.officeApp);
    expect(manifest.attributes.get('xmlns:xsi')).toBe(NS.xsi);
    expect(manifest.attributes.get('xmlns:bt')).toBe(NS.basicTypes);
    expect(manifest.attributes.get('xsi:type')).toBe('TaskPaneApp');
    expect(versionOverrides.namespace).toBe(NS.versionOverrides);
    expect(versionOverrides.attributes.get('xsi:type')).toBe('VersionOverridesV1_0');
  });

  test('every element that has a documented sequence is in schema order with its required children', () => {
    const problems = [
      ...checkSequence(manifest, SEQUENCES.OfficeApp),
      ...checkSequence(versionOverrides, SEQUENCES.VersionOverrides),
    ];
    let checkedParents = 2;
    for (const element of descendants(versionOverrides)) {
      const sequence = SEQUENCES[element.localName];
      if (!sequence) continue;
      problems.push(...checkSequence(element, sequence));
      checkedParents++;
    }
    expect(problems).toEqual([]);
    expect(checkedParents).toBeGreaterThanOrEqual(10);
  });

  test('has a GUID id, a four-part version matching package.json and a valid DefaultLocale', () => {
    expect(onlyChild(manifest, 'Id').text).toMatch(GUID);
    const version = onlyChild(manifest, 'Version').text;
    expect(version).toMatch(VERSION);
    const packageVersion = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
      .version;
    expect(version).toBe(`${packageVersion}.0`);
    expect(defaultLocale).toBe('zh-CN');
    expect(defaultLocale).toMatch(CULTURE_NAME);
    const provider = onlyChild(manifest, 'ProviderName').text;
    expect(length(provider)).toBeGreaterThan(0);
    expect(length(provider)).toBeLessThanOrEqual(SHORT_STRING_MAX);
  });

  test('DisplayName and Description are Chinese by default with an en-US override, within the limits', () => {
    const displayName = onlyChild(manifest, 'DisplayName');
    const description = onlyChild(manifest, 'Description');
    expect(displayName.attributes.get('DefaultValue')).toBe('预算公开助手');
    expect(localeOverrides(displayName).get('en-us')).toBe('Budget Disclosure Assistant');
    for (const value of [displayName.attributes.get('DefaultValue') ?? '', ...localeOverrides(displayName).values()]) {
      expect(length(value)).toBeLessThanOrEqual(SHORT_STRING_MAX);
    }
    const descriptions = [description.attributes.get('DefaultValue') ?? '', ...localeOverrides(description).values()];
    expect(descriptions).toHaveLength(2);
    for (const value of descriptions) {
      expect(length(value)).toBeGreaterThan(10);
      expect(length(value)).toBeLessThanOrEqual(LONG_STRING_MAX);
    }
  });

  test('no Override repeats the DefaultLocale and every Override locale is a valid culture name', () => {
    const overrides = [...descendants(manifest)].filter((element) => element.localName === 'Override');
    expect(overrides.length).toBeGreaterThanOrEqual(5);
    for (const override of overrides) {
      const locale = override.attributes.get('Locale') ?? '';
      expect(locale).toMatch(CULTURE_NAME);
      expect(locale.toLowerCase()).not.toBe(defaultLocale.toLowerCase());
    }
  });

  test('targets Excel (Workbook) with ExcelApi 1.9, the same set the pane checks at run time', () => {
    const hosts = childrenNamed(onlyChild(manifest, 'Hosts'), 'Host').map((host) => host.attributes.get('Name'));
    expect(hosts).toEqual(['Workbook']);
    const sets = onlyChild(onlyChild(manifest, 'Requirements'), 'Sets');
    const required = childrenNamed(sets, 'Set').map((set) => [set.attributes.get('Name'), set.attributes.get('MinVersion')]);
    expect(required).toEqual([[REQUIRED_EXCEL_API.set, REQUIRED_EXCEL_API.version]]);
    const overrideHosts = childrenNamed(onlyChild(versionOverrides, 'Hosts'), 'Host');
    expect(overrideHosts.map((host) => localPart(host.attributes.get('xsi:type')))).toEqual(['Workbook']);
  });

  test('opens https://localhost:3000/taskpane.html with ReadWriteDocument permission', () => {
    const sourceLocation = onlyChild(onlyChild(manifest, 'DefaultSettings'), 'SourceLocation');
    expect(sourceLocation.attributes.get('DefaultValue')).toBe(`${BASE_URL}taskpane.html`);
    expect(onlyChild(manifest, 'Permissions').text).toBe('ReadWriteDocument');
    expect(childrenNamed(manifest, 'AppDomains')).toHaveLength(0);
  });

  test('adds the 预算公开 group with an 打开助手 ShowTaskpane button to the Home tab', () => {
    const strings = new Map(
      childrenNamed(onlyChild(resources, 'ShortStrings'), 'String').map((s) => [s.attributes.get('id'), s]),
    );
    const tab = [...descendants(versionOverrides)].find((element) => element.localName === 'OfficeTab');
    expect(tab?.attributes.get('id')).toBe('TabHome');
    const group = onlyChild(tab as XmlElement, 'Group');
    const groupLabel = strings.get(onlyChild(group, 'Label').attributes.get('resid'));
    expect(groupLabel?.attributes.get('DefaultValue')).toBe('预算公开');
    const control = onlyChild(group, 'Control');
    expect(localPart(control.attributes.get('xsi:type'))).toBe('Button');
    const buttonLabel = strings.get(onlyChild(control, 'Label').attributes.get('resid'));
    expect(buttonLabel?.attributes.get('DefaultValue')).toBe('打开助手');
    expect(localeOverrides(buttonLabel as XmlElement).get('en-us')).toBe('Open Assistant');
    const action = onlyChild(control, 'Action');
    expect(localPart(action.attributes.get('xsi:type'))).toBe('ShowTaskpane');
    const urls = new Map(childrenNamed(onlyChild(resources, 'Urls'), 'Url').map((u) => [u.attributes.get('id'), u]));
    const paneUrl = urls.get(onlyChild(action, 'SourceLocation').attributes.get('resid'));
    expect(paneUrl?.attributes.get('DefaultValue')).toBe(`${BASE_URL}taskpane.html`);
    const ids = [...descendants(versionOverrides)]
      .filter((element) => ['Group', 'Control'].includes(element.localName))
      .map((element) => element.attributes.get('id') ?? '');
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(length(id)).toBeLessThanOrEqual(SHORT_STRING_MAX);
  });

  test('every resid is defined once, of the right kind, and ids are at most 32 characters', () => {
    const definitions = new Map<string, string>();
    for (const list of resources.children) {
      for (const resource of list.children) {
        const id = resource.attributes.get('id') ?? '';
        expect(definitions.has(id)).toBe(false);
        expect(length(id)).toBeGreaterThan(0);
        expect(length(id)).toBeLessThanOrEqual(REFERENCE_ID_MAX);
        definitions.set(id, list.localName);
      }
    }
    const references = [...descendants(versionOverrides)].filter((element) => element.attributes.has('resid'));
    expect(references.length).toBeGreaterThanOrEqual(15);
    const problems: string[] = [];
    const used = new Set<string>();
    for (const reference of references) {
      const resid = reference.attributes.get('resid') ?? '';
      used.add(resid);
      const kind = definitions.get(resid);
      if (!kind) problems.push(`${pathOf(reference)} (line ${reference.line}) uses undefined resid "${resid}"`);
      else if (kind !== RESID_KIND[reference.localName]) {
        problems.push(`${pathOf(reference)} (line ${reference.line}) points to ${kind}, expected ${RESID_KIND[reference.localName]}`);
      }
    }
    for (const id of definitions.keys()) if (!used.has(id)) problems.push(`resource "${id}" is never used`);
    expect(problems).toEqual([]);
  });

  test('ShortStrings are at most 125 characters and LongStrings at most 250, in every locale', () => {
    const limits: [string, number][] = [
      ['ShortStrings', SHORT_STRING_MAX],
      ['LongStrings', LONG_STRING_MAX],
    ];
    for (const [listName, max] of limits) {
      const strings = childrenNamed(onlyChild(resources, listName), 'String');
      expect(strings.length).toBeGreaterThan(0);
      for (const string of strings) {
        const values = [string.attributes.get('DefaultValue') ?? '', ...localeOverrides(string).values()];
        expect(localeOverrides(string).has('en-us')).toBe(true);
        for (const value of values) {
          expect(length(value)).toBeGreaterThan(0);
          expect(length(value)).toBeLessThanOrEqual(max);
        }
      }
    }
  });

  test('every URL in the manifest is https://localhost:3000/…', () => {
    const urls = [...descendants(manifest)].flatMap((element) =>
      [...element.attributes.entries()]
        .filter(([name, value]) => !name.startsWith('xmlns') && /^[a-z]+:\/\//i.test(value))
        .map(([, value]) => value),
    );
    expect(urls.length).toBeGreaterThanOrEqual(8);
    expect(urls.filter((url) => !url.startsWith(BASE_URL))).toEqual([]);
  });

  test('icons exist in assets/ as real PNGs with the pixel size the manifest declares', () => {
    const expectIcon = (url: string | undefined, size: number) => {
      const distPath = urlToDistPath(url ?? '');
      expect(distPath.startsWith('assets/')).toBe(true);
      const file = readFileSync(path.join(ROOT, distPath));
      const header = readPngHeader(file);
      expect([header.width, header.height]).toEqual([size, size]);
      checkPngPixelData(file);
    };
    expectIcon(onlyChild(manifest, 'IconUrl').attributes.get('DefaultValue'), 32);
    expectIcon(onlyChild(manifest, 'HighResolutionIconUrl').attributes.get('DefaultValue'), 64);

    const images = new Map(
      childrenNamed(onlyChild(resources, 'Images'), 'Image').map((image) => [image.attributes.get('id'), image]),
    );
    const iconLists = [...descendants(versionOverrides)].filter((element) => element.localName === 'Icon');
    expect(iconLists.length).toBe(2);
    for (const icon of iconLists) {
      const sizes = childrenNamed(icon, 'Image').map((image) => Number(image.attributes.get('size')));
      expect(sizes).toEqual([16, 32, 80]);
      for (const image of childrenNamed(icon, 'Image')) {
        const resource = images.get(image.attributes.get('resid'));
        expectIcon(resource?.attributes.get('DefaultValue'), Number(image.attributes.get('size')));
      }
    }
  });

  test('the committed icons are exactly what scripts/make-icons.js draws', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const icons = require(path.join(ROOT, 'scripts', 'make-icons.js')) as {
      drawIcon: (size: number) => Buffer;
      SIZES: number[];
    };
    expect(icons.SIZES).toEqual([16, 32, 64, 80]);
    for (const size of icons.SIZES) {
      const committed = readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`));
      expect(committed.equals(icons.drawIcon(size))).toBe(true);
    }
  });

  test('every URL path in the manifest is emitted by the webpack build', async () => {
    const served = await isServedByBuild();
    const paths = [...descendants(manifest)]
      .flatMap((element) => [...element.attributes.values()])
      .filter((value) => value.startsWith(BASE_URL))
      .map(urlToDistPath);
    expect(new Set(paths)).toEqual(
      new Set([
        'taskpane.html',
        'commands.html',
        'help.html',
        'assets/icon-16.png',
        'assets/icon-32.png',
        'assets/icon-64.png',
        'assets/icon-80.png',
      ]),
    );
    expect(paths.filter((distPath) => !served(distPath))).toEqual([]);
    // The check itself can fail: a path the build does not produce is reported.
    expect(served('missing-page.html')).toBe(false);
    expect(served('assets/icon-999.png')).toBe(false);
  });
});
