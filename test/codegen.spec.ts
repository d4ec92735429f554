/**
 * Guards the committed client types in schema/generated/ (see codegen.yml):
 *  (a) regenerating them from schema/operations/*.graphql against the supergraph's API schema
 *      gives exactly the committed files, so a stale generation fails CI (fix: `pnpm codegen`);
 *  (b) the committed typed documents type-check in use, and a wrong field access is rejected,
 *      so the type check cannot pass vacuously.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const ROOT = path.resolve(__dirname, '..');
const COMMITTED_DIR = path.join(ROOT, 'schema', 'generated');
const OUTPUT_KEY = 'schema/generated/';

function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/** Posix-style specifier for an absolute path, without the .ts extension (CommonJS resolution). */
function specifier(file: string): string {
  return file.replace(/\.ts$/, '').split(path.sep).join('/');
}

describe('graphql codegen (schema/generated)', () => {
  let tmp: string;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'prometric-codegen-'));
  });

  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('committed output matches a fresh generation from codegen.yml', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: path.join(ROOT, 'codegen.yml') });
    const target = config.generates[OUTPUT_KEY];
    expect(target).toBeDefined();

    const outDir = path.join(tmp, 'generated');
    await generate({ ...config, cwd: ROOT, silent: true, generates: { [`${outDir}/`]: target } }, true);

    const committed = listFiles(COMMITTED_DIR);
    const fresh = listFiles(outDir);
    expect(fresh.length).toBeGreaterThan(0);

    const stale = [
      ...fresh.filter((f) => !committed.includes(f)).map((f) => `${f}: missing from schema/generated`),
      ...committed.filter((f) => !fresh.includes(f)).map((f) => `${f}: no longer generated`),
      ...fresh
        .filter((f) => committed.includes(f))
        .filter((f) => fs.readFileSync(path.join(outDir, f), 'utf8') !== fs.readFileSync(path.join(COMMITTED_DIR, f), 'utf8'))
        .map((f) => `${f}: differs (run \`pnpm codegen\`)`),
    ];
    expect(stale).toEqual([]);
  });

  it('committed typed documents type-check, and a wrong field access does not', () => {
    const generated = specifier(path.join(COMMITTED_DIR, 'graphql.ts'));
    const generatedIndex = specifier(path.join(COMMITTED_DIR, 'index.ts'));
    const core = path.dirname(require.resolve('@graphql-typed-document-node/core/package.json')).split(path.sep).join('/');

    const header = [
      `import type { ResultOf, VariablesOf } from '${core}';`,
      `import type { DocumentType } from '${generatedIndex}';`,
      `import { SignUpDocument, CreateProductDocument, OrderDocument, type OrderStatus } from '${generated}';`,
      `type IsAny<T> = 0 extends 1 & T ? true : false;`,
      `type Same<A, B> = IsAny<A> extends true ? false : [A] extends [B] ? ([B] extends [A] ? true : false) : false;`,
      `declare function assert<T extends true>(): void;`,
      `type Product = NonNullable<NonNullable<ResultOf<typeof CreateProductDocument>['createProduct']>['product']>;`,
      `declare const product: Product;`,
    ];
    const good = [
      ...header,
      `declare const signUp: ResultOf<typeof SignUpDocument>;`,
      `const token: string | null | undefined = signUp.signUp.accessToken;`,
      `assert<Same<typeof signUp.signUp.accessToken, string | null | undefined>>();`,
      `assert<Same<ResultOf<typeof SignUpDocument>, DocumentType<typeof SignUpDocument>>>();`,
      `const amount: string = product.price.amount;`,
      `assert<Same<Product['price']['amount'], string>>();`,
      `assert<Same<NonNullable<Product['cost']>['amount'], string>>();`,
      `type Order = NonNullable<ResultOf<typeof OrderDocument>['order']>;`,
      `assert<Same<Order['createdAt'], string>>();`,
      `assert<Same<Order['status'], OrderStatus>>();`,
      `const vars: VariablesOf<typeof CreateProductDocument> = { input: { sku: 'SKU-1', name: 'Widget', price: '12.50' } };`,
      `export { token, amount, vars };`,
      '',
    ].join('\n');
    const badLines = [
      ...header,
      `const missing = product.nonexistent;`,
      `const asNumber: number = product.price.amount;`,
      `export { missing, asNumber };`,
      '',
    ];
    const bad = badLines.join('\n');

    const goodFile = path.join(tmp, 'usage-good.ts');
    const badFile = path.join(tmp, 'usage-bad.ts');
    fs.writeFileSync(goodFile, good);
    fs.writeFileSync(badFile, bad);

    const tsconfig = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
    expect(tsconfig.error).toBeUndefined();
    const { options, errors } = ts.convertCompilerOptionsFromJson(tsconfig.config.compilerOptions, ROOT);
    expect(errors).toEqual([]);
    // The usage files need no ambient node/jest types; everything else is the root tsconfig.
    const program = ts.createProgram([goodFile, badFile], { ...options, types: [], noEmit: true });

    const format = (d: ts.Diagnostic) => {
      const where = d.file && d.start !== undefined ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : 'global';
      return `${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    };
    const all = ts.getPreEmitDiagnostics(program);
    const inBad = all.filter((d) => d.file && path.resolve(d.file.fileName) === path.resolve(badFile));
    const others = all.filter((d) => !inBad.includes(d));

    // The generated code and the correct usage compile cleanly.
    expect(others.map(format)).toEqual([]);

    // ...and the checker really sees the generated types: both wrong uses are reported, on their lines.
    const lineOf = (needle: string) => badLines.findIndex((l) => l.includes(needle)) + 1;
    const found = inBad.map((d) => `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}:TS${d.code}`).sort();
    expect(found).toEqual([`${lineOf('product.nonexistent')}:TS2339`, `${lineOf('const asNumber')}:TS2322`].sort());
  });
});
