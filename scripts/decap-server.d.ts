// decap-server ships no types: the one function scripts/cms.ts uses.
declare module 'decap-server/dist/middlewares' {
  import type { Express } from 'express';
  /** Adds Decap's local file-system backend at POST /api/v1, writing under $GIT_REPO_DIRECTORY. */
  const middlewares: { registerLocalFs(app: Express, options?: { logLevel?: 'error' | 'warn' | 'info' | 'debug' }): Promise<void> };
  // A CommonJS module: its exports are one default object when imported from ES modules.
  export default middlewares;
}
