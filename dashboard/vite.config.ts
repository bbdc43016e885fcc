import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // The gateway serves this build from the classpath at /dashboard/.
  base: '/dashboard/',
  build: {
    // Maven packages target/classes as the module jar, so the page lands at classpath static/dashboard/.
    outDir: 'target/classes/static/dashboard',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
