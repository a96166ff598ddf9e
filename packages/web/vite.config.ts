import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In dev, Vite serves the app and forwards API paths to `pnpm start` on port 4000.
const api = process.env.ATLAS_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': api, '/healthz': api, '/export': api } },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // @atlas/domain is pure; marking it side-effect free keeps its zod schemas out of the bundle.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]packages[\\/]domain[\\/]/.test(id) },
    },
  },
});
