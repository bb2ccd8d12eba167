// `npm run app`: the built web app (dist/web-app) on http://127.0.0.1:8080 (PORT to change it), to try it as it
// is once hosted: installable, and working offline after the first visit. Ctrl-C stops it. Any static web host
// serves the same folder the same way (docs/web-app.md).
import { join } from 'node:path';
import { serveStatic } from './static-host';

async function main(): Promise<void> {
  const root = join(process.cwd(), 'dist', 'web-app');
  const server = await serveStatic(root, Number(process.env.PORT ?? 8080));
  console.log(`The web app: ${server.url} (this computer only). Ctrl-C stops it.`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
