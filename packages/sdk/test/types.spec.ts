import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * `request`, `execute` and `subscribe` are typed by the document: variables are checked (required
 * when the operation declares any, refused when wrong), and results carry the selection's types.
 * A wrong use must be reported by the compiler on its line, so the check cannot pass vacuously.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const SDK = path.join(ROOT, 'packages', 'sdk', 'src', 'index').split(path.sep).join('/');

describe('@prometric/sdk types', () => {
  it('types variables and results by the document, and rejects wrong uses', () => {
    const header = [
      `import { createClient, MeDocument, OrderDocument, OrderUpdatedDocument, CreateDealDocument, type OrderStatus } from '${SDK}';`,
      `type IsAny<T> = 0 extends 1 & T ? true : false;`,
      `type Same<A, B> = IsAny<A> extends true ? false : [A] extends [B] ? ([B] extends [A] ? true : false) : false;`,
      `declare function assert<T extends true>(): void;`,
      `const client = createClient({ url: 'http://localhost:4000/graphql' });`,
    ];
    const good = [
      ...header,
      `export async function use() {`,
      `  const me = await client.request(MeDocument);`,
      `  const email: string | undefined = me.me?.email;`,
      `  const { order } = await client.request(OrderDocument, { id: 'x' });`,
      `  assert<Same<NonNullable<typeof order>['status'], OrderStatus>>();`,
      `  const result = await client.execute(OrderDocument, { id: 'x' });`,
      `  assert<Same<NonNullable<NonNullable<typeof result.data>['order']>['number'], string>>();`,
      `  for await (const update of client.subscribe(OrderUpdatedDocument, { id: 'x' })) {`,
      `    assert<Same<NonNullable<typeof update.orderUpdated>['status'], OrderStatus>>();`,
      `  }`,
      `  return email;`,
      `}`,
      '',
    ].join('\n');
    const badLines = [
      ...header,
      `export async function misuse() {`,
      `  await client.request(OrderDocument);`,
      `  await client.request(OrderDocument, { id: 1 });`,
      `  await client.request(CreateDealDocument, { input: { title: 'x' } });`,
      `  const { order } = await client.request(OrderDocument, { id: 'x' });`,
      `  const n: number = order!.number;`,
      `  return n;`,
      `}`,
      '',
    ];

    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'prometric-sdk-types-'));
    try {
      const goodFile = path.join(tmp, 'good.ts');
      const badFile = path.join(tmp, 'bad.ts');
      fs.writeFileSync(goodFile, good);
      fs.writeFileSync(badFile, badLines.join('\n'));
      const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
      const { options } = ts.convertCompilerOptionsFromJson(config.config.compilerOptions, ROOT);
      const program = ts.createProgram([goodFile, badFile], { ...options, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules', '@types')], noEmit: true });
      const all = ts.getPreEmitDiagnostics(program);
      const where = (d: ts.Diagnostic) => (d.file && d.start !== undefined ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : 'global');
      const text = (d: ts.Diagnostic) => `${where(d)} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      const inBad = all.filter((d) => d.file && path.resolve(d.file.fileName) === path.resolve(badFile));
      expect(all.filter((d) => !inBad.includes(d)).map(text)).toEqual([]);

      // Each wrong use is reported on its own line: missing variables, a wrong variable type, a missing required input field, a wrong result type.
      const lineOf = (needle: string) => `bad.ts:${badLines.findIndex((l) => l.includes(needle)) + 1}`;
      const lines = new Set(inBad.map(where));
      expect([...lines].sort()).toEqual(
        [lineOf('request(OrderDocument);'), lineOf('{ id: 1 }'), lineOf("{ title: 'x' }"), lineOf('const n: number')].sort(),
      );
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
