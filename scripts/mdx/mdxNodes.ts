import type { Plugin } from 'vite';

/**
 * Small builders shared by the chapter build steps: MDX ESM nodes (with the syntax tree MDX compiles them from,
 * since MDX does not re-parse `value`), the virtual modules the steps serve to Vite, and node tests.
 */

type Estree = Record<string, unknown>;

const literal = (value: string): Estree => ({ type: 'Literal', value, raw: JSON.stringify(value) });

function esm(value: string, statement: Estree) {
  return {
    type: 'mdxjsEsm',
    value,
    data: { estree: { type: 'Program', sourceType: 'module', body: [statement] } },
  };
}

function exportConst(name: string, init: Estree) {
  return {
    type: 'ExportNamedDeclaration',
    specifiers: [],
    source: null,
    declaration: {
      type: 'VariableDeclaration',
      kind: 'const',
      declarations: [{ type: 'VariableDeclarator', id: { type: 'Identifier', name }, init }],
    },
  };
}

/** `export const <name> = ["…", …];` */
export function exportStrings(name: string, values: readonly string[]) {
  return esm(
    `export const ${name} = ${JSON.stringify(values)};`,
    exportConst(name, { type: 'ArrayExpression', elements: values.map(literal) }),
  );
}

/** `export const <name> = () => import("<source>");` */
export function exportLoader(name: string, source: string) {
  return esm(
    `export const ${name} = () => import(${JSON.stringify(source)});`,
    exportConst(name, {
      type: 'ArrowFunctionExpression',
      params: [],
      expression: true,
      async: false,
      generator: false,
      body: { type: 'ImportExpression', source: literal(source) },
    }),
  );
}

/** `import "<source>";` (for a module's side effect, such as a stylesheet). */
export function importForEffect(source: string) {
  return esm(`import ${JSON.stringify(source)};`, {
    type: 'ImportDeclaration',
    specifiers: [],
    source: literal(source),
  });
}

/**
 * A Vite plugin serving `virtual:<prefix>/<key>` from `contents` (filled while chapters compile, read when their
 * imports load). `render` turns a stored entry into the module's source.
 */
export function virtualModules<T>(
  prefix: string,
  contents: Map<string, T>,
  render: (entry: T) => string,
): Plugin {
  const virtual = `virtual:${prefix}/`;
  const resolved = `\0${prefix}/`;
  return {
    name: prefix,
    resolveId(id) {
      return id.startsWith(virtual) ? resolved + id.slice(virtual.length) : undefined;
    },
    load(id) {
      if (!id.startsWith(resolved)) return undefined;
      const entry = contents.get(id.slice(resolved.length));
      if (entry === undefined) throw new Error(`nothing recorded for ${id}`);
      return render(entry);
    },
  };
}

/** An `<h2>`, written as Markdown (an element) or as JSX (`<h2 id="…">`): where a section starts. */
export function isSectionHeading(node: { type: string; tagName?: string; name?: string | null }): boolean {
  return (
    (node.type === 'element' && node.tagName === 'h2') ||
    ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'h2')
  );
}
