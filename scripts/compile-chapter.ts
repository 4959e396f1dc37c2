// Compiles chapter files with the book's own MDX chain and reports the first error of each, without a full build:
// `npx tsx scripts/compile-chapter.ts content/en/03-partition-function.mdx content/zh/03-partition-function.mdx`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { chapterPipeline } from './mdx/chapterPipeline.ts';

let failures = 0;
for (const file of process.argv.slice(2)) {
  const pipeline = chapterPipeline();
  try {
    await compile(
      { value: readFileSync(file, 'utf8'), path: resolve(file) },
      { remarkPlugins: pipeline.remarkPlugins, rehypePlugins: pipeline.rehypePlugins },
    );
    console.log(`ok    ${file}`);
  } catch (error) {
    failures++;
    console.log(`error ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failures > 0 ? 1 : 0);
