import type { MDXContent } from 'mdx/types';
import { type ComponentType, lazy } from 'react';
import type { Lang } from '../widgets/common/lang';

/**
 * Every chapter file, one lazily loaded chunk each. The glob is resolved at build time, so adding
 * `content/<lang>/NN-slug.mdx` (and its registry entry) is all a new chapter needs.
 */
const loaders = import.meta.glob<{ default: MDXContent }>('../../content/*/*.mdx');

export function chapterFileKey(lang: Lang, slug: string): string {
  return `../../content/${lang}/${slug}.mdx`;
}

export function hasChapterFile(lang: Lang, slug: string): boolean {
  return chapterFileKey(lang, slug) in loaders;
}

const components = new Map<string, ComponentType>();

/** The chapter as a lazy React component (created once per file so React keeps its state). */
export function chapterComponent(lang: Lang, slug: string): ComponentType | undefined {
  const key = chapterFileKey(lang, slug);
  const load = loaders[key];
  if (!load) return undefined;
  let component = components.get(key);
  if (!component) {
    component = lazy(load);
    components.set(key, component);
  }
  return component;
}
