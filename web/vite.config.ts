import { defineConfig } from 'vite';

// No @vitejs/plugin-react: Vite's own transform compiles TSX with the automatic JSX runtime, and
// the plugin's only other gift (fast refresh in the dev server) does not justify its peer ranges,
// which clash with Jest's Babel (see docs/decisions/0030-web-app.md).
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // react-router marks its modules "use client" for server components; meaningless in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' } },
});
