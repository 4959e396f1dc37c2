/** The part of Citation.js the build uses (the package ships no types in 0.7). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string);
    data: unknown[];
  }
}
declare module '@citation-js/plugin-bibtex';
