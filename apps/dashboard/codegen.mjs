#!/usr/bin/env node
// Typed GraphQL for the dashboard, generated from the API's committed schema and the operations
// written with `graphql(...)` in src/**/*.ts(x). The output (src/gql/) is committed.
//
//   node apps/dashboard/codegen.mjs            write src/gql/
//   node apps/dashboard/codegen.mjs --check    exit 1 when src/gql/ differs from a fresh generation
//   node apps/dashboard/codegen.mjs --check --out <dir>   compare <dir> instead (the spec uses it)
//
// The codegen CLI cannot be installed here, so this drives its programmatic API with the same
// preset (client) the CLI would use.
import { readdir, readFile, mkdir, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import { preset } from '@graphql-codegen/client-preset';
import { CodeFileLoader } from '@graphql-tools/code-file-loader';
import { GraphQLFileLoader } from '@graphql-tools/graphql-file-loader';
import { loadDocuments, loadSchema } from '@graphql-tools/load';
import { getDocumentNodeFromSchema } from '@graphql-tools/utils';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(projectRoot, '../..');
const schemaFile = path.join(repoRoot, 'apps/api/schema.gql');
const sourceRoot = path.join(projectRoot, 'src');
const defaultOutDir = path.join(sourceRoot, 'gql');

// GraphQL enums that libs/models already defines are imported from there, so a generated
// `Role` is the models' `Role` and the two never drift apart unnoticed.
const MODEL_ENUMS = [
  'BodyRegion',
  'Condition',
  'EpisodeStatus',
  'Frequency',
  'MmeFactorTable',
  'NonOpioidClass',
  'OpioidDrug',
  'Position',
  'RedFlag',
  'ReferralDestination',
  'Role',
  'Sex',
  'SuspectedCause',
  'Technique',
];

const config = {
  // Dates travel as ISO strings: LocalDate "2025-03-01", DateTime "2025-03-01T09:30:00Z".
  scalars: {
    DateTime: { input: 'string', output: 'string' },
    LocalDate: { input: 'string', output: 'string' },
    JSONObject: { input: 'Record<string, unknown>', output: 'Record<string, unknown>' },
  },
  strictScalars: true,
  // CohortDimension.FREQUENCY, as the API and libs/models spell enum members.
  namingConvention: { enumValues: 'keep' },
  useTypeImports: true,
  // Imports without ".js": Jest's resolver and Vite both resolve extensionless TypeScript paths.
  emitLegacyCommonJSImports: true,
  enumValues: Object.fromEntries(MODEL_ENUMS.map((name) => [name, `@outcomes/models#${name}`])),
};

/** Generates every file in memory: { "graphql.ts": "...", ... } keyed by name inside the output dir. */
export async function generate() {
  const schemaAst = await loadSchema(schemaFile, { loaders: [new GraphQLFileLoader()] });
  const documents = await loadDocuments(path.join(sourceRoot, '**/*.{ts,tsx}'), {
    loaders: [
      new CodeFileLoader({
        // skipIndent keeps each template exactly as written: the generated lookup table in gql.ts
        // is keyed by the very string the code passes to graphql().
        pluckConfig: { skipIndent: true, globalGqlIdentifierName: ['graphql'], modules: [] },
      }),
    ],
    ignore: [path.join(defaultOutDir, '**'), path.join(sourceRoot, '**/*.spec.{ts,tsx}')],
  });
  // Stable order and repository-relative names, whatever the machine.
  const sorted = documents
    .map((source) => ({ ...source, location: path.relative(repoRoot, source.location ?? '') }))
    .sort((a, b) => a.location.localeCompare(b.location));

  const schema = getDocumentNodeFromSchema(schemaAst);
  const outputs = await preset.buildGeneratesSection({
    baseOutputDir: 'gql/',
    plugins: [],
    pluginMap: {},
    schema,
    schemaAst,
    documents: sorted,
    config,
    presetConfig: { fragmentMasking: false },
    documentTransforms: [],
    pluginContext: {},
  });

  const files = {};
  for (const output of outputs) {
    const content = await codegen({ ...output, schemaAst, pluginContext: {} });
    files[output.filename.slice('gql/'.length)] = content;
  }
  return files;
}

async function readExisting(dir) {
  let names = [];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.ts'));
  } catch {
    return {};
  }
  const entries = await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name), 'utf8')]));
  return Object.fromEntries(entries);
}

function differences(expected, actual) {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names.flatMap((name) => {
    if (!(name in actual)) return [`${name}: missing`];
    if (!(name in expected)) return [`${name}: not generated any more (delete it)`];
    return expected[name] === actual[name] ? [] : [`${name}: differs`];
  });
}

async function main(argv) {
  const check = argv.includes('--check');
  const outIndex = argv.indexOf('--out');
  const outDir = outIndex >= 0 ? path.resolve(argv[outIndex + 1] ?? '') : defaultOutDir;
  const files = await generate();

  if (check) {
    const problems = differences(files, await readExisting(outDir));
    if (problems.length > 0) {
      console.error(
        `The generated GraphQL code in ${path.relative(process.cwd(), outDir) || '.'} is out of date:\n` +
          problems.map((problem) => `  ${problem}`).join('\n') +
          '\nRun `npx nx run dashboard:codegen` and commit the result.',
      );
      process.exitCode = 1;
      return;
    }
    console.log(`GraphQL code up to date (${Object.keys(files).length} files).`);
    return;
  }

  await mkdir(outDir, { recursive: true });
  for (const stale of Object.keys(await readExisting(outDir)).filter((name) => !(name in files))) {
    await rm(path.join(outDir, stale));
  }
  for (const [name, content] of Object.entries(files)) {
    await writeFile(path.join(outDir, name), content);
  }
  console.log(`Wrote ${Object.keys(files).length} files to ${path.relative(process.cwd(), outDir)}.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
