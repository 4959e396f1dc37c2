import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The exercises of the chapters as the MDX writes them, read without compiling: enough to compare the two languages
 * and to recompute every numeric answer (tests/book/exerciseAnswers.test.ts).
 */

export interface NumericPart {
  kind: 'numeric';
  part: string;
  value: number;
  tolerance: number;
}

export interface ChoicePart {
  kind: 'choice';
  part: string;
  options: string[];
  correctIndex: number;
}

export interface WidgetPart {
  kind: 'widget';
  part: string;
  widget: string;
  check: string;
}

export type AnswerPart = NumericPart | ChoicePart | WidgetPart;

export interface ExerciseSource {
  id: string;
  parts: AnswerPart[];
  hasHint: boolean;
  hasSolution: boolean;
}

export interface ChapterExercises {
  /** The numbered list items of the exercises section, each as its first line. */
  items: string[];
  exercises: ExerciseSource[];
}

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

export const LANGUAGES = ['en', 'zh'] as const;

export function chapterSlugs(): string[] {
  return readdirSync(join(CONTENT, 'en'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.replace(/\.mdx$/, ''))
    .sort();
}

export function chapterSource(lang: string, slug: string): string {
  return readFileSync(join(CONTENT, lang, `${slug}.mdx`), 'utf8');
}

/** The text between the exercises heading and the next second-level heading (or the references). */
export function exercisesSection(source: string): string {
  const start = source.search(/<h2 id="exercises"|^## .*\{#exercises\}/m);
  if (start < 0) return '';
  const rest = source.slice(start + 1);
  const end = rest.search(/<h2 |^## |<References/m);
  return end < 0 ? rest : rest.slice(0, end);
}

const attribute = (tag: string, name: string): string | undefined =>
  tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** A `{…}` attribute's expression text, braces balanced (options={["a", "b"]}). */
function expressionAttribute(tag: string, name: string): string | undefined {
  const start = tag.search(new RegExp(`\\s${name}=\\{`));
  if (start < 0) return undefined;
  let depth = 0;
  const open = tag.indexOf('{', start);
  for (let i = open; i < tag.length; i++) {
    if (tag[i] === '{') depth++;
    else if (tag[i] === '}' && --depth === 0) return tag.slice(open + 1, i);
  }
  return undefined;
}

/** A self-closing component tag, attributes whose strings may hold `>`. */
function tags(body: string, component: string): string[] {
  const found: string[] = [];
  const pattern = new RegExp(`<${component}\\s`, 'g');
  for (const match of body.matchAll(pattern)) {
    let i = match.index + component.length + 1;
    let quote: string | null = null;
    let depth = 0;
    for (; i < body.length; i++) {
      const c = body[i];
      if (quote) {
        if (c === quote && body[i - 1] !== '\\') quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '/' && body[i + 1] === '>' && depth === 0) break;
    }
    found.push(body.slice(match.index, i + 2));
  }
  return found;
}

function parseParts(body: string): AnswerPart[] {
  const parts: { at: number; part: AnswerPart }[] = [];
  for (const tag of tags(body, 'NumericAnswer'))
    parts.push({
      at: body.indexOf(tag),
      part: {
        kind: 'numeric',
        part: attribute(tag, 'part') ?? 'answer',
        value: Number(expressionAttribute(tag, 'value')),
        tolerance: Number(expressionAttribute(tag, 'tolerance')),
      },
    });
  for (const tag of tags(body, 'ChoiceAnswer')) {
    const options = JSON.parse(expressionAttribute(tag, 'options') ?? '[]') as string[];
    parts.push({
      at: body.indexOf(tag),
      part: {
        kind: 'choice',
        part: attribute(tag, 'part') ?? 'choice',
        options,
        correctIndex: options.indexOf(attribute(tag, 'correct') ?? ''),
      },
    });
  }
  for (const tag of tags(body, 'WidgetAnswer'))
    parts.push({
      at: body.indexOf(tag),
      part: {
        kind: 'widget',
        part: attribute(tag, 'part') ?? 'widget',
        widget: attribute(tag, 'widget') ?? '',
        check: attribute(tag, 'check') ?? '',
      },
    });
  return parts.sort((a, b) => a.at - b.at).map((entry) => entry.part);
}

export function readExercises(lang: string, slug: string): ChapterExercises {
  const section = exercisesSection(chapterSource(lang, slug));
  const items = [...section.matchAll(/^\d+\.\s+(.*)$/gm)].map((match) => match[1]);
  const exercises: ExerciseSource[] = [];
  for (const match of section.matchAll(/<Exercise\s+id="([a-z0-9-]+)"\s*>([\s\S]*?)<\/Exercise>/g)) {
    const body = match[2];
    exercises.push({
      id: match[1],
      parts: parseParts(body),
      hasHint: body.includes('className="exercise-hint"'),
      hasSolution: body.includes('className="exercise-solution"'),
    });
  }
  return { items, exercises };
}
