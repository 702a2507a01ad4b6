/** SQL files are bundled as text (tsup's text loader; a transform in vitest.config.ts for tests). */
declare module "*.sql" {
  const text: string;
  export default text;
}
