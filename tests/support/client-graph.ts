import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { repoRoot, sourceFiles } from './source-files';

type Parsed = { client: boolean; imports: { spec: string; file: string | null }[]; literals: string[] };

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Our own module an import names (`@/…` or relative), or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? join(repoRoot, spec.slice(2))
    : spec.startsWith('.')
      ? join(dirname(from), spec)
      : null;
  if (!base) return null;
  const found = EXTENSIONS.map((e) => base + e).find((p) => existsSync(p) && statSync(p).isFile());
  return found ? relative(repoRoot, found) : null;
}

const parsed = new Map<string, Parsed>();

/** A module's runtime imports (type-only ones are erased and ship nothing), its string literals, and whether it is a client boundary. */
function parse(file: string): Parsed {
  const known = parsed.get(file);
  if (known) return known;
  const abs = join(repoRoot, file);
  const source = ts.createSourceFile(abs, readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, true);
  const result: Parsed = { client: false, imports: [], literals: [] };
  const addImport = (spec: string) => result.imports.push({ spec, file: resolveImport(abs, spec) });
  result.client = source.statements
    .slice(0, 3)
    .some((s) => ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === 'use client');
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings : null;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && named && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) addImport((node.moduleSpecifier as ts.StringLiteral).text);
      return;
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      addImport((node.moduleSpecifier as ts.StringLiteral).text);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) addImport(arg.text);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) result.literals.push(node.text);
    // `staffRoles.${role}`: the head names the namespace.
    if (ts.isTemplateExpression(node)) result.literals.push(`${node.head.text}\${`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  parsed.set(file, result);
  return result;
}

/**
 * The modules that ship to the browser from the routes under `dirs` (and these files): every
 * 'use client' module those routes reach, and everything those import at run time.
 */
export function clientModules(dirs: string[], files: string[] = []): Map<string, Parsed> {
  const entries = [...sourceFiles(...dirs).map((f) => f.path), ...files];
  const seen = new Set<string>();
  const client = new Map<string, Parsed>();
  const stack = entries.map((file) => ({ file, inClient: false }));
  while (stack.length > 0) {
    const { file, inClient } = stack.pop()!;
    const parsedModule = parse(file);
    const isClient = inClient || parsedModule.client;
    const key = `${file}#${isClient}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (isClient) client.set(file, parsedModule);
    for (const i of parsedModule.imports) if (i.file) stack.push({ file: i.file, inClient: isClient });
  }
  return client;
}
