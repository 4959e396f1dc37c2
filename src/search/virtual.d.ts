/** Each language's search index, made at build time by scripts/search/searchIndexPlugin.ts: MiniSearch's JSON. */
declare module 'virtual:search-index/*' {
  const json: string;
  export default json;
}
